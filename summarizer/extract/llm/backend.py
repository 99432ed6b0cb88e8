"""The LLM backend: each article chunked, each chunk sent through instructor, the answers merged.

As in the rules backend, text outside any region's section (a preface) is read only when no
section of the article has a region.

All chunks of all articles share one async client and its call slots (`--concurrency`): a chunk holds
a slot while its request is in flight (`CallSlot`). Articles are yielded as they finish. A chunk that
fails after its retries makes its article partial; an error that no retry can fix (bad key, unknown
model, unreachable endpoint) stops the run.
"""

from __future__ import annotations

import asyncio
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from summarizer import __version__
from summarizer.config import Settings, default_cache_dir, is_openai_api
from summarizer.errors import BackendError, ConfigError, public_url
from summarizer.extract import Extraction
from summarizer.extract.llm.assemble import ChunkResult, assemble_extraction
from summarizer.extract.llm.cache import AnswerCache, CachedAnswer, cache_key
from summarizer.extract.llm.calls import (
    CALL_SLOT,
    RULES_HINT,
    CallOutcome,
    CallSlot,
    CallSlots,
    ChunkFailure,
    Endpoint,
    LLMCaller,
    RetryPolicy,
    default_mode,
)
from summarizer.extract.llm.chunk_requests import ChunkRequest, RequestBuilder
from summarizer.extract.llm.prompts import PromptTemplate, load_prompt
from summarizer.extract.llm.reading import ChunkReader, EndOfInput
from summarizer.extract.llm.schema import ChunkContext, schema_sha256
from summarizer.extract.rules.headlines import regions_with_headlines
from summarizer.ingest.prepare import PreparedArticle
from summarizer.schema import Provenance, Usage

READ_AHEAD_CALLS = 2
"""Chunks kept waiting for a call slot, per slot: enough that a slot never waits for the reader."""
REFILL_CALLS = 1
"""Chunks read per slot each time the reader wakes (fewer wake-ups than one article at a time)."""


@dataclass
class _Run:
    """What one `extract_many` call shares across its chunks.

    `waiting` counts the chunks read from the input that have neither a cached answer nor a call
    slot yet. When it falls under `low_water`, the run reads articles until it reaches `high_water`,
    so a corpus streams through (memory stays flat) while the endpoint never waits for work.
    """

    asker: ChunkAsker
    caller: LLMCaller
    slots: CallSlots
    low_water: int
    high_water: int
    waiting: int = 0
    hungry: asyncio.Future[None] | None = None

    def chunk_left_queue(self) -> None:
        """A chunk got its answer from the cache or a call slot: wake the reader when work runs low."""
        self.waiting -= 1
        if self.waiting < self.low_water and self.hungry is not None and not self.hungry.done():
            self.hungry.set_result(None)


class ChunkAsker:
    """The one way a chunk gets its answer, online and in batch mode alike: the answer cache, else the
    model, whose answer is then cached."""

    def __init__(self, backend: LLMBackend) -> None:
        self.endpoint = backend.endpoint
        self.prompt = backend.prompt
        self.retry_policy = backend.retry_policy
        self.prices = backend.prices
        self.schema_sha256 = backend.schema_sha256
        self.cache = AnswerCache(backend.cache_dir) if backend.cache_dir is not None else None

    def new_caller(self) -> LLMCaller:
        """A client for the running event loop."""
        return LLMCaller(self.endpoint, self.retry_policy, self.prices)

    def key(self, messages: Sequence[dict[str, str]]) -> str:
        """The answer cache's key for a chunk's messages under this endpoint, model, prompt and schema."""
        return cache_key(
            base_url=self.endpoint.public_url,
            model=self.endpoint.model,
            mode=self.endpoint.mode,
            prompt_sha256=self.prompt.sha256,
            schema_sha256=self.schema_sha256,
            temperature=self.endpoint.temperature,
            messages=messages,
        )

    def lookup(self, messages: Sequence[dict[str, str]], context: ChunkContext) -> CachedAnswer | None:
        """The cached answer, validated again against the chunk; None when there is none."""
        return self.cache.get(self.key(messages), context) if self.cache is not None else None

    def remember(self, messages: Sequence[dict[str, str]], answer: CachedAnswer) -> None:
        """Keep an answer (from a call or from a batch) for the next run."""
        if self.cache is not None:
            self.cache.put(self.key(messages), answer, model=self.endpoint.model, prompt_id=self.prompt.id)

    async def call(
        self, caller: LLMCaller, messages: Sequence[dict[str, str]], context: ChunkContext
    ) -> CallOutcome:
        """The model's answer (ChunkFailure when there is none after retries), then cached."""
        outcome = await caller.extract(messages, context)
        self.remember(
            messages, CachedAnswer(answer=outcome.answer, warnings=outcome.warnings, usage=outcome.usage)
        )
        return outcome

    def close(self) -> None:
        if self.cache is not None:
            self.cache.close()


class LLMBackend:
    """Extraction by an OpenAI-compatible model, grounded and numbered by code."""

    name = "llm"

    def __init__(
        self, settings: Settings, *, retry_policy: RetryPolicy | None = None, max_tokens: int | None = None
    ) -> None:
        self.endpoint = endpoint_from_settings(settings, max_tokens)
        self.prompt: PromptTemplate = load_prompt(settings.prompt)
        self.chunk_chars = settings.chunk_chars
        self.concurrency = settings.concurrency
        self.cache_dir = None if settings.no_cache else settings.cache_dir or default_cache_dir()
        self.prices = settings.prices.get(settings.model)
        self.retry_policy = retry_policy or RetryPolicy()
        self.schema_sha256 = schema_sha256()
        self.usage = Usage()
        """Usage summed over every article this backend has extracted."""
        self.in_flight = 0
        """Calls waiting on the endpoint right now (the corpus progress bar shows it)."""

    def provenance(self) -> Provenance:
        return Provenance(
            backend=self.name,
            model=self.endpoint.model,
            base_url=self.endpoint.public_url,
            mode=self.endpoint.mode,
            prompt_id=self.prompt.id,
            prompt_sha256=self.prompt.sha256,
            code_version=__version__,
        )

    def extract_many(
        self, articles: Iterable[PreparedArticle]
    ) -> Iterator[tuple[PreparedArticle, Extraction]]:
        """(article, extraction) for each article as its last chunk finishes; `articles` is read lazily,
        in a thread that also splits them into chunks, so loading and cleaning (the reader's work) and
        splitting never hold up the event loop."""
        asker = ChunkAsker(self)
        run = _Run(
            asker=asker,
            caller=asker.new_caller(),
            slots=CallSlots(self.concurrency),
            low_water=READ_AHEAD_CALLS * self.concurrency,
            high_water=(READ_AHEAD_CALLS + REFILL_CALLS) * self.concurrency,
        )
        running: dict[asyncio.Task[Extraction], PreparedArticle] = {}
        loop = asyncio.new_event_loop()
        interrupted = _ctrl_c_through(loop)
        builder = RequestBuilder(self.prompt, self.chunk_chars)
        reader = ChunkReader(articles, builder.requests_of, loop, limit=REFILL_CALLS * self.concurrency)
        try:
            while True:
                source_open = self._read_ahead(loop, run, reader, running)
                if not running and not source_open:
                    return
                waited_on: list[asyncio.Future[Any]] = [*running]
                run.hungry = None
                if source_open and run.waiting < run.high_water:
                    waited_on.append(reader.arrival())  # the slots want more: wake when the reader has it
                elif source_open:
                    run.hungry = loop.create_future()  # wake when the slots run low
                    waited_on.append(run.hungry)
                if interrupted is not None:
                    waited_on.append(interrupted)
                loop.run_until_complete(asyncio.wait(waited_on, return_when=asyncio.FIRST_COMPLETED))
                if interrupted is not None and interrupted.done():
                    raise KeyboardInterrupt
                for task in [task for task in running if task.done()]:  # in reading order
                    extraction = task.result()
                    self.usage = self.usage + extraction.usage
                    yield running.pop(task), extraction
        finally:
            reader.stop()
            _shut_down(loop, run)

    def _read_ahead(
        self,
        loop: asyncio.AbstractEventLoop,
        run: _Run,
        reader: ChunkReader,
        running: dict[asyncio.Task[Extraction], PreparedArticle],
    ) -> bool:
        """Start the articles the reader has ready until enough chunks wait for a slot; False once the
        input is used up."""
        while run.waiting < run.high_water and not reader.finished:
            ready = reader.take()
            if ready is None:
                return True  # nothing ready yet
            if isinstance(ready, EndOfInput):
                return False
            article, requests = ready
            run.waiting += len(requests)
            running[loop.create_task(self._extract_article(run, article, requests))] = article
        return not reader.finished

    def article_work(self) -> Callable[[PreparedArticle], PreparedArticle]:
        """What may be done to each article where it is prepared: its chunks' requests built (the
        reader's thread then finds them built)."""
        return RequestBuilder(self.prompt, self.chunk_chars).with_requests

    async def _extract_article(
        self, run: _Run, article: PreparedArticle, requests: Sequence[ChunkRequest]
    ) -> Extraction:
        started = time.perf_counter()
        results = await asyncio.gather(*(self._extract_chunk(run, request) for request in requests))
        return article_extraction(article, results, time.perf_counter() - started)

    async def _extract_chunk(self, run: _Run, request: ChunkRequest) -> ChunkResult:
        """One chunk: from the cache, else from the model (then cached)."""
        chunk, messages, context = request.chunk, request.messages, request.context
        cached = run.asker.lookup(messages, context)
        if cached is not None:
            run.chunk_left_queue()
            return ChunkResult(
                chunk=chunk, answer=cached.answer, warnings=cached.warnings, usage=Usage(cached_calls=1)
            )
        try:
            slot = CallSlot(run.slots)
            await slot.take()
            token = CALL_SLOT.set(slot)
            run.chunk_left_queue()
            self.in_flight += 1
            try:
                outcome = await run.asker.call(run.caller, messages, context)
            finally:
                self.in_flight -= 1
                CALL_SLOT.reset(token)
                slot.give_back()
        except ChunkFailure as failure:
            return ChunkResult(chunk=chunk, answer=None, usage=failure.usage, error=str(failure))
        return ChunkResult(chunk=chunk, answer=outcome.answer, warnings=outcome.warnings, usage=outcome.usage)


def article_extraction(
    article: PreparedArticle, results: Sequence[ChunkResult], seconds: float
) -> Extraction:
    """An article's extraction from its chunks' results (online or from a batch), with its headlines."""
    extraction = assemble_extraction(results, article.plan_year, seconds)
    headed = regions_with_headlines(article)
    headline = next((region.headline for region in headed if region.headline), None)
    return extraction.model_copy(update={"regions": headed, "headline": headline})


def endpoint_from_settings(settings: Settings, max_tokens: int | None = None) -> Endpoint:
    """The endpoint to call, with the key it may receive (`Settings.sendable_key`).

    BackendError when the OpenAI API is meant but no key is set; ConfigError for a base URL with a
    user name and password, which cannot go along with the key (and would end up in logs).
    """
    base_url = settings.endpoint_url()
    key = settings.sendable_key()
    if key is None and is_openai_api(base_url):
        raise BackendError(
            "no API key for the OpenAI API: set OPENAI_API_KEY or pass --api-key, or point --base-url "
            f"at an OpenAI-compatible server (see docs/llm-endpoints.md); {RULES_HINT}"
        )
    parts = urlsplit(base_url)
    if parts.username is not None or parts.password is not None:
        raise ConfigError(
            f"the base URL {public_url(base_url)} holds a user name or password (user:…@): the key goes "
            "in the Authorization header, which cannot carry both; remove them from the URL and give the "
            "key with --api-key or SUMMARIZER_API_KEY"
        )
    return Endpoint(
        base_url=base_url,
        model=settings.model,
        mode=settings.mode or default_mode(settings.base_url),
        api_key=key,
        timeout=settings.timeout,
        max_retries=settings.max_retries,
        temperature=settings.temperature,
        max_tokens=max_tokens,
        key_fix=settings.key_fix(),
    )


def _ctrl_c_through(loop: asyncio.AbstractEventLoop) -> asyncio.Future[None] | None:
    """A future that Ctrl-C completes while `loop` lives, where this thread may take SIGINT from Python's
    default handler (else None: Ctrl-C is left as it is). The run then stops where it waits, between
    steps: raised inside a step, KeyboardInterrupt would end a task of the HTTP client with an exception
    no one reads, printed after the run's last line. What `asyncio.run` does, for a loop run in steps."""
    if threading.current_thread() is not threading.main_thread():
        return None
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        return None
    interrupted: asyncio.Future[None] = loop.create_future()

    def on_ctrl_c() -> None:
        if not interrupted.done():
            interrupted.set_result(None)

    loop.add_signal_handler(signal.SIGINT, on_ctrl_c)  # removed, Python's handler back, when the loop closes
    return interrupted


def _shut_down(loop: asyncio.AbstractEventLoop, run: _Run) -> None:
    """Cancel what is still running (an early stop or a fatal error), close the client, cache and loop."""
    loop.run_until_complete(_cancel_and_close(run))
    run.asker.close()
    loop.close()


async def _cancel_and_close(run: _Run) -> None:
    leftover = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
    for task in leftover:
        task.cancel()
    await asyncio.gather(*leftover, return_exceptions=True)
    await run.caller.close()
