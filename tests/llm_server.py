"""A real OpenAI-compatible HTTP server on 127.0.0.1 for the LLM backend's tests.

Each test scripts the answers of `/v1/chat/completions` (status, headers, body, delay); when the
script is empty, a default responder answers from the prompt itself: it reads the chunk between
`<片段>` and `</片段>`, and quotes each quantity the parser finds there as a grounded target, in
the shape the request asked for (a tool call when it sent `tools`, else JSON content).
Every request is recorded (path, headers without Authorization, JSON body, arrival time); the bearer
token it carried is kept apart (`bearer`), for the tests of which key goes where.
More routes (e.g. /v1/files, /v1/batches) can be added with `add_route`.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from summarizer.parse.quantities import find_quantities

CHAT_PATH = "/v1/chat/completions"
CHUNK_PATTERN = re.compile(r"<片段>\n(.*?)\n</片段>", re.S)
CLAUSE_END = "，。；！？、：\n"


@dataclass
class Reply:
    """One scripted answer: an HTTP status, headers, a body (dict → JSON, str or bytes as is), a delay.

    `drip` > 0 sends the headers, then the body one byte every `drip` seconds (a slow-dripping server);
    `claimed_length` is the Content-Length it announces (default: the body's true length).
    """

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drip: float = 0.0
    claimed_length: int | None = None


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: Any
    received_at: float
    had_authorization: bool
    bearer: str | None = None
    reply: Reply | None = None

    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", [])) if isinstance(self.body, dict) else []

    def text(self) -> str:
        """All message contents, joined: what the model was shown."""
        return "\n".join(str(message.get("content") or "") for message in self.messages())


Responder = Callable[[RecordedRequest], Reply]


class _Listener(ThreadingHTTPServer):
    """A threading server with a listen backlog like a production server's (the stdlib default is 5).

    With a backlog of 5, a burst of concurrent connections overflows it and the kernel drops the
    extra SYNs, which the client resends only after a second: a stall no real endpoint has.
    """

    daemon_threads = True
    request_queue_size = 128


class LLMTestServer:
    """The server, its scripted replies and its request log.

    `keep_alive` answers in HTTP/1.1 and keeps connections open, as real endpoints do (the
    orchestration benchmark); by default each answer closes its connection (HTTP/1.0), so a test
    that stops the server sees every later call fail to connect.
    """

    def __init__(self, keep_alive: bool = False) -> None:
        self.requests: list[RecordedRequest] = []
        self.script: deque[Reply | Responder] = deque()
        self.routes: dict[tuple[str, str], Responder] = {("POST", CHAT_PATH): self._chat}
        self.default_chat: Responder = answer_from_prompt
        self.in_flight = 0
        self.max_in_flight = 0
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._keep_alive = keep_alive
        self._http = self.listen(0)
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)

    def listen(self, port: int) -> ThreadingHTTPServer:
        """A listener on 127.0.0.1:`port` (0: any free port) that serves this server's routes."""
        return _Listener(("127.0.0.1", port), _handler_for(self, self._keep_alive))

    @property
    def url(self) -> str:
        """The base URL clients use: http://127.0.0.1:PORT/v1."""
        return f"http://127.0.0.1:{self._http.server_address[1]}/v1"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        if self.stopping.is_set():
            return  # already taken down by the test
        self.stopping.set()
        self._http.shutdown()
        self._http.server_close()

    def take_down(self) -> None:
        """Stop listening: new connections are refused, delayed replies are dropped."""
        self.stop()

    def go_down_after(self, requests: int, down_seconds: float | None) -> None:
        """Answer from the prompt, and stop listening at the `requests`-th chat request: for good when
        `down_seconds` is None, else coming back on the same port that many seconds later."""
        counted = 0

        def counting(request: RecordedRequest) -> Reply:
            nonlocal counted
            with self._lock:
                counted += 1
                now = counted
            if now == requests:
                threading.Thread(target=self._outage, args=(down_seconds,), daemon=True).start()
            return answer_from_prompt(request)

        self.default_chat = counting

    def _outage(self, down_seconds: float | None) -> None:
        self.take_down()
        if down_seconds is not None:
            time.sleep(down_seconds)
            self.bring_back()

    def bring_back(self) -> None:
        """Listen again on the same port, with the same script and request log."""
        port = self._http.server_address[1]
        self.stopping.clear()
        self._http = self.listen(port)
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)
        self._thread.start()

    def enqueue(self, *replies: Reply | Responder) -> None:
        """Answer the next chat requests with these, in order; then the default responder again."""
        self.script.extend(replies)

    def add_route(self, method: str, path: str, responder: Responder) -> None:
        self.routes[(method, path)] = responder

    def chat_requests(self) -> list[RecordedRequest]:
        return [request for request in self.requests if request.path == CHAT_PATH]

    def usage_sent(self) -> dict[str, int]:
        """The token counts of every usage block the server answered with, summed."""
        totals = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
        for request in self.chat_requests():
            body = request.reply.body if request.reply is not None else None
            usage = body.get("usage") if isinstance(body, dict) else None
            for name in totals:
                totals[name] += int(usage.get(name, 0)) if isinstance(usage, dict) else 0
        return totals

    def _chat(self, request: RecordedRequest) -> Reply:
        with self._lock:
            scripted = self.script.popleft() if self.script else None
        if scripted is None:
            return self.default_chat(request)
        return scripted if isinstance(scripted, Reply) else scripted(request)

    def handle(self, request: RecordedRequest) -> Reply | None:
        """The reply to a request, after its delay; None when the server stops during the delay."""
        with self._lock:
            self.requests.append(request)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            responder = self.routes.get((request.method, request.path))
            if responder is None:
                request.reply = Reply(
                    404, error_body(f"no route {request.method} {request.path}", "not_found")
                )
            else:
                request.reply = responder(request)
            if request.reply.delay and self.stopping.wait(request.reply.delay):
                return None
            return request.reply
        finally:
            with self._lock:
                self.in_flight -= 1


def _handler_for(server: LLMTestServer, keep_alive: bool = False) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1" if keep_alive else "HTTP/1.0"
        disable_nagle_algorithm = True  # headers and body go out at once, not 40 ms apart

        def do_POST(self) -> None:
            self._serve("POST")

        def do_GET(self) -> None:
            self._serve("GET")

        def _serve(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body: Any = json.loads(raw) if raw else None
            except json.JSONDecodeError:
                body = raw.decode("utf-8", "replace")
            headers = {
                name.lower(): value for name, value in self.headers.items() if name.lower() != "authorization"
            }
            request = RecordedRequest(
                method=method,
                path=self.path.split("?")[0],
                headers=headers,
                body=body,
                received_at=time.monotonic(),
                had_authorization="authorization" in {name.lower() for name in self.headers},
                bearer=bearer_of(self.headers.get("Authorization")),
            )
            reply = server.handle(request)
            if reply is not None:
                self._send(reply)

        def _send(self, reply: Reply) -> None:
            if isinstance(reply.body, bytes):
                payload = reply.body
            elif isinstance(reply.body, str):
                payload = reply.body.encode("utf-8")
            else:
                payload = json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
            length = reply.claimed_length if reply.claimed_length is not None else len(payload)
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(length))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                if reply.drip > 0:
                    self._drip(payload, reply.drip)
                else:
                    self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        def _drip(self, payload: bytes, seconds: float) -> None:
            """One byte every `seconds`, until the payload ends, the client leaves or the server stops."""
            self.wfile.flush()
            for index in range(len(payload)):
                if server.stopping.wait(seconds):
                    return
                self.wfile.write(payload[index : index + 1])
                self.wfile.flush()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


def bearer_of(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer …` header."""
    scheme, _, token = (authorization or "").partition(" ")
    return token if scheme.lower() == "bearer" else None


@contextmanager
def running_server() -> Iterator[LLMTestServer]:
    server = LLMTestServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


# Building answers -------------------------------------------------------------------------------


def usage_for(request: RecordedRequest, answer_text: str) -> dict[str, int]:
    """Deterministic token counts: a prompt token per 2 characters, a completion token per 4."""
    prompt_tokens = max(1, len(request.text()) // 2)
    completion_tokens = max(1, len(answer_text) // 4)
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def completion(
    request: RecordedRequest, answer: dict[str, Any] | str, usage: dict[str, int] | None = None
) -> Reply:
    """A 200 chat completion carrying `answer` as the request expects it: a tool call or JSON content."""
    text = answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False)
    body = request.body if isinstance(request.body, dict) else {}
    tools = body.get("tools") or []
    if tools:
        name = tools[0]["function"]["name"]
        call = {"id": "call_1", "type": "function", "function": {"name": name, "arguments": text}}
        message: dict[str, Any] = {"role": "assistant", "content": None, "tool_calls": [call]}
        finish = "tool_calls"
    else:
        message = {"role": "assistant", "content": text}
        finish = "stop"
    return Reply(
        200,
        {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "test-model"),
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": usage if usage is not None else usage_for(request, text),
        },
    )


def error_body(message: str, error_type: str = "server_error") -> dict[str, Any]:
    return {"error": {"message": message, "type": error_type, "code": None}}


def chunk_of(request: RecordedRequest) -> str:
    """The chunk text the prompt shows between <片段> and </片段>."""
    match = CHUNK_PATTERN.search(request.text())
    return match.group(1) if match else ""


def grounded_answer(chunk: str) -> dict[str, Any]:
    """A correct answer for a chunk: its first clause as a priority, each quantity's clause as a target."""
    targets = []
    for quantity in find_quantities(chunk):
        start, end = clause_around(chunk, quantity.start, quantity.end)
        metric = chunk[start : quantity.start].strip() or "数量"
        targets.append(
            {
                "quote": chunk[start:end],
                "raw": quantity.raw,
                "metric": metric[-12:],
                "comparator": quantity.comparator,
                "deadline": None,
                "kind": "goal",
                "region": None,
            }
        )
    first_start, first_end = clause_around(chunk, 0, 0)
    first_clause = chunk[first_start:first_end]
    priorities = [{"title": first_clause[:20], "category": "investment", "quote": first_clause}]
    return {"priorities": priorities if first_clause.strip() else [], "targets": targets}


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause (between punctuation marks) that holds text[start:end]."""
    while start > 0 and text[start - 1] not in CLAUSE_END:
        start -= 1
    while end < len(text) and text[end] not in CLAUSE_END:
        end += 1
    return start, end


def answer_from_prompt(request: RecordedRequest) -> Reply:
    """The default responder: a grounded answer built from the chunk in the prompt."""
    return completion(request, grounded_answer(chunk_of(request)))
