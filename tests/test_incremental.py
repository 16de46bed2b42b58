"""Incremental builds: real builds of a small project, counting what is analysed and written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import spacy
from conftest import make_project

from generator import build as build_module
from generator import cache
from generator.build import build
from generator.config import load_config
from generator.nlp import loader
from generator.readers import READERS

PEOPLE = [("Anna", "Müller", "Innenministerin"), ("Thomas", "Schmidt", "Bürgermeister"),
          ("Sabine", "Weber", "Polizeisprecherin"), ("Jens", "Koch", "Gewerkschaftschef")]
TOPICS = ["Haushalt", "Bahnstreik", "Klinikreform", "Wohnungsbau", "Hochwasser",
          "Energiepreise", "Schulreform", "Tarifstreit"]


def article(i: int) -> str:
    first, last, role = PEOPLE[i % len(PEOPLE)]
    topic = TOPICS[i % len(TOPICS)]
    return (f"---\ntitle: \"{topic}: {last} fordert Klarheit ({i})\"\ndate: 2024-03-{i % 28 + 1:02d}\n"
            f"source: Testzeitung\n---\n\n"
            f"Die {role} {first} {last} hat am Montag mehr Tempo beim Thema {topic} gefordert. "
            f"„Wir können nicht länger warten“, sagte {last} in Berlin.\n\n"
            f"Nach Angaben der Stadt sind {i + 3} Projekte betroffen. Ob die Pläne umgesetzt "
            f"werden, ist noch offen. {last} erklärte, die Kosten seien zu hoch.\n")


def blank_model(folder: Path, version: str = "0.0.1") -> Path:
    """A tiny German pipeline on disk (fast to load), with a given meta version."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.meta["name"], nlp.meta["version"] = "blank_test", version
    nlp.to_disk(folder)
    return folder


def project(root: Path, n: int, model: Path, workers: int = 1, page_size: int = 50) -> Path:
    make_project(root, articles=[])
    content = root / "content"
    for i in range(n):
        (content / f"artikel-{i:02d}.md").write_text(article(i), encoding="utf-8")
    settings = (root / "lagebild.yml").read_text(encoding="utf-8")
    settings = settings.replace("model: null", f"model: {model}")
    settings = settings.replace("workers: 0", f"workers: {workers}")
    settings = settings.replace("page_size: 50", f"page_size: {page_size}")
    (root / "lagebild.yml").write_text(settings, encoding="utf-8")
    return root


def run(root: Path) -> build_module.BuildResult:
    result = build(load_config(root), progress=False)
    assert not result.errors, result.errors
    return result


def snapshot(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes()
            for p in sorted(docs.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return blank_model(tmp_path_factory.mktemp("model") / "blank_de")


@pytest.fixture
def small(tmp_path: Path, model: Path) -> Path:
    root = project(tmp_path / "p", 8, model)
    first = run(root)
    assert first.analysed == 8 and first.report is not None and first.report.written
    return root


def test_second_build_analyses_and_writes_nothing(small: Path) -> None:
    before = snapshot(small / "docs")
    result = run(small)
    assert result.analysed == 0
    assert result.report is not None and not result.report.written and not result.report.removed
    assert len(result.analyses) == 8
    assert snapshot(small / "docs") == before


def test_full_render_equals_shortcut(small: Path) -> None:
    """Without the last-build record, rendering everything again writes nothing either."""
    (small / ".cache" / "lagebild" / build_module.STATE_FILE).unlink()
    result = run(small)
    assert result.analysed == 0 and result.report is not None and not result.report.written


def test_one_changed_article_analyses_one(small: Path) -> None:
    path = small / "content" / "artikel-03.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nDie Debatte geht weiter.\n", "utf-8")
    result = run(small)
    assert result.analysed == 1
    assert result.report is not None and "artikel/artikel-03.md" in result.report.written
    assert "data/artikel-03.json" in result.report.written
    assert run(small).analysed == 0
    assert_memo_equals_fresh_render(small)


def test_changed_article_is_analysed_beside_reading_the_cache(
        tmp_path: Path, model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With two workers, a changed article is analysed in a worker process while the cached
    ones are read; the pages are those of a one-process build."""
    calls = []
    beside = build_module._beside_parsing
    monkeypatch.setattr(build_module, "_beside_parsing",
                        lambda *args: calls.append(len(args[0])) or beside(*args))
    roots = [project(tmp_path / name, 8, model, workers=n) for name, n in (("one", 1), ("two", 2))]
    for root in roots:
        run(root)
        path = root / "content" / "artikel-03.md"
        path.write_text(path.read_text(encoding="utf-8") + "\nDie Debatte geht weiter.\n", "utf-8")
        assert run(root).analysed == 1
    assert calls == [1]
    assert snapshot(roots[0] / "docs") == snapshot(roots[1] / "docs")
    assert_memo_equals_fresh_render(roots[1])


def assert_memo_equals_fresh_render(root: Path) -> None:
    """Pages reused from the memo are the pages a full render produces."""
    shutil.rmtree(root / ".cache" / "lagebild" / "pages")
    (root / ".cache" / "lagebild" / build_module.STATE_FILE).unlink()
    result = run(root)
    assert result.report is not None and not result.report.written


def test_override_change_rerenders_affected_pages(small: Path) -> None:
    overrides = small / "actors.yml"
    overrides.write_text("anna-mueller:\n  name: Anna Müller-Lüdenscheidt\n", encoding="utf-8")
    result = run(small)
    assert result.analysed == 0 and result.report is not None and result.report.written
    assert_memo_equals_fresh_render(small)


def test_template_change_rerenders_without_analysis(small: Path) -> None:
    template = small / "templates" / "article.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\nGeprüfte Vorlage.\n", "utf-8")
    result = run(small)
    assert result.analysed == 0
    assert result.report is not None
    pages = [p for p in result.report.written if p.startswith("artikel/artikel-")]
    assert len(pages) == 8
    assert "Geprüfte Vorlage." in (small / "docs" / pages[0]).read_text(encoding="utf-8")


def test_hand_edited_page_is_noticed_by_a_noop_build(small: Path) -> None:
    page = small / "docs" / "artikel" / "artikel-01.md"
    page.write_text(page.read_text(encoding="utf-8") + "von Hand\n", encoding="utf-8")
    result = build(load_config(small), progress=False)
    assert result.report is not None and result.report.problems  # left alone, reported
    assert page.read_text(encoding="utf-8").endswith("von Hand\n")
    page.unlink()
    result = run(small)
    assert result.report is not None and result.report.written == ["artikel/artikel-01.md"]


def test_model_change_reanalyses_everything(small: Path, tmp_path: Path) -> None:
    """The fingerprint hashes meta.json of the pipeline that would be loaded."""
    config = load_config(small)
    model = Path(config.model or "")
    meta = json.loads((model / "meta.json").read_text(encoding="utf-8"))
    meta["version"] = "0.0.2"
    (model / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    cache.pipeline_fingerprint.cache_clear()
    try:
        assert run(small).analysed == 8
        assert run(small).analysed == 0
    finally:
        meta["version"] = "0.0.1"
        (model / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        cache.pipeline_fingerprint.cache_clear()


def test_other_model_setting_reanalyses_everything(small: Path, tmp_path: Path) -> None:
    other = blank_model(tmp_path / "other_de", "0.0.1")
    settings = small / "lagebild.yml"
    text = settings.read_text(encoding="utf-8")
    model = load_config(small).model
    settings.write_text(text.replace(f"model: {model}", f"model: {other}"), encoding="utf-8")
    assert run(small).analysed == 8


def test_deleting_the_cache_is_safe(small: Path) -> None:
    before = snapshot(small / "docs")
    shutil.rmtree(small / ".cache")
    result = run(small)
    assert result.analysed == 8
    assert result.report is not None and not result.report.written
    assert snapshot(small / "docs") == before


def test_corrupt_cache_entries_are_misses(small: Path) -> None:
    for entry in (small / ".cache" / "lagebild").rglob("*.json"):
        entry.write_bytes(b"{not json")
    assert run(small).analysed == 8


def test_removed_article_removes_its_pages(small: Path) -> None:
    (small / "content" / "artikel-05.md").unlink()
    result = run(small)
    assert result.analysed == 0
    assert result.report is not None
    assert {"artikel/artikel-05.md", "data/artikel-05.json"} <= set(result.report.removed)
    assert not (small / "docs" / "artikel" / "artikel-05.md").exists()


def test_fingerprint_follows_the_loader(model: Path) -> None:
    assert loader.SHIPPED.resolve() == cache.SHIPPED
    assert cache.OFFICIAL == loader.OFFICIAL
    assert set(READERS) == build_module.ARTICLE_SUFFIXES
    assert cache.pipeline_fingerprint(str(model)).startswith(f"{model}:")
    assert cache.pipeline_fingerprint(str(model / "missing")).endswith(":missing")


def test_parallel_build_equals_serial(tmp_path: Path, model: Path) -> None:
    # one index page each: the scope of this test is the analysis, not pagination
    serial = project(tmp_path / "serial", 26, model, workers=1, page_size=5)
    parallel = project(tmp_path / "parallel", 26, model, workers=2, page_size=5)
    assert run(serial).analysed == 26
    assert run(parallel).analysed == 26
    assert snapshot(serial / "docs") == snapshot(parallel / "docs")


def test_scale_benchmark_smoke(tmp_path: Path, model: Path) -> None:
    """``benchmarks/scale.py`` on a CI-sized synthetic archive (no ../shared needed)."""
    import subprocess
    import sys

    out = tmp_path / "scale.json"
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).parents[1] / "benchmarks" / "scale.py"), "--sizes",
         "12", "--corpus", "synthetic", "--workers", "1", "--model", str(model), "--json", str(out)],
        capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "no-op rebuild" in proc.stdout
    [result] = json.loads(out.read_text(encoding="utf-8"))
    steps = result["steps"]
    assert steps["cold"]["analysed"] == 12 and steps["noop"]["analysed"] == 0
    assert steps["one"]["analysed"] == 1 and steps["template"]["analysed"] == 0
    assert steps["mkdocs"]["analysed"] == 0 and result["html_pages"] > 12


def test_rule_components_are_part_of_the_analysis_version() -> None:
    """Editing a rule component of the pipeline (not only its weights) re-analyses articles."""
    names = {f.relative_to(cache.PACKAGE).as_posix() for f in cache.analysis_files()}
    for needed in ("nlp/mood.py", "nlp/gazetteer.py", "nlp/sentences.py", "analysis/claims/finder.py",
                   "data/offices.yml", "nlp/data/konjunktiv_i.txt"):
        assert needed in names, needed
