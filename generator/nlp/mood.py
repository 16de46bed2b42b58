"""Konjunktiv lexicon: sets ``Mood=Sub`` on finite verbs the morphologizer may miss.

Konjunktiv I marks reported speech (``Es gehe darum``). Rules, applied to finite verbs:

* forms listed in ``data/konjunktiv_ii.txt`` are subjunctive (``wäre``, ``würde``), even when
  mis-tagged, unless capitalised after a word inside a sentence (the noun ``Würde``);
* forms in ``data/konjunktiv_i.txt`` (``sei``, ``habe``) are subjunctive unless the verb is
  first person: ``ich`` right next to it, depending on its clause or earlier in the clause
  (``ich`` is always nominative, whatever the parser's label), also through coordination
  (``ich bin müde und habe``);
* other finite forms in ``-e`` (``plane``, ``handle``) are Konjunktiv I unless ``ich``, ``wir``
  or ``du`` is the subject by the same test, as the third person indicative never ends in
  ``-e``. Past tenses in ``-te`` and ``-ie`` (``machte``, ``schrie``) and the words in
  ``data/konjunktiv_never.txt`` (``wurde``, ``siehe``, ``zustande``) are left out. Without a
  subject (imperative, dropped ``ich``) only the lemma's present stem + ``e`` counts;
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
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl", "expl:pv", "sb"}
NOT_THIRD_PERSON = {"ich", "wir", "du"}  # unambiguously nominative, so always the subject


@lru_cache(maxsize=4)
def subjunctive_forms(kind: str) -> frozenset[str]:
    """Lower-cased forms of ``data/konjunktiv_{kind}.txt`` (``i``, ``ii`` or ``never``)."""
    lines = (DATA / f"konjunktiv_{kind}.txt").read_text(encoding="utf8").splitlines()
    return frozenset(ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#"))


def _is_finite(token: Token) -> bool:
    if token.tag_ in FINITE_TAGS:
        return True
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")


def _clause_heads(token: Token) -> list[Token]:
    """The verb, the head of an auxiliary or copula, and conjunct heads up to a subject (with
    their copulas and auxiliaries, where a parser may hang the subject: "Ich bin müde und habe")."""
    heads = [token]
    if token.dep_ in ("aux", "aux:pass", "cop") and token.head.i != token.i:
        heads.append(token.head)

    def with_auxiliaries(words: list[Token]) -> list[Token]:
        return [*words, *(c for h in words for c in h.children
                          if c.dep_ in ("aux", "aux:pass", "cop") and c not in words)]

    while not any(c.dep_ in SUBJECT_DEPS for h in with_auxiliaries(heads) for c in h.children):
        last = heads[-1]
        if last.dep_ != "conj" or last.head.i == last.i or len(heads) > 6:
            break
        heads.append(last.head)
    return with_auxiliaries(heads)


def _subject(token: Token) -> Token | None:
    """The verb's subject: for auxiliaries and copulas their head's, for conjuncts the first's."""
    for head in _clause_heads(token):
        for child in head.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
    return None


def _pronoun_subject(token: Token, pronouns: set[str]) -> bool:
    """One of ``pronouns`` right next to the verb, depending on its clause, or earlier in its
    clause with no other finite verb between (``seitdem ich dort Schuhe gekauft habe``)."""
    doc = token.doc
    if any(t.lower_ in pronouns for t in doc[max(token.i - 2, 0) : token.i + 3] if t != token):
        return True
    if any(c.lower_ in pronouns for h in _clause_heads(token) for c in h.children):
        return True
    for word in reversed(doc[token.sent.start : token.i]):
        if word.is_punct or _is_finite(word):
            return False
        if word.lower_ in pronouns:
            return True
    return False


def _present_stem_e(token: Token) -> bool:
    """Lemma stem + ``e`` (``planen`` → ``plane``)."""
    lemma = token.lemma_.lower()
    form = token.lower_
    if not form.endswith("e") or form.endswith("ste"):
        return False
    return any(lemma.endswith(end) and lemma[: -len(end)] + "e" == form for end in ("en", "n"))


def _e_form(token: Token) -> bool:
    """Tagged finite, in ``-e``, not past tense (``machte``, ``schrie``) nor listed as never."""
    form = token.lower_
    return (
        token.tag_ in FINITE_TAGS and form.isalpha() and form.endswith("e")
        and not form.endswith(("te", "ie")) and form not in subjunctive_forms("never")
        and not _noun_like(token)
    )


def _noun_like(token: Token) -> bool:
    """Capitalised inside a sentence after a word (``in Amt und Würde``)."""
    if not token.text[:1].isupper() or token.is_sent_start or token.i == 0:
        return False
    return not token.doc[token.i - 1].is_punct


def is_subjunctive(token: Token) -> bool:
    """Whether a finite verb is Konjunktiv by the lexicon rules."""
    form = token.lower_
    if form in subjunctive_forms("ii"):
        return not _noun_like(token)
    if form in subjunctive_forms("i"):
        # "habe", "werde" are first person singular indicative too
        return not (form.endswith("e") and _pronoun_subject(token, {"ich"}))
    stem = _present_stem_e(token) and form not in subjunctive_forms("never")
    if not (stem or _e_form(token)) or _pronoun_subject(token, NOT_THIRD_PERSON):
        return False
    subj = _subject(token)
    if subj is None:
        return stem
    return subj.morph.get("Person") != ["1"]


def _set_mood(token: Token, mood: str) -> None:
    feats = token.morph.to_dict()
    feats["Mood"] = mood
    feats.setdefault("VerbForm", "Fin")
    token.set_morph("|".join(f"{k}={v}" for k, v in sorted(feats.items())))


@Language.component("lagebild_konjunktiv")
def konjunktiv(doc: Doc) -> Doc:
    """Set ``Mood`` of finite verbs where the lexicon rules are sure (after the parser)."""
    k2 = subjunctive_forms("ii")
    for token in doc:
        if token.lower_ in k2 and token.pos_ not in ("NOUN", "PROPN") and not _noun_like(token):
            _set_mood(token, "Sub")  # unambiguous forms, even when mis-tagged
            continue
        if not _is_finite(token):
            continue
        if is_subjunctive(token):
            _set_mood(token, "Sub")
        elif "Sub" in token.morph.get("Mood"):
            _set_mood(token, "Ind")
    return doc
