"""Bytes to clean text: encoding checks, newline and Unicode normalisation."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from generator.errors import ArticleError, Problem

# Bidi overrides/isolates and zero-width characters can disguise text; they carry no meaning
# for analysis, so they are removed before anything else sees the text.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def decode(data: bytes, path: Path, problems: list[Problem]) -> str:
    """Decode UTF-8 (with or without BOM); fall back to Windows-1252 with a warning."""
    if not data.strip():
        raise ArticleError(path, "file is empty; write an article or remove the file")
    if b"\x00" in data[:8192]:
        raise ArticleError(path, "file looks binary (contains NUL bytes); save it as UTF-8 text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ArticleError(
                path,
                f"invalid UTF-8 at byte offset {exc.start} ({exc.reason}); re-save the file as UTF-8",
            ) from None
        problems.append(
            Problem(
                str(path),
                f"not UTF-8 (first bad byte at offset {exc.start}); read as Windows-1252 —"
                " re-save as UTF-8 to silence this",
                "warning",
            )
        )
        return text


def clean(text: str) -> str:
    """NFC, no invisible characters, control characters as spaces (for parsed fields too:
    YAML escapes and character references can produce what ``normalize`` removed)."""
    text = INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return CONTROL.sub(" ", text)


def normalize(text: str) -> str:
    """NFC, LF line ends, no invisible or control characters, no trailing spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    text = CONTROL.sub(" ", text).replace("\t", " ")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def read_text(path: Path, problems: list[Problem]) -> str:
    """Read and normalise one file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot read file: {exc.strerror}") from None
    return normalize(decode(data, path, problems))
