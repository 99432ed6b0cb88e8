"""The scorer against hand-built predictions: every rule of guidelines §5 pinned."""

from __future__ import annotations

import math
from typing import Any

import pytest

from summarizer.evals.gold import GoldFile, GoldPriority, GoldRegion, GoldTarget, as_prediction, load_gold_dir
from summarizer.evals.score import (
    ArticleScores,
    precision_recall_f1,
    regions_match,
    score_article,
    total_scores,
)
from summarizer.schema import ArticleSummary, Priority, Provenance, Region, Target
from tests.conftest import ROOT
from tests.factories import gold_priority, gold_target, predicted_priority, predicted_target

ARTICLE = (
    "托克托县：坚定不移抓好项目建设和招商引资，全年实施重大项目90个以上，完成投资85亿元以上。"
    "焦化产能提升到600~800万吨。清水河县：新能源总装机达到260万千瓦。"
    "土左旗：农业机械化率达90.5%。首府：新能源装机达到260万千瓦以上。"
)
TOKETUO = GoldRegion(name="托克托县", aliases=["托县"])
QINGSHUIHE = GoldRegion(name="清水河县")
TUZUOQI = GoldRegion(name="土默特左旗", aliases=["土左旗"])
HOHHOT = GoldRegion(name="呼和浩特市", aliases=["首府"])


def gold(
    targets: list[GoldTarget] | None = None,
    priorities: list[GoldPriority] | None = None,
    regions: list[GoldRegion] | None = None,
) -> GoldFile:
    return GoldFile(
        article="a1",
        file="a1.txt",
        sha256="0" * 64,
        plan_year=2024,
        regions=regions if regions is not None else [TOKETUO, QINGSHUIHE, TUZUOQI, HOHHOT],
        priorities=priorities or [],
        targets=targets or [],
    )


def prediction(
    targets: list[Target] | None = None,
    priorities: list[Priority] | None = None,
    regions: list[Region] | None = None,
    status: str = "ok",
) -> ArticleSummary:
    return ArticleSummary.model_validate(
        {
            "article_id": "a1",
            "source_path": "a1.txt",
            "sha256": "0" * 64,
            "regions": [r.model_dump() for r in regions or []],
            "targets": [t.model_dump() for t in targets or []],
            "priorities": [p.model_dump() for p in priorities or []],
            "status": status,
            "provenance": Provenance(backend="test", code_version="0").model_dump(),
        }
    )


def scores_of(gold_file: GoldFile, predicted: ArticleSummary | None, text: str = ARTICLE) -> ArticleScores:
    return score_article(gold_file, predicted, text).scores


def counts(scores: ArticleScores, which: str = "targets") -> tuple[int, int, int]:
    part = scores.targets if which == "targets" else scores.priorities
    return part.tp, part.fp, part.fn


# --- targets: matching --------------------------------------------------------------------------


def test_an_exact_target_is_a_true_positive() -> None:
    scores = scores_of(gold([gold_target()]), prediction([predicted_target()]))
    assert counts(scores) == (1, 0, 0)
    assert scores.targets.f1 == 1.0


def test_a_missed_target_is_a_false_negative_and_an_extra_one_a_false_positive() -> None:
    scores = scores_of(gold([gold_target()]), prediction([predicted_target(value=85e8, unit="元")]))
    assert counts(scores) == (0, 1, 1)
    assert scores.targets.f1 == 0.0


def test_predicting_an_optional_gold_target_is_not_a_false_positive() -> None:
    scores = scores_of(gold([gold_target(optional=True)]), prediction([predicted_target()]))
    assert counts(scores) == (0, 0, 0)
    assert scores.targets.optional_matched == 1
    assert scores.targets.f1 == 1.0


def test_missing_an_optional_gold_target_is_not_a_false_negative() -> None:
    scores = scores_of(
        gold([gold_target(), gold_target(value=85e8, unit="元", optional=True)]),
        prediction([predicted_target()]),
    )
    assert counts(scores) == (1, 0, 0)
    assert scores.targets.optional_matched == 0


def test_required_gold_is_matched_before_optional_gold() -> None:
    # One prediction fits both a required and an optional gold item with the same value: it must go to
    # the required one (a TP), not be absorbed by the optional one (which would leave a FN).
    golds = [gold_target(optional=True, quote="实施重大项目90个以上"), gold_target()]
    scores = scores_of(gold(golds), prediction([predicted_target(quote="实施重大项目90个以上")]))
    assert counts(scores) == (1, 0, 0)
    assert scores.targets.optional_matched == 0


def test_a_second_copy_of_an_optional_target_is_a_false_positive() -> None:
    scores = scores_of(
        gold([gold_target(optional=True)]), prediction([predicted_target(), predicted_target()])
    )
    assert counts(scores) == (0, 1, 0)
    assert scores.targets.optional_matched == 1


def test_matching_is_one_to_one() -> None:
    scores = scores_of(gold([gold_target()]), prediction([predicted_target(), predicted_target()]))
    assert counts(scores) == (1, 1, 0)


def test_pairs_prefer_the_closest_quotes() -> None:
    # Two gold targets with the same value, unit and region, told apart only by their quotes. Predictions
    # come in the opposite order; the comparators show which gold each was paired with.
    golds = [
        gold_target(quote="全年实施重大项目90个以上", comparator="at_least"),
        gold_target(quote="新建标准化厂房90个", comparator="exactly", raw="90个"),
    ]
    predictions = [
        predicted_target(quote="新建标准化厂房90个", comparator="exactly", raw="90个"),
        predicted_target(quote="全年实施重大项目90个以上", comparator="at_least"),
    ]
    scores = scores_of(gold(golds), prediction(predictions))
    assert counts(scores) == (2, 0, 0)
    assert scores.targets.comparator_accuracy == 1.0


def test_region_aliases_of_the_gold_file_match() -> None:
    scores = scores_of(
        gold([gold_target(region="土默特左旗")]), prediction([predicted_target(region="土左旗")])
    )
    assert counts(scores) == (1, 0, 0)


def test_region_aliases_of_the_prediction_match() -> None:
    predicted = prediction(
        [predicted_target(region="清水河")], regions=[Region(name="清水河县", aliases=["清水河"])]
    )
    assert counts(scores_of(gold([gold_target(region="清水河县")]), predicted)) == (1, 0, 0)
    assert counts(
        scores_of(gold([gold_target(region="清水河县")]), prediction([predicted_target(region="清水河")]))
    ) == (
        0,
        1,
        1,
    )


def test_a_region_that_ends_with_the_other_matches() -> None:
    scores = scores_of(gold([gold_target()]), prediction([predicted_target(region="呼和浩特市托克托县")]))
    assert counts(scores) == (1, 0, 0)
    assert regions_match("托克托县", "呼和浩特市托克托县")


def test_a_different_region_does_not_match() -> None:
    scores = scores_of(gold([gold_target()]), prediction([predicted_target(region="清水河县")]))
    assert counts(scores) == (0, 1, 1)
    assert not regions_match("清水河县", "托克托县")
    assert not regions_match(None, "托克托县")
    assert regions_match(None, None)


def test_units_must_be_equal() -> None:
    scores = scores_of(gold([gold_target()]), prediction([predicted_target(unit="家")]))
    assert counts(scores) == (0, 1, 1)


@pytest.mark.parametrize(
    ("predicted_value", "matches"),
    [
        (8.5e9, True),
        (8.5e9 * (1 + 5e-7), True),
        (8.5e9 * (1 - 9e-7), True),
        (8.5e9 * (1 + 2e-6), False),
        (8.5e8, False),
    ],
)
def test_values_agree_within_a_relative_1e_minus_6(predicted_value: float, matches: bool) -> None:
    golds = [gold_target(value=8.5e9, unit="元", raw="85亿元以上", quote="完成投资85亿元以上")]
    predicted = [
        predicted_target(value=predicted_value, unit="元", raw="85亿元以上", quote="完成投资85亿元以上")
    ]
    assert counts(scores_of(gold(golds), prediction(predicted))) == ((1, 0, 0) if matches else (0, 1, 1))


@pytest.mark.parametrize(
    ("value_high", "matches"), [(8e6, True), (8e6 * (1 + 1e-7), True), (None, False), (7e6, False)]
)
def test_ranges_match_on_value_high_too(value_high: float | None, matches: bool) -> None:
    range_fields: dict[str, Any] = {
        "value": 6e6,
        "unit": "吨",
        "raw": "600~800万吨",
        "comparator": "range",
        "quote": "焦化产能提升到600~800万吨",
    }
    golds = [gold_target(**range_fields, value_high=8e6)]
    predicted = [predicted_target(**range_fields, value_high=value_high)]
    assert counts(scores_of(gold(golds), prediction(predicted))) == ((1, 0, 0) if matches else (0, 1, 1))


# --- targets: attributes and region attribution -------------------------------------------------


def test_attribute_accuracies_are_measured_on_true_positives() -> None:
    golds = [
        gold_target(),
        gold_target(
            value=85e8,
            unit="元",
            raw="85亿元以上",
            metric="固定资产投资",
            deadline=None,
            quote="完成投资85亿元以上",
        ),
    ]
    predicted = [
        predicted_target(comparator="exactly", kind="goal", deadline="2025"),
        predicted_target(
            value=85e8,
            unit="元",
            raw="85亿元以上",
            metric="固定资产投资",
            deadline=None,
            quote="完成投资85亿元以上",
        ),
        predicted_target(value=1.0, unit="个", comparator="about", quote="不存在"),  # a FP: not counted
    ]
    targets = scores_of(gold(golds), prediction(predicted)).targets
    assert (targets.tp, targets.fp, targets.fn) == (2, 1, 0)
    assert targets.comparator_accuracy == 0.5
    assert targets.kind_accuracy == 0.5
    assert targets.deadline_accuracy == 0.5  # None == None is right, "2025" != "2024" is wrong
    assert targets.metric_similarity == 1.0


def test_metric_similarity_is_the_mean_fuzzy_ratio() -> None:
    targets = scores_of(
        gold([gold_target(metric="重大项目数量")]), prediction([predicted_target(metric="重大项目")])
    ).targets
    assert targets.metric_similarity == pytest.approx(0.8)


def test_region_attribution_scores_with_region_ignored_then_checks_it() -> None:
    golds = [gold_target(), gold_target(value=85e8, unit="元", raw="85亿元以上", quote="完成投资85亿元以上")]
    predicted = [
        predicted_target(region="托县"),
        predicted_target(
            region="清水河县", value=85e8, unit="元", raw="85亿元以上", quote="完成投资85亿元以上"
        ),
    ]
    scored = score_article(gold(golds), prediction(predicted), ARTICLE)
    assert counts(scored.scores) == (1, 1, 1)
    assert (scored.scores.region_pairs, scored.scores.region_correct) == (2, 1)
    assert scored.scores.region_attribution == 0.5
    notes = {(e.error, e.note) for e in scored.errors}
    assert ("false_positive", "region: gold says 托克托县") in notes
    assert ("false_negative", "region: predicted as 清水河县") in notes


def test_region_attribution_pairs_by_closest_quotes_across_regions() -> None:
    # The same value in two regions: region ignored, pairs are made by quote, so both regions are right.
    golds = [
        gold_target(
            region="清水河县",
            value=2.6e6,
            unit="千瓦",
            raw="260万千瓦",
            quote="清水河县：新能源总装机达到260万千瓦",
        ),
        gold_target(
            region="呼和浩特市",
            value=2.6e6,
            unit="千瓦",
            raw="260万千瓦以上",
            quote="首府：新能源装机达到260万千瓦以上",
        ),
    ]
    predicted = [
        predicted_target(
            region="首府", value=2.6e6, unit="千瓦", raw="260万千瓦以上", quote="新能源装机达到260万千瓦以上"
        ),
        predicted_target(
            region="清水河县", value=2.6e6, unit="千瓦", raw="260万千瓦", quote="新能源总装机达到260万千瓦"
        ),
    ]
    scores = scores_of(gold(golds), prediction(predicted))
    assert counts(scores) == (2, 0, 0)
    assert scores.region_attribution == 1.0


# --- priorities ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "matches"),
    [
        ({}, True),
        ({"quote": "抓好项目建设和招商引资", "title": "别的"}, True),  # contained in the gold quote
        (
            {"quote": "坚定不移抓好项目建设和招商引资，全年实施重大项目90个以上", "title": "别的"},
            True,
        ),  # contains it
        ({"quote": "坚定不移抓好项目建设与招商引资工作", "title": "别的"}, True),  # partial_ratio 93
        ({"quote": "今年要重点做好三件事", "title": "项目建设和招商引资"}, True),  # title ratio 90
        ({"quote": "今年要重点做好三件事", "title": "生态保护"}, False),
        ({"region": "清水河县"}, False),  # same quote, another region
    ],
)
def test_priority_matching(fields: dict[str, Any], matches: bool) -> None:
    scores = scores_of(
        gold(priorities=[gold_priority()]), prediction(priorities=[predicted_priority(**fields)])
    )
    assert counts(scores, "priorities") == ((1, 0, 0) if matches else (0, 1, 1))


def test_priorities_match_one_to_one_and_report_category_accuracy() -> None:
    golds = [
        gold_priority(),
        gold_priority(category="energy", title="清洁能源", quote="清洁能源方面，打造绿色能源消纳基地"),
    ]
    predicted = [
        predicted_priority(),
        predicted_priority(),
        predicted_priority(category="industry", title="清洁能源", quote="清洁能源方面"),
    ]
    priorities = scores_of(gold(priorities=golds), prediction(priorities=predicted)).priorities
    assert (priorities.tp, priorities.fp, priorities.fn) == (2, 1, 0)
    assert priorities.category_accuracy == 0.5


def test_optional_priorities_are_ignored_both_ways() -> None:
    golds = [
        gold_priority(),
        gold_priority(title="生物医药", quote="生物医药方面，打造生物发酵基地", optional=True),
        gold_priority(title="清洁能源", quote="清洁能源方面，打造绿色能源消纳基地", optional=True),
    ]
    predicted = [predicted_priority(), predicted_priority(title="生物医药", quote="生物医药方面")]
    priorities = scores_of(gold(priorities=golds), prediction(priorities=predicted)).priorities
    assert (priorities.tp, priorities.fp, priorities.fn) == (1, 0, 0)
    assert priorities.optional_matched == 1


# --- grounding, failures, F1 conventions -------------------------------------------------------


def test_grounding_is_the_share_of_predicted_quotes_in_the_folded_article() -> None:
    predicted = prediction(
        [
            predicted_target(quote="全年实施重大项目 90个以上"),
            predicted_target(quote="全年实施重大项目９０个以上"),
            predicted_target(quote="这句话不在文中"),
        ],
        priorities=[predicted_priority(quote="坚定不移抓好\n项目建设和招商引资")],
    )
    scores = scores_of(gold([gold_target()]), predicted)
    assert (scores.quotes, scores.grounded_quotes) == (4, 3)
    assert scores.grounding == 0.75


def test_a_missing_prediction_misses_all_required_gold_and_is_a_schema_failure() -> None:
    scores = scores_of(gold([gold_target(), gold_target(value=1, optional=True)], [gold_priority()]), None)
    assert counts(scores) == (0, 0, 1)
    assert counts(scores, "priorities") == (0, 0, 1)
    assert scores.schema_failures == 1
    assert scores.grounding is None


@pytest.mark.parametrize(("status", "failures"), [("ok", 0), ("partial", 1), ("failed", 1)])
def test_failed_and_partial_articles_count_as_schema_failures(status: str, failures: int) -> None:
    assert (
        scores_of(gold([gold_target()]), prediction([predicted_target()], status=status)).schema_failures
        == failures
    )


def test_f1_conventions_for_empty_articles() -> None:
    assert precision_recall_f1(0, 0, 0) == (1.0, 1.0, 1.0)
    assert precision_recall_f1(0, 2, 0) == (0.0, 0.0, 0.0)
    assert precision_recall_f1(0, 0, 2) == (0.0, 0.0, 0.0)
    assert scores_of(gold(), prediction()).targets.f1 == 1.0
    assert scores_of(gold(), prediction([predicted_target()])).targets.f1 == 0.0


def test_totals_are_micro_from_summed_counts_and_macro_as_means() -> None:
    first = scores_of(gold([gold_target()]), prediction([predicted_target()]))  # P=R=F1=1
    second = scores_of(
        gold([gold_target(), gold_target(value=2), gold_target(value=3)]), prediction([predicted_target()])
    )  # tp 1, fn 2: F1 0.5
    totals = total_scores([first, second])
    assert (totals.targets.tp, totals.targets.fp, totals.targets.fn) == (2, 0, 2)
    assert totals.targets.precision == 1.0
    assert totals.targets.recall == 0.5
    assert math.isclose(totals.targets.f1, 2 / 3)
    assert math.isclose(totals.targets.macro_f1, 0.75)
    assert totals.articles == 2


# --- strict scoring (guidelines §5) -----------------------------------------------------------------


def test_the_right_value_with_the_wrong_year_is_a_lenient_tp_and_a_strict_fp_and_fn() -> None:
    scores = scores_of(gold([gold_target(deadline="2024")]), prediction([predicted_target(deadline="2023")]))
    assert counts(scores) == (1, 0, 0) and scores.targets.f1 == 1.0
    strict = scores.targets_strict
    assert (strict.tp, strict.fp, strict.fn) == (0, 1, 1) and strict.f1 == 0.0


def test_a_wrong_comparator_fails_strict_and_a_null_deadline_equals_only_null() -> None:
    wrong_comparator = scores_of(gold([gold_target()]), prediction([predicted_target(comparator="exactly")]))
    assert wrong_comparator.targets.f1 == 1.0 and wrong_comparator.targets_strict.f1 == 0.0
    both_null = scores_of(gold([gold_target(deadline=None)]), prediction([predicted_target(deadline=None)]))
    assert both_null.targets_strict.f1 == 1.0
    one_null = scores_of(gold([gold_target(deadline=None)]), prediction([predicted_target()]))
    assert one_null.targets_strict.f1 == 0.0


def test_strict_totals_are_micro_and_macro_like_the_lenient_ones() -> None:
    right = scores_of(gold([gold_target()]), prediction([predicted_target()]))
    wrong_year = scores_of(
        gold([gold_target(), gold_target(value=2)]),
        prediction([predicted_target(), predicted_target(value=2, deadline="2030")]),
    )
    totals = total_scores([right, wrong_year])
    assert totals.targets.f1 == 1.0
    strict = totals.targets_strict
    assert (strict.tp, strict.fp, strict.fn) == (2, 1, 1)
    assert math.isclose(strict.f1, 2 / 3)
    assert math.isclose(strict.macro_f1, (1.0 + 0.5) / 2)


def test_the_listing_names_each_wrong_field_of_a_matched_pair_with_both_values() -> None:
    scored = score_article(
        gold([gold_target(deadline="2024")]),
        prediction([predicted_target(deadline="2023", comparator="about")]),
        ARTICLE,
    )
    listing = {(e.error, e.note) for e in scored.errors}
    assert listing == {
        ("wrong_deadline", "deadline: gold 2024, predicted 2023"),
        ("wrong_comparator", "comparator: gold at_least, predicted about"),
    }


def test_the_error_listing_names_false_positives_and_negatives_with_quotes() -> None:
    scored = score_article(
        gold([gold_target()], [gold_priority()]),
        prediction(
            [predicted_target(value=85e8, unit="元", quote="完成投资85亿元以上")],
            priorities=[predicted_priority(title="生态", quote="农业机械化率达90.5%")],
        ),
        ARTICLE,
    )
    listing = {(e.error, e.item, e.quote) for e in scored.errors}
    assert listing == {
        ("false_positive", "target", "完成投资85亿元以上"),
        ("false_negative", "target", "全年实施重大项目90个以上"),
        ("false_positive", "priority", "农业机械化率达90.5%"),
        ("false_negative", "priority", "坚定不移抓好项目建设和招商引资"),
    }


# --- the real gold set --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "gold_file",
    [*load_gold_dir(ROOT / "evals" / "gold" / "dev"), *load_gold_dir(ROOT / "evals" / "gold" / "test")],
    ids=lambda g: g.article,
)
def test_each_gold_file_scored_against_itself_is_perfect(gold_file: GoldFile) -> None:
    text = (ROOT / gold_file.file).read_text(encoding="utf-8-sig")
    scores = scores_of(gold_file, as_prediction(gold_file), text)
    required_targets = sum(not t.optional for t in gold_file.targets)
    assert counts(scores) == (required_targets, 0, 0)
    assert scores.targets.optional_matched == len(gold_file.targets) - required_targets
    assert scores.priorities.f1 == 1.0 and scores.priorities.fp == 0
    assert scores.targets.comparator_accuracy in (None, 1.0)
    assert scores.region_attribution in (None, 1.0)
    assert scores.grounding == 1.0
