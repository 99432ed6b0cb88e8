"""The API key never appears in outputs, the cache, job directories, logs, error messages or tracebacks.

Every command runs as a subprocess with a recognizable fake key, the openai client's debug logging on,
and a test batch_server that echoes the key back in its error messages (as some servers do); then every file
the command wrote, and its stdout and stderr, are searched for the key.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.batch_server import BatchTestServer
from tests.conftest import ROOT, SEED_000, SEED_004
from tests.llm_server import RecordedRequest, Reply, answer_from_prompt, error_body

KEY = "sk-test-SECRET-1234567890"
ECHO = f"Incorrect API key provided: {KEY}. You can find your API key at https://example.invalid"


def run(*args: str, cwd: Path, key_flag: bool = False) -> subprocess.CompletedProcess[str]:
    """The CLI with the key in OPENAI_API_KEY (or as --api-key) and the openai client logging at debug."""
    env = {**os.environ, "OPENAI_API_KEY": "" if key_flag else KEY, "OPENAI_LOG": "debug"}
    flags = ["--api-key", KEY] if key_flag else []
    return subprocess.run(
        [sys.executable, "-m", "summarizer.cli.app", *args, *flags],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def assert_no_key(*results: subprocess.CompletedProcess[str], under: Path) -> None:
    """Neither the results' stdout and stderr nor any file under `under` holds the key."""
    for result in results:
        assert KEY not in result.stdout and KEY not in result.stderr, result.args
    for path in (path for path in under.rglob("*") if path.is_file()):
        assert KEY.encode() not in path.read_bytes(), path


def echoing_errors() -> Callable[[RecordedRequest], Reply]:
    """A responder that fails every other chat request with a 500 whose message holds the key."""
    seen = itertools.count()

    def respond(request: RecordedRequest) -> Reply:
        if next(seen) % 2 == 0:
            return Reply(500, error_body(ECHO), {"Retry-After": "0"})
        return answer_from_prompt(request)

    return respond


def make_corpus(directory: Path) -> Path:
    directory.mkdir(parents=True)
    shutil.copy(SEED_000, directory / "a.txt")
    shutil.copy(SEED_004, directory / "b.txt")
    return directory


def test_a_corpus_run_keeps_the_key_out_of_output_cache_and_logs(
    batch_server: BatchTestServer, tmp_path: Path
) -> None:
    batch_server.enqueue(
        Reply(500, error_body(ECHO), {"Retry-After": "0"}), Reply(429, error_body(ECHO), {"Retry-After": "0"})
    )
    batch_server.enqueue(
        *[Reply(503, error_body(ECHO), {"Retry-After": "0"})] * 5
    )  # one chunk fails for good
    corpus = make_corpus(tmp_path / "work" / "corpus")
    cache = tmp_path / "work" / "cache"
    out = tmp_path / "work" / "out.jsonl"
    llm = ["--backend", "llm", "--base-url", batch_server.url, "--concurrency", "1"]
    result = run("summarize", str(corpus), *llm, "--out", str(out), "--cache-dir", str(cache), cwd=tmp_path)

    assert result.returncode == 1, result.stderr  # the chunk that failed for good makes its article partial
    assert '"status":"partial"' in out.read_text() and "***" in out.read_text(), "the echoed key was redacted"
    assert "Request options" in result.stderr, "the openai client's debug log was on"
    assert any(path.suffix == ".sqlite3" for path in cache.iterdir())
    assert_no_key(result, under=tmp_path)


def test_eval_save_keeps_the_key_out_of_the_saved_run(batch_server: BatchTestServer, tmp_path: Path) -> None:
    batch_server.default_chat = echoing_errors()
    saved = tmp_path / "out" / "run.json"
    llm = ["--backend", "llm", "--base-url", batch_server.url, "--cache-dir", str(tmp_path / "out" / "cache")]
    result = run("eval", "--root", str(ROOT), "--save", str(saved), *llm, cwd=tmp_path, key_flag=True)

    assert result.returncode == 0, result.stderr
    assert saved.exists()
    assert_no_key(result, under=tmp_path)


def test_a_batch_job_keeps_the_key_out_of_the_job_directory(
    batch_server: BatchTestServer, tmp_path: Path
) -> None:
    batch_server.faults = {0: "error", 1: "invalid", 2: "http_500"}
    batch_server.error_message = ECHO
    corpus = make_corpus(tmp_path / "work" / "corpus")
    job, out = tmp_path / "work" / "job", tmp_path / "work" / "out.jsonl"
    flags = ["--base-url", batch_server.url]
    submitted = run("batch", "submit", str(corpus), "--out", str(job), *flags, cwd=tmp_path)
    waited = run("batch", "status", str(job), "--wait", "--poll-seconds", "0.01", *flags, cwd=tmp_path)
    listed = run(
        "batch", "collect", str(job), "--out", str(out), "--no-reask", *flags, cwd=tmp_path, key_flag=True
    )
    batch_server.default_chat = echoing_errors()
    cache = ["--cache-dir", str(tmp_path / "work" / "cache")]
    collected = run("batch", "collect", str(job), "--out", str(out), *cache, *flags, cwd=tmp_path)

    assert submitted.returncode == 0 and waited.returncode == 0, submitted.stderr + waited.stderr
    assert listed.returncode == 1 and "***" in listed.stderr, "the echoed key was redacted"
    assert collected.returncode == 0, collected.stderr
    assert_no_key(submitted, waited, listed, collected, under=tmp_path)


@pytest.mark.parametrize("command", ["summarize", "eval", "batch status"])
def test_debug_tracebacks_do_not_show_the_key(
    batch_server: BatchTestServer, tmp_path: Path, command: str
) -> None:
    batch_server.default_chat = lambda request: Reply(401, error_body(ECHO))
    work = tmp_path / "work"
    work.mkdir()
    if command == "summarize":
        args = ["summarize", str(SEED_000), "--backend", "llm", "--format", "json", "--no-cache"]
    elif command == "eval":
        args = ["eval", "--root", str(ROOT), "--backend", "llm", "--no-cache"]
    else:
        make_corpus(work / "corpus")
        submit = [
            "batch",
            "submit",
            str(work / "corpus"),
            "--out",
            str(work / "job"),
            "--base-url",
            batch_server.url,
        ]
        assert run(*submit, cwd=work).returncode == 0
        batch_server.add_route("GET", "/v1/batches/batch_0001", lambda request: Reply(401, error_body(ECHO)))
        args = ["batch", "status", str(work / "job")]
    result = run("--debug", *args, "--base-url", batch_server.url, cwd=work)

    assert result.returncode != 0
    assert "Traceback (most recent call last)" in result.stderr
    assert "rejected the API key" in result.stderr
    assert_no_key(result, under=tmp_path)


def test_a_short_placeholder_key_is_hidden_as_a_word_and_leaves_the_message_readable(
    batch_server: BatchTestServer, tmp_path: Path
) -> None:
    echo = "Incorrect API key provided: k. Keys look like sk-…; ask the keeper of this endpoint."
    batch_server.default_chat = lambda request: Reply(503, error_body(echo), {"Retry-After": "0"})
    llm = ["--backend", "llm", "--base-url", batch_server.url, "--no-cache", "--api-key", "k"]
    result = subprocess.run(
        [sys.executable, "-m", "summarizer.cli.app", "summarize", str(SEED_000), "--format", "json", *llm],
        cwd=tmp_path, env={**os.environ, "OPENAI_API_KEY": ""}, capture_output=True, text=True, timeout=300,
        check=False,
    )  # fmt: skip

    assert result.returncode == 1, result.stderr
    assert "Incorrect API key provided: ***. Keys look like sk-…; ask the keeper of this endpoint." in (
        result.stdout
    ), result.stdout[-2000:]
