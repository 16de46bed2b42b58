"""Fuzz campaign: the properties of ``tests/test_fuzz.py`` for as long as you like.

Runs Hypothesis rounds (fresh random seed each) over ingestion, analysis and rendering until
the time is up, and reports how many cases were tried, how many were built or refused with a
clear error, and every failure (written to ``--out`` as JSON for a regression test)::

    .venv/bin/python benchmarks/fuzz.py --seconds 600
    .venv/bin/python benchmarks/fuzz.py --seconds 120 --pipeline blank
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from test_fuzz import articles, check_article, pipeline  # noqa: E402

from generator.readers.decode import decode  # noqa: E402


class Campaign:
    def __init__(self, seconds: float, blank: bool) -> None:
        self.deadline = time.monotonic() + seconds
        self.nlp = pipeline(blank=blank)
        self.outcomes: Counter[str] = Counter()
        self.failures: list[dict[str, str]] = []

    def over(self) -> bool:
        return time.monotonic() >= self.deadline

    def article(self, text: str, suffix: str) -> None:
        if self.over():
            return
        try:
            self.outcomes[check_article(text, suffix, self.nlp)] += 1
        except Exception as exc:  # record and go on: the campaign reports every failure
            self.outcomes["failed"] += 1
            self.failures.append({"suffix": suffix, "text": text, "error": repr(exc)[:500],
                                  "where": traceback.format_exc().splitlines()[-3][:300]})

    def bytes_case(self, data: bytes) -> None:
        if self.over():
            return
        try:
            decode(data, Path("content/x.txt"), [])
            self.outcomes["bytes decoded"] += 1
        except Exception as exc:
            from generator.errors import ArticleError

            if isinstance(exc, ArticleError):
                self.outcomes["bytes refused"] += 1
            else:
                self.outcomes["failed"] += 1
                self.failures.append({"bytes": data.hex(), "error": repr(exc)[:500]})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--pipeline", choices=["shipped", "blank"], default="shipped")
    parser.add_argument("--out", type=Path, default=ROOT / "training" / "output" / "fuzz.json")
    args = parser.parse_args()
    campaign = Campaign(args.seconds, args.pipeline == "blank")
    quick = settings(max_examples=500, deadline=None, database=None,
                     suppress_health_check=list(HealthCheck))

    @quick
    @given(article=articles())
    def run_articles(article: tuple[str, str]) -> None:
        campaign.article(*article)

    @quick
    @given(data=st.binary(max_size=2000))
    def run_bytes(data: bytes) -> None:
        campaign.bytes_case(data)

    start, rounds = time.monotonic(), 0
    while not campaign.over():
        run_articles()
        run_bytes()
        rounds += 1
    elapsed = time.monotonic() - start
    tried = sum(campaign.outcomes.values())
    print(f"fuzz: {tried} cases in {elapsed:.0f} s ({rounds} rounds, pipeline "
          f"{args.pipeline}): " + ", ".join(f"{k} {v}" for k, v in sorted(campaign.outcomes.items())))
    if campaign.failures:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(campaign.failures, ensure_ascii=False, indent=1),
                            encoding="utf-8")
        print(f"fuzz: {len(campaign.failures)} failures written to {args.out}")
        for failure in campaign.failures[:5]:
            print("  ", failure["error"][:200])
    return 1 if campaign.failures else 0


if __name__ == "__main__":
    sys.exit(main())
