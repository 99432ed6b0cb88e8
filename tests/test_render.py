"""`summarize`'s own rendering: the rich terminal view and the same content as Markdown."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from summarizer.brief.terminal import render_markdown, render_terminal
from summarizer.schema import ArticleSummary

FIXTURES = Path(__file__).parent / "fixtures"


def load_summary(name: str) -> ArticleSummary:
    return ArticleSummary.model_validate_json((FIXTURES / f"brief_{name}.json").read_text(encoding="utf-8"))


def terminal_text(summaries: list[ArticleSummary], width: int = 220) -> str:
    console = Console(record=True, width=width, force_terminal=False, color_system=None)
    render_terminal(summaries, console)
    return console.export_text()


def test_markdown_has_one_section_per_article_with_how_it_was_made() -> None:
    markdown = render_markdown([load_summary("seed000"), load_summary("seed004")])
    articles = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert articles == [
        "## 实干担当正当时 凝心聚力再出发",
        "## 推动五大任务见行见效丨张修瑜:精准定位科学谋划 绘就多元化发展蓝图",
    ]
    assert "- **Made with:** offline rules backend, code 0.1.0" in markdown
    assert (
        "- **Made with:** LLM gpt-4o-mini, prompt extract.v1 (sha256 3f1c9a0d), mode TOOLS, code 0.1.0"
        in markdown
    )
    assert "- **Source:** seeds/000_035700d1bd0b97ab.txt (sha256 `d8c700e66191`)" in markdown


def test_markdown_lists_every_target_with_readable_values() -> None:
    summary = load_summary("seed000")
    markdown = render_markdown([summary])
    for target in summary.targets:
        assert f"| {target.raw} |" in markdown and f"“{target.quote}”" in markdown
    assert (
        "| 1.5 | 重大项目完成投资 | 85亿元以上 | 8.5 billion CNY (85 亿元) | at least | 2024 | action |"
        in markdown
    )
    assert "#### Priorities" in markdown and "- **Investment & projects:** 抓好项目建设和招商引资" in markdown
    assert "- **Official:** 高正 (县委副书记、县长)" in markdown


def test_markdown_shows_english_metric_beside_the_chinese() -> None:
    markdown = render_markdown([load_summary("seed004")])
    assert "| 1.1 | 工程固沙面积 (Engineered sand-fixation area) | 7.1万亩 |" in markdown
    assert "| 1.5 | 草原固定监测点建设数量 | 1个 |" in markdown


def test_markdown_shows_partial_status_and_warnings() -> None:
    markdown = render_markdown([load_summary("partial")])
    assert "- **Status:** ⚠ partial" in markdown
    assert "### Warnings" in markdown and "- ⚠ chunk 2 of 2" in markdown
    assert "⚠ partial" in markdown.split("#### Targets")[1]


def test_terminal_shows_the_same_content() -> None:
    text = terminal_text([load_summary("seed000"), load_summary("partial")])
    assert "实干担当正当时 凝心聚力再出发" in text
    assert "offline rules backend" in text and "LLM qwen-plus" in text
    assert "⚠ chunk 2 of 2" in text and "⚠ partial" in text
    assert "托克托县" in text and "高正 (县委副书记、县长)" in text
    assert "[Investment & projects] 抓好项目建设和招商引资" in text
    assert "8.5 billion CNY (85 亿元)" in text and "“完成投资85亿元以上”" in text
    for target in load_summary("seed000").targets:
        assert target.raw in text


def test_terminal_does_not_read_article_text_as_markup() -> None:
    summary = load_summary("seed004")
    target = summary.targets[0].model_copy(update={"raw": "[bold]7.1万亩[/bold]"})
    text = terminal_text([summary.model_copy(update={"targets": [target]})])
    assert "[bold]7.1万亩[/bold]" in text


def test_terminal_on_a_narrow_screen_keeps_every_quote() -> None:
    summary = load_summary("seed004")
    text = "".join(terminal_text([summary], width=80).split())
    for target in summary.targets:
        assert "".join(target.quote.split()) in text
