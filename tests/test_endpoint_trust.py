"""Which backend runs, and which key goes to which endpoint, through the real CLI and a recording server.

- A key from OPENAI_API_KEY goes only to the OpenAI API or to a base URL from the command line or the
  environment, never to one read from a config file (issue 12, item 4): the attack is a
  `summarizer.toml` in a directory the user enters that points `base_url` at someone else's server.
- OPENAI_API_KEY / OPENAI_BASE_URL never choose the LLM backend under `--backend auto` (issue 15).
- Every command that runs a backend says on stderr which backend, model and endpoint it uses.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from summarizer.schema import ArticleSummary
from tests.batch_server import BatchTestServer
from tests.conftest import BACKEND_LINE, ROOT, SEED_000, RunCli
from tests.llm_server import LLMTestServer, Reply, error_body

OPENAI_KEY = "sk-generic-OPENAI-key-0001"
OWN_KEY = "sk-summarizer-own-key-0002"
RULES_LINE = "Backend: rules (offline; nothing is sent anywhere)."


def bearers(server: LLMTestServer) -> set[str | None]:
    return {request.bearer for request in server.requests}


def write_config(directory: Path, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "summarizer.toml"
    path.write_text(text, encoding="utf-8")
    return path


def first_line(stderr: str) -> str:
    return stderr.splitlines()[0] if stderr else ""


# A base URL from a config file never receives OPENAI_API_KEY -------------------------------------


@pytest.mark.parametrize("found_as", ["working directory", "SUMMARIZER_CONFIG"])
def test_a_base_url_from_a_config_file_never_receives_openai_api_key(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path, found_as: str
) -> None:
    config = write_config(tmp_path / "conf", f'[summarizer]\nbase_url = "{server.url}"\n')
    work = config.parent if found_as == "working directory" else tmp_path
    env = {"OPENAI_API_KEY": OPENAI_KEY}
    if found_as == "SUMMARIZER_CONFIG":
        env["SUMMARIZER_CONFIG"] = str(config)
    result = run_cli("summarize", str(SEED_000), "--format", "json", "--no-cache", cwd=work, env=env)

    assert result.returncode == 0, result.stderr
    assert server.chat_requests(), "the configured endpoint was used"
    assert OPENAI_KEY not in bearers(server)
    line = first_line(result.stderr)
    assert line.startswith(f"Backend: llm, model gpt-4o-mini at {server.url} (base URL from ")
    assert "no key: OPENAI_API_KEY is sent only to the OpenAI API" in line
    assert OPENAI_KEY not in result.stdout + result.stderr


@pytest.mark.parametrize("key_from", ["--api-key", "SUMMARIZER_API_KEY", "key_env"])
def test_a_base_url_from_a_config_file_gets_the_key_summarizers_own_settings_give(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path, key_from: str
) -> None:
    key_env = 'key_env = "MY_LLM_KEY"\n' if key_from == "key_env" else ""
    work = write_config(tmp_path / "conf", f'base_url = "{server.url}"\n{key_env}').parent
    env = {"OPENAI_API_KEY": OPENAI_KEY, "MY_LLM_KEY": OWN_KEY}
    flags: list[str] = []
    if key_from == "--api-key":
        flags = ["--api-key", OWN_KEY]
    elif key_from == "SUMMARIZER_API_KEY":
        env["SUMMARIZER_API_KEY"] = OWN_KEY
    result = run_cli("summarize", str(SEED_000), "--format", "json", "--no-cache", *flags, cwd=work, env=env)

    assert result.returncode == 0, result.stderr
    assert bearers(server) == {OWN_KEY}
    assert f"key from {'MY_LLM_KEY' if key_from == 'key_env' else key_from}" in first_line(result.stderr)


def test_key_env_may_not_name_openai_api_key(run_cli: RunCli, server: LLMTestServer, tmp_path: Path) -> None:
    work = write_config(tmp_path / "conf", f'base_url = "{server.url}"\nkey_env = "OPENAI_API_KEY"\n').parent
    result = run_cli("summarize", str(SEED_000), cwd=work, env={"OPENAI_API_KEY": OPENAI_KEY})

    assert result.returncode == 1
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1
    assert "key_env cannot name OPENAI_API_KEY" in result.stderr
    assert not server.requests


@pytest.mark.parametrize("url_from", ["--base-url", "SUMMARIZER_BASE_URL", "OPENAI_BASE_URL"])
def test_openai_api_key_goes_to_a_base_url_from_the_command_line_or_the_environment(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path, url_from: str
) -> None:
    env = {"OPENAI_API_KEY": OPENAI_KEY}
    flags = ["--backend", "llm"]
    if url_from == "--base-url":
        flags += ["--base-url", server.url]
    else:
        env[url_from] = server.url
    if url_from != "OPENAI_BASE_URL":  # which a config file's base URL would override
        write_config(tmp_path, 'base_url = "http://127.0.0.1:9/v1"\n')
    result = run_cli("summarize", str(SEED_000), "--format", "json", "--no-cache", *flags, env=env)

    assert result.returncode == 0, result.stderr
    assert bearers(server) == {OPENAI_KEY}
    assert f"base URL from {url_from}; key from OPENAI_API_KEY" in first_line(result.stderr)


def test_a_key_the_config_file_withheld_is_named_in_the_rejection(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path
) -> None:
    server.default_chat = lambda request: Reply(401, error_body("missing key"))
    work = write_config(tmp_path / "conf", f'base_url = "{server.url}"\n').parent
    result = run_cli("summarize", str(SEED_000), cwd=work, env={"OPENAI_API_KEY": OPENAI_KEY})

    assert result.returncode == 1
    error = result.stderr.splitlines()[-1]
    assert error.startswith(f"Error: {server.url} rejected the API key (HTTP 401): the base URL comes from ")
    assert "never receives OPENAI_API_KEY: pass --api-key, set SUMMARIZER_API_KEY" in error
    assert OPENAI_KEY not in bearers(server)


# OPENAI_* never choose the LLM backend -----------------------------------------------------------


def test_openai_variables_alone_never_choose_the_llm_backend(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path
) -> None:
    env = {"OPENAI_API_KEY": OPENAI_KEY, "OPENAI_BASE_URL": server.url}
    result = run_cli("summarize", str(SEED_000), "--format", "json", env=env)

    assert result.returncode == 0, result.stderr
    assert not server.requests, "nothing was sent"
    assert result.stderr.splitlines() == [RULES_LINE]
    assert ArticleSummary.model_validate_json(result.stdout).provenance.backend == "rules"


@pytest.mark.parametrize("asked_by", ["--base-url", "SUMMARIZER_BASE_URL", "SUMMARIZER_MODEL", "toml"])
def test_summarizers_own_settings_choose_the_llm_backend(
    run_cli: RunCli, server: LLMTestServer, tmp_path: Path, asked_by: str
) -> None:
    env = {"OPENAI_BASE_URL": server.url}
    flags: list[str] = []
    if asked_by == "--base-url":
        flags = ["--base-url", server.url]
    elif asked_by == "toml":
        write_config(tmp_path, 'model = "local-model"\n')
    else:
        env[asked_by] = server.url if asked_by == "SUMMARIZER_BASE_URL" else "local-model"
    result = run_cli("summarize", str(SEED_000), "--format", "json", "--no-cache", *flags, env=env)

    assert result.returncode == 0, result.stderr
    assert server.chat_requests()
    assert ArticleSummary.model_validate_json(result.stdout).provenance.backend == "llm"
    assert first_line(result.stderr).startswith("Backend: llm, model ")


# Every command that runs a backend says which ----------------------------------------------------


def test_every_backend_command_says_which_backend_model_and_endpoint_on_stderr(
    run_cli: RunCli, batch_server: BatchTestServer, tmp_path: Path
) -> None:
    llm = ["--base-url", batch_server.url, "--model", "m-1", "--api-key", OWN_KEY, "--no-cache"]
    llm_line = (
        f"Backend: llm, model m-1 at {batch_server.url} (base URL from --base-url; key from --api-key)."
    )
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED_000, corpus / "a.txt")
    runs = {
        "summarize": run_cli("summarize", str(SEED_000), "--format", "json", *llm),
        "brief": run_cli("brief", str(SEED_000), "--out", str(tmp_path / "b.md"), "--backend", "rules"),
        "eval": run_cli("eval", "--root", str(ROOT), "--json", "--backend", "rules"),
        "batch": run_cli("batch", "submit", str(corpus), "--out", str(tmp_path / "job"), *llm[:-1]),
    }
    expected = {"summarize": llm_line, "brief": RULES_LINE, "eval": RULES_LINE, "batch": llm_line}

    for command, result in runs.items():
        assert result.returncode == 0, (command, result.stderr)
        assert first_line(result.stderr) == expected[command], command
        assert BACKEND_LINE not in result.stdout, command
        assert result.stderr.count(BACKEND_LINE) == 1, command
    json.loads(runs["summarize"].stdout)
    json.loads(runs["eval"].stdout)
