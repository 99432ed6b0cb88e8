"""Peak memory of offline corpus runs: it must stay under 300 MB and flat as the corpus grows, and under
150 MB for a JSONL corpus of 200,000 short lines, fresh and resumed against its own output.

Run: .venv/bin/python benchmarks/memory.py [--sizes 250 500 1000] [--jsonl-lines 200000]
Each run is a fresh `summarizer summarize INPUT --out results.jsonl` process; peak resident memory is read
from the child's rusage. Table 1: N distinct articles made from the seeds, one file each. Table 2: one
JSONL file of N distinct short lines, then the same command again (every line already done: the resume
index is read from an output of about 1.3 KB a line).
"""

from __future__ import annotations

import argparse
import json
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


def make_jsonl(path: Path, lines: int) -> None:
    """N distinct one-sentence articles, one JSON line each."""
    with path.open("w", encoding="utf-8") as corpus:
        for number in range(lines):
            text = f"第{number}号：全年实施重大项目{number % 97}个以上，完成投资{number % 13 + 1}亿元。"
            corpus.write(json.dumps({"id": f"n{number}", "text": text}, ensure_ascii=False) + "\n")


def jsonl_table(exe: str, lines: int) -> None:
    print(f"\n{'JSONL run':<34}  {'lines':>8}  {'output MB':>9}  {'peak RSS (MB)':>13}  {'wall (s)':>8}")
    with tempfile.TemporaryDirectory() as temp:
        corpus, out = Path(temp) / "corpus.jsonl", Path(temp) / "out.jsonl"
        make_jsonl(corpus, lines)
        command = [exe, "summarize", str(corpus), "--out", str(out)]
        for label in ("fresh run", "rerun: resume against its output"):
            peak, wall = peak_rss_mb(command)
            size = out.stat().st_size / 1e6
            print(f"{label:<34}  {lines:>8,}  {size:>9.1f}  {peak:>13.1f}  {wall:>8.1f}")
    print("goal: peak RSS < 150 MB for 200,000 lines, fresh and resumed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000])
    parser.add_argument("--jsonl-lines", type=int, default=200_000, help="0 skips the JSONL table")
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
    if args.jsonl_lines:
        jsonl_table(exe, args.jsonl_lines)


if __name__ == "__main__":
    main()
