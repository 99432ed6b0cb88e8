"""The CI regression gate: the offline backend on both splits against their blessed baselines, and the
quality bars on the fourteen articles the rules were first written on."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, TUNED_GOLD_PATHS, RunCli

BASELINES = ROOT / "evals" / "baselines"


@pytest.mark.parametrize("split", ["dev", "test"])
def test_the_offline_backend_does_not_regress_on_either_split(
    run_cli: RunCli, tmp_path: Path, split: str
) -> None:
    run_path = tmp_path / f"rules-{split}-now.json"
    result = run_cli(
        "eval", "--backend", "rules", "--split", split, "--json", "--save", str(run_path), cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    totals = json.loads(result.stdout)["totals"]
    assert totals["grounding"] == 1.0 and totals["schema_failures"] == 0

    baseline = BASELINES / f"rules-{split}.json"
    compared = run_cli("eval", "compare", str(baseline), str(run_path), cwd=ROOT)
    assert compared.returncode != 1, f"regression against {baseline.name}:\n{compared.stdout}"
    assert compared.returncode in (0, 3), compared.stderr


def test_the_offline_backend_meets_the_bars_on_the_articles_it_was_written_on(
    run_cli: RunCli, tmp_path: Path
) -> None:
    tuned = tmp_path / "tuned"
    tuned.mkdir()
    for path in TUNED_GOLD_PATHS:
        shutil.copy(path, tuned / path.name)
    result = run_cli("eval", "--backend", "rules", "--gold", str(tuned), "--json", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    totals = json.loads(result.stdout)["totals"]
    assert totals["articles"] == 14
    assert totals["targets"]["f1"] >= 0.85
    assert totals["priorities"]["f1"] >= 0.75
    assert totals["region_attribution"] >= 0.95
