"""Fast tests of the shipped German pipeline (generator/nlp/de_lagebild)."""

from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from generator.nlp import load_pipeline, pipeline_id  # noqa: E402
from generator.nlp.loader import SHIPPED  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
SEED = REPO / "content" / "nato-waffenstillstand.txt"

pytestmark = pytest.mark.skipif(
    not (SHIPPED / "meta.json").exists(), reason="shipped pipeline not built"
)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(str(SHIPPED))


def test_loads_with_meta_and_licence(nlp) -> None:
    assert nlp.meta["name"] == "de_lagebild"
    assert pipeline_id(nlp).startswith("de_lagebild-")
    assert (SHIPPED / "LICENSE").exists()
    for name in ("tagger", "morphologizer", "parser", "ner", "lagebild_gazetteer"):
        assert name in nlp.pipe_names


def test_spacy_load_after_import() -> None:
    import generator.nlp  # noqa: F401

    assert "lagebild_konjunktiv" in spacy.load(SHIPPED).pipe_names


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("„Wir müssen mehr tun“, sagte er.", ["„", "Wir", "müssen", "mehr", "tun", "“", ",",
                                             "sagte", "er", "."]),
        ("»Nein«, sagte sie.", ["»", "Nein", "«", ",", "sagte", "sie", "."]),
        ('"Ja", sagte er.', ['"', "Ja", '"', ",", "sagte", "er", "."]),
        ("die Nato-Verbündeten", ["die", "Nato-Verbündeten"]),
        ("am 6. Oktober 2024", ["am", "6.", "Oktober", "2024"]),
        ("im Jahr 2024.", ["im", "Jahr", "2024", "."]),
        ("z. B. Dr. Müller", ["z.", "B.", "Dr.", "Müller"]),
        ("u.a. bzw. Prof. Dr. med. Hans", ["u.a.", "bzw.", "Prof.", "Dr.", "med.", "Hans"]),
        ("Kiew–Moskau", ["Kiew", "–", "Moskau"]),
        ("dem Sender TVN24. Die", ["dem", "Sender", "TVN24", ".", "Die"]),  # a name ending in digits
        ("die G7.", ["die", "G7", "."]),
    ],
)
def test_tokenizer(nlp, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_newline_ends_sentence(nlp) -> None:
    doc = nlp("Nato plant offenbar baldiges Ende des Krieges\nBloomberg-Bericht: Die Allianz "
              "bereitet sich vor\nNach fast drei Jahren zeichnet sich ein Ende ab.")
    starts = [s[0].text for s in doc.sents]
    assert starts == ["Nato", "Bloomberg-Bericht", "Nach"]
    assert all("\n" not in s.text.strip() for s in doc.sents)


def test_no_sentence_ends_inside_a_name(nlp) -> None:
    # the parser had split "traf Patrik | Schick doppelt" and "Außenministerin | Annalena | Baerbock"
    doc = nlp("Schick trifft doppelt\nBeim 3:0 traf Patrik Schick doppelt. Außenministerin Annalena "
              "Baerbock hat Hilfe gefordert.")
    starts = [s[0].text for s in doc.sents]
    assert starts == ["Schick", "Beim", "Außenministerin"], starts
    # and "Kim Jong | Un": a given name two words before
    doc = nlp("KCNA meldete am Abend, Machthaber Kim Jong Un habe den Test persönlich beaufsichtigt.")
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]


def test_number_with_full_stop_before_an_article_ends_a_sentence(nlp) -> None:
    doc = nlp("Die Zahl der Toten bezifferte die Agentur mit 13. Die Regierung schwieg. Am 13. "
              "Dezember kam er.")
    starts = [s[0].text for s in doc.sents]
    assert starts == ["Die", "Die", "Am"], starts


def test_quote_stays_in_sentence(nlp) -> None:
    doc = nlp('„Wir müssen mehr tun“, sagte der Niederländer. Es gehe darum.')
    assert len(list(doc.sents)) == 2


def test_quotation_closed_after_a_full_stop_ends_the_sentence(nlp) -> None:
    doc = nlp("Kitz sagte dazu: „Man muss das nicht verniedlichen – das ist kein Bilanzskandal.“ Hansjörg "
              "Elshorst äußerte sich im Deutschlandfunk. „Wir kommen.“ sagte er.")
    starts = [s[0].text for s in doc.sents]
    assert starts == ["Kitz", "Hansjörg", "„"], starts


def test_quotation_after_one_closed_with_a_full_stop_opens_a_sentence(nlp) -> None:
    doc = nlp("Es sei schwierig, dass man eine Person findet, „die die Kirche aus ihrer Krise herausführen "
              "könnte.“ „Ich denke, er verdient Anerkennung“, sagte der Oberrabbiner Israels, Yona Metzger.")
    starts = [s[0].text for s in doc.sents]
    assert starts == ["Es", "„"], starts
    doc = nlp("Die Lage ist ernst. „Wir gehen.“ „Und zwar sofort“, sagte Betriebsrat Oliver Maaß.")
    starts = [s[0].text for s in doc.sents]
    assert starts == ["Die", "„"], starts  # quotation after quotation: one speaker's, one sentence


def test_guillemet_quotation_after_a_full_stop_opens_a_sentence(nlp) -> None:
    doc = nlp("Die Aktie stieg. »Das war überfällig«, sagte ein Händler. Er ging! »Nie wieder«, rief er.")
    starts = [s[0].text for s in doc.sents]
    assert starts == ["Die", "»", "Er", "»"], starts


def test_boundary_constraints_leave_the_rest_to_the_parser(nlp) -> None:
    """``lagebild_newline_sents`` forces, forbids or leaves open each token's sentence start."""
    with nlp.select_pipes(enable=["tok2vec", "tagger", "lagebild_newline_sents"]):
        doc = nlp("Er kam gestern „zurück“. Dann sprach er\nMorgen kommt Anna")
    assert [(t.text, t.is_sent_start) for t in doc] == [
        ("Er", True), ("kam", False), ("gestern", False), ("„", False), ("zurück", False),
        ("“", False), (".", False), ("Dann", None), ("sprach", False), ("er", False), ("\n", False),
        ("Morgen", True), ("kommt", False), ("Anna", None),
    ]


def test_konjunktiv(nlp) -> None:
    doc = nlp("Es gehe darum, genug Unterstützung zu leisten.")
    assert doc[1].morph.get("Mood") == ["Sub"]
    doc = nlp("Er sagte, eine Lösung sei nötig und er würde das akzeptieren.")
    moods = {t.text: t.morph.get("Mood") for t in doc}
    assert moods["sei"] == ["Sub"]
    assert moods["würde"] == ["Sub"]
    assert nlp("Ich gehe nach Hause.")[1].morph.get("Mood") != ["Sub"]


def test_tags_and_lemmas(nlp) -> None:
    doc = nlp("Die Verbündeten planen einen Waffenstillstand.")
    assert doc[2].tag_ == "VVFIN"
    assert doc[2].pos_ == "VERB"
    assert doc[2].lemma_ == "planen"
    assert doc[2].dep_ == "ROOT"
    assert doc[1].head.i == 2
    doc = nlp("Er zog die Truppen ab und nahm die Mechanismen mit.")
    assert doc[1].lemma_ == "ziehen"
    assert doc[6].lemma_ == "nehmen"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Auf dem Nato-Treffen in Brüssel betonte Generalsekretär Mark Rutte, dass die "
         "Lieferung von Waffen an die Ukraine oberste Priorität habe.",
         {"Brüssel": "LOC", "Mark Rutte": "PER", "Ukraine": "LOC"}),
        ("Der russische Präsident Wladimir Putin zeigt bisher keine Bereitschaft. Doch die "
         "Rückkehr von Donald Trump hat den Fokus der Nato darauf gelenkt.",
         {"Wladimir Putin": "PER", "Donald Trump": "PER", "Nato": "ORG"}),
        ("Wie die US-Agentur Bloomberg berichtet, geht es darum, den Präsidenten Wolodymyr "
         "Selenskyj zu stärken und Kiew zu unterstützen.",
         {"Bloomberg": "ORG", "Wolodymyr Selenskyj": "PER", "Kiew": "LOC"}),
        ("Stattdessen bräuchte Kiew Garantien, die die USA verpflichten würden, wenn Russland "
         "einen Waffenstillstand verletzen würde.",
         {"Kiew": "LOC", "USA": "LOC", "Russland": "LOC"}),
    ],
)
def test_seed_entities(nlp, text: str, expected: dict[str, str]) -> None:
    ents = {e.text: e.label_ for e in nlp(text).ents}
    for name, label in expected.items():
        assert ents.get(name) == label, (name, ents)


def test_entities_in_compounds_and_kinds(nlp) -> None:
    doc = nlp("Im Falle einer Waffenruhe könnten auch EU-Truppen diese Zone sichern, so Bloomberg.")
    parts = {doc.text[s:e]: label for s, e, label in doc._.ent_parts}
    assert parts.get("EU") == "ORG"
    media = [e for e in doc.ents if e.text == "Bloomberg"]
    assert media and media[0]._.kind == "media"
    assert nlp("die russischen Truppen")[1]._.demonym_of == "Russland"


@pytest.mark.skipif(not SEED.exists(), reason="first article not in content/")
def test_seed_article_actors(nlp) -> None:
    doc = nlp(SEED.read_text(encoding="utf8"))
    found = {(e.text, e.label_) for e in doc.ents}
    found |= {(doc.text[s:e], label) for s, e, label in doc._.ent_parts}
    for name, label in [
        ("Mark Rutte", "PER"), ("Wolodymyr Selenskyj", "PER"), ("Wladimir Putin", "PER"),
        ("Donald Trump", "PER"), ("Nato", "ORG"), ("EU", "ORG"), ("Bloomberg", "ORG"),
        ("Ukraine", "LOC"), ("Russland", "LOC"), ("USA", "LOC"), ("Kiew", "LOC"),
    ]:
        assert (name, label) in found, name
    wrong = {e.text for e in doc.ents if e.label_ != "PER"} & {"Rutte", "Selenskyj", "Putin"}
    assert not wrong


@pytest.mark.skipif(not (SHARED / "corpora").is_dir(), reason="shared corpora absent")
def test_gsd_dev_sample_sentences(nlp) -> None:
    from training.corpora import read_conllu

    sents = list(read_conllu(SHARED / "corpora" / "ud" / "de_gsd-ud-dev.conllu"))[:50]
    correct = total = 0
    for sent in sents:
        doc = nlp(spacy.tokens.Doc(nlp.vocab, words=[str(t["form"]) for t in sent]))
        correct += sum(t.pos_ == g["pos"] for t, g in zip(doc, sent, strict=True))
        total += len(sent)
    assert correct / total > 0.85


def test_importing_generator_starts_numpys_blas_on_one_thread() -> None:
    import os
    import subprocess
    import sys

    code = "import os, generator; print(os.environ['OPENBLAS_NUM_THREADS'])"
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True, cwd=REPO)
    assert out.stdout.strip() == "1"
    env["OPENBLAS_NUM_THREADS"] = "3"  # the user's setting wins
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True, cwd=REPO)
    assert out.stdout.strip() == "3"


def test_models_multiply_with_numpys_blas_only_when_it_runs_one_thread(monkeypatch) -> None:
    from thinc.api import get_current_ops

    from generator.nlp.arithmetic import numpy_blas

    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "1")
    with numpy_blas():
        assert get_current_ops().use_blis is False
    assert get_current_ops().use_blis is True  # restored after the block
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "3")
    with numpy_blas():
        assert get_current_ops().use_blis is True


def test_shipped_pipeline_uses_numpys_blas(nlp) -> None:
    assert nlp.get_pipe("parser").model.ops.use_blis is False
    assert nlp.get_pipe("ner").model.ops.use_blis is False


def test_a_common_noun_is_no_person_and_a_file_number_no_sentence_end(nlp) -> None:
    # "Negativzinsen" (a compound of "Zinsen"), tagged as a noun, is no person; a surname after a
    # role stays one; "Az. 1 BvR …" goes on with its sentence
    doc = nlp("Negativzinsen hatten die Margen stark belastet. Trainer Rauch sagte, er komme.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Rauch", "PER")], doc.ents
    doc = nlp("Das entschied der Senat in einem Beschluss (Az. 1 BvR 1187/24). Die Polizei darf das nicht.")
    assert len(list(doc.sents)) == 2, list(doc.sents)
