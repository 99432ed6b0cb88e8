"""Load → prepare → extract → summary: the one pipeline every command runs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from summarizer.config import Settings
from summarizer.extract import Backend, Extraction
from summarizer.ingest.load import Document
from summarizer.ingest.prepare import PreparedArticle, prepare_article
from summarizer.schema import ArticleSummary, Provenance


def build_backend(settings: Settings) -> Backend:
    """The backend the settings ask for; the LLM module is imported only when it is chosen."""
    if settings.resolved_backend() == "llm":
        from summarizer.extract.llm.backend import LLMBackend

        return LLMBackend(settings)
    from summarizer.extract.rules.backend import RulesBackend

    return RulesBackend()


def summarize_documents(documents: Iterable[Document], backend: Backend) -> Iterator[ArticleSummary]:
    """Summaries in the order the backend finishes them (input order for the rules backend)."""
    provenance = backend.provenance()
    prepared = (prepare_article(document) for document in documents)
    for article, extraction in backend.extract_many(prepared):
        yield build_summary(article, extraction, provenance)


def summarize_document(document: Document, backend: Backend) -> ArticleSummary:
    """One document through the whole pipeline."""
    return next(summarize_documents([document], backend))


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
