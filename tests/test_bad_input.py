"""Bad input: each gives a one-line error or an honest empty result, never a traceback, and in a corpus
run the other articles are still processed."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from summarizer.schema import ArticleSummary
from tests.conftest import SEED_000, SEED_004, RunCli

SEED_TEXT = SEED_004.read_text(encoding="utf-8")
HUGE_TEXT = "全年实施重大项目90个以上。".encode() * 520_000
EMPTY_PAGE = b"<html><head><title>t</title><script>x()</script></head><body><nav>n</nav></body>"


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(directory: Path) -> Path:
        path = directory / name
        path.write_bytes(data)
        return path

    return make


def _dangling_link(directory: Path) -> Path:
    path = directory / "unreadable.txt"
    path.symlink_to(directory / "nowhere.txt")
    return path


ERRORS = {
    "empty": (_write("empty.txt", b""), "is empty"),
    "whitespace only": (_write("blank.txt", b"  \n\n\t \r\n"), "is empty"),
    "binary": (_write("data.txt", bytes(range(256)) * 64), "binary"),
    "20 MB article": (_write("huge.txt", HUGE_TEXT), "larger than an article"),
    "HTML with no article": (_write("page.html", EMPTY_PAGE), "no article text"),
    "unreadable file": (_dangling_link, "no such file"),
}

EMPTY_RESULTS = {
    "no quantities": (_write("plain.txt", "坚持以人民为中心。\n\n加强党的建设。".encode()), "no targets"),
    "English": (
        _write("english.txt", b"The county will build 90 major projects this year, the mayor said."),
        "mostly not Chinese",
    ),
}

DECODED = {
    "truncated UTF-8": _write("cut.txt", SEED_TEXT.encode("utf-8")[:-1]),
    "GBK": _write("gbk.txt", SEED_TEXT.replace("\xa0", " ").encode("gbk")),
    "UTF-16": _write("utf16.txt", SEED_TEXT.encode("utf-16")),
}


@pytest.mark.parametrize("case", sorted(ERRORS))
def test_bad_inputs_are_a_one_line_error(case: str, run_cli: RunCli, tmp_path: Path) -> None:
    make, message = ERRORS[case]
    path = make(tmp_path)
    result = run_cli("summarize", str(path))
    assert result.returncode == 1
    assert result.stderr.startswith("Error: ") and path.name in result.stderr
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("case", sorted(EMPTY_RESULTS))
def test_articles_without_targets_give_an_honest_empty_result(
    case: str, run_cli: RunCli, tmp_path: Path
) -> None:
    make, warning = EMPTY_RESULTS[case]
    result = run_cli("summarize", str(make(tmp_path)), "--format", "json")
    assert result.returncode == 0, result.stderr
    summary = ArticleSummary.model_validate_json(result.stdout)
    assert summary.targets == []
    assert any(warning in text for text in summary.warnings)


@pytest.mark.parametrize("case", sorted(DECODED))
def test_other_encodings_give_the_same_targets(case: str, run_cli: RunCli, tmp_path: Path) -> None:
    reference = run_cli("summarize", str(SEED_004), "--format", "json")
    result = run_cli("summarize", str(DECODED[case](tmp_path)), "--format", "json")
    assert result.returncode == 0, result.stderr
    expected = {(t.raw, t.value) for t in ArticleSummary.model_validate_json(reference.stdout).targets}
    assert {(t.raw, t.value) for t in ArticleSummary.model_validate_json(result.stdout).targets} == expected


def test_a_corpus_run_goes_on_past_every_bad_input(run_cli: RunCli, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for make, _ in [*ERRORS.values(), *EMPTY_RESULTS.values()]:
        make(corpus)
    for make in DECODED.values():
        make(corpus)
    (corpus / "good.txt").write_text(SEED_000.read_text(encoding="utf-8"), encoding="utf-8")
    lines = [json.dumps({"id": "line1", "text": "年内引进亿元项目40个以上。"}, ensure_ascii=False), "{broken"]
    (corpus / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run_cli("summarize", str(corpus), "--out", str(out))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines_out = out.read_text(encoding="utf-8").splitlines()
    written = [ArticleSummary.model_validate_json(line) for line in lines_out]
    status = {summary.source_path.rsplit("/", 1)[-1]: summary.status for summary in written}
    assert status["good.txt"] == status["plain.txt"] == "ok"
    assert "english.txt" not in status  # in a directory, a text with no Chinese prose is not an article
    assert f"Skipped {corpus / 'english.txt'}: almost no Chinese prose" in result.stderr
    assert status["corpus.jsonl:1"] == "ok" and status["corpus.jsonl:2"] == "failed"  # a line fails alone
    assert sum(value == "failed" for value in status.values()) == len(ERRORS) + 1
    assert status["cut.txt"] == "ok"  # lost its last character: a text of its own
    decoded_ok = [name for name in ("gbk.txt", "utf16.txt") if status.get(name) == "ok"]
    assert len(decoded_ok) == 1  # the two decode to the same text: processed once, the other reported
    assert result.stderr.count("same text as") == 1
