"""The chunk requests of a batch job: the same chunks, prompt and request body as the online LLM path.

The body of a request is built the way `summarizer.extract.llm.calls.LLMCaller` sends it: instructor prepares
the request for the same wrapped response model and mode from the rendered messages (no validation
context, so no templating). A test compares these bodies with what the online path sends.
Imports instructor: load this module only when a batch command runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

import instructor
from instructor.v2.core.providers import Provider
from instructor.v2.core.response import handle_response_model

from summarizer.extract.llm.calls import RESPONSE_MODEL, Endpoint
from summarizer.extract.llm.prompts import Message

BATCH_ENDPOINT: Final = "/v1/chat/completions"


def custom_id(article_number: int, sha256: str, chunk_index: int) -> str:
    """The id of one request in the batch: the article's number and sha256 prefix, the chunk's index."""
    return f"a{article_number}-{sha256[:12]}-c{chunk_index}"


def request_body(messages: Sequence[Message], endpoint: Endpoint) -> dict[str, Any]:
    """The JSON body the online path (LLMCaller._create) POSTs to /chat/completions for these messages."""
    mode = instructor.Mode[endpoint.mode]
    extra: dict[str, Any] = {"max_tokens": endpoint.max_tokens} if endpoint.max_tokens else {}
    _, kwargs = handle_response_model(
        RESPONSE_MODEL,
        mode=mode,
        provider=Provider.OPENAI,
        messages=list(messages),
        model=endpoint.model,
        temperature=endpoint.temperature,
        **extra,
    )
    body: dict[str, Any] = kwargs
    return body


def request_line(request_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """One line of the batch input file."""
    return {"custom_id": request_id, "method": "POST", "url": BATCH_ENDPOINT, "body": body}
