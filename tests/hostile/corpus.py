"""The hostile corpus: articles whose every field tries to inject markup or script.

Each payload tries to set ``window.__pwned``; ``build_site`` builds the corpus once per test
session with a real ``mkdocs build`` (not ``--strict``: the corpus is meant to warn).
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SUFFIXES = {".md", ".txt", ".html"}
ARTICLES = sorted(p for p in HERE.iterdir() if p.suffix in SUFFIXES)

# Text that must reach the page as visible text, exactly (whitespace normalised).
VISIBLE: dict[str, list[str]] = {
    "artikel/injection-frontmatter/index.html": [
        "Gipfel <script>window.__pwned='title'</script> in Brüssel",
        "<img src=x onerror=\"window.__pwned='title-img'\">",
        "{{ config.site_name }} {% include 'x' %}",
        "[Autor](javascript:window.__pwned='author')",
        "{: #x onclick=\"window.__pwned='attr-list'\" }",
        "Jinja im Text: {{ 7*7 }} und {% for x in range(3) %}{{ x }}{% endfor %}",
        "--8<-- \"mkdocs.yml\"",
        "<div onmouseover=\"window.__pwned='html-block'\">",
        "<script>window.__pwned='entity-body'</script>",
        "Unsichtbar: abcdef und zerowidthjoiner und Softhyphen.",
        "Als Zeichenreferenz: xyz�w.",
    ],
    "artikel/injection-names/index.html": [
        "sagte Karl <img src=x onerror=window.__pwned='name'> Schmidt",
        "sagte Peter [Klick](javascript:window.__pwned='name-link') Wagner",
        "Wer garantiert die Sicherheit <script>window.__pwned='question'</script>?",
    ],
    "artikel/injection-url/index.html": [
        "javascript:window.__pwned='bare'",
    ],
    "artikel/injection-plain/index.html": [
        "Titel <script>window.__pwned='txt-title'</script> und {{ 7*7 }}",
        "!!! note \"<script>window.__pwned='txt-admonition'</script>\"",
        "--8<-- \"/etc/passwd\"",
    ],
    "artikel/injection-page/index.html": [
        "Sanktionen <script>window.__pwned='html-title'</script> beschlossen",
    ],
    "akteure/olaf-scholz/index.html": [
        "Olaf <img src=x onerror=\"window.__pwned='actor-name'\"> {{ 7*7 }}"
        " [x](javascript:window.__pwned='actor-link')",
        "<script>window.__pwned='actor-role'</script>",
    ],
}


def run(args: list[str], cwd: Path) -> tuple[int, str]:
    import subprocess

    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return proc.returncode, proc.stdout + proc.stderr


@functools.cache
def build_site(root: Path) -> tuple[Path, str]:
    """Project with the hostile corpus (and hostile actors.yml) in ``root``, built once."""
    sys.path.insert(0, str(HERE.parent))
    from conftest import make_project

    project = make_project(root / "project", ARTICLES)
    shutil.copy(HERE / "actors.yml", project / "actors.yml")
    code, log = run([sys.executable, "-m", "mkdocs", "build"], project)
    if code != 0:
        pytest.fail(f"mkdocs build of the hostile corpus failed:\n{log}")
    return project / "site", log
