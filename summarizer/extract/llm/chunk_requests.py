"""What the model is asked about each chunk of an article, online and in batch mode alike.

Building the requests (the article's named regions, each chunk's candidates, rendered messages and
validation context) is CPU work: the online backend does it in its reader thread, off the event loop.
"""

from __future__ import annotations

from dataclasses import dataclass

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
