"""Institutions named by common nouns ("das Innenministerium", "die Polizei"), research
teams, and references back to a named organisation ("das Unternehmen", "der Verein")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

from spacy.tokens import Token

from generator.analysis.actors.index import (
    ARTICLES,
    AUTHORITY_HEADS,
    LEGAL_FORMS,
    ActorIndex,
    Entity,
)
from generator.analysis.phrases import OPENING_QUOTES, QUOTE_MARKS
from generator.nlp.gazetteer_data import load_gazetteer

# generic nouns for any newspaper
PAPER_NOUNS = frozenset({"blatt", "zeitung"})
# an organisation's account named by a compound of its kind ("Vereinsangaben", "Konzernangaben")
ACCOUNT_COMPOUND_RE = re.compile(r"([a-zäöü]+?)(?:e?s)?angaben")
# the leadership or seat of a kind of organisation ("die Parteiführung", "aus der Konzernzentrale"):
# the organisation of that kind named before
LEAD_COMPOUND_RE = re.compile(r"([a-zäöü]+?)(?:e?s)?(?:führung|spitze|zentrale|leitung)")
# compound forms of a generic noun that differ from it ("Firmenangaben", "Firmenleitung")
COMPOUND_STEMS = {"firmen": "firma"}
# institutions that are also places: no actor where a preposition governs them ("am Observatorium
# La Silla", "im Roten Rathaus"), unlike a source ("nach Angaben des Kandilli-Observatoriums")
PLACE_LIKE_INSTITUTIONS = ("observatorium", "sternwarte", "rathaus")
TEAM_NOUNS = {"forscher", "wissenschaftler", "autoren", "autor", "team", "forscherteam",
              "forschungsteam", "forschende", "forschenden", "gruppe", "forschergruppe"}


ORDINALS = ("erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "neunte",
            "zehnte")


# a company is not named by a noun for an association, party or union
COMPANY_NOUNS = frozenset({"unternehmen", "firma", "konzern", "hersteller", "autobauer", "versicherer",
                           "fluggesellschaft", "airline", "fluglinie", "reederei", "energieversorger",
                           "geldhaus"})
NON_PROFITS = frozenset({"verein", "verband", "partei", "gewerkschaft", "bündnis", "organisation",
                         "hilfsorganisation", "institut", "spitzenverband"})
# generic nouns of a kind the gazetteer knows exactly: "die Gewerkschaft" is no organisation the
# gazetteer calls otherwise ("Gesamtmetall bot 1,7 Prozent. Die Gewerkschaft fordert …")
STRICT_KINDS = {"gewerkschaft": "union", "partei": "party"}
# the generic nouns that may mean a party named before
PARTY_NOUNS = frozenset({"partei", "fraktion", "bündnis"})
# heads of closed compounds that describe an organisation named before rather than name one
# ("die Umweltschutzorganisation" is the WWF, "die Ratingagentur" Moody's; but the
# "Berufsschullehrerverband" is an organisation of its own)
DESCRIPTIVE_HEADS = ("organisation", "agentur")
# heads of court names: a bare "Senat" after one is that court's ("Der Zweite Senat"), not a city
# state's government ("Der Berliner Senat")
COURT_HEADS = ("gericht", "gerichtshof")
# nouns of bodies named by their task after "für" ("das Amt für Statistik", "die Stelle für …")
TASK_NAMED_BODIES = frozenset({"amt", "stelle", "kommission", "agentur", "zentrale", "zentrum", "rat",
                               "ausschuss", "büro", "referat", "dezernat", "senat", "institut",
                               "gesellschaft", "verein", "verband", "stiftung", "akademie", "bündnis"})


# a body's administration by the noun of its kind ("die Kreisverwaltung" of "Landkreis Göttingen")
ADMINISTRATIONS = {"kreisverwaltung": ("landkreis", "kreis"), "stadtverwaltung": ("stadt",),
                   "gemeindeverwaltung": ("gemeinde",)}
# generic nouns whose plural is the singular ("der Versorger", "die Versorger"): only the singular
# refers to the one named before
SINGULAR_REFERENCES = frozenset({"versorger", "netzbetreiber", "energieversorger"})
# a German Land's government by its common noun ("die Landesregierung", "die Staatskanzlei")
LAND_GOVERNMENTS = ("landesregierung", "staatsregierung", "staatskanzlei", "landeskabinett")


class InstitutionMentions(ActorIndex):
    """Passes for institutions, teams and organisation references."""

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
            if name is None and token.lemma_.lower() in TASK_NAMED_BODIES and self._fuer_name_end(token):
                name = token.lemma_  # "des Amtes für Umwelt": not the "Bundesamt für …" named before
            if name is None:
                self._short_institution(token)
                continue
            if self.lex.names_thing(token.lower_) and not self.lex.body(token.text):
                continue  # (but "der Landkreis" is a body)
            if token.i >= 2 and self.doc[token.i - 1].lower_ in {"und", "oder"} \
                    and self.doc[token.i - 2].text.endswith("-"):
                continue  # "Aufsichts- und Dienstleistungsdirektion (ADD)": the end of a longer name
            named = token.i + 1
            if named < len(self.doc) and self.doc[named].text in OPENING_QUOTES:
                named += 1
            if named < len(self.doc) and named in self.token_entity:
                # "Die US-Raumfahrtbehörde Nasa", "Die Bürgerinitiative „Gegenwind Randen“": the
                # name that follows is the actor
                continue
            if (self.lex.body(token.text) or token.lower_.endswith(PLACE_LIKE_INSTITUTIONS)) \
                    and (self._governed(token) or self._attribute_of_institution(token)):
                continue  # "in der Stadt", "am Observatorium La Silla": a place, not the body; "das
                # Gesundheitsamt des Landkreises Ravensburg": part of the office's name
            if self._indefinite(token):
                continue  # "in ein Krankenhaus gebracht": some hospital, no actor
            if token.lower_ == "gericht" and token.i > 0 and self.doc[token.i - 1].lower_ == "vor":
                continue  # "vor Gericht bringen": the courts, no actor
            after = self._place_named_after(token)
            if after is not None:
                # "der Gemeinde Kemberg": the body of that place, by its name
                full = f"{name} {after.text}"
                ent = next((e for e in self.entities.values() if e.name == full and e.type == "organization"),
                           None)  # ("Das Klinikum Chemnitz …, des Klinikums Chemnitz": one)
                ent = ent or self.entity(f"institution:{full}", full, "organization")
                self.attach(ent, self.mention(token.i, after.i + 1, "institution"))
                continue
            end = self._fuer_name_end(token)
            if end is not None:
                # "Die staatliche Behörde für Arbeitssicherheit", "Das hessische Ministerium für
                # Wissenschaft und Kunst": a body named by its task, not the one named last
                full = f"{name} {self.doc[token.i + 1 : end].text}"
                ent = next((e for e in self.entities.values() if e.name == full and e.type == "organization"),
                           None) or self.entity(f"institution:{full}", full, "organization")
                self.attach(ent, self.mention(token.i, end, "institution"))
                continue
            place = self.at(token.i + 2) if token.i + 2 < len(self.doc) \
                and self.doc[token.i + 1].lower_ in {"in", "aus"} else None
            if place is not None and place.type == "state" and any(
                    organ in token.lower_ for organ in ("ministerium", "regierung", "präsidialamt")):
                # "das Außenministerium in Peking": the state speaks through its ministry (not
                # "die Polizei in Rom", a body of that city)
                self.attach(place, self.mention(token.i, token.i + 1, "institution"))
                continue
            land = self._land_governed(token)
            if land is not None:
                # "der schwarz-grünen Landesregierung" after "die Landesregierung in
                # Nordrhein-Westfalen": the one Land the text has named speaks through it
                self.attach(land, self.mention(token.i, token.i + 1, "institution"))
                continue
            first = token.i
            if first > 0 and first - 1 not in self.token_entity \
                    and self.place_adjective(self.doc[first - 1].text):
                first -= 1  # "die Kölner Staatsanwaltschaft"
            place = self.doc[first].text if first < token.i else ""
            opening = self._article_opening(token)
            court = name.lower() == "senat" and not place and opening is not None
            ent = self._institution(name, token.i, place, court)
            if court and not ent.name.lower().endswith("senat"):
                first = opening  # "der 11. Senat" of the court: the phrase refers back ("der Erste Senat")
            self.attach(ent, self.mention(first, token.i + 1, "institution"))

    def _land_governed(self, organ: Token) -> Entity | None:
        """The Land a bare government noun ("die Landesregierung", "die Staatskanzlei") belongs
        to: the one German Land the text named before it, else None."""
        if not organ.lower_.startswith(LAND_GOVERNMENTS) or (
                organ.i > 0 and self.place_adjective(self.doc[organ.i - 1].text)):
            return None
        named = {e.key for e in self.entities.values()
                 if e.type == "state" and e.name in self.laender and self._last_before(e, organ.i) >= 0}
        return self.entities[named.pop()] if len(named) == 1 else None

    def _fuer_name_end(self, token: Token) -> int | None:
        """The end of "für" and the capitalised nouns after an institution's noun ("Behörde für
        Arbeitssicherheit", "Ministerium für Wissenschaft und Kunst"), else None."""
        j = token.i + 1
        if j + 1 >= len(self.doc) or self.doc[j].lower_ != "für":
            return None
        k = j + 1
        while k < len(self.doc) and k - j < 7:
            t = self.doc[k]
            noun = t.pos_ in {"NOUN", "PROPN"} and t.text[:1].isupper() and k not in self.token_entity
            joined = t.lower_ in {"und", "sowie"} and k + 1 < len(self.doc) and k > j + 1 \
                and self.doc[k + 1].pos_ in {"NOUN", "PROPN"} and self.doc[k + 1].text[:1].isupper()
            # (an adjective of the task: "Gesellschaft für bedrohte Völker")
            adjective = t.pos_ == "ADJ" and t.is_lower and k + 1 < len(self.doc) \
                and self.doc[k + 1].pos_ in {"NOUN", "PROPN"} and self.doc[k + 1].text[:1].isupper()
            if not (noun or joined or adjective):
                break
            k += 1
        if k < len(self.doc) and self.doc[k].pos_ == "ADP" and self.doc[k].lower_ not in {"in", "aus"}:
            return None  # "der Staatsanwaltschaft für Verbrechen gegen das Leben": longer than it can read
        if k < len(self.doc) and k in self.token_entity:
            return None  # "des Instituts für Demoskopie Allensbach": the name the lists know
        return k if k > j + 1 and self.doc[k - 1].pos_ in {"NOUN", "PROPN"} else None

    def _attribute_of_institution(self, token: Token) -> bool:
        """The noun is the genitive after an institution noun ("Gesundheitsamt des Landkreises")."""
        return token.i >= 2 and self.doc[token.i - 1].lower_ in {"des", "der"} \
            and self.lex.institution(self.doc[token.i - 2].text) is not None

    def _place_named_after(self, token: Token) -> Token | None:
        """The one-word place the model found right after an institution noun ("der Gemeinde
        Kemberg"), or with a body noun in its span ("der Landkreis Emsland"), else None."""
        after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if after is None or (after.i + 1 < len(self.doc) and self.doc[after.i + 1].ent_iob_ == "I"):
            return None
        if after.ent_type_ == "LOC" and after.ent_iob_ == "B":
            return after
        if token.ent_type_ == "LOC" and token.ent_iob_ == "B" and after.ent_iob_ == "I" \
                and self.lex.body(token.text):
            return after
        return None

    def _short_institution(self, token: Token) -> None:
        """"nach Angaben der Verwaltung" after "Die Stadtverwaltung": a bare compound head
        (``compound_institution_nouns``) that no preposition governs is the institution named
        last whose name ends in it (a local one) or has a word that does ("das Amt" after "des
        Bundesamts für …"); none, and it is a plain noun ("im Amt")."""
        low = token.lemma_.lower()
        if low not in self.lex.compound_institution_nouns or self._governed(token):
            return
        earlier = [e for e in self.entities.values() if e.type == "organization"
                   and (e.name.lower().endswith(low) if e.local  # "das Amt" after "das Landratsamt"
                        else any(w.lower().endswith(low) for w in e.name.split()))  # "des Bundesamts für …"
                   and self._last_before(e, token.i) >= 0]
        if earlier:
            found = max(earlier, key=lambda e: self._last_before(e, token.i))
            self.attach(found, self.mention(token.i, token.i + 1, "institution"))

    def _article_opening(self, noun: Token) -> int | None:
        """The definite article that opens the noun's phrase with only ordinals or adjectives
        between them ("der Senat", "Der Zweite Senat", "der 11. Senat"; not "Der CDU/SPD Senat"),
        else None."""
        k = noun.i - 1
        while k > 0 and (self.doc[k].pos_ in {"ADJ", "NUM"} or self.doc[k].text[:-1].isdigit()):
            k -= 1
        return k if k >= 0 and self.doc[k].lower_ in {"der", "die", "das", "des", "dem", "den"} else None

    def _indefinite(self, noun: Token) -> bool:
        """Whether an indefinite article stands before the noun ("ein Krankenhaus", "einer
        örtlichen Behörde")."""
        k = noun.i - 1
        while k >= 0 and self.doc[k].pos_ == "ADJ":
            k -= 1
        return k >= 0 and self.doc[k].lower_ in {"ein", "eine", "einem", "einen", "einer", "eines"}

    def _governed(self, noun: Token) -> bool:
        """Whether a preposition governs the noun ("in der Stadt", "für den Betriebsrat"; not
        one that names a source: "laut der Regionalregierung")."""
        k = noun.i - 1
        while k >= 0 and (self.doc[k].lower_ in ARTICLES or self.doc[k].pos_ in {"ADJ", "DET"}):
            k -= 1
        return k >= 0 and self.doc[k].pos_ == "ADP" and self.doc[k].lower_ not in self.lex.according_before

    def _institution(self, name: str, before: int, place: str = "", court: bool = False) -> Entity:
        """The actor for an institution noun before token ``before``: a named organisation with
        that word in its name ("Oberlandesgericht Düsseldorf … das Gericht", "das Karlsruher
        Gericht"; with ``court`` a court: "Der Zweite Senat"), else the local one of that name, else
        the last local one whose name ends in it ("das Ministerium" after "das Innenministerium";
        "die Behörde" is any), else a new one: the body of the ``place`` adjective before the noun
        by that name, in every article ("die Kölner Staatsanwaltschaft"), or a local one."""
        key = f"institution:{name}"
        low = name.lower()
        seats = [e for e in self.entities.values() if e.type == "organization" and not e.local
                 and e.name.split()[0].lower() in ADMINISTRATIONS.get(low, ())
                 and self._last_before(e, before) >= 0]
        if len(seats) == 1:
            return seats[0]  # "Der Landkreis Göttingen … teilte die Kreisverwaltung mit": its administration
        if key not in self.entities:
            authority = AUTHORITY_HEADS if low == "behörde" else ()  # "Die Bundesnetzagentur … Die Behörde"
            authority = COURT_HEADS if court else authority
            named = [e for e in self.entities.values() if not e.local and e.type == "organization" and (
                any(w.lower().endswith((low, *authority)) for w in e.name.split())
                or (authority and any(a.lower().endswith(authority) for a in e.aliases)))]  # "EU-Kommission"
            # (a "Behörde" is an authority of that kind, not the "Flughafenfeuerwehr" named before)
            earlier = [e for e in self.entities.values() if e.local and e.type == "organization"
                       and e.name != name and e.name.lower().endswith((low, *authority))]
            for group in (named, earlier):
                group = [e for e in group if self._last_before(e, before) >= 0]
                if group:
                    found = max(group, key=lambda e: self._last_before(e, before))
                    if not found.local:
                        return found
                    key = found.key
                    break
            else:
                if place:
                    return self.entity(f"institution:{place} {name}", f"{place} {name}", "organization")
        ent = self.entity(key, name, "organization")
        ent.local = True
        return ent

    def _teams(self) -> None:
        """"Die Wissenschaftler um den Geologen Joel Hurowitz … schreiben die Forscher": a group
        introduced with "um" and a person is that person's team; later "die Forscher", "die
        Autoren", "das Team" refer to it, and the person speaks for it."""
        leader: Entity | None = None
        for token in self.doc:
            if token.lower_ == "um" and token.i > 0 and self._team_noun(self.doc[token.i - 1]):
                found = next((e for t in self.doc[token.i + 1 : token.i + 5]
                              if (e := self.at(t.i)) is not None and e.type == "person"), None)
                noun = token.i - 1
                if found is not None and noun not in self.token_entity:
                    # "Die Forschenden um Aoife Buffey berichten": the leader speaks for the team
                    article = noun > 0 and self.doc[noun - 1].lower_ in {"die", "das", "den", "der"}
                    start = noun - 1 if article else noun
                    self.attach(found, self.mention(start, noun + 1, "role"), alias=False)
                leader = found or leader
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
            own = ACCOUNT_COMPOUND_RE.fullmatch(token.lower_) or LEAD_COMPOUND_RE.fullmatch(token.lower_)
            stem = COMPOUND_STEMS.get(own.group(1), own.group(1)) if own else ""  # "Firmenangaben": Firma
            if own and stem in self._generic and token.i not in self.token_entity:
                # "nach Vereinsangaben", "Konzernangaben zufolge": that kind's organisation's account
                found = self._generic_referent(stem, self._generic[stem], token.i)
                if found is not None:
                    self.attach(found, self.mention(token.i, token.i + 1, "compound"), alias=False)
                continue
            noun = self._generic_head(token, DESCRIPTIVE_HEADS)
            typ = self._generic.get(noun) if noun else None
            if typ is None and token.i not in self.token_entity:
                self._name_head_reference(token)
            if typ is None or token.i in self.token_entity or not token.text[:1].isupper():
                continue
            j = token.i - 1
            while j >= 0 and self.doc[j].pos_ == "ADJ":
                j -= 1
            if j < 0 or self.doc[j].lower_ not in {"der", "die", "das", "des", "dem", "den"}:
                continue
            if any(t.text[:1].isupper() and not self.place_adjective(t.text)
                   and not t.lower_.startswith(ORDINALS) for t in self.doc[j + 1 : token.i]):
                # "die Nationale Anti-Doping-Agentur": a name (but "der Kieler Verein", "der
                # Erste Senat")
                continue
            if self.is_role(token) and self.doc[j].lower_ not in {"die", "den"} \
                    and token.morph.get("Number") + token.morph.get("Case") != ["Plur", "Gen"]:
                continue  # "der Richter" is a person; "die Richter", "Urteil der Richter" the court
            if noun in {"versicherer", "hersteller", "autobauer", "sender", "zulieferer"} \
                    and self.doc[j].lower_ == "die":
                continue  # "Die Versicherer hätten gut verdient": insurers in general
            if typ == "media" and (token.morph.get("Number") == ["Plur"]
                                   or (j > 0 and self.doc[j - 1].lower_ == "aus")):
                continue  # "die Sender hätten gespart", "aus der Zeitung erfahren": any outlet
            nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if nxt is not None and ((nxt.lower_ in {"der", "des"} and nxt.morph.get("Case") != ["Nom"])
                                    or nxt.lower_ == "für") and any(
                    t.text[:1].isupper() and t.text.rstrip("-").isalpha()  # ("für Schnee- und …")
                    for t in self.doc[token.i + 2 : token.i + 4]):
                # "des Instituts der deutschen Wirtschaft", "des Instituts für Demoskopie
                # Allensbach": a name, not a reference
                continue
            named_after = nxt is not None and nxt.text[:1].isupper() and nxt.i + 1 < len(self.doc) and (
                nxt.i + 1 in self.token_entity or bool(self.doc[nxt.i + 1].ent_type_))
            if nxt is not None and (nxt.i in self.token_entity or nxt.ent_type_ or nxt.text in QUOTE_MARKS
                                    or nxt.pos_ == "PROPN" or named_after
                                    or (noun in {"portal", "plattform"} and nxt.text[:1].isupper())):
                continue  # "der Verein FC Bayern", "die Zeitung „Bild“", "die Firma Windkraft Süd GmbH",
                # "des Portals Immowelt"
            if typ == "media" and nxt is not None and nxt.pos_ == "NOUN" and nxt.text[:1].isupper() \
                    and nxt.text.isalpha() and (nxt.i + 1 >= len(self.doc) or self.doc[nxt.i + 1].is_punct):
                # "sagte er dem Sender Premiere.": an outlet by a name that is also a word, not the
                # one named before
                outlet = self.entity(f"media:{nxt.text}", nxt.text, "media")
                self.attach(outlet, self.mention(nxt.i, nxt.i + 1, "name"))
                continue
            found = self._generic_referent(noun, typ, j)
            if found is not None:
                self.attach(found, self.mention(j, token.i + 1, "role"))

    def _other_kind(self, noun: str, ent: Entity) -> bool:
        """An organisation of a kind the generic noun cannot mean: a party is only "die Partei"
        or "die Fraktion" ("Die Linke verlangte, die Bank zu verstaatlichen. Ein Sprecher der
        Bank": not the Left), a company or an authority no association ("Der Verband" is not the
        "Baufix AG")."""
        kind = self._org_kind(ent)
        if kind == "party":
            return noun not in PARTY_NOUNS
        if noun not in NON_PROFITS:
            return False
        # (nor an authority: "des Linux-Verbandes" is not the "Landgericht Hamburg"; but "das
        # Institut" may be the Robert Koch-Institut)
        authority = kind == "institution" or (not kind and any(
            self.lex.institution(word) for word in ent.name.split() if word[:1].isupper()))
        return kind == "company" or (authority and noun != "institut")

    def _org_kind(self, ent: Entity) -> str:
        """The gazetteer's kind of the organisation, "company" for a name with a legal form
        ("Daimler AG", "Baufix Dämmsysteme AG")."""
        return "company" if ent.name.split()[-1].upper() in LEGAL_FORMS else self.gazetteer_kind(ent)

    def _public_or_non_profit(self, ent: Entity) -> bool:
        """An organisation no company noun means: one the gazetteer knows as other than a company
        (the ADAC is no "Hersteller") or one named as an authority ("Bundesamt für …" is no
        "Reederei")."""
        kind = self.gazetteer_kind(ent)
        if kind:
            return kind != "company"
        return any(self.lex.institution(word) for word in ent.name.split() if word[:1].isupper())

    def _title_subjects(self) -> None:
        """"Wetterdienst warnt vor Unwetter", "Menschenrechtsorganisation berichtet von …": a bare
        noun opening the title is the one organisation of the article whose name ends in it ("Der
        Deutsche Wetterdienst") or that the text introduces with it ("Die Menschenrechtsorganisation
        Pro Asyl")."""
        sids = [sid for sid in range(len(self.adoc.spans)) if self.adoc.kind(sid) == "title"]
        if not sids:
            return
        title = self.adoc.spans[sids[0]]
        noun = title[0]
        if len(title) < 3 or noun.pos_ not in {"NOUN", "PROPN"} or not noun.text[:1].isupper() \
                or noun.i in self.token_entity or title[1].tag_ != "VVFIN":
            return
        low = noun.lower_
        found = [e for e in self.entities.values() if e.type in {"organization", "media"} and not e.local
                 and any(m.tok_start >= title.end for m in e.mentions) and (
                     e.name.lower().split()[-1] == low
                     or any(m.tok_start > 0 and self.doc[m.tok_start - 1].lower_ == low for m in e.mentions))]
        if len(found) == 1:
            self.attach(found[0], self.mention(noun.i, noun.i + 1, "role"))

    def _generic_head(self, token: Token, heads: Iterable[str] | None = None) -> str | None:
        """The generic organisation noun a word is (:meth:`_generic_noun`) or, as a closed
        compound, ends in ("die Opferschutzorganisation", "des Automobilclubs": "club"; only
        ``heads`` when given)."""
        noun = self._generic_noun(token)
        if noun is not None or token.pos_ != "NOUN" or self.is_role(token) or "-" in token.text:
            return noun
        low = token.lower_
        for form in (low, low.removesuffix("s"), low.removesuffix("es")):
            head = next((w for w in (self._generic if heads is None else heads) if w in self._generic
                         and len(w) >= 4 and len(form) > len(w) + 2 and form.endswith(w)), None)
            if head is not None:
                return head
        return None

    def generic_noun(self, word: str) -> bool:
        """Whether a word is a generic noun for an organisation or outlet ("Unternehmen")."""
        return word.lower() in self._generic

    def _name_head_reference(self, token: Token) -> None:
        """"des Wetterdienstes" after "Der Deutsche Wetterdienst", "die Telekom" after "Deutsche
        Telekom": the last word of one organisation's longer name, named before, with a definite
        article, refers back to it ("die Union" is left alone: the EU or CDU/CSU)."""
        if token.i == 0 or not token.text[:1].isupper() or token.pos_ not in {"NOUN", "PROPN"} \
                or self.doc[token.i - 1].lower_ not in {"der", "die", "das", "des", "dem", "den"}:
            return
        forms = {token.lower_, token.lower_.removesuffix("s"), token.lower_.removesuffix("es")} - {"union"}
        # (or the last part of a hyphenated alias: "die Kommission" after "der EU-Kommission")
        found = [e for e in self.entities.values() if e.type in {"organization", "media"} and not e.local
                 and ((len(e.name.split()) > 1 and e.name.split()[-1].lower() in forms) or any(
                     "-" in a and " " not in a and a.rsplit("-", 1)[-1].lower() in forms for a in e.aliases)
                      # "der Rechnungshof" after "der Bundesrechnungshof": the head of a compound name
                      or any(len(f) >= 6 and e.name.split()[0].lower() != f
                             and e.name.split()[0].lower().endswith(f) for f in forms))
                 and any(m.tok_start < token.i for m in e.mentions)]
        if len(found) == 1:
            self.attach(found[0], self.mention(token.i - 1, token.i + 1, "role"))

    def _generic_noun(self, token: Token) -> str | None:
        """The generic organisation noun a word is or ends in after a hyphen, also in the genitive
        ("des Vereins", "des Unternehmens", "des Konzerns", "der Fußball-Bundesligist"); not
        after a name ("des Max-Planck-Instituts", "des Leibniz-Instituts")."""
        if "-" in token.text and self._eponym(token.text.rsplit("-", 1)[0]):
            return None
        low = token.lower_.rsplit("-", 1)[-1]  # "der Fußball-Bundesligist"
        plural = "Plur" in token.morph.get("Number") or (
            token.i > 0 and self.doc[token.i - 1].lower_ in {"die", "den"})
        if (low.endswith("ern") and low[:-1] in SINGULAR_REFERENCES) or (
                low in SINGULAR_REFERENCES and plural):
            return None  # "die Versorger": the kind, not the one named before
        # (the genitive of a "-nis" noun doubles its "s": "des Bündnisses")
        for form in (low, low.removesuffix("s"), low.removesuffix("es"), low.removesuffix("ses")):
            if form in self._generic and (form == low or token.morph.get("Case") in (["Gen"], [])):
                return form
        if low.endswith("ern") and low[:-1] in self._generic and token.morph.get("Case") == ["Dat"]:
            return low[:-1]  # "den Verbraucherschützern", "den Versicherern"
        return None

    @cached_property
    def _eponyms(self) -> frozenset[str]:
        return frozenset(self.lex.entities.get("eponyms", ()))

    def _eponym(self, prefix: str) -> bool:
        """Whether the first part of a compound is a name: a person's ("Max-Planck", "Leibniz",
        ``eponyms``; given names and surnames of the gazetteer) or a known organisation's."""
        gaz, eponyms = load_gazetteer(), self._eponyms
        parts = prefix.split("-")
        return prefix.lower() in eponyms or any(
            p.lower() in eponyms or p in gaz.first_names or p in gaz.surnames or p in gaz.family_names
            or gaz.lookup(p) is not None for p in parts)

    def _generic_referent(self, noun: str, typ: str, before: int) -> Entity | None:
        """The organisation a generic noun ("Firma", "Konzern") means: the one the text
        introduced with that noun ("der Firma Euryza", "der Presseagentur Xinhua"), else the
        only one named in the last three sentences that no other generic noun introduced
        ("des Fahrgastverbands Pro Bahn" is no "Konzern"), else the only one whose name or
        gazetteer kind is that noun ("Einzelhandelsverband Nordbaden" for "des Verbands");
        else none."""
        def introduced_by(e: Entity) -> set[str]:
            # the noun before a name ("der Firma Euryza") or one that already referred back to
            # it ("Das bestätigte der Verein"; a "Vereinssprecher" later is its spokesperson)
            return {w for m in e.mentions if m.tok_start > 0 for w in self._generic
                    if self._noun_before(m.tok_start).rstrip("s").endswith(w)
                    or (m.kind == "role" and self.doc[m.tok_end - 1].lower_ == w)}

        def named_as(e: Entity) -> set[str]:
            # "Einzelhandelsverband Nordbaden" is "der Verband"; a company by the gazetteer or
            # its legal form ("Daimler AG") is "der Konzern", "das Unternehmen", "die Firma"
            # (or by a one-word alias: the "WHO" is the "Weltgesundheitsorganisation")
            words = [*e.name.lower().replace("-", " ").split(),
                     *(a.lower() for a in e.aliases if " " not in a)]
            kind = self._org_kind(e)
            return {w for w in self._generic if any(word.endswith(w) for word in words)} \
                | {w for w, k in self._org_kinds.items() if k == kind}
        only = self._only.get(noun)
        # (one introduced by the very noun counts whatever its type: "Die Ratingagentur Moody's ….
        # …, wie die Agentur mitteilte", though an "Agentur" is mostly a news agency)
        candidates = {e.key: introduced_by(e) for e in self.entities.values()
                      if (e.type == typ or (e.type in {"organization", "media"} and (
                          noun in introduced_by(e)  # (or by its name: "die Agentur" is the EMA,
                          # the "Europäische Arzneimittel-Agentur")
                          or e.name.lower().replace("-", " ").split()[-1] == noun)))
                      and not e.local and any(m.tok_start < before and not self._in_dateline(m.tok_start)
                                              for m in e.mentions)  # not the agency of "Bonn (dpa) -"
                      and (only is None or noun in e.name.lower() or noun in introduced_by(e)
                           or any(o.lower() in e.name.lower() for o in only))}
        covered = {noun, *self._covers.get(noun, ())}  # "das Unternehmen" is also the "Konzern"
        # one of that kind named earlier in the same sentence ("Der Netzbetreiber Schleswig-Holstein
        # Netz AG rechnet …, sagte eine Sprecherin des Unternehmens"), else as the subject of the
        # sentence before ("Der Netzbetreiber … Netz AG kündigte an, …. …, sagte eine Sprecherin des
        # Unternehmens"; not "SAP arbeitet mit der Telekom AG zusammen"), else the one introduced
        sent = self.doc[before].sent
        prev = self.doc[sent.start - 1].sent if sent.start > 0 else None
        subject = {w.i for t in prev if t.dep_ in {"nsubj", "sb"} and t.head == prev.root
                   for w in t.subtree} if prev is not None and self.doc.has_annotation("DEP") else set()
        named = {key: named_as(self.entities[key]) for key in candidates}
        of_kind = [key for key, nouns in candidates.items() if (nouns | named[key]) & covered
                   or (noun in PAPER_NOUNS and self.entities[key].type == "media" and not nouns - covered)]
        # (any outlet no other noun introduced is "das Blatt": "Die „taz“ sieht das anders. …,
        # schreibt das Blatt" is the taz, not the "Handelsblatt" named before)
        spans = (range(sent.start, before), subject)  # this sentence first, then that subject
        for near in spans:
            here = [key for key in of_kind if any(m.tok_start in near for m in self.entities[key].mentions)]
            if len(here) == 1:
                return self.entities[here[0]]
            if here:
                break
        introduced = [key for key, nouns in candidates.items() if nouns & covered]
        if len(introduced) == 1:
            return self.entities[introduced[0]]
        if noun in PAPER_NOUNS and of_kind:  # "das Blatt": the paper named last, not one called "…blatt"
            last = max((self.entities[key] for key in of_kind), key=lambda e: self._last_before(e, before))
            if self._last_before(last, before) >= 0:
                return last
        # the only one whose name ends in that noun ("der Verein" is the "Mieterverein Leipzig"
        # named earlier, not the "LWB" named last)
        spelled = [key for key in candidates if any(
            w.endswith(noun) for w in self.entities[key].name.lower().replace("-", " ").split())]
        if len(spelled) == 1 and not introduced:
            return self.entities[spelled[0]]
        start = self.window_start(before, 4)
        kin = {*covered, *self._kin.get(noun, ())}  # "der Klub" after "Zweitligist Hertha BSC"
        recent = [self.entities[key] for key, nouns in candidates.items() if not nouns - kin
                  and not (noun in COMPANY_NOUNS and named[key] & NON_PROFITS and not named[key] & kin)
                  # ("das Unternehmen" is not the "Mieterverein Leipzig")
                  and (noun not in STRICT_KINDS
                       or self.gazetteer_kind(self.entities[key]) in {"", STRICT_KINDS[noun]})
                  and not (noun in COMPANY_NOUNS and self._public_or_non_profit(self.entities[key]))
                  and not self._other_kind(noun, self.entities[key])
                  and any(start <= m.tok_start < before for m in self.entities[key].mentions)]
        if len(recent) == 1:
            return recent[0]
        # of several, the subject of the sentence before ("Nach Schätzungen der Vereinten Nationen
        # …. Das Welternährungsprogramm warnte …. …, teilte die Organisation mit": the WFP)
        spoke = [e for e in recent if any(m.tok_start in subject for m in e.mentions)]
        if len(spoke) == 1:
            return spoke[0]
        # else the one whose name or kind is that noun, if the text introduced none
        by_name = [key for key in candidates if named[key] & covered]
        return self.entities[by_name[0]] if len(by_name) == 1 and not introduced else None

    def _noun_before(self, start: int) -> str:
        """The word before a name, past one name word the model left out ("der Firma |
        Windkraft | Süd GmbH") or an opening quotation mark ("Die Bürgerinitiative „…“"), lower
        case."""
        k = start - 1
        if k > 0 and self.doc[k].text in OPENING_QUOTES:
            k -= 1
        word = self.doc[k].lower_
        generic = any(word.rstrip("s").endswith(w) for w in self._generic)
        if not generic and k > 0 and self.doc[k].pos_ in {"PROPN", "NOUN"} \
                and self.doc[k].text[:1].isupper() and k not in self.token_entity:
            return self.doc[k - 1].lower_
        return word
