"""Extension attributes: entity kinds, demonyms and entities inside hyphenated compounds."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.nlp.gazetteer_data import load_gazetteer


def span_kind(span: Span) -> str | None:
    """Gazetteer kind of an entity: state, place, media, party, institution, person …"""
    hit = load_gazetteer().lookup(span.text)
    return hit[1] if hit else None


def demonym_of(token: Token) -> str | None:
    """Country a demonym adjective refers to (``russischen`` → ``Russland``)."""
    return load_gazetteer().demonyms.get(token.text)


def ent_parts(doc: Doc) -> list[tuple[int, int, str]]:
    """Entities that are the first part of a hyphenated compound token.

    ``Nato-Verbündeten`` → ``(start_char, end_char, "ORG")`` for ``Nato``; the token itself
    stays one token and is no entity. Returned as character offsets with label.
    """
    gaz = load_gazetteer()
    parts: list[tuple[int, int, str]] = []
    for token in doc:
        if "-" not in token.text or token.ent_type:
            continue
        pieces = token.text.split("-")
        for n in range(len(pieces) - 1, 0, -1):
            head = "-".join(pieces[:n])
            hit = gaz.lookup(head)
            if hit:
                parts.append((token.idx, token.idx + len(head), hit[0]))
                break
    return parts


def register() -> None:
    """Register the extension attributes (idempotent)."""
    if not Span.has_extension("kind"):
        Span.set_extension("kind", getter=span_kind)
    if not Token.has_extension("demonym_of"):
        Token.set_extension("demonym_of", getter=demonym_of)
    if not Doc.has_extension("ent_parts"):
        Doc.set_extension("ent_parts", getter=ent_parts)
