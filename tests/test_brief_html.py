"""The brief as one self-contained HTML file: highlights, links, escaping; opened in Chromium."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from summarizer.brief import build_brief
from summarizer.brief.html import render_brief_html
from summarizer.brief.model import Brief
from summarizer.schema import ArticleSummary, Priority, Target
from tests.browser import chromium_or_skip, dump_dom, png_size, screenshot

FIXTURES = Path(__file__).parent / "fixtures"
DATE = "2024-03-01"
MIN_SCREENSHOT_BYTES = 20_000  # a blank 1280x900 page compresses to about 5 kB


def load_summary(name: str) -> ArticleSummary:
    return ArticleSummary.model_validate_json((FIXTURES / f"brief_{name}.json").read_text(encoding="utf-8"))


def all_fixtures() -> list[ArticleSummary]:
    return [load_summary("seed000"), load_summary("seed004"), load_summary("partial")]


class MarkCollector(HTMLParser):
    """The text inside every <mark data-ref>, pieces of one ref joined; ids, hrefs and the root's classes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open_marks: list[str | None] = []
        self.texts: dict[str, str] = {}
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.root_classes: list[str] = []
        self.mark_ids: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.append(attributes["id"] or "")
        if tag == "a" and attributes.get("href"):
            self.hrefs.append(attributes["href"] or "")
        if tag == "html":
            self.root_classes = (attributes.get("class") or "").split()
        if tag == "mark":
            ref = attributes.get("data-ref")
            self.open_marks.append(ref)
            if ref is not None:
                self.texts.setdefault(ref, "")
                if attributes.get("id"):
                    self.mark_ids[ref] = attributes["id"] or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.open_marks.pop()

    def handle_data(self, data: str) -> None:
        for ref in {ref for ref in self.open_marks if ref is not None}:
            self.texts[ref] += data


def collect(html: str) -> MarkCollector:
    collector = MarkCollector()
    collector.feed(html)
    collector.close()
    return collector


def expected_highlights(brief: Brief) -> dict[str, str]:
    """anchor → the cleaned text at its span, for every item with a span."""
    return {
        item.anchor: source.cleaned_text[item.span[0] : item.span[1]]
        for source in brief.sources
        for item in source.items()
        if item.span is not None
    }


def assert_highlights_match(collector: MarkCollector, brief: Brief) -> None:
    expected = expected_highlights(brief)
    found = {ref: text for ref, text in collector.texts.items() if ref in expected}
    assert found == expected
    assert {ref: collector.mark_ids.get(ref) for ref in expected} == {ref: ref for ref in expected}
    assert len(collector.ids) == len(set(collector.ids)), "duplicate ids"


def test_every_highlight_wraps_exactly_its_span() -> None:
    brief = build_brief(all_fixtures(), date=DATE)
    collector = collect(render_brief_html(brief))
    assert_highlights_match(collector, brief)
    target_count = sum(len(summary.targets) for summary in all_fixtures())
    assert sum(1 for ref in collector.texts if ref.startswith("t-")) == target_count


def test_every_table_row_links_to_its_highlight() -> None:
    brief = build_brief(all_fixtures(), date=DATE)
    html = render_brief_html(brief)
    collector = collect(html)
    for region in brief.regions:
        for target in region.targets:
            assert f"#{target.anchor}" in collector.hrefs
            assert f'<tr id="row-{target.anchor}"' in html
    assert all(href[1:] in collector.ids for href in collector.hrefs if href.startswith("#"))


def test_html_is_self_contained() -> None:
    html = render_brief_html(build_brief(all_fixtures(), date=DATE))
    assert html.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in html
    assert not re.search(r"""\b(src|href)\s*=\s*["']?(https?:|//)""", html, re.IGNORECASE)
    assert not re.search(r"@import|url\(|<link\b|<img\b|<iframe\b", html, re.IGNORECASE)
    assert "@media print" in html


def test_partial_items_and_warnings_are_marked() -> None:
    html = render_brief_html(build_brief(all_fixtures(), date=DATE))
    assert "chunk 2 of 2: the model&#x27;s answer did not validate" in html
    assert html.count('<tr id="row-t-10_liaozhong-quzhang-fabuhui-') == 7
    assert (
        html.count('class="kind-action partial"')
        + html.count('class="kind-project partial"')
        + html.count('class="kind-goal partial"')
        == 7
    )
    assert "部分结果：来源 3 的提取不完整" in html


def test_text_from_the_article_is_escaped() -> None:
    summary = load_summary("seed004")
    hostile = '<script>alert("x")</script> & “引号”'
    text = summary.cleaned_text + "\n" + hostile
    target = Target(
        region="孪井滩生态移民示范区",
        metric="<b>指标</b>",
        raw="1个",
        value=1,
        unit="个",
        comparator="exactly",
        kind="goal",
        quote=hostile,
    )
    summary = summary.model_copy(update={"cleaned_text": text, "targets": [target], "title": "<i>标题</i>"})
    brief = build_brief([summary], date=DATE)
    html = render_brief_html(brief)
    assert "<script>alert" not in html and "<b>指标</b>" not in html and "<i>标题</i>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; “引号”" in html
    assert_highlights_match(collect(html), brief)


def test_overlapping_spans_are_all_highlighted() -> None:
    summary = load_summary("seed004")
    text = summary.cleaned_text
    outer = "规划发展900平方公里5G瓦风力发电和500平方公里24G瓦光伏发电产业"
    crossing = "5G瓦风力发电和500平方公里"
    extra = [
        Priority(region=None, category="energy", title="风光", quote=outer),
        Priority(region=None, category="energy", title="交叉", quote=crossing),
    ]
    summary = summary.model_copy(update={"priorities": [*summary.priorities, *extra]})
    brief = build_brief([summary], date=DATE)
    collector = collect(render_brief_html(brief))
    assert_highlights_match(collector, brief)
    start = text.index(outer)
    assert collector.texts[brief.sources[0].priorities[-2].anchor] == text[start : start + len(outer)]


@pytest.mark.browser
def test_brief_in_headless_chromium(tmp_path: Path) -> None:
    chromium = chromium_or_skip()
    brief = build_brief(all_fixtures(), date=DATE)
    page = tmp_path / "brief.html"
    page.write_text(render_brief_html(brief), encoding="utf-8")
    dom = dump_dom(chromium, page, tmp_path)
    collector = collect(dom)
    assert "js" in collector.root_classes, "the inline script did not run"
    assert_highlights_match(collector, brief)
    shot = tmp_path / "brief.png"
    screenshot(chromium, page, shot)
    assert png_size(shot) == (1280, 900)
    assert shot.stat().st_size > MIN_SCREENSHOT_BYTES


def test_spans_missing_from_the_backend_are_found_from_the_quotes() -> None:
    summary = load_summary("seed004")
    unspanned = [target.model_copy(update={"span": None}) for target in summary.targets]
    brief = build_brief([summary.model_copy(update={"targets": unspanned})], date=DATE)
    assert all(target.span is not None and target.grounded for target in brief.sources[0].targets)
    assert_highlights_match(collect(render_brief_html(brief)), brief)


def test_a_summary_without_cleaned_text_still_renders() -> None:
    summary = load_summary("seed004").model_copy(update={"cleaned_text": ""})
    brief = build_brief([summary], date=DATE)
    html = render_brief_html(brief)
    assert "此摘要未保存原文" in html and "<mark id=" not in html
    assert "原文中未找到该引文" not in html


def test_an_empty_brief_renders() -> None:
    html = render_brief_html(build_brief([], date=DATE))
    assert "未提取到任何地区" in html and html.rstrip().endswith("</html>")
