"""Shared fixtures: the project root, the seed and dev articles, and running the CLI as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.batch_server import BatchTestServer, running_batch_server
from tests.llm_server import LLMTestServer, running_server
from tests.web_server import WebTestServer, running_web_server

ROOT = Path(__file__).resolve().parent.parent
SEED_000 = ROOT / "seeds" / "000_035700d1bd0b97ab.txt"
SEED_004 = ROOT / "seeds" / "004_fab3b2d8eed75f17.txt"
ARTICLES = ROOT / "evals" / "articles"
GOLD_SPLITS = ROOT / "evals" / "gold"
GOLD_DIR = GOLD_SPLITS / "dev"
"""The dev split: what tuning may look at. The test split (GOLD_SPLITS / "test") is scored for totals only."""
TEST_GOLD_DIR = GOLD_SPLITS / "test"
ALL_GOLD_PATHS = sorted(GOLD_SPLITS.glob("*/*.json"))
TUNED_GOLD_PATHS = [
    path
    for path in sorted(GOLD_DIR.glob("*.json"))
    if '"file": "evals/articles/dev2/' not in path.read_text("utf-8")
]
"""The gold of the fourteen articles the rules were first written on (the seeds and evals/articles/*.txt)."""
ALL_TEXTS = [SEED_000, SEED_004, *sorted(ARTICLES.glob("*.txt"))]
"""The two seeds and the twelve dev articles."""

RunCli = Callable[..., subprocess.CompletedProcess[str]]
BACKEND_LINE = "Backend: "
"""How the line starts that every command running a backend prints first on stderr."""


def assert_one_line_error(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    """A run that failed with exit 1 and one `Error: …` line (besides the backend and progress lines)
    holding every needle, and no traceback; the line."""
    lines = [
        line
        for line in result.stderr.strip().splitlines()
        if not line.startswith((BACKEND_LINE, "Progress: "))
    ]
    assert result.returncode == 1, result.stderr
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "unexpected" not in result.stderr and "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def after_backend_line(stderr: str) -> str:
    """stderr without its first line, which must be the backend line."""
    first, _, rest = stderr.partition("\n")
    assert first.startswith(BACKEND_LINE), stderr
    return rest


def cleaned(path: Path) -> str:
    """The cleaned text of an article file."""
    from summarizer.ingest.clean import clean_text

    return clean_text(path.read_text(encoding="utf-8")).text


def article(prefix: str) -> Path:
    """The dev article whose file name starts with `prefix` ("01")."""
    return next(ARTICLES.glob(f"{prefix}_*.txt"))


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own cache and home, and no LLM endpoint from the developer's environment."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    for name in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "SUMMARIZER_BASE_URL",
        "SUMMARIZER_API_KEY",
        "SUMMARIZER_BACKEND",
        "SUMMARIZER_CONFIG",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def run_cli(tmp_path: Path) -> RunCli:
    """Run `python -m summarizer.cli.app ARGS` in a subprocess, in tmp_path unless cwd is given."""

    def run(
        *args: str,
        cwd: Path | None = None,
        input_text: str | None = None,
        env: dict[str, str] | None = None,
        timeout: float = 120,
    ) -> subprocess.CompletedProcess[str]:
        full_env = {**os.environ, **(env or {})}
        return subprocess.run(
            [sys.executable, "-m", "summarizer.cli.app", *args],
            cwd=cwd or tmp_path,
            input=input_text,
            capture_output=True,
            text=True,
            env=full_env,
            timeout=timeout,
            check=False,
        )

    return run


@pytest.fixture
def run_in_process(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> RunCli:
    """The console entry point in this process (faster than a subprocess), reported as `run_cli` does."""
    from summarizer.cli.app import main

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        monkeypatch.setattr(sys, "argv", ["summarizer", *args])
        with pytest.raises(SystemExit) as exited:
            main()
        captured = capsys.readouterr()
        code = exited.value.code
        return subprocess.CompletedProcess(list(args), code if isinstance(code, int) else 1, captured.out,
                                           captured.err)  # fmt: skip

    return run


@pytest.fixture
def server() -> Iterator[LLMTestServer]:
    """The OpenAI-compatible chat test server on 127.0.0.1, stopped after the test."""
    with running_server() as running:
        yield running


@pytest.fixture
def batch_server() -> Iterator[BatchTestServer]:
    """The test server with the Batch API (/v1/files, /v1/batches) besides chat completions."""
    with running_batch_server() as running:
        yield running


@pytest.fixture
def web_server() -> Iterator[WebTestServer]:
    """A web server on 127.0.0.1 with saved pages, redirects, errors, a huge and a slow answer."""
    with running_web_server() as running:
        yield running


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A rules-backend corpus run (JSONL) of the seeds and the dev articles, made once by the CLI."""
    out = tmp_path_factory.mktemp("corpus") / "run.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "summarizer.cli.app", "summarize", str(SEED_000.parent), str(ARTICLES),
         "--out", str(out)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return out
