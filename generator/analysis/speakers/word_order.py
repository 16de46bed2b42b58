"""Speakers by position where the parse is wrong or silent: the words before the cue (the
Vorfeld), a subject apposed before ", …, erklärte", a name split from its role noun, a named
actor after the cue when the phrase in front is the object, a person's name in front of a
bare noun the parser took for the subject."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.actors import Entity
from generator.analysis.phrases import (
    ACADEMIC_TITLES,
    CLOSING_QUOTES,
    OPENING_QUOTES,
    QUOTE_MARKS,
    noun_phrase,
)
from generator.analysis.speakers.base import DATIVE_OBJECT_VERBS, SOURCE_OF, Speaker
from generator.analysis.speakers.entities import EntityWords
from generator.analysis.subjects import disagrees, finite_of, not_nominative


class WordOrder(EntityWords):
    """Positional readings of the speaker."""

    def _vorfeld(self, cue: Token, sent: SpacySpan) -> list[Token]:
        """The words before the cue back to the last comma, colon or quotation; a quoted name
        inside a noun phrase ("Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte")
        belongs to it."""
        before: list[Token] = []
        j = cue.i - 1
        while j >= sent.start:
            t = self.doc[j]
            if t.text in CLOSING_QUOTES:
                opening = next((k for k in range(j - 1, max(sent.start, j - 8) - 1, -1)
                                if self.doc[k].text in OPENING_QUOTES), None)
                if opening is None or opening == sent.start \
                        or self.doc[opening - 1].tag_ not in {"ART", "APPR", "APPRART", "NN", "NE"}:
                    break
                before[:0] = list(self.doc[opening : j + 1])
                j = opening - 1
                continue
            if t.text in {",", ";", ":"} or self.cues.in_quote(t):
                break
            before.insert(0, t)
            j -= 1
        return before

    def _without_adjuncts(self, tokens: list[Token]) -> list[Token]:
        """Tokens without prepositional and "als" phrases, times and adverbs, which never name
        the speaker ("Als Begründung gab er an", "in der Vergangenheit")."""
        out: list[Token] = []
        skipping = False
        for t in tokens:
            if t.pos_ == "ADP" or t.lower_ in {"als", "wie"}:
                skipping = True
                continue
            if skipping and t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV"}:
                continue
            skipping = False
            if not self.not_a_speaker(t) or t.tag_ == "ADJA":  # "Arabische und iranische Medien"
                out.append(t)
        return out

    def _before_message(self, words: list[Token], boundary: int) -> list[Token]:
        """A subject phrase without what the parser apposed to it past the comma after the cue
        ("meldete die Site „Golem“, Wikimedia habe … bestätigt"): that is the message. An
        apposition closed by a comma or the sentence end stays ("sagte ihr Sprecher, Jan Berg,")."""
        tail = [w for w in words if w.i > boundary]
        if not tail:
            return words
        nxt = self.doc[tail[-1].i + 1] if tail[-1].i + 1 < len(self.doc) else None
        if nxt is None or nxt.text in {",", ")", "–", ".", ";", "!"}:
            return words
        return [w for w in words if w.i <= boundary]

    def _named_after(self, role: Token) -> Token | None:
        """The first token of a person's name right after a role noun the parser split from it."""
        nxt = role.nbor(1) if role.i + 1 < len(self.doc) else None
        while nxt is not None and nxt.text in ACADEMIC_TITLES and nxt.i + 1 < len(self.doc) \
                and self.actors.at(nxt.i) is None:
            nxt = nxt.nbor(1)  # "Studienleiter Professor Felix Rother"
        # ("Jefferies-Analyst", "Amtsärztin" tagged a name: a role all the same)
        noun = role.pos_ == "NOUN" or role.tag_ == "NN" \
            or (role.tag_ == "NE" and ("-" in role.text or self.actors.is_role(role)))
        if nxt is None or not noun or (nxt.head.i == role.i and nxt.i == role.i + 1) \
                or self.actors.at(role.i) is not None:
            return None
        ent = self.actors.at(nxt.i)
        return nxt if ent is not None and ent.type == "person" and self.actors.is_role(role) else None

    def _apposed_subject(self, sent: SpacySpan, cue: Token) -> tuple[Entity | None, tuple[int, int] | None]:
        """The subject before ", …, erklärte": the phrase before the first comma when it has no
        verb ("Henk Meijer, Laborleiter der Emsland GmbH, erklärte", "Todor Kolarow, dessen
        Behörde …, sagte"), else the person in the verbless phrases right before the cue
        ("…, die Sprecherin der Fraktion, Sandra Boser, erklärte")."""
        segments: list[list[Token]] = [[]]
        for t in sent[: cue.i - sent.start]:
            if t.text == "," and not self.cues.in_quote(t):
                segments.append([])
            else:
                segments[-1].append(t)
        if len(segments) < 2 or not segments[0] or segments[0][0].pos_ == "ADP":
            return None, None
        if not any(t.pos_ in {"VERB", "AUX"} for t in segments[0]):
            ent, span = self.entity_in(segments[0])
            return (ent, span) if ent else (None, noun_phrase(segments[0]))
        for seg in reversed(segments[1:-1]):
            if not seg or any(t.pos_ in {"VERB", "AUX"} and t.text[:1].islower() for t in seg):
                break  # a clause (capitalised "GmbH" tagged as a verb does not count)
            person, span = self._person_in(seg)
            if person is not None:
                return person, span
        return None, None

    def _name_after(self, cue: Token, boundary: int) -> Speaker | None:
        """A named actor in the noun phrase right after the cue (adverbs aside): with a plain
        noun phrase in front of the verb, it is the subject and the noun phrase the object
        (German word order: "Eine Verschiebung bezeichnete Conze als fatal", "Die Zahl der Toten
        bezifferte die Nachrichtenagentur Xinhua mit 13")."""
        if self.cues.cue_lemma(cue) in DATIVE_OBJECT_VERBS:
            return None  # "Harringtons Kampagne warf Delgado vor": the name after is the addressee
        words: list[Token] = []
        for t in self.doc[cue.i + 1 : boundary]:
            if not words and t.pos_ in {"ADV", "PART"}:
                continue
            if len(words) >= 6 or not (t.pos_ in {"DET", "ADJ", "NOUN", "PROPN"} or t.text in QUOTE_MARKS):
                break
            words.append(t)
        head = next((t for t in words if t.pos_ in {"NOUN", "PROPN"}), None)
        # a name rather than an adjective ("die chinesische Nachrichtenagentur Xinhua" is Xinhua,
        # not China)
        named = next(((e, (m.start, m.end)) for t in words if (e := self.actors.at(t.i)) is not None
                      for m in e.mentions if m.tok_start <= t.i < m.tok_end and m.kind == "name"), None)
        ent, span = named or self.entity_in(words)
        if head is None or ent is None or span is None or not_nominative(head) or disagrees(cue, head) \
                or head.morph.get("Case") in (["Acc"], ["Dat"], ["Gen"]) or self._plural_object(cue, head):
            return None  # "Die Behörden werfen Luna Menschenhandel vor": plural verb
        if words[0].lower_ == "dem" or (words[0].lower_ == "der" and head.morph.get("Gender") == ["Fem"]):
            return None  # "Der Franzose sagte der Deutschen Presse-Agentur": whom he told
        after = head.nbor(1) if head.i + 1 < len(self.doc) else None
        if self.actors.at(head.i) is not None and head.text.endswith("s") and after is not None and (
                after.pos_ in {"NOUN", "ADJ"} or after.text in OPENING_QUOTES):
            return None  # "lobte Markwarts „radikal uneitles Spiel“": whose play, in the genitive
        if ent.type != "person":
            # "Das Pontifikat bezeichnete der Geschäftsführer der Grünen, Volker Beck, als …"
            apposed = self.apposed_after(head, words, boundary)
            if apposed is not None:
                return apposed
        return ent, span, SOURCE_OF[ent.type]

    def apposed_after(self, head: Token, words: list[Token], boundary: int) -> Speaker | None:
        """The person named right after the comma that ends a role noun's phrase ("der
        Geschäftsführer der Grünen, Volker Beck"): the role's holder, not the body in its genitive."""
        if not words or not self.actors.is_role(head) or words[-1].i not in {boundary - 1, boundary} \
                or boundary + 1 >= len(self.doc) or self.doc[boundary].text != ",":
            return None
        first = boundary + 1
        if first + 1 < len(self.doc) and self.actors.is_role(self.doc[first]):
            first += 1  # "…, Oberst Amadou Abdramane,"
        person = self.actors.at(first)
        if person is None or person.type != "person":
            return None
        m = next((m for m in person.mentions if m.tok_start <= first < m.tok_end), None)
        return (person, (m.start, m.end), "person") if m is not None else None

    @staticmethod
    def _plural_object(cue: Token, head: Token) -> bool:
        """A plural noun after a singular verb is not its subject ("Die Regierung beschuldigt
        die Huthi-Rebellen")."""
        finite = finite_of(cue)
        return finite is not None and finite.morph.get("Number") == ["Sing"] \
            and head.morph.get("Number") == ["Plur"]

    def _person_in_front(self, cue: Token, sent: SpacySpan, subject: Token) -> Speaker | None:
        """"Zu Guttenberg hatte Fehler eingeräumt", parsed with "Fehler" as subject: when the
        words before the finite verb are exactly one person's name and the parser's subject is
        a bare common noun after it that names no actor, the person speaks."""
        finite = finite_of(cue)
        if finite is None or subject.pos_ != "NOUN" or subject.i < finite.i \
                or self.actors.at(subject.i) is not None \
                or any(c.dep_.startswith("det") for c in subject.children):
            return None
        front = [t for t in sent if t.i < finite.i]
        ent = self.actors.at(front[0].i) if front else None
        if ent is None or ent.type != "person":
            return None
        mention = next((m for m in ent.mentions if m.tok_start == front[0].i), None)
        if mention is None or mention.tok_end != finite.i:
            return None
        return ent, (mention.start, mention.end), "person"
