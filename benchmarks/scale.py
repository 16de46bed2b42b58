"""Scale benchmark: cold, warm, one-changed and template-changed builds, then ``mkdocs build``.

For each size, a throw-away project is filled with that many distinct German articles of about
500 words and built with real subprocesses, timing each step and its peak RSS (the whole
process tree, polled with psutil)::

    .venv/bin/python benchmarks/scale.py --sizes 100,1000,5000
    .venv/bin/python benchmarks/scale.py --sizes 20 --corpus synthetic   # CI: no ../shared

Articles come from the Wikinews part of SpkAtt-2023 (``../shared/data/corpora/speech/
spkatt2023-task2-news-train``): each benchmark article joins the paragraphs of 2–4 different
Wikinews articles in a shuffled order, with its own title and date, so none is a duplicate.
Without that folder (or with ``--corpus synthetic``) a built-in vocabulary produces the text.
No corpus text is ever written into the repository: projects live in a temporary folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import psutil
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from project import make_project as make_skeleton  # noqa: E402  (the tests' skeleton)

CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "speech" / "spkatt2023-task2-news-train"
TARGET_WORDS = 500
SUMMARY_RE = re.compile(r"lagebild: (\d+) Artikel \((\d+) neu analysiert\), (\d+) Dateien geschrieben")
PLUGIN_RE = re.compile(r"lagebild: (\d+) articles, (\d+) analysed, (\d+) files written")

# --------------------------------------------------------------------------- articles

NO_SPACE_BEFORE = set(",.;:!?)]}“'\"»%…")
NO_SPACE_AFTER = set("([{„«")
NAME_RE = re.compile(r"^\s*\d+\s*-\s*(.*?)\s*(?:\((\d{4}-\d{2}-\d{2})\))?\s*$")


def detokenize(tokens: Sequence[str]) -> str:
    """Simple German detokenizer: no space before closing punctuation or quotes."""
    out: list[str] = []
    glue = True
    in_quote = False
    for tok in tokens:
        closing = tok[:1] in NO_SPACE_BEFORE and not tok[:1].isalnum()
        if tok == '"':
            closing, in_quote = in_quote, not in_quote
        if out and not glue and not closing:
            out.append(" ")
        out.append(tok)
        glue = tok in NO_SPACE_AFTER or (tok == '"' and in_quote)
    return "".join(out)


@dataclass
class Source:
    title: str
    date: str | None
    paragraphs: list[str]


def load_wikinews(folder: Path) -> list[Source]:
    """Wikinews articles rebuilt from their tokens; paragraphs of up to three sentences."""
    sources = []
    for path in sorted(folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        match = NAME_RE.match(doc.get("DocumentName", ""))
        title, date = (match.group(1), match.group(2)) if match else (path.stem, None)
        sents = [detokenize(s["Tokens"]) for s in doc.get("Sentences", []) if s.get("Tokens")]
        paras = [" ".join(sents[i : i + 3]) for i in range(0, len(sents), 3)]
        if paras:
            sources.append(Source(title, date, paras))
    return sources


FIRST = ["Anna", "Thomas", "Sabine", "Michael", "Julia", "Stefan", "Katrin", "Andreas", "Petra",
         "Jens", "Monika", "Frank", "Claudia", "Markus", "Susanne", "Ralf"]
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
        "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz"]
ROLES = ["Innenministerin", "Bürgermeister", "Sprecher der Polizei", "Gewerkschaftschefin",
         "Verbandspräsident", "Oppositionsführer", "Staatsanwältin", "Vorstandschef"]
ORGS = ["die Bundesregierung", "der Stadtrat", "die Gewerkschaft Verdi", "das Landgericht",
        "die Deutsche Bahn", "der Bundestag", "die Europäische Kommission", "die Polizei"]
CUES = ["sagte", "erklärte", "betonte", "kritisierte", "teilte mit", "räumte ein"]
SUBJ = ["Die Verhandlungen", "Der Haushalt", "Die neue Regelung", "Das Projekt", "Die Reform",
        "Der Streik", "Die Untersuchung", "Der Ausbau der Strecke", "Die Entscheidung"]
PRED = ["werde sich um mehrere Monate verzögern", "sei mit erheblichen Kosten verbunden",
        "müsse gründlich geprüft werden", "habe bereits zu Protesten geführt",
        "komme für viele Betroffene zu spät", "solle im kommenden Jahr abgeschlossen werden"]
FACT = ["Nach Angaben der Behörden waren am Vormittag mehrere hundert Menschen betroffen.",
        "Die Sitzung dauerte bis in den späten Abend.",
        "Ob die Pläne umgesetzt werden, ist noch offen.",
        "Bereits im vergangenen Jahr hatte es ähnliche Forderungen gegeben.",
        "Einem Bericht zufolge sollen die Kosten deutlich höher liegen als geplant.",
        "Wie viele Stellen wegfallen, wurde nicht bekannt."]
TOPICS = ["Haushalt", "Bahnstreik", "Klinikreform", "Wohnungsbau", "Hochwasser", "Energiepreise",
          "Schulreform", "Stadtentwicklung", "Tarifstreit", "Landtagswahl"]


def synthetic(rng: random.Random, n: int) -> list[Source]:
    """German-looking news text from a built-in vocabulary (no external data needed)."""
    out = []
    for i in range(n):
        paras = []
        for _ in range(rng.randint(4, 7)):
            sents = []
            for _ in range(rng.randint(2, 4)):
                who = f"{rng.choice(ROLES)} {rng.choice(FIRST)} {rng.choice(LAST)}"
                kind = rng.random()
                if kind < 0.35:
                    sents.append(f"{rng.choice(SUBJ)} {rng.choice(PRED)}, {rng.choice(CUES)} {who}.")
                elif kind < 0.55:
                    sents.append(f"„{rng.choice(SUBJ)} ist ein Fehler“, sagte {who}.")
                elif kind < 0.7:
                    sents.append(f"{rng.choice(ORGS).capitalize()} kündigte an, "
                                 f"{rng.choice(SUBJ).lower()} zu überprüfen.")
                else:
                    sents.append(rng.choice(FACT))
            paras.append(" ".join(sents))
        topic = rng.choice(TOPICS)
        out.append(Source(f"{topic}: {rng.choice(LAST)} fordert Klarheit ({i})", None, paras))
    return out


@dataclass
class Article:
    name: str
    title: str
    date: str
    body: str

    @property
    def words(self) -> int:
        return len(self.body.split())

    def markdown(self) -> str:
        meta = {"title": self.title, "date": dt.date.fromisoformat(self.date), "source": "Wikinews"}
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000)
        return f"---\n{front}---\n\n{self.body}\n"


def make_articles(sources: list[Source], n: int, seed: int = 1) -> Iterator[Article]:
    """``n`` distinct articles of about 500 words, each mixing 2–4 different sources."""
    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    for i in range(n):
        picked = rng.sample(sources, k=min(len(sources), rng.randint(2, 4)))
        paras = [(j, p) for j, s in enumerate(picked) for p in s.paragraphs]
        rng.shuffle(paras)
        body, words = [], 0
        for _, para in paras:
            body.append(para)
            words += len(para.split())
            if words >= TARGET_WORDS:
                break
        date = (start + dt.timedelta(days=i % 2000)).isoformat()
        title = f"{picked[0].title} – Lage {i + 1}"
        yield Article(f"artikel-{i + 1:05d}", title, date, "\n\n".join(body))


# --------------------------------------------------------------------------- project


def make_project(dest: Path, articles: list[Article], model: str | None, workers: int) -> Path:
    """A project like the tests' (``tests/project.py``), with generated articles."""
    make_skeleton(dest, articles=[])
    settings = yaml.safe_load((dest / "lagebild.yml").read_text(encoding="utf-8")) or {}
    if model:
        settings["model"] = str(Path(model).resolve()) if Path(model).exists() else model
    if workers:
        settings["workers"] = workers
    (dest / "lagebild.yml").write_text(yaml.safe_dump(settings, sort_keys=False), encoding="utf-8")
    for article in articles:
        (dest / "content" / f"{article.name}.md").write_text(article.markdown(), encoding="utf-8")
    return dest


@dataclass
class Step:
    seconds: float
    peak_rss: int  # bytes, summed over the process tree
    analysed: int | None = None
    written: int | None = None
    output: str = ""


def run_step(args: list[str], cwd: Path, interval: float = 0.05) -> Step:
    """Run a command; time it and poll the peak RSS of its whole process tree."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1"}
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(args, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env)
        ps = psutil.Process(proc.pid)
        peak = 0
        while proc.poll() is None:
            try:
                rss = sum(p.memory_info().rss for p in [ps, *ps.children(recursive=True)])
                peak = max(peak, rss)
            except psutil.Error:
                pass
            time.sleep(interval)
        seconds = time.perf_counter() - start
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}):\n{text[-3000:]}")
    step = Step(seconds, peak, output=text)
    match = SUMMARY_RE.search(text) or PLUGIN_RE.search(text)
    if match:
        step.analysed, step.written = int(match.group(2)), int(match.group(3))
    return step


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


@dataclass
class Result:
    size: int
    words: int
    steps: dict[str, Step] = field(default_factory=dict)
    site_bytes: int = 0
    search_bytes: int = 0
    html_pages: int = 0
    html_avg: float = 0.0
    html_max: int = 0

    @property
    def cold(self) -> Step:
        return self.steps["cold"]


def bench(size: int, sources: list[Source], workdir: Path, model: str | None,
          workers: int) -> Result:
    articles = list(make_articles(sources, size))
    project = make_project(workdir / f"n{size}", articles, model, workers)
    result = Result(size, sum(a.words for a in articles))
    gen = [sys.executable, "-m", "generator", "build"]
    shutil.rmtree(project / ".cache", ignore_errors=True)
    result.steps["cold"] = run_step(gen, project)
    result.steps["noop"] = run_step(gen, project)
    changed = project / "content" / f"{articles[size // 2].name}.md"
    changed.write_text(changed.read_text(encoding="utf-8").replace(
        "\n\n", "\n\nDie Redaktion hat diesen Artikel aktualisiert.\n\n", 1), encoding="utf-8")
    result.steps["one"] = run_step(gen, project)
    template = project / "templates" / "article.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "{# benchmark #}\n<!-- geändert -->\n",
                        encoding="utf-8")
    result.steps["template"] = run_step(gen, project)
    result.steps["mkdocs"] = run_step([sys.executable, "-m", "mkdocs", "build"], project)
    site = project / "site"
    result.site_bytes = folder_bytes(site)
    index = site / "search" / "search_index.json"
    result.search_bytes = index.stat().st_size if index.exists() else 0
    sizes = [p.stat().st_size for p in site.rglob("*.html")]
    result.html_pages = len(sizes)
    result.html_avg = sum(sizes) / len(sizes) if sizes else 0.0
    result.html_max = max(sizes, default=0)
    return result


# --------------------------------------------------------------------------- report


def mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def table(results: list[Result]) -> str:
    rows: list[tuple[str, ...]] = [("", *(f"{r.size:,} Artikel" for r in results))]

    def row(label: str, fn: Callable[[Result], str]) -> None:
        rows.append((label, *(fn(r) for r in results)))

    row("words (avg/article)", lambda r: f"{r.words / r.size:.0f}")
    row("cold build", lambda r: f"{r.cold.seconds:.1f} s")
    row("  articles/min", lambda r: f"{60 * r.size / r.cold.seconds:,.0f}")
    row("  words/s", lambda r: f"{r.words / r.cold.seconds:,.0f}")
    row("  ms/article", lambda r: f"{1000 * r.cold.seconds / r.size:.1f}")
    for key, label in (("noop", "no-op rebuild"), ("one", "one article changed"),
                       ("template", "template changed"), ("mkdocs", "mkdocs build")):
        row(label, lambda r, k=key: f"{r.steps[k].seconds:.2f} s"
            + (f" ({r.steps[k].analysed} analysed)" if r.steps[k].analysed is not None else ""))
    row("  mkdocs ms/page", lambda r: f"{1000 * r.steps['mkdocs'].seconds / max(1, r.html_pages):.1f}")
    row("  mkdocs ms/article", lambda r: f"{1000 * r.steps['mkdocs'].seconds / r.size:.1f}")
    for key in ("cold", "noop", "one", "template", "mkdocs"):
        row(f"peak RSS {key}", lambda r, k=key: mb(r.steps[k].peak_rss))
    row("site/ size", lambda r: mb(r.site_bytes))
    row("search index", lambda r: mb(r.search_bytes))
    row("HTML pages", lambda r: f"{r.html_pages:,}")
    row("HTML bytes/page avg", lambda r: f"{r.html_avg / 1000:.1f} KB")
    row("HTML bytes/page max", lambda r: f"{r.html_max / 1000:.1f} KB")
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in
                       enumerate(zip(r, widths, strict=True))) for r in rows]
    lines.insert(1, "-" * len(lines[0]))
    if len(results) > 1:
        first, last = results[0], results[-1]
        for key in ("cold", "mkdocs"):
            a = first.steps[key].seconds / first.size
            b = last.steps[key].seconds / last.size
            lines.append(f"time/article growth {key} {first.size:,} → {last.size:,}: {b / a:.2f}×"
                         " (target ≤ 1.5×)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="100,1000,5000", help="comma-separated archive sizes")
    p.add_argument("--workers", type=int, default=0, help="processes for cold builds (0: cores)")
    p.add_argument("--model", help="spaCy pipeline for the projects (default: lagebild.yml's)")
    p.add_argument("--corpus", choices=["auto", "wikinews", "synthetic"], default="auto")
    p.add_argument("--keep", type=Path, help="build the projects here and keep them")
    p.add_argument("--json", type=Path, help="also write the figures as JSON to this file")
    args = p.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    kind = args.corpus
    if kind == "auto":
        kind = "wikinews" if CORPUS.is_dir() else "synthetic"
    sources = load_wikinews(CORPUS) if kind == "wikinews" else synthetic(random.Random(7), 400)
    print(f"corpus: {kind} ({len(sources)} source articles); cores: {os.cpu_count()}; "
          f"workers: {args.workers or 'auto'}; model: {args.model or 'lagebild.yml default'}",
          file=sys.stderr)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="lagebild-scale-"))
    results = []
    try:
        for size in sizes:
            shutil.rmtree(workdir / f"n{size}", ignore_errors=True)
            result = bench(size, sources, workdir, args.model, args.workers)
            results.append(result)
            print(f"n={size}: " + ", ".join(f"{k} {s.seconds:.2f}s" for k, s in result.steps.items()),
                  file=sys.stderr)
            if size != sizes[-1]:  # partial table, in case a long run is cut short
                print(table(results), file=sys.stderr, flush=True)
            if args.json:
                write_json(args.json, results)
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(table(results))
    return 0


def write_json(path: Path, results: list[Result]) -> None:
    data = [{**{k: v for k, v in asdict(r).items() if k != "steps"},
             "steps": {k: {**asdict(s), "output": s.output[-2000:]} for k, s in r.steps.items()}}
            for r in results]
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
