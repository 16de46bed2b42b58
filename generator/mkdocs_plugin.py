"""MkDocs plugin: ``mkdocs build`` and ``mkdocs serve`` run the generator first.

Generation happens in ``on_pre_build``, before MkDocs collects the files of ``docs/``, so a
plain ``mkdocs build`` regenerates what changed; ``on_serve`` adds ``content/``,
``templates/`` and ``actors.yml`` to the watched paths.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config as MkDocsConfig
from mkdocs.plugins import BasePlugin

from generator.build import build
from generator.config import Config, load_config

log = logging.getLogger("mkdocs.plugins.lagebild")


class LagebildConfig(MkDocsConfig):
    enabled = c.Type(bool, default=True)


class LagebildPlugin(BasePlugin[LagebildConfig]):
    def _settings(self, config: Any) -> Config:
        root = Path(config.config_file_path).resolve().parent
        settings = load_config(root)
        settings.docs_dir = str(Path(config.docs_dir).resolve().relative_to(root))
        return settings

    def on_pre_build(self, *, config: Any) -> None:
        if not self.config.enabled:
            return
        settings = self._settings(config)
        result = build(settings, progress=False)
        for problem in result.problems:
            # warnings make `mkdocs build --strict` fail, as the brief asks
            log.warning(str(problem))
        report = result.report
        if report is not None:
            log.info(f"lagebild: {len(result.analyses)} articles, {result.analysed} analysed, "
                     f"{len(report.written)} files written, {len(report.removed)} removed")

    def on_serve(self, server: Any, *, config: Any, builder: Any) -> Any:
        settings = self._settings(config)
        for name in ("content_dir", "templates_dir", "overrides"):
            path = settings.path(name)
            if path.exists():
                server.watch(str(path))
        return server
