"""Score claim extraction on SpkAtt-2023 task 1 (Bundestag speeches), out of domain.

Task 1 annotates every speech, thought and writing event of a parliamentary speech with its cue,
source and message (CC BY-SA 4.0: data that may train shipped components). This script asks how
far our news analyser's claims match those events, i.e. whether the task describes the same job:
it rewrites the speeches of one split into task 2's file shape (a numbered ``DocumentName``, only
the events that have a message, no ``Form``) and scores them with ``benchmarks/spkatt.py``, whose
matching and figures apply unchanged (the recall by form is meaningless here: every event counts
as "Indirect").

Usage::

    .venv/bin/python benchmarks/spkatt_bundestag.py --split dev [--errors FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import spkatt  # the sibling benchmark script

CORPUS_DIR = spkatt.REPO_ROOT.parent / "shared/data/corpora/speech/spkatt2023-task1-bundestag"


def convert(source: Path, target: Path) -> int:
    """Write every speech of ``source`` in task 2's shape into ``target``; the number written."""
    files = sorted(source.glob("*.json"))
    for n, path in enumerate(files, start=1):
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc["DocumentName"] = f"{n} - {path.stem}"
        events = [a for a in doc.get("Annotations", []) if a.get("Message")]
        doc["Annotations"] = [{**a, "Form": "Indirect"} for a in events]
        (target / f"{n} - {path.stem}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return len(files)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("train", "dev"), default="dev")
    ap.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="SpkAtt task 1 folder")
    ap.add_argument("--errors", type=Path, default=None, help="write error records (JSONL)")
    args = ap.parse_args(argv)
    source = args.corpus / args.split
    if not source.is_dir():
        print(f"skipped: corpus not found at {source}")
        return 0
    with tempfile.TemporaryDirectory(prefix="spkatt-bt-") as tmp:
        convert(source, Path(tmp))
        rest = ["--split", "all", "--corpus", tmp]
        return spkatt.main([*rest, "--errors", str(args.errors)] if args.errors else rest)


if __name__ == "__main__":
    sys.exit(main())
