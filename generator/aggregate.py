"""Cross-article view: one actor per real-world entity, claims and questions indexes.

Built only from cached :class:`Analysis` objects (never from text), so template changes and
index pages never need the language pipeline.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from generator.collation import german_key
from generator.model import Actor, Analysis, ArticleMeta, Claim, Question
from generator.overrides import Overrides
from generator.roles import merge_role

PAGE_TYPES = {"person", "organization", "state", "media", "group"}


@dataclass
class Appearance:
    article: ArticleMeta
    actor: Actor


@dataclass
class GlobalActor:
    id: str
    name: str
    type: str
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    appearances: list[Appearance] = field(default_factory=list)
    claims: list[ClaimRef] = field(default_factory=list)

    @property
    def mention_count(self) -> int:
        return sum(len(a.actor.mentions) for a in self.appearances)


@dataclass
class ClaimRef:
    article: ArticleMeta
    claim: Claim
    speaker: str | None  # display name
    speaker_id: str | None  # global actor id, None for unnamed sources
    via: str | None
    via_id: str | None
    co_speakers: list[tuple[str, str | None]] = field(default_factory=list)  # name, global id


@dataclass
class QuestionRef:
    article: ArticleMeta
    question: Question


@dataclass
class Corpus:
    analyses: list[Analysis]
    actors: list[GlobalActor]
    claims: list[ClaimRef]
    questions: list[QuestionRef]
    # (article slug, local actor id) -> global actor id (None: no actor page)
    global_ids: dict[tuple[str, str], str | None]

    def actor(self, actor_id: str | None) -> GlobalActor | None:
        return self._by_id.get(actor_id) if actor_id else None

    def __post_init__(self) -> None:
        self._by_id = {a.id: a for a in self.actors}

    @property
    def most_quoted(self) -> list[GlobalActor]:
        return sorted((a for a in self.actors if a.claims),
                      key=lambda a: (-len(a.claims), german_key(a.name), a.name))


def newest_first(analyses: list[Analysis]) -> list[Analysis]:
    """Articles by date (newest first, undated last), then title and slug."""
    by_title = sorted(analyses, key=lambda a: (german_key(a.article.title), a.article.slug))
    dated = sorted((a for a in by_title if a.article.date), key=lambda a: a.article.date or "", reverse=True)
    undated = [a for a in by_title if not a.article.date]
    return dated + undated


def _identity(actor: Actor, surnames: dict[str, set[str]]) -> str:
    """Global id of a named actor: persons known by surname only join their full name."""
    if actor.type == "person" and len(actor.name.split()) == 1:
        full = surnames.get(actor.name, set())
        if len(full) == 1:
            return next(iter(full))
    return actor.id


def build_corpus(analyses: list[Analysis], overrides: Overrides | None = None) -> Corpus:
    overrides = overrides or Overrides()
    ordered = newest_first(analyses)
    surnames: dict[str, set[str]] = defaultdict(set)
    for a in ordered:
        for actor in a.actors:
            if actor.type == "person" and len(actor.name.split()) > 1:
                surnames[actor.name.split()[-1]].add(actor.id)

    actors: dict[str, GlobalActor] = {}
    global_ids: dict[tuple[str, str], str | None] = {}
    for a in ordered:
        for actor in a.actors:
            gid: str | None = None
            if actor.type in PAGE_TYPES and not actor.local:
                gid = overrides.resolve(_identity(actor, surnames))
            if gid is not None and overrides.hidden(gid):
                gid = None
            global_ids[(a.article.slug, actor.id)] = gid
            if gid is None:
                continue
            ga = actors.get(gid)
            if ga is None:
                ga = actors[gid] = GlobalActor(gid, actor.name, actor.type)
            elif len(actor.name) > len(ga.name) and actor.type == ga.type:
                ga.aliases.append(ga.name)
                ga.name = actor.name
            elif actor.name != ga.name:
                ga.aliases.append(actor.name)  # merged by surname or by an editor's merge_into
            for role in actor.roles:
                ga.roles = merge_role(ga.roles, role)
            for alias in actor.aliases:
                if alias not in ga.aliases:
                    ga.aliases.append(alias)
            ga.appearances.append(Appearance(a.article, actor))

    for ga in actors.values():
        overrides.apply(ga)
        types = Counter(ap.actor.type for ap in ga.appearances)
        if not overrides.retyped(ga.id):
            ga.type = types.most_common(1)[0][0]
        ga.aliases = sorted({x for x in ga.aliases if x != ga.name}, key=lambda x: (german_key(x), x))

    claims: list[ClaimRef] = []
    for a in ordered:
        for claim in a.listed_claims():
            sid, vid = (global_ids.get((a.article.slug, x)) if x else None
                        for x in (claim.speaker, claim.via))
            speaker, via = a.actor(claim.speaker), a.actor(claim.via)
            ref = ClaimRef(
                a.article, claim,
                actors[sid].name if sid else (speaker.name if speaker else None), sid,
                actors[vid].name if vid else (via.name if via else None), vid)
            for co in claim.co_speakers:
                cid, local = global_ids.get((a.article.slug, co)), a.actor(co)
                name = actors[cid].name if cid else (local.name if local else None)
                if name:
                    ref.co_speakers.append((name, cid))
            claims.append(ref)
            for gid in dict.fromkeys([sid, *(cid for _, cid in ref.co_speakers)]):
                if gid:
                    actors[gid].claims.append(ref)
    questions = [QuestionRef(a.article, q) for a in ordered for q in a.questions]
    return Corpus(ordered, sorted(actors.values(), key=lambda x: (german_key(x.name), x.id)),
                  claims, questions, global_ids)
