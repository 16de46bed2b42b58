"""Shared fixtures: a throw-away copy of the project, and one real site built from it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from project import ROOT, make_project

SHARED = ROOT.parent / "shared" / "data"
SEED = ROOT / "content" / "nato-waffenstillstand.txt"


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


@pytest.fixture(scope="session")
def nlp():
    """The shipped German pipeline, loaded once."""
    from generator.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture
def analyse(nlp, tmp_path: Path):
    """Analyse one article body (under the title "Testartikel", or ``title``) with the shipped
    pipeline; the body's first paragraph is the teaser."""
    from generator.analysis import analyze
    from generator.readers import read_article

    def run(body: str, title: str = "Testartikel"):
        path = tmp_path / "beispiel.txt"
        path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        return next(analyze([read_article(path)], nlp))

    return run
