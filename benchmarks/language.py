"""Benchmark the German pipeline: tagging, morphology, parsing, NER, sentences, speed, memory.

* UD German GSD dev (not used for training): UPOS / STTS / lemma accuracy, ``Mood=Sub``
  precision / recall / F1, UAS / LAS, sentence-boundary F1 (raw text, spaCy alignment);
* GermEval 2014 dev (not used for training): exact-match F1 per label and micro over outer
  PER / ORG / LOC, for the full pipeline and for the trained NER alone (gazetteer off);
* Europeana Newspapers German NER (historical OCR; its labels never used for training, its raw
  text only in the tok2vec pretraining): the same for the full pipeline, a check of the gazetteer
  rules on text no rule was chosen from;
* throughput (words/s, ``nlp.pipe`` with ``n_process=1`` and ``2``, best of three runs; the
  load average is printed because other jobs on the machine distort it), load time in a
  fresh process, peak RSS; the first article's persons / organisations / places.

Usage::

    .venv/bin/python benchmarks/language.py [--model NAME_OR_PATH] [--skip-speed]

The corpora stay outside the repository (``../shared/data``); without them this prints a
message and exits 0.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DATA = REPO.parent / "shared" / "data"

# isort: off
import generator  # noqa: E402, F401  (first: it sets up numpy's BLAS as the CLI does)
# isort: on
from spacy.language import Language  # noqa: E402
from spacy.scorer import Scorer  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402

from generator.nlp import load_pipeline, pipeline_id  # noqa: E402
from training import corpora  # noqa: E402

LABELS = ("PER", "ORG", "LOC")
SEED_EXPECTED = {
    "Mark Rutte": "PER", "Wolodymyr Selenskyj": "PER", "Wladimir Putin": "PER",
    "Donald Trump": "PER", "Nato": "ORG", "EU": "ORG", "Bloomberg": "ORG",
    "Ukraine": "LOC", "Russland": "LOC", "USA": "LOC", "Kiew": "LOC",
}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ud_scores(nlp: Language) -> dict[str, float]:
    """Scores on UD GSD dev from raw text."""
    gold = corpora.ud_docs(nlp.vocab, DATA / "corpora" / "ud" / "de_gsd-ud-dev.conllu")
    predicted = nlp.pipe((doc.text for doc in gold), batch_size=64)
    examples = [Example(doc, ref) for doc, ref in zip(predicted, gold, strict=True)]
    scores = Scorer(nlp).score(examples)
    tp = fp = fn = 0
    for eg in examples:
        x2y = eg.alignment.x2y
        for tok in eg.predicted:
            ys = x2y[tok.i]
            if len(ys) != 1:
                continue
            g = eg.reference[int(ys[0])]
            pred_sub = "Sub" in tok.morph.get("Mood")
            gold_sub = "Sub" in g.morph.get("Mood")
            tp += pred_sub and gold_sub
            fp += pred_sub and not gold_sub
            fn += gold_sub and not pred_sub
    p, r, f = prf(tp, fp, fn)
    return {
        "token_acc": scores["token_acc"], "pos_acc": scores.get("pos_acc") or 0.0,
        "tag_acc": scores.get("tag_acc") or 0.0, "lemma_acc": scores.get("lemma_acc") or 0.0,
        "morph_acc": scores.get("morph_acc") or 0.0,
        "mood_sub_p": p, "mood_sub_r": r, "mood_sub_f": f,
        "uas": scores.get("dep_uas") or 0.0, "las": scores.get("dep_las") or 0.0,
        "sents_f": scores.get("sents_f") or 0.0,
    }


GERMEVAL_DEV = DATA / "corpora" / "ner" / "germeval2014" / "NER-de-dev.tsv"


def speed_texts() -> list[str]:
    """GermEval 2014 dev sentences as raw text, ten to a document (about 40,000 words)."""
    sents = [" ".join(words) for words, _ in corpora.read_germeval(GERMEVAL_DEV)]
    return [" ".join(sents[i : i + 10]) for i in range(0, len(sents), 10)]


def europeana_sentences() -> list:
    """Europeana Newspapers German NER (historical OCR, CC0): its labels are never used for
    training (the shipped NER leaves them out), so a second check of the gazetteer rules."""
    return [s for path in sorted((DATA / "corpora" / "ner" / "europeana").glob("*.bio"))
            for s in corpora.read_europeana(path)]


def ner_scores(nlp: Language, disable: tuple[str, ...] = (), sents: list | None = None,
               batch_size: int = 256) -> dict[str, tuple[float, ...]]:
    """Exact-match P/R/F on GermEval 2014 dev (or ``sents``), outer PER/ORG/LOC (gold
    tokenisation)."""
    sents = sents if sents is not None else list(corpora.read_germeval(GERMEVAL_DEV))
    docs = (Doc(nlp.vocab, words=words) for words, _ in sents)  # a stream: no document is kept
    counts: dict[str, Counter[str]] = {label: Counter() for label in LABELS}
    with nlp.select_pipes(disable=[d for d in disable if d in nlp.pipe_names]):
        scored = [({(e.start, e.end, e.label_) for e in doc.ents}, spans)
                  for doc, (_words, spans) in zip(nlp.pipe(docs, batch_size=batch_size), sents, strict=True)]
    for found, spans in scored:
        gold = {(s, e, lab) for s, e, lab in spans if lab in LABELS}
        pred = {x for x in found if x[2] in LABELS}
        for label in LABELS:
            g = {x for x in gold if x[2] == label}
            q = {x for x in pred if x[2] == label}
            counts[label].update(tp=len(g & q), fp=len(q - g), fn=len(g - q))
    out = {label: prf(c["tp"], c["fp"], c["fn"]) for label, c in counts.items()}
    total = sum(counts.values(), Counter())
    out["all"] = prf(total["tp"], total["fp"], total["fn"])
    return out


def throughput(nlp: Language, texts: list[str], n_process: int, runs: int = 3) -> float:
    """Words (tokens without spaces) per second over ``texts``, best of ``runs``."""
    best = 0.0
    for _ in range(runs):
        start = time.perf_counter()
        words = sum(
            sum(not t.is_space for t in doc)
            for doc in nlp.pipe(texts, n_process=n_process, batch_size=32)
        )
        best = max(best, words / (time.perf_counter() - start))
    return best


def load_time(model: str | None) -> float:
    """Seconds to load the pipeline in a fresh process (after importing spaCy)."""
    code = (
        f"import sys, time; sys.path.insert(0, {str(REPO)!r}); import generator.nlp as g; "
        f"t = time.perf_counter(); g.load_pipeline({model!r}); print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def seed_check(nlp: Language) -> list[tuple[str, str, str]]:
    """(name, expected label, found labels) for the first article's actors."""
    text = (DATA / "seed-article.txt").read_text(encoding="utf8")
    doc = nlp(text)
    found: dict[str, set[str]] = {}
    for ent in doc.ents:
        found.setdefault(ent.text, set()).add(ent.label_)
    for start, end, label in doc._.ent_parts:
        found.setdefault(text[start:end], set()).add(label + " (in compound)")
    rows = []
    for name, label in SEED_EXPECTED.items():
        labels = found.get(name, set())
        rows.append((name, label, ", ".join(sorted(labels)) or "—"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="German pipeline benchmark")
    parser.add_argument("--model", default=None, help="pipeline name or path (default: loader)")
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args(argv)
    if not (DATA / "corpora").is_dir():
        print(f"skipped: corpora not found at {DATA} (see ../shared/data/README.md)")
        return 0
    nlp = load_pipeline(args.model)
    print(f"pipeline: {pipeline_id(nlp)}\n")
    ud = ud_scores(nlp)
    print("| UD German GSD dev (raw text) | value |\n|---|---|")
    for key, name in [
        ("token_acc", "tokenization accuracy"), ("pos_acc", "UPOS accuracy"),
        ("tag_acc", "STTS tag accuracy"), ("lemma_acc", "lemma accuracy"),
        ("morph_acc", "morph. features accuracy"), ("mood_sub_p", "Mood=Sub precision"),
        ("mood_sub_r", "Mood=Sub recall"), ("mood_sub_f", "Mood=Sub F1"),
        ("uas", "UAS"), ("las", "LAS"), ("sents_f", "sentence boundary F1"),
    ]:
        print(f"| {name} | {ud[key]:.3f} |")
    print("\n| GermEval 2014 dev, outer | P | R | F1 | F1 trained NER only |")
    print("|---|---|---|---|---|")
    full = ner_scores(nlp)
    bare = ner_scores(nlp, disable=("lagebild_gazetteer",))
    for label in [*LABELS, "all"]:
        p, r, f = full[label]
        print(f"| {label} | {p:.3f} | {r:.3f} | {f:.3f} | {bare[label][2]:.3f} |")
    europeana = europeana_sentences()
    if europeana:
        print(f"\n| Europeana Newspapers ({len(europeana):,} sentences, labels never trained on) "
              "| P | R | F1 |")
        print("|---|---|---|---|")
        # (small batches: its long documents would otherwise raise the peak memory measured below)
        scores = ner_scores(nlp, sents=europeana, batch_size=16)
        for label in [*LABELS, "all"]:
            p, r, f = scores[label]
            print(f"| {label} | {p:.3f} | {r:.3f} | {f:.3f} |")
    print("\n| first article: expected entity | label | found as |\n|---|---|---|")
    for name, label, got in seed_check(nlp):
        print(f"| {name} | {label} | {got} |")
    if not args.skip_speed:
        sample = speed_texts()
        one = throughput(nlp, sample, 1)
        two = throughput(nlp, sample * 2, 2)
        load = load_time(args.model)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print("\n| speed and memory | value |\n|---|---|")
        print(f"| words/s, n_process=1 (GermEval dev as raw text) | {one:,.0f} |")
        print(f"| words/s, n_process=2 (twice the text) | {two:,.0f} |")
        print(f"| load time (fresh process) | {load:.2f} s |")
        print(f"| peak RSS (this benchmark process) | {rss:,.0f} MB |")
        print(f"| load average during the run (1 min) | {os.getloadavg()[0]:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
