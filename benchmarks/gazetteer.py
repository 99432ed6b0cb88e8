"""The gazetteer's cost: loading it (once per process) and scanning a text for its names.

Run: .venv/bin/python benchmarks/gazetteer.py [--runs N]
Budget (issue 14): the load keeps the offline summarize of seed 000 within 0.02 s of its time without it
(see benchmarks/offline.py for the whole process).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from summarizer.ingest.gazetteer import gazetteer

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_035700d1bd0b97ab.txt"


def median_ms(action: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def load() -> None:
    gazetteer.cache_clear()
    gazetteer()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    text = SEED.read_text(encoding="utf-8")
    load_ms = median_ms(load, args.runs)
    places = len(gazetteer().by_code)
    scan_ms = median_ms(lambda: list(gazetteer().mentions(text)), args.runs)
    rows = [
        (f"load the gazetteer ({places:,} places), ms", f"{load_ms:.1f}"),
        (f"scan seed 000 ({len(text):,} chars) for its names, ms", f"{scan_ms:.2f}"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"{'measure':<{width}}  {'median':>8}")
    for name, value in rows:
        print(f"{name:<{width}}  {value:>8}")


if __name__ == "__main__":
    main()
