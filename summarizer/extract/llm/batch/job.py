"""Corpus runs through the OpenAI Batch API: the job directory, and submitting a job.

A job directory holds everything collection needs, so `batch collect` can run (again) any time later:

- `job.json`: the batch and input file ids, the request-shaping settings (never the API key), the
  prompt's id and sha256, the response schema's sha256, and per article its id, source path, sha256
  and chunk map (each chunk's custom_id, offsets and text sha256);
- `requests.jsonl`: the batch input file as uploaded, one chat-completion request per chunk;
- `documents.jsonl`: the loaded articles, so collection does not depend on the inputs staying put;
- after collection starts: `output.jsonl` and `errors.jsonl` (the batch's result files) and
  `reasked.jsonl` (answers re-asked online, so a second collect does not ask again).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from summarizer import __version__
from summarizer.config import Settings, Source
from summarizer.errors import BackendError, ConfigError, InputError, first_validation_error
from summarizer.extract.llm.backend import endpoint_from_settings
from summarizer.extract.llm.batch.client import BatchClient, BatchInfo
from summarizer.extract.llm.batch.requests import custom_id, request_body, request_line
from summarizer.extract.llm.calls import Endpoint
from summarizer.extract.llm.chunk_requests import chunk_requests
from summarizer.extract.llm.prompts import PromptTemplate, load_prompt
from summarizer.extract.llm.schema import schema_sha256
from summarizer.ingest.load import LoadFailure, iter_inputs
from summarizer.ingest.prepare import FirstCopies, PreparedArticle, prepare_article
from summarizer.io import AtomicLines, make_output_directory, write_atomically
from summarizer.text import sha256_hex

JOB_FILE = "job.json"
REQUESTS_FILE = "requests.jsonl"
DOCUMENTS_FILE = "documents.jsonl"
OUTPUT_FILE = "output.jsonl"
ERRORS_FILE = "errors.jsonl"
REASKED_FILE = "reasked.jsonl"
MAX_REQUESTS = 50_000  # the OpenAI Batch API's limits per batch
MAX_FILE_BYTES = 200_000_000


class JobChunk(BaseModel):
    custom_id: str
    index: int
    start: int
    end: int
    sha256: str = Field(description="Of the chunk's text: collection checks it is chunked the same way.")


class JobArticle(BaseModel):
    number: int
    id: str
    source_path: str
    sha256: str
    chunks: list[JobChunk]


class JobFailure(BaseModel):
    source_path: str
    message: str


class JobSettings(BaseModel):
    """The settings that shape the requests; the endpoint without user info; never the API key."""

    base_url: str
    model: str
    mode: str
    temperature: float
    max_tokens: int | None = None
    chunk_chars: int
    prompt: str
    prompt_id: str
    prompt_sha256: str
    schema_sha256: str
    base_url_source: Source | None = None
    """Where the base URL came from at submit: OPENAI_API_KEY goes to it later only if that was the
    command line or the environment (see summarizer/config.py)."""

    def same_requests(self, other: JobSettings) -> bool:
        """True when both shape the same requests (wherever their base URL came from)."""
        return self.model_copy(update={"base_url_source": None}) == other.model_copy(
            update={"base_url_source": None}
        )


class BatchJob(BaseModel):
    """The contents of job.json."""

    format: int = 1
    code_version: str = __version__
    created_at: float = Field(default_factory=time.time)
    settings: JobSettings
    input_file_id: str | None = None
    batch_id: str | None = None
    status: str = "prepared"
    output_file_id: str | None = None
    error_file_id: str | None = None
    requests: int = 0
    articles: list[JobArticle] = Field(default_factory=list)
    failures: list[JobFailure] = Field(default_factory=list)
    duplicates: list[tuple[str, str]] = Field(
        default_factory=list, description="The first few (copy, first) pairs of inputs with the same text."
    )
    duplicate_count: int = 0

    def record(self, info: BatchInfo) -> BatchJob:
        """The job with the batch's latest state."""
        return self.model_copy(
            update={
                "batch_id": info.id,
                "status": info.status,
                "output_file_id": info.output_file_id,
                "error_file_id": info.error_file_id,
            }
        )


def load_job(job_dir: Path) -> BatchJob:
    """The job of a job directory; InputError when there is none or it is damaged."""
    path = job_dir / JOB_FILE
    try:
        return BatchJob.model_validate_json(path.read_bytes())
    except OSError:
        raise InputError(
            f"{job_dir}: not a batch job directory (no {JOB_FILE}): run `batch submit` first"
        ) from None
    except ValidationError as exc:
        raise InputError(f"{path}: damaged job file: {first_validation_error(exc)}") from None


def save_job(job_dir: Path, job: BatchJob) -> None:
    write_atomically(job_dir / JOB_FILE, job.model_dump_json(indent=2) + "\n")


def job_settings(endpoint: Endpoint, prompt: PromptTemplate, settings: Settings) -> JobSettings:
    return JobSettings(
        base_url=endpoint.public_url,
        model=endpoint.model,
        mode=endpoint.mode,
        temperature=endpoint.temperature,
        max_tokens=endpoint.max_tokens,
        chunk_chars=settings.chunk_chars,
        prompt=str(Path(settings.prompt).resolve())
        if Path(settings.prompt).suffix == ".toml"
        else settings.prompt,
        prompt_id=prompt.id,
        prompt_sha256=prompt.sha256,
        schema_sha256=schema_sha256(),
        base_url_source=settings.sources.get("base_url"),
    )


def settings_for_job(job: JobSettings, local: Settings, base_url: str | None = None) -> Settings:
    """The job's request-shaping settings over the local ones (key, timeouts, cache); --base-url wins.

    The job's base URL is read from a file: it receives a key from OPENAI_API_KEY only when it came from
    the command line or the environment at submit.
    """
    submitted = job.base_url_source
    source = Source(submitted.kind, f"{submitted.name} at submit") if submitted else Source("job", JOB_FILE)
    if base_url:
        source = Source("flag", "--base-url")
    return local.model_copy(
        update={
            "sources": {**local.sources, "base_url": source},
            "backend": "llm",
            "base_url": base_url or job.base_url,
            "model": job.model,
            "mode": job.mode,
            "temperature": job.temperature,
            "chunk_chars": job.chunk_chars,
            "prompt": job.prompt,
        }
    )


def check_prompt_unchanged(job: JobSettings) -> PromptTemplate:
    """The job's prompt, refusing one whose file changed since the job was submitted."""
    prompt = load_prompt(job.prompt)
    if prompt.sha256 != job.prompt_sha256:
        raise ConfigError(
            f"prompt {job.prompt_id} changed since the job was submitted (sha256 {job.prompt_sha256[:12]} "
            f"then, {prompt.sha256[:12]} now): restore it or submit the job again"
        )
    if schema_sha256() != job.schema_sha256:
        raise ConfigError("the response schema changed since the job was submitted: submit the job again")
    return prompt


# Preparing ---------------------------------------------------------------------------------------


def prepare_job(inputs: Sequence[str], settings: Settings, job_dir: Path) -> BatchJob:
    """Write requests.jsonl and documents.jsonl for the inputs; the job, not yet uploaded."""
    endpoint = endpoint_from_settings(settings)
    prompt = load_prompt(settings.prompt)
    job = BatchJob(settings=job_settings(endpoint, prompt, settings))
    make_output_directory(job_dir)
    requests, documents = AtomicLines(job_dir / REQUESTS_FILE), AtomicLines(job_dir / DOCUMENTS_FILE)
    try:
        for article in _unique_articles(inputs, job):
            _add_article(article, job, endpoint, prompt, requests)
            documents.write(article.document.model_dump_json())
        _check_limits(job, requests.bytes)
    except BaseException:
        requests.discard()
        documents.discard()
        raise
    requests.commit()
    documents.commit()
    return job


def _unique_articles(inputs: Sequence[str], job: BatchJob) -> Iterator[PreparedArticle]:
    """The inputs' prepared articles, once per cleaned text; failures and duplicates noted in the job."""
    first_copies = FirstCopies()
    for item in iter_inputs(inputs):
        if isinstance(item, LoadFailure):
            job.failures.append(JobFailure(source_path=item.source_path, message=item.message))
            continue
        article = prepare_article(item)
        if first_copies.is_first(article):
            yield article
        job.duplicates, job.duplicate_count = first_copies.examples, first_copies.count


def _add_article(
    article: PreparedArticle,
    job: BatchJob,
    endpoint: Endpoint,
    prompt: PromptTemplate,
    requests: AtomicLines,
) -> None:
    """Write the article's chunk requests and add it, with its chunk map, to the job."""
    document, number = article.document, len(job.articles)
    chunks = []
    for request in chunk_requests(article, prompt, job.settings.chunk_chars):
        chunk = request.chunk
        request_id = custom_id(number, document.sha256, chunk.index)
        body = request_body(request.messages, endpoint)
        requests.write(json.dumps(request_line(request_id, body), ensure_ascii=False, separators=(",", ":")))
        chunks.append(
            JobChunk(
                custom_id=request_id,
                index=chunk.index,
                start=chunk.start,
                end=chunk.end,
                sha256=sha256_hex(chunk.text),
            )
        )
    job.articles.append(
        JobArticle(
            number=number,
            id=document.id,
            source_path=document.source_path,
            sha256=document.sha256,
            chunks=chunks,
        )
    )
    job.requests += len(chunks)


def _check_limits(job: BatchJob, file_bytes: int) -> None:
    if job.requests == 0:
        raise InputError("nothing to submit: no input could be read as an article")
    if job.requests > MAX_REQUESTS or file_bytes > MAX_FILE_BYTES:
        raise InputError(
            f"{job.requests} requests ({file_bytes / 1e6:.0f} MB) exceed one batch's limits "
            f"({MAX_REQUESTS} requests, {MAX_FILE_BYTES / 1e6:.0f} MB): split the inputs into several jobs"
        )


# Submitting --------------------------------------------------------------------------------------


def submit(inputs: Sequence[str], settings: Settings, job_dir: Path) -> BatchJob:
    """Prepare the requests, upload them and create the batch; the saved job.

    A job directory whose earlier submit uploaded the requests but did not create the batch is
    resumed (no second upload) when the settings are the same; one that was never uploaded is
    prepared afresh.
    """
    endpoint = endpoint_from_settings(settings)
    job = _uploaded_job(job_dir, job_settings(endpoint, load_prompt(settings.prompt), settings))
    if job is None:
        job = prepare_job(inputs, settings, job_dir)
        save_job(job_dir, job)
    client = BatchClient(endpoint)
    try:
        input_file_id = job.input_file_id or client.upload(job_dir / REQUESTS_FILE)
        job = job.model_copy(update={"input_file_id": input_file_id})
        save_job(job_dir, job)
        info = client.create(input_file_id, metadata={"summarizer_job": job_dir.name[:64]})
    finally:
        client.close()
    job = job.record(info)
    save_job(job_dir, job)
    return job


def _uploaded_job(job_dir: Path, settings: JobSettings) -> BatchJob | None:
    """An earlier job with these settings whose requests were uploaded; error when it holds a batch."""
    if not (job_dir / JOB_FILE).exists():
        return None
    job = load_job(job_dir)
    if job.batch_id is not None:
        raise BackendError(
            f"{job_dir} already holds batch {job.batch_id}: check it with "
            f"`summarizer batch status {job_dir}`, collect it, or choose another --out"
        )
    return job if job.input_file_id is not None and job.settings.same_requests(settings) else None
