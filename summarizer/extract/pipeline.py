"""Load → prepare → extract → summary: the one pipeline every command runs, and its output records."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from summarizer import __version__
from summarizer.extract import Backend, Extraction
from summarizer.extract.registry import build_backend
from summarizer.ingest.load import Document, LoadFailure, text_document
from summarizer.ingest.prepare import PreparedArticle, prepare_article
from summarizer.io import complete_lines, cut_torn_line
from summarizer.schema import ArticleSummary, Provenance

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
    return ArticleSummary(
        article_id=document.id,
        source_path=document.source_path,
        sha256=document.sha256,
        title=document.title,
        date=article.date,
        url=document.url,
        plan_year=article.plan_year,
        regions=extraction.regions or article.regions(),
        headline=extraction.headline,
        headline_extractive=extraction.headline_extractive,
        priorities=extraction.priorities,
        targets=extraction.targets,
        warnings=[*article.warnings, *extraction.warnings],
        status=extraction.status,
        error=extraction.error,
        bylines=article.cleaned.bylines,
        cleaned_text=article.text,
        provenance=provenance.model_copy(update={"timings": timings, "usage": extraction.usage}),
    )


def config_key(provenance: Provenance) -> str:
    """What makes two runs' answers interchangeable: backend, model, endpoint, mode, prompt, code."""
    parts = (provenance.backend, provenance.model, provenance.base_url, provenance.mode,
             provenance.prompt_id, provenance.prompt_sha256, provenance.code_version)  # fmt: skip
    return hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8")).hexdigest()[:16]


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


@dataclass
class ResumeState:
    """What an existing output file already holds: finished (sha256, config key) pairs."""

    finished: set[tuple[str, str]] = field(default_factory=set)
    records: int = 0
    repaired_bytes: int = 0


def open_for_resume(path: Path) -> ResumeState:
    """Read a previous run's output, cutting off a torn last line."""
    state = ResumeState(repaired_bytes=cut_torn_line(path))
    for line in complete_lines(path):
        state.records += 1
        try:
            summary = ArticleSummary.model_validate_json(line)
        except ValueError:
            continue
        if summary.status == "ok":
            state.finished.add((summary.sha256, config_key(summary.provenance)))
    return state
