"""The nominative of an inflected organisation name, so that "der Deutschen Bahn" and "die
Deutsche Bahn" are one actor ("Deutsche Bahn"), in an article and across articles.

German names that open with adjectives inflect them ("des Weißen Hauses", "beim
Internationalen Strafgerichtshof"). The name shown is the nominative without an article, whose
strong endings follow the head noun's gender where the word list knows it (`name_head_genders`
in `entities.yml`: "Deutscher Ruderverband", "Bayerisches Kultusministerium", "Deutsche Bahn");
otherwise the nominative used with the definite article, whose weak endings need no gender:
"-e" in the singular, "-en" in the plural ("Vereinten Nationen"). The head noun is in its lemma
when a genitive or dative ending was added ("Hauses" → "Haus", "Ruderverbandes" →
"Ruderverband"), also when a common noun opens the name ("des Instituts Forsa" → "Institut
Forsa"). Indeclinable place adjectives stay ("Wiener Linien", "Münchner Polizei"). A name the
gazetteer lists with strong endings is shown so ("Deutscher Wetterdienst", "Statistisches
Bundesamt").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Span, Token

from generator.analysis.lexicon import lexicon
from generator.nlp.gazetteer_data import load_gazetteer

NOUN_ENDINGS = ("es", "s", "e", "en", "n")
# an "-er" form is a declined adjective ("Internationaler") only after one of these suffixes;
# otherwise it may be a place adjective, which never inflects ("Münchner", "Bremer")
ADJECTIVE_SUFFIXES = ("isch", "al", "iv", "lich", "ig", "är", "ell", "ös", "ant", "ent", "sam", "bar")


def nominative_name(span: Span) -> str:
    """``span``'s text with leading adjectives and their head noun in the nominative."""
    words = list(span)
    k = 0
    while k < len(words) and words[k].tag_ == "ADJA" and words[k].text[:1].isupper():
        k += 1
    if k == 0 and words[0].pos_ == "NOUN":  # "des Instituts Forsa", "des Ifo-Instituts"
        return _noun(words[0]) + span.doc.text[words[0].idx + len(words[0]) : span.end_char]
    if k == 0 and len(words) > 1 and "-" in words[-1].text and span.start > 0 \
            and span.doc[span.start - 1].lower_ in {"des", "eines"}:  # "des Robert Koch-Instituts"
        last = words[-1].text
        stem = last[:-2] if last.endswith("es") else last[:-1] if last.endswith("s") else last
        return span.doc.text[span.start_char : words[-1].idx] + stem
    if k == 0 or k >= len(words) or words[k].pos_ not in {"NOUN", "PROPN"}:
        return span.text
    head = words[k]
    plural = head.morph.get("Number") == ["Plur"]
    genitive = head.morph.get("Case") == ["Gen"] or (
        span.start > 0 and span.doc[span.start - 1].lower_ in {"des", "eines"})
    noun = _genitive_stem(head.text) if genitive else None
    noun = noun or _noun(head)
    strong = None if plural else _strong_ending(noun)
    ending = strong or ("en" if plural else "e")
    out = [_adjective(w, ending) for w in words[:k]]
    out.append(noun)
    return " ".join(out) + span.doc.text[head.idx + len(head) : span.end_char]


@lru_cache(maxsize=1)
def _head_genders() -> tuple[tuple[str, str], ...]:
    """(noun, ending) pairs, longest noun first: "er" for a masculine head, "es" for a neuter one."""
    genders = lexicon().entities["name_head_genders"]
    pairs = [(noun, "er") for noun in genders["masc"]] + [(noun, "es") for noun in genders["neut"]]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _strong_ending(noun: str) -> str | None:
    """The strong ending of adjectives before ``noun`` (in the nominative) where its gender is
    known and not feminine: "Ruderverband" → "er", "Kultusministerium" → "es"."""
    low = noun.lower()
    return next((ending for head, ending in _head_genders() if low.endswith(head)), None)


def genitive_stem(text: str, known: Callable[[str], bool]) -> str | None:
    """``text`` without a genitive ending ("Ruderverbandes" → "Ruderverband", "Bündnisses" →
    "Bündnis", "Amts" → "Amt") where ``known`` accepts what is left, else None."""
    return next((text[:-cut] for cut, ending in ((3, "ses"), (2, "es"), (1, "s"))
                 if text.endswith(ending) and known(text[:-cut])), None)


def _genitive_stem(text: str) -> str | None:
    """The nominative of a masculine or neuter head the word list knows, in the genitive."""
    return genitive_stem(text, lambda stem: _strong_ending(stem) is not None)


def listed_strong_form(name: str) -> str | None:
    """The gazetteer's name for a weak nominative ("Deutsche Wetterdienst" → "Deutscher
    Wetterdienst", "Statistische Bundesamt" → "Statistisches Bundesamt"): the name without an
    article takes strong endings, which need the gender the gazetteer's entry shows."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k][:1].isupper() and words[k].endswith("e") and len(words[k]) > 3:
        k += 1
    if k == 0:
        return None
    gaz = load_gazetteer()
    for ending in ("r", "s"):
        strong = " ".join([*(w + ending for w in words[:k]), *words[k:]])
        hit = gaz.lookup(strong)
        if hit is not None and hit[0] == "ORG":
            return strong
    return None


def _adjective(word: Token, ending: str) -> str:
    text = word.text
    if text.endswith("er") and (not text[:-2].lower().endswith(ADJECTIVE_SUFFIXES)
                                or load_gazetteer().place_adjective(text)):
        return text  # "Wiener", "Münchner", "Leipziger": place adjectives do not inflect
    for old in ("en", "em", "es", "er", "e"):
        if text.endswith(old) and len(text) > len(old) + 2:
            return text[: -len(old)] + ending
    return text


def _noun(noun: Token) -> str:
    """"Hauses" → "Haus" (genitive, dative singular); other forms as they stand."""
    text, lemma = noun.text, noun.lemma_
    if noun.morph.get("Number") == ["Plur"] or noun.morph.get("Case") not in (["Gen"], ["Dat"]):
        return text
    if lemma and lemma != text and text.startswith(lemma) and text[len(lemma):] in NOUN_ENDINGS and not (
            text[len(lemma):] == "e" and noun.morph.get("Gender") not in (["Masc"], ["Neut"])):
        return lemma  # (a feminine noun keeps its "-e": "der Verbraucherzentrale")
    if lemma == text and noun.morph.get("Case") == ["Gen"] and "-" in text and len(text) > 5:
        # a hyphenated compound the lemmatizer does not know ("Ifo-Instituts"); not "Airbus"
        return text[:-2] if text.endswith("es") else text[:-1] if text.endswith("s") else text
    return text


def genitive_outlet_nominative(name: str, endings: tuple[str, ...]) -> str:
    """The nominative of an outlet named after "des" ("Tages-Anzeigers" → "Tages-Anzeiger",
    "Kuriers" → "Kurier"): a genitive "-s" or "-es" after one of ``endings`` goes."""
    stem = re.sub(r"e?s$", "", name)
    return stem if stem != name and stem.lower().endswith(endings) else name


def feminine_dative_nominative(name: str) -> str:
    """The nominative of a name read after the feminine dative "der" ("der „Augsburger
    Allgemeinen“" → "Augsburger Allgemeine"): capitalised "-en" words lose their "n"."""
    return " ".join(w[:-1] if w.endswith("en") and w[:1].isupper() else w for w in name.split())
