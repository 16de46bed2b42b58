"""Sentence-boundary constraints set before the parser.

* Whitespace tokens are tagged ``_SP`` / ``SPACE``.
* A line break always ends a sentence (title, teaser and paragraphs are joined by ``\\n``), and
  so does a quotation closed after a full stop, "!" or "?" when a capitalised word or a new
  quotation opening with one follows.
* The dateline that opens an agency report ("Frankfurt/Main (dpa) - ") ends where the report's
  first sentence starts, so that the parser does not take the place for its subject.
* Punctuation and closing quotes never start a sentence, so ``„Wir müssen mehr tun“, sagte
  er.`` stays one sentence; nor does the word after a colon or semicolon
  (``Bloomberg-Bericht: Die Allianz …``, ``Er sagte: „Wir kommen.“``), nor a lower-case word,
  bare or quoted (``Benedikt XVI. „ist und bleibt …“``, ``ca. drei``), nor a capitalised word
  right before or after a given name (``traf Patrik Schick doppelt``).
The parser respects the forced starts; where it still opens a sentence at a forbidden place,
``lagebild_sentence_merge`` (after the parser) attaches that sentence's root to the previous one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from generator.nlp.gazetteer_data import load_gazetteer
from generator.nlp.tokenizer import abbreviation_cases

CLOSING = {"“", "”", "«", "»", "‘", "’", "'", '"', ")", "]", ",", ";", ":", ".", "!", "?", "…"}
# STTS tags of words that open a sentence but never follow an ordinal number ("… auf 23. Unter
# den Toten …"; an ordinal is followed by its noun or an adjective)
SENTENCE_OPENING_TAGS = {"ART", "PPER", "PDS", "PDAT", "PPOSAT", "PIS", "APPRART", "APPR", "KOUS", "PWAV",
                         "PWS", "PAV"}
OPENING_QUOTES = {"„", "»", "«", "‚", "›", "‹", '"', "“"}
# the line that opens an agency report: places, a news agency in parentheses, a dash ("Berlin (dpa)
# -", "Paris (AFP/dpa) –"; not "Markus Söder (CSU) - Bayerns Ministerpräsident - sagte")
AGENCIES = ("dpa|afp|ap|reuters|kna|epd|sid|dts|apa|sda|ots|ddp|dapd|ansa|efe|xinhua|tass|ria|rtr|idea"
            "|kap|bloomberg|afx|awp|lno|lby|lsw|lnw|lni|lhe|lsn|lrs|lah|lbn|lmv|lth|cnn|bbc|interfax"
            "|anadolu|irna|yonhap|kyodo|pap|ctk|mti|belga|anp|aps|ukrinform|unian|wafa|mena|sana"
            "|sz|mz|haz|waz|ksta|nzz|faz|taz")  # (and newspapers filing their own: "Regensburg (MZ) -")
DATELINE_RE = re.compile(r"[A-ZÄÖÜ][^\n()]{0,60}?"
                         rf"\((?i:[^()\n]{{0,20}}?\b(?:{AGENCIES})\b[^()\n]{{0,20}})\)\s*[-–—]\s")
# a dateline without an agency: known places and a dash before a capital ("Wien – Die …",
# "Tel Aviv/Gaza – "), never on the title line
PLACE_DATELINE_RE = re.compile(r"([A-ZÄÖÜ][\w.'-]*(?:[ /][\w.'-]+){0,3}) [-–—] (?=[A-ZÄÖÜ„»\"])")
# a regional paper's dateline: a known place and a full stop ("Berlin. Die Welle …")
PERIOD_DATELINE_RE = re.compile(r"([A-ZÄÖÜ][\w'-]*(?:/[A-ZÄÖÜ][\w'-]*)?)\. (?=[A-ZÄÖÜ„»\"])")
# a dated dateline ("Tokio (Japan), 27.04.2011 – ", "Berlin, 3. Mai 2008 – ")
_PLACE = r"[A-ZÄÖÜ][^\n()/,]{0,40}?(?: \([^()\n]{1,40}\))?"  # "Turin (Italien)"
DATED_DATELINE_RE = re.compile(rf"{_PLACE}(?: ?/ ?{_PLACE}){{0,2}}, "
                               r"(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\. [A-ZÄÖÜ][a-zä]+ \d{4}) [-–—] ")
# a live ticker's time before its item ("14.32 Uhr: Das Ministerium meldet …"; not "3.50 Euro …")
TICKER_TIME_RE = re.compile(r"\d{1,2}[.:]\d{2}(?: Uhr ?[:–—-]?| ?[:–—-]) ?(?=[A-ZÄÖÜ„»\"])")
LINE_START_RE = re.compile(r"^", re.MULTILINE)


def dateline_end(text: str, start: int) -> int:
    """The end of the dateline that opens the line starting at ``start`` ("Berlin (dpa) - ",
    "Tel Aviv/Beirut (Reuters) – ", "Wien – ", "Tokio (Japan), 27.04.2011 – ": where, when and by
    whom the report was filed), else -1."""
    line = DATELINE_RE.match(text, start, start + 120) or DATED_DATELINE_RE.match(text, start, start + 120) \
        or TICKER_TIME_RE.match(text, start, start + 20)
    if line is not None:
        return line.end()
    line = (PLACE_DATELINE_RE.match(text, start, start + 60)
            or PERIOD_DATELINE_RE.match(text, start, start + 40)) if start > 0 else None
    if line is None:
        return -1
    gaz = load_gazetteer()
    places = [p.strip() for p in line.group(1).split("/")]
    known = all((gaz.lookup(p) or gaz.lookup(p.split()[0]) or ("",))[0] == "LOC" for p in places)
    return line.end() if known else -1


class _Word(NamedTuple):
    """What the boundary rules read of a token, taken once per document (token access is slow)."""

    text: str
    space_after: bool
    tag: str
    is_alpha: bool
    is_space: bool


def _word(t: Token) -> _Word:
    return _Word(t.text, bool(t.whitespace_), t.tag_, t.is_alpha, t.is_space)


class _LazyWords(Sequence[_Word]):
    """The same view made only for the tokens asked for (``sentence_merge`` reads a few)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def __len__(self) -> int:
        return len(self.doc)

    def __getitem__(self, i: int) -> _Word:  # type: ignore[override]
        return _word(self.doc[i])


def _opens_quote(words: Sequence[_Word], i: int) -> bool:
    """A straight or ambiguous quote that opens a quotation (space before, none after)."""
    return words[i].text in OPENING_QUOTES and words[i - 1].space_after and not words[i].space_after


def _after_newline(words: Sequence[_Word], i: int) -> bool:
    prev = words[i - 1]
    return prev.is_space and "\n" in prev.text


def _after_final_number(words: Sequence[_Word], i: int) -> bool:
    """"… bezifferte die Agentur mit 13. Die Regierung …": a number with a full stop before a
    capitalised article, pronoun or conjunction ends the sentence (an ordinal is followed by its
    noun: "am 13. Dezember"), and so does a capital letter named after a noun or a preposition ("auf
    der Plattform X. Sanktionen …"; an initial stands before a surname: "Donald J. Trump")."""
    word, prev = words[i], words[i - 1].text
    if word.text[:1].isupper() and i > 1 and len(prev) == 2 and prev[0].isupper() and prev[1] == "." and (
            words[i - 2].tag == "NN"
            or (words[i - 2].tag == "APPR" and (word.tag in SENTENCE_OPENING_TAGS or word.tag == "ADV"))
            or (word.tag in SENTENCE_OPENING_TAGS and words[i - 2].tag in {"ART", "NE"})):
        # "… auf der Plattform X. Sanktionen …", "… auf X. Dort …", "… ist Ahmet K. Er …" (not an
        # initial before a surname: "Donald J. Trump", "mit H. Dietz"; nor an ordinal: "der X.
        # Parteitag")
        return True
    return word.tag in SENTENCE_OPENING_TAGS and word.text[:1].isupper() and i > 1 \
        and prev.endswith(".") and prev[:-1].isdigit() and words[i - 2].is_alpha  # not a list number "12."


def _after_closed_quotation(words: Sequence[_Word], i: int) -> bool:
    """"… beeinflussen würde.“ Hansjörg Elshorst äußerte sich …": a capitalised word after a
    quotation that closed with a full stop, "!" or "?" opens a sentence; so does a quotation
    that opens with one ("… herausführen könnte.“ „Ich denke, …“, sagte Metzger")."""
    word = words[i]
    if word.text in {"„", "»"} and i + 1 < len(words) and not word.space_after:
        # the quotation's first word, when the one closed before stood inside a sentence of its
        # own words ("Es sei schwierig, „…“"): „Wir gehen.“ „Und zwar sofort“, sagte er. stays
        # one sentence, both quotations his
        if not _embedded_quotation(words, i - 2):
            return False
        word = words[i + 1]
    return i > 1 and word.text[:1].isupper() and word.is_alpha and words[i - 1].text in {"“", "”"} \
        and words[i - 2].text in {".", "!", "?"} and words[i - 1].space_after


def _quotation_after_full_stop(words: Sequence[_Word], i: int) -> bool:
    """"Die Aktie stieg. »Das war überfällig«, sagte ein Händler.": a quotation that opens with a
    capital after a full stop, "!" or "?" opens a sentence (the parser knows this for „…“ but
    not for »…«, rare in its training text)."""
    return i > 1 and words[i].text in {"„", "»"} and not words[i].space_after and i + 1 < len(words) \
        and words[i + 1].text[:1].isupper() and words[i + 1].is_alpha \
        and words[i - 1].text in {".", "!", "?"} and words[i - 1].space_after


def _embedded_quotation(words: Sequence[_Word], end: int) -> bool:
    """The quotation that ends at ``end`` opened after a word of its sentence, not at its start."""
    k = end
    while k > 0 and words[k].text not in {"„", "»"}:
        if "\n" in words[k].text or words[k].text in {"“", "”"}:
            return False
        k -= 1
    return k > 0 and words[k - 1].text not in {".", "!", "?", ":", "“", "”"} and "\n" not in words[k - 1].text


def _cannot_start(words: Sequence[_Word], i: int) -> bool:
    word, prev = words[i], words[i - 1]
    return (
        word.is_space
        or (word.text in CLOSING and not _opens_quote(words, i))
        or prev.text in (":", ";", "„")
        or (i > 1 and prev.text in OPENING_QUOTES and _opens_quote(words, i - 1))
        or _lower_word(word)
        or (word.text in OPENING_QUOTES and i + 1 < len(words) and _lower_word(words[i + 1]))
        or _inside_phrase(prev)
        or _inside_name(words, i)
        or (word.text[:1].isdigit() and prev.text in _abbreviations())
    )


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """The news abbreviations of the tokenizer: a number after one goes on with its sentence
    ("Beschluss (Az. 1 BvR 1187/24)", "nach Art. 3 Abs. 2")."""
    return frozenset(abbreviation_cases())


def _inside_name(words: Sequence[_Word], i: int) -> bool:
    """A given name next to another capitalised word with no full stop between ("traf Patrik
    Schick doppelt", "Außenministerin Annalena Baerbock hat …"), or right before the word before
    ("Machthaber Kim Jong Un habe …"): one name, no sentence end."""
    prev, word = words[i - 1], words[i]
    if not (prev.is_alpha and word.is_alpha and prev.text[:1].isupper() and word.text[:1].isupper()):
        return False
    names = load_gazetteer().given_names
    return prev.text in names or word.text in names or (i > 1 and words[i - 2].text in names)


def _inside_phrase(prev: _Word) -> bool:
    """A hyphenated compound word just before ("sagte vbw-Hauptgeschäftsführer Bertram Brossardt"):
    no sentence ends on it without a full stop."""
    text = prev.text
    return "-" in text.strip("-") and text.replace("-", "").isalpha()


def _lower_word(word: _Word) -> bool:
    """A word in lower case (German sentences start with a capital, a digit or a quote),
    web addresses included ("zitiert ndr.de Polizeisprecher Meyer")."""
    text = word.text
    return (word.is_alpha or ("." in text.strip(".") and text[:1].isalpha())) and text.islower()


def _after_datelines(doc: Doc) -> list[int]:
    """Tokens that open a line's text after its dateline ("Berlin (dpa) - Die …")."""
    text, idx, out = doc.text, None, []
    for line in LINE_START_RE.finditer(text):
        end = dateline_end(text, line.start())
        if end > 0 and text[end : end + 1].isupper():
            idx = idx or [t.idx for t in doc]  # (only for a text that has a dateline)
            i = bisect_left(idx, end)
            if 0 < i < len(idx):
                out.append(i)
    return out


@Language.component("lagebild_newline_sents")
def newline_sents(doc: Doc) -> Doc:
    """Force a sentence start after every line break; forbid one at closing punctuation. Tag
    whitespace tokens as such (the tagger may call a title's line break a proper noun)."""
    for t in doc:
        if t.is_space:
            t.tag_, t.pos_ = "_SP", "SPACE"
    words = [_word(t) for t in doc]
    if len(words) < 2:
        return doc
    starts = numpy.zeros(len(words), dtype="int64")  # 1 start, -1 none, 0 the parser decides
    starts[0] = 1
    for i in range(1, len(words)):
        if _after_newline(words, i) or _after_final_number(words, i) or _after_closed_quotation(words, i) \
                or _quotation_after_full_stop(words, i):
            starts[i] = 1
        elif _cannot_start(words, i):
            starts[i] = -1
    for i in _after_datelines(doc):
        starts[i] = 1
    doc.from_array([SENT_START], starts.view("uint64"))  # spaCy's attribute type
    return doc


@Language.component("lagebild_sentence_merge")
def sentence_merge(doc: Doc) -> Doc:
    """Join a parsed sentence that starts at a forbidden place onto the previous sentence."""
    if not doc.has_annotation("DEP"):
        return doc
    words = _LazyWords(doc)
    roots = [sent.root for sent in doc.sents]
    starts = [sent.start for sent in doc.sents]
    group_root = roots[0] if roots else None
    datelines = set(_after_datelines(doc))  # ("14.32 Uhr: Das Ministerium …" opens after its colon)
    for root, start in zip(roots[1:], starts[1:], strict=True):
        if start > 0 and not _after_newline(words, start) and _cannot_start(words, start) \
                and start not in datelines:
            root.head = group_root
            root.dep_ = "parataxis"
        else:
            group_root = root
    return doc
