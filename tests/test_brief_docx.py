"""The brief as Word: real headings and tables, read back with python-docx; a clear error without it."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pytest

from summarizer.brief import build_brief, render_brief
from summarizer.errors import ConfigError
from summarizer.schema import ArticleSummary

docx = pytest.importorskip("docx", reason="python-docx is the optional `docx` extra")

FIXTURES = Path(__file__).parent / "fixtures"
DATE = "2024-03-01"


def load_summary(name: str) -> ArticleSummary:
    return ArticleSummary.model_validate_json((FIXTURES / f"brief_{name}.json").read_text(encoding="utf-8"))


def read_back(summaries: list[ArticleSummary], lang: str = "zh") -> Any:
    data = render_brief(build_brief(summaries, lang="en" if lang == "en" else "zh", date=DATE), "docx")
    return docx.Document(io.BytesIO(data))


def headings(document: Any) -> list[tuple[str, str]]:
    return [
        (paragraph.style.name, paragraph.text)
        for paragraph in document.paragraphs
        if paragraph.style.name.startswith("Heading") or paragraph.style.name == "Title"
    ]


def table_texts(table: Any) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_headings_are_real_word_headings() -> None:
    document = read_back([load_summary("seed000"), load_summary("seed004")])
    found = headings(document)
    assert found[0] == ("Title", "政策要点简报")
    level1 = [text for style, text in found if style == "Heading 1"]
    assert level1 == ["来源", "各地区", "地区对比", "最近到期的目标"]
    level2 = [text for style, text in found if style == "Heading 2"]
    assert level2[:6] == ["托克托县", "清水河县", "土默特左旗", "和林格尔县", "武川县", "呼和浩特市"]
    assert ("Heading 3", "量化目标") in found


def test_every_target_is_in_a_real_table_with_readable_values() -> None:
    summaries = [load_summary("seed000"), load_summary("seed004"), load_summary("partial")]
    document = read_back(summaries)
    rows = [row for table in document.tables for row in table_texts(table) if row[0] != "#"]
    by_number = {row[0]: row for row in rows if len(row) == 8}
    for source_number, summary in enumerate(summaries, start=1):
        for target_number, target in enumerate(summary.targets, start=1):
            row = by_number[f"{source_number}.{target_number}"]
            assert row[1].startswith(target.metric) and row[2] == target.raw and row[7] == f"“{target.quote}”"
    assert by_number["1.5"][3:7] == ["85 亿元 (8.5 billion CNY)", "不低于", "2024", "任务"]
    assert all("⚠ 部分结果" in by_number[f"3.{n}"][1] for n in range(1, 8))


def test_sources_table_and_warnings() -> None:
    document = read_back([load_summary("seed000"), load_summary("partial")])
    sources = table_texts(document.tables[0])
    assert sources[0] == ["#", "标题", "来源", "sha256", "日期", "状态"]
    assert sources[2][2] == "https://example.org/news/liaozhong-2023-08-09.html"
    assert sources[2][5] == "⚠ 部分结果"
    bullets = [
        p.text for p in document.paragraphs if p.style.name == "List Bullet" and p.text.startswith("⚠")
    ]
    assert any("chunk 2 of 2" in text for text in bullets)


def test_english_word_brief() -> None:
    document = read_back([load_summary("seed004")], lang="en")
    level1 = [text for style, text in headings(document) if style == "Heading 1"]
    assert level1 == ["Sources", "Regions", "Comparison across regions", "Targets due soonest"]
    header = next(table_texts(t)[0] for t in document.tables if table_texts(t)[0][1] == "Metric")
    assert header == ["#", "Metric", "As written", "Value", "Comparator", "Deadline", "Kind", "Source quote"]


def test_missing_python_docx_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(ConfigError, match=r"pip install 'zh-policy-summarizer\[docx\]'"):
        render_brief(build_brief([load_summary("seed000")], date=DATE), "docx")
