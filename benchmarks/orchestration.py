"""Orchestration overhead of the LLM backend: many chunks against a server with a fixed latency per call.

Run: .venv/bin/python benchmarks/orchestration.py [--chunks 200] [--latency 0.2] [--concurrency 16] [--runs 5]

The local test server (tests/llm_server.py) runs in its own process and answers every call
`--latency` seconds after it arrives, over kept-alive HTTP/1.1 connections as real endpoints do. The
client runs in this process with `--concurrency` calls in flight and no cache, two ways:
- backend: `LLMBackend.extract_many` over articles prepared beforehand;
- corpus run: `run_corpus` over the same articles as files, loading, preparing and writing JSONL,
  as `summarizer summarize DIR --out results.jsonl` does (with as many workers as it chooses: from 50
  articles on, the articles are prepared in a process of their own).

Ideal wall time = calls x latency / concurrency. Goals: wall time <= 1.10 x ideal (issue 16; issue 6 asked
1.15), and client overhead under 5 ms a call, measured as this process's CPU time per call (what the client
spends on a call besides waiting for the server). No schedule reaches the ideal when the calls are not a
whole number of waves: with fixed latency, ceil(calls / concurrency) latencies is the least any client
takes (200 calls on 16 slots: 13 latencies, 2.6 s, 1.04 x ideal); the table shows both ratios. Also shown:
the latency the client adds to a call (the mean latency it measured from request to parsed response,
less the server's latency).
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.config import Settings  # noqa: E402
from summarizer.corpus import run_corpus  # noqa: E402
from summarizer.extract.llm.backend import LLMBackend  # noqa: E402
from summarizer.extract.llm.chunk import chunks_to_read  # noqa: E402
from summarizer.extract.parallel import default_workers  # noqa: E402
from summarizer.ingest.load import Document  # noqa: E402
from summarizer.ingest.prepare import PreparedArticle, prepare_article  # noqa: E402
from summarizer.schema import ArticleSummary  # noqa: E402
from summarizer.text import sha256_hex  # noqa: E402
from tests.synthetic import article_text  # noqa: E402

CHUNK_CHARS = 200


@dataclass
class Run:
    """One extraction of the whole corpus."""

    wall: float
    cpu: float
    calls: int
    latency: float  # summed over calls, as the client measured it


def corpus_of(chunks: int) -> list[PreparedArticle]:
    """Prepared articles holding exactly `chunks` chunks in all."""
    articles: list[PreparedArticle] = []
    total = 0
    number = 0
    while total < chunks:
        text = article_text(number)
        document = Document(id=f"a{number}", source_path=f"a{number}.txt", sha256=sha256_hex(text), text=text,
                            encoding="utf-8")  # fmt: skip
        article = prepare_article(document)
        count = len(chunks_to_read(article, CHUNK_CHARS))
        if total + count <= chunks:
            articles.append(article)
            total += count
        number += 1
    return articles


def serve(latency: float, urls: multiprocessing.Queue[str]) -> None:
    """The test server in a child process, so it does not share this process's interpreter lock."""
    from tests.llm_server import LLMTestServer, RecordedRequest, Reply, answer_from_prompt

    def slow(request: RecordedRequest) -> Reply:
        body = answer_from_prompt(request).body
        return Reply(200, body, delay=max(0.0, latency - (time.monotonic() - request.received_at)))

    server = LLMTestServer(keep_alive=True)
    server.default_chat = slow
    server.start()
    urls.put(server.url)
    server.stopping.wait()


def backend_for(url: str, concurrency: int) -> LLMBackend:
    settings = Settings(backend="llm", base_url=url, api_key="bench", concurrency=concurrency, no_cache=True,
                        chunk_chars=CHUNK_CHARS)  # fmt: skip
    return LLMBackend(settings)


def measured(backend: LLMBackend, work: Callable[[], object], statuses: Callable[[], list[str]]) -> Run:
    """Time `work`; then check, outside the timing, that every article came out ok."""
    started, cpu_started = time.perf_counter(), time.process_time()
    work()
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    found = statuses()
    assert set(found) == {"ok"}, found
    return Run(wall, cpu, backend.usage.calls, backend.usage.latency_s)


def backend_run(url: str, articles: list[PreparedArticle], concurrency: int) -> Run:
    """Extraction of prepared articles."""
    backend = backend_for(url, concurrency)
    extractions: list[str] = []

    def work() -> None:
        extractions.extend(extraction.status for _, extraction in backend.extract_many(iter(articles)))

    return measured(backend, work, lambda: extractions)


def corpus_run(url: str, articles: list[PreparedArticle], concurrency: int) -> Run:
    """A corpus run over the articles as files: load, prepare, extract, write JSONL."""
    backend = backend_for(url, concurrency)
    with tempfile.TemporaryDirectory() as scratch:
        inputs = Path(scratch, "corpus")
        inputs.mkdir()
        for article in articles:
            (inputs / article.document.source_path).write_text(article.document.text, encoding="utf-8")
        out = Path(scratch, "results.jsonl")

        def statuses() -> list[str]:
            lines = out.read_text(encoding="utf-8").splitlines()
            assert len(lines) == len(articles), f"{len(lines)} records for {len(articles)} articles"
            return [ArticleSummary.model_validate_json(line).status for line in lines]

        workers = default_workers(len(articles))  # as `summarizer summarize DIR` chooses
        return measured(backend, lambda: run_corpus([str(inputs)], backend, out, workers=workers), statuses)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chunks", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    articles = corpus_of(args.chunks)
    urls: multiprocessing.Queue[str] = multiprocessing.Queue()
    child = multiprocessing.Process(target=serve, args=(args.latency, urls), daemon=True)
    child.start()
    try:
        url = urls.get(timeout=30)
        backend_run(url, articles[:4], args.concurrency)  # warm-up: imports, first connections
        results = {"backend": [], "corpus run": []}  # type: dict[str, list[Run]]
        for _ in range(args.runs):  # interleaved, so both see the same machine
            results["backend"].append(backend_run(url, articles, args.concurrency))
            results["corpus run"].append(corpus_run(url, articles, args.concurrency))
    finally:
        child.terminate()
    print_table(results, len(articles), args)


def print_table(results: dict[str, list[Run]], article_count: int, args: argparse.Namespace) -> None:
    calls = results["backend"][0].calls
    ideal = calls * args.latency / args.concurrency
    waves = math.ceil(calls / args.concurrency) * args.latency
    rows = [
        ("articles / calls", f"{article_count} / {calls}", f"{article_count} / {calls}", ""),
        ("latency per call (s) / concurrency", f"{args.latency:g} / {args.concurrency}", "", ""),
        ("ideal: calls x latency / concurrency (s)", f"{ideal:.3f}", f"{ideal:.3f}", ""),
        ("whole waves: ceil(calls / concurrency) x latency (s)", f"{waves:.3f}", f"{waves:.3f}", ""),
    ]
    columns = {name: summary_of(runs, ideal, waves, args.latency) for name, runs in results.items()}
    for label, goal in (
        (f"wall time (median of {args.runs}, s)", ""),
        ("wall / ideal", "<= 1.10"),
        ("wall / whole waves", ""),
        ("slowest run / ideal", "<= 1.10"),
        ("client CPU per call (ms)", "< 5"),
        ("latency the client adds per call (ms)", ""),
    ):
        rows.append((label, columns["backend"][label], columns["corpus run"][label], goal))
    width = max(len(row[0]) for row in rows)
    print(f"{'measure':<{width}}  {'backend':>12}  {'corpus run':>12}  goal")
    for name, backend_value, corpus_value, goal in rows:
        print(f"{name:<{width}}  {backend_value:>12}  {corpus_value:>12}  {goal}")


def summary_of(runs: list[Run], ideal: float, waves: float, latency: float) -> dict[str, str]:
    """Medians over the runs (and the slowest run), formatted by row label."""
    wall = statistics.median(run.wall for run in runs)
    cpu_ms = statistics.median(run.cpu / run.calls * 1000 for run in runs)
    added_ms = statistics.median((run.latency / run.calls - latency) * 1000 for run in runs)
    return {
        f"wall time (median of {len(runs)}, s)": f"{wall:.3f}",
        "wall / ideal": f"{wall / ideal:.3f}",
        "wall / whole waves": f"{wall / waves:.3f}",
        "slowest run / ideal": f"{max(run.wall for run in runs) / ideal:.3f}",
        "client CPU per call (ms)": f"{cpu_ms:.2f}",
        "latency the client adds per call (ms)": f"{added_ms:.1f}",
    }


if __name__ == "__main__":
    main()
