"""The common interface of the extraction backends (`rules` offline, `llm` through instructor)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from pydantic import BaseModel, Field

from summarizer.ingest.prepare import PreparedArticle
from summarizer.schema import Priority, Provenance, Region, Status, Target, Usage


class Extraction(BaseModel):
    """What a backend found in one article."""

    regions: list[Region] = Field(default_factory=list)
    headline: str | None = None
    headline_extractive: bool = True
    priorities: list[Priority] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    status: Status = "ok"
    error: str | None = None
    seconds: float = 0.0


class Backend(Protocol):
    """An extraction backend. `extract_many` reads `articles` lazily and yields (article, extraction)
    as each finishes: a corpus streams through it. A backend whose work is CPU in its own process may say
    so with a class attribute `cpu_bound = True` (and be picklable): corpus runs then spread it over
    worker processes (`extract.parallel`). A backend whose work waits on the network may instead offer an
    `article_work()` method: a picklable callable that a corpus run applies to each article in the
    process that prepares it (the LLM backend builds its chunks' requests there)."""

    name: str

    def provenance(self) -> Provenance: ...

    def extract_many(
        self, articles: Iterable[PreparedArticle]
    ) -> Iterator[tuple[PreparedArticle, Extraction]]: ...
