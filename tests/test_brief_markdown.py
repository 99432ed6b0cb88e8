"""The brief as Markdown: sections, every target, readable values, partial items, golden file."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import pytest

from summarizer.brief import build_brief, render_brief
from summarizer.brief.markdown import render_brief_markdown
from summarizer.schema import ArticleSummary, Target

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = FIXTURES / "brief_seed000.md"
DATE = "2024-03-01"


def load_summary(name: str) -> ArticleSummary:
    return ArticleSummary.model_validate_json((FIXTURES / f"brief_{name}.json").read_text(encoding="utf-8"))


def numbered_row(markdown: str, number: str) -> list[str]:
    """The cells of the targets-table row numbered "source.target"."""
    row = next(line for line in markdown.splitlines() if line.startswith(f"| {number} | "))
    return cells_as_read(row)


def sections(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("#")]


def table_row(markdown: str, quote: str) -> list[str]:
    """The cells of the table row that holds a quote, as they read once rendered (escapes undone)."""
    row = next(line for line in markdown.splitlines() if line.startswith("|") and f"“{quote}”" in line)
    return cells_as_read(row)


def cells_as_read(row: str) -> list[str]:
    """The cells of a table row as they read once rendered: backslash escapes and entities undone."""
    return [html.unescape(re.sub(r"\\(.)", r"\1", cell.strip())) for cell in row.strip("|").split(" | ")]


def test_golden_markdown_of_seed000() -> None:
    """UPDATE_GOLDEN=1 rewrites the golden file; review its diff before committing."""
    markdown = render_brief_markdown(build_brief([load_summary("seed000")], date=DATE))
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(markdown, encoding="utf-8")
    assert markdown == GOLDEN.read_text(encoding="utf-8")


def test_sections_in_order() -> None:
    markdown = render_brief_markdown(
        build_brief([load_summary("seed000"), load_summary("seed004")], date=DATE)
    )
    headings = sections(markdown)
    top = [heading for heading in headings if heading.startswith("## ")]
    assert top == ["## 来源", "## 各地区", "## 地区对比", "## 最近到期的目标"]
    regions = [heading[4:] for heading in headings if heading.startswith("### ")]
    assert regions[:6] == ["托克托县", "清水河县", "土默特左旗", "和林格尔县", "武川县", "呼和浩特市"]
    assert "孪井滩生态移民示范区" in regions
    assert headings[0] == "# 政策要点简报"
    assert f"- **日期:** {DATE}" in markdown


def test_header_states_sources_and_how_the_brief_was_made() -> None:
    markdown = render_brief_markdown(
        build_brief([load_summary("seed000"), load_summary("seed004")], date=DATE)
    )
    assert "离线规则后端" in markdown
    assert "LLM gpt-4o-mini，提示词 extract.v1 (sha256 3f1c9a0d)" in markdown
    assert "seeds/000_035700d1bd0b97ab.txt" in markdown and "`d8c700e66191`" in markdown


def test_every_target_is_present_with_its_fields() -> None:
    summaries = [load_summary("seed000"), load_summary("seed004"), load_summary("partial")]
    markdown = render_brief_markdown(build_brief(summaries, date=DATE))
    for source_number, summary in enumerate(summaries, start=1):
        for target_number, target in enumerate(summary.targets, start=1):
            row = numbered_row(markdown, f"{source_number}.{target_number}")
            assert row[1].startswith(target.metric)
            assert row[2] == target.raw
            assert row[7] == f"“{target.quote}”"


@pytest.mark.parametrize(
    ("quote", "value", "comparator", "deadline", "kind"),
    [
        ("完成投资85亿元以上", "85 亿元 (8.5 billion CNY)", "不低于", "2024", "任务"),
        ("将焦化产能提升到720万吨", "720 万吨 (7.2 million t); 基数 300 万吨", "达到", "—", "目标"),
        ("金山热电2×100万千瓦扩建工程", "200 万千瓦 (2 GW)", "达到", "—", "项目"),
        ("经济总量进入全区前20", "第 20 名", "不高于", "—", "目标"),
    ],
)
def test_numbers_are_formatted_for_reading(
    quote: str, value: str, comparator: str, deadline: str, kind: str
) -> None:
    markdown = render_brief_markdown(build_brief([load_summary("seed000")], date=DATE))
    assert table_row(markdown, quote)[3:7] == [value, comparator, deadline, kind]


def test_priorities_grouped_by_category_per_region() -> None:
    markdown = render_brief_markdown(build_brief([load_summary("seed000")], date=DATE))
    region = markdown.split("### 托克托县")[1].split("### 清水河县")[0]
    assert "- **项目与投资:** 抓好项目建设和招商引资 — “坚定不移抓好项目建设和招商引资”" in region
    assert "- **负责人:** 高正 (县委副书记、县长)" in region
    assert "- **导语:** 托克托县将以项目建设为抓手" in region


def test_partial_article_and_warnings_are_shown() -> None:
    markdown = render_brief_markdown(
        build_brief([load_summary("seed000"), load_summary("partial")], date=DATE)
    )
    assert "### 警告" in markdown
    assert "- ⚠ [2] chunk 2 of 2: the model's answer did not validate" in markdown
    assert "| ⚠ 部分结果 |" in markdown
    region = markdown.split("### 辽中区")[1].split("## 地区对比")[0]
    assert "⚠ 部分结果：来源 2 的提取不完整" in region
    rows = [line for line in region.splitlines() if line.startswith("| 2.")]
    assert len(rows) == 7 and all("⚠ 部分结果" in row for row in rows)


def test_failed_article_shows_its_error() -> None:
    failed = load_summary("partial").model_copy(
        update={"status": "failed", "error": "the endpoint answered 503", "targets": [], "priorities": []}
    )
    markdown = render_brief_markdown(build_brief([failed], date=DATE))
    assert "⚠ 失败" in markdown
    assert "- ⚠ [1] the endpoint answered 503" in markdown


def test_english_brief_uses_english_labels_and_metric_names_where_given() -> None:
    markdown = render_brief_markdown(build_brief([load_summary("seed004")], lang="en", date=DATE))
    top = [heading for heading in sections(markdown) if heading.startswith("## ")]
    assert top == ["## Sources", "## Regions", "## Comparison across regions", "## Targets due soonest"]
    assert table_row(markdown, "2024-2025年计划实施工程固沙7.1万亩")[1:7] == [
        "Engineered sand-fixation area",  # the backend's English
        "“7.1万亩”",  # as written: the source's words, quoted
        "71,000 mu",
        "exactly",
        "2024-2025",
        "action",
    ]
    assert (
        table_row(markdown, "继续推进1个草原固定监测点")[1]
        == "number of fixed grassland monitoring points built"
    )
    assert (
        table_row(markdown, "力争2024年建成兰格2500苯挫草酮")[1] == "兰格苯挫草酮项目规模 *"
    )  # no entry: starred
    assert "* Metric name in Chinese: the backend gave no English name and the glossary has none." in markdown
    assert (
        "- **Ecology:** integrated management of mountains, rivers, forests, farmland, lakes, grassland"
        in markdown
    )
    assert "LLM gpt-4o-mini, prompt extract.v1" in markdown


def test_comparison_counts_and_common_units() -> None:
    markdown = render_brief_markdown(
        build_brief([load_summary("seed000"), load_summary("seed004")], date=DATE)
    )
    comparison = markdown.split("## 地区对比")[1].split("## 最近到期的目标")[0]
    counts = next(line for line in comparison.splitlines() if line.startswith("| 托克托县 |"))
    assert counts.rstrip(" |").endswith("9")
    side = comparison.split("### 投资、项目数与产能（统一单位）")[1]
    assert "| 地区 | 投资 (亿元) | 项目数 (个) | 装机容量 (万千瓦) | 产能 (万吨) |" in side
    assert "重大项目完成投资 ≥85" in side
    assert "金山热电扩建工程装机容量 200" in side
    assert "焦化产能扩能 600–800" in side


def test_soonest_targets_are_sorted_by_deadline() -> None:
    markdown = render_brief_markdown(build_brief([load_summary("seed004")], date=DATE))
    soonest = markdown.split("## 最近到期的目标")[1]
    deadlines = [
        line.split(" | ")[0].strip("| ") for line in soonest.splitlines() if re.match(r"\| \d{4}", line)
    ]
    assert deadlines and deadlines == sorted(deadlines, key=lambda text: (text[-4:], text[:4]))
    assert len(deadlines) <= 10


def test_ungrounded_quote_is_flagged_not_hidden() -> None:
    summary = load_summary("seed004")
    invented = Target(
        region="孪井滩生态移民示范区",
        metric="虚构指标",
        raw="3个",
        value=3,
        unit="个",
        comparator="exactly",
        kind="goal",
        quote="原文里没有这句话",
    )
    summary = summary.model_copy(update={"targets": [*summary.targets, invented]})
    markdown = render_brief_markdown(build_brief([summary], date=DATE))
    assert "“原文里没有这句话” ⚠ 原文中未找到该引文" in markdown


def test_pipes_and_newlines_in_text_do_not_break_tables() -> None:
    summary = load_summary("seed004")
    odd = summary.targets[0].model_copy(update={"metric": "a|b\nc"})
    markdown = render_brief_markdown(build_brief([summary.model_copy(update={"targets": [odd]})], date=DATE))
    row = next(line for line in markdown.splitlines() if "a\\|b c" in line)
    assert row.count(" | ") == 7


def test_render_brief_md_is_utf8_bytes() -> None:
    data = render_brief(build_brief([load_summary("seed000")], date=DATE), "md")
    assert data.decode("utf-8").startswith("# 政策要点简报\n")
