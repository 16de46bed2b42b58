"""German language core: loading the spaCy pipeline Lagebild analyses with.

Importing this package registers the Lagebild tokenizer, pipeline components and extension
attributes, so that ``spacy.load("generator/nlp/de_lagebild")`` works.
"""

from generator.nlp.loader import load_pipeline, pipeline_id

__all__ = ["load_pipeline", "pipeline_id"]
