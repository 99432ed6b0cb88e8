"""Orchestration overhead of the LLM backend: many chunks against a server with a fixed latency per call.

Run: .venv/bin/python benchmarks/orchestration.py [--chunks 200] [--latency 0.2] [--concurrency 16] [--runs 3]
The local test server (tests/llm_server.py) runs in its own process and answers every call after
`--latency` seconds; the backend runs in this process with `--concurrency` calls in flight and no cache.
Ideal wall time = calls x latency / concurrency. Goals (issue 6): wall time <= 1.15 x ideal, client
overhead < 5 ms a call, where overhead a call = (wall - ideal) x concurrency / calls.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.chunk import chunk_article, chunks_to_read  # noqa: E402
from summarizer.config import Settings  # noqa: E402
from summarizer.extract.llm import LLMBackend  # noqa: E402
from summarizer.load import Document  # noqa: E402
from summarizer.prepare import PreparedArticle, prepare_article  # noqa: E402
from summarizer.text import sha256_hex  # noqa: E402
from tests.synthetic import article_text  # noqa: E402

CHUNK_CHARS = 200


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
        count = len(chunks_to_read(chunk_article(article, CHUNK_CHARS)))
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

    server = LLMTestServer(keep_alive=True)  # as real endpoints: HTTP/1.1, connections reused
    server.default_chat = slow
    server.start()
    urls.put(server.url)
    server.stopping.wait()


def one_run(url: str, articles: list[PreparedArticle], concurrency: int) -> tuple[float, float, int]:
    """Wall seconds, this process's CPU seconds and the calls of one extraction of every article."""
    settings = Settings(backend="llm", base_url=url, api_key="bench", concurrency=concurrency, no_cache=True,
                        chunk_chars=CHUNK_CHARS)  # fmt: skip
    backend = LLMBackend(settings)
    started, cpu_started = time.perf_counter(), time.process_time()
    statuses = [extraction.status for _, extraction in backend.extract_many(iter(articles))]
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    assert statuses == ["ok"] * len(articles), statuses
    return elapsed, cpu, backend.usage.calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chunks", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    articles = corpus_of(args.chunks)
    urls: multiprocessing.Queue[str] = multiprocessing.Queue()
    child = multiprocessing.Process(target=serve, args=(args.latency, urls), daemon=True)
    child.start()
    try:
        url = urls.get(timeout=30)
        one_run(url, articles[:4], args.concurrency)  # warm-up: imports, first connections
        runs = [one_run(url, articles, args.concurrency) for _ in range(args.runs)]
    finally:
        child.terminate()
    wall = statistics.median(seconds for seconds, _, _ in runs)
    cpu = statistics.median(cpu for _, cpu, _ in runs)
    print_table(wall, cpu, runs[0][2], len(articles), args)


def print_table(wall: float, cpu: float, calls: int, article_count: int, args: argparse.Namespace) -> None:
    ideal = calls * args.latency / args.concurrency
    waves = math.ceil(calls / args.concurrency) * args.latency
    overhead_ms = (wall - ideal) * args.concurrency / calls * 1000
    rows = [
        ("articles / calls", f"{article_count} / {calls}", ""),
        ("latency per call (s) / concurrency", f"{args.latency:g} / {args.concurrency}", ""),
        ("ideal: calls x latency / concurrency (s)", f"{ideal:.3f}", ""),
        ("lower bound in whole waves (s)", f"{waves:.3f}", ""),
        (f"wall time (median of {args.runs}, s)", f"{wall:.3f}", ""),
        ("wall / ideal", f"{wall / ideal:.3f}", "<= 1.15"),
        ("client overhead per call (ms)", f"{overhead_ms:.2f}", "< 5"),
        ("client CPU per call (ms)", f"{cpu / calls * 1000:.2f}", ""),
    ]
    width = max(len(row[0]) for row in rows)
    print(f"{'measure':<{width}}  {'value':>12}  goal")
    for name, value, goal in rows:
        print(f"{name:<{width}}  {value:>12}  {goal}")


if __name__ == "__main__":
    main()
