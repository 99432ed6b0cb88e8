"""Hostile input through the real CLI (issue 12): lone surrogates, oversized stdin, files and JSONL lines,
invisible format characters, floods of duplicates, items past the per-article limits, reruns that must not
duplicate records, and two runs writing one output.

Every test runs `summarizer` as a subprocess with a timeout; big inputs are generated in tmp dirs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarizer.extract.pipeline import MAX_TARGETS_PER_ARTICLE
from summarizer.extract.records import WHOLE_LINE_BYTES
from summarizer.ingest.load import MAX_ARTICLE_BYTES
from summarizer.schema import ArticleSummary
from tests.conftest import ROOT, SEED_000, SEED_004, RunCli, after_backend_line

TEXT = "某县全年实施重大项目{}个以上，完成投资{}亿元。"


def records(out: Path) -> list[ArticleSummary]:
    """Every line of an output file, each of which must be a whole record."""
    data = out.read_bytes()
    assert data.endswith(b"\n"), "a torn last line"
    return [ArticleSummary.model_validate_json(line) for line in data.splitlines()]


def jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def article_line(number: int, **fields: str) -> str:
    """A JSONL article; json.dumps writes a lone surrogate as the escape "\\ud800", as the attack does."""
    return json.dumps({"id": f"a{number}", "text": TEXT.format(90 + number, number + 1), **fields})


# Lone surrogates ----------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["title", "id", "url", "date", "text"])
def test_a_lone_surrogate_in_a_jsonl_field_is_repaired_with_a_warning_and_the_run_goes_on(
    field: str, run_cli: RunCli, tmp_path: Path
) -> None:
    bad_value = TEXT.format(7, 8) + "\ud800" if field == "text" else "bad \ud800 value"
    corpus = jsonl(tmp_path / "c.jsonl", [article_line(0), article_line(1, **{field: bad_value}),
                                          article_line(2)])  # fmt: skip
    out = tmp_path / "out.jsonl"
    for _ in range(2):  # the rerun must not stop at that line either
        result = run_cli("summarize", str(corpus), "--out", str(out), timeout=120)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    assert "3 already done" in result.stderr
    written = records(out)
    assert [summary.status for summary in written] == ["ok", "ok", "ok"]
    repaired = written[1]
    shown = {"id": repaired.article_id, "text": repaired.cleaned_text}.get(field) or getattr(repaired, field)
    assert "\ufffd" in shown and "\ud800" not in shown
    assert any(warning.startswith(f"{field}: lone surrogate") for warning in repaired.warnings)


def test_a_file_name_that_is_not_utf8_does_not_stop_a_corpus_run(run_cli: RunCli, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with open(os.fsencode(corpus) + b"/caf\xe9.txt", "w", encoding="utf-8") as named:
        named.write(TEXT.format(90, 1))
    (corpus / "z.txt").write_text(TEXT.format(91, 2), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run_cli("summarize", str(corpus), "--out", str(out), timeout=120)
    assert result.returncode == 0, result.stderr
    assert [Path(summary.source_path).name for summary in records(out)] == ["caf\ufffd.txt", "z.txt"]


# Sizes checked before reading ---------------------------------------------------------------------


def test_endless_stdin_ends_with_the_one_line_size_error(tmp_path: Path) -> None:
    command = f"yes 全年实施重大项目90个以上 | {sys.executable} -m summarizer.cli.app summarize -"
    result = subprocess.run(command, shell=True, cwd=ROOT, capture_output=True, text=True, timeout=120,
                            check=False)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == (
        "Error: -: more than 10.0 MB is larger than an article may be (10.0 MB); split it into articles\n"
    )


def test_a_sparse_2_gb_file_is_refused_by_its_size(run_cli: RunCli, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as sparse:
        sparse.truncate(2 * 1024**3)
    result = run_cli("summarize", str(big), "--format", "json", timeout=60)
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: {big}: 2147.5 MB is larger than an article may be (10.0 MB); split it into articles\n"
    )


def test_a_huge_jsonl_line_is_a_failed_record_and_the_lines_after_it_are_processed(
    run_cli: RunCli, tmp_path: Path
) -> None:
    huge = json.dumps({"id": "huge", "text": "年" * (MAX_ARTICLE_BYTES // 3 + 1000)}, ensure_ascii=False)
    assert len(huge.encode("utf-8")) > MAX_ARTICLE_BYTES
    corpus = jsonl(tmp_path / "c.jsonl", [article_line(0), huge, article_line(2)])
    out = tmp_path / "out.jsonl"
    result = run_cli("summarize", str(corpus), "--out", str(out), timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    written = {summary.source_path: summary for summary in records(out)}
    assert [written[f"{corpus}:{n}"].status for n in (1, 2, 3)] == ["ok", "failed", "ok"]
    assert "larger than an article may be" in (written[f"{corpus}:2"].error or "")


# Invisible format characters ----------------------------------------------------------------------


def summarize_json(run_cli: RunCli, path: Path) -> ArticleSummary:
    result = run_cli("summarize", str(path), "--format", "json", timeout=60)
    assert result.returncode == 0, result.stderr
    return ArticleSummary.model_validate_json(result.stdout)


def test_a_soft_hyphen_inside_a_number_does_not_cut_it(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "soft.txt"
    path.write_text("全年实施重大项目3\xad0个以上。", encoding="utf-8")
    assert [(target.raw, target.value) for target in summarize_json(run_cli, path).targets] == [
        ("30个以上", 30.0)
    ]


def test_bidi_controls_reach_neither_titles_nor_extraction(run_cli: RunCli, tmp_path: Path) -> None:
    line = json.dumps({"title": "\u202e标题\u2066报告\u2069", "text": "全年完成投资200\u2066亿元。"})
    summary = summarize_json(run_cli, jsonl(tmp_path / "c.jsonl", [line]))
    assert summary.title == "标题报告"
    assert [(target.raw, target.value) for target in summary.targets] == [("200亿元", 2e10)]


# Duplicates ---------------------------------------------------------------------------------------


def test_a_flood_of_identical_lines_is_reported_in_one_line(run_cli: RunCli, tmp_path: Path) -> None:
    corpus = jsonl(tmp_path / "c.jsonl", [json.dumps({"text": TEXT.format(90, 1)})] * 3000)
    out = tmp_path / "out.jsonl"
    result = run_cli("summarize", str(corpus), "--out", str(out), timeout=300)
    assert result.returncode == 0, result.stderr
    assert len(records(out)) == 1
    (line,) = [line for line in result.stderr.splitlines() if "Duplicate" in line]
    assert "2,999 input(s)" in line and f"{corpus}:2 = {corpus}:1" in line and "2,996 more" in line


# Limits per article -------------------------------------------------------------------------------


def test_targets_past_the_limit_per_article_are_dropped_with_a_warning(
    run_cli: RunCli, tmp_path: Path
) -> None:
    count = MAX_TARGETS_PER_ARTICLE + 100
    path = tmp_path / "dump.txt"
    path.write_text("".join(f"第{n}项：全年实施重大项目{n}个以上。" for n in range(count)), encoding="utf-8")
    summary = summarize_json(run_cli, path)
    assert len(summary.targets) == MAX_TARGETS_PER_ARTICLE
    assert summary.targets[-1].value == MAX_TARGETS_PER_ARTICLE - 1  # the first ones, in text order
    assert f"targets: kept the first 2,000 of {count:,} (the limit per article)" in "".join(summary.warnings)


# Resuming against an output, streamed -------------------------------------------------------------


def test_a_record_too_long_to_parse_whole_is_still_recognised_as_done(
    run_cli: RunCli, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    assert run_cli("summarize", str(SEED_000), str(SEED_004), "--out", str(out)).returncode == 0
    first, second = out.read_text(encoding="utf-8").splitlines()
    long_record = json.loads(first)
    long_record["bylines"] = ["记者" * (WHOLE_LINE_BYTES // 3)]  # a line past the whole-line limit
    damaged = '{"article_id": "broken", ' + "x" * WHOLE_LINE_BYTES  # long, and not JSON
    out.write_text("\n".join([json.dumps(long_record, ensure_ascii=False), damaged, second]) + "\n", "utf-8")
    assert len(out.read_bytes().splitlines()[0]) > WHOLE_LINE_BYTES

    result = run_cli("summarize", str(SEED_000), str(SEED_004), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "2 already done" in result.stderr
    assert out.read_text(encoding="utf-8").splitlines()[1] == damaged  # a line it cannot read is kept


# One record per article and configuration ---------------------------------------------------------


def test_reruns_with_bad_inputs_keep_one_record_per_input(run_cli: RunCli, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT.format(90, 1), encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    jsonl(corpus / "c.jsonl", [article_line(3), "{broken"])
    out = tmp_path / "out.jsonl"
    for _ in range(3):
        result = run_cli("summarize", str(corpus), "--out", str(out), timeout=120)
        assert result.returncode == 1 and "Traceback" not in result.stderr
    written = sorted((Path(s.source_path).name, s.status) for s in records(out))
    assert written == [("a.txt", "ok"), ("c.jsonl:1", "ok"), ("c.jsonl:2", "failed"), ("empty.txt", "failed")]
    assert "Replaced 2 earlier record(s)" in result.stderr

    (corpus / "empty.txt").write_text(TEXT.format(95, 6), encoding="utf-8")  # fixed: its failure goes
    assert run_cli("summarize", str(corpus), "--out", str(out)).returncode == 1
    assert sorted((Path(s.source_path).name, s.status) for s in records(out))[-1] == ("empty.txt", "ok")
    assert len(records(out)) == 4


def test_brief_reads_the_last_record_of_each_article(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert run_cli("summarize", str(SEED_000), str(SEED_004), "--out", str(out)).returncode == 0
    first, second = out.read_text(encoding="utf-8").splitlines()
    partial = json.loads(first) | {"status": "partial", "error": "chunk 2: timed out", "targets": []}
    # What an interrupted rerun leaves: the partial record, then the ok one written after it, and a failed
    # record of an input that could not be read and was fixed since.
    failed = json.loads(first) | {"sha256": "", "status": "failed", "error": "empty", "targets": []}
    out.write_text("\n".join([json.dumps(partial), json.dumps(failed), first, second]) + "\n", "utf-8")

    brief = run_cli("brief", str(out), "--out", str(tmp_path / "brief.md"))
    assert brief.returncode == 0, brief.stderr
    assert "2 article(s)" in brief.stderr and "partial or failed" not in brief.stderr


def test_a_second_run_on_the_same_output_refuses_with_a_lock_error(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "summarizer.cli.app", "summarize", str(SEED_000), "-", "--out", str(out)]
    first = subprocess.Popen(command, cwd=tmp_path, stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60  # the seed is written, then the run waits for stdin, lock held
        while (not out.exists() or not out.read_bytes().endswith(b"\n")) and time.monotonic() < deadline:
            time.sleep(0.05)
        second = run_cli("summarize", str(SEED_004), "--out", str(out), timeout=60)
        assert second.returncode == 1
        assert after_backend_line(second.stderr) == (
            f"Error: {out} is being written by another run; wait for it to finish or choose another --out\n"
        )
        _, stderr = first.communicate(SEED_004.read_text(encoding="utf-8"), timeout=60)
    finally:
        first.kill()
        first.wait()
    assert first.returncode == 0, stderr
    assert len(records(out)) == 2
    again = run_cli("summarize", str(SEED_004), "--out", str(out), timeout=60)
    assert again.returncode == 0 and "1 already done" in again.stderr
