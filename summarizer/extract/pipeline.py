"""Load → prepare → extract → summary: the one pipeline every command runs, and its output records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from summarizer import __version__
from summarizer.errors import InputError
from summarizer.extract import Backend, Extraction
from summarizer.extract.registry import build_backend
from summarizer.ingest.load import Document, LoadFailure, UnreadFile, text_document
from summarizer.ingest.prepare import PreparedArticle, prepare_article
from summarizer.schema import ArticleSummary, Provenance

MAX_TARGETS_PER_ARTICLE = 2_000
MAX_PRIORITIES_PER_ARTICLE = 1_000
MAX_REGIONS_PER_ARTICLE = 500
"""Limits per article: a real policy article has tens to a few hundred of each; more means a data dump
or a hostile input, whose items would make records (and a brief) of gigabytes. The first ones in text
order are kept and the record says how many were dropped."""

Item = TypeVar("Item")

__all__ = ["build_backend", "build_summary", "summarize_document", "summarize_documents", "summarize_text"]


def summarize_documents(documents: Iterable[Document], backend: Backend) -> Iterator[ArticleSummary]:
    """Summaries in the order the backend finishes them (input order for the rules backend)."""
    provenance = backend.provenance()
    prepared = (prepare_article(document) for document in documents)
    for article, extraction in backend.extract_many(prepared):
        yield build_summary(article, extraction, provenance)


def summarize_document(document: Document, backend: Backend) -> ArticleSummary:
    """One document through the whole pipeline."""
    return next(summarize_documents([document], backend))


def summarize_text(text: str, backend: Backend | None = None, *, title: str | None = None) -> ArticleSummary:
    """One article given as a string; the offline rules backend unless another is given."""
    if backend is None:
        from summarizer.config import Settings

        backend = build_backend(Settings(backend="rules"))
    return summarize_document(text_document(text, title=title), backend)


def build_summary(article: PreparedArticle, extraction: Extraction, provenance: Provenance) -> ArticleSummary:
    """Combine a prepared article and its extraction into the output record."""
    document = article.document
    timings = {**article.timings, "extract": extraction.seconds}
    regions, targets, priorities = (extraction.regions or article.regions(), extraction.targets,
                                    extraction.priorities)  # fmt: skip
    capped: list[str] = []
    regions = capped_items(regions, MAX_REGIONS_PER_ARTICLE, "regions", capped)
    targets = capped_items(targets, MAX_TARGETS_PER_ARTICLE, "targets", capped)
    priorities = capped_items(priorities, MAX_PRIORITIES_PER_ARTICLE, "priorities", capped)
    return ArticleSummary(
        article_id=document.id,
        source_path=document.source_path,
        sha256=document.sha256,
        title=document.title,
        date=article.date,
        url=document.url,
        plan_year=article.plan_year,
        regions=regions,
        headline=extraction.headline,
        headline_extractive=extraction.headline_extractive,
        priorities=priorities,
        targets=targets,
        warnings=[*article.warnings, *extraction.warnings, *capped],
        status=extraction.status,
        error=extraction.error,
        bylines=article.cleaned.bylines,
        cleaned_text=article.text,
        provenance=provenance.model_copy(update={"timings": timings, "usage": extraction.usage}),
    )


def capped_items(items: Sequence[Item], limit: int, name: str, warnings: list[str]) -> list[Item]:
    """The first `limit` items; when there were more, a warning saying how many were dropped."""
    if len(items) <= limit:
        return list(items)
    warnings.append(f"{name}: kept the first {limit:,} of {len(items):,} (the limit per article); "
                    "the others were dropped")  # fmt: skip
    return list(items[:limit])


def prepare_input(job: Document | UnreadFile, backend_name: str) -> PreparedArticle | ArticleSummary:
    """An input decoded (a file read but not decoded yet) and prepared, or the failed record of why it
    could not be; the same in a corpus run's worker process as in one process."""
    if isinstance(job, UnreadFile):
        try:
            document = job.document()
        except InputError as exc:  # empty, binary or undecodable
            return failed_record(job.failure(exc), backend_name)
    else:
        document = job
    try:
        return prepare_article(document)
    except Exception as exc:  # one unreadable article must not end a corpus run
        return failed_record(LoadFailure(document.source_path, f"cannot prepare: {exc!r}"), backend_name)


def failed_record(failure: LoadFailure, backend_name: str) -> ArticleSummary:
    """The output record of an input that could not be read."""
    return ArticleSummary(
        article_id=Path(failure.source_path).stem or failure.source_path,
        source_path=failure.source_path,
        sha256="",
        status="failed",
        error=failure.message,
        provenance=Provenance(backend=backend_name, code_version=__version__),
    )
