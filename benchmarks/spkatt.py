"""Benchmark claim extraction on SpkAtt-2023 task 2 (German Wikinews with gold speech events).

Rebuilds every article from its tokens, writes it as Markdown, runs the analyser
(``python -m generator analyze --format jsonl``) on it and scores the predicted claims against
the gold speech events:

* a predicted claim (form other than ``assertion``) matches a gold event when their message
  token sets overlap with F1 >= 0.5; matching is one-to-one and **greedy** (pairs sorted by
  overlap F1, best first; ties by order in the article);
* a match is *attributed* when the speaker is right: the predicted ``speaker_mention`` overlaps
  the gold ``Source`` tokens, or the speaker actor's name, an alias or a mention text occurs
  (whole words, case-insensitive) in the gold ``Source`` string; a pronoun or article ("er",
  "der") counts only by overlap, not by its text. Attributed precision is over
  all predictions, recall over all gold events with a non-empty ``Source``;
* predictions that cover no body token (the title line) are not scored; they are counted.

Usage::

    .venv/bin/python benchmarks/spkatt.py --split dev          # our analyser
    .venv/bin/python benchmarks/spkatt.py --baseline           # naive regex baseline
    .venv/bin/python benchmarks/spkatt.py --compare --limit 50 # both, side by side

The corpus (CC BY-NC-SA 4.0) stays outside the repository: ``../shared/data/corpora/...``.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import re
import shlex
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = REPO_ROOT.parent / "shared/data/corpora/speech/spkatt2023-task2-news-train"
DEFAULT_CMD = f"{shlex.quote(sys.executable)} -m generator analyze --format jsonl"
FORMS = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")
MATCH_THRESHOLD = 0.5
SENTENCES_PER_PARAGRAPH = 4
DEV_MODULUS = 5
SPLITS = ("dev", "train", "train-a", "train-b", "all")

TokenId = tuple[int, int]
Offsets = dict[TokenId, tuple[int, int]]

# --------------------------------------------------------------------------- detokenizer

CLOSING_CHARS = frozenset(",.;:!?)]}“”‘…")
OPENING_CHARS = frozenset("„([{‚")
# quote tokens that open or close depending on context: token -> quote family
AMBIGUOUS_QUOTES = {'"': '"', "''": '"', "``": '"', "'": "'", "«": "«»", "»": "«»"}


def _is_punct(token: str) -> bool:
    return bool(token) and not any(ch.isalnum() for ch in token)


def detokenize(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join German tokens into text; return it with each token's ``(start, end)`` offsets.

    No space before closing punctuation and closing quotes, none after opening brackets and
    quotes; straight quotes and guillemets alternate between opening and closing.
    """
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    open_quotes: set[str] = set()
    pos = 0
    glue_next = True  # no space before the first token
    for token in tokens:
        family = AMBIGUOUS_QUOTES.get(token)
        if family is not None:
            closing = family in open_quotes
            open_quotes.symmetric_difference_update({family})
        else:
            closing = _is_punct(token) and token[0] in CLOSING_CHARS
        if not (glue_next or closing):
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(token)))
        parts.append(token)
        pos += len(token)
        opening = family is not None and not closing
        glue_next = opening or (_is_punct(token) and token[-1] in OPENING_CHARS)
    return "".join(parts), offsets


# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class GoldEvent:
    """One gold speech event: message and source as token sets."""

    message: frozenset[TokenId]
    source: frozenset[TokenId]
    form: str
    message_text: str
    source_text: str


@dataclass
class Article:
    """An article rebuilt from its tokens, with token offsets relative to ``body``."""

    doc_id: int
    name: str
    title: str
    date: str | None
    paragraphs: list[str]
    paragraph_starts: list[int]
    paragraph_tokens: list[list[TokenId]]
    tokens: dict[TokenId, str]
    offsets: Offsets
    events: list[GoldEvent] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


NAME_RE = re.compile(r"^(\d+)\s*-\s*(.*?)\s*(?:\((\d{4}-\d{2}-\d{2})\))?\s*$")


def parse_document_name(name: str) -> tuple[int, str, str | None]:
    """``"12599 - Title (2005-09-17)"`` -> ``(12599, "Title", "2005-09-17")``."""
    m = NAME_RE.match(name)
    if not m:
        raise ValueError(f"unexpected DocumentName: {name!r}")
    return int(m.group(1)), m.group(2), m.group(3)


def parse_token_ref(ref: str) -> TokenId:
    """``"3:18"`` -> ``(3, 18)``."""
    sid, tid = ref.split(":")
    return int(sid), int(tid)


def text_of(tokens: dict[TokenId, str], ids: Iterable[TokenId]) -> str:
    """Detokenized text of some tokens, in document order."""
    return detokenize([tokens[t] for t in sorted(ids) if t in tokens])[0]


def _continues(sentence: dict[str, Any]) -> bool:
    """The corpus sentence opens with punctuation that closes the one before ("“", ".", ",")."""
    first = next(iter(sentence["Tokens"]), "")
    return _is_punct(first) and first[0] in CLOSING_CHARS


def paragraph_groups(sentences: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Sentences in paragraphs of about four; a sentence that opens with closing punctuation (the
    corpus splits „… planlos .“ before the mark) stays with the sentence before it."""
    groups: list[list[dict[str, Any]]] = []
    for sentence in sentences:
        if groups and (len(groups[-1]) < SENTENCES_PER_PARAGRAPH or _continues(sentence)):
            groups[-1].append(sentence)
        else:
            groups.append([sentence])
    return groups


def build_article(doc: dict[str, Any], name: str = "") -> Article:
    """Rebuild an article (paragraphs of ~4 sentences) and its gold events from corpus JSON."""
    doc_id, title, date = parse_document_name(doc["DocumentName"])
    sentences = sorted(doc["Sentences"], key=lambda s: s["SentenceId"])
    paragraphs: list[str] = []
    starts: list[int] = []
    para_tokens: list[list[TokenId]] = []
    tokens: dict[TokenId, str] = {}
    offsets: Offsets = {}
    pos = 0
    for group in paragraph_groups(sentences):
        ids = [(s["SentenceId"], t) for s in group for t in range(len(s["Tokens"]))]
        words = [tok for s in group for tok in s["Tokens"]]
        if not words:
            continue
        text, spans = detokenize(words)
        if paragraphs:
            pos += 2  # the blank line between paragraphs
        for tid, word, (a, b) in zip(ids, words, spans, strict=True):
            tokens[tid] = word
            offsets[tid] = (pos + a, pos + b)
        paragraphs.append(text)
        starts.append(pos)
        para_tokens.append(ids)
        pos += len(text)
    article = Article(doc_id, name, title, date, paragraphs, starts, para_tokens, tokens, offsets)
    article.events = [gold_event(a, tokens) for a in doc.get("Annotations", [])]
    return article


def gold_event(annotation: dict[str, Any], tokens: dict[TokenId, str]) -> GoldEvent:
    """One corpus annotation as a :class:`GoldEvent`."""
    message = frozenset(parse_token_ref(r) for r in annotation.get("Message", []))
    source = frozenset(parse_token_ref(r) for r in annotation.get("Source", []))
    return GoldEvent(
        message,
        source,
        annotation.get("Form", ""),
        text_of(tokens, message),
        text_of(tokens, source),
    )


def to_markdown(article: Article) -> str:
    """The article as Markdown with YAML front matter (title, date, language)."""
    meta: dict[str, Any] = {"title": article.title}
    if article.date:
        meta["date"] = dt.date.fromisoformat(article.date)
    meta["language"] = "de"
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{front}---\n\n{article.body}\n"


def doc_id_of(path: Path) -> int:
    """The numeric article id at the start of a corpus file name."""
    m = re.match(r"\d+", path.name)
    return int(m.group()) if m else -1


def in_split(doc_id: int, split: str) -> bool:
    """Deterministic split: ids divisible by 5 are ``dev``, the rest ``train``.

    ``train-a`` / ``train-b`` are the even / odd ids of ``train``: choose a rule on one half,
    check that it carries over to the other before ``dev`` is run.
    """
    if split == "all":
        return True
    if split in ("train-a", "train-b"):
        return doc_id % DEV_MODULUS != 0 and doc_id % 2 == (split == "train-b")
    return (doc_id % DEV_MODULUS == 0) == (split == "dev")


def list_corpus(corpus: Path, split: str, limit: int | None) -> list[Path]:
    """Corpus files of a split in sorted file-name order, the first ``limit`` of them."""
    files = [p for p in sorted(corpus.glob("*.json")) if in_split(doc_id_of(p), split)]
    return files[:limit] if limit else files


def load_article(path: Path) -> Article:
    """Read one corpus JSON file."""
    return build_article(json.loads(path.read_text(encoding="utf-8")), path.stem)


# --------------------------------------------------------------------------- alignment

TOKEN_SLACK = 20


def locate_tokens(text: str, article: Article) -> Offsets:
    """Offsets of the article's body tokens inside the analyser's ``text``.

    Each paragraph is searched in order after the title; a paragraph that the reader changed
    (Markdown syntax, normalisation) falls back to a token-by-token search.
    """
    cursor = 0
    at = text.find(article.title) if article.title else -1
    if 0 <= at <= 200:
        cursor = at + len(article.title)
    located: Offsets = {}
    for para, start, ids in zip(
        article.paragraphs, article.paragraph_starts, article.paragraph_tokens, strict=True
    ):
        found = text.find(para, cursor)
        if found >= 0:
            shift = found - start
            for tid in ids:
                a, b = article.offsets[tid]
                located[tid] = (a + shift, b + shift)
            cursor = found + len(para)
            continue
        for tid in ids:
            token = article.tokens[tid]
            found = text.find(token, cursor, cursor + TOKEN_SLACK + len(token))
            if found >= 0:
                located[tid] = (found, found + len(token))
                cursor = found + len(token)
    return located


class TokenIndex:
    """Maps character spans to the token ids they overlap."""

    def __init__(self, offsets: Offsets) -> None:
        items = sorted((span, tid) for tid, span in offsets.items())
        self._starts = [s for (s, _), _ in items]
        self._ends = [e for (_, e), _ in items]
        self._ids = [tid for _, tid in items]

    def tokens(self, start: int, end: int) -> frozenset[TokenId]:
        """Token ids overlapping ``[start, end)``."""
        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        out = []
        while i < len(self._starts) and self._starts[i] < end:
            if self._ends[i] > start:
                out.append(self._ids[i])
            i += 1
        return frozenset(out)


# --------------------------------------------------------------------------- predictions


@dataclass(frozen=True)
class Prediction:
    """One predicted claim, mapped to body tokens."""

    message: frozenset[TokenId]
    speaker_tokens: frozenset[TokenId]
    speaker_names: tuple[str, ...]
    form: str
    text: str
    speaker: str
    cue: str = ""


def _span_tokens(index: TokenIndex, span: dict[str, Any] | None) -> frozenset[TokenId]:
    if not span or span.get("start") is None or span.get("end") is None:
        return frozenset()
    return index.tokens(int(span["start"]), int(span["end"]))


def speaker_names(claim: dict[str, Any], actors: dict[str, dict[str, Any]]) -> tuple[str, ...]:
    """Names the predicted speaker goes by: actor name, aliases, mention texts."""
    names: list[str] = []
    actor = actors.get(claim.get("speaker") or "")
    if actor:
        names.append(actor.get("name") or "")
        names.extend(actor.get("aliases") or [])
        names.extend(m.get("text") or "" for m in actor.get("mentions") or [])
    if claim.get("speaker_mention"):
        names.append(claim["speaker_mention"].get("text") or "")
    seen = dict.fromkeys(n.strip() for n in names if n and n.strip())
    return tuple(seen)


def predictions(result: dict[str, Any], article: Article) -> tuple[list[Prediction], int]:
    """Scorable predictions of one analyser result and the number outside the body."""
    index = TokenIndex(locate_tokens(result.get("text", ""), article))
    actors = {a.get("id"): a for a in result.get("actors") or []}
    preds: list[Prediction] = []
    outside = 0
    for claim in result.get("claims") or []:
        if claim.get("form") == "assertion":
            continue
        message = _span_tokens(index, claim)
        if not message:
            outside += 1
            continue
        names = speaker_names(claim, actors)
        preds.append(
            Prediction(
                message=message,
                speaker_tokens=_span_tokens(index, claim.get("speaker_mention")),
                speaker_names=names,
                form=str(claim.get("form")),
                text=claim.get("text") or "",
                speaker=names[0] if names else "",
                cue=(claim.get("cue") or {}).get("text") or "",
            )
        )
    return preds, outside


# --------------------------------------------------------------------------- scoring


def overlap_f1(a: frozenset[TokenId], b: frozenset[TokenId]) -> float:
    """Dice / F1 overlap of two token sets."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def match(
    pred: Sequence[frozenset[TokenId]],
    gold: Sequence[frozenset[TokenId]],
    threshold: float = MATCH_THRESHOLD,
) -> list[tuple[int, int, float]]:
    """Greedy one-to-one matching ``(pred_index, gold_index, f1)``, best overlap first."""
    pairs = [
        (f1, i, j)
        for i, p in enumerate(pred)
        for j, g in enumerate(gold)
        if (f1 := overlap_f1(p, g)) >= threshold
    ]
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for f1, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j, f1))
    return sorted(out)


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def contains_words(haystack: str, needle: str) -> bool:
    """Whether ``needle`` occurs in ``haystack`` as whole words, ignoring case and spacing."""
    needle = _normalise(needle)
    if not needle:
        return False
    pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    return re.search(pattern, _normalise(haystack)) is not None


#: Pronouns and articles: as a speaker's name they say nothing about who is meant ("der", "er"
#: occur in most sources), so they count only where the mention overlaps the gold source.
FUNCTION_WORDS = frozenset({
    "der", "die", "das", "dem", "den", "des", "denen", "dessen", "deren", "welche", "welcher",
    "welches", "er", "sie", "es", "ihm", "ihn", "ihr", "ihnen", "man", "wir", "ich", "du",
    "dies", "diese", "dieser", "dieses", "jener", "jene",
})  # fmt: skip


def speaker_correct(pred: Prediction, gold: GoldEvent) -> bool:
    """The predicted speaker overlaps the gold source or one of its names occurs in it."""
    if not gold.source:
        return False
    if pred.speaker_tokens & gold.source:
        return True
    return any(
        contains_words(gold.source_text, n) for n in pred.speaker_names if _normalise(n) not in FUNCTION_WORDS
    )


@dataclass
class Tally:
    """Counts summed over articles."""

    articles: int = 0
    failed: int = 0
    gold: int = 0
    gold_with_source: int = 0
    predicted: int = 0
    outside_body: int = 0
    matched: int = 0
    attributed: int = 0
    gold_by_form: Counter[str] = field(default_factory=Counter)
    matched_by_form: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, other: Tally) -> None:
        for name in ("articles", "failed", "gold", "gold_with_source", "predicted"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.outside_body += other.outside_body
        self.matched += other.matched
        self.attributed += other.attributed
        self.gold_by_form.update(other.gold_by_form)
        self.matched_by_form.update(other.matched_by_form)


def score_article(article: Article, result: dict[str, Any] | None) -> tuple[Tally, dict[str, Any]]:
    """Counts for one article and its error record (false positives / negatives)."""
    tally = Tally(articles=1, gold=len(article.events))
    tally.gold_with_source = sum(1 for e in article.events if e.source)
    tally.gold_by_form.update(e.form for e in article.events)
    record: dict[str, Any] = {"doc": article.name, "failed": result is None}
    if result is None:
        tally.failed = 1
        record["false_negatives"] = [_gold_record(e) for e in article.events]
        return tally, record
    preds, tally.outside_body = predictions(result, article)
    tally.predicted = len(preds)
    pairs = match([p.message for p in preds], [e.message for e in article.events])
    wrong_speaker = []
    for i, j, f1 in pairs:
        pred, gold = preds[i], article.events[j]
        tally.matched_by_form[gold.form] += 1
        if speaker_correct(pred, gold):
            tally.attributed += 1
        elif gold.source:
            wrong_speaker.append({**_gold_record(gold), **_pred_record(pred), "f1": round(f1, 3)})
    tally.matched = len(pairs)
    hit_p = {i for i, _, _ in pairs}
    hit_g = {j for _, j, _ in pairs}
    record["false_positives"] = [_pred_record(p) for i, p in enumerate(preds) if i not in hit_p]
    record["false_negatives"] = [_gold_record(e) for j, e in enumerate(article.events) if j not in hit_g]
    record["wrong_speaker"] = wrong_speaker
    record["true_positives"] = [
        {**_gold_record(article.events[j]), **_pred_record(preds[i])} for i, j, _ in pairs
    ]
    return tally, record


def _gold_record(e: GoldEvent) -> dict[str, Any]:
    return {"gold_text": e.message_text, "gold_source": e.source_text, "gold_form": e.form}


def _pred_record(p: Prediction) -> dict[str, Any]:
    return {"pred_text": p.text, "pred_speaker": p.speaker, "pred_form": p.form, "pred_cue": p.cue}


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (0 where undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def figures(t: Tally) -> dict[str, Any]:
    """The reported figures of a tally."""
    cp, cr, cf = prf(t.matched, t.predicted, t.gold)
    ap, ar, af = prf(t.attributed, t.predicted, t.gold_with_source)
    per_second = t.articles / t.seconds if t.seconds else 0.0
    recall_by_form = {
        f: round(t.matched_by_form[f] / t.gold_by_form[f], 4) if t.gold_by_form[f] else None for f in FORMS
    }
    return {
        "articles": t.articles,
        "failed": t.failed,
        "gold_events": t.gold,
        "gold_with_source": t.gold_with_source,
        "predicted_claims": t.predicted,
        "outside_body": t.outside_body,
        "matched": t.matched,
        "attributed": t.attributed,
        "claim_p": round(cp, 4),
        "claim_r": round(cr, 4),
        "claim_f1": round(cf, 4),
        "attributed_p": round(ap, 4),
        "attributed_r": round(ar, 4),
        "attributed_f1": round(af, 4),
        "recall_by_form": recall_by_form,
        "gold_by_form": {f: t.gold_by_form[f] for f in FORMS},
        "direct_recall": recall_by_form["Direct"],
        "seconds": round(t.seconds, 2),
        "articles_per_s": round(per_second, 3),
        "articles_per_min": round(per_second * 60, 1),
    }


# --------------------------------------------------------------------------- systems


class AnalyserError(RuntimeError):
    """The analyser command could not be run at all."""


def _parse_jsonl(stdout: str) -> list[dict[str, Any]]:
    objs = []
    for line in stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(obj, dict):
            objs.append(obj)
    return objs


def _by_path(objs: list[dict[str, Any]], paths: Sequence[Path]) -> list[dict[str, Any] | None]:
    """Results keyed by the article path they report, in ``paths`` order."""
    found: dict[str, dict[str, Any]] = {}
    for obj in objs:
        path = (obj.get("article") or {}).get("path") or obj.get("path") or ""
        if path:
            found[Path(path).name] = obj
    return [found.get(p.name) for p in paths]


def run_batch(cmd: Sequence[str], paths: Sequence[Path]) -> tuple[list[dict[str, Any] | None], str]:
    """Run the analyser on some files; results in order (``None`` = failed) and stderr."""
    proc = subprocess.run(
        [*cmd, *map(str, paths)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        cwd=REPO_ROOT,
        check=False,
    )
    objs = _parse_jsonl(proc.stdout)
    if len(objs) == len(paths):
        results: list[dict[str, Any] | None] = list(objs)
    else:
        results = _by_path(objs, paths)
    results = [r if r is not None and "error" not in r and "text" in r else None for r in results]
    if proc.returncode != 0 and not any(results):
        raise AnalyserError(f"exit code {proc.returncode}; stderr:\n{proc.stderr.strip()[-2000:]}")
    return results, proc.stderr


def run_analyser(
    cmd: Sequence[str], paths: Sequence[Path], batch_size: int
) -> tuple[list[dict[str, Any] | None], float]:
    """Run the analyser in batches; results in order and the wall time spent in it."""
    results: list[dict[str, Any] | None] = []
    seconds = 0.0
    for i in range(0, len(paths), batch_size):
        batch = paths[i : i + batch_size]
        t0 = time.perf_counter()
        try:
            out, _ = run_batch(cmd, batch)
        except FileNotFoundError as exc:
            raise AnalyserError(f"command not found: {exc}") from exc
        except AnalyserError:
            if not results:
                raise
            out = [None] * len(batch)
        seconds += time.perf_counter() - t0
        results.extend(out)
        done = len(results)
        print(f"  analysed {done}/{len(paths)} ({seconds:.1f} s)", file=sys.stderr)
    return results, seconds


SPEECH_CUE_RE = re.compile(
    r"\b(sagte|sagt|sagten|erklärte|erklärt|betonte|betont|teilte|teilt|mitteilte|berichtet"
    r"|berichtete|berichten|meinte|meint|forderte|warnte|kritisierte|bestätigte|so|laut"
    r"|zufolge)\b|[„“”\"»«]"
)
SENTENCE_END_RE = re.compile(r"(?<=[.!?“\"])\s+(?=[A-ZÄÖÜ„\"»(])")


def baseline_result(title: str, body: str) -> dict[str, Any]:
    """Naive regex analyser: a claim per sentence with a speech verb or a quote mark.

    The message is the whole sentence and there is no speaker. Output has the analyser's shape.
    """
    lines = [title, *(p for p in body.split("\n\n") if p)]
    text = "\n".join(lines)
    claims = []
    pos = len(title) + 1
    for line in lines[1:]:
        start = 0
        for piece in [*SENTENCE_END_RE.split(line)]:
            at = line.find(piece, start)
            start = at + len(piece)
            if SPEECH_CUE_RE.search(piece):
                a = pos + at
                claims.append(
                    {
                        "id": f"c{len(claims)}",
                        "speaker": None,
                        "speaker_mention": None,
                        "form": "indirect",
                        "start": a,
                        "end": a + len(piece),
                        "text": piece,
                    }
                )
        pos += len(line) + 1
    return {"text": text, "actors": [], "claims": claims}


def run_baseline(articles: Sequence[Article]) -> tuple[list[dict[str, Any] | None], float]:
    """Baseline results for the articles and the time spent."""
    t0 = time.perf_counter()
    results: list[dict[str, Any] | None] = [baseline_result(a.title, a.body) for a in articles]
    return results, time.perf_counter() - t0


def evaluate(
    articles: Sequence[Article], results: Sequence[dict[str, Any] | None], seconds: float
) -> tuple[Tally, list[dict[str, Any]]]:
    """Score all articles; the total tally and per-article error records."""
    total = Tally(seconds=seconds)
    records = []
    for article, result in zip(articles, results, strict=True):
        tally, record = score_article(article, result)
        total.add(tally)
        records.append(record)
    return total, records


# --------------------------------------------------------------------------- output


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def format_table(systems: dict[str, dict[str, Any]]) -> str:
    """One plain-text table, a column per system."""
    rows: list[tuple[str, list[str]]] = []

    def row(label: str, key: str, fmt: Any = str) -> None:
        rows.append((label, [fmt(f[key]) for f in systems.values()]))

    row("articles", "articles")
    row("failed articles", "failed")
    row("gold events", "gold_events")
    row("gold events with source", "gold_with_source")
    row("predicted claims", "predicted_claims")
    row("not scored (outside body)", "outside_body")
    row("claim P %", "claim_p", _pct)
    row("claim R %", "claim_r", _pct)
    row("claim F1 %", "claim_f1", _pct)
    row("attributed P %", "attributed_p", _pct)
    row("attributed R %", "attributed_r", _pct)
    row("attributed F1 %", "attributed_f1", _pct)
    for form in FORMS:
        n = next(iter(systems.values()))["gold_by_form"][form]
        rows.append(
            (
                f"recall {form} (n={n}) %",
                [_pct(f["recall_by_form"][form]) for f in systems.values()],
            )
        )
    row("direct-quote recall %", "direct_recall", _pct)
    row("articles/s", "articles_per_s", lambda x: f"{x:.2f}")
    row("articles/min", "articles_per_min", lambda x: f"{x:.1f}")
    width = max(len(label) for label, _ in rows)
    cols = [max(len(name), 8) for name in systems]
    header = " " * width + "  " + "  ".join(n.rjust(w) for n, w in zip(systems, cols, strict=True))
    lines = [header, "-" * len(header)]
    for label, values in rows:
        cells = "  ".join(v.rjust(w) for v, w in zip(values, cols, strict=True))
        lines.append(f"{label.ljust(width)}  {cells}")
    return "\n".join(lines)


def write_markdown(articles: Sequence[Article], folder: Path) -> list[Path]:
    """Write each article as ``<id>.md`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in articles:
        path = folder / f"{article.doc_id}.md"
        path.write_text(to_markdown(article), encoding="utf-8")
        paths.append(path)
    return paths


def write_errors(path: Path, records: dict[str, list[dict[str, Any]]]) -> None:
    """Per-article error records as JSONL (one line per system and article; matched pairs are
    kept too, as ``true_positives``, to tell which cues and forms pay off)."""
    with path.open("w", encoding="utf-8") as fh:
        for system, recs in records.items():
            for rec in recs:
                keys = ("false_positives", "false_negatives", "wrong_speaker")
                if not rec["failed"] and not any(rec.get(k) for k in keys):
                    continue
                fh.write(json.dumps({"system": system, **rec}, ensure_ascii=False) + "\n")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--baseline", action="store_true", help="score the regex baseline only")
    mode.add_argument("--compare", action="store_true", help="score analyser and baseline")
    ap.add_argument("--cmd", default=DEFAULT_CMD, help=f"analyser command (default: {DEFAULT_CMD})")
    ap.add_argument("--batch-size", type=int, default=100, help="files per analyser process")
    ap.add_argument("--split", choices=SPLITS, default="all")
    ap.add_argument("--limit", type=int, default=None, help="first N articles (sorted names)")
    ap.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="SpkAtt task 2 folder")
    ap.add_argument("--workdir", type=Path, default=None, help="keep the Markdown files here")
    ap.add_argument("--errors", type=Path, default=None, help="write error records (JSONL)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    return ap.parse_args(argv)


def split_counts(corpus: Path) -> dict[str, int]:
    """Number of articles in each split."""
    ids = [doc_id_of(p) for p in corpus.glob("*.json")]
    return {s: sum(in_split(i, s) for i in ids) for s in SPLITS}


def run_systems(
    args: argparse.Namespace, articles: list[Article], folder: Path
) -> tuple[dict[str, Tally], dict[str, list[dict[str, Any]]]]:
    """Run the selected systems; their tallies and error records."""
    tallies: dict[str, Tally] = {}
    records: dict[str, list[dict[str, Any]]] = {}
    if not args.baseline:
        paths = write_markdown(articles, folder)
        results, seconds = run_analyser(shlex.split(args.cmd), paths, args.batch_size)
        tallies["analyser"], records["analyser"] = evaluate(articles, results, seconds)
    if args.baseline or args.compare:
        results, seconds = run_baseline(articles)
        tallies["baseline"], records["baseline"] = evaluate(articles, results, seconds)
    return tallies, records


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.corpus.is_dir():
        print(f"skipped: corpus not found at {args.corpus}")
        return 0
    counts = split_counts(args.corpus)
    files = list_corpus(args.corpus, args.split, args.limit)
    print(
        f"split: dev {counts['dev']} (id % {DEV_MODULUS} == 0), train {counts['train']}, "
        f"all {counts['all']}; using {args.split}: {len(files)} articles",
        file=sys.stderr if args.json else sys.stdout,
        flush=True,
    )
    articles = [load_article(p) for p in files]
    try:
        with tempfile.TemporaryDirectory(prefix="spkatt-") as tmp:
            tallies, records = run_systems(args, articles, args.workdir or Path(tmp))
    except AnalyserError as exc:
        print(
            f"error: the analyser ({args.cmd}) failed: {exc}\n"
            "Does the generator package with its `analyze` command exist yet? "
            "Try --baseline, or point --cmd at another analyser.",
            file=sys.stderr,
        )
        return 2
    systems = {name: figures(t) for name, t in tallies.items()}
    if args.errors:
        write_errors(args.errors, records)
    if args.json:
        print(
            json.dumps(
                {
                    "split": args.split,
                    "split_sizes": counts,
                    "matching": f"greedy one-to-one, message token F1 >= {MATCH_THRESHOLD}",
                    "systems": systems,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(format_table(systems))
    return 0


if __name__ == "__main__":
    sys.exit(main())
