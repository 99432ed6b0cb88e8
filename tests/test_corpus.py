"""Corpus runs: streaming JSON lines, resume, --force, torn lines, duplicates, bad inputs, Ctrl-C."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console

from summarizer.corpus import CorpusProgress, run_corpus
from summarizer.extract.rules.backend import RulesBackend
from summarizer.ingest.load import count_articles
from summarizer.schema import ArticleSummary
from tests.conftest import ROOT, SEED_000, SEED_004, RunCli
from tests.synthetic import article_text


def records(path: Path) -> list[ArticleSummary]:
    return [
        ArticleSummary.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines()
    ]


def make_corpus(directory: Path) -> Path:
    directory.mkdir()
    (directory / "a.txt").write_text(SEED_000.read_text(encoding="utf-8"), encoding="utf-8")
    (directory / "b.txt").write_text(SEED_004.read_text(encoding="utf-8"), encoding="gb18030")
    (directory / "c-copy-of-a.txt").write_text(SEED_000.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    (directory / "d.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 100)
    lines = [json.dumps({"id": "j1", "text": "全年实施重大项目90个以上。"}, ensure_ascii=False), "{not json"]
    (directory / "e.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory


def test_a_corpus_run_writes_one_record_per_article_and_reports_failures(
    run_cli: RunCli, tmp_path: Path
) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    out = tmp_path / "results.jsonl"
    result = run_cli("summarize", str(corpus), "--out", str(out))
    assert result.returncode == 1  # two inputs failed
    written = records(out)
    by_status = {summary.article_id: summary.status for summary in written}
    assert by_status["a"] == by_status["b"] == by_status["j1"] == "ok"
    assert by_status["d"] == "failed"
    assert (
        sum(summary.status == "failed" for summary in written) == 2
    )  # the binary file and the bad JSONL line
    assert "c-copy-of-a" not in by_status
    assert "same text as" in result.stderr and "c-copy-of-a.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_input_fails_before_the_run_and_writes_nothing(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    result = run_cli("summarize", str(tmp_path / "nowhere"), "--out", str(out))
    assert result.returncode == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'nowhere'}: no such file or directory"
    assert not out.exists()


def test_a_rerun_resumes_and_force_redoes(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    first = run_cli("summarize", str(SEED_000), str(SEED_004), "--out", str(out))
    assert first.returncode == 0, first.stderr
    assert len(records(out)) == 2
    second = run_cli("summarize", str(SEED_000), str(SEED_004), "--out", str(out))
    assert second.returncode == 0
    assert len(records(out)) == 2
    assert "2 already done" in second.stderr
    forced = run_cli("summarize", str(SEED_000), "--out", str(out), "--force")
    assert forced.returncode == 0
    assert [summary.article_id for summary in records(out)] == [SEED_004.stem, SEED_000.stem]  # redone: last
    assert "Replaced 1 earlier record" in forced.stderr


def test_a_torn_last_line_is_cut_and_the_article_redone(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    assert run_cli("summarize", str(SEED_000), "--out", str(out)).returncode == 0
    whole = out.read_bytes()
    out.write_bytes(whole + whole[: len(whole) // 2])  # a crash in the middle of a second record
    result = run_cli("summarize", str(SEED_000), str(SEED_004), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "torn last line" in result.stderr
    assert [summary.article_id for summary in records(out)] == [SEED_000.stem, SEED_004.stem]


def test_ctrl_c_keeps_finished_work_and_the_rerun_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seed_text = SEED_000.read_text(encoding="utf-8")
    for number in range(400):
        (corpus / f"{number:03d}.txt").write_text(f"第{number}号\n\n{seed_text}", encoding="utf-8")
    out = tmp_path / "results.jsonl"
    command = [sys.executable, "-m", "summarizer.cli.app", "summarize", str(corpus), "--out", str(out)]
    # A shell's background jobs start with SIGINT ignored, and Python keeps an ignored SIGINT: restore it.
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # fmt: skip
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "run the same command again to resume" in stderr
    done_before = len(records(out))  # every line parses: nothing torn
    assert 0 < done_before < 400
    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr
    ids = [summary.article_id for summary in records(out)]
    assert sorted(set(ids)) == [f"{number:03d}" for number in range(400)]
    assert len(ids) == 400


def test_the_progress_bar_counts_every_input_and_reaches_its_total(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(3):
        (corpus / f"county-{number}.txt").write_text(article_text(number), encoding="utf-8")
    (corpus / "copy.txt").write_text(article_text(0), encoding="utf-8")  # a duplicate
    (corpus / "empty.txt").write_bytes(b"")  # a failure
    lines = [json.dumps({"id": f"j{number}", "text": article_text(10 + number)}) for number in range(2)]
    (corpus / "more.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    out = tmp_path / "results.jsonl"

    for run in ("first", "resumed"):
        console = Console(file=io.StringIO(), force_terminal=True, width=160)
        with CorpusProgress(count_articles([str(corpus)]), RulesBackend(), console=console) as progress:
            run_corpus([str(corpus)], RulesBackend(), out, progress=progress)
        assert progress.total == 7, run
        assert progress.completed == 7, run
        assert "7/7" in console.file.getvalue(), run
