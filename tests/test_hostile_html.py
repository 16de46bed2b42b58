"""Nothing injected, proven on the built HTML: the hostile corpus yields no script, handler
attribute or dangerous URL, and every payload is shown as plain text."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest
from hostile.corpus import ARTICLES, VISIBLE, build_site

pytestmark = pytest.mark.slow

URL_ATTRS = {"href", "src", "action", "formaction", "srcset", "poster", "data", "xlink:href",
             "background", "cite", "longdesc", "ping"}
# What the templates put into a page's content area; anything else came from an article.
CONTENT_TAGS = {"article", "div", "h1", "h2", "h3", "p", "span", "a", "strong", "em", "table",
                "thead", "tbody", "tr", "th", "td", "ul", "ol", "li", "hr", "br", "code"}
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return build_site(tmp_path_factory.getbasetemp() / "hostile")


def pages(site: Path) -> dict[str, lxml.html.HtmlElement]:
    return {p.relative_to(site).as_posix(): lxml.html.fromstring(p.read_bytes())
            for p in sorted(site.rglob("*.html"))}


def normalise_script(element: lxml.html.HtmlElement) -> tuple[str, str]:
    """A script's attributes and text with the page-relative path prefixes removed."""
    def strip(text: str) -> str:
        text = re.sub(r'(?:\.\./)*\.\.(?=")', ".", text)
        return re.sub(r"(?:\.\./)+", "", text)

    attrs = " ".join(f"{k}={strip(v)}" for k, v in sorted(element.attrib.items()))
    return attrs, strip(element.text or "")


def scripts(site: Path) -> set[tuple[str, str]]:
    return {normalise_script(s) for tree in pages(site).values() for s in tree.iter("script")}


def text_of(element: lxml.html.HtmlElement) -> str:
    """Visible text, without the sentence numbers the article text is interleaved with."""
    parts = [t for t in element.xpath(".//text()[not(ancestor::a[@class='lb-num'])]")]
    return " ".join("".join(parts).split())


def content(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    found = tree.xpath("//article[contains(@class, 'md-content__inner')]")
    assert len(found) == 1
    return found[0]


def check_page(name: str, tree: lxml.html.HtmlElement) -> list[str]:
    """Everything on one page that looks like active content."""
    bad = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        for attr, value in el.attrib.items():
            if attr.lower().startswith("on"):
                bad.append(f"{name}: <{el.tag} {attr}={value!r}>")
            if attr.lower() in URL_ATTRS:
                scheme = urlsplit(value.strip()).scheme.lower()
                if scheme not in {"", "http", "https"}:
                    bad.append(f"{name}: <{el.tag} {attr}={value!r}>")
    for el in content(tree).iter():
        if isinstance(el.tag, str) and el.tag not in CONTENT_TAGS:
            bad.append(f"{name}: unexpected <{el.tag}> in the content")
        if el.tag == "div" and el.get("class") not in {None, "md-typeset__scrollwrap",
                                                      "md-typeset__table"}:
            bad.append(f"{name}: <div class={el.get('class')!r}> in the content")
    return bad


def test_clean_site_passes_the_same_checks(built_site: Path) -> None:
    """The checks accept what the templates legitimately produce."""
    for name, tree in pages(built_site / "site").items():
        assert check_page(name, tree) == []


def test_corpus_is_hostile_everywhere() -> None:
    """The corpus covers every input format and every payload family."""
    assert {p.suffix for p in ARTICLES} == {".md", ".txt", ".html"}
    text = "\n".join(p.read_text(encoding="utf-8") for p in ARTICLES)
    for payload in ("<script>", "onerror=", "javascript:", "data:text/html", "!!!", "{:",
                    "--8<--", "{{", "{%", "&lt;", "\u202e", "\u200b", "](javascript:"):
        assert payload in text, payload


def test_every_article_was_built(hostile_site: tuple[Path, str]) -> None:
    site, log = hostile_site
    for article in ARTICLES:
        assert (site / "artikel" / article.stem / "index.html").is_file(), article.name
    assert "url \"javascript:window.__pwned='url'\" is not an http(s) URL; ignored" in log


def test_no_script_except_materials_own(hostile_site: tuple[Path, str], built_site: Path) -> None:
    site, _ = hostile_site
    allowed = scripts(built_site / "site")
    assert len(allowed) == 8  # Material's 3 inline helpers, config, bundle; 404.html: root-based
    for name, tree in pages(site).items():
        for script in tree.iter("script"):
            assert normalise_script(script) in allowed, f"{name}: {lxml.html.tostring(script)!r}"


def test_no_handler_attribute_or_dangerous_url(hostile_site: tuple[Path, str]) -> None:
    site, _ = hostile_site
    bad = [b for name, tree in pages(site).items() for b in check_page(name, tree)]
    assert bad == []


def test_no_admonition_snippet_or_jinja_expansion(hostile_site: tuple[Path, str]) -> None:
    site, _ = hostile_site
    for name, tree in pages(site).items():
        assert not tree.xpath("//*[contains(@class, 'admonition')]"), name
        text = text_of(content(tree))
        assert "site_name:" not in text and "root:x:0:0" not in text, name  # no snippet read
        assert "__pwned" not in (tree.get("title") or "")
    raw = "\n".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert not INVISIBLE.search(raw)


def test_hostile_strings_are_visible_text(hostile_site: tuple[Path, str]) -> None:
    site, _ = hostile_site
    trees = pages(site)
    for name, expected in VISIBLE.items():
        assert name in trees, f"{name} not built; built: {sorted(trees)}"
        # sentences are separate spans: compare without whitespace
        text = "".join(text_of(content(trees[name])).split())
        for snippet in expected:
            assert "".join(snippet.split()) in text, f"{name}: {snippet!r} not shown as text"


def test_front_matter_links_are_http_only(hostile_site: tuple[Path, str]) -> None:
    """Only http(s) front-matter URLs become links, percent-encoded so they stay one URL."""
    site, _ = hostile_site
    trees = pages(site)
    links = [a.get("href") for a in content(trees["artikel/injection-names/index.html"]).iter("a")
             if (a.get("href") or "").startswith("http")]
    assert links == ["https://example.org/artikel?id=1&x=%22%3E%3Cscript%3Ewindow.__pwned="
                     "%27url-quote%27%3C/script%3E"]
    for name in ("injection-frontmatter", "injection-url"):
        hrefs = [a.get("href") or "" for a in content(trees[f"artikel/{name}/index.html"]).iter("a")]
        assert not [h for h in hrefs if urlsplit(h).scheme], (name, hrefs)
