"""The few Batch API calls a job needs (upload, create, retrieve, download), with one-line errors.

Each call has the online path's deadline (`--timeout` for the whole call, plus a second per MB of a
file sent or received): a server that drips its answer cannot hold a command open.
Imports openai: load this module only when a batch command runs.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Final, TypeVar

import openai
from openai.types import Batch
from pydantic import BaseModel, Field

from summarizer.errors import BackendError, first_line, redact
from summarizer.extract.llm.batch.requests import BATCH_ENDPOINT
from summarizer.extract.llm.calls import (
    NO_KEY_PLACEHOLDER,
    DeadlineHttpClient,
    Endpoint,
    error_detail,
    read_within,
)
from summarizer.io import write_atomically

COMPLETION_WINDOW: Final = "24h"
CLIENT_RETRIES = 3  # the openai client's own retries of 408/409/429/5xx and lost connections
KEPT = "the job directory is kept: run the command again"
ResultT = TypeVar("ResultT")


class BatchInfo(BaseModel):
    """What the Batch API says about a batch."""

    id: str
    status: str
    output_file_id: str | None = None
    error_file_id: str | None = None
    total: int = 0
    completed: int = 0
    failed: int = 0
    errors: list[str] = Field(default_factory=list)

    @classmethod
    def from_batch(cls, batch: Batch) -> BatchInfo:
        counts = batch.request_counts
        errors = batch.errors.data if batch.errors is not None and batch.errors.data else []
        return cls(
            id=batch.id,
            status=batch.status,
            output_file_id=batch.output_file_id,
            error_file_id=batch.error_file_id,
            total=counts.total if counts is not None else 0,
            completed=counts.completed if counts is not None else 0,
            failed=counts.failed if counts is not None else 0,
            errors=[f"{error.code or 'error'}: {error.message or ''}".strip() for error in errors],
        )

    @property
    def finished(self) -> bool:
        """True when the batch will not change any more."""
        return self.status in ("completed", "failed", "expired", "cancelled")


class BatchClient:
    """A client for the Batch API of one endpoint, synchronous to its callers; errors become BackendError."""

    def __init__(self, endpoint: Endpoint) -> None:
        self.where = endpoint.public_url
        self._secret = endpoint.secret
        self._key_fix = endpoint.key_fix
        self._timeout = endpoint.timeout
        self._loop = asyncio.new_event_loop()
        self._client = openai.AsyncOpenAI(
            base_url=endpoint.base_url,
            api_key=self._secret or NO_KEY_PLACEHOLDER,
            timeout=endpoint.timeout,
            max_retries=CLIENT_RETRIES,
            http_client=DeadlineHttpClient(seconds=endpoint.timeout),
        )

    def close(self) -> None:
        try:
            self._loop.run_until_complete(self._client.close())
        finally:
            self._loop.close()

    def upload(self, path: Path) -> str:
        """Upload a batch input file; its file id."""

        async def create() -> str:
            with path.open("rb") as handle:
                return (await self._client.files.create(file=(path.name, handle), purpose="batch")).id

        return self._call("uploading the requests", create)

    def create(self, input_file_id: str, metadata: dict[str, str]) -> BatchInfo:
        batch = self._call(
            "creating the batch",
            lambda: self._client.batches.create(
                input_file_id=input_file_id,
                endpoint=BATCH_ENDPOINT,
                completion_window=COMPLETION_WINDOW,
                metadata=metadata,
            ),
        )
        return BatchInfo.from_batch(batch)

    def retrieve(self, batch_id: str) -> BatchInfo:
        batch = self._call(f"reading batch {batch_id}", lambda: self._client.batches.retrieve(batch_id))
        return BatchInfo.from_batch(batch)

    def download(self, file_id: str, path: Path) -> None:
        """Save a result file whole (or not at all), without the API key should the server echo it."""

        async def fetch() -> bytes:
            async with self._client.files.with_streaming_response.content(file_id) as response:
                return await read_within(response.iter_bytes(), self._timeout, response.http_request)

        content = self._call(f"downloading file {file_id}", fetch)
        write_atomically(path, content.replace(self._secret.encode(), b"***") if self._secret else content)

    def _call(self, action: str, call: Callable[[], Awaitable[ResultT]]) -> ResultT:
        async def run() -> ResultT:
            return await call()

        try:
            return self._loop.run_until_complete(run())
        except openai.APIError as exc:
            message = describe_batch_error(exc, action, self.where, self._key_fix)
            raise BackendError(self._redact(message)) from None

    def _redact(self, message: str) -> str:
        return redact(message, self._secret)


def describe_batch_error(exc: openai.APIError, action: str, where: str, key_fix: str) -> str:
    """A one-line message for a failed Batch API call, with the fix."""
    if isinstance(exc, openai.APIStatusError):
        status, detail = exc.status_code, error_detail(exc)
        if status in (401, 403):
            return f"{where} rejected the API key (HTTP {status}) while {action}: {key_fix}"
        if status in (404, 405, 501):
            return (
                f"{where} has no Batch API (HTTP {status} while {action}): use an endpoint that has one, "
                "or run the corpus online with `summarizer summarize INPUT... --out results.jsonl`"
            )
        return f"{where} failed while {action} (HTTP {status}: {detail}); {KEPT}"
    if isinstance(exc, openai.APITimeoutError):
        return f"{where} did not answer in time while {action}: raise --timeout or try again later"
    if isinstance(exc, openai.APIConnectionError):
        return f"cannot reach {where} while {action}: check --base-url; {KEPT}"
    return f"{where} failed while {action}: {type(exc).__name__}: {first_line(str(exc))}"
