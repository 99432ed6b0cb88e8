"""instructor's JSON mode with its schema message written once per response model.

In JSON mode instructor appends to the system message a text holding the response model's JSON schema,
written on every call with `json.dumps(schema, indent=2)`: an indented dump runs json's pure-Python
encoder, ~1 ms of CPU a call, the largest single cost of a call on the client. The handler registered
here appends the same text, taken once from instructor's own handler, so requests stay byte for byte
what instructor sends (tests/test_json_mode.py compares them). Other requests (streaming, no response
model, a first message that is not a plain system text) go to instructor's handler as they are.
"""

from __future__ import annotations

import functools
from typing import Any

from instructor import Mode
from instructor.v2.core.decorators import register_mode_handler
from instructor.v2.core.messages import merge_consecutive_messages
from instructor.v2.providers.openai.handlers import OPENAI_COMPAT_PROVIDERS, OpenAIJSONHandler
from pydantic import BaseModel


@functools.cache
def schema_message(response_model: type[BaseModel]) -> str:
    """The text instructor's JSON mode adds for `response_model`, as its own handler writes it."""
    _, prepared = OpenAIJSONHandler().prepare_request(
        response_model, {"messages": [{"role": "user", "content": ""}]}
    )
    system = prepared["messages"][0]
    assert system["role"] == "system", system  # inserted before a first message that is not a system one
    text: str = system["content"]
    return text


def _starts_with_system_text(messages: Any) -> bool:
    first = messages[0] if messages else {}
    return first.get("role") == "system" and isinstance(first.get("content"), str)


class SchemaOnceJSONHandler(OpenAIJSONHandler):
    """OpenAIJSONHandler whose schema text is written once per response model (`schema_message`)."""

    def prepare_request(
        self, response_model: type[BaseModel] | None, kwargs: dict[str, Any]
    ) -> tuple[type[BaseModel] | None, dict[str, Any]]:
        messages = kwargs.get("messages")
        if response_model is None or kwargs.get("stream") or not _starts_with_system_text(messages):
            return super().prepare_request(response_model, kwargs)
        assert messages is not None
        system = {**messages[0], "content": f"{messages[0]['content']}\n\n{schema_message(response_model)}"}
        rest = [dict(message) for message in messages[1:]]
        prepared = {**kwargs, "response_format": {"type": "json_object"}}
        prepared["messages"] = merge_consecutive_messages([system, *rest])
        return response_model, prepared


@functools.cache
def use_schema_once() -> None:
    """Register SchemaOnceJSONHandler for JSON mode wherever instructor registers its own (once a process)."""
    register_mode_handler(OPENAI_COMPAT_PROVIDERS, Mode.JSON)(SchemaOnceJSONHandler)
