"""A throw-away project folder with the repository's configuration, templates and
hand-written pages: shared by the tests (``conftest.py``) and ``benchmarks/scale.py``."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HAND_WRITTEN = ["docs/methode.md", "docs/assets/lagebild.css"]
PROJECT_FILES = ["mkdocs.yml", "lagebild.yml", "actors.yml"]


def make_project(dest: Path, articles: list[Path] | None = None) -> Path:
    """Copy the project skeleton to ``dest`` with the given article files (default: the
    repository's content/)."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        shutil.copy(ROOT / name, dest / name)
    shutil.copytree(ROOT / "templates", dest / "templates")
    for rel in HAND_WRITTEN:
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / rel, dest / rel)
    content = dest / "content"
    content.mkdir(exist_ok=True)
    for article in articles if articles is not None else sorted((ROOT / "content").iterdir()):
        shutil.copy(article, content / article.name)
    return dest
