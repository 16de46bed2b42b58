"""Nothing lost: the generator only touches files it owns, never escapes docs/, survives
being killed mid-build, and produces byte-identical output for the same input."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEED, generator, make_project

from generator.writer import MANIFEST, TEMP_GLOB, safe_target, write_outputs

SENTENCES = [s.strip() + "." for s in SEED.read_text(encoding="utf-8").split(". ") if s.strip()]


def small_articles(folder: Path, count: int, offset: int = 0) -> None:
    """``count`` short plain-text articles made of sentences from the seed article."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(offset, offset + count):
        lines = [f"Meldung Nummer {i} aus Brüssel", SENTENCES[i % len(SENTENCES)]]
        lines += [SENTENCES[(i * 7 + k) % len(SENTENCES)] for k in range(4)]
        (folder / f"meldung-{i:03d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def snapshot(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes()
            for p in sorted(docs.rglob("*")) if p.is_file()}


# -- ownership -------------------------------------------------------------------------------

def test_hand_written_pages_are_never_touched(project: Path) -> None:
    docs = project / "docs"
    notes = docs / "akteure" / "notiz.md"
    notes.parent.mkdir(parents=True)
    notes.write_text("# Meine Notiz\n", encoding="utf-8")
    clash = docs / "artikel" / "nato-waffenstillstand.md"
    clash.parent.mkdir(parents=True)
    clash.write_text("# Von Hand geschrieben\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in (notes, clash, docs / "methode.md",
                                          docs / "assets" / "lagebild.css")}
    proc = generator("build", "--strict", cwd=project, check=False)
    assert proc.returncode == 1
    assert ("docs/artikel/nato-waffenstillstand.md: error: exists but was not written by "
            "Lagebild") in proc.stderr
    assert {p: p.read_bytes() for p in before} == before
    assert (docs / "index.md").is_file()  # the rest was generated
    # removing every article removes generated pages but none of the hand-written ones
    for article in (project / "content").iterdir():
        article.unlink()
    generator("build", cwd=project)
    assert {p: p.read_bytes() for p in before} == before
    manifest = json.loads((docs / MANIFEST).read_text(encoding="utf-8"))
    assert "artikel/nato-waffenstillstand.md" not in manifest["files"]


def test_edited_generated_page_is_kept(project: Path) -> None:
    generator("build", cwd=project)
    page = project / "docs" / "artikel" / "nato-waffenstillstand.md"
    edited = page.read_text(encoding="utf-8") + "\nMeine Ergänzung.\n"
    page.write_text(edited, encoding="utf-8")
    template = project / "templates" / "article.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\nNeue Fußzeile.\n",
                        encoding="utf-8")
    proc = generator("build", cwd=project)
    assert page.read_text(encoding="utf-8") == edited
    assert "docs/artikel/nato-waffenstillstand.md: error: exists but was not written" in proc.stderr
    (project / "content" / "nato-waffenstillstand.txt").unlink()
    generator("build", cwd=project)
    assert page.read_text(encoding="utf-8") == edited


def test_stale_generated_pages_are_removed(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", [SEED])
    small_articles(project / "content", 2)
    generator("build", cwd=project)
    docs = project / "docs"
    assert (docs / "artikel" / "meldung-001.md").is_file()
    (project / "content" / "meldung-001.txt").unlink()
    proc = generator("build", cwd=project)
    assert not (docs / "artikel" / "meldung-001.md").exists()
    assert not (docs / "data" / "meldung-001.json").exists()
    assert (docs / "artikel" / "meldung-000.md").is_file()
    assert "1 entfernt" not in proc.stderr or "entfernt" in proc.stderr
    manifest = json.loads((docs / MANIFEST).read_text(encoding="utf-8"))
    assert all((docs / rel).is_file() for rel in manifest["files"])
    assert "pending" not in manifest


# -- paths -------------------------------------------------------------------------------------

@pytest.mark.parametrize("rel", ["../x.md", "artikel/../../x.md", "/etc/passwd", "\\x.md",
                                 "artikel/../../../tmp/x"])
def test_safe_target_refuses_escapes(tmp_path: Path, rel: str) -> None:
    with pytest.raises(ValueError, match="refusing to write outside"):
        safe_target(tmp_path / "docs", rel)


def test_write_outputs_refuses_escape_and_symlinked_target(tmp_path: Path) -> None:
    docs, outside = tmp_path / "docs", tmp_path / "outside.md"
    outside.write_text("draußen\n", encoding="utf-8")
    docs.mkdir()
    (docs / "link.md").symlink_to(outside)
    with pytest.raises(ValueError):
        write_outputs(docs, {"../outside.md": b"x"})
    report = write_outputs(docs, {"link.md": b"neu", "ok.md": b"ok"})
    assert outside.read_text(encoding="utf-8") == "draußen\n"
    assert [(p.path, p.message.split(";")[0]) for p in report.problems] == [
        ("docs/link.md", "is a symbolic link")]
    assert (docs / "ok.md").read_bytes() == b"ok"
    # a manifest edited to list a file outside docs/ never makes the writer delete it
    manifest = json.loads((docs / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"]["../outside.md"] = manifest["files"]["ok.md"]
    (docs / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    write_outputs(docs, {"ok.md": b"ok"})
    assert outside.exists()


@pytest.mark.parametrize("slug", ["../../../etc/passwd", "/tmp/absolut", "..", "index", "CON",
                                  "artikel", "akteure/../../x"])
def test_hostile_slugs_stay_in_docs(tmp_path: Path, slug: str) -> None:
    project = make_project(tmp_path / "p", [])
    (project / "content" / "a.md").write_text(
        f"---\ntitle: Titel\nslug: {json.dumps(slug)}\n---\n\nEin Satz im Text.\n",
        encoding="utf-8")
    proc = generator("build", cwd=project, check=False)
    assert "Traceback" not in proc.stderr
    inside = {p.resolve() for p in tmp_path.rglob("*") if p.is_file()}
    assert all(project in p.parents for p in inside)
    pages = sorted(p.name for p in (project / "docs" / "artikel").glob("*.md"))
    if "content/a.md: error: slug" in proc.stderr:
        assert "is empty or reserved" in proc.stderr
        assert pages == ["index.md"]
    else:
        assert len(pages) == 2 and all("/" not in p and not p.startswith(".") for p in pages)


# -- crash safety ------------------------------------------------------------------------------

def start_build(project: Path) -> subprocess.Popen:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.Popen([sys.executable, "-m", "generator", "build"], cwd=project, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


@pytest.mark.slow
def test_killed_build_leaves_old_or_new(tmp_path: Path) -> None:
    """SIGKILL a build at random moments: every file in docs/ is the old or the new version,
    and the next build completes and equals an uninterrupted one."""
    project = make_project(tmp_path / "p", [SEED])
    small_articles(project / "content", 30)
    # one page per index: paged indexes crash at the moment (pager macro without `url`)
    settings = project / "lagebild.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("page_size: 50",
                                                                     "page_size: 10000"))
    generator("build", cwd=project)  # cold: fills the analysis cache too
    docs = project / "docs"
    old = snapshot(docs)
    # the new state: other templates, one article gone, two new ones
    template = project / "templates" / "article.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\nStand: neu.\n",
                        encoding="utf-8")
    (project / "content" / "meldung-003.txt").unlink()
    small_articles(project / "content", 2, offset=100)
    start = time.monotonic()
    generator("build", cwd=project)
    duration = time.monotonic() - start
    new = snapshot(docs)
    assert new != old

    rng = random.Random(5)
    for trial in range(6):
        shutil.rmtree(docs)
        docs.mkdir()
        for rel, data in old.items():
            (docs / rel).parent.mkdir(parents=True, exist_ok=True)
            (docs / rel).write_bytes(data)
        proc = start_build(project)
        time.sleep(rng.uniform(0.3, 1.1) * duration)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        for path in sorted(docs.rglob("*")):
            rel = path.relative_to(docs).as_posix()
            if path.is_dir() or rel == MANIFEST or path.match(TEMP_GLOB):
                continue
            assert path.read_bytes() in {old.get(rel), new.get(rel)}, (trial, rel)
        generator("build", cwd=project)
        assert snapshot(docs) == new, trial
        assert not list(docs.rglob(TEMP_GLOB))


# -- determinism -------------------------------------------------------------------------------

@pytest.mark.slow
def test_same_input_same_bytes_across_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("0", "1", "4242"):
        project = make_project(tmp_path / f"p{seed}", [SEED])
        small_articles(project / "content", 3)
        env = {**os.environ, "PYTHONHASHSEED": seed, "NO_MKDOCS_2_WARNING": "1"}
        for _ in range(2 if seed == "0" else 1):  # a second, warm run must not change a byte
            subprocess.run([sys.executable, "-m", "generator", "build"], cwd=project, env=env,
                           check=True, capture_output=True)
        outputs.append(snapshot(project / "docs"))
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0]) > 10
