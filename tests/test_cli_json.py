"""`python -m generator analyze` emits schema-valid JSON for .md, .txt and .html inputs."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from conftest import ROOT, SEED, generator

FIXTURES = Path(__file__).parent / "fixtures"
SCHEMA = json.loads((ROOT / "generator/schema/lagebild.schema.json").read_text(encoding="utf-8"))
INPUTS = [SEED, FIXTURES / "bundestag-debatte.md", FIXTURES / "wahl-bericht.html"]


def test_jsonl_one_valid_object_per_file_in_order(tmp_path: Path) -> None:
    proc = generator("analyze", "--format", "jsonl", *map(str, INPUTS), cwd=ROOT)
    lines = proc.stdout.splitlines()
    assert len(lines) == len(INPUTS)
    for path, line in zip(INPUTS, lines, strict=True):
        data = json.loads(line)
        jsonschema.validate(data, SCHEMA)
        assert data["article"]["slug"] == path.stem
        for s in data["sentences"]:
            assert 0 <= s["start"] < s["end"] <= len(data["text"])
        for c in data["claims"]:
            assert data["text"][c["start"] : c["end"]] == c["text"]


def test_markdown_and_html_metadata_and_claims() -> None:
    proc = generator("analyze", "--format", "json", str(INPUTS[1]), cwd=ROOT)
    md = json.loads(proc.stdout)
    assert md["article"]["date"] == "2024-11-20"
    assert md["article"]["tags"] == ["Haushalt", "Bundestag"]
    lindner = next(a for a in md["actors"] if a["name"] == "Christian Lindner")
    assert lindner["quoted"] and "Finanzminister" in lindner["roles"]
    assert any(c["form"] == "direct" and c["speaker"] == lindner["id"] for c in md["claims"])
    assert any(q["kind"] == "indirect" and "Unklar" in q["text"] for q in md["questions"])
    html = json.loads(generator("analyze", "--format", "json", str(INPUTS[2]), cwd=ROOT).stdout)
    assert html["article"]["title"] == "Wahl in Thüringen: Knappes Ergebnis erwartet"
    assert html["article"]["author"] == "Max Mustermann"
    assert "__pwned" not in html["text"] and "Impressum" not in html["text"]
    assert any(c["form"] == "direct" and "Richtungsentscheidung" in c["text"] for c in html["claims"])


def test_md_format_renders_the_article_page() -> None:
    proc = generator("analyze", "--format", "md", str(SEED), cwd=ROOT)
    head = proc.stdout.splitlines()[:4]
    assert head[0].startswith("# Kapitulation durch die Hintertür")
    assert any(line.startswith("<!-- Erzeugt von Lagebild") for line in head)
    assert "## Aussagen" in proc.stdout and 'id="satz-9"' in proc.stdout


def test_quotation_inside_a_claim_is_nested_on_the_page(tmp_path: Path) -> None:
    article = tmp_path / "streik.txt"
    article.write_text("Streik\n\nDie Präsidentin nannte die Streiks „völlig unverhältnismäßig“.\n",
                       encoding="utf-8")
    page = generator("analyze", "--format", "md", str(article), cwd=ROOT).stdout
    assert "„Die Präsidentin nannte die Streiks ‚völlig unverhältnismäßig‘“" in page, page


def test_unreadable_file_gives_error_line_and_exit_code(tmp_path: Path) -> None:
    empty = tmp_path / "leer.md"
    empty.write_text("")
    proc = generator("analyze", "--format", "jsonl", str(empty), str(SEED), cwd=ROOT, check=False)
    assert proc.returncode == 1
    first, second = (json.loads(x) for x in proc.stdout.splitlines())
    assert first["path"] == str(empty) and "empty" in first["error"]
    assert second["article"]["slug"] == SEED.stem
    assert "Traceback" not in proc.stderr
