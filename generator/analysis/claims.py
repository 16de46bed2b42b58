"""Claims: who said or asserted what, in which form, with which cue, hedges and source chain.

:class:`ClaimFinder` runs the passes in order, like a spaCy pipeline over one article:
quotations (``quotes``), then per sentence speech-verb clauses (here), source phrases
(``sources``) and Konjunktiv continuations (here); every sentence left over is the journalist's
own assertion. ``cues`` reads the words, ``speakers`` finds who is speaking.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.actors import ActorFinder, Entity
from generator.analysis.cues import COMPLEMENT_MARKERS, CueReader
from generator.analysis.document import ArticleDoc
from generator.analysis.interviews import find_interview
from generator.analysis.lexicon import Lexicon
from generator.analysis.phrases import (
    CLOSING_QUOTES,
    COORDINATING_ADVERBS,
    QUOTE_MARKS,
    noun_phrase,
    relative_clause_after,
)
from generator.analysis.quotes import QuoteFinder
from generator.analysis.source_kinds import SourceKinds
from generator.analysis.sources import SourceFinder
from generator.analysis.speakers import SOURCE_OF, Speaker, SpeakerFinder
from generator.model import ClaimForm, SourceType

# forms of the relative pronoun "der" (a tagger may take them for articles)
RELATIVE_PRONOUNS = {"der", "die", "das", "dem", "den", "denen", "dessen", "deren"}
FIRST_PERSON = frozenset({"ich", "wir", "mich", "mir", "uns"})  # not "unsere Sonne" alone


@dataclass
class Found:
    """A claim while it is being assembled (char offsets into the article text)."""

    sentence: int
    form: ClaimForm
    start: int
    end: int
    speaker: Entity | None = None
    speaker_span: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    source_type: SourceType = "unattributed"
    via: Entity | None = None
    hedges: list[str] = field(default_factory=list)
    carried: bool = False  # reported speech that carries on an earlier speaker without a cue
    guessed: bool = False  # a quotation's speaker guessed from its own sentence, no cue or context
    co_speakers: list[Entity] = field(default_factory=list)  # "Polizei und Staatsanwaltschaft"


class ClaimFinder:
    """All claims of one article."""

    def __init__(self, adoc: ArticleDoc, actors: ActorFinder, lex: Lexicon) -> None:
        self.adoc = adoc
        self.doc = adoc.doc
        self.actors = actors
        self.lex = lex
        self.found: list[Found] = []
        self.source_only: set[int] = set()  # sentences that only name the outlet of the one before
        self.cues = CueReader(adoc, lex)
        self.speakers = SpeakerFinder(adoc, actors, lex, self.cues)
        self.quotes = QuoteFinder(self)
        self.sources = SourceFinder(self)
        self.kinds = SourceKinds(adoc, actors, lex, self.cues)

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

    def used_cue(self, token: Token) -> bool:
        """A cue already given to a claim (short or verbless quotes inside a clause do not
        count: "nannte Shultz einen „wahren Patrioten“, dank dem „die Welt zu einem besseren
        Ort“ wurde")."""
        return any(f.cue is not None and f.cue[0] == token.idx and not (
            f.form == "direct" and (self._fragment(f) or self._inside_complement(token, f)))
            for f in self.found)

    def _fragment(self, f: Found) -> bool:
        """A quotation of a few words, or of a phrase without a finite verb."""
        text = self.adoc.text[f.start : f.end]
        if len(text.split()) < 5:
            return True
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        return span is not None and text.rstrip()[-1:] not in ".!?…" and not any(
            t.tag_.endswith("FIN") for t in span)

    @staticmethod
    def _shows_attitude(cue: Token) -> bool:
        """"X zeigte sich optimistisch, dass …": "sich zeigen" with an adjective is a stance."""
        return any(c.tag_ == "PRF" for c in cue.children) and any(
            t.tag_ == "ADJD" for t in cue.doc[cue.i + 1 : cue.i + 6])

    def _said_before(self, cue: Token) -> bool:
        """"Sie sei geschockt, sagte die Königin, ihre „Gedanken sind …“": the quotation after
        the cue took it, but the Konjunktiv words before ", sagte X" are a message of their own."""
        sent = self.cues.sentence_of(cue)
        return cue.i > 0 and self.doc[cue.i - 1].text == "," and any(
            f.cue is not None and f.cue[0] == cue.idx and f.start > cue.idx for f in self.found
        ) and self.cues.has_konjunktiv([t for t in sent if t.i < cue.i and not self.cues.in_quote(t)])

    def _inside_complement(self, cue: Token, quote: Found) -> bool:
        """The quotation sits inside the cue's own Konjunktiv or dass clause ("erklärte, er
        sei „äußerst erschüttert“"), which is a claim of its own."""
        between = [t for t in self.cues.sentence_of(cue) if cue.i < t.i and t.idx < quote.start - 1]
        comma = next((j for j, t in enumerate(between) if t.text == ","), None)
        if comma is None or comma + 1 >= len(between):
            return False
        clause = between[comma + 1 :]
        return clause[0].lower_ in {"dass", "daß"} or self.cues.has_konjunktiv(clause, include_k2=True)

    @staticmethod
    def trim(tokens: list[Token]) -> tuple[int, int] | None:
        """Char span of ``tokens`` without edge punctuation and a leading "dass"/"ob"."""
        while tokens and (tokens[0].is_punct or tokens[0].lower_ in {"dass", "daß", "ob"}):
            tokens = tokens[1:]
        while tokens and tokens[-1].is_punct and tokens[-1].text not in CLOSING_QUOTES:
            tokens = tokens[:-1]
        if not tokens:
            return None
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1])

    def add(self, sid: int, form: ClaimForm, span: tuple[int, int] | None, **kw: object) -> Found | None:
        """Record a claim of sentence ``sid`` (None if the span holds no word)."""
        if span is None or span[1] - span[0] < 3:
            return None
        words = [w for w in self.adoc.text[span[0] : span[1]].split() if any(c.isalpha() for c in w)]
        if not words:
            return None
        found = Found(sid, form, span[0], span[1], **kw)  # type: ignore[arg-type]
        found.hedges = self.cues.hedges(self._without_speaker_clause(self.adoc.spans[sid], found))
        if form == "indirect":  # "Die Preise würden steigen, sagte X": reported speech, no hedge
            found.hedges = [h for h in found.hedges if h not in {"würde", "würden"}]
        if found.speaker is None and found.speaker_span is not None:
            # the words name an actor the text has, where this mention was not found as one
            # ("Brenntag Components wies … zurück", "laut Stadtverwaltung")
            named = self.kinds.named_actor(found.speaker_span)
            if named is not None:
                found.speaker, found.source_type = named, SOURCE_OF[named.type]
        if found.speaker is None and found.speaker_span is not None and found.source_type == "unattributed":
            found.source_type = self.kinds.unnamed_type(found.speaker_span)
        elif found.speaker is not None and found.speaker.type != "person" and found.speaker_span is not None \
                and self.kinds.kept_anonymous(found.speaker_span):
            # "Ein Analyst der Deutschen Bank, der nicht genannt werden wollte": not the bank's word
            found.speaker, found.source_type = None, "anonymous"
        if form != "assertion":
            if found.speaker is not None and found.speaker_span is not None:
                # a speech act's text holds its speaker, so only there may the others be inside
                message = (0, 0) if form == "reported" else (found.start, found.end)
                joint, span = self.kinds.co_speakers(found.speaker, found.speaker_span, message, form)
                if joint:
                    found.co_speakers, found.speaker_span = joint, span
            for ent in (found.speaker, found.via, *found.co_speakers):
                if ent is not None:
                    ent.quoted = True
        self.found.append(found)
        return found

    def _without_speaker_clause(self, sent: SpacySpan, found: Found) -> list[Token]:
        """The sentence without a relative clause on the speaker ("Felix Banaszak, dessen Partei
        den Einzug verpassen könnte, sprach von …": that "könnte" hedges nothing he said)."""
        if found.speaker_span is None:
            return list(sent)
        start, end = found.speaker_span
        clause = {t.i for head in sent if start <= head.idx < end
                  for c in head.children if c.dep_ == "acl:relcl" and not (found.start <= c.idx < found.end
                                                                          and found.form != "reported")
                  for t in c.subtree}
        # also by position, where the parse missed the clause: ", dessen Partei … könnte,"
        after = relative_clause_after([t for t in sent if t.idx >= end])
        if after and not found.start <= after[0].idx < found.end:
            clause |= {t.i for t in after}
        return [t for t in sent if t.i not in clause]

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
            ((self.sources.source_first(sent) and self.sources.according_to(sid, sent))
             or self._cue_or_source(sid, sent) or self._stance(sid, sent)
             or self.sources.according_to(sid, sent)
             or self.sources.speech_noun(sid, sent)
             or self.sources.headline(sid, sent) or self.sources.anaphoric(sid, sent)
             or quoted or self._continuation(sid, sent))
        self._unquoted_speech_before()
        self._interview_answers()
        for sid, sent in enumerate(self.adoc.spans):
            kind = self.adoc.kind(sid)
            if kind == "heading" or sent.text.rstrip().endswith("?"):
                continue
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

    def _interview_answers(self) -> None:
        """In an interview every answer sentence is the interviewee's own words (a direct
        claim), and a cue in an answer does not take the question before as its message
        ("Kritiker sagen, das reiche nicht aus." / "Das sehe ich anders.")."""
        answers = find_interview(self.adoc, self.actors)
        if not answers:
            return
        start = {a.sentence: a.start for a in answers}
        # an answer's claims are those with a cue of its own ("Merz hat gesagt, dass …"); none
        # carries on a speaker from before, nor takes a question as its message
        self.found = [f for f in self.found if not (
            (f.sentence in start and (f.cue is None or f.cue[0] < start[f.sentence]))
            or (f.cue is not None and f.sentence not in start and self.adoc.sentence_at(f.cue[0]) in start))]
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
            words = [t for t in self.adoc.spans[a.sentence] if t.idx >= a.start]
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

    def _carry_to_quotations(self, sid: int) -> None:
        """A quotation opening a sentence, with no speaker of its own, goes on the words of the
        speaker of the sentences just before ("Die Gefahr sei real. „Aber das Virus hat …“");
        so does one in Konjunktiv words whose speaker was only a guess ("Deshalb müsse „…“")."""
        sent = self.adoc.spans[sid]
        reported = self.cues.has_konjunktiv([t for t in sent if not self.cues.in_quote(t)])
        for f in self.found:
            if f.sentence != sid or f.form != "direct" or not f.guessed:
                continue
            if not reported and (f.speaker or f.speaker_span or f.start > sent.start_char + 1):
                continue
            prev = self.recent_claim(f.sentence, window=2)
            if prev is not None and (prev.speaker or prev.speaker_span):
                f.speaker, f.speaker_span, f.source_type = prev.speaker, prev.speaker_span, prev.source_type

    def _join_carried(self) -> None:
        """Consecutive carried-on sentences of one speaker in one paragraph are one claim."""
        joined: list[Found] = []
        for f in self.found:
            last = joined[-1] if joined else None
            if last is not None and last.carried and f.carried and f.speaker is last.speaker \
                    and f.sentence == self.adoc.sentence_at(last.end - 1) + 1 \
                    and self.adoc.block_of[f.sentence] == self.adoc.block_of[last.sentence]:
                last.end = f.end
                last.hedges = list(dict.fromkeys([*last.hedges, *f.hedges]))
                continue
            joined.append(f)
        self.found = joined

    def _cue_or_source(self, sid: int, sent: SpacySpan) -> bool:
        """Claims of the sentence's speech verbs; but a reported act with a "laut X" or "X
        zufolge" inside ("Inzwischen hat er laut einer Sprecherin … ein Teilgeständnis abgelegt
        und … zugegeben") is what that source says."""
        before = len(self.found)
        if not self._cue_clause(sid, sent):
            return False
        acts = self.found[before:]
        if all(f.form == "reported" for f in acts) and any(
                t.lower_ in self.lex.according_before or t.lower_ in self.lex.according_after for t in sent):
            del self.found[before:]
            if self.sources.according_to(sid, sent):
                return True
            self.found.extend(acts)
        self._source_before(sid, sent, acts)
        return True

    def _source_before(self, sid: int, sent: SpacySpan, acts: list[Found]) -> None:
        """A main clause with a source phrase of its own before the speech-verb claims ("Heute
        demonstrierten nach Angaben der Veranstalter 7.000 Menschen, die Polizei spricht von
        4.000")."""
        first = min((f.start for f in acts), default=None)
        if first is None or any((f.cue and f.cue[0] < first) or (f.speaker_span and f.speaker_span[0] < first)
               for f in acts):
            return  # the words before are the cue's own ("X sagte, …")
        head = [t for t in sent if t.idx + len(t) <= first]
        if len(head) > 4 and head[-1].text in {",", ";"}:
            self.sources.according_to(sid, sent[: len(head)])

    @staticmethod
    def _wie_clause_end(cue: Token, toks: list[Token]) -> bool:
        """The cue closes a "…, wie X, Chef von Y, mitteilte." clause (apposition and all): the
        source pass reads it."""
        last = toks[-1]
        if last.i - cue.i > 1 or (last.i != cue.i and not last.is_punct):
            return False  # only at the end of the sentence ("…, wie er sagt, …" is a parenthesis)
        for t in reversed([t for t in toks if t.i < cue.i]):
            if t.tag_.endswith("FIN"):
                return False
            if t.lower_ == "wie" and t.i > toks[0].i and cue.doc[t.i - 1].text == ",":
                return True
        return False

    def _cue_clause(self, sid: int, sent: SpacySpan) -> bool:
        """Claims introduced by speech verbs; a sentence may hold several ("Während Shakira
        erklärte, …, räumte Lopez ein, …"), but not one inside another's message."""
        toks = list(sent)
        first_comma = next((t.i for t in toks if t.text == ","), sent.end)
        unanswered = self.cues.unanswered(sent)  # "Wann …, sagte Merz nicht": an open question
        cues = [c for c in self.cues.verbs(sent) if (not self.used_cue(c) or self._said_before(c))
                and not (toks[0].lower_ == "wie" and c.i < first_comma)  # "Wie X berichtet, …"
                and not self._wie_clause_end(c, toks) and c != unanswered
                and not self._negated(c)]
        root = next((c for c in cues if c.dep_ == "ROOT"), None)
        if root is not None:
            # "Ein Tief, das über der Bucht gestanden hatte, habe …, meldet die Behörde": a verb
            # in a relative clause is no cue when the main clause has one, nor is one in an
            # attribute clause of the message before ", sagte X"
            trailing = root.i > sent.start and self.doc[root.i - 1].text == "," \
                and not self.cues.complement_after(list(sent[root.i - sent.start + 1 :]))
            cues = [c for c in cues if not (c.dep_.startswith("acl") and (
                (trailing and c.i < root.i)
                or any(x.tag_ in {"PRELS", "PRELAT"} for x in c.subtree if x.i < c.i)))]
        taken: list[Found] = []
        for n, cue in enumerate(cues):
            if any(cue.idx < f.end for f in taken):
                continue
            found = self._cue_claim(sid, sent, cue, cues[n + 1 :], taken)
            if found is not None:
                taken.append(found)
        return bool(taken)

    def _negated(self, cue: Token) -> bool:
        """"Lang widersprach nicht, betonte aber, …": a speech verb negated at the end of its
        clause did not happen (a question left open is read by :meth:`CueReader.unanswered`)."""
        after = self.doc[cue.i + 1 : cue.i + 3]
        return len(after) == 2 and after[0].lower_ == "nicht" and (
            after[1].is_punct or after[1].pos_ == "CCONJ")

    def _stance(self, sid: int, sent: SpacySpan) -> bool:
        """"Der Minister ist überzeugt, dass …", "X ist der Meinung, dass …", "Die Regierung ist
        zuversichtlich, … zu können": a stance with "sein" and its complement."""
        toks = list(sent)
        for k, t in enumerate(toks[:-3]):
            det = k - 1
            while det > 0 and toks[det].tag_ == "ADJA":  # "der gegenteiligen Auffassung"
                det -= 1
            noun = t.lower_ in self.lex.stance_nouns and k > 0 and toks[det].lower_ == "der"
            if not (noun or (t.lower_ in self.lex.stance_adjectives and t.tag_ == "ADJD")) \
                    or toks[k + 1].text != "," or self.cues.in_quote(t):
                continue
            if not self.speakers.parsed:
                continue
            # "sein" as the copula, or parsed as the verb the noun depends on
            cop = next((c for c in t.children if c.dep_ == "cop" or c.lemma_ == "sein"), None) \
                or (t.head if noun and t.head.lemma_ == "sein" and t.head.i < t.i else None)
            if cop is None:
                continue  # "sicher, dass" without "sein": not a stance of the subject
            msg = self.cues.clause_end(toks[k + 2 :])
            if not msg or not (msg[0].lower_ in {"dass", "daß"} or self.cues.infinitive(msg)):
                continue
            verb_cop = cop.i == t.head.i != t.i
            ent, span, stype = self.speakers.subject_of(cop if verb_cop else t, sent)
            if ent is None and span is None and verb_cop:  # "37 Prozent sind der Auffassung"
                front = list(sent[: cop.i - sent.start])
                cut = max((n + 1 for n, x in enumerate(front) if x.is_punct and x.text not in QUOTE_MARKS),
                          default=0)
                ent, span = self.speakers.entity_in(front[cut:])
                noun_before = next((x for x in reversed(front[cut:]) if x.pos_ in {"NOUN", "PROPN"}), None)
                span = span or (self.speakers.phrase_span(noun_before) if noun_before is not None else None)
                stype = SOURCE_OF[ent.type] if ent else "unattributed"
            elif ent is None and span is None and cop.i < t.i:  # "war sich die Staatsanwaltschaft sicher"
                between = [x for x in sent[cop.i - sent.start + 1 : t.i - sent.start] if x.tag_ != "PRF"]
                ent, span = self.speakers.entity_in(between)
                span = span or noun_phrase(between)
                stype = SOURCE_OF[ent.type] if ent else "unattributed"
            if ent is None and span is None:
                continue
            found = self.add(sid, "indirect", self.trim(msg), speaker=ent, speaker_span=span,
                             source_type=stype, cue=(t.idx, t.idx + len(t)))
            return found is not None
        return False

    def _cue_claim(self, sid: int, sent: SpacySpan, cue: Token, later: list[Token],
                   taken: list[Found]) -> Found | None:
        """The claim one cue verb introduces: the message before it ("…, sagte X"), its
        complement ("sagte, dass …"), or the act itself ("X forderte den Rücktritt")."""
        after_taken = max((f.end for f in taken), default=0)
        toks = [t for t in sent if t.idx >= after_taken]
        k = next(j for j, t in enumerate(toks) if t.i == cue.i)
        lemma = self.cues.cue_lemma(cue) or ""
        ent, sspan, stype, via = self.speakers.attribution(cue)
        if ent is None and sspan is None and any(c.dep_ == "aux:pass" for c in cue.children):
            # "Zum einen wird auf Erfahrungswerte verwiesen": a passive cue without an agent
            # goes on with the actor who spoke in the sentence before
            prev = self.recent_claim(sid, window=1)
            if prev is not None and prev.speaker is not None:
                ent, sspan, stype = prev.speaker, prev.speaker_span, prev.source_type
        if lemma == "zeigen" and stype != "poll" and not self._shows_attitude(cue):
            return None
        kw = {"cue": (cue.idx, cue.idx + len(cue)), "via": via}
        if k >= 3 and toks[k - 1].lower_ == "so" and toks[k - 2].text == "," \
                and not any(f.cue is not None and f.cue[0] == cue.idx for f in self.found):
            # "Der Grund, so vermutet die Zeitung The Guardian, dürfte … gewesen sein": the
            # source after the cue vouches for the sentence around it
            if sspan is None or sspan[0] < cue.idx:
                close = next((j for j in range(k + 1, len(toks)) if toks[j].text == ","
                              or toks[j].pos_ == "ADP"), len(toks))
                who = [t for t in toks[k + 1 : close] if not t.is_punct]
                ent, sspan = self.speakers.entity_in(who)
                sspan, stype = sspan or noun_phrase(who), SOURCE_OF[ent.type] if ent else "unattributed"
            if sspan is not None:
                return self.add(sid, "indirect", self.trim(toks), speaker=ent, speaker_span=sspan,
                                source_type=stype, **kw)
        # the comma before the cue ("…, sagte X.") or before a pointing "das" ("…, das teilte
        # das Institut mit.")
        comma = k - 2 if k >= 4 and toks[k - 1].lower_ in {"das", "dies"} and toks[k - 2].text == "," \
            else k - 1
        if comma >= 2 and toks[comma].text in {",", ";"} and toks[comma - 1].lower_ not in {"wie", "es"} \
                and not self.cues.complement_after(toks[k + 1 :]) and not (
                    k + 1 < len(toks) and toks[k + 1].lower_ in COORDINATING_ADVERBS):
            # (not "bestätigte einen Vorfall, nannte aber keine Zahlen": a second verb of the same subject)
            # "…, sagte X."  message before the cue, speaker after it
            msg = toks[:comma]
            if not self._main_clause(msg):
                # "Der Präsident, Alpha Konaré, nannte …", "Während X …, fordert Y": no message
                # before the cue; what follows it may still be one
                return self._after_cue(sid, toks, k, cue, lemma, (ent, sspan, stype), kw, taken, later)
            if sspan is None or sspan[0] < cue.idx:
                ent, sspan = self.speakers.entity_in(toks[k + 1 :])
                sspan = sspan or noun_phrase(toks[k + 1 :])
                stype = SOURCE_OF[ent.type] if ent else "unattributed"
            span = self.trim(msg)
            quoted = next((f for f in self.found if f.form == "direct" and span is not None
                           and abs(f.start - span[0]) <= 1 and abs(f.end - span[1]) <= 1), None)
            if quoted is not None:  # "„Wir geben nicht nach“, sagte X, „…“": already its claim
                return quoted
            # "Der Konzern soll … streichen, berichtet X": reportative "soll" is reported speech
            # and so is a Konjunktiv II without a first person ("Die Spieler hätten den Trainer
            # „im Stich gelassen“, sagte X"; not "Wir hätten gewinnen müssen, sagte X")
            reported = self.cues.has_konjunktiv(msg) or (
                any(t.lower_ in self.lex.reportative for t in msg)
                and not any(t.text in QUOTE_MARKS for t in msg)) or (
                (self.cues.has_konjunktiv(msg, include_k2=True) or self._plural_past(msg))
                and not any(t.lower_ in FIRST_PERSON for t in msg))
            form: ClaimForm = "indirect" if reported else "direct"
            return self.add(sid, form, span, speaker=ent, speaker_span=sspan,
                            source_type=stype, **kw)
        return self._after_cue(sid, toks, k, cue, lemma, (ent, sspan, stype), kw, taken, later)

    def _after_cue(self, sid: int, toks: list[Token], k: int, cue: Token, lemma: str,
                   speaker: Speaker, kw: dict[str, object], taken: list[Found],
                   later: list[Token]) -> Found | None:
        """The claim after a cue: its complement ("sagte, dass …", "sagte: …") or the act
        itself ("X forderte den Rücktritt")."""
        ent, sspan, stype = speaker
        rest = toks[k + 1 :]
        marker = next((j for j, t in enumerate(rest)
                       if (t.lower_ in COMPLEMENT_MARKERS or t.text == ",")
                       and not self.cues.in_quote(t)), None)  # not the colon of a quoted title
        if marker is not None and rest[marker].text == ",":
            # "meldete der Radiosender, Radio Vatikan, dass …": an apposition between commas
            close = next((j for j in range(marker + 1, min(marker + 8, len(rest) - 1))
                          if rest[j].text == ","), None)
            if close is not None and rest[close + 1].lower_ in {"dass", "daß", "ob"} \
                    and not any(t.pos_ in {"VERB", "AUX"} for t in rest[marker + 1 : close]):
                marker = close
        if marker is not None:
            msg = rest[marker + 1 :] if rest[marker].text in {",", ":"} else rest[marker:]
            msg = self.cues.clause_end(msg)
            # "Die Rede hielt X, die betonte, …": the relative clause has a speech verb of its own
            relative = bool(msg) and rest[marker].text == "," and msg[0].tag_ in {
                "PRELS", "PDS"} and any(t in later for t in msg[1:4])
            # "Er bezeichnete X als Y und forderte Z auf, …": the complement is the later cue's
            owned = any(t in later for t in rest[:marker])
            complement = not relative and not owned and (rest[marker].text != "," or (
                self.cues.has_konjunktiv(msg, include_k2=True) or self.cues.infinitive(msg)
                or (msg and msg[0].lower_ in {"dass", "daß", "ob", "wie", "warum", "wer",
                                              "was", "wann", "wo"})
                or (lemma == "sagen" and self._verb_second(msg))))
            if complement and rest[marker].text == "," and self._adverbial_clause(msg, cue):
                complement = False  # "…, nachdem er nicht mehr zu sehen war"
            if complement:
                form = "according_to" if stype == "poll" else "indirect"
                span = self.trim(self._until_next_clause(msg, later))
                quoted = next((f for f in self.found if f.form == "direct" and span is not None
                               and abs(f.start - span[0]) <= 1 and abs(f.end - span[1]) <= 1), None)
                if quoted is not None:  # "erklärte: „Wir sind bereit.“": the quotation is the claim
                    return quoted
                return self.add(sid, form, span, speaker=ent, speaker_span=sspan, source_type=stype, **kw)
        # "X berichtete von einem Unwetter"; "berichten im Fachjournal „Nature“ von …" (but
        # "meldet … vom Flughafen Bremen" is where the numbers come from)
        reach = 6 if lemma in {"berichten", "schreiben"} else 3
        about = lemma in {"berichten", "melden", "schreiben", "informieren"} and any(
            t.lower_ in {"von", "vom", "über"} and not self.cues.in_quote(t) for t in rest[:reach])
        # the act's content follows the cue ("X forderte einen Aufnahmestopp") or, with the
        # participle at the end, precedes it ("Die CDU hatte Aufklärung gefordert.")
        final = cue.tag_ == "VVPP" and len(rest) <= 1 and k >= 3 and any(
            c.dep_ == "aux" and c.lower_ in {"hat", "haben"} for c in cue.children)
        # (present perfect only: a pluperfect "hatte … gefordert" tells the background)
        # "X zieht sich zurück. Das kündigte X an": the sentence before is the claim (but "Laut
        # „Kicker“ …. Das dementierte der Verein": a denial of a claim is one of its own)
        pointing = k == 1 and toks[0].lower_ in {"das", "dies"} and sid > 0 \
            and self.adoc.kind(sid - 1) in {"body", "teaser"} \
            and not any(f.sentence == sid - 1 for f in self.found)
        if (lemma in self.lex.reported_acts or about) and (ent or sspan) and (len(rest) >= 2 or final) \
                and not taken and not pointing:
            # "X forderte einen Aufnahmestopp", "Die Polizei geht von Suizid aus": the act
            # with its content; the claim is the whole clause, speaker included
            end = next((j for j, t in enumerate(toks) if t.i > cue.i and (t.text == ";" or (
                (t.lower_ in {"und", "aber", "sondern"} or (
                    t.text == "," and self.sources.opens_main_clause(toks, j)))  # "…, Löw bezeichnete …"
                and toks[j + 1 : j + 2] and any(x in later for x in toks[j + 1 : j + 6])))), len(toks))
            comma = max((j for j in range(k + 1, end) if toks[j].text == ","), default=None)
            if end < len(toks) and comma is not None and any(
                    t.tag_.endswith("FIN") for t in toks[comma + 1 : end]):
                end = comma  # "warnte vor hohen Kosten, wollte aber keine Zahlen nennen"
            return self.add(sid, "reported", self.trim(toks[self._clause_start(toks, k) : end]),
                            speaker=ent, speaker_span=sspan, source_type=stype, **kw)
        return None

    def _plural_past(self, msg: list[Token]) -> bool:
        """An unquoted plural past-tense verb, whose form is the Konjunktiv II of reported
        speech ("Die Befugnisse griffen in die Grundrechte ein, urteilten die Richter")."""
        return any(t.tag_ in {"VVFIN", "VAFIN", "VMFIN"} and t.morph.get("Tense") == ["Past"]
                   and t.morph.get("Number") == ["Plur"] and not self.cues.in_quote(t) for t in msg) \
            and not any(t.text in QUOTE_MARKS for t in msg)

    @staticmethod
    def _verb_second(msg: list[Token]) -> bool:
        """A main clause, its finite verb after one phrase ("sagte, Zölle schadeten allen" with
        the past form standing in for the subjunctive)."""
        if not msg or msg[0].tag_ in {"KOUS", "PRELS", "PRELAT", "PWAV", "PWS", "KON"}:
            return False
        finite = next((j for j, t in enumerate(msg[:5]) if t.tag_ in {"VVFIN", "VAFIN", "VMFIN"}), None)
        return finite is not None and finite > 0 and all(
            t.pos_ in {"NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"} for t in msg[:finite])

    def _adverbial_clause(self, msg: list[Token], cue: Token) -> bool:
        """Words after a cue's comma that are only an adverbial clause ("nachdem …", "da …"),
        with no reported clause after it ("…, wenn …, werde es Krieg geben" has one). One in
        Konjunktiv I after an indicative cue gives the speaker's reason ("halten X für
        unwahrscheinlich, da die Armee … nicht gewachsen sei")."""
        if not msg or msg[0].tag_ != "KOUS" or msg[0].lower_ in {"dass", "daß", "ob", "wie"}:
            return False
        if self.cues.has_konjunktiv(msg) and not self.cues.is_konjunktiv1(cue):
            return False
        comma = next((j for j, t in enumerate(msg) if t.text == ","), None)
        tail = msg[comma + 1 :] if comma is not None else []
        return not (tail and (self.cues.has_konjunktiv(tail, include_k2=True) or self.cues.infinitive(tail)))

    def _clause_start(self, toks: list[Token], k: int) -> int:
        """Where the cue's clause begins: after a comma that closes a main clause of its own
        ("Heute demonstrierten 7.000 Menschen, die Polizei spricht von 4.000")."""
        comma = max((j for j in range(1, k) if toks[j].text == "," and not self.cues.in_quote(toks[j])),
                    default=None)
        if comma is None or comma + 1 >= k or toks[comma + 1].pos_ in {"SCONJ", "CCONJ"}:
            return 0
        first, second = toks[comma + 1], toks[comma + 2]
        if first.tag_ in {"PRELS", "PRELAT", "PWS", "PWAV"} and second.pos_ not in {"NOUN", "PROPN"}:
            return 0  # a relative clause ("…, die sagte"), not "…, die Polizei spricht"
        before, between = toks[:comma], toks[comma + 1 : k]
        finite = any(t.tag_.endswith("FIN") or t.pos_ in {"VERB", "AUX"} for t in before) and not any(
            t.tag_.endswith("FIN") or t.pos_ in {"VERB", "AUX"} for t in between)
        return comma + 1 if finite and self._main_clause(before) else 0

    def _main_clause(self, msg: list[Token]) -> bool:
        """Words before ", sagte X" that can be what X said: a clause with a verb of its own, not
        an apposition with a relative clause ("Sadiq Khan, der den Brief unterschrieb,") nor a
        subordinate clause ("Während die Opposition schwieg,")."""
        if not any(t.pos_ for t in msg):
            return True  # no tagger: cannot tell
        if any(t.pos_ == "SCONJ" for t in msg[:2]):
            # unless a main clause follows it, opened by its finite verb ("Falls die Arbeitgeber
            # kein Angebot vorlegten, werde man streiken")
            return not any(t.text == ":" for t in msg) and any(  # (not "…, war X zufrieden: „…“")
                t.text == "," and k + 1 < len(msg) and msg[k + 1].tag_.endswith("FIN")
                for k, t in enumerate(msg))
        relative = False
        for t in msg:
            if t.text == ",":
                relative = False
            elif (t.tag_ in {"PRELS", "PRELAT"} or (  # or tagged as an article, but heading the clause
                    t.lower_ in RELATIVE_PRONOUNS and t.head.dep_ == "acl:relcl")) \
                    and t.i > 1 and (t.doc[t.i - 1].text in {",", "–"} or (
                    t.doc[t.i - 1].tag_ in {"APPR", "APPRART"} and t.doc[t.i - 2].text in {",", "–"})):
                relative = True  # "Statistiken, auf die im Bericht hingewiesen wird,"
            elif (t.pos_ in {"VERB", "AUX"} or self._mistagged_word(t)) and not relative:
                return True
        return False

    def _mistagged_word(self, t: Token) -> bool:
        """A word tagged as a preposition that is none: a rare verb the tagger did not know
        ("Die Studie überzeichne das Problem, sagte X")."""
        return t.tag_ == "APPR" and t.is_alpha and t.is_lower and t.lower_ not in self.lex.prepositions

    def _until_next_clause(self, msg: list[Token], later: list[Token]) -> list[Token]:
        """Cut a message where the next speech-verb clause of the sentence begins
        ("…, die Kommission habe versagt und die Grünen forderten …")."""
        positions = {t.i: j for j, t in enumerate(msg)}
        for cue in later:
            j = positions.get(cue.i)
            if j is None or cue.tag_ != "VVFIN" or self.cues.is_konjunktiv1(cue):
                continue
            k = j - 1
            while k > 0 and msg[k].text not in {",", ";"} and msg[k].lower_ not in {
                    "und", "während", "aber", "sondern", "doch"}:
                k -= 1
            if k > 0 and j - k <= 10:
                return msg[:k]
        return msg

    def recent_claim(self, sid: int, window: int = 3) -> Found | None:
        """The nearest attributed claim in the last ``window`` sentences (no heading between)."""
        for prev in range(sid - 1, max(-1, sid - 1 - window), -1):
            if self.adoc.kind(prev) in {"heading", "title"}:
                return None
            claims = [f for f in self.found if f.sentence == prev and f.form != "assertion"]
            if claims:
                return claims[-1]
        return None

    def _main_clause_speaker(self, sent: SpacySpan) -> Speaker | None:
        """"Ein Sprecher des Weißen Hauses schränkte ein, dass … gedacht sei": when only a
        subordinate clause is in Konjunktiv, the indicative main clause's actor subject is
        the speaker, not whoever spoke before."""
        root = sent.root
        # the finite verb: the root, or its auxiliary ("Die Alliierten hatten Einspruch erhoben")
        finite = root if root.tag_.endswith("FIN") else next(
            (c for c in root.children if c.dep_ == "aux" and c.tag_.endswith("FIN")), None)
        if finite is None or self.cues.is_konjunktiv1(finite) or finite.lower_ in self.lex.konjunktiv2 or any(
                self.cues.is_konjunktiv1(t) for t in sent if t.i < root.i):
            return None  # ("Zeugen hätten beobachtet, …": carries on the police's account)
        if not any(t.text == "," or t.lower_ in {"dass", "daß"} for t in sent if t.i > root.i):
            return None
        ent, span, stype = self.speakers.subject_of(root, sent)
        return (ent, span, stype) if ent is not None else None

    def _continuation(self, sid: int, sent: SpacySpan) -> bool:
        """Reported speech without a new cue: Konjunktiv I (or Konjunktiv II right after
        indirect speech, or reportative "soll") carries on the last speaker's words."""
        if self.adoc.kind(sid) not in {"body", "quote", "list"}:
            return False
        toks = list(sent)
        if any(t.lower_ in {"ich", "wir"} for t in toks[:3]):
            return False  # "ich habe", "wir werden": indicative first person
        if toks and toks[0].lower_ == "ob":
            return False  # "Ob er bleiben könnte, ließ Weber offen": a question, not his words
        prev = self.recent_claim(sid)
        # a subject pronoun near the start, or later only with a name apposed ("sehe er, Köhler, …")
        subject_pronoun = next((t for k, t in enumerate(toks[:4]) if t.lower_ in {"er", "sie"} and not any(
            x.tag_ in {"PWS", "PRELS"} for x in toks[:k])), None) or next(  # not "Wer sie infrage stelle"
            (c for c in (sent.root.children if self.speakers.parsed and toks else ()) if c.dep_ == "nsubj"
             and c.lower_ in {"er", "sie"} and self.speakers.apposed_person(c) is not None), None)
        # a Konjunktiv inside a quotation is the quoted speaker's own wording („…, ich dachte,
        # ein Flugzeug sei abgestürzt“, sagte X), not a continuation
        unquoted = [t for t in toks if not self.cues.in_quote(t)]
        konjunktiv = self.cues.has_konjunktiv(unquoted)
        reportative = prev is not None and self.cues.reportative(toks, plans=prev.sentence >= sid - 1)
        k1 = konjunktiv or reportative
        # Konjunktiv II right after reported speech of any kind but a quotation
        # (after a quotation only in the plural, where Konjunktiv I looks indicative: "Die
        # Arbeitgeber hätten ein faires Angebot vorgelegt")
        plural_k2 = any(t.lower_ in self.lex.konjunktiv2 and t.morph.get("Number") == ["Plur"]
                        and t.tag_.endswith("FIN") and not self.cues.in_quote(t) for t in toks) \
            and not any(t.text in QUOTE_MARKS for t in toks)
        k2 = prev is not None and prev.sentence == sid - 1 and (
            subject_pronoun is not None or prev.form != "direct" or plural_k2) and self.cues.has_konjunktiv(
            unquoted, include_k2=True)
        if not (k1 or k2):
            return False
        if prev is None or prev.speaker is None:
            prev = self.recent_claim(sid, window=8) or prev
        speaker = prev.speaker if prev else None
        span = prev.speaker_span if prev else None  # the words that named the speaker earlier
        stype: SourceType = prev.source_type if prev else "unattributed"
        quoted = next((f for f in self.found if f.sentence == sid and f.speaker and not f.guessed), None)
        own = self._main_clause_speaker(sent)
        if quoted is not None:  # the quotation inside this sentence already names the speaker
            speaker, span, stype = quoted.speaker, quoted.speaker_span, quoted.source_type
        elif own is not None:
            speaker, span, stype = own
        elif subject_pronoun is not None and not (reportative and not konjunktiv):
            # "Er sei bereit, …" carries on his own words; "Er soll das Ziel gewesen sein"
            # reports what others say about him
            ent, named = self.speakers.pronoun(subject_pronoun)
            apposed = named is not None and named[0] != subject_pronoun.idx  # "er, Köhler,"
            # an unnamed speaker just before ("…“, sagte die Frau. Erst als sie …") is who "sie" is
            unnamed = speaker is None and span is not None and prev is not None and prev.sentence == sid - 1
            if ent is not None and not unnamed and (
                    ent is speaker or speaker is None or speaker.type != "person" or apposed):
                speaker, stype, span = ent, SOURCE_OF[ent.type], named
        elif (prev is None or prev.sentence < sid - 1) and sid > 0 \
                and self.adoc.kind(sid - 1) in {"body", "quote", "list"}:
            # "Das Robert-Koch-Institut sieht keine Gefahr. Lediglich Personen … seien …":
            # the sentence before, without a cue, still names whose view this carries on
            ent, sspan, kind = self.speakers.clause_subject(self.adoc.spans[sid - 1], persons=False)
            if ent is not None:
                speaker, span, stype = ent, sspan, kind
        via = prev.via if prev and prev.speaker is speaker else None
        for f in self.found:
            if f.sentence == sid and f.guessed and (speaker is not None or span is not None):
                # "Eine „offene architektonische Frage“ sei der Grund": the quotation is the
                # carried-on speaker's too
                f.speaker, f.speaker_span, f.source_type, f.via = speaker, span, stype, via
        found = self.add(sid, "indirect", self.trim(toks), speaker=speaker, speaker_span=span,
                         source_type=stype, via=via)
        if found is not None:
            found.carried = True
        return True
