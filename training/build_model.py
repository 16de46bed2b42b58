"""Convert the shared corpora, train the components and assemble generator/nlp/de_lagebild.

Usage: ``python -m training.build_model [convert|train-ud|train-ner|final|self-train|assemble|all]``.

* ``train-ud`` / ``train-ner``: train with every 10th document held out, early stopping on it
  (this is where the scores in ``training/output/<name>/model-best/meta.json`` come from);
* ``final``: retrain both on all training documents for the number of steps the held-out runs
  found best (``FINAL_STEPS``) — these models are shipped;
* ``self-train``: assemble the final models as a teacher (``training/output/teacher``), parse
  the raw training-side text with it (``training.silver``: sentences whose greedy and beam
  parses agree, in runs of 2–10, strict sentence endings, 60,000 tokens) and retrain the
  tagger/parser side on all documents plus that silver (``ud-silver-final``, seed
  ``SILVER_SEED``); then the teacher's entities (NER and gazetteer rules) on 60,000 tokens
  of the Bundestag speeches (``training.silver.build_ner``) are added to the NER's training
  documents (``ner-silver-final``, seed ``NER_SILVER_SEED``);
* ``assemble``: build ``generator/nlp/de_lagebild`` from the final models (the self-trained
  ``ud-silver-final`` and ``ner-silver-final`` when they exist).

``final-ud`` / ``final-ner`` run one half of ``final``. For experiments, ``--tag T`` writes
``<name>-T`` / ``<name>-T-final`` instead (``assemble`` then takes ``ner-T-final`` and
``ud-T-final``, or ``ud-final`` when there is none), ``--seed`` / ``--steps`` override the
config seed and ``FINAL_STEPS``, ``--extra FILE`` adds the documents of a DocBin (e.g. silver
parses) to the training documents of ``train-*`` / ``final*``, ``assemble --out DIR`` writes a
candidate pipeline to ``DIR`` without bumping ``training/VERSION``, ``assemble --ner DIR``
takes the NER from another pipeline (e.g. the shipped one) and ``assemble --beam-width N``
overrides ``PARSER_BEAM``.

Corpora are read from ``../shared/data`` at training time only; nothing of them is copied
into the repository. Intermediate files go to ``training/output/`` (git-ignored).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin, Span

import generator.nlp  # noqa: F401  (registers the Lagebild tokenizer and components)
from training import (
    corpora,
    lookups,  # noqa: F401  (registers lagebild.cluster_lookups.v1)
    pretrain,  # noqa: F401  (registers lagebild.ner_pretrained_tok2vec.v1)
)
from training.assemble import assemble

HERE = Path(__file__).resolve().parent
OUT = HERE / "output"
CONFIGS = HERE / "configs"
TUNE_EVERY = 10  # every 10th training document is held out for early stopping / tuning
FINAL_STEPS = {"ud": 3000, "ner": 2250}  # best steps of the held-out runs
# tok2vec weights of ``python -m training.pretrain`` (used for ud.cfg when present)
PRETRAINED = OUT / "pretrain" / "model-last.bin"
# the NER's own tok2vec pretrained the same way (``python -m training.pretrain train --config
# training/configs/ner.cfg --out training/output/pretrain-ner``); off: tried in the ninth
# session, +0.7 on the tune split but no gain on GermEval dev (training/README.md)
NER_PRETRAINED = OUT / "pretrain-ner" / "model-last.bin"
NER_PRETRAIN = False
# parser beam at inference (width, density), stored in the assembled pipeline; 1 = greedy
PARSER_BEAM = (1, 0.0)
EUROPEANA = False  # add Europeana Newspapers (CC0) to the NER training documents
# self-training: the seeds of the shipped parser (0.1.7, seventh session) and NER (0.1.8,
# eighth session), each chosen between two by SpkAtt *train* attributed F1
SILVER_SEED = 1
NER_SILVER_SEED = 0

log = logging.getLogger("build_model")


def _split(docs: list, every: int = TUNE_EVERY) -> tuple[list, list]:
    train = [d for i, d in enumerate(docs) if i % every != every - 1]
    tune = [d for i, d in enumerate(docs) if i % every == every - 1]
    return train, tune


def _save(docs: list, name: str) -> None:
    DocBin(docs=docs, store_user_data=False).to_disk(OUT / name)
    log.info("%s: %d docs, %d tokens", name, len(docs), sum(len(d) for d in docs))


def _trim(span: Span | None) -> Span | None:
    """Drop whitespace and punctuation at the edges of an entity span."""
    if span is None:
        return None
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    return Span(doc, start, end, label=span.label) if end > start else None


def convert(root: Path) -> None:
    """Write the training (``*-train``) and held-out tuning (``*-tune``) sets."""
    OUT.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("de", config={"nlp": {"tokenizer": {"@tokenizers": "lagebild.tokenizer.v1"}}})
    ud = root / "corpora" / "ud"
    docs = corpora.ud_docs(nlp.vocab, ud / "de_gsd-ud-test.conllu")
    docs += corpora.ud_docs(
        nlp.vocab, ud / "de_pud-ud-test.conllu", like=ud / "de_gsd-ud-test.conllu"
    )
    train, tune = _split(docs)
    _save(train, "ud-train.spacy")
    _save(tune, "ud-tune.spacy")
    _save(docs, "ud-all.spacy")

    ner = root / "corpora" / "ner"
    germeval = [
        corpora.germeval_doc(nlp.vocab, words, spans)
        for words, spans in corpora.read_germeval(ner / "germeval2014" / "NER-de-test.tsv")
    ]
    g_train, g_tune = _split(germeval)
    smart = []
    for name in ("v1_train.json.gz", "v1_test.json.gz"):
        for text, spans in corpora.read_smartdata(ner / "smartdata" / name):
            doc = nlp.make_doc(text)
            ents = [_trim(doc.char_span(s, e, label=lab, alignment_mode="expand"))
                    for s, e, lab in spans]
            ents = spacy.util.filter_spans([e for e in ents if e is not None])
            doc.set_ents(ents, default="outside")
            smart.append(doc)
    s_train, s_tune = _split(smart)
    europeana = [
        corpora.germeval_doc(nlp.vocab, words, spans)
        for path in sorted((ner / "europeana").glob("*.bio"))
        for words, spans in corpora.read_europeana(path)
    ] if EUROPEANA else []
    _save(g_train + s_train + europeana, "ner-train.spacy")
    _save(g_tune, "ner-tune.spacy")
    _save(s_tune, "ner-tune-smartdata.spacy")
    _save(germeval + smart + europeana, "ner-all.spacy")


def _out_dir(name: str, tag: str = "", final: bool = False) -> Path:
    """``training/output/<name>[-<tag>][-final]``."""
    return OUT / "-".join(x for x in (name, tag, "final" if final else "") if x)


def _train_data(name: str, final: bool, tag: str, extra: Path | None) -> Path:
    """The training DocBin, or a folder with it and ``extra`` (spaCy reads all ``.spacy`` files)."""
    base = OUT / f"{name}-{'all' if final else 'train'}.spacy"
    if extra is None:
        return base
    out = _out_dir(name, tag, final)
    folder = out.with_name(out.name + "-data")
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.spacy"):
        old.unlink()
    (folder / base.name).symlink_to(base)
    (folder / f"extra-{extra.name}").symlink_to(extra.resolve())
    return folder


def train(
    name: str, final: bool = False, tag: str = "", seed: int | None = None,
    steps: int | None = None, extra: Path | None = None,
) -> None:
    """Train one config (``ud`` or ``ner``) into ``training/output/<name>[-<tag>][-final]/``."""
    from spacy.cli.train import train as spacy_train

    overrides: dict[str, object] = {
        "paths.train": str(_train_data(name, final, tag, extra)),
        "paths.dev": str(OUT / f"{name}-tune.spacy"),
    }
    if final:
        overrides.update({"training.max_steps": steps or FINAL_STEPS[name], "training.patience": 0})
    if seed is not None:
        overrides["system.seed"] = seed
    if name == "ud" and PRETRAINED.exists():
        overrides["initialize.init_tok2vec"] = str(PRETRAINED)
        log.info("tok2vec initialised from %s", PRETRAINED)
    if name == "ner" and NER_PRETRAIN and NER_PRETRAINED.exists():
        overrides["paths.ner_tok2vec"] = str(NER_PRETRAINED)
    spacy_train(CONFIGS / f"{name}.cfg", _out_dir(name, tag, final), overrides=overrides)


def self_train(root: Path) -> None:
    """Silver parses and entities from the assembled final models, then ``ud-silver-final``
    and ``ner-silver-final`` trained with them."""
    from training import silver

    teacher = OUT / "teacher"
    assemble(_out_dir("ud", final=True) / "model-last", _out_dir("ner", final=True) / "model-last",
             out=teacher, bump=False, beam=PARSER_BEAM)
    docbin, _, _ = silver.build(str(teacher), root / "corpora", strict=True)
    docbin.to_disk(OUT / "silver.spacy")
    log.info("silver: %d documents written to %s", len(docbin), OUT / "silver.spacy")
    train("ud", final=True, tag="silver", seed=SILVER_SEED, extra=OUT / "silver.spacy")
    entities = silver.build_ner(str(teacher), root / "corpora")
    entities.to_disk(OUT / "ner-silver.spacy")
    log.info("silver entities: %d documents written to %s", len(entities), OUT / "ner-silver.spacy")
    train("ner", final=True, tag="silver", seed=NER_SILVER_SEED, extra=OUT / "ner-silver.spacy")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "step", nargs="?", default="all",
        choices=["convert", "train-ud", "train-ner", "final", "final-ud", "final-ner",
                 "self-train", "assemble", "all"],
    )
    parser.add_argument("--tag", default="", help="experiment name for the output directories")
    parser.add_argument("--seed", type=int, default=None, help="override the config seed")
    parser.add_argument("--steps", type=int, default=None, help="override FINAL_STEPS")
    parser.add_argument("--out", type=Path, default=None,
                        help="assemble a candidate here (no version bump)")
    parser.add_argument("--extra", type=Path, default=None,
                        help="DocBin added to the training documents (e.g. silver parses)")
    parser.add_argument("--ner", type=Path, default=None,
                        help="assemble: pipeline to take the NER from")
    parser.add_argument("--beam-width", type=int, default=None,
                        help="assemble: parser beam width (overrides PARSER_BEAM)")
    parser.add_argument("--beam-density", type=float, default=None,
                        help="assemble: parser beam density (overrides PARSER_BEAM)")
    args = parser.parse_args(argv)
    tag, seed, extra = args.tag, args.seed, args.extra
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    root = corpora.data_root()
    if root is None and args.step != "assemble":
        log.error("shared corpora not found (expected ../shared/data next to the repository)")
        return 1
    if args.step in ("convert", "all"):
        convert(root)  # type: ignore[arg-type]
    if args.step in ("train-ud", "all"):
        train("ud", tag=tag, seed=seed, extra=extra)
    if args.step in ("train-ner", "all"):
        train("ner", tag=tag, seed=seed, extra=extra)
    if args.step in ("final", "final-ud", "all"):
        train("ud", final=True, tag=tag, seed=seed, steps=args.steps, extra=extra)
    if args.step in ("final", "final-ner", "all"):
        train("ner", final=True, tag=tag, seed=seed, steps=args.steps, extra=extra)
    if args.step in ("self-train", "all"):
        self_train(root)  # type: ignore[arg-type]
    if args.step in ("assemble", "all"):
        ud = _out_dir("ud", tag, final=True)
        if not (tag and ud.exists()):  # the self-trained models when there are any
            silver_ud = _out_dir("ud", "silver", final=True)
            ud = silver_ud if silver_ud.exists() else _out_dir("ud", final=True)
        ner = _out_dir("ner", tag, final=True)
        if not (tag and ner.exists()):
            silver_ner = _out_dir("ner", "silver", final=True)
            ner = silver_ner if silver_ner.exists() else _out_dir("ner", final=True)
        ner = args.ner.resolve() if args.ner else ner / "model-last"
        width, density = PARSER_BEAM
        beam = (args.beam_width or width,
                density if args.beam_density is None else args.beam_density)
        if args.out is None:
            assemble(ud / "model-last", ner, beam=beam)
        else:
            assemble(ud / "model-last", ner, out=args.out.resolve(), bump=False, beam=beam)
        log.info("assembled %s + %s", ud, ner)
    return 0


if __name__ == "__main__":
    sys.exit(main())
