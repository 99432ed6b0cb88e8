"""Merging chunk findings: a target or priority found twice is kept once, in text order."""

from __future__ import annotations

from typing import Any

from summarizer.extract.merge import merge_priorities, merge_targets
from summarizer.schema import Priority, Target
from tests.factories import predicted_priority, predicted_target


def target(**overrides: Any) -> Target:
    """The factory target without a deadline, at a span in the text."""
    return predicted_target(**{"deadline": None, "span": (10, 23), **overrides})


def priority(**overrides: Any) -> Priority:
    return predicted_priority(**{"span": (0, 15), **overrides})


def test_the_duplicated_copy_of_a_target_is_kept_once_at_its_first_position() -> None:
    second_copy = target(span=(5010, 5023))
    reworded = target(metric="实施重大项目数量", quote="实施重大项目90个以上", span=(7000, 7010))
    merged = merge_targets([second_copy, reworded, target()])
    assert merged == [target()]


def test_targets_that_differ_in_region_unit_value_or_metric_are_all_kept() -> None:
    candidates = [
        target(),
        target(region="清水河县", span=(30, 43)),
        target(unit="家", span=(50, 63)),
        target(value=91.0, span=(70, 83)),
        target(metric="新能源装机容量", quote="新能源装机90个", span=(90, 99)),
    ]
    assert merge_targets(candidates) == candidates


def test_a_range_differs_from_its_lower_end() -> None:
    ranged = target(value_high=120.0, comparator="range", span=(40, 50))
    assert merge_targets([target(), ranged]) == [target(), ranged]


def test_values_equal_within_a_relative_tolerance_are_the_same() -> None:
    assert merge_targets([target(), target(value=90.00000001, span=(200, 213))]) == [target()]


def test_items_are_sorted_by_position_with_unlocated_items_last() -> None:
    late, early, nowhere = (
        target(span=(300, 310), value=3.0),
        target(span=(5, 9), value=1.0),
        target(span=None),
    )
    assert merge_targets([nowhere, late, early]) == [early, late, nowhere]


def test_priorities_with_overlapping_quotes_are_kept_once() -> None:
    heading_only = priority(quote="抓好项目建设和招商引资", span=(400, 411))
    overlapping_span = priority(quote="坚定不移抓好项目", span=(3, 11))
    other_region = priority(region="清水河县", span=(600, 615))
    other_area = priority(
        title="全力以赴抓产业", quote="一是全力以赴抓产业", span=(20, 29), category="industry"
    )
    merged = merge_priorities([heading_only, overlapping_span, other_region, other_area, priority()])
    assert merged == [priority(), other_area, other_region]


def test_similar_titles_elsewhere_in_the_text_are_two_priorities() -> None:
    development = priority(title="持续做好“发展”文章", quote="持续做好“发展”文章", span=(100, 110))
    prosperity = priority(title="持续做好“富裕”文章", quote="持续做好“富裕”文章", span=(300, 310))
    assert merge_priorities([prosperity, development]) == [development, prosperity]


def test_a_same_valued_target_elsewhere_is_another_target() -> None:
    elsewhere = target(metric="重大项目实施数量", quote="明年实施重大项目90个以上", span=(900, 913))
    assert merge_targets([elsewhere, target()]) == [target(), elsewhere]


def test_the_items_of_one_shared_quote_are_two_targets() -> None:
    quote = "力争全年游客人次、旅游花费均增长10%以上"
    shared = {"raw": "10%以上", "value": 10.0, "unit": "%", "quote": quote, "span": (0, 20)}
    visitors = target(metric="游客人次增速", **shared)
    spending = target(metric="旅游花费增速", **shared)
    assert merge_targets([visitors, spending]) == [visitors, spending]
