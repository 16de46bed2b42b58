"""Write generated files safely: atomically, only when bytes change, only files we own.

A manifest (``.lagebild-manifest.json`` in the docs folder) records the SHA-256 of every file
the generator wrote. A file is ours only if it is in the manifest with the hash it has now;
anything else in ``docs/`` is a person's and is never overwritten or deleted. Before writing,
the manifest is saved with the hashes about to be written marked *pending*, so a build killed
at any moment leaves every file either old or new and still recognised as ours.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import Problem

MANIFEST = ".lagebild-manifest.json"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def atomic_write(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and an atomic rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".lagebild-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass
class Manifest:
    files: dict[str, str] = field(default_factory=dict)
    pending: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, docs: Path) -> Manifest:
        try:
            data = json.loads((docs / MANIFEST).read_text(encoding="utf-8"))
            return cls(dict(data.get("files", {})), dict(data.get("pending", {})))
        except (OSError, ValueError, AttributeError):
            return cls()

    def save(self, docs: Path) -> None:
        body = {"generator": "lagebild", "files": dict(sorted(self.files.items()))}
        if self.pending:
            body["pending"] = dict(sorted(self.pending.items()))
        data = (json.dumps(body, indent=1, ensure_ascii=False) + "\n").encode()
        target = docs / MANIFEST
        if not target.exists() or target.read_bytes() != data:
            atomic_write(target, data)

    def owns(self, rel: str, digest: str) -> bool:
        return digest in {self.files.get(rel), self.pending.get(rel)}


class SafeTargets:
    """Resolve paths under one ``docs`` folder and refuse anything that would escape it.

    Each folder is resolved once (a site has thousands of pages in a few folders); a file
    that is itself a symbolic link is resolved in full.
    """

    def __init__(self, docs: Path) -> None:
        self.docs, self.root = docs, docs.resolve()
        self._folders: dict[str, Path | None] = {}

    def __call__(self, rel: str) -> Path:
        if rel.startswith(("/", "\\")) or ".." in Path(rel).parts:
            raise ValueError(f"refusing to write outside {self.docs}: {rel!r}")
        folder, _, name = rel.rpartition("/")
        if folder not in self._folders:
            resolved = (self.docs / folder).resolve()
            inside = resolved == self.root or self.root in resolved.parents
            self._folders[folder] = resolved if inside else None
        base = self._folders[folder]
        if base is None or not name:
            raise ValueError(f"refusing to write outside {self.docs}: {rel!r}")
        target = base / name
        if target.is_symlink():
            resolved = target.resolve()
            if self.root not in resolved.parents:
                raise ValueError(f"refusing to write outside {self.docs}: {rel!r}")
            return resolved
        return target


def safe_target(docs: Path, rel: str) -> Path:
    """Resolve ``rel`` under ``docs``; refuse anything that would escape it."""
    return SafeTargets(docs)(rel)


TEMP_GLOB = ".lagebild-*.tmp"


def recover(docs: Path) -> Manifest:
    """The manifest, with what an interrupted build left behind made whole again.

    Files that reached their *pending* hash become owned (so a second interrupted build does
    not mistake them for hand edits), and temporary files of killed writes are removed.
    """
    manifest = Manifest.load(docs)
    targets = SafeTargets(docs)
    for rel, digest in manifest.pending.items():
        try:
            target = targets(rel)
        except ValueError:
            continue
        if target.is_file() and not target.is_symlink() and sha256(target.read_bytes()) == digest:
            manifest.files[rel] = digest
    manifest.pending = {}
    if docs.is_dir():
        for tmp in docs.rglob(TEMP_GLOB):
            if tmp.is_file() and not tmp.is_symlink():
                tmp.unlink(missing_ok=True)
    return manifest


@dataclass
class Plan:
    changes: dict[str, bytes]  # outputs to (re)write
    blocked: dict[str, Problem]  # outputs that would touch a file Lagebild does not own
    manifest: Manifest


def plan(docs: Path, outputs: dict[str, bytes]) -> Plan:
    """Which outputs need writing, and which would overwrite a person's file."""
    manifest = recover(docs)
    changes: dict[str, bytes] = {}
    blocked: dict[str, Problem] = {}
    targets = SafeTargets(docs)
    for rel, data in sorted(outputs.items()):
        if (docs / rel).is_symlink():
            blocked[rel] = Problem(f"{docs.name}/{rel}", "is a symbolic link; not touched —"
                                   " remove the link to let Lagebild write this page")
            continue
        try:
            target = targets(rel)
        except ValueError:
            if rel.startswith(("/", "\\")) or ".." in Path(rel).parts:
                raise  # a bug in the page list, not a property of the input
            blocked[rel] = Problem(f"{docs.name}/{rel}", "leads outside the docs folder (through"
                                   " a symbolic link); not touched")
            continue
        if target.exists() and not target.is_file():
            blocked[rel] = Problem(f"{docs.name}/{rel}", "is not a regular file; not touched")
            continue
        if not target.exists():
            changes[rel] = data
            continue
        current = target.read_bytes()
        if current == data:
            continue
        if not manifest.owns(rel, sha256(current)):
            blocked[rel] = Problem(
                f"{docs.name}/{rel}",
                "exists but was not written by Lagebild (or was edited by hand); left as it is —"
                " move your text to another file or delete this one to let Lagebild regenerate it",
            )
            continue
        changes[rel] = data
    return Plan(changes, blocked, manifest)


def write_outputs(docs: Path, outputs: dict[str, bytes]) -> WriteReport:
    """Bring ``docs`` to ``outputs`` for the files Lagebild owns; remove its stale files."""
    docs.mkdir(parents=True, exist_ok=True)
    planned = plan(docs, outputs)
    changes, manifest = planned.changes, planned.manifest
    report = WriteReport(problems=list(planned.blocked.values()),
                         unchanged=len(outputs) - len(changes) - len(planned.blocked))
    owned = {rel: sha256(data) for rel, data in outputs.items() if rel not in planned.blocked}
    stale = sorted(set(manifest.files) - set(outputs))
    if changes or stale or manifest.files != owned:
        Manifest(manifest.files, {rel: owned[rel] for rel in changes}).save(docs)
    targets = SafeTargets(docs)
    for rel, data in changes.items():
        atomic_write(targets(rel), data)
        report.written.append(rel)
    for rel in stale:
        try:
            target = targets(rel)
        except ValueError:  # a manifest entry edited to point outside docs/: never followed
            continue
        if not target.is_file() or target.is_symlink():
            continue
        if manifest.owns(rel, sha256(target.read_bytes())):
            target.unlink()
            report.removed.append(rel)
            _prune_empty_dirs(target.parent, docs)
        else:
            report.problems.append(Problem(f"{docs.name}/{rel}", "was generated earlier but edited"
                                           " by hand since; not removed", "warning"))
    Manifest(owned, {}).save(docs)
    return report


def _prune_empty_dirs(folder: Path, docs: Path) -> None:
    while folder != docs.resolve() and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def stale_or_missing(docs: Path, outputs: dict[str, bytes]) -> list[str]:
    """Differences between ``docs`` and ``outputs`` (for ``generator check``)."""
    manifest = Manifest.load(docs)
    diffs = []
    for rel, data in sorted(outputs.items()):
        target = docs / rel
        if not target.is_file():
            diffs.append(f"missing: {rel}")
        elif target.read_bytes() != data:
            diffs.append(f"differs: {rel}")
    for rel in sorted(set(manifest.files) - set(outputs)):
        if (docs / rel).exists():
            diffs.append(f"stale: {rel}")
    return diffs
