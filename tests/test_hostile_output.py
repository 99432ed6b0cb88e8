"""Hostile text on its way out (issue 12, items 6 and 12), through the real CLI.

Markdown (`summarize --format md`, `brief` .md) is inert: HTML from an article or a title is shown as
text, a newline in a name opens no heading, no link or image can be made. The terminal views of
`summarize` and `eval` print no control character they were given. JSON keeps every text verbatim.
The Word brief is written even when texts hold NUL or ESC.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from tests.conftest import GOLD_DIR, ROOT, RunCli

FIXTURES = Path(__file__).parent / "fixtures"

SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(2)>"
LINK = "[点我](javascript:alert(3))"
TERMINAL_ATTACKS = "\x1b[2J\r\x1b]0;pwned\x07\x9b31m"
"""Clear the screen, a carriage return, set the window title (OSC … BEL), a C1 CSI."""

HOSTILE_TITLE = f"标题{SCRIPT}\n# Injected heading\n{LINK}{TERMINAL_ATTACKS}"
HOSTILE_TEXT = (
    f"某某县县长张三表示，全年实施重大项目90个以上{SCRIPT}，完成投资85亿元{IMAGE}。\n\n"
    f"{LINK} 新建学校5所{TERMINAL_ATTACKS}，到2025年底建成。\n"
)
SGR = re.compile(r"\x1b\[[0-9;]*m")
"""Rich's own styling (Select Graphic Rendition); the only escape sequences the terminal views may print."""


def hostile_jsonl(directory: Path) -> Path:
    path = directory / "hostile.jsonl"
    record = {"id": "h1", "title": HOSTILE_TITLE, "text": HOSTILE_TEXT, "url": "javascript:alert(5)"}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def hostile_summary(directory: Path) -> Path:
    """A saved summary (what `brief` rebuilds from) whose names, metric, official and quotes are hostile."""
    data = json.loads((FIXTURES / "brief_seed004.json").read_text(encoding="utf-8"))
    old_name = data["regions"][0]["name"]
    name = f"某县\n# Injected heading\n{SCRIPT}"
    data["title"] = HOSTILE_TITLE
    data["regions"][0] |= {"name": name, "official": IMAGE, "position": f"县长\n\n## Injected{LINK}"}
    for target in data["targets"]:
        target["region"] = name if target["region"] == old_name else target["region"]
        target["metric"] = f"{LINK}{target['metric']}\n# Injected"
        target["quote"] = f"{target['quote']}{SCRIPT}"
    for priority in data["priorities"]:
        priority["region"] = name if priority["region"] == old_name else priority["region"]
    path = directory / "hostile.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# --- Markdown ---------------------------------------------------------------------------------------


def all_tokens(markdown: str) -> list[Token]:
    """Every block and inline token of the Markdown, parsed the way a CommonMark/GFM viewer does."""
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens: list[Token] = []
    for token in parser.parse(markdown):
        tokens.append(token)
        tokens.extend(token.children or [])
    return tokens


def heading_texts(markdown: str) -> list[str]:
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    return [tokens[i + 1].content for i, token in enumerate(tokens) if token.type == "heading_open"]


def assert_inert(markdown: str) -> None:
    tokens = all_tokens(markdown)
    kinds = {token.type for token in tokens}
    assert not kinds & {"html_block", "html_inline", "link_open", "image"}, kinds
    assert all(re.fullmatch("[0-9a-f]+", token.content) for token in tokens if token.type == "code_inline")
    assert "<script" not in markdown and "<img" not in markdown  # no raw tag from the input
    assert not any(heading.startswith("Injected") for heading in heading_texts(markdown))  # none opened
    assert not [char for char in markdown if unicodedata.category(char) == "Cc" and char != "\n"]
    rendered = MarkdownIt("commonmark").enable("table").render(markdown)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered  # shown as text, not dropped


@pytest.mark.parametrize("command", ["summarize", "brief"])
def test_markdown_of_a_hostile_article_and_title_is_inert(
    command: str, run_cli: RunCli, tmp_path: Path
) -> None:
    out = tmp_path / "out.md"
    args = ["--format", "md"] if command == "summarize" else []
    result = run_cli(command, str(hostile_jsonl(tmp_path)), *args, "--out", str(out))
    assert result.returncode == 0, result.stderr
    markdown = out.read_text(encoding="utf-8")
    assert_inert(markdown)
    assert "# Injected heading" not in markdown.splitlines()
    assert "Injected heading" in markdown  # the title is kept, on its own line no more


def test_markdown_to_stdout_is_inert(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("summarize", str(hostile_jsonl(tmp_path)), "--format", "md")
    assert result.returncode == 0, result.stderr
    assert_inert(result.stdout)


def test_a_brief_of_hostile_saved_summaries_has_the_headings_of_a_clean_one(
    run_cli: RunCli, tmp_path: Path
) -> None:
    clean, hostile = tmp_path / "clean.md", tmp_path / "hostile.md"
    assert run_cli("brief", str(FIXTURES / "brief_seed004.json"), "--out", str(clean)).returncode == 0
    result = run_cli("brief", str(hostile_summary(tmp_path)), "--out", str(hostile))
    assert result.returncode == 0, result.stderr
    markdown = hostile.read_text(encoding="utf-8")
    assert_inert(markdown)
    assert len(heading_texts(markdown)) == len(heading_texts(clean.read_text(encoding="utf-8")))
    rendered = MarkdownIt("commonmark").enable("table").render(markdown)
    assert "javascript:" in rendered and "href" not in rendered  # the link's text stays, as text


# --- the terminal -----------------------------------------------------------------------------------


def foreign_controls(output: str) -> list[str]:
    """The control characters of a terminal output besides newlines and rich's own styling."""
    return [char for char in SGR.sub("", output) if unicodedata.category(char) == "Cc" and char != "\n"]


@pytest.mark.parametrize("columns", ["200", "80"])
@pytest.mark.parametrize("color", ["", "1"])
def test_the_terminal_view_prints_no_control_character_from_the_input(
    columns: str, color: str, run_cli: RunCli, tmp_path: Path
) -> None:
    env = {"COLUMNS": columns, "FORCE_COLOR": color} if color else {"COLUMNS": columns, "NO_COLOR": "1"}
    result = run_cli("summarize", str(hostile_jsonl(tmp_path)), env=env)
    assert result.returncode == 0, result.stderr
    assert foreign_controls(result.stdout) == [] and foreign_controls(result.stderr) == []
    assert "alert(3)" in result.stdout and "新建学校5所[2J" in result.stdout  # the text itself is shown
    if color:
        assert SGR.search(result.stdout)  # styling still works


def hostile_run(run_cli: RunCli, directory: Path) -> Path:
    """A saved eval run whose article id, regions and quotes carry escapes and rich markup."""
    gold = directory / "gold"
    gold.mkdir()
    (gold / "004.json").write_text((GOLD_DIR / "004_fab3b2d8eed75f17.json").read_text("utf-8"), "utf-8")
    run_path = directory / "run.json"
    saved = run_cli("eval", "--gold", str(gold), "--root", str(ROOT), "--save", str(run_path), "--json")
    assert saved.returncode == 0, saved.stderr
    run: dict[str, Any] = json.loads(run_path.read_text(encoding="utf-8"))
    article = run["articles"][0]
    article["id"] = f"004{TERMINAL_ATTACKS}[/bold][link=javascript:x]"
    assert article["errors"], "the offline backend makes errors on this article"
    for error in article["errors"]:
        error["quote"] += TERMINAL_ATTACKS
        error["region"] = f"{error['region']}\x1b[31m[/dim]"
    run_path.write_text(json.dumps(run, ensure_ascii=False), encoding="utf-8")
    return run_path


@pytest.mark.parametrize("color", ["", "1"])
def test_eval_show_prints_no_control_character_and_no_markup_from_a_run(
    color: str, run_cli: RunCli, tmp_path: Path
) -> None:
    env = {"FORCE_COLOR": "1"} if color else {"NO_COLOR": "1"}
    result = run_cli("eval", "show", str(hostile_run(run_cli, tmp_path)), env=env)
    assert result.returncode == 0, result.stderr
    assert foreign_controls(result.stdout) == [] and foreign_controls(result.stderr) == []
    assert "[/bold][link=javascript:x]" in result.stdout  # markup in the data is printed as text


def test_an_error_naming_a_hostile_file_prints_no_control_character(run_cli: RunCli, tmp_path: Path) -> None:
    name = "x\x1b]0;pwned\x07\x1b[2J.txt"
    result = run_cli("summarize", str(tmp_path / name))
    assert result.returncode != 0
    assert foreign_controls(result.stderr) == [] and "pwned" in result.stderr


# --- JSON keeps everything verbatim -----------------------------------------------------------------


def test_json_keeps_titles_and_quotes_verbatim(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("summarize", str(hostile_jsonl(tmp_path)), "--format", "json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["title"] == HOSTILE_TITLE
    quotes = [target["quote"] for target in summary["targets"]]
    assert any(SCRIPT in quote for quote in quotes) and any(IMAGE in quote for quote in quotes)


# --- the Word brief (item 12) -----------------------------------------------------------------------

docx = pytest.importorskip("docx", reason="python-docx is the optional `docx` extra")


def document_texts(path: Path) -> list[str]:
    document = docx.Document(str(path))
    texts = [paragraph.text for paragraph in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return texts


def test_a_word_brief_is_written_from_texts_with_nul_and_escape(run_cli: RunCli, tmp_path: Path) -> None:
    article = tmp_path / "controls.jsonl"
    text = "某某县县长张三表示，全年实施重大项目90个以上\x00，完成投资85亿元\x1b[2J\x0b。\n"
    record = {"id": "c1", "title": "标题\x00\x1b]0;t\x07", "text": text}
    article.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "brief.docx"
    result = run_cli("brief", str(article), str(hostile_summary(tmp_path)), "--title", "简报\x01\x1b[2J",
                     "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    texts = document_texts(out)
    assert texts[0] == "简报[2J"
    assert any("90个以上" in text for text in texts) and any("标题" in text for text in texts)
    assert not [
        char for text in texts for char in text if unicodedata.category(char) == "Cc" and char not in "\t\n"
    ]
