"""Figures for the bad-input and endpoint-fault suites: what each case gives, run through the real CLI.

Run: .venv/bin/python benchmarks/faults.py

Table 1: every bad input of tests/test_bad_input.py through `summarizer summarize FILE --format json`,
then all of them in one corpus run next to good articles. Table 2: a corpus of 24 synthetic articles
(48 chunks) through the LLM backend against the local test server while it misbehaves: a burst of
429s, a server that dies and comes back, one that stays down (then a rerun), a timeout storm.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.schema import ArticleSummary  # noqa: E402
from tests.llm_server import LLMTestServer, Reply, answer_from_prompt, error_body  # noqa: E402
from tests.synthetic import article_text  # noqa: E402
from tests.test_bad_input import DECODED, EMPTY_RESULTS, ERRORS  # noqa: E402

ARTICLES = 24
MALFORMED_JSONL = (
    b'{"id": "a1", "text": "' + "全年实施重大项目90个以上。".encode() + b'"}\n{"id": "a2", "text": \n'
)


@dataclass
class Row:
    """One line of the fault table: a run and the state right after it."""

    label: str
    run: CliRun
    ok: int
    requests: int


@dataclass
class CliRun:
    code: int
    stdout: str
    stderr: str
    seconds: float


def cli(*args: str, cwd: Path) -> CliRun:
    """`summarizer ARGS` in a subprocess; paths under the scratch directory shown relative to it."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "summarizer.cli.app", *args], cwd=cwd, capture_output=True,
                            text=True, env=environment(), check=False)  # fmt: skip
    stderr = result.stderr.replace(f"{cwd}/", "")
    return CliRun(result.returncode, result.stdout, stderr, time.perf_counter() - started)


def environment() -> dict[str, str]:
    """This process's environment without API keys or endpoint settings (the offline default)."""
    return {name: value for name, value in os.environ.items()
            if not name.startswith(("OPENAI_", "SUMMARIZER_"))}  # fmt: skip


def statuses(out: Path) -> Counter[str]:
    data = out.read_bytes() if out.exists() else b""
    assert data == b"" or data.endswith(b"\n"), "torn line"
    return Counter(ArticleSummary.model_validate_json(line).status for line in data.splitlines())


# Bad inputs ---------------------------------------------------------------------------------------


def bad_input_makers() -> dict[str, Callable[[Path], Path]]:
    makers = {case: make for case, (make, _) in {**ERRORS, **EMPTY_RESULTS}.items()}
    makers.update(DECODED)

    def malformed(directory: Path) -> Path:
        path = directory / "corpus.jsonl"
        path.write_bytes(MALFORMED_JSONL)
        return path

    makers["malformed JSONL line"] = malformed
    return makers


def bad_input_table(scratch: Path) -> None:
    print(f"{'input':<22} {'exit':>4} {'stderr lines':>12} {'traceback':>9} {'s':>5}  result")
    corpus = scratch / "corpus"
    corpus.mkdir()
    for case, make in bad_input_makers().items():
        path = make(corpus)
        run = cli("summarize", str(path), "--backend", "rules", "--format", "json", cwd=scratch)
        lines = run.stderr.strip().splitlines()
        print(f"{case:<22} {run.code:>4} {len(lines):>12} {'yes' if 'Traceback' in run.stderr else 'no':>9} "
              f"{run.seconds:>5.2f}  {describe(run)}")  # fmt: skip
    for number in range(3):
        (corpus / f"good-{number}.txt").write_text(article_text(100 + number), encoding="utf-8")
    out = scratch / "results.jsonl"
    run = cli("summarize", str(corpus), "--backend", "rules", "--out", str(out), cwd=scratch)
    print(f"\none corpus run over all of them and 3 good articles: exit {run.code}, "
          f"records by status {dict(statuses(out))}, {run.seconds:.2f} s")  # fmt: skip
    print(f"  {run.stderr.strip().splitlines()[0]}")


def describe(run: CliRun) -> str:
    if run.code != 0:
        return run.stderr.strip().splitlines()[0][:110]
    parsed = json.loads(run.stdout)
    records = [
        ArticleSummary.model_validate(item) for item in (parsed if isinstance(parsed, list) else [parsed])
    ]
    targets = sum(len(record.targets) for record in records)
    warnings = "; ".join(warning[:60] for record in records for warning in record.warnings[:1])
    return f"{len(records)} record(s), {targets} targets; {warnings or 'no warnings'}"


# Endpoint faults ----------------------------------------------------------------------------------


def fault_table(scratch: Path) -> None:
    corpus = scratch / "llm-corpus"
    corpus.mkdir()
    for number in range(ARTICLES):
        (corpus / f"county-{number}.txt").write_text(article_text(number), encoding="utf-8")
    print(f"{'fault':<34} {'exit':>4} {'ok':>3} {'not ok':>7} {'requests':>8} {'s':>6}  stderr")
    for name, scenario in SCENARIOS.items():
        server = LLMTestServer()
        server.start()
        try:
            rows = scenario(server, corpus, scratch / f"{name.split()[0]}.jsonl")
        finally:
            if not server.stopping.is_set():
                server.stop()
        for row in rows:
            last_line = (row.run.stderr.strip().splitlines() or [""])[-1]
            print(f"{row.label:<34} {row.run.code:>4} {row.ok:>3} {ARTICLES - row.ok:>7} {row.requests:>8} "
                  f"{row.run.seconds:>6.2f}  {last_line[:90]}")  # fmt: skip


def llm_row(label: str, server: LLMTestServer, corpus: Path, out: Path, *extra: str) -> Row:
    """A corpus run with the LLM backend, and how many articles are ok and requests made after it."""
    run = cli("summarize", str(corpus), "--backend", "llm", "--base-url", server.url, "--out", str(out),
              "--chunk-chars", "200", "--no-cache", *extra, cwd=out.parent)  # fmt: skip
    return Row(label, run, statuses(out)["ok"], len(server.chat_requests()))


def burst_of_429s(server: LLMTestServer, corpus: Path, out: Path) -> list[Row]:
    server.enqueue(*[Reply(429, error_body("rate limit", "rate_limit"), {"Retry-After": "1"})] * 8)
    return [llm_row("8 x 429, Retry-After 1 s", server, corpus, out, "--concurrency", "4")]


def dies_and_comes_back(server: LLMTestServer, corpus: Path, out: Path) -> list[Row]:
    server.go_down_after(requests=10, down_seconds=1.5)
    rows = [llm_row("down 1.5 s after 10 requests", server, corpus, out, "--concurrency", "4")]
    if rows[0].run.code != 0:
        rows.append(llm_row("  the same command again", server, corpus, out, "--concurrency", "4"))
    return rows


def stays_down(server: LLMTestServer, corpus: Path, out: Path) -> list[Row]:
    server.go_down_after(requests=10, down_seconds=None)
    first = llm_row("down for good after 10 requests", server, corpus, out, "--concurrency", "2")
    server.default_chat = answer_from_prompt
    server.bring_back()
    return [first, llm_row("  back up: the same command again", server, corpus, out, "--concurrency", "4")]


def timeout_storm(server: LLMTestServer, corpus: Path, out: Path) -> list[Row]:
    server.enqueue(*[lambda r: Reply(200, answer_from_prompt(r).body, delay=3.0)] * 8)
    return [
        llm_row(
            "8 calls time out (--timeout 0.5)", server, corpus, out, "--concurrency", "4", "--timeout", "0.5"
        )
    ]


SCENARIOS = {
    "429 burst": burst_of_429s,
    "dies and comes back": dies_and_comes_back,
    "stays down": stays_down,
    "timeout storm": timeout_storm,
}


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        bad_input_table(Path(scratch))
        print()
        fault_table(Path(scratch))


if __name__ == "__main__":
    main()
