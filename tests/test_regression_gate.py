"""The CI regression gate: the offline backend on the whole gold set, against the blessed baseline."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import ROOT, RunCli

BASELINE = ROOT / "evals" / "baselines" / "rules.json"


def test_offline_backend_meets_the_quality_bar_and_does_not_regress(run_cli: RunCli, tmp_path: Path) -> None:
    run_path = tmp_path / "rules-now.json"
    result = run_cli("eval", "--backend", "rules", "--json", "--save", str(run_path), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    totals = json.loads(result.stdout)["totals"]
    assert totals["targets"]["f1"] >= 0.85
    assert totals["priorities"]["f1"] >= 0.75
    assert totals["region_attribution"] >= 0.95
    assert totals["grounding"] == 1.0

    compared = run_cli("eval", "compare", str(BASELINE), str(run_path), cwd=ROOT)
    assert compared.returncode != 1, f"regression against {BASELINE.name}:\n{compared.stdout}"
    assert compared.returncode in (0, 3), compared.stderr
