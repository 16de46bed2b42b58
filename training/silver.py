"""Silver parses for a self-training experiment (not part of ``make model``).

Usage: ``python -m training.silver MODEL OUT.spacy [--tokens N] [--beam W]``

Parses the openly licensed raw text of the training side (SpkAtt-2023 task 1 Bundestag
speeches, GermEval 2014 *test*, SmartData v1 — never GSD dev, GermEval dev or the
non-commercial SpkAtt task 2) with ``MODEL``'s parser, greedy and with a beam of width ``W``,
and keeps sentences of 5–40 tokens with one root, final punctuation and the same tree both
ways. They are written one sentence a document with heads and labels only (tags, morphology
and lemmas left missing), for ``build_model train-ud --extra OUT.spacy``.

Measured on the held-out tune split (fifth session, 60,000 silver tokens, one seed): UAS
.822 → .830, sentence F1 .941 → .900 — within seed noise for UAS and a clear loss for
sentence boundaries, so the shipped pipeline does not use it.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

import generator.nlp  # noqa: F401  (registers the Lagebild tokenizer and components)
import training.lookups  # noqa: F401  (registers the cluster table a training config names)
from training import corpora

MIN_LEN, MAX_LEN = 5, 40


def raw_texts(root: Path) -> Iterator[str]:
    """The sentences and posts of the corpora the shipped components may learn from (``root``
    is ``../shared/data/corpora``)."""
    for path in sorted((root / "speech" / "spkatt2023-task1-bundestag").glob("*/*.json")):
        for sent in json.loads(path.read_text(encoding="utf8"))["Sentences"]:
            yield " ".join(sent["Tokens"])
    for words, _ in corpora.read_germeval(root / "ner" / "germeval2014" / "NER-de-test.tsv"):
        yield " ".join(words)
    for name in ("v1_train.json.gz", "v1_test.json.gz"):
        for text, _ in corpora.read_smartdata(root / "ner" / "smartdata" / name):
            yield text


def _tree(span: Span) -> list[tuple[int, str]]:
    return [(t.head.i - span.start, t.dep_) for t in span]


def _keep(sent: Span, other: Span | None) -> bool:
    return (MIN_LEN <= len(sent) <= MAX_LEN and not any(t.is_space for t in sent)
            and other is not None and _tree(sent) == _tree(other)
            and sum(t.dep_ == "ROOT" for t in sent) == 1 and sent[-1].is_punct)


def silver(model: str, texts: list[str], beam: int) -> list[Span]:
    """Sentences whose greedy and beam parses agree."""
    nlp = spacy.load(model, exclude=["tagger", "morphologizer", "trainable_lemmatizer", "ner"])
    parser = nlp.get_pipe("parser")
    parser.cfg.update({"beam_width": 1, "beam_density": 0.0})
    greedy = list(nlp.pipe(texts, batch_size=64))
    parser.cfg.update({"beam_width": beam, "beam_density": 0.0001})
    beamed = list(nlp.pipe(texts, batch_size=64))
    kept = []
    for g, b in zip(greedy, beamed, strict=True):
        other = {(s.start, s.end): s for s in b.sents}
        kept += [s for s in g.sents if _keep(s, other.get((s.start, s.end)))]
    return kept


def to_docbin(sents: list[Span], max_tokens: int) -> DocBin:
    """Up to ``max_tokens`` tokens of sentences (shuffled, seed 0), one per document."""
    docs, total = [], 0
    for s in random.Random(0).sample(sents, len(sents)):
        if total + len(s) > max_tokens:
            continue
        spaces = [*(bool(t.whitespace_) for t in s[:-1]), False]
        docs.append(Doc(s.doc.vocab, words=[t.text for t in s], spaces=spaces,
                        heads=[t.head.i - s.start for t in s], deps=[t.dep_ for t in s],
                        sent_starts=[True] + [False] * (len(s) - 1)))
        total += len(s)
    return DocBin(docs=docs, store_user_data=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model", help="pipeline whose parser makes the silver trees")
    ap.add_argument("out", type=Path, help="DocBin to write")
    ap.add_argument("--tokens", type=int, default=60_000, help="silver tokens at most")
    ap.add_argument("--beam", type=int, default=4, help="beam width the greedy parse must agree with")
    args = ap.parse_args(argv)
    root = corpora.data_root()
    if root is None:
        print("silver: ../shared/data is missing")
        return 1
    sents = silver(args.model, [t for t in raw_texts(root / "corpora") if t.strip()], args.beam)
    docbin = to_docbin(sents, args.tokens)
    docbin.to_disk(args.out)
    print(f"silver: {len(docbin)} sentences of {len(sents)} agreeing written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
