"""Command line: ``lagebild analyze|build|check`` (also ``python -m generator``)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from generator.aggregate import build_corpus
from generator.build import Source, analyse_sources, build, check
from generator.config import ConfigError, load_config
from generator.errors import Problem
from generator.pages import render_article
from generator.render import Renderer


def _report(problems: list[Problem]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def cmd_analyze(args: argparse.Namespace) -> int:
    config = load_config(Path(args.root) if args.root else None, model=args.model)
    readable: list[Source] = []
    unreadable: dict[str, Problem] = {}
    for name in args.files:
        path = Path(name)
        try:
            readable.append(Source(path.resolve(), name, path.read_bytes()))
        except OSError as exc:
            unreadable[name] = Problem(name, f"cannot read: {exc.strerror}")
    results = dict(zip((s.rel for s in readable), analyse_sources(readable, config.model),
                       strict=True))
    renderer = Renderer(config.path("templates_dir")) if args.format == "md" else None
    failed = 0
    for name in args.files:
        analysis, problems = results.get(name, (None, [unreadable.get(name)]))
        problems = [p for p in problems if p is not None]
        _report(problems)
        if analysis is None:
            failed += 1
            message = next((p.message for p in problems if p.severity == "error"), "unreadable")
            if args.format == "jsonl":
                print(json.dumps({"error": message, "path": name}, ensure_ascii=False))
        elif args.format == "jsonl":
            print(json.dumps(analysis.to_dict(), ensure_ascii=False))
        elif args.format == "json":
            print(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2))
        else:
            assert renderer is not None
            sys.stdout.write(render_article(renderer, analysis, build_corpus([analysis])))
    return 1 if failed else 0


def cmd_build(args: argparse.Namespace) -> int:
    config = load_config(Path(args.root) if args.root else None)
    result = build(config)
    _report(result.problems)
    report = result.report
    assert report is not None
    print(f"lagebild: {len(result.analyses)} Artikel ({result.analysed} neu analysiert), "
          f"{len(report.written)} Dateien geschrieben, {report.unchanged} unverändert, "
          f"{len(report.removed)} entfernt, {len(result.errors)} Fehler, "
          f"{len(result.problems) - len(result.errors)} Warnungen", file=sys.stderr)
    strict = args.strict or config.strict
    return 1 if (strict and result.problems) else 0


def cmd_check(args: argparse.Namespace) -> int:
    config = load_config(Path(args.root) if args.root else None)
    diffs, result = check(config)
    _report(result.problems)
    for line in diffs:
        print(line)
    if diffs:
        print("docs/ is out of date: run `python -m generator build` (or `make site`) and commit "
              "the result", file=sys.stderr)
    return 1 if diffs or result.errors else 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lagebild", description=__doc__)
    p.add_argument("--root", help="project folder (default: current folder)")
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="analyse article files and print the result")
    a.add_argument("files", nargs="+", metavar="FILE")
    a.add_argument("--format", choices=["jsonl", "json", "md"], default="jsonl")
    a.add_argument("--model", help="spaCy pipeline name or path")
    a.set_defaults(func=cmd_analyze)
    b = sub.add_parser("build", help="generate docs/ from content/ and templates/")
    b.add_argument("--strict", action="store_true", help="exit non-zero on any problem")
    b.set_defaults(func=cmd_build)
    c = sub.add_parser("check", help="exit non-zero if docs/ is not up to date")
    c.set_defaults(func=cmd_check)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except ConfigError as exc:
        print(f"lagebild: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # e.g. a read-only docs/ or a full disk: say so, no traceback
        print(f"lagebild: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
