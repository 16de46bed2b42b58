"""Pretrain the UD tok2vec on raw, openly licensed German text (``spacy pretrain``, characters).

Usage: ``python -m training.pretrain [text|train] [--epochs N]``.

* ``text``: write ``training/output/raw-text.jsonl`` from the training-side corpora only:
  SpkAtt-2023 task 1 Bundestag speeches (train + dev, CC BY-SA 4.0), GermEval 2014 *test*
  (CC BY 4.0), SmartData v1 (CC BY 4.0), Europeana Newspapers German (CC0), UD GSD test + PUD
  (CC BY-SA). Never the benchmark sets (GSD dev, GermEval dev) and never SpkAtt task 2
  (non-commercial);
* ``train``: ``spacy pretrain`` of ``configs/ud.cfg``'s tok2vec into
  ``training/output/pretrain/`` (the word clusters are loaded into the vocab first, so the
  cluster column is pretrained too). ``build_model`` then starts the UD training from the
  last epoch's weights (``PRETRAINED`` in ``build_model.py``) if that file exists.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language

import generator.nlp  # noqa: F401  (registers the Lagebild tokenizer and components)
from generator.nlp.features import TABLE
from training import corpora
from training.lookups import cluster_lookups

HERE = Path(__file__).resolve().parent
OUT = HERE / "output"
RAW = OUT / "raw-text.jsonl"
PRETRAIN_DIR = OUT / "pretrain"

log = logging.getLogger("pretrain")


@spacy.registry.callbacks("lagebild.ner_pretrained_tok2vec.v1")
def ner_pretrained_tok2vec(path: str | None) -> Callable[[Language], Language]:
    """``[initialize.after_init]`` of ``ner.cfg``: load the weights of ``python -m
    training.pretrain train --config configs/ner.cfg`` into the NER's own Tok2Vec (spaCy's
    ``init_tok2vec`` would load them into the chain around it)."""

    def load(nlp: Language) -> Language:
        if path:
            layer = nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0]
            layer.from_bytes(Path(path).read_bytes())
            log.info("NER tok2vec initialised from %s", path)
        return nlp

    return load


def _europeana(path: Path) -> list[str]:
    """Running text of a BIO file, one paragraph per 200 tokens (sentence ends kept)."""
    out: list[str] = []
    words: list[str] = []
    for line in path.read_text(encoding="utf8", errors="replace").splitlines():
        parts = line.split(" ")
        if len(parts) < 2 or not parts[0]:
            continue
        words.append(parts[0])
        if len(words) >= 200 and parts[0] in (".", "!", "?"):
            out.append(" ".join(words))
            words = []
    if words:
        out.append(" ".join(words))
    return out


def raw_texts(root: Path) -> list[str]:
    texts: list[str] = []
    speech = root / "corpora" / "speech" / "spkatt2023-task1-bundestag"
    for path in sorted(speech.glob("*/*.json")):
        sents = json.loads(path.read_text(encoding="utf8"))["Sentences"]
        for i in range(0, len(sents), 10):
            texts.append(" ".join(" ".join(s["Tokens"]) for s in sents[i : i + 10]))
    ner = root / "corpora" / "ner"
    germeval = [" ".join(w) for w, _ in corpora.read_germeval(ner / "germeval2014" / "NER-de-test.tsv")]
    texts += [" ".join(germeval[i : i + 5]) for i in range(0, len(germeval), 5)]
    for name in ("v1_train.json.gz", "v1_test.json.gz"):
        texts += [text for text, _ in corpora.read_smartdata(ner / "smartdata" / name)]
    for path in sorted((ner / "europeana").glob("*.bio")):
        texts += _europeana(path)
    ud = root / "corpora" / "ud"
    for name in ("de_gsd-ud-test.conllu", "de_pud-ud-test.conllu"):
        sents = [" ".join(str(t["form"]) for t in s) for s in corpora.read_conllu(ud / name)]
        texts += [" ".join(sents[i : i + 5]) for i in range(0, len(sents), 5)]
    return [t for t in texts if t.strip()]


def write_text(root: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    texts = raw_texts(root)
    with RAW.open("w", encoding="utf8") as fh:
        for text in texts:
            fh.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    log.info("%s: %d texts, %d words", RAW, len(texts), sum(len(t.split()) for t in texts))


def pretrain_config(cfg: Path, epochs: int, overrides: dict | None = None) -> spacy.util.Config:
    """The training config with the raw text and the number of epochs filled in."""
    overrides = {"paths.raw_text": str(RAW), "pretraining.max_epochs": epochs, **(overrides or {})}
    return spacy.util.load_config(cfg, overrides=overrides, interpolate=False).interpolate()


def train(cfg: Path, epochs: int, out: Path = PRETRAIN_DIR, overrides: dict | None = None) -> None:
    from spacy.training import pretrain as pretrain_module

    original = pretrain_module.load_model_from_config
    original_ref = pretrain_module.get_tok2vec_ref

    def with_clusters(*args, **kwargs):
        nlp = original(*args, **{**kwargs, "auto_fill": True})
        table = cluster_lookups().get_table(TABLE)
        nlp.vocab.lookups.add_table(TABLE, dict(table.items()))
        return nlp

    def inner_tok2vec(nlp, pretrain_cfg):
        """A parser or NER's ``tok2vec`` ref is ``chain(Tok2Vec, list2array, Linear)``: pretrain
        the Tok2Vec, which gives one array per document as the objective needs."""
        layer = original_ref(nlp, pretrain_cfg)
        return layer.layers[0] if pretrain_cfg["component"] != "tok2vec" else layer

    pretrain_module.load_model_from_config = with_clusters
    pretrain_module.get_tok2vec_ref = inner_tok2vec
    try:
        out.mkdir(parents=True, exist_ok=True)
        pretrain_module.pretrain(pretrain_config(cfg, epochs, overrides), out, silent=False)
    finally:
        pretrain_module.load_model_from_config = original
        pretrain_module.get_tok2vec_ref = original_ref


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", nargs="?", default="all", choices=["text", "train", "all"])
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--config", default=str(HERE / "configs" / "ud.cfg"))
    parser.add_argument("--out", default=str(PRETRAIN_DIR))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    root = corpora.data_root()
    if root is None:
        log.error("shared corpora not found (expected ../shared/data next to the repository)")
        return 1
    if args.step in ("text", "all"):
        write_text(root)
    if args.step in ("train", "all"):
        train(Path(args.config), args.epochs, Path(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
