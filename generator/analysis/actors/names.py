"""Named mentions: gazetteer names, the parser's entities, titled names, surnames, short
forms and the compounds a name opens ("EU-Truppen", "Nato-Sprecher")."""

from __future__ import annotations

import functools
import re
from functools import cached_property

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.actors.index import (
    ACRONYM_HEADS,
    ARTICLES,
    LEGAL_FORMS,
    PERSON_NOUN_RE,
    SURNAME_PREFIX_RE,
    ActorIndex,
    Entity,
    Mention,
    _capitalized,
)
from generator.analysis.names import (
    feminine_dative_nominative,
    genitive_outlet_nominative,
    listed_strong_form,
    nominative_name,
)
from generator.analysis.phrases import CLOSING_QUOTES, MEDIA_NOUNS, OPENING_QUOTES, QUOTE_MARKS
from generator.model import ActorType
from generator.nlp.gazetteer import QUOTED_MEDIA, parenthesised_acronym, spells
from generator.nlp.gazetteer_data import load_gazetteer, noun_form, organisation_variants

# Heads of compounds that name a poll by its maker ("Forsa-Umfrage", "INSA-Meinungstrend"): a
# mention of the pollster, not another name of it
SURVEY_HEADS = frozenset({"umfrage", "meinungstrend", "politbarometer", "deutschlandtrend", "erhebung"})
# brackets the model may take into the end of a name ("Verband Privater Medien (")
OPENING_BRACKETS = {"(", "[", "{"}
# Heads of compounds that name the actor of their first part ("EU-Truppen", "Nato-Sprecher").
ACTOR_HEADS = SURVEY_HEADS | {"bericht", "berichts", "berichten", "informationen", "angaben", "verbündete",
               "verbündeten", "truppen", "staaten", "partner", "partnern", "regierung",
               "kommission", "führung", "sprecher", "sprecherin", "armee", "militär",
               "streitkräfte", "streitkräften", "agentur", "recherchen", "recherche", "meldung",
               "zeitung", "chef", "chefin", "fraktion", "landtagsfraktion", "bundestagsfraktion",
               "ratsfraktion", "parteiführung", "parteispitze", "spitze",
               # a party's parts: "Die SPD-Opposition kündigte an", "Der SPD-Ortsverein verlangte"
               "opposition", "ortsverein", "ortsverband", "kreisverband", "landesverband",
               "bezirksverband", "stadtverband", "vorstand", "parteivorstand", "landesvorstand",
               "bundesvorstand", "präsidium"}
PERSON_HEADS = {"chef", "chefin", "sprecher", "sprecherin"}  # "Nato-Chef", "UN-Sprecherin"
INITIAL_RE = re.compile(r"[A-ZÄÖÜ]\.")  # a surname cut to its initial in court reports ("Ahmet K.")
NEWSPAPER_WORDS = frozenset({"Welt", "Zeit", "Bild", "Stern"})  # outlets named by a common noun
# heads of compounds whose acronym names the group itself ("RSF-Miliz", "PKK-Bewegung")
GROUP_HEADS = frozenset({"miliz", "bewegung", "partei", "organisation", "gruppe", "terrorgruppe",
                         "terrormiliz"})
TIME_WORDS = frozenset({"ende", "anfang", "mitte", "zeit"})  # "der Verband Ende Mai": no name


# names of German parties by their family, which stand for the party only where the text also
# names it: another country's liberals or social democrats are not the FDP or the SPD
PARTY_NICKNAMES = {"Liberale": "FDP", "Liberalen": "FDP", "Sozialdemokraten": "SPD"}
# nouns for a kind of outlet before its name ("dem israelischen Sender Kan"; not "Ratingagentur")
OUTLET_KINDS = (*MEDIA_NOUNS, "nachrichtenagentur", "presseagentur", "sender", "senders", "fernsehen")
# nouns for a kind of platform ("auf dem Kurznachrichtendienst X")
PLATFORM_NOUNS = ("plattform", "dienst", "netzwerk", "kanal", "account", "profil")
# words before a noun that make it one ("die LWB", "bei der LWB", "beim ADAC")
ARTICLE_WORDS = frozenset({"der", "die", "das", "des", "dem", "den", "beim", "vom", "zum", "zur", "im"})


# words of Berlin's own government: where the text has them, "Berlin" is the Land
BERLIN_LAND_RE = re.compile(r"Regierende[nr]? Bürgermeister|Abgeordnetenhaus|Senatsverwaltung|Berliner Senat"
                            r"|Senat von Berlin|Bezirksamt|Bezirksbürgermeister")


@functools.cache
def _clubs_named_after(land: str) -> tuple[str, ...]:
    """The gazetteer's sports clubs with the Land's name as a word of theirs ("Werder Bremen")."""
    return tuple(sorted(name for name, (_, kind) in load_gazetteer().names.items()
                        if kind == "sport" and land in name.split() and name != land))


class NameMentions(ActorIndex):
    """Passes that find named mentions."""

    def _known_names(self) -> None:
        toks = [t.lower_ for t in self.doc]
        i = 0
        longest = max((len(k) for k in self._gazetteer), default=1)
        owners: dict[tuple[str, ...], str] = {}  # a state's alias the text gave another state
        while i < len(toks):
            for n in range(min(longest, len(toks) - i), 0, -1):
                hit = self._gazetteer.get(tuple(toks[i : i + n]))
                if hit is None and toks[i + n - 1].endswith("s") and self.doc[i + n - 1].pos_ == "PROPN":
                    # the genitive of a state's name: "Ministerpräsident Thailands"
                    hit = self._gazetteer.get((*toks[i : i + n - 1], toks[i + n - 1][:-1]))
                    hit = hit if hit and hit[1] == "state" else None
                if hit and " ".join(toks[i : i + n]) != hit[0].lower() \
                        and i > 1 and toks[i - 1] in {"in", "nach", "bei"} \
                        and not (hit[1] == "state" and self.lex.state_organ(toks[i - 2])):
                    # "in Berlin", "bei Karlsruhe": the city, not the state or court it stands
                    # for (but "das Außenministerium in Peking" is China's)
                    hit = None
                if hit and hit[1] == "state" and (self._opens_person_name(i, n) or self._in_dateline(i)
                                                  or self._opens_longer_name(i, n, {"ORG", "MISC"})):
                    hit = None  # "Verteidigungsminister Israel Katz"; "Berlin (dpa) -"; "Bangkok Post"
                exact = " ".join(toks[i : i + n]) == hit[0].lower() if hit else False
                if hit and exact and hit[1] == "state" and self._ends_association_name(i):
                    hit = None  # "Der Handelsverband Deutschland": the association's name, see _kind_named
                if hit and not exact and i > 0 and self.doc[i - 1].pos_ in {"NOUN", "PROPN"} \
                        and self.doc[i - 1].text[:1].isupper() and tuple(toks[i : i + n]) in self._gazetteer \
                        and (load_gazetteer().lookup(self.doc[i : i + n].text) or ("",))[0] == "LOC":
                    hit = None  # "die Verbraucherzentrale Berlin", "des Polizeipräsidiums Karlsruhe": a place
                hit = self._land_hit(i, hit) if hit else hit
                if hit and hit[1] == "media" and not exact and i + n < len(toks) \
                        and self.doc[i + n].text in OPENING_QUOTES:
                    hit = None  # "Die Tageszeitung „Kurier“": a kind of outlet before its name, not the taz
                if hit and hit[1] in {"media", "organization"} and self._surname_of_person(i, n):
                    hit = None  # "Geschäftsführerin Beate Spiegel": her surname, not the weekly
                if hit and (hit[1] != "state" or exact) and self._inside_longer_name(i, n):
                    # (but "Zentralbank Russlands" names the state in the genitive)
                    hit = None  # "Das Landgericht Karlsruhe" is not the court "Karlsruhe" stands for
                if hit and hit[1] == "media" and i + n < len(toks) and toks[i + n] in {"der", "des"} \
                        and any(t.text in NEWSPAPER_WORDS for t in self.doc[i : i + n]):
                    hit = None  # "„Die Zeit der Ausreden ist vorbei“": time, not the weekly
                if hit and n > 1 and self.doc[i].lower_ in ARTICLES and self.doc[i].text.islower():
                    hit = None  # "die Welt könne sich …" (the newspaper is "Die Welt", „Welt“)
                if hit and n == 2 and self.doc[i].lower_ in ARTICLES \
                        and self.doc[i + 1].text in NEWSPAPER_WORDS \
                        and not (i > 0 and self.doc[i - 1].text in OPENING_QUOTES) and not (
                            i + n < len(self.doc) and self.lex.cue_candidates(
                                self.doc[i + n].lemma_, self.doc[i + n].text)):
                    hit = None  # "Die Welt schaue auf Antalya" (but "Die Welt berichtete")
                if hit and hit[1] == "media" and i > 0 and self.doc[i - 1].text in OPENING_QUOTES \
                        and any(t.text in NEWSPAPER_WORDS for t in self.doc[i : i + n]) \
                        and i + n < len(self.doc) and self.doc[i + n].pos_ in {"VERB", "AUX"}:
                    hit = None  # "„Die Welt steht an einem Abgrund …“": a quotation opens with the world
                if hit and hit[0].lower() != " ".join(toks[i : i + n]) and i > 0 \
                        and self._company_noun(i - 1):
                    hit = None  # "Der Versicherer Allianz": the company, not the alliance (Nato)
                if hit and hit[1] != "state" and self._opens_longer_name(i, n, {"ORG"}) \
                        and self._known_longer(i):
                    hit = None  # "Die Grüne Jugend": the youth organisation, not the party
                if hit and self._thing_before(i):
                    hit = None  # "beim Schützenpanzer Puma", "die Raumsonde „Phoenix“": a thing
                if hit and n == 1 and self.doc[i].text.islower() and self.doc[i].pos_ == "ADJ":
                    hit = None  # "die liberale Zeitung", "die grüne Wiese": an adjective, not the party
                if hit and n == 2 and self.doc[i].lower_ in ARTICLES and self.doc[i + 1].pos_ == "ADJ" \
                        and self.doc[i + 1].text.islower():
                    hit = None  # "Das erste Schiff", "Die linke Hand": no channel "Das Erste", no party
                if hit and tuple(toks[i : i + n]) in self.acronyms and not self.doc[i : i + n].text.isupper():
                    hit = None  # "Kim Jong Un" is not the UN
                if hit and hit[1] == "state" and not exact:
                    # "der österreichischen Bundesregierung": another state's organ, not Germany's,
                    # and so is "die Bundesregierung" after it
                    alias = tuple(toks[i : i + n])
                    other = self.adjectives.get(re.sub(r"(e|en|em|er|es)$", "", toks[i - 1])) if i else None
                    if other and other != hit[0]:
                        owners.setdefault(alias, other if alias not in owners else "")
                        hit = (other, "state")
                    elif not other and alias not in owners:
                        owners[alias] = ""  # named bare first: the home state's
                    elif not other and owners[alias]:
                        hit = (owners[alias], "state")
                if hit and not (n == 1 and self._is_common_word(self.doc[i])):
                    name, typ = hit
                    self.attach(self.entity(f"{typ}:{name}", name, typ), self.mention(i, i + n, "name"))
                    i += n
                    break
            else:
                self._compound(i)
                i += 1

    def _land_hit(self, i: int, hit: tuple[str, ActorType]) -> tuple[str, ActorType] | None:
        """A gazetteer hit at token ``i`` as a German Land: none in a name ("die Ärztekammer
        Niedersachsen", "des Flughafens Bremen", "Medienanstalt Hamburg/Schleswig-Holstein") or
        for a club ("die Bayern", "Werder Bremen … Bremens Trainer"); "Berlin" is the Land where
        the text names its own government ("Berlins Regierender Bürgermeister"), else Germany's."""
        before = self.doc[i - 1] if i > 0 else None
        if hit[0] in self.laender and before is not None and (before.text == "/" or (
                before.pos_ in {"NOUN", "PROPN"} and before.text[:1].isupper() and not self.is_role(before))):
            return None
        if hit[0] in self.laender and ((before is not None and before.lower_ in {"die", "den", "der"})
                                       or hit[0] in self._club_laender):
            return None
        if hit == ("Deutschland", "state") and self.doc[i].lower_ in {"berlin", "berlins"} \
                and BERLIN_LAND_RE.search(self.text):
            return "Berlin", "state"
        return hit

    @cached_property
    def _club_laender(self) -> frozenset[str]:
        """The Länder a sports club the text names is named after ("Werder Bremen", "FC Bayern
        München"): there the Land's name is the club's."""
        return frozenset(land for land in self.laender for name in _clubs_named_after(land)
                         if re.search(rf"\b{re.escape(name)}\b", self.text))

    def _platforms(self) -> None:
        """"schrieb sie auf X", "teilte die Polizei auf Instagram mit", "auf der Plattform Truth
        Social": an online platform named as the channel is the medium of what was said there (a
        claim's ``via``), never its speaker."""
        names = sorted((name.split() for name in self.lex.platforms), key=len, reverse=True)
        first = {words[0] for words in names}
        for token in self.doc:
            if token.text not in first:
                continue
            for words in names:
                span = self.doc[token.i : token.i + len(words)]
                if [t.text for t in span] == words and token.i not in self.token_entity \
                        and self._platform(span):
                    name = " ".join(words)
                    self.attach(self.entity(f"media:{name}", name, "media"),
                                self.mention(span.start, span.end, "platform"))
                    break

    def _in_show_title(self, ent: SpacySpan) -> bool:
        """A name that opens a longer quotation right after "im", "bei" or "beim" ("bei „Hart
        aber fair“"; not "bei „Markus Lanz“", the host's own name)."""
        return ent.start >= 2 and self.doc[ent.start - 1].text in OPENING_QUOTES \
            and self.doc[ent.start - 2].lower_ in {"im", "bei", "beim"} \
            and ent.end < len(self.doc) and self.doc[ent.end].text not in CLOSING_QUOTES

    def _platform(self, ent: SpacySpan) -> bool:
        """An online platform named as the channel ("auf Telegram", "auf der Plattform X", "via
        Truth Social"), not as the company ("Facebook kündigte an")."""
        if ent.text not in self.lex.platforms:
            return False
        before = [t.lower_ for t in self.doc[max(0, ent.start - 3) : ent.start]]
        kind = any(w.endswith(PLATFORM_NOUNS) for w in before)  # "auf seiner Plattform Truth Social"
        return any(w in self.lex.platform_words or (kind and w == "über") for w in before)

    def _company_noun(self, i: int) -> bool:
        """A capitalised noun for a kind of company ("Versicherer", "Konzern"; ``company_nouns``)."""
        token = self.doc[i]
        if token.pos_ != "NOUN" or not token.text[:1].isupper():
            return False
        heads = self._company_heads  # (also in the genitive: "des Vergleichsportals Verivox")
        low = token.lower_
        return any(form.endswith(heads) for form in (token.lemma_.lower(), low, low.removesuffix("s"),
                                                     low.removesuffix("es")))

    def _ends_association_name(self, i: int) -> bool:
        """Whether the word at ``i`` goes on the name an association noun opens right before it,
        maybe after an acronym ("Der Handelsverband Deutschland", "Sozialverband VdK Deutschland")."""
        j = i - 1
        if j > 0 and _acronym(self.doc[j]):
            j -= 1
        return j >= 0 and self._association_noun(self.doc[j])

    def _association_noun(self, token: Token) -> bool:
        """A noun for a kind of association ("Sozialverband"; ``association_nouns``)."""
        return token.pos_ == "NOUN" and token.lemma_.lower().endswith(self._association_nouns)

    @property
    def _association_nouns(self) -> tuple[str, ...]:
        return tuple(self.lex.entities.get("association_nouns", ()))

    @property
    def _company_heads(self) -> tuple[str, ...]:
        return tuple(self.lex.entities.get("company_nouns", ()))

    def _inside_longer_name(self, i: int, n: int) -> bool:
        """Whether the words ``i:i+n`` end a longer organisation name the parser found, after
        a word the gazetteer does not know ("Oberlandesgericht Karlsruhe")."""
        token = self.doc[i]
        if token.ent_iob_ != "I" or token.ent_type_ != "ORG":
            return False
        start = i
        while start > 0 and self.doc[start].ent_iob_ == "I":
            start -= 1
        return any(t.lower_ not in ARTICLES for t in self.doc[start:i]) \
            and not self._gazetteer.get(tuple(t.lower_ for t in self.doc[start : i + n]))

    def _surname_of_person(self, i: int, n: int) -> bool:
        """Whether the words ``i:i+n`` end a name the parser typed as a person's that opens with a
        given name ("Beate Spiegel", "Hans Post")."""
        if self.doc[i].ent_iob_ != "I" or self.doc[i].ent_type_ != "PER" or (
                i + n < len(self.doc) and self.doc[i + n].ent_iob_ == "I"):
            return False
        start = i
        while start > 0 and self.doc[start].ent_iob_ == "I":
            start -= 1
        return self.doc[start].text in load_gazetteer().given_names

    def _opens_person_name(self, i: int, n: int) -> bool:
        """Whether the words ``i:i+n`` open a longer name the parser typed as a person."""
        return self._opens_longer_name(i, n, {"PER"})

    def _known_longer(self, i: int) -> bool:
        """The parser's name that token ``i`` opens is one the gazetteer knows as an organisation."""
        hit = load_gazetteer().lookup(self.doc[i : self._parser_name_end(i)].text)
        return hit is not None and hit[0] == "ORG"

    def _opens_longer_name(self, i: int, n: int, labels: set[str]) -> bool:
        """Whether the words ``i:i+n`` open a longer name the parser typed with one of ``labels``."""
        token = self.doc[i]
        if token.ent_iob_ != "B" or token.ent_type_ not in labels:
            return False
        return self._parser_name_end(i) > i + n

    def _parser_name_end(self, i: int) -> int:
        """End of the parser's entity that token ``i`` opens (its own end for one word)."""
        end = i + 1
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            end += 1
        return end

    def _is_common_word(self, token: Token) -> bool:
        """Single-word names that are also common words ("Welt", "Zeit", "Allianz")."""
        party = PARTY_NICKNAMES.get(token.text)
        if party is not None and re.search(rf"\b{party}\b", self.text) is None:
            return True  # "der Liberalen" of "die Liberale Partei Kanadas" is no FDP
        if token.text in {*NEWSPAPER_WORDS, "Linke", "Grüne", "Liberale", "Allianz",
                          "Verbündete", "Verbündeten"}:
            prev = token.nbor(-1).lower_ if token.i > 0 else ""
            if token.text in {"Allianz", "Verbündete", "Verbündeten"}:
                return not self._names_nato  # an alliance or allies, the Nato only where it is named
            return token.text in NEWSPAPER_WORDS or (
                token.text in {"Linke", "Grüne", "Liberale"} and prev not in {"die", "der", "den"})
        return False

    @cached_property
    def _names_nato(self) -> bool:
        return re.search(r"\b(?:Nato|NATO|Nordatlantikpakt)", self.text) is not None

    def _compound(self, i: int) -> None:
        token = self.doc[i]
        if "-" not in token.text:
            return
        parts = token.text.split("-")
        head = parts[-1].lower()
        if (head in PERSON_HEADS or PERSON_NOUN_RE.search(head)) and i + 1 < len(self.doc) \
                and self.doc[i + 1].ent_type_ == "PER":
            return  # "Nato-Chef Mark Rutte", "Bahn-Personalvorstand Martin Seiler": a title
        if self._gazetteer.get(tuple(self._tokens(token.text))) or token.text in organisation_variants() \
                or (len(parts) > 2 and parts[0] in NEWSPAPER_WORDS):
            return  # "Welt-Anti-Doping-Agentur": a name of its own, not a compound of "Welt"
        survey = head in SURVEY_HEADS
        for n in range(len(parts) - 1, 0, -1):
            prefix = "-".join(parts[:n])
            hit = self._gazetteer.get(tuple(self._tokens(prefix)))
            if hit is None and survey and (load_gazetteer().lookup(prefix) or ("",))[0] == "ORG":
                hit = (organisation_variants().get(prefix, prefix), "organization")  # "INSA-Meinungstrend"
            if hit and (head in ACTOR_HEADS or head in {"verbündeten"}) \
                    and not self._office_holders(token.text):  # "der UN-Chef": Guterres
                name, typ = hit
                ent = self.entity(f"{typ}:{name}", name, typ)
                self.attach(ent, self.mention(i, i + 1, "compound"), alias=not survey)
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

    def _kind_named(self) -> None:
        """"Der Bürgerverein Stühlinger": a noun for a kind of association (``association_nouns``)
        followed by a name the parser left untyped is an organisation of that name."""
        nouns = self._association_nouns
        for token in self.doc[:-1]:
            if token.pos_ != "NOUN" or token.i in self.token_entity or not token.text[:1].isupper():
                continue
            outlet = token.lower_.endswith(OUTLET_KINDS) or token.lemma_.lower().endswith(OUTLET_KINDS)
            company = self._company_noun(token.i) or outlet  # "dem israelischen Sender Kan"
            if not (company or token.lemma_.lower().endswith(nouns)):
                continue
            quoted = self._quoted_name(token.i + 1) if not company else None
            if quoted is not None:  # "Die Bürgerinitiative „Sauberes Wasser Kaldenbroich“": its name
                ent = self.entity(f"organization:{quoted.text}", quoted.text, "organization")
                self.attach(ent, self.mention(token.i, token.i + 1, "name"))
                self.attach(ent, self.mention(quoted.start, quoted.end, "name"))
                continue
            end = token.i + 1
            if end + 1 < len(self.doc) and end not in self.token_entity \
                    and self.doc[end].ent_iob_ == "B" and self.doc[end].ent_type_ == "LOC" \
                    and self.doc[end + 1].ent_iob_ != "I" and self.doc[end + 1].tag_ == "NE" \
                    and not self.doc[end + 1].ent_type_:
                end += 1  # "Der Versicherer Rheinland Assekuranz": a place-named company
            while end < len(self.doc) and end - token.i <= 3 and end not in self.token_entity \
                    and not self.doc[end].is_sent_start and not self.doc[end].text.endswith(".") \
                    and (self.doc[end].tag_ == "NE" or _acronym(self.doc[end])
                         or (self.doc[end].pos_ == "PROPN" and end == token.i + 1)) \
                    and (not self.doc[end].ent_type_ or (  # ("Sozialverband VdK Deutschland")
                        self.doc[end].ent_type_ == "LOC" and _acronym(self.doc[end - 1]))):
                end += 1  # ("Der Sozialverband VdK", the acronym tagged as a common noun)
            if end == token.i + 1 and end < len(self.doc) and end not in self.token_entity \
                    and self.doc[end].ent_iob_ == "B" and self.doc[end].ent_type_ == "LOC" \
                    and (end + 1 == len(self.doc) or self.doc[end + 1].ent_iob_ != "I") \
                    and (not company or outlet):
                end += 1  # "Der Einzelhandelsverband Nordbaden", "Die Fanhilfe Wolfsburg"
            if end == token.i + 1 and not company and self._noun_as_name(end):
                end += 1  # "Der Arbeitskreis Vorratsdatenspeicherung", "Der Verein Digitalcourage"
            if end == token.i + 1 or (end < len(self.doc) and self.doc[end].tag_ == "NE"):
                continue
            words = [t.text for t in self.doc[token.i + 1 : end]]
            if company and self._platform(self.doc[token.i + 1 : end]):
                continue  # "auf der Plattform X"
            if company:  # the noun is no part of the name
                name = " ".join(words)
                platform = name in self.lex.platforms and token.lower_.endswith(PLATFORM_NOUNS)
                typ: ActorType = "media" if outlet or platform else "organization"  # "Die Plattform X"
                self.attach(self.entity(f"{typ}:{name}", name, typ), self.mention(token.i + 1, end, "name"))
                continue
            name = " ".join([token.lemma_[:1].upper() + token.lemma_[1:], *words])
            self.attach(self.entity(f"organization:{name}", name, "organization"),
                        self.mention(token.i, end, "name"))

    def _quoted_name(self, i: int) -> SpacySpan | None:
        """The words in quotation marks that open at ``i`` when they can be a name of their own
        (``untaken_title``, with a word in them; or a slogan of up to six words that opens with a
        capital and is no sentence: "„Moorburg bleibt“", "„Rettet das Lindenhofbad“"), else None."""
        if i >= len(self.doc) or self.doc[i].text not in OPENING_QUOTES:
            return None
        close = next((j for j in range(i + 1, len(self.doc)) if self.doc[j].text in CLOSING_QUOTES), None)
        words = self.doc[i + 1 : close] if close is not None else None
        if words is None or not any(w.is_alpha for w in words):
            return None
        slogan = 2 <= len(words) <= 6 and words[0].is_alpha and words[0].text[:1].isupper() \
            and all(not w.is_punct or (w.text == "!" and w.i == words.end - 1) for w in words) \
            and not any(w.i in self.token_entity for w in words)
        return words if slogan or self.untaken_title(list(words)) else None

    def _thing_before(self, i: int) -> bool:
        """A noun that introduces a thing's name stands before the word at ``i``, maybe before an
        opening quotation mark ("die Raumsonde „Phoenix“")."""
        j = i - 1
        while j >= 0 and self.doc[j].text in OPENING_QUOTES:
            j -= 1
        return j >= 0 and self.lex.introduces_thing(self.doc[j])

    def _noun_as_name(self, i: int) -> bool:
        """A capitalised singular common noun right after a kind of association that names it:
        the clause goes on after it with a verb or a punctuation mark (not "der Verband Ende Mai")."""
        word = self.doc[i]
        nxt = self.doc[i + 1] if i + 1 < len(self.doc) else None
        return i not in self.token_entity and word.tag_ == "NN" and word.text[:1].isupper() \
            and word.is_alpha and word.morph.get("Number") != ["Plur"] and word.lower_ not in TIME_WORDS \
            and not self.is_role(word) and (nxt is None or nxt.pos_ in {"VERB", "AUX", "PUNCT"})

    def _untyped_acronyms(self) -> None:
        """"Die LWB hatte … verschickt": an acronym the model left untyped, after an article or a
        preposition with one, names an organisation (``common_acronyms`` aside: "die KI"); its
        other uses in the text are the same actor."""
        found: dict[str, Entity] = {}
        acronyms = [t for t in self.doc if _acronym(t)]  # ("die LWB", "der VdK")
        for token in acronyms:
            text = token.text
            if token.i == 0 or token.i in self.token_entity or token.ent_type_ \
                    or text.upper() in LEGAL_FORMS or text in self.lex.common_acronyms \
                    or self._gazetteer.get((text.lower(),)) is not None:
                continue
            if text not in found and self.doc[token.i - 1].lower_ in ARTICLE_WORDS:
                found[text] = self.entity(f"organization:{text}", text, "organization")
        for token in self.doc:  # "Die RSF-Miliz", "der PKK-Bewegung": the group its acronym names
            prefix, _, head = token.text.partition("-")
            if token.i not in self.token_entity and head.lower().rstrip("s") in GROUP_HEADS \
                    and _acronym_text(prefix) and prefix.isupper() \
                    and prefix not in self.lex.common_acronyms \
                    and token.i > 0 and self.doc[token.i - 1].pos_ in {"DET", "ADJ", "ADP"}:
                ent = found.get(prefix) or self.entity(f"organization:{prefix}", prefix, "organization")
                found[prefix] = ent
                self.attach(ent, self.mention(token.i, token.i + 1, "compound"))
        for token in acronyms if found else ():
            ent = found.get(token.text)
            kind = self.doc[token.i - 1] if token.i > 0 else None  # "Der Sozialverband VdK": _kind_named
            if ent is not None and token.i not in self.token_entity and not (
                    kind is not None and (self._association_noun(kind) or self._company_noun(kind.i))):
                self.attach(ent, self.mention(token.i, token.i + 1, "name"))

    def _named_entities(self) -> None:
        titles: list[int] = []
        things: set[str] = set()
        for ent in self.doc.ents:
            while len(ent) > 1 and ent[-1].text in OPENING_BRACKETS:
                # "Der Verband Privater Medien (Vaunet)" with the bracket in the name
                ent = SpacySpan(self.doc, ent.start, ent.end - 1, label=ent.label_)
            if any(t in self.token_entity for t in range(ent.start, ent.end)):
                continue
            if ent.label_ == "ORG" and (len(ent) == 1 or self.is_role(ent[-1])) and not ent.text.isupper() \
                    and ent.end < len(self.doc) and self.doc[ent.end].ent_iob_ == "B" \
                    and self.doc[ent.end].ent_type_ == "PER" \
                    and not (len(ent) == 1 and load_gazetteer().lookup(ent.text) is not None):
                # "Unionsfraktionsvize Jens Spahn", "der Dresdner IG-Metall-Bevollmächtigte Ralf
                # Kunze": a title, not a body (but "Die Vorsitzende der Linken Gesine Lötzsch": a
                # body the gazetteer knows)
                titles.append(ent.start)
                continue
            if ent.text.lower() in self.lex.event_names:
                continue  # "bei den Olympischen Spielen": an event
            if self._in_show_title(ent):
                continue  # "bei „Hart aber fair“": a programme's name, no person
            if self._platform(ent):
                continue  # "schrieb auf Telegram": where, not who
            if self._thing_before(ent.start):
                things.add(ent.text)  # "der Asteroid Apophis", "beim Schützenpanzer Puma": a thing's name
                continue
            if self._anonymous_base(ent[-1]) and ent.label_ != "PER" and not any(
                    t.pos_ == "NOUN" for t in ent[:-1]):  # not "Bund Deutscher Kriminalbeamter"
                continue  # "Insider", "Diplomaten": unnamed sources, typed below
            if ent.label_ == "ORG" and len(ent) > 1 and (
                    ent[-1].lower_ in self._generic or self.lex.institution(ent[-1].text)) \
                    and all(t.text.endswith("er") and t.text[:1].isupper() and (
                        t.tag_ == "ADJA" or (t.tag_ != "NN" and self.place_adjective(t.text)))
                        for t in ent[:-1]) and not (  # not "Das Manager Magazin"
                        (load_gazetteer().lookup(ent.text) or ent[-1].lower_ in PAPER_TITLE_NOUNS)
                        and not self._title_follows(ent.end)):
                # "das Stuttgarter Unternehmen", "das Karlsruher Gericht": referring back below; but
                # "der Aachener Zeitung" is the paper's name
                continue
            if len(ent) >= 2 and ent[-1].tag_ == "NN" and ent[-2].text.endswith("s") \
                    and ent[-2].text[:1].isupper() and ent.label_ in {"PER", "PERSON"} \
                    and ent[-2].text not in self.lex.name_genders:  # (not "Thomas Vogel")
                ent = ent[:-1]  # "McCains Kampagne": the person's campaign, the name is "McCains"
            if len(ent) == 1 and self._genitive_of_person(ent[0].text):
                continue  # "Anhänger Saddam Husseins" (typed ORG): the person's genitive, see _surnames
            if ent.label_ in {"PER", "PERSON"}:
                von = ent.start if ent[0].lower_ == "von" else ent.start - 1
                given = von + 1 < len(self.doc) and self.doc[von + 1].text in self.lex.name_genders
                # ("Ein Sprecher von Olaf Scholz": a person)
                if von >= 1 and self.doc[von].lower_ == "von" and self.is_role(self.doc[von - 1]) \
                        and not given:
                    continue  # "Die Bürgermeisterin von Bad Kreuzbach": a place, not a person
                if len(ent) == 1 and self._no_person(ent[0]):
                    continue
                if ent.text in things:
                    continue  # "Apophis" again, after "der Asteroid Apophis"
                if len(ent) == 1 and self.is_role(ent[0]) and ent.end < len(self.doc) \
                        and self.doc[ent.end].ent_type_ == "PER":
                    continue  # "sagte Gerichtspräsidentin Eva Roth": her title, not another person
                if len(ent) == 1 and self.is_role(ent[0]) and ent.start >= 2 \
                        and self.doc[ent.start - 1].text == "," \
                        and self.doc[ent.start - 2].ent_type_ == "PER":
                    continue  # "Ingrid Lassnig, Chefvolkswirtin der Wiener Alpenbank": her title
                self._person(ent.start, ent.end)
            elif len(ent) == 1 and self.is_role(ent[0]):
                continue  # "Kremlchef", "UN-Chef": a role, resolved to its person below
            elif len(ent) == 1 and ent[0].text in NEWSPAPER_WORDS and not (
                    ent.start > 0 and self.doc[ent.start - 1].text in OPENING_QUOTES):
                continue  # "die Welt könne sich …": the world, not the newspaper („Welt“)
            elif ent.label_ == "ORG" and len(ent) > 1 and all(t.text in self._headline_words for t in ent):
                continue  # the title "Massive Drohnenangriffe auf Kiew": words the body never uses
            elif ent.label_ == "ORG" and len(ent.text) > 1:
                ent = self._whole_quoted_name(self._without_description(ent))
                end = ent.end
                if ent[-1].text.endswith("-") and end + 1 < len(self.doc) and self.doc[end].lower_ in {
                        "und", "oder"} and self.doc[end + 1].pos_ in {"NOUN", "PROPN"}:
                    ent = self.doc[ent.start : end + 2]  # "… für Kinder- und Jugendmedizin": the whole name
                if ent.start >= 2 and self.doc[ent.start - 1].lower_ in {"und", "oder"} \
                        and self.doc[ent.start - 2].text.endswith("-") and self.doc[ent.start - 2].is_title \
                        and ent.start - 2 not in self.token_entity:
                    ent = self.doc[ent.start - 2 : ent.end]  # "Der Wasser- und Abwasserverband Lebus"
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
                        earlier = self.entities.get(f"{typ_}:{ent.text}")
                        if earlier is not None and earlier is not defined:
                            self._merge(earlier, defined)  # the acronym alone in the title before
                        self.key_alias[f"{typ_}:{ent.text}"] = defined.key
                    self.attach(defined, self.mention(ent.start, ent.end, "name"))
                    continue
                # "der Deutschen Bahn" and "die Deutsche Bahn" are one actor, "Deutsche Bahn"; a
                # form the gazetteer lists takes the name it is listed under ("Laut Statistischem
                # Bundesamt": "Statistisches Bundesamt")
                listed_as = organisation_variants().get(ent.text)
                name = listed_as if listed_as and " " in ent.text and " " in listed_as \
                    else nominative_name(ent).strip()
                name = listed_strong_form(name) or name  # "Deutscher Wetterdienst"
                first = ent.start - (1 if ent.start > 0 and self.doc[ent.start - 1].text in OPENING_QUOTES
                                     else 0)
                if name.endswith("s") and first > 0 and self.doc[first - 1].lower_ == "des" \
                        and " " in name and load_gazetteer().lookup(name[:-1]) is not None:
                    name = name[:-1]  # "des „Manager Magazins“": the gazetteer's "Manager Magazin"
                known = self._gazetteer.get(tuple(self._tokens(name)))
                if known is not None and known[0] != name and first > 0 and self._company_noun(first - 1):
                    known = None  # "Der Versicherer Allianz": the company, not the alliance (Nato)
                if known is not None:  # "des Weißen Hauses": the known "Weiße Haus"
                    self.attach(self.entity(f"{known[1]}:{known[0]}", *known),
                                self.mention(ent.start, ent.end, "name"))
                    continue
                # "Bundesagentur für Arbeit" and "Deutsche Post" are no media; "im Fernsehsender
                # Al-Manar", "der Zeitung Haaretz": the noun before says it is one
                # (the word before a quotation mark: "das Magazin „Bunte“")
                quoted = ent.start > 0 and self.doc[ent.start - 1].text in QUOTE_MARKS
                k = ent.start - (2 if quoted else 1)
                before = self.doc[k].lower_ if k >= 0 else ""
                listed = (load_gazetteer().lookup(name) or ("", ""))[1] == "media"  # "Hamburger Abendblatt"
                # a title that is also a common word, quoted ("des «Blick»", "die „Presse“")
                quoted_title = name in QUOTED_MEDIA and quoted
                typ: ActorType = "media" if listed or quoted_title or re.search(
                    r"(zeitung|(presse-?|nachrichten|bild)agentur|sender|magazin|news|times|nachrichten"
                    r"|rundschau|anzeiger|kurier|tage?blatt|abendblatt|volksstimme|sportschau|tagesschau|rundfunk)"
                    r"(?<=[a-z])e?s?\b"
                    r"|\w+er allgemeinen?$", name, re.I  # "der Thüringer Allgemeinen", "des Tages-Anzeigers"
                ) or re.search(  # "im Staatsfernsehen ERT"
                    r"(sender|zeitung|magazin|blatt|(presse|nachrichten)agentur|kanal|fernsehen"
                    r"|(nachrichten|news|technik|medien)portal|branchendienst)s?$",
                    before) else "organization"
                if typ == "media" and first > 0 and self.doc[first - 1].lower_ == "der" \
                        and name.split()[-1].lower().endswith(("zeitung", "rundschau", "presse", "post",
                                                               "allgemeinen")):
                    name = feminine_dative_nominative(name)  # "der „Wolfsburger Allgemeinen Zeitung“"
                if typ == "media" and first > 0 and self.doc[first - 1].lower_ == "des":
                    name = genitive_outlet_nominative(name, self.outlet_endings)  # "des «Tages-Anzeigers»"
                self.attach(self.entity(f"{typ}:{name}", name, typ),
                            self.mention(ent.start, ent.end, "name"))
        for i in titles:
            person = self.entities.get(self.token_entity.get(i + 1, ""))
            if person is not None and person.type == "person":
                person.role(self.doc[i].text)

    def _title_follows(self, i: int) -> bool:
        """A title right after a kind of paper ("Die Wiener Zeitung Der Standard", "der
        Johannesburger Zeitung „Mail & Guardian“"): the words before describe it."""
        return i < len(self.doc) and (self.doc[i].text in QUOTE_MARKS or (
            self.doc[i].text[:1].isupper() and self.doc[i].pos_ in {"DET", "PROPN", "NOUN"}))

    def _genitive_of_person(self, word: str) -> bool:
        """"Husseins", "McCains": the genitive of a person's surname found before."""
        return word.endswith("s") and any(
            e.type == "person" and e.key.split(":", 1)[1] == word[:-1] for e in self.entities.values())

    def _without_description(self, ent: SpacySpan) -> SpacySpan:
        """The name without the description the model took into it ("Münchner
        Vergleichsportal | Tarifo", "Technologiekonzern | Siemens")."""
        for k in range(len(ent) - 2, -1, -1):
            word = ent[k]
            if word.pos_ == "NOUN" and word.lower_.endswith(self._company_heads) \
                    and all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in ent[k + 1 :]):
                return ent[k + 1 :]
        return ent

    def _no_person(self, word: Token) -> bool:
        """A one-word "person" the model found that cannot be one: after "in", "bei", "nahe" ("in
        Chan Junis", "bei Fischbeck"; a person the text names in full is found by the surname), a
        common noun after an article or adjective ("stieß ins selbe Horn"), or a word only the
        title or a heading has ("Datenleck bei Vergleichsportal")."""
        prev = self.doc[word.i - 1] if word.i > 0 else None
        if prev is not None and prev.lower_ in {"in", "bei", "nahe"}:
            return True  # "in Chan Junis", "ein Deich bei Fischbeck": a place
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

    def _whole_quoted_name(self, ent: SpacySpan) -> SpacySpan:
        """The whole quoted name an organisation's name opens after an article ("die „Aktion
        Deutschland hilft“", "der „People's Alliance for Democracy“"), not the words the model
        took for it."""
        start, end = ent.start, ent.end
        if start < 2 or self.doc[start - 1].text not in OPENING_QUOTES or self.doc[start - 2].tag_ != "ART":
            return ent
        close = next((k for k in range(end, min(end + 4, len(self.doc)))
                      if self.doc[k].text in CLOSING_QUOTES or self.doc[k].is_punct), None)
        if close is None or close == end or self.doc[close].text not in CLOSING_QUOTES:
            return ent
        return self.doc[start:close]

    def _defined_acronym(self, ent: SpacySpan) -> Entity | None:
        """The actor an acronym in parentheses abbreviates, when the name right before the
        parenthesis spells it ("Deutsche Forschungsgemeinschaft (DFG)"), also in mixed case and
        without a leading place adjective or descriptor ("Kieler Institut für Weltwirtschaft
        (IfW)", "Pilotengewerkschaft Vereinigung Cockpit (VC)", "Eidgenössische
        Finanzmarktaufsicht (Finma)", "Verbraucherzentrale Bundesverband (vzbv)")."""
        text, i = ent.text, ent.start
        mixed = len(ent) == 1 and 2 <= len(text) <= 8 and text.isalpha() and i >= 2 \
            and self.doc[i - 1].text == "(" and ent.end < len(self.doc) and self.doc[ent.end].text == ")"
        if not (parenthesised_acronym(ent) or mixed):
            return None
        key = self.token_entity.get(i - 2)
        owner = self.entities.get(key) if key else None
        if owner is None or owner.type not in {"organization", "media"}:
            return None
        m = next((m for m in owner.mentions if m.tok_end == i - 1), None)
        # (a known acronym that does not spell the name is merged later, under its known name)
        return owner if m is not None and (self._abbreviates(text, m) or (
            self._foreign_acronym(text, m) and load_gazetteer().lookup(text) is None)) else None

    def _foreign_acronym(self, text: str, m: Mention) -> bool:
        """A capital acronym in parentheses right after an organisation's name of two or more
        words that does not spell it, as the acronyms of foreign names do: "Der Internationale
        Skiverband (FIS)", "des Internationalen Biathlonverbandes (IBU)"; not one the gazetteer
        lists as a party, an international body, an army or an outlet, which a name before it
        may belong to rather than be ("Die Europäische Kommission (EU)")."""
        if not (text.isalpha() and text.isupper() and 2 <= len(text) <= 6 and m.tok_end - m.tok_start >= 2):
            return False
        known = load_gazetteer().lookup(text)
        return known is None or known[1] not in {"party", "international", "military", "media"}

    def _abbreviates(self, text: str, m: Mention) -> bool:
        """Whether ``text`` is an acronym of the name mentioned at ``m``: of the parts of its
        hyphenated words, without a legal form ("Rhein-Neckar-Verkehr GmbH (RNV)") or a leading
        adjective or descriptor ("Eidgenössische Finanzmarktaufsicht (Finma)"), or of the words after
        "für"."""
        words = [part for t in self.doc[m.tok_start : m.tok_end] if t.text.upper() not in LEGAL_FORMS
                 for part in t.text.split("-") if part]
        # (or of what follows "für": "WSL-Institut für Schnee- und Lawinenforschung (SLF)")
        after_fuer = words[words.index("für") + 1 :] if "für" in words else []
        return bool(words) and (spells(text, words) or (len(words) >= 2 and (
            len(words) > 2 or self.doc[m.tok_start].pos_ == "ADJ") and spells(text, words[1:]))
            or (len(after_fuer) >= 2 and spells(text, after_fuer)))

    def _acronyms_in_parentheses(self) -> None:
        """"Finma rügt UBS" in the title, then "Die Eidgenössische Finanzmarktaufsicht (Finma)":
        an organisation's acronym in parentheses after its name is that organisation, also when
        the acronym was found on its own before."""
        gaz = load_gazetteer()
        for ent in list(self.entities.values()):
            if ent.type not in {"organization", "media"} or ent.key not in self.entities:
                continue
            for m in list(ent.mentions):
                end = m.tok_end
                if end + 2 >= len(self.doc) or self.doc[end].text != "(" or self.doc[end + 2].text != ")":
                    continue
                text = self.doc[end + 1].text
                short = self.at(end + 1) or self.entities.get(f"organization:{text}")
                if short is None or short is ent or short.type not in {"organization", "media"} \
                        or short.key not in self.entities \
                        or not (self._abbreviates(text, m) or self._foreign_acronym(text, m)):
                    continue
                if self.at(end + 1) is None:
                    self.attach(short, self.mention(end + 1, end + 2, "name"))
                if short.name != text or (gaz.lookup(text) and not gaz.lookup(ent.name)):
                    # named by its long form already ("Internationaler Währungsfonds"), or known by
                    # the acronym ("OSZE") as the other articles name it
                    self._merge(ent, short)
                    break
                self._merge(short, ent)
                ent.type = "media" if short.type == "media" else ent.type  # "Deutsche Presse Agentur (dpa)"

    def _person(self, i: int, j: int, kind: str = "name") -> Entity | None:
        span = self.doc[i:j]
        while span and not (_capitalized(span[-1]) or (  # "Ahmet K.": a surname cut to its initial
                len(span) > 1 and INITIAL_RE.fullmatch(span[-1].text) is not None)):
            span = span[:-1]
        while span and (span[0].lower_ in ARTICLES or not _capitalized(span[0])):
            span = span[1:]
        start = span.start if span else i
        titles = []
        while len(span) > 1 and self.is_role(span[0]) and _capitalized(span[1]) and not self.is_role(span[1]):
            titles.append(span[0].text)  # "Papst Franziskus" as the model's one name: a title
            span = span[1:]
        if not span or len(span.text) < 2:
            return None
        words = [t.text for t in span]
        if len(words) > 1 and self._name_in_genitive(span):
            words[-1] = words[-1][:-1]  # "die Ehrung Salman Rushdies": Salman Rushdie
        surname = SURNAME_PREFIX_RE.sub("", words[-1], count=1)  # "Safadi" for "al-Safadi"
        if surname.endswith("s") and self._surname_key(surname[:-1]):
            surname = surname[:-1]
        key = self._surname_key(surname) or f"person:{surname}"
        if key in self.entities and self._other_given_name(self.entities[key], words):
            key = f"person:{' '.join(words)}"  # "seine Frau Charlotte Merz" after Friedrich Merz
        ent = self.entity(key, " ".join(words), "person")
        full = " ".join(words).removesuffix("s") if words[-1] != surname else " ".join(words)
        if len(full.split()) > len(ent.name.split()):
            ent.alias(ent.name)
            ent.name = full
        self.attach(ent, self.mention(start, span.end, kind))
        for title in titles:
            ent.role(title)
        return ent

    def _name_in_genitive(self, span: SpacySpan) -> bool:
        """A full name with a genitive "-s" next to the noun it belongs to: tagged genitive or
        lemmatised without the "-s" ("Der Zustand Ariel Scharons", "John F. Kennedys
        Armbanduhr"), or right after an abstract noun ("die Ehrung Salman Rushdies"). A name
        after a title or an article does not inflect ("des Sängers Hans Albers"), nor does one
        ending in "-ss"."""
        last = span[-1]
        if not last.text.endswith("s") or last.text.endswith("ss") or len(last.text) < 4:
            return False
        before = self.doc[span.start - 1] if span.start > 0 else None
        after = self.doc[span.end] if span.end < len(self.doc) else None
        if before is not None and (before.pos_ == "DET" or self.is_role(before) or (
                PERSON_NOUN_RE.search(before.lower_.removesuffix("s"))
                and not (before.lower_.endswith("e") and before.morph.get("Gender") == ["Fem"]))):
            # "des Argentiniers Carlos Magarinos", "Mitinhaber Theodoros Boulgarides" (but "der
            # Wahlniederlage Barack Obamas": a feminine noun in "-e" names no person)
            return False
        if before is not None and before.tag_ == "NN" and _abstract_noun(before):
            # not a subject with its verb ("Der Vorsitzende der Selbstverwaltung Istvan Kovacs hob
            # hervor")
            return after is None or after.tag_ not in {"VVFIN", "VAFIN", "VMFIN"}
        beside_noun = any(t is not None and t.tag_ == "NN" for t in (before, after))
        return beside_noun and (last.morph.get("Case") == ["Gen"] or last.lemma_ == last.text[:-1])

    def _other_given_name(self, ent: Entity, words: list[str]) -> bool:
        """Whether ``words`` name another person than ``ent`` of the same surname: both start
        with a given name, and the two differ ("Charlotte Merz" is not Friedrich Merz)."""
        known = ent.name.split()
        genders = self.lex.name_genders
        return len(known) > 1 and len(words) > 1 and known[0] != words[0] \
            and known[0] in genders and words[0] in genders

    def _short_names(self) -> None:
        """A given name alone ("Wir haben Stefan viel zu verdanken") is the one person of the
        article with that given name; an organisation's first words alone ("Hertha") are the
        one organisation whose name begins with them ("Hertha BSC"); an acronym used before the
        text spells it out ("DWD: …" in the title, then "Deutscher Wetterdienst (DWD)") is that name."""
        for key, target in list(self.key_alias.items()):
            if key in self.entities and target in self.entities and key != target:
                self._merge(self.entities[key], self.entities[target])
        self._variant_names()
        for ent in list(self.entities.values()):
            words = ent.name.split()
            # (a double given name too: "Ann-Katrin" for "Ann-Katrin Berger")
            given = len(words) == 1 and (words[0] in self.lex.name_genders or all(
                part in self.lex.name_genders for part in words[0].split("-")))
            if ent.type == "person" and len(words) == 1:
                # (a surname that comes first, no given name: "Xi" for "Xi Jinping")
                longer = [e for e in self.entities.values() if e.type == "person"
                          and len(e.name.split()) > 1 and e.name.split()[0] == words[0]
                          and (given or e.name.split()[0] not in self.lex.name_genders)]
                if not longer and not any(e.type == "person" and e is not ent and words[0] in e.name.split()
                                          for e in self.entities.values()):
                    # "Hartwig" for the firm "Hartwig Automotive", no person of that name
                    longer = [e for e in self.entities.values() if e.type == "organization" and not e.local
                              and len(e.name.split()) > 1 and e.name.split()[0] == words[0]]
            elif ent.type == "person":
                # "Hallberg Logistik" (the model's person in the title) for the firm "Hallberg
                # Logistik SE": the name and a legal form
                longer = [e for e in self.entities.values() if e.type == "organization" and not e.local
                          and e.name.split()[:-1] == words and e.name.split()[-1].upper() in LEGAL_FORMS]
            elif ent.type == "organization" and not ent.local:
                # the first words ("Hertha" for "Hertha BSC") or, for one word, the last one
                # ("Gamesa" for "Siemens Gamesa")
                # (a known word only at the end of a longer name: "Esa" for "Europäische
                # Weltraumorganisation Esa", not "Union" for "Europäische Union")
                known = len(words) == 1 and load_gazetteer().lookup(words[0]) is not None
                last = len(words) == 1
                ends = [e for e in self.entities.values() if len(e.name.split()) >= (3 if known else 2)
                        and e.name.split()[-1] == words[0]]
                # (or an acronym inside it: "VdK" for "Sozialverband VdK Deutschland")
                inside = len(words) == 1 and _acronym_text(words[0])
                longer = [e for e in self.entities.values() if e.type == "organization" and not e.local
                          and len(e.name.split()) > len(words) and (e.name.split()[: len(words)] == words or (
                              last and e in ends)
                              or (inside and words[0] in e.name.split()))]
            else:
                continue
            if len(longer) == 1 and not (ent.type == "organization" and self._listed(ent.name)
                                         and self._listed(longer[0].name)):
                # (two names the lists know are two organisations: "Grüne" and "Grüne Jugend")
                self._merge(ent, longer[0])

    def _listed(self, name: str) -> bool:
        """A name the actor lists or the gazetteer know as an organisation's."""
        known = load_gazetteer().lookup(name)
        return tuple(self._tokens(name)) in self._gazetteer or (known is not None and known[0] == "ORG")

    def _variant_names(self) -> None:
        """Two names of one organisation in one article are one actor: a name the gazetteer lists
        as another's variant ("Der HSV" after "Der Hamburger SV"; under the longer name) and a
        name with a place adjective before another's ("Die Berliner Charité" … "die Charité";
        under the shorter)."""
        variants = organisation_variants()
        orgs = {e.name: e for e in self.entities.values() if e.type in {"organization", "media"}}
        for ent in list(orgs.values()):
            first, _, rest = ent.name.partition(" ")
            listed = orgs.get(variants.get(ent.name, ""))
            if listed is not None and listed is not ent and ent.key in self.entities \
                    and listed.key in self.entities:  # under the longer name ("FC Bayern München")
                short, long = sorted((ent, listed), key=lambda e: len(e.name))
                self._merge(short, long)
                continue
            shorter = orgs.get(rest) if rest and self.place_adjective(first) else None
            if shorter is not None and shorter is not ent and ent.key in self.entities \
                    and shorter.key in self.entities:
                self._merge(ent, shorter)
                continue
            # "Das Landeskriminalamt Baden-Württemberg … das LKA": a listed body with its place,
            # then the body's name or a variant of it alone (under the longer name)
            place_of = self._listed_body_at_place(ent.name)
            alone = [o for o in orgs.values() if o is not ent and o.key in self.entities
                     and place_of is not None and place_of in {o.name, variants.get(o.name)}]
            if len(alone) == 1 and ent.key in self.entities:
                self._merge(alone[0], ent)

    @staticmethod
    def _listed_body_at_place(name: str) -> str | None:
        """The listed name of a body named with its place ("Landeskriminalamt Baden-Württemberg":
        "Landeskriminalamt"), else None."""
        words = name.split()
        gaz = load_gazetteer()
        for k in range(1, len(words)):
            body, place = " ".join(words[:k]), " ".join(words[k:])
            if (gaz.lookup(place) or ("",))[0] == "LOC" and (gaz.lookup(body) or ("",))[0] == "ORG":
                return body
        return None

    def _surname_key(self, surname: str) -> str | None:
        key = f"person:{surname}"
        return key if key in self.entities else None

    def _titled_names(self) -> None:
        """Capitalised words after a title are a person ("Generalsekretär Mark Rutte")."""
        for token in self.doc:
            if token.i in self.token_entity or not self.is_role(token) \
                    or token.morph.get("Number") == ["Plur"]:
                continue  # (a title before a name is singular: "werteten die Forscher Messdaten aus",
                # "einige Abgeordnete Sympathie erkennen ließen")
            j = token.i + 1
            if j < len(self.doc) and self.doc[j].tag_ == "NN" and (
                    self.doc[j].morph.get("Number") == ["Plur"] or _abstract_noun(self.doc[j])):
                continue  # "nach Angaben der Forscher | Szenen aus …": a plural noun, no name;
                # "signalisierte die Ministerin Gesprächsbereitschaft": what she signalled
            while j < len(self.doc) and _capitalized(self.doc[j]) and j not in self.token_entity \
                    and not self.is_role(self.doc[j]) and self.doc[j].lower_ not in ARTICLES \
                    and j - token.i <= 3:
                j += 1
            after = self.entities.get(self.token_entity.get(j + 1, "")) if j + 1 < len(self.doc) else None
            if j < len(self.doc) and self.doc[j].text == "," and after is not None \
                    and after.type == "person" and self.doc[token.i + 1].tag_ == "NN":
                continue  # "Geschäftsführer Sport, Tobias Reinhardt": the title's words, then the name
            named = self.entities[self.token_entity[j]] if j in self.token_entity else None
            if named is not None and named.type == "person" and j > token.i + 1:
                # "SPD-Stadträtin Ayşe | Demir": the given name the model left out is the person's
                j = next((m.tok_end for m in named.mentions if m.tok_start == j), j)
            if j > token.i + 1 and not self.doc[token.i + 1].is_sent_start \
                    and self.doc[token.i + 1].ent_type_ not in {"LOC", "ORG", "GPE"}:
                self._person(token.i + 1, j)  # not "Ministerpräsident Thailands"

    def _organisation_names(self) -> None:
        """Other mentions of an organisation's name that the model left untyped ("Der
        Lieferdienst Kwikk … Kwikk wies die Vorwürfe zurück")."""
        names = {tuple(e.name.split()): e for e in self.entities.values()
                 if e.type in {"organization", "media"} and not e.local and len(e.name.split()) <= 3
                 and all(w[:1].isupper() for w in e.name.split())}
        for token in self.doc:
            for words, ent in names.items():
                end = token.i + len(words)
                if end <= len(self.doc) and all(k not in self.token_entity for k in range(token.i, end)) \
                        and tuple(t.text for t in self.doc[token.i : end]) == words \
                        and all(t.pos_ in {"PROPN", "X"} for t in self.doc[token.i : end]):
                    # (names only, no common words: not "Die Zeit drängt" for the weekly)
                    self.attach(ent, self.mention(token.i, end, "name"))

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


# endings of abstract nouns, which no surname has ("Gesprächsbereitschaft", "Zustimmung")
ABSTRACT_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ität", "ismus")


# nouns that make a place adjective before them a newspaper's name ("der Aachener Zeitung")
PAPER_TITLE_NOUNS = frozenset({"zeitung", "nachrichten", "rundschau", "anzeiger", "kurier", "tageblatt",
                               "tagblatt", "abendblatt", "volksstimme"})


def _abstract_noun(token: Token) -> bool:
    """A German abstract noun by its ending and the noun list: no name after a title."""
    return token.lower_.endswith(ABSTRACT_ENDINGS) and noun_form(token.text)


def _acronym(token: Token) -> bool:
    """A short word with capitals inside ("VdK", "BfArM"): an acronym, whatever its tag."""
    return token.is_alpha and _acronym_text(token.text)


def _acronym_text(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isalpha() and text[0].isupper() \
        and sum(c.isupper() for c in text) >= 2
