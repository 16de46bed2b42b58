"""Property-based tests: any text or bytes as an article never crashes ingestion, analysis or
rendering, and the rendered page keeps its structure (one title, the four sections, every
sentence anchor, nothing active). ``benchmarks/fuzz.py`` runs the same properties longer."""

from __future__ import annotations

import functools
import json
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import markdown
import pytest
import spacy
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator.aggregate import build_corpus
from generator.analysis import analyze
from generator.config import Config
from generator.errors import ArticleError
from generator.nlp import load_pipeline
from generator.pages import article_page, build_pages
from generator.readers import read_article
from generator.readers.decode import decode
from generator.render import Renderer

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = ["Akteure", "Aussagen", "Offene Fragen", "Text"]
SUFFIXES = [".md", ".txt", ".html"]
# Pieces of syntax and of German news text, so examples reach claims, actors and questions.
FRAGMENTS = [
    "<script>window.__pwned=1</script>", "<img src=x onerror=alert(1)>", "javascript:", "data:",
    "{{ 7*7 }}", "{% if x %}", "{#", "!!! note", "{: onclick=x }", "--8<-- \"a\"", "---",
    "title: ", "date: 2024-01-01", "slug: ../x", "[a](javascript:x)", "![i](data:x)", "&lt;",
    "&#60;", "&amp;", "\u202e", "\u200b", "\ufeff", "\r\n", "\n", "\n\n", "# ", "> ", "- ",
    "| a | b |", "`", "*", "_", "\\", "„", "“", "\"", "'", "«", "»", ": ", ", sagte ",
    "Mark Rutte", "Olaf Scholz", "der Sprecher", "laut Bloomberg", "Nato", "Ob das hält?",
    "Wie geht es weiter?", "Die Regierung hat am Montag in Berlin beraten. ", "ß", "ä",
    "\x00", "\x0c", "\U0001f600", "\u0301", "<!--", "-->", "<h1>", "</p>", "<html><body>",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=60)
    .map("".join),
)
SENTENCE = "Die Minister beraten am Montag in Brüssel über die Lage."


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, str]:
    """(text, suffix): raw text, or fuzzed fields and body in each format's layout."""
    suffix = draw(st.sampled_from(SUFFIXES))
    if draw(st.booleans()):
        return draw(texts), suffix
    title, field, body = draw(texts), draw(texts), draw(texts)
    if suffix == ".txt":
        return f"{title} x\n{field}\n{body}\n{SENTENCE}\n", suffix
    if suffix == ".md":
        quoted = [json.dumps(v, ensure_ascii=False) for v in (title + " x", field)]
        return (f"---\ntitle: {quoted[0]}\nsource: {quoted[1]}\nurl: {quoted[1]}\n"
                f"author: {quoted[1]}\n---\n\n{body}\n\n{SENTENCE}\n"), suffix
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title} x</h1>"
            f"<p>{field}</p><p>{body}</p><p>{SENTENCE}</p></article></body></html>"), suffix


@functools.cache
def pipeline(blank: bool = False) -> Any:
    """The shipped (or installed) pipeline; ``blank``: spaCy's blank German with sentences."""
    if not blank:
        return load_pipeline(None)
    nlp = spacy.blank("de")  # what load_pipeline falls back to without a model
    nlp.add_pipe("sentencizer")
    return nlp


@functools.cache
def renderer() -> Renderer:
    return Renderer(ROOT / "templates")


def render_html(page: str) -> lxml.html.HtmlElement:
    """The Markdown page as MkDocs would turn it into HTML (same extensions)."""
    html = markdown.markdown(page, extensions=["tables", "toc"])
    return lxml.html.fromstring(f"<div>{html}</div>")


def check_article(text: str, suffix: str, nlp: Any) -> str:
    """Ingest, analyse and render ``text`` as one article; assert every property.

    Returns ``"refused"`` (a clear ``ArticleError``) or ``"built"``.
    """
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"fuzz{suffix}"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            raw = read_article(path, [])
        except ArticleError as exc:
            message = str(exc)
            assert message.startswith(str(path)) and ": error: " in message
            return "refused"
    analysis = next(analyze([raw], nlp))
    corpus = build_corpus([analysis])
    files = build_pages(corpus, Config(root=ROOT), renderer())
    page = files[article_page(raw.meta.slug)].decode()
    tree = render_html(page)
    h1 = tree.findall(".//h1")
    assert len(h1) == 1, page
    assert " ".join(h1[0].text_content().split()) == " ".join(raw.meta.title.split())
    assert [h.text_content() for h in tree.findall(".//h2")] == SECTIONS, page
    anchors = [s.get("id") for s in tree.xpath("//span[@class='lb-sentence']")]
    assert anchors == [f"satz-{s.id}" for s in analysis.sentences], page
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        assert el.tag not in {"script", "img", "iframe", "style", "object", "svg", "form"}, page
        for attr, value in el.attrib.items():
            assert not attr.lower().startswith("on"), page
            if attr in {"href", "src"}:
                assert urlsplit(value).scheme in {"", "http", "https"}, page
    for rel, data in files.items():
        if rel.endswith(".md"):
            render_html(data.decode())  # every other page renders too
    return "built"


FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(article=articles())
def test_any_text_blank_pipeline(article: tuple[str, str]) -> None:
    event(check_article(*article, pipeline(blank=True)))


@pytest.mark.slow
@FUZZ
@given(article=articles())
def test_any_text_shipped_pipeline(article: tuple[str, str]) -> None:
    event(check_article(*article, pipeline()))


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=300))
def test_any_bytes_decode_or_clear_error(data: bytes) -> None:
    """Bytes become text or an ArticleError naming the file, never another exception."""
    try:
        text = decode(data, Path("content/x.txt"), [])
    except ArticleError as exc:
        assert str(exc).startswith("content/x.txt: error: ")
    else:
        assert isinstance(text, str)


@pytest.mark.parametrize("text", [
    "Titel\nDer Text.", "# x\n\n---\n", "---\n---\n", "---\ntitle: a\n---\n", "\u202e\u200b",
    "<html>", "---\n" + "[" * 1000 + "\n---\nText", "„" * 300 + "sagte" * 300, "\x00Titel\nText",
    "Titel\n,![i](data:x) sagte er.",  # spaCy's tokenizer left wrong tree edges: a segfault
])
def test_regressions(text: str) -> None:
    for suffix in SUFFIXES:
        assert check_article(text, suffix, pipeline(blank=True)) in {"refused", "built"}
