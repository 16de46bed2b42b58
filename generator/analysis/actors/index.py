"""The entity index of one article: mentions, entities and the bookkeeping and shared
tests (roles, gender, offices) that every actor pass uses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from generator.analysis.document import ArticleDoc
from generator.analysis.lexicon import Lexicon
from generator.analysis.phrases import CLOSING_QUOTES, OPENING_QUOTES
from generator.model import ActorType
from generator.nlp.gazetteer_data import load_gazetteer
from generator.roles import merge_role

ARTICLES = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem",
            "einen"}
# endings of nouns for people: "Kapitän", "Insolvenzverwalter", "Pilot" (and "Sportvorstand")
PERSON_NOUN_RE = re.compile(r"(er|or|ist|yst|ent|ant|eur|euse|än|är|at|ot|aut|arch|ege|oge|og|iker|ling"
                            r"|graf|graph|e|vorstand|wirt|arzt|ärztin)(in)?$")
# kin of someone ("Sein Onkel", "die Tochter des Opfers")
KIN_NOUNS = {"tochter", "sohn", "vater", "mutter", "bruder", "schwester", "frau", "mann", "witwe",
             "witwer", "ehefrau", "ehemann", "enkel", "enkelin", "neffe", "nichte", "onkel", "tante"}
# nouns for a person the text does not name, unnamed sources when they speak ("Eine Frau sagte")
STRANGER_NOUNS = frozenset({"frau", "mann", "urlauber", "urlauberin", "besucher", "besucherin",
                            "autofahrer", "autofahrerin", "fahrgast", "kunde", "kundin", "abonnent",
                            "abonnentin", "leser", "leserin", "zuschauer", "zuschauerin", "zuhörer",
                            "zuhörerin", "gast", "spaziergänger", "spaziergängerin", "radfahrer",
                            "radfahrerin", "fußgänger", "fußgängerin", "pendler", "pendlerin", "mieter",
                            "mieterin", "wähler", "wählerin", "rentner", "rentnerin", "inhaber",
                            "inhaberin", "händler", "händlerin", "patient", "patientin", "fan",
                            "nutzer", "nutzerin", "besitzer", "besitzerin", "fahrer", "fahrerin",
                            "arbeiter", "arbeiterin", "schüler", "schülerin", "student", "studentin",
                            "lehrer", "lehrerin", "pfleger", "pflegerin", "einwohner", "einwohnerin",
                            "käufer", "käuferin", "verkäufer", "verkäuferin", "demonstrant",
                            "demonstrantin", "aktivist", "aktivistin", "anleger", "anlegerin",
                            "sparer", "sparerin", "unternehmer", "unternehmerin", "angehörige",
                            "angehöriger", "reisende", "reisender", "hebamme", "krankenschwester",
                            "landwirt", "landwirtin", "bauer", "bäuerin", "handwerker", "handwerkerin",
                            "passant", "passantin", "anwohner", "anwohnerin", "nachbar", "nachbarin"})
# endings of masculine nouns said of women and men alike ("der Teenager", "der Publikumsliebling")
EPICENE_ENDINGS = ("ling", "star", "teenager", "gast", "mensch", "profi", "fan", "single", "boss")
# endings of feminine person nouns after "die" ("die Kunsthistorikerin", "die Pianistin")
FEMININE_PERSON_ENDINGS = ("erin", "istin", "antin", "entin", "login", "grafin", "eurin", "ötin")
# feminine nouns for people and sources that do not end in "-in" ("Die Tochter des Opfers … sagte
# sie", "eine vertraute Person")
FEMININE_NOUNS = frozenset({"frau", "mutter", "tochter", "schwester", "ehefrau", "witwe", "großmutter",
                            "tante", "nichte", "cousine", "schwiegermutter", "stieftochter", "person",
                            "quelle", "fachfrau", "beamtin"})
# family ties a text may name a speaker by ("sagte ihre Mutter")
RELATIVE_NOUNS = frozenset({"mutter", "vater", "sohn", "tochter", "bruder", "schwester", "ehefrau",
                            "ehemann", "witwe", "witwer", "großmutter", "großvater", "onkel", "tante"})
# what a medium publishes on or in ("die Internet-Nachrichtensite", "die Online-Ausgabe"): no person
PAGE_WORDS = ("site", "seite", "ausgabe")
SHORT_HEADS = ("chefin", "chef", "bund", "ärztin", "arzt")  # closed-compound heads shorter than five letters
ALIAS_QUOTES = str.maketrans("", "", "„“”\"»«")
# kinds of institution a spokesperson speaks for when the text names no body ("der Aufsicht",
# "des Ostkommandos", "der Berliner Strafgerichte", "des Bündnisses")
BODY_HEADS = ("amt", "ämter", "behörde", "behörden", "aufsicht", "ministerium", "kommission", "polizei",
              "präsidium", "verwaltung", "gericht", "gerichte", "kommando", "bündnis", "netzwerk",
              "initiative", "verband", "verein", "regierung", "botschaft", "konsulat", "fraktion", "partei",
              "armee", "streitkräfte", "staatsanwaltschaft", "staatsanwaltschaften", "institut", "klinik",
              "klinikum", "krankenhaus", "universität", "hochschule", "schule", "feuerwehr", "stadtwerke",
              "gewerkschaft", "kammer", "stiftung", "organisation", "konzern", "unternehmen", "firma",
              "flughafen", "zoo", "tierpark", "museum", "verlag", "orchester", "theater", "festival",
              "reederei", "verbund", "hersteller", "versicherer", "energieversorger", "fluggesellschaft",
              "autobauer", "krankenkasse", "kanzlei")
# ("Die Behörde" after the Robert Koch-Institut or the "Bundesstelle für Flugunfalluntersuchung")
AUTHORITY_HEADS = ("amt", "agentur", "behörde", "aufsicht", "anstalt", "ministerium", "kommission",
                   "staatsanwaltschaft", "polizei", "präsidium", "verwaltung", "rentenversicherung",
                   "wetterdienst", "institut", "stelle")
# the organs a German Land speaks by (its ministries are actors of their own)
LAND_ORGANS = ("regierung", "staatskanzlei", "kabinett")
# heads of compounds that name one institution ("Spitzenverband", "Bundesrechnungshof")
ORG_HEADS = ("verband", "bund", "amt", "rechnungshof", "gerichtshof", "institut", "rat", "kammer", "bank",
             "agentur", "kommission", "ministerium", "stiftung", "akademie", "gewerkschaft", "konzern")
ACRONYM_HEADS = ("organisation", *AUTHORITY_HEADS, *ORG_HEADS)  # "Europäische Weltraumorganisation ESA"
SPOKES_NOUNS = {"sprecher", "sprecherin", "vertreter", "vertreterin"}
# legal forms that end a company's name ("Daimler AG", "Rhein-Neckar-Verkehr GmbH"), upper case
LEGAL_FORMS = {"AG", "SE", "KG", "OHG", "GBR", "LLC", "PLC", "NV", "BV", "SA", "INC", "LTD", "CORP", "GMBH",
               "AÖR", "EG", "UG"}


@dataclass
class Mention:
    start: int
    end: int
    tok_start: int
    tok_end: int
    text: str
    kind: str  # name | compound | adjective | role | pronoun | anonymous | described | platform | …


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

    def add(self, mention: Mention, alias: bool = True) -> None:
        if all(m.start != mention.start for m in self.mentions):
            self.mentions.append(mention)
        if alias:
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

    def genitive(self, word: str) -> bool:
        """``word`` names the actor in the genitive ("Putins", "Rushdies"), not by a word of its
        name: a noun before it is someone else's role, or people or a thing of the actor's."""
        return word.endswith("s") and word not in self.name.split()


def stems(low: str) -> tuple[str, ...]:
    """A lower-case noun and its forms without a case ending."""
    return (low, *(low.removesuffix(end) for end in ("en", "n", "s")))


def noun_base(token: Token, nouns: frozenset[str] | set[str]) -> str | None:
    """The listed noun a token is, or ends in for compounds ("Regierungssprecher"), else None."""
    for cand in (token.lemma_.lower(), token.lower_):
        head = cand.rsplit("-", 1)[-1]
        forms = stems(head)
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


# Arabic article prefixes of surnames ("al-Safadi", "el-Sisi")
SURNAME_PREFIX_RE = re.compile(r"(?:al|el|ad|ar|as|asch|at|az)-(?=[A-ZÄÖÜ])")


def _capitalized(token: Token) -> bool:
    """A capitalised word, hyphenated ones included ("Hans-Joachim", "Karl-Theodor"), and a
    surname after an Arabic article ("al-Safadi")."""
    text = SURNAME_PREFIX_RE.sub("", token.text, count=1) if token.i > 0 else token.text
    return text[:1].isupper() and all(part.isalpha() for part in text.split("-"))


class ActorIndex:
    """Entities and mentions of one article, with the helpers every pass shares."""

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
        self.listed_roles = frozenset(self.roles)  # (``roles`` gains the titles a text shows)
        self.demonyms = set(lex.entities["demonyms"])
        self.person_nouns = self.roles | self.demonyms
        self._generic = {word: typ for typ, words in lex.entities["org_references"].items()
                         for word in words}
        self._covers: dict[str, list[str]] = lex.entities.get("org_reference_covers", {})
        self._kin: dict[str, list[str]] = lex.entities.get("org_reference_kin", {})
        self._synonyms = {word: set(group) for group in lex.entities.get("role_synonyms", [])
                          for word in group}
        self._parties: dict[str, list[str]] = lex.entities.get("party_members", {})
        self._org_kinds: dict[str, str] = lex.entities.get("org_kind_words", {})
        self._unnamed_references: list[tuple[int, int, str | None]] = []  # article, noun, gender
        self._only: dict[str, list[str]] = lex.entities.get("org_reference_only", {})

    def _build_gazetteer(self) -> dict[tuple[str, ...], tuple[str, ActorType]]:
        gaz: dict[tuple[str, ...], tuple[str, ActorType]] = {}
        kinds: list[tuple[str, ActorType]] = [
            ("states", "state"), ("organizations", "organization"), ("media", "media")]
        surfaces: dict[tuple[str, ...], set[str]] = {}
        for section, typ in kinds:
            for item in self.lex.entities[section]:
                for name in [item["name"], *item.get("names", [])]:
                    key = tuple(self._tokens(name))
                    gaz[key] = (item["name"], typ)
                    surfaces.setdefault(key, set()).add(name)
        # names known only as acronyms ("UN", "WHO"): not "Un" of "Kim Jong Un"
        self.acronyms = {key for key, names in surfaces.items() if all(n.isupper() for n in names)}
        self.adjectives = {adjective: item["name"] for item in self.lex.entities["states"]
                           for adjective in item["adjectives"]}
        self.genitives = {item["name"]: item["genitive"] for item in self.lex.entities["states"]
                          if item["genitive"]}
        self.laender = frozenset(item["name"] for item in self.lex.entities["states"] if item.get("land"))
        return gaz

    @staticmethod
    def _tokens(name: str) -> list[str]:
        return re.findall(r"[\w\-./]+", name.lower())

    def entity(self, key: str, name: str, typ: ActorType) -> Entity:
        key = self.key_alias.get(key, key)
        if key not in self.entities:
            self.entities[key] = Entity(key, name, typ)
        return self.entities[key]

    def land_organ(self, state: Entity | None, organ: Token) -> bool:
        """Whether ``organ`` speaks for ``state``: any organ of a state, but for a German Land only
        its government ("die bayerische Staatsregierung"); a Land's ministries and offices are
        actors of their own ("des bayerischen Kultusministeriums")."""
        return state is None or state.name not in self.laender or organ.lower_.endswith(LAND_ORGANS)

    def untaken_title(self, words: list[Token]) -> bool:
        """Words in quotation marks that can be a name of their own: one to five, title case,
        none of them taken by another name."""
        return 0 < len(words) <= 5 and all(w.text[:1].isupper() for w in words if w.is_alpha) \
            and not any(w.i in self.token_entity for w in words)

    def mention(self, i: int, j: int, kind: str, start: int | None = None,
                end: int | None = None) -> Mention:
        while j - i > 1 and self.doc[j - 1].is_space:
            j -= 1  # a title's line break after the name ("Fiskalrat\n")
        while j - i > 1 and self.doc[i].is_space:
            i += 1
        span = self.doc[i:j]
        s = span.start_char if start is None else start
        e = span.end_char if end is None else end
        inner = set(self.text[s:e])
        if s > 0 and self.text[s - 1] in OPENING_QUOTES and inner & CLOSING_QUOTES \
                and not inner & OPENING_QUOTES:
            s -= 1  # "„Bild“-Zeitung" with both quotation marks (one token is 'Bild“-Zeitung')
        return Mention(s, e, i, j, self.text[s:e], kind)

    def attach(self, ent: Entity, m: Mention, alias: bool = True) -> None:
        ent.add(m, alias)
        for t in range(m.tok_start, m.tok_end):
            self.token_entity.setdefault(t, ent.key)

    def _merge(self, ent: Entity, into: Entity, as_role: bool = False) -> None:
        """Move every mention of ``ent`` to ``into`` and forget ``ent``; with ``as_role`` its
        mentions become role mentions, no other names of ``into`` ("das Verteidigungsministerium"
        of Russia)."""
        for m in ent.mentions:
            for t in range(m.tok_start, m.tok_end):
                if self.token_entity.get(t) == ent.key:
                    self.token_entity[t] = into.key
            if as_role:
                into.add(self.mention(m.tok_start, m.tok_end, "role"), alias=False)
            else:
                into.add(m)
        for role in ent.roles:
            into.role(role)
        del self.entities[ent.key]
        for key, target in list(self.key_alias.items()):
            if target == ent.key:
                self.key_alias[key] = into.key
        self.key_alias[ent.key] = into.key

    def window_start(self, i: int, sentences: int) -> int:
        """First token of a window of ``sentences`` sentences that ends with token ``i``'s."""
        start = self.doc[i].sent.start
        for _ in range(sentences - 1):
            start = self.doc[start - 1].sent.start if start > 0 else 0
        return start

    def at(self, token_i: int) -> Entity | None:
        key = self.token_entity.get(token_i)
        return self.entities.get(key) if key else None

    @staticmethod
    def _last_before(ent: Entity, before: int) -> int:
        """Token index of the entity's last mention before ``before``, else -1."""
        return max((m.tok_start for m in ent.mentions if m.tok_start < before), default=-1)

    def _in_dateline(self, i: int) -> bool:
        """Whether token ``i`` is in the dateline that opens a report ("Berlin (dpa) -", "Tel
        Aviv/Beirut (Reuters) –", "Wien – "): where and by whom it was filed, not a state or source
        that acts."""
        return self.doc[i].idx < self.adoc.dateline_end(self.doc[i].idx)

    @staticmethod
    def gazetteer_kind(ent: Entity) -> str:
        """The kind of organisation the gazetteer gives the actor's name ("union"), else the kind
        of a name it goes by ("IG Metall" for "IG Metall Selbach"), else ""."""
        gaz = load_gazetteer()
        hit = gaz.lookup(ent.name) or next((h for a in ent.aliases if (h := gaz.lookup(a))), None)
        return hit[1] if hit else ""

    @staticmethod
    def place_adjective(text: str) -> bool:
        """A capitalised "-er" adjective of a known place ("Kieler", "Bremer", "Münchner")."""
        if not (text.endswith("er") and text[:1].isupper()):
            return False
        stem = text[:-2]
        gaz = load_gazetteer()
        return any((gaz.lookup(place) or ("",))[0] == "LOC"
                   for place in (stem, stem + "en", stem[:-1] + "en", stem + "e"))

    @property
    def outlet_endings(self) -> tuple[str, ...]:
        """Word endings of an outlet's name: its generic words and its title words ("Zeitung",
        "Anzeiger", "Kurier")."""
        return (*self.lex.entities["media_words"], *self.lex.entities.get("outlet_title_endings", ()))

    def is_role(self, token: Token) -> bool:
        """A capitalised role noun ("Vatikansprecher", "Kanzlerin")."""
        base = noun_base(token, self.roles)
        return bool(base) and token.text[:1].isupper()

    def gender(self, ent: Entity) -> str | None:
        """"m" or "f" when the text shows it: the given name (``data/given_names.tsv``), a
        feminine role ("Kanzlerin") or "Frau"/"Herr" before the name; else None."""
        given = self.lex.name_genders.get(ent.name.split()[0]) if ent.type == "person" else None
        if given:
            return given
        articles = {self.doc[m.tok_start].lower_ for m in ent.mentions if m.kind == "described"}
        if ent.type == "person" and len(articles & {"der", "die"}) == 1:
            return "m" if "der" in articles else "f"  # "die Vorsitzende": the article tells
        words = [w.lower() for text in (*ent.roles, *ent.aliases) for w in text.split()[:1]]
        if any(w == "frau" or (w.endswith("in") and self._person_noun_end(w[:-2])) for w in words):
            return "f"
        # a masculine role noun that has a feminine form ("der Astrophysiker": not "die Forscherin")
        if "herr" in words or any(not w.endswith("in") and (end := self._person_noun_end(w))
                                  and f"{end}in" in self.person_nouns for w in words):
            return "m"
        return None

    def _person_noun_end(self, word: str) -> str | None:
        """The person noun a word is or ends in ("astrophysiker": "physiker"), else None."""
        if word in self.person_nouns:
            return word
        return next((word[i:] for i in range(1, len(word) - 4) if word[i:] in self.person_nouns), None)

    def _agrees(self, ent: Entity, gender: str | None) -> bool:
        known = self.gender(ent)
        return known is None or gender is None or known == gender

    def _phrase_gender(self, article: Token, noun: Token) -> str | None:
        """Gender of a role, age or demonym phrase: "die Kanzlerin", "die 68-Jährige",
        "der Niederländer" / "der 68-Jährige", "dem 68-Jährigen"; None when unsure."""
        word, art = noun.lower_.rsplit("-", 1)[-1], article.lower_
        if word.endswith("in") and (self._person_noun_end(word[:-2]) or word in self.roles or (
                art == "die" and word.endswith(FEMININE_PERSON_ENDINGS))):
            return "f"  # "die Kanzlerin", "die Kunsthistorikerin", "der Bischöfin"
        if word.endswith("jährige"):
            return {"die": "f", "der": "m"}.get(art)
        if word.endswith("jährigen"):
            return {"dem": "m", "den": "m", "des": "m"}.get(art)
        if art in {"der", "dem", "den", "des"} and word in self.person_nouns:
            return "m"  # "der Niederländer", "dem Kanzler", "der Deutsche"
        if art in {"dem", "den", "des"} and any(
                word.endswith(end) and (base := self._person_noun_end(word[: -len(end)]))
                and not base.endswith(("e", "in")) and f"{base}in" in self.person_nouns
                for end in ("s", "es", "en", "n")):
            return "m"  # "den Rücktritt des Ministers", "dem Präsidenten": not the woman named before
        if art in {"dem", "des"} and word.endswith("en") and (base := self._person_noun_end(word[:-1])) \
                and base.endswith("e"):
            return "m"  # "die Kritik des Fraktionsvorsitzenden": a noun inflected like an adjective
        if art == "der" and not word.endswith(("in", "innen", *EPICENE_ENDINGS)) \
                and PERSON_NOUN_RE.search(word) and "Sing" in noun.morph.get("Number") \
                and noun.dep_ in {"nsubj", "sb"}:
            return "m"  # ", sagte der Moderator": not the singer named before (but "der Teenager")
        return None

    def _in_quotation(self, char: int) -> bool:
        return any(qs < char < qe for qs, qe in self.adoc.quotes)

    def _office_holders(self, role: str) -> set[str]:
        """Who held ``role`` at the article's date (at any date when it has none), from
        ``generator/data/offices.yml``; empty for roles it does not list."""
        return {h["name"] for office in self.lex.offices if role.lower() in office["roles"]
                for h in office["holders"] if self._in_office(h)}

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
        finite = [before.root, *(c for c in before.root.children if c.dep_ == "aux")]
        if any(v.tag_.endswith("FIN") and "Sub" in v.morph.get("Mood") for v in finite):
            return False, None  # "Zudem habe ein Subunternehmer … angemeldet": reported, no speaker
        t = next((t for t in before if t.dep_ in {"nsubj", "sb"} and t.head == before.root), None)
        if t is not None and t.pos_ == "DET" and not list(t.children):
            # "Ein mit den Vorgängen vertrauter Manager bestätigte …" parsed with "Ein" as the
            # subject: the unnamed source its phrase names
            t = next((x for x in before if t.i < x.i < before.root.i and x.pos_ == "NOUN"
                      and (e := self.at(x.i)) is not None and e.type == "anonymous"), t)
        if t is not None and t.lower_ == pronoun.lower_ and t.pos_ == "PRON" and t.i != pronoun.i:
            # "Der Bürgermeister der Stadt zeigte Verständnis. Er warnte …. …, sagte er": the same
            # pronoun as the subject before refers to what that one refers to
            return self._unnamed_subject_before(t, gender)
        feminine = t is not None and (t.lower_.endswith("in") or t.lower_ in FEMININE_NOUNS)
        if t is None or t.pos_ != "NOUN" or feminine != (gender == "f"):
            return False, None
        det = next((c for c in t.children if c.dep_ == "det"), None)
        if det is not None and det.morph.get("Gender") == ["Fem"] and gender == "m":
            return False, None  # "Im Senat sei die Lage offen. …, sagte er": no person
        key = self.token_entity.get(t.i)
        # the name in the subject's phrase, or right after its noun when the parse splits them
        # ("Der Minister Hans Müller kam …": "Minister" and "Hans" both subjects)
        named = any(self.at(x.i) is not None and self.at(x.i).type == "person"
                    for x in (*t.subtree, self.doc[min(t.i + 1, len(self.doc) - 1)]))
        if key is None and named:
            return False, None  # "Der Vizekanzler … Franz Müntefering (SPD), hat …"
        if any((e := self.at(x.i)) is not None and e.type == "person" and x.i > 0
               and self.doc[x.i - 1].text == "," for x in t.subtree):
            return False, None  # "Der Sprecher der CDU-Fraktion, Lennart Voss, …": named after a comma
        if key is None:  # an unnamed role ("Sein Anwalt"): whoever it is, not someone named
            lemma = t.lemma_.lower()
            return (self.is_role(t) or PERSON_NOUN_RE.search(lemma) is not None or lemma in STRANGER_NOUNS
                    or lemma in KIN_NOUNS or noun_base(t, self.lex.anonymous_nouns) is not None) and (
                "Plur" not in t.morph.get("Number")  # (an adjectival noun's article tells: "der Angeklagte")
                or any(c.dep_ == "det" and c.morph.get("Number") == ["Sing"] for c in t.children)), None
        mention = next((m for m in self.entities[key].mentions if m.tok_start <= t.i < m.tok_end), None)
        if mention is not None and mention.kind == "described":
            return True, self.entities[key]  # "Die Richterin sprach … Sie nannte": the unnamed judge
        typ = self.entities[key].type
        spokes = noun_base(t, SPOKES_NOUNS) is not None  # ("Eine Sprecherin von Minister X … sagte sie")
        if mention is None or mention.kind not in {"role", "anonymous", "compound"} \
                or (typ == "person" and not spokes) \
                or (typ != "anonymous" and noun_base(t, SPOKES_NOUNS | self.lex.anonymous_nouns) is None):
            return False, None
        return True, self.entities[key]

    def _offices_held(self, ent: Entity) -> list[list[str]]:
        """The role phrases of every ``offices.yml`` office the person holds at the article's
        date ("Trump": US-Präsident), by full name or, for a surname alone, by surname."""
        return [office["roles"] for office in self.lex.offices for h in office["holders"]
                if self._in_office(h) and (h["name"] == ent.name or (
                    " " not in ent.name and str(h["name"]).rsplit(" ", 1)[-1] == ent.name))]

    def _in_office(self, holder: dict[str, object]) -> bool:
        """Whether an ``offices.yml`` holder held the office at the article's date (any date
        when it has none)."""
        date = self.adoc.raw.meta.date or ""
        start, end = str(holder["from"]), str(holder.get("to") or "")
        return not date or (start <= date and (not end or date < end))

    def _anonymous_base(self, token: Token) -> str | None:
        """The anonymous-source noun a word is or ends in ("Regierungssprecher"), not counting
        compounds that name things ("Steinwerkzeuge")."""
        return None if self.lex.names_thing(token.lower_) else noun_base(token, self.lex.anonymous_nouns)
