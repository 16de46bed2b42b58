"""End to end: a real `mkdocs build --strict` of the first article, plus determinism and check."""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
from pathlib import Path

from conftest import generator, make_project, mkdocs_build


def page_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def test_article_page_shows_claims_chain_and_questions(built_site: Path) -> None:
    page = built_site / "site/artikel/nato-waffenstillstand/index.html"
    text = " ".join(page_text(page).split())
    raw = page.read_text(encoding="utf-8")
    rutte = raw.index('id="mark-rutte"')
    next_speaker = raw.index("<h3", rutte + 1)
    rutte_section = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw[rutte:next_speaker])).split())
    assert "direktes Zitat : „Wir müssen mehr tun, als die Ukraine nur im Kampf zu halten“" in rutte_section
    assert "genannt als der Niederländer" in rutte_section
    selenskyj = raw.index('id="wolodymyr-selenskyj"')
    section = html.unescape(raw[selenskyj : raw.index("<h3", selenskyj + 1)])
    assert section.count("indirekte Rede") >= 2 and "diplomatische Lösung nötig sei" in section
    assert "beruft sich auf Insider" in text  # Bloomberg citing insiders
    assert "über Bloomberg" in text  # a diplomat speaking to Bloomberg
    assert "Wie aber reagiert Putin?" in text
    assert "Was sagt Wladimir Putin selbst?" in text
    assert 'id="satz-9"' in raw and 'href="#satz-9"' in raw
    # every open question is its own list item, each linking to its sentence
    data = json.loads((built_site / "site/data/nato-waffenstillstand.json").read_text(encoding="utf-8"))
    questions = raw[raw.index('id="offene-fragen"') : raw.index('id="text"')]
    assert questions.count("<li>") == len(data["questions"]) >= 6


def test_cross_article_pages(built_site: Path) -> None:
    site = built_site / "site"
    actor = page_text(site / "akteure/mark-rutte/index.html")
    assert "Nato-Generalsekretär" in actor and "Wir müssen mehr tun" in actor
    home = page_text(site / "index.html")
    assert "Meistzitierte Akteure" in home and "Mark Rutte" in home
    for index in ("artikel", "akteure", "aussagen", "fragen"):
        assert (site / index / "index.html").exists()
    assert (site / "data/nato-waffenstillstand.json").exists()
    search = (site / "search/search_index.json").read_text(encoding="utf-8")
    assert "Waffenstillstand" in search and "Selenskyj" in search


def docs_digest(root: Path) -> dict[str, str]:
    docs = root / "docs"
    return {p.relative_to(docs).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(docs.rglob("*")) if p.is_file()}


def test_deterministic_incremental_and_check(tmp_path: Path) -> None:
    a = make_project(tmp_path / "a")
    b = make_project(tmp_path / "b")
    generator("build", cwd=a)
    generator("build", cwd=b)
    assert docs_digest(a) == docs_digest(b)
    assert generator("check", cwd=a).returncode == 0
    # a template change makes docs/ stale until rebuilt
    template = a / "templates/article.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\nNeu: Fußzeile\n", encoding="utf-8")
    assert generator("check", cwd=a, check=False).returncode == 1
    proc = generator("build", cwd=a)
    assert "(0 neu analysiert)" in proc.stderr
    assert "Neu: Fußzeile" in (a / "docs/artikel/nato-waffenstillstand.md").read_text(encoding="utf-8")
    # mkdocs build alone regenerates what changed
    shutil.copy(a / "content/nato-waffenstillstand.txt", a / "content/zweiter-artikel.txt")
    mkdocs_build(a)
    assert (a / "site/artikel/zweiter-artikel/index.html").exists()
    assert generator("check", cwd=a).returncode == 0


def test_committed_docs_are_current() -> None:
    """The docs/ in the repository is what content/ and templates/ produce (as CI checks PRs)."""
    from conftest import ROOT

    proc = generator("check", cwd=ROOT, check=False)
    assert proc.returncode == 0, f"run `python -m generator build` and commit docs/:\n{proc.stdout}"


def test_joint_statement_is_shown_for_every_speaker(tmp_path: Path) -> None:
    article = tmp_path / "gemeinsame-erklaerung.txt"
    article.write_text(
        "Gemeinsame Erklärung zur Ukraine\nMerz und Macron äußern sich.\n\n"
        "Bundeskanzler Friedrich Merz und Präsident Emmanuel Macron erklärten am Montag, die Ukraine "
        "müsse mit am Verhandlungstisch sitzen.\n", encoding="utf-8")
    root = make_project(tmp_path / "project", [article])
    mkdocs_build(root)
    site = root / "site"
    claims = " ".join(page_text(site / "aussagen/index.html").split())
    assert "Friedrich Merz und Emmanuel Macron" in claims
    macron = " ".join(page_text(site / "akteure/emmanuel-macron/index.html").split())
    assert "die Ukraine müsse mit am Verhandlungstisch sitzen" in macron
    assert "gemeinsam: Friedrich Merz" in macron
    page = " ".join(page_text(site / "artikel/gemeinsame-erklaerung/index.html").split())
    assert "gemeinsam mit Emmanuel Macron" in page
