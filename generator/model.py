"""The typed data model: the contract between analysis and rendering.

Everything a template sees is one of these dataclasses (or a plain value); no spaCy object
ever crosses this line. ``Analysis.to_dict`` is the published JSON format (``schema_version``
below), ``Analysis.from_dict`` reads it back (used by the cache and by cross-article pages).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = 1

ActorType = Literal["person", "organization", "state", "media", "group", "anonymous"]
ClaimForm = Literal["direct", "indirect", "reported", "according_to", "assertion"]
SourceType = Literal["person", "institution", "media", "anonymous", "poll", "study", "unattributed"]
QuestionKind = Literal["explicit", "indirect", "unverified", "conditional", "missing_voice"]
SentenceKind = Literal["title", "teaser", "heading", "body", "quote", "list"]


@dataclass(frozen=True)
class Span:
    """A stretch of the article text: character offsets into ``Analysis.text``."""

    start: int
    end: int
    text: str = ""


@dataclass
class ArticleMeta:
    """What an article says about itself (front matter, first lines, HTML metadata)."""

    slug: str
    title: str
    date: str | None = None
    source: str | None = None
    url: str | None = None
    language: str = "de"
    author: str | None = None
    teaser: str | None = None
    tags: list[str] = field(default_factory=list)
    path: str = ""


@dataclass
class Sentence:
    id: int
    start: int
    end: int
    kind: SentenceKind = "body"
    block: int = 0


@dataclass
class Actor:
    id: str
    name: str
    type: ActorType
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    quoted: bool = False
    # known only within its article (unnamed sources, institutions named by a common noun such
    # as "das Innenministerium"): no actor page, never merged across articles
    local: bool = False


@dataclass
class Claim:
    id: str
    speaker: str | None
    speaker_mention: Span | None
    form: ClaimForm
    cue: Span | None
    start: int
    end: int
    text: str
    sentence: int
    hedges: list[str] = field(default_factory=list)
    via: str | None = None
    source_type: SourceType = "unattributed"
    cue_class: str | None = None  # neutral, emphatic, warning, demand, concession, denial, judgement, …
    # actors who make the claim together with ``speaker`` ("Polizei und Staatsanwaltschaft
    # teilten mit": the Staatsanwaltschaft)
    co_speakers: list[str] = field(default_factory=list)


@dataclass
class Question:
    id: str
    kind: QuestionKind
    text: str
    why: str
    sentence: int | None = None
    actors: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)


@dataclass
class Analysis:
    """One article, analysed: the unit that is cached, published as JSON and rendered."""

    article: ArticleMeta
    text: str
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        article = asdict(self.article)
        return {
            "schema_version": self.schema_version,
            "article": article,
            "text": self.text,
            "sentences": [asdict(s) for s in self.sentences],
            "actors": [asdict(a) for a in self.actors],
            "claims": [asdict(c) for c in self.claims],
            "questions": [asdict(q) for q in self.questions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        def span(d: dict[str, Any] | None) -> Span | None:
            return Span(**d) if d else None

        actors = [
            Actor(**{**a, "mentions": [Span(**m) for m in a.get("mentions", [])]})
            for a in data["actors"]
        ]
        claims = [
            Claim(**{**c, "speaker_mention": span(c.get("speaker_mention")), "cue": span(c.get("cue"))})
            for c in data["claims"]
        ]
        return cls(
            article=ArticleMeta(**data["article"]),
            text=data["text"],
            sentences=[Sentence(**s) for s in data["sentences"]],
            actors=actors,
            claims=claims,
            questions=[Question(**q) for q in data["questions"]],
            schema_version=data.get("schema_version", SCHEMA_VERSION),
        )

    def sentence_text(self, sid: int) -> str:
        s = self.sentences[sid]
        return self.text[s.start : s.end]

    def listed_claims(self) -> list[Claim]:
        """The attributed claims pages list: all but assertions and the quoted words inside
        reported words of the same speaker ("warf der Verwaltung vor, sie spare „an den falschen
        Stellen“": the quotation stays a claim of the JSON, shown within the reported words)."""
        reported = [c for c in self.claims if c.form not in {"assertion", "direct"}]
        return [c for c in self.claims if c.form != "assertion" and not (c.form == "direct" and any(
            o.speaker == c.speaker and o.start <= c.start and c.end <= o.end for o in reported))]

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)
