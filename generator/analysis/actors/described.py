"""People and bodies the text names only by a common noun and who speak ("Die Staatsanwältin
sagte, …", "Der Anwalt des 29-Jährigen wies die Vorwürfe zurück", "Sein Anwalt", "Das Museum
teilte mit", "Einer von ihnen"): an actor of this article, so that their words, the pronoun after
them and the words that carry on have a speaker instead of none."""

from __future__ import annotations

from spacy.tokens import Token

from generator.analysis.actors.index import SPOKES_NOUNS, ActorIndex, Entity, noun_base
from generator.analysis.subjects import tagged_plural

# adjectives of a role noun that describe someone the reader already knows ("Der frühere Minister")
EPITHET_ADJECTIVES = ("früher", "ehemalig", "einstig", "langjährig", "bisherig")
# nouns of a kind of body, also as the end of a compound ("Vereinsvorstand"), that speak for
# a body the text may not name ("Die Jury begründete", "Das Museum teilte mit"); narrower than
# the spokespeople's ``index.BODY_HEADS``: authorities are found by the institutions pass, and
# generic nouns that refer back ("das Unternehmen", "der Verein") by the organisation references
SPEAKING_BODIES = ("jury", "vorstand", "geschäftsführung", "geschäftsleitung", "museum", "zoo", "tierpark",
                   "flughafen", "orchester", "verlag", "festival", "theater", "verbund", "reederei",
                   "klinikleitung", "schulleitung", "kirchengemeinde", "kanzlei", "betreiber",
                   "veranstalter")
# of those, the kinds a person may be ("Konzertveranstalter Marek Lieberberg … Der Veranstalter")
PERSON_HELD = frozenset({"betreiber", "veranstalter"})
# key prefix of the actors of this pass
DESCRIBED = "described:"
# nominative possessives of a person ("Sein Anwalt", "Ihre Sprecherin")
POSSESSIVES = frozenset({"sein", "seine", "ihr", "ihre"})
# the nominative definite articles a speaking subject opens with
NOMINATIVE_ARTICLES = frozenset({"der", "die", "das"})


class DescribedSpeakers(ActorIndex):
    """The pass for role nouns that speak without a name."""

    def _described_speakers(self) -> None:
        """A role noun with the definite article or a possessive that is the subject of a speech
        verb and that no earlier pass tied to a named person is a person of this article
        (``local``), a plural one a group ("Die Schlichter"); so is a body named by its kind
        (:meth:`_speaking_body`). Their other mentions with the article are the same actor."""
        if not self.doc.has_annotation("DEP"):
            return
        for token in self.doc:
            if token.i in self.token_entity:
                continue
            if self._speaking_body(token) or self._speaking_bodies(token):
                continue
            if not self._speaking_role(token) and not self._pronoun_speaks_next(token):
                continue
            start = self._article_before(token, possessive=True)
            if start is None or self._named_next(token) or self._may_be_named(token):
                continue
            end = self._complement_end(token)
            article = self.doc[start - 1]
            if (article.tag_ == "PPOSAT" or article.pos_ == "PROPN") and end > token.i + 1:
                continue  # ("Sein Anwalt" is someone's lawyer, whose the text may not say: no name)
            # (the unnamed source the same noun introduced: "Eine Anwältin sagte … Später sagte die
            # Anwältin": her again; see unnamed.UnnamedSources, whose pass ran before)
            unnamed = self._unnamed_named_before(token, article.i) if end == token.i + 1 else None
            if unnamed is not None:
                self.attach(unnamed, self.mention(article.i, end, "anonymous"))
                continue
            name = self._described_name(article, token, self.doc[token.i : end].text)
            typ = "group" if self._plural(token, article) else "person"
            ent = self.entity(f"{DESCRIBED}{name.lower()}", name, typ)
            ent.local = True
            ent.role(name)
            self.attach(ent, self.mention(article.i, end, "described"))
            self._same_role_later(ent, token)

    def _one_of_them(self) -> None:
        """"Westliche Diplomaten zeigten sich besorgt. Einer von ihnen sagte, …", "Einer der
        beiden fügte hinzu": one of the unnamed people or the group named in this or the
        sentence before speaks for them."""
        for token in self.doc[:-2]:
            if token.lower_ not in {"einer", "eine"} or token.tag_ != "PIS" or token.i in self.token_entity \
                    or not self.lex.cue_candidates(token.head.lemma_, token.head.text):
                continue
            nxt, after = self.doc[token.i + 1], self.doc[token.i + 2]
            if (nxt.lower_, after.lower_) not in {("von", "ihnen"), ("der", "beiden")}:
                continue
            start = self.window_start(token.i, 2)
            groups = [(m.tok_start, e) for e in self.entities.values() if e.type in {"anonymous", "group"}
                      for m in e.mentions if start <= m.tok_start < token.i]
            if groups:
                group = max(groups, key=lambda g: g[0])[1]
                self.attach(group, self.mention(token.i, after.i + 1, "anonymous"))

    def _another_one(self) -> None:
        """"Ein Teilnehmer sprach von … . Strittig sei …, sagte ein anderer": another unnamed
        person of the kind just named speaks, not the first one."""
        for token in self.doc[1:]:
            nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if token.lower_ not in {"anderer", "andere"} or token.i in self.token_entity \
                    or self.doc[token.i - 1].lower_ not in {"ein", "eine"} \
                    or (nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}):
                continue  # (not "ein anderer Teilnehmer": that noun is found on its own)
            start = self.window_start(token.i, 2)
            kind = [(m.tok_start, e) for e in self.entities.values() if e.type == "anonymous"
                    for m in e.mentions if start <= m.tok_start < token.i]
            if not kind:
                continue
            first = max(kind, key=lambda k: k[0])[1]
            other = self.entity(f"{first.key}#anderer", f"anderer {first.name}", "anonymous")
            self.attach(other, self.mention(token.i - 1, token.i + 1, "anonymous"), alias=False)

    def _complement_end(self, token: Token) -> int:
        """End of the role noun's phrase with a genitive or "von" after it that says whose role
        it is ("Der Anwalt des 29-Jährigen", "Der Bürgermeister von New Orleans")."""
        k = token.i + 1
        if k + 1 < token.sent.end and self.doc[k].lower_ == "für":
            # "Die UN-Sondergesandte für Kinder und bewaffnete Konflikte": the task of the office
            j = k + 1
            while j < token.sent.end and j - k < 8:
                t = self.doc[j]
                noun = t.pos_ in {"NOUN", "PROPN"} and t.text[:1].isupper()
                joins = (t.lower_ in {"und", "sowie"} or (t.pos_ == "ADJ" and t.is_lower)) \
                    and j + 1 < token.sent.end and self.doc[j + 1].pos_ in {"NOUN", "PROPN", "ADJ"}
                if not (noun or joins):
                    break
                j += 1
            if j > k + 1 and self.doc[j - 1].pos_ in {"NOUN", "PROPN"}:
                return j
        if k < token.sent.end and self.doc[k].lower_ in {"des", "der", "von", "vom"}:
            j = k + 1
            while j < token.sent.end and j - k < 6 and (
                    self.doc[j].pos_ in {"DET", "ADJ", "NUM"} or self.doc[j].lower_ in {"des", "der"}
                    or (self.doc[j].pos_ in {"NOUN", "PROPN"} and self.doc[j].text[:1].isupper())
                    or self.doc[j].text[:1].isdigit()):
                j += 1
            if any(t.pos_ in {"NOUN", "PROPN"} for t in self.doc[k + 1 : j]):
                while self.doc[j - 1].pos_ not in {"NOUN", "PROPN"}:
                    j -= 1
                return j
        return k

    def _speaking_body(self, token: Token) -> bool:
        """"Die Jury begründete …", "Der Vereinsvorstand teilte mit", "Das Museum wies den Vorwurf
        zurück": a body named by the noun of its kind alone that speaks, when no pass tied it to
        a named one, is an organisation of this article; its other mentions with the article
        are the same actor. True when it made one."""
        if token.pos_ != "NOUN" or token.dep_ not in {"nsubj", "sb"} or "Plur" in token.morph.get("Number") \
                or not token.lower_.endswith(SPEAKING_BODIES) or self.is_role(token) \
                or not self.lex.cue_candidates(token.head.lemma_, token.head.text):
            return False
        start = self._article_before(token)
        after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if start is None or self._named_next(token) or (
                after is not None and after.tag_ == "NE"):  # "der Veranstalter Live Nation": a name
            return False
        # the one organisation named before whose name ends in the noun ("Städel Museum"), or the
        # body the text calls by the compound's head ("Der Vereinsvorstand … Der Vorstand")
        low = token.lower_
        named = {e.key: e for e in self.entities.values() if e.type in {"organization", "media"} and (
                 e.name.lower().endswith(low)
                 or (e.local and " " not in e.name and low.endswith(e.name.lower())))
                 and any(m.tok_start != token.i for m in e.mentions)}
        # (or the one person the text gave that role: "Konzertveranstalter Marek Lieberberg")
        kind = next(k for k in SPEAKING_BODIES if low.endswith(k))
        holders = [e for e in self.entities.values() if e.type == "person" and kind in PERSON_HELD
                   and any(r.lower().endswith(kind) for r in e.roles) and self._last_before(e, token.i) >= 0]
        if len(named) == 1:
            ent = next(iter(named.values()))
        elif len(holders) == 1 and not named:
            ent = holders[0]
        else:
            ent = self.entity(f"{DESCRIBED}{token.lower_}", token.text, "organization")
            ent.local = True
        self.attach(ent, self.mention(start - 1, token.i + 1, "described"))
        self._same_role_later(ent, token)  # "… teilte das Museum mit"
        return True

    def _speaking_bodies(self, token: Token) -> bool:
        """"Die gesetzlichen Krankenkassen warnen", "Die Länder lehnen den Entwurf ab",
        "Umweltverbände haben den Plan kritisiert": the plural of a kind of body
        (``collective_bodies``), with the definite article or none, that is the subject of a
        plural speech verb is a group of this article; its other mentions with the article are
        the same group. True when it made one."""
        if token.pos_ != "NOUN" or token.dep_ not in {"nsubj", "sb"} or not tagged_plural(token) \
                or not self._collective_body(token) or not self._plural_verb(token.head) \
                or not self.lex.cue_candidates(token.head.lemma_, token.head.text) \
                or any(c.dep_ == "aux" and c.lemma_ == "sollen" for c in token.head.children):
            return False  # (not hearsay about them: "Die Kliniken sollen … gewarnt haben")
        k = token.i - 1
        while k >= token.sent.start and self.doc[k].pos_ == "ADJ":
            k -= 1
        bare = k < token.sent.start or self.doc[k].pos_ not in {"DET", "NUM", "PRON"}
        if not (bare or self.doc[k].lower_ == "die") or (
                token.i < token.head.i and any(t.text == "," for t in self.doc[token.i : token.head.i])):
            return False  # (not counted ones: "Drei Kliniken"; nor inside the words before ", sagte X")
        if self._named_next(token):
            return False  # "Die Gewerkschaften Verdi und IG BCE": the bodies by their names
        end = self._complement_end(token)  # "Die Verbände der Wirtschaft"
        name = self.doc[token.i : end].text
        ent = self.entity(f"{DESCRIBED}{name.lower()}", name, "group")
        ent.local = True
        self.attach(ent, self.mention(token.i if bare else k, end, "described"))
        # "… teilten die Banken mit" (not the genitive: "die Innenminister der Länder")
        self._same_role_later(ent, token, articles=frozenset({"die"}))
        return True

    def _collective_body(self, token: Token) -> bool:
        """The noun is one of ``collective_bodies`` or a compound that ends in one of seven
        letters or more ("Sozialverbände", "EU-Staaten")."""
        head = token.lower_.rsplit("-", 1)[-1]
        nouns = self.lex.collective_bodies
        return head in nouns or any(len(n) >= 7 and head.endswith(n) for n in nouns)

    @staticmethod
    def _plural_verb(verb: Token) -> bool:
        """The finite verb of the clause (the verb or its auxiliary) is plural."""
        finite = verb if verb.tag_.endswith("FIN") else next(
            (c for c in verb.children if c.dep_ == "aux" and c.tag_.endswith("FIN")), None)
        return finite is not None and finite.morph.get("Number") == ["Plur"]

    def _speaking_role(self, token: Token) -> bool:
        """A capitalised role noun (not a spokesperson's, who speaks for someone) that is the
        subject of a speech verb."""
        if token.pos_ != "NOUN" or token.dep_ not in {"nsubj", "sb"} or not self.is_role(token) \
                or noun_base(token, SPOKES_NOUNS) is not None:
            return False
        return bool(self.lex.cue_candidates(token.head.lemma_, token.head.text))

    def _pronoun_speaks_next(self, token: Token) -> bool:
        """"Der Hausmeister des Gebäudes hatte den Brand bemerkt. Er habe …, sagte er.": a person
        noun, the subject of its sentence, that a subject pronoun of its gender in the next
        sentence takes up as the speaker of a speech verb (as the pronoun pass would read it: an
        unnamed role it leaves without an actor)."""
        if token.pos_ != "NOUN" or token.dep_ not in {"nsubj", "sb"} or token.head != token.sent.root \
                or "Plur" in token.morph.get("Number") or token.sent.end >= len(self.doc) \
                or noun_base(token, SPOKES_NOUNS) is not None:
            return False
        return any(t.lower_ in {"er", "sie"} and t.dep_ in {"nsubj", "sb"}
                   and "Plur" not in t.head.morph.get("Number")
                   and self.lex.cue_candidates(t.head.lemma_, t.head.text)
                   and self._unnamed_subject_before(t, "m" if t.lower_ == "er" else "f") == (True, None)
                   for t in self.doc[token.sent.end].sent)

    def _article_before(self, token: Token, possessive: bool = False) -> int | None:
        """The first token after the definite article (with ``possessive`` also a possessive:
        "Sein Anwalt") that opens the noun's phrase (adjectives between them belong to the
        phrase: "Der frühere Verbraucherschützer"), else None."""
        k = token.i - 1
        while k >= token.sent.start and self.doc[k].pos_ == "ADJ":
            if self.doc[k].text[:1].isupper() and not self.doc[k].is_sent_start \
                    and not self.place_adjective(self.doc[k].text):
                return None  # "Die Freien Demokraten": a name (not "Die Berliner Datenschutzbeauftragte")
            k -= 1
        owner = self.at(k) if k >= token.sent.start else None
        if possessive and owner is not None and owner.type == "person" and owner.genitive(self.doc[k].text) \
                and k == token.i - 1:
            return k + 1  # "Wendlers Anwalt wies … zurück": the person's lawyer, as "Sein Anwalt"
        if k < token.sent.start or self.doc[k].pos_ != "DET" or not (
                self.doc[k].lower_ in NOMINATIVE_ARTICLES
                or (possessive and self.doc[k].tag_ == "PPOSAT" and self.doc[k].lower_ in POSSESSIVES)):
            return None
        return k + 1

    def _named_next(self, token: Token) -> bool:
        """An actor's name follows the role noun before the next verb or in its phrase: the
        person is named ("Der Minister Hans Müller", "Der Leiter des Influenza-Programms der WHO,
        Klaus Stöhr,"), or the body the role speaks for ("Der Chef der Bundesagentur für
        Arbeit", "Der Weltmarktführer im Segment Energiesparlampen Philips")."""
        if self.apposed_person(token.i)[0] is not None:
            return True
        after = []
        for t in self.doc[token.i + 1 : token.sent.end]:
            if t.pos_ in {"VERB", "AUX"}:
                break
            after.append(t)
        return any((e := self.at(t.i)) is not None and not (  # (not a place: "am Montag in Bremen")
            e.type == "state" and t.i > 0 and self.doc[t.i - 1].lower_ in {"in", "nach", "bei"})
            for t in (*after, *token.subtree) if t.i != token.i)

    def _may_be_named(self, token: Token) -> bool:
        """The noun may stand for a person the text names: one who holds that role ("vom
        Bundeskanzler Gerhard Schröder … Der Bundeskanzler nahm Stellung"), or, after the verb,
        a person named in this or the two sentences before (", sagte der Demonstrationsleiter"
        after "der Organisator Andreas Blechschmidt": :meth:`epithet` decides at the claim), also
        before the verb when the noun describes the person's past ("Der frühere
        Verbraucherschützer mahnte" after Klaus Müller)."""
        base = noun_base(token, self.roles) or token.lower_
        # (named persons: "Sein Anwalt" made by this pass does not stand for "Der Anwalt des Opfers")
        persons = [e for e in self.entities.values() if e.type == "person" and e.mentions
                   and not e.key.startswith(DESCRIBED)]
        if any(base in r.lower() for e in persons for r in e.roles):
            return True
        if token.i < token.head.i and not any(
                t.pos_ == "ADJ" and t.lower_.startswith(EPITHET_ADJECTIVES) for t in token.children):
            return False
        start = self.window_start(token.i, 3)
        return any(start <= m.tok_start < token.i for e in persons for m in e.mentions)

    def _plural(self, token: Token, article: Token) -> bool:
        """A plural role noun; an adjectival one by its ending ("die Vorsitzende" is one woman,
        "die Vorsitzenden" several), others by the tagger's number."""
        base = noun_base(token, self.roles) or ""
        if base.endswith("e") and f"{base}r" in self.roles:
            return token.lower_.endswith("n")
        if "Plur" in article.morph.get("Number") and article.lower_ == "die" \
                and not token.lower_.endswith("in"):
            return True  # "Die Innenminister der Länder": the article says what the noun does not
        return "Plur" in token.morph.get("Number") and "Sing" not in article.morph.get("Number")

    def _described_name(self, article: Token, token: Token, phrase: str) -> str:
        """The phrase from the noun on, an adjectival noun in its form without article ("Der
        Vereinsvorsitzende" → "Vereinsvorsitzender", as the role list has both forms)."""
        base = noun_base(token, self.roles) or ""
        if article.lower_ == "der" and base.endswith("e") and f"{base}r" in self.roles:
            return token.text + "r" + phrase[len(token.text):]
        return phrase

    def _same_role_later(self, ent: Entity, token: Token, articles: frozenset[str] | None = None) -> None:
        """Other mentions of the noun with the definite article ("… sagte die Staatsanwältin"),
        or one of ``articles``, when no other pass gave them an actor."""
        for other in self.doc:
            if other.i == token.i or other.i in self.token_entity or other.lower_ != token.lower_:
                continue
            start = self._article_before(other)
            if start is None or self._named_next(other) or (
                    articles is not None and self.doc[start - 1].lower_ not in articles):
                continue
            end = self._complement_end(other)  # "Der Bürgermeister von Orleans" is not New Orleans'
            if end == other.i + 1 or self._described_name(self.doc[start - 1], other,
                                                          self.doc[other.i : end].text) == ent.name:
                self.attach(ent, self.mention(start - 1, end, "described"))
