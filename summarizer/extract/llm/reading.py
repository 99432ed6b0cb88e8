"""Reading articles for the LLM backend in a thread: the input is loaded, cleaned (by the iterator the
backend is given), split into chunks and each chunk's request built there (`chunk_requests`), so the
event loop that runs the calls never waits on it.

The thread keeps at most `limit` chunks ready; the loop takes them without blocking and asks for a
future that completes when the next one is ready.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from summarizer.extract.llm.chunk_requests import ChunkRequest
from summarizer.ingest.prepare import PreparedArticle

ReadyArticle = tuple[PreparedArticle, Sequence[ChunkRequest]]
RequestBuilder = Callable[[PreparedArticle], Sequence[ChunkRequest]]


class EndOfInput:
    """The marker after the last article."""


END_OF_INPUT = EndOfInput()
PUT_WAIT_SECONDS = 0.1
"""How often a reader waiting for room checks whether the run stopped."""


@dataclass(frozen=True)
class _ReadFailure:
    error: BaseException


class ChunkReader:
    """Articles and their chunks' requests (`build_requests`), read ahead by a daemon thread (it may be
    blocked on standard input) until `limit` chunks are ready: the loop's own read-ahead
    (extract.llm.backend) is on top of these."""

    def __init__(
        self,
        articles: Iterable[PreparedArticle],
        build_requests: RequestBuilder,
        loop: asyncio.AbstractEventLoop,
        limit: int,
    ) -> None:
        self._ready: deque[Any] = deque()
        self._ready_chunks = 0
        self._limit = max(1, limit)
        self._room = threading.Condition()
        self._loop = loop
        self._waiter: asyncio.Future[None] | None = None
        self._stopping = False
        self.finished = False
        """True once the loop has taken END_OF_INPUT (or the reader's failure)."""
        self._thread = threading.Thread(
            target=self._read, args=(iter(articles), build_requests), name="summarizer-reader", daemon=True
        )
        self._thread.start()

    def _read(self, source: Iterator[PreparedArticle], build_requests: RequestBuilder) -> None:
        try:
            for article in source:
                requests = build_requests(article)
                if not self._put((article, requests), len(requests)):
                    return
        except BaseException as exc:  # the input's failure is the run's: raised where articles are taken
            self._put(_ReadFailure(exc), 0)
            return
        self._put(END_OF_INPUT, 0)

    def _put(self, item: object, chunks: int) -> bool:
        """Queue an item once there is room, and wake the loop; False once stopped."""
        with self._room:
            while self._ready_chunks >= self._limit and not self._stopping:
                self._room.wait(PUT_WAIT_SECONDS)
            if self._stopping:
                return False
            self._ready.append((item, chunks))
            self._ready_chunks += chunks
        try:
            self._loop.call_soon_threadsafe(self._wake)
        except RuntimeError:  # the loop is closed: the run is over
            return False
        time.sleep(0)  # let the loop take the interpreter: it sends what is ready before this reads on
        return True

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    def take(self) -> ReadyArticle | EndOfInput | None:
        """The next article and its chunks' requests, END_OF_INPUT, or None when none is ready yet; the
        reader's exception when reading failed."""
        with self._room:
            if not self._ready:
                return None
            item, chunks = self._ready.popleft()
            self._ready_chunks -= chunks
            self._room.notify()
        if isinstance(item, _ReadFailure):
            self.finished = True
            raise item.error
        if item is END_OF_INPUT:
            self.finished = True
        result: ReadyArticle | EndOfInput = item
        return result

    def arrival(self) -> asyncio.Future[None]:
        """A future of the loop that completes when an item is ready (at once if one is)."""
        self._waiter = self._loop.create_future()
        with self._room:
            if self._ready:
                self._waiter.set_result(None)
        return self._waiter

    def stop(self) -> None:
        """Stop reading ahead (the thread ends at its next article)."""
        with self._room:
            self._stopping = True
            self._room.notify_all()
