"""Comparing two runs: verdicts that are known in advance, the refusal of different gold sets, the report."""

from __future__ import annotations

import pytest

from summarizer.evals.compare import (
    EXIT_CODES,
    MIN_RESAMPLES,
    MetricComparison,
    RunMismatchError,
    compare_runs,
    comparison_markdown,
    percentile,
)
from summarizer.evals.gold import GoldFile, GoldPriority, GoldRegion, GoldTarget
from summarizer.evals.runs import ArticleResult, EvalRun, RunConfig
from summarizer.evals.score import score_article, total_scores
from summarizer.schema import ArticleSummary, Priority, Target

ARTICLES = 10
TARGETS_PER_ARTICLE = 10
FINGERPRINT = "f" * 64


def synthetic_gold(article: int) -> GoldFile:
    """An article with ten targets (values 1..10 个) and two priorities, all in one region."""
    targets = [
        GoldTarget(
            region="甲县",
            metric=f"指标{i}",
            raw=f"{i}个",
            value=float(i),
            unit="个",
            comparator="exactly",
            deadline="2024",
            kind="goal",
            quote=f"第{article}篇完成{i}个",
        )
        for i in range(1, TARGETS_PER_ARTICLE + 1)
    ]
    priorities = [
        GoldPriority(region="甲县", category="industry", title=f"产业{i}", quote=f"第{article}篇抓产业{i}")
        for i in range(2)
    ]
    return GoldFile(
        article=f"a{article:02d}",
        file=f"a{article:02d}.txt",
        sha256="0" * 64,
        plan_year=2024,
        regions=[GoldRegion(name="甲县")],
        priorities=priorities,
        targets=targets,
    )


GOLDS = [synthetic_gold(article) for article in range(ARTICLES)]


def perfect_prediction(gold: GoldFile, keep_targets: int = TARGETS_PER_ARTICLE) -> ArticleSummary:
    return ArticleSummary(
        article_id=gold.article,
        source_path=gold.file,
        sha256=gold.sha256,
        targets=[Target(**t.model_dump(exclude={"id", "optional"})) for t in gold.targets[:keep_targets]],
        priorities=[Priority(**p.model_dump(exclude={"id", "optional"})) for p in gold.priorities],
        provenance={"backend": "test", "code_version": "0"},
    )


def article_text(gold: GoldFile) -> str:
    return "。".join(item.quote for item in (*gold.targets, *gold.priorities))


def make_run(kept_targets: list[int], fingerprint: str = FINGERPRINT) -> EvalRun:
    """A run whose article i predicts the first kept_targets[i] gold targets exactly."""
    results = []
    for gold, keep in zip(GOLDS, kept_targets, strict=True):
        prediction = perfect_prediction(gold, keep)
        scored = score_article(gold, prediction, article_text(gold))
        results.append(
            ArticleResult(
                id=gold.article,
                file=gold.file,
                prediction=prediction.model_dump(mode="json"),
                scores=scored.scores,
                errors=scored.errors,
            )
        )
    config = RunConfig(
        backend="test",
        code_version="0",
        date="2024-01-01T00:00:00+00:00",
        gold_dir="gold",
        gold_fingerprint=fingerprint,
        root=".",
    )
    return EvalRun(config=config, articles=results, totals=total_scores([r.scores for r in results]))


ALL = [TARGETS_PER_ARTICLE] * ARTICLES


def metric(comparison_metrics: list[MetricComparison], name: str) -> MetricComparison:
    return next(m for m in comparison_metrics if m.name == name)


def test_an_identical_run_passes() -> None:
    comparison = compare_runs(make_run(ALL), make_run(ALL))
    assert comparison.verdict == "pass"
    assert comparison.exit_code == 0
    f1 = metric(comparison.metrics, "targets.f1")
    assert (f1.base, f1.new, f1.difference, f1.ci_low, f1.ci_high) == (1.0, 1.0, 0.0, 0.0, 0.0)
    assert comparison.changed_articles == []


def test_a_run_with_half_the_targets_removed_is_a_regression() -> None:
    comparison = compare_runs(make_run(ALL), make_run([TARGETS_PER_ARTICLE // 2] * ARTICLES))
    assert comparison.verdict == "regression"
    assert comparison.exit_code == 1
    f1 = metric(comparison.metrics, "targets.f1")
    assert f1.difference == pytest.approx(2 * 0.5 / 1.5 - 1.0)
    assert f1.ci_high is not None and f1.ci_high < -0.02
    assert metric(comparison.metrics, "targets.recall").new == 0.5
    assert metric(comparison.metrics, "targets.precision").new == 1.0


def test_a_tiny_change_is_inconclusive() -> None:
    # Three targets lost in one article of ten: a small drop on average, but the resamples that draw
    # that article two or three times push the interval's lower end past the tolerance.
    kept = [*ALL[:-1], TARGETS_PER_ARTICLE - 3]
    comparison = compare_runs(make_run(ALL), make_run(kept))
    f1 = metric(comparison.metrics, "targets.f1")
    assert f1.ci_low is not None and f1.ci_high is not None
    assert f1.ci_low < -0.02 < f1.ci_high
    assert comparison.verdict == "inconclusive"
    assert comparison.exit_code == 3
    assert [change.id for change in comparison.changed_articles] == ["a09"]


def test_an_improvement_passes() -> None:
    comparison = compare_runs(make_run([5] * ARTICLES), make_run(ALL))
    assert comparison.verdict == "pass"
    f1 = metric(comparison.metrics, "targets.f1")
    assert f1.ci_low is not None and f1.ci_low > 0


def test_a_larger_tolerance_turns_a_small_regression_into_a_pass() -> None:
    base, new = make_run(ALL), make_run([TARGETS_PER_ARTICLE - 1] * ARTICLES)
    assert compare_runs(base, new).verdict == "regression"
    assert compare_runs(base, new, tolerance=0.2).verdict == "pass"


def test_runs_on_different_gold_sets_are_refused() -> None:
    with pytest.raises(RunMismatchError, match="different gold sets") as caught:
        compare_runs(make_run(ALL), make_run(ALL, fingerprint="e" * 64))
    assert caught.value.exit_code == 2


def test_the_bootstrap_is_seeded_and_has_at_least_1000_resamples() -> None:
    base, new = make_run(ALL), make_run([*ALL[:-1], 4])
    first = compare_runs(base, new, resamples=10)
    second = compare_runs(base, new, resamples=10)
    assert first.resamples == MIN_RESAMPLES
    assert first.metrics == second.metrics
    assert first.seed == second.seed


def test_point_values_are_the_runs_micro_totals() -> None:
    base, new = make_run([3, 10, 7, 0, 10, 10, 2, 10, 9, 10]), make_run(ALL)
    comparison = compare_runs(base, new)
    assert metric(comparison.metrics, "targets.f1").base == pytest.approx(base.totals.targets.f1)
    assert metric(comparison.metrics, "targets.macro_f1").base == pytest.approx(base.totals.targets.macro_f1)
    assert metric(comparison.metrics, "priorities.f1").base == pytest.approx(base.totals.priorities.f1)
    assert metric(comparison.metrics, "grounding").base == pytest.approx(base.totals.grounding)


def test_the_markdown_report_has_the_verdict_the_metrics_and_the_changed_articles() -> None:
    comparison = compare_runs(make_run(ALL), make_run([5] * ARTICLES), labels=("base.json", "new.json"))
    report = comparison_markdown(comparison)
    assert report.startswith("## Eval comparison: **regression**")
    assert "Base base.json → new new.json" in report
    assert "| targets.f1 * | 1.000 | 0.667 | -0.333 |" in report
    assert "### Articles that changed most" in report
    assert "| a00 | 1.000 → 0.667 | 1.000 → 1.000 |" in report


def test_exit_codes_leave_2_for_usage_errors() -> None:
    assert EXIT_CODES == {"pass": 0, "regression": 1, "inconclusive": 3}


def test_percentile_interpolates() -> None:
    assert percentile([0.0, 1.0, 2.0, 3.0, 4.0], 0.5) == 2.0
    assert percentile([0.0, 10.0], 0.25) == 2.5
    assert percentile([5.0], 0.975) == 5.0
