"""Alphabetical order for German names and titles, the same on every machine."""

from __future__ import annotations

import unicodedata


def german_key(text: str) -> str:
    """Sort key by DIN 5007-1 ("Dänemark" between "Dahl" and "Deutschland", "ß" as "ss", case
    aside); unlike ``locale.strxfrm`` it does not depend on the locales a machine has."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
