"""Untrusted gold files (issue 12, item 7 and the minor items), through the real CLI: a gold `file` is
read only inside `--root`, and the refusal does not tell whether an outside file exists; the gold
checks run on every eval as warnings; malformed JSON is a one-line error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import GOLD_DIR, ROOT, RunCli, assert_one_line_error

GOLD_004 = GOLD_DIR / "004_fab3b2d8eed75f17.json"


def gold_dir_with(directory: Path, change: dict[str, Any] | None = None, raw: str | None = None) -> Path:
    """A gold directory holding gold 004, with top-level fields changed, or `raw` text instead."""
    gold = directory / "gold"
    gold.mkdir(parents=True, exist_ok=True)
    data = json.loads(GOLD_004.read_text(encoding="utf-8")) | (change or {})
    text = raw if raw is not None else json.dumps(data, ensure_ascii=False)
    (gold / GOLD_004.name).write_text(text, encoding="utf-8")
    return gold


OUTSIDE = {
    "an absolute path that exists": ("/etc/passwd", "/etc/no-such-file-3b1f"),
    "climbing out with ..": (
        "../../../../../../../../etc/passwd",
        "../../../../../../../../etc/no-such-file-3b1f",
    ),
}


@pytest.mark.parametrize("case", sorted(OUTSIDE))
def test_a_gold_file_outside_the_root_is_refused_alike_whether_it_exists_or_not(
    case: str, run_cli: RunCli, tmp_path: Path
) -> None:
    existing, missing = OUTSIDE[case]
    messages = []
    for index, file in enumerate((existing, missing)):
        gold = gold_dir_with(tmp_path / str(index), {"file": file})
        result = run_cli(
            "eval", "--gold", str(gold), "--root", str(ROOT), "--save", str(tmp_path / "run.json")
        )
        line = assert_one_line_error(result, "is not inside --root")
        messages.append(line.replace(file, "FILE").replace(str(gold), "GOLD"))
    assert messages[0] == messages[1]
    assert not (tmp_path / "run.json").exists()


def test_a_symlink_inside_the_root_that_leads_out_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "004_fab3b2d8eed75f17.txt").symlink_to("/etc/passwd")
    result = run_cli("eval", "--gold", str(gold_dir_with(tmp_path)), "--root", str(root))
    assert_one_line_error(result, "'seeds/004_fab3b2d8eed75f17.txt' is not inside --root")


def test_the_article_inside_another_root_is_read(run_cli: RunCli, tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "004_fab3b2d8eed75f17.txt").write_bytes(
        (ROOT / "seeds" / "004_fab3b2d8eed75f17.txt").read_bytes()
    )
    result = run_cli("eval", "--gold", str(gold_dir_with(tmp_path)), "--root", str(root), "--json")
    assert result.returncode == 0, result.stderr


def test_rescore_refuses_a_gold_file_outside_the_root(run_cli: RunCli, tmp_path: Path) -> None:
    run_path = tmp_path / "run.json"
    saved = run_cli("eval", "--gold", str(gold_dir_with(tmp_path / "good")), "--root", str(ROOT),
                    "--save", str(run_path), "--json")  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    bad = gold_dir_with(tmp_path / "bad", {"file": "/etc/passwd"})
    result = run_cli("eval", "rescore", str(run_path), "--gold", str(bad), "--root", str(ROOT))
    assert_one_line_error(result, "is not inside --root")


# --- the gold checks on every eval ------------------------------------------------------------------


def broken_labels(directory: Path) -> Path:
    """Gold 004 with a quote not in the article, a raw outside its quote and an unknown region."""
    data = json.loads(GOLD_004.read_text(encoding="utf-8"))
    data["targets"][0]["quote"] = "文章里没有的工程固沙7.1万亩"
    data["targets"][1]["raw"] = "999万亩"
    data["priorities"][0]["region"] = "不存在的区"
    return gold_dir_with(directory, {key: data[key] for key in ("targets", "priorities")})


@pytest.mark.parametrize("json_output", [False, True])
def test_every_eval_warns_about_broken_gold_labels_and_still_scores(
    json_output: bool, run_cli: RunCli, tmp_path: Path
) -> None:
    run_path = tmp_path / "run.json"
    flags = ["--json"] if json_output else []
    gold = broken_labels(tmp_path)
    result = run_cli("eval", "--gold", str(gold), "--root", str(ROOT), "--save", str(run_path), *flags)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning: ")]
    assert len(warnings) == 3, result.stderr
    assert (
        "gold 004_fab3b2d8eed75f17: targets: quote not in article: '文章里没有的工程固沙7.1万亩'"
        in warnings[0]
    )
    assert "targets: raw '999万亩' not inside its quote" in warnings[1]
    assert "priorities: region '不存在的区' is not in regions" in warnings[2]
    assert "gold_warnings" not in run_path.read_text(encoding="utf-8")  # the saved run's format is unchanged
    rescored = run_cli("eval", "rescore", str(run_path), "--gold", str(broken_labels(tmp_path / "again")),
                       "--root", str(ROOT), "--json")  # fmt: skip
    assert rescored.returncode == 0 and rescored.stderr.count("Warning: ") == 3, rescored.stderr


def test_a_sound_gold_set_gives_no_warning(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("eval", "--gold", str(gold_dir_with(tmp_path)), "--root", str(ROOT), "--json")
    assert result.returncode == 0 and "Warning" not in result.stderr, result.stderr


# --- malformed gold JSON (minor items) --------------------------------------------------------------

MALFORMED = {
    "nested 100,000 deep": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "an integer of 5,000 digits": (
        GOLD_004.read_text(encoding="utf-8").replace('"plan_year": 2024', '"plan_year": ' + "9" * 5000),
        "Exceeds the limit (4300 digits) for integer string conversion",
    ),
    "a float beyond double": (
        GOLD_004.read_text(encoding="utf-8").replace('"value": 71000', '"value": 1' + "0" * 400, 1),
        "Input should be a valid number",
    ),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_gold_json_is_a_one_line_error(case: str, run_cli: RunCli, tmp_path: Path) -> None:
    text, message = MALFORMED[case]
    assert text != GOLD_004.read_text(encoding="utf-8")
    gold = gold_dir_with(tmp_path, raw=text)
    result = run_cli("eval", "--gold", str(gold), "--root", str(ROOT))
    assert_one_line_error(result, GOLD_004.name, message)
