"""Konjunktiv rules (generator/nlp/mood.py) on real sentences through the shipped pipeline."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from generator.nlp import load_pipeline  # noqa: E402
from generator.nlp.loader import SHIPPED  # noqa: E402
from generator.nlp.mood import subjunctive_forms  # noqa: E402

pytestmark = pytest.mark.skipif(
    not (SHIPPED / "meta.json").exists(), reason="shipped pipeline not built"
)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(str(SHIPPED))


def _mood(nlp, text: str, word: str) -> list[str]:
    doc = nlp(text)
    return next(t for t in doc if t.text == word).morph.get("Mood")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Er sagte, er sei krank.", "sei"),
        ("Der Minister sagte, er habe keine Zeit.", "habe"),
        ("Die Regierung werde die Steuern senken, kündigte der Minister an.", "werde"),
        ("Man könne nichts machen, sagte sie.", "könne"),
        ("Die Sprecherin sagte, die Regierung plane neue Gesetze.", "plane"),
        ("Der Sprecher sagte, es handle sich um einen Fehler.", "handle"),
        ("Das Defizit der Kassen betrage 7,8 Milliarden Euro, sagte Pfeiffer.", "betrage"),
        ("Er würde das akzeptieren.", "würde"),
        ("Wenn ich Zeit hätte, käme ich mit.", "hätte"),
    ],
)
def test_subjunctive(nlp, text: str, word: str) -> None:
    assert _mood(nlp, text, word) == ["Sub"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ich habe keine Zeit.", "habe"),
        ("Morgen werde ich nach Berlin fahren.", "werde"),
        ("Ich bin müde und habe keine Lust mehr.", "habe"),
        ("Das verstehe ich nicht.", "verstehe"),
        ("Das Lied, das ich gerade höre, ist schön.", "höre"),
        ("Seitdem ich einmal bei Deluca Schuhe gekauft habe, gehe ich immer dort hin.", "habe"),
        ("Er weiß, dass ich den Brief gestern nicht bekommen habe.", "habe"),
        ("Wir planen einen Ausflug.", "planen"),
        ("Er wurde gewählt.", "wurde"),
        ("Die Firma machte im Jahr 2020 Gewinn.", "machte"),
        ("Er schrie laut.", "schrie"),
    ],
)
def test_indicative(nlp, text: str, word: str) -> None:
    assert _mood(nlp, text, word) != ["Sub"]


def test_noun_wuerde_is_not_a_verb(nlp) -> None:
    assert _mood(nlp, "Viele von ihnen, die in Amt und Würde sind, schweigen.", "Würde") == []


def test_word_lists_are_data() -> None:
    assert {"sei", "habe"} <= subjunctive_forms("i")
    assert {"wäre", "würde"} <= subjunctive_forms("ii")
    assert "siehe" in subjunctive_forms("never")
    assert not subjunctive_forms("i") & subjunctive_forms("never")
