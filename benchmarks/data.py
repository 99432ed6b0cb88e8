"""The data layer at corpus size: `db import`, a second import (a no-op), a query, exports and tracking.

Run: .venv/bin/python benchmarks/data.py [--sizes 1000 5000]
The run is the two seeds summarized once by the offline backend and copied N times as distinct articles
(another sha256, id and date each); every step is a fresh CLI process, timed by wall clock.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from summarizer import summarize_text
from summarizer.schema import ArticleSummary
from summarizer.text import sha256_hex

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
COUNT_SQL = "SELECT region, unit, count(*) FROM targets_flat GROUP BY ALL"


def write_run(path: Path, size: int) -> int:
    """A JSONL run of `size` distinct summaries; returns the number of targets."""
    seeds = [summarize_text(seed.read_text(encoding="utf-8")) for seed in SEEDS]
    targets = 0
    with path.open("w", encoding="utf-8") as handle:
        for number in range(size):
            seed = seeds[number % len(seeds)]
            copy = ArticleSummary.model_validate(
                {**seed.model_dump(), "sha256": sha256_hex(f"{number}:{seed.sha256}"),
                 "article_id": f"a{number:05d}", "date": f"{2015 + number % 11}-01-15"}
            )  # fmt: skip
            handle.write(copy.model_dump_json() + "\n")
            targets += len(copy.targets)
    return targets


def timed(*args: str) -> float:
    exe = str(Path(sys.executable).parent / "summarizer")
    started = time.perf_counter()
    result = subprocess.run([exe, *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"summarizer {' '.join(args)} failed: {result.stderr.strip()}")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    args = parser.parse_args()
    print(f"{'articles':>8}  {'targets':>8}  {'step':<34}  {'wall (s)':>8}  {'targets/s':>10}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as temp:
            work = Path(temp)
            run, db = work / "run.jsonl", work / "t.duckdb"
            targets = write_run(run, size)
            steps = {
                "db import": ("db", "import", str(run), "--db", str(db)),
                "db import again (no change)": ("db", "import", str(run), "--db", str(db)),
                "query: count per region and unit": ("query", COUNT_SQL, "--db", str(db), "--format", "csv"),
                "export xlsx from the database": ("export", str(db), "--out", str(work / "t.xlsx")),
                "export csv from the JSONL": ("export", str(run), "--out", str(work / "t.csv")),
                "export parquet from the database": ("export", str(db), "--out", str(work / "t.parquet")),
                "track (every region)": ("track", "--db", str(db), "--out", str(work / "track.txt")),
            }  # fmt: skip
            for name, step in steps.items():
                wall = timed(*step)
                print(f"{size:>8}  {targets:>8}  {name:<34}  {wall:>8.2f}  {targets / wall:>10,.0f}")
            print(f"{'':>8}  {'':>8}  {'database size (MB)':<34}  {db.stat().st_size / 1e6:>8.1f}")


if __name__ == "__main__":
    main()
