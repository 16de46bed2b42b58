"""Lagebild: German news articles → actors, claims, open questions → a static report site."""

__version__ = "0.1.0"
