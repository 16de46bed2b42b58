"""Validate article metadata (front matter, HTML metadata) into :class:`ArticleMeta`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from slugify import slugify

from generator.errors import ArticleError, Problem
from generator.model import ArticleMeta
from generator.readers.decode import clean

KNOWN_KEYS = {"title", "date", "source", "url", "author", "language", "tags", "slug", "teaser"}
# Slugs that would collide with the site's own pages or folders.
RESERVED_SLUGS = {"index", "akteure", "aussagen", "fragen", "data", "assets", "search", "artikel"}
# File names Windows cannot create (a checkout of docs/ there would break).
RESERVED_SLUGS |= {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                   *(f"lpt{i}" for i in range(1, 10))}


def make_slug(value: str, max_length: int = 80) -> str:
    """A URL- and file-safe slug (German umlauts transliterated, "Österreich" → "oesterreich")."""
    return slugify(value, max_length=max_length, word_boundary=True,
                   replacements=[["ä", "ae"], ["ö", "oe"], ["ü", "ue"], ["ß", "ss"],
                                 ["Ä", "Ae"], ["Ö", "Oe"], ["Ü", "Ue"]])


def _text(value: Any, key: str, path: Path, problems: list[Problem]) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        problems.append(Problem(str(path), f"front matter {key!r} must be text; ignored", "warning"))
        return None
    text = " ".join(clean(str(value)).split())
    return text or None


def _date(value: Any, path: Path) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    for parse in (dt.date.fromisoformat, lambda s: dt.datetime.fromisoformat(s).date()):
        try:
            return parse(text).isoformat()
        except ValueError:
            continue
    try:
        return dt.datetime.strptime(text, "%d.%m.%Y").date().isoformat()
    except ValueError:
        raise ArticleError(
            path, f"date {text[:40]!r} is not a date; write it as YYYY-MM-DD (e.g. 2024-11-28)"
        ) from None


def safe_url(value: str | None) -> str | None:
    """Keep only absolute http(s) URLs; anything else could become an active link."""
    if not value:
        return None
    parts = urlsplit(value.strip())
    if parts.scheme.lower() in {"http", "https"} and parts.netloc and " " not in value.strip():
        return value.strip()
    return None


def build_meta(
    fields: dict[str, Any], path: Path, problems: list[Problem], fallback_title: str | None = None
) -> ArticleMeta:
    """Check and normalise metadata fields; unknown keys and bad URLs become warnings."""
    for key in sorted(set(fields) - KNOWN_KEYS, key=str):
        problems.append(
            Problem(str(path), f"unknown front matter key {key!r} ignored; known keys: "
                    + ", ".join(sorted(KNOWN_KEYS)), "warning")
        )
    title = _text(fields.get("title"), "title", path, problems) or fallback_title
    if not title:
        hint = ("add a <title> or an <h1> heading to the page" if path.suffix.lower()
                in {".html", ".htm"} else "add 'title:' to the front matter or start the text "
                "with a '# ' heading")
        raise ArticleError(path, f"article has no title; {hint}")
    url = _text(fields.get("url"), "url", path, problems)
    if url and not safe_url(url):
        problems.append(Problem(str(path), f"url {url[:60]!r} is not an http(s) URL; ignored",
                                "warning"))
    raw_tags = fields.get("tags") or []
    if isinstance(raw_tags, str):
        raw_tags = [t.strip() for t in raw_tags.split(",")]
    if not isinstance(raw_tags, list):
        problems.append(Problem(str(path), "'tags' must be a list; ignored", "warning"))
        raw_tags = []
    tags = [t for t in (_text(t, "tags", path, problems) for t in raw_tags) if t]
    slug_source = _text(fields.get("slug"), "slug", path, problems) or path.stem
    slug = make_slug(slug_source)
    if not slug:
        slug = make_slug(title)
    if not slug or slug in RESERVED_SLUGS:
        raise ArticleError(path, f"slug {slug_source!r} is empty or reserved; set 'slug:' to a "
                           "different name")
    return ArticleMeta(
        slug=slug,
        title=title,
        date=_date(fields.get("date"), path),
        source=_text(fields.get("source"), "source", path, problems),
        url=safe_url(url),
        language=(_text(fields.get("language"), "language", path, problems) or "de").lower(),
        author=_text(fields.get("author"), "author", path, problems),
        teaser=_text(fields.get("teaser"), "teaser", path, problems),
        tags=tags,
        path=path.as_posix(),
    )
