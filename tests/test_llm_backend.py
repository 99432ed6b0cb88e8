"""The LLM backend against a real OpenAI-compatible server on 127.0.0.1 whose answers each test scripts."""

from __future__ import annotations

import asyncio
import gc
import itertools
import json
import logging
import os
import signal
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from openai import _base_client as openai_base_client

from summarizer.config import Settings
from summarizer.errors import BackendError, ConfigError
from summarizer.extract.llm.backend import LLMBackend, endpoint_from_settings
from summarizer.extract.llm.cache import CACHE_FILE_NAME
from summarizer.extract.llm.calls import CallSlot, CallSlots, RetryPolicy, request_key
from summarizer.extract.pipeline import summarize_documents
from summarizer.ingest.load import Document, load_path
from summarizer.ingest.prepare import PreparedArticle, prepare_article
from summarizer.schema import ArticleSummary, Region
from summarizer.text import fold, sha256_hex
from tests.conftest import SEED_000
from tests.llm_server import (
    LLMTestServer,
    RecordedRequest,
    Reply,
    answer_from_prompt,
    chunk_of,
    completion,
    error_body,
    grounded_answer,
)
from tests.synthetic import article_text

API_KEY = "sk-test-5ecret-never-logged"
FAST = RetryPolicy(attempts=4, base_seconds=0.01, cap_seconds=0.05, total_seconds=20)
INTERVIEW = (
    "开创高质量发展新局面 ——访托克托县委副书记、县长高正\n\n"
    "托克托县将坚定不移推动传统产业转型升级。全年实施重大项目90个以上，完成投资85亿元以上。\n\n"
    "新建中船特气年产2.5万吨高纯电子气体项目。\n"
)
BAD_TARGET = {
    "quote": "全年实施重大项目100个",
    "raw": "100个",
    "metric": "重大项目",
    "comparator": "exactly",
    "kind": "action",
}


def document(text: str = INTERVIEW, name: str = "interview") -> Document:
    return Document(id=name, source_path=f"{name}.txt", sha256=sha256_hex(text), text=text, encoding="utf-8")


def make_backend(server: LLMTestServer, tmp_path: Path, **overrides: Any) -> LLMBackend:
    values: dict[str, Any] = {
        "backend": "llm",
        "base_url": server.url,
        "api_key": API_KEY,
        "cache_dir": tmp_path / "cache",
        "mode": "TOOLS",
    }
    return LLMBackend(Settings(**{**values, **overrides}), retry_policy=FAST)


def summarize(backend: LLMBackend, *documents: Document) -> list[ArticleSummary]:
    return list(summarize_documents(list(documents) or [document()], backend))


def reply_with(answer: dict[str, Any] | str) -> Any:
    return lambda request: completion(request, answer)


def with_bad_target(request: RecordedRequest) -> Reply:
    answer = grounded_answer(chunk_of(request))
    return completion(request, {**answer, "targets": [*answer["targets"], BAD_TARGET]})


# Well-formed answers ----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["TOOLS", "JSON", "JSON_SCHEMA", "MD_JSON"])
def test_each_mode_turns_the_answer_into_grounded_targets(
    server: LLMTestServer, tmp_path: Path, mode: str
) -> None:
    (summary,) = summarize(make_backend(server, tmp_path, mode=mode))

    assert summary.status == "ok" and summary.warnings == []
    assert [(t.raw, t.value, t.unit) for t in summary.targets] == [
        ("90个以上", 90, "个"),
        ("85亿元以上", 8_500_000_000, "元"),
        ("2.5万吨", 25_000, "吨"),
    ]
    for item in [*summary.targets, *summary.priorities]:
        assert item.region == "托克托县"
        assert item.span is not None and summary.cleaned_text[item.span[0] : item.span[1]] == item.quote
    (request,) = server.chat_requests()
    body = request.body
    assert body["model"] == "gpt-4o-mini" and body["temperature"] == 0
    if mode == "TOOLS":
        assert body["tools"][0]["function"]["name"] == "ChunkAnswer"
    if mode == "JSON":
        assert body["response_format"] == {"type": "json_object"}
    if mode == "JSON_SCHEMA":
        assert body["response_format"]["type"] == "json_schema"
    assert summary.provenance.mode == mode


def test_provenance_names_backend_model_prompt_and_endpoint(server: LLMTestServer, tmp_path: Path) -> None:
    (summary,) = summarize(make_backend(server, tmp_path, prompt="extract.v2"))
    provenance = summary.provenance
    assert (provenance.backend, provenance.model, provenance.base_url) == ("llm", "gpt-4o-mini", server.url)
    assert provenance.prompt_id == "extract.v2"
    assert provenance.prompt_sha256 == sha256_hex((Path("prompts") / "extract.v2.toml").read_bytes())
    assert "extract" in provenance.timings


def test_the_model_sees_the_exact_chunk_and_its_header(server: LLMTestServer, tmp_path: Path) -> None:
    summarize(make_backend(server, tmp_path))
    (request,) = server.chat_requests()
    user = request.messages()[-1]["content"]
    assert "本片段所属地区：托克托县（又称：托县）" in user
    assert "全年实施重大项目90个以上,完成投资85亿元以上。" in chunk_of(request)
    assert request.had_authorization and "authorization" not in request.headers


def test_template_syntax_in_an_article_reaches_the_model_verbatim(
    server: LLMTestServer, tmp_path: Path
) -> None:
    # instructor renders messages as Jinja templates when given a validation context.
    text = INTERVIEW.replace("。全年", "。{{ plan }} {% if x %}{# note #}全年")
    summarize(make_backend(server, tmp_path, mode="JSON"), document(text, "braces"))
    (request,) = server.chat_requests()
    assert "{{ plan }} {% if x %}{# note #}全年" in chunk_of(request)


def test_usage_is_summed_per_article_and_per_run(server: LLMTestServer, tmp_path: Path) -> None:
    backend = make_backend(server, tmp_path, chunk_chars=200)
    seed = load_path(str(SEED_000)).documents[0]
    summaries = summarize(backend, document(), seed)

    sent = server.usage_sent()
    calls = len(server.chat_requests())
    assert calls > 2
    run = backend.usage
    assert (run.calls, run.prompt_tokens, run.completion_tokens, run.total_tokens) == (
        calls,
        sent["prompt_tokens"],
        sent["completion_tokens"],
        sent["total_tokens"],
    )
    per_article = [summary.provenance.usage for summary in summaries]
    assert sum(usage.prompt_tokens for usage in per_article) == sent["prompt_tokens"]
    assert per_article[0].calls == 1 and per_article[1].calls == calls - 1
    price_in, price_out = Settings().prices["gpt-4o-mini"]
    expected_cost = (sent["prompt_tokens"] * price_in + sent["completion_tokens"] * price_out) / 1e6
    assert run.cost_usd == pytest.approx(expected_cost)
    assert all(usage.latency_s > 0 for usage in per_article)


# Transient failures -----------------------------------------------------------------------------


def test_429_waits_as_long_as_retry_after_says(server: LLMTestServer, tmp_path: Path) -> None:
    server.enqueue(Reply(429, error_body("slow down", "rate_limit"), {"Retry-After": "1"}))
    (summary,) = summarize(make_backend(server, tmp_path))

    first, second = server.chat_requests()
    assert 0.95 <= second.received_at - first.received_at < 3
    assert summary.status == "ok" and len(summary.targets) == 3
    assert summary.provenance.usage.calls == 2


def test_retry_after_ms_is_honored_too(server: LLMTestServer, tmp_path: Path) -> None:
    server.enqueue(Reply(429, error_body("slow down"), {"retry-after-ms": "300"}))
    summarize(make_backend(server, tmp_path))
    first, second = server.chat_requests()
    assert 0.28 <= second.received_at - first.received_at < 1


def test_server_errors_are_retried_with_short_backoff(server: LLMTestServer, tmp_path: Path) -> None:
    server.enqueue(Reply(500, error_body("boom")), Reply(502, "bad gateway"))
    started = time.monotonic()
    (summary,) = summarize(make_backend(server, tmp_path))

    assert len(server.chat_requests()) == 3
    assert summary.status == "ok" and len(summary.targets) == 3
    assert time.monotonic() - started < 2


def test_a_slow_answer_past_the_timeout_is_abandoned_and_retried(
    server: LLMTestServer, tmp_path: Path
) -> None:
    server.enqueue(lambda request: Reply(200, answer_from_prompt(request).body, delay=3))
    started = time.monotonic()
    (summary,) = summarize(make_backend(server, tmp_path, timeout=0.5))

    assert len(server.chat_requests()) == 2
    assert summary.status == "ok" and len(summary.targets) == 3
    assert time.monotonic() - started < 2.5


def test_a_chunk_that_keeps_failing_makes_its_article_partial_and_the_rest_goes_on(
    server: LLMTestServer, tmp_path: Path
) -> None:
    second_paragraph = "新建中船特气年产2.5万吨高纯电子气体项目。" * 8
    two_chunks = INTERVIEW + "\n" + second_paragraph + "\n"

    def failing_on_second_paragraph(request: RecordedRequest) -> Reply:
        if chunk_of(request).startswith("新建中船特气"):
            return Reply(500, error_body("model crashed"))
        return answer_from_prompt(request)

    server.default_chat = failing_on_second_paragraph
    summaries = summarize(
        make_backend(server, tmp_path, chunk_chars=200), document(two_chunks, "two"), document(name="one")
    )
    other, partial = sorted(summaries, key=lambda summary: summary.article_id)
    assert partial.status == "partial"
    assert partial.error is not None and partial.error.startswith("1 of 2 chunks failed: chunk 2: ")
    assert "HTTP 500" in partial.error and "model crashed" in partial.error
    assert [t.raw for t in partial.targets] == ["90个以上", "85亿元以上", "2.5万吨"]
    assert any("failed:" in warning for warning in partial.warnings)
    assert other.status == "ok"
    assert len([r for r in server.chat_requests() if chunk_of(r).startswith("新建中船特气")]) == FAST.attempts


# Validation: re-asks and drops ------------------------------------------------------------------


def test_malformed_json_is_reasked_then_accepted(server: LLMTestServer, tmp_path: Path) -> None:
    server.enqueue(reply_with('{"priorities": [], "targets": [{"quote": '))
    (summary,) = summarize(make_backend(server, tmp_path, mode="JSON"))

    first, second = server.chat_requests()
    reask = second.messages()
    assert len(reask) == len(first.messages()) + 2
    assert reask[-2]["role"] == "assistant" and reask[-2]["content"].startswith('{"priorities"')
    assert "Correct your JSON" in reask[-1]["content"] and "json" in reask[-1]["content"].lower()
    assert summary.status == "ok" and len(summary.targets) == 3


def test_a_quote_not_in_the_chunk_is_reasked_with_the_error(server: LLMTestServer, tmp_path: Path) -> None:
    server.enqueue(with_bad_target)
    (summary,) = summarize(make_backend(server, tmp_path))

    _, second = server.chat_requests()
    tool_reply = second.messages()[-1]
    assert tool_reply["role"] == "tool"
    assert "does not occur verbatim in the chunk" in tool_reply["content"]
    assert "全年实施重大项目100个" in tool_reply["content"]
    assert summary.status == "ok" and summary.warnings == []
    assert [t.raw for t in summary.targets] == ["90个以上", "85亿元以上", "2.5万吨"]
    assert summary.provenance.usage.calls == 2
    assert summary.provenance.usage.prompt_tokens == server.usage_sent()["prompt_tokens"]


def test_an_item_that_fails_every_reask_is_dropped_with_a_warning(
    server: LLMTestServer, tmp_path: Path
) -> None:
    server.default_chat = with_bad_target
    (summary,) = summarize(make_backend(server, tmp_path, max_retries=1))

    assert len(server.chat_requests()) == 2
    assert summary.status == "ok"
    assert [t.raw for t in summary.targets] == ["90个以上", "85亿元以上", "2.5万吨"]
    (warning,) = summary.warnings
    assert warning.startswith("chunk 1 (")
    assert "dropped target '100个'" in warning and "(after 2 attempts)" in warning


def test_an_unknown_region_is_reasked_with_the_allowed_list(server: LLMTestServer, tmp_path: Path) -> None:
    def wrong_region(request: RecordedRequest) -> Reply:
        answer = grounded_answer(chunk_of(request))
        answer["targets"][0]["region"] = "清水河县"
        return completion(request, answer)

    server.enqueue(wrong_region)
    (summary,) = summarize(make_backend(server, tmp_path))

    reask = server.chat_requests()[1].messages()[-1]["content"]
    assert "region '清水河县' is not one of the allowed regions (托克托县), a place the chunk" in reask
    assert {t.region for t in summary.targets} == {"托克托县"}


def test_an_alias_region_is_stored_under_the_regions_name(server: LLMTestServer, tmp_path: Path) -> None:
    def alias_region(request: RecordedRequest) -> Reply:
        answer = grounded_answer(chunk_of(request))
        answer["targets"][0]["region"] = "托县"
        return completion(request, answer)

    server.default_chat = alias_region
    (summary,) = summarize(make_backend(server, tmp_path))
    assert len(server.chat_requests()) == 1
    assert summary.targets[0].region == "托克托县"


def test_malformed_json_after_every_reask_fails_the_chunk(server: LLMTestServer, tmp_path: Path) -> None:
    server.default_chat = reply_with("I cannot answer that.")
    (summary,) = summarize(make_backend(server, tmp_path, mode="JSON", max_retries=2))

    assert len(server.chat_requests()) == 3
    assert summary.status == "failed"
    assert summary.error is not None and "no valid answer after 3 attempts" in summary.error
    assert summary.provenance.usage.calls == 3


CONTEXT_OVERFLOW = error_body(
    "This model's maximum context length is 4096 tokens. However, you requested 6576 tokens."
)


def test_a_reask_past_the_context_keeps_the_valid_items_of_the_last_answer(
    server: LLMTestServer, tmp_path: Path
) -> None:
    server.enqueue(with_bad_target, Reply(400, CONTEXT_OVERFLOW))
    (summary,) = summarize(make_backend(server, tmp_path))

    assert len(server.chat_requests()) == 2
    assert summary.status == "ok"
    assert [t.raw for t in summary.targets] == ["90个以上", "85亿元以上", "2.5万吨"]
    (warning,) = summary.warnings
    assert "dropped target '100个'" in warning


def test_a_chunk_longer_than_the_context_fails_alone(server: LLMTestServer, tmp_path: Path) -> None:
    server.enqueue(Reply(400, CONTEXT_OVERFLOW))
    summaries = summarize(
        make_backend(server, tmp_path, concurrency=1), document(name="a"), document(name="b")
    )

    failed, other = sorted(summaries, key=lambda summary: summary.status)
    assert failed.status == "failed" and other.status == "ok"
    assert failed.error is not None and "does not fit the model's context" in failed.error
    assert "lower --chunk-chars" in failed.error
    assert len(server.chat_requests()) == 2


# Cache ------------------------------------------------------------------------------------------


def test_a_second_identical_run_makes_no_calls(server: LLMTestServer, tmp_path: Path) -> None:
    seed = load_path(str(SEED_000)).documents[0]
    first = summarize(make_backend(server, tmp_path), seed)
    calls = len(server.chat_requests())
    second = summarize(make_backend(server, tmp_path), seed)

    assert len(server.chat_requests()) == calls
    assert second[0].targets == first[0].targets and second[0].priorities == first[0].priorities
    usage = second[0].provenance.usage
    assert (usage.calls, usage.cached_calls, usage.prompt_tokens) == (0, calls, 0)


def test_the_cache_keeps_dropped_item_warnings(server: LLMTestServer, tmp_path: Path) -> None:
    server.default_chat = with_bad_target
    first = summarize(make_backend(server, tmp_path, max_retries=0))
    again = summarize(make_backend(server, tmp_path, max_retries=0))
    assert len(server.chat_requests()) == 1
    assert again[0].warnings == first[0].warnings != []


@pytest.mark.parametrize(
    "change",
    [
        {"model": "gpt-4.1-mini"},
        {"mode": "JSON"},
        {"prompt": "extract.v2"},
        {"temperature": 0.5},
        {"no_cache": True},
    ],
)
def test_a_change_of_model_mode_prompt_or_temperature_misses_the_cache(
    server: LLMTestServer, tmp_path: Path, change: dict[str, Any]
) -> None:
    summarize(make_backend(server, tmp_path))
    summarize(make_backend(server, tmp_path, **change))
    assert len(server.chat_requests()) == 2


# Errors no retry fixes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (401, "rejected the API key (HTTP 401): check the API key"),
        (404, "answered HTTP 404 for model 'gpt-4o-mini': check --model and --base-url"),
        (400, "rejected the request (HTTP 400: tools are not supported): try another --mode"),
    ],
)
def test_client_errors_stop_the_run_with_a_one_line_fix(
    server: LLMTestServer, tmp_path: Path, status: int, expected: str
) -> None:
    message = "tools are not supported" if status == 400 else f"Incorrect API key provided: {API_KEY}"
    server.default_chat = lambda request: Reply(status, error_body(message))
    with pytest.raises(BackendError) as caught:
        summarize(make_backend(server, tmp_path))

    text = str(caught.value)
    assert expected in text
    assert "\n" not in text and API_KEY not in text
    if status != 400:
        assert "--backend rules needs neither an endpoint nor a key" in text
    assert len(server.chat_requests()) == 1


def test_an_unreachable_endpoint_is_a_one_line_error(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = Settings(backend="llm", base_url=f"http://127.0.0.1:{port}/v1", cache_dir=tmp_path)
    with pytest.raises(BackendError, match=rf"cannot reach http://127.0.0.1:{port}/v1: start the server"):
        summarize(LLMBackend(settings, retry_policy=FAST))


def test_the_openai_api_without_a_key_says_how_to_fix_it() -> None:
    with pytest.raises(
        BackendError, match=r"set OPENAI_API_KEY or pass --api-key.*--backend rules needs neither"
    ):
        LLMBackend(Settings(backend="llm"))


def test_the_default_mode_is_tools_for_openai_and_json_elsewhere() -> None:
    assert endpoint_from_settings(Settings(api_key="k")).mode == "TOOLS"
    assert endpoint_from_settings(Settings(base_url="https://api.openai.com/v1", api_key="k")).mode == "TOOLS"
    assert endpoint_from_settings(Settings(base_url="http://localhost:11434/v1")).mode == "JSON"
    assert (
        endpoint_from_settings(Settings(base_url="http://localhost:11434/v1", mode="MD_JSON")).mode
        == "MD_JSON"
    )


def test_a_base_url_with_user_info_is_refused_unshown(server: LLMTestServer, tmp_path: Path) -> None:
    with_user = server.url.replace("http://", "http://alice:s3cret-pw@")
    with pytest.raises(ConfigError, match="holds a user name or password") as caught:
        make_backend(server, tmp_path, base_url=with_user)
    assert "alice" not in str(caught.value) and "s3cret-pw" not in str(caught.value)
    assert not server.requests


def test_a_query_in_the_base_url_is_never_shown(server: LLMTestServer, tmp_path: Path) -> None:
    backend = make_backend(server, tmp_path, base_url=server.url + "?key=abc")
    assert backend.provenance().base_url == server.url


def test_the_api_key_is_in_no_output_log_or_cache_row(
    server: LLMTestServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.enqueue(Reply(500, error_body("boom")), with_bad_target)
    summaries = summarize(make_backend(server, tmp_path, max_retries=0))

    assert API_KEY not in summaries[0].model_dump_json()
    assert API_KEY not in caplog.text
    assert API_KEY.encode() not in (tmp_path / "cache" / CACHE_FILE_NAME).read_bytes()
    assert all(API_KEY not in json.dumps(request.headers) for request in server.requests)


# Scheduling -------------------------------------------------------------------------------------


def test_concurrency_bounds_the_calls_in_flight(server: LLMTestServer, tmp_path: Path) -> None:
    server.default_chat = lambda request: Reply(200, answer_from_prompt(request).body, delay=0.2)
    seed = load_path(str(SEED_000)).documents[0]
    summarize(make_backend(server, tmp_path, concurrency=2, no_cache=True), seed)
    assert server.max_in_flight == 2
    summarize(make_backend(server, tmp_path, concurrency=8, no_cache=True), seed)
    assert server.max_in_flight > 2


def test_a_reask_takes_a_slot_again_so_the_server_never_has_more_calls_than_the_concurrency(
    server: LLMTestServer, tmp_path: Path
) -> None:
    """A chunk gives its slot back as soon as its answer's body is in (the next chunk's request goes out
    before the answer is validated); the re-ask a bad answer brings takes a slot again."""

    def bad_first(request: RecordedRequest) -> Reply:
        first_ask = len(request.messages()) == 2
        answer = with_bad_target(request) if first_ask else answer_from_prompt(request)
        return Reply(200, answer.body, delay=0.1)

    server.default_chat = bad_first
    articles = [prepare_article(document(article_text(number), f"a{number}")) for number in range(6)]
    backend = make_backend(server, tmp_path, concurrency=2, chunk_chars=200, no_cache=True)
    statuses = [extraction.status for _, extraction in backend.extract_many(articles)]
    requests = server.chat_requests()
    assert statuses == ["ok"] * 6
    assert sum(len(request.messages()) > 2 for request in requests) == len(requests) // 2  # each re-asked
    assert server.max_in_flight == 2


def test_a_slot_given_back_goes_to_a_call_asking_again_before_the_fresh_calls_waiting() -> None:
    asyncio.run(slots_handed_in_turn())


def one_slot_and_three_calls() -> tuple[CallSlots, CallSlot, CallSlot, CallSlot]:
    slots = CallSlots(1)
    return slots, CallSlot(slots), CallSlot(slots), CallSlot(slots)


async def slots_handed_in_turn() -> None:
    slots, first, fresh, asking_again = one_slot_and_three_calls()
    await first.take()
    await first.take()  # held already: nothing more is taken
    asking_again.taken_before = True  # a re-ask: its chunk had a slot and gave it back
    waiting_fresh = asyncio.create_task(fresh.take())
    await asyncio.sleep(0)
    waiting_again = asyncio.create_task(asking_again.take())
    await asyncio.sleep(0)
    first.give_back()
    first.give_back()  # given back already: not handed out twice
    await CallSlot.let_waiting_calls_go()
    assert waiting_again.done() and not waiting_fresh.done()
    asking_again.give_back()
    await waiting_fresh
    assert fresh.held and not asking_again.held and slots.free == 0


def test_a_cancelled_wait_for_a_slot_loses_no_slot() -> None:
    asyncio.run(cancelled_waits())


async def cancelled_waits() -> None:
    slots, holder, leaving, handed_then_cancelled = one_slot_and_three_calls()
    await holder.take()
    leaving_task = asyncio.create_task(leaving.take())
    await asyncio.sleep(0)
    leaving_task.cancel()  # a chunk's time budget ran out while it waited
    await asyncio.gather(leaving_task, return_exceptions=True)
    assert not slots.fresh
    handed_task = asyncio.create_task(handed_then_cancelled.take())
    await asyncio.sleep(0)
    holder.give_back()  # handed over to the waiting call ...
    handed_task.cancel()  # ... which is cancelled before it runs: the slot is passed on
    await asyncio.gather(handed_task, return_exceptions=True)
    assert slots.free == 1 and not slots.fresh and not slots.again
    await asyncio.wait_for(holder.take(), timeout=1)
    cancelled_first = asyncio.create_task(leaving.take())
    await asyncio.sleep(0)
    cancelled_first.cancel()  # cancelled, and not yet woken to know it ...
    holder.give_back()  # ... when the slot comes back: it goes to no one, and stays free
    await asyncio.gather(cancelled_first, return_exceptions=True)
    assert slots.free == 1 and not slots.fresh


def test_articles_are_yielded_as_they_finish(server: LLMTestServer, tmp_path: Path) -> None:
    slow_text = INTERVIEW.replace("90个", "91个")

    def slow_for_one(request: RecordedRequest) -> Reply:
        delay = 0.6 if "91个" in chunk_of(request) else 0.0
        return Reply(200, answer_from_prompt(request).body, delay=delay)

    server.default_chat = slow_for_one
    articles = [prepare_article(document(slow_text, "slow")), prepare_article(document(name="fast"))]
    order = [article.document.id for article, _ in make_backend(server, tmp_path).extract_many(articles)]
    assert order == ["fast", "slow"]


def test_a_corpus_is_read_as_the_endpoint_needs_it(server: LLMTestServer, tmp_path: Path) -> None:
    read = 0

    def articles() -> Iterator[PreparedArticle]:
        nonlocal read
        for number in range(40):
            read += 1
            yield prepare_article(document(article_text(number), f"a{number}"))

    backend = make_backend(server, tmp_path, concurrency=2, chunk_chars=200)  # 2 chunks an article
    results = backend.extract_many(articles())
    next(results)
    # At most, in articles of 2 chunks: the one just finished, 1 in flight (2 slots), 3 waiting for a slot
    # (the loop's high water: 3 chunks a slot), 1 ready in the reader's queue (1 chunk a slot) and 1 the
    # reader holds until there is room: 7, never all 40.
    assert read <= 7
    assert len(list(results)) == 39 and read == 40


@pytest.fixture
def python_takes_ctrl_c() -> Iterator[None]:
    """Python's own handler for SIGINT during the test, whatever the suite inherited: a job a shell starts
    in the background begins with SIGINT ignored, and Python then installs no handler of its own."""
    inherited = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, inherited)


@pytest.mark.parametrize("at_call", [1, 8, 30])
@pytest.mark.usefixtures("python_takes_ctrl_c")
def test_ctrl_c_stops_the_run_between_steps_and_gives_python_its_handler_back(
    server: LLMTestServer, tmp_path: Path, caplog: pytest.LogCaptureFixture, at_call: int
) -> None:
    """Ctrl-C while calls are being sent and answered: KeyboardInterrupt from the run's own frame where it
    waits, not from inside a step of a task (an HTTP client's task that ended with it would hold an
    exception no one reads, which asyncio prints after the run's last line); Python's handler back."""
    calls = itertools.count(1)

    def ctrl_c_at_a_call(request: RecordedRequest) -> Reply:
        if next(calls) == at_call:
            signal.raise_signal(signal.SIGINT)  # from the server's thread, as a terminal's would come
        return Reply(200, answer_from_prompt(request).body, delay=0.02)

    server.default_chat = ctrl_c_at_a_call
    articles = (prepare_article(document(article_text(number), f"a{number}")) for number in range(200))
    backend = make_backend(server, tmp_path, concurrency=8, chunk_chars=200, no_cache=True)
    with caplog.at_level(logging.ERROR, logger="asyncio"), pytest.raises(KeyboardInterrupt) as raised:
        for _ in backend.extract_many(articles):
            pass
    assert raised.traceback[-1].name == "extract_many"
    del raised
    gc.collect()  # a task's unread exception is reported when the task is collected
    assert "never retrieved" not in caplog.text
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


class ThreadNotingArticle(PreparedArticle):
    """A prepared article that notes which thread asks for its named regions (a request's first step)."""

    threads: ClassVar[list[str]] = []

    def named_regions(self) -> list[Region]:
        ThreadNotingArticle.threads.append(threading.current_thread().name)
        return super().named_regions()


def test_articles_are_read_and_their_requests_built_off_the_event_loop(
    server: LLMTestServer, tmp_path: Path
) -> None:
    reading_threads: list[str] = []

    def articles() -> Iterator[PreparedArticle]:
        for number in range(3):
            reading_threads.append(threading.current_thread().name)
            article = prepare_article(document(article_text(number), f"a{number}"))
            yield ThreadNotingArticle(**dict(article))

    ThreadNotingArticle.threads = []
    backend = make_backend(server, tmp_path, chunk_chars=200)
    extractions = [extraction for _, extraction in backend.extract_many(articles())]
    assert [extraction.status for extraction in extractions] == ["ok"] * 3
    loop_thread = threading.current_thread().name
    assert set(reading_threads) == set(ThreadNotingArticle.threads) == {"summarizer-reader"} != {loop_thread}


def test_no_call_waits_for_openai_to_look_up_the_platform(
    server: LLMTestServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A client left to itself looks the platform up in a worker thread for each of its first calls
    in flight; the backend gives it the platform found once per process, so no call waits on one."""
    looked_up: list[str] = []

    def get_platform() -> str:
        looked_up.append(threading.current_thread().name)
        return "Linux"

    monkeypatch.setattr(openai_base_client, "get_platform", get_platform)
    articles = [prepare_article(document(article_text(number), f"a{number}")) for number in range(4)]
    for _ in range(2):
        backend = make_backend(server, tmp_path, chunk_chars=200, concurrency=8, no_cache=True)
        extractions = [extraction for _, extraction in backend.extract_many(iter(articles))]
        assert [extraction.status for extraction in extractions] == ["ok"] * 4
    assert len(server.chat_requests()) >= 8
    assert looked_up == []


def test_no_call_reads_the_system_entropy_for_an_idempotency_key(
    server: LLMTestServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """openai makes a uuid4 key (a read of os.urandom, slow on virtual machines) for every POST it is not
    given one for; each call gives its own key, unique per request, from a generator seeded once."""
    openai_keys: list[str] = []

    def openai_key(client: object) -> str:
        openai_keys.append("made")
        return "stainless-python-retry-0"

    monkeypatch.setattr(openai_base_client.BaseClient, "_idempotency_key", openai_key)
    articles = [prepare_article(document(article_text(number), f"a{number}")) for number in range(3)]
    backend = make_backend(server, tmp_path, chunk_chars=200, concurrency=4, no_cache=True)
    extractions = [extraction for _, extraction in backend.extract_many(iter(articles))]

    assert [extraction.status for extraction in extractions] == ["ok"] * 3
    assert len(server.chat_requests()) >= 3 and openai_keys == []
    monkeypatch.setattr(os, "urandom", lambda size: pytest.fail("the entropy was read"))
    keys = {request_key() for _ in range(1000)}
    assert len(keys) == 1000 and all(uuid.UUID(key.removeprefix("summarizer-")).version == 4 for key in keys)


def test_an_article_printed_twice_yields_each_target_once(server: LLMTestServer, tmp_path: Path) -> None:
    twice = INTERVIEW + "\n" + INTERVIEW.split("\n\n", 1)[1]
    (summary,) = summarize(make_backend(server, tmp_path, chunk_chars=200), document(twice, "twice"))
    assert len(server.chat_requests()) >= 1
    raws = [t.raw for t in summary.targets]
    assert sorted(raws) == sorted(set(raws))
    assert fold("全年实施重大项目90个以上") in fold(summary.targets[0].quote)
