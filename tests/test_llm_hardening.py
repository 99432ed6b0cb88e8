"""Hostile or broken endpoints and a damaged cache, through the real CLI against a server on 127.0.0.1.

Each test reproduces an attack of the hardening review (issue 12): a server that drips its answer, a
cache file with damaged pages or locked by another process, junk usage fields, a completion without
choices, a base URL with a user name and password. None may hang the run, print a traceback, leak a
credential or lose an answer that was paid for.
"""

from __future__ import annotations

import itertools
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from summarizer.extract.llm.cache import CACHE_FILE_NAME
from summarizer.schema import ArticleSummary
from tests.batch_server import BatchTestServer
from tests.conftest import SEED_000, RunCli, after_backend_line
from tests.llm_server import LLMTestServer, RecordedRequest, Reply, answer_from_prompt, error_body
from tests.synthetic import article_text

TIMEOUT = 2.0
DRIP = 0.5  # seconds between bytes, as in the review
CLAIMED_BYTES = 10_000_000  # the Content-Length the dripping server announces
ATTEMPTS = 5  # RetryPolicy.attempts
MAX_BACKOFF = 1 + 2 + 4 + 8  # the longest waits before attempts 2 to 5 (exponential, base 1 s)


def one_chunk_article(directory: Path) -> Path:
    path = directory / "county.txt"
    path.write_text(article_text(0), encoding="utf-8")
    return path


def llm_flags(server: LLMTestServer, *extra: str) -> list[str]:
    return ["--backend", "llm", "--base-url", server.url, "--format", "json", *extra]


def dripping(request: RecordedRequest) -> Reply:
    """A right answer, sent one byte every half second behind a 10 MB Content-Length."""
    return Reply(200, answer_from_prompt(request).body, drip=DRIP, claimed_length=CLAIMED_BYTES)


def summary_of(result: subprocess.CompletedProcess[str]) -> ArticleSummary:
    assert "Traceback" not in result.stderr, result.stderr
    return ArticleSummary.model_validate_json(result.stdout)


# --timeout is a deadline for the whole call ------------------------------------------------------


def test_a_dripping_answer_is_cut_at_the_timeout_and_the_retry_answers(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path
) -> None:
    server.enqueue(dripping)
    started = time.monotonic()
    result = run_cli(
        "summarize", str(one_chunk_article(tmp_path)), *llm_flags(server, "--timeout", str(TIMEOUT),
        "--max-retries", "1", "--no-cache"), timeout=60,
    )  # fmt: skip
    elapsed = time.monotonic() - started

    assert result.returncode == 0, result.stderr
    assert summary_of(result).status == "ok"
    first, second = server.chat_requests()
    gap = second.received_at - first.received_at
    assert TIMEOUT <= gap < TIMEOUT + 1 + 2, "cut at the deadline, then retried after at most 1 s"
    assert elapsed < 20


@pytest.mark.slow
def test_a_server_that_always_drips_ends_the_run_within_the_retry_bound(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path
) -> None:
    server.default_chat = dripping
    started = time.monotonic()
    result = run_cli(
        "summarize", str(one_chunk_article(tmp_path)), *llm_flags(server, "--timeout", str(TIMEOUT),
        "--max-retries", "1", "--no-cache"), timeout=120,
    )  # fmt: skip
    elapsed = time.monotonic() - started

    assert result.returncode == 1
    summary = summary_of(result)
    assert summary.status == "failed"
    assert (
        summary.error is not None
        and f"did not answer within {TIMEOUT:g}s in {ATTEMPTS} attempts" in summary.error
    )
    requests = server.chat_requests()
    assert len(requests) == ATTEMPTS
    assert all(b.received_at - a.received_at >= TIMEOUT for a, b in itertools.pairwise(requests))
    assert elapsed < ATTEMPTS * TIMEOUT + MAX_BACKOFF + 10  # the documented bound, plus start-up


def test_a_dripping_batch_api_ends_batch_status_at_the_timeout(
    run_cli: RunCli, batch_server: BatchTestServer, tmp_path: Path
) -> None:
    job = tmp_path / "job"
    flags = ["--base-url", batch_server.url, "--timeout", str(TIMEOUT)]
    submitted = run_cli("batch", "submit", str(one_chunk_article(tmp_path)), "--out", str(job), *flags)
    assert submitted.returncode == 0, submitted.stderr
    slow = Reply(200, {"id": "batch_0001"}, drip=DRIP, claimed_length=CLAIMED_BYTES)
    batch_server.add_route("GET", "/v1/batches/batch_0001", lambda request: slow)

    started = time.monotonic()
    status = run_cli("batch", "status", str(job), *flags, timeout=90)
    elapsed = time.monotonic() - started

    error = after_backend_line(status.stderr)
    assert status.returncode == 1 and "Traceback" not in error
    assert error.startswith("Error: ") and len(error.strip().splitlines()) == 1
    assert "did not answer in time while reading batch batch_0001: raise --timeout" in error
    assert elapsed < 4 * (TIMEOUT + 8) + 10  # four attempts (openai's own three retries), waits under 8 s


def test_a_dripping_result_file_ends_batch_collect_at_the_timeout(
    run_cli: RunCli, batch_server: BatchTestServer, tmp_path: Path
) -> None:
    job = tmp_path / "job"
    flags = ["--base-url", batch_server.url, "--timeout", str(TIMEOUT)]
    submitted = run_cli("batch", "submit", str(one_chunk_article(tmp_path)), "--out", str(job), *flags)
    waited = run_cli("batch", "status", str(job), "--wait", "--poll-seconds", "0.01", *flags)
    assert submitted.returncode == 0 and waited.returncode == 0, submitted.stderr + waited.stderr
    output_id = batch_server.batches["batch_0001"].output_file_id
    slow = Reply(200, batch_server.files[str(output_id)], drip=DRIP, claimed_length=CLAIMED_BYTES)
    batch_server.add_route("GET", f"/v1/files/{output_id}/content", lambda request: slow)

    started = time.monotonic()
    collected = run_cli(
        "batch", "collect", str(job), "--out", str(tmp_path / "out.jsonl"), *flags, timeout=90
    )
    elapsed = time.monotonic() - started

    error = after_backend_line(collected.stderr)
    assert collected.returncode == 1 and "Traceback" not in error
    assert f"did not answer in time while downloading file {output_id}" in error
    assert len(error.strip().splitlines()) == 1
    assert elapsed < 4 * (TIMEOUT + 8) + 10


# A damaged or locked cache -----------------------------------------------------------------------


def corrupt_pages(cache_file: Path) -> None:
    """Overwrite every page after the first (the schema's) with 0xFF: the table's rows are garbage."""
    with closing(sqlite3.connect(cache_file)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    size = cache_file.stat().st_size
    assert size > page_size, "the cache holds rows beyond its first page"
    with cache_file.open("r+b") as handle:
        handle.seek(page_size)
        handle.write(b"\xff" * (size - page_size))


def warnings_in(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("Warning: ")]


@pytest.mark.parametrize("damage", ["pages", "header"])
def test_a_damaged_cache_is_dropped_with_one_warning_and_the_answers_reach_the_output(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path, damage: str
) -> None:
    cache = tmp_path / "cache"
    args = ["summarize", str(SEED_000), *llm_flags(server, "--cache-dir", str(cache))]
    first = run_cli(*args)
    assert first.returncode == 0, first.stderr
    calls = len(server.chat_requests())
    cache_file = cache / CACHE_FILE_NAME
    if damage == "pages":
        corrupt_pages(cache_file)
    else:
        cache_file.write_bytes(b"this is not an SQLite database" * 100)

    again = run_cli(*args)

    assert again.returncode == 0, again.stderr
    summary = summary_of(again)
    assert summary.status == "ok" and summary.targets
    assert summary.targets == summary_of(first).targets
    assert len(server.chat_requests()) == 2 * calls, "every chunk asked again, none lost"
    (warning,) = warnings_in(again.stderr)
    assert str(cache_file) in warning and "going on without it" in warning
    assert ("malformed" if damage == "pages" else "not a database") in warning


def test_a_cache_locked_by_another_process_is_dropped_and_the_answers_reach_the_output(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    args = ["summarize", str(SEED_000), *llm_flags(server, "--cache-dir", str(cache))]
    fresh = run_cli(*args, "--model", "another-model")  # creates the cache file and its table
    assert fresh.returncode == 0, fresh.stderr
    before = len(server.chat_requests())
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(cache / CACHE_FILE_NAME)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        locked = run_cli(*args, timeout=60)
    finally:
        holder.kill()
        holder.wait()

    assert locked.returncode == 0, locked.stderr
    summary = summary_of(locked)
    assert summary.status == "ok" and summary.targets
    assert len(server.chat_requests()) - before == summary.provenance.usage.calls > 1
    (warning,) = warnings_in(locked.stderr)
    assert "database is locked" in warning and "going on without it" in warning


HOLD_WRITE_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")  # the write lock: others may read, not write
print("locked", flush=True)
time.sleep(120)
"""


# Junk in a completion, credentials in a URL ------------------------------------------------------


def test_usage_fields_that_are_not_numbers_count_as_unknown_without_a_traceback(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path
) -> None:
    def junk_usage(request: RecordedRequest) -> Reply:
        reply = answer_from_prompt(request)
        reply.body["usage"] = {"prompt_tokens": "many", "completion_tokens": None, "total_tokens": [1]}
        return reply

    server.default_chat = junk_usage
    result = run_cli("summarize", str(one_chunk_article(tmp_path)), *llm_flags(server, "--no-cache"))

    assert result.returncode == 0, result.stderr
    summary = summary_of(result)
    assert summary.status == "ok" and summary.targets
    usage = summary.provenance.usage
    assert usage.calls == 1 and (usage.prompt_tokens, usage.total_tokens) == (0, 0)
    rest = after_backend_line(result.stderr).splitlines()
    assert len(rest) == 1 and rest[0].startswith("LLM: "), "the usage line only: no warning, no traceback"


def test_a_completion_without_choices_is_a_one_line_chunk_error(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path
) -> None:
    def no_choices(request: RecordedRequest) -> Reply:
        reply = answer_from_prompt(request)
        reply.body["choices"] = []
        return reply

    server.default_chat = no_choices
    result = run_cli("summarize", str(one_chunk_article(tmp_path)), *llm_flags(server, "--no-cache"))

    assert result.returncode == 1
    summary = summary_of(result)
    assert summary.status == "failed" and summary.error is not None
    assert "answered without any choice (`choices: []`)" in summary.error
    assert "IndexError" not in summary.error + result.stderr
    assert summary.provenance.usage.prompt_tokens > 0, "the tokens of the empty answer still count"


def test_a_completion_that_leaves_out_fields_openai_declares_is_still_read(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path
) -> None:
    """Small servers skip `id`, `created` or `object`, or add fields of their own: the answer still counts."""

    def sparse(request: RecordedRequest) -> Reply:
        reply = answer_from_prompt(request)
        for name in ("id", "created", "object", "model"):
            del reply.body[name]
        reply.body["choices"][0]["finish_reason"] = None
        reply.body["timings"] = {"predicted_ms": 12.5}
        return reply

    server.default_chat = sparse
    result = run_cli("summarize", str(one_chunk_article(tmp_path)), *llm_flags(server, "--no-cache"))

    assert result.returncode == 0, result.stderr
    summary = summary_of(result)
    assert summary.status == "ok" and summary.targets
    assert summary.provenance.usage.prompt_tokens > 0


@pytest.mark.parametrize("body", ["<html><body>Bad gateway</body></html>", "[1, 2, 3]", ""])
def test_a_200_answer_that_is_not_a_completion_is_a_one_line_chunk_error(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path, body: str
) -> None:
    server.default_chat = lambda request: Reply(200, body, headers={"Content-Type": "text/html"})
    result = run_cli("summarize", str(one_chunk_article(tmp_path)), *llm_flags(server, "--no-cache"))

    assert result.returncode == 1
    summary = summary_of(result)
    assert summary.status == "failed" and summary.error is not None
    assert "the answer is not a chat completion (a JSON object)" in summary.error
    assert "Traceback" not in result.stderr and "AttributeError" not in summary.error + result.stderr


def test_a_base_url_with_a_user_and_password_is_refused_without_showing_them(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path
) -> None:
    server.default_chat = lambda request: Reply(401, error_body("unauthorized"))
    with_user = server.url.replace("http://", "http://alice:s3cret-pw@")
    result = run_cli(
        "summarize", str(one_chunk_article(tmp_path)), "--backend", "llm", "--base-url", with_user
    )

    assert result.returncode == 1
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1
    assert f"the base URL {server.url} holds a user name or password" in result.stderr
    assert "cannot reach" not in result.stderr and "start the server" not in result.stderr
    assert "alice" not in result.stderr and "s3cret-pw" not in result.stderr
    assert not server.requests
