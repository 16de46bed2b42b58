"""Editors' corrections to the actor analysis, kept in ``actors.yml`` and applied at build.

```yaml
putin:            {merge_into: wladimir-putin}
mark-rutte:       {name: Mark Rutte, roles: [Nato-Generalsekretär]}
bloomberg:        {type: media}
some-false-actor: {hide: true}
```
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from generator.errors import Problem

if TYPE_CHECKING:
    from generator.aggregate import GlobalActor

ALLOWED = {"merge_into", "name", "type", "roles", "aliases", "hide"}
TYPES = {"person", "organization", "state", "media", "group", "anonymous"}


@dataclass
class Overrides:
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)

    def resolve(self, actor_id: str) -> str:
        """Follow ``merge_into`` links (cycles stop where they started)."""
        seen = {actor_id}
        while (target := self.entries.get(actor_id, {}).get("merge_into")) and target not in seen:
            seen.add(target)
            actor_id = target
        return actor_id

    def hidden(self, actor_id: str) -> bool:
        return bool(self.entries.get(actor_id, {}).get("hide"))

    def retyped(self, actor_id: str) -> bool:
        return "type" in self.entries.get(actor_id, {})

    def apply(self, actor: GlobalActor) -> None:
        entry = self.entries.get(actor.id, {})
        if "name" in entry:
            actor.aliases.append(actor.name)
            actor.name = str(entry["name"])
        if "type" in entry:
            actor.type = entry["type"]
        for role in entry.get("roles", []):
            if role not in actor.roles:
                actor.roles.insert(0, str(role))
        actor.aliases.extend(str(a) for a in entry.get("aliases", []))


def load_overrides(path: Path, problems: list[Problem]) -> Overrides:
    """Read ``actors.yml``; a broken file is reported and ignored, never fatal."""
    if not path.exists():
        return Overrides()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        problems.append(Problem(path.name, f"invalid YAML, overrides ignored: {exc}",
                                line=mark.line + 1 if mark else None))
        return Overrides()
    if not isinstance(data, dict):
        problems.append(Problem(path.name, "must map actor ids to corrections; ignored"))
        return Overrides()
    entries: dict[str, dict[str, Any]] = {}
    for actor_id, entry in data.items():
        if not isinstance(entry, dict):
            problems.append(Problem(path.name, f"{actor_id}: expected a mapping; ignored"))
            continue
        unknown = set(entry) - ALLOWED
        if unknown:
            problems.append(Problem(path.name, f"{actor_id}: unknown keys {sorted(unknown)}; "
                                    f"allowed: {sorted(ALLOWED)}", "warning"))
        if "type" in entry and entry["type"] not in TYPES:
            problems.append(Problem(path.name, f"{actor_id}: type must be one of {sorted(TYPES)}"))
            entry = {k: v for k, v in entry.items() if k != "type"}
        if not isinstance(entry.get("roles", []), list) or not isinstance(
                entry.get("aliases", []), list):
            problems.append(Problem(path.name, f"{actor_id}: roles and aliases must be lists"))
            continue
        entries[str(actor_id)] = {k: v for k, v in entry.items() if k in ALLOWED}
    return Overrides(entries)
