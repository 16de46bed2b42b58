"""Readers: one per input format, each turning a file into a :class:`RawArticle`.

Like Pelican's readers, they know nothing of analysis or rendering; ``read_article`` picks
the reader by file suffix.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator.errors import ArticleError, Problem
from generator.readers.base import Block, RawArticle
from generator.readers.decode import clean, read_text
from generator.readers.html import parse_html
from generator.readers.markdown import parse_markdown
from generator.readers.plaintext import parse_plaintext

Parser = Callable[[str, Path, list[Problem]], RawArticle]

READERS: dict[str, Parser] = {
    ".md": parse_markdown,
    ".markdown": parse_markdown,
    ".txt": parse_plaintext,
    ".html": parse_html,
    ".htm": parse_html,
}

MAX_BYTES = 20 * 1024 * 1024
# Longer texts than any news article (about 30,000 words). Analysis time grows faster than
# length (shipped pipeline: 50k characters 7 s, 100k 36 s, 200k 125 s) and spaCy refuses
# texts over a million characters outright.
MAX_CHARS = 200_000


def is_article(path: Path) -> bool:
    """True for files a reader exists for."""
    return path.suffix.lower() in READERS


def read_article(path: Path, problems: list[Problem] | None = None) -> RawArticle:
    """Read one article file; raise :class:`ArticleError` for input that cannot be used."""
    problems = problems if problems is not None else []
    parser = READERS.get(path.suffix.lower())
    if parser is None:
        known = ", ".join(sorted(READERS))
        raise ArticleError(path, f"unknown format {path.suffix!r}; use one of {known}")
    if path.stat().st_size > MAX_BYTES:
        raise ArticleError(path, f"file is larger than {MAX_BYTES // 2**20} MB; split it into "
                           "several articles")
    text = read_text(path, problems)
    article = parser(text, path, problems)
    for block in article.blocks:  # character references may have produced invisible characters
        block.text = " ".join(clean(block.text).split())
    article.blocks = [b for b in article.blocks if b.text]
    if len(article.text) > MAX_CHARS:
        raise ArticleError(path, f"article is too long ({len(article.text):,} characters, at most "
                           f"{MAX_CHARS:,}); split it into several articles")
    if not any(b.text.strip() for b in article.blocks if b.kind != "title"):
        raise ArticleError(path, "article has no body text; add paragraphs after the title")
    return article


__all__ = ["Block", "RawArticle", "is_article", "read_article"]
