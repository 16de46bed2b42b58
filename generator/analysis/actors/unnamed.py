"""Unnamed sources ("ein hochrangiger Diplomat", "Insider", "Kreise"), spokespeople who
speak for an organisation, and the sources that a cue names by a compound, a quoted
title or a genitive ("Regierungskreise", "die „Bild“", "des Betreibers BASF")."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.actors.index import (
    ARTICLES,
    BODY_HEADS,
    FEMININE_NOUNS,
    ORG_HEADS,
    PAGE_WORDS,
    PERSON_NOUN_RE,
    RELATIVE_NOUNS,
    SPOKES_NOUNS,
    STRANGER_NOUNS,
    Entity,
    noun_base,
)
from generator.analysis.actors.institutions import TEAM_NOUNS, InstitutionMentions
from generator.analysis.names import (
    feminine_dative_nominative,
    genitive_outlet_nominative,
    genitive_stem,
    nominative_name,
)
from generator.analysis.phrases import (
    ACADEMIC_TITLES,
    CLOSING_QUOTES,
    OUTLET_NOUNS,
    QUOTE_MARKS,
    RELYING_NOUNS,
    bare_plural,
    relative_clause_after,
    withholds_name,
)
from generator.analysis.subjects import tagged_plural
from generator.model import ActorType
from generator.nlp.gazetteer_data import load_gazetteer, organisation_variants

# researchers and doctors: of an institution named after them, no unnamed group of their own
RESEARCH_NOUNS = {"forscher", "forscherin", "forschende", "wissenschaftler", "wissenschaftlerin", "mediziner",
                  "medizinerin", "arzt", "ärztin", "ärzte"}
OBSERVER_NOUNS = {"beobachter", "beobachterin"}
ANALYST_NOUNS = {"analyst", "analystin", "experte", "expertin", "ökonom", "ökonomin", "volkswirt",
                 "volkswirtin", *RESEARCH_NOUNS}
# endings of a common noun before a linking "s" ("Regierungs-", "Vereins-"), not of a name
LINKED_NOUN_ENDINGS = ("ungs", "ions", "heits", "keits", "schafts", "tums", "täts", "eins", "amts", "ts")
QUANTIFIERS = {"weiter", "ander", "zwei", "drei", "mehrer", "einig", "viel", "rund", "etwa", "knapp"}


# what an outlet reports through ("ARD-Dopingredaktion", "NDR-Rechercheteam", "ZDF-Morgenmagazin")
NEWSROOM_WORDS = ("redaktion", "team", "studio", "magazin", "sendung", "programm", "nachrichten",
                  "show", "podcast", "doku", "dokumentation", "reportage", "recherche", "recherchen")


# organs that speak for the state whose organ the text named just before ("Israels Armee … das Militär")
ORGAN_NOUNS = frozenset({"armee", "militär", "streitkräfte", "regierung"})
# "aus dem X" → "im X": where the unnamed people of "Aus dem Innenministerium hieß es" are
WITHIN = {"dem": "im", "der": "in der", "den": "in den"}


DEFINITE = frozenset({"der", "die", "das", "des", "dem", "den"})
# plurals in "-er" of things, not people ("Die Länder fordern", "Konsumgüter weisen … hin")
THING_PLURALS = ("länder", "güter", "häuser", "bücher", "gelder", "felder", "lieder", "bilder", "dächer",
                 "räder", "wälder", "völker", "zeichen", "daten", "medien")
# witnesses, never a person named before them
WITNESS_NOUNS = frozenset({"zeuge", "zeugin", "augenzeuge", "augenzeugin"})
# reports of unnamed outlets among the anonymous nouns
MEDIA_REPORT_NOUNS = frozenset({"medienbericht", "pressebericht", "zeitungsbericht"})


class UnnamedSources(InstitutionMentions):
    """Unnamed sources and the sources a cue names."""

    def _anonymous(self) -> None:
        counter: dict[str, int] = {}
        for token in self.doc:
            if token.i in self.token_entity or not token.text[:1].isupper():
                continue
            familiar = self._familiar_with(token)
            base = self._anonymous_base(token) or self._keeps_name_back(token) \
                or self._speaking_stranger(token) or self._speaking_group(token) or familiar \
                or self._relied_on(token)
            if not base or (base in {"person", "personen", "quelle"} and not self._has_modifier(token)
                            and not familiar):
                continue
            nxt = token.nbor(1) if token.i + 1 < len(self.doc) else None
            while nxt is not None and nxt.text in ACADEMIC_TITLES and nxt.i + 1 < len(self.doc):
                nxt = nxt.nbor(1)  # "Vereinsarzt Dr. Jonas Pietsch"
            if nxt is not None and nxt.i in self.token_entity and self.entities[
                    self.token_entity[nxt.i]].type == "person" and not (
                    bare_plural(token) and token.lower_.endswith(("n", "s"))):
                continue  # "Sprecher Steffen Seibert": a title (not "laut Medienberichten Alonso")
            if base == "organisationen" and not self._bare_group(token):
                continue  # "die Arbeit der gemeinnützigen Organisationen": not a source
            if self._named_in_apposition(token):
                continue  # "Ein Sprecher des Ostkommandos, Oberst Shi Yi, erklärte": named after all
            if self._epithet_after_cue(token):
                continue  # "…, betonte der Ermittler": the person quoted before, see the speakers
            if base in SPOKES_NOUNS and self._spokes_for(token):
                continue
            if self._state_organ(token) or self._investigators(token) or self._analysts_of(token):
                continue
            if base in RESEARCH_NOUNS | OBSERVER_NOUNS and token.i + 2 < len(self.doc) \
                    and self.doc[token.i + 1].lower_ in {"des", "der"} \
                    and self.doc[token.i + 2].text[:1].isupper() \
                    and (base in RESEARCH_NOUNS or self._organisation_at(token.i + 2)):
                continue  # "Forscher des Max-Planck-Instituts", "Die Wahlbeobachter der OSZE": the phrase
                # names them, no unnamed group (not "bei Beobachtern der Schluss nahe")
            first = token.i
            mods = []
            phrase_start = self._phrase_start(token)
            while first - 1 >= token.sent.start and (
                    self.doc[first - 1].pos_ in {"ADJ", "NUM"}
                    or first - 1 >= phrase_start
                    or (self.doc[first - 1].text[:1].islower() and self.doc[first - 1].lower_.endswith(
                        ("er", "en", "em", "e", "es")) and self.doc[first - 1].lower_ not in ARTICLES
                        and self.doc[first - 1].pos_ not in {"VERB", "AUX", "ADP", "PRON", "DET",
                                                             "ADV", "CCONJ", "SCONJ", "PART"}
                        and self.doc[first - 1].is_alpha)):
                first -= 1
                if self.doc[first].pos_ not in {"ADV", "PART"}:
                    mods.insert(0, self.doc[first])
            start_i = first - 1 if first - 1 >= 0 and self.doc[first - 1].lower_ in ARTICLES else first
            kept_back = self._unnamed_by_modifier(token) and not any(m.lower_.startswith("ungenannt")
                                                                     for m in mods)
            if kept_back:  # "namentlich nicht genannter General" → "ungenannter General"
                mods = [m for m in mods if not m.lower_.startswith("genannt")]
            earlier = self._unnamed_named_before(token, start_i) if not mods else None
            if earlier is not None:  # "Ein hochrangiger Nato-Diplomat sagte … so der Diplomat"
                anonymous = earlier.type == "anonymous"
                self.attach(earlier, self.mention(start_i, token.i + 1, "anonymous" if anonymous else "role"),
                            alias=anonymous)
                continue
            name = self._anon_name(mods, token)
            if kept_back:
                feminine = token.lower_.endswith("in") or token.lemma_.lower() in FEMININE_NOUNS
                name = f"ungenannte {name}" if feminine else f"ungenannter {name}"
            if name == "Kreise" and token.i + 2 < len(self.doc) \
                    and self.doc[token.i + 1].lower_ in {"der", "des"} \
                    and self._organisation_at(token.i + 2):  # "Aus Kreisen der Esa": whose circles
                org = self.entities[self.token_entity[token.i + 2]]
                written = next(m.text for m in org.mentions if m.tok_start <= token.i + 2 < m.tok_end)
                name = f"Kreise {self.doc[token.i + 1].lower_} {written}"  # (in the genitive, as written)
            another = any(m.lower_.startswith(("weiter", "ander")) for m in mods)
            key = f"anonymous:{name}"
            if key in self.entities and self._singular_definite(start_i, token) \
                    and self._plural_group(self.entities[key]):
                continue  # "nach Angaben von Diplomaten … sagte der Diplomat": someone the text named
            if another or (key in self.entities and self._is_indefinite(start_i)
                           and any(m.tok_start < token.i for m in self.entities[key].mentions)
                           and mods):
                counter[name] = counter.get(name, 1) + 1
                key = f"{key}#{counter[name]}"
            # "laut Medienberichten": unnamed outlets, an actor of this article only
            media = base in MEDIA_REPORT_NOUNS
            ent = self.entity(key, name, "media" if media else "anonymous")
            ent.local = ent.local or media
            self.attach(ent, self.mention(start_i, token.i + 1, "anonymous"))

    def _singular_definite(self, start: int, noun: Token) -> bool:
        """A noun phrase in the nominative singular with "der" ("der Diplomat", not "der
        Diplomaten")."""
        return self.doc[start].lower_ == "der" and not noun.lower_.endswith("en")

    def _plural_group(self, ent: Entity) -> bool:
        """An unnamed source the text names only in the plural ("nach Angaben von Diplomaten"):
        no "der Diplomat" later."""
        return all(self.doc[m.tok_end - 1].lower_.endswith("en") and not any(
            t.lower_ in {"ein", "einem", "einen", "eines", "der", "dem", "den", "des"}
            for t in self.doc[m.tok_start : m.tok_end - 1]) for m in ent.mentions)

    def _organisation_at(self, i: int) -> bool:
        """An organisation's name begins at token ``i``."""
        ent = self.entities.get(self.token_entity.get(i, ""))
        return ent is not None and ent.type in {"organization", "media"}

    def _unnamed_named_before(self, token: Token, start: int) -> Entity | None:
        """The unnamed source a definite noun refers back to: the last one before whose noun is
        this noun or ends in it ("Ein hochrangiger Nato-Diplomat … so der Diplomat")."""
        if self.doc[start].lower_ not in DEFINITE or token.i == start:
            return None
        noun = token.lemma_.lower()
        singular = self._singular_definite(start, token)
        found = [e for e in self.entities.values() if e.type == "anonymous"
                 and e.name.split()[-1].lower().rsplit("-", 1)[-1].endswith(noun)
                 and any(m.tok_start < start for m in e.mentions)
                 and not (singular and self._plural_group(e))]  # (not "von Diplomaten")
        if noun in RESEARCH_NOUNS:  # "Forscher der Universität Bayreuth … nach Einschätzung der Forscher"
            found += [e for e in self.entities.values() if e.type == "organization" and any(
                m.kind == "role" and m.tok_start < start
                and self.doc[m.tok_end - 1].lemma_.lower() in RESEARCH_NOUNS for m in e.mentions)]
        last = {e.key: self._last_before(e, start) for e in found}
        if noun in SPOKES_NOUNS:  # or whom the spokesperson named last spoke for ("Ein Sprecher der
            # Armee …, so der Sprecher"; "Ein Sprecher von Verkehrsminister X")
            for e in self.entities.values():
                spoke = self._spokes_mentioned(e, noun, start, words=3)
                if spoke is not None:
                    found.append(e)
                    last[e.key] = spoke
        return max(found, key=lambda e: last[e.key]) if found else None

    def _bare_group(self, token: Token) -> bool:
        """A plural with no article before it and its adjectives, not in the genitive
        ("Hilfsorganisationen warnten", "Mehrere Organisationen forderten")."""
        j = token.i - 1
        while j >= 0 and self.doc[j].pos_ == "ADJ":
            j -= 1
        return "Gen" not in token.morph.get("Case") and (
            j < 0 or self.doc[j].pos_ != "DET" or self.doc[j].lower_ in {"mehrere", "viele", "einige"})

    def _named_in_apposition(self, token: Token) -> bool:
        """A singular person noun whose apposition names the person, closed by a comma or the
        sentence's end ("Ein Sprecher des Ostkommandos, Oberst Shi Yi, erklärte"; not "unter
        Berufung auf Regierungskreise, Verteidigungsminister Boris Pistorius habe …")."""
        person = self.apposed_person(token.i)[0]
        if person is None or "Plur" in token.morph.get("Number"):
            return False
        end = next((m.tok_end for m in person.mentions if token.i < m.tok_start < token.i + 14), None)
        return end is not None and end < len(self.doc) and self.doc[end].text in {",", ".", ")", ";"}

    def _phrase_start(self, token: Token) -> int:
        """The first of the adjectives before a noun, with the adverbs and negations that modify
        them ("Ein namentlich nicht genannter General": "namentlich")."""
        k = token.i - 1
        while k >= token.sent.start and (self.doc[k].pos_ == "ADJ" or (
                self.doc[k].pos_ in {"ADV", "PART"} and k + 1 < token.i
                and self.doc[k + 1].pos_ in {"ADJ", "ADV", "PART"})):
            k -= 1
        return k + 1

    def _unnamed_by_modifier(self, token: Token) -> bool:
        """"Ein namentlich nicht genannter General", "ein ungenannter Diplomat": the words before
        the noun say that the text keeps the name back."""
        words = [t.lower_ for t in self.doc[self._phrase_start(token) : token.i]]
        return any(w.startswith(("ungenannt", "anonym")) for w in words) or (
            any(w.startswith("genannt") for w in words) and any(w in {"nicht", "nie"} for w in words))

    def _keeps_name_back(self, token: Token) -> str | None:
        """"Ein Busfahrer aus Hamburg, der nicht namentlich genannt werden wollte": a person noun
        after "ein"/"eine" whose relative clause keeps the name back is an unnamed source."""
        k = self._phrase_start(token) - 1
        if token.pos_ != "NOUN" or k < 0 or not self._is_indefinite(k) or self.doc[k].pos_ != "DET" \
                or not (PERSON_NOUN_RE.search(token.lemma_.lower()) or self.is_role(token)):
            return None
        if self._unnamed_by_modifier(token):
            return token.lemma_.lower()  # "Ein namentlich nicht genannter Mitarbeiter"
        comma = next((t.i for t in self.doc[token.i + 1 : min(token.i + 6, token.sent.end)] if t.text == ","),
                     None)
        clause = relative_clause_after(list(self.doc[comma : token.sent.end])) if comma else []
        familiar = any(t.lower_ == "vertraut" for t in clause) and any(t.lower_ == "mit" for t in clause)
        # (or says it knows the matter from inside: "Ein Spielerberater, der mit den Vorgängen
        # vertraut ist")
        return token.lemma_.lower() if withholds_name(clause, self.lex.anonymity_words) or familiar else None

    def _familiar_with(self, token: Token) -> str | None:
        """"Ein mit den Plänen vertrauter Manager", "eine mit der Sache vertraute Person": someone
        the text describes only by what he knows of is an unnamed source."""
        if token.pos_ not in {"NOUN", "PROPN"} or token.i < 3 or not token.text[:1].isupper() \
                or not self.doc[token.i - 1].lower_.startswith("vertraut"):
            return None
        before = [t.lower_ for t in self.doc[max(token.sent.start, token.i - 8) : token.i - 1]]
        if "mit" not in before or not any(w.startswith("ein") or w in {"zwei", "drei", "mehrere"}
                                          for w in before[: before.index("mit")]):
            return None
        return token.lemma_.lower()

    def _relied_on(self, token: Token) -> str | None:
        """"unter Berufung auf zwei Kardinäle", "mit Verweis auf Teilnehmer": people a report
        relies on, unnamed, are its anonymous source."""
        k = token.i - 1
        while k > 0 and self.doc[k].pos_ in {"ADJ", "NUM", "DET"}:
            k -= 1
        if k < 1 or self.doc[k].lower_ != "auf" or self.doc[k - 1].lower_ not in RELYING_NOUNS \
                or token.pos_ != "NOUN":
            return None
        lemma = token.lemma_.lower()
        # (people, by their role, kind or a person noun's ending in the masculine or feminine: "einen
        # Gefängniswärter", not "ein internes Papier der Bundespolizei")
        person = self.is_role(token) or noun_base(token, STRANGER_NOUNS | self.lex.anonymous_nouns) or (
            PERSON_NOUN_RE.search(lemma) and "Neut" not in token.morph.get("Gender"))
        return lemma if person else None

    def _speaking_group(self, token: Token) -> str | None:
        """"Die Veranstalter warfen der Polizei … vor", "Die Ingenieure vermuteten, …",
        "Oppositionspolitiker sprachen von …": people named by a plural noun for persons who are
        the subject of a speech verb are an unnamed group (not the members of a body named after
        them: "Forscher des Instituts")."""
        lemma = token.lemma_.lower()
        found = PERSON_NOUN_RE.search(lemma)
        after = self.doc[token.i + 1].lower_ if token.i + 1 < len(self.doc) else ""
        # (the subject of a speech verb, or people whose account a report noun names: "Nach
        # Schätzungen der Veranstalter kamen …")
        account = token.i >= 2 and self.doc[token.i - 1].lower_ == "der" \
            and self.lex.report_noun(self.doc[token.i - 2].text)
        if token.pos_ != "NOUN" or found is None \
                or found.group(1) == "e" or not tagged_plural(token) or self.is_role(token) \
                or lemma in TEAM_NOUNS | RESEARCH_NOUNS or lemma.startswith("autor") \
                or after in {"des", "der", "von", "vom"} or lemma.endswith((*self._generic, *THING_PLURALS)) \
                or not (account or (token.dep_ in {"nsubj", "sb"} and self._speech_verb(token.head))):
            return None  # (a role noun is the described speakers' pass's: "Die Schlichter"; a team the
            # team pass's: "schreiben die Autoren")
        if account:
            return token.lower_
        if token.i < token.head.i and any(t.text == "," for t in self.doc[token.i : token.head.i]):
            return None  # (inside the words before ", sagte X")
        if any(c.dep_ == "aux" and c.lemma_ == "sollen" for c in token.head.children):
            return None  # "sollen Investoren … Interesse signalisiert haben": hearsay about them
        k = token.i - 1
        while k >= 0 and self.doc[k].pos_ == "ADJ":
            k -= 1
        if k >= 0 and (self.doc[k].pos_ == "NUM"
                       or self.doc[k].lower_ in {"einige", "mehrere", "viele", "manche", "der", "ein"}):
            return None  # (counted people: "Zwei Zeugen sagten"; one: "Der oberste Führer")
        return token.lower_

    def _speech_verb(self, verb: Token) -> bool:
        """A verb that is a cue with its particle, if the cue has one ("gingen … aus", not
        "gingen … vor")."""
        particle = next((c.lower_ for c in verb.children if c.dep_ == "compound:prt"), "")
        lemma = verb.lemma_.lower()
        return any(c == lemma if not particle else c.startswith(particle)
                   for c in self.lex.cue_candidates(verb.lemma_, verb.text))

    def _speaking_stranger(self, token: Token) -> str | None:
        """"Eine Frau, die vor dem Rathaus wartete, sagte, …", "Ein älterer Mann erzählte",
        "„…“, sagte ihre Mutter": a person the text introduces as "eine Frau" or "ein Mann", or
        by a family tie, and who speaks is an unnamed source (later "die 62-Jährige" is her, not
        the mayor named before)."""
        lemma = token.lemma_.lower()
        stranger = noun_base(token, STRANGER_NOUNS) is not None  # also "Ein Ladenbesitzer"
        role = self.is_role(token) and noun_base(token, SPOKES_NOUNS) is None
        # (any noun for a person, "Ein Brauer, der seit 30 Jahren dort arbeitet, sagte", when a cue
        # verb follows; not a kind of company: "Ein Versicherer")
        # (not a bare "-e" word, "Eine Laboranalyse", nor one of a body: "Ein Journalist der dpa")
        found = PERSON_NOUN_RE.search(lemma)
        person = found is not None and found.group(1) != "e" and "Neut" not in token.morph.get("Gender") \
            and lemma.rsplit("-", 1)[-1] not in self._generic and not tagged_plural(token) \
            and not (token.i + 1 < len(self.doc)
                     and self.doc[token.i + 1].lower_ in {"des", "der", "von", "vom"})
        if token.pos_ != "NOUN" or token.dep_ not in {"nsubj", "sb"} \
                or not (stranger or role or person or lemma in RELATIVE_NOUNS):
            return None
        k = self._phrase_start(token) - 1
        if k < 0 or self.doc[k].pos_ != "DET":
            return None
        indefinite = self._is_indefinite(k)  # "Eine Frau", "eine Mutter", "Eine Anwältin"
        kin = self.doc[k].tag_ == "PPOSAT" and lemma in RELATIVE_NOUNS | {"frau", "mann"}  # "seine Frau"
        if not (indefinite or kin):
            return None
        head = token.head
        if role and self._name_apposed(token, head):
            return None  # "ein Talibanführer auf pakistanischer Seite, Baitullah Mehsud, erklärte"
        # (a stranger who says nothing yet may be whom a pronoun later means: "Eine Stammkundin
        # hat Tränen in den Augen. Wo solle sie denn jetzt hin, fragt sie.")
        cue = bool(self.lex.cue_candidates(head.lemma_, head.text))
        if person and not (stranger or role or kin):  # (one person: "Ein", not "Einige Anhänger")
            return lemma if indefinite and cue and self.doc[k].lower_ in {"ein", "eine"} else None
        return lemma if (stranger and indefinite) or cue else None

    def _name_apposed(self, token: Token, verb: Token) -> bool:
        """Between the noun and its verb, capitalised words between commas that hold a name
        ("Ein Talibanführer auf pakistanischer Seite, Baitullah Mehsud, erklärte")."""
        commas = [t.i for t in self.doc[token.i + 1 : verb.i] if t.text == ","]
        return any(0 < b - a - 1 <= 4
                   and all(t.is_alpha and t.text[:1].isupper() for t in self.doc[a + 1 : b])
                   and any(t.pos_ == "PROPN" or t.ent_type_ == "PER" for t in self.doc[a + 1 : b])
                   for a, b in pairwise(commas))

    def _state_organs(self) -> None:
        """"die Armee", "das Militär", "die Regierung" with the definite article alone: the state
        whose organ the text named in this or the two sentences before ("Israels Armee", "die
        israelische Regierung"), if it named just one; any organ by the noun the text gave one
        state's before ("Das russische Verteidigungsministerium …. Später teilte das
        Verteidigungsministerium mit", "des Militärs")."""
        named = self._organs_named()
        for token in self.doc[1:]:
            if self.doc[token.i - 1].lower_ not in {"die", "das", "der", "den", "dem", "des"}:
                continue
            nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if nxt is not None and (nxt.i in self.token_entity or nxt.lower_ in {"des", "der", "von", "in"}
                                    or nxt.ent_type_ or nxt.pos_ == "PROPN" or nxt.text in QUOTE_MARKS):
                continue  # "die Regierung Frankreichs", "das Militär in Mali", "der Nachrichtenagentur
                # Reuters": named there
            forms = {token.lower_, token.lower_.removesuffix("s"), token.lower_.removesuffix("es")}
            owners = {named[f] for f in forms if f in named and named[f][1] < token.i}
            local = self.at(token.i)
            if len(owners) == 1 and (local is None or (
                    local.local and local.type == "organization" and local.name.lower() in forms)):
                state = self.entities[owners.pop()[0]]
                if local is not None:  # the ministry found as an institution of the article
                    self._merge(local, state, as_role=True)
                else:
                    self.attach(state, self.mention(token.i - 1, token.i + 1, "role"), alias=False)
                continue
            if token.i in self.token_entity or not forms & ORGAN_NOUNS:
                continue
            start = self.window_start(token.i, 3)
            owners = {self.token_entity[t] for t in range(start, token.i - 1) if t in self.token_entity
                      and self.entities[self.token_entity[t]].type == "state" and self._organ_of(t)}
            if len(owners) == 1:
                state = self.entities[owners.pop()]
                self.attach(state, self.mention(token.i - 1, token.i + 1, "role"), alias=False)

    def _organs_named(self) -> dict[str, tuple[str, int]]:
        """Organ nouns the text gave a state by its adjective or genitive ("Das russische
        Verteidigungsministerium", "Israels Armee"): the noun (lower case) -> the state's key and
        where first named."""
        out: dict[str, tuple[str, int]] = {}
        for ent in self.entities.values():
            if ent.type != "state":
                continue
            for m in ent.mentions:
                organ = self.doc[m.tok_end] if m.tok_end < len(self.doc) else None
                if organ is not None and organ.pos_ == "NOUN" and self._organ_of(m.tok_end - 1):
                    low = organ.lower_
                    for form in {low, low.removesuffix("s"), low.removesuffix("es")}:
                        if form in out and out[form][0] != ent.key:
                            out[form] = ("", 0)  # two states' ministries: whose is unclear
                        elif form not in out:
                            out[form] = (ent.key, organ.i)
        return {k: v for k, v in out.items() if v[0]}

    def _organ_of(self, i: int) -> bool:
        """The state named at ``i`` is an organ's ("Israels Armee", "die israelische Regierung"),
        not a named body's ("die chinesische Nachrichtenagentur Xinhua")."""
        organ = self.doc[i + 1] if i + 1 < len(self.doc) else None
        return organ is not None and self.lex.state_organ(organ.lower_) and (
            organ.i + 1 >= len(self.doc) or organ.i + 1 not in self.token_entity) \
            and self.land_organ(self.at(i), organ)

    def _state_organ(self, token: Token) -> bool:
        """"des israelischen Militärs" (a state's organ with the definite article: the state),
        "ein Armeesprecher" (the one state named in this or the sentence before); not "ein
        israelischer Militär" (an officer)."""
        state = None
        start = token.i - 1 if token.i > 0 and self.doc[token.i - 1].lower_ in ARTICLES else token.i
        if self.lex.state_organ(token.lower_) and token.i >= 2 and \
                self.doc[token.i - 2].lower_ in {"des", "das", "dem", "der"}:
            state, start = self.at(token.i - 1), token.i - 2
            state = state if state is not None and state.type == "state" and self.land_organ(state, token) \
                else None
        elif re.fullmatch(r"(armee|militär|streitkräfte)s?sprecher(in)?", token.lower_):
            found = {self.token_entity[t] for t in range(self.window_start(token.i, 2), token.sent.end)
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
                self.attach(ent, self.mention(token.i, token.i + 1, "role"), alias=False)
                return True
        return False

    def _epithet_after_cue(self, token: Token) -> bool:
        """A singular noun with "der" or "die" as the subject after its speech verb, a person named
        in this or the two sentences before ("…, sagte Kriminaldirektor Rainer Pfisterer. … Ob …,
        sei offen, betonte der Ermittler"): a description of that person, no unnamed source."""
        if token.i == 0 or self.doc[token.i - 1].lower_ not in {"der", "die"} or tagged_plural(token) \
                or token.dep_ not in {"nsubj", "sb"} or token.head.i > token.i \
                or not self.lex.cue_candidates(token.head.lemma_, token.head.text):
            return False
        if any(t.lemma_ == token.lemma_ for t in self.doc[: token.i]) \
                or noun_base(token, SPOKES_NOUNS | STRANGER_NOUNS | WITNESS_NOUNS) is not None:
            return False  # ("Ein Zeuge sah … sagte der Zeuge": the unnamed one introduced before; "sagte
            # der Sprecher" is someone else)
        sents = [s for s in self.doc.sents if s.start <= token.i][-3:]
        return any(e.type == "person" and any(sents[0].start <= m.tok_start < token.i for m in e.mentions)
                   for e in self.entities.values())

    def _investigators(self, token: Token) -> bool:
        """"Die Ermittler" after the police or prosecutors were named: that body (the last one
        named), not an unnamed source."""
        if token.lower_ not in {"ermittler", "ermittlern"} or token.i == 0 \
                or self.doc[token.i - 1].lower_ not in {"die", "den", "der"}:
            return False
        if self.doc[token.i - 1].lower_ == "der" and token.dep_ in {"nsubj", "sb"}:
            return False  # "…, betonte der Ermittler": one investigator, a person
        bodies = [e for e in self.entities.values() if e.type == "organization" and any(
            w in e.name.lower() for w in ("polizei", "staatsanwaltschaft", "kriminalamt", "lka", "bka"))
            and self._last_before(e, token.i) >= 0]
        if not bodies:
            return False
        body = max(bodies, key=lambda e: self._last_before(e, token.i))
        self.attach(body, self.mention(token.i - 1, token.i + 1, "role"))
        return True

    def _has_modifier(self, token: Token) -> bool:
        """An adjective before a bare "Personen"/"Quelle", or words after it that say what it
        knows: "Personen aus dem Umfeld des Aufsichtsrats", "Personen, die mit den Verhandlungen
        vertraut sind"."""
        if token.i > 0 and self.doc[token.i - 1].pos_ == "ADJ":
            return True
        after = self.doc[token.i + 1 : min(token.i + 4, token.sent.end)]
        if len(after) >= 2 and after[0].lower_ == "aus" and any(
                t.lower_ in {"umfeld", "kreisen"} or t.lower_.endswith("kreisen") for t in after[1:]):
            return True
        clause = relative_clause_after(list(self.doc[token.i + 1 : token.sent.end])) \
            if token.i + 1 < len(self.doc) and self.doc[token.i + 1].text == "," else []
        return any(t.lower_.startswith("vertraut") for t in clause)

    def _is_indefinite(self, i: int) -> bool:
        return self.doc[i].lower_.startswith("ein")

    def _anon_name(self, mods: list[Token], noun: Token) -> str:
        """Nominative name of an unnamed source: "einem hochrangigen Nato-Diplomaten" →
        "hochrangiger Nato-Diplomat", "aus Regierungskreisen" → "Regierungskreise"."""
        feminine = noun.lower_.endswith("in") or noun.lemma_.lower() in FEMININE_NOUNS  # "vertraute Person"
        # ("ein langjähriges Vorstandsmitglied" → "langjähriges Vorstandsmitglied")
        neuter = not feminine and noun.lower_.endswith("mitglied")
        # (plural-only "Kreise": "libanesischer Sicherheitskreise" → "libanesische Sicherheitskreise")
        plural = noun.lower_.endswith(("kreise", "kreisen"))
        words = [stem + ("e" if feminine or plural else "es" if neuter else "er")
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
        compound = re.fullmatch(r"(.+?)s?sprecher(in|innen|s|n)?", token.lower_)  # "eines Konzernsprechers"
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
                    and not written.lower().endswith(LINKED_NOUN_ENDINGS) \
                    and compound.group(2) not in {"s", "n"}:
                # "Ein BASF-Sprecher", "ein Evonik-Sprecher": the company (not "Regierungs-"; and a
                # new company only as the subject, not from "eines Werft-Sprechers")
                org = self.entity(f"organization:{written}", written, "organization")
        j = token.i + 1
        if org is None and prefix and self._outlet_after(j):
            return False  # "sagte ein Botschaftssprecher der Nachrichtenagentur dpa": said to dpa
        if org is None and j + 1 < len(self.doc) and self.doc[j].lower_ in {"des", "der", "von", "vom"}:
            # "ein Sprecher des Ministeriums", "ein Sprecher des Betreibers BASF"
            k = j + 2 if self.doc[j + 1].pos_ == "NOUN" and j + 2 < len(self.doc) \
                and (j + 1) not in self.token_entity else j + 1
            key = self.token_entity.get(k)
            if key and self.doc[k].pos_ == "ADJ" and k + 1 < len(self.doc) \
                    and not self.land_organ(self.entities[key], self.doc[k + 1]):
                key = None  # "des bayerischen Kultusministeriums": the ministry, not the Land
            while key is None and k < j + 3 and self.doc[k].pos_ == "ADJ" and self.doc[k].text.islower() \
                    and k + 1 < len(self.doc):
                # "ein Sprecher des bayerischen Kultusministeriums": the ministry after its adjective
                k += 1
                key = self.token_entity.get(k)
                key = key if key and self.entities[key].type == "organization" else None
            # (or a person: "eine Sprecherin von Minister Paul Lehnert" speaks for him)
            if key and self.entities[key].type in {"organization", "state", "media", "person"}:
                org = self.entities[key]  # the whole name: "des Nationalen Sicherheitsrats"
                end = next((m.tok_end for m in org.mentions if m.tok_start <= k < m.tok_end), k + 1)
                if self.doc[k].pos_ == "ADJ" and end == k + 1 and end < len(self.doc) \
                        and self.doc[end].pos_ == "NOUN":
                    end += 1  # "des chinesischen Handelsministeriums": the state's organ, whole
                    named = self.entities.get(self.token_entity.get(end, "")) if end < len(self.doc) else None
                    if named is not None and named.type in {"organization", "media"}:
                        # "der nepalesischen Luftfahrtbehörde CAAN": the organ by its name
                        org = named
                        end = next(m.tok_end for m in named.mentions if m.tok_start <= end < m.tok_end)
        if org is None and j + 1 < len(self.doc) and self.doc[j].lower_ in {"des", "der"} \
                and j + 1 not in self.token_entity:
            org = self._acronym_compound(self.doc[j + 1])  # "eine Sprecherin des GKV-Spitzenverbands"
            end = j + 2 if org is not None else end
        if org is None and j + 1 < len(self.doc) and self.doc[j].lower_ in {"des", "der"} \
                and j + 1 not in self.token_entity and (noun := self._generic_head(self.doc[j + 1])) \
                and not (j + 2 < len(self.doc) and (self.doc[j + 2].lower_ in {"von", "vom"}
                                                    or j + 2 in self.token_entity)):
            # "ein Sprecher des Automobilclubs", "eine Sprecherin des Bündnisses": the one the
            # text introduced that way (not "ein Vertreter des Mutterkonzerns von Airbus")
            org = self._generic_referent(noun, self._generic[noun], token.i)
            end = j + 2 if org is not None else end
        if org is None and token.lower_ in {"sprecher", "sprecherin", "sprechers"} \
                and not (j < len(self.doc) and self.doc[j].lower_ in {"des", "der", "von", "vom"}):
            # "Das BAMF verzeichnete …, so eine Sprecherin." (but "Ein Sprecher der Miliz sagte im
            # Fernsehsender Al-Manar" speaks for the militia, not for the channel); "der Sprecher"
            # is first the one named before ("Ein Sprecher des Konzerns bestätigte …. Zuvor hatte
            # das Handelsblatt berichtet. …, sagte der Sprecher")
            org = self._spokes_named_before(token) if start < token.i \
                and self.doc[start].lower_ in {"der", "die", "dem", "den", "des"} else None
            org = org or self._only_org_near(token)
        if org is None and j + 1 < len(self.doc) and self.doc[j].lower_ in {"des", "der"}:
            org, end = self._spoken_for_body(j + 1) or (None, end)
        if org is None:
            return False
        # (no other name of it: "Ein Sprecher des Ministeriums" is not what the ministry is called)
        self.attach(org, self.mention(start, end, "role"), alias=False)
        return True

    def _outlet_after(self, j: int) -> bool:
        """"der Nachrichtenagentur dpa", "der „Bild“" from token ``j`` on: an outlet after "der"."""
        if j >= len(self.doc) or self.doc[j].lower_ != "der":
            return False
        k = j + 1
        while k < len(self.doc) and k - j < 4 and k not in self.token_entity and (
                self.doc[k].text in QUOTE_MARKS or self.doc[k].pos_ in {"NOUN", "ADJ"}):
            k += 1
        key = self.token_entity.get(k)
        return key is not None and self.entities[key].type == "media"

    def _spokes_named_before(self, token: Token) -> Entity | None:
        """The organisation whose spokesperson of the same noun the text named last before
        ``token`` ("Ein Sprecher des Konzerns", "ein Konzernsprecher" … "der Sprecher"), else None."""
        noun = token.lower_.rstrip("s").removesuffix("in")
        spoke = [(at, e) for e in self.entities.values() if e.type in {"organization", "media", "state"}
                 and (at := self._spokes_mentioned(e, noun, token.i, words=2, inside=True)) is not None]
        return max(spoke, key=lambda x: x[0])[1] if spoke else None

    def _spokes_mentioned(self, ent: Entity, noun: str, before: int, words: int,
                          inside: bool = False) -> int | None:
        """Where ``ent``'s last spokesperson mention before token ``before`` starts: a role mention
        whose first ``words`` words end in ``noun`` (also "eines Polizeisprechers"; with ``inside``
        hold it anywhere: "ein Konzernsprechers"), else None."""
        starts = [m.tok_start for m in ent.mentions if m.kind == "role" and m.tok_start < before
                  and any((noun in w) if inside else w.endswith(noun)
                          for w in self.doc[m.tok_start : m.tok_end][:words].lemma_.lower().split())]
        return max(starts) if starts else None

    def _spoken_for_body(self, i: int) -> tuple[Entity, int] | None:
        """"Ein Sprecher der Berliner Strafgerichte", "eine Sprecherin der Aufsicht": a body the
        genitive names by a kind of institution that no pass knows is an organisation of this
        article (``local``) and the spokesperson's, with its end token; else None."""
        k = i
        while k < len(self.doc) and self.doc[k].pos_ == "ADJ" and k - i < 3:
            k += 1
        noun = self.doc[k] if k < len(self.doc) else None
        if noun is None or noun.pos_ not in {"NOUN", "PROPN"} or noun.ent_type_ \
                or not noun.text[:1].isupper() \
                or any(t in self.token_entity for t in range(i, k + 1)) or self.is_role(noun) \
                or (k + 1 < len(self.doc) and self.doc[k + 1].lower_ in {"von", "vom"}):
            return None  # (not "ein Vertreter des Mutterkonzerns von Airbus")
        low = noun.lower_
        # the genitive's stem: "Bündnisses", "Ostkommandos", "Amtes"
        stem = genitive_stem(low, lambda rest: rest.endswith(BODY_HEADS))
        if stem is None and not low.endswith(BODY_HEADS):
            return None
        word = noun.text[: len(stem)] if stem else noun.text
        # a place adjective in "-er" keeps its form ("der Berliner Strafgerichte"); others are left out
        places = [t.text for t in self.doc[i:k] if t.text[:1].isupper() and t.text.endswith("er")]
        name = " ".join([*places, word])
        ent = self.entity(f"body:{name.lower()}", name, "organization")
        ent.local = True
        self.attach(ent, self.mention(i - 1, k + 1, "role"), alias=False)
        return ent, k + 1

    def _acronym_compound(self, word: Token) -> Entity | None:
        """An organisation named by an acronym and an organisation noun ("GKV-Spitzenverbands",
        "DFB-Präsidiums"), in the genitive after a spokesperson: that organisation."""
        prefix, _, head = word.text.partition("-")
        heads = (*self.lex.entities.get("association_nouns", ()), *self._generic, *self.lex.body_nouns,
                 "präsidium", "fraktion")
        if not (2 <= len(prefix) <= 6 and prefix.isupper() and prefix.isalpha() and head[:1].isupper()):
            return None
        stem = head.lower()
        for ending in ("es", "s", ""):
            if stem.endswith(ending) and stem[: len(stem) - len(ending)].endswith(heads):
                name = word.text[: len(word.text) - len(ending)] if ending else word.text
                ent = self.entity(f"organization:{name}", name, "organization")
                self.attach(ent, self.mention(word.i, word.i + 1, "name"))
                return ent
        return None

    def _only_org_near(self, token: Token) -> Entity | None:
        """The one organisation or outlet named in the sentence of a bare "ein Sprecher", else
        in the sentence before; none if a person is named there too (whose spokesperson?)."""
        sents = [s for s in self.doc.sents if s.start <= token.i][-2:]
        for sent in reversed(sents):
            found = {self.token_entity[t] for t in range(sent.start, sent.end)
                     if t in self.token_entity and not self._in_dateline(t)}  # not "Berlin (dpa) -"
            found -= self._spoken_to(sent)
            types = {self.entities[key].type for key in found}
            if "person" in types:
                return None
            # (a state as the subject by a name or metonym: "Das Weiße Haus reagierte zurückhaltend")
            orgs = [key for key in found if self.entities[key].type in {"organization", "media"} or (
                self.entities[key].type == "state" and self._state_subject(self.entities[key], sent))]
            if len(orgs) > 1:  # "Das Unternehmen habe beim Amtsgericht … gestellt, teilte ein Sprecher
                # mit": the one that is a subject
                orgs = [key for key in orgs if self._subject_in(self.entities[key], sent)]
            if orgs:
                return self.entities[orgs[0]] if len(orgs) == 1 else None
            body = self.named_body(list(sent)) if sent.start < token.i and not found else None
            if body is not None:  # "Der Bankenverband wies die Vorwürfe zurück. …, sagte ein Sprecher."
                return body
        return None

    def _subject_in(self, ent: Entity, sent: SpacySpan) -> bool:
        """A mention of the actor in the sentence is a subject (not an adjective of a state)."""
        return any(sent.start <= m.tok_start < sent.end and m.kind != "adjective"
                   and any(self.doc[t].dep_ in {"nsubj", "sb"} for t in range(m.tok_start, m.tok_end))
                   for m in ent.mentions)

    def _state_subject(self, state: Entity, sent: SpacySpan) -> bool:
        """The state is the subject of the sentence by a name or metonym, not an adjective or a
        place ("Das Weiße Haus reagierte", not "In Deutschland wächst die Sorge")."""
        return self._subject_in(state, sent)

    def _spoken_to(self, sent: SpacySpan) -> set[str]:
        """Outlets a sentence names as the one spoken to ("sagte dem Sender", "dem „Spiegel“",
        "sagte der FAZ", "gegenüber der „Bild“"): whom someone speaks to, not whose
        spokesperson he is (but "ein Sprecher der Zeitung" is its own)."""
        return {key for key in {self.token_entity.get(t) for t in range(sent.start, sent.end)} if key
                and self.entities[key].type == "media" and any(
                    sent.start <= m.tok_start < sent.end and self._addressed(m.tok_start, sent.start)
                    for m in self.entities[key].mentions)}

    def _addressed(self, start: int, first: int) -> bool:
        """Whether the outlet whose mention starts at ``start`` is addressed: a dative article
        before it, or "der" after a verb or "gegenüber" (an outlet noun may stand between: "dem
        Sender NDR")."""
        k = start
        while k > first and (self.doc[k - 1].text in QUOTE_MARKS or (
                self.doc[k - 1].lower_.endswith(OUTLET_NOUNS) and k - 1 not in self.token_entity)):
            k -= 1
        words = [t for t in (self.doc[k], self.doc[k - 1] if k > first else None) if t is not None]
        article = next((t for t in words if t.lower_ in {"dem", "der"}), None)
        if article is None:
            return k > first and self.doc[k - 1].lower_ == "gegenüber"
        if article.lower_ == "dem":
            return True
        before = self.doc[article.i - 1] if article.i > first else None
        return before is not None and (
            before.pos_ in {"VERB", "AUX"} or before.lower_ in {"gegenüber", "mit"})

    def _quoted_outlets(self) -> None:
        """A quoted title-case name that ends in an outlet word ("der „Rhein-Neckar-Zeitung“")
        is an outlet even where no source phrase introduces it."""
        endings = tuple(self.lex.entities.get("outlet_title_endings", ()))
        for token in self.doc:
            if token.text not in {"„", "»"} or token.i + 1 >= len(self.doc):
                continue
            close = next((t.i for t in self.doc[token.i + 1 : token.i + 7] if t.text in CLOSING_QUOTES), None)
            if close is None or close == token.i + 1:
                continue
            last = self.doc[close - 1].lower_.rsplit("-", 1)[-1]
            before = list(self.doc[max(0, token.i - 4) : token.i])
            # ("gegenüber der Zeitschrift „Automobilwoche“": whom someone speaks to)
            addressed = any(t.lower_ == "gegenüber" and all(
                x.pos_ in {"DET", "NOUN"} for x in before[k + 1 :]) for k, t in enumerate(before))
            # ("die Internet-Nachrichtensite „Golem“": a medium's noun before the name)
            kind = before[-1].lower_ if before and before[-1].pos_ == "NOUN" else ""
            medium = kind.endswith((*self.lex.entities["media_words"], *PAGE_WORDS))
            if (last.endswith(endings) or addressed or medium) \
                    and not any(t in self.token_entity for t in range(token.i, close)):
                self.quoted_name(list(self.doc[max(0, token.i - 1) : close + 1]), media=True)

    def _outlet_compounds(self) -> None:
        """"der ARD-Dopingredaktion", "die ARD-„Tagesschau“": a compound of a known outlet and a
        newsroom or programme is that outlet speaking."""
        for token in self.doc:
            text = token.text
            if "-" not in text:
                continue
            prefix, _, rest = text.partition("-")
            if token.i in self.token_entity or not prefix[:1].isupper():
                continue
            known = self._gazetteer.get(tuple(self._tokens(prefix)))
            if known is None or known[1] != "media":
                continue
            end = token.i + 1
            title = rest.lstrip("„»\"")
            if rest[:1] in {"„", "»", '"'} or (not rest and end < len(self.doc)
                                               and self.doc[end].text in {"„", "»", '"'}):
                # "ARD-„Tagesschau“": the programme title in quotation marks goes with it
                close = next((t.i for t in self.doc[end : end + 5] if t.text in CLOSING_QUOTES), None)
                end = close + 1 if close is not None else end
            elif not title.lower().endswith(NEWSROOM_WORDS):
                continue  # (a "ZDF-Sprecherin" is a person, a "ZDF-Hochrechnung" a report)
            ent = self.entity(f"media:{known[0]}", *known)
            self.attach(ent, self.mention(token.i, end, "compound"))

    def quoted_name(self, tokens: list[Token], media: bool = False) -> Entity | None:
        """An outlet or organisation a source phrase names in quotation marks that no list or
        model knew ("laut der „Lippischen Landes-Zeitung“"): an outlet if a media word ends it
        ("Zeitung", "Magazin"), else an organisation; None without a quoted title-case name."""
        opening = next((k for k, t in enumerate(tokens) if t.text in {"„", "»"}), None)
        if opening is None:
            return None
        closing = next((k for k in range(opening + 1, len(tokens)) if tokens[k].text in CLOSING_QUOTES), None)
        words = tokens[opening + 1 : closing] if closing is not None else []
        if not self.untaken_title(words):
            return None
        name = " ".join(w.text for w in words)
        if opening > 0 and tokens[opening - 1].lower_ == "der":  # the dative: "der „…Allgemeinen“"
            name = feminine_dative_nominative(name)
        endings = self.outlet_endings
        if opening > 0 and tokens[opening - 1].lower_ == "des":  # "des «Tages-Anzeigers»", "des „Kuriers“"
            name = genitive_outlet_nominative(name, endings)
        last = name.split()[-1].rsplit("-", 1)[-1].lower()
        media = media or any(last.endswith(word) for word in endings)
        typ: ActorType = "media" if media else "organization"
        ent = self.entity(f"{typ}:{name}", name, typ)
        self.attach(ent, self.mention(words[0].i, words[-1].i + 1, "name"))
        return ent

    def entourage(self, tokens: list[Token]) -> Entity:
        """An unnamed source around someone ("Umfeld von Kanzler Merz", "Umfeld des Ministers")."""
        words = [t.text for t in tokens if not t.is_punct]
        if len(words) > 2 and words[0].lower() == "aus" and words[1].lower() in WITHIN:
            # "Aus dem Präsidialamt": "Kreise im Präsidialamt", unnamed people in it
            words = ["Kreise", *WITHIN[words[1].lower()].split(), *words[2:]]
        elif len(words) > 1 and words[0].lower() == "aus" and words[1][:1].isupper():
            words = ["Kreise", "in", *words[1:]]  # "Aus Paris hieß es": "Kreise in Paris"
        name = " ".join(words)
        name = name[:1].upper() + name[1:]  # "Umfeld des Ministers", also within a sentence
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

    def named_body(self, tokens: list[Token]) -> Entity | None:
        """A body no list or model knew, named by a definite phrase whose head is a compound of a
        kind of body, maybe with "für …" ("Der Hessische Turnverband", "dem Fiskalrat", "Der
        Landesbund für Vogelschutz", "Der Bund für Umwelt und Naturschutz"): a new actor under
        its nominative name; not a bare kind ("der Verband" refers back)."""
        if len(tokens) < 2 or tokens[0].lower_ not in {"der", "die", "das", "dem", "den", "des"}:
            return None
        k = 1
        while k < len(tokens) and tokens[k].pos_ == "ADJ" and tokens[k].text[:1].isupper():
            k += 1
        if k >= len(tokens) or tokens[k].pos_ not in {"NOUN", "PROPN"} or tokens[k].i in self.token_entity:
            return None
        head = tokens[k]
        stem = next((f for f in (head.lower_, head.lower_.removesuffix("s"), head.lower_.removesuffix("es"))
                     if f.endswith(ORG_HEADS)), None)
        end = k + 1
        if end + 1 < len(tokens) and tokens[end].lower_ == "für" and tokens[end + 1].text[:1].isupper():
            end += 1  # "… für Umwelt und Naturschutz"
            while end < len(tokens) and (tokens[end].text[:1].isupper() or (
                    tokens[end].lower_ == "und" and end + 1 < len(tokens)
                    and tokens[end + 1].text[:1].isupper())):
                end += 1
        elif end + 1 < len(tokens) and tokens[end].lower_ in {"der", "des"}:
            j = end + 1  # "Der Berufsverband der Deutschen Dermatologen": whose body, in the genitive
            while j < len(tokens) and tokens[j].pos_ == "ADJ" and tokens[j].text[:1].isupper():
                j += 1
            if j < len(tokens) and tokens[j].pos_ == "NOUN" and tokens[j].text[:1].isupper() and j > end + 1:
                end = j + 1
        kind = next((h for h in ORG_HEADS if stem and stem.endswith(h)), None)
        if kind is None or (len(stem) <= len(kind) + 3 and end == k + 1) or self._generic.get(stem) \
                or self.is_role(head) or (kind == "rat" and head.text.split("-")[0].isupper()):
            return None  # (a person: "der SVP-Bundesrat", "der CDU-Stadtrat")
        after = tokens[end - 1].i + 1
        if after < len(self.doc) and (after in self.token_entity or self.doc[after].ent_type_
                                      or self.doc[after].pos_ == "PROPN"):
            return None  # "Der Eigentümerverband Haus & Grund": the kind before a name
        name = nominative_name(self.doc[tokens[1].i : tokens[end - 1].i + 1])
        ent = self.entity(f"organization:{name}", name, "organization")
        self.attach(ent, self.mention(tokens[1].i, tokens[end - 1].i + 1, "name"))
        return ent

    def compound_source(self, token: Token) -> Entity | None:
        """The actor a compound report noun names ("Nach Polizeiangaben", "laut
        ZDF-Hochrechnung", "Nach dpa-Informationen"): an actor of the article or a known
        name, else an institution noun; the word becomes a mention of it."""
        prefix = self.lex.report_prefix(token.text)
        if not prefix:
            return None
        variants = organisation_variants()  # ("IAEA-Bericht" after "der Internationalen Atomenergiebehörde")
        ent = next((e for e in self.entities.values() if prefix in (e.name, *e.aliases)
                    or variants.get(e.name) == prefix or variants.get(prefix) == e.name), None)
        known = self._gazetteer.get(tuple(self._tokens(prefix))) if ent is None else None
        if known is not None:
            ent = self.entity(f"{known[1]}:{known[0]}", *known)
        elif ent is None and "-" in token.text and (load_gazetteer().lookup(prefix) or ("",))[0] == "ORG":
            ent = self.entity(f"organization:{prefix}", prefix, "organization")  # "laut einer Forsa-Umfrage"
        closed = ent is None and "-" not in token.text  # "Polizeiangaben", not "dpa-Informationen"
        name = self.lex.institution(prefix[:1].upper() + prefix[1:]) if closed else None
        if name is not None:
            ent = self._institution(name, token.i)
        if ent is not None:
            self.attach(ent, self.mention(token.i, token.i + 1, "compound"))
        return ent
