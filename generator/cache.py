"""Analysis cache: one JSON file per (article bytes, path, pipeline, analysis version, settings).

Plain files under a git-ignored folder; safe to share between machines and to delete.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from generator.errors import Problem
from generator.model import Analysis
from generator.writer import atomic_write

# Bump when analysis code changes what it produces, so old cache entries are not reused.
ANALYSIS_VERSION = "1"


@lru_cache(maxsize=8)
def pipeline_fingerprint(model: str | None) -> str:
    """Identify the pipeline that *would* be loaded, without loading it (fast no-op builds)."""
    from generator.nlp.loader import OFFICIAL, SHIPPED

    names = [model] if model else [n for n in OFFICIAL if importlib.util.find_spec(n)]
    for name in [*names, str(SHIPPED)]:
        path = Path(name)
        if not path.exists():
            spec = importlib.util.find_spec(name) if "/" not in name else None
            if spec is None or not spec.submodule_search_locations:
                continue
            path = Path(next(iter(spec.submodule_search_locations)))
            metas = sorted(path.glob("*/meta.json"))
            if not metas:
                continue
            path = metas[-1].parent
        meta = path / "meta.json"
        if meta.exists():
            return f"{name}:{hashlib.sha256(meta.read_bytes()).hexdigest()[:16]}"
    return "blank"


def cache_key(data: bytes, rel_path: str, settings: dict[str, Any]) -> str:
    h = hashlib.sha256()
    for part in (ANALYSIS_VERSION, pipeline_fingerprint(settings.get("model")),
                 json.dumps(settings, sort_keys=True), rel_path):
        h.update(part.encode() + b"\0")
    h.update(data)
    return h.hexdigest()


class AnalysisCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> tuple[Analysis, list[Problem]] | None:
        """The cached analysis and the warnings reading it produced, or None."""
        try:
            data = json.loads(self._file(key).read_text(encoding="utf-8"))
            problems = [Problem(**p) for p in data.get("problems", [])]
            return Analysis.from_dict(data["analysis"]), problems
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, analysis: Analysis, problems: list[Problem]) -> None:
        data = {"analysis": analysis.to_dict(), "problems": [asdict(p) for p in problems]}
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        atomic_write(self._file(key), text.encode())
