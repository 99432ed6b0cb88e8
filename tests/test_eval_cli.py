"""`summarizer eval`: running a backend, rescore, show, compare and bless, in-process and as a subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer.cli.app import app
from summarizer.errors import public_url
from summarizer.evals.gold import gold_fingerprint
from summarizer.evals.runs import (
    RunConfig,
    load_gold_articles,
    load_run,
    save_run,
    scored_run,
)
from summarizer.text import sha256_hex
from tests.conftest import ROOT

RunCli = Callable[..., subprocess.CompletedProcess[str]]  # the run_cli fixture of conftest.py
ARTICLE_TEXT = (
    "托克托县：坚定不移抓好项目建设和招商引资，全年实施重大项目90个以上，完成投资85亿元以上。\n"
    "清水河县：在农牧业方面，新能源总装机达到260万千瓦。\n"
)


def gold_json(article: str, sha256: str) -> dict[str, Any]:
    target = {
        "region": "托克托县",
        "metric": "重大项目实施数量",
        "raw": "90个以上",
        "value": 90,
        "unit": "个",
        "comparator": "at_least",
        "deadline": "2024",
        "kind": "action",
        "quote": "全年实施重大项目90个以上",
    }
    investment = {
        **target,
        "metric": "投资额",
        "raw": "85亿元以上",
        "value": 8500000000,
        "unit": "元",
        "quote": "完成投资85亿元以上",
    }
    capacity = {
        **target,
        "region": "清水河县",
        "metric": "新能源装机",
        "raw": "260万千瓦",
        "value": 2600000,
        "unit": "千瓦",
        "comparator": "exactly",
        "kind": "goal",
        "quote": "新能源总装机达到260万千瓦",
    }
    priority = {
        "region": "托克托县",
        "category": "investment",
        "title": "抓好项目建设和招商引资",
        "quote": "坚定不移抓好项目建设和招商引资",
    }
    return {
        "article": article,
        "file": f"articles/{article}.txt",
        "sha256": sha256,
        "plan_year": 2024,
        "regions": [{"name": "托克托县", "aliases": ["托县"]}, {"name": "清水河县"}],
        "priorities": [priority],
        "targets": [target, investment, capacity],
    }


@pytest.fixture
def gold_root(tmp_path: Path) -> Path:
    """A root kept outside the project: articles/ with two articles, gold/ with their gold files."""
    root = tmp_path / "elsewhere"
    (root / "articles").mkdir(parents=True)
    (root / "gold").mkdir()
    for article in ("a1", "a2"):
        path = root / "articles" / f"{article}.txt"
        path.write_text(ARTICLE_TEXT, encoding="utf-8")
        gold = gold_json(article, sha256_hex(path.read_bytes()))
        (root / "gold" / f"{article}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return root


def prediction(
    article: str, targets: list[dict[str, Any]], priorities: list[dict[str, Any]]
) -> dict[str, Any]:
    return {
        "article_id": article,
        "source_path": f"articles/{article}.txt",
        "sha256": "0" * 64,
        "targets": targets,
        "priorities": priorities,
        "provenance": {"backend": "test", "code_version": "0", "base_url": "http://127.0.0.1:9/v1"},
    }


def save_hand_built_run(root: Path, path: Path, keep_targets: int = 3, extra_priority: bool = False) -> Path:
    """A run predicting the gold items themselves (only the first keep_targets targets of each article)."""
    gold_articles = load_gold_articles(root / "gold", root)
    predictions: dict[str, dict[str, Any] | None] = {}
    for gold, _ in gold_articles:
        targets = [t.model_dump(exclude={"id", "optional"}) for t in gold.targets[:keep_targets]]
        priorities = [p.model_dump(exclude={"id", "optional"}) for p in gold.priorities]
        if extra_priority:
            priorities.append(
                {**priorities[0], "title": "生态", "quote": "在农牧业方面", "category": "ecology"}
            )
        predictions[gold.article] = prediction(gold.article, targets, priorities)
    config = RunConfig(
        backend="test",
        code_version="0",
        date="2024-01-01T00:00:00+00:00",
        gold_dir=str(root / "gold"),
        gold_fingerprint=gold_fingerprint(root / "gold"),
        root=str(root),
    )
    run = scored_run(config, gold_articles, predictions)
    save_run(run, path)
    return path


def invoke(*args: str) -> Any:
    return CliRunner().invoke(app, list(args), catch_exceptions=True)


# --- rescore ------------------------------------------------------------------------------------


def test_rescore_json_prints_totals_and_articles_only(gold_root: Path, tmp_path: Path) -> None:
    run_path = save_hand_built_run(gold_root, tmp_path / "run.json", keep_targets=2)
    result = invoke(
        "eval",
        "rescore",
        str(run_path),
        "--gold",
        str(gold_root / "gold"),
        "--root",
        str(gold_root),
        "--json",
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["totals"]["targets"]["precision"] == 1.0
    assert data["totals"]["targets"]["recall"] == pytest.approx(4 / 6)
    assert data["totals"]["targets"]["f1"] == pytest.approx(0.8)
    assert data["totals"]["priorities"]["f1"] == 1.0
    assert data["totals"]["region_attribution"] == 1.0
    assert data["totals"]["grounding"] == 1.0
    assert [article["id"] for article in data["articles"]] == ["a1", "a2"]
    assert "prediction" not in data["articles"][0]


def test_the_test_split_prints_totals_only_unless_asked(gold_root: Path, tmp_path: Path) -> None:
    run_path = save_hand_built_run(gold_root, tmp_path / "run.json", keep_targets=2)
    where = ("--gold", str(gold_root / "gold"), "--root", str(gold_root))
    frozen = invoke("eval", "rescore", str(run_path), *where, "--split", "test")
    assert frozen.exit_code == 0, frozen.output
    assert "test split, 2 articles: totals only (--per-article for more)" in frozen.stdout
    assert "targets: P 1.00 R 0.67 F1 0.80" in frozen.stdout
    assert "a1" not in frozen.stdout and "a2" not in frozen.stdout and "by genre" not in frozen.stdout
    asked = invoke("eval", "rescore", str(run_path), *where, "--split", "test", "--per-article")
    dev = invoke("eval", "rescore", str(run_path), *where)
    for shown in (asked, dev):
        assert shown.exit_code == 0, shown.output
        assert "a1" in shown.stdout and "a2" in shown.stdout and "totals only" not in shown.stdout


def test_rescore_uses_the_current_gold_and_saves_a_new_run(gold_root: Path, tmp_path: Path) -> None:
    run_path = save_hand_built_run(gold_root, tmp_path / "run.json", keep_targets=2)
    before = load_run(run_path)
    gold_path = gold_root / "gold" / "a1.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gold["targets"][2]["optional"] = True  # the missed 260万千瓦 of a1 is no longer a false negative
    gold_path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    saved = tmp_path / "runs" / "rescored.json"
    result = invoke(
        "eval",
        "rescore",
        str(run_path),
        "--root",
        str(gold_root),
        "--gold",
        str(gold_root / "gold"),
        "--save",
        str(saved),
    )
    assert result.exit_code == 0, result.output
    after = load_run(saved)
    assert (before.totals.targets.fn, after.totals.targets.fn) == (2, 1)
    assert after.config.gold_fingerprint != before.config.gold_fingerprint
    assert after.articles[0].prediction == before.articles[0].prediction
    assert "micro" in result.stdout and f"Saved the run to {saved}" in result.stdout


def test_rescore_counts_a_stored_prediction_that_no_longer_validates(gold_root: Path, tmp_path: Path) -> None:
    run_path = save_hand_built_run(gold_root, tmp_path / "run.json")
    data = json.loads(run_path.read_text(encoding="utf-8"))
    data["articles"][1]["prediction"]["targets"][0]["comparator"] = "more_than"
    run_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = invoke(
        "eval",
        "rescore",
        str(run_path),
        "--root",
        str(gold_root),
        "--gold",
        str(gold_root / "gold"),
        "--json",
    )
    data = json.loads(result.stdout)
    assert data["totals"]["schema_failures"] == 1
    assert data["articles"][1]["prediction_error"].startswith("invalid prediction: targets.0.comparator")
    assert data["articles"][1]["scores"]["targets"]["fn"] == 3


def test_rescore_runs_as_a_subprocess(gold_root: Path, tmp_path: Path, run_cli: RunCli) -> None:
    run_path = save_hand_built_run(gold_root, tmp_path / "run.json", keep_targets=1)
    # Relative --root and --gold, resolved against the directory the eval runs in.
    completed = run_cli(
        "eval",
        "rescore",
        str(run_path),
        "--root",
        "elsewhere",
        "--gold",
        "elsewhere/gold",
        "--json",
        cwd=gold_root.parent,
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["totals"]["targets"]["tp"] == 2


def test_a_file_that_is_not_a_run_is_a_clear_error(tmp_path: Path, run_cli: RunCli) -> None:
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"hello": 1}', encoding="utf-8")
    completed = run_cli("eval", "show", str(bogus))
    assert completed.returncode == 1
    assert completed.stderr.startswith(f"Error: {bogus}: not an eval run: config")


def test_a_gold_root_without_the_articles_names_the_missing_file(gold_root: Path, tmp_path: Path) -> None:
    run_path = save_hand_built_run(gold_root, tmp_path / "run.json")
    result = invoke(
        "eval", "rescore", str(run_path), "--gold", str(gold_root / "gold"), "--root", str(tmp_path)
    )
    assert result.exit_code == 1
    assert "articles/a1.txt: article file of gold 'a1' not found" in str(result.exception)


# --- show ---------------------------------------------------------------------------------------


def test_show_lists_false_positives_and_negatives_with_quotes(gold_root: Path, tmp_path: Path) -> None:
    run_path = save_hand_built_run(gold_root, tmp_path / "run.json", keep_targets=2, extra_priority=True)
    result = invoke("eval", "show", str(run_path))
    assert result.exit_code == 0, result.output
    assert "a1  targets FP 0 FN 1 wrong deadline 0 wrong comparator 0; priorities FP 1 FN 0" in result.stdout
    assert "FN target [清水河县] 新能源装机 260万千瓦" in result.stdout
    assert "«新能源总装机达到260万千瓦»" in result.stdout
    assert "FP priority [托克托县] 生态 [ecology]" in result.stdout
    only = invoke("eval", "show", str(run_path), "--article", "a2", "--json")
    listing = json.loads(only.stdout)["articles"]
    assert [article["id"] for article in listing] == ["a2"]
    assert {(e["error"], e["item"]) for e in listing[0]["errors"]} == {
        ("false_negative", "target"),
        ("false_positive", "priority"),
    }
    unknown = invoke("eval", "show", str(run_path), "--article", "zz")
    assert unknown.exit_code == 1 and "no article 'zz' in this run (known: a1, a2)" in str(unknown.exception)


# --- compare ------------------------------------------------------------------------------------


def test_compare_passes_identical_runs_and_writes_markdown(gold_root: Path, tmp_path: Path) -> None:
    base = save_hand_built_run(gold_root, tmp_path / "base.json")
    new = save_hand_built_run(gold_root, tmp_path / "new.json")
    report = tmp_path / "report" / "compare.md"
    result = invoke("eval", "compare", str(base), str(new), "--markdown", str(report))
    assert result.exit_code == 0, result.output
    assert "verdict: pass" in result.stdout
    assert report.read_text(encoding="utf-8").startswith("## Eval comparison: **pass**")


def test_compare_exits_1_on_a_regression(gold_root: Path, tmp_path: Path) -> None:
    base = save_hand_built_run(gold_root, tmp_path / "base.json", keep_targets=3)
    new = save_hand_built_run(gold_root, tmp_path / "new.json", keep_targets=0)
    result = invoke("eval", "compare", str(base), str(new), "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["verdict"] == "regression"
    assert data["resamples"] >= 1000


def test_compare_refuses_runs_on_different_gold_sets_with_exit_2(
    gold_root: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    base = save_hand_built_run(gold_root, tmp_path / "base.json")
    shutil.copytree(gold_root, tmp_path / "changed")
    gold_path = tmp_path / "changed" / "gold" / "a2.json"
    gold_path.write_text(gold_path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    new = save_hand_built_run(tmp_path / "changed", tmp_path / "new.json")
    completed = run_cli("eval", "compare", str(base), str(new))
    assert completed.returncode == 2
    assert completed.stderr.startswith("Error: the runs were scored on different gold sets")


# --- bless --------------------------------------------------------------------------------------


def test_bless_copies_a_run_to_the_backend_baseline(gold_root: Path, tmp_path: Path, run_cli: RunCli) -> None:
    run_path = save_hand_built_run(gold_root, tmp_path / "run.json")
    project = tmp_path / "project"
    project.mkdir()
    completed = run_cli("eval", "bless", str(run_path), cwd=project)
    assert completed.returncode == 0, completed.stderr
    baseline = project / "evals" / "baselines" / "test.json"
    assert baseline.read_bytes() == run_path.read_bytes()
    assert "as evals/baselines/test.json" in completed.stdout


def test_bless_to_a_chosen_file_and_refuses_a_non_run(gold_root: Path, tmp_path: Path) -> None:
    run_path = save_hand_built_run(gold_root, tmp_path / "run.json")
    destination = tmp_path / "chosen" / "base.json"
    result = invoke("eval", "bless", str(run_path), "--to", str(destination))
    assert result.exit_code == 0, result.output
    assert load_run(destination) == load_run(run_path)
    bogus = tmp_path / "bogus.json"
    bogus.write_text("[]", encoding="utf-8")
    refused = invoke("eval", "bless", str(bogus), "--to", str(tmp_path / "other.json"))
    assert refused.exit_code == 1 and not (tmp_path / "other.json").exists()


# --- running a backend --------------------------------------------------------------------------


def test_eval_runs_the_rules_backend_over_the_gold_set(tmp_path: Path) -> None:
    saved = tmp_path / "runs" / "rules.json"
    result = invoke(
        "eval",
        "--backend",
        "rules",
        "--root",
        str(ROOT),
        "--save",
        str(saved),
        "--json",
        "--api-key",
        "sk-never-stored-1234",
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    gold_count = len(list((ROOT / "evals" / "gold" / "dev").glob("*.json")))
    assert len(data["articles"]) == gold_count == data["totals"]["articles"]
    for key in ("precision", "recall", "f1"):
        assert 0.0 <= data["totals"]["targets"][key] <= 1.0
        assert 0.0 <= data["totals"]["priorities"][key] <= 1.0
    assert data["totals"]["targets"]["tp"] > 0
    assert data["config"]["backend"] == "rules"
    assert "sk-never-stored-1234" not in saved.read_text(encoding="utf-8")
    run = load_run(saved)
    assert all(article.prediction is not None for article in run.articles)
    assert run.wall_time_s is not None


def test_a_saved_rules_run_rescores_to_the_same_totals(tmp_path: Path, run_cli: RunCli) -> None:
    saved = tmp_path / "rules.json"
    ran = invoke("eval", "--backend", "rules", "--root", str(ROOT), "--save", str(saved))
    assert ran.exit_code == 0, ran.output
    completed = run_cli("eval", "rescore", str(saved), "--json", cwd=ROOT)
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["totals"] == load_run(saved).totals.model_dump(mode="json")


def test_eval_without_save_writes_nothing(gold_root: Path) -> None:
    before = sorted(gold_root.rglob("*"))
    result = invoke("eval", "--backend", "rules", "--root", str(gold_root), "--gold", str(gold_root / "gold"))
    assert result.exit_code == 0, result.output
    assert "micro" in result.stdout
    assert sorted(gold_root.rglob("*")) == before


# --- configuration and imports ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "stripped"),
    [
        ("http://127.0.0.1:8000/v1", "http://127.0.0.1:8000/v1"),
        ("https://user:s3cret@api.example.com/v1", "https://api.example.com/v1"),
        (
            "https://api.example.com/v1/?api-version=2024-02-01&api_key=s3cret&token=t#x",
            "https://api.example.com/v1",
        ),
        (None, None),
    ],
)
def test_base_urls_lose_their_credentials(url: str | None, stripped: str | None) -> None:
    assert (public_url(url) if url else None) == stripped


def test_the_eval_commands_import_nothing_heavy_until_run() -> None:
    code = (
        "import sys, summarizer.cli.app; "
        "heavy = ('openai', 'instructor', 'rapidfuzz', 'summarizer.extract.pipeline', "
        "'summarizer.evals.score'); "
        "print([m for m in heavy if m in sys.modules])"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == "[]"


# --- splits, strict figures and genres -------------------------------------------------------------


def test_eval_scores_the_test_split_with_strict_and_per_genre_totals(run_cli: RunCli) -> None:
    result = run_cli("eval", "--split", "test", "--json", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    test_files = sorted((ROOT / "evals" / "gold" / "test").glob("*.json"))
    assert data["totals"]["articles"] == len(test_files) >= 12
    strict, lenient = data["totals"]["targets_strict"], data["totals"]["targets"]
    assert {"precision", "recall", "f1", "macro_f1"} <= set(strict)
    assert strict["tp"] <= lenient["tp"] and strict["f1"] <= lenient["f1"]
    genres = {json.loads(path.read_text("utf-8"))["genre"] for path in test_files}
    assert set(data["totals"]["by_genre"]) == genres
    assert sum(totals["articles"] for totals in data["totals"]["by_genre"].values()) == len(test_files)
    assert all(article["genre"] in genres for article in data["articles"])


def test_eval_prints_strict_figures_and_show_lists_wrong_deadlines(run_cli: RunCli, tmp_path: Path) -> None:
    saved = tmp_path / "dev.json"
    printed = run_cli("eval", "--save", str(saved), cwd=ROOT)
    assert printed.returncode == 0, printed.stderr
    assert "targets, strict (deadline and comparator too): P" in printed.stdout
    assert "by genre:" in printed.stdout and "work_report" in printed.stdout
    run = json.loads(saved.read_text(encoding="utf-8"))
    wrong = [e for a in run["articles"] for e in a["errors"] if e["error"] == "wrong_deadline"]
    assert wrong, "the offline backend gets some deadline wrong on dev"
    shown = run_cli("eval", "show", str(saved), cwd=ROOT)
    assert shown.returncode == 0
    assert f"  DL target [{wrong[0]['region']}] {wrong[0]['label']}  ({wrong[0]['note']})" in shown.stdout


def test_an_unknown_split_is_a_usage_error(run_cli: RunCli) -> None:
    result = run_cli("eval", "--split", "train", cwd=ROOT)
    assert result.returncode == 2
    assert "choose dev or test" in result.stderr


def test_compare_reports_the_strict_figures_with_intervals(run_cli: RunCli, tmp_path: Path) -> None:
    saved = tmp_path / "dev.json"
    assert run_cli("eval", "--save", str(saved), cwd=ROOT).returncode == 0
    compared = run_cli("eval", "compare", str(saved), str(saved), "--json", cwd=ROOT)
    metrics = {m["name"]: m for m in json.loads(compared.stdout)["metrics"]}
    assert metrics["targets_strict.f1"]["ci_low"] == metrics["targets_strict.f1"]["ci_high"] == 0.0
