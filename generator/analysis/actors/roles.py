"""Roles: offices apposed to names, and the role nouns, demonyms and epithets that refer back
to a person the text named ("der Kanzler", "der Niederländer", "die 69-Jährige")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from generator.analysis.actors.described import EPITHET_ADJECTIVES
from generator.analysis.actors.index import (
    BODY_HEADS,
    KIN_NOUNS,
    PAGE_WORDS,
    PERSON_NOUN_RE,
    ActorIndex,
    Entity,
    Mention,
    _capitalized,
    noun_base,
    stems,
)
from generator.analysis.phrases import ACADEMIC_TITLES, DATED_NOUNS, OPENING_QUOTES, QUOTE_MARKS
from generator.analysis.subjects import tagged_plural
from generator.nlp.gazetteer import REGNAL_RE
from generator.nlp.gazetteer_data import genitive, load_gazetteer

# role nouns of one side in court ("der Verteidiger"), which never mean a person of the other side
COURT_SIDE_NOUNS = ("verteidiger", "verteidigerin", "staatsanwalt", "staatsanwältin", "ankläger",
                    "anklägerin")
ORG_ROLES = {"generalsekretär", "generalsekretärin", "sprecher", "sprecherin", "chef", "chefin",
             "vorsitzender", "vorsitzende", "obmann", "obfrau"}
# the titles of an organisation's head that "-chef" and "-chefin" stand for ("der SPD-Chef" for
# the "SPD-Vorsitzende"; the adjectival "Vorsitzende" is either)
CHIEF_TITLES = {"chef": ("chef", "präsident", "vorsitzender", "vorsitzende", "obmann"),
                "chefin": ("chefin", "präsidentin", "vorsitzende", "obfrau")}
# marks after which a headline's next part opens ("EKD-Synode: Ratsvorsitzende kündigt …")
HEADLINE_BREAKS = frozenset({":", "–", "—"})
# heads of an organisation, one for another in "der Notenbankchef" for the "Bundesbank-Präsident"
LEADER_ROLES = ("chef", "chefin", "präsident", "präsidentin", "vorsitzender", "vorsitzende", "obmann",
                "obfrau")
TIME_NOUNS = DATED_NOUNS | {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
                           "sonntag", "tag", "woche", "wochenende", "monat", "jahr", "abend",
                           "morgen", "mittag", "nacht", "nachmittag", "vormittag"}
# role nouns that describe rather than hold an office: "der Politiker" may be the Kanzler
DESCRIPTIVE_ROLES = {"politiker", "politikerin", "experte", "expertin", "ökonom", "ökonomin", "chef",
                     "chefin", "manager", "managerin", "gewerkschafter", "gewerkschafterin",
                     "christdemokrat", "christdemokratin",
                     "sozialdemokrat", "sozialdemokratin", "christsozialer", "sozialist", "sozialistin"}
# words that may stand before a person's name
NAME_TITLES = ACADEMIC_TITLES | {"Herr", "Frau"}
# words for a part of a group before its genitive plural ("einer der Abgeordneten")
PARTITIVES = {"einer", "eines", "eine", "einem", "einen", "keiner", "keines", "keine", "jeder", "jedes",
              "jede", "viele", "einige", "mehrere", "manche", "beide", "zwei", "drei", "vier"}
# a member of parliament, whatever office in it the text named before
MEMBER_NOUNS = {"abgeordnete", "abgeordneter", "parlamentarier", "parlamentarierin", "mandatar", "mandatarin"}
# (a party's spokesperson on a subject sits in parliament: "SPÖ-Wohnbausprecherin")
PARLIAMENTARY_ROLE_RE = re.compile(
    r"(?i)obmann|obfrau|fraktion|ausschuss|landtag|bundestag|parlament|abgeordnet|mandatar"
    r"|(bundes|national|stände)rät|^(spö|övp|fpö|neos|cdu|csu|spd|fdp|afd|grünen|linken|bsw|svp)-\w*sprecher")
# professions, also as the end of a compound ("der Meteorologe" for the "DWD-Klimaexperte", "die
# Wissenschaftlerin" for the "Projektleiterin", "der Medienrechtler"): they describe, hold no office
PROFESSIONS = ("wissenschaftler", "wissenschaftlerin", "forscher", "forscherin", "mediziner",
               "medizinerin", "meteorologe", "meteorologin", "rechtler", "rechtlerin", "jurist",
               "juristin", "experte", "expertin", "ökonom", "ökonomin", "schützer", "schützerin",
               "aktivist", "aktivistin")
# offices that no profession noun refers to
POLITICAL_OFFICES = ("minister", "ministerin", "kanzler", "kanzlerin", "präsident", "präsidentin",
                     "bürgermeister", "bürgermeisterin", "senator", "senatorin", "abgeordnete",
                     "abgeordneter", "staatssekretär", "staatssekretärin", "landrat", "landrätin")
# roles a company or body usually fills: never the person named before by default
BODY_ROLES = {"veranstalter", "betreiber", "hersteller", "anbieter", "vermieter", "arbeitgeber",
              "auftraggeber", "versicherer", "träger", "eigentümer", "lieferant", "insolvenzverwalter"}
# role nouns of neuter gender, referred to with "das"
NEUTER_ROLES = ("oberhaupt",)
# nouns in "-at" for an office or a body, not a person ("Pontifikat", "Sekretariat", "Konsulat")
OFFICE_ENDINGS = ("ikat", "iat", "chat", "ulat", "ipat", "orat", "anat", "ifat")
AGE_RE = re.compile(r"^\d+-[Jj]ährige[nr]?$")
# role nouns that after "die" are one woman, whatever the tagger's number ("die Obfrau", "die
# Abgeordnete", "die Vorsitzende": the plural would be "die Obfrauen", "die Abgeordneten"); one
# named by a task after "für" is someone new, described ("Die UN-Sondergesandte für Kinder …")
SINGULAR_AFTER_DIE = ("frau", "abgeordnete", "vorsitzende", "beauftragte", "bevollmächtigte", "gesandte")
# adjectives that make a role noun someone new, not the holder named before ("der neue Trainer")
NEW_ADJECTIVES = ("neue", "künftig", "designiert", "nächste")
# first parts that make a role another office than its last part ("Ministerpräsident", "Vizekanzler")
OTHER_OFFICE_PREFIXES = ("minister", "vize")
# bodies whose name is also a member's title ("die Betriebsrätin", "der Stadtrat", "der Vorstand")
MEMBER_BODIES = ("rat", "vorstand")


def _political(role: str) -> bool:
    """A political office: "Gesundheitsministerin", "US-Präsident", not the head of a body
    named by its acronym ("DWD-Vizepräsidentin": "die Meteorologin" may be her)."""
    word = role.split()[-1]
    prefix = word.rsplit("-", 1)[0] if "-" in word else ""
    known = load_gazetteer().lookup(prefix) or ("", "")
    body = prefix.isupper() and len(prefix) > 1 and known[1] != "state"
    return word.lower().endswith(POLITICAL_OFFICES) and not body


def _role_of_body(noun: str, role: str) -> bool:
    """Whether a role noun names a member of the body that opens the role's compound: "die
    Betriebsrätin" (a member of the "Betriebsrat") for the "Betriebsratsvorsitzende"."""
    plain = str.maketrans("äöü", "aou")
    stem = noun.removesuffix("in").translate(plain)
    role = role.lower().rsplit("-", 1)[-1].translate(plain)
    return len(stem) >= 6 and stem.endswith(MEMBER_BODIES) and role.startswith(stem) \
        and len(role) > len(stem) + 3


# nouns for an office: a role in the genitive after them is the office, nobody who holds it
OFFICE_NOUNS = frozenset({"amt", "posten"})


class RoleMentions(ActorIndex):
    """Passes that attach roles and resolve role nouns to persons."""

    def _role_text(self, tokens: list[Token]) -> str:
        """Nominative role name from a role phrase ("den ukrainischen Präsidenten")."""
        noun = tokens[-1]
        base = noun_base(noun, self.roles) or noun.lower_
        surface = noun.text
        if "-" in surface:  # "EU-Ratspräsidenten" → "EU-Ratspräsident", "AfD-Landeschef"
            tail = surface.rsplit("-", 1)[-1]
            stem = next((f for f in stems(tail.lower()) if f.endswith(base)), base)
            role = surface[: len(surface) - len(tail)] + stem[:1].upper() + stem[1:]
        elif noun.lemma_.lower().endswith(base):  # a closed compound keeps its first part
            role = noun.lemma_[: len(noun.lemma_) - len(base)].capitalize() + base \
                if len(noun.lemma_) > len(base) else base.capitalize()
        elif (stem := next((f for f in stems(noun.lower_) if f.endswith(base)), None)) is not None:
            # an adjectival noun the lemmatiser cuts: "Datenschutzbeauftragte(n)"
            role = noun.text[: len(stem) - len(base)] + base if len(stem) > len(base) else base.capitalize()
        else:
            role = base.capitalize()
        for adj in tokens[:-1]:
            stem = re.sub(r"(e|en|em|er|es)$", "", adj.lower_)
            state = self.adjectives.get(stem)
            if state:
                return f"{role} {self.genitives.get(state) or genitive(state) or 'von ' + state}"
        return role

    def _roles_and_appositions(self) -> None:
        """Titles before a person's name become that person's roles."""
        for ent in [e for e in self.entities.values() if e.type == "person"]:
            for m in list(ent.mentions):
                k = m.tok_start - 1
                while k >= 1 and self.doc[k].text in ACADEMIC_TITLES and self._titled_role(k - 1):
                    if self.is_role(self.doc[k]):
                        ent.role(self.doc[k].text)  # "Studienleiter Professor Felix Rother"
                    k -= 1
                if k >= 0 and not self.is_role(self.doc[k]) and self._title_before(k, m, ent):
                    # "Sportvorstand Max Eberl", "Bahn-Personalvorstand Martin Seiler"
                    self.roles.add(self.doc[k].lemma_.lower().rsplit("-", 1)[-1])
                if k < 0 or not self.is_role(self.doc[k]):
                    continue
                if ent.genitive(self.doc[m.tok_end - 1].text):
                    continue  # "Die Sprecherin Wladimir Putins": his spokeswoman's role, not his
                first = k
                while first - 1 >= 0 and self.doc[first - 1].lower_ not in {"dessen", "deren"} and (
                        self.doc[first - 1].pos_ in {"ADJ"}
                        or re.sub(r"(e|en|em|er|es)$", "", self.doc[first - 1].lower_) in self.adjectives):
                    first -= 1  # (not "Dessen Vorsitzende": whose chair, tagged as an adjective)
                phrase = list(self.doc[first : k + 1])
                role = self._role_text(phrase)
                if role.lower() in ORG_ROLES:
                    org = self._org_context(k)
                    role = f"{org}-{role}" if org else role
                state = self.at(first - 1) if first > 0 and self.doc[first - 1].lower_.endswith("s") else None
                if state is not None and state.type == "state" and " " not in role \
                        and self.doc[first - 1].text[:-1] == state.name:  # not "Kiews Bürgermeister"
                    # "Italiens Ministerpräsidentin Giorgia Meloni": "Ministerpräsidentin Italiens"
                    role = f"{role} {self.genitives.get(state.name) or self.doc[first - 1].text}"
                ent.role(role)
                j = first - 1  # "Mitgründerin und Vorstandschefin Lea Hoffmann": both roles
                while j >= 1 and self.doc[j].lower_ in {"und", ","} and self.is_role(self.doc[j - 1]):
                    ent.role(self._role_text([self.doc[j - 1]]))
                    j -= 2
                ent.alias(self.doc[first : m.tok_end].text)
                if first < k:
                    ent.alias(self.doc[first : k + 1].text)

    def _headline_roles(self) -> None:
        """"Ministerpräsident droht mit Klage": a bare role noun opening the title or teaser, or
        a part of it after a colon or dash ("EKD-Synode: Ratsvorsitzende kündigt Sparrunde an",
        "… – Bürgermeister verweist auf Personalmangel"), is the one person the body names with
        that role."""
        for sid, sent in enumerate(self.adoc.spans):
            if self.adoc.kind(sid) not in {"title", "teaser"} or not len(sent):
                continue
            openings = [sent[0], *(t.nbor(1) for t in sent[:-1] if t.text in HEADLINE_BREAKS)]
            for tok in openings:
                # (plural by the tagger, singular by its verb: "Ratsvorsitzende kündigt …")
                plural = tok.morph.get("Number") == ["Plur"] and tok.head.morph.get("Number") != ["Sing"]
                if tok.i in self.token_entity or not self.is_role(tok) or plural \
                        or (tok.i + 1 < len(self.doc) and _capitalized(self.doc[tok.i + 1])):
                    continue  # (not "Ministerpräsident Eckert droht …": a title before a name)
                ent = self._referent(tok.i, [tok])
                if ent is not None:
                    self.attach(ent, self.mention(tok.i, tok.i + 1, "role"), alias=False)

    def _chiefs_named_before(self) -> None:
        """"Parteichef Martin Kellerhals … sagte der CSU-Chef": an organisation's chief in a
        compound is the one person named before as its chief or as a chief of its kind
        (``org_kind_words``), not the organisation itself."""
        persons = [e for e in self.entities.values() if e.type == "person"]
        for org in [e for e in self.entities.values() if e.type in {"organization", "media"}]:
            for m in [m for m in org.mentions if m.kind == "compound"]:
                head = next((h for h in ("chefin", "chef") if m.text.lower().endswith(f"-{h}")), None)
                if head is None:
                    continue
                # (the organisation as the compound writes it: "Linken" of "Linken-Chef")
                names = {n.lower() for n in (org.name, *org.aliases, m.text[: -len(head)].rstrip("-"))}
                kind = self.gazetteer_kind(org)
                gender = "f" if head == "chefin" else "m"
                holders = [p for p in persons if any(pm.tok_start < m.tok_start for pm in p.mentions)
                           and self.gender(p) in {gender, None}
                           and any(self._chief_of(r.lower(), head, names, kind) for r in p.roles)]
                if not holders and m.tok_start > 0 and self.doc[m.tok_start - 1].lower_ in {"der", "die"}:
                    # "Ministerpräsident Florian Hartl (CSU) … sagte der CSU-Chef": the one member
                    # named with the party in brackets
                    holders = [p for p in persons if any(
                        pm.tok_start < m.tok_start and self._member_of(pm, org) for pm in p.mentions)] \
                        or self._unroled_person_before(persons, m, head)
                if len(holders) != 1:
                    continue
                org.mentions.remove(m)
                if m.text in org.aliases:
                    org.aliases.remove(m.text)
                for t in range(m.tok_start, m.tok_end):
                    self.token_entity[t] = holders[0].key
                holders[0].add(m)
                if not org.mentions:  # "Nato-Chef Mark Rutte … sagte der Nato-Chef": no Nato left
                    del self.entities[org.key]
                    break

    def _unroled_person_before(self, persons: list[Entity], m: Mention, head: str) -> list[Entity]:
        """"Lars Klingbeil wies die Kritik zurück. … sagte der SPD-Chef": the persons named in this
        sentence or the one before with no role, of the chief's gender."""
        sent = self.doc[m.tok_start].sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        gender = "f" if head == "chefin" else "m"
        return [p for p in persons if not p.roles and self.gender(p) in {gender, None}
                and any(start <= pm.tok_start < m.tok_start for pm in p.mentions)]

    def _member_of(self, m: Mention, org: Entity) -> bool:
        """The person's mention is followed by the organisation in brackets ("Hartl (CSU)")."""
        k = m.tok_end
        return k + 2 < len(self.doc) and self.doc[k].text == "(" and self.token_entity.get(k + 1) == org.key \
            and self.doc[k + 2].text == ")"

    def _chief_of(self, role: str, head: str, names: set[str], kind: str) -> bool:
        """Whether ``role`` is a chief's ("-chef" or "-chefin", as ``head``) of an organisation of
        these names or of this kind ("Parteichef" for a party)."""
        # (or its head by another title: "Linken-Vorsitzende Jan Oberdiek … sagte der Linken-Chef")
        titles = CHIEF_TITLES[head]
        title = next((t for t in titles if role.endswith(t)), None)
        if title is None:
            return False
        prefix = role[: -len(title)].rstrip("-")
        return prefix in names or (bool(kind) and self._org_kinds.get(prefix) == kind)

    def _titled_role(self, k: int) -> bool:
        """A role noun or another academic title at ``k``, before an academic title."""
        return self.is_role(self.doc[k]) or self.doc[k].text in ACADEMIC_TITLES

    def _title_before(self, k: int, m: Mention, ent: Entity) -> bool:
        """An unlisted singular noun right before a full name is the person's title
        ("Kapitän Manuel Neuer", "nach Angaben von Insolvenzverwalter Michael Jaffé"), not a
        time ("am Sonntag Max Müller") or a plural ("laut Medienberichten Xabi Alonso")."""
        t = self.doc[k]
        lemma = t.lemma_.lower()
        return (m.kind == "name" and m.tok_end - m.tok_start >= 2
                and (t.tag_ == "NN" or (t.tag_ == "NE" and "-" in t.text)  # "Bahn-Personalvorstand"
                     or (t.tag_ == "ADJA" and not t.is_sent_start))  # "die Astrobiologin", mis-tagged
                and t.text[:1].isupper() and k not in self.token_entity and t.text.replace("-", "").isalpha()
                and ("Plur" not in t.morph.get("Number") or not t.lower_.endswith(("n", "e", "s")))
                and lemma not in TIME_NOUNS | KIN_NOUNS  # (a plural form ends so: "Medienberichten")
                and PERSON_NOUN_RE.search(lemma) is not None and not lemma.endswith(("staat", "name"))
                and not lemma.endswith(OFFICE_ENDINGS)  # "das Pontifikat Benedikt XVI.": his office
                and not self.lex.names_thing(t.lower_)
                and not ent.genitive(self.doc[m.tok_end - 1].text))  # "Ehrung Rushdies"

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
            if token.i in self.token_entity or token.lower_ not in {"der", "die", "dem", "den", "des", "das"}:
                continue
            j = token.i + 1
            while j < len(self.doc) and self.doc[j].pos_ == "ADJ" and (
                    not self.doc[j].text[:1].isupper() or self.place_adjective(self.doc[j].text)):
                j += 1  # "der frühere Minister", "der Bremer Forscher"
            if j >= len(self.doc) or j in self.token_entity:
                continue
            noun = self.doc[j]
            if token.lower_ == "das" and not (noun_base(noun, self.roles) or "").endswith(NEUTER_ROLES):
                continue  # "das Kirchenoberhaupt", but not "das Unternehmen"
            genitive_reference = (token.lower_ == "des" and (self.is_role(noun) or (
                AGE_RE.match(noun.text) and self.lex.report_noun(self.doc[token.i - 1].lower_)))) or (
                token.lower_ == "der" and noun.lower_.endswith("in") and self.is_role(noun))
            if token.i > 0 and self.doc[token.i - 1].pos_ in {"NOUN", "PROPN"} | (
                    {""} if self.doc[token.i - 1].text[:1].isupper() else set()) and not genitive_reference:
                continue  # "eine Mehrheit der Ukrainer": a genitive, not a reference (but "das
                # Büro des Ministerpräsidenten" is his, "nach den Worten der Senatorin" hers, and
                # "nach Einschätzung des 51-Jährigen")
            if token.i > 0 and self.doc[token.i - 1].pos_ == "NOUN" and (
                    self.doc[token.i - 1].lower_ in OFFICE_NOUNS
                    or (j + 1 < len(self.doc) and self.doc[j + 1].lower_ == "und")):
                continue  # "das Amt des Vize-Präsidenten": the office; "eine Aussage der US-Senatorin
                # und ehemaligen Bürgermeisterin … Dianne Feinstein": titles of a name to come
            if token.lower_ == "der" and token.i > 0 and self.doc[token.i - 1].lower_ in PARTITIVES:
                continue  # "einer der genannten Abgeordneten": one of a group
            is_demonym = noun_base(noun, self.demonyms) is not None and noun.text[:1].isupper()
            generic = noun.lower_ in {"frau", "mann"} and token.lower_ in {"der", "die"}
            if not (is_demonym or AGE_RE.match(noun.text) or self.is_role(noun) or generic):
                continue
            if noun.morph.get("Number") == ["Plur"] and token.lower_ in {"die", "den"} \
                    and not (AGE_RE.match(noun.text) and noun.text.endswith("e")) \
                    and not (noun.lower_.endswith("in") and self.is_role(noun)) \
                    and not (noun.lower_.endswith(SINGULAR_AFTER_DIE) and not (
                        j + 1 < len(self.doc) and self.doc[j + 1].lower_ == "für")) \
                    and self.apposed_person(j)[0] is None:  # "die Biologin"; "Die Vorsitzende …, Petra X,"
                continue  # "eine Behauptung, die Experten zufolge …": a group (not "die 69-Jährige")
            while j + 1 < len(self.doc) and j + 1 not in self.token_entity and self.is_role(self.doc[j + 1]) \
                    and (self.doc[j].pos_ == "ADJ" or self.doc[j].lower_.startswith("vorsitzend")):
                j += 1  # "Der Vorsitzende Richter des I. Zivilsenats, Wolfgang Brückner,"
                noun = self.doc[j]
            if j + 1 < len(self.doc) and _capitalized(self.doc[j + 1]) and not self.doc[j + 1].is_punct \
                    and self.doc[j + 1].pos_ in {"PROPN", "NOUN", "X", ""}:
                continue  # a name follows: an apposition, handled elsewhere
            phrase = list(self.doc[token.i + 1 : j + 1])
            # "Der frühere Bürgermeister und Justizsenator, Henning Scherf (SPD), warnte": the
            # name apposed after a comma, else the person the text meant before
            apposed, of = self.apposed_person(j)
            if apposed is None and j + 2 < len(self.doc) and self.doc[j + 1].text == "," \
                    and self.doc[j + 2].lower_ in {"ein", "eine"}:
                continue  # "Der Finder, ein 71-jähriger Rentner, sagte": someone new, described
            if apposed is None and AGE_RE.match(noun.text) \
                    and self._unnamed_of_age(noun.text.split("-")[0], token.i):
                # "Im Visier steht ein 56 Jahre alter Abteilungsleiter. … Oberbürgermeister Mende
                # … Der 56-Jährige ließ mitteilen": the unnamed man of that age, not Mende
                continue
            if apposed is None and (is_demonym or AGE_RE.match(noun.text) or generic):
                # "Ein Busfahrer … sagte … „…“, sagte der 52-Jährige": not someone named; "Eine
                # Anwohnerin schilderte … sagte die Frau": the unnamed source itself
                gender = {"frau": "f", "mann": "m"}.get(noun.lower_) or self._phrase_gender(token, noun)
                if self._unnamed_subject_before(noun, gender)[0]:
                    self._unnamed_references.append((token.i, j, gender))  # see _references_to_unnamed
                    continue
                if generic:
                    continue
            target = apposed or self._referent(token.i, phrase)
            sides = self._sides
            # (a court-side noun only: "der Fachanwalt" may be the insolvency administrator)
            side = self._side_of(noun.text, sides) if noun.lower_.endswith(COURT_SIDE_NOUNS) else None
            if target is not None and apposed is None and side is not None and target.type == "person" \
                    and not any(self._side_of(r, sides) == side for r in target.roles):
                target = None  # "Der Verteidiger" is not the accused named before, only a defender
            if target:
                self.attach(target, self.mention(token.i, j + 1, "role"))
                if target.type == "person" and self.is_role(noun) and (
                        apposed or not self._synonym_role(target, noun)):
                    # "der russische Präsident"; "Der Vorsitzende der Deutschen
                    # Bischofskonferenz, Georg Bätzing,"
                    target.role(" ".join([self._role_text(phrase), *([of] if apposed and of else [])]))

    def _unnamed_of_age(self, age: str, before: int) -> bool:
        """Whether the text gave that age before to someone it does not name ("ein 56 Jahre alter
        Abteilungsleiter", "eine 34-jährige Frau"), and to no one it names."""
        unnamed = False
        for t in self.doc[:before]:
            if t.text == age and t.i + 2 < before and self.doc[t.i + 1].lower_ == "jahre" \
                    and self.doc[t.i + 2].lower_.startswith("alt"):
                after = t.i + 3  # "ein 56 Jahre alter Abteilungsleiter"
            elif t.text.startswith(f"{age}-jährig"):
                after = t.i + 1  # "eine 34-jährige Frau", "der 58-jährige Mende" (not "Die 27-Jährige")
            else:
                continue
            named = any((e := self.at(k)) is not None and e.type == "person"
                        for k in range(after, min(after + 3, before)))
            if named or (t.i > 0 and self.doc[t.i - 1].text == "("):
                return False  # "der 58-jährige Mende", "Mende (58)"
            unnamed = True
        return unnamed

    @property
    def _sides(self) -> dict[str, list[str]]:
        """Sides in court and their role nouns (``collective_roles`` in entities.yml)."""
        return self.lex.entities.get("collective_roles", {})

    def _collective_roles(self) -> None:
        """"Die Verteidigung sagte …", "laut Anklage": the one person named before in a role of
        that side ("Verteidiger Markus Hallbach"; ``collective_roles`` in entities.yml)."""
        sides = self._sides
        words = {side.capitalize() for side in sides}
        for token in (t for t in self.doc if t.text in words):
            if token.i in self.token_entity:
                continue
            holders = [e for e in self.entities.values() if e.type == "person"
                       and any(m.tok_start < token.i for m in e.mentions)
                       and any(self._side_of(r, sides) == token.lower_ for r in e.roles)]
            if not holders and token.lower_ == "anklage" and token.i > 0 \
                    and self.doc[token.i - 1].lower_ in {"laut", "die", "der"}:
                # "laut Anklage" with no prosecutor named: the prosecutor's office named before
                holders = [e for e in self.entities.values() if e.type == "organization"
                           and "staatsanwaltschaft" in e.name.lower()
                           and any(m.tok_start < token.i for m in e.mentions)]
            if len(holders) == 1:
                article = token.i > 0 and self.doc[token.i - 1].lower_ in {"die", "der"}
                start = token.i - 1 if article else token.i
                self.attach(holders[0], self.mention(start, token.i + 1, "role"))

    @staticmethod
    def _side_of(role: str, sides: dict[str, list[str]]) -> str | None:
        """The side a role is on, by the longest role noun it ends in (an "Oberstaatsanwalt" is
        the prosecution's, though he ends in "anwalt")."""
        word = role.lower().split(" ", 1)[0].rsplit("-", 1)[-1]
        found = [(len(noun), side) for side, nouns in sides.items() for noun in nouns if word.endswith(noun)]
        return max(found)[1] if found else None

    def _references_to_unnamed(self) -> None:
        """"Eine Anwohnerin schilderte die Nacht. Das Wasser sei gestiegen, sagte die Frau": an
        age, demonym or "die Frau" after an unnamed subject is that unnamed source, once the
        unnamed sources are known (:meth:`_anonymous` runs after the role references)."""
        for start, noun, gender in self._unnamed_references:
            source = self._unnamed_subject_before(self.doc[noun], gender)[1]
            if source is not None and noun not in self.token_entity:
                self.attach(source, self.mention(start, noun + 1, "role"))

    def _synonym_role(self, ent: Entity, noun: Token) -> bool:
        """The role noun only names a role the person is known by in other words ("die Richterin"
        for the "Gerichtsvizepräsidentin", "der Jurist" for the "Verfassungsrechtler", "der
        Gewerkschaftschef" for the "Verdi-Chef"): no new role."""
        base = noun_base(noun, self.roles) or noun.lower_
        kinds = self._synonyms.get(base, set())
        return any(k in r.lower() for r in ent.roles for k in kinds if k != base) \
            or bool(self._holders_in_kind(noun, [ent]))  # "der Gewerkschaftschef": the "Verdi-Chef"

    def apposed_person(self, noun: int) -> tuple[Entity | None, str]:
        """The person named after a role noun and a comma, further titles aside ("Bürgermeister
        und Justizsenator, Henning Scherf"), and the genitive that names the body the role is in
        ("Der Vorsitzende der Deutschen Bischofskonferenz, Georg Bätzing")."""
        k = noun + 1
        while k < len(self.doc) and k - noun < 6 and (
                self.doc[k].lower_ in {"und", "sowie"} or self.doc[k].pos_ == "ADJ"
                or self.is_role(self.doc[k])):
            k += 1
        of = ""
        # (also where the role is held: "der Staatssekretär im Bundesgesundheitsministerium,
        # Bernhard Lohmeyer", "Professorin an der Universität Köln, Anna Berg")
        where = k + 1 < len(self.doc) and (self.doc[k].lower_ in {"im", "beim", "am"} or (
            self.doc[k].lower_ in {"in", "an", "bei"} and self.doc[k + 1].lower_ in {"der", "dem"}))
        if k < len(self.doc) and (self.doc[k].lower_ in {"der", "des", "von", "für"} or where):
            # "von Bad Kreuzbach", "Die Landesbeauftragte für Datenschutz, Bettina Gayk,"
            end = k + 2 if self.doc[k].lower_ in {"in", "an", "bei"} else k + 1
            while end < len(self.doc) and end - k < 10 and not self._name_after_body(k, end) and (
                    (self.doc[end].pos_ in {"ADJ", "NOUN", "PROPN"} and self.doc[end].text[:1].isupper())
                    # (an adjective before the genitive's noun: "der örtlichen Ärzteschaft")
                    or (self.doc[end].pos_ == "ADJ" and end + 1 < len(self.doc)
                        and self.doc[end + 1].pos_ in {"NOUN", "PROPN"})
                    or self.doc[end].text in QUOTE_MARKS  # "der Bürgerinitiative „Gegenwind“"
                    # a title's capitalised article: "der Wochenzeitung Die Zeit"
                    or (self.doc[end].text in {"Die", "Der", "Das"} and end > k + 1
                        and end + 1 < len(self.doc) and self.doc[end + 1].text[:1].isupper())
                    or REGNAL_RE.fullmatch(self.doc[end].text)  # "des I. Zivilsenats"
                    # a genitive in the body's name: "der Bundesvereinigung der Deutschen …"
                    or (self.doc[end].lower_ in {"der", "des"} and end > k + 1 and end + 1 < len(self.doc)
                        and self.doc[end + 1].text[:1].isupper())
                    # the body's acronym: "der Bundesvereinigung der Deutschen Arbeitgeberverbände (BDA),"
                    or (self.doc[end].text == "(" and end + 2 < len(self.doc)
                        and self.doc[end + 1].text.isupper() and self.doc[end + 2].text == ")")):
                end += 3 if self.doc[end].text == "(" else 1
            if end < len(self.doc) and self._name_after_body(k, end):
                # no comma: "Die Vorsitzende der Linken Gesine Lötzsch" (a title before the name
                # aside: "Der Botschafter der Republik Österreich Dr. Christian Prosl")
                return self.entities[self.token_entity[self._past_titles(end)]], self.doc[k:end].text
            if end > k + 1 and end < len(self.doc) and self.doc[end].text == ",":
                of, k = self.doc[k:end].text, end
        if k + 1 >= len(self.doc) or self.doc[k].text != ",":
            return None, ""
        if k + 4 < len(self.doc) and self.doc[k + 1].lower_ in {"der", "die"} \
                and self.doc[k + 2].pos_ == "ADJ" and self.doc[k + 2].is_lower \
                and self.is_role(self.doc[k + 3]):
            k += 3  # "Die Ratsvorsitzende, die badische Landesbischöfin Annegret Vollrath,"
        elif k + 3 < len(self.doc) and self.doc[k + 1].lower_ in {"der", "die"} \
                and self.is_role(self.doc[k + 2]):
            k += 2  # "der Sprecher der Ärzteschaft, der Allgemeinmediziner Bernd Voigtländer"
        elif k + 2 < len(self.doc) and self.is_role(self.doc[k + 1]):
            k += 1  # "Der Verteidiger des Mannes, Rechtsanwalt Jan Hoffmann,"
        elif k + 3 < len(self.doc) and self.doc[k + 1].text.endswith("s") \
                and self.doc[k + 1].pos_ == "PROPN" and self.is_role(self.doc[k + 2]):
            k += 2  # "Die Vorsitzende der Konferenz, Thüringens Ministerin Katharina Schenk,"
        key = self.token_entity.get(k + 1)
        return (self.entities[key], of) if key and self.entities[key].type == "person" else (None, "")

    def _name_after_body(self, k: int, end: int) -> bool:
        """A person's full name at ``end`` right after the body the phrase from ``k`` names ("der
        Linken | Gesine Lötzsch"), not after a title of its own ("von Präsident | Selenskyj"),
        nor one word the model took for a person ("der Gemeinde | Lindenau")."""
        name = self._past_titles(end)
        return end > k + 1 and name + 1 < len(self.doc) and self._person_opens(end) \
            and self.doc[name + 1].ent_iob_ == "I" and noun_base(self.doc[end - 1], self.listed_roles) is None

    def _past_titles(self, i: int) -> int:
        """The first token from ``i`` on that is no title before a name ("Dr.", "Herr")."""
        while i + 1 < len(self.doc) and self.doc[i].text in NAME_TITLES:
            i += 1
        return i

    def _person_opens(self, i: int) -> bool:
        """A person's name, as the model typed it, starts at ``i``, maybe after a title ("Dr.",
        "Herr")."""
        i = self._past_titles(i)
        key = self.token_entity.get(i)
        return self.doc[i].ent_iob_ == "B" and self.doc[i].ent_type_ == "PER" and key is not None \
            and self.entities[key].type == "person" and (i == 0 or self.token_entity.get(i - 1) != key)

    def _referent(self, before: int, phrase: list[Token]) -> Entity | None:
        role = self._role_text(phrase) if self.is_role(phrase[-1]) else None
        gender = self._phrase_gender(self.doc[before], phrase[-1])
        persons = [e for e in self.entities.values() if e.type == "person"
                   and any(m.tok_start < before for m in e.mentions)
                   and self._agrees(e, gender)]
        demonym = noun_base(phrase[-1], self.demonyms)
        if demonym:  # "der Portugiese" is not the German chancellor named last
            persons = self._of_nationality(persons, demonym, before)
        # "der portugiesische Ministerpräsident" is not Spain's named before
        states = {state for t in phrase[:-1] if t.pos_ == "ADJ"
                  for adj, state in self.adjectives.items() if t.lower_.startswith(adj)}
        if states:
            persons = [e for e in persons if not (nation := self._nationality(e)) or nation & states]
        holders = self._office_holders(role) if role else set()
        if holders:  # "der russische Präsident", "der Kremlchef": Putin if named, else no one
            names = {n.rstrip(".") for n in holders}  # "Leo XIV." is named "Leo XIV"
            surnames = {n.split()[-1] for n in names if not REGNAL_RE.fullmatch(n.split()[-1])}
            found = [e for e in persons if e.name in names or e.name.split()[-1] in surnames]
            if not found:  # (or the one the text itself gives that office: "Bundeskanzler Thomas
                # Brenninger … Der Kanzler sagte", where the list is out of date or the text is not)
                offices = [o["roles"] for o in self.lex.offices if role.lower() in o["roles"]]
                found = [e for e in persons if any(r.lower() in roles for r in e.roles for roles in offices)]
            return found[0] if len(found) == 1 else None
        if role:
            word = role.split()[0].lower()  # "der Minister" for the "US-Außenminister"
            base = noun_base(phrase[-1], self.roles) or word
            kinds = self._synonyms.get(base, set()) | self._synonyms.get(word, set()) | {word}
            same = [e for e in persons
                    if any(self._role_matches(r, k, word, base) for r in e.roles for k in kinds)]
            new = next((t.lower_[:6] for t in phrase[:-1] if t.lower_.startswith(NEW_ADJECTIVES)), None)
            if new is not None:  # "der neue Trainer" is not the candidate named before
                same = [e for e in same if any(new in a.lower() for a in (*e.roles, *e.aliases))]
                persons = same
            parties = self._parties.get(word)
            if parties:  # "der Christdemokrat": the CDU politician
                same = [e for e in persons if self._party_words(e) & set(parties)]
            if not same:
                same = self._holders_in_kind(phrase[-1], persons)
            if not same:  # "Die Betriebsrätin" for the "Betriebsratsvorsitzende" named before
                same = [e for e in persons if any(_role_of_body(phrase[-1].lower_, r) for r in e.roles)]
            heading = self.adoc.kind(self.adoc.sentence_at(self.doc[before].idx)) in {"title", "teaser"}
            if not same and heading:
                # "Der Vorstandschef weist die Vorwürfe zurück" in the teaser: the one person the
                # body names with that role ("Vorstandschef Frank Albrecht")
                ahead = [e for e in self.entities.values() if e.type == "person" and self._agrees(e, gender)
                         and any(k in r.lower() for r in e.roles for k in kinds)]
                if len(ahead) == 1:
                    return ahead[0]
            if len(same) == 1:
                return same[0]
            if same:
                persons = same
            else:  # an unknown role: only the person of the last few sentences of the same
                # paragraph, and not one known to hold another office ("Bundeskanzler Merz … der
                # Minister", "Trump … der Minister": offices.yml knows him as US-Präsident); "Prinz
                # Harry …" then, in a new paragraph, "Der Kommissar" is no one; nor is a role after
                # a preposition ("haderte mit dem Schiedsrichter": someone not named)
                if before > 0 and self.doc[before - 1].pos_ == "ADP":
                    return None
                window = self.doc[before].sent.start - 60
                block = self.adoc.block_of[self.adoc.sentence_at(self.doc[before].idx)]
                word = role.split()[0].lower().rsplit("-", 1)[-1]
                # (or a role the person held before: "…, sagte der frühere Botschafter" of the
                # mediator named just before)
                descriptive = word in DESCRIPTIVE_ROLES or any(
                    t.lower_.startswith(EPITHET_ADJECTIVES) for t in phrase[:-1])
                # (a profession is no minister's: "Gesundheitsministerin Nina Warken … Die Forscherin")
                profession = word.endswith(PROFESSIONS)
                persons = [e for e in persons if any(
                    window <= m.tok_start < before
                    and self.adoc.block_of[self.adoc.sentence_at(m.start)] == block
                    for m in e.mentions) and (descriptive or not (e.roles or self._offices_held(e)) or (
                        profession and not self._offices_held(e)
                        and not any(_political(r) for r in e.roles)) or (
                        # "Linken-Obfrau Karin Lübbe forderte …. …, sagte die Abgeordnete"
                        word in MEMBER_NOUNS and any(PARLIAMENTARY_ROLE_RE.search(r) for r in e.roles)))]
        # the most recent person named outside quotations (a name in someone's quoted words is
        # not who "der Franzose" after the quotation is) and outside the message a cue before the
        # phrase reports ("Zwayer habe ein Foul an Burkardt übersehen, schimpfte der Däne")
        limit = min(before, self._before_message(phrase[-1]))
        said = [e for e in persons if any(m.tok_start < limit and not self._in_quotation(m.start)
                                          for m in e.mentions)]
        if not said:
            return None

        noun = phrase[-1]
        # ("…, sagte der 54-Jährige", "Der Sozialdemokrat sagte, …"; but "Golla lobte Møller. Der
        # Däne habe stark gehalten": in reported words the one named last)
        head = noun.head
        speaking = noun.dep_ in {"nsubj", "sb"} and (head.i < noun.i or head.morph.get("Mood") == ["Ind"]) \
            and bool(self.lex.cue_candidates(head.lemma_, head.text))

        def last(e: Entity) -> tuple[int, bool, int]:
            """The sentence ``e`` was last named in, whether as a subject there (for the subject
            of a speech verb: of two persons in one sentence the subject, not one named as an
            object; "Feldhaus warf dem Minister vor, …. …, sagte der 54-Jährige": Feldhaus), and
            where (in reported words, the one named last: "Golla lobte Møller. Der Däne habe …")."""
            ms = [m for m in e.mentions if m.tok_start < limit and not self._in_quotation(m.start)]
            sid = max(self.adoc.sentence_at(m.start) for m in ms)
            here = [m for m in ms if self.adoc.sentence_at(m.start) == sid]
            subject = speaking and any(self._subject_mention(m) for m in here)
            return sid, subject, max(m.tok_start for m in here)

        return max(said, key=last)

    @staticmethod
    def _role_matches(role: str, kind: str, word: str, base: str) -> bool:
        """Whether a person's role is the role noun ``word`` (or ``kind``, a synonym of its
        ``base``): "der Minister" is the "US-Außenminister", "die Kinderärztin" the
        "Studienleiterin"; but a compound is no other compound of the same noun ("der
        Linienrichter" is no "Schiedsrichter"; "der Gewerkschaftschef" is found by the kind of
        organisation, not as any "…-Chef")."""
        low = role.lower()
        if kind not in {word, base} and not any(w == kind or (w.endswith(kind) and "-" not in w)
                                                for w in low.split()):
            return False  # a synonym as a word or a closed compound ("dem Trainer" is no "U23-Coach")
        tail = word.rsplit("-", 1)[-1]
        if tail.endswith(base) and len(tail) > len(base):
            prefix = tail[: len(tail) - len(base)]
            if any(w.endswith(base) and "-" not in w and w[: len(w) - len(base)] not in {"", prefix}
                   for w in low.split()):
                return False  # another closed compound of the same noun (a hyphenated one names
                # its organisation: "der Bauernpräsident" may be the "DBV-Präsident")
        # the role ends in the noun ("der Minister": no "Ministerpräsident"), and no prefix makes it
        # another office ("der Präsident" is no "Ministerpräsident", "der Kanzler" no "Vizekanzler")
        return any(w.endswith(kind) and not w[: len(w) - len(kind)].endswith(OTHER_OFFICE_PREFIXES)
                   for w in re.split(r"[\s-]+", low))

    def _holders_in_kind(self, noun: Token, persons: list[Entity]) -> list[Entity]:
        """"der Gewerkschaftschef" for "Verdi-Chef Frank Werneke": a role compound whose first part
        names a kind of organisation (``org_kind_words``) means the persons holding that role in
        an organisation of that kind, as the text describes it ("Die Gewerkschaft Verdi") or the
        gazetteer types it (Verdi: union)."""
        low = noun.lemma_.lower()
        head = next((h for h in ORG_ROLES if low.endswith(h) and len(low) > len(h) + 3), None)
        word = low[: -len(head)].rstrip("-") if head else ""
        if word not in self._org_kinds and word not in self._only:
            word = word.removesuffix("s")  # "Gewerkschafts-chef"
        kind, only = self._org_kinds.get(word), self._only.get(word, [])
        if head is None or (kind is None and not only):
            return []
        names = {name.lower() for e in self.entities.values() if e.type == "organization"
                 and (self.gazetteer_kind(e) == kind or self._described_as(e, word)
                      or any(w.lower() in e.name.lower() for w in only))  # "Notenbank": Bundesbank
                 for name in (e.name, *e.aliases)}
        heads = LEADER_ROLES if head in LEADER_ROLES else (head,)  # "Notenbankchef": "Bundesbank-Präsident"
        def of_kind(org: str) -> bool:  # the organisation a role names ("Verdi" of "Verdi-Chef")
            hit = load_gazetteer().lookup(org)
            return org.lower() in names or any(w.lower() in org.lower() for w in only) or (
                kind is not None and hit is not None and hit[1] == kind)

        feminine = low.endswith("in")  # "die Notenbankchefin" is no "Bundesbank-Präsident"
        return [e for e in persons if any(
            r.lower().endswith(heads) and r.lower().endswith("in") == feminine and "-" in r
            and of_kind(r.rsplit("-", 1)[0]) for r in e.roles)]

    def _described_as(self, ent: Entity, word: str) -> bool:
        """Whether the text puts the noun before a mention of the actor ("Die Gewerkschaft Verdi",
        "der Dienstleistungsgewerkschaft Verdi")."""
        return any(m.tok_start > 0 and self.doc[m.tok_start - 1].lemma_.lower().endswith(word)
                   for m in ent.mentions)

    def _nationality(self, ent: Entity) -> set[str]:
        """The states an office the person holds (``offices.yml``) or a role ("US-Präsident")
        ties them to."""
        texts = [r.lower() for r in ent.roles] + [role for roles in self._offices_held(ent) for role in roles]
        return {state for text in texts for state in self.adjectives.values()
                if state.lower() in text.split() or f"{state.lower()}s" in text.split()
                or (state == "USA" and text.startswith("us-"))}

    def _demonym_states(self, demonym: str) -> set[str]:
        """The states whose adjective the demonym shares ("franzose": "französisch"; "pole":
        "polnisch", "däne": "dänisch")."""
        stem = demonym.removesuffix("e")
        return {state for adj, state in self.adjectives.items() if demonym.startswith(adj[:4]) or (
            adj.startswith(stem) and adj[len(stem):].lstrip("n").startswith("isch"))}

    def _of_nationality(self, persons: list[Entity], demonym: str, before: int) -> list[Entity]:
        """The persons a demonym at token ``before`` may mean: those tied to its state if any
        are, else those not tied to another one; none when the text named the state before but
        tied no one named to it ("des kanadischen Nationalspielers" … "der Kanadier" is not
        whoever was named last)."""
        persons = [e for e in persons if self._may_be_from(e, demonym)]
        tied = [e for e in persons if self._nationality(e) & self._demonym_states(demonym)]
        if tied:
            return tied
        return [] if self._state_named(demonym, before) else persons

    def _state_named(self, demonym: str, before: int) -> bool:
        """Whether the text names the demonym's state before token ``before``, by name or
        adjective ("kanadischen")."""
        states = self._demonym_states(demonym)
        adjectives = tuple(adj.lower() for adj, state in self.adjectives.items() if state in states)
        return bool(adjectives) and any(
            t.text in states or (t.pos_ == "ADJ" and t.lower_.startswith(adjectives))
            for t in self.doc[:before])

    def _may_be_from(self, ent: Entity, demonym: str) -> bool:
        """Whether a person may be of the nationality a demonym names: unless their office or
        role ties them to another state ("Bundeskanzler Merz" is no "Portugiese")."""
        known = self._nationality(ent)
        return not known or bool(known & self._demonym_states(demonym))

    def _party_words(self, ent: Entity) -> set[str]:
        """Lower-case words of a person's roles ("CDU-Fraktionsvize" → cdu, fraktionsvize) and of
        a parenthesis after a mention of the name ("Alexander Schweitzer (SPD)")."""
        words = {w for r in ent.roles for w in re.split(r"[\s-]+", r.lower())}
        for m in ent.mentions:
            if m.tok_end + 1 < len(self.doc) and self.doc[m.tok_end].text == "(":
                words.add(self.doc[m.tok_end + 1].lower_)
        return words

    def epithet(self, noun: Token, subject_only: bool = False) -> Entity | None:
        """The person a descriptive noun after a cue stands for (", sagte der Ozeanograf",
        "sagte der Medienrechtler"): the one named last in this or the two sentences before,
        outside quotations and the message and not talked about in it, agreeing in gender; the
        noun becomes a mention of that person. ``subject_only``: the last main-clause subject or
        no one."""
        article = noun.nbor(-1) if noun.i > 0 else None
        if article is None or article.lower_ not in {"der", "die"} or not noun.text[:1].isupper() \
                or not PERSON_NOUN_RE.search(noun.lower_) \
                or tagged_plural(noun) \
                or noun.lower_.rsplit("-", 1)[-1] in self._generic \
                or noun.lower_.endswith(BODY_HEADS):  # "der Bundesligist": a club; "die Schule"
            return None
        after = noun.nbor() if noun.i + 1 < len(self.doc) else None
        if noun.lower_ in KIN_NOUNS and after is not None \
                and after.lower_ in {"des", "der", "von", "vom", "eines", "einer"}:
            return None  # "sagte die Witwe des Opfers": someone's relative, not the person named before
        if noun.lower_.endswith((*self.lex.entities["media_words"], *PAGE_WORDS)) or (
                after is not None and (after.text in OPENING_QUOTES or after.pos_ == "PROPN")):
            return None  # "meldete die Internet-Nachrichtensite „Golem“": a medium, named after it
        start = self.window_start(noun.i, 3)
        gender = self._phrase_gender(article, noun)
        candidates = [e for e in self.entities.values() if e.type == "person" and self._agrees(e, gender)]
        if noun.lower_.rsplit("-", 1)[-1] in BODY_ROLES:  # "der Veranstalter": only one introduced
            candidates = [e for e in candidates  # so ("Konzertveranstalter Marek Lieberberg")
                          if any(r.lower().endswith(noun.lower_) for r in e.roles)]
        demonym = noun_base(noun, self.demonyms)
        if demonym:
            candidates = self._of_nationality(candidates, demonym, noun.i)
        # (not a person named in the message before the cue: "Sie habe von Becker viel gelernt,
        # schrieb die Thüringerin" is not Becker's)
        before = self._before_message(noun)
        named = [(m, e) for e in candidates for m in e.mentions
                 if start <= m.tok_start < before and not self._in_quotation(m.start)]
        if not named:
            return None
        # not one the message talks about ("Kapitän Fischer lobte Thomas Müller. Müller sei …,
        # sagte der Mittelfeldspieler"), then the one named last (with ``subject_only``: the last
        # subject of a main clause)
        talked_about = {e.key for e in candidates for m in e.mentions if before <= m.tok_start < noun.i}

        def as_subject(e: Entity) -> int:
            """Where ``e`` was last the subject of a main clause, else -1."""
            return max((m.tok_start for m, x in named if x is e and self._main_subject(m)), default=-1)

        ent = max({e.key: e for _, e in named}.values(), key=lambda e: (
            e.key not in talked_about, as_subject(e) if subject_only else 0, self._last_before(e, before)))
        if subject_only and as_subject(ent) < 0:
            return None  # (with ``subject_only``: no guess from a person named as an object)
        self.attach(ent, self.mention(article.i, noun.i + 1, "role"))
        return ent

    def _main_subject(self, m: Mention) -> bool:
        """The mention is the subject of a main clause, not of a relative or subordinate one
        ("Matchwinner war Ronning, der Torwart Hudacek überwand")."""
        if not self._subject_mention(m):
            return False
        verb = self.doc[m.tok_start].head
        while verb.dep_ in {"appos", "flat", "flat:name", "nsubj", "nsubj:pass"} and verb.head.i != verb.i:
            verb = verb.head
        return verb.dep_ not in {"acl", "acl:relcl", "advcl", "ccomp"} \
            and not any(c.tag_ in {"PRELS", "KOUS"} for c in verb.children)

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
