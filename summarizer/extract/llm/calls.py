"""Calls to an OpenAI-compatible endpoint through instructor: deadlines, re-asks, transient retries, usage.

Two retry loops, each for its own kind of failure:
- instructor re-asks when an answer fails validation (`max_retries` re-asks, the errors in the prompt);
- tenacity retries transient HTTP failures (429 honoring Retry-After, 408/409, 5xx, timeouts,
  connection errors) with exponential backoff and jitter, capped in attempts and in total time.
400/401/403/404 are never retried: they raise BackendError, which stops the run.

Time is bounded at two levels. Each HTTP call — connect, send, read the whole answer — ends within
`--timeout` (`DeadlineHttpClient`); the transports' own timeouts only bound each wait for the next
bytes, which a server dripping one byte every half second never trips. Each chunk's calls, re-asks
and waits end within its retry budget (`RetryPolicy.budget`); a chunk out of budget fails.
"""

from __future__ import annotations

import asyncio
import contextvars
import email.utils
import functools
import importlib
import json
import logging
import math
import random
import ssl
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx2
import instructor
import openai
from instructor.v2.core.errors import IncompleteOutputException, InstructorRetryException
from instructor.v2.core.function_calls import response_schema
from instructor.v2.core.hooks import Hooks
from openai._base_client import Platform, get_platform
from openai._types import RequestOptions
from openai.types.chat import ChatCompletion
from pydantic import SecretStr, ValidationError
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt, stop_before_delay
from tenacity.wait import wait_random_exponential

from summarizer.errors import BackendError, first_line, public_url, redact
from summarizer.extract.llm.json_mode import use_schema_once
from summarizer.extract.llm.schema import ACTIVE_CHUNK, ChunkAnswer, ChunkContext, parse_leniently
from summarizer.schema import Usage

NO_KEY_PLACEHOLDER = "not-needed"  # local servers ignore the key, but the client needs one
RULES_HINT = "--backend rules needs neither an endpoint nor a key"
TRANSIENT_STATUSES = frozenset({408, 409, 429})
FATAL_STATUSES = frozenset({400, 401, 403, 404, 422})
CONTEXT_PHRASES = ("context length", "context window", "maximum context", "exceeds the context")

# instructor logs every failed attempt at ERROR; the backend reports failures itself.
logging.getLogger("instructor").addHandler(logging.NullHandler())
logging.getLogger("instructor").propagate = False

Message = dict[str, str]
CauseT = TypeVar("CauseT", bound=BaseException)


# instructor wraps a plain model in a new ResponseSchema subclass on every call, and so rebuilds its
# JSON schema every call (~5 ms). Wrapped once here, the class stays the same and its schema is cached
# (ChunkAnswer.model_json_schema).
RESPONSE_MODEL: type[ChunkAnswer] = response_schema(ChunkAnswer)
ASYNC_VALIDATOR_CHECKERS = ("instructor.v2.validation.async_validators", "instructor.v2.core.patch")


def check_async_validators_once(response_model: type[Any]) -> None:
    """Check `response_model` for async validators now, and let instructor skip it from then on.

    instructor walks the response model's whole type tree looking for async validators five times a
    call (~0.8 ms of the client's CPU a call). Our model is fixed at import, so one walk is enough;
    every other model is still checked on every call.
    """
    try:
        modules = [importlib.import_module(name) for name in ASYNC_VALIDATOR_CHECKERS]
        reject: Callable[[Any], None] = modules[0].reject_async_validators
    except (ImportError, AttributeError):  # another instructor version: nothing to skip
        return
    reject(response_model)  # raises ValueError if the model ever gains an async validator

    def reject_unless_checked(model: Any) -> None:
        if model is not response_model:
            reject(model)

    for module in modules:
        if hasattr(module, "reject_async_validators"):
            module.reject_async_validators = reject_unless_checked  # type: ignore[attr-defined]


check_async_validators_once(RESPONSE_MODEL)


TRANSFER_BYTES_PER_SECOND = 1_000_000
"""A call that carries a large body (a Batch API file) gets a second more per MB, on top of --timeout."""


def transfer_seconds(timeout: float, transferred_bytes: int) -> float:
    """The time a call may take: `timeout`, plus a second per MB it sends or receives."""
    return timeout + transferred_bytes / TRANSFER_BYTES_PER_SECOND


def tls_verification(base_url: str) -> ssl.SSLContext | bool:
    """True (verify against the system's trust store) for an https endpoint. A plain-http endpoint
    never shakes hands, so it gets a context that verifies but trusts no certificate: loading the trust
    store costs ~20 ms at every client start, and a redirect to https fails closed instead."""
    if urlsplit(base_url).scheme != "http":
        return True
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class DeadlineHttpClient(openai.DefaultAioHttpClient):
    """openai's aiohttp client, with a deadline for each whole HTTP call.

    Each request — connect, send, and the whole answer unless the response is streamed — ends within
    `seconds` (plus a second per MB it sends). Past that it is a timeout like any other: openai raises
    APITimeoutError, which the retries handle. A streamed body is read with `read_within`.
    """

    def __init__(self, *, seconds: float, **kwargs: Any) -> None:
        super().__init__(timeout=seconds, **kwargs)
        self.seconds = seconds

    async def send(self, request: httpx2.Request, **kwargs: Any) -> httpx2.Response:
        seconds = transfer_seconds(self.seconds, int(request.headers.get("content-length") or 0))
        try:
            async with asyncio.timeout(seconds):
                return await super().send(request, **kwargs)
        except TimeoutError:
            raise httpx2.ReadTimeout(f"no whole answer within {seconds:g}s", request=request) from None


async def read_within(chunks: AsyncIterator[bytes], seconds: float, request: httpx2.Request) -> bytes:
    """A streamed body, whole, within `seconds` plus a second per MB received; APITimeoutError past that."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    body = bytearray()
    try:
        async with asyncio.timeout_at(started + seconds) as deadline:
            async for chunk in chunks:
                body += chunk
                deadline.reschedule(started + transfer_seconds(seconds, len(body)))
    except TimeoutError:
        raise openai.APITimeoutError(request=request) from None
    return bytes(body)


@dataclass(frozen=True)
class RetryPolicy:
    """Transient-failure retries: attempts in all, backoff base and cap, total time budget (seconds)."""

    attempts: int = 5
    base_seconds: float = 1.0
    cap_seconds: float = 30.0
    total_seconds: float = 180.0
    max_retry_after: float = 120.0

    def budget(self, timeout: float, reasks: int) -> float:
        """A chunk's time for all its calls, re-asks and waits: `total_seconds`, or one whole attempt
        (the first call and its re-asks, each up to `timeout`) when that is longer."""
        return max(self.total_seconds, (reasks + 1) * timeout)


@dataclass(frozen=True)
class Endpoint:
    """Where and how to call: everything the client needs, the key kept secret."""

    base_url: str
    model: str
    mode: str
    api_key: SecretStr | None = field(default=None, repr=False)
    timeout: float = 60.0
    max_retries: int = 2
    temperature: float = 0.0
    max_tokens: int | None = None
    key_fix: str = "set OPENAI_API_KEY or pass --api-key"
    """How to give this endpoint a (right) key, for the message of a rejected one."""

    @property
    def public_url(self) -> str:
        return public_url(self.base_url)

    @property
    def secret(self) -> str | None:
        """The API key in the clear, for the client and for redacting it from messages."""
        return self.api_key.get_secret_value() if self.api_key else None


class EmptyCompletion(Exception):
    """A completion without any choice: nothing to read an answer from (its tokens still count)."""

    def __init__(self, completion: ChatCompletion) -> None:
        super().__init__("the completion has no choices (`choices: []`)")
        self.completion = completion


_REQUEST_KEYS = random.Random()  # seeded from the system's entropy once, at import


def request_key() -> str:
    """A fresh idempotency key for one request, as unique as openai's own (a version-4 UUID), without the
    read of the system's entropy that `uuid.uuid4` makes each time (~0.2 ms a call on a virtual machine)."""
    return f"summarizer-{uuid.UUID(int=_REQUEST_KEYS.getrandbits(128), version=4)}"


class UnreadableCompletion(Exception):
    """A 200 answer whose body is not a chat completion (not JSON, or not a JSON object)."""

    def __init__(self, body: bytes) -> None:
        snippet = first_line(body[:80].decode("utf-8", errors="replace")) or "an empty body"
        super().__init__(f"the answer is not a chat completion (a JSON object): {snippet}")


def chat_completion_of(body: bytes) -> ChatCompletion:
    """The chat completion of a response body.

    pydantic's core validates a well-formed body in one pass (~0.09 ms); openai's own reading,
    which builds the models field by field in Python, takes ~0.5 ms a call. A body that does not
    validate (servers that leave out a field or give one another type) is built leniently, the way
    openai builds every body, so no server's answer is refused here that openai would accept.
    """
    try:
        return ChatCompletion.model_validate_json(body)
    except ValidationError:
        pass
    try:
        data = json.loads(body)
    except ValueError:
        raise UnreadableCompletion(body) from None
    if not isinstance(data, dict):
        raise UnreadableCompletion(body)
    return ChatCompletion.construct(**data)  # openai's lenient build, nested models included


class ChunkFailure(Exception):
    """A chunk that produced no answer after all retries; its article goes on as partial."""

    def __init__(self, message: str, usage: Usage) -> None:
        super().__init__(message)
        self.usage = usage


@dataclass
class CallOutcome:
    """A chunk's validated answer, the warnings of its dropped items, and the calls it took."""

    answer: ChunkAnswer
    warnings: list[str]
    usage: Usage


@dataclass
class CallLog:
    """Requests, tokens and latency of one chunk's calls, fed by instructor's hooks."""

    prices: tuple[float, float] | None = None
    usage: Usage = field(default_factory=Usage)
    last_error: Exception | None = None
    _started: float | None = None

    def hooks(self) -> Hooks:
        hooks = Hooks()
        hooks.on("completion:kwargs", self.on_request)
        hooks.on("completion:response", self.on_response)
        hooks.on("completion:error", self.on_error)
        return hooks

    def on_request(self, *args: Any, **kwargs: Any) -> None:
        self._started = time.monotonic()
        self.usage = self.usage + Usage(calls=1)

    def on_response(self, response: Any) -> None:
        tokens = usage_of_completion(getattr(response, "usage", None), self.prices)
        self.usage = self.usage + tokens.model_copy(update={"latency_s": self._elapsed()})

    def on_error(self, error: Exception, **kwargs: Any) -> None:
        self.last_error = error
        answered = error.completion if isinstance(error, EmptyCompletion) else None
        tokens = usage_of_completion(answered.usage, self.prices) if answered is not None else Usage()
        self.usage = self.usage + tokens.model_copy(update={"latency_s": self._elapsed()})

    def _elapsed(self) -> float:
        started, self._started = self._started, None
        return time.monotonic() - started if started is not None else 0.0


def usage_of_completion(usage: Any, prices: tuple[float, float] | None) -> Usage:
    """The tokens and estimated cost of one completion's `usage` (any field may be missing or junk)."""
    prompt_tokens = token_count(getattr(usage, "prompt_tokens", None))
    completion_tokens = token_count(getattr(usage, "completion_tokens", None))
    return Usage(
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        total_tokens=token_count(getattr(usage, "total_tokens", None)) or prompt_tokens + completion_tokens,
        cost_usd=cost_usd(prompt_tokens, completion_tokens, prices),
    )


def token_count(value: Any) -> int:
    """A token count as a server reported it; 0 (unknown) for anything but a whole number ≥ 0."""
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return 0
    return max(0, int(value))


def cost_usd(prompt_tokens: int, completion_tokens: int, prices: tuple[float, float] | None) -> float:
    """Estimated cost from USD prices per million input and output tokens."""
    if prices is None:
        return 0.0
    return (prompt_tokens * prices[0] + completion_tokens * prices[1]) / 1_000_000


@functools.cache
def openai_platform() -> Platform:
    """The platform openai names in its request headers, found once per process.

    A client left to find it itself does so on its first requests, in a worker thread for each
    request already under way: the first wave of calls waits on them (~20 ms a run).
    """
    return get_platform()


class CallSlots:
    """A run's call slots (`--concurrency`), handed out in turn as they come back; a call that asks
    again (a re-ask) goes ahead of the fresh calls waiting, so that it does not wait behind the chunks
    read ahead while its own time budget runs."""

    def __init__(self, count: int) -> None:
        self.free = count
        self.again: deque[asyncio.Future[None]] = deque()
        self.fresh: deque[asyncio.Future[None]] = deque()

    async def take(self, *, again: bool = False) -> None:
        if self.free > 0 and not self.again and not self.fresh:
            self.free -= 1
            return
        queue = self.again if again else self.fresh
        handed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        queue.append(handed)
        try:
            await handed
        except asyncio.CancelledError:
            if not handed.cancelled():
                self.give_back()  # handed a slot as the wait was cancelled: pass it on
            elif handed in queue:  # (a slot given back since may have dropped it already)
                queue.remove(handed)
            raise

    def give_back(self) -> None:
        """Hand the slot to the next call waiting (one asking again first; a wait cancelled but not yet
        woken is passed over), else keep it free."""
        for queue in (self.again, self.fresh):
            while queue:
                handed = queue.popleft()
                if not handed.done():
                    handed.set_result(None)
                    return
        self.free += 1


class CallSlot:
    """A chunk's place among the calls in flight: taken before its request goes out, given back as soon
    as the answer's body is in, taken again (ahead of fresh calls) for a re-ask.

    The answers of a wave of calls come back together, and reading and validating one takes about as
    long as sending a request. Giving the slot back before that work, and letting the requests that
    waited for a slot go out first (`let_waiting_calls_go`), starts the next wave that much sooner; the
    server still never has more than `--concurrency` calls of the run at once. A failed call keeps its
    slot until it is retried (or its chunk ends).
    """

    def __init__(self, slots: CallSlots) -> None:
        self.slots = slots
        self.held = False
        self.taken_before = False

    async def take(self) -> None:
        if not self.held:
            await self.slots.take(again=self.taken_before)
            self.held = self.taken_before = True

    def give_back(self) -> None:
        if self.held:
            self.held = False
            self.slots.give_back()

    @staticmethod
    async def let_waiting_calls_go() -> None:
        """Yield twice: a call woken by the slot just given back runs first, then sends (a wake-up is
        queued behind the answers that came in at the same time, its request behind one more turn)."""
        await asyncio.sleep(0)
        await asyncio.sleep(0)


CALL_SLOT: contextvars.ContextVar[CallSlot | None] = contextvars.ContextVar("CALL_SLOT", default=None)
"""The slot of the chunk whose call runs in this task (set by the backend for the length of a chunk)."""


class LLMCaller:
    """One async client for a run: `extract` sends a chunk's messages and returns its validated answer."""

    def __init__(self, endpoint: Endpoint, policy: RetryPolicy, prices: tuple[float, float] | None) -> None:
        self.endpoint = endpoint
        self.policy = policy
        self.prices = prices
        self._secret = endpoint.secret
        verify = tls_verification(endpoint.base_url)
        self._openai = openai.AsyncOpenAI(
            base_url=endpoint.base_url,
            api_key=self._secret or NO_KEY_PLACEHOLDER,
            timeout=endpoint.timeout,
            max_retries=0,
            http_client=DeadlineHttpClient(seconds=endpoint.timeout, verify=verify),
        )
        self._openai._platform = openai_platform()  # see openai_platform
        mode = instructor.Mode[endpoint.mode]
        use_schema_once()  # JSON mode's schema text written once, not on every call
        create = instructor.patch(create=self._post_chat_completion, mode=mode)
        self._client = instructor.AsyncInstructor(client=self._openai, create=create, mode=mode)

    async def _post_chat_completion(self, **params: Any) -> ChatCompletion:
        """POST /chat/completions with instructor's parameters as they are.

        `chat.completions.create` would first walk them against its typed-dict annotations, which
        costs ~0.6 ms of CPU a call and gives the same JSON for plain messages and settings. The body
        comes back raw and is read by `chat_completion_of`; the idempotency key is `request_key`'s.
        """
        options: RequestOptions = {"idempotency_key": request_key()}
        slot = CALL_SLOT.get()
        if slot is not None:
            await slot.take()  # a re-ask takes a slot again
        response = await self._openai.post(
            "/chat/completions", body=params, cast_to=httpx2.Response, options=options
        )
        if slot is not None:
            slot.give_back()
            await slot.let_waiting_calls_go()
        completion = chat_completion_of(response.content)
        if not completion.choices:
            raise EmptyCompletion(completion)
        return completion

    async def close(self) -> None:
        await self._openai.close()

    async def extract(self, messages: Sequence[Message], context: ChunkContext) -> CallOutcome:
        """The chunk's answer; ChunkFailure when it has none, BackendError when the run cannot go on."""
        log = CallLog(prices=self.prices)
        budget = self.policy.budget(self.endpoint.timeout, self.endpoint.max_retries)
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.policy.attempts) | stop_before_delay(budget),
            wait=self._wait,
            retry=retry_if_exception(is_transient),
            reraise=True,
        )
        scope = asyncio.timeout(budget)  # also ends a call under way when the budget runs out
        try:
            answer: ChunkAnswer
            warnings: list[str]
            async with scope:
                answer, warnings = await retrying(self._create, messages, context, log)
        except Exception as exc:
            if scope.expired():
                raise self._out_of_budget(budget, log) from None
            raise self._failure(exc, log.usage) from None
        return CallOutcome(answer=answer, warnings=warnings, usage=log.usage)

    def _out_of_budget(self, budget: float, log: CallLog) -> ChunkFailure:
        last = f"; the last failure: {self._failure(log.last_error, Usage())}" if log.last_error else ""
        message = f"no answer within this chunk's retry budget of {budget:g}s ({log.usage.calls} calls){last}"
        return ChunkFailure(self._redact(message), log.usage)

    async def _create(
        self, messages: Sequence[Message], context: ChunkContext, log: CallLog
    ) -> tuple[ChunkAnswer, list[str]]:
        extra: dict[str, Any] = {"max_tokens": self.endpoint.max_tokens} if self.endpoint.max_tokens else {}
        token = ACTIVE_CHUNK.set(context)  # the validators read the chunk from here (see schema.py)
        try:
            answer, _completion = await self._client.create_with_completion(
                messages=list(messages),  # type: ignore[arg-type]
                response_model=RESPONSE_MODEL,
                max_retries=self.endpoint.max_retries,
                strict=False,
                hooks=log.hooks(),
                model=self.endpoint.model,
                temperature=self.endpoint.temperature,
                **extra,
            )
        except InstructorRetryException as exc:
            api_error = api_error_of(exc)
            # A re-ask that no longer fits the context still leaves the previous answer to salvage.
            salvageable = api_error is None or is_context_overflow(api_error)
            if not salvageable or exc.last_completion is None:
                raise
            return self._salvage(exc, context)
        finally:
            ACTIVE_CHUNK.reset(token)
        return answer, []

    def _salvage(self, exc: InstructorRetryException, context: ChunkContext) -> tuple[ChunkAnswer, list[str]]:
        """After the last re-ask: keep the items that validate, drop the rest with a warning each."""
        attempts = exc.n_attempts
        try:
            answer, dropped = parse_leniently(completion_json(exc.last_completion), context)
        except ValueError as parse_error:
            raise ChunkFailure(f"no valid answer after {attempts} attempts: {parse_error}", Usage()) from None
        return answer, [f"{warning} (after {attempts} attempts)" for warning in dropped]

    def _wait(self, state: RetryCallState) -> float:
        """Retry-After when the server sends one, else exponential backoff with full jitter."""
        error = state.outcome.exception() if state.outcome is not None else None
        retry_after = retry_after_seconds(error) if error is not None else None
        if retry_after is not None:
            return min(retry_after, self.policy.max_retry_after)
        backoff = wait_random_exponential(multiplier=self.policy.base_seconds, max=self.policy.cap_seconds)
        return float(backoff(state))

    def _failure(self, exc: Exception, usage: Usage) -> Exception:
        """The exception to raise for a call that failed for good, its message free of the key."""
        if isinstance(exc, ChunkFailure):
            return ChunkFailure(self._redact(str(exc)), usage)
        if isinstance(exc, BackendError):
            return exc
        message = self._redact(describe_failure(exc, self.endpoint, self.policy))
        api_error = api_error_of(exc)
        fatal = (
            isinstance(api_error, openai.APIStatusError)
            and api_error.status_code in FATAL_STATUSES
            and not is_context_overflow(api_error)
        )
        unreachable = isinstance(api_error, openai.APIConnectionError) and not is_timeout(api_error)
        if fatal or unreachable:
            return BackendError(message)
        return ChunkFailure(message, usage)

    def _redact(self, message: str) -> str:
        return redact(message, self._secret)


def api_error_of(exc: BaseException | None) -> openai.APIError | None:
    """The openai error at the root of an exception chain (instructor wraps them)."""
    return cause_of(exc, openai.APIError)


def cause_of(exc: BaseException | None, kind: type[CauseT]) -> CauseT | None:
    """The first exception of type `kind` in an exception chain."""
    for _ in range(10):
        if exc is None or isinstance(exc, kind):
            return exc
        exc = exc.__cause__ if exc.__suppress_context__ else exc.__cause__ or exc.__context__
    return None


def is_transient(exc: BaseException) -> bool:
    """True for failures worth retrying: 408/409/429, 5xx, timeouts and connection errors."""
    api_error = api_error_of(exc)
    if isinstance(api_error, openai.APIStatusError):
        return api_error.status_code in TRANSIENT_STATUSES or api_error.status_code >= 500
    return isinstance(api_error, openai.APIConnectionError)


def is_timeout(error: openai.APIError) -> bool:
    """True for a call that timed out; False for one whose connection failed.

    The aiohttp transport reports every failed connection as a timeout; the OS error in the chain
    (connection refused, unknown host, reset) tells them apart.
    """
    if not isinstance(error, openai.APITimeoutError):
        return False
    cause: BaseException | None = error
    for _ in range(10):
        if cause is None:
            return True
        if isinstance(cause, OSError) and not isinstance(cause, TimeoutError):
            return False
        cause = cause.__cause__ or cause.__context__
    return True


def is_context_overflow(error: openai.APIError) -> bool:
    """True for a 400 that says the request is longer than the model's context: a chunk's problem."""
    if not isinstance(error, openai.APIStatusError) or error.status_code != 400:
        return False
    code = getattr(error, "code", None)
    text = f"{code} {error.message}".lower()
    return code == "context_length_exceeded" or any(phrase in text for phrase in CONTEXT_PHRASES)


def retry_after_seconds(exc: BaseException) -> float | None:
    """Seconds the server asked to wait (retry-after-ms, or Retry-After in seconds or as a date)."""
    api_error = api_error_of(exc)
    if not isinstance(api_error, openai.APIStatusError):
        return None
    headers = api_error.response.headers
    milliseconds = _float_or_none(headers.get("retry-after-ms"))
    if milliseconds is not None:
        return max(0.0, milliseconds / 1000)
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _float_or_none(value)
    if seconds is not None:
        return max(0.0, seconds)
    try:
        return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _float_or_none(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def describe_failure(exc: Exception, endpoint: Endpoint, policy: RetryPolicy) -> str:
    """A one-line message that says what failed and how to fix it."""
    where = endpoint.public_url
    api_error = api_error_of(exc)
    if isinstance(api_error, openai.APIStatusError):
        return _describe_status(api_error, endpoint)
    if isinstance(api_error, openai.APIConnectionError) and is_timeout(api_error):
        seconds, attempts = f"{endpoint.timeout:g}s", policy.attempts
        return f"{where} did not answer within {seconds} in {attempts} attempts: raise --timeout"
    if isinstance(api_error, openai.APIConnectionError):
        return f"cannot reach {where}: start the server or fix --base-url; {RULES_HINT}"
    if cause_of(exc, EmptyCompletion) is not None:
        return f"{where} answered without any choice (`choices: []`), as when a content filter withholds it"
    if isinstance(exc, IncompleteOutputException):
        return "the answer was cut off at the token limit: lower --chunk-chars"
    if isinstance(exc, InstructorRetryException):
        return f"no valid answer after {exc.n_attempts} attempts: {first_line(str(exc))}"
    return f"{type(exc).__name__}: {first_line(str(exc))}"


def _describe_status(error: openai.APIStatusError, endpoint: Endpoint) -> str:
    where, status = endpoint.public_url, error.status_code
    detail = error_detail(error)
    if status in (401, 403):
        return f"{where} rejected the API key (HTTP {status}): {endpoint.key_fix}; {RULES_HINT}"
    if status == 404:
        return (
            f"{where} answered HTTP 404 for model {endpoint.model!r}: check --model and --base-url "
            f"(OpenAI-compatible servers usually end in /v1); {RULES_HINT}"
        )
    if is_context_overflow(error):
        fix = "lower --chunk-chars or give the model a larger context"
        return f"the chunk does not fit the model's context ({detail}): {fix}"
    if status in (400, 422):
        return (
            f"{where} rejected the request (HTTP {status}: {detail}): try another --mode "
            f"(now {endpoint.mode}; JSON or MD_JSON work almost everywhere) or check --model"
        )
    return f"{where} failed with HTTP {status} after retries: {detail}"


def error_detail(error: openai.APIStatusError) -> str:
    """The server's own message of an HTTP error, its first line."""
    body = error.body
    if isinstance(body, dict):
        message = body.get("message") or body.get("error")
        if isinstance(message, dict):
            message = message.get("message")
        if message:
            return first_line(str(message))
    return first_line(str(error.message))


def completion_json(completion: Any) -> str:
    """The JSON text of a chat completion: the first tool call's arguments, else the content."""
    choices = getattr(completion, "choices", None) or []
    if not choices:
        raise ValueError("the completion has no choices")
    message = choices[0].message
    tool_calls = getattr(message, "tool_calls", None) or []
    if tool_calls:
        arguments = tool_calls[0].function.arguments
        return arguments if isinstance(arguments, str) else json.dumps(arguments)
    content = str(getattr(message, "content", None) or "")
    start, end = content.find("{"), content.rfind("}")
    return content[start : end + 1] if 0 <= start < end else content


def default_mode(base_url: str | None) -> str:
    """TOOLS for api.openai.com; JSON (response_format json_object) for every other server."""
    if base_url is None:
        return "TOOLS"
    host = urlsplit(base_url).hostname or ""
    return "TOOLS" if host == "api.openai.com" else "JSON"
