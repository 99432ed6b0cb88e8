"""The LLM answer cache: the same eval run twice against the local test server; the second makes no calls.

Run: .venv/bin/python benchmarks/cache.py [--latency 0.2] [--concurrency 8]
Each run is `summarizer eval --backend llm --base-url URL --cache-dir TMP --json` as a subprocess (so
start-up counts); the test server (tests/llm_server.py) answers every call after `--latency` seconds and
counts the calls it receives. Goal (issue 6): the second run makes zero calls; the table shows the speed-up.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.llm_server import LLMTestServer, RecordedRequest, Reply, answer_from_prompt  # noqa: E402

SUMMARIZER = Path(sys.executable).parent / "summarizer"


def eval_run(url: str, cache_dir: Path, concurrency: int) -> tuple[float, dict[str, object]]:
    """Wall seconds and the JSON result of one eval run."""
    command = [str(SUMMARIZER), "eval", "--json", "--backend", "llm", "--base-url", url, "--api-key", "bench",
               "--cache-dir", str(cache_dir), "--concurrency", str(concurrency)]  # fmt: skip
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"eval failed: {result.stderr.strip()}")
    evaluation: dict[str, object] = json.loads(result.stdout)
    return elapsed, evaluation


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()

    def slow(request: RecordedRequest) -> Reply:
        return Reply(200, answer_from_prompt(request).body, delay=args.latency)

    server = LLMTestServer()
    server.default_chat = slow
    server.start()
    rows = []
    try:
        with tempfile.TemporaryDirectory() as cache_dir:
            for label in ("first run (empty cache)", "second run (same cache)"):
                before = len(server.chat_requests())
                seconds, evaluation = eval_run(server.url, Path(cache_dir), args.concurrency)
                rows.append((label, seconds, len(server.chat_requests()) - before, evaluation["totals"]))
    finally:
        server.stop()
    print_table(rows, args)


def print_table(rows: list[tuple[str, float, int, object]], args: argparse.Namespace) -> None:
    print(f"summarizer eval --backend llm, {args.latency:g} s a call, --concurrency {args.concurrency}")
    width = max(len(row[0]) for row in rows)
    print(f"{'run':<{width}}  {'wall s':>7}  {'calls':>5}")
    for label, seconds, calls, _ in rows:
        print(f"{label:<{width}}  {seconds:>7.2f}  {calls:>5}")
    (_, first, _, first_totals), (_, second, second_calls, second_totals) = rows
    print(f"speed-up: {first / second:.1f}x; second run calls: {second_calls} (goal 0); "
          f"same scores: {first_totals == second_totals}")  # fmt: skip


if __name__ == "__main__":
    main()
