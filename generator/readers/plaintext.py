"""Plain-text articles: line 1 title, line 2 teaser, then paragraphs and sub-headings."""

from __future__ import annotations

from pathlib import Path

from generator.errors import ArticleError, Problem
from generator.readers.base import Block, RawArticle
from generator.readers.metadata import build_meta

SENTENCE_END = tuple('.!?:;…"“”»«)\'')
MAX_HEADING_CHARS = 90


def is_subheading(line: str) -> bool:
    """Short lines without final punctuation are sub-headings."""
    return len(line) <= MAX_HEADING_CHARS and not line.endswith(SENTENCE_END)


def parse_plaintext(text: str, path: Path, problems: list[Problem]) -> RawArticle:
    """Read the layout of the first article (title, teaser, paragraphs)."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        raise ArticleError(path, "file has no text")
    meta = build_meta({"title": lines[0]}, path, problems)
    blocks = [Block("title", meta.title)]
    rest = lines[1:]
    if len(rest) > 1:
        meta.teaser = rest[0]
        blocks.append(Block("teaser", rest[0]))
        rest = rest[1:]
    blocks += [Block("heading" if is_subheading(line) else "paragraph", line) for line in rest]
    return RawArticle(meta, blocks)
