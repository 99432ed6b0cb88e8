"""Endpoint faults during a corpus run with the LLM backend: 429 bursts, a server that dies, timeouts.

Each test runs `summarizer summarize DIR --backend llm --out results.jsonl` as a subprocess against the
local test server and checks that the run finishes, or stops cleanly with a one-line error, that every
line of the output is a whole record, and that rerunning the same command completes the rest without
redoing finished articles.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from summarizer.schema import ArticleSummary
from tests.conftest import RunCli, after_backend_line
from tests.llm_server import (
    LLMTestServer,
    RecordedRequest,
    Reply,
    answer_from_prompt,
    chunk_of,
    error_body,
)
from tests.synthetic import article_text

ARTICLES = 8
CHUNKS_PER_ARTICLE = 2


def make_corpus(directory: Path) -> Path:
    directory.mkdir()
    for number in range(ARTICLES):
        (directory / f"county-{number}.txt").write_text(article_text(number), encoding="utf-8")
    return directory


def summarize(
    run_cli: RunCli, server: LLMTestServer, corpus: Path, out: Path, *extra: str
) -> tuple[int, str]:
    result = run_cli(
        "summarize", str(corpus), "--backend", "llm", "--base-url", server.url, "--out", str(out),
        "--chunk-chars", "200", "--no-cache", *extra, timeout=300,
    )  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    # stderr is a pipe here, so the run logs a line per tenth of the articles: not what these tests look at
    told = [line for line in result.stderr.splitlines(keepends=True) if not line.startswith("Progress: ")]
    return result.returncode, "".join(told)


def records(out: Path) -> list[ArticleSummary]:
    """Every line of the output, each of which must be a whole record."""
    data = out.read_bytes() if out.exists() else b""
    assert data == b"" or data.endswith(b"\n"), "a torn last line"
    return [ArticleSummary.model_validate_json(line) for line in data.splitlines()]


def ok_ids(out: Path) -> Counter[str]:
    return Counter(summary.article_id for summary in records(out) if summary.status == "ok")


def every_article() -> Counter[str]:
    return Counter(f"county-{number}" for number in range(ARTICLES))


# 429s ----------------------------------------------------------------------------------------------


def test_a_burst_of_429s_is_waited_out_as_retry_after_says(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path
) -> None:
    concurrency = 4
    server.enqueue(*[Reply(429, error_body("rate limit", "rate_limit"), {"Retry-After": "1"})] * concurrency)
    out = tmp_path / "results.jsonl"
    code, stderr = summarize(run_cli, server, make_corpus(tmp_path / "corpus"), out, "--concurrency", "4")

    assert code == 0, stderr
    assert ok_ids(out) == every_article()
    requests = server.chat_requests()
    limited, later = requests[:concurrency], requests[concurrency:]
    assert all(request.reply is not None and request.reply.status == 429 for request in limited)
    assert len(later) == ARTICLES * CHUNKS_PER_ARTICLE
    # Every slot was waiting out its Retry-After, so nothing reached the server for a second.
    assert min(r.received_at for r in later) - max(r.received_at for r in limited) >= 0.95


# A server that dies ------------------------------------------------------------------------------


def test_a_server_that_dies_mid_run_and_comes_back_loses_nothing(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path
) -> None:
    server.go_down_after(requests=6, down_seconds=1.5)
    corpus = make_corpus(tmp_path / "corpus")
    out = tmp_path / "results.jsonl"
    code, stderr = summarize(run_cli, server, corpus, out, "--concurrency", "2")

    went_down_at = max(r.received_at for r in server.chat_requests()[:6])
    if code != 0:  # every retry of some chunk fell inside the outage: a clean stop, then a rerun
        error = after_backend_line(stderr)
        assert error.startswith("Error: cannot reach ") and len(error.strip().splitlines()) == 1
        finished = ok_ids(out)
        code, stderr = summarize(run_cli, server, corpus, out, "--concurrency", "2")
        assert f"{sum(finished.values())} already done" in stderr
    # The requests went on after the outage, in the same run or (its retries spent inside it) in the rerun.
    assert any(r.received_at > went_down_at + 1.0 for r in server.chat_requests()), (
        "requests after the outage"
    )
    assert code == 0, stderr
    assert ok_ids(out) == every_article()


@pytest.mark.slow
def test_an_endpoint_that_stays_down_stops_the_run_cleanly_and_a_rerun_completes(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path
) -> None:
    server.go_down_after(requests=5, down_seconds=None)
    corpus = make_corpus(tmp_path / "corpus")
    out = tmp_path / "results.jsonl"
    code, stderr = summarize(run_cli, server, corpus, out, "--concurrency", "1")

    assert code == 1
    error = after_backend_line(stderr)
    assert error.startswith(f"Error: cannot reach {server.url}: start the server")
    assert len(error.strip().splitlines()) == 1
    assert "run the same command again to resume" in error
    finished = ok_ids(out)
    assert 1 <= sum(finished.values()) <= 2  # five requests answer at most two two-chunk articles
    assert all(summary.status == "ok" for summary in records(out))

    server.default_chat = answer_from_prompt
    server.bring_back()
    before = len(server.chat_requests())
    code, stderr = summarize(run_cli, server, corpus, out, "--concurrency", "4")
    assert code == 0, stderr
    assert ok_ids(out) == every_article()
    redone = {chunk_of(request) for request in server.chat_requests()[before:]}
    finished_texts = [summary.cleaned_text for summary in records(out)[: sum(finished.values())]]
    assert not any(chunk in text for chunk in redone for text in finished_texts)


# Timeouts ------------------------------------------------------------------------------------------


def test_a_timeout_storm_is_retried_and_the_run_finishes(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path
) -> None:
    concurrency = 4
    server.enqueue(*[lambda r: Reply(200, answer_from_prompt(r).body, delay=3.0)] * concurrency)
    out = tmp_path / "results.jsonl"
    code, stderr = summarize(
        run_cli, server, make_corpus(tmp_path / "corpus"), out, "--concurrency", "4", "--timeout", "0.5"
    )

    assert code == 0, stderr
    assert ok_ids(out) == every_article()
    assert len(server.chat_requests()) == ARTICLES * CHUNKS_PER_ARTICLE + concurrency


@pytest.mark.slow
def test_a_chunk_that_always_times_out_leaves_a_partial_record_that_a_rerun_redoes(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path
) -> None:
    marker = "新增城镇就业2003人"

    def slow_for_one_chunk(request: RecordedRequest) -> Reply:
        delay = 3.0 if marker in chunk_of(request) else 0.0
        return Reply(200, answer_from_prompt(request).body, delay=delay)

    server.default_chat = slow_for_one_chunk
    corpus = make_corpus(tmp_path / "corpus")
    out = tmp_path / "results.jsonl"
    code, stderr = summarize(run_cli, server, corpus, out, "--timeout", "0.5")

    assert code == 1
    (partial,) = [summary for summary in records(out) if summary.status != "ok"]
    assert partial.article_id == "county-3" and partial.status == "partial"
    assert partial.error is not None and "did not answer within 0.5s" in partial.error
    assert partial.targets, "the chunk that answered still counts"
    assert "1 partial" in stderr

    server.default_chat = answer_from_prompt
    before = len(server.chat_requests())
    code, stderr = summarize(run_cli, server, corpus, out, "--timeout", "0.5")
    assert code == 0, stderr
    assert "7 already done" in stderr
    assert len(server.chat_requests()) - before == CHUNKS_PER_ARTICLE
    assert ok_ids(out) == every_article()
    assert len(records(out)) == ARTICLES, "the ok record replaced the partial one"
    assert "Replaced 1 earlier record" in stderr
    brief = run_cli("brief", str(out), "--out", str(tmp_path / "brief.md"))
    assert brief.returncode == 0 and f"{ARTICLES} article(s)" in brief.stderr, brief.stderr
