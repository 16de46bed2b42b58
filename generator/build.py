"""The build: content/ → (cached) analyses → corpus → pages → docs/.

Pelican-style stages, each in its own module: readers (``readers``), analysis
(``analysis``), cross-article aggregation (``aggregate``), page generation (``pages``) and
the writer (``writer``). This module only wires them together, with the cache in front of
the analysis and worker processes for cold builds.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.aggregate import Corpus, build_corpus
from generator.cache import CACHE_FORMAT, AnalysisCache, analysis_json, cache_key, slug_of
from generator.config import Config
from generator.errors import ArticleError, Problem
from generator.model import Analysis
from generator.overrides import Overrides, load_overrides
from generator.pages import PageMemo, build_pages
from generator.render import Renderer
from generator.writer import Manifest, SafeTargets, WriteReport, sha256, stale_or_missing, write_outputs

if TYPE_CHECKING:  # readers are imported lazily: the package pulls in trafilatura
    from generator.readers.base import RawArticle

log = logging.getLogger("lagebild")
IGNORED = {"README.md", "readme.md", ".gitkeep"}
PARALLEL_THRESHOLD = 24  # below this many uncached articles, one process is faster
STATE_FILE = "last-build.json"  # in the cache folder: inputs and outputs of the last build
PACKAGE = Path(__file__).resolve().parent
# Suffixes generator.readers has a reader for (checked by the tests). The readers are
# imported only when an article must be read: the HTML one pulls in trafilatura, which would
# cost a no-op build a quarter of its time.
ARTICLE_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".html", ".htm"})


def is_article(path: Path) -> bool:
    """True for files a reader exists for (same answer as ``generator.readers.is_article``)."""
    return path.suffix.lower() in ARTICLE_SUFFIXES


@dataclass
class Source:
    path: Path  # absolute
    rel: str  # relative to the project root, posix
    data: bytes
    key: str = ""


@dataclass
class BuildResult:
    analyses: Sequence[Analysis] = field(default_factory=list)  # parsed on first access
    problems: list[Problem] = field(default_factory=list)
    report: WriteReport | None = None
    analysed: int = 0  # articles analysed now (not from the cache)
    corpus: Corpus | None = None  # built only when pages are rendered (not on no-op builds)
    data: dict[str, bytes] = field(default_factory=dict)  # slug -> published analysis JSON
    inputs: str = ""  # digest of everything the pages depend on (see ``inputs_digest``)
    render: str = ""  # see ``render_digest``
    overrides: Overrides | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def discover(config: Config, problems: list[Problem]) -> list[Source]:
    """Article files under content/, sorted; symlinks leading outside are refused."""
    content = config.path("content_dir")
    if not content.is_dir():
        problems.append(Problem(config.content_dir, "content folder not found; create it and "
                                "put articles (.md, .txt, .html) in it"))
        return []
    sources = []
    for path in sorted(content.rglob("*")):
        rel = path.relative_to(config.root).as_posix()
        if any(part.startswith(".") for part in path.relative_to(content).parts):
            continue
        if path.is_symlink():
            target = path.resolve()
            if content not in target.parents:
                problems.append(Problem(rel, "symbolic link points outside content/; not read —"
                                        " copy the article into content/ instead"))
                continue
        if path.is_dir() or path.name in IGNORED:
            continue
        if not is_article(path):
            problems.append(Problem(rel, f"unknown format {path.suffix or '(no suffix)'!r}; "
                                    "rename to .md, .txt or .html, or move it out of content/",
                                    "warning"))
            continue
        try:
            sources.append(Source(path, rel, path.read_bytes()))
        except OSError as exc:
            problems.append(Problem(rel, f"cannot read: {exc.strerror}"))
    return sources


def _read(source: Source, problems: list[Problem]) -> RawArticle | None:
    from generator.readers import read_article

    try:
        raw = read_article(source.path, problems)
    except ArticleError as exc:
        problems.append(Problem(source.rel, exc.problem.message, "error", exc.problem.line))
        return None
    raw.meta.path = source.rel
    return raw


def _relabel(problems: list[Problem], source: Source) -> list[Problem]:
    return [Problem(source.rel, p.message, p.severity, p.line) for p in problems]


def analyse_sources(sources: list[Source], model: str | None) -> list[tuple[Analysis | None, list[Problem]]]:
    """Read and analyse in this process (one pipeline load, batched with ``nlp.pipe``). An
    article that makes the analysis fail gets an error naming it; the others go on."""
    from generator.analysis import BATCH_SIZE, analyze_doc
    from generator.analysis.document import analysis_text
    from generator.nlp import load_pipeline

    results: list[tuple[Analysis | None, list[Problem]]] = []
    raws = []
    for source in sources:
        problems: list[Problem] = []
        raw = _read(source, problems)
        results.append((None, _relabel(problems, source)))
        if raw is not None:
            raws.append((len(results) - 1, raw))
    if raws:
        nlp = load_pipeline(model)
        docs = nlp.pipe((analysis_text(r.text) for _, r in raws), batch_size=BATCH_SIZE)
        for (index, raw), doc in zip(raws, docs, strict=True):
            try:
                results[index] = (analyze_doc(raw, doc), results[index][1])
            except Exception as exc:  # a bug one text hits must not stop the others
                log.debug("analysis of %s failed", sources[index].rel, exc_info=True)
                results[index] = (None, [*results[index][1], Problem(
                    sources[index].rel, f"the analysis failed ({type(exc).__name__}: {exc}); this is a "
                    "bug in Lagebild: please report it with this article")])
    return results


def _chunks(items: list[Source], n: int) -> Iterator[list[Source]]:
    size = max(1, min(64, len(items) // (n * 4) or 1))
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _analyse_to_json(sources: list[Source], model: str | None) -> list[tuple[bytes | None, list[Problem]]]:
    """Worker side: analyses as their published JSON (cheaper to send than objects)."""
    return [(analysis_json(a) if a is not None else None, found)
            for a, found in analyse_sources(sources, model)]


def analyse_parallel(sources: list[Source], model: str | None, workers: int,
                     progress: bool) -> list[tuple[bytes | None, list[Problem]]]:
    """Cold builds: chunks of articles over worker processes, each with its own pipeline."""
    return list(_iter_parallel(sources, model, workers, progress))


def _iter_parallel(sources: list[Source], model: str | None, workers: int,
                   progress: bool) -> Iterator[tuple[bytes | None, list[Problem]]]:
    """Results in source order as chunks finish (so they are cached as they arrive)."""
    from tqdm import tqdm

    chunks = list(_chunks(sources, workers))
    with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool, tqdm(
            total=len(sources), disable=not progress, unit="Artikel", desc="Analyse") as bar:
        for chunk_result in pool.map(_analyse_to_json, chunks, [model] * len(chunks)):
            yield from chunk_result
            bar.update(len(chunk_result))


def _beside_parsing(sources: list[Source], model: str | None,
                    cached: list[Found]) -> list[tuple[bytes | None, list[Problem]]]:
    """A few changed articles among cached ones: analyse them in a worker process while this
    one reads the cached analyses, which the pages need next (one article changed in a large
    archive spends about as long loading the pipeline as reading the others)."""
    with ProcessPoolExecutor(1, mp_context=get_context("fork")) as pool:
        future = pool.submit(_analyse_to_json, sources, model)
        for found in cached:
            found.analysis  # noqa: B018 (parsed now, used by the pages)
        return future.result()


def _iter_serial(sources: list[Source], model: str | None,
                 progress: bool) -> Iterator[tuple[bytes | None, list[Problem]]]:
    from tqdm import tqdm

    with tqdm(total=len(sources), disable=not progress or len(sources) < 2, unit="Artikel",
              desc="Analyse") as bar:
        for i in range(0, len(sources), 64):
            for a, found in analyse_sources(sources[i : i + 64], model):
                yield analysis_json(a) if a is not None else None, found
            bar.update(min(64, len(sources) - i))


@dataclass
class Found:
    """One article's analysis as its published JSON; parsed only when needed."""

    rel: str
    slug: str
    data: bytes
    parsed: Analysis | None = None

    @property
    def analysis(self) -> Analysis:
        if self.parsed is None:
            self.parsed = Analysis.from_dict(json.loads(self.data))
        return self.parsed


class LazyAnalyses(Sequence[Analysis]):
    """The analyses of a build, parsed from their JSON on first access (a no-op build
    never needs them)."""

    def __init__(self, found: list[Found]) -> None:
        self.found = found

    def __len__(self) -> int:
        return len(self.found)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [f.analysis for f in self.found[index]]
        return self.found[index].analysis


def gather(config: Config, sources: list[Source], problems: list[Problem],
           progress: bool = False) -> tuple[list[Found], int]:
    """Every source's analysis, as JSON: from the cache where possible, else computed (in
    worker processes for many) and stored. Returns them in source order and how many were
    computed now. Fresh analyses go through their JSON too, so a cold build renders exactly
    what a warm one does."""
    cache = AnalysisCache(config.path("cache_dir"))
    settings = config.analysis_settings
    found: dict[str, Found] = {}
    pending = []
    for source in sources:
        source.key = cache_key(source.data, source.rel, settings)
        entry = cache.peek(source.key)
        if entry is not None:
            warnings, body = entry
            found[source.rel] = Found(source.rel, slug_of(body), body)
            problems.extend(warnings)  # a warm build reports what the cold one did
        else:
            pending.append(source)
    workers = config.workers or os.cpu_count() or 1
    if len(pending) >= PARALLEL_THRESHOLD and workers > 1:
        results = _iter_parallel(pending, config.model, min(workers, len(pending)), progress)
    elif pending and found and workers > 1:
        results = _beside_parsing(pending, config.model, list(found.values()))
    else:
        results = _iter_serial(pending, config.model, progress)
    for source, (body, warnings) in zip(pending, results, strict=True):
        problems.extend(warnings)
        if body is not None:
            analysis = Analysis.from_dict(json.loads(body))
            cache.put(source.key, analysis, warnings, body)
            found[source.rel] = Found(source.rel, analysis.article.slug, body, analysis)
    return [found[s.rel] for s in sources if s.rel in found], len(pending)


def analyse_all(config: Config, sources: list[Source], problems: list[Problem],
                progress: bool = False,
                data: dict[str, bytes] | None = None) -> tuple[list[Analysis], int]:
    """Analyses for all sources (see :func:`gather`), parsed. ``data``, if given, receives
    each analysis's published JSON by source path."""
    found, analysed = gather(config, sources, problems, progress)
    if data is not None:
        data.update({f.rel: f.data for f in found})
    return [f.analysis for f in found], analysed


def unique_slugs(analyses: list[Analysis], problems: list[Problem]) -> list[Analysis]:
    """The first article (by path) keeps a slug; later ones with the same slug are refused."""
    keep = _unique([(a.article.slug, a.article.path) for a in analyses], problems)
    return [a for a, ok in zip(analyses, keep, strict=True) if ok]


def _unique(items: list[tuple[str, str]], problems: list[Problem]) -> list[bool]:
    seen: dict[str, str] = {}
    keep = []
    for slug, path in items:
        other = seen.get(slug)
        if other:
            problems.append(Problem(path, f"slug {slug!r} is already used by "
                                    f"{other}; set a different 'slug:' in the front matter"))
        else:
            seen[slug] = path
        keep.append(not other)
    return keep


def _hash_tree(h: Any, folder: Path, pattern: str = "**/*") -> None:
    if not folder.is_dir():
        return
    for path in sorted(folder.glob(pattern)):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(path.relative_to(folder).as_posix().encode() + b"\0")
            h.update(path.read_bytes() + b"\0")


def render_digest(config: Config) -> str:
    """Digest of what every page depends on besides the articles and actor overrides:
    templates, settings and the generator's own modules (aggregation, pages, rendering)."""
    h = hashlib.sha256(f"lagebild-render {CACHE_FORMAT}\0".encode())
    settings = {f: str(v) for f, v in sorted(vars(config).items())}
    settings["docs"] = str(config.path("docs_dir"))
    h.update(json.dumps(settings, sort_keys=True).encode())
    _hash_tree(h, config.path("templates_dir"))
    _hash_tree(h, PACKAGE, "*.py")  # analysis/, readers/, data/: the cache key covers them
    _hash_tree(h, PACKAGE / "schema")
    return h.hexdigest()


def inputs_digest(config: Config, sources: list[Source], render: str | None = None) -> str:
    """Digest of everything ``docs/`` depends on: articles (by cache key), actor overrides
    and :func:`render_digest`."""
    h = hashlib.sha256((render or render_digest(config)).encode() + b"\0")
    for source in sources:
        h.update(f"{source.rel}\0{source.key}\0".encode())
    overrides = config.path("overrides")
    h.update(overrides.read_bytes() if overrides.is_file() else b"-")
    return h.hexdigest()


def generate(config: Config, progress: bool = False) -> tuple[dict[str, bytes], BuildResult]:
    """Everything except writing: the files docs/ should contain."""
    result = _prepare(config, progress)
    return _pages(config, result), result


def _prepare(config: Config, progress: bool) -> BuildResult:
    """Discover, analyse (cached) and aggregate: everything before rendering."""
    result = BuildResult()
    sources = discover(config, result.problems)
    found, result.analysed = gather(config, sources, result.problems, progress)
    keep = _unique([(f.slug, f.rel) for f in found], result.problems)
    kept = [f for f, ok in zip(found, keep, strict=True) if ok]
    result.analyses = LazyAnalyses(kept)
    result.data = {f.slug: f.data for f in kept}
    result.overrides = load_overrides(config.path("overrides"), result.problems)
    result.render = render_digest(config)
    result.inputs = inputs_digest(config, sources, result.render)
    return result


def _pages(config: Config, result: BuildResult) -> dict[str, bytes]:
    if result.corpus is None:
        result.corpus = build_corpus(list(result.analyses), result.overrides)
    memo = PageMemo(config.path("cache_dir") / "pages", result.render, result.data)
    return build_pages(result.corpus, config, Renderer(config.path("templates_dir")),
                       data=result.data, memo=memo)


def _state_file(config: Config) -> Path:
    return config.path("cache_dir") / STATE_FILE


def _unchanged(config: Config, inputs: str) -> WriteReport | None:
    """A report for a build whose inputs equal the last one's and whose outputs are all
    still in docs/ as written (so rendering and writing would change nothing), else None."""
    try:
        state = json.loads(_state_file(config).read_text(encoding="utf-8"))
        if state.get("inputs") != inputs:
            return None
        files: dict[str, list] = state["files"]  # rel -> [sha256, size, mtime_ns]
        docs = config.path("docs_dir")
        manifest = Manifest.load(docs)
        if manifest.pending or manifest.files != {rel: f[0] for rel, f in files.items()}:
            return None
        targets = SafeTargets(docs)
        for rel, (digest, size, mtime) in files.items():
            targets(rel)  # ValueError if it leads outside docs/
            target = docs / rel
            st = target.lstat()
            if not stat.S_ISREG(st.st_mode) or st.st_size != size:
                return None
            # same size and modification time as written: unchanged, as for make; else compare
            if st.st_mtime_ns != mtime and sha256(target.read_bytes()) != digest:
                return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return WriteReport(unchanged=len(files))


def _remember(config: Config, result: BuildResult, outputs: dict[str, bytes]) -> None:
    """Record this build's inputs and outputs for the next one (only if it wrote them all)."""
    state = _state_file(config)
    report = result.report
    if report is None or report.problems:
        state.unlink(missing_ok=True)
        return
    docs = config.path("docs_dir")
    files = {}
    for rel, data in sorted(outputs.items()):
        st = (docs / rel).lstat()
        files[rel] = [sha256(data), st.st_size, st.st_mtime_ns]
    state.parent.mkdir(parents=True, exist_ok=True)
    tmp = state.with_suffix(".tmp")
    tmp.write_text(json.dumps({"inputs": result.inputs, "files": files}), encoding="utf-8")
    os.replace(tmp, state)


def build(config: Config, progress: bool | None = None) -> BuildResult:
    """Bring docs/ up to date with content/ and templates/.

    When nothing the pages depend on has changed since the last build and docs/ still holds
    exactly what it wrote, rendering and writing are skipped (a no-op build).
    """
    progress = sys.stderr.isatty() if progress is None else progress
    result = _prepare(config, progress)
    report = _unchanged(config, result.inputs)
    if report is None:
        outputs = _pages(config, result)
        result.report = write_outputs(config.path("docs_dir"), outputs)
        _remember(config, result, outputs)
    else:
        result.report = report
    result.problems.extend(result.report.problems)
    return result


def check(config: Config) -> tuple[list[str], BuildResult]:
    """Differences between docs/ and what content/ + templates/ produce (nothing written)."""
    outputs, result = generate(config)
    return stale_or_missing(config.path("docs_dir"), outputs), result
