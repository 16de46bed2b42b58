"""Gazetteers kept as plain-text data files in ``generator/nlp/data/gazetteer``."""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

GAZETTEER = Path(__file__).parent / "data" / "gazetteer"
LEXICONS = Path(__file__).parent.parent / "data"
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# cue verbs of the attribution analysis (lexicon.yml) that name who speaks: "…, sagte Schönberg."
SPEECH_CUES = ("neutral", "emphatic", "warning")
ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")


def _lines(name: str) -> list[str]:
    path = GAZETTEER / name
    if not path.exists():
        return []
    text = path.read_text(encoding="utf8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True)
class Country:
    """One row of ``countries.tsv`` or ``regions.tsv``."""

    name: str
    variants: tuple[str, ...]
    adjectives: tuple[str, ...]  # demonym stems: "libanesisch"
    genitive: str = ""  # with its article where the name takes one: "des Libanon"
    capital: str = ""  # "Bamako": the government it stands for in "Bamako bestreitet …"


def countries(name: str = "countries.tsv") -> list[Country]:
    """The states (``countries.tsv``) or continents and regions (``regions.tsv``)."""
    rows = []
    for line in _lines(name):
        cols = [*line.split("\t"), "", "", "", ""]
        rows.append(Country(cols[0], tuple(filter(None, cols[1].split("|"))),
                            tuple(filter(None, cols[2].split("|"))), cols[3], cols[4]))
    return rows


@lru_cache(maxsize=1)
def organisation_variants() -> dict[str, str]:
    """Other names of organisations and media (``organisations.tsv``, ``media.tsv``) → the name
    they are listed under ("HSV" → "Hamburger SV")."""
    variants: dict[str, str] = {}
    for line in _lines("organisations.tsv"):
        name, _, forms = ([*line.split("\t"), "", ""])[:3]
        variants.update((form, name) for form in filter(None, forms.split("|")) if form != name)
    for line in _lines("media.tsv"):
        name, forms = ([*line.split("\t"), ""])[:2]
        variants.update((form, name) for form in filter(None, forms.split("|")) if form != name)
    return variants


def genitive(name: str) -> str | None:
    """German genitive of a proper name (``Russland`` → ``Russlands``), if it takes an -s."""
    if name[-1:].lower() in "sxzß" or not name[-1:].isalpha() or name.isupper():
        return None
    return name + "s"


def weak_adjective(name: str) -> str | None:
    """Dative/genitive of a name led by an adjective (``Russische Föderation`` →
    ``Russischen Föderation``, ``Internationaler Strafgerichtshof`` → ``Internationalen …``).

    Applied to organisation and place names only; a wrong guess is a pattern that never
    occurs in text.
    """
    first, _, rest = name.partition(" ")
    if not rest or not first[:1].isupper() or not first.isalpha() or len(first) < 5:
        return None
    for ending in ("es", "er", "e"):
        if first.endswith(ending):
            return f"{first[: -len(ending)]}en {rest}"
    return None


@dataclass
class Gazetteer:
    """Names (surface form → (label, kind)), given names, titles and demonyms."""

    names: dict[str, tuple[str, str]] = field(default_factory=dict)
    surnames: set[str] = field(default_factory=set)
    first_names: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    demonyms: dict[str, str] = field(default_factory=dict)
    not_entities: set[str] = field(default_factory=set)
    peoples: set[str] = field(default_factory=set)
    # NER features only (generated from open data, see training/gazetteers.py)
    place_words: set[str] = field(default_factory=set)
    given_names: set[str] = field(default_factory=set)
    family_names: set[str] = field(default_factory=set)
    org_cues: set[str] = field(default_factory=set)
    generated: set[str] = field(default_factory=set)  # names from gen_places.txt
    # rule words, no NER features
    roles: tuple[str, ...] = ()  # role nouns and endings of role compounds, lower case
    org_descriptors: tuple[str, ...] = ()  # nouns for kinds of organisation, lower case
    speech_verbs: set[str] = field(default_factory=set)  # lemmas
    events: tuple[str, ...] = ()  # starts of words of event names

    def add(self, name: str, label: str, kind: str, inflect: bool = False) -> None:
        self.names.setdefault(name, (label, kind))
        gen = genitive(name) if inflect else None
        if gen:
            self.names.setdefault(gen, (label, kind))
        declined = weak_adjective(name) if label != "PER" else None
        if declined:
            self.names.setdefault(declined, (label, kind))

    def place_adjective(self, text: str) -> bool:
        """``Wiener``, ``Berliner``: an -er adjective of a known place."""
        hit = self.names.get(text[:-2]) if text.endswith("er") else None
        return bool(hit and hit[0] == "LOC")

    def lookup(self, text: str) -> tuple[str, str] | None:
        """(label, kind) of a name or its genitive, else None."""
        return self.names.get(text)


@lru_cache(maxsize=1)
def noun_forms() -> frozenset[str]:
    """Inflected forms of German common nouns (``gen_nouns.txt.gz``), read on first use."""
    path = GAZETTEER / "gen_nouns.txt.gz"
    if not path.exists():
        return frozenset()
    text = gzip.decompress(path.read_bytes()).decode("utf8")
    return frozenset(ln for ln in text.splitlines() if ln and not ln.startswith("#"))


def noun_form(text: str) -> bool:
    """A form of a German common noun, or a compound ending in one of five letters or more after
    four or more ("Negativzinsen": "Zinsen"; not "Grissmann")."""
    nouns = noun_forms()
    return text in nouns or any(text[k:].capitalize() in nouns for k in range(4, len(text) - 4))


@lru_cache(maxsize=1)
def load_gazetteer(generated: bool = True) -> Gazetteer:
    """Read all gazetteer files once (``generated=False``: the hand-written ones only)."""
    gaz = Gazetteer()
    for country in [*countries(), *countries("regions.tsv")]:
        for form in [country.name, *country.variants]:
            gaz.add(form, "LOC", "state", inflect=True)
        for stem in country.adjectives:
            for ending in ADJ_ENDINGS:
                gaz.demonyms[stem + ending] = country.name
                gaz.demonyms[(stem + ending)[:1].upper() + (stem + ending)[1:]] = country.name
    for name in _lines("places.txt"):
        gaz.add(name, "LOC", "place", inflect=True)
    for name in _lines("gen_countries.txt") if generated else ():
        gaz.add(name, "LOC", "state", inflect=True)
    for line in _lines("organisations.tsv"):
        name, kind, variants = ([*line.split("\t"), "", ""])[:3]
        for form in [name, *filter(None, variants.split("|"))]:
            gaz.add(form, "ORG", kind or "organisation")
    for line in _lines("media.tsv"):
        name, variants = ([*line.split("\t"), ""])[:2]
        for form in [name, *filter(None, variants.split("|"))]:
            gaz.add(form, "ORG", "media")
    for name in _lines("persons.txt"):
        gaz.add(name, "PER", "person", inflect=True)
    for name in _lines("surnames.txt"):
        gaz.surnames.add(name)
        gaz.add(name, "PER", "person", inflect=True)
    place = ("LOC", "place")
    names = gaz.names
    for name in _lines("gen_places.txt") if generated else ():  # hand-written lists win
        if name not in names:
            names[name] = place
            gaz.generated.add(name)
            if name[-1] not in "sxzß" and not name.isupper() and name + "s" not in names:
                names[name + "s"] = place
                gaz.generated.add(name + "s")
    gaz.first_names = set(_lines("firstnames.txt"))
    gaz.titles = set(_lines("titles.txt"))
    gaz.not_entities = set(_lines("not_entities.txt"))
    gaz.peoples = set(_lines("peoples.txt"))
    if generated:
        gaz.place_words = set(_lines("gen_place_words.txt"))
        gaz.given_names = set(_lines("gen_firstnames.txt"))
        gaz.family_names = set(_lines("gen_surnames.txt"))
    gaz.org_cues = set(_lines("org_cues.txt"))
    entities, lexicon = data_yaml("entities.yml"), data_yaml("lexicon.yml")
    roles = set(_lines("roles.txt")) | {r for r in entities["roles"] if r.isalpha()}
    gaz.roles = tuple(sorted(roles))
    gaz.org_descriptors = tuple(_lines("org_descriptors.txt"))
    gaz.speech_verbs = {v for cue in SPEECH_CUES for v in lexicon["cue_verbs"][cue]}
    gaz.events = tuple(_lines("events.txt"))
    return gaz


def data_yaml(name: str) -> Any:
    """A word list file of the analysis (``generator/data/*.yml``), read with libyaml where
    PyYAML has it (ten times faster than the pure-Python reader; same result)."""
    return yaml.load((LEXICONS / name).read_text(encoding="utf8"), Loader=YAML_LOADER)
