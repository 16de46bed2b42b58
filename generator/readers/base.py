"""What every reader produces: metadata plus a flat list of text blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from generator.model import ArticleMeta

BlockKind = Literal["title", "teaser", "heading", "paragraph", "quote", "list"]


@dataclass
class Block:
    kind: BlockKind
    text: str


@dataclass
class RawArticle:
    """An article as read from disk, before any language analysis."""

    meta: ArticleMeta
    blocks: list[Block] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The plain text all offsets refer to: blocks joined by newlines."""
        return "\n".join(b.text for b in self.blocks)
