"""The call layer's speed-ups keep instructor's and openai's behaviour."""

from __future__ import annotations

import asyncio
import importlib
import socket
import ssl

import openai
import pytest
from pydantic import BaseModel

from summarizer.extract.llm.calls import RESPONSE_MODEL, is_timeout, tls_verification

ASYNC_VALIDATORS = importlib.import_module("instructor.v2.validation.async_validators")


class WithAsyncValidator(BaseModel):
    value: int

    @ASYNC_VALIDATORS.async_field_validator("value")
    async def _checked_later(self, value: int) -> int:
        return value


def test_instructor_still_rejects_async_validators_in_other_models() -> None:
    with pytest.raises(ValueError, match="async validators are not supported"):
        ASYNC_VALIDATORS.reject_async_validators(WithAsyncValidator)


def test_the_response_model_is_checked_once_not_on_every_call() -> None:
    """If this fails, instructor changed and walks the model's type tree five times a call again."""
    checker = ASYNC_VALIDATORS.reject_async_validators
    assert checker.__name__ == "reject_unless_checked"
    assert importlib.import_module("instructor.v2.core.patch").reject_async_validators is checker
    assert checker(RESPONSE_MODEL) is None


async def _failure_of_a_call_to(base_url: str, timeout: float = 5.0) -> openai.APIError:
    """The error of one chat call through the aiohttp transport, as LLMCaller makes it."""
    client = openai.AsyncOpenAI(
        base_url=base_url, api_key="k", max_retries=0, timeout=timeout,
        http_client=openai.DefaultAioHttpClient(timeout=timeout),
    )  # fmt: skip
    try:
        await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    except openai.APIError as error:
        return error
    finally:
        await client.close()
    raise AssertionError("the call should have failed")


def test_a_refused_connection_is_not_a_timeout_though_aiohttp_reports_one() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = asyncio.run(_failure_of_a_call_to(f"http://127.0.0.1:{port}/v1"))
    assert isinstance(error, openai.APIConnectionError)  # the aiohttp transport says APITimeoutError
    assert not is_timeout(error)


def test_a_real_timeout_is_a_timeout() -> None:
    with socket.socket() as silent:  # accepts connections (backlog) but never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        error = asyncio.run(_failure_of_a_call_to(f"http://127.0.0.1:{port}/v1", timeout=0.3))
    assert isinstance(error, openai.APITimeoutError)
    assert is_timeout(error)


def test_https_endpoints_verify_against_the_trust_store() -> None:
    assert tls_verification("https://api.example.com/v1") is True


def test_plain_http_endpoints_skip_the_trust_store_and_fail_closed_on_tls() -> None:
    context = tls_verification("http://127.0.0.1:8000/v1")
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.get_ca_certs() == []  # no certificate is trusted: a redirect to https cannot connect
