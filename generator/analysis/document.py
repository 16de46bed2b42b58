"""The analysed article: spaCy ``Doc`` plus Lagebild's sentences, blocks and quotes."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from generator.model import Sentence, SentenceKind
from generator.nlp.sentences import dateline_end
from generator.readers.base import BlockKind, RawArticle

SENTENCE_KIND: dict[BlockKind, SentenceKind] = {
    "title": "title", "teaser": "teaser", "heading": "heading", "paragraph": "body",
    "quote": "quote", "list": "list",
}
# quotations: „…“ (also closed by ” or ", a common slip), »…«, «…», “…”, "…"
QUOTE_RE = re.compile(r'„[^„“”"]*[“”"]|«[^«»\n]*»|»[^»«\n]*«|“[^“”]*”|"[^"\n]*"')
# Swiss quotation marks «…» read as German „…“ (one character each: offsets stay the same)
SWISS_QUOTES = str.maketrans({"«": "„", "»": "“"})


def analysis_text(text: str) -> str:
    """The text the pipeline reads: an article that opens its quotations with « (Swiss and French
    style: «…») has them read as „…“, so that every rule that knows German quotation marks sees
    them; German »…« stays. The article's own text is what pages show."""
    first = min((k for k in (text.find("«"), text.find("»")) if k >= 0), default=-1)
    return text.translate(SWISS_QUOTES) if first >= 0 and text[first] == "«" else text


@dataclass
class ArticleDoc:
    """Everything the extractors need about one article, in one place."""

    raw: RawArticle
    doc: Doc
    sentences: list[Sentence]
    spans: list[Span]
    block_of: list[int]  # sentence id -> block index
    quotes: list[tuple[int, int]] = field(default_factory=list)  # char spans incl. marks
    text: str = ""  # doc.text, computed once (spaCy rebuilds it on every access)

    def __post_init__(self) -> None:
        self.text = self.text or self.doc.text
        self._starts = [s.start for s in self.sentences]
        self._datelines: dict[int, int] = {}  # line start -> dateline end (asked for every mention)

    def sentence_at(self, char: int) -> int:
        """The sentence containing (or, between sentences, preceding) a character offset."""
        return max(0, bisect_right(self._starts, char) - 1) if self.sentences else 0

    def kind(self, sid: int) -> SentenceKind:
        return self.sentences[sid].kind

    def dateline_end(self, char: int) -> int:
        """The end of the dateline on the line of ``char`` ("Berlin (dpa) - ", "Wien – ",
        "14.32 Uhr: ": where, when and by whom the report was filed), else -1."""
        start = self.text.rfind("\n", 0, char) + 1
        if start not in self._datelines:
            self._datelines[start] = dateline_end(self.text, start)
        return self._datelines[start]


def block_offsets(raw: RawArticle) -> list[tuple[int, int, BlockKind]]:
    """Start, end and kind of every block in ``raw.text``."""
    out, pos = [], 0
    for block in raw.blocks:
        out.append((pos, pos + len(block.text), block.kind))
        pos += len(block.text) + 1
    return out


def _split_at_blocks(doc: Doc, blocks: list[tuple[int, int, BlockKind]]) -> list[tuple[int, int, int]]:
    """Sentence char spans (start, end, block) with every block boundary a boundary too."""
    result: list[tuple[int, int, int]] = []
    full = doc.text
    sent_starts = sorted(s.start_char for s in doc.sents)
    for b, (bstart, bend, _kind) in enumerate(blocks):
        if bstart == bend:
            continue
        inside = sent_starts[bisect_right(sent_starts, bstart) : bisect_right(sent_starts, bend - 1)]
        starts = sorted({bstart, *inside})
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else bend
            text = full[start:end]
            lead = len(text) - len(text.lstrip())
            trimmed = text.strip()
            if trimmed:
                result.append((start + lead, start + lead + len(trimmed), b))
    return _merge_quote_splits(full, _move_opening_quotes(full, result))


OPENING_MARKS = frozenset("„»«‚›‹\"'“(")


def _move_opening_quotes(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """A splitter may leave an opening quote at the end of the previous sentence, or alone."""
    out: list[tuple[int, int, int]] = []
    for k, (start, end, block) in enumerate(spans):
        if not any(c.isalnum() for c in text[start:end]):
            if out and out[-1][2] == block and not any(c in OPENING_MARKS for c in text[start:end]):
                out[-1] = (out[-1][0], end, block)  # a dateline's dash: "München -" (not "- Die …")
                continue
            if k + 1 < len(spans) and spans[k + 1][2] == block:
                spans[k + 1] = (start, spans[k + 1][1], block)
                continue
            if out and out[-1][2] == block:
                out[-1] = (out[-1][0], end, block)
                continue
        out.append((start, end, block))
    for k in range(len(out) - 1):
        start, end, block = out[k]
        _nstart, nend, nblock = out[k + 1]
        tail = text[start:end]
        if block == nblock and len(tail) > 1 and (tail[-1] in "„»‚" or (
                tail[-1] == '"' and tail[-2].isspace())):
            out[k] = (start, start + len(tail[:-1].rstrip()), block)
            out[k + 1] = (end - 1, nend, nblock)
    return out


def _merge_quote_splits(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Re-join a sentence that a splitter cut after a closing quote (``„…“, sagte er.``)."""
    merged: list[tuple[int, int, int]] = []
    for start, end, block in spans:
        if merged and merged[-1][2] == block:
            prev_start, prev_end, _ = merged[-1]
            head = text[start:end].lstrip()
            if head[:1] in {",", ";"} or (head[:1].islower() and text[prev_end - 1] in "“\"«"):
                merged[-1] = (prev_start, end, block)
                continue
        merged.append((start, end, block))
    return merged


def build(raw: RawArticle, doc: Doc) -> ArticleDoc:
    """Lagebild's view of an analysed article."""
    blocks = block_offsets(raw)
    text = doc.text
    sentences, spans, block_of = [], [], []
    for start, end, b in _split_at_blocks(doc, blocks):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        sentences.append(Sentence(len(sentences), start, end, SENTENCE_KIND[blocks[b][2]], b))
        spans.append(span)
        block_of.append(b)
    pattern = QUOTE_RE
    quotes = [(m.start(), m.end()) for m in pattern.finditer(text)
              if len(text[m.start() + 1 : m.end() - 1].split()) >= 1]
    return ArticleDoc(raw, doc, sentences, spans, block_of, quotes, text)
