"""Konjunktiv lexicon: sets ``Mood=Sub`` on finite verbs the morphologizer may miss.

Konjunktiv I marks reported speech (``Es gehe darum``). Rules, applied to finite verbs:

* forms listed in ``data/konjunktiv_ii.txt`` are subjunctive (``wäre``, ``würde``), and so are
  those in ``data/konjunktiv_i.txt`` (``sei``, ``habe``) unless ``ich`` is the subject;
* a third-person present-stem form in ``-e`` (lemma stem + ``e``: ``plane``, ``könne``) with a
  subject other than ``ich`` is Konjunktiv I;
* every other finite verb is indicative: in the UD training data under 1 % of the verbs
  these rules leave out are subjunctive (mostly past-tense plurals like ``gingen``), and the
  morphologizer's guesses there were wrong more often than right.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

DATA = Path(__file__).parent / "data"
FINITE_TAGS = {"VVFIN", "VAFIN", "VMFIN"}
FIRST_SG = {"ich", "Ich"}
NOT_SUBJUNCTIVE_SUBJ = {"ich", "Ich", "wir", "Wir", "ihr", "du", "Du"}


@lru_cache(maxsize=2)
def subjunctive_forms(kind: str) -> frozenset[str]:
    """Lower-cased Konjunktiv forms of ``data/konjunktiv_{kind}.txt`` (kind ``i`` or ``ii``)."""
    lines = (DATA / f"konjunktiv_{kind}.txt").read_text(encoding="utf8").splitlines()
    return frozenset(ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#"))


def _is_finite(token: Token) -> bool:
    if token.tag_ in FINITE_TAGS:
        return True
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")


SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl", "expl:pv", "sb"}


def _subject(token: Token) -> Token | None:
    """The verb's subject; for auxiliaries and copulas the subject of their head."""
    heads = [token]
    if token.dep_ in ("aux", "aux:pass", "cop") and token.head is not token:
        heads.append(token.head)
    for head in heads:
        for child in head.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
    return None


def _first_person_near(token: Token) -> bool:
    """``ich`` directly before or after the verb (``ich habe``, ``habe ich``)."""
    doc = token.doc
    window = doc[max(token.i - 2, 0) : token.i + 3]
    return any(t.lower_ == "ich" for t in window if t.i != token.i)


def _present_stem_e(token: Token) -> bool:
    lemma = token.lemma_.lower()
    form = token.lower_
    if not form.endswith("e") or form.endswith("ste"):
        return False
    return any(lemma.endswith(end) and lemma[: -len(end)] + "e" == form for end in ("en", "n"))


def is_subjunctive(token: Token) -> bool:
    """Whether a finite verb is Konjunktiv by the lexicon rules."""
    form = token.lower_
    subj = _subject(token)
    if form in subjunctive_forms("ii"):
        return True
    if form in subjunctive_forms("i"):
        # "habe", "werde" are first person singular indicative too
        first_person = (subj is not None and subj.lower_ in FIRST_SG) or _first_person_near(token)
        return not (form.endswith("e") and first_person)
    if _present_stem_e(token):
        if _first_person_near(token) or (subj is not None and subj.lower_ in FIRST_SG):
            return False
        if subj is None:
            return True
        return subj.text not in NOT_SUBJUNCTIVE_SUBJ and subj.morph.get("Person") != ["1"]
    return False


def _set_mood(token: Token, mood: str) -> None:
    feats = token.morph.to_dict()
    feats["Mood"] = mood
    feats.setdefault("VerbForm", "Fin")
    token.set_morph("|".join(f"{k}={v}" for k, v in sorted(feats.items())))


@Language.component("lagebild_konjunktiv")
def konjunktiv(doc: Doc) -> Doc:
    """Set ``Mood`` of finite verbs where the lexicon rules are sure (after the parser)."""
    for token in doc:
        if token.lower_ in subjunctive_forms("ii") and token.pos_ not in ("NOUN", "PROPN"):
            _set_mood(token, "Sub")  # unambiguous forms, even when mis-tagged
            continue
        if not _is_finite(token):
            continue
        if is_subjunctive(token):
            _set_mood(token, "Sub")
        elif "Sub" in token.morph.get("Mood"):
            _set_mood(token, "Ind")
    return doc
