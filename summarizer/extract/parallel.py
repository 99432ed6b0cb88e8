"""Documents in a process pool, handed back in input order with a bounded number in flight.

- `summarize_in_pool`: the offline pipeline, each document prepared, extracted and serialized in a worker.
  Only a backend whose work is CPU in its own process (`cpu_bound = True`, the rules) runs there.
- `prepare_in_pool`: the LLM backend waits on the network and has its own concurrency, but decoding,
  cleaning and splitting an article, and building its chunks' requests, is CPU: a worker does it, so the
  process that runs the calls keeps its interpreter for them.

Workers ignore SIGINT: Ctrl-C reaches the main process, which writes every record already finished and
stops the pool.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import queue
import signal
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, cast

from summarizer.errors import SummarizerError
from summarizer.extract import Backend
from summarizer.extract.pipeline import build_summary, prepare_input
from summarizer.extract.records import RecordKey, record_key
from summarizer.ingest.load import Document, UnreadFile
from summarizer.ingest.prepare import PreparedArticle, text_digest
from summarizer.schema import ArticleSummary, Provenance, Usage

IN_FLIGHT_PER_WORKER = 4
"""Documents sent ahead per worker: enough that no worker waits for the reader, few enough that memory
stays flat (a finished record waits only for the ones before it)."""
BATCH_DOCUMENTS = 4
"""Documents sent to a worker in one trip when the reader is ahead: a quarter of the round trips, and of
the wake-ups of the pool's threads and of this process's, that one document a trip costs."""
Outcomes = Generator[object, None, None]
"""A pool's outcomes in input order; closing the generator stops the pool."""
Task = Callable[[list[Any]], list[Any]]
"""What a worker does with a batch of documents."""
ArticleWork = Callable[[PreparedArticle], PreparedArticle]
"""A backend's own work on a prepared article, done where the article was prepared (`article_work_of`)."""
PREPARING_WORKERS = 1
"""Processes that prepare articles for the LLM backend: one prepares ~100 a second, far more than the
calls of a run take."""
POOL_MIN_ARTICLES = 50
"""Below this many articles the default is one process: starting workers (~0.3 s) costs more than it
saves."""


class WorkerError(SummarizerError):
    """A worker process died (killed, out of memory): the run stops, finished records are kept."""


@dataclass(frozen=True)
class Finished:
    """One record made in a worker: its JSON line (UTF-8, as written), and what the writer needs without
    parsing it again."""

    line: bytes
    key: RecordKey
    usage: Usage
    text_digest: bytes | None
    """Of the cleaned text, to tell duplicates; None for a record of an input that could not be read."""


def finished(summary: ArticleSummary, digest: bytes | None) -> Finished:
    line = summary.__pydantic_serializer__.to_json(summary)  # model_dump_json's bytes, before it decodes them
    return Finished(line, record_key(summary), summary.provenance.usage, digest)


def cpu_count() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def article_work_of(backend: Backend) -> ArticleWork | None:
    """The part of a backend's work on each article that may be done where the article is prepared (a
    backend's optional `article_work` method, whose callable must be picklable), if any."""
    method = getattr(backend, "article_work", None)
    return cast(ArticleWork, method()) if method is not None else None


def runs_in_workers(backend: Backend) -> bool:
    """True for a backend whose work is CPU in this process (the rules): worth spreading over cores."""
    return bool(getattr(backend, "cpu_bound", False))


def default_workers(articles: int | None) -> int:
    """The default: every core, or one process for a corpus too small to repay starting workers."""
    if articles is not None and articles < POOL_MIN_ARTICLES:
        return 1
    return cpu_count()


# --- in a worker ---------------------------------------------------------------------------------

_worker: tuple[Backend, Provenance] | None = None


def _start_worker(backend: Backend | None) -> None:
    """Each worker's set-up: Ctrl-C is the main process's to handle; the backend (of a pool that
    summarizes) is built once; the worker ends when its parent does (a killed run leaves no process
    behind)."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if backend is not None:
        _worker = (backend, backend.provenance())
    threading.Thread(target=_exit_with_parent, daemon=True).start()


def _exit_with_parent() -> None:
    """Wait for the process that started the pool to end, then end this one (the pool's queues would
    otherwise keep an orphaned worker waiting for work forever)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    try:
        parent.join()
    except (OSError, ValueError):
        return  # the worker is ending on its own and closed the handle first
    os._exit(0)


def summarize_in_worker(job: Document | UnreadFile) -> Finished:
    """One input decoded (an unread file) and through prepare → extract → summary, serialized; an input
    that cannot be read or prepared is a failed record."""
    assert _worker is not None, "the pool's initializer did not run"
    backend, provenance = _worker
    article = prepare_input(job, backend.name)
    if isinstance(article, ArticleSummary):
        return finished(article, None)
    ((_, extraction),) = list(backend.extract_many([article]))
    return finished(build_summary(article, extraction, provenance), text_digest(article.text))


def summarize_batch(jobs: list[Document | UnreadFile]) -> list[Finished]:
    """Consecutive documents in one trip to a worker (`summarize_in_worker` each)."""
    return [summarize_in_worker(job) for job in jobs]


def prepare_batch(
    jobs: list[Document | UnreadFile], backend_name: str, article_work: ArticleWork | None = None
) -> list[PreparedArticle | ArticleSummary]:
    """Consecutive documents decoded and prepared in one trip to a worker, each article then through the
    backend's `article_work` if it has some; an input that cannot be read or prepared is its failed record
    (`prepare_input`)."""
    outcomes = [prepare_input(job, backend_name) for job in jobs]
    if article_work is None:
        return outcomes
    return [article_work(item) if isinstance(item, PreparedArticle) else item for item in outcomes]


# --- in the main process -------------------------------------------------------------------------


def pool_context(preload: Sequence[str]) -> multiprocessing.context.BaseContext:
    """How workers start. By fork when this process runs one thread: at once, with everything imported
    (the workers end with this process, so the output's lock, which they inherit, goes with it). Else
    from a fork server, a clean single-threaded process (a progress bar's thread could hold a lock at
    the moment of a fork) with the main module, this module and `preload` already imported."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["__main__", __name__, *preload])
        return context
    return multiprocessing.get_context("spawn")


def start_pool(
    workers: int, backend: Backend | None = None, preload: Sequence[str] = ()
) -> ProcessPoolExecutor:
    """A pool of `workers` processes (each with `backend`, for a pool that summarizes), forked at once when
    this process runs one thread (`pool_context`): start it before any thread of the run."""
    context = pool_context(preload)
    executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                                   initargs=(backend,))  # fmt: skip
    if context.get_start_method() == "fork":
        executor.submit(os.getpid).result()  # every worker forked now, before the reading thread starts
    return executor


@contextlib.contextmanager
def preparing_pool(wanted: bool) -> Iterator[ProcessPoolExecutor | None]:
    """The pool of PREPARING_WORKERS that `prepare_in_pool` sends articles to (None when not `wanted`),
    shut down when the block ends however it ends (at once, dropping what is queued, if the run stopped)."""
    executor = start_pool(PREPARING_WORKERS) if wanted else None
    try:
        yield executor
    finally:
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)


def summarize_in_pool(jobs: Iterable[object], backend: Backend, workers: int) -> Outcomes:
    """Each job's outcome in input order: a Document or an UnreadFile is summarized in a worker (its Finished
    record), any other job passes through as it is (see `_in_pool`)."""
    executor = start_pool(workers, backend, [type(backend).__module__])
    return _in_pool(jobs, executor, workers, summarize_batch)


def prepare_in_pool(
    jobs: Iterable[object],
    backend_name: str,
    executor: ProcessPoolExecutor,
    article_work: ArticleWork | None = None,
) -> Outcomes:
    """Each job's outcome in input order: a Document or an UnreadFile is decoded and prepared in a worker of
    `executor` (`preparing_pool`: its PreparedArticle, after `article_work`, or its failed record), any
    other job passes through as it is (see `_in_pool`)."""
    task = functools.partial(prepare_batch, backend_name=backend_name, article_work=article_work)
    return _in_pool(jobs, executor, PREPARING_WORKERS, task)


def _in_pool(jobs: Iterable[object], executor: ProcessPoolExecutor, workers: int, task: Task) -> Outcomes:
    """Each job's outcome in input order, the documents through `task` in `executor`'s `workers`. A thread
    reads `jobs` (which may wait on standard input) and another sends the documents to the pool in batches
    (`_Feeder`), at most about 3 × IN_FLIGHT_PER_WORKER × workers ahead, while this thread hands back each
    outcome as soon as it and those before it are done. On Ctrl-C, the outcomes already finished are handed
    back (in order, skipping those still running) before KeyboardInterrupt goes on. The pool is shut down
    when the outcomes end or the generator is closed."""
    feeder = _Feeder(jobs, executor, IN_FLIGHT_PER_WORKER * workers, task)
    feeder.start()
    finished = False
    try:
        while (item := feeder.next()) is not _END:
            yield from _results(item)
        finished = True
    except KeyboardInterrupt:
        for item in feeder.drain():
            if _done(item):
                yield from _results(item)
        raise
    finally:
        feeder.stop()
        # After a whole run nothing is pending: wait for the pool's own thread to end, or its exit hook may
        # wake it through a pipe it has already closed ("Bad file descriptor" at interpreter exit).
        executor.shutdown(wait=finished, cancel_futures=not finished)


_END = object()
WAIT_SECONDS = 0.1
"""How often a thread of the feeder that waits on a queue checks whether the run stopped."""


class _Feeder:
    """Two threads: one reads the jobs (it may be blocked on standard input), the other takes what has been
    read and submits the documents in batches of up to BATCH_DOCUMENTS: full batches while the reader is
    ahead, smaller ones (down to one document) when it is not, so a document read never waits for the next
    read. The first batches grow from one document (1, 2, 3, then BATCH_DOCUMENTS), so the run's first
    outcome waits for one document, not a batch: an LLM run's first call goes out sooner. The outcomes (a
    batch's future, a job passed through) wait in a bounded queue in input order."""

    def __init__(self, jobs: Iterable[Any], executor: ProcessPoolExecutor, limit: int, task: Task) -> None:
        self._executor = executor
        self._task = task
        self._read: queue.Queue[Any] = queue.Queue(maxsize=limit)
        # Two batches a worker wait while this process writes the records of the one before them.
        self._outcomes: queue.Queue[Any] = queue.Queue(maxsize=max(2, limit // 2))
        self._stopping = threading.Event()
        self._threads = [
            threading.Thread(target=self._read_jobs, args=(jobs,), name="summarizer-reader", daemon=True),
            threading.Thread(target=self._submit_batches, name="summarizer-feeder", daemon=True),
        ]

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def _read_jobs(self, jobs: Iterable[Any]) -> None:
        try:
            for job in jobs:
                if self._stopping.is_set():
                    return
                self._put(self._read, job)
        except BaseException as exc:  # the reader's failure is the run's: raised where outcomes are read
            self._put(self._read, _Failed(exc))
            return
        self._put(self._read, _END)

    def _submit_batches(self) -> None:
        held: Any = None
        submitted = 0
        while not self._stopping.is_set():
            job, held = (held, None) if held is not None else (self._get(self._read), None)
            if job is None:
                return  # stopped
            if not isinstance(job, (Document, UnreadFile)):
                self._put(self._outcomes, job if job is _END or isinstance(job, _Failed) else _Ready(job))
                if job is _END or isinstance(job, _Failed):
                    return
                continue
            batch = [job]
            size = min(BATCH_DOCUMENTS, submitted + 1)  # 1, 2, 3, then full batches
            while len(batch) < size and held is None:
                try:
                    following = self._read.get_nowait()
                except queue.Empty:
                    break
                if isinstance(following, (Document, UnreadFile)):
                    batch.append(following)
                else:
                    held = following
            try:
                self._put(self._outcomes, self._executor.submit(self._task, batch))
            except RuntimeError:  # the pool shut down: the run is stopping
                return
            submitted += 1

    def _put(self, into: queue.Queue[Any], item: Any) -> None:
        while not self._stopping.is_set():
            try:
                into.put(item, timeout=WAIT_SECONDS)
                return
            except queue.Full:
                continue

    def _get(self, source: queue.Queue[Any]) -> Any:
        """The next item, or None once the run stops."""
        while not self._stopping.is_set():
            try:
                return source.get(timeout=WAIT_SECONDS)
            except queue.Empty:
                continue
        return None

    def next(self) -> Any:
        """The next outcome in input order (a batch's future, a job passed through), or _END."""
        item = self._outcomes.get()
        if isinstance(item, _Failed):
            raise item.error
        return item

    def drain(self) -> list[Any]:
        """What is queued now, without waiting."""
        items = []
        while True:
            try:
                items.append(self._outcomes.get_nowait())
            except queue.Empty:
                return [item for item in items if item is not _END and not isinstance(item, _Failed)]

    def stop(self) -> None:
        self._stopping.set()


@dataclass(frozen=True)
class _Ready:
    job: Any


@dataclass(frozen=True)
class _Failed:
    error: BaseException


def _done(item: Any) -> bool:
    return isinstance(item, _Ready) or (isinstance(item, Future) and item.done() and not item.cancelled())


def _results(item: Any) -> list[Any]:
    """The outcomes an item of the queue stands for: a job passed through, or a batch's records."""
    if isinstance(item, _Ready):
        return [item.job]
    try:
        finished_records: list[Any] = item.result()
    except BrokenProcessPool:
        raise WorkerError("a worker process died (killed, or out of memory)") from None
    return finished_records
