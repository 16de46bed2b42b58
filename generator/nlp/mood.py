"""Konjunktiv lexicon: sets ``Mood=Sub`` on finite verbs the morphologizer may miss.

Konjunktiv I marks reported speech (``Es gehe darum``). Rules, applied to finite verbs:

* forms listed in ``data/konjunktiv.txt`` are subjunctive (``sei``, ``wäre``, ``würde``);
* a third-person present-stem form in ``-e`` (lemma stem + ``e``: ``plane``, ``könne``) with a
  subject other than ``ich`` is Konjunktiv I;
* otherwise the morphologizer's analysis stands.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

DATA = Path(__file__).parent / "data" / "konjunktiv.txt"
FINITE_TAGS = {"VVFIN", "VAFIN", "VMFIN"}
FIRST_SG = {"ich"}
NOT_SUBJUNCTIVE_SUBJ = {"ich", "wir", "ihr", "sie", "Sie", "du"}


@lru_cache(maxsize=1)
def subjunctive_forms() -> frozenset[str]:
    """Lower-cased verb forms that are always Konjunktiv."""
    lines = DATA.read_text(encoding="utf8").splitlines()
    return frozenset(ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#"))


def _is_finite(token: Token) -> bool:
    if token.tag_ in FINITE_TAGS:
        return True
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")


def _subject(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubj:pass", "expl", "sb"):
            return child
    return None


def _present_stem_e(token: Token) -> bool:
    lemma = token.lemma_.lower()
    form = token.lower_
    if not form.endswith("e") or form.endswith("ste"):
        return False
    for ending in ("en", "n"):
        if lemma.endswith(ending) and lemma[: -len(ending)] + "e" == form:
            return True
    return False


def is_subjunctive(token: Token) -> bool:
    """Whether a finite verb is Konjunktiv by the lexicon rules."""
    form = token.lower_
    if form in subjunctive_forms():
        subj = _subject(token)
        # "habe", "werde" are first person singular indicative too
        return not (subj is not None and subj.lower_ in FIRST_SG and form.endswith("e"))
    if _present_stem_e(token):
        subj = _subject(token)
        if subj is None:
            return token.i > 0 and token.nbor(-1).lower_ != "ich"
        return subj.text not in NOT_SUBJUNCTIVE_SUBJ and subj.morph.get("Person") != ["1"]
    return False


def _set_mood(token: Token, mood: str) -> None:
    feats = token.morph.to_dict()
    feats["Mood"] = mood
    feats.setdefault("VerbForm", "Fin")
    token.set_morph("|".join(f"{k}={v}" for k, v in sorted(feats.items())))


@Language.component("lagebild_konjunktiv")
def konjunktiv(doc: Doc) -> Doc:
    """Mark Konjunktiv forms ``Mood=Sub`` (after tagger, morphologizer, lemmatizer, parser)."""
    for token in doc:
        if token.pos_ in ("VERB", "AUX") and _is_finite(token) and is_subjunctive(token):
            _set_mood(token, "Sub")
    return doc
