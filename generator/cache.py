"""Analysis cache: one file per (article bytes, path, pipeline, analysis version, settings).

Plain files under a git-ignored folder; safe to share between machines and to delete. An
entry holds the warnings reading the article produced (first line, compact JSON) and then
the analysis exactly as it is published in ``docs/data/`` (``pages.analysis_json``), so a
warm build copies those bytes instead of serialising every analysis again.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import tempfile
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from generator.errors import Problem
from generator.model import Analysis

CACHE_FORMAT = "2"  # layout of an entry (see the module docstring)

# Mirrors generator.nlp.loader (checked by the tests); importing the loader would import
# spaCy, which costs more than a whole no-op build.
SHIPPED = Path(__file__).resolve().parent / "nlp" / "de_lagebild"
OFFICIAL = ("de_core_news_lg", "de_core_news_md", "de_core_news_sm")


def _package_dir(name: str) -> Path | None:
    """Folder holding the pipeline of an installed spaCy model package, if any."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    metas = sorted(root.glob("*/meta.json"))
    return metas[-1].parent if metas else root


PACKAGE = Path(__file__).resolve().parent
# Everything that decides what an analysis contains, besides the pipeline and the settings.
# what an analysis depends on besides the article and the trained weights; "nlp/*.py" are the
# rule components of the pipeline (gazetteer, Konjunktiv, sentence rules, tokenizer)
ANALYSIS_SOURCES = ("analysis", "readers", "data", "nlp/data", "nlp/*.py", "model.py")


def analysis_files() -> list[Path]:
    """The code and data files an analysis depends on (see ``ANALYSIS_SOURCES``)."""
    found: list[Path] = []
    for name in ANALYSIS_SOURCES:
        base = PACKAGE / name
        if "*" in name:
            files = sorted(PACKAGE.glob(name))
        else:
            files = sorted(base.rglob("*")) if base.is_dir() else [base]
        found += [f for f in files
                  if f.is_file() and f.suffix in {".py", ".yml", ".yaml", ".txt", ".tsv", ".json"}]
    return found


@lru_cache(maxsize=1)
def analysis_version() -> str:
    """Digest of the analysis code and word lists: editing them invalidates the cache."""
    h = hashlib.sha256()
    for file in analysis_files():
        h.update(file.relative_to(PACKAGE).as_posix().encode() + b"\0")
        h.update(file.read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=8)
def pipeline_fingerprint(model: str | None) -> str:
    """Identify the pipeline that *would* be loaded, without loading it (fast no-op builds).

    Same choice as ``loader.load_pipeline``: the configured model, else an installed
    ``de_core_news_*``, else the shipped pipeline if it has a ``meta.json``, else blank.
    """
    if model:
        path = Path(model)
        candidates = [path if path.exists() else _package_dir(model)]
        names = [model]
    else:
        names = [n for n in OFFICIAL if importlib.util.find_spec(n) is not None]
        candidates = [_package_dir(n) for n in names]
        names.append(str(SHIPPED))
        candidates.append(SHIPPED)
    for name, folder in zip(names, candidates, strict=True):
        meta = folder / "meta.json" if folder else None
        if meta is not None and meta.is_file():
            return f"{name}:{hashlib.sha256(meta.read_bytes()).hexdigest()[:16]}"
    return f"{model}:missing" if model else "blank"


def cache_key(data: bytes, rel_path: str, settings: dict[str, Any]) -> str:
    """Key of one article's analysis: its bytes and path, the pipeline and the settings."""
    h = hashlib.sha256()
    for part in (analysis_version(), pipeline_fingerprint(settings.get("model")),
                 json.dumps(settings, sort_keys=True), rel_path):
        h.update(part.encode() + b"\0")
    h.update(data)
    return h.hexdigest()


def analysis_json(a: Analysis) -> bytes:
    """The published JSON of an analysis (``docs/data/<slug>.json``)."""
    return (json.dumps(a.to_dict(), ensure_ascii=False, indent=1) + "\n").encode()


# analysis_json starts with the schema version and then the article's slug
_SLUG = re.compile(rb'\A\{\n "schema_version": \d+,\n "article": \{\n  "slug": ("(?:[^"\\]|\\.)*")')


def slug_of(data: bytes) -> str:
    """The slug in an analysis's published JSON, without parsing all of it."""
    match = _SLUG.match(data)
    if match:
        return json.loads(match.group(1))
    return json.loads(data)["article"]["slug"]


@dataclass
class Entry:
    analysis: Analysis
    problems: list[Problem]
    data: bytes  # analysis_json(analysis)


class AnalysisCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.v{CACHE_FORMAT}.json"

    def entry(self, key: str) -> Entry | None:
        """The cached analysis, its warnings and its published JSON, or None."""
        try:
            raw = self._file(key).read_bytes()
            head, _, body = raw.partition(b"\n")
            problems = [Problem(**p) for p in json.loads(head)]
            return Entry(Analysis.from_dict(json.loads(body)), problems, body)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def peek(self, key: str) -> tuple[list[Problem], bytes] | None:
        """The warnings and the published JSON of a cached analysis (not parsed), or None."""
        try:
            head, _, body = self._file(key).read_bytes().partition(b"\n")
            return [Problem(**p) for p in json.loads(head)], body
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def get(self, key: str) -> tuple[Analysis, list[Problem]] | None:
        """The cached analysis and the warnings reading it produced, or None."""
        found = self.entry(key)
        return (found.analysis, found.problems) if found else None

    def put(self, key: str, analysis: Analysis, problems: list[Problem],
            data: bytes | None = None) -> bytes:
        """Store an analysis (``data``: its published JSON, if already made); return that JSON."""
        data = analysis_json(analysis) if data is None else data
        head = json.dumps([asdict(p) for p in problems], ensure_ascii=False, separators=(",", ":"))
        _replace(self._file(key), head.encode() + b"\n" + data)
        return data


def _replace(path: Path, data: bytes) -> None:
    """Atomic but not fsynced: a lost entry is only a cache miss, and fsync per article
    would dominate cold builds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
