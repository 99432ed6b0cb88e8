"""Figures for the bad-input and endpoint-fault suites: what each case gives, run through the real CLI.

Run: .venv/bin/python benchmarks/faults.py [--jsonl-lines 200000] [--only hostile]

Table 1: every bad input of tests/test_bad_input.py through `summarizer summarize FILE --format json`,
then all of them in one corpus run next to good articles. Table 2: a corpus of 24 synthetic articles
(48 chunks) through the LLM backend against the local test server while it misbehaves: a burst of
429s, a server that dies and comes back, one that stays down (then a rerun), a timeout storm.
Table 3: hostile inputs (issue 12), each a fresh process, with its wall time and peak resident memory
(the child's rusage): endless stdin, a sparse 2 GB file, a JSONL corpus of 200,000 short lines, a JSONL
line with a lone surrogate, 100,000 identical lines, a JSONL line over the 10 MB article limit.
"""

from __future__ import annotations

import argparse
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

from benchmarks.memory import make_jsonl  # noqa: E402
from summarizer.ingest.load import MAX_ARTICLE_BYTES  # noqa: E402
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


# Hostile inputs -----------------------------------------------------------------------------------


@dataclass
class HostileRun:
    code: int
    stderr: str
    seconds: float
    peak_mb: float


MEASURER = """
import json, os, subprocess, sys
with open(sys.argv[1], "wb") as stderr:
    child = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=stderr)
    _, status, usage = os.wait4(child.pid, 0)
print(json.dumps([os.waitstatus_to_exitcode(status), usage.ru_maxrss / 1024]))
"""
"""Starts the CLI from a small interpreter: a child's peak RSS on Linux counts the memory of the process it
was forked from, and this script (with the test servers imported) is much bigger than the CLI's floor."""


def measured(args: list[str], cwd: Path, stdin: int | None = None) -> HostileRun:
    """`summarizer ARGS` as a fresh process: exit code, stderr, wall time and peak RSS from its rusage."""
    started = time.perf_counter()
    stderr_path = cwd / "stderr.txt"
    command = [
        sys.executable,
        "-c",
        MEASURER,
        str(stderr_path),
        sys.executable,
        "-m",
        "summarizer.cli.app",
        *args,
    ]
    report = subprocess.run(command, cwd=cwd, stdin=stdin, capture_output=True, text=True, env=environment(),
                            check=True)  # fmt: skip
    code, peak = json.loads(report.stdout)
    text = stderr_path.read_text(encoding="utf-8", errors="replace").replace(f"{cwd}/", "")
    return HostileRun(code, text, time.perf_counter() - started, peak)


def endless_stdin(scratch: Path) -> HostileRun:
    source = subprocess.Popen(["yes", "全年实施重大项目90个以上"], stdout=subprocess.PIPE)
    try:
        assert source.stdout is not None
        return measured(["summarize", "-", "--format", "json"], scratch, stdin=source.stdout.fileno())
    finally:
        source.kill()
        source.wait()


def sparse_file(scratch: Path) -> HostileRun:
    path = scratch / "sparse.txt"
    with path.open("wb") as sparse:
        sparse.truncate(2 * 1024**3)
    return measured(["summarize", str(path), "--format", "json"], scratch)


def corpus_run(scratch: Path, name: str, lines: list[str]) -> HostileRun:
    corpus, out = scratch / f"{name}.jsonl", scratch / f"{name}-out.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return measured(["summarize", str(corpus), "--out", str(out)], scratch)


def short_lines(scratch: Path, count: int) -> HostileRun:
    corpus = scratch / "short.jsonl"
    make_jsonl(corpus, count)
    return measured(["summarize", str(corpus), "--out", str(scratch / "short-out.jsonl")], scratch)


def article_line(number: int, **fields: str) -> str:
    text = f"某县全年实施重大项目{90 + number}个以上，完成投资{number + 1}亿元。"
    return json.dumps({"id": f"a{number}", "text": text, **fields})


def hostile_table(scratch: Path, jsonl_lines: int) -> None:
    huge = json.dumps({"text": "年" * (MAX_ARTICLE_BYTES // 3 + 1000)}, ensure_ascii=False)
    cases: dict[str, Callable[[], HostileRun]] = {
        "stdin: `yes ... |`, endless": lambda: endless_stdin(scratch),
        "sparse 2 GB file": lambda: sparse_file(scratch),
        f"JSONL, {jsonl_lines:,} short lines": lambda: short_lines(scratch, jsonl_lines),
        "JSONL line with a lone surrogate": lambda: corpus_run(
            scratch, "surrogate", [article_line(0), article_line(1, title="\ud800"), article_line(2)]
        ),
        "JSONL, 100,000 identical lines": lambda: corpus_run(scratch, "same", [article_line(0)] * 100_000),
        "JSONL line of 10 MB + 1,000 chars": lambda: corpus_run(scratch, "huge", [article_line(0), huge,
                                                                                 article_line(2)]),
    }  # fmt: skip
    print(f"{'hostile input':<34} {'exit':>4} {'s':>7} {'peak MB':>8} {'stderr lines':>12}  last stderr line")
    for label, run_case in cases.items():
        run = run_case()
        lines = run.stderr.strip().splitlines() or [""]
        print(f"{label:<34} {run.code:>4} {run.seconds:>7.2f} {run.peak_mb:>8.1f} {len(lines):>12}  "
              f"{lines[-1][:160]}")  # fmt: skip


SCENARIOS = {
    "429 burst": burst_of_429s,
    "dies and comes back": dies_and_comes_back,
    "stays down": stays_down,
    "timeout storm": timeout_storm,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jsonl-lines", type=int, default=200_000, help="lines of the big JSONL corpus")
    parser.add_argument("--only", choices=["bad-input", "faults", "hostile"], help="print one table")
    args = parser.parse_args()
    tables: dict[str, Callable[[Path], None]] = {
        "bad-input": bad_input_table,
        "faults": fault_table,
        "hostile": lambda scratch: hostile_table(scratch, args.jsonl_lines),
    }
    for name, table in tables.items():
        if args.only in (None, name):
            with tempfile.TemporaryDirectory() as scratch:
                table(Path(scratch))
            print()


if __name__ == "__main__":
    main()
