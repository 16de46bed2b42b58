"""Import side effects: register the Lagebild tokenizer, components and extension attributes."""

from generator.nlp import extensions, features, gazetteer, lemmas, mood, sentences, tokenizer

extensions.register()

__all__ = ["features", "gazetteer", "lemmas", "mood", "sentences", "tokenizer"]
