"""Markdown articles: YAML front matter and a body parsed by markdown-it-py."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.errors import ArticleError, Problem
from generator.readers.base import Block, BlockKind, RawArticle
from generator.readers.metadata import build_meta

_MD = MarkdownIt("commonmark").enable("table").enable("strikethrough")


def inline_text(token: Token) -> str:
    """Plain text of an inline token: markup dropped, link and image text kept."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in {"text", "code_inline", "html_inline"}:
            parts.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            parts.append(" ")
        elif child.type == "image":
            parts.append(inline_text(child))
    return " ".join("".join(parts).split())


def body_blocks(body: str) -> list[Block]:
    """Headings, paragraphs, quotes and list items of a Markdown body, in order."""
    blocks: list[Block] = []
    quote_depth = list_depth = 0
    pending: BlockKind | None = None
    for token in _MD.parse(body):
        if token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type in {"bullet_list_open", "ordered_list_open"}:
            list_depth += 1
        elif token.type in {"bullet_list_close", "ordered_list_close"}:
            list_depth -= 1
        elif token.type == "heading_open":
            pending = "heading"
        elif token.type in {"paragraph_open", "th_open", "td_open"}:
            pending = "quote" if quote_depth else "list" if list_depth else "paragraph"
        elif token.type == "inline" and pending:
            text = inline_text(token)
            if text:
                blocks.append(Block(pending, text))
            pending = None
        elif token.type == "html_block":
            text = " ".join(token.content.split())
            if text:
                blocks.append(Block("paragraph", text))
    return blocks


_FENCE = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)


def _front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    """YAML front matter between '---' lines (if any) and the body after it."""
    match = _FENCE.match(text)
    if match is None:
        return {}, text
    try:
        fields = yaml.safe_load(match.group(1) or "")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None  # +1 for "---", +1 one-based
        reason = getattr(exc, "problem", None) or "invalid YAML"
        raise ArticleError(path, f"malformed YAML front matter: {reason}; fix the YAML "
                           "between the '---' lines", line) from None
    except Exception as exc:  # e.g. an impossible timestamp such as 2024-13-45
        raise ArticleError(path, f"unreadable front matter ({exc}); fix the YAML between the "
                           "'---' lines", 2) from None
    if fields is None:
        fields = {}
    if not isinstance(fields, dict):
        raise ArticleError(path, "front matter must be a YAML mapping (key: value lines) "
                           "between the '---' lines", 2)
    return fields, text[match.end():]


def parse_markdown(text: str, path: Path, problems: list[Problem]) -> RawArticle:
    """Read a Markdown article with optional front matter."""
    fields, body = _front_matter(text, path)
    blocks = body_blocks(body)
    first_heading = blocks[0].text if blocks and blocks[0].kind == "heading" else None
    meta = build_meta(fields, path, problems, fallback_title=first_heading)
    if first_heading and first_heading == meta.title:
        blocks = blocks[1:]
    head = [Block("title", meta.title)]
    if meta.teaser:
        head.append(Block("teaser", meta.teaser))
    return RawArticle(meta, head + blocks)
