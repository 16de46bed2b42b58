"""Pick and load the spaCy pipeline: configured model → installed de_core_news_* → shipped."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

import generator.nlp.components  # noqa: F401  (registers factories before spacy.load)
from generator.nlp.arithmetic import numpy_blas
from generator.nlp.tokenizer import create_tokenizer

SHIPPED = Path(__file__).parent / "de_lagebild"
OFFICIAL = ("de_core_news_lg", "de_core_news_md", "de_core_news_sm")


def _candidates(model: str | None) -> list[str]:
    if model:
        return [model]
    found = [name for name in OFFICIAL if importlib.util.find_spec(name) is not None]
    return [*found, str(SHIPPED)]


def augment(nlp: Language) -> Language:
    """Add the Lagebild rule components to a pipeline that lacks them (e.g. de_core_news_*).

    Line breaks end sentences, Konjunktiv forms get ``Mood=Sub`` and gazetteer names are
    typed, whichever German pipeline is used.
    """
    names = nlp.pipe_names
    if "lagebild_newline_sents" not in names:
        anchor = next((n for n in ("parser", "senter") if n in names), None)
        if anchor:
            nlp.add_pipe("lagebild_newline_sents", before=anchor)
        else:
            nlp.add_pipe("lagebild_newline_sents", first=True)
            if not nlp.has_pipe("sentencizer"):
                nlp.add_pipe("sentencizer", after="lagebild_newline_sents")
    if "lagebild_sentence_merge" not in names and "parser" in names:
        nlp.add_pipe("lagebild_sentence_merge", after="parser")
    if "lagebild_konjunktiv" not in names and "morphologizer" in names:
        anchor = "lagebild_sentence_merge" if "parser" in names else "morphologizer"
        nlp.add_pipe("lagebild_konjunktiv", after=anchor)
    if "lagebild_gazetteer" not in names and "ner" in names:
        nlp.add_pipe("lagebild_gazetteer", after="ner")
    return nlp


def current_tokenizer_rules(nlp: Language) -> Language:
    """A pipeline built with the Lagebild tokenizer gets the suffix rules and special cases of
    this code, not the ones saved with it (spaCy restores those from disk): a rule or an
    abbreviation added since the pipeline was trained ("dem Sender TVN24." ends a sentence,
    "Az." does not) applies without retraining."""
    if nlp.config["nlp"]["tokenizer"].get("@tokenizers") == "lagebild.tokenizer.v1":
        fresh = create_tokenizer()(nlp)
        nlp.tokenizer.suffix_search = fresh.suffix_search
        nlp.tokenizer.rules = fresh.rules
    return nlp


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """Load the pipeline named by ``model`` or the best one available."""
    for name in _candidates(model):
        if name == str(SHIPPED) and not (SHIPPED / "meta.json").exists():
            break
        with numpy_blas():
            return augment(current_tokenizer_rules(spacy.load(name)))
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


def pipeline_id(nlp: Language) -> str:
    """A string that changes whenever the pipeline's behaviour may change (for cache keys)."""
    meta = nlp.meta
    lang, name = meta.get("lang"), meta.get("name")
    full = name if str(name).startswith(f"{lang}_") else f"{lang}_{name}"
    return f"{full}-{meta.get('version')}:{','.join(nlp.pipe_names)}"
