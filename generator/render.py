"""Jinja2 environment for the Markdown pages: every printed value is escaped by default."""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.escaping import escape_markdown, safe_href, trusted

NESTED_QUOTES = str.maketrans({"„": "‚", "“": "‘", "»": "›", "«": "‹"})


def nested_quotes(text: str) -> str:
    """Quotation marks inside a quotation the page puts in „…“ become single ones (‚…‘), as
    German typesetting nests them: „… nannte die Streiks ‚völlig unverhältnismäßig‘“."""
    return text.translate(NESTED_QUOTES)


def relative_url(target: str, page: str) -> str:
    """Link from the page at ``page`` to ``target`` (both relative to ``docs/``)."""
    return posixpath.relpath(target, posixpath.dirname(page) or ".")


def make_environment(templates: Path) -> Environment:
    """Templates live in ``templates/``; output is Markdown, so the escape is Markdown's."""
    env = Environment(
        loader=FileSystemLoader(str(templates)),
        autoescape=False,
        finalize=escape_markdown,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["href"] = safe_href
    env.filters["trusted"] = trusted
    env.filters["nested_quotes"] = nested_quotes
    return env


class Renderer:
    def __init__(self, templates: Path) -> None:
        self.env = make_environment(templates)

    def render(self, template: str, page: str, **context: Any) -> str:
        """Render ``template`` as the page at ``page`` (used for relative links)."""

        def url(target: str, anchor: str | None = None) -> Any:
            link = relative_url(target, page) + (f"#{anchor}" if anchor else "")
            return trusted(link)

        text = self.env.get_template(template).render(page=page, url=url, **context)
        return "\n".join(line.rstrip() for line in text.splitlines()).strip() + "\n"
