"""Actors: find every mention of a person, organisation, state, medium or unnamed source,
and group mentions of the same entity (full names, surnames, roles, demonyms, compounds)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.document import ArticleDoc
from generator.analysis.lexicon import Lexicon
from generator.analysis.names import feminine_dative_nominative, nominative_name
from generator.analysis.phrases import CLOSING_QUOTES, DATED_NOUNS, OPENING_QUOTES, QUOTE_MARKS, bare_plural
from generator.model import Actor, ActorType, Span
from generator.nlp.gazetteer import parenthesised_acronym, spells
from generator.readers.metadata import make_slug
from generator.roles import merge_role

ARTICLES = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem",
            "einen"}
# Heads of compounds that name the actor of their first part ("EU-Truppen", "Nato-Sprecher").
ACTOR_HEADS = {"bericht", "berichts", "berichten", "informationen", "angaben", "verbündete",
               "verbündeten", "truppen", "staaten", "partner", "partnern", "regierung",
               "kommission", "führung", "sprecher", "sprecherin", "armee", "militär",
               "streitkräfte", "streitkräften", "agentur", "recherchen", "recherche", "meldung",
               "zeitung", "chef", "chefin"}
PERSON_HEADS = {"chef", "chefin", "sprecher", "sprecherin"}  # "Nato-Chef", "UN-Sprecherin"
ORG_ROLES = {"generalsekretär", "generalsekretärin", "sprecher", "sprecherin", "chef", "chefin",
             "vorsitzender", "vorsitzende"}
TIME_NOUNS = DATED_NOUNS | {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
                           "sonntag", "tag", "woche", "wochenende", "monat", "jahr", "abend",
                           "morgen", "mittag", "nacht", "nachmittag", "vormittag"}
KIN_NOUNS = {"tochter", "sohn", "vater", "mutter", "bruder", "schwester", "frau", "mann", "witwe",
             "witwer", "ehefrau", "ehemann", "enkel", "enkelin", "neffe", "nichte", "onkel", "tante"}
# endings of nouns for people: "Kapitän", "Insolvenzverwalter", "Pilot" (and "Sportvorstand")
PERSON_NOUN_RE = re.compile(r"(er|or|ist|yst|ent|ant|eur|euse|än|är|at|ot|aut|arch|ege|oge|og|iker|ling"
                            r"|graf|graph|e|vorstand|wirt|arzt|ärztin)(in)?$")
SHORT_HEADS = ("chefin", "chef")  # closed-compound heads shorter than five letters
TEAM_NOUNS = {"forscher", "wissenschaftler", "autoren", "autor", "team", "forscherteam",
              "forschungsteam", "forschende", "forschenden", "gruppe", "forschergruppe"}
ALIAS_QUOTES = str.maketrans("", "", "„“”\"»«")
AUTHORITY_HEADS = ("amt", "agentur", "behörde", "aufsicht", "anstalt", "ministerium", "kommission")
ANALYST_NOUNS = {"analyst", "analystin", "experte", "expertin", "ökonom", "ökonomin", "volkswirt",
                 "volkswirtin"}
# heads of compounds that name one institution ("Spitzenverband", "Bundesrechnungshof")
ORG_HEADS = ("verband", "bund", "amt", "rechnungshof", "gerichtshof", "institut", "rat", "kammer", "bank",
             "agentur", "kommission", "ministerium", "stiftung", "akademie", "gewerkschaft", "konzern")
ACRONYM_HEADS = ("organisation", *AUTHORITY_HEADS, *ORG_HEADS)  # "Europäische Weltraumorganisation ESA"
LEGAL_FORMS = {"AG", "SE", "KG", "OHG", "GBR", "LLC", "PLC", "NV", "BV", "SA", "INC", "LTD", "CORP", "GMBH"}
# heads of a description before a company's name ("Vergleichsportal Tarifo")
DESCRIPTIVE_ORG_HEADS = ("konzern", "unternehmen", "firma", "hersteller", "autobauer", "portal", "anbieter",
                         "zulieferer", "dienst", "händler", "versicherer", "betreiber", "plattform",
                         "netzwerk", "startup", "start-up", "riese", "discounter", "kette")
# endings of a common noun before a linking "s" ("Regierungs-", "Vereins-"), not of a name
LINKED_NOUN_ENDINGS = ("ungs", "ions", "heits", "keits", "schafts", "tums", "täts", "eins", "amts", "ts")
SPOKES_NOUNS = {"sprecher", "sprecherin", "vertreter", "vertreterin"}
# role nouns that describe rather than hold an office: "der Politiker" may be the Kanzler
DESCRIPTIVE_ROLES = {"politiker", "politikerin", "experte", "expertin", "ökonom", "ökonomin", "chef",
                     "chefin", "manager", "managerin", "christdemokrat", "christdemokratin",
                     "sozialdemokrat", "sozialdemokratin", "christsozialer", "sozialist", "sozialistin"}
QUANTIFIERS = {"weiter", "ander", "zwei", "drei", "mehrer", "einig", "viel", "rund", "etwa", "knapp"}
RESERVED_ID = re.compile(r"^(index|seite-\d+)$")
AGE_RE = re.compile(r"^\d+-[Jj]ährige[nr]?$")
# pronouns that refer back to a person the text named (see ActorFinder.resolve_pronoun)
ORDINAL_PRONOUNS = frozenset({"letztere", "letzterer", "erstere", "ersterer"})  # the last / first named
PERSON_PRONOUNS = frozenset({"er", "sie", "dieser"}) | ORDINAL_PRONOUNS
SALIENCE_SENTENCES = 2  # sentences before a pronoun's in which a subject antecedent comes first
GENITIVE_ARTICLE = {"Ukraine": "der Ukraine", "USA": "der USA", "Türkei": "der Türkei",
                    "Schweiz": "der Schweiz", "Niederlande": "der Niederlande", "EU": "der EU"}


@dataclass
class Mention:
    start: int
    end: int
    tok_start: int
    tok_end: int
    text: str
    kind: str  # name | compound | adjective | role | pronoun | anonymous


@dataclass
class Entity:
    key: str
    name: str
    type: ActorType
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    quoted: bool = False
    local: bool = False  # named by a common noun ("das Innenministerium"): this article's only

    def add(self, mention: Mention) -> None:
        if all(m.start != mention.start for m in self.mentions):
            self.mentions.append(mention)
        self.alias(mention.text)

    def alias(self, text: str) -> None:
        # without quotation marks: "„Bild“-Zeitung" is the token 'Bild“-Zeitung'
        text = " ".join(text.translate(ALIAS_QUOTES).split())
        if text and text != self.name and text not in self.aliases:
            self.aliases.append(text)

    def role(self, text: str) -> None:
        self.roles = merge_role(self.roles, text)

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


def noun_base(token: Token, nouns: frozenset[str] | set[str]) -> str | None:
    """The listed noun a token is, or ends in for compounds ("Regierungssprecher"), else None."""
    for cand in (token.lemma_.lower(), token.lower_):
        head = cand.rsplit("-", 1)[-1]
        forms = (head, head.removesuffix("en"), head.removesuffix("n"), head.removesuffix("s"),
                 head.removesuffix("e"))
        for base in forms:
            if base in nouns:
                return base
        for form in forms:  # closed compounds: a listed noun of 5+ letters at the end
            for i in range(1, len(form) - 4):  # ("Ermittlerkreisen": "kreise")
                if form[i:] in nouns:
                    return form[i:]
        short = next((h for h in SHORT_HEADS if len(head) > len(h) + 2 and head.endswith(h)), None)
        if short in nouns:
            return short  # "Konzernchef", "Vereinschefin"
    return None


def _capitalized(token: Token) -> bool:
    """A capitalised word, hyphenated ones included ("Hans-Joachim", "Karl-Theodor")."""
    return token.text[:1].isupper() and all(part.isalpha() for part in token.text.split("-"))


class ActorFinder:
    """Collects entities for one article; claims and questions query it afterwards."""

    def __init__(self, adoc: ArticleDoc, lex: Lexicon) -> None:
        self.adoc = adoc
        self.doc = adoc.doc
        self.text = adoc.text
        self.lex = lex
        self.entities: dict[str, Entity] = {}
        self.token_entity: dict[int, str] = {}
        self.key_alias: dict[str, str] = {}  # an acronym's key → the key of the name it abbreviates
        self._gazetteer = self._build_gazetteer()
        self.roles = {r.rstrip(".") for r in lex.entities["roles"]}
        self.demonyms = set(lex.entities["demonyms"])
        self.person_nouns = self.roles | self.demonyms
        self._generic = {word: typ for typ, words in lex.entities["org_references"].items()
                         for word in words}
        self._covers: dict[str, list[str]] = lex.entities.get("org_reference_covers", {})
        self._synonyms = {word: set(group) for group in lex.entities.get("role_synonyms", [])
                          for word in group}
        self._parties: dict[str, list[str]] = lex.entities.get("party_members", {})
        self._only: dict[str, list[str]] = lex.entities.get("org_reference_only", {})

    # -- gazetteer ---------------------------------------------------------------------
    def _build_gazetteer(self) -> dict[tuple[str, ...], tuple[str, ActorType]]:
        gaz: dict[tuple[str, ...], tuple[str, ActorType]] = {}
        kinds: list[tuple[str, ActorType]] = [
            ("states", "state"), ("organizations", "organization"), ("media", "media")]
        for section, typ in kinds:
            for item in self.lex.entities[section]:
                for name in [item["name"], *item.get("names", [])]:
                    gaz[tuple(self._tokens(name))] = (item["name"], typ)
        self.adjectives = {
            item["adjective"]: item["name"] for item in self.lex.entities["states"]
            if item.get("adjective")}
        return gaz

    @staticmethod
    def _tokens(name: str) -> list[str]:
        return re.findall(r"[\w\-./]+", name.lower())

    # -- entity bookkeeping ------------------------------------------------------------
    def entity(self, key: str, name: str, typ: ActorType) -> Entity:
        key = self.key_alias.get(key, key)
        if key not in self.entities:
            self.entities[key] = Entity(key, name, typ)
        return self.entities[key]

    def mention(self, i: int, j: int, kind: str, start: int | None = None,
                end: int | None = None) -> Mention:
        span = self.doc[i:j]
        s = span.start_char if start is None else start
        e = span.end_char if end is None else end
        inner = set(self.text[s:e])
        if s > 0 and self.text[s - 1] in OPENING_QUOTES and inner & CLOSING_QUOTES \
                and not inner & OPENING_QUOTES:
            s -= 1  # "„Bild“-Zeitung" with both quotation marks (one token is 'Bild“-Zeitung')
        return Mention(s, e, i, j, self.text[s:e], kind)

    def attach(self, ent: Entity, m: Mention) -> None:
        ent.add(m)
        for t in range(m.tok_start, m.tok_end):
            self.token_entity.setdefault(t, ent.key)

    # -- passes ------------------------------------------------------------------------
    def run(self) -> ActorFinder:
        self._known_names()
        self._named_entities()
        self._titled_names()
        self._surnames()
        self._short_names()
        self._roles_and_appositions()
        self._role_references()
        self._demonym_adjectives()
        self._article_compounds()
        self._institutions()
        self._teams()
        self._org_references()
        self._anonymous()
        return self

    def _known_names(self) -> None:
        toks = [t.lower_ for t in self.doc]
        i = 0
        longest = max((len(k) for k in self._gazetteer), default=1)
        while i < len(toks):
            for n in range(min(longest, len(toks) - i), 0, -1):
                hit = self._gazetteer.get(tuple(toks[i : i + n]))
                if hit is None and toks[i + n - 1].endswith("s") and self.doc[i + n - 1].pos_ == "PROPN":
                    # the genitive of a state's name: "Ministerpräsident Thailands"
                    hit = self._gazetteer.get((*toks[i : i + n - 1], toks[i + n - 1][:-1]))
                    hit = hit if hit and hit[1] == "state" else None
                if hit and hit[1] == "state" and " ".join(toks[i : i + n]) != hit[0].lower() \
                        and i > 1 and toks[i - 1] in {"in", "nach", "bei"} \
                        and not self.lex.state_organ(toks[i - 2]):
                    hit = None  # "in Berlin": the city (not "das Außenministerium in Peking")
                if hit and not (n == 1 and self._is_common_word(self.doc[i])):
                    name, typ = hit
                    self.attach(self.entity(f"{typ}:{name}", name, typ), self.mention(i, i + n, "name"))
                    i += n
                    break
            else:
                self._compound(i)
                i += 1

    def _is_common_word(self, token: Token) -> bool:
        """Single-word names that are also common words ("Welt", "Zeit", "Allianz")."""
        if token.text in {"Welt", "Zeit", "Bild", "Stern", "Linke", "Grüne", "Liberale", "Allianz",
                          "Verbündete", "Verbündeten"}:
            prev = token.nbor(-1).lower_ if token.i > 0 else ""
            return token.text in {"Welt", "Zeit", "Bild", "Stern"} or (
                token.text in {"Linke", "Grüne", "Liberale"} and prev not in {"die", "der", "den"})
        return False

    def _compound(self, i: int) -> None:
        token = self.doc[i]
        if "-" not in token.text:
            return
        parts = token.text.split("-")
        head = parts[-1].lower()
        if (head in PERSON_HEADS or PERSON_NOUN_RE.search(head)) and i + 1 < len(self.doc) \
                and self.doc[i + 1].ent_type_ == "PER":
            return  # "Nato-Chef Mark Rutte", "Bahn-Personalvorstand Martin Seiler": a title
        for n in range(len(parts) - 1, 0, -1):
            prefix = "-".join(parts[:n])
            hit = self._gazetteer.get(tuple(self._tokens(prefix)))
            if hit and (head in ACTOR_HEADS or head in {"verbündeten"}) \
                    and not self._office_holders(token.text):  # "der UN-Chef": Guterres
                name, typ = hit
                ent = self.entity(f"{typ}:{name}", name, typ)
                self.attach(ent, self.mention(i, i + 1, "compound"))
                return

    def _article_compounds(self) -> None:
        """"Ein DFG-Sprecher", "IGDRB-Angaben": a compound whose first part names an
        organisation, medium or state of this article (by its name or an alias such as an
        acronym) is a mention of it, as :meth:`_compound` does for the gazetteer's names."""
        names = {text: ent for ent in self.entities.values()
                 if ent.type in {"organization", "media", "state"}
                 for text in (ent.name, *ent.aliases) if " " not in text}
        for token in self.doc:
            if token.i in self.token_entity or "-" not in token.text:
                continue
            prefix, head = token.text.rsplit("-", 1)
            titled = self.at(token.i + 1) if token.i + 1 < len(self.doc) else None
            if titled is not None and titled.type == "person":
                continue  # "GDL-Chef Mario Reiß": the person's title
            if head.lower() in ACTOR_HEADS and prefix in names:
                self.attach(names[prefix], self.mention(token.i, token.i + 1, "compound"))

    def _named_entities(self) -> None:
        titles: list[int] = []
        for ent in self.doc.ents:
            if any(t in self.token_entity for t in range(ent.start, ent.end)):
                continue
            if ent.label_ == "ORG" and len(ent) == 1 and not ent.text.isupper() \
                    and ent.end < len(self.doc) and self.doc[ent.end].ent_iob_ == "B" \
                    and self.doc[ent.end].ent_type_ == "PER":
                titles.append(ent.start)  # "Unionsfraktionsvize Jens Spahn": a title, not a body
                continue
            if self._anonymous_base(ent[-1]) and ent.label_ != "PER":
                continue  # "Insider", "Diplomaten": unnamed sources, typed below
            if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in self._generic \
                    and all(t.text.endswith("er") and t.text[:1].isupper() for t in ent[:-1]):
                continue  # "das Stuttgarter Unternehmen": a generic noun, referring back below
            if ent.label_ in {"PER", "PERSON"}:
                von = ent.start if ent[0].lower_ == "von" else ent.start - 1
                if von >= 1 and self.doc[von].lower_ == "von" and self.is_role(self.doc[von - 1]):
                    continue  # "Die Bürgermeisterin von Bad Kreuzbach": a place, not a person
                if len(ent) == 1 and self._no_person(ent[0]):
                    continue
                self._person(ent.start, ent.end)
            elif len(ent) == 1 and self.is_role(ent[0]):
                continue  # "Kremlchef", "UN-Chef": a role, resolved to its person below
            elif ent.label_ == "ORG" and len(ent.text) > 1:
                ent = self._without_description(ent)
                last = ent[-1]
                if len(ent) > 1 and last.is_alpha and last.text.isupper() and 2 <= len(last) <= 6 \
                        and last.text not in LEGAL_FORMS and ent[-2].pos_ == "NOUN" and (
                        len(ent) >= 3 or ent[-2].lower_.endswith(ACRONYM_HEADS)):  # not "Hertha BSC"
                    # "Die Europäische Weltraumorganisation ESA": the acronym names the actor
                    acronym = self.entity(f"organization:{last.text}", last.text, "organization")
                    self.attach(acronym, self.mention(ent.start, ent.end, "name"))
                    continue
                defined = self._defined_acronym(ent)
                if defined is not None:  # "Deutsche Forschungsgemeinschaft (DFG)" and "die DFG"
                    for typ_ in ("organization", "media"):
                        self.key_alias[f"{typ_}:{ent.text}"] = defined.key
                    self.attach(defined, self.mention(ent.start, ent.end, "name"))
                    continue
                # "der Deutschen Bahn" and "die Deutsche Bahn" are one actor, "Deutsche Bahn"
                name = nominative_name(ent).strip()
                known = self._gazetteer.get(tuple(self._tokens(name)))
                if known is not None:  # "des Weißen Hauses": the known "Weiße Haus"
                    self.attach(self.entity(f"{known[1]}:{known[0]}", *known),
                                self.mention(ent.start, ent.end, "name"))
                    continue
                # "Bundesagentur für Arbeit" and "Deutsche Post" are no media
                typ: ActorType = "media" if re.search(
                    r"(zeitung|(presse-?|nachrichten|bild)agentur|sender|magazin|news|times)\b", name, re.I
                ) else "organization"
                self.attach(self.entity(f"{typ}:{name}", name, typ),
                            self.mention(ent.start, ent.end, "name"))
        for i in titles:
            person = self.entities.get(self.token_entity.get(i + 1, ""))
            if person is not None and person.type == "person":
                person.role(self.doc[i].text)

    def _without_description(self, ent: SpacySpan) -> SpacySpan:
        """The name without the description the model took into it ("Münchner
        Vergleichsportal | Tarifo", "Technologiekonzern | Siemens")."""
        for k in range(len(ent) - 2, -1, -1):
            word = ent[k]
            if word.pos_ == "NOUN" and word.lower_.endswith(DESCRIPTIVE_ORG_HEADS) \
                    and all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in ent[k + 1 :]):
                return ent[k + 1 :]
        return ent

    def _no_person(self, word: Token) -> bool:
        """A one-word "person" the model found that cannot be one: after "in" ("in Chan
        Junis"), a common noun after an article or adjective ("stieß ins selbe Horn"), or a word
        only the title or a heading has ("Datenleck bei Vergleichsportal")."""
        prev = self.doc[word.i - 1] if word.i > 0 else None
        if prev is not None and prev.lower_ == "in":
            return True
        if prev is not None and word.tag_ == "NN" and prev.tag_ in {"ART", "APPRART", "ADJA"} \
                and word.text not in self.lex.name_genders:  # not "die 14-jährige Lena"
            return True
        return word.text in self._headline_words

    @cached_property
    def _headline_words(self) -> set[str]:
        """Words of the title and headings that the rest of the article never uses."""
        top, rest = set(), set()
        for sid, span in enumerate(self.adoc.spans):
            (top if self.adoc.kind(sid) in {"title", "heading"} else rest).update(t.text for t in span)
        return top - rest

    def _defined_acronym(self, ent: SpacySpan) -> Entity | None:
        """The actor an acronym in parentheses abbreviates, when the name right before the
        parenthesis spells it ("Deutsche Forschungsgemeinschaft (DFG)"), also in mixed case and
        without a leading place adjective ("Kieler Institut für Weltwirtschaft (IfW)")."""
        text, i = ent.text, ent.start
        mixed = len(ent) == 1 and 2 <= len(text) <= 8 and text[:1].isupper() and text.isalpha() \
            and sum(c.isupper() for c in text) >= 2 and i >= 2 and self.doc[i - 1].text == "(" \
            and ent.end < len(self.doc) and self.doc[ent.end].text == ")"
        if not (parenthesised_acronym(ent) or mixed):
            return None
        key = self.token_entity.get(i - 2)
        owner = self.entities.get(key) if key else None
        if owner is None or owner.type not in {"organization", "media"}:
            return None
        m = next((m for m in owner.mentions if m.tok_end == i - 1), None)
        words = [t.text for t in self.doc[m.tok_start : m.tok_end]] if m else []
        return owner if words and (spells(text, words) or (
            len(words) > 2 and words[0].endswith("er") and spells(text, words[1:]))) else None

    def _person(self, i: int, j: int, kind: str = "name") -> Entity | None:
        span = self.doc[i:j]
        while span and not _capitalized(span[-1]):
            span = span[:-1]
        while span and (span[0].lower_ in ARTICLES or not _capitalized(span[0])):
            span = span[1:]
        if not span or len(span.text) < 2:
            return None
        words = [t.text for t in span]
        surname = words[-1]
        if surname.endswith("s") and self._surname_key(surname[:-1]):
            surname = surname[:-1]
        key = self._surname_key(surname) or f"person:{surname}"
        ent = self.entity(key, " ".join(words), "person")
        full = " ".join(words).removesuffix("s") if words[-1] != surname else " ".join(words)
        if len(full.split()) > len(ent.name.split()):
            ent.alias(ent.name)
            ent.name = full
        self.attach(ent, self.mention(span.start, span.end, kind))
        return ent

    def _short_names(self) -> None:
        """A given name alone ("Wir haben Stefan viel zu verdanken") is the one person of the
        article with that given name; an organisation's first words alone ("Hertha") are the
        one organisation whose name begins with them ("Hertha BSC"); an acronym used before the
        text spells it out ("DWD: …" in the title, then "Deutscher Wetterdienst (DWD)") is that name."""
        for key, target in list(self.key_alias.items()):
            if key in self.entities and target in self.entities and key != target:
                self._merge(self.entities[key], self.entities[target])
        for ent in list(self.entities.values()):
            words = ent.name.split()
            if ent.type == "person" and len(words) == 1 and words[0] in self.lex.name_genders:
                longer = [e for e in self.entities.values() if e.type == "person"
                          and len(e.name.split()) > 1 and e.name.split()[0] == words[0]]
            elif ent.type == "organization" and not ent.local:
                longer = [e for e in self.entities.values() if e.type == "organization" and not e.local
                          and len(e.name.split()) > len(words) and e.name.split()[: len(words)] == words]
            else:
                continue
            if len(longer) == 1:
                self._merge(ent, longer[0])

    def _merge(self, ent: Entity, into: Entity) -> None:
        """Move every mention of ``ent`` to ``into`` and forget ``ent``."""
        for m in ent.mentions:
            for t in range(m.tok_start, m.tok_end):
                if self.token_entity.get(t) == ent.key:
                    self.token_entity[t] = into.key
            into.add(m)
        for role in ent.roles:
            into.role(role)
        del self.entities[ent.key]
        for key, target in list(self.key_alias.items()):
            if target == ent.key:
                self.key_alias[key] = into.key
        self.key_alias[ent.key] = into.key

    def _surname_key(self, surname: str) -> str | None:
        key = f"person:{surname}"
        return key if key in self.entities else None

    def _titled_names(self) -> None:
        """Capitalised words after a title are a person ("Generalsekretär Mark Rutte")."""
        for token in self.doc:
            if token.i in self.token_entity or not self.is_role(token):
                continue
            j = token.i + 1
            while j < len(self.doc) and _capitalized(self.doc[j]) and j not in self.token_entity \
                    and not self.is_role(self.doc[j]) and self.doc[j].lower_ not in ARTICLES \
                    and j - token.i <= 3:
                j += 1
            if j > token.i + 1 and not self.doc[token.i + 1].is_sent_start \
                    and self.doc[token.i + 1].ent_type_ not in {"LOC", "ORG", "GPE"}:
                self._person(token.i + 1, j)  # not "Ministerpräsident Thailands"

    def _surnames(self) -> None:
        """Later bare surnames ("Selenskyj", genitive "Selenskyjs") of a known person."""
        persons = {e.key.split(":", 1)[1]: e for e in self.entities.values() if e.type == "person"}
        for token in self.doc:
            if token.i in self.token_entity:
                continue
            word = token.text
            ent = persons.get(word) or (persons.get(word[:-1]) if word.endswith("s") else None)
            if ent:
                self.attach(ent, self.mention(token.i, token.i + 1, "name"))

    def is_role(self, token: Token) -> bool:
        """A capitalised role noun ("Vatikansprecher", "Kanzlerin")."""
        base = noun_base(token, self.roles)
        return bool(base) and token.text[:1].isupper()

    def _role_text(self, tokens: list[Token]) -> str:
        """Nominative role name from a role phrase ("den ukrainischen Präsidenten")."""
        noun = tokens[-1]
        base = noun_base(noun, self.roles) or noun.lower_
        surface = noun.text
        if "-" in surface:  # "EU-Ratspräsidenten" → "EU-Ratspräsident", "AfD-Landeschef"
            tail = surface.rsplit("-", 1)[-1]
            low = tail.lower()
            forms = (low, *(low.removesuffix(end) for end in ("en", "n", "s", "e")))
            stem = next((f for f in forms if f.endswith(base)), base)
            role = surface[: len(surface) - len(tail)] + stem[:1].upper() + stem[1:]
        elif noun.lemma_.lower().endswith(base):  # a closed compound keeps its first part
            role = noun.lemma_[: len(noun.lemma_) - len(base)].capitalize() + base \
                if len(noun.lemma_) > len(base) else base.capitalize()
        else:
            role = base.capitalize()
        for adj in tokens[:-1]:
            stem = re.sub(r"(e|en|em|er|es)$", "", adj.lower_)
            state = self.adjectives.get(stem)
            if state:
                return f"{role} {GENITIVE_ARTICLE.get(state, state + 's')}"
        return role

    def _roles_and_appositions(self) -> None:
        """Titles before a person's name become that person's roles."""
        for ent in [e for e in self.entities.values() if e.type == "person"]:
            for m in list(ent.mentions):
                k = m.tok_start - 1
                if k >= 0 and not self.is_role(self.doc[k]) and self._title_before(k, m, ent):
                    # "Sportvorstand Max Eberl", "Bahn-Personalvorstand Martin Seiler"
                    self.roles.add(self.doc[k].lemma_.lower().rsplit("-", 1)[-1])
                if k < 0 or not self.is_role(self.doc[k]):
                    continue
                first = k
                while (first - 1 >= 0 and self.doc[first - 1].pos_ in {"ADJ"}) or (
                    first - 1 >= 0 and re.sub(r"(e|en|em|er|es)$", "", self.doc[first - 1].lower_)
                    in self.adjectives
                ):
                    first -= 1
                phrase = list(self.doc[first : k + 1])
                role = self._role_text(phrase)
                if role.lower() in ORG_ROLES:
                    org = self._org_context(k)
                    role = f"{org}-{role}" if org else role
                ent.role(role)
                ent.alias(self.doc[first : m.tok_end].text)
                if first < k:
                    ent.alias(self.doc[first : k + 1].text)

    def _title_before(self, k: int, m: Mention, ent: Entity) -> bool:
        """An unlisted singular noun right before a full name is the person's title
        ("Kapitän Manuel Neuer", "nach Angaben von Insolvenzverwalter Michael Jaffé"), not a
        time ("am Sonntag Max Müller") or a plural ("laut Medienberichten Xabi Alonso")."""
        t, last = self.doc[k], self.doc[m.tok_end - 1].text
        lemma = t.lemma_.lower()
        return (m.kind == "name" and m.tok_end - m.tok_start >= 2
                and (t.tag_ == "NN" or (t.tag_ == "NE" and "-" in t.text)  # "Bahn-Personalvorstand"
                     or (t.tag_ == "ADJA" and not t.is_sent_start))  # "die Astrobiologin", mis-tagged
                and t.text[:1].isupper() and k not in self.token_entity and t.text.replace("-", "").isalpha()
                and ("Plur" not in t.morph.get("Number") or not t.lower_.endswith(("n", "e", "s")))
                and lemma not in TIME_NOUNS | KIN_NOUNS  # (a plural form ends so: "Medienberichten")
                and PERSON_NOUN_RE.search(lemma) is not None and not lemma.endswith(("staat", "name"))
                and not self.lex.names_thing(t.lower_)
                and not (last.endswith("s") and last not in ent.name.split()))  # "Ehrung Rushdies"

    def _org_context(self, token_i: int) -> str | None:
        """The organisation named earlier in the same sentence ("Nato-Treffen ... Generalsekretär")."""
        sent = self.doc[token_i].sent
        for t in reversed(range(sent.start, token_i)):
            key = self.token_entity.get(t)
            if key and self.entities[key].type == "organization":
                return self.entities[key].name
            if "-" in self.doc[t].text:
                hit = self._gazetteer.get(tuple(self._tokens(self.doc[t].text.split("-")[0])))
                if hit and hit[1] == "organization":
                    return hit[0]
        return None

    def _role_references(self) -> None:
        """"der Niederländer", "der Kanzler", "der 34-Jährige": the person the text means."""
        for token in self.doc:
            if token.i in self.token_entity or token.lower_ not in {"der", "die", "dem", "den", "des"}:
                continue
            j = token.i + 1
            while j < len(self.doc) and self.doc[j].pos_ == "ADJ" and not self.doc[j].text[:1].isupper():
                j += 1
            if j >= len(self.doc) or j in self.token_entity:
                continue
            noun = self.doc[j]
            if token.i > 0 and self.doc[token.i - 1].pos_ in {"NOUN", "PROPN"} | (
                    {""} if self.doc[token.i - 1].text[:1].isupper() else set()):
                continue  # "eine Mehrheit der Ukrainer": a genitive, not a reference
            is_demonym = noun_base(noun, self.demonyms) is not None and noun.text[:1].isupper()
            if not (is_demonym or AGE_RE.match(noun.text) or self.is_role(noun)):
                continue
            if noun.morph.get("Number") == ["Plur"] and token.lower_ in {"die", "den"} \
                    and not (AGE_RE.match(noun.text) and noun.text.endswith("e")):
                continue  # "eine Behauptung, die Experten zufolge …": a group (not "die 69-Jährige")
            if j + 1 < len(self.doc) and _capitalized(self.doc[j + 1]) and not self.doc[j + 1].is_punct \
                    and self.doc[j + 1].pos_ in {"PROPN", "NOUN", "X", ""}:
                continue  # a name follows: an apposition, handled elsewhere
            phrase = list(self.doc[token.i + 1 : j + 1])
            # "Der frühere Bürgermeister und Justizsenator, Henning Scherf (SPD), warnte": the
            # name apposed after a comma, else the person the text meant before
            apposed, of = self._apposed_person(j)
            target = apposed or self._referent(token.i, phrase)
            if target:
                self.attach(target, self.mention(token.i, j + 1, "role"))
                if target.type == "person" and self.is_role(noun):
                    # "der russische Präsident"; "Der Vorsitzende der Deutschen
                    # Bischofskonferenz, Georg Bätzing,"
                    target.role(" ".join([self._role_text(phrase), *([of] if apposed and of else [])]))

    def _apposed_person(self, noun: int) -> tuple[Entity | None, str]:
        """The person named after a role noun and a comma, further titles aside ("Bürgermeister
        und Justizsenator, Henning Scherf"), and the genitive that names the body the role is in
        ("Der Vorsitzende der Deutschen Bischofskonferenz, Georg Bätzing")."""
        k = noun + 1
        while k < len(self.doc) and k - noun < 6 and (
                self.doc[k].lower_ in {"und", "sowie"} or self.doc[k].pos_ == "ADJ"
                or self.is_role(self.doc[k])):
            k += 1
        of = ""
        if k < len(self.doc) and self.doc[k].lower_ in {"der", "des", "von"}:  # "von Bad Kreuzbach"
            end = k + 1
            while end < len(self.doc) and end - k < 8 and (
                    (self.doc[end].pos_ in {"ADJ", "NOUN", "PROPN"} and self.doc[end].text[:1].isupper())
                    or self.doc[end].text in QUOTE_MARKS):  # "der Bürgerinitiative „Gegenwind“"
                end += 1
            if end > k + 1 and end < len(self.doc) and self.doc[end].text == ",":
                of, k = self.doc[k:end].text, end
        if k + 1 >= len(self.doc) or self.doc[k].text != ",":
            return None, ""
        if k + 2 < len(self.doc) and self.is_role(self.doc[k + 1]):
            k += 1  # "Der Verteidiger des Mannes, Rechtsanwalt Jan Hoffmann,"
        key = self.token_entity.get(k + 1)
        return (self.entities[key], of) if key and self.entities[key].type == "person" else (None, "")

    def _referent(self, before: int, phrase: list[Token]) -> Entity | None:
        role = self._role_text(phrase) if self.is_role(phrase[-1]) else None
        gender = self._phrase_gender(self.doc[before], phrase[-1])
        persons = [e for e in self.entities.values() if e.type == "person"
                   and any(m.tok_start < before for m in e.mentions)
                   and self._agrees(e, gender)]
        demonym = noun_base(phrase[-1], self.demonyms)
        if demonym:  # "der Portugiese" is not the German chancellor named last
            persons = [e for e in persons if self._may_be_from(e, demonym)]
        holders = self._office_holders(role) if role else set()
        if holders:  # "der russische Präsident", "der Kremlchef": Putin if named, else no one
            surnames = {n.split()[-1] for n in holders}
            found = [e for e in persons if e.name in holders or e.name.split()[-1] in surnames]
            return found[0] if len(found) == 1 else None
        if role:
            word = role.split()[0].lower()  # "der Minister" for the "US-Außenminister"
            kinds = self._synonyms.get(noun_base(phrase[-1], self.roles) or word, {word}) | {word}
            same = [e for e in persons if any(k in r.lower() for r in e.roles for k in kinds)]
            parties = self._parties.get(word)
            if parties:  # "der Christdemokrat": the CDU politician
                same = [e for e in persons if self._party_words(e) & set(parties)]
            if len(same) == 1:
                return same[0]
            if same:
                persons = same
            else:  # an unknown role: only the person of the last few sentences, and not one
                # known to hold another office ("Bundeskanzler Merz … der Minister")
                window = self.doc[before].sent.start - 60
                descriptive = role.split()[0].lower().rsplit("-", 1)[-1] in DESCRIPTIVE_ROLES
                persons = [e for e in persons if any(window <= m.tok_start < before for m in e.mentions)
                           and (descriptive or not e.roles)]
        # the most recent person named outside quotations (a name in someone's quoted words is
        # not who "der Franzose" after the quotation is)
        said = [e for e in persons if any(m.tok_start < before and not self._in_quotation(m.start)
                                          for m in e.mentions)]
        if not said:
            return None
        return max(said, key=lambda e: max(m.tok_start for m in e.mentions
                                            if m.tok_start < before and not self._in_quotation(m.start)))

    def _may_be_from(self, ent: Entity, demonym: str) -> bool:
        """Whether a person may be of the nationality a demonym names: unless an office they
        hold (``offices.yml``) or a role ("US-Präsident") ties them to a state whose adjective
        is not the demonym's ("Bundeskanzler Merz" is no "Portugiese")."""
        texts = [r.lower() for r in ent.roles] + [
            role for office in self.lex.offices for h in office["holders"]
            if h["name"] == ent.name and self._in_office(h) for role in office["roles"]]
        known = {state for text in texts for state in self.adjectives.values()
                 if state.lower() in text.split() or f"{state.lower()}s" in text.split()
                 or (state == "USA" and text.startswith("us-"))}
        if not known:
            return True
        stems = {adj for adj, state in self.adjectives.items() if state in known}
        return any(demonym.startswith(adj[:4]) for adj in stems)  # "franzose": "französisch"

    def _party_words(self, ent: Entity) -> set[str]:
        """Lower-case words of a person's roles ("CDU-Fraktionsvize" → cdu, fraktionsvize) and of
        a parenthesis after a mention of the name ("Alexander Schweitzer (SPD)")."""
        words = {w for r in ent.roles for w in re.split(r"[\s-]+", r.lower())}
        for m in ent.mentions:
            if m.tok_end + 1 < len(self.doc) and self.doc[m.tok_end].text == "(":
                words.add(self.doc[m.tok_end + 1].lower_)
        return words

    def epithet(self, noun: Token) -> Entity | None:
        """The person a descriptive noun after a cue stands for (", sagte der Ozeanograf",
        "sagte der Medienrechtler"): the one named last, in this or the two sentences before,
        outside quotations, agreeing in gender; the noun becomes a mention of that person."""
        article = noun.nbor(-1) if noun.i > 0 else None
        if article is None or article.lower_ not in {"der", "die"} or not noun.text[:1].isupper() \
                or not PERSON_NOUN_RE.search(noun.lower_) or noun.morph.get("Number") == ["Plur"]:
            return None
        start = [s for s in self.doc.sents if s.start <= noun.i][-3:][0].start
        gender = self._phrase_gender(article, noun)
        persons = [(m.tok_start, e) for e in self.entities.values()
                   if e.type == "person" and self._agrees(e, gender)
                   for m in e.mentions if start <= m.tok_start < noun.i and not self._in_quotation(m.start)]
        if not persons:
            return None
        ent = max(persons, key=lambda p: p[0])[1]
        self.attach(ent, self.mention(article.i, noun.i + 1, "role"))
        return ent

    def gender(self, ent: Entity) -> str | None:
        """"m" or "f" when the text shows it: the given name (``data/given_names.tsv``), a
        feminine role ("Kanzlerin") or "Frau"/"Herr" before the name; else None."""
        given = self.lex.name_genders.get(ent.name.split()[0]) if ent.type == "person" else None
        if given:
            return given
        words = [w.lower() for text in (*ent.roles, *ent.aliases) for w in text.split()[:1]]
        if any(w == "frau" or (w.endswith("in") and w[:-2] in self.person_nouns) for w in words):
            return "f"
        return "m" if "herr" in words else None

    def _agrees(self, ent: Entity, gender: str | None) -> bool:
        known = self.gender(ent)
        return known is None or gender is None or known == gender

    def _phrase_gender(self, article: Token, noun: Token) -> str | None:
        """Gender of a role, age or demonym phrase: "die Kanzlerin", "die 68-Jährige",
        "der Niederländer" / "der 68-Jährige", "dem 68-Jährigen"; None when unsure."""
        word, art = noun.lower_.rsplit("-", 1)[-1], article.lower_
        if word.endswith("in") and word[:-2] in self.person_nouns:
            return "f"
        if word.endswith("jährige"):
            return {"die": "f", "der": "m"}.get(art)
        if word.endswith("jährigen"):
            return {"dem": "m", "den": "m", "des": "m"}.get(art)
        if art in {"der", "dem", "den", "des"} and word in self.person_nouns:
            return "m"  # "der Niederländer", "dem Kanzler", "der Deutsche"
        return None

    def _in_quotation(self, char: int) -> bool:
        return any(qs < char < qe for qs, qe in self.adoc.quotes)

    def _office_holders(self, role: str) -> set[str]:
        """Who held ``role`` at the article's date (at any date when it has none), from
        ``generator/data/offices.yml``; empty for roles it does not list."""
        return {h["name"] for office in self.lex.offices if role.lower() in office["roles"]
                for h in office["holders"] if self._in_office(h)}

    def _in_office(self, holder: dict[str, object]) -> bool:
        """Whether an ``offices.yml`` holder held the office at the article's date (any date
        when it has none)."""
        date = self.adoc.raw.meta.date or ""
        start, end = str(holder["from"]), str(holder.get("to") or "")
        return not date or (start <= date and (not end or date < end))

    def _demonym_adjectives(self) -> None:
        """"russischen Vormarsch": an adjective naming a state is a mention of that state."""
        for token in self.doc:
            if token.i in self.token_entity or (token.text[:1].isupper() and not token.is_sent_start):
                continue
            stem = re.sub(r"(e|en|em|er|es)$", "", token.lower_)
            state = self.adjectives.get(stem)
            if state:
                ent = self.entity(f"state:{state}", state, "state")
                self.attach(ent, self.mention(token.i, token.i + 1, "adjective"))

    def _anonymous_base(self, token: Token) -> str | None:
        """The anonymous-source noun a word is or ends in ("Regierungssprecher"), not counting
        compounds that name things ("Steinwerkzeuge")."""
        return None if self.lex.names_thing(token.lower_) else noun_base(token, self.lex.anonymous_nouns)

    def _anonymous(self) -> None:
        counter: dict[str, int] = {}
        for token in self.doc:
            if token.i in self.token_entity or not token.text[:1].isupper():
                continue
            base = self._anonymous_base(token)
            if not base or (base in {"person", "personen", "quelle"} and not self._has_modifier(token)):
                continue
            nxt = token.nbor(1) if token.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.i in self.token_entity and self.entities[
                    self.token_entity[nxt.i]].type == "person" and not (
                    bare_plural(token) and token.lower_.endswith(("n", "s"))):
                continue  # "Sprecher Steffen Seibert": a title (not "laut Medienberichten Alonso")
            if base in SPOKES_NOUNS and self._spokes_for(token):
                continue
            if self._state_organ(token) or self._investigators(token) or self._analysts_of(token):
                continue
            first = token.i
            mods = []
            while first - 1 >= token.sent.start and (
                    self.doc[first - 1].pos_ in {"ADJ", "NUM"}
                    or (self.doc[first - 1].text[:1].islower() and self.doc[first - 1].lower_.endswith(
                        ("er", "en", "em", "e", "es")) and self.doc[first - 1].lower_ not in ARTICLES
                        and self.doc[first - 1].pos_ not in {"VERB", "AUX", "ADP", "PRON", "DET",
                                                             "ADV", "CCONJ", "SCONJ", "PART"}
                        and self.doc[first - 1].is_alpha)):
                first -= 1
                mods.insert(0, self.doc[first])
            start_i = first - 1 if first - 1 >= 0 and self.doc[first - 1].lower_ in ARTICLES else first
            name = self._anon_name(mods, token)
            another = any(m.lower_.startswith(("weiter", "ander")) for m in mods)
            key = f"anonymous:{name}"
            if another or (key in self.entities and self._is_indefinite(start_i)
                           and any(m.tok_start < token.i for m in self.entities[key].mentions)
                           and mods):
                counter[name] = counter.get(name, 1) + 1
                key = f"{key}#{counter[name]}"
            ent = self.entity(key, name, "anonymous")
            self.attach(ent, self.mention(start_i, token.i + 1, "anonymous"))

    def _state_organ(self, token: Token) -> bool:
        """"des israelischen Militärs" (a state's organ with the definite article: the state),
        "ein Armeesprecher" (the one state named in this or the sentence before); not "ein
        israelischer Militär" (an officer)."""
        state = None
        start = token.i - 1 if token.i > 0 and self.doc[token.i - 1].lower_ in ARTICLES else token.i
        if self.lex.state_organ(token.lower_) and token.i >= 2 and \
                self.doc[token.i - 2].lower_ in {"des", "das", "dem", "der"}:
            state, start = self.at(token.i - 1), token.i - 2
            state = state if state is not None and state.type == "state" else None
        elif re.fullmatch(r"(armee|militär|streitkräfte)s?sprecher(in)?", token.lower_):
            sents = [s for s in self.doc.sents if s.start <= token.i][-2:]
            found = {self.token_entity[t] for s in sents for t in range(s.start, s.end)
                     if t in self.token_entity and self.entities[self.token_entity[t]].type == "state"}
            state = self.entities[found.pop()] if len(found) == 1 else None
        if state is None:
            return False
        self.attach(state, self.mention(start, token.i + 1, "role"))
        return True

    def _analysts_of(self, token: Token) -> bool:
        """"Analysten des Instituts für Kriegsstudien (ISW)", "Experten des RKI": the institution
        they write for speaks, not unnamed sources."""
        if noun_base(token, ANALYST_NOUNS) is None or token.i + 2 >= len(self.doc) \
                or self.doc[token.i + 1].lower_ not in {"des", "der"}:
            return False
        for t in self.doc[token.i + 2 : token.i + 9]:
            if t.is_punct and t.text not in {"(", ")", "-"}:
                return False
            ent = self.at(t.i)
            if ent is not None and ent.type in {"organization", "media"}:
                self.attach(ent, self.mention(token.i, token.i + 1, "role"))
                return True
        return False

    def _investigators(self, token: Token) -> bool:
        """"Die Ermittler" after the police or prosecutors were named: that body (the last one
        named), not an unnamed source."""
        if token.lower_ not in {"ermittler", "ermittlern"} or token.i == 0 \
                or self.doc[token.i - 1].lower_ not in {"die", "den", "der"}:
            return False
        bodies = [e for e in self.entities.values() if e.type == "organization" and any(
            w in e.name.lower() for w in ("polizei", "staatsanwaltschaft", "kriminalamt", "lka", "bka"))
            and self._last_before(e, token.i) >= 0]
        if not bodies:
            return False
        body = max(bodies, key=lambda e: self._last_before(e, token.i))
        self.attach(body, self.mention(token.i - 1, token.i + 1, "role"))
        return True

    def _has_modifier(self, token: Token) -> bool:
        return token.i > 0 and self.doc[token.i - 1].pos_ == "ADJ"

    def _is_indefinite(self, i: int) -> bool:
        return self.doc[i].lower_.startswith("ein")

    def _anon_name(self, mods: list[Token], noun: Token) -> str:
        """Nominative name of an unnamed source: "einem hochrangigen Nato-Diplomaten" →
        "hochrangiger Nato-Diplomat", "aus Regierungskreisen" → "Regierungskreise"."""
        feminine = noun.lower_.endswith("in")
        words = [stem + ("e" if feminine else "er")
                 for mod in mods if not (mod.like_num or mod.tag_ == "CARD")  # "500 Mitarbeiter"
                 and (stem := re.sub(r"(e|en|em|er|es)$", "", mod.lower_)) not in QUANTIFIERS]
        prefix, _, head = noun.text.rpartition("-")
        base = self._anonymous_base(noun) or head.lower()
        if base == "kreise" or head.lower().endswith(("kreise", "kreisen")):
            word = head.removesuffix("n")  # plural-only "Kreise"
        elif head.lower().endswith(base) and len(head) > len(base):
            word = head[: len(head) - len(head.lower()) + len(head.lower().rsplit(base, 1)[0])] + base
            word = word[0].upper() + word[1:]  # a closed compound: "Regierungsbeamter"
        else:
            word = base.capitalize()
        return " ".join([*words, f"{prefix}-{word}" if prefix else word])

    def _spokes_for(self, token: Token) -> bool:
        """"ein Sprecher des Ministeriums", "eine Sprecherin von Siemens", "ein Konzernsprecher",
        "eine Bahnsprecherin": the organisation speaks; map to it."""
        start = token.i - (1 if token.i > 0 and self.doc[token.i - 1].lower_ in ARTICLES else 0)
        compound = re.fullmatch(r"(.+?)s?sprecher(in)?", token.lower_)
        prefix = compound.group(1) if compound else ""
        org, end = None, token.i + 1
        if prefix in self._generic:  # "ein Konzernsprecher": the company meant
            org = self._generic_referent(prefix, self._generic[prefix], token.i)
        elif prefix and (name := self.lex.institution(prefix.capitalize())):
            org = self._institution(name, token.i)  # "ein Polizeisprecher": the police
        elif prefix:  # "eine Bahnsprecherin": a word of its name
            org = next((e for e in self.entities.values() if e.type == "organization" and not e.local
                        and prefix in e.name.lower().split()
                        and any(m.tok_start < token.i for m in e.mentions)), None)
            written = token.text[: len(prefix)].rstrip("-")
            if org is None and "-" in token.text and re.fullmatch(r"[A-ZÄÖÜ][\wÄÖÜäöüß&]+", written) \
                    and not written.lower().endswith(LINKED_NOUN_ENDINGS):
                # "Ein BASF-Sprecher", "ein Evonik-Sprecher": the company (not "Regierungs-")
                org = self.entity(f"organization:{written}", written, "organization")
        j = token.i + 1
        if org is None and j + 1 < len(self.doc) and self.doc[j].lower_ in {"des", "der", "von", "vom"}:
            # "ein Sprecher des Ministeriums", "ein Sprecher des Betreibers BASF"
            k = j + 2 if self.doc[j + 1].pos_ == "NOUN" and j + 2 < len(self.doc) \
                and (j + 1) not in self.token_entity else j + 1
            key = self.token_entity.get(k)
            if key and self.entities[key].type in {"organization", "state", "media"}:
                org = self.entities[key]  # the whole name: "des Nationalen Sicherheitsrats"
                end = next((m.tok_end for m in org.mentions if m.tok_start <= k < m.tok_end), k + 1)
        if org is None and token.lower_ in {"sprecher", "sprecherin"}:
            org = self._only_org_near(token)  # "Das BAMF verzeichnete …, so eine Sprecherin."
        if org is None:
            return False
        self.attach(org, self.mention(start, end, "role"))
        return True

    def _only_org_near(self, token: Token) -> Entity | None:
        """The one organisation or outlet named in the sentence of a bare "ein Sprecher", else
        in the sentence before; none if a person is named there too (whose spokesperson?)."""
        sents = [s for s in self.doc.sents if s.start <= token.i][-2:]
        for sent in reversed(sents):
            found = {self.token_entity[t] for t in range(sent.start, sent.end) if t in self.token_entity}
            types = {self.entities[key].type for key in found}
            if "person" in types:
                return None
            orgs = [key for key in found if self.entities[key].type in {"organization", "media"}]
            if orgs:
                return self.entities[orgs[0]] if len(orgs) == 1 else None
        return None

    def quoted_name(self, tokens: list[Token], media: bool = False) -> Entity | None:
        """An outlet or organisation a source phrase names in quotation marks that no list or
        model knew ("laut der „Lippischen Landes-Zeitung“"): an outlet if a media word ends it
        ("Zeitung", "Magazin"), else an organisation; None without a quoted title-case name."""
        opening = next((k for k, t in enumerate(tokens) if t.text in {"„", "»"}), None)
        if opening is None:
            return None
        closing = next((k for k in range(opening + 1, len(tokens)) if tokens[k].text in CLOSING_QUOTES), None)
        words = tokens[opening + 1 : closing] if closing is not None else []
        if not 0 < len(words) <= 5 or not all(w.text[:1].isupper() for w in words if w.is_alpha) \
                or any(w.i in self.token_entity for w in words):
            return None
        name = " ".join(w.text for w in words)
        if opening > 0 and tokens[opening - 1].lower_ == "der":  # the dative: "der „…Allgemeinen“"
            name = feminine_dative_nominative(name)
        last = name.split()[-1].rsplit("-", 1)[-1].lower()
        media = media or any(last.endswith(word) for word in self.lex.entities["media_words"])
        typ: ActorType = "media" if media else "organization"
        ent = self.entity(f"{typ}:{name}", name, typ)
        self.attach(ent, self.mention(words[0].i, words[-1].i + 1, "name"))
        return ent

    def entourage(self, tokens: list[Token]) -> Entity:
        """An unnamed source around someone ("Umfeld von Kanzler Merz", "Umfeld des Ministers")."""
        name = " ".join(t.text for t in tokens if not t.is_punct)
        ent = self.entity(f"anonymous:{name}", name, "anonymous")
        self.attach(ent, self.mention(tokens[0].i, tokens[-1].i + 1, "anonymous"))
        return ent

    def genitive_org(self, tokens: list[Token]) -> Entity | None:
        """An organisation no list or model knew, named in the genitive of a source phrase by a
        compound with an institution's head ("einer Auswertung des GKV-Spitzenverbands", "nach
        Angaben des Bundesrechnungshofs"): a new actor under its nominative name."""
        for k in range(len(tokens) - 1):
            if tokens[k].lower_ not in {"des", "eines"}:
                continue
            word = tokens[k + 1]
            low = word.lower_
            stem = low[:-2] if low.endswith("es") else low[:-1] if low.endswith("s") else ""
            head = next((h for h in ORG_HEADS if stem.endswith(h) and len(stem) > len(h) + 3), None)
            if head is None or not word.text[:1].isupper() or word.i in self.token_entity:
                continue
            name = word.text[: len(stem)]
            ent = self.entity(f"organization:{name}", name, "organization")
            self.attach(ent, self.mention(word.i, word.i + 1, "name"))
            return ent
        return None

    def compound_source(self, token: Token) -> Entity | None:
        """The actor a compound report noun names ("Nach Polizeiangaben", "laut
        ZDF-Hochrechnung", "Nach dpa-Informationen"): an actor of the article or a known
        name, else an institution noun; the word becomes a mention of it."""
        prefix = self.lex.report_prefix(token.text)
        if not prefix:
            return None
        ent = next((e for e in self.entities.values() if prefix in (e.name, *e.aliases)), None)
        known = self._gazetteer.get(tuple(self._tokens(prefix))) if ent is None else None
        if known is not None:
            ent = self.entity(f"{known[1]}:{known[0]}", *known)
        closed = ent is None and "-" not in token.text  # "Polizeiangaben", not "dpa-Informationen"
        name = self.lex.institution(prefix[:1].upper() + prefix[1:]) if closed else None
        if name is not None:
            ent = self._institution(name, token.i)
        if ent is not None:
            self.attach(ent, self.mention(token.i, token.i + 1, "compound"))
        return ent

    # -- queries for claims ------------------------------------------------------------
    def at(self, token_i: int) -> Entity | None:
        key = self.token_entity.get(token_i)
        return self.entities.get(key) if key else None

    def resolve_pronoun(self, token: Token) -> Entity | None:
        """The person an "er"/"sie" (singular) or "dieser" refers to (the most salient one
        mentioned before), or "letztere" / "erstere" (the last / the one before)."""
        lower = token.lower_
        if lower not in PERSON_PRONOUNS or (lower == "dieser" and token.pos_ != "PRON"):
            return None
        if lower in ORDINAL_PRONOUNS and token.i + 1 < len(self.doc) \
                and self.doc[token.i + 1].pos_ in {"NOUN", "PROPN", "ADJ"}:
            return None  # "Erstere Alternative": an adjective, not a pronoun
        if lower == "sie" and "Plur" in token.head.morph.get("Number"):
            return None
        gender = {"er": "m", "sie": "f"}.get(lower)  # "Er" is not Angela Merkel
        unnamed, spokes = self._unnamed_subject_before(token, gender)
        if spokes is not None:
            self.attach(spokes, self.mention(token.i, token.i + 1, "pronoun"))
        if unnamed:
            return spokes
        persons = [e for e in self.entities.values() if e.type == "person"
                   and any(m.tok_start < token.i for m in e.mentions)
                   and self._agrees(e, gender)]
        if not persons:
            return None
        if lower in ORDINAL_PRONOUNS:
            # "so letztere": the person named last; "erstere": the one named before that
            last = sorted(persons, key=lambda e: -self._last_before(e, token.i))
            ent = last[0] if lower.startswith("letzter") or len(last) < 2 else last[1]
            self.attach(ent, self.mention(token.i, token.i + 1, "pronoun"))
            return ent
        window = self._salience_window(token)
        ent = max(persons, key=lambda e: self._salience(e, token.i, window))
        self.attach(ent, self.mention(token.i, token.i + 1, "pronoun"))
        return ent

    def resolve_possessive(self, token: Token) -> Entity | None:
        """The person a possessive in a source phrase refers to ("nach seinen Worten", "ihrer
        Ansicht nach"): the most salient one of that gender mentioned before."""
        lower = token.lower_
        gender = "m" if lower.startswith("sein") else "f" if lower.startswith("ihr") else None
        if gender is None or token.tag_ not in {"PPOSAT", ""}:
            return None
        persons = [e for e in self.entities.values() if e.type == "person"
                   and any(m.tok_start < token.i for m in e.mentions) and self._agrees(e, gender)]
        if not persons:
            return None
        window = self._salience_window(token)
        return max(persons, key=lambda e: self._salience(e, token.i, window))

    def _unnamed_subject_before(self, pronoun: Token, gender: str | None) -> tuple[bool, Entity | None]:
        """Whether the subject of the sentence before is an unnamed person or source the subject
        pronoun of the same gender refers to, and its actor: an unnamed spokesperson or source
        ("Ein Sprecher des Klinikums wollte das nicht bestätigen. Er verwies auf …"), or no actor
        for a role noun the text never names ("Sein Anwalt bestreitet die Vorwürfe. Sein
        Mandant habe nichts damit zu tun, sagte er": not the minister named before)."""
        if gender is None or not self.doc.has_annotation("DEP") or pronoun.dep_ not in {"nsubj", "sb"} \
                or pronoun.sent.start == 0:
            return False, None
        before = self.doc[pronoun.sent.start - 1].sent
        t = next((t for t in before if t.dep_ in {"nsubj", "sb"} and t.head == before.root), None)
        if t is None or t.pos_ != "NOUN" or (t.lower_.endswith("in")) != (gender == "f"):
            return False, None
        key = self.token_entity.get(t.i)
        named = any(self.at(x.i) is not None and self.at(x.i).type == "person" for x in t.subtree)
        if key is None and named:
            return False, None  # "Der Vizekanzler … Franz Müntefering (SPD), hat …"
        if key is None:  # an unnamed role ("Sein Anwalt"): whoever it is, not someone named
            lemma = t.lemma_.lower()
            return (self.is_role(t) or PERSON_NOUN_RE.search(lemma) is not None) and \
                "Plur" not in t.morph.get("Number"), None
        mention = next((m for m in self.entities[key].mentions if m.tok_start <= t.i < m.tok_end), None)
        if mention is None or mention.kind not in {"role", "anonymous", "compound"} \
                or self.entities[key].type == "person" \
                or noun_base(t, SPOKES_NOUNS | self.lex.anonymous_nouns) is None:
            return False, None
        return True, self.entities[key]

    def _salience_window(self, pronoun: Token) -> int | None:
        """First token of the sentence ``SALIENCE_SENTENCES`` before the pronoun's (None
        without a parse)."""
        if not self.doc.has_annotation("DEP"):
            return None
        window = pronoun.sent.start
        for _ in range(SALIENCE_SENTENCES):
            window = self.doc[window - 1].sent.start if window > 0 else 0
        return window

    def _salience(self, ent: Entity, pronoun: int, window: int | None) -> tuple[bool, int]:
        """Rank of a candidate antecedent: a person who was a subject since ``window`` comes
        first ("Nach Gesprächen sei er zu dem Schluss gekommen, dass er zu keiner anderen
        Lagebeurteilung als der Bundeskanzler komme. Die Bürger forderte er auf"), then the
        most recently mentioned."""
        before = [m for m in ent.mentions if m.tok_start < pronoun]
        last = max(m.tok_start for m in before)
        subject = window is not None and any(
            m.tok_start >= window and self._subject_mention(m) for m in before)
        return subject, last

    def _institutions(self) -> None:
        """"das Innenministerium", "die Polizei", "des Landratsamtes": an institution the text
        names by a common noun is an actor of this article only (``local``: another article's
        "Polizei" is another body); a shorter noun later ("das Ministerium") is the institution
        it last ended ("Innenministerium")."""
        for token in self.doc:
            if token.i in self.token_entity or not token.text[:1].isupper() \
                    or token.pos_ not in {"NOUN", "PROPN"}:
                continue
            name = self.lex.institution(token.text)
            if name is None or self.lex.names_thing(token.lower_):
                continue
            if token.i + 1 < len(self.doc) and (token.i + 1) in self.token_entity:
                continue  # "Die US-Raumfahrtbehörde Nasa": the name that follows is the actor
            if self.lex.body(token.text) and self._governed(token):
                continue  # "in der Stadt": a place, not the town's administration
            place = self.at(token.i + 2) if token.i + 2 < len(self.doc) \
                and self.doc[token.i + 1].lower_ in {"in", "aus"} else None
            if place is not None and place.type == "state" and any(
                    organ in token.lower_ for organ in ("ministerium", "regierung", "präsidialamt")):
                # "das Außenministerium in Peking": the state speaks through its ministry (not
                # "die Polizei in Rom", a body of that city)
                self.attach(place, self.mention(token.i, token.i + 1, "institution"))
                continue
            self.attach(self._institution(name, token.i), self.mention(token.i, token.i + 1, "institution"))

    def _governed(self, noun: Token) -> bool:
        """Whether a preposition governs the noun ("in der Stadt", "für den Betriebsrat")."""
        k = noun.i - 1
        while k >= 0 and (self.doc[k].lower_ in ARTICLES or self.doc[k].pos_ in {"ADJ", "DET"}):
            k -= 1
        return k >= 0 and self.doc[k].pos_ == "ADP"

    def _institution(self, name: str, before: int) -> Entity:
        """The actor for an institution noun before token ``before``: a named organisation with
        that word in its name ("Oberlandesgericht Düsseldorf … das Gericht"), else the local one
        of that name, else the last local one whose name ends in it ("das Ministerium" after "das
        Innenministerium"; "die Behörde" is any), else a new local one."""
        key = f"institution:{name}"
        low = name.lower()
        if key not in self.entities:
            authority = AUTHORITY_HEADS if low == "behörde" else ()  # "Die Bundesnetzagentur … Die Behörde"
            named = [e for e in self.entities.values() if not e.local and e.type == "organization"
                     and any(w.lower().endswith((low, *authority)) for w in e.name.split())]
            earlier = [e for e in self.entities.values() if e.local and e.type == "organization"
                       and e.name != name and (e.name.lower().endswith(low) or low == "behörde")]
            for group in (named, earlier):
                group = [e for e in group if self._last_before(e, before) >= 0]
                if group:
                    found = max(group, key=lambda e: self._last_before(e, before))
                    if not found.local:
                        return found
                    key = found.key
                    break
        ent = self.entity(key, name, "organization")
        ent.local = True
        return ent

    @staticmethod
    def _last_before(ent: Entity, before: int) -> int:
        """Token index of the entity's last mention before ``before``, else -1."""
        return max((m.tok_start for m in ent.mentions if m.tok_start < before), default=-1)

    def _teams(self) -> None:
        """"Die Wissenschaftler um den Geologen Joel Hurowitz … schreiben die Forscher": a group
        introduced with "um" and a person is that person's team; later "die Forscher", "die
        Autoren", "das Team" refer to it, and the person speaks for it."""
        leader: Entity | None = None
        for token in self.doc:
            if token.lower_ == "um" and token.i > 0 and self._team_noun(self.doc[token.i - 1]):
                leader = next((e for t in self.doc[token.i + 1 : token.i + 5]
                               if (e := self.at(t.i)) is not None and e.type == "person"), leader)
            elif leader is not None and self._team_noun(token) and token.i not in self.token_entity \
                    and token.i > 0 and self.doc[token.i - 1].lower_ in {"die", "das", "den", "der"} \
                    and (token.i + 1 >= len(self.doc) or self.doc[token.i + 1].lower_ != "um"):
                self.attach(leader, self.mention(token.i - 1, token.i + 1, "role"))

    @staticmethod
    def _team_noun(token: Token) -> bool:
        return token.lemma_.lower() in TEAM_NOUNS or token.lower_ in TEAM_NOUNS

    def _org_references(self) -> None:
        """"Das dementierte die Firma", "der Verein", "die Zeitung": a generic noun with a
        definite article refers back to an organisation (or outlet), see :meth:`_generic_referent`."""
        for token in self.doc:
            noun = self._generic_noun(token)
            typ = self._generic.get(noun) if noun else None
            if typ is None or token.i in self.token_entity or not token.text[:1].isupper():
                continue
            j = token.i - 1
            while j >= 0 and self.doc[j].pos_ == "ADJ":
                j -= 1
            if j < 0 or self.doc[j].lower_ not in {"der", "die", "das", "des", "dem", "den"}:
                continue
            if self.is_role(token) and self.doc[j].lower_ not in {"die", "den"}:
                continue  # "der Richter" is a person; "die Richter" the court
            nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.lower_ in {"der", "des"} and any(
                    t.text[:1].isupper() and t.is_alpha for t in self.doc[token.i + 2 : token.i + 4]):
                continue  # "des Instituts der deutschen Wirtschaft": a name, not a reference
            named_after = nxt is not None and nxt.text[:1].isupper() and nxt.i + 1 < len(self.doc) and (
                nxt.i + 1 in self.token_entity or bool(self.doc[nxt.i + 1].ent_type_))
            if nxt is not None and (nxt.i in self.token_entity or nxt.ent_type_ or nxt.text in QUOTE_MARKS
                                    or nxt.pos_ == "PROPN" or named_after):
                continue  # "der Verein FC Bayern", "die Zeitung „Bild“", "die Firma Windkraft Süd GmbH"
            found = self._generic_referent(noun, typ, j)
            if found is not None:
                self.attach(found, self.mention(j, token.i + 1, "role"))

    def _generic_noun(self, token: Token) -> str | None:
        """The generic organisation noun a word is, also in the genitive ("des Vereins",
        "des Unternehmens", "des Konzerns")."""
        low = token.lower_
        for form in (low, low.removesuffix("s"), low.removesuffix("es")):
            if form in self._generic and (form == low or token.morph.get("Case") in (["Gen"], [])):
                return form
        return None

    def _generic_referent(self, noun: str, typ: str, before: int) -> Entity | None:
        """The organisation a generic noun ("Firma", "Konzern") means: the one the text
        introduced with that noun ("der Firma Euryza", "der Presseagentur Xinhua"), else the
        only one named in the last three sentences that no other generic noun introduced
        ("des Fahrgastverbands Pro Bahn" is no "Konzern"); else none."""
        def introduced_by(e: Entity) -> set[str]:
            # the noun before a name ("der Firma Euryza") or one that already referred back to
            # it ("Das bestätigte der Verein"; a "Vereinssprecher" later is its spokesperson)
            return {w for m in e.mentions if m.tok_start > 0 for w in self._generic
                    if self._noun_before(m.tok_start).rstrip("s").endswith(w)
                    or (m.kind == "role" and self.doc[m.tok_end - 1].lower_ == w)}
        only = self._only.get(noun)
        candidates = {e.key: introduced_by(e) for e in self.entities.values() if e.type == typ
                      and not e.local and any(m.tok_start < before for m in e.mentions)
                      and (only is None or noun in e.name.lower()
                           or any(o.lower() in e.name.lower() for o in only))}
        covered = {noun, *self._covers.get(noun, ())}  # "das Unternehmen" is also the "Konzern"
        introduced = [key for key, nouns in candidates.items() if nouns & covered]
        if len(introduced) == 1:
            return self.entities[introduced[0]]
        start = [s for s in self.doc.sents if s.start <= before][-4:][0].start
        recent = [self.entities[key] for key, nouns in candidates.items() if not nouns - covered
                  and any(start <= m.tok_start < before for m in self.entities[key].mentions)]
        return recent[0] if len(recent) == 1 else None

    def _noun_before(self, start: int) -> str:
        """The word before a name, past one name word the model left out ("der Firma |
        Windkraft | Süd GmbH"), lower case."""
        k = start - 1
        word = self.doc[k].lower_
        generic = any(word.rstrip("s").endswith(w) for w in self._generic)
        if not generic and k > 0 and self.doc[k].pos_ in {"PROPN", "NOUN"} \
                and self.doc[k].text[:1].isupper() and k not in self.token_entity:
            return self.doc[k - 1].lower_
        return word

    def _subject_mention(self, m: Mention) -> bool:
        """The mention is a clause subject (or a name apposed to one: "er, Köhler,")."""
        head = self.doc[m.tok_start]
        while head.head.i != head.i and m.tok_start <= head.head.i < m.tok_end:
            head = head.head
        if head.dep_ in {"appos", "flat", "flat:name"} and head.head.i != head.i:
            head = head.head
        return head.dep_ in {"nsubj", "nsubj:pass"}

    # -- output ------------------------------------------------------------------------
    def actors(self) -> list[Actor]:
        ids: dict[str, str] = {}
        out = []
        for ent in sorted(self.entities.values(), key=lambda e: (e.first, e.key)):
            base = make_slug(ent.name, max_length=60) or "akteur"
            if RESERVED_ID.match(base):
                base = f"{base}-akteur"  # would collide with an index page of akteure/
            aid, n = base, 2
            while aid in ids.values():
                aid, n = f"{base}-{n}", n + 1
            ids[ent.key] = aid
            if ent.type == "anonymous" and not ent.quoted:
                continue  # "Beamte sollen einzahlen": a common noun, not an unnamed source
            mentions = sorted({(m.start, m.end) for m in ent.mentions})
            out.append(Actor(
                id=aid, name=ent.name, type=ent.type, roles=list(ent.roles),
                aliases=sorted(a for a in ent.aliases if a.lower() != ent.name.lower()),
                mentions=[Span(s, e, self.text[s:e]) for s, e in mentions],
                quoted=ent.quoted, local=ent.local or ent.type == "anonymous",
            ))
        self.ids = ids
        return out
