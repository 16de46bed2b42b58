"""Role names of an actor: one entry per role, the fullest wording kept."""

from __future__ import annotations


def _key(role: str) -> str:
    return role.lower().replace("-", "")


def merge_role(roles: list[str], role: str) -> list[str]:
    """``roles`` with ``role`` added, unless a role already contains it ("Kanzler" beside
    "Bundeskanzler", "Kreml-Sprecher" beside "Kremlsprecher"); roles it contains give way."""
    if not role or any(_key(role) in _key(r) for r in roles):
        return roles
    return [r for r in roles if _key(r) not in _key(role)] + [role]
