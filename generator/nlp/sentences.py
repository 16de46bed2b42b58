"""Sentence-boundary constraints set before the parser.

* A line break always ends a sentence (title, teaser and paragraphs are joined by ``\\n``).
* Punctuation and closing quotes never start a sentence, so ``„Wir müssen mehr tun“, sagte
  er.`` stays one sentence.
The parser respects these preset boundaries and decides the rest.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

CLOSING = {"“", "”", "«", "»", "‘", "’", "'", '"', ")", "]", ",", ";", ":", ".", "!", "?", "…"}
OPENING_QUOTES = {"„", "»", "«", "‚", "›", "‹", '"', "“"}


@Language.component("lagebild_newline_sents")
def newline_sents(doc: Doc) -> Doc:
    """Force a sentence start after every line break; forbid one at closing punctuation."""
    for i, token in enumerate(doc):
        if i == 0:
            continue
        prev = doc[i - 1]
        if "\n" in prev.text and prev.is_space:
            token.is_sent_start = True
        elif token.is_space or (token.text in CLOSING and not _opens_quote(doc, i)):
            token.is_sent_start = False
    return doc


def _opens_quote(doc: Doc, i: int) -> bool:
    """A straight or ambiguous quote that opens a quotation (space before, none after)."""
    token = doc[i]
    if token.text not in OPENING_QUOTES:
        return False
    return bool(doc[i - 1].whitespace_) and not token.whitespace_
