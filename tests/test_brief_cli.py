"""`summarizer brief` as a command: saved summaries or articles in, an .md/.html/.docx file out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from summarizer.cli.brief import brief
from summarizer.errors import ConfigError, InputError
from summarizer.schema import ArticleSummary
from tests.conftest import SEED_000

FIXTURES = Path(__file__).parent / "fixtures"
SEED000_JSON = FIXTURES / "brief_seed000.json"
SEED004_JSON = FIXTURES / "brief_seed004.json"
PARTIAL_JSON = FIXTURES / "brief_partial.json"
# The command as the lead registers it in cli.py, in a local app (cli.py is not this module's to edit).
RUN_BRIEF = (
    "import typer; from summarizer.cli.brief import brief; app = typer.Typer(); app.command()(brief); app()"
)


def brief_app() -> typer.Typer:
    app = typer.Typer()
    app.command()(brief)
    return app


def invoke(*args: str) -> tuple[int, str, BaseException | None]:
    result = CliRunner().invoke(brief_app(), list(args))
    return result.exit_code, result.output, result.exception


def load(path: Path) -> ArticleSummary:
    return ArticleSummary.model_validate_json(path.read_text(encoding="utf-8"))


def test_markdown_from_saved_summaries(tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    code, _, error = invoke(str(SEED000_JSON), str(SEED004_JSON), "--out", str(out))
    assert (code, error) == (0, None)
    markdown = out.read_text(encoding="utf-8")
    assert markdown.startswith("# 政策要点简报\n")
    assert "### 托克托县" in markdown and "### 孪井滩生态移民示范区" in markdown
    assert markdown.index("### 托克托县") < markdown.index("### 孪井滩生态移民示范区")


def test_format_follows_the_out_suffix_and_the_flag_wins(tmp_path: Path) -> None:
    invoke(str(SEED004_JSON), "--out", str(tmp_path / "brief.html"), "--title", "阿拉善简报")
    html = (tmp_path / "brief.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<title>阿拉善简报</title>" in html
    invoke(str(SEED004_JSON), "--out", str(tmp_path / "brief.docx"))
    assert (tmp_path / "brief.docx").read_bytes()[:2] == b"PK"
    invoke(str(SEED004_JSON), "--out", str(tmp_path / "brief.txt"), "--format", "md", "--lang", "en")
    assert (tmp_path / "brief.txt").read_text(encoding="utf-8").startswith("# Policy briefing\n")


def test_saved_summaries_as_a_list_and_as_json_lines(tmp_path: Path) -> None:
    summaries = [load(SEED000_JSON), load(PARTIAL_JSON)]
    as_list = tmp_path / "summaries.json"
    as_list.write_text(
        json.dumps([s.model_dump(mode="json") for s in summaries], ensure_ascii=False), "utf-8"
    )
    as_lines = tmp_path / "summaries.jsonl"
    as_lines.write_text("".join(s.model_dump_json() + "\n" for s in summaries), encoding="utf-8")
    for source in (as_list, as_lines):
        out = tmp_path / f"{source.suffix[1:]}.md"
        invoke(str(source), "--out", str(out))
        markdown = out.read_text(encoding="utf-8")
        assert "### 托克托县" in markdown and "### 辽中区" in markdown and "⚠ 部分结果" in markdown


def test_articles_run_through_the_offline_backend(tmp_path: Path) -> None:
    pytest.importorskip("summarizer.extract.rules.backend")
    out = tmp_path / "brief.md"
    code, _, error = invoke(str(SEED_000), str(SEED004_JSON), "--out", str(out), "--backend", "rules")
    assert error is None and code == 0
    markdown = out.read_text(encoding="utf-8")
    assert "离线规则后端" in markdown and "LLM gpt-4o-mini" in markdown
    assert "seeds/000_035700d1bd0b97ab.txt" in markdown and "“完成投资85亿元以上”" in markdown


def test_bad_flags_are_one_line_errors(tmp_path: Path) -> None:
    _, _, error = invoke(str(SEED004_JSON), "--out", str(tmp_path / "brief.pdf"))
    assert isinstance(error, ConfigError) and "--out" in str(error) and "--format" in str(error)
    _, _, error = invoke(str(SEED004_JSON), "--out", str(tmp_path / "b.md"), "--lang", "fr")
    assert isinstance(error, ConfigError) and "zh or en" in str(error)
    _, _, error = invoke(str(SEED004_JSON), "--out", str(tmp_path / "b.md"), "--format", "pdf")
    assert isinstance(error, ConfigError) and "md, html or docx" in str(error)
    assert not list(tmp_path.iterdir())


def test_a_broken_saved_summary_names_the_file(tmp_path: Path) -> None:
    record = json.loads(SEED004_JSON.read_text(encoding="utf-8"))
    record["targets"][0]["comparator"] = "more_or_less"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    _, _, error = invoke(str(broken), "--out", str(tmp_path / "b.md"))
    assert isinstance(error, InputError)
    assert str(error).startswith(f"{broken}: summary 1 is not a valid saved summary: targets.0.comparator")


def test_as_a_subprocess_the_file_is_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "out" / "brief.html"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            RUN_BRIEF,
            str(SEED000_JSON),
            str(PARTIAL_JSON),
            "--out",
            str(out),
            "--lang",
            "en",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"Wrote {out}: 2 article(s), 40 target(s). 1 article(s) partial or failed" in done.stderr
    assert out.read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert [path.name for path in out.parent.iterdir()] == ["brief.html"]
