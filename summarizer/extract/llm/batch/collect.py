"""Collecting a batch job: each chunk's answer validated like an online answer, merged per article.

Every answer in the batch's output is checked with the response schema's validators and the chunk as
context. An answer that fails validation, an error line, a non-200 line or a missing line is a
problem: by default the chunk is asked again online through the LLM backend's caller (with its
re-asks and retries); with `reask=False` the problems are listed, a failing answer keeps the items
that validate on their own, and a chunk with no answer makes its article partial. Articles are then
assembled by the same code as the online path and appended to the output like a corpus run: whole
lines, resumable (an article already in the output with status ok is not written again).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from summarizer.config import Settings
from summarizer.errors import BackendError, ConfigError, InputError, first_validation_error, redact
from summarizer.extract.llm.assemble import ChunkResult
from summarizer.extract.llm.backend import ChunkAsker, LLMBackend, article_extraction
from summarizer.extract.llm.batch.client import BatchClient
from summarizer.extract.llm.batch.job import (
    DOCUMENTS_FILE,
    ERRORS_FILE,
    OUTPUT_FILE,
    REASKED_FILE,
    BatchJob,
    JobArticle,
    check_prompt_unchanged,
    load_job,
    save_job,
)
from summarizer.extract.llm.cache import CachedAnswer
from summarizer.extract.llm.calls import ChunkFailure, LLMCaller, completion_json, usage_of_completion
from summarizer.extract.llm.chunk_requests import ChunkRequest, chunk_requests
from summarizer.extract.llm.prompts import PromptTemplate
from summarizer.extract.llm.schema import CONTEXT_KEY, ChunkAnswer, ChunkContext, parse_leniently
from summarizer.extract.pipeline import build_summary, failed_record
from summarizer.extract.records import ResumeIndex, compact, config_key, digest, open_for_resume
from summarizer.ingest.load import Document, LoadFailure
from summarizer.ingest.prepare import PreparedArticle, prepare_article
from summarizer.io import JsonlAppender, append_line, complete_lines, exclusive_writer
from summarizer.schema import ArticleSummary, Usage
from summarizer.text import sha256_hex

BATCH_PRICE_FACTOR = 0.5  # the OpenAI Batch API bills half the online price
COLLECTABLE = ("completed", "expired", "cancelled")
GROUP_SIZE = 32


@dataclass
class Problem:
    """Why a chunk has no valid answer from the batch; the failing answer and its usage, if any."""

    reason: str
    payload: str | None = None
    usage: Usage = field(default_factory=Usage)


@dataclass
class PendingArticle:
    article: PreparedArticle
    requests: list[tuple[str, ChunkRequest]]


@dataclass
class CollectReport:
    written: int = 0
    failed: int = 0
    partial: int = 0
    skipped: int = 0
    from_batch: int = 0
    reasked: int = 0
    reask_failed: int = 0
    listed: list[str] = field(default_factory=list)

    def count(self, summary: ArticleSummary) -> None:
        self.written += 1
        self.failed += summary.status == "failed"
        self.partial += summary.status == "partial"

    def lines(self, out: Path) -> list[str]:
        """A short human summary, one fact a line."""
        counts = f"{self.failed} failed, {self.partial} partial, {self.skipped} already done"
        found = [f"Wrote {self.written} record(s) to {out} ({counts})."]
        if self.from_batch or self.reasked:
            found.append(
                f"{self.from_batch} chunk answer(s) from the batch; {self.reasked} re-asked online"
                f" ({self.reask_failed} of them failed)."
            )
        found.extend(f"Not re-asked: {problem}" for problem in self.listed)
        return found


# Reading the job directory -----------------------------------------------------------------------


class ResultIndex:
    """The batch's result lines (output, then errors) by custom_id, read from disk on demand."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self._handles: list[IO[bytes]] = []
        self._offsets: dict[str, tuple[int, int]] = {}
        for path in paths:
            if path.exists():
                self._index(path)

    def _index(self, path: Path) -> None:
        handle = path.open("rb")
        self._handles.append(handle)
        offset = 0
        for line in handle:
            request_id = _custom_id_of(line)
            if request_id is not None:
                self._offsets.setdefault(request_id, (len(self._handles) - 1, offset))
            offset += len(line)

    def get(self, request_id: str) -> dict[str, Any] | None:
        located = self._offsets.get(request_id)
        if located is None:
            return None
        handle = self._handles[located[0]]
        handle.seek(located[1])
        parsed: dict[str, Any] = json.loads(handle.readline())
        return parsed

    def close(self) -> None:
        for handle in self._handles:
            handle.close()


def _custom_id_of(line: bytes) -> str | None:
    try:
        parsed = json.loads(line)
    except ValueError:
        return None
    request_id = parsed.get("custom_id") if isinstance(parsed, dict) else None
    return request_id if isinstance(request_id, str) else None


class ReaskStore:
    """Answers re-asked online, one JSON line each, so a later collect does not ask again."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._answers: dict[str, str] = {}
        for line in complete_lines(path):
            record = json.loads(line)
            self._answers[record["custom_id"]] = json.dumps(record["answer"], ensure_ascii=False)

    def get(self, request_id: str, context: ChunkContext) -> CachedAnswer | None:
        """The stored answer, validated again against its chunk; None when absent or no longer valid."""
        stored = self._answers.get(request_id)
        if stored is None:
            return None
        try:
            return CachedAnswer.model_validate_json(stored, context={CONTEXT_KEY: context})
        except ValidationError:
            return None

    def add(self, request_id: str, answer: CachedAnswer) -> None:
        serialized = answer.model_dump_json()
        line = json.dumps({"custom_id": request_id, "answer": json.loads(serialized)}, ensure_ascii=False)
        append_line(self.path, line)
        self._answers[request_id] = serialized


def pending_articles(
    job_dir: Path, job: BatchJob, prompt: PromptTemplate, skip: set[bytes]
) -> Iterator[PendingArticle]:
    """The job's articles whose sha256 digest is not in `skip`, prepared and chunked again, checked against
    the chunk map."""
    with (job_dir / DOCUMENTS_FILE).open("rb") as documents:
        for entry, line in zip(job.articles, documents, strict=True):
            if digest(entry.sha256) in skip:
                continue
            try:
                document = Document.model_validate_json(line)
            except ValidationError:
                raise InputError(f"{job_dir / DOCUMENTS_FILE}: damaged: submit the job again") from None
            article = prepare_article(document)
            requests = chunk_requests(article, prompt, job.settings.chunk_chars)
            _check_chunk_map(entry, requests, job)
            yield PendingArticle(
                article, [(c.custom_id, r) for c, r in zip(entry.chunks, requests, strict=True)]
            )


def _check_chunk_map(entry: JobArticle, requests: Sequence[ChunkRequest], job: BatchJob) -> None:
    found = [(r.chunk.index, r.chunk.start, r.chunk.end, sha256_hex(r.chunk.text)) for r in requests]
    expected = [(c.index, c.start, c.end, c.sha256) for c in entry.chunks]
    if found != expected:
        raise ConfigError(
            f"{entry.source_path} is chunked differently than when the job was submitted (summarizer "
            f"{job.code_version} then): submit the job again"
        )


# Refreshing the batch ----------------------------------------------------------------------------


def refresh_results(job_dir: Path, job: BatchJob, backend: LLMBackend) -> BatchJob:
    """The job with the batch's final state and its result files downloaded into the job directory."""
    if job.batch_id is None:
        raise InputError(
            f"{job_dir}: the job was prepared but not submitted: run `summarizer batch submit` again"
        )
    if _results_downloaded(job_dir, job):
        return job
    client = BatchClient(backend.endpoint)
    try:
        info = client.retrieve(job.batch_id)
        job = job.record(info)
        save_job(job_dir, job)
        if info.status == "failed":
            reasons = "; ".join(info.errors[:3]) or "no reason given"
            raise BackendError(f"batch {info.id} failed ({reasons}): fix the cause and submit again")
        if info.status not in COLLECTABLE:
            raise BackendError(
                f"batch {info.id} is {info.status} ({info.completed} of {info.total} requests done): "
                f"wait with `summarizer batch status {job_dir} --wait`, then collect again"
            )
        for file_id, name in ((info.output_file_id, OUTPUT_FILE), (info.error_file_id, ERRORS_FILE)):
            if file_id is not None and not (job_dir / name).exists():
                client.download(file_id, job_dir / name)
    finally:
        client.close()
    return job


def _results_downloaded(job_dir: Path, job: BatchJob) -> bool:
    wanted = [
        name
        for file_id, name in ((job.output_file_id, OUTPUT_FILE), (job.error_file_id, ERRORS_FILE))
        if file_id is not None
    ]
    return job.status in COLLECTABLE and all((job_dir / name).exists() for name in wanted)


# One chunk's answer from the batch ---------------------------------------------------------------


def validate_answer(payload: str, context: ChunkContext) -> ChunkAnswer:
    """The answer, validated like an online answer; ValueError with the first problem when it fails."""
    try:
        data = json.loads(payload, strict=False)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON: {exc}") from None
    try:
        return ChunkAnswer.model_validate(data, context={CONTEXT_KEY: context})
    except ValidationError as exc:
        raise ValueError(first_validation_error(exc)) from None


def batch_outcome(
    line: dict[str, Any] | None, request: ChunkRequest, prices: tuple[float, float] | None
) -> ChunkResult | Problem:
    """The chunk's validated answer from its result line, or why there is none."""
    from openai.types.chat import ChatCompletion

    if line is None:
        return Problem("no answer in the batch's results")
    error, response = line.get("error"), line.get("response")
    if error:
        detail = f"{error.get('code')}: {error.get('message')}" if isinstance(error, dict) else str(error)
        return Problem(f"the batch answered with an error ({detail[:200]})")
    if not isinstance(response, dict) or response.get("status_code") != 200:
        status = response.get("status_code") if isinstance(response, dict) else None
        return Problem(f"the batch answered HTTP {status}")
    try:
        completion = ChatCompletion.model_validate(response.get("body"))
    except ValidationError:
        return Problem("the batch's answer is not a chat completion")
    usage = batch_usage(completion.usage, prices)
    payload = completion_json(completion)
    try:
        answer = validate_answer(payload, request.context)
    except ValueError as exc:
        return Problem(f"the answer fails validation: {exc}", payload, usage)
    return ChunkResult(chunk=request.chunk, answer=answer, usage=usage)


def batch_usage(usage: Any, prices: tuple[float, float] | None) -> Usage:
    """One call's tokens and cost, at the Batch API's price."""
    tokens = usage_of_completion(usage, prices)
    return Usage(calls=1, cost_usd=tokens.cost_usd * BATCH_PRICE_FACTOR) + tokens.model_copy(
        update={"cost_usd": 0.0}
    )


def unreasked_result(request: ChunkRequest, problem: Problem) -> ChunkResult:
    """Without a re-ask: the items of a failing answer that validate alone, or no answer at all."""
    if problem.payload is not None:
        try:
            answer, dropped = parse_leniently(problem.payload, request.context)
        except ValueError:
            pass
        else:
            warnings = [f"{warning} (batch answer, not re-asked)" for warning in dropped]
            return ChunkResult(chunk=request.chunk, answer=answer, warnings=warnings, usage=problem.usage)
    return ChunkResult(chunk=request.chunk, answer=None, usage=problem.usage, error=problem.reason)


# Collecting --------------------------------------------------------------------------------------


def collect(
    job_dir: Path,
    out: Path,
    settings: Settings,
    *,
    reask: bool = True,
    force: bool = False,
    group_size: int = GROUP_SIZE,
) -> CollectReport:
    """Download, validate, re-ask (or list) and merge a batch job's answers into `out`."""
    with exclusive_writer(out):
        job = load_job(job_dir)
        prompt = check_prompt_unchanged(job.settings)
        backend = LLMBackend(settings)
        job = refresh_results(job_dir, job, backend)
        provenance = backend.provenance()
        # Also cuts a torn last line, which --force must not append to either.
        index = open_for_resume(out, config_key(provenance))
        collector = Collector(job_dir, backend, reask)
        skipped = set() if force else index.finished | (index.recorded if not reask else set())
        collector.report.skipped = sum(digest(entry.sha256) in skipped for entry in job.articles)
        writer = JsonlAppender(out)
        replaces = index.superseded
        try:
            replaces |= _write_unreadable(job, index, force, writer, collector.report)
            for group in _groups(pending_articles(job_dir, job, prompt, skipped), group_size):
                for article, results in collector.results(group):
                    summary = build_summary(article, article_extraction(article, results, 0.0), provenance)
                    replaces |= index.replaces(summary)
                    writer.write(summary.model_dump_json())
                    collector.report.count(summary)
        finally:
            writer.close()
            collector.close()
        if replaces:
            compact(out)
    return collector.report


def _write_unreadable(
    job: BatchJob, index: ResumeIndex, force: bool, writer: JsonlAppender, report: CollectReport
) -> bool:
    """A failed record for each input that could not be read at submit, unless already written; whether
    one replaced a record the output held."""
    replaces = False
    for failure in job.failures:
        if force or failure.source_path not in index.unreadable:
            summary = failed_record(LoadFailure(failure.source_path, failure.message), "llm")
            replaces |= index.replaces(summary)
            writer.write(summary.model_dump_json())
            report.count(summary)
    return replaces


def _groups(items: Iterator[PendingArticle], size: int) -> Iterator[list[PendingArticle]]:
    group: list[PendingArticle] = []
    for item in items:
        group.append(item)
        if len(group) >= size:
            yield group
            group = []
    if group:
        yield group


class Collector:
    """One result per chunk: stored re-asks, valid batch answers (cached), new re-asks or listed problems."""

    def __init__(self, job_dir: Path, backend: LLMBackend, reask: bool) -> None:
        self.asker = ChunkAsker(backend)
        self.concurrency = backend.concurrency
        self.reask = reask
        self.report = CollectReport()
        self.index = ResultIndex([job_dir / OUTPUT_FILE, job_dir / ERRORS_FILE])
        self.store = ReaskStore(job_dir / REASKED_FILE)

    def close(self) -> None:
        self.index.close()
        self.asker.close()

    def results(self, group: list[PendingArticle]) -> list[tuple[PreparedArticle, list[ChunkResult]]]:
        """Each article of the group with its chunks' results, in chunk order."""
        results: dict[str, ChunkResult] = {}
        problems: list[tuple[str, ChunkRequest, Problem]] = []
        for pending in group:
            for request_id, request in pending.requests:
                outcome = self._known(request_id, request)
                if isinstance(outcome, Problem):
                    problems.append((request_id, request, outcome))
                else:
                    results[request_id] = outcome
        if self.reask and problems:
            results.update(asyncio.run(self._reask_all(problems)))
        for request_id, request, problem in [] if self.reask else problems:
            self.report.listed.append(f"{request_id}: {problem.reason}")
            results[request_id] = unreasked_result(request, problem)
        return [(p.article, [results[request_id] for request_id, _ in p.requests]) for p in group]

    def _known(self, request_id: str, request: ChunkRequest) -> ChunkResult | Problem:
        """The chunk's stored re-ask, else its valid batch answer (then cached), else the problem."""
        stored = self.store.get(request_id, request.context)
        if stored is not None:
            return _result(request, stored)
        outcome = batch_outcome(self.index.get(request_id), request, self.asker.prices)
        if isinstance(outcome, Problem):
            outcome.reason = redact(outcome.reason, self.asker.endpoint.secret)
            return outcome
        self.report.from_batch += 1
        if outcome.answer is not None:
            answer = CachedAnswer(answer=outcome.answer, warnings=[], usage=outcome.usage)
            self.asker.remember(request.messages, answer)
        return outcome

    async def _reask_all(
        self, problems: Sequence[tuple[str, ChunkRequest, Problem]]
    ) -> dict[str, ChunkResult]:
        """Each problem chunk asked again online, bounded by --concurrency; the answers stored."""
        caller = self.asker.new_caller()
        semaphore = asyncio.Semaphore(self.concurrency)
        try:
            asked = [self._reask_one(request, problem, caller, semaphore) for _, request, problem in problems]
            outcomes = await asyncio.gather(*asked, return_exceptions=True)
        finally:
            await caller.close()
        results: dict[str, ChunkResult] = {}
        for (request_id, _, _), outcome in zip(problems, outcomes, strict=True):
            if isinstance(outcome, BaseException):
                raise outcome  # an error no retry fixes (bad key, endpoint gone): the collect stops
            result, stored = outcome
            if stored is not None:
                self.store.add(request_id, stored)
            self.report.reasked += 1
            self.report.reask_failed += result.answer is None
            results[request_id] = result
        return results

    async def _reask_one(
        self, request: ChunkRequest, problem: Problem, caller: LLMCaller, semaphore: asyncio.Semaphore
    ) -> tuple[ChunkResult, CachedAnswer | None]:
        """A chunk's online answer (or the cache's), and what to store for later collects."""
        cached = self.asker.lookup(request.messages, request.context)
        if cached is not None:
            stored = CachedAnswer(
                answer=cached.answer, warnings=cached.warnings, usage=problem.usage + Usage(cached_calls=1)
            )
            return _result(request, stored), stored
        try:
            async with semaphore:
                outcome = await self.asker.call(caller, request.messages, request.context)
        except ChunkFailure as failure:
            error = f"{problem.reason}; asked again online: {failure}"
            usage = problem.usage + failure.usage
            return ChunkResult(chunk=request.chunk, answer=None, usage=usage, error=error), None
        usage = problem.usage + outcome.usage
        stored = CachedAnswer(answer=outcome.answer, warnings=outcome.warnings, usage=usage)
        return _result(request, stored), stored


def _result(request: ChunkRequest, stored: CachedAnswer) -> ChunkResult:
    return ChunkResult(
        chunk=request.chunk, answer=stored.answer, warnings=stored.warnings, usage=stored.usage
    )
