"""Import side effects: register the Lagebild tokenizer, components and extension attributes."""

from generator.nlp import extensions, gazetteer, mood, sentences, tokenizer

extensions.register()

__all__ = ["gazetteer", "mood", "sentences", "tokenizer"]
