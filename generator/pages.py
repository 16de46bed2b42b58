"""Which pages the site has and what each template gets: the writer side of the build.

Returns ``{path under docs/: bytes}``; nothing here touches the disk except the optional
:class:`PageMemo` (rendered article pages kept in the cache folder).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field, is_dataclass
from importlib import resources
from itertools import groupby
from pathlib import Path
from typing import Any

from jinja2 import meta

from generator.aggregate import Corpus, GlobalActor
from generator.cache import analysis_json
from generator.collation import german_key
from generator.config import Config
from generator.model import Actor, Analysis, ArticleMeta, Claim, Question, Sentence
from generator.render import Renderer

ARTICLE_DIR, ACTOR_DIR = "artikel", "akteure"
CLAIMS_DIR, QUESTIONS_DIR, DATA_DIR = "aussagen", "fragen", "data"
SCHEMA_FILE = "lagebild.schema.json"


def article_page(slug: str) -> str:
    return f"{ARTICLE_DIR}/{slug}.md"


def actor_page(actor_id: str, number: int = 1) -> str:
    """An actor's page; long ones continue on ``akteure/<id>/seite-N.md``."""
    return f"{ACTOR_DIR}/{actor_id}.md" if number == 1 else f"{ACTOR_DIR}/{actor_id}/seite-{number}.md"


def data_file(slug: str) -> str:
    return f"{DATA_DIR}/{slug}.json"


def sentence_anchor(sid: int | None) -> str | None:
    return None if sid is None else f"satz-{sid}"


@dataclass
class ActorRow:
    actor: Actor
    page: str | None  # actor page, None for unnamed sources


@dataclass
class SpeakerGroup:
    name: str | None
    page: str | None
    type: str | None
    claims: list[Claim]


@dataclass
class Block:
    kind: str
    sentences: list[Sentence]


@dataclass
class ArticleView:
    analysis: Analysis
    actors: list[ActorRow]
    speakers: list[SpeakerGroup]
    assertions: list[Claim]
    questions: list[Question]
    blocks: list[Block]
    names: dict[str, str] = field(default_factory=dict)  # local actor id -> display name
    pages: dict[str, str | None] = field(default_factory=dict)  # local id -> actor page

    def sentence(self, sid: int | None) -> str:
        return "" if sid is None else self.analysis.sentence_text(sid)


def article_view(a: Analysis, corpus: Corpus) -> ArticleView:
    slug = a.article.slug
    pages: dict[str, str | None] = {}
    names: dict[str, str] = {}
    for actor in a.actors:
        gid = corpus.global_ids.get((slug, actor.id))
        ga = corpus.actor(gid)
        pages[actor.id] = actor_page(gid) if gid else None
        names[actor.id] = ga.name if ga else actor.name
    hidden = {actor.id for actor in a.actors  # hidden by an editor (actors.yml)
              if not actor.local and actor.type != "anonymous" and pages[actor.id] is None}
    rows = [ActorRow(actor, pages[actor.id]) for actor in a.actors if actor.id not in hidden]
    rows.sort(key=lambda r: (-len(r.actor.mentions), german_key(names[r.actor.id]), r.actor.id))
    attributed = a.listed_claims()
    order = {actor.id: i for i, actor in enumerate(a.actors)}
    attributed.sort(key=lambda c: (c.speaker is None, order.get(c.speaker or "", 0), c.start))
    speakers = []
    for speaker, group in groupby(attributed, key=lambda c: c.speaker):
        actor = a.actor(speaker)
        speakers.append(SpeakerGroup(names.get(speaker or ""), pages.get(speaker or ""),
                                     actor.type if actor else None, list(group)))
    blocks = [Block(sents[0].kind, sents)
              for _, grp in groupby(a.sentences, key=lambda s: s.block)
              if (sents := list(grp))]
    return ArticleView(a, rows, speakers, [c for c in a.claims if c.form == "assertion"],
                       a.questions, blocks, names, pages)


def paginate(items: list[Any], size: int) -> list[list[Any]]:
    size = max(1, size)
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def page_name(folder: str, number: int) -> str:
    return f"{folder}/index.md" if number == 1 else f"{folder}/seite-{number}.md"


def _paged(renderer: Renderer, template: str, folder: str, items: list[Any], size: int,
           memo: PageMemo | None = None, **context: Any) -> dict[str, str]:
    pages = paginate(items, size)
    out = {}
    for n, chunk in enumerate(pages, 1):
        path = page_name(folder, n)
        nav = {
            "number": n, "count": len(pages), "total": len(items),
            "prev": page_name(folder, n - 1) if n > 1 else None,
            "next": page_name(folder, n + 1) if n < len(pages) else None,
        }
        if memo is None:
            out[path] = renderer.render(template, path, items=chunk, pager=nav, **context)
        else:
            out[path] = memo.render(renderer, template, path, (chunk, nav), items=chunk,
                                    pager=nav, **context)
    return out


def _actor_pages(actor: GlobalActor, renderer: Renderer, size: int, memo: PageMemo | None,
                 common: dict[str, Any]) -> dict[str, str]:
    """An actor's articles and claims, ``size`` of each per page (no page lists everything)."""
    appearances, claims = paginate(actor.appearances, size), paginate(actor.claims, size)
    count = max(len(appearances), len(claims))
    out = {}
    for n in range(1, count + 1):
        path = actor_page(actor.id, n)
        nav = {"number": n, "count": count, "total": len(actor.appearances) + len(actor.claims),
               "prev": actor_page(actor.id, n - 1) if n > 1 else None,
               "next": actor_page(actor.id, n + 1) if n < count else None}
        chunk = {"appearances": appearances[n - 1] if n <= len(appearances) else [],
                 "claims": claims[n - 1] if n <= len(claims) else []}
        if memo is None:
            out[path] = renderer.render("actor.md.j2", path, actor=actor, pager=nav, **chunk,
                                        **common)
        else:
            out[path] = memo.render(renderer, "actor.md.j2", path, (actor, nav), actor=actor,
                                    pager=nav, **chunk, **common)
    return out


def schema_bytes() -> bytes:
    return resources.files("generator").joinpath(f"schema/{SCHEMA_FILE}").read_bytes()


def _common(corpus: Corpus) -> dict[str, Any]:
    """What every template may use besides its own data."""
    return {"article_page": article_page, "actor_page": actor_page, "data_file": data_file,
            "anchor": sentence_anchor, "corpus": corpus}


def render_article(renderer: Renderer, a: Analysis, corpus: Corpus) -> str:
    page = article_page(a.article.slug)
    return renderer.render("article.md.j2", page, view=article_view(a, corpus), a=a,
                           source=a.article.path, **_common(corpus))


def _uses_corpus(renderer: Renderer, name: str, seen: set[str] | None = None) -> bool:
    """Whether ``name`` or a template it pulls in reads ``corpus`` (or cannot be told)."""
    seen = set() if seen is None else seen
    if name in seen:
        return False
    seen.add(name)
    env = renderer.env
    assert env.loader is not None
    tree = env.parse(env.loader.get_source(env, name)[0])
    if "corpus" in meta.find_undeclared_variables(tree):
        return True
    return any(ref is None or _uses_corpus(renderer, ref, seen)
               for ref in meta.find_referenced_templates(tree))


_PLAIN = {str, int, float, bool, type(None)}
_ARTICLE_PARTS = {Actor, Claim, Question}


class PageMemo:
    """Rendered pages in the cache folder, keyed by everything they depend on.

    A page depends on its own data, the templates, the settings and the code (``salt``),
    and nothing else, unless its template reads ``corpus``: then it is always rendered. An
    article page's own data is its analysis (its published JSON) and the display name and
    page of each of its actors; an actor or index page's is its actor or entries (see
    :meth:`fingerprint`).
    """

    def __init__(self, folder: Path, salt: str, data: dict[str, bytes] | None = None) -> None:
        self.folder, self.salt = folder, salt
        self._off: dict[str, bool] = {}
        self._articles = {slug: hashlib.sha256(body).hexdigest() for slug, body in (data or {}).items()}
        self._actors: dict[int, str] = {}  # id(GlobalActor) -> fingerprint, for this build

    def fingerprint(self, obj: Any) -> str:
        """Text that changes whenever ``obj`` does: its fields, spelled out like ``repr``,
        except that an article's analysis, and an actor, claim or question of it, stand for
        the digest of the article's published JSON (which they are read from), and that each
        cross-article actor is spelled out once per build, however many pages show it."""
        kind = type(obj)
        if kind in _PLAIN:
            return repr(obj)
        if kind is list or kind is tuple:
            return "[" + ",".join(map(self.fingerprint, obj)) + "]"
        if kind is dict:
            return "{" + ",".join(f"{k!r}:{self.fingerprint(v)}" for k, v in obj.items()) + "}"
        if kind is Analysis or kind is ArticleMeta:
            slug = obj.article.slug if kind is Analysis else obj.slug
            if slug in self._articles:
                return f"{kind.__name__}:{self._articles[slug]}"
        if kind is GlobalActor:
            if id(obj) not in self._actors:
                self._actors[id(obj)] = self._fields(obj)
            return self._actors[id(obj)]
        if is_dataclass(kind):
            return self._fields(obj)
        return repr(obj)

    def _fields(self, obj: Any) -> str:
        own = getattr(obj, "article", None)
        digest = self._articles.get(own.slug) if type(own) is ArticleMeta else None
        parts = []
        for name in obj.__dataclass_fields__:
            value = getattr(obj, name)
            if digest is not None and type(value) in _ARTICLE_PARTS:
                parts.append(f"{name}={digest}/{value.id}")  # a part of that article
            else:
                parts.append(f"{name}={self.fingerprint(value)}")
        return f"{type(obj).__name__}(" + ",".join(parts) + ")"

    def off(self, renderer: Renderer, template: str) -> bool:
        """True if ``template`` reads ``corpus``: its pages may depend on anything."""
        if template not in self._off:
            self._off[template] = _uses_corpus(renderer, template)
        return self._off[template]

    def render(self, renderer: Renderer, template: str, page: str, parts: Any,
               **context: Any) -> str:
        """``renderer.render(template, page, **context)``, reused when ``parts`` (all the
        page-specific data, compared by :meth:`fingerprint`) is unchanged."""
        if self.off(renderer, template):
            return renderer.render(template, page, **context)
        h = hashlib.sha256(f"{self.salt}\0{template}\0{page}\0".encode())
        h.update(self.fingerprint(parts).encode())
        key = h.hexdigest()
        text = self.get(key)
        if text is None:
            text = renderer.render(template, page, **context)
            self.put(key, text)
        return text

    def key(self, a: Analysis, data: bytes, view: ArticleView) -> str:
        links = [(x.id, view.names[x.id], view.pages[x.id]) for x in a.actors]
        digest = self._articles.get(a.article.slug) or hashlib.sha256(data).hexdigest()
        h = hashlib.sha256(f"{self.salt}\0{a.article.slug}\0{digest}\0".encode())
        h.update(json.dumps(links, ensure_ascii=False).encode())
        return h.hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.md"

    def get(self, key: str) -> str | None:
        try:
            return self._file(key).read_text(encoding="utf-8")
        except (OSError, ValueError):
            return None

    def put(self, key: str, text: str) -> None:
        path = self._file(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(tmp, path)
        except OSError:
            pass  # the memo is an optimisation only


def _article_pages(corpus: Corpus, renderer: Renderer, data: dict[str, bytes],
                   memo: PageMemo | None) -> dict[str, str]:
    if memo is not None and memo.off(renderer, "article.md.j2"):
        memo = None
    common = _common(corpus)
    out = {}
    for a in corpus.analyses:
        page = article_page(a.article.slug)
        view = article_view(a, corpus)
        body = data.get(a.article.slug)
        key = memo.key(a, body, view) if memo is not None and body is not None else None
        text = memo.get(key) if memo is not None and key else None
        if text is None:
            text = renderer.render("article.md.j2", page, view=view, a=a, source=a.article.path,
                                   **common)
            if memo is not None and key:
                memo.put(key, text)
        out[page] = text
    return out


def build_pages(corpus: Corpus, config: Config, renderer: Renderer,
                data: dict[str, bytes] | None = None,
                memo: PageMemo | None = None) -> dict[str, bytes]:
    """Every generated file of the site, keyed by its path under ``docs/``.

    ``data`` (slug -> bytes) may hold the articles' published JSON already made, e.g. by the
    cache; missing ones are serialised here. ``memo`` reuses pages rendered before.
    """
    data = data or {}
    out: dict[str, str] = {}
    size = config.page_size
    common = _common(corpus)
    out.update(_article_pages(corpus, renderer, data, memo))
    for actor in corpus.actors:
        out.update(_actor_pages(actor, renderer, size, memo, common))
    for template, folder, items in (("articles.md.j2", ARTICLE_DIR, corpus.analyses),
                                    ("actors.md.j2", ACTOR_DIR, corpus.actors),
                                    ("claims.md.j2", CLAIMS_DIR, corpus.claims),
                                    ("questions.md.j2", QUESTIONS_DIR, corpus.questions)):
        out.update(_paged(renderer, template, folder, items, size, memo, **common))
    n = config.home_items
    out["index.md"] = renderer.render(
        "home.md.j2", "index.md", articles=corpus.analyses[:n],
        quoted=corpus.most_quoted[:n], questions=corpus.questions[:n], **common)
    files = {path: text.encode() for path, text in out.items()}
    for a in corpus.analyses:
        cached = data.get(a.article.slug)
        files[data_file(a.article.slug)] = cached if cached is not None else analysis_json(a)
    files[f"{DATA_DIR}/{SCHEMA_FILE}"] = schema_bytes()
    return files
