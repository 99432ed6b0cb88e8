"""The local OpenAI-compatible test server with the Batch API: /v1/files and /v1/batches.

A batch moves one state per retrieve: validating → in_progress → completed (or `final_status`). When
it completes, the server answers each input line with the same default responder as
/v1/chat/completions, except the lines a test scripts in `faults` (by line number):
- "error": the line goes to the error file (no response);
- "http_500": the output file holds a 500 response;
- "invalid": a 200 answer with a target whose quote is not in the chunk (fails validation);
- "missing": no result at all (as when a batch expires).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from tests.llm_server import (
    LLMTestServer,
    RecordedRequest,
    Reply,
    chunk_of,
    completion,
    error_body,
    grounded_answer,
)

STEPS = ("validating", "in_progress")
INVENTED_TARGET = {
    "quote": "全年新增就业岗位12345个",
    "raw": "12345个",
    "metric": "就业岗位",
    "comparator": "exactly",
    "kind": "goal",
}


@dataclass
class BatchState:
    id: str
    input_file_id: str
    endpoint: str
    created_at: int
    metadata: dict[str, str]
    retrieves: int = 0
    status: str = "validating"
    output_file_id: str | None = None
    error_file_id: str | None = None
    counts: dict[str, int] = field(default_factory=lambda: {"total": 0, "completed": 0, "failed": 0})


class BatchTestServer(LLMTestServer):
    """The test server plus files and batches, kept in memory."""

    def __init__(self) -> None:
        super().__init__()
        self.files: dict[str, bytes] = {}
        self.file_purposes: dict[str, str] = {}
        self.batches: dict[str, BatchState] = {}
        self.faults: dict[int, str] = {}
        self.final_status = "completed"
        self.error_message = "the model crashed on this line"
        self.batch_lines: list[RecordedRequest] = []
        """Every input line the server answered as part of a batch."""
        self.add_route("POST", "/v1/files", self._create_file)
        self.add_route("POST", "/v1/batches", self._create_batch)

    # Files -----------------------------------------------------------------------------------

    def _create_file(self, request: RecordedRequest) -> Reply:
        fields = multipart_fields(request)
        content, filename = fields.get("file", (b"", "upload"))
        purpose = fields.get("purpose", (b"", None))[0].decode()
        return Reply(200, self.store_file(content, filename or "upload", purpose))

    def store_file(self, content: bytes, filename: str, purpose: str) -> dict[str, Any]:
        file_id = f"file-{len(self.files) + 1:04d}"
        self.files[file_id] = content
        self.file_purposes[file_id] = purpose
        self.add_route("GET", f"/v1/files/{file_id}/content", lambda _request: Reply(200, content))
        return {
            "id": file_id,
            "object": "file",
            "bytes": len(content),
            "created_at": int(time.time()),
            "filename": filename,
            "purpose": purpose,
            "status": "processed",
        }

    # Batches ---------------------------------------------------------------------------------

    def _create_batch(self, request: RecordedRequest) -> Reply:
        body = request.body if isinstance(request.body, dict) else {}
        input_file_id = str(body.get("input_file_id"))
        if input_file_id not in self.files:
            return Reply(404, error_body(f"no file {input_file_id}", "invalid_request_error"))
        batch_id = f"batch_{len(self.batches) + 1:04d}"
        state = BatchState(
            id=batch_id,
            input_file_id=input_file_id,
            endpoint=str(body.get("endpoint")),
            created_at=int(time.time()),
            metadata=dict(body.get("metadata") or {}),
        )
        self.batches[batch_id] = state
        self.add_route("GET", f"/v1/batches/{batch_id}", lambda _request: self._retrieve(state))
        return Reply(200, batch_object(state))

    def _retrieve(self, state: BatchState) -> Reply:
        state.retrieves += 1
        if state.status in STEPS:
            step = STEPS.index(state.status) + 1
            if step < len(STEPS):
                state.status = STEPS[step]
            else:
                self._run(state)
        return Reply(200, batch_object(state))

    def _run(self, state: BatchState) -> None:
        """Answer every input line, then finish the batch with `final_status`."""
        outputs: list[str] = []
        errors: list[str] = []
        lines = self.files[state.input_file_id].decode("utf-8").splitlines()
        for number, line in enumerate(lines):
            request_line = json.loads(line)
            recorded = RecordedRequest(
                "POST", request_line["url"], {}, request_line["body"], time.monotonic(), True
            )
            self.batch_lines.append(recorded)
            result = self._answer(number, request_line["custom_id"], recorded)
            if result is not None:
                (errors if result["error"] else outputs).append(json.dumps(result, ensure_ascii=False))
        state.counts = {"total": len(lines), "completed": len(outputs), "failed": len(errors)}
        state.status = self.final_status
        if outputs:
            state.output_file_id = self.store_file(_jsonl(outputs), "output.jsonl", "batch_output")["id"]
        if errors:
            state.error_file_id = self.store_file(_jsonl(errors), "errors.jsonl", "batch_output")["id"]

    def _answer(self, number: int, custom_id: str, request: RecordedRequest) -> dict[str, Any] | None:
        fault = self.faults.get(number)
        result: dict[str, Any] = {"id": f"batch_req_{number}", "custom_id": custom_id, "response": None,
                                  "error": None}  # fmt: skip
        if fault == "missing":
            return None
        if fault == "error":
            result["error"] = {"code": "server_error", "message": self.error_message}
            return result
        if fault == "http_500":
            reply = Reply(500, error_body("internal error"))
        elif fault == "invalid":
            answer = grounded_answer(chunk_of(request))
            reply = completion(request, {**answer, "targets": [*answer["targets"], INVENTED_TARGET]})
        else:
            reply = self.default_chat(request)
        request.reply = reply
        result["response"] = {"status_code": reply.status, "request_id": f"req_{number}", "body": reply.body}
        return result


def batch_object(state: BatchState) -> dict[str, Any]:
    """The batch as the Batch API describes it."""
    return {
        "id": state.id,
        "object": "batch",
        "endpoint": state.endpoint,
        "errors": None,
        "input_file_id": state.input_file_id,
        "completion_window": "24h",
        "status": state.status,
        "output_file_id": state.output_file_id,
        "error_file_id": state.error_file_id,
        "created_at": state.created_at,
        "request_counts": state.counts,
        "metadata": state.metadata,
    }


def multipart_fields(request: RecordedRequest) -> dict[str, tuple[bytes, str | None]]:
    """The fields of a multipart/form-data body: name → (content, filename)."""
    raw = request.body.encode("utf-8") if isinstance(request.body, str) else b""
    header = f"Content-Type: {request.headers.get('content-type', '')}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(header + raw)
    fields: dict[str, tuple[bytes, str | None]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if isinstance(name, str) and isinstance(payload, bytes):
            fields[name] = (payload, part.get_filename())
    return fields


def _jsonl(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


@contextmanager
def running_batch_server() -> Iterator[BatchTestServer]:
    server = BatchTestServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
