"""Quotations after the sentence passes: a quotation that ends a speech act is its claim,
unquoted agency quotes before ", sagte X" are X's words, and an interview's answers are the
interviewee's."""

from __future__ import annotations

from spacy.tokens import Token

from generator.analysis.claims.state import ClaimState, Found
from generator.analysis.interviews import find_interview
from generator.analysis.phrases import FIRST_PERSON, QUOTE_MARKS
from generator.analysis.speakers import SOURCE_OF
from generator.model import SourceType

# verbs of saying: a quotation they govern inside someone's reported words is the words of
# their own subject ("Die Zeitung schrieb, Merz habe „Wir schaffen das“ gesagt")
SAYING_VERBS = frozenset({"sagen", "erklären", "äußern", "sprechen", "rufen", "schreiben", "formulieren",
                          "nennen", "bezeichnen", "betonen", "antworten", "twittern", "posten", "fragen"})


def _within(inner: tuple[int, int] | None, outer: tuple[int, int] | None) -> bool:
    """Whether a source phrase is another or part of it (both given, or both none)."""
    if inner is None or outer is None:
        return inner == outer
    return outer[0] <= inner[0] and inner[1] <= outer[1]


class QuotedClaims(ClaimState):
    """The quotation passes that read the claims of the whole article."""

    def _quoted_acts(self) -> None:
        """"Konaré nannte dies einen „Militärputsch“", "warnte vor „Lohnverzichtstheorien“": the
        quotation that ends a speech act is its claim; the act around it, by the same speaker
        with the same cue, is not a second one. An act that says what the quotation is about
        stays ("nannte die Berichte „absurd“", "berichtete von „schweren Verlusten“ bei der
        Eroberung")."""
        def says_more(act: Found, quote: Found) -> bool:
            cue_end = act.cue[1] if act.cue else act.start
            before = self.doc.char_span(cue_end, quote.start - 1, alignment_mode="expand") \
                if cue_end < quote.start - 1 else None
            named = act.speaker_span or (0, 0)  # not "warnte Kluncker vor den „…“"
            return bool(self.adoc.text[quote.end : act.end].strip(" " + "".join(QUOTE_MARKS))) or (
                before is not None and any(t.pos_ in {"NOUN", "PROPN"} and not named[0] <= t.idx < named[1]
                                           for t in before))

        def quotes_in(act: Found) -> list[Found]:
            return [f for f in self.found if f.form == "direct" and act.start <= f.start and f.end <= act.end
                    and f.sentence == act.sentence and (f.cue == act.cue or f.cue is None)
                    and f.speaker in (act.speaker, None) and not says_more(act, f)]

        keep = []
        for f in self.found:
            inner = quotes_in(f) if f.form == "reported" and f.cue is not None else []
            if not inner:
                keep.append(f)
                continue
            for q in inner:  # the quotation takes over the act's speaker and cue
                q.speaker, q.speaker_span, q.source_type = f.speaker, f.speaker_span, f.source_type
                q.co_speakers = q.co_speakers or f.co_speakers
                q.cue, q.via = q.cue or f.cue, q.via or f.via
        self.found = keep

    def _fragments_of_reported_words(self) -> None:
        """A quoted fragment inside someone's reported words is theirs ("Die Zeugin sagte aus,
        Spahn habe „persönlich …“ auf das Verfahren gedrängt": the witness's words, not Spahn's;
        "Man erwarte „volle Aufklärung“, hieß es aus der Fraktion"), unless it is what the one
        they report on said ("…, Merz habe „Wir schaffen das“ gesagt", "…, Merz habe „sofortige
        Neuwahlen“ gefordert")."""
        reported = [f for f in self.found if f.form in {"indirect", "reported", "according_to"}
                    and f.speaker is not None]
        for q in self.found:
            if q.form != "direct":
                continue
            # (a quotation with no cue of its own goes with the source phrase it shares, or a part
            # of it: "In einer … Erklärung hieß es, der Fahrer habe „niemals … genommen“", "Aus
            # dem Präsidialamt hieß es, die Kritik sei „einseitig“": the words of "Kreise im
            # Präsidialamt" both)
            loose = q.cue is None
            same = next((f for f in reported if f.start <= q.start and q.end <= f.end and (
                (f.cue == q.cue and f.speaker_span == q.speaker_span)
                or (loose and _within(q.speaker_span, f.speaker_span)))), None)
            if same is not None:  # "Die Armee werde „jede Bedrohung“ beseitigen, hieß es in einer
                # Mitteilung": one cue and one source for both, resolved for the reported words
                q.speaker, q.source_type, q.co_speakers, q.via = (
                    same.speaker, same.source_type, same.co_speakers, same.via)
                q.cue = q.cue or same.cue
                continue
            if q.cue is None:
                continue
            outer = next((f for f in reported if f.start <= q.start and q.end <= f.end and f.cue != q.cue
                          and f.start <= q.cue[0] < f.end), None)
            cue = self.doc.char_span(*q.cue, alignment_mode="expand")
            opened = self.adoc.text[: q.start].rstrip(" " + "".join(QUOTE_MARKS))[-1:]
            if outer is None or outer.speaker is q.speaker or cue is None or not len(cue) \
                    or opened in {":", "("}:
                continue  # (a quotation of its own after a colon or in brackets is no fragment)
            verb = cue[0]
            act = self.doc.char_span(*outer.cue, alignment_mode="expand") if outer.cue else None
            if self.cues.cue_lemma(verb) in SAYING_VERBS or (
                    act is not None and len(act) and verb.is_ancestor(act[0])):
                continue  # (nor a quotation of the clause that governs the reported act's own)
            # (an object, not a phrase with a preposition the parser took for one: "gegen den Rat")
            said = any(t.head == verb and t.dep_ in {"obj", "ccomp", "xcomp"}
                       and not any(c.dep_ == "case" for c in t.children)
                       for t in self.doc.char_span(q.start, q.end, alignment_mode="expand") or ())
            if (q.speaker is not None and said) or (q.speaker is None and q.speaker_span is not None and (
                    self.adoc.text[slice(*q.speaker_span)].lower() != "man")):
                continue  # (nor one an unresolved source of its own says: "nach Aussagen eines Gutachters")
            q.speaker, q.speaker_span, q.source_type = outer.speaker, outer.speaker_span, outer.source_type
            q.co_speakers, q.cue, q.via = outer.co_speakers, outer.cue, outer.via

    def _interview_answers(self) -> None:
        """In an interview every answer sentence is the interviewee's own words (a direct
        claim), and a cue in an answer does not take the question before as its message
        ("Kritiker sagen, das reiche nicht aus." / "Das sehe ich anders.")."""
        self.answers = answers = find_interview(self.adoc, self.actors)
        if not answers:
            return
        start = {a.sentence: a.start for a in answers}
        # an answer's claims are those with a cue of its own ("Merz hat gesagt, dass …"); none
        # carries on a speaker from before, nor takes a question as its message
        # ("Hartwig: Wir sehen in den Daten, dass …": with "Ich"/"Wir" as the cue's subject the
        # whole answer sentence is the interviewee's; a question is no one's claim)
        text = self.adoc.text
        self.found = [f for f in self.found if not (
            (f.sentence in start and (f.cue is None or f.cue[0] < start[f.sentence]))
            or (f.cue is not None and f.sentence not in start and self.adoc.sentence_at(f.cue[0]) in start)
            or (f.sentence in start and f.speaker is None and f.speaker_span is not None
                and text[slice(*f.speaker_span)].lower() in {"ich", "wir"})
            or (f.speaker is None and self.adoc.spans[f.sentence].text.rstrip().endswith("?")))]
        speakers = {a.speaker.key: a.speaker for a in answers if a.speaker is not None}
        framing = {"title", "teaser"}
        if len(speakers) == 1:  # a quoted title or teaser is the interviewee's
            for f in self.found:
                if f.form == "direct" and f.speaker is None and self.adoc.kind(f.sentence) in framing:
                    f.speaker = next(iter(speakers.values()))
                    f.source_type = SOURCE_OF[f.speaker.type]
        for a in answers:
            if any(f.sentence == a.sentence and f.form != "assertion" for f in self.found):
                continue
            words = _past_stage_direction([t for t in self.adoc.spans[a.sentence] if t.idx >= a.start])
            if not words:
                continue
            stype: SourceType = SOURCE_OF[a.speaker.type] if a.speaker else "unattributed"
            self.add(a.sentence, "direct", self.trim(words), speaker=a.speaker, speaker_span=a.label,
                     source_type=stype)

    def _unquoted_speech_before(self) -> None:
        """Agency copy quotes without quotation marks: "Wir haben unser Ziel nicht erreicht.
        Ich übernehme die Verantwortung, sagte Trainer X." The first-person sentences right
        before a direct "…, sagte X" in the same paragraph, with no claim or quotation of their
        own, are X's words too."""
        for f in list(self.found):
            if f.form != "direct" or f.cue is None or f.cue[0] < f.end or f.speaker is None:
                continue
            opening = self.adoc.spans[f.sentence]
            if f.start > opening.start_char + 1 or self.adoc.text[f.start - 1 : f.start] in QUOTE_MARKS:
                continue  # only a message that opens its sentence and is not a quotation
            sid = f.sentence - 1
            while sid >= 0 and f.sentence - sid <= 2 and self.adoc.kind(sid) == "body" \
                    and self.adoc.block_of[sid] == self.adoc.block_of[f.sentence]:
                sent = self.adoc.spans[sid]
                toks = list(sent)
                if any(x.sentence == sid for x in self.found) or sent.text.rstrip().endswith("?") \
                        or any(self.cues.in_quote(t) or t.text in QUOTE_MARKS for t in toks) \
                        or not any(t.lower_ in FIRST_PERSON for t in toks):
                    break
                self.add(sid, "direct", self.trim(toks), speaker=f.speaker, speaker_span=f.speaker_span,
                         cue=f.cue, source_type=f.source_type, via=f.via)
                sid -= 1


def _past_stage_direction(words: list[Token]) -> list[Token]:
    """An answer's words after a stage direction in brackets ("(lacht) Das müssen Sie die
    Kollegen fragen"): a few lower-case words are the writer's note, not what was said."""
    if len(words) >= 3 and words[0].text == "(":
        close = next((k for k, t in enumerate(words[:6]) if t.text == ")"), None)
        if close is not None and close > 1 and all(t.is_lower or t.is_punct for t in words[1:close]):
            return words[close + 1 :]
    return words
