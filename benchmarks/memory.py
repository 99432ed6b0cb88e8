"""Peak memory of offline corpus runs: it must stay under 300 MB and flat as the corpus grows.

Run: .venv/bin/python benchmarks/memory.py [--sizes 250 500 1000]
Each run is a fresh `summarizer summarize DIR --out results.jsonl` process over N distinct articles made
from the seeds; peak resident memory is read from the child's rusage.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def make_corpus(directory: Path, size: int) -> int:
    """N distinct articles (a numbered first line keeps them from being duplicates); returns total chars."""
    texts = [seed.read_text(encoding="utf-8") for seed in SEEDS]
    total = 0
    for number in range(size):
        text = f"第{number}篇\n\n{texts[number % len(texts)]}"
        (directory / f"{number:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    return total


def peak_rss_mb(command: list[str]) -> tuple[float, float]:
    """Peak resident memory (MB) and wall time (s) of one child process, from its own rusage."""
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{command} failed with exit code {child.returncode}")
    return usage.ru_maxrss / 1024, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000])
    args = parser.parse_args()
    exe = str(Path(sys.executable).parent / "summarizer")
    print(f"{'articles':>8}  {'chars':>11}  {'peak RSS (MB)':>13}  {'wall (s)':>8}  {'articles/s':>10}")
    for size in sorted(args.sizes):
        with tempfile.TemporaryDirectory() as temp:
            corpus = Path(temp) / "corpus"
            corpus.mkdir()
            chars = make_corpus(corpus, size)
            peak, wall = peak_rss_mb([exe, "summarize", str(corpus), "--out", str(Path(temp) / "out.jsonl")])
            print(f"{size:>8}  {chars:>11,}  {peak:>13.1f}  {wall:>8.1f}  {size / wall:>10.1f}")
    print("goal: peak RSS < 300 MB and flat with corpus size")


if __name__ == "__main__":
    main()
