"""Corpus runs in worker processes (`--workers N`): the same records in the same order as one process,
resume, duplicates, failures, standard input, Ctrl-C and a killed run, all through the CLI."""

from __future__ import annotations

import functools
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ALL_TEXTS, ROOT, SEED_000, SEED_004, RunCli, after_backend_line
from tests.llm_server import LLMTestServer, answer_from_prompt


def comparable(out: Path) -> list[dict[str, Any]]:
    """The records of an output file without their timings (which differ from run to run)."""
    records = []
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record["provenance"]["timings"] = {}
        records.append(record)
    return records


def mixed_corpus(directory: Path) -> Path:
    """Articles, a duplicate, an unreadable file and a JSONL file with a malformed line."""
    directory.mkdir()
    for path in ALL_TEXTS:
        (directory / path.name).write_bytes(path.read_bytes())
    (directory / "zz-copy-of-seed.txt").write_bytes(SEED_000.read_bytes())
    (directory / "empty.txt").write_bytes(b"")
    seed_text = SEED_004.read_text(encoding="utf-8")
    lines = [json.dumps({"id": "j1", "text": seed_text[:3000]}, ensure_ascii=False), "{not json",
             json.dumps({"id": "j2", "text": seed_text[3000:6000]}, ensure_ascii=False)]  # fmt: skip
    (directory / "more.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory


Records = Any
"""A run's records, as the test reads them (a list in order, or a mapping by input)."""


def mixed_run(
    directory: Path,
    run: Callable[[Path], subprocess.CompletedProcess[str]],
    read: Callable[[Path], Records],
) -> tuple[Records, list[str]]:
    """A run over `mixed_corpus` into directory/results.jsonl: its records as `read` gives them and the
    report's last two lines (the LLM backend's usage line left out)."""
    directory.mkdir()
    out = directory / "results.jsonl"
    result = run(out)
    assert result.returncode == 1, result.stderr  # the empty file and the bad JSONL line failed
    report = after_backend_line(result.stderr).replace(str(out), "OUT").splitlines()
    return read(out), [line for line in report if not line.startswith("LLM:")][-2:]


def test_workers_write_the_same_records_in_the_same_order_as_one_process(
    run_cli: RunCli, tmp_path: Path
) -> None:
    corpus = mixed_corpus(tmp_path / "corpus")

    def run(out: Path, workers: str) -> subprocess.CompletedProcess[str]:
        return run_cli("summarize", str(corpus), "--out", str(out), "--workers", workers)

    one, two = (mixed_run(tmp_path / n, functools.partial(run, workers=n), comparable) for n in ("1", "2"))
    assert len(one[0]) == len(ALL_TEXTS) + 4  # 14 texts, 2 JSONL articles, 2 failures; the copy is skipped
    assert [record["source_path"] for record in two[0]] == [record["source_path"] for record in one[0]]
    assert two == one  # every field, and the report's last lines: records written, duplicates
    assert one[1][1].startswith("Duplicates: 1 input(s)") and "zz-copy-of-seed.txt" in one[1][1]


def test_a_rerun_with_workers_does_only_what_is_left(run_cli: RunCli, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in ALL_TEXTS[:5]:
        (corpus / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "results.jsonl"
    assert run_cli("summarize", str(corpus), "--out", str(out), "--workers", "2").returncode == 0
    for path in ALL_TEXTS[5:]:
        (corpus / path.name).write_bytes(path.read_bytes())
    rerun = run_cli("summarize", str(corpus), "--out", str(out), "--workers", "2")
    assert rerun.returncode == 0, rerun.stderr
    assert f"Wrote {len(ALL_TEXTS) - 5} record(s)" in rerun.stderr and "5 already done" in rerun.stderr
    assert sorted(record["article_id"] for record in comparable(out)) == sorted(p.stem for p in ALL_TEXTS)


def test_workers_must_be_at_least_one(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("summarize", str(SEED_000), "--out", str(tmp_path / "o.jsonl"), "--workers", "0")
    assert result.returncode == 2
    assert "--workers" in result.stderr and "Traceback" not in result.stderr


def test_a_record_is_written_while_the_reader_waits_on_standard_input(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "summarizer.cli.app", "summarize", str(SEED_000), "-", "--out", str(out),
               "--workers", "2"]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=tmp_path, stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 60
        while (not out.exists() or not out.read_bytes().endswith(b"\n")) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(comparable(out)) == 1  # the seed's record, while stdin is still open
        _, stderr = process.communicate(SEED_004.read_text(encoding="utf-8"), timeout=60)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0, stderr
    assert [record["source_path"] for record in comparable(out)] == [str(SEED_000), "-"]


def make_corpus(directory: Path, size: int) -> None:
    directory.mkdir()
    seed_text = SEED_000.read_text(encoding="utf-8")
    for number in range(size):
        (directory / f"{number:03d}.txt").write_text(f"第{number}号\n\n{seed_text}", encoding="utf-8")


def descendants(pid: int) -> set[int]:
    """Every process below `pid`, from /proc's children lists."""
    found: set[int] = set()
    pending = [pid]
    while pending:
        parent = pending.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = {int(child) for child in (task / "children").read_text().split()}
            except OSError:
                continue
            pending.extend(children - found)
            found |= children
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for_a_record(out: Path) -> None:
    """Until the run has written its first record (a minute at most)."""
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
        time.sleep(0.05)


def assert_all_end(pids: set[int]) -> None:
    """Every one of these processes ends within ten seconds."""
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in pids)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc (Linux)")
def test_a_killed_run_leaves_no_worker_behind_and_a_rerun_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 300)
    out = tmp_path / "results.jsonl"
    command = [sys.executable, "-m", "summarizer.cli.app", "summarize", str(corpus), "--out", str(out),
               "--workers", "2"]  # fmt: skip
    # The two workers (and a fork server where the run had a thread to spare).
    assert_a_kill_leaves_no_process_and_the_rerun_completes(command, out, articles=300, helpers_at_least=2)


def assert_a_kill_leaves_no_process_and_the_rerun_completes(
    command: list[str], out: Path, articles: int, helpers_at_least: int
) -> None:
    """SIGKILL after the first record: every process the run started ends with it, and the same command
    then does the rest."""
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.DEVNULL)
    wait_for_a_record(out)
    helpers = descendants(process.pid)
    assert len(helpers) >= helpers_at_least
    process.kill()
    process.wait()
    assert_all_end(helpers)
    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr
    ids = sorted(record["article_id"] for record in comparable(out))
    assert ids == [f"{number:03d}" for number in range(articles)]


def test_ctrl_c_with_workers_keeps_finished_work_and_the_rerun_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 300)
    out = tmp_path / "results.jsonl"
    command = [sys.executable, "-m", "summarizer.cli.app", "summarize", str(corpus), "--out", str(out),
               "--workers", "2"]  # fmt: skip
    assert_ctrl_c_keeps_finished_work(command, out, articles=300)


def assert_ctrl_c_keeps_finished_work(command: list[str], out: Path, articles: int) -> None:
    """Ctrl-C after the first record: exit 130 with the one-line message, every finished record whole, and
    the same command then does the rest."""
    # Its own process group, as a terminal's Ctrl-C reaches the whole group (the workers ignore it).
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # fmt: skip
    wait_for_a_record(out)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1] == (
        f"Interrupted. Every finished article is in {out}; run the same command again to resume."
    ), stderr
    assert "Traceback" not in stderr and "never retrieved" not in stderr
    done_before = len(comparable(out))  # every line parses: nothing torn
    assert 0 < done_before < articles
    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{done_before} already done" in rerun.stderr
    ids = [record["article_id"] for record in comparable(out)]
    assert sorted(ids) == [f"{number:03d}" for number in range(articles)]


def sizes_of_batches(batch: list[Any]) -> list[int]:
    """A pool task that answers each document with the size of the batch it came in."""
    return [len(batch)] * len(batch)


def test_the_first_batches_grow_from_one_document_so_the_first_outcome_never_waits_for_a_batch() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from summarizer.extract.parallel import BATCH_DOCUMENTS, _in_pool
    from summarizer.ingest.load import Document

    documents = [
        Document(id=f"{n}", source_path=f"{n}.txt", sha256=f"{n:064d}", text="托克托县", encoding="utf-8")
        for n in range(40)
    ]
    sizes = list(_in_pool(documents, ThreadPoolExecutor(1), 1, sizes_of_batches))
    batches, position = [], 0
    while position < len(sizes):
        batches.append(sizes[position])
        position += sizes[position]
    assert sum(batches) == len(documents) and batches[0] == 1
    assert all(size <= min(BATCH_DOCUMENTS, number + 1) for number, size in enumerate(batches))


def test_with_a_progress_bar_thread_the_workers_start_from_a_fork_server(tmp_path: Path) -> None:
    import io

    from rich.console import Console

    from summarizer.corpus import CorpusProgress, run_corpus
    from summarizer.extract.rules.backend import RulesBackend

    corpus = tmp_path / "corpus"
    make_corpus(corpus, 6)
    outs = []
    for workers in (1, 2):
        out = tmp_path / f"{workers}" / "results.jsonl"
        out.parent.mkdir()
        console = Console(file=io.StringIO(), force_terminal=True, width=160)
        with CorpusProgress(6, RulesBackend(), console=console) as progress:  # a refresh thread runs
            report = run_corpus([str(corpus)], RulesBackend(), out, progress=progress, workers=workers)
        assert report.written == 6 and progress.completed == 6
        outs.append(comparable(out))
    assert outs[1] == outs[0]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc (Linux)")
def test_a_worker_that_dies_stops_the_run_with_one_line_and_the_rerun_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 300)
    out = tmp_path / "results.jsonl"
    command = [sys.executable, "-m", "summarizer.cli.app", "summarize", str(corpus), "--out", str(out),
               "--workers", "2"]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    wait_for_a_record(out)
    os.kill(min(descendants(process.pid)), signal.SIGKILL)  # a worker (the first one started)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1
    assert stderr.strip().splitlines()[-1] == (
        f"Error: a worker process died (killed, or out of memory). Every finished article is in {out}; "
        "run the same command again to resume."
    )
    assert "Traceback" not in stderr
    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert sorted(record["article_id"] for record in comparable(out)) == [f"{n:03d}" for n in range(300)]


# The LLM backend: its articles are prepared in a process of their own ------------------------------------


def llm_command(server: LLMTestServer, corpus: Path, out: Path, workers: str) -> list[str]:
    llm = ["--backend", "llm", "--base-url", server.url, "--api-key", "k", "--no-cache"]
    return [sys.executable, "-m", "summarizer.cli.app", "summarize", str(corpus), "--out", str(out),
            "--workers", workers, *llm]  # fmt: skip


def by_source(out: Path) -> dict[str, dict[str, Any]]:
    """An LLM run's records by input, without timings."""
    records = {}
    for record in comparable(out):
        record["provenance"]["usage"]["latency_s"] = 0
        records[record["source_path"]] = record
    return records


def test_the_preparing_process_builds_each_articles_requests_as_the_backend_would(
    server: LLMTestServer, tmp_path: Path
) -> None:
    from summarizer.config import Settings
    from summarizer.extract.llm.backend import LLMBackend
    from summarizer.extract.llm.chunk_requests import ArticleWithRequests, RequestBuilder, chunk_requests
    from summarizer.extract.parallel import article_work_of, prepare_in_pool, preparing_pool
    from summarizer.ingest.load import load_path
    from summarizer.ingest.prepare import prepare_article

    settings = Settings(backend="llm", base_url=server.url, api_key="k", cache_dir=tmp_path, chunk_chars=800)
    backend = LLMBackend(settings)
    documents = [document for path in ALL_TEXTS for document in load_path(str(path)).documents]
    with preparing_pool(True) as executor:
        assert executor is not None
        carried = list(prepare_in_pool(documents, "llm", executor, article_work_of(backend)))
    builder = RequestBuilder(backend.prompt, settings.chunk_chars)
    for document, article in zip(documents, carried, strict=True):
        assert isinstance(article, ArticleWithRequests)
        here = prepare_article(document)
        assert {**dict(article), "timings": {}} == {**dict(here), "timings": {}}
        assert builder.requests_of(article) is article._requests  # used as they came, not built again
        assert article._requests == chunk_requests(here, backend.prompt, 800)
        # Requests built for another chunk size are not used: they are built again.
        other_size = RequestBuilder(backend.prompt, 500)
        assert other_size.requests_of(article) == chunk_requests(here, backend.prompt, 500)


def test_the_llm_backend_prepared_elsewhere_writes_what_one_process_writes(
    server: LLMTestServer, tmp_path: Path
) -> None:
    corpus = mixed_corpus(tmp_path / "corpus")

    def run(out: Path, workers: str) -> subprocess.CompletedProcess[str]:
        command = llm_command(server, corpus, out, workers)
        return subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)

    one, two = (
        mixed_run(tmp_path / workers, functools.partial(run, workers=workers), by_source)
        for workers in ("1", "2")
    )
    assert len(one[0]) == len(ALL_TEXTS) + 4
    assert two == one  # every record (written as calls finish: in no fixed order), the report's last lines
    assert one[1][1].startswith("Duplicates: 1 input(s)") and "zz-copy-of-seed.txt" in one[1][1]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc (Linux)")
def test_a_killed_llm_run_leaves_no_preparing_process_and_a_rerun_completes(
    server: LLMTestServer, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 60)
    out = tmp_path / "results.jsonl"
    command = llm_command(server, corpus, out, "2")
    # The preparing process.
    assert_a_kill_leaves_no_process_and_the_rerun_completes(command, out, articles=60, helpers_at_least=1)


def test_ctrl_c_in_an_llm_run_prepared_elsewhere_keeps_finished_work(
    server: LLMTestServer, tmp_path: Path
) -> None:
    server.default_chat = lambda request: replace(answer_from_prompt(request), delay=0.05)  # a run of seconds
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 60)
    out = tmp_path / "results.jsonl"
    assert_ctrl_c_keeps_finished_work(llm_command(server, corpus, out, "2"), out, articles=60)
