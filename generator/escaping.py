"""Escaping for Markdown pages that MkDocs renders to HTML.

Every value a template prints passes through :func:`escape_markdown` (it is the Jinja
``finalize`` hook, see ``render.py``) unless the template marks it as trusted markup. The
escape turns every character that HTML, Python-Markdown, its extensions or Jinja could read
as syntax into a numeric character reference, which renders as the same visible character
but can no longer start a tag, link, emphasis, attribute list, admonition or snippet.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from markupsafe import Markup

# Characters with a meaning in HTML or in Markdown inline/block syntax (incl. pymdownx).
_SPECIAL = set("&<>\"'`*_{}[]#+!|~^=\\")
_ENTITY = str.maketrans({c: f"&#{ord(c)};" for c in _SPECIAL})
_DASHES = re.compile(r"-(?=-)|(?<=-)-|^-")
_SPACE = re.compile(r"\s+")
# Bidi overrides/isolates, zero-width characters (they can disguise text) and control
# characters (invalid in HTML) never reach a page, whatever produced them.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def escape_markdown(value: object) -> str:
    """Escape text for a Markdown page: inert in Markdown, HTML and Jinja; one line."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    text = _SPACE.sub(" ", _CONTROL.sub(" ", _INVISIBLE.sub("", str(value)))).strip()
    text = text.translate(_ENTITY)
    # "--8<--" (snippets) and list/rule markers need their dashes neutralised too.
    text = _DASHES.sub("&#45;", text)
    return text.replace(".", "&#46;") if text[:1].isdigit() else text


def safe_href(url: str | None) -> Markup | None:
    """An absolute http(s) URL, percent-encoded so it cannot leave a Markdown link."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    return Markup(quote(url.strip(), safe="/:?&=#%;,+~@!$*.-_"))


def trusted(value: object) -> Markup:
    """Mark template-built markup (never article text) as already safe."""
    return Markup(str(value))
