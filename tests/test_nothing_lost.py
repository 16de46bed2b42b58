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
    assert ", 2 entfernt," in proc.stderr  # its article page and its data file
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


def test_write_outputs_refuses_a_symlinked_folder(tmp_path: Path) -> None:
    """A folder of docs/ that is a link to elsewhere is not written through, for every page in
    it (folders are resolved once per build, pages are many)."""
    docs, outside = tmp_path / "docs", tmp_path / "elsewhere"
    docs.mkdir()
    outside.mkdir()
    (docs / "akteure").symlink_to(outside, target_is_directory=True)
    report = write_outputs(docs, {"akteure/a.md": b"a", "akteure/b.md": b"b", "index.md": b"i"})
    assert sorted(p.path for p in report.problems) == ["docs/akteure/a.md", "docs/akteure/b.md"]
    assert all("outside the docs folder" in p.message for p in report.problems)
    assert not any(outside.iterdir()) and (docs / "index.md").read_bytes() == b"i"


SLUGS = ["../../../etc/passwd", "/tmp/absolut", "..", "index", "CON", "artikel",
         "akteure/../../x", "a" * 300]


def test_hostile_slugs_stay_in_docs(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", [])
    for i, slug in enumerate(SLUGS):
        (project / "content" / f"a{i}.md").write_text(
            f"---\ntitle: Titel {i}\nslug: {json.dumps(slug)}\n---\n\nEin Satz im Text.\n",
            encoding="utf-8")
    proc = generator("build", cwd=project, check=False)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    files = [p.resolve() for p in tmp_path.rglob("*") if p.is_file()]
    assert all(project in p.parents for p in files)
    refused = {i for i in range(len(SLUGS)) if f"content/a{i}.md: error: slug" in proc.stderr}
    assert refused == {3, 4, 5}, proc.stderr  # index, CON, artikel (".." falls back to title)
    pages = sorted(p.name for p in (project / "docs" / "artikel").iterdir())
    assert pages == sorted(["index.md", "etc-passwd.md", "tmp-absolut.md", "titel-2.md",
                            "akteure-x.md", "a" * 80 + ".md"])


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
    small_articles(project / "content", 12)
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

    manifest = docs / MANIFEST
    rng = random.Random(5)
    interrupted_writes = 0
    for trial in range(4):
        shutil.rmtree(docs)
        docs.mkdir()
        for rel, data in old.items():
            (docs / rel).parent.mkdir(parents=True, exist_ok=True)
            (docs / rel).write_bytes(data)
        stamp = manifest.stat().st_mtime_ns
        proc = start_build(project)
        if trial % 2:  # any moment of the build
            time.sleep(rng.uniform(0.3, 1.0) * duration)
        else:  # while writing: right after the manifest marks the new hashes pending
            deadline = time.monotonic() + 3 * duration
            while manifest.stat().st_mtime_ns == stamp and time.monotonic() < deadline:
                time.sleep(0.0005)
            time.sleep(rng.uniform(0, 0.02))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        state = {}
        for path in sorted(docs.rglob("*")):
            rel = path.relative_to(docs).as_posix()
            if path.is_dir() or rel == MANIFEST or path.match(TEMP_GLOB):
                continue
            state[rel] = path.read_bytes()
            assert state[rel] in {old.get(rel), new.get(rel)}, (trial, rel)
        if state not in (old, new) or "pending" in manifest.read_text(encoding="utf-8"):
            interrupted_writes += 1
        generator("build", cwd=project)
        assert snapshot(docs) == new, trial
        assert not list(docs.rglob(TEMP_GLOB))
    assert interrupted_writes >= 1  # the kills did hit the writing phase


# -- determinism -------------------------------------------------------------------------------

@pytest.mark.slow
def test_same_input_same_bytes_across_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("0", "4242"):
        project = make_project(tmp_path / f"p{seed}", [SEED])
        small_articles(project / "content", 3)
        env = {**os.environ, "PYTHONHASHSEED": seed, "NO_MKDOCS_2_WARNING": "1"}
        for _ in range(2 if seed == "0" else 1):  # a second, warm run must not change a byte
            subprocess.run([sys.executable, "-m", "generator", "build"], cwd=project, env=env,
                           check=True, capture_output=True)
        outputs.append(snapshot(project / "docs"))
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 10


def test_analysis_is_the_same_across_hash_seeds(tmp_path: Path) -> None:
    """Word lists are sets, whose order changes with the hash seed: nothing shown may follow it
    (a conditional's hedges, "vielleicht, möglicherweise", once came in either order)."""
    article = tmp_path / "bedingung.txt"
    article.write_text(
        "Streit um den Haushalt\n"
        "Vielleicht hätte die Regierung möglicherweise anders entschieden, wenn der Bericht "
        "eventuell früher gekommen wäre. Womöglich wäre dann wohl alles anders, sagte Müller.\n",
        encoding="utf-8")
    outputs = {
        subprocess.run([sys.executable, "-m", "generator", "analyze", "--format", "jsonl", str(article)],
                       env={**os.environ, "PYTHONHASHSEED": seed}, check=True, capture_output=True,
                       text=True).stdout
        for seed in ("0", "1", "2", "3", "4242")
    }
    assert len(outputs) == 1
    assert "möglicherweise" in outputs.pop()
