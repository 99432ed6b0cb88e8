"""The CLI as a new user meets it (issue "Usability"): flags that do what they say, directory inputs that skip
what is not an article, output to stdout, what an LLM run cost, progress in a log, and the small things.

Every test runs the real command line in a subprocess."""

from __future__ import annotations

import csv
import io
import os
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from summarizer.schema import ArticleSummary
from tests.conftest import ARTICLES, ROOT, SEED_000, SEED_004, RunCli
from tests.llm_server import LLMTestServer

SUMMARIZER = Path(sys.executable).parent / "summarizer"
SEED000_JSON = ROOT / "tests" / "fixtures" / "brief_seed000.json"
SOURCES_TABLE = ARTICLES / "dev2" / "SOURCES.md"


def one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


# ---------------------------------------------------------------- the output format follows --out


def test_the_format_follows_the_suffix_of_out(run_cli: RunCli, tmp_path: Path) -> None:
    for name in ("s.json", "s.jsonl", "s.md", "s.csv"):
        result = run_cli("summarize", str(SEED_000), "-o", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
    summary = ArticleSummary.model_validate_json((tmp_path / "s.json").read_text(encoding="utf-8"))
    lines = (tmp_path / "s.jsonl").read_text(encoding="utf-8").splitlines()
    assert [ArticleSummary.model_validate_json(line).targets for line in lines] == [summary.targets]
    assert (tmp_path / "s.md").read_text(encoding="utf-8").startswith(f"## {SEED_000.stem}\n")
    raw = (tmp_path / "s.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, so that Excel reads the Chinese"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == len(summary.targets) > 0, "one row per target"
    assert [row["metric"] for row in rows] == [target.metric for target in summary.targets]
    assert [float(row["value"]) for row in rows] == [target.value for target in summary.targets]
    assert all(row["article_id"] == SEED_000.stem and row["quote"] for row in rows)


def test_format_overrides_a_suffix_that_names_no_format(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "summary.txt"
    result = run_cli("summarize", str(SEED_000), "-o", str(out), "--format", "JSON")
    assert result.returncode == 0, result.stderr
    assert ArticleSummary.model_validate_json(out.read_text(encoding="utf-8")).article_id == SEED_000.stem
    csv_on_stdout = run_cli("summarize", str(SEED_000), str(SEED_004), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(csv_on_stdout.stdout)))
    assert {row["article_id"] for row in rows} == {SEED_000.stem, SEED_004.stem}


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["-o", "out.txt"], ["cannot tell the format from --out", ".json, .jsonl, .md, .csv or .xlsx"]),
        (["-o", "out.md", "--format", "json"], ["--format json contradicts --out", "md"]),
        (["--format", "xlsx"], ["an .xlsx spreadsheet goes to a file"]),
        (["--format", "xml"], ["unknown --format 'xml'", "json, jsonl, md, csv or xlsx"]),
        (["-o", "out.md", "--format", "rich"], ["--format rich is for the terminal"]),
        (["--backend", "gpt"], ["invalid setting backend", "'rules'"]),
        (["--mode", "xml"], ["invalid setting mode"]),
        (
            ["--backend", "llm", "--base-url", "http://127.0.0.1:9/v1", "--prompt", "extract.v9"],
            ["unknown prompt"],
        ),
    ],
)
def test_usage_errors_exit_2_and_write_nothing(
    args: list[str], fragments: list[str], run_cli: RunCli, tmp_path: Path
) -> None:
    result = run_cli("summarize", str(SEED_000), *args)
    assert result.returncode == 2, result.stderr
    one_line_error(result, *fragments)
    assert not list(tmp_path.glob("out.*"))


def test_brief_usage_errors_exit_2(run_cli: RunCli, tmp_path: Path) -> None:
    unsupported = run_cli("brief", str(SEED000_JSON), "--format", "csv")
    assert unsupported.returncode == 2
    one_line_error(unsupported, "unknown --format 'csv' for brief", "md, html or docx")
    contradiction = run_cli("brief", str(SEED000_JSON), "-o", str(tmp_path / "b.html"), "--format", "md")
    assert contradiction.returncode == 2
    one_line_error(contradiction, "contradicts")
    assert run_cli("brief", str(SEED000_JSON), "--lang", "fr").returncode == 2


def test_mode_is_case_insensitive(server: LLMTestServer, run_cli: RunCli, tmp_path: Path) -> None:
    flags = ["--backend", "LLM", "--base-url", server.url, "--api-key", "k", "--no-cache"]
    result = run_cli("summarize", str(SEED_004), "--format", "json", "--mode", "tools", *flags)
    assert result.returncode == 0, result.stderr
    assert ArticleSummary.model_validate_json(result.stdout).provenance.mode == "TOOLS"
    assert all("tools" in request.body for request in server.chat_requests())


def test_debug_works_after_the_subcommand(run_cli: RunCli, tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    plain = run_cli("summarize", missing)
    one_line_error(plain, "nope.txt")
    for args in (
        ["summarize", missing, "--debug"],
        ["summarize", "--debug", missing],
        ["--debug", "summarize", missing],
    ):
        result = run_cli(*args)
        assert result.returncode == 1 and "Traceback" in result.stderr, args


# ---------------------------------------------------------------- directory inputs


def mixed_directory(root: Path) -> Path:
    """Three articles beside a README, a sources table, an English note and JSON lines without text."""
    directory = root / "corpus"
    (directory / "sub").mkdir(parents=True)
    (directory / "a.txt").write_text(SEED_000.read_text(encoding="utf-8"), encoding="utf-8")
    (directory / "sub" / "b.md").write_text(SEED_004.read_text(encoding="utf-8"), encoding="utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in SEED_004.read_text(encoding="utf-8").splitlines()[:3])
    page = f"<html><head><title>t</title></head><body><nav>Home | English</nav>{paragraphs}</body></html>"
    (directory / "sub" / "c.html").write_text(page, encoding="utf-8")
    (directory / "README.md").write_text(
        "# 语料\n\n这些文章来自各地政府网站，供开发使用。\n", encoding="utf-8"
    )
    (directory / "SOURCES.md").write_text(SOURCES_TABLE.read_text(encoding="utf-8"), encoding="utf-8")
    (directory / "note.txt").write_text("Remember to relabel 30-35 before the next eval.\n", encoding="utf-8")
    (directory / "runs.jsonl").write_text('{"article_id": "a", "targets": []}\n', encoding="utf-8")
    return directory


def test_a_directory_skips_what_is_not_an_article_and_names_each_skip(
    run_cli: RunCli, tmp_path: Path
) -> None:
    directory = mixed_directory(tmp_path)
    result = run_cli("summarize", str(directory), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    read = [ArticleSummary.model_validate_json(line).source_path for line in result.stdout.splitlines()]
    assert read == [str(directory / name) for name in ("a.txt", "sub/b.md", "sub/c.html")]
    skipped = [line for line in result.stderr.splitlines() if line.startswith("Skipped ")]
    reasons = {
        "README.md": "a README file",
        "SOURCES.md": "a table with almost no Chinese prose",
        "note.txt": "almost no Chinese prose (0 Chinese characters, 34 Latin letters)",
        "runs.jsonl": 'JSON lines without a "text" field, not articles.',
    }
    assert sorted(skipped) == sorted(
        f"Skipped {directory / name}: {reason}" + ("" if reason.endswith(".") else ", not an article.")
        for name, reason in reasons.items()
    )


def test_the_dev_articles_directory_reads_every_article_and_no_sources_table(run_cli: RunCli) -> None:
    result = run_cli("summarize", str(ARTICLES), "--format", "jsonl", timeout=300)
    assert result.returncode == 0, result.stderr
    read = {
        Path(ArticleSummary.model_validate_json(line).source_path).name for line in result.stdout.splitlines()
    }
    assert read == {path.name for path in ARTICLES.rglob("*.txt")}
    assert f"Skipped {SOURCES_TABLE}: a table" in result.stderr


def test_include_and_exclude_choose_explicitly(run_cli: RunCli, tmp_path: Path) -> None:
    directory = mixed_directory(tmp_path)
    included = run_cli("summarize", str(directory), "--format", "jsonl", "--include", "SOURCES.md")
    read = [ArticleSummary.model_validate_json(line).source_path for line in included.stdout.splitlines()]
    assert read == [str(directory / "SOURCES.md")] and "Skipped" not in included.stderr
    excluded = run_cli(
        "summarize", str(directory), "--format", "jsonl", "--exclude", "sub/*", "--exclude", "*.jsonl"
    )
    read = [ArticleSummary.model_validate_json(line).source_path for line in excluded.stdout.splitlines()]
    assert read == [str(directory / "a.txt")] and "runs.jsonl" not in excluded.stderr


def test_a_file_named_on_the_command_line_is_always_read(run_cli: RunCli, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("The county will build 90 major projects this year.", encoding="utf-8")
    result = run_cli("summarize", str(note), "--format", "json")
    assert result.returncode == 0 and ArticleSummary.model_validate_json(result.stdout).source_path == str(
        note
    )


def test_an_empty_directory_says_what_was_looked_for(run_cli: RunCli, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli("summarize", str(empty))
    assert result.returncode == 1
    assert (
        result.stderr
        == f"Error: no articles found in {empty} (looked for *.txt, *.md, *.html, *.htm, *.jsonl)\n"
    )
    (empty / "README.md").write_text("# notes\n", encoding="utf-8")
    only_skipped = run_cli("summarize", str(empty), "--out", str(tmp_path / "out.jsonl"))
    assert (
        only_skipped.returncode == 1
        and "1 file(s) skipped as not articles: --include GLOB" in only_skipped.stderr
    )
    assert not (tmp_path / "out.jsonl").exists()


# ---------------------------------------------------------------- brief to stdout


def test_brief_writes_to_stdout_without_out_or_with_a_dash(run_cli: RunCli, tmp_path: Path) -> None:
    default = run_cli("brief", str(SEED000_JSON))
    assert default.returncode == 0, default.stderr
    assert default.stdout.startswith("# 政策要点简报\n") and "### 托克托县" in default.stdout
    assert "Wrote the brief to standard output: 1 article(s)" in default.stderr
    dash = run_cli("brief", str(SEED000_JSON), "--out", "-")
    assert dash.stdout == default.stdout
    html = run_cli("brief", str(SEED000_JSON), "--out", "-", "--format", "html")
    assert (
        html.returncode == 0
        and html.stdout.startswith("<!DOCTYPE html>")
        and html.stdout.rstrip().endswith("</html>")
    )
    assert not list(tmp_path.iterdir()), "nothing written beside"


# ---------------------------------------------------------------- what a run cost, and progress in a log


def test_a_single_llm_summarize_reports_calls_tokens_cost_and_time(
    server: LLMTestServer, run_cli: RunCli, tmp_path: Path
) -> None:
    flags = ["--backend", "llm", "--base-url", server.url, "--api-key", "k", "--cache-dir", str(tmp_path)]
    result = run_cli("summarize", str(SEED_004), "--format", "json", *flags)
    assert result.returncode == 0, result.stderr
    usage = ArticleSummary.model_validate_json(result.stdout).provenance.usage
    line = next(line for line in result.stderr.splitlines() if line.startswith("LLM: "))
    seconds, spent = line.removeprefix("LLM: ").split("; ")
    assert seconds.endswith(" s") and float(seconds[:-2]) > 0
    assert spent == f"{usage.calls} calls, {usage.total_tokens} tokens, ${usage.cost_usd:.4f}"
    assert usage.calls == len(server.chat_requests()) > 0
    cached = run_cli("summarize", str(SEED_004), "--format", "json", *flags)
    assert f"0 calls, 0 tokens, $0.0000, {usage.calls} answers from the cache" in cached.stderr
    rules = run_cli("summarize", str(SEED_004), "--format", "json")
    assert "LLM: " not in rules.stderr


def test_a_corpus_run_logs_a_line_per_tenth_when_stderr_is_not_a_terminal(
    run_cli: RunCli, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = SEED_004.read_text(encoding="utf-8")
    for number in range(20):
        (corpus / f"{number:02d}.txt").write_text(f"{text}\n第{number}号稿件。\n", encoding="utf-8")
    result = run_cli("summarize", str(corpus), "-o", str(tmp_path / "out.jsonl"))
    assert result.returncode == 0, result.stderr
    progress = [line for line in result.stderr.splitlines() if line.startswith("Progress: ")]
    assert [line.split(" (")[0] for line in progress] == [
        f"Progress: {tenth * 10}%" for tenth in range(1, 11)
    ]
    assert progress[0].startswith("Progress: 10% (2/20 articles, ") and progress[-1].startswith(
        "Progress: 100% (20/20"
    )


# ---------------------------------------------------------------- small things


def test_dash_capital_v_prints_the_version(run_cli: RunCli) -> None:
    from summarizer import __version__

    result = run_cli("-V")
    assert result.returncode == 0
    assert result.stdout in {
        f"summarizer {__version__} (rules engine: {build})\n" for build in ("compiled", "pure Python")
    }


def test_shell_completion_completes_commands_and_options(tmp_path: Path) -> None:
    def complete(words: str) -> list[str]:
        env = {**os.environ, "_SUMMARIZER_COMPLETE": "complete_bash", "COMP_WORDS": words}
        env["COMP_CWORD"] = str(len(words.split()) - 1)
        done = subprocess.run(
            [str(SUMMARIZER)], env=env, capture_output=True, text=True, timeout=60, check=False
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.split()

    assert complete("summarizer su") == ["summarize"]
    assert "--include" in complete("summarizer summarize --inc")
    # as a user types it in bash: the shell is found among the command's parents (a command run with no
    # shell above it, as a detached test run is, finds none); "; true" keeps bash from exec-ing the command
    script = subprocess.run(
        ["bash", "-c", f"{shlex.quote(str(SUMMARIZER))} --show-completion; true"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "complete -o default -F _summarizer_completion summarizer" in script.stdout


def test_the_eval_table_keeps_each_article_on_one_line_at_80_columns(run_cli: RunCli) -> None:
    result = run_cli("eval", cwd=ROOT, env={"COLUMNS": "80"})
    assert result.returncode == 0, result.stderr
    gold = sorted(path.stem for path in (ROOT / "evals" / "gold" / "dev").glob("*.json"))
    lines = result.stdout.splitlines()
    table = lines[: lines.index(next(line for line in lines if line.startswith("micro"))) + 2]
    assert max(len(line) for line in table) <= 80
    rows = [line for line in table if line[:2].isdigit()]
    assert len(rows) == len(gold), "one line per article: no name broken over two lines"
    for row in rows:
        name = row.split()[0]
        assert any(stem == name or (name.endswith("…") and stem.startswith(name[:-1])) for stem in gold), name
    assert any(row.split()[0].endswith("…") for row in rows), "a long name ends in an ellipsis"


def test_the_demo_at_80_columns_labels_every_field(run_cli: RunCli) -> None:
    result = run_cli("summarize", str(SEED_000), env={"COLUMNS": "80"})
    assert result.returncode == 0, result.stderr
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    as_json = run_cli("summarize", str(SEED_000), "--format", "json")
    targets = len(ArticleSummary.model_validate_json(as_json.stdout).targets)
    assert targets > 20
    for label in ("As written: ", " · Value: ", "Comparator: ", " · Deadline: ", " · Kind: "):
        assert result.stdout.count(label) == targets, label


def test_the_distribution_name_is_ours_and_every_install_line_uses_it() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "zh-policy-summarizer"
    assert project["scripts"] == {"summarizer": "summarizer.cli:main"}
    docs = [ROOT / "README.md", *(ROOT / "docs").glob("*.md"), ROOT / "evals" / "README.md"]
    text = "\n".join(path.read_text(encoding="utf-8") for path in docs)
    assert (
        "pip install summarizer" not in text
        and "'summarizer[" not in text
        and "summarizer[docx]" not in text.replace("zh-policy-summarizer[docx]", "")
    )
    assert "pip install -e '.[docx]'" in text and "pip install 'zh-policy-summarizer[docx]'" in text
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "show", "zh-policy-summarizer"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert installed.returncode == 0 and "Name: zh-policy-summarizer" in installed.stdout


def test_an_xlsx_out_writes_the_targets_and_priorities_workbook(run_cli: RunCli, tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "seed.xlsx"
    result = run_cli("summarize", str(SEED_000), "-o", str(out))
    assert result.returncode == 0, result.stderr
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["targets", "priorities"]
    summary = ArticleSummary.model_validate_json(
        run_cli("summarize", str(SEED_000), "--format", "json").stdout
    )
    assert workbook["targets"].max_row - 1 == len(summary.targets)
