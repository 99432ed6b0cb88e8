"""summarizer: structured, checkable briefings from Chinese local-government policy articles.

The library API (the command line is its client)::

    from summarizer import summarize_text
    summary = summarize_text(open("article.txt", encoding="utf-8").read())
    print([(t.region, t.metric, t.value, t.unit, t.deadline) for t in summary.targets])

- `summarize_text(text, backend=None)`: one article from a string (offline rules by default).
- `summarize_document(document, backend)`, `summarize_documents(documents, backend)`: loaded documents
  (`load_path(path).documents`) through one backend, streamed.
- `load_settings(overrides)`: settings from flags, `SUMMARIZER_*` variables and `summarizer.toml`;
  `build_backend(settings)`: the backend they ask for (the LLM backend's modules load only then).
- `ArticleSummary`, `Target`, `Priority`, `Region`: the output records (pydantic models).

Names are imported on first use, so `import summarizer` stays light and never imports openai.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "summarize_text": "summarizer.extract.pipeline",
    "summarize_document": "summarizer.extract.pipeline",
    "summarize_documents": "summarizer.extract.pipeline",
    "build_backend": "summarizer.extract.registry",
    "load_settings": "summarizer.config",
    "Settings": "summarizer.config",
    "load_path": "summarizer.ingest.load",
    "Document": "summarizer.ingest.load",
    "ArticleSummary": "summarizer.schema",
    "Target": "summarizer.schema",
    "Priority": "summarizer.schema",
    "Region": "summarizer.schema",
}

__all__ = [
    "ArticleSummary",
    "Document",
    "Priority",
    "Region",
    "Settings",
    "Target",
    "__version__",
    "build_backend",
    "load_path",
    "load_settings",
    "summarize_document",
    "summarize_documents",
    "summarize_text",
]

if TYPE_CHECKING:
    from summarizer.config import Settings, load_settings
    from summarizer.extract.pipeline import summarize_document, summarize_documents, summarize_text
    from summarizer.extract.registry import build_backend
    from summarizer.ingest.load import Document, load_path
    from summarizer.schema import ArticleSummary, Priority, Region, Target


def __getattr__(name: str) -> Any:
    """Import an exported name from its module on first use."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
