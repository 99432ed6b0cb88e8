"""Offline speed: process start-up of `--help` and of a summarize, and in-process characters per second.

Run: .venv/bin/python benchmarks/offline.py [--runs N]
Goals (issues 4, 6, 14 and 16): `summarizer --help` median < 0.3 s, offline summarize of seed 000 median
< 0.3 s, in-process extraction >= 200,000 characters per second on the concatenated gold articles and
>= 1 MB/s of UTF-8 text on one core. The same articles are also read one at a time, as a corpus run reads
them: each article's set-up (its sections, its tense markers, its places) is then paid per article, and a
news item of 800 characters costs about twice as much per character as the long concatenation.
Process times are wall time and CPU time (user + system of the child): on a shared machine the CPU time
is the steadier of the two.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_035700d1bd0b97ab.txt"


def child_cpu_seconds() -> float:
    """User + system CPU time of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def median_seconds(
    command: list[str], runs: int, before_each: Callable[[], None] = lambda: None
) -> tuple[float, float]:
    """Median wall and CPU time of a command, after one warm-up run that writes the .pyc cache and the
    store of compiled patterns (even where PYTHONDONTWRITEBYTECODE is set, as an installed package has its
    cache); `before_each` runs before each timed run."""
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(command, cwd=ROOT, capture_output=True, check=True, env=environment)
    walls, cpus = [], []
    for _ in range(runs):
        before_each()
        started, cpu_before = time.perf_counter(), child_cpu_seconds()
        subprocess.run(command, cwd=ROOT, capture_output=True, check=True, env=environment)
        walls.append(time.perf_counter() - started)
        cpus.append(child_cpu_seconds() - cpu_before)
    return statistics.median(walls), statistics.median(cpus)


def forget_compiled_patterns() -> None:
    """Remove the store of compiled patterns, as before the first run after an install."""
    from summarizer.patterns import store_path

    path = store_path()
    if path is not None:
        path.unlink(missing_ok=True)


def gold_article_paths() -> list[Path]:
    """The dev split's gold articles."""
    gold_paths = sorted((ROOT / "evals" / "gold" / "dev").glob("*.json"))
    return [ROOT / json.loads(path.read_text(encoding="utf-8"))["file"] for path in gold_paths]


def gold_corpus_text() -> str:
    """The gold articles concatenated, as one long article."""
    return "\n\n".join(path.read_text(encoding="utf-8") for path in gold_article_paths())


def extraction_chars_per_second(repeats: int) -> tuple[float, int, float]:
    """Characters per second of clean + sections + rules extraction, in process; the text's characters;
    and its UTF-8 megabytes per second."""
    from summarizer.extract.rules.backend import extract_article
    from summarizer.ingest.load import Document
    from summarizer.ingest.prepare import prepare_article

    text = gold_corpus_text()
    document = Document(id="corpus", source_path="corpus", sha256="0" * 64, text=text, title=None, date=None,
                        url=None, encoding="utf-8")  # fmt: skip
    extract_article(prepare_article(document))
    started = time.perf_counter()
    for _ in range(repeats):
        extract_article(prepare_article(document))
    elapsed = time.perf_counter() - started
    return len(text) * repeats / elapsed, len(text), len(text.encode("utf-8")) * repeats / elapsed / 1e6


def per_article_chars_per_second(repeats: int) -> tuple[float, int, int, float]:
    """Characters per second of the same work done on the gold articles one at a time, as a corpus run
    reads them (each article's set-up paid once per article); the articles, their characters and the
    UTF-8 megabytes per second."""
    from summarizer.extract.rules.backend import extract_article
    from summarizer.ingest.load import load_single
    from summarizer.ingest.prepare import prepare_article

    documents = [load_single(str(path), path.read_bytes()) for path in gold_article_paths()]
    for document in documents:
        extract_article(prepare_article(document))
    started = time.perf_counter()
    for _ in range(repeats):
        for document in documents:
            extract_article(prepare_article(document))
    elapsed = time.perf_counter() - started
    chars = sum(len(document.text) for document in documents)
    utf8 = sum(len(document.text.encode("utf-8")) for document in documents)
    return chars * repeats / elapsed, len(documents), chars, utf8 * repeats / elapsed / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    exe = str(Path(sys.executable).parent / "summarizer")
    help_wall, help_cpu = median_seconds([exe, "--help"], args.runs)
    summarize_wall, summarize_cpu = median_seconds(
        [exe, "summarize", str(SEED), "--format", "json"], args.runs
    )
    first_wall, first_cpu = median_seconds(
        [exe, "summarize", str(SEED), "--format", "json"], args.runs, before_each=forget_compiled_patterns
    )
    chars_per_s, corpus_chars, megabytes_per_s = extraction_chars_per_second(repeats=20)
    one_by_one, articles, article_chars, one_by_one_mb = per_article_chars_per_second(repeats=10)
    rows = [
        ("summarizer --help (median wall, s)", f"{help_wall:.3f}", "< 0.3"),
        ("the same, median CPU (s)", f"{help_cpu:.3f}", ""),
        ("summarize seed 000 offline (median wall, s)", f"{summarize_wall:.3f}", "< 0.3"),
        ("the same, median CPU (s)", f"{summarize_cpu:.3f}", ""),
        ("the same, first run (no compiled patterns kept; wall, s)", f"{first_wall:.3f}", ""),
        ("the same, first run, median CPU (s)", f"{first_cpu:.3f}", ""),
        (f"in-process extraction ({corpus_chars:,} chars), chars/s", f"{chars_per_s:,.0f}", ">= 200,000"),
        ("the same, MB/s of UTF-8 text, one core", f"{megabytes_per_s:.2f}", ">= 1"),
        (f"one article at a time ({articles}, {article_chars:,} chars), chars/s", f"{one_by_one:,.0f}", ""),
        ("the same, MB/s of UTF-8 text, one core", f"{one_by_one_mb:.2f}", ">= 1"),
    ]
    width = max(len(row[0]) for row in rows)
    print(f"{'measure':<{width}}  {'value':>12}  goal")
    for name, value, goal in rows:
        print(f"{name:<{width}}  {value:>12}  {goal}")


if __name__ == "__main__":
    main()
