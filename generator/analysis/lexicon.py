"""Word lists for the analysis, read once from ``generator/data/*.yml``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Token

from generator.nlp.gazetteer_data import countries, data_yaml, load_gazetteer

PARTICLES = ("zurück", "hinzu", "bekannt", "heraus", "hervor", "voraus", "an", "ein", "mit", "vor", "zu",
             "fest", "klar", "dar", "aus", "ab", "auf", "nahe", "durch", "davon", "zusammen", "hin",
             "dagegen", "entgegen", "deutlich")


# verbs that begin like a particle verb but are none ("sich einigen": "einigten sich")
NOT_SEPARABLE = frozenset({"einigen"})


def separable_particle(lemma: str) -> str:
    """The separable particle a verb starts with ("mitteilen" → "mit"), else ""."""
    if lemma in NOT_SEPARABLE:
        return ""
    return next((p for p in PARTICLES if lemma.startswith(p) and len(lemma) > len(p) + 3), "")


def _fused_forms(lemma: str, forms: list[str]) -> list[str]:
    """Verb-final forms of a particle verb ("…, dass er hervorhob"): particle + finite form."""
    prefix = separable_particle(lemma)
    if not prefix:
        return []
    return [prefix + f for f in forms if not f.startswith((prefix, "ge"))]


def _regular_forms(lemma: str) -> list[str]:
    """Present, past and participle forms of a regular (weak) verb."""
    if not lemma.endswith("n"):
        return []
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    prefix = separable_particle(lemma)
    core = stem[len(prefix):]
    e = "e" if core.endswith(("t", "d")) or core.endswith(("chn", "ffn", "gn")) else ""
    forms = [core + e + "t", core + e + "te", core + e + "ten", core + "e", core + "en",
             core + e + "st", prefix + "ge" + core + e + "t", prefix + core + e + "t"]
    if core.startswith(("be", "er", "ver", "zer", "ent", "emp", "miss", "ge")) or core.endswith("ier"):
        forms.append(prefix + core + e + "t")
    return forms


@dataclass(frozen=True)
class Lexicon:
    cue_strength: dict[str, str]
    cue_forms: dict[str, tuple[str, ...]]  # inflected form -> candidate lemmas
    report_nouns: frozenset[str]
    false_compounds: frozenset[str]  # compounds of report or speech nouns that are none
    reported_acts: frozenset[str]
    noun_acts: dict[str, frozenset[str]]  # verb -> nouns that make it a speech act ("speech": any)
    als_judgements: frozenset[str]
    reason_verbs: frozenset[str]
    intent_verbs: frozenset[str]
    reason_nouns: frozenset[str]
    view_nouns: frozenset[str]
    capacity_nouns: frozenset[str]
    speech_nouns: frozenset[str]
    temporal_nouns: frozenset[str]
    state_organs: frozenset[str]
    state_adjective_heads: frozenset[str]
    according_before: frozenset[str]
    according_after: frozenset[str]
    hedge_adverbs: frozenset[str]
    hedge_modals: frozenset[str]
    reportative: frozenset[str]
    distancing: frozenset[str]
    konjunktiv1: frozenset[str]
    konjunktiv2: frozenset[str]
    anonymous_nouns: frozenset[str]
    not_anonymous_nouns: frozenset[str]  # compounds of them that name things ("Werkzeuge")
    thing_nouns: frozenset[str]  # nouns before the name of a thing ("der Asteroid Apophis")
    common_acronyms: frozenset[str]  # "die KI", "das BIP": no organisations
    event_names: frozenset[str]  # "Olympischen Spielen": no actor
    institution_nouns: frozenset[str]
    interrogatives: frozenset[str]
    prepositions: frozenset[str]  # a closed class: anything else tagged APPR is mis-tagged
    name_genders: dict[str, str]  # given name -> "m" / "f" (data/given_names.tsv)
    compound_institution_nouns: frozenset[str]
    position_nouns: frozenset[str]  # compounds of them that name a position ("Ministeramt")
    body_nouns: frozenset[str]  # whole words only, and only where they act ("die Stadt forderte")
    survey_nouns: frozenset[str]
    poll_nouns: frozenset[str]
    study_nouns: frozenset[str]
    unnamed_media_nouns: frozenset[str]
    collective_bodies: frozenset[str]  # plurals of kinds of bodies that speak as a group
    platforms: frozenset[str]
    platform_words: frozenset[str]
    anonymity_words: frozenset[str]
    hearsay_nouns: frozenset[str]
    stance_adjectives: frozenset[str]
    stance_nouns: frozenset[str]
    death_verbs: frozenset[str]
    killing_verbs: frozenset[str]
    death_adjectives: frozenset[str]
    open_cues: tuple[str, ...]
    open_cues_after_question: tuple[str, ...]
    conditional_cues: tuple[str, ...]
    texts: dict[str, str]
    entities: dict[str, Any] = field(default_factory=dict)
    offices: list[dict[str, Any]] = field(default_factory=list)

    def report_noun(self, word: str) -> bool:
        """A noun naming someone's account, inflected or compounded ("Polizeiangaben")."""
        return _noun_in(word, self.report_nouns) and not _noun_in(word, self.false_compounds)

    def report_prefix(self, word: str) -> str | None:
        """Who gave the account a compound report or poll noun names: "Polizeiangaben" →
        "Polizei", "dpa-Informationen" → "dpa", "ZDF-Hochrechnung" → "ZDF"; else None."""
        nouns = self.report_nouns | self.poll_nouns
        if "-" in word:
            prefix, _, tail = word.rpartition("-")
            return prefix if tail and _noun_in(tail, nouns) else None
        low = word.lower()
        forms = _noun_forms(nouns)
        k = next((k for k in range(4, len(low) - 1) if low[k:] in forms), None)
        return word[:k] if k is not None else None

    def study(self, word: str) -> bool:
        """A study word, inflected or compounded ("Studie", "DIW-Analyse", "Gutachtens")."""
        return _noun_in(word, self.study_nouns)

    def survey(self, word: str) -> bool:
        """A poll or study word, inflected or compounded ("Umfragen", "Reuters-Umfrage",
        "ZDF-Politbarometers"), not a report ("Bericht")."""
        return _noun_in(word, self.survey_nouns)

    def names_thing(self, word: str) -> bool:
        """A word that ends in an anonymous-source noun but names a thing ("Seefahrzeuge",
        "des Main-Tauber-Kreises"): any listed form at its end."""
        return word.lower().endswith(_endings(self.not_anonymous_nouns))

    def introduces_thing(self, token: Token) -> bool:
        """A noun that introduces the name of a thing ("Asteroid", "Sturmtief", "Containerschiffs");
        one tagged as a name only as a long compound ("Schützenpanzer", not "Raymond")."""
        low = token.lower_
        if token.tag_ == "NN":
            return low.endswith(_endings(self.thing_nouns))
        return token.tag_ == "NE" and any(low.endswith(n) and len(low) >= len(n) + 5
                                          for n in self.thing_nouns)

    def institution(self, word: str) -> str | None:
        """The nominative of an institution named by a common noun ("Innenministeriums" →
        "Innenministerium", "Polizei", "Landratsamtes" → "Landratsamt"), else None."""
        lower = word.lower()
        for stem in (lower, lower.removesuffix("s"), lower.removesuffix("es")):
            head = stem.rsplit("-", 1)[-1]
            if head in self.position_nouns:
                return None  # "das Ministeramt", "im Ehrenamt": a position, not a body
            if any(head.endswith(n) for n in self.institution_nouns) or any(
                    head.endswith(n) and len(head) > len(n) + 3 for n in self.compound_institution_nouns):
                return word[: len(stem)]
        return self.body(word)

    def body(self, word: str) -> str | None:
        """The nominative of a body named by one of ``body_nouns`` ("Betriebsrates" →
        "Betriebsrat"), else None."""
        lower = word.lower()
        for stem in (lower, lower.removesuffix("s"), lower.removesuffix("es")):
            if stem in self.body_nouns:
                return word[: len(stem)]
        return None

    def reason_noun(self, word: str) -> bool:
        """A noun for a reason or example ("als Grund", "als Hauptursache", "als Beispiele")."""
        return _noun_in(word, self.reason_nouns)

    def view_noun(self, word: str) -> bool:
        """A noun for what something is seen as ("sehen darin einen ersten Schritt")."""
        return _noun_in(word, self.view_nouns)

    def capacity_noun(self, word: str) -> bool:
        """A noun for a person's capacity ("als Gast", "als Ausschussmitglied", "als Ministerin")."""
        return _noun_in(word, self.capacity_nouns)

    def noun_act(self, verb: str, noun: str) -> bool:
        """Whether a verb with this object noun tells a speech act ("Vorwürfe erheben")."""
        nouns = self.noun_acts.get(verb, frozenset())
        return noun.lower() in nouns or ("speech" in nouns and self.speech_noun(noun))

    def speech_noun(self, word: str) -> bool:
        """A noun for something said ("Vorwurf", "Appell"), inflected or compounded."""
        return _noun_in(word, self.speech_nouns) and not _noun_in(word, self.false_compounds)

    def state_organ(self, word: str) -> bool:
        """A noun for a state's voice ("Regierung", "Außenministerium"), inflected or compounded."""
        return _noun_in(word, self.state_organs)

    def state_adjective_head(self, word: str) -> bool:
        """A noun after a state's adjective that makes the state an actor ("Diplomat", "Angriffe",
        "Regierung"), inflected or compounded."""
        return _noun_in(word, self.state_adjective_heads)

    def cue_class(self, form: str) -> str | None:
        """How strongly a cue word commits the speaker ("betonte": emphatic, "räumte": concession)."""
        lemma = self.cue("", form)
        return self.cue_strength.get(lemma) if lemma else None

    def cue(self, lemma: str, form: str = "") -> str | None:
        """The lemma of a cue verb for a token's lemma or form, else None."""
        found = self.cue_candidates(lemma, form)
        return found[0] if found else None

    def cue_candidates(self, lemma: str, form: str = "") -> tuple[str, ...]:
        """All cue lemmas a token may stand for ("gab": angeben, zugeben, bekanntgeben)."""
        lemma = lemma.lower()
        by_form = self.cue_forms.get(form.lower(), ())
        return (lemma, *(x for x in by_form if x != lemma)) if lemma in self.cue_strength else by_form


@lru_cache(maxsize=8)
def _endings(nouns: frozenset[str]) -> tuple[str, ...]:
    """:func:`_noun_forms` as a tuple for ``str.endswith``, computed once per word list."""
    return tuple(sorted(_noun_forms(nouns)))


@lru_cache(maxsize=32)
def _noun_forms(nouns: frozenset[str]) -> frozenset[str]:
    """Every inflected form of ``nouns`` ("angabe" → "angaben", "angabes", …)."""
    endings = ("", "e", "en", "n", "s", "es", "se", "sen")
    # and the umlaut plural ("vorwurf" → "vorwürfe", "anspruch" → "ansprüchen"; not in "-er", which
    # makes people of things: "Sturm" → "Stürmer", "Grund" → "Gründer")
    umlauted = (_umlaut(noun) for noun in nouns)
    return frozenset({*(noun + ending for noun in nouns for ending in endings),
                      *(noun + ending for noun in umlauted if noun for ending in ("e", "en"))})


def _umlaut(noun: str) -> str | None:
    """The noun with its last a, o, u or au umlauted ("vorwurf" → "vorwürf"), else None."""
    for k in range(len(noun) - 1, -1, -1):
        if noun[k] in "aou":
            if noun[k] == "u" and k > 0 and noun[k - 1] == "a":
                return noun[: k - 1] + "äu" + noun[k + 1 :]  # "baum" → "bäum"
            return noun[:k] + {"a": "ä", "o": "ö", "u": "ü"}[noun[k]] + noun[k + 1 :]
        if noun[k] in "eiäöü":
            return None  # the last vowel takes no umlaut ("bericht")
    return None


def _noun_in(word: str, nouns: frozenset[str]) -> bool:
    """``word`` is one of ``nouns`` inflected ("Angaben") or ends a compound ("Polizeiangaben",
    "EU-Dokument"): the whole word (after a hyphen) or a tail after at least four letters is a
    form of one of them."""
    word = word.lower().rsplit("-", 1)[-1]  # "EU-Dokument": the part after the hyphen
    forms = _noun_forms(nouns)
    return word in forms or any(word[k:] in forms for k in range(4, len(word) - 1))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = _with_swiss_spellings(data_yaml("lexicon.yml"))
    strength = {verb: kind for kind, verbs in data["cue_verbs"].items() for verb in verbs}
    irregular: dict[str, list[str]] = data["irregular_forms"]
    forms: dict[str, tuple[str, ...]] = {}
    for verb in strength:
        own = [*_regular_forms(verb), *irregular.get(verb, [])]
        for form in [*own, *_fused_forms(verb, own)]:
            if verb not in forms.get(form, ()):
                forms[form] = (*forms.get(form, ()), verb)
    for form in ("sagte", "sagten", "sagt", "gesagt"):  # plain "sagen" before "zusagen"
        forms[form] = ("sagen", *(v for v in forms.get(form, ()) if v != "sagen"))
    hedges = data["hedges"]
    return Lexicon(
        cue_strength=strength,
        cue_forms=forms,
        report_nouns=frozenset(data["report_nouns"]),
        false_compounds=frozenset(data["false_compounds"]),
        reported_acts=frozenset(data["reported_acts"]),
        noun_acts={verb: frozenset(nouns) for verb, nouns in data["noun_acts"].items()},
        als_judgements=frozenset(data["als_judgements"]),
        reason_verbs=frozenset(data["reason_verbs"]),
        intent_verbs=frozenset(data["intent_verbs"]),
        reason_nouns=frozenset(data["reason_nouns"]),
        view_nouns=frozenset(data["view_nouns"]),
        capacity_nouns=frozenset(data["capacity_nouns"]),
        speech_nouns=frozenset(data["speech_nouns"]),
        temporal_nouns=frozenset(data["temporal_nouns"]),
        state_organs=frozenset(data["state_organs"]),
        state_adjective_heads=frozenset(data["state_organs"]) | frozenset(data["state_adjective_heads"]),
        according_before=frozenset(data["according_to"]["before"]),
        according_after=frozenset(data["according_to"]["after"]),
        hedge_adverbs=frozenset(hedges["adverbs"]),
        hedge_modals=frozenset(hedges["modal_forms"]),
        reportative=frozenset(hedges["reportative"]),
        distancing=frozenset(hedges["distancing"]) | frozenset(hedges["reportative"]),
        konjunktiv1=frozenset(data["konjunktiv1"]),
        konjunktiv2=frozenset(data["konjunktiv2"]),
        anonymous_nouns=frozenset(data["anonymous_nouns"]),
        not_anonymous_nouns=frozenset(data["not_anonymous_nouns"]),
        thing_nouns=frozenset(data["thing_nouns"]),
        common_acronyms=frozenset(data["common_acronyms"]),
        event_names=frozenset(data["event_names"]),
        institution_nouns=frozenset(data["institution_nouns"]),
        interrogatives=frozenset(data["interrogatives"]),
        prepositions=frozenset(data["prepositions"]),
        compound_institution_nouns=frozenset(data["compound_institution_nouns"]),
        position_nouns=frozenset(data["position_nouns"]),
        body_nouns=frozenset(data["body_nouns"]),
        survey_nouns=frozenset(data["survey_nouns"]),
        poll_nouns=frozenset(data["poll_nouns"]),
        study_nouns=frozenset(data["study_nouns"]),
        unnamed_media_nouns=frozenset(data["unnamed_media_nouns"]),
        collective_bodies=frozenset(data["collective_bodies"]),
        platforms=frozenset(data["platforms"]),
        platform_words=frozenset(data["platform_words"]),
        anonymity_words=frozenset(data["anonymity_words"]),
        hearsay_nouns=frozenset(data["hearsay_nouns"]),
        stance_adjectives=frozenset(data["stance"]["adjectives"]),
        stance_nouns=frozenset(data["stance"]["nouns"]),
        death_verbs=frozenset(data["death"]["verbs"]),
        killing_verbs=frozenset(data["death"]["killing"]),
        death_adjectives=frozenset(data["death"]["adjectives"]),
        open_cues=tuple(data["open_cues"]),
        open_cues_after_question=tuple(data["open_cues_after_question"]),
        conditional_cues=tuple(data["conditional_cues"]),
        texts=dict(data["question_texts"]),
        entities=_with_all_states(data_yaml("entities.yml")),
        offices=data_yaml("offices.yml")["offices"],
        name_genders=_genders(),
    )


def _with_swiss_spellings(value: Any) -> Any:
    """Every word of the lists with "ß" also spelled as in Switzerland, with "ss" ("gemäss",
    "äussern", "heissen"), in lists and as keys; other text stays as it is."""
    if isinstance(value, list):
        out = [_with_swiss_spellings(v) for v in value]
        return out + [v.replace("ß", "ss") for v in value if isinstance(v, str) and "ß" in v]
    if isinstance(value, dict):
        out = {k: _with_swiss_spellings(v) for k, v in value.items()}
        for k, v in value.items():
            if isinstance(k, str) and "ß" in k and isinstance(v, list):
                out.setdefault(k.replace("ß", "ss"), out[k])
        return out
    return value


def _with_all_states(entities: dict[str, Any]) -> dict[str, Any]:
    """``entities.yml``'s states (with the capitals and seats used as metonyms) and every other
    state of the gazetteer's ``countries.tsv`` ("Libanon", "Katar"), each with its demonym
    adjectives and, where the name takes an article, its genitive ("des Libanon")."""
    rows = {country.name: country for country in countries()}
    known = {name for item in entities["states"] for name in [item["name"], *item.get("names", [])]}
    states = []
    for item in entities["states"]:
        row = rows.get(item["name"])
        states.append({**item, "adjectives": [item["adjective"]] if item.get("adjective") else [],
                       "genitive": row.genitive if row else ""})
    gaz = load_gazetteer()
    persons = gaz.first_names | gaz.given_names | gaz.surnames | gaz.family_names
    for row in rows.values():
        if not {row.name, *row.variants} & known:
            # the capital stands for the government ("Bamako bestreitet …"), unless it is also a
            # person's name ("Sofia", "Kingston")
            capital = [row.capital] if row.capital and row.capital not in persons | known else []
            states.append({"name": row.name, "names": [*row.variants, *capital],
                           "adjectives": list(row.adjectives), "genitive": row.genitive})
    return {**entities, "states": states}


def _genders() -> dict[str, str]:
    text = resources.files("generator").joinpath("data/given_names.tsv").read_text("utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
