"""End to end: the `summarizer` console script with `--backend llm` against the local test server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.schema import ArticleSummary
from summarizer.text import fold
from tests.conftest import ROOT, SEED_000, after_backend_line
from tests.llm_server import LLMTestServer, Reply, error_body

SUMMARIZER = Path(sys.executable).parent / "summarizer"
API_KEY = "test-key-0f-the-e2e-run"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SUMMARIZER), *args], cwd=cwd, capture_output=True, text=True, timeout=180, check=False
    )


def llm_flags(server: LLMTestServer, cache_dir: Path) -> list[str]:
    return ["--backend", "llm", "--base-url", server.url, "--api-key", API_KEY, "--cache-dir", str(cache_dir)]


def test_summarize_a_seed_with_the_llm_backend(server: LLMTestServer, tmp_path: Path) -> None:
    result = run("summarize", str(SEED_000), "--format", "json", *llm_flags(server, tmp_path))

    assert result.returncode == 0, result.stderr
    summary = ArticleSummary.model_validate_json(result.stdout)
    assert summary.status == "ok" and summary.targets and summary.priorities
    folded_text = fold(summary.cleaned_text)
    for item in [*summary.targets, *summary.priorities]:
        assert fold(item.quote) in folded_text
        assert item.span is not None and summary.cleaned_text[item.span[0] : item.span[1]] == item.quote
    assert {target.region for target in summary.targets} <= {region.name for region in summary.regions}
    provenance = summary.provenance
    assert (provenance.backend, provenance.prompt_id, provenance.mode) == ("llm", "extract.v3", "JSON")
    assert provenance.usage.calls == len(server.chat_requests()) > 0
    assert provenance.usage.prompt_tokens == server.usage_sent()["prompt_tokens"]
    assert API_KEY not in result.stdout + result.stderr

    again = run("summarize", str(SEED_000), "--format", "json", *llm_flags(server, tmp_path))
    assert again.returncode == 0
    cached = ArticleSummary.model_validate_json(again.stdout)
    assert len(server.chat_requests()) == provenance.usage.calls
    assert cached.provenance.usage.cached_calls == provenance.usage.calls
    assert cached.targets == summary.targets


def test_the_rules_backend_never_imports_the_llm_client(tmp_path: Path) -> None:
    argv = ["summarizer", "summarize", str(SEED_000), "--backend", "rules", "--format", "json"]
    probe = (
        f"import sys\nfrom summarizer.cli.app import main\nsys.argv = {argv!r}\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('openai', 'instructor', 'summarizer.extract.llm')\n"
        "print('HEAVY', sorted(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert '"backend": "rules"' in result.stdout, result.stderr
    assert "HEAVY []" in result.stdout


def test_failed_chunks_give_a_failing_exit_code(server: LLMTestServer, tmp_path: Path) -> None:
    server.default_chat = lambda request: Reply(503, error_body("overloaded"), {"Retry-After": "0"})
    result = run("summarize", str(SEED_000), "--format", "json", "--no-cache", *llm_flags(server, tmp_path))

    assert result.returncode == 1
    summary = ArticleSummary.model_validate_json(result.stdout)
    assert summary.status == "failed"
    assert summary.error is not None and "HTTP 503" in summary.error


def test_a_rejected_key_is_a_one_line_error(server: LLMTestServer, tmp_path: Path) -> None:
    server.default_chat = lambda request: Reply(401, error_body("invalid api key"))
    result = run("summarize", str(SEED_000), "--format", "json", *llm_flags(server, tmp_path))

    assert result.returncode == 1
    error = after_backend_line(result.stderr)
    assert error.startswith("Error: ") and len(error.strip().splitlines()) == 1
    assert "rejected the API key (HTTP 401): check the key from --api-key" in error
    assert "--backend rules" in error
    assert "Traceback" not in result.stderr and API_KEY not in result.stderr


def test_eval_with_the_llm_backend_scores_the_gold_set(server: LLMTestServer, tmp_path: Path) -> None:
    saved = tmp_path / "llm-v1.json"
    result = run("eval", "--json", "--save", str(saved), *llm_flags(server, tmp_path))

    assert result.returncode == 0, result.stderr
    evaluation = json.loads(result.stdout)
    assert evaluation["config"]["backend"] == "llm"
    assert evaluation["config"]["prompt_id"] == "extract.v3"
    assert evaluation["totals"]["articles"] == len(list((ROOT / "evals" / "gold" / "dev").glob("*.json")))
    assert evaluation["totals"]["targets"]["tp"] > 0
    assert evaluation["usage"]["calls"] == len(server.chat_requests())
    assert API_KEY not in saved.read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_two_prompt_versions_can_be_compared(server: LLMTestServer, tmp_path: Path) -> None:
    runs = {}
    for prompt in ("extract.v1", "extract.v2"):
        runs[prompt] = tmp_path / f"{prompt}.json"
        saved = run("eval", "--save", str(runs[prompt]), "--prompt", prompt, *llm_flags(server, tmp_path))
        assert saved.returncode == 0, saved.stderr
    v2_requests = [request for request in server.chat_requests() if "<候选数量>" in request.text()]
    assert v2_requests and len(v2_requests) < len(server.chat_requests())

    compared = run("eval", "compare", str(runs["extract.v1"]), str(runs["extract.v2"]), "--resamples", "1000")
    # The test server answers both versions alike, so the comparison passes.
    assert compared.returncode == 0, compared.stderr
    assert "verdict: pass" in compared.stdout
