"""Corpus runs: stream one JSON line per finished article, resume where a run stopped, never tear a line.

During a run the output file is append-only: each record is written with one `write` of a whole line
and flushed to disk; a line torn by a crash is cut off when the next run opens the file. A record is an
ArticleSummary; an article that could not be read or extracted has `status: "failed"` and its `error`.
One run at a time writes a file (a lock beside it); a run that completes rewrites the file with one
current record per article and configuration (`extract.records`).
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO, cast

from summarizer.extract import Backend
from summarizer.extract.parallel import (
    ArticleWork,
    Finished,
    Outcomes,
    article_work_of,
    finished,
    prepare_in_pool,
    preparing_pool,
    runs_in_workers,
    summarize_in_pool,
)
from summarizer.extract.pipeline import build_summary, failed_record, prepare_input
from summarizer.extract.records import ResumeIndex, compact, config_key, open_for_resume
from summarizer.ingest.fetch import DEFAULT_FETCH_TIMEOUT
from summarizer.ingest.load import Document, LoadFailure, UnreadFile, iter_unread
from summarizer.ingest.prepare import FirstCopies, PreparedArticle, duplicates_line
from summarizer.io import JsonlAppender, exclusive_writer
from summarizer.schema import ArticleSummary, Usage, usage_text

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from rich.console import Console


class Progress(Protocol):
    """What a corpus run tells as it goes: each input that needed no record, and each record written
    (with its LLM usage)."""

    def skip(self) -> None: ...

    def advance(self, usage: Usage) -> None: ...


@dataclass
class CorpusReport:
    written: int = 0
    failed: int = 0
    partial: int = 0
    skipped: int = 0
    repaired_bytes: int = 0
    replaced: int = 0
    duplicates: FirstCopies = field(default_factory=FirstCopies)

    def lines(self, out: Path) -> list[str]:
        """A short human summary, one fact a line."""
        counts = f"{self.failed} failed, {self.partial} partial, {self.skipped} already done"
        found = [f"Wrote {self.written} record(s) to {out} ({counts})."]
        if self.repaired_bytes:
            found.append(f"Cut a torn last line ({self.repaired_bytes} bytes) left by an interrupted run.")
        if self.replaced:
            found.append(f"Replaced {self.replaced} earlier record(s) of the same articles (one record per "
                         "article and configuration).")  # fmt: skip
        duplicates = duplicates_line(self.duplicates.count, self.duplicates.examples, "processed")
        return [*found, duplicates] if duplicates else found


def run_corpus(inputs: Sequence[str], backend: Backend, out: Path, force: bool = False,
               progress: Progress | None = None, workers: int = 1,
               fetch_timeout: float = DEFAULT_FETCH_TIMEOUT) -> CorpusReport:  # fmt: skip
    """Summarize every input into `out`, resuming a previous run of the same configuration.

    Inputs stream through the backend one article at a time (memory stays flat); failures, finished
    articles and duplicates are recorded as they are read. With `workers` > 1 and a backend whose work is
    CPU (the rules), articles are prepared and extracted in that many processes, records still written in
    input order. OutputBusy at once when another run is writing `out`.
    """
    with exclusive_writer(out):
        provenance = backend.provenance()
        index = open_for_resume(out, config_key(provenance))
        report = CorpusReport(repaired_bytes=index.repaired_bytes)
        in_pool = workers > 1 and runs_in_workers(backend)
        # The LLM backend's articles are prepared in a process of their own, started before any thread.
        with preparing_pool(workers > 1 and not in_pool) as preparing:
            # In one process, the disk syncs behind the run (the LLM backend's event loop never waits on
            # it); a pool's workers fork from a process of one thread, so there the writer syncs itself.
            writer = _RecordWriter(JsonlAppender(out, sync_behind=not in_pool), index, report, progress)
            work = article_work_of(backend)
            reader = _ArticleReader(index, force, report, writer, backend.name, progress, work)
            items = iter_unread(inputs, exclude=out, fetch_timeout=fetch_timeout)  # decoded where prepared
            try:
                if in_pool:
                    for outcome in summarize_in_pool(reader.jobs(items), backend, workers):
                        reader.take(cast(Finished | _Passed, outcome))
                else:
                    for article, extraction in backend.extract_many(reader.articles(items, preparing)):
                        writer.write(build_summary(article, extraction, provenance))
            finally:
                writer.close()
        if writer.replaces:
            report.replaced = compact(out)
    return report


@dataclass
class _RecordWriter:
    """Appends records, counts them, and notes whether one replaced a record the file already held."""

    appender: JsonlAppender
    index: ResumeIndex
    report: CorpusReport
    progress: Progress | None = None
    replaces: bool = False
    lock: threading.RLock = field(default_factory=threading.RLock)
    """Held while writing or counting: the LLM backend reads its input (and so writes the records of
    unreadable inputs) in a thread of its own."""
    closed: bool = False

    def __post_init__(self) -> None:
        self.replaces = self.index.superseded

    def write(self, summary: ArticleSummary) -> None:
        self.write_finished(finished(summary, None))

    def write_finished(self, record: Finished) -> None:
        """A record already serialized (in a worker, or by `write`); none once the run has ended (a
        reading thread's late record of an unreadable input: the next run reads that input again)."""
        with self.lock:
            if self.closed:
                return
            self.replaces = self.replaces or self.index.replaces_key(record.key)
            self.appender.write(record.line)
            _count(record.key.status, self.report)
            if self.progress is not None:
                self.progress.advance(record.usage)

    def close(self) -> None:
        with self.lock:
            self.closed = True
            self.appender.close()


class _Done:
    """The marker of an input that a previous run finished."""


ALREADY_DONE = _Done()
_Passed = ArticleSummary | _Done
"""Jobs that need no worker: the record of an unreadable input, an article already done."""
_Item = Document | UnreadFile | LoadFailure
"""What the reader reads: a document, a file not decoded yet, an input that could not be read."""


@dataclass
class _ArticleReader:
    """The inputs that still need a backend, after failures, finished articles and duplicates."""

    index: ResumeIndex
    force: bool
    report: CorpusReport
    writer: _RecordWriter
    backend_name: str
    progress: Progress | None = None
    article_work: ArticleWork | None = None
    """The backend's work on each article that the preparing pool does too (`article_work_of`)."""

    def jobs(self, items: Iterable[_Item]) -> Iterator[Document | UnreadFile | ArticleSummary | _Done]:
        """In input order: the documents (or files not yet decoded) still to do, the failed record of each
        input that could not be read, and a marker for each article a previous run finished. Reads no state
        that the writer changes, so it may run in another thread (`summarize_in_pool`)."""
        for item in items:
            if isinstance(item, LoadFailure):
                yield failed_record(item, self.backend_name)
            elif not self.force and self.index.is_finished(item.sha256):
                yield ALREADY_DONE
            else:
                yield item

    def articles(
        self, items: Iterable[_Item], preparing: ProcessPoolExecutor | None = None
    ) -> Iterator[PreparedArticle]:
        """The jobs decoded and prepared, in this process or in the `preparing` pool, failed records written
        as they come, duplicates skipped."""
        jobs = self.jobs(items)
        if preparing is None:
            outcomes = self._prepared_here(jobs, self.backend_name)
        else:
            outcomes = prepare_in_pool(jobs, self.backend_name, preparing, self.article_work)
        with contextlib.closing(outcomes):
            for outcome in outcomes:
                if isinstance(outcome, PreparedArticle):
                    if self._first_copy(outcome):
                        yield outcome
                else:
                    self.take(cast(ArticleSummary | _Done, outcome))

    @staticmethod
    def _prepared_here(jobs: Iterable[object], backend_name: str) -> Outcomes:
        for job in jobs:
            yield prepare_input(job, backend_name) if isinstance(job, (Document, UnreadFile)) else job

    def take(self, outcome: Finished | ArticleSummary | _Done) -> None:
        """Write a record (one made in a worker only when no earlier article had the same text), or count
        an article already done."""
        with self.writer.lock:
            self._take(outcome)

    def _take(self, outcome: Finished | ArticleSummary | _Done) -> None:
        if isinstance(outcome, _Done):
            self.report.skipped += 1
            self._skip()
        elif isinstance(outcome, ArticleSummary):
            self.writer.write(outcome)
        elif outcome.text_digest is None or self.report.duplicates.is_first_text(
            outcome.text_digest, outcome.key.source_path
        ):
            self.writer.write_finished(outcome)
        else:
            self._skip()

    def _first_copy(self, article: PreparedArticle) -> bool:
        if self.report.duplicates.is_first(article):
            return True
        self._skip()
        return False

    def _skip(self) -> None:
        if self.progress is not None:
            with self.writer.lock:
                self.progress.skip()


def _count(status: str, report: CorpusReport) -> None:
    report.written += 1
    if status == "failed":
        report.failed += 1
    elif status == "partial":
        report.partial += 1


class CorpusProgress:
    """A rich progress bar on stderr: articles, calls, tokens, cost so far, chunks in flight, ETA."""

    def __init__(self, total: int | None, backend: Backend, console: Console | None = None) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self._backend = backend
        self._calls = self._tokens = 0
        self._cost = 0.0
        self._progress = Progress(
            TextColumn("articles"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
            TextColumn("calls {task.fields[calls]}  tokens {task.fields[tokens]}  ${task.fields[cost]}"
                       "  in flight {task.fields[in_flight]}"),
            TimeElapsedColumn(), TimeRemainingColumn(),
            console=console or Console(stderr=True), transient=False,
        )  # fmt: skip
        self._task = self._progress.add_task("run", total=total, calls=0, tokens=0, cost="0.00", in_flight=0)

    def __enter__(self) -> CorpusProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._progress.stop()

    @property
    def completed(self) -> int:
        return int(self._progress.tasks[0].completed)

    @property
    def total(self) -> int | None:
        total = self._progress.tasks[0].total
        return None if total is None else int(total)

    def skip(self) -> None:
        """An input that needs no record: already done, or a duplicate."""
        self._progress.update(self._task, advance=1)

    def advance(self, usage: Usage) -> None:
        """A record written (a summary, or the failure of an input that could not be read), and its usage."""
        self._calls += usage.calls
        self._tokens += usage.total_tokens
        self._cost += usage.cost_usd
        in_flight = getattr(self._backend, "in_flight", 0)
        self._progress.update(self._task, advance=1, calls=self._calls, tokens=self._tokens,
                              cost=f"{self._cost:.2f}", in_flight=in_flight)  # fmt: skip


class ProgressLines:
    """Progress for a log (stderr not a terminal): a line each time another tenth of the articles is done."""

    def __init__(self, total: int | None, stream: TextIO | None = None) -> None:
        self.total = total
        self.done = 0
        self._tenths_told = 0
        self._usage = Usage()
        self._stream = stream or sys.stderr
        self._started = time.perf_counter()

    def __enter__(self) -> ProgressLines:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    def skip(self) -> None:
        """An input that needs no record: already done, or a duplicate."""
        self._step()

    def advance(self, usage: Usage) -> None:
        """A record written, and its usage."""
        self._usage += usage
        self._step()

    def _step(self) -> None:
        self.done += 1
        if not self.total:
            return
        tenths = min(10, self.done * 10 // self.total)
        if tenths > self._tenths_told:
            self._tenths_told = tenths
            self._stream.write(self._line(tenths * 10) + "\n")
            self._stream.flush()

    def _line(self, percent: int) -> str:
        seconds = time.perf_counter() - self._started
        line = f"Progress: {percent}% ({self.done}/{self.total} articles, {seconds:.1f} s"
        usage = self._usage
        if usage.calls or usage.cached_calls:
            line += "; " + usage_text(usage.calls, usage.total_tokens, usage.cost_usd, usage.cached_calls)
        return line + ")"
