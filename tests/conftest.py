"""Shared fixtures: a throw-away copy of the project, and one real site built from it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
SEED = ROOT / "content" / "nato-waffenstillstand.txt"
HAND_WRITTEN = ["docs/methode.md", "docs/assets/lagebild.css"]
PROJECT_FILES = ["mkdocs.yml", "lagebild.yml", "actors.yml"]


def make_project(dest: Path, articles: list[Path] | None = None) -> Path:
    """A project folder with the repository's configuration, templates and hand-written
    pages, and the given articles (default: the repository's content/)."""
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


def run(args: list[str], cwd: Path, check: bool = True, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, **kw)
    if check and proc.returncode != 0:
        raise AssertionError(f"{args} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


def generator(*args: str, cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    return run([sys.executable, "-m", "generator", *args], cwd, check)


def mkdocs_build(cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    return run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd, check)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's content built once with a real `mkdocs build --strict`."""
    root = make_project(tmp_path_factory.mktemp("site") / "project")
    mkdocs_build(root)
    return root
