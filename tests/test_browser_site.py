"""End to end in a real Chromium: search the built site, open an article, follow a claim to
its highlighted sentence."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from browser import ConsoleLog, chromium, serve

pytestmark = pytest.mark.browser

ARTICLE = "artikel/nato-waffenstillstand/"
QUOTE = "Wir müssen mehr tun"


def search(page: Any, query: str) -> list[str]:
    """Type ``query`` into Material's search box; the hrefs of the result links."""
    box = page.locator("input[data-md-component=search-query]")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=20)
    meta = page.locator(".md-search-result__meta")
    meta.filter(has_text=re.compile(r"\d+ Suchergebnis")).wait_for(timeout=15_000)
    links = page.locator(".md-search-result__item > a.md-search-result__link")
    return [links.nth(i).get_attribute("href") or "" for i in range(links.count())]


def test_search_article_and_claim_link(built_site: Path) -> None:
    log = ConsoleLog()
    with serve(built_site / "site") as base, chromium() as browser:
        page = log.attach(browser.new_page(viewport={"width": 1280, "height": 900}))
        page.goto(base, wait_until="networkidle")

        hits = search(page, "Waffenstillstand")
        assert any(ARTICLE in h for h in hits), hits
        hits = search(page, "Selenskyj")
        article_hits = [h for h in hits if ARTICLE in h]
        assert article_hits, hits
        page.locator(f".md-search-result__item > a[href*='{ARTICLE}']").first.click()
        page.wait_for_url(re.compile(re.escape(ARTICLE)))
        assert page.locator("h1").first.inner_text().startswith("Kapitulation")

        # the claim list item with Rutte's direct quote links to its sentence
        claim = page.locator("li", has_text=QUOTE).filter(has_text="direktes Zitat").first
        link = claim.locator("a", has_text=re.compile(r"^Satz \d+$"))
        anchor = link.get_attribute("href")
        assert anchor and anchor.startswith("#satz-"), anchor
        target = page.locator(f"span.lb-sentence[id='{anchor[1:]}']")
        before = target.evaluate("e => getComputedStyle(e).backgroundColor")
        link.click()
        page.wait_for_url(re.compile(re.escape(anchor) + "$"))
        assert target.evaluate("e => e.matches(':target')")
        colour = target.evaluate("e => getComputedStyle(e).backgroundColor")
        assert colour not in {"rgba(0, 0, 0, 0)", "transparent", before}, colour
        assert QUOTE in target.inner_text()
        assert target.is_visible()
    assert not log.errors, log.errors


LONG_WORDS = "Bundesverfassungsgerichtsentscheidung Unternehmenskreisen Verkehrsunternehmensverband"


@pytest.mark.parametrize("index", ["aussagen/", "akteure/", "fragen/", "artikel/"])
def test_index_tables_fit_the_page(built_site: Path, index: str) -> None:
    """No index table is cut off at the content column's edge on a laptop screen, even with long
    German compounds in every cell (a row of them is added to the page's first table)."""
    log = ConsoleLog()
    with serve(built_site / "site") as base, chromium() as browser:
        page = log.attach(browser.new_page(viewport={"width": 1280, "height": 900}))
        page.goto(base + index, wait_until="networkidle")
        page.eval_on_selector(".md-typeset__scrollwrap table tbody", """(body, words) => {
            const row = body.rows[0].cloneNode(true);
            for (const cell of row.cells) cell.textContent = words;
            body.appendChild(row); }""", LONG_WORDS)
        widths = page.eval_on_selector_all(
            ".md-typeset__scrollwrap", "els => els.map(e => [e.scrollWidth, e.clientWidth])")
        assert widths and all(scroll <= client + 1 for scroll, client in widths), widths
    assert not log.errors, log.errors
