"""Offline corpus runs on every core: the same corpus with --workers 1 and 2 (and more, if asked), its wall
time, speed-up and memory, the memory of every process of the run summed (the main one, the fork server and
the workers), sampled from /proc every 20 ms.

Run: .venv/bin/python benchmarks/workers.py [--articles 1000] [--workers 1 2] [--runs 3]
Goal (issue 16): 2 workers >= 1.8x one on 2 cores, memory flat (peak < 300 MB whatever the corpus size).
Each run is a fresh `summarizer summarize CORPUS --out results.jsonl --workers N` process; the median of
`--runs` is shown. The corpus: N distinct articles made from the seeds, a file each (benchmarks/memory.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from memory import make_corpus

ROOT = Path(__file__).resolve().parent.parent


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB (Linux /proc)."""
    total_kb = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total_kb += next(
                int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")
            )
            for task in Path(f"/proc/{current}/task").iterdir():
                pending.extend(int(child) for child in (task / "children").read_text().split())
        except (OSError, StopIteration):
            continue
    return total_kb / 1024


def one_run(exe: str, corpus: Path, out: Path, workers: int) -> tuple[float, float]:
    """(wall seconds, peak resident memory of the whole process tree in MB) of one run."""
    out.unlink(missing_ok=True)
    command = [exe, "summarize", str(corpus), "--out", str(out), "--workers", str(workers)]
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak_tree = 0.0
    while child.poll() is None:
        peak_tree = max(peak_tree, tree_rss_mb(child.pid))
        time.sleep(0.02)
    wall = time.perf_counter() - started
    if child.returncode != 0:
        raise SystemExit(f"{command} failed with exit code {child.returncode}")
    return wall, peak_tree


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    exe = str(Path(sys.executable).parent / "summarizer")
    print(f"cores: {len(os.sched_getaffinity(0))}")
    print(f"{'articles':>8}  {'workers':>7}  {'wall (s)':>8}  {'articles/s':>10}  {'speed-up':>8}  "
          f"{'peak RSS, all processes (MB)':>28}")  # fmt: skip
    for size in args.articles:
        with tempfile.TemporaryDirectory() as temp:
            corpus = Path(temp) / "corpus"
            corpus.mkdir()
            make_corpus(corpus, size)
            one_worker = None
            for workers in args.workers:
                runs = [one_run(exe, corpus, Path(temp) / "out.jsonl", workers) for _ in range(args.runs)]
                wall = statistics.median(run[0] for run in runs)
                peak = max(run[1] for run in runs)
                one_worker = one_worker or wall
                print(f"{size:>8,}  {workers:>7}  {wall:>8.2f}  {size / wall:>10.1f}  "
                      f"{one_worker / wall:>7.2f}x  {peak:>28.1f}")  # fmt: skip
    print("goal: 2 workers >= 1.8x one worker on 2 cores; peak RSS flat as the corpus grows (< 300 MB)")


if __name__ == "__main__":
    main()
