"""What the model is asked about each chunk of an article, online and in batch mode alike.

Building the requests (the article's named regions, each chunk's candidates, rendered messages and
validation context) is CPU work: the online backend does it in its reader thread, off the event loop, or,
in a corpus run whose articles are prepared in a process of their own, in that process
(`RequestBuilder.with_requests`).
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import PrivateAttr

from summarizer.extract.llm.chunk import Chunk, chunks_to_read, regions_for_chunk
from summarizer.extract.llm.prompts import Message, PromptTemplate
from summarizer.extract.llm.schema import ChunkContext
from summarizer.ingest.prepare import PreparedArticle
from summarizer.parse.quantities import find_quantities


@dataclass(frozen=True)
class ChunkRequest:
    """One chunk of an article with what the model is asked and what its answer is checked against."""

    chunk: Chunk
    messages: list[Message]
    context: ChunkContext


def chunk_requests(article: PreparedArticle, prompt: PromptTemplate, chunk_chars: int) -> list[ChunkRequest]:
    """The chunks the LLM backend reads for this article, each with its messages and context."""
    named = article.named_regions()
    requests = []
    for chunk in chunks_to_read(article, chunk_chars):
        candidates = find_quantities(chunk.text) if prompt.lists_candidates else []
        regions = regions_for_chunk(chunk, named)
        requests.append(
            ChunkRequest(
                chunk=chunk,
                messages=prompt.render(chunk, regions, candidates),
                context=ChunkContext.build(chunk.text, regions),
            )
        )
    return requests


class ArticleWithRequests(PreparedArticle):
    """A prepared article that carries its chunks' requests, built where it was prepared."""

    _requests: list[ChunkRequest] = PrivateAttr(default_factory=list)
    _built_for: tuple[str, int] | None = PrivateAttr(default=None)
    """The prompt's sha256 and the chunk size the requests were built with."""


@dataclass(frozen=True)
class RequestBuilder:
    """How a backend builds an article's requests. Picklable: the process that prepares a corpus run's
    articles can build them there too (`with_requests`), off the process that runs the calls."""

    prompt: PromptTemplate
    chunk_chars: int

    @property
    def key(self) -> tuple[str, int]:
        return self.prompt.sha256, self.chunk_chars

    def with_requests(self, article: PreparedArticle) -> ArticleWithRequests:
        """The article with its requests built now (in the preparing process)."""
        carrier = ArticleWithRequests.model_construct(article.model_fields_set, **dict(article))
        carrier._requests = chunk_requests(article, self.prompt, self.chunk_chars)
        carrier._built_for = self.key
        return carrier

    def requests_of(self, article: PreparedArticle) -> list[ChunkRequest]:
        """The requests the article carries when this builder's prompt and chunk size made them, else
        built now."""
        if isinstance(article, ArticleWithRequests) and article._built_for == self.key:
            return article._requests
        return chunk_requests(article, self.prompt, self.chunk_chars)
