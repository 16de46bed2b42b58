"""The first article shows everything its reference annotation (seed-gold.yaml) expects."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import SEED, SHARED

from generator.analysis import analyze
from generator.model import Analysis, Claim
from generator.nlp import load_pipeline
from generator.readers import read_article

GOLD_COPY = Path(__file__).parent / "seed_gold.yaml"
GOLD = yaml.safe_load(GOLD_COPY.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed() -> Analysis:
    return next(analyze([read_article(SEED)], load_pipeline()))


def test_copy_matches_shared_reference() -> None:
    shared = SHARED / "seed-gold.yaml"
    if not shared.exists():
        pytest.skip("../shared/data is not present")
    assert yaml.safe_load(shared.read_text(encoding="utf-8")) == GOLD
    assert (SHARED / "seed-article.txt").read_bytes() == SEED.read_bytes()


@pytest.mark.parametrize("gold", GOLD["actors"], ids=lambda g: g["name"])
def test_actor(seed: Analysis, gold: dict) -> None:
    candidates = [a for a in seed.actors if gold["match"] in a.name]
    if gold["type"] == "anonymous":
        candidates = [a for a in candidates if a.name == gold["name"]]
    assert candidates, f"no actor named like {gold['match']!r}: {[a.name for a in seed.actors]}"
    actor = candidates[0]
    assert actor.type == gold["type"]
    assert actor.quoted == gold["speaks"], f"{actor.name}: quoted={actor.quoted}"
    names = [actor.name.lower(), *(x.lower() for x in actor.aliases)]
    for alias in gold.get("aliases", []):
        assert any(alias.lower() in n for n in names), f"{alias!r} not among {names}"
    for role in gold.get("roles", []):
        assert role in actor.roles


def _speaker_ok(seed: Analysis, claim: Claim, speaker: str) -> bool:
    actor = seed.actor(claim.speaker)
    if speaker == "anonymous":
        return (actor is None and claim.source_type in {"poll", "study", "anonymous"}) or (
            actor is not None and actor.type == "anonymous")
    return actor is not None and actor.name == speaker


@pytest.mark.parametrize("gold", GOLD["claims"], ids=lambda g: " ".join(g["keywords"]))
def test_claim(seed: Analysis, gold: dict) -> None:
    found = [c for c in seed.claims if c.form != "assertion"
             and all(k in seed.sentence_text(c.sentence) for k in gold["keywords"])]
    assert found, f"no claim in the sentence with {gold['keywords']}"
    assert any(c.form == gold["kind"] and _speaker_ok(seed, c, gold["speaker"]) for c in found), [
        (c.form, c.speaker, c.text) for c in found]


def test_source_chains_and_mentions(seed: Analysis) -> None:
    by_keyword = {k: next(c for c in seed.claims if k in seed.sentence_text(c.sentence)
                          and c.form != "assertion")
                  for k in ("Insider", "nicht nachhaltig", "mehr tun", "Ende der Feindseligkeiten")}
    assert by_keyword["Insider"].via == "insider"  # Bloomberg citing insiders
    assert by_keyword["nicht nachhaltig"].via == "bloomberg"  # a diplomat speaking to Bloomberg
    assert by_keyword["mehr tun"].speaker_mention.text == "der Niederländer"
    assert by_keyword["mehr tun"].cue.text == "sagte"
    assert by_keyword["Ende der Feindseligkeiten"].speaker_mention.text == "Er"
    teaser = next(c for c in seed.claims if "Militärallianz" in c.text)
    assert "wohl" in teaser.hedges


@pytest.mark.parametrize("gold", GOLD["questions"], ids=lambda g: " ".join(g["keywords"]))
def test_question(seed: Analysis, gold: dict) -> None:
    kinds = {"explicit"} if gold["kind"] == "explicit" else {
        "indirect", "unverified", "conditional", "missing_voice"}

    def text_of(q) -> str:
        return (seed.sentence_text(q.sentence) if q.sentence is not None else "") + " " + q.text

    found = [q for q in seed.questions if q.kind in kinds
             and all(k in text_of(q) for k in gold["keywords"])]
    assert found, f"no {kinds} question with {gold['keywords']}"
    assert all(q.why for q in found)


def test_missing_voice_is_putin(seed: Analysis) -> None:
    voices = [q for q in seed.questions if q.kind == "missing_voice"]
    assert [seed.actor(q.actors[0]).name for q in voices] == ["Wladimir Putin"]


def test_offsets_are_consistent(seed: Analysis) -> None:
    for actor in seed.actors:
        for m in actor.mentions:
            assert seed.text[m.start : m.end] == m.text
    for c in seed.claims:
        assert seed.text[c.start : c.end] == c.text
        s = seed.sentences[c.sentence]
        assert s.start <= c.start < s.end or c.form == "direct"
