"""The Batch API path against the local test server with /v1/files and /v1/batches."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from summarizer.config import Settings
from summarizer.extract.llm.backend import LLMBackend
from summarizer.extract.llm.batch.collect import Problem, batch_outcome
from summarizer.extract.llm.batch.job import (
    JOB_FILE,
    OUTPUT_FILE,
    REASKED_FILE,
    REQUESTS_FILE,
    BatchJob,
    prepare_job,
)
from summarizer.extract.llm.batch.requests import custom_id
from summarizer.extract.llm.cache import CACHE_FILE_NAME
from summarizer.extract.llm.chunk_requests import chunk_requests
from summarizer.extract.llm.prompts import load_prompt
from summarizer.extract.llm.schema import schema_sha256
from summarizer.extract.pipeline import summarize_documents
from summarizer.ingest.load import load_path
from summarizer.ingest.prepare import prepare_article
from summarizer.schema import ArticleSummary
from summarizer.text import sha256_hex
from tests.batch_server import INVENTED_TARGET, BatchTestServer
from tests.conftest import ROOT, SEED_000, SEED_004, RunCli, after_backend_line
from tests.llm_server import RecordedRequest, Reply, chunk_of, completion, grounded_answer, running_server

API_KEY = "sk-test-batch-key-0123456789"
FAULTS = {0: "error", 1: "invalid", 2: "http_500"}


def make_corpus(directory: Path) -> Path:
    directory.mkdir()
    shutil.copy(SEED_000, directory / "a.txt")
    shutil.copy(SEED_004, directory / "b.txt")
    shutil.copy(ROOT / "evals" / "articles" / "10_liaozhong-quzhang-fabuhui.txt", directory / "c.txt")
    shutil.copy(SEED_000, directory / "d-copy-of-a.txt")
    return directory


def flags(batch_server: BatchTestServer, *extra: str) -> list[str]:
    return ["--base-url", batch_server.url, "--api-key", API_KEY, *extra]


def records(path: Path) -> list[ArticleSummary]:
    return [
        ArticleSummary.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines()
    ]


def comparable(summary: ArticleSummary) -> dict[str, Any]:
    """A record without what legitimately differs between two runs: usage and timings."""
    dumped = summary.model_dump()
    dumped["provenance"].pop("usage")
    dumped["provenance"].pop("timings")
    return dumped


def by_id(summaries: list[ArticleSummary]) -> dict[str, dict[str, Any]]:
    return {summary.article_id: comparable(summary) for summary in summaries}


def submit_and_wait(run_cli: RunCli, batch_server: BatchTestServer, corpus: Path, job: Path) -> None:
    submitted = run_cli("batch", "submit", str(corpus), "--out", str(job), *flags(batch_server))
    assert submitted.returncode == 0, submitted.stderr
    waited = run_cli("batch", "status", str(job), "--wait", "--poll-seconds", "0.01", *flags(batch_server))
    assert waited.returncode == 0, waited.stderr
    assert "completed" in waited.stdout


def chat_chunks(batch_server: BatchTestServer) -> list[str]:
    return sorted(chunk_of(request) for request in batch_server.chat_requests())


# The requests ------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["TOOLS", "JSON", "JSON_SCHEMA", "MD_JSON"])
def test_each_request_body_is_what_the_online_path_sends(tmp_path: Path, mode: str) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    with running_server() as online:
        settings = Settings(backend="llm", base_url=online.url, api_key=API_KEY, mode=mode, no_cache=True)
        documents = [load_path(str(path)).documents[0] for path in sorted(corpus.iterdir())[:3]]
        list(summarize_documents(documents, LLMBackend(settings)))
        sent = [request.body for request in online.chat_requests()]
    prepare_job([str(corpus)], settings, tmp_path / "job")

    lines = [json.loads(line) for line in (tmp_path / "job" / REQUESTS_FILE).read_text().splitlines()]
    assert {(line["method"], line["url"]) for line in lines} == {("POST", "/v1/chat/completions")}

    def canonical(body: dict[str, Any]) -> str:
        return json.dumps(body, sort_keys=True, ensure_ascii=False)

    assert sorted(canonical(line["body"]) for line in lines) == sorted(canonical(body) for body in sent)


def test_the_job_file_holds_the_settings_prompt_schema_and_chunk_map(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    settings = Settings(backend="llm", base_url="http://127.0.0.1:9/v1?k=1", api_key=API_KEY)
    job = prepare_job([str(corpus)], settings, tmp_path / "job")

    assert job.settings.base_url == "http://127.0.0.1:9/v1"
    assert (job.settings.model, job.settings.mode, job.settings.prompt_id) == (
        "gpt-4o-mini",
        "JSON",
        "extract.v3",
    )
    assert job.settings.prompt_sha256 == load_prompt("extract.v3").sha256
    assert job.settings.schema_sha256 == schema_sha256()
    assert [article.id for article in job.articles] == ["a", "b", "c"]
    assert job.duplicates == [(str(corpus / "d-copy-of-a.txt"), str(corpus / "a.txt"))]
    seed = prepare_article(load_path(str(SEED_000)).documents[0])
    expected = chunk_requests(seed, load_prompt("extract.v3"), settings.chunk_chars)
    first = job.articles[0]
    assert first.sha256 == seed.document.sha256 and first.source_path == str(corpus / "a.txt")
    assert [(c.index, c.start, c.end) for c in first.chunks] == [
        (r.chunk.index, r.chunk.start, r.chunk.end) for r in expected
    ]
    assert [c.sha256 for c in first.chunks] == [sha256_hex(r.chunk.text) for r in expected]
    assert first.chunks[0].custom_id == custom_id(0, seed.document.sha256, expected[0].chunk.index)
    ids = [line["custom_id"] for line in map(json.loads, (tmp_path / "job" / REQUESTS_FILE).open())]
    assert ids == [chunk.custom_id for article in job.articles for chunk in article.chunks]
    assert len(set(ids)) == len(ids) == job.requests
    assert API_KEY not in job.model_dump_json() + (tmp_path / "job" / REQUESTS_FILE).read_text()


# Submit, status, collect -------------------------------------------------------------------------


def test_submit_status_collect_writes_what_the_online_run_writes(
    run_cli: RunCli, batch_server: BatchTestServer, tmp_path: Path
) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    online = tmp_path / "online.jsonl"
    ran = run_cli(
        "summarize", str(corpus), "--backend", "llm", "--out", str(online), "--no-cache", *flags(batch_server)
    )
    assert ran.returncode == 0, ran.stderr
    online_calls = len(batch_server.chat_requests())
    batch_server.faults = dict(FAULTS)
    job_dir = tmp_path / "job"

    submitted = run_cli("batch", "submit", str(corpus), "--out", str(job_dir), *flags(batch_server))
    assert submitted.returncode == 0, submitted.stderr
    job = BatchJob.model_validate_json((job_dir / JOB_FILE).read_text())
    assert job.batch_id in batch_server.batches and job.input_file_id in batch_server.files
    assert batch_server.files[job.input_file_id] == (job_dir / REQUESTS_FILE).read_bytes()
    assert batch_server.file_purposes[job.input_file_id] == "batch"
    state = batch_server.batches[job.batch_id]
    assert state.endpoint == "/v1/chat/completions"
    assert "same text as" in submitted.stderr and "batch status" in submitted.stderr

    status = run_cli("batch", "status", str(job_dir), *flags(batch_server))
    assert status.returncode == 0 and "in_progress" in status.stdout
    waited = run_cli(
        "batch", "status", str(job_dir), "--wait", "--poll-seconds", "0.01", *flags(batch_server)
    )
    assert waited.returncode == 0 and "completed" in waited.stdout and "batch collect" in waited.stdout

    out = tmp_path / "batch.jsonl"
    collected = run_cli("batch", "collect", str(job_dir), "--out", str(out), "--cache-dir",
                        str(tmp_path / "cache"), *flags(batch_server))  # fmt: skip
    assert collected.returncode == 0, collected.stderr
    assert "3 re-asked online" in collected.stderr
    assert by_id(records(out)) == by_id(records(online))
    reasked = batch_server.chat_requests()[online_calls:]
    faulty = [batch_server.batch_lines[number] for number in FAULTS]
    assert sorted(chunk_of(request) for request in reasked) == sorted(chunk_of(line) for line in faulty)
    calls = sum(summary.provenance.usage.calls for summary in records(out))
    answered = [
        line for line in batch_server.batch_lines if line.reply is not None and line.reply.status == 200
    ]
    assert len(answered) == len(batch_server.batch_lines) - 2  # the error line and the HTTP 500 line
    assert calls == len(answered) + len(reasked)

    again = run_cli("batch", "collect", str(job_dir), "--out", str(out), *flags(batch_server))
    assert again.returncode == 0 and "3 already done" in again.stderr
    assert len(records(out)) == 3 and len(batch_server.chat_requests()) == online_calls + len(reasked)


def test_no_reask_lists_the_problems_and_keeps_what_validates(
    run_in_process: RunCli, batch_server: BatchTestServer, tmp_path: Path
) -> None:
    batch_server.faults = dict(FAULTS)
    corpus = make_corpus(tmp_path / "corpus")
    submit_and_wait(run_in_process, batch_server, corpus, tmp_path / "job")
    out = tmp_path / "out.jsonl"

    collected = run_in_process(
        "batch", "collect", str(tmp_path / "job"), "--out", str(out), "--no-reask", *flags(batch_server)
    )
    assert collected.returncode == 1
    listed = [line for line in collected.stderr.splitlines() if line.startswith("Not re-asked: ")]
    assert len(listed) == 3
    assert any("the batch answered with an error (server_error" in line for line in listed)
    assert any("the batch answered HTTP 500" in line for line in listed)
    assert any("does not occur verbatim in the chunk" in line for line in listed)
    assert batch_server.chat_requests() == []
    first = records(out)[0]
    assert first.status == "partial" and first.error is not None and "2 of " in first.error
    assert INVENTED_TARGET["raw"] not in [target.raw for target in first.targets]
    assert any("dropped target '12345个'" in w and "not re-asked" in w for w in first.warnings)

    again = run_in_process(
        "batch", "collect", str(tmp_path / "job"), "--out", str(out), "--no-reask", *flags(batch_server)
    )
    assert "Wrote 0 record(s)" in again.stderr and len(records(out)) == 3


def test_a_collect_that_stopped_resumes_without_asking_again(
    run_in_process: RunCli, batch_server: BatchTestServer, tmp_path: Path
) -> None:
    batch_server.faults = dict(FAULTS)
    corpus = make_corpus(tmp_path / "corpus")
    job_dir = tmp_path / "job"
    submit_and_wait(run_in_process, batch_server, corpus, job_dir)
    out = tmp_path / "out.jsonl"
    assert (
        run_in_process("batch", "collect", str(job_dir), "--out", str(out), *flags(batch_server)).returncode
        == 0
    )
    complete = out.read_bytes()
    calls = len(batch_server.chat_requests())
    assert len((job_dir / REASKED_FILE).read_text().splitlines()) == 3

    # A crash in the middle of writing the second record, before the results were even all saved.
    first_line = complete[: complete.index(b"\n") + 1]
    out.write_bytes(first_line + complete[len(first_line) : len(first_line) + 100])
    (job_dir / OUTPUT_FILE).unlink()
    resumed = run_in_process("batch", "collect", str(job_dir), "--out", str(out), *flags(batch_server))

    assert resumed.returncode == 0, resumed.stderr
    assert "1 already done" in resumed.stderr
    assert len(batch_server.chat_requests()) == calls
    assert by_id(records(out)) == by_id(
        [ArticleSummary.model_validate_json(x) for x in complete.splitlines()]
    )


def test_collecting_before_the_batch_is_done_says_to_wait(
    run_in_process: RunCli, batch_server: BatchTestServer, tmp_path: Path
) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    job_dir = tmp_path / "job"
    assert (
        run_in_process("batch", "submit", str(corpus), "--out", str(job_dir), *flags(batch_server)).returncode
        == 0
    )
    out = tmp_path / "out.jsonl"

    early = run_in_process("batch", "collect", str(job_dir), "--out", str(out), *flags(batch_server))
    assert early.returncode == 1
    error = after_backend_line(early.stderr)
    assert error.startswith("Error: batch batch_0001 is in_progress")
    assert "batch status" in error and len(error.strip().splitlines()) == 1
    later = run_in_process("batch", "collect", str(job_dir), "--out", str(out), *flags(batch_server))
    assert later.returncode == 0, later.stderr
    assert {summary.status for summary in records(out)} == {"ok"}


def test_an_expired_batch_has_its_missing_answers_asked_online(
    run_in_process: RunCli, batch_server: BatchTestServer, tmp_path: Path
) -> None:
    batch_server.final_status = "expired"
    batch_server.faults = {3: "missing", 4: "missing"}
    corpus = make_corpus(tmp_path / "corpus")
    job_dir = tmp_path / "job"
    assert (
        run_in_process("batch", "submit", str(corpus), "--out", str(job_dir), *flags(batch_server)).returncode
        == 0
    )
    waited = run_in_process(
        "batch", "status", str(job_dir), "--wait", "--poll-seconds", "0.01", *flags(batch_server)
    )
    assert waited.returncode == 1 and "expired" in waited.stdout

    out = tmp_path / "out.jsonl"
    collected = run_in_process("batch", "collect", str(job_dir), "--out", str(out), *flags(batch_server))
    assert collected.returncode == 0, collected.stderr
    assert chat_chunks(batch_server) == sorted(chunk_of(batch_server.batch_lines[n]) for n in (3, 4))
    assert {summary.status for summary in records(out)} == {"ok"}


def test_an_unreadable_input_gets_one_failed_record(
    run_in_process: RunCli, batch_server: BatchTestServer, tmp_path: Path
) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    (corpus / "e.txt").write_bytes(b"")
    job_dir = tmp_path / "job"
    submitted = run_in_process("batch", "submit", str(corpus), "--out", str(job_dir), *flags(batch_server))
    assert submitted.returncode == 1 and "Error: " in submitted.stderr and "e.txt" in submitted.stderr
    run_in_process("batch", "status", str(job_dir), "--wait", "--poll-seconds", "0.01", *flags(batch_server))
    out = tmp_path / "out.jsonl"
    for _ in range(2):
        run_in_process("batch", "collect", str(job_dir), "--out", str(out), *flags(batch_server))
    failed = [summary for summary in records(out) if summary.status == "failed"]
    assert [summary.source_path for summary in failed] == [str(corpus / "e.txt")]


def test_the_answers_land_in_the_cache_so_an_online_rerun_makes_no_calls(
    run_in_process: RunCli, batch_server: BatchTestServer, tmp_path: Path
) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    cache = ["--cache-dir", str(tmp_path / "cache")]
    submit_and_wait(run_in_process, batch_server, corpus, tmp_path / "job")
    collect = ["batch", "collect", str(tmp_path / "job"), "--out", str(tmp_path / "b.jsonl"), *cache]
    assert run_in_process(*collect, *flags(batch_server)).returncode == 0
    assert (tmp_path / "cache" / CACHE_FILE_NAME).exists()

    summarize = ["summarize", str(corpus), "--backend", "llm", "--out", str(tmp_path / "o.jsonl"), *cache]
    online = run_in_process(*summarize, *flags(batch_server))
    assert online.returncode == 0, online.stderr
    assert batch_server.chat_requests() == []
    assert by_id(records(tmp_path / "o.jsonl")) == by_id(records(tmp_path / "b.jsonl"))


def test_a_flood_of_identical_lines_is_submitted_once_and_reported_in_one_line(
    run_cli: RunCli, batch_server: BatchTestServer, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    line = json.dumps({"text": SEED_000.read_text(encoding="utf-8")}, ensure_ascii=False)
    corpus.write_text((line + "\n") * 500, encoding="utf-8")
    job_dir = tmp_path / "job"
    submitted = run_cli("batch", "submit", str(corpus), "--out", str(job_dir), *flags(batch_server))
    assert submitted.returncode == 0, submitted.stderr
    (reported,) = [line for line in submitted.stderr.splitlines() if "Duplicate" in line]
    assert "499 input(s)" in reported and "submitted once" in reported and "496 more" in reported
    job = BatchJob.model_validate_json((job_dir / JOB_FILE).read_text())
    assert (len(job.articles), job.duplicate_count, len(job.duplicates)) == (1, 499, 3)


# Errors and resumable submits --------------------------------------------------------------------


def test_an_endpoint_without_a_batch_api_is_a_one_line_error_and_submit_can_be_rerun(
    run_in_process: RunCli, batch_server: BatchTestServer, tmp_path: Path
) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    job_dir = tmp_path / "job"
    with running_server() as plain:
        failed = run_in_process(
            "batch", "submit", str(corpus), "--out", str(job_dir), "--base-url", plain.url
        )
    assert failed.returncode == 1
    error = after_backend_line(failed.stderr)
    assert error.startswith("Error: ") and len(error.strip().splitlines()) == 1
    assert "has no Batch API (HTTP 404 while uploading the requests)" in failed.stderr
    assert "summarizer summarize" in failed.stderr and "Traceback" not in failed.stderr

    again = run_in_process("batch", "submit", str(corpus), "--out", str(job_dir), *flags(batch_server))
    assert again.returncode == 0, again.stderr
    assert (
        BatchJob.model_validate_json((job_dir / JOB_FILE).read_text()).settings.base_url == batch_server.url
    )


def test_a_failed_batch_creation_is_resumed_without_a_second_upload(
    run_in_process: RunCli, batch_server: BatchTestServer, tmp_path: Path
) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    job_dir = tmp_path / "job"
    create = batch_server.routes[("POST", "/v1/batches")]
    batch_server.add_route("POST", "/v1/batches", lambda request: Reply(400, {"error": {"message": "quota"}}))
    failed = run_in_process("batch", "submit", str(corpus), "--out", str(job_dir), *flags(batch_server))
    assert failed.returncode == 1 and "HTTP 400: quota" in failed.stderr

    batch_server.add_route("POST", "/v1/batches", create)
    again = run_in_process("batch", "submit", str(corpus), "--out", str(job_dir), *flags(batch_server))
    assert again.returncode == 0, again.stderr
    assert len(batch_server.files) == 1 and len(batch_server.batches) == 1
    third = run_in_process("batch", "submit", str(corpus), "--out", str(job_dir), *flags(batch_server))
    assert third.returncode == 1 and "already holds batch batch_0001" in third.stderr


def test_a_prompt_changed_since_submit_is_refused(
    run_in_process: RunCli, batch_server: BatchTestServer, tmp_path: Path
) -> None:
    prompt = tmp_path / "mine.v1.toml"
    shutil.copy(ROOT / "prompts" / "extract.v1.toml", prompt)
    corpus = make_corpus(tmp_path / "corpus")
    job_dir = tmp_path / "job"
    assert run_in_process("batch", "submit", str(corpus), "--out", str(job_dir), "--prompt", str(prompt),
                   *flags(batch_server)).returncode == 0  # fmt: skip
    prompt.write_text(prompt.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")

    collected = run_in_process(
        "batch", "collect", str(job_dir), "--out", str(tmp_path / "o.jsonl"), *flags(batch_server)
    )
    assert collected.returncode == 1
    assert "prompt mine.v1 changed since the job was submitted" in collected.stderr


def test_a_directory_without_a_job_is_a_one_line_error(run_in_process: RunCli, tmp_path: Path) -> None:
    result = run_in_process("batch", "status", str(tmp_path))
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == f"Error: {tmp_path}: not a batch job directory (no job.json): run `batch submit` first"
    )


# One result line ---------------------------------------------------------------------------------


@pytest.fixture
def request_of_seed() -> Any:
    article = prepare_article(load_path(str(SEED_000)).documents[0])
    return chunk_requests(article, load_prompt("extract.v3"), 1500)[0]


def answer_line(request: Any, answer: Any, mode_tools: bool = False, status: int = 200) -> dict[str, Any]:
    body: dict[str, Any] = {"messages": request.messages}
    if mode_tools:
        body["tools"] = [{"type": "function", "function": {"name": "ChunkAnswer"}}]
    recorded = RecordedRequest("POST", "/v1/chat/completions", {}, body, 0.0, True)
    reply = completion(recorded, answer)
    return {"custom_id": "x", "response": {"status_code": status, "body": reply.body}, "error": None}


@pytest.mark.parametrize("tools", [False, True])
def test_a_valid_answer_is_accepted_with_its_usage(request_of_seed: Any, tools: bool) -> None:
    answer = grounded_answer(request_of_seed.chunk.text)
    outcome = batch_outcome(answer_line(request_of_seed, answer, tools), request_of_seed, (1.0, 2.0))
    assert not isinstance(outcome, Problem)
    assert outcome.answer is not None and len(outcome.answer.targets) == len(answer["targets"])
    usage = outcome.usage
    assert usage.calls == 1 and usage.prompt_tokens > 0
    assert usage.cost_usd == pytest.approx((usage.prompt_tokens * 1.0 + usage.completion_tokens * 2.0) / 2e6)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (None, "no answer in the batch's results"),
        (
            {"custom_id": "x", "response": None, "error": {"code": "e", "message": "m"}},
            "with an error (e: m)",
        ),
        (
            {"custom_id": "x", "response": {"status_code": 429, "body": {}}, "error": None},
            "answered HTTP 429",
        ),
        ({"custom_id": "x", "response": {"status_code": 200, "body": {"x": 1}}}, "not a chat completion"),
    ],
)
def test_a_result_line_without_an_answer_is_a_problem(
    request_of_seed: Any, line: dict[str, Any] | None, reason: str
) -> None:
    outcome = batch_outcome(line, request_of_seed, None)
    assert isinstance(outcome, Problem) and reason in outcome.reason and outcome.payload is None


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        ("not json at all", "not valid JSON"),
        (
            {"priorities": [], "targets": [INVENTED_TARGET]},
            "targets.0.quote: quote '全年新增就业岗位12345个' does not",
        ),
        ({"priorities": []}, "targets: Field required"),
    ],
)
def test_an_answer_that_fails_the_online_validators_is_a_problem(
    request_of_seed: Any, answer: Any, reason: str
) -> None:
    outcome = batch_outcome(answer_line(request_of_seed, answer), request_of_seed, None)
    assert isinstance(outcome, Problem) and outcome.reason.startswith("the answer fails validation: ")
    assert reason in outcome.reason and outcome.payload is not None and outcome.usage.calls == 1
