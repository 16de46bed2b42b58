"""The build: content/ → (cached) analyses → corpus → pages → docs/.

Pelican-style stages, each in its own module: readers (``readers``), analysis
(``analysis``), cross-article aggregation (``aggregate``), page generation (``pages``) and
the writer (``writer``). This module only wires them together, with the cache in front of
the analysis and worker processes for cold builds.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from generator.aggregate import Corpus, build_corpus
from generator.cache import AnalysisCache, cache_key
from generator.config import Config
from generator.errors import ArticleError, Problem
from generator.model import Analysis
from generator.overrides import load_overrides
from generator.pages import build_pages
from generator.readers import is_article, read_article
from generator.render import Renderer
from generator.writer import WriteReport, stale_or_missing, write_outputs

log = logging.getLogger("lagebild")
IGNORED = {"README.md", "readme.md", ".gitkeep"}
PARALLEL_THRESHOLD = 24  # below this many uncached articles, one process is faster


@dataclass
class Source:
    path: Path  # absolute
    rel: str  # relative to the project root, posix
    data: bytes
    key: str = ""


@dataclass
class BuildResult:
    analyses: list[Analysis] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    report: WriteReport | None = None
    analysed: int = 0  # articles analysed now (not from the cache)
    corpus: Corpus | None = None

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


def _read(source: Source, problems: list[Problem]):
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
    """Read and analyse in this process (one pipeline load, batched with ``nlp.pipe``)."""
    from generator.analysis import analyze
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
        for (index, _), analysis in zip(raws, analyze([r for _, r in raws], nlp), strict=True):
            results[index] = (analysis, results[index][1])
    return results


def _chunks(items: list[Source], n: int) -> Iterator[list[Source]]:
    size = max(1, min(64, len(items) // (n * 4) or 1))
    for i in range(0, len(items), size):
        yield items[i : i + size]


def analyse_parallel(sources: list[Source], model: str | None, workers: int,
                     progress: bool) -> list[tuple[Analysis | None, list[Problem]]]:
    """Cold builds: chunks of articles over worker processes, each with its own pipeline."""
    from tqdm import tqdm

    chunks = list(_chunks(sources, workers))
    results: list[tuple[Analysis | None, list[Problem]]] = []
    with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool, tqdm(
            total=len(sources), disable=not progress, unit="Artikel", desc="Analyse") as bar:
        for chunk_result in pool.map(analyse_sources, chunks, [model] * len(chunks)):
            results.extend(chunk_result)
            bar.update(len(chunk_result))
    return results


def analyse_all(config: Config, sources: list[Source], problems: list[Problem],
                progress: bool = False) -> tuple[list[Analysis], int]:
    """Analyses for all sources: from the cache where possible, else computed and stored."""
    cache = AnalysisCache(config.path("cache_dir"))
    settings = config.analysis_settings
    analyses: dict[str, Analysis] = {}
    pending = []
    for source in sources:
        source.key = cache_key(source.data, source.rel, settings)
        cached = cache.get(source.key)
        if cached is not None:
            analyses[source.rel], warnings = cached
            problems.extend(warnings)  # a warm build reports what the cold one did
        else:
            pending.append(source)
    workers = config.workers or os.cpu_count() or 1
    if len(pending) >= PARALLEL_THRESHOLD and workers > 1:
        results = analyse_parallel(pending, config.model, workers, progress)
    else:
        results = analyse_sources(pending, config.model)
    for source, (analysis, found) in zip(pending, results, strict=True):
        problems.extend(found)
        if analysis is not None:
            cache.put(source.key, analysis, found)
            analyses[source.rel] = analysis
    return [analyses[s.rel] for s in sources if s.rel in analyses], len(pending)


def unique_slugs(analyses: list[Analysis], problems: list[Problem]) -> list[Analysis]:
    """The first article (by path) keeps a slug; later ones with the same slug are refused."""
    seen: dict[str, str] = {}
    kept = []
    for a in analyses:
        other = seen.get(a.article.slug)
        if other:
            problems.append(Problem(a.article.path, f"slug {a.article.slug!r} is already used by "
                                    f"{other}; set a different 'slug:' in the front matter"))
            continue
        seen[a.article.slug] = a.article.path
        kept.append(a)
    return kept


def generate(config: Config, progress: bool = False) -> tuple[dict[str, bytes], BuildResult]:
    """Everything except writing: the files docs/ should contain."""
    result = BuildResult()
    sources = discover(config, result.problems)
    analyses, result.analysed = analyse_all(config, sources, result.problems, progress)
    result.analyses = unique_slugs(analyses, result.problems)
    overrides = load_overrides(config.path("overrides"), result.problems)
    result.corpus = build_corpus(result.analyses, overrides)
    outputs = build_pages(result.corpus, config, Renderer(config.path("templates_dir")))
    return outputs, result


def build(config: Config, progress: bool | None = None) -> BuildResult:
    """Bring docs/ up to date with content/ and templates/."""
    progress = sys.stderr.isatty() if progress is None else progress
    outputs, result = generate(config, progress)
    result.report = write_outputs(config.path("docs_dir"), outputs)
    result.problems.extend(result.report.problems)
    return result


def check(config: Config) -> tuple[list[str], BuildResult]:
    """Differences between docs/ and what content/ + templates/ produce (nothing written)."""
    outputs, result = generate(config)
    return stale_or_missing(config.path("docs_dir"), outputs), result
