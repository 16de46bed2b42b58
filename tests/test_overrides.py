"""Editors' corrections in actors.yml are applied at build: merge, rename, retype, roles, hide."""

from __future__ import annotations

from pathlib import Path

from conftest import generator, make_project

SECOND = """---
title: Putin äußert sich
date: 2024-12-01
---

Putin sagte am Montag in Moskau, Russland sei zu Gesprächen bereit. Der Kremlchef betonte, dass
die Bedingungen aber feststünden.
"""


def test_overrides_applied_to_all_pages(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    (root / "content/putin.md").write_text(SECOND, encoding="utf-8")
    (root / "actors.yml").write_text(
        "nato: {name: NATO, type: organization, roles: [Militärbündnis]}\n"
        "donald-trump: {hide: true}\n"
        "bloomberg: {aliases: [Bloomberg News]}\n"
        "ukraine: {type: group}\n",
        encoding="utf-8")
    generator("build", "--strict", cwd=root)
    docs = root / "docs"
    # Putin (surname only in the second article) and Wladimir Putin are one actor across articles
    putin = (docs / "akteure/wladimir-putin.md").read_text(encoding="utf-8")
    assert "Putin äußert sich" in putin and "Kapitulation durch die Hintertür" in putin
    assert not (docs / "akteure/putin.md").exists()
    nato = (docs / "akteure/nato.md").read_text(encoding="utf-8")
    assert nato.splitlines()[0] == "# NATO" and "Militärbündnis" in nato
    assert not (docs / "akteure/donald-trump.md").exists()
    article = (docs / "artikel/nato-waffenstillstand.md").read_text(encoding="utf-8")
    assert "Donald Trump" not in article.split("## Aussagen")[0]  # hidden from the actors table
    assert "[NATO](../akteure/nato.md)" in article
    assert "Bloomberg News" in (docs / "akteure/bloomberg.md").read_text(encoding="utf-8")
    assert "| Typ | Gruppe |" in (docs / "akteure/ukraine.md").read_text(encoding="utf-8")


def test_merge_into_and_bad_file(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    (root / "actors.yml").write_text("eu: {merge_into: nato}\n", encoding="utf-8")
    generator("build", cwd=root)
    assert not (root / "docs/akteure/eu.md").exists()
    assert "EU" in (root / "docs/akteure/nato.md").read_text(encoding="utf-8")
    (root / "actors.yml").write_text("eu: [kaputt\n", encoding="utf-8")
    proc = generator("build", "--strict", cwd=root, check=False)
    assert proc.returncode == 1 and "actors.yml" in proc.stderr and "Traceback" not in proc.stderr
    assert (root / "docs/akteure/eu.md").exists()  # the broken file is ignored, not fatal
