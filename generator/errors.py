"""Problems with input: each names the file, says what is wrong and what to do."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal


@dataclass(frozen=True)
class Problem:
    """One finding about one input file, reported to the user."""

    path: str
    message: str
    severity: Literal["error", "warning"] = "error"
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message}"


class ArticleError(Exception):
    """An article that cannot be read; the build skips it and goes on with the others."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.problem = Problem(str(path), message, "error", line)

    def __str__(self) -> str:
        return str(self.problem)
