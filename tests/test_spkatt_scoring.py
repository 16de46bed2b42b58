"""Unit tests of the SpkAtt benchmark: detokenizer, offsets, alignment, matching, scoring.

All examples are invented; only the last test reads the (optional, external) corpus.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spkatt", ROOT / "benchmarks" / "spkatt.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["spkatt"] = module
    spec.loader.exec_module(module)
    return module


spkatt = _load()


def _sentence(sid: int, tokens: str) -> dict[str, Any]:
    return {"SentenceId": sid, "Tokens": tokens.split()}


DOC_A: dict[str, Any] = {
    "DocumentName": "15 - Minister lobt: „Plan“ (A) (2005-01-02)",
    "Sentences": [
        _sentence(0, "Der Minister sagte : „ Der Plan ist gut . “"),
        _sentence(1, "Die Opposition erklärte , der Plan sei teuer ."),
        _sentence(2, "Es regnet ."),
    ],
    "Annotations": [
        {"Form": "Direct", "Message": ["0:5", "0:6", "0:7", "0:8", "0:9"],
         "Source": ["0:0", "0:1"], "Cue": ["0:2"]},
        {"Form": "Indirect", "Message": ["1:4", "1:5", "1:6", "1:7"],
         "Source": ["1:0", "1:1"], "Cue": ["1:2"]},
    ],
}  # fmt: skip
DOC_B: dict[str, Any] = {
    "DocumentName": "7 - Anderes (2005-01-03)",
    "Sentences": [{"SentenceId": 0, "Tokens": ["Sie", "sagt", ",", "es", "gehe", "."]}],
    "Annotations": [
        {"Form": "Reported", "Message": ["0:3", "0:4"], "Source": [], "Cue": ["0:1"]},
    ],
}


def tids(*refs: str) -> frozenset[tuple[int, int]]:
    return frozenset(spkatt.parse_token_ref(r) for r in refs)


# ------------------------------------------------------------------ detokenizer and offsets


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["Er", "sagte", ":", "„", "Wir", "kommen", ".", "“"], "Er sagte: „Wir kommen.“"),
        (["Ort", "(", "Ohio", ")", ",", "heute", "!"], "Ort (Ohio), heute!"),
        (["Der", '"', "Plan", '"', "gilt", ";", "ja", "?"], 'Der "Plan" gilt; ja?'),
        (["die", "''", "Zeitung", "''", "und", "''", "X", "''"], "die ''Zeitung'' und ''X''"),
        (["das", "«", "Haus", "»", "und", "»", "Hof", "«"], "das «Haus» und »Hof«"),
        (["ein", "‚", "echter", "‘", "Winter", "[", "...", "]"], "ein ‚echter‘ Winter [...]"),
    ],
)
def test_detokenize(tokens: list[str], expected: str) -> None:
    text, offsets = spkatt.detokenize(tokens)
    assert text == expected
    assert [text[a:b] for a, b in offsets] == tokens


def test_parse_document_name_keeps_parentheses_in_title() -> None:
    assert spkatt.parse_document_name("12599 - Foo (Bar) sagt (2005-09-17)") == (
        12599,
        "Foo (Bar) sagt",
        "2005-09-17",
    )
    assert spkatt.parse_document_name("3 - Ohne Datum") == (3, "Ohne Datum", None)


def test_build_article_offsets_and_events() -> None:
    art = spkatt.build_article(DOC_A, "a")
    assert art.title == "Minister lobt: „Plan“ (A)"
    assert len(art.paragraphs) == 1  # three sentences fit one paragraph of ~4
    for tid, (a, b) in art.offsets.items():
        assert art.body[a:b] == art.tokens[tid]
    direct, indirect = art.events
    assert direct.form == "Direct" and direct.message_text == "Der Plan ist gut."
    assert indirect.source_text == "Die Opposition"


def test_paragraphs_of_four_sentences() -> None:
    doc = {
        "DocumentName": "1 - T (2005-01-01)",
        "Sentences": [{"SentenceId": i, "Tokens": [f"S{i}", "."]} for i in range(9)],
        "Annotations": [],
    }
    art = spkatt.build_article(doc)
    assert art.paragraphs == ["S0. S1. S2. S3.", "S4. S5. S6. S7.", "S8."]
    assert art.body.split("\n\n") == art.paragraphs
    assert art.body[slice(*art.offsets[(8, 0)])] == "S8"


def test_sentence_opening_with_closing_mark_stays_in_its_paragraph() -> None:
    # the corpus splits „… planlos .“ before the closing mark: no paragraph may open with it
    tokens = [["„", "A", "."], ["B", "."], ["C", "."], ["D", "."], ["“", "E", "."], ["F", "."]]
    doc = {
        "DocumentName": "1 - T (2005-01-01)",
        "Sentences": [{"SentenceId": i, "Tokens": t} for i, t in enumerate(tokens)],
        "Annotations": [],
    }
    art = spkatt.build_article(doc)
    assert art.paragraphs == ["„A. B. C. D.“ E.", "F."]
    assert art.body[slice(*art.offsets[(4, 1)])] == "E"


def test_markdown_front_matter_is_valid_yaml() -> None:
    md = spkatt.to_markdown(spkatt.build_article(DOC_A))
    _, front, body = md.split("---\n", 2)
    meta = yaml.safe_load(front)
    assert meta["title"] == "Minister lobt: „Plan“ (A)"
    assert str(meta["date"]) == "2005-01-02" and meta["language"] == "de"
    assert body.strip().startswith("Der Minister sagte:")


def test_split_is_deterministic() -> None:
    assert spkatt.in_split(15, "dev") and not spkatt.in_split(15, "train")
    assert spkatt.in_split(7, "train") and spkatt.in_split(7, "all")


def test_train_halves_partition_train() -> None:
    ids = range(1, 200)
    a = {i for i in ids if spkatt.in_split(i, "train-a")}
    b = {i for i in ids if spkatt.in_split(i, "train-b")}
    assert a and b and not a & b
    assert a | b == {i for i in ids if spkatt.in_split(i, "train")}


# ------------------------------------------------------------------ alignment


def test_locate_tokens_exact_and_fallback() -> None:
    art = spkatt.build_article(DOC_A)
    text = art.title + "\n" + art.body
    located = spkatt.locate_tokens(text, art)
    assert all(text[a:b] == art.tokens[t] for t, (a, b) in located.items())
    assert len(located) == len(art.tokens)
    # a reader that changed the paragraph (extra space): token-by-token fallback
    changed = art.title + "\n" + art.body.replace("sagte:", "sagte :")
    located = spkatt.locate_tokens(changed, art)
    assert len(located) == len(art.tokens)
    assert all(changed[a:b] == art.tokens[t] for t, (a, b) in located.items())
    # title tokens are never body tokens, even when the body repeats the title's words
    index = spkatt.TokenIndex(located)
    assert index.tokens(0, len(art.title)) == frozenset()


def test_token_index_overlap() -> None:
    index = spkatt.TokenIndex({(0, 0): (0, 3), (0, 1): (4, 8), (0, 2): (8, 9)})
    assert index.tokens(0, 3) == tids("0:0")
    assert index.tokens(2, 5) == tids("0:0", "0:1")
    assert index.tokens(8, 20) == tids("0:2")
    assert index.tokens(3, 4) == frozenset()


# ------------------------------------------------------------------ matching and scoring


def test_overlap_f1() -> None:
    assert spkatt.overlap_f1(tids("0:1", "0:2"), tids("0:1", "0:2")) == 1.0
    assert spkatt.overlap_f1(tids("0:1", "0:2"), tids("0:2", "0:3")) == 0.5
    assert spkatt.overlap_f1(frozenset(), tids("0:1")) == 0.0


def test_match_is_greedy_one_to_one() -> None:
    gold = [tids("0:1", "0:2", "0:3", "0:4"), tids("1:1", "1:2")]
    pred = [
        tids("0:1", "0:2", "0:3"),  # F1 0.857 with gold 0
        tids("0:1", "0:2", "0:3", "0:4"),  # F1 1.0 with gold 0: wins it
        tids("1:2", "1:3", "1:4", "1:5"),  # F1 0.333 with gold 1: below threshold
    ]
    assert spkatt.match(pred, gold) == [(1, 0, 1.0)]


def _pred(message: frozenset, speaker_tokens: frozenset = frozenset(), *names: str) -> Any:
    return spkatt.Prediction(message, speaker_tokens, names, "indirect", "", "")


def test_speaker_correct() -> None:
    gold = spkatt.GoldEvent(tids("0:5"), tids("0:0", "0:1"), "Direct", "x", "Der Sprecher Müller")
    assert spkatt.speaker_correct(_pred(tids("0:5"), tids("0:1")), gold)
    assert spkatt.speaker_correct(_pred(tids("0:5"), frozenset(), "müller"), gold)
    assert not spkatt.speaker_correct(_pred(tids("0:5"), frozenset(), "er"), gold)
    assert not spkatt.speaker_correct(_pred(tids("0:5")), gold)
    # a relative pronoun or article as mention text names nobody: only its position counts
    assert not spkatt.speaker_correct(_pred(tids("0:5"), tids("0:3"), "der", "Der"), gold)
    assert spkatt.speaker_correct(_pred(tids("0:5"), tids("0:0"), "Der"), gold)
    no_source = spkatt.GoldEvent(tids("0:5"), frozenset(), "Reported", "x", "")
    assert not spkatt.speaker_correct(_pred(tids("0:5"), tids("0:1"), "Müller"), no_source)


def test_prf() -> None:
    assert spkatt.prf(1, 2, 4) == (0.5, 0.25, pytest.approx(1 / 3))
    assert spkatt.prf(0, 0, 0) == (0.0, 0.0, 0.0)


def _result_for(art: Any) -> dict[str, Any]:
    """A hand-made analyser result for DOC_A: one right claim, one wrong, one assertion."""
    text = art.title + "\n" + art.body
    quote = text.index("Der Plan ist")
    minister = text.index("Minister", len(art.title))
    rain = text.index("Es regnet.")
    span = {"start": minister, "end": minister + 8, "text": "Minister"}
    claim = {"speaker": None, "speaker_mention": None, "cue": None}
    return {
        "text": text,
        "actors": [{"id": "a1", "name": "Minister", "mentions": [span]}],
        "claims": [
            {**claim, "form": "direct", "speaker": "a1", "speaker_mention": span,
             "start": quote, "end": quote + len("Der Plan ist gut."), "text": "Der Plan ist gut."},
            {**claim, "form": "according_to", "start": rain, "end": rain + 10, "text": "Es"},
            {**claim, "form": "assertion", "start": rain, "end": rain + 10, "text": "Es"},
            {**claim, "form": "indirect", "start": 0, "end": 5, "text": "im Titel"},
        ],
    }  # fmt: skip


def test_score_article() -> None:
    art = spkatt.build_article(DOC_A, "a")
    tally, record = spkatt.score_article(art, _result_for(art))
    assert (tally.predicted, tally.matched, tally.attributed, tally.outside_body) == (2, 1, 1, 1)
    assert [fp["pred_text"] for fp in record["false_positives"]] == ["Es"]
    assert [fn["gold_form"] for fn in record["false_negatives"]] == ["Indirect"]
    failed, record = spkatt.score_article(art, None)
    assert failed.failed == 1 and failed.gold == 2 and len(record["false_negatives"]) == 2


def test_figures() -> None:
    art = spkatt.build_article(DOC_A, "a")
    total, _ = spkatt.evaluate([art], [_result_for(art)], seconds=2.0)
    fig = spkatt.figures(total)
    assert (fig["claim_p"], fig["claim_r"]) == (0.5, 0.5)
    assert (fig["attributed_p"], fig["attributed_r"]) == (0.5, 0.5)
    assert fig["direct_recall"] == 1.0 and fig["recall_by_form"]["Indirect"] == 0.0
    assert fig["recall_by_form"]["Reported"] is None
    assert fig["articles_per_s"] == 0.5 and fig["articles_per_min"] == 30.0
    assert "claim F1 %" in spkatt.format_table({"x": fig})


def test_baseline_finds_speech_sentences() -> None:
    art = spkatt.build_article(DOC_A)
    result = spkatt.baseline_result(art.title, art.body)
    texts = [c["text"] for c in result["claims"]]
    assert texts == [
        "Der Minister sagte: „Der Plan ist gut.“",
        "Die Opposition erklärte, der Plan sei teuer.",
    ]
    assert all(result["text"][c["start"] : c["end"]] == c["text"] for c in result["claims"])
    tally, _ = spkatt.score_article(art, result)
    assert tally.matched == 2 and tally.attributed == 0


# ------------------------------------------------------------------ the analyser step, faked

FAKE_ANALYSER = textwrap.dedent(
    '''
    """Fake analyser: a direct claim per „…“ quote, spoken by the first "Minister"."""
    import json, re, sys
    for path in sys.argv[1:]:
        _, front, body = open(path, encoding="utf-8").read().split("---\\n", 2)
        title = re.search(r"^title: (.*)$", front, re.M).group(1).strip("'")
        if "Anderes" in title:
            print(json.dumps({"error": "cannot analyse"}))
            continue
        text = title + "\\n" + "\\n".join(p for p in body.strip().split("\\n\\n"))
        m = text.index("Minister", len(title))
        span = {"start": m, "end": m + 8, "text": "Minister"}
        claims = [
            {"id": f"c{i}", "speaker": "a1", "speaker_mention": span, "form": "direct",
             "cue": None, "start": q.start(1), "end": q.end(1), "text": q.group(1)}
            for i, q in enumerate(re.finditer("„(.*?)“", text))
        ]
        actor = {"id": "a1", "name": "Minister", "mentions": [span]}
        print(json.dumps({"text": text, "actors": [actor], "claims": claims}))
    '''
)


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for doc in (DOC_A, DOC_B):
        (corpus / f"{doc['DocumentName']}.json").write_text(json.dumps(doc), encoding="utf-8")
    return corpus


def test_end_to_end_with_fake_analyser(
    tiny_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "fake.py"
    fake.write_text(FAKE_ANALYSER, encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    argv = ["--corpus", str(tiny_corpus), "--cmd", f"{sys.executable} {fake}", "--compare"]
    assert spkatt.main([*argv, "--json", "--errors", str(errors)]) == 0
    out = json.loads(capsys.readouterr().out)
    ours = out["systems"]["analyser"]
    assert (ours["articles"], ours["failed"], ours["gold_events"]) == (2, 1, 3)
    assert (ours["predicted_claims"], ours["matched"], ours["attributed"]) == (1, 1, 1)
    assert ours["direct_recall"] == 1.0 and ours["claim_p"] == 1.0
    assert out["systems"]["baseline"]["predicted_claims"] == 3
    records = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert {(r["system"], r["failed"]) for r in records} >= {
        ("analyser", True),
        ("baseline", False),
    }
    # the split and limit options
    assert spkatt.main([*argv, "--json", "--split", "dev"]) == 0
    assert json.loads(capsys.readouterr().out)["systems"]["analyser"]["articles"] == 1
    assert spkatt.main([*argv, "--limit", "1"]) == 0
    assert "claim F1 %" in capsys.readouterr().out


def test_broken_analyser_is_reported(tiny_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cmd = f"{sys.executable} -c \"import sys; sys.exit('No module named generator')\""
    assert spkatt.main(["--corpus", str(tiny_corpus), "--cmd", cmd]) == 2
    assert "No module named generator" in capsys.readouterr().err


def test_missing_corpus_skips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert spkatt.main(["--corpus", str(tmp_path / "absent")]) == 0
    assert "skipped: corpus not found" in capsys.readouterr().out


# ------------------------------------------------------------------ the real corpus


@pytest.mark.skipif(not spkatt.CORPUS_DIR.is_dir(), reason="SpkAtt corpus not available")
def test_rebuild_real_articles_offsets() -> None:
    for path in spkatt.list_corpus(spkatt.CORPUS_DIR, "all", 3):
        art = spkatt.load_article(path)
        assert art.tokens and art.events
        body = art.body
        for tid, (a, b) in art.offsets.items():
            assert body[a:b] == art.tokens[tid], (path.name, tid)
        text = art.title + "\n" + "\n".join(art.paragraphs)
        assert spkatt.locate_tokens(text, art).keys() == art.offsets.keys()
