"""JSON mode's schema text, written once per response model, leaves every request as instructor makes it."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from instructor.v2.providers.openai.handlers import OpenAIJSONHandler
from pydantic import SecretStr

from summarizer.config import Settings
from summarizer.extract.llm.backend import LLMBackend
from summarizer.extract.llm.calls import RESPONSE_MODEL
from summarizer.extract.llm.json_mode import SchemaOnceJSONHandler, schema_message
from summarizer.extract.llm.prompts import available_prompts, load_prompt
from summarizer.extract.pipeline import summarize_documents
from summarizer.ingest.load import load_path
from summarizer.parse.quantities import find_quantities
from tests.conftest import SEED_000
from tests.llm_server import LLMTestServer
from tests.test_llm_prompts import FIXED_CHUNK, HOHHOT, TOKETUO


def both_ways(kwargs: dict[str, Any], response_model: Any = RESPONSE_MODEL) -> tuple[Any, Any]:
    """The request as instructor's JSON handler and as ours prepare it, each from its own copy."""
    theirs = OpenAIJSONHandler().prepare_request(response_model, copy.deepcopy(kwargs))
    ours = SchemaOnceJSONHandler().prepare_request(response_model, copy.deepcopy(kwargs))
    return theirs, ours


def rendered(prompt_id: str) -> list[dict[str, Any]]:
    messages = load_prompt(prompt_id).render(
        FIXED_CHUNK, [TOKETUO, HOHHOT], find_quantities(FIXED_CHUNK.text)
    )
    return [dict(message) for message in messages]


@pytest.mark.parametrize("prompt_id", available_prompts())
def test_each_prompts_request_is_the_one_instructor_prepares(prompt_id: str) -> None:
    kwargs = {"messages": rendered(prompt_id), "model": "m", "temperature": 0, "max_tokens": 99}

    theirs, ours = both_ways(kwargs)

    assert ours == theirs
    assert ours[1]["messages"][0]["content"].endswith(schema_message(RESPONSE_MODEL))


def test_a_conversation_and_the_callers_messages_stay_as_instructor_leaves_them() -> None:
    messages = [
        *rendered("extract.v3"),
        {"role": "assistant", "content": "{}"},
        {"role": "user", "content": "再答"},
    ]
    kwargs = {"messages": messages}
    before = copy.deepcopy(kwargs)

    theirs, ours = both_ways(kwargs)
    SchemaOnceJSONHandler().prepare_request(RESPONSE_MODEL, kwargs)

    assert ours == theirs
    assert kwargs == before


@pytest.mark.parametrize(
    "kwargs",
    [
        {"messages": [{"role": "user", "content": "只有用户"}]},
        {"messages": [{"role": "system", "content": [{"type": "text", "text": "分段"}]}]},
        {"messages": [{"role": "system", "content": "流式"}], "stream": True},
        {"messages": []},
    ],
    ids=["no system message", "system content in parts", "streaming", "no messages"],
)
def test_other_requests_go_to_instructors_handler_unchanged(kwargs: dict[str, Any]) -> None:
    theirs, ours = both_ways(kwargs)

    assert ours == theirs


def test_without_a_response_model_nothing_is_added() -> None:
    kwargs = {"messages": rendered("extract.v1")}

    assert both_ways(kwargs, response_model=None) == ((None, kwargs), (None, kwargs))


def test_a_json_mode_run_sends_the_schema_text_once_in_the_system_message(
    server: LLMTestServer, tmp_path: Path
) -> None:
    settings = Settings(
        backend="llm", base_url=server.url, api_key=SecretStr("k"), mode="JSON", no_cache=True
    )
    (summary,) = summarize_documents(load_path(str(SEED_000)).documents, LLMBackend(settings))

    assert summary.status == "ok" and summary.targets
    for request in server.chat_requests():
        system, *rest = request.messages()
        assert system["role"] == "system" and system["content"].endswith(schema_message(RESPONSE_MODEL))
        assert all(schema_message(RESPONSE_MODEL) not in message["content"] for message in rest)
        assert request.body["response_format"] == {"type": "json_object"}
