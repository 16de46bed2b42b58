"""Saved web pages: main text and metadata extracted with trafilatura."""

from __future__ import annotations

import logging
from pathlib import Path

import trafilatura

from generator.errors import ArticleError, Problem
from generator.readers.base import Block, RawArticle
from generator.readers.markdown import body_blocks
from generator.readers.metadata import build_meta

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def parse_html(text: str, path: Path, problems: list[Problem]) -> RawArticle:
    """Extract the article from an HTML page (boilerplate, menus and scripts dropped)."""
    markdown = trafilatura.extract(
        text, output_format="markdown", include_formatting=True, include_comments=False,
        include_tables=False, favor_recall=True,
    )
    if not markdown:
        raise ArticleError(path, "no article text found in the HTML page")
    doc = trafilatura.bare_extraction(text, with_metadata=True, favor_recall=True)
    fields = {
        "title": getattr(doc, "title", None),
        "author": getattr(doc, "author", None),
        "date": getattr(doc, "date", None),
        "url": getattr(doc, "url", None),
        "source": getattr(doc, "sitename", None),
        "teaser": getattr(doc, "description", None),
    }
    blocks = body_blocks(markdown)
    first_heading = blocks[0].text if blocks and blocks[0].kind == "heading" else None
    try:
        meta = build_meta({k: v for k, v in fields.items() if v}, path, problems, first_heading)
    except ArticleError as exc:
        if "date" not in exc.problem.message:
            raise
        problems.append(Problem(str(path), exc.problem.message + " (ignored)", "warning"))
        meta = build_meta({k: v for k, v in fields.items() if v and k != "date"}, path,
                          problems, first_heading)
    if first_heading == meta.title:
        blocks = blocks[1:]
    head = [Block("title", meta.title)]
    if meta.teaser:
        head.append(Block("teaser", meta.teaser))
    return RawArticle(meta, head + blocks)
