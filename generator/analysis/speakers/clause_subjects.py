"""The parsed subject of a verb: the subject dependents of a cue, its auxiliary and the verb it
is coordinated with (subject and object put right where the parser swapped them), a subject
hung on another word, and the agent or subject of a clause."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.actors.index import PERSON_NOUN_RE
from generator.analysis.phrases import CLOSING_QUOTES, COORDINATING_ADVERBS
from generator.analysis.speakers.base import (
    ADDRESSEE_OBJECT_VERBS,
    DATIVE_OBJECT_VERBS,
    SOURCE_OF,
    SUBJECT_DEPS,
    Speaker,
)
from generator.analysis.speakers.passives import PassiveSpeakers
from generator.analysis.subjects import disagrees, not_nominative


class ClauseSubjects(PassiveSpeakers):
    """Subjects from the parse."""

    def _subjects(self, cue: Token) -> list[Token]:
        """Subject dependents of the cue, of its auxiliary ("hat gesagt") and of the verb it is
        coordinated with ("verständigte die Polizei und teilte mit")."""
        if not self.parsed:
            return []
        heads = [cue]
        after_and = cue.i > 0 and self.doc[cue.i - 1].lower_ in {"und", "oder", "sowie"}
        first = cue.head
        if cue.head.pos_ == "AUX" or cue.dep_ == "conj" or (cue.dep_ == "parataxis" and after_and):
            heads.append(cue.head)
            # "äußerte sich besorgt und forderte …": the second verb hangs on the first one's
            # predicate; the subject is the first verb's
            # ("zeigte sich erschüttert und kündigte an": a participle is no finite verb either)
            while (first.pos_ not in {"VERB", "AUX"} or (first.dep_ == "xcomp" and first.tag_ == "VVPP")) \
                    and first.dep_ in {"xcomp", "conj"} and first.head is not first:
                first = first.head
            if after_and and cue.dep_ == "conj" and first.dep_ == "ccomp" and first.head is not first \
                    and any(c.dep_ == "mark" for c in first.children) and "Sub" not in cue.morph.get("Mood"):
                # "räumte ein, dass der Übergang … stehe, und kündigte an, …" parsed with the second
                # verb inside the dass-clause: it is coordinated with the verb the clause hangs on
                first = first.head
            if first is not cue.head:
                heads.append(first)
            if first.head.pos_ == "AUX" and first.head is not first and cue.dep_ == "conj":
                heads.append(first.head)  # "hat sich … ausgesprochen und behauptet" hung on "hat"
        # "… hat Elizabeth Byrs gestern gewarnt" with the subject hung on the auxiliary
        heads += [c for c in cue.children if c.dep_ in {"aux", "aux:pass"} and c.tag_.endswith("FIN")]
        if cue.dep_ == "xcomp" and cue.tag_ == "VVPP" and cue.head is not cue \
                and any(c.dep_ == "aux" for c in cue.head.children):
            # "Laumann (CDU) hatte zuletzt wiederholt betont": the adverb taken for the verb of
            # the auxiliary, the participle hung on it; the subject is that clause's
            heads.append(cue.head)
        if cue.lower_.endswith("en") and cue.head.lemma_ == "lassen" and cue.head is not cue:
            heads.append(cue.head)  # "Er ließ verlauten, …", "ließ mitteilen": the subject of "lassen"
        subjects = [c for h in heads for c in h.children if c.dep_ in SUBJECT_DEPS]
        own = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
        others = [c for c in subjects if c not in own]
        if cue.dep_ == "conj" and not after_and and own and others and any(
                t.lower_ in {"und", "sowie"} and t.i > max(c.i for c in others)
                for t in self.doc[cue.head.i : min(own).i]):
            # "Der Rat stufte das Gesetz ein, und das Kinderhilfswerk UNICEF rief Russland auf": a
            # second clause with a subject of its own
            subjects = own
        if cue.dep_ in {"conj", "parataxis"} and after_and:
            # "… habe sie den Abschied akzeptiert und frage Corbyn, ob …": a verb right after "und"
            # has no Vorfeld of its own and shares the first verb's subject; a noun after it is
            # its object
            shared = [c for h in (first, *(a for a in first.children if a.dep_ in {"aux", "aux:pass"}))
                      for c in h.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i]
            subjects = shared or subjects
            if subjects and all(disagrees(cue, s) for s in subjects):
                # "Köhler möchte …, nimmt die Abgeordneten in Schutz und warnt vor …" parsed with
                # the object as the subject of "nimmt": the subject before the first finite verb
                finite = next((t for t in cue.sent if t.tag_.endswith("FIN")), cue)
                front = [t for t in self.doc[cue.sent.start : finite.i]
                         if t.dep_ in SUBJECT_DEPS and not disagrees(cue, t)
                         and not any(c.dep_ == "mark" for c in t.head.children)]  # ("Als X eilte, …")
                subjects = front[:1] or subjects
        clause = self.doc[cue.sent.start : cue.i - 1]
        # ("…, mahnte aber mehr Geld an": a second verb with "aber" shares the subject too)
        coordinated = cue.i + 1 < len(self.doc) and self.doc[cue.i + 1].lower_ in COORDINATING_ADVERBS
        # (also right after a quotation: "nannte die Bewerbung „sehr respektabel“ stellte aber fest")
        after_comma = self.doc[cue.i - 1].text == "," or (
            coordinated and self.doc[cue.i - 1].text in CLOSING_QUOTES)
        if (not subjects or coordinated) and len(clause) > 1 and after_comma:
            # "Lang widersprach nicht, betonte aber, …": a verb right after the comma of the
            # main clause before shares its subject (not after a relative clause's comma); the
            # words reported before it are no such clause ("Die Partei brauche Geschlossenheit,
            # sagte Kollwitz, räumte aber ein, …": Kollwitz's)
            before = self._main_verb_before(clause)
            shared = [c for c in before.children if c.dep_ in SUBJECT_DEPS] if before is not None else []
            subjects = shared or subjects
        if not subjects and cue.i + 3 < len(self.doc) and self.doc[cue.i - 1].text in {",", *CLOSING_QUOTES}:
            article, noun, end = self.doc[cue.i + 1 : cue.i + 4]
            if article.lower_ in {"der", "die"} and "Nom" in article.morph.get("Case") and noun.tag_ == "NN" \
                    and noun.head == cue and end.is_punct and end.text != "-":
                # "…, sagte der Salzburger." with the noun parsed as an oblique: the nominative
                # phrase that closes the clause right after the verb is its subject
                return [noun]
        if len(subjects) > 1:
            # "Die Regierung beschuldigt die Huthi-Rebellen, …" parsed with two subjects: the one
            # that does not agree with the verb is its object
            agreeing = [s for s in subjects if not disagrees(cue, s)]
            if any(s.pos_ in {"NOUN", "PROPN"} and s.i < cue.i for s in agreeing):
                subjects = agreeing
            # "McCains Kampagne warf Obama vor, …": a bare name after the verb that the tagger
            # marks dative or accusative is the object when the verb's own subject precedes it
            kept = [s for s in subjects if not (
                s.i > cue.i and s.pos_ == "PROPN" and s.morph.get("Case") in (["Dat"], ["Acc"])
                and not any(c.dep_ == "det" for c in s.children))]
            if len(kept) < len(subjects) and any(
                    s.i < cue.i and s.head == cue and not disagrees(cue, s) for s in kept):
                subjects = kept
            elif self.cues.cue_lemma(cue) in ADDRESSEE_OBJECT_VERBS and (pivot := self._finite_of(cue)) \
                    and any(s.i < pivot.i and s.head == cue and not disagrees(pivot, s) for s in subjects):
                # "DIW-Präsident Marcel Fratzscher warnte die Bundesregierung vor …" parsed with two
                # subjects: the one after the (finite) verb is the addressee ("Die Regierung hat das
                # Museum aufgefordert, …")
                subjects = [s for s in subjects if s.i < pivot.i]
            elif self.cues.cue_lemma(cue) in DATIVE_OBJECT_VERBS and any(
                    s.i < cue.i and s.head == cue and not disagrees(cue, s) for s in subjects):
                # "Der Gouverneur sicherte Delgado Unterstützung zu": the bare name after the verb
                # is its dative object
                subjects = [s for s in subjects if not (s.i > cue.i and s.pos_ == "PROPN" and not any(
                    c.dep_ == "det" for c in s.children))]
        objects = [c for h in heads for c in h.children if c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"}]
        finite = next((h for h in heads if h.tag_.endswith("FIN")), None)
        if subjects and objects and finite is not None and finite.morph.get("Number") == ["Sing"] \
                and all(disagrees(cue, s) for s in subjects) \
                and not any(x.ent_type_ == "PER" or self._person_at(x) for s in subjects for x in s.subtree):
            # (not when the subject names a person the tagger gave a wrong number: "begründete
            # die Vorsitzende Richterin Anke Brodersen das Urteil", "Virtanen wies die Kritik zurück")
            # "Die tibetischen Mönche beschrieb die Nachrichtenagentur als …": the parser swapped
            # subject and object; a singular object that may be nominative is the subject
            return subjects + [o for o in objects if not not_nominative(o) and not disagrees(cue, o)
                               and o.morph.get("Number") == ["Sing"]]
        if subjects and objects and self.cues.cue_lemma(cue) in self.lex.reported_acts and all(
                s.i < cue.i and s.pos_ == "NOUN" and not any(self.actors.at(x.i) for x in s.subtree)
                and s.morph.get("Number") == ["Sing"] and not PERSON_NOUN_RE.search(s.lower_)
                and not self.actors.is_role(s) and not any(
                    c.dep_ == "det" and c.morph.get("Definite") == ["Def"] for c in s.children)
                for s in subjects):  # (not "Staatsanwalt Joshua Steinglass bezichtigte Trump")
            # "Eine Kapitalerhöhung schloss Krebber aus": a fronted indefinite object the parser
            # took for the subject; the person or organisation named after the verb speaks
            later = [o for o in objects if o.i > cue.i and not not_nominative(o) and (
                (e := self.actors.at(o.i)) is not None and e.type in {"person", "organization"})]
            if later:
                return later[:1]
        if subjects or not objects:
            return subjects
        nominative = sorted((o for o in objects if not not_nominative(o)), key=lambda t: t.i)
        if len(objects) >= 2:
            # "Im Prozess hat die Anklage eine Haftstrafe gefordert" parsed with two objects and
            # no subject: a verb takes one accusative object, so the first that may be
            # nominative is the subject
            return nominative[:1]
        # "Monatelang haben die Wiener Linien abgestritten, dass …" parsed with an object and no
        # subject: an active verb's only noun phrase that may be nominative and agrees with it
        passive = any(c.dep_ == "aux:pass" for h in heads for c in h.children)
        number = objects[0].morph.get("Number")
        if nominative and finite is not None and number and finite.morph.get("Number") == number \
                and not passive:
            return nominative
        return []

    @staticmethod
    def _finite_of(cue: Token) -> Token | None:
        """The finite verb of a cue's clause: the cue itself or a participle's auxiliary."""
        if cue.tag_.endswith("FIN"):
            return cue
        if cue.tag_ != "VVPP":
            return None
        return next((c for c in cue.children
                     if c.dep_ == "aux" and c.tag_.endswith("FIN") and c.i < cue.i), None)

    def _person_at(self, token: Token) -> bool:
        """Whether ``token`` is part of a person's mention."""
        ent = self.actors.at(token.i)
        return ent is not None and ent.type == "person"

    @staticmethod
    def _main_verb_before(clause: SpacySpan) -> Token | None:
        """The finite verb of the last main clause in ``clause`` (the words before a comma),
        past clauses of reported speech in Konjunktiv; None after a relative or subordinate
        clause."""
        end = clause.end
        while end > clause.start:
            start = max((t.i + 1 for t in clause if t.i < end and t.text == ","), default=clause.start)
            segment = clause.doc[start:end]
            if any(t.tag_ in {"PRELS", "KOUS"} for t in segment):
                return None
            verb = next((t for t in reversed(segment) if t.tag_ in {"VVFIN", "VAFIN", "VMFIN"}), None)
            if verb is not None and "Sub" not in verb.morph.get("Mood"):
                return verb
            end = start - 1
        return None

    def _stray_subject(self, cue: Token, sent: SpacySpan, boundary: int) -> Token | None:
        """A subject the parser hung on an adverb or noun of the cue's clause
        ("Die Armeeleitung hingegen sprach …" with "Armeeleitung" under "hingegen")."""
        if not self.parsed:
            return None
        start = max((t.i + 1 for t in sent if t.i < cue.i and t.text in {",", ";", ":"}), default=sent.start)
        for t in sent[start - sent.start : boundary - sent.start]:
            if t.dep_ in SUBJECT_DEPS and t.head.pos_ not in {"VERB", "AUX"} and t.head.i != t.i \
                    and not self.cues.in_quote(t) and not self.not_a_speaker(t) \
                    and t.lower_ not in {"es", "das", "dies", "man"}:
                return t
        return None

    def clause_subject(self, sent: SpacySpan, persons: bool = True) -> Speaker:
        """Who a sentence is about: the agent of a passive ("wurde vom Verband kritisiert"), the
        subject of its main verb, else (``persons``) the first person named."""
        return self.subject_of(sent.root, sent, persons)

    def subject_of(self, verb: Token, sent: SpacySpan, persons: bool = False) -> Speaker:
        """The agent or subject of ``verb`` (see :meth:`clause_subject`)."""
        agent = self.passive_agent(verb, sent)
        if agent is not None:
            return agent
        root = verb
        # (of two "subjects", the one naming an actor: "Die Hackergruppe | Anonymous bestritt")
        for child in sorted(self._subjects(root), key=lambda c: not self._names_actor(c)):
            if self.not_a_speaker(child) or self.cues.in_speech(child):
                continue
            if child.pos_ == "NOUN" and child.i < root.i and not self.actors.at(child.i):
                # "Die Anwendung der Richtlinie stellte der SPD-Vorsitzende Müntefering in Frage"
                named = self._name_after(root, sent.end)
                if named is not None:
                    return named
            words = list(child.subtree)
            ent, span = self.entity_in(words)
            if ent is not None and ent.type != "person" and not self.actors.at(child.i):
                # "Der Ministerpräsident Thailands, Thaksin Shinawatra, vertritt die Ansicht": the
                # person the phrase names, not the state in its genitive
                person, pspan = self._person_in(words)
                if person is not None:
                    ent, span = person, pspan
            if ent:
                return ent, span, SOURCE_OF[ent.type]
            if child.pos_ in {"NOUN", "PROPN"} or (
                    (child.tag_ in {"PIS", "PIAT"} or child.morph.get("PronType") == ["Ind"])
                    and child.lower_ not in {"man", "alles", "nichts", "etwas"}):
                # "Einige vertreten die Auffassung, …": an indefinite pronoun names people too
                # (by its tag, or by its morphology when the tagger took it for another pronoun)
                return None, self.phrase_span(child), "unattributed"
        person = next((e for t in sent if (e := self.actors.at(t.i)) and e.type == "person"), None) \
            if persons else None
        if person is not None:
            m = next(m for m in person.mentions if sent.start <= m.tok_start < sent.end)
            return person, (m.start, m.end), "person"
        return None, None, "unattributed"
