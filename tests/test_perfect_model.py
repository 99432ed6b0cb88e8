"""With a perfect model (the test server answering every chunk from the gold labels), the LLM pipeline
loses nothing: validation, numbers computed by code, deadline resolution, regions, merging."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import GOLD_SPLITS, ROOT, RunCli
from tests.gold_model import GoldModel
from tests.llm_server import LLMTestServer, running_server


@pytest.fixture
def perfect_server() -> Iterator[LLMTestServer]:
    with running_server() as server:
        server.default_chat = GoldModel(sorted(GOLD_SPLITS.glob("*/")), ROOT)
        yield server


@pytest.mark.slow
@pytest.mark.parametrize("prompt", ["extract.v1", "extract.v3"])
def test_a_perfect_model_scores_perfectly_over_the_whole_gold_set(
    perfect_server: LLMTestServer, run_cli: RunCli, tmp_path: Path, prompt: str
) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for path in GOLD_SPLITS.glob("*/*.json"):
        shutil.copy(path, gold / path.name)
    result = run_cli(
        "eval", "--gold", str(gold), "--backend", "llm", "--base-url", perfect_server.url, "--api-key", "k",
        "--model", "gold", "--no-cache", "--prompt", prompt, "--json", cwd=ROOT, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    totals = json.loads(result.stdout)["totals"]
    assert totals["articles"] >= 44
    assert totals["targets"]["f1"] >= 0.99 and totals["priorities"]["f1"] >= 0.99
    assert totals["targets_strict"]["f1"] >= 0.98
    assert totals["region_attribution"] == 1.0 and totals["grounding"] == 1.0
