"""The speaker finder: the speaker, speaker words, source type and source chain of a cue verb,
from the parse if it has one, else by position."""

from __future__ import annotations

from spacy.tokens import Token

from generator.analysis.actors import Entity
from generator.analysis.actors.index import PERSON_NOUN_RE, SPOKES_NOUNS, noun_base
from generator.analysis.cues import COMPLEMENT_MARKERS
from generator.analysis.phrases import (
    OPENING_QUOTES,
    OUTLET_NOUNS,
    QUOTE_MARKS,
    noun_phrase,
    noun_phrase_before,
)
from generator.analysis.speakers.base import NOMINAL_TAGS, SOURCE_OF, Speaker
from generator.analysis.speakers.clause_subjects import ClauseSubjects
from generator.analysis.speakers.entities import without_attributes
from generator.analysis.speakers.outlets import Outlets
from generator.analysis.subjects import OBLIQUE_DETERMINERS, disagrees, not_nominative, without_addressee
from generator.model import SourceType

PLACE_PREPOSITIONS = frozenset({"auf", "in", "im", "bei", "beim", "gegenüber", "am", "an", "vor"})


# prepositions that open a source phrase, not a time or place ("Laut X sollen …"; "nach" only with
# a report noun: "Nach Angaben von X", not "Nach dem Bekanntwerden")
SOURCE_PREPOSITIONS = frozenset({"laut", "gemäß", "zufolge"})


class SpeakerFinder(ClauseSubjects, Outlets):
    """Finds speakers in one article; ``entity`` and ``span`` results are char offsets."""

    def attribution(self, cue: Token) -> tuple[
            Entity | None, tuple[int, int] | None, SourceType, Entity | None]:
        """Speaker, speaker words, source type and source chain of a cue verb. With
        "zitieren" the words are the quoted person's and the outlet is the chain ("Ein
        Fernsehsender zitierte Papandreou mit den Worten: …")."""
        sent = self.cues.sentence_of(cue)
        ent, sspan, stype = self.speaker_of(cue)
        if ent is not None and ent.type == "organization":
            # "Eine Umfrage von Forsa ergab", "Eine Studie des Instituts für … prognostiziert": a
            # poll or study of the organisation
            subject = next((s for s in self._subjects(cue) if s.pos_ == "NOUN" and s.i < cue.i), None)
            if subject is not None and (self.cues.poll(subject) or self.lex.survey(subject.text)):
                stype = self.cues.survey_kind(subject.subtree)
        via = self.via(sent) or self.reporter(cue, ent)
        # (a finite "zitierte" is no passive: "Die Offensive werde fortgesetzt, zitierte ihn die Zeitung")
        passive = cue.tag_ == "VVPP" and self._werden_before(cue, sent)
        if self.cues.cue_lemma(cue) == "zitieren" and not passive:
            # (the outlet that quotes: "zitierte ihn die Zeitung Jedioth Achronoth")
            outlet = next((e for t in sent[cue.i - sent.start + 1 :]
                           if (e := self.actors.at(t.i)) is not None and e.type == "media"), None)
            quoted = self._quoted_person(sent, cue, ent)
            if quoted is not None:
                return (*quoted, ent or via or outlet)
            via = via or (outlet if outlet is not ent else None)
        return ent, sspan, stype, via

    def _after_finite(self, child: Token, cue: Token) -> bool:
        """The subject stands after the finite verb of the cue: the cue itself (", sagte der
        Ozeanograf") or its singular auxiliary with a person noun ("hatte der Mittelfeldspieler
        gesagt"; not "hat die Anklage gefordert")."""
        if child.i > cue.i:
            return True
        finite = next((c for c in cue.children if c.dep_ == "aux" and c.tag_.endswith("FIN")), None)
        return finite is not None and finite.i < child.i and "Plur" not in finite.morph.get("Number") \
            and (self.actors.is_role(child) or child.lower_.endswith(("er", "or", "ist", "ent", "ant")))

    def _noun(self, child: Token) -> bool:
        """A common noun, also a place's demonym the tagger calls an adjective ("sagte der
        Salzburger")."""
        return child.pos_ == "NOUN" or (child.tag_ == "NN" and self.actors.place_adjective(child.text))

    def _dative_outlet(self, child: Token) -> bool:
        """An outlet in the dative: "dem Spiegel", "dem Nachrichtenmagazin Der Spiegel"."""
        left = child.left_edge.i
        return self.doc[left].lower_ == "dem" or (
            left >= 2 and self.doc[left - 2].lower_ == "dem" and self.doc[left - 1].pos_ == "NOUN")

    def _genitive_holder(self, head: Token, ent: Entity, words: list[Token]) -> bool:
        """The subject is a common noun for people ("Anhänger", "Berater") and the person is only
        named in its genitive after it, by name ("… Saddam Husseins"), or after "von" ("Der
        Nachfolger von Claus Weselsky"): not a spokesperson's."""
        if head.pos_ != "NOUN" or self.actors.at(head.i) is not None or noun_base(head, SPOKES_NOUNS):
            return False
        mentions = [t for t in words if t.i > head.i and self.actors.at(t.i) is ent]
        if not mentions:
            return False
        after_von = mentions[0].i == head.i + 2 and head.nbor(1).lower_ == "von" \
            and PERSON_NOUN_RE.search(head.lemma_.lower()) is not None
        return after_von or ent.genitive(mentions[-1].text)

    def speaker_of(self, cue: Token) -> Speaker:
        """The subject of a cue verb: from the parse if it has one, else by position."""
        sent = self.cues.sentence_of(cue)
        boundary = next((t.i for t in sent[cue.i - sent.start + 1 :]
                         if t.text in {",", ":"} or t.lower_ in COMPLEMENT_MARKERS), sent.end)
        agent = self.passive_agent(cue, sent)
        if agent is not None:
            return agent
        quoted = self._zitiert_passive(cue, sent)
        if quoted is not None:
            return quoted
        if self.parsed and (any(c.dep_ == "aux:pass" for c in cue.children) or self.cues.state_passive(cue)) \
                and self.cues.cue_lemma(cue) != "zitieren":
            # "Die Pflichten seien im Vertrag festgelegt", "wurde als unrealistisch bezeichnet":
            # the subject of a passive is what is spoken of; only "X wird zitiert" names the
            # speaker; "In einem Bericht der BBC wurde vermutet" names the document
            return self._document(cue, sent) or (None, None, "unattributed")
        if self.cues.cue_lemma(cue) == "zitieren" and cue.tag_ == "VVFIN":
            # "„…“, zitierte die „Bild“-Zeitung Städtetagspräsident Burkhard Jung": the person quoted
            quoted = next((e for t in sent[cue.i - sent.start + 1 : boundary - sent.start]
                           if (e := self.actors.at(t.i)) is not None and e.type == "person"), None)
            if quoted is not None:
                m = next(m for m in quoted.mentions if cue.i < m.tok_start < boundary)
                return quoted, (m.start, m.end), "person"
        after = cue.nbor(1) if cue.i + 1 < sent.end else None
        if after is not None and after.lower_ == "er":  # "Deren Haltung bezeichnete er als …"
            ent, span = self.pronoun(after)
            if ent is not None:
                return ent, span, SOURCE_OF[ent.type]
        if after is not None and after.lower_ == "dieser" and after.tag_ in {"PDS", "PDAT"} \
                and after.i + 1 < sent.end and after.nbor(1).pos_ in {"PROPN", "ADP", "DET", "PUNCT"}:
            # "In einer Stellungnahme von Ahmed al-Assadi beschuldigte dieser Israel": the
            # demonstrative right after the verb is its subject, the person named last before it
            person = next((e for t in reversed(self.doc[max(0, cue.i - 40) : cue.i])
                           if (e := self.actors.at(t.i)) is not None and e.type == "person"), None)
            if person is not None:
                return person, (after.idx, after.idx + len(after)), "person"
        # two "subjects" (a fronted object the parser took for one): the one naming an actor
        # first ("Die Kosten der Mission beziffert die ESA auf …"; a role noun names the person
        # after it: "Innenministerin Daniela Behrens sicherte der Stadt Unterstützung zu")
        subjects = self._subjects(cue)
        if cue.tag_ == "VVFIN" and cue.i > sent.start and self.doc[cue.i - 1].text == "," \
                and not self.cues.in_quote(self.doc[cue.i - 1]) and not self.cues.in_quote(sent[0]) \
                and not any(s.i < cue.i for s in subjects):
            # "Die Fraktionschefin des RN, Marine Le Pen, kündigte Widerstand an" with the parse
            # lost: the phrase in front of the verb is its subject, not the object after it
            ent, span = self._apposed_subject(sent, cue)
            if ent is not None:
                return ent, span, SOURCE_OF[ent.type]
        # a subject before the verb leaves an outlet after it the addressee ("Kahlert sagte der
        # „Frankfurter Allgemeinen Zeitung“", both parsed as subjects; also a pronoun: "Er sagte
        # der …", "Einer von ihnen sagte der …")
        fronted = any(s.i < cue.i and (s.pos_ in {"NOUN", "PROPN"} or (
            s.pos_ in {"PRON", "DET"} and s.lower_ != "es" and s.tag_ in {"PPER", "PIS", "PDS"}))
            for s in subjects)
        for child in sorted(subjects, key=lambda c: not self._names_actor(c)):
            role = next((t for t in child.subtree if t.i < child.i and t.pos_ == "NOUN" and (
                self.actors.is_role(t) or PERSON_NOUN_RE.search(t.lemma_.lower()))), None) \
                if self.actors.at(child.i) is None else None
            apposed = self.actors.apposed_person(role.i)[0] if role is not None and child.i < cue.i else None
            m = next((m for m in apposed.mentions if role.i < m.tok_start < cue.i), None) \
                if apposed is not None and role is not None else None
            if apposed is not None and m is not None:
                # "Der Filmkritiker der Wochenzeitung Die Zeit, Martin Rehberg, schrieb" with the
                # title's noun parsed as the subject: the person apposed to the role
                return apposed, (m.start, m.end), "person"
            if self.cues.in_speech(child) or child.i >= boundary or self.not_a_speaker(child):
                continue
            outlet = self.actors.at(child.i) if child.i > cue.i else None
            before_it = any(s.i < child.i and s is not child for s in subjects)
            if outlet is not None and outlet.type == "media" \
                    and (((fronted or before_it) and self.doc[child.left_edge.i].lower_ in {"der", "dem"})
                         or (len(subjects) > 1 and self._dative_outlet(child))):
                continue  # ("sagte Verbandschef Oberst X dem Nachrichtenmagazin Der Spiegel", "sagte
                # der Lokführer später der Volksstimme")
            if child.i + 1 < len(self.doc) and self.doc[child.i + 1].text == ":" \
                    and any(s.i > child.i + 1 for s in subjects):
                continue  # "SPIEGEL: Die Industrie sagt, …": a label, not the subject
            if child.tag_ in {"PDS", "PDAT"} and child.lower_ in {"diese", "dieser", "dieses"} \
                    and self.doc[child.i - 1].text != ",":
                # "Die Polizei nahm einen Mann fest. Diese teilte mit, …": the actor named last
                named = self.named_last(child)
                if named is not None:
                    return named, (child.idx, child.idx + len(child)), SOURCE_OF[named.type]
            if child.tag_ == "PRELS" or (child.tag_ in {"PDS", "ART"} and self.doc[child.i - 1].text == ","):
                # "Alice Schwarzer, die den Mut Alis hervorhob" (the pronoun may be tagged as a
                # demonstrative or, heading its clause, an article); but "die Marke, die Gerhard
                # Schröder zum Kriterium erklärt hatte": a person right after it is the subject
                named = self.actors.at(child.i + 1) if child.i + 1 < sent.end else None
                if named is not None and named.type == "person" and named is not self.actors.at(child.i - 2):
                    m = next(m for m in named.mentions if m.tok_start <= child.i + 1 < m.tok_end)
                    return named, (m.start, m.end), "person"
                return self.antecedent(child)
            if disagrees(cue, child) or not_nominative(child):
                continue  # "Einige Moslems haben Premierminister Blair geschrieben": not the subject
            state = self.actors.at(child.i)
            state = state if state is not None and state.type == "state" else None
            genitive = child.morph.get("Case") == ["Gen"] or (  # "Spaniens" tagged nominative
                state is not None and child.text == f"{state.name}s")
            if child.pos_ == "PROPN" and child.text.endswith("s") and genitive \
                    and child.i + 1 < sent.end and child.nbor(1).pos_ == "NOUN" \
                    and (any(s.i == child.i + 1 for s in subjects) or state is not None):
                continue  # "sagte Freiburgs Trainer Julian Schuster": the genitive before the subject
            person = self._person_in_front(cue, sent, child)
            if person is not None:
                return person
            words = without_attributes(self._without_outlet(
                self._before_message(without_addressee(child), boundary), child))
            at = next((k for k, w in enumerate(words) if w.i > child.i and w.lower_ in {"bei", "im"}
                       and any((e := self.actors.at(x.i)) is not None and e.type == "media"
                               for x in words[k + 1 : k + 4])), None)
            if at is not None:
                words = words[:at]  # "sagte der Stürmer bei Sky": where he said it, not who
            if child.pos_ == "DET" and len(words) == 1 and child.i < cue.i and not any(
                    t.text in {",", ";", ":"} or t.pos_ in {"VERB", "AUX"}
                    for t in self.doc[child.i : cue.i]):
                # "Ein mit den Plänen vertrauter Manager sagte" parsed with "Ein" as the subject:
                # the whole phrase up to the verb
                words = list(self.doc[child.i : cue.i])
            named = self._named_after(child)
            if named is not None:  # "Vatikansprecher Navarro-Valls", parsed as two phrases
                words = [*words, named]
            ent, span = self.entity_in(words)
            apposed = self.actors.apposed_person(child.i)[0] if child.pos_ == "NOUN" else None
            if apposed is not None:
                # "Ein Berater von Präsident Selenskyj, Mychajlo Podoljak, schrieb": the adviser,
                # by the name (also when the role's words are already the adviser's)
                m = next((m for m in apposed.mentions if child.i < m.tok_start <= child.i + 12), None)
                if m is not None:
                    return apposed, (m.start, m.end), "person"
            if ent is None and (body := self.actors.named_body(words)) is not None:
                # "Der Landesbund für Vogelschutz widersprach": a body no list knew
                ent, span = body, (body.mentions[-1].start, body.mentions[-1].end)
            if ent is not None and ent.type != "person":
                # "Der Ministerpräsident Thailands, Abhisit Vejjajiva, kündigte an": the person
                # the phrase names speaks, not the state or body in its genitive
                person, pspan = self._person_in(words)
                apposed = self.apposed_after(child, words, boundary) if person is None else None
                if apposed is not None:  # "…, beurteilte der Geschäftsführer der Grünen, Volker Beck, …"
                    person, pspan = apposed[0], apposed[1]
                if person is not None and (not self.actors.at(child.i) or self.actors.is_role(child)):
                    ent, span = person, pspan  # (also "ÖVP-Chef und Vizekanzler Wilhelm Moltberger")
                elif person is None and self._after_finite(child, cue) and self._noun(child) \
                        and not self.actors.at(child.i) \
                        and noun_base(child, SPOKES_NOUNS | self.lex.anonymous_nouns) is None:
                    # "sagte der Mittelfeldspieler bei Sky", "sagte die Abwehrspielerin des FC
                    # Bayern": the player named before as a subject speaks (a spokesperson speaks
                    # for the body; a person named only as an object is no safe guess)
                    person = self.actors.epithet(child, subject_only=True)
                    if person is not None:
                        ent, span = person, (child.nbor(-1).idx, child.idx + len(child))
            if ent is not None and ent.type == "person" and self._genitive_holder(child, ent, words):
                # "Einige Anhänger Saddam Husseins riefen", "Ein Berater Barack Obamas sagte": the
                # supporters or the adviser speak, not the person in the genitive (but "Die
                # Sprecherin Putins sagte" speaks for him)
                ent, span = None, (words[0].idx, words[-1].idx + len(words[-1]))
            if ent is None and len(words) == 2 and words[0].lower_ in {"das", "die", "der"} \
                    and child.lower_.endswith(OUTLET_NOUNS) and child.pos_ == "NOUN":
                # "…, schreibt das Fachmagazin": the one outlet named in the last sentences
                outlets = {e.key: e for t in self.doc[max(0, child.i - 80) : child.i]
                           if (e := self.actors.at(t.i)) is not None and e.type == "media"}
                if len(outlets) == 1:
                    ent, span = next(iter(outlets.values())), (words[0].idx, child.idx + len(child))
            if ent is None and self._after_finite(child, cue) and self._noun(child) \
                    and not self.actors.at(child.i):
                # "…, sagte der Ozeanograf."; with an outlet cut off only a subject named before
                ent = self.actors.epithet(child, subject_only=at is not None)
                span = (child.nbor(-1).idx, child.idx + len(child)) if ent is not None else span
            if ent:
                return ent, span, SOURCE_OF[ent.type]
            if self.cues.poll(child):
                return None, (child.idx, child.idx + len(child)), self.cues.survey_kind([child])
            if child.lower_ == "man":  # "In den Bekennerschreiben forderte man …"
                return self._document(cue, sent, impersonal=True) \
                    or (None, self.phrase_span(child), "unattributed")
            if child.lower_ not in {"es", "das", "dies"}:
                group = child.morph.get("Number") == ["Plur"] and PERSON_NOUN_RE.search(child.lower_) \
                    and not any(c.dep_.startswith("det") for c in child.children)
                # (not "Verbraucherschützer rieten Betroffenen, …": a bare plural of people is the subject)
                named = self._name_after(cue, boundary) if child.i < cue.i and child.pos_ == "NOUN" \
                    and not group else None
                if named is not None:  # "Eine Verschiebung bezeichnete Conze als fatal"
                    return named
                return None, self.phrase_span(child), "unattributed"
        stray = self._stray_subject(cue, sent, boundary)
        if stray is not None:
            ent, span = self.entity_in(list(stray.subtree))
            return ent, span or self.phrase_span(stray), SOURCE_OF[ent.type] if ent else "unattributed"
        after = []
        for t in sent[cue.i - sent.start + 1 :]:
            if t.text in {",", ";", ":"} or t.lower_ in COMPLEMENT_MARKERS:
                break
            if t.text in QUOTE_MARKS:
                continue
            if after and t.lower_ in PLACE_PREPOSITIONS:
                break  # "Das teilten die beiden Sängerinnen auf Twitter mit": where, not who
            after.append(t)
            if len(after) >= 7:
                break
        ent, span = self.entity_in(without_attributes(after))
        if ent:
            return ent, span, SOURCE_OF[ent.type]
        head = next((t for t in after if t.pos_ == "NOUN"), None)
        apposed = self.apposed_after(head, after, after[-1].i + 1) if head is not None else None
        if apposed is not None:  # "Das gab ein Sprecher der Junta, Oberst Amadou Abdramane, bekannt"
            return apposed
        verb = cue.head if cue.dep_ == "conj" and cue.head.i < cue.i else cue
        aux = next((c for c in verb.children if c.dep_.startswith("aux") and c.tag_.endswith("FIN")
                    and c.i < verb.i), None) if verb is not cue or not cue.tag_.endswith("FIN") else None
        if aux is not None:
            # "Einige Moslems haben Blair geschrieben": the subject stands before the auxiliary
            front = self._vorfeld(aux, sent)
            heads = [t for t in front if not (front[0].i <= t.head.i <= front[-1].i) or t.head.i == t.i]
            if len(heads) == 1 and (heads[0].pos_ in {"NOUN", "PROPN", "PRON"}
                                    or heads[0].tag_ in NOMINAL_TAGS) \
                    and not self.not_a_speaker(heads[0]) and front[0].lower_ not in OBLIQUE_DETERMINERS \
                    and heads[0].lower_ not in {"es", "das", "dies"}:  # "Dies wollte sie nicht …"
                ent = self.actors.at(heads[0].i)
                span = (front[0].idx, front[-1].idx + len(front[-1]))
                return ent, span, SOURCE_OF[ent.type] if ent else "unattributed"
            if not front and aux.i > sent.start and self.doc[aux.i - 1].text == ",":
                # "Die IGDRB, die von der BCI gegründet wurde, hat … bekannt gegeben"
                ent, span = self._apposed_subject(sent, aux)
                if ent is not None or span is not None:
                    return ent, span, SOURCE_OF[ent.type] if ent else "unattributed"
            if all(t.pos_ in {"ADV", "PART"} for t in front) or front[0].lower_ in OBLIQUE_DETERMINERS:
                # "So hat sich etwa die Vorsitzende, Karin Broszat, … ausgesprochen und
                # behauptet", "Seinen Ausstieg hatte Delmare angekündigt": after an adverb or
                # an object the subject follows the auxiliary
                ent, span = self._person_in(list(sent[aux.i - sent.start + 1 : verb.i - sent.start]))
                if ent is not None:
                    return ent, span, "person"
            source = front and (front[0].lower_ in SOURCE_PREPOSITIONS or (
                front[0].lower_ == "nach" and self.cues.nach_noun(front, 0) is not None))
            if front and front[0].pos_ == "ADP" and not source:
                # "Am Montag haben Grüne und Linke den Rücktritt von Minister X gefordert": after a
                # time or place in front (not a source) the subject follows the auxiliary, before the
                # object
                middle = list(sent[aux.i - sent.start + 1 : verb.i - sent.start])
                cut = next((k for k, t in enumerate(middle) if k and t.tag_ in {"ART", "PPOSAT", "APPR"}),
                           len(middle))
                ent, span = self.entity_in(middle[:cut])
                if ent is not None:
                    return ent, span, SOURCE_OF[ent.type]
        before = self._vorfeld(cue, sent)
        quoted = next((k for k, t in enumerate(before) if t.text in OPENING_QUOTES), None)
        core = before[:quoted] if quoted is not None else before
        # "Der Weihbischof, Gerhard Maria Wagner hat Papst Benedikt XVI. gebeten": with the parse
        # lost, the actor before the auxiliary of a participle is its subject, not its object
        aux = next((k for k, t in enumerate(core) if t.tag_ == "VAFIN"), None) if cue.tag_ == "VVPP" else None
        ent, span = self.entity_in(list(reversed(core[:aux]))) if aux else (None, None)
        if ent is None:
            ent, span = self.entity_in(list(reversed(core)))
        if ent:
            return ent, span, SOURCE_OF[ent.type]
        if core and core is not before and (all(t.pos_ == "DET" for t in core) or any(
                t.pos_ in {"NOUN", "PROPN"} for t in core)) and not self.not_a_speaker(core[0]):
            # "Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte": the quoted name is
            # part of the speaker's description, not the speaker
            return None, (before[0].idx, before[-1].idx + len(before[-1])), "unattributed"
        if not before:  # "Henk Meijer, Laborleiter der Emsland GmbH, erklärte:"
            ent, span = self._apposed_subject(sent, cue)
            if ent or span:
                return ent, span, SOURCE_OF[ent.type] if ent else "unattributed"
        poll = next((t for t in [*after, *before] if self.cues.poll(t)), None)
        if poll is not None:
            return None, (poll.idx, poll.idx + len(poll)), self.cues.survey_kind([poll])
        share = next((t for t in before if t.lower_ in {"prozent", "%"} and t.i > sent.start
                      and self.doc[t.i - 1].like_num), None)
        if share is not None:  # "Nur 22 Prozent sprachen sich dagegen aus": respondents of a poll
            return None, (self.doc[share.i - 1].idx, share.idx + len(share)), "poll"
        after, before = self._without_adjuncts(after), self._without_adjuncts(before)
        if before and before[0].pos_ != "ADP" and before[0].lower_ not in OBLIQUE_DETERMINERS \
                and before[-1].pos_ in {"NOUN", "PROPN"}:
            # "Arabische und iranische Medien werfen ihm Verrat vor": a noun phrase in front of
            # the verb is its subject, not the object after it
            return None, noun_phrase_before(before) or noun_phrase(after), "unattributed"
        return None, noun_phrase(after) or noun_phrase_before(before), "unattributed"
