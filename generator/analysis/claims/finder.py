"""The claim finder: runs the passes over one article in order and returns its claims."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from generator.analysis.claims.continuation import Continuations
from generator.analysis.claims.cue_clauses import CueClaims
from generator.analysis.claims.quotations import QuotedClaims
from generator.analysis.claims.stance import StanceClaims
from generator.analysis.claims.state import Found


class ClaimFinder(QuotedClaims, CueClaims, StanceClaims, Continuations):
    """All claims of one article."""

    def cue_class(self, f: Found) -> str | None:
        """How strongly a claim's cue commits the speaker, from the verb it is ("rief … auf" is
        "aufrufen", a demand), else from its word alone."""
        if f.cue is None:
            return None
        span = self.doc.char_span(*f.cue, alignment_mode="expand")
        lemma = self.cues.cue_lemma(span[0]) if span is not None and len(span) else None
        if lemma is None:
            return self.lex.cue_class(self.adoc.text[slice(*f.cue)])
        return self.lex.cue_strength.get(lemma)

    def _voice_after_source(self, sid: int, sent: SpacySpan) -> bool:
        """After a claim a source phrase opens ("Nach Polizeiangaben kamen 1.300 Traktoren, die
        Organisatoren sprachen von 5.000"), a main clause of its own with a speech verb is a
        claim of its own; always True (the source phrase's claim is made)."""
        end = max((f.end for f in self.found if f.sentence == sid), default=sent.end_char)
        rest = next((k for k, t in enumerate(sent) if t.idx >= end and not t.is_punct), None)
        if rest is not None and len(sent) - rest > 3:
            self._cue_clause(sid, sent[rest:])
        return True

    def run(self) -> list[Found]:
        """Run the passes; every sentence gets at least one claim (questions and headings aside)."""
        self.quotes.run()
        for sid, sent in enumerate(self.adoc.spans):
            if self.adoc.kind(sid) == "heading":
                continue
            self.sources.quotation_before(sid, sent)
            # a quotation that fills most of the sentence is its claim; a short one inside a
            # Konjunktiv sentence ("Er habe „nicht den Eindruck, …“") leaves room for more
            quoted = sum(f.end - f.start for f in self.found if f.sentence == sid) \
                > 0.8 * (sent.end_char - sent.start_char)
            if quoted:
                self._carry_to_quotations(sid)
            ((self.sources.source_first(sent) and self.sources.according_to(sid, sent)
              and self._voice_after_source(sid, sent))
             or self._told_speech_act(sid, sent) or self._cue_or_source(sid, sent) or self._stance(sid, sent)
             or self.sources.according_to(sid, sent)
             or self.sources.speech_noun(sid, sent) or self._noun_act(sid, sent)
             or self._claimed_by_subject(sid, sent)
             or self.sources.headline(sid, sent) or self.sources.anaphoric(sid, sent)
             or quoted or self._continuation(sid, sent))
        for sid, sent in enumerate(self.adoc.spans):
            if self.adoc.kind(sid) != "heading":
                self.sources.nested(sid, sent)
        self._unquoted_speech_before()
        self._interview_answers()
        self._fragments_of_reported_words()
        self._study_authors()
        self._poll_respondents()
        self._poll_figures()
        for sid, sent in enumerate(self.adoc.spans):
            kind = self.adoc.kind(sid)
            if kind == "heading" or sent.text.rstrip().endswith("?") \
                    or sent.end_char <= self.adoc.dateline_end(sent.start_char):
                continue  # (nor is "Berlin (dpa) -" a statement)
            # not a sentence a claim runs into („…. Am Ende …“, sagte X) or that only names
            # the source of the one before ("Das bestätigte der Verein.")
            if sid not in self.source_only and not any(
                    f.sentence == sid or (f.start < sent.end_char and f.end > sent.start_char)
                    or (f.cue is not None and sent.start_char <= f.cue[0] < sent.end_char)
                    for f in self.found):
                self.add(sid, "assertion", self.trim(list(sent)) and (sent.start_char, sent.end_char))
        self.found.sort(key=lambda f: (f.start, f.end))
        self._join_carried()
        self._quoted_acts()
        return self.found
