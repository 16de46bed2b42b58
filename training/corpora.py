"""Readers for the shared corpora (UD CoNLL-U, GermEval 2014, SmartData) into spaCy Docs."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

REPO = Path(__file__).resolve().parent.parent


def data_root() -> Path | None:
    """The shared data folder (``../shared/data`` from the repository root), if present."""
    for cand in (REPO.parent / "shared" / "data", Path("/work/shared/data")):
        if (cand / "corpora").is_dir():
            return cand
    return None


# --- Universal Dependencies -------------------------------------------------------------

Token = dict[str, object]


def _merge_mwt(surface: str, parts: list[list[str]], space: bool) -> Token:
    """Merge a multi-word token (``im`` = ``in`` + ``dem``) into one spaCy token."""
    first, last = parts[0], parts[-1]
    tags = [p[4] for p in parts]
    tag = "APPRART" if tags[:1] == ["APPR"] else tags[0]
    feats = last[5] if last[5] != "_" else first[5]
    return {
        "id": int(first[0]), "ids": [int(p[0]) for p in parts], "form": surface,
        "lemma": first[2], "pos": first[3], "tag": tag, "feats": feats,
        "head": int(first[6]), "dep": first[7], "space": space,
    }


def read_conllu(path: Path) -> Iterator[list[Token]]:
    """Yield sentences as lists of tokens with multi-word tokens merged."""
    sent: list[list[str]] = []
    for line in [*path.read_text(encoding="utf8").splitlines(), ""]:
        if line.startswith("#"):
            continue
        if line.strip():
            sent.append(line.split("\t"))
            continue
        if sent:
            yield _convert_sentence(sent)
        sent = []


def _convert_sentence(rows: list[list[str]]) -> list[Token]:
    out: list[Token] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        space = "SpaceAfter=No" not in row[9]
        if "-" in row[0]:
            start, end = (int(x) for x in row[0].split("-"))
            parts = rows[i + 1 : i + 2 + end - start]
            out.append(_merge_mwt(row[1], parts, space))
            i += 2 + end - start
            continue
        if "." in row[0]:
            i += 1
            continue
        out.append({
            "id": int(row[0]), "ids": [int(row[0])], "form": row[1], "lemma": row[2],
            "pos": row[3], "tag": row[4], "feats": row[5], "head": int(row[6]),
            "dep": row[7], "space": space,
        })
        i += 1
    # map heads (UD ids) onto merged token positions; heads inside a MWT point to the MWT
    pos_of = {uid: n for n, tok in enumerate(out) for uid in tok["ids"]}  # type: ignore[union-attr]
    for n, tok in enumerate(out):
        head = int(tok["head"])  # type: ignore[call-overload]
        tok["head_i"] = n if head == 0 else pos_of[head]
        if tok["head_i"] == n and head != 0:
            tok["dep"] = "ROOT"
        if head == 0:
            tok["dep"] = "ROOT"
    return out


def ud_doc(vocab: Vocab, sents: list[list[Token]]) -> Doc:
    """Build one annotated Doc from several UD sentences (sentences joined by a space)."""
    words: list[str] = []
    spaces: list[bool] = []
    kw: dict[str, list] = {k: [] for k in ("lemmas", "pos", "tags", "morphs", "heads", "deps")}
    sent_starts: list[bool] = []
    for sent in sents:
        offset = len(words)
        for n, tok in enumerate(sent):
            words.append(str(tok["form"]))
            spaces.append(bool(tok["space"]) or n == len(sent) - 1)
            kw["lemmas"].append(str(tok["lemma"]))
            kw["pos"].append(str(tok["pos"]))
            kw["tags"].append(str(tok["tag"]))
            kw["morphs"].append("" if tok["feats"] == "_" else str(tok["feats"]))
            kw["heads"].append(offset + int(tok["head_i"]))  # type: ignore[call-overload]
            kw["deps"].append(str(tok["dep"]))
            sent_starts.append(n == 0)
    if spaces:
        spaces[-1] = False
    return Doc(vocab, words=words, spaces=spaces, sent_starts=sent_starts, **kw)


def feature_inventory(path: Path) -> set[tuple[str, str]]:
    """(UPOS, feature name) pairs a treebank uses."""
    return {
        (str(tok["pos"]), feat.split("=")[0])
        for sent in read_conllu(path) for tok in sent if tok["feats"] != "_"
        for feat in str(tok["feats"]).split("|")
    }


def harmonise(sents: list[list[Token]], inventory: set[tuple[str, str]]) -> None:
    """Make PUD look like GSD: no STTS tags there (missing), GSD's feature inventory only."""
    for sent in sents:
        for tok in sent:
            tok["tag"] = ""
            feats = [] if tok["feats"] == "_" else str(tok["feats"]).split("|")
            if tok["pos"] in ("VERB", "AUX") and any(f.startswith("Mood=") for f in feats):
                feats = [f for f in feats if not f.startswith("VerbForm=")] + ["VerbForm=Fin"]
            feats = sorted(f for f in feats if (str(tok["pos"]), f.split("=")[0]) in inventory)
            tok["feats"] = "|".join(feats) or "_"


def ud_docs(
    vocab: Vocab, path: Path, per_doc: int = 10, like: Path | None = None
) -> list[Doc]:
    """All sentences of a CoNLL-U file, grouped ``per_doc`` sentences a Doc.

    With ``like`` (a GSD file), tags and features are harmonised to that treebank's scheme.
    """
    sents = list(read_conllu(path))
    if like is not None:
        harmonise(sents, feature_inventory(like))
    return [ud_doc(vocab, sents[i : i + per_doc]) for i in range(0, len(sents), per_doc)]


# --- NER ---------------------------------------------------------------------------------

OUTER = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}


def germeval_label(tag: str, keep_derived: bool = True) -> str | None:
    """Map a GermEval class (``LOC``, ``LOCderiv``, ``ORGpart`` …) to a pipeline label."""
    if tag in OUTER:
        return OUTER[tag]
    if tag.endswith("deriv") and keep_derived:
        return "MISC"
    return None


def read_germeval(path: Path) -> Iterator[tuple[list[str], list[tuple[int, int, str]]]]:
    """Yield (words, outer entity spans as (start, end, raw GermEval class))."""
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf8").splitlines(), ""]:
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) >= 3:
            words.append(cols[1])
            tags.append(cols[2])
            continue
        if words:
            yield words, bio_spans(tags)
        words, tags = [], []


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans of BIO tags (an I- without a B- opens a span too)."""
    spans: list[tuple[int, int, str]] = []
    start = None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not tag.startswith("I-"):
            spans.append((start, i, tags[start][2:]))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start = i
    return spans


def germeval_doc(vocab: Vocab, words: list[str], spans: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(vocab, words=words)
    ents = []
    for start, end, raw in spans:
        label = germeval_label(raw)
        if label:
            ents.append(Span(doc, start, end, label=label))
    doc.set_ents(ents, default="outside")
    return doc


SMARTDATA = {"person": "PER", "organization": "ORG", "location": "LOC"}


def read_smartdata(path: Path) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """Yield (text, char spans) from a SmartData v1 JSON-stream file."""
    with gzip.open(path, "rt", encoding="utf8") as fh:
        text = fh.read()
    dec = json.JSONDecoder()
    i = 0
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return
        obj, i = dec.raw_decode(text, i)
        body = obj["text"]["string"]
        spans = []
        for m in (obj.get("conceptMentions") or {}).get("array", []):
            label = SMARTDATA.get(m["type"].split("-")[0])
            if label:
                spans.append((m["span"]["start"], m["span"]["end"], label))
        yield body, spans


def read_europeana(path: Path, max_words: int = 60) -> Iterator[tuple[list[str], list[tuple[int, int, str]]]]:
    """Yield (words, spans) from a Europeana Newspapers BIO file (one ``word tag`` a line).

    The files have no sentence breaks: chunks end at a sentence-final token once they have
    ``max_words`` words (or at twice that length anyway).
    """
    words: list[str] = []
    tags: list[str] = []

    def flush() -> tuple[list[str], list[tuple[int, int, str]]]:
        return words, bio_spans(tags)

    for line in path.read_text(encoding="utf8", errors="replace").splitlines():
        parts = line.split(" ")
        if len(parts) != 2 or not parts[0]:
            continue
        word, tag = parts
        words.append(word)
        tags.append(tag if tag[:2] in ("B-", "I-") and tag[2:] in ("PER", "ORG", "LOC") else "O")
        if (len(words) >= max_words and word in (".", "!", "?")) or len(words) >= 2 * max_words:
            yield flush()
            words, tags = [], []
    if words:
        yield flush()
