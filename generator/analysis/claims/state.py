"""The claims of one article while they are assembled: :class:`Found`, how a claim is added
(hedges, source type, co-speakers) and trimmed, and the nearest earlier claim."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.analysis.actors import ActorFinder, Entity
from generator.analysis.cues import CueReader
from generator.analysis.document import ArticleDoc
from generator.analysis.interviews import Answer
from generator.analysis.lexicon import Lexicon
from generator.analysis.phrases import CLOSING_QUOTES, relative_clause_after
from generator.analysis.quotes import QuoteFinder
from generator.analysis.source_kinds import SourceKinds
from generator.analysis.sources import SourceFinder
from generator.analysis.speakers import SOURCE_OF, SpeakerFinder
from generator.model import ClaimForm, SourceType


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
    planned: bool = False  # a plan spelled out after a stated intent: nobody's words to carry on
    co_speakers: list[Entity] = field(default_factory=list)  # "Polizei und Staatsanwaltschaft"


class ClaimState:
    """The claims found so far in one article, with the readers every pass shares."""

    def __init__(self, adoc: ArticleDoc, actors: ActorFinder, lex: Lexicon) -> None:
        self.adoc = adoc
        self.doc = adoc.doc
        self.actors = actors
        self.lex = lex
        self.found: list[Found] = []
        self.source_only: set[int] = set()  # sentences that only name the outlet of the one before
        self.answers: list[Answer] = []  # an interview's answer sentences (quotations pass)
        self.cues = CueReader(adoc, lex)
        self.speakers = SpeakerFinder(adoc, actors, lex, self.cues)
        self.quotes = QuoteFinder(self)
        self.sources = SourceFinder(self)
        self.kinds = SourceKinds(adoc, actors, lex, self.cues)

    @staticmethod
    def trim(tokens: list[Token]) -> tuple[int, int] | None:
        """Char span of ``tokens`` without edge punctuation and a leading "dass" ("ob" stays: it
        turns what follows into an open question)."""
        while tokens and (tokens[0].is_punct or tokens[0].lower_ in {"dass", "daß"}):
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
        scope = self._own_part(self._without_speaker_clause(self.adoc.spans[sid], found), found)
        found.hedges = self.cues.hedges(scope)
        if form == "indirect":  # "Die Preise würden steigen, sagte X": reported speech, no hedge
            found.hedges = [h for h in found.hedges if h not in {"würde", "würden"}]
        elif form == "direct":  # a quoted fragment leaves out the frame's ("„fair“ ermitteln würden")
            words = set(self.adoc.text[span[0] : span[1]].lower().split())
            found.hedges = [h for h in found.hedges if h not in {"würde", "würden"} or h in words]
        if found.speaker is None and found.speaker_span is not None:
            # the words name an actor the text has, where this mention was not found as one
            # ("Brenntag Components wies … zurück", "laut Stadtverwaltung")
            named = self.kinds.named_actor(found.speaker_span)
            if named is not None:
                found.speaker, found.source_type = named, SOURCE_OF[named.type]
        if found.speaker is None and found.speaker_span is not None and found.source_type == "unattributed":
            found.source_type = self.kinds.unnamed_type(found.speaker_span)
        elif found.speaker is not None and found.speaker.type not in {"person", "anonymous"} \
                and found.speaker_span is not None \
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

    def _own_part(self, toks: list[Token], found: Found) -> list[Token]:
        """The part of a sentence between semicolons that holds the claim ("Der Angeklagte soll
        … gedroht haben; eine Freundin hatte gesagt, …": that "soll" hedges nothing she said)."""
        cuts = [k for k, t in enumerate(toks) if t.text == ";" and not self.cues.in_quote(t)]
        if not cuts:
            return toks
        parts, start = [], 0
        for k in [*cuts, len(toks)]:
            parts.append(toks[start:k])
            start = k + 1
        first = found.cue[0] if found.cue is not None else found.start
        own = [t for part in parts if part and part[0].idx <= max(found.end, first)
               and part[-1].idx + len(part[-1]) >= min(found.start, first) for t in part]
        return own or toks

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

    def recent_claim(self, sid: int, window: int = 3) -> Found | None:
        """The nearest attributed claim in the last ``window`` sentences (no heading between)."""
        for prev in range(sid - 1, max(-1, sid - 1 - window), -1):
            if self.adoc.kind(prev) in {"heading", "title"}:
                return None
            claims = [f for f in self.found if f.sentence == prev and f.form != "assertion"]
            if claims:
                return claims[-1]
        return None
