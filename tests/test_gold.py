"""The gold set: each file valid against the JSON schema and grounded in its article; broken copies caught."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from summarizer.errors import GoldError
from summarizer.evals.gold import check_gold, gold_fingerprint, load_gold_dir, load_gold_file
from tests.conftest import ALL_GOLD_PATHS, GOLD_DIR, ROOT, TEST_GOLD_DIR

SCHEMA = json.loads((ROOT / "evals" / "schema" / "gold.schema.json").read_text(encoding="utf-8"))
GOLD_PATHS = ALL_GOLD_PATHS
SAMPLE = GOLD_DIR / "01_neimenggu-2025-zfgzbg-gongzuoanpai-mubiao.json"


def test_the_gold_set_holds_both_splits_and_every_article_once() -> None:
    dev, test = sorted(GOLD_DIR.glob("*.json")), sorted(TEST_GOLD_DIR.glob("*.json"))
    assert len(dev) + len(test) >= 44 and len(test) >= 12
    assert not {path.name for path in dev} & {path.name for path in test}
    labeled = {json.loads(path.read_text("utf-8"))["file"] for path in GOLD_PATHS}
    articles = {str(path.relative_to(ROOT)) for path in (ROOT / "evals" / "articles").rglob("*.txt")}
    assert articles <= labeled


@pytest.mark.parametrize("gold_path", GOLD_PATHS, ids=lambda path: path.stem)
def test_every_gold_file_names_its_genre(gold_path: Path) -> None:
    assert json.loads(gold_path.read_text("utf-8"))["genre"] in SCHEMA["properties"]["genre"]["enum"]


@pytest.mark.parametrize("gold_path", GOLD_PATHS, ids=lambda path: path.stem)
def test_gold_file_matches_the_json_schema(gold_path: Path) -> None:
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(SCHEMA).validate(data)


@pytest.mark.parametrize("gold_path", GOLD_PATHS, ids=lambda path: path.stem)
def test_gold_file_is_grounded_in_its_article(gold_path: Path) -> None:
    gold = load_gold_file(gold_path)
    assert check_gold(gold, ROOT) == []


def copy_with_article(tmp_path: Path, change: dict[str, Any] | None = None) -> tuple[Path, Path]:
    """The sample gold file and its article copied under tmp_path (the new root): (gold path, root)."""
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    article = tmp_path / data["file"]
    article.parent.mkdir(parents=True)
    shutil.copyfile(ROOT / data["file"], article)
    data.update(change or {})
    gold_path = tmp_path / "gold" / SAMPLE.name
    gold_path.parent.mkdir()
    gold_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return gold_path, tmp_path


def test_a_copy_kept_elsewhere_checks_clean_against_its_own_root(tmp_path: Path) -> None:
    gold_path, root = copy_with_article(tmp_path)
    assert check_gold(load_gold_file(gold_path), root) == []


def test_a_wrong_sha256_is_caught(tmp_path: Path) -> None:
    gold_path, root = copy_with_article(tmp_path, {"sha256": "a" * 64})
    assert check_gold(load_gold_file(gold_path), root) == ["sha256 does not match the article file"]


def test_an_ungrounded_quote_is_caught(tmp_path: Path) -> None:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["targets"][0]["quote"] = "这句话不在文章里：" + data["targets"][0]["raw"]
    data["priorities"][0]["quote"] = "不存在的标题"
    gold_path, root = copy_with_article(
        tmp_path, {"targets": data["targets"], "priorities": data["priorities"]}
    )
    problems = check_gold(load_gold_file(gold_path), root)
    assert len(problems) == 2
    assert problems[0].startswith("priorities: quote not in article")
    assert problems[1].startswith("targets: quote not in article")


def test_raw_outside_its_quote_and_an_unknown_region_are_caught(tmp_path: Path) -> None:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["targets"][0]["raw"] = "999万吨"
    data["targets"][1]["region"] = "火星"
    gold_path, root = copy_with_article(tmp_path, {"targets": data["targets"]})
    problems = check_gold(load_gold_file(gold_path), root)
    assert any(p.startswith("targets: raw '999万吨' not inside its quote") for p in problems)
    assert "targets: region '火星' is not in regions" in problems


def test_a_missing_article_file_is_reported(tmp_path: Path) -> None:
    gold_path, _ = copy_with_article(tmp_path)
    assert check_gold(load_gold_file(gold_path), tmp_path / "elsewhere") == [
        f"article file not found: {load_gold_file(gold_path).file}"
    ]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"sha256": "XYZ"}, "sha256"),
        ({"extra": 1}, "extra"),
        ({"plan_year": "2025"}, "plan_year"),
    ],
)
def test_a_malformed_gold_file_names_the_file_and_the_field(
    tmp_path: Path, change: dict[str, Any], field: str
) -> None:
    gold_path, _ = copy_with_article(tmp_path, change)
    with pytest.raises(GoldError, match=rf"{SAMPLE.name}: field {field}"):
        load_gold_file(gold_path)


def test_a_bad_nested_field_is_named_with_its_path(tmp_path: Path) -> None:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["targets"][2]["comparator"] = "more"
    gold_path, _ = copy_with_article(tmp_path, {"targets": data["targets"]})
    with pytest.raises(GoldError, match=r"field targets\.2\.comparator"):
        load_gold_file(gold_path)


def test_load_gold_dir_sorts_by_file_name_and_rejects_duplicate_ids(tmp_path: Path) -> None:
    golds = load_gold_dir(GOLD_DIR)
    in_order = sorted(GOLD_DIR.glob("*.json"))
    assert [g.article for g in golds] == [json.loads(p.read_text("utf-8"))["article"] for p in in_order]
    duplicate_dir = tmp_path / "gold"
    duplicate_dir.mkdir()
    shutil.copyfile(SAMPLE, duplicate_dir / "a.json")
    shutil.copyfile(SAMPLE, duplicate_dir / "b.json")
    with pytest.raises(GoldError, match="appears in two gold files"):
        load_gold_dir(duplicate_dir)
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    with pytest.raises(GoldError, match="no gold files"):
        load_gold_dir(empty_dir)
    with pytest.raises(GoldError, match="not found"):
        load_gold_dir(tmp_path / "missing")


def test_the_gold_fingerprint_follows_the_contents_not_the_place(tmp_path: Path) -> None:
    copy_dir = tmp_path / "copy"
    shutil.copytree(GOLD_DIR, copy_dir)
    assert gold_fingerprint(copy_dir) == gold_fingerprint(GOLD_DIR)
    first = sorted(copy_dir.glob("*.json"))[0]
    first.write_text(first.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert gold_fingerprint(copy_dir) != gold_fingerprint(GOLD_DIR)


def test_the_check_gold_script_passes_on_the_gold_set_and_fails_on_a_broken_copy(tmp_path: Path) -> None:
    script = ROOT / "evals" / "check_gold.py"
    clean = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert clean.returncode == 0, clean.stdout + clean.stderr
    gold_path, root = copy_with_article(tmp_path, {"sha256": "a" * 64})
    broken = subprocess.run(
        [sys.executable, str(script), "--root", str(root), str(gold_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert broken.returncode == 1
    assert "sha256 does not match" in broken.stdout
