"""With a perfect model (the test server answering every chunk from the gold labels), the LLM pipeline
loses nothing: validation, numbers computed by code, deadline resolution, regions, merging."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import GOLD_SPLITS, ROOT, RunCli
from tests.gold_model import GoldModel
from tests.llm_server import LLMTestServer, running_server


@pytest.fixture
def perfect_server() -> Iterator[LLMTestServer]:
    with running_server() as server:
        server.default_chat = GoldModel(sorted(GOLD_SPLITS.glob("*/")), ROOT)
        yield server


def perfect_run(
    server: LLMTestServer, run_cli: RunCli, gold: Path, prompt: str, saved: Path
) -> dict[str, Any]:
    """The totals of `summarizer eval` over `gold` with the perfect model and `prompt`, saved to `saved`."""
    result = run_cli(
        "eval", "--gold", str(gold), "--backend", "llm", "--base-url", server.url, "--api-key", "k",
        "--model", "gold", "--no-cache", "--prompt", prompt, "--save", str(saved), "--json", cwd=ROOT,
        timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    totals: dict[str, Any] = json.loads(result.stdout)["totals"]
    return totals


@pytest.mark.slow
def test_a_perfect_model_scores_perfectly_with_v1_and_v3_and_compare_sees_no_regression(
    perfect_server: LLMTestServer, run_cli: RunCli, tmp_path: Path
) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for path in GOLD_SPLITS.glob("*/*.json"):
        shutil.copy(path, gold / path.name)
    for prompt in ("extract.v1", "extract.v3"):
        totals = perfect_run(perfect_server, run_cli, gold, prompt, tmp_path / f"{prompt}.json")
        assert totals["articles"] >= 44
        assert totals["targets"]["f1"] >= 0.99 and totals["priorities"]["f1"] >= 0.99, prompt
        assert totals["targets_strict"]["f1"] >= 0.98, prompt
        assert totals["region_attribution"] == 1.0 and totals["grounding"] == 1.0
    report = tmp_path / "v1-v3.md"
    compared = run_cli(
        "eval", "compare", str(tmp_path / "extract.v1.json"), str(tmp_path / "extract.v3.json"),
        "--markdown", str(report), cwd=ROOT,
    )  # fmt: skip
    assert compared.returncode in (0, 3), compared.stdout + compared.stderr  # 1 would be a regression
    assert "targets_strict.f1" in report.read_text(encoding="utf-8")
