"""The CLI as a user meets it: help, version, errors, and the offline summarize."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from summarizer import __version__
from summarizer.cli.app import app
from summarizer.schema import ArticleSummary
from tests.conftest import SEED_000, SEED_004, RunCli


def test_help_lists_the_commands_and_imports_no_llm_client_or_database() -> None:
    probe = (
        "import sys\nfrom summarizer.cli.app import main\nsys.argv=['summarizer','--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy=[m for m in ('openai','instructor','duckdb','pyarrow','xlsxwriter','trafilatura','lxml',"
        "'httpx','pypinyin') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert all(command in result.stdout for command in ("summarize", "db", "query", "export", "track"))
    assert "HEAVY []" in result.stdout


def test_the_command_line_runs_without_pydantic_plugins_unless_asked() -> None:
    """Looking for pydantic's plugins reads every installed package's metadata: the CLI turns them off,
    and keeps a value the user set (an empty one keeps plugins on)."""
    probe = (
        "import os\nimport summarizer.cli.app\nimport pydantic.plugin._loader as loader\n"
        "from summarizer.schema import Target\n"
        "print(repr(os.environ['PYDANTIC_DISABLE_PLUGINS']), loader._plugins is None)\n"
    )
    env = {key: value for key, value in os.environ.items() if key != "PYDANTIC_DISABLE_PLUGINS"}
    off = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    kept = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={**env, "PYDANTIC_DISABLE_PLUGINS": ""},
        check=True,
    )
    assert off.stdout.split() == ["'__all__'", "True"]
    assert kept.stdout.split() == ["''", "False"]


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_a_missing_file_is_a_one_line_error(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("summarize", str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert result.stderr.startswith("Error: ")
    assert "nope.txt" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_debug_shows_the_traceback(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("--debug", "summarize", str(tmp_path / "nope.txt"))
    assert result.returncode != 0
    assert "Traceback" in result.stderr


def test_a_binary_file_is_a_clear_error(run_cli: RunCli, tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    result = run_cli("summarize", str(binary))
    assert result.returncode == 1
    assert "image.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_with_2(run_cli: RunCli) -> None:
    result = run_cli("summarize", "--no-such-flag")
    assert result.returncode == 2
    unknown_format = run_cli("summarize", str(SEED_000), "--format", "xml")
    assert unknown_format.returncode == 2
    assert "--format" in unknown_format.stderr


def test_summarize_a_seed_offline_as_json(run_cli: RunCli) -> None:
    result = run_cli("summarize", str(SEED_000), "--format", "json")
    assert result.returncode == 0, result.stderr
    summary = ArticleSummary.model_validate_json(result.stdout)
    assert summary.provenance.backend == "rules"
    region_names = [region.name for region in summary.regions]
    for county in ("托克托县", "清水河县", "土默特左旗", "和林格尔县", "武川县"):
        assert county in region_names
    assert summary.targets and summary.priorities
    for item in [*summary.targets, *summary.priorities]:
        assert item.span is not None
        assert summary.cleaned_text[item.span[0] : item.span[1]] == item.quote


def test_summarize_many_as_jsonl_to_a_file(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "out" / "results.jsonl"
    result = run_cli("summarize", str(SEED_000), str(SEED_004), "--format", "jsonl", "--out", str(out))
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["article_id"] for line in lines] == [SEED_000.stem, SEED_004.stem]


def test_summarize_reads_stdin(run_cli: RunCli) -> None:
    result = run_cli("summarize", "-", "--format", "json", input_text=SEED_004.read_text(encoding="utf-8"))
    assert result.returncode == 0, result.stderr
    summary = ArticleSummary.model_validate_json(result.stdout)
    assert summary.regions[0].name == "孪井滩生态移民示范区"


def test_the_terminal_view_names_the_backend(run_cli: RunCli) -> None:
    result = run_cli("summarize", str(SEED_000))
    assert result.returncode == 0, result.stderr
    assert "offline" in result.stdout.lower() or "rules" in result.stdout.lower()
    assert "托克托县" in result.stdout


def test_each_command_runs_from_an_app_holding_only_it_and_says_what_the_whole_app_says() -> None:
    """`main` builds only the command it runs (typer builds every command it holds on each run): its help,
    its usage errors and its groups' subcommands read the same as from the whole app."""
    from summarizer.cli.app import app_for

    names = ["summarize", "brief", "query", "export", "track", "view", "eval", "batch", "db"]
    for args in [[name, "--help"] for name in names] + [["summarize", "--frmat", "json"], ["db", "nope"]]:
        lean = app_for(args)
        assert lean is not app
        assert len(lean.registered_commands) + len(lean.registered_groups) == 1
        assert CliRunner().invoke(lean, args).output == CliRunner().invoke(app, args).output
    for args in [[], ["--help"], ["--version"], ["summarise", "x"]]:
        assert app_for(args) is app


def test_the_console_script_pauses_the_collector_only_while_the_modules_load(run_cli: RunCli) -> None:
    """`summarizer` (the console script, `summarizer.cli:main`) writes what `python -m summarizer.cli.app`
    writes; the collector is back on when the command runs, and what the modules made is frozen."""
    probe = (
        "import gc, sys\nfrom summarizer.cli import main\n"
        f"sys.argv = ['summarizer', 'summarize', {str(SEED_000)!r}, '--format', 'json']\n"
        "try:\n    main()\nexcept SystemExit as exited:\n"
        "    print('EXIT', exited.code, gc.isenabled(), gc.get_freeze_count() > 10000, file=sys.stderr)\n"
    )
    script = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    module = run_cli("summarize", str(SEED_000), "--format", "json")
    assert "EXIT 0 True True" in script.stderr
    assert without_timings(script.stdout) == without_timings(module.stdout)


def without_timings(stdout: str) -> object:
    summary = json.loads(stdout)
    summary["provenance"].pop("timings", None)
    return summary
