"""Passive and quoting cues: the von-agent of a passive ("wird von Experten als … bezeichnet"),
the report a passive or impersonal cue's words come from ("In einer Pressemitteilung … wird
gefordert"), and the person a "zitieren" clause quotes, active or passive."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.actors import Entity
from generator.analysis.phrases import np_end
from generator.analysis.speakers.base import SOURCE_OF, Speaker
from generator.analysis.speakers.word_order import WordOrder
from generator.model import SourceType


class PassiveSpeakers(WordOrder):
    """Speakers of passive and "zitieren" cues."""

    def passive_agent(self, cue: Token, sent: SpacySpan) -> tuple[
            Entity | None, tuple[int, int] | None, SourceType] | None:
        """"… wird von Experten als „…“ bezeichnet": the von-phrase of a passive cue."""
        if cue.tag_ != "VVPP" or not (any(t.lemma_ == "werden" for t in sent if abs(t.i - cue.i) <= 8)
                                      or any(c.dep_ == "aux:pass" for c in cue.children)):
            return None  # (the auxiliary may stand far before: "Seine Werke werden von … bezeichnet")
        if self.cues.cue_lemma(cue) == "zitieren":
            return None  # "X wurde von der „Bild“ zitiert": the outlet quotes, X speaks
        if self.cues.cue_lemma(cue) in {"sprechen", "reden"}:
            return None  # "Von glatter Desinformation wird gesprochen": the topic, not the agent
        words = list(sent)
        for k, t in enumerate(words):
            if t.lower_ in {"von", "vom"} and t.i < cue.i and cue.i - t.i <= 10:
                if self.parsed and t.head.dep_ == "nmod" and t.head.head.pos_ in {"NOUN", "PROPN"}:
                    continue  # "auf der Internetseite von Borussia Dortmund zitiert": not the agent
                end = np_end(words, k + 1)
                ent, span = self.source_in(words[k + 1 : end])
                if span is not None:
                    return ent, span, SOURCE_OF[ent.type] if ent else "unattributed"
        return None

    def _document(self, cue: Token, sent: SpacySpan, impersonal: bool = False) -> Speaker | None:
        """"In einer Pressemitteilung der Organisation wird gefordert": the report a passive or
        impersonal ("man") cue's words come from, named in an in/aus phrase before the cue; with
        ``impersonal`` also the organisation "man" speaks in ("Im Innenministerium weist man die
        Vorwürfe zurück", "Beim Verband sieht man das anders")."""
        words = [t for t in sent if t.i < cue.i]
        for k, t in enumerate(words):
            if t.lower_ in {"in", "im", "aus", "laut"} and k + 1 < len(words):
                end = np_end(words, k + 1)
                if any(w.text[:1].isupper() and self.lex.report_noun(w.lower_) for w in words[k + 1 : end]):
                    ent, span = self.source_in(words[k + 1 : end])
                    return ent, span, SOURCE_OF[ent.type] if ent else "unattributed"
            if impersonal and t.lower_ in {"im", "beim"} and k + 1 < len(words):
                ent, span = self.source_in(words[k + 1 : np_end(words, k + 1)])
                if ent is not None and ent.type == "organization":
                    return ent, span, SOURCE_OF[ent.type]
        return None

    @staticmethod
    def _werden_before(cue: Token, sent: SpacySpan) -> Token | None:
        """The finite "wird"/"wurde" of a passive before its participle."""
        return next((t for t in sent if t.i < cue.i and t.lemma_ == "werden" and t.tag_.endswith("FIN")),
                    None)

    def _zitiert_passive(self, cue: Token, sent: SpacySpan) -> Speaker | None:
        """"Watzke wird auf der Internetseite des Vereins wie folgt zitiert": the person quoted is
        the first one named between "wird" and the participle."""
        aux = self._werden_before(cue, sent)
        if aux is None or cue.tag_ != "VVPP" or self.cues.cue_lemma(cue) != "zitieren":
            return None
        between = [t for t in sent[aux.i - sent.start + 1 : cue.i - sent.start] if not self.cues.in_quote(t)]
        for t in between:
            ent = self.actors.at(t.i)
            if ent is not None and ent.type in {"person", "anonymous"}:
                m = next(m for m in ent.mentions if m.tok_start <= t.i < m.tok_end)
                return ent, (m.start, m.end), SOURCE_OF[ent.type]
        # "„…“ wird der Franzose im Fachblatt zitiert": the noun right after "wird"
        if len(between) >= 2 and between[0].lower_ in {"der", "die"} and between[1].pos_ == "NOUN" \
                and not self.not_a_speaker(between[1]):
            ent = self.actors.at(between[1].i)
            return ent, self.phrase_span(between[1]), SOURCE_OF[ent.type] if ent else "unattributed"
        # "Ministerpräsident X wurde von der „Bild“ zitiert": the person before "wurde"
        ent, span = self._person_in(list(self._vorfeld(aux, sent)))
        return (ent, span, "person") if ent is not None else None

    def _quoted_person(self, sent: SpacySpan, cue: Token, subject: Entity | None) -> Speaker | None:
        """The person a "zitieren" clause quotes: the first one named after the cue who is not
        its subject, else the unnamed object ("zitiert den Prediger")."""
        boundary = sent.end
        for t in sent[cue.i - sent.start + 1 :]:
            if t.text in {":", ","} or self.cues.in_quote(t):
                boundary = t.i
                break
            if t.i == cue.i + 1 and t.tag_ == "PPER" and t.lower_ in {"ihn", "sie"}:
                # "…, zitierte ihn die Zeitung": whom the pronoun stands for
                ent, span = self.pronoun(t)
                if ent is not None and ent is not subject and ent.type == "person":
                    return ent, span, "person"
            ent = self.actors.at(t.i)
            if ent is not None and ent is not subject and ent.type in {"person", "anonymous"}:
                m = next(m for m in ent.mentions if m.tok_start <= t.i < m.tok_end)
                return ent, (m.start, m.end), SOURCE_OF[ent.type]
        obj = next((c for c in cue.children if c.dep_ == "obj" and c.pos_ == "NOUN" and cue.i < c.i < boundary
                    and not self.not_a_speaker(c)), None)
        if obj is not None and self.actors.at(obj.i) is None:  # "zitiert den Prediger mit …"
            return None, (obj.left_edge.idx, obj.idx + len(obj)), "unattributed"
        return None
