"""Sentence-boundary constraints set before the parser.

* A line break always ends a sentence (title, teaser and paragraphs are joined by ``\\n``), and
  so does a quotation closed after a full stop, "!" or "?" when a capitalised word follows.
* Punctuation and closing quotes never start a sentence, so ``„Wir müssen mehr tun“, sagte
  er.`` stays one sentence; nor does the word after a colon or semicolon
  (``Bloomberg-Bericht: Die Allianz …``, ``Er sagte: „Wir kommen.“``), nor a lower-case word,
  bare or quoted (``Benedikt XVI. „ist und bleibt …“``, ``ca. drei``).
The parser respects the forced starts; where it still opens a sentence at a forbidden place,
``lagebild_sentence_merge`` (after the parser) attaches that sentence's root to the previous one.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

CLOSING = {"“", "”", "«", "»", "‘", "’", "'", '"', ")", "]", ",", ";", ":", ".", "!", "?", "…"}
# STTS tags of words that open a sentence but never follow an ordinal number
SENTENCE_OPENING_TAGS = {"ART", "PPER", "PDS", "PDAT", "PPOSAT", "PIS", "APPRART", "KOUS", "PWAV", "PWS",
                         "PAV"}
OPENING_QUOTES = {"„", "»", "«", "‚", "›", "‹", '"', "“"}


def _after_newline(doc: Doc, i: int) -> bool:
    prev = doc[i - 1]
    return prev.is_space and "\n" in prev.text


def _after_final_number(doc: Doc, i: int) -> bool:
    """"… bezifferte die Agentur mit 13. Die Regierung …": a number with a full stop before a
    capitalised article, pronoun or conjunction ends the sentence (an ordinal is followed by its
    noun: "am 13. Dezember")."""
    token, prev = doc[i], doc[i - 1].text
    return token.tag_ in SENTENCE_OPENING_TAGS and token.text[:1].isupper() and i > 1 \
        and prev.endswith(".") and prev[:-1].isdigit() and doc[i - 2].is_alpha  # not a list number "12."


def _after_closed_quotation(doc: Doc, i: int) -> bool:
    """"… beeinflussen würde.“ Hansjörg Elshorst äußerte sich …": a capitalised word after a
    quotation that closed with a full stop, "!" or "?" opens a sentence."""
    token = doc[i]
    return i > 1 and token.text[:1].isupper() and token.is_alpha and doc[i - 1].text in {"“", "”"} \
        and doc[i - 2].text in {".", "!", "?"} and bool(doc[i - 1].whitespace_)


def _cannot_start(doc: Doc, i: int) -> bool:
    token = doc[i]
    prev = doc[i - 1]
    return (
        token.is_space
        or (token.text in CLOSING and not _opens_quote(doc, i))
        or prev.text in (":", ";", "„")
        or (i > 1 and prev.text in OPENING_QUOTES and _opens_quote(doc, i - 1))
        or _lower_word(token)
        or (token.text in OPENING_QUOTES and i + 1 < len(doc) and _lower_word(doc[i + 1]))
    )


def _lower_word(token: Token) -> bool:
    """A word in lower case (German sentences start with a capital, a digit or a quote),
    web addresses included ("zitiert ndr.de Polizeisprecher Meyer")."""
    word = token.is_alpha or ("." in token.text.strip(".") and token.text[:1].isalpha())
    return word and token.text.islower()


@Language.component("lagebild_newline_sents")
def newline_sents(doc: Doc) -> Doc:
    """Force a sentence start after every line break; forbid one at closing punctuation."""
    for i, token in enumerate(doc):
        if i == 0:
            continue
        if _after_newline(doc, i) or _after_final_number(doc, i) or _after_closed_quotation(doc, i):
            token.is_sent_start = True
        elif _cannot_start(doc, i):
            token.is_sent_start = False
    return doc


@Language.component("lagebild_sentence_merge")
def sentence_merge(doc: Doc) -> Doc:
    """Join a parsed sentence that starts at a forbidden place onto the previous sentence."""
    if not doc.has_annotation("DEP"):
        return doc
    roots = [sent.root for sent in doc.sents]
    starts = [sent.start for sent in doc.sents]
    group_root = roots[0] if roots else None
    for root, start in zip(roots[1:], starts[1:], strict=True):
        if start > 0 and not _after_newline(doc, start) and _cannot_start(doc, start):
            root.head = group_root
            root.dep_ = "parataxis"
        else:
            group_root = root
    return doc


def _opens_quote(doc: Doc, i: int) -> bool:
    """A straight or ambiguous quote that opens a quotation (space before, none after)."""
    token = doc[i]
    if token.text not in OPENING_QUOTES:
        return False
    return bool(doc[i - 1].whitespace_) and not token.whitespace_
