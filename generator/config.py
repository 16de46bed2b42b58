"""Settings: ``lagebild.yml`` in the project root, every key optional."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import yaml

CONFIG_FILE = "lagebild.yml"


class ConfigError(Exception):
    """The configuration file is unusable."""


@dataclass
class Config:
    root: Path
    content_dir: str = "content"
    docs_dir: str = "docs"
    templates_dir: str = "templates"
    cache_dir: str = ".cache/lagebild"
    overrides: str = "actors.yml"
    model: str | None = None
    workers: int = 0  # 0: one process per core for cold builds
    page_size: int = 50
    home_items: int = 10
    strict: bool = False

    def path(self, name: str) -> Path:
        """Absolute path of one of the configured folders or files."""
        return (self.root / getattr(self, name)).resolve()

    @property
    def analysis_settings(self) -> dict[str, Any]:
        """Settings that change analysis results (part of the cache key)."""
        return {"model": self.model}


def load_config(root: Path | None = None, **overrides: Any) -> Config:
    """Read ``lagebild.yml`` under ``root`` (if present) and apply keyword overrides."""
    root = (root or Path.cwd()).resolve()
    values: dict[str, Any] = {}
    file = root / CONFIG_FILE
    if file.exists():
        try:
            loaded = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{file}: invalid YAML: {exc}") from None
        if not isinstance(loaded, dict):
            raise ConfigError(f"{file}: must be a mapping of settings")
        values.update(loaded)
    values.update({k: v for k, v in overrides.items() if v is not None})
    known = {f.name for f in fields(Config)} - {"root"}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ConfigError(f"{file}: unknown settings {', '.join(unknown)}; known: "
                          + ", ".join(sorted(known)))
    return Config(root=root, **values)
