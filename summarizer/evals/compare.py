"""Compare two runs on the same gold set: per-metric differences with paired-bootstrap 95% intervals.

The bootstrap resamples articles (the same draw for both runs) and scores each draw with the scorer's
own `total_scores`, the one function from counts to scores, so micro F1 stays micro and macro stays
macro. The verdict reads the primary metrics (target F1 and priority F1):

- `regression`: for some primary metric the whole interval of the difference lies below -tolerance;
- `pass`: for every primary metric the interval's lower end is at or above -tolerance;
- `inconclusive`: otherwise.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Literal, NamedTuple

from pydantic import BaseModel

from summarizer.errors import GoldError
from summarizer.evals.runs import EvalRun
from summarizer.evals.score import ArticleScores, Totals, total_scores
from summarizer.text import markdown_inline

Verdict = Literal["pass", "regression", "inconclusive"]
EXIT_CODES: dict[str, int] = {"pass": 0, "regression": 1, "inconclusive": 3}
DEFAULT_TOLERANCE = 0.02
DEFAULT_RESAMPLES = 2000
MIN_RESAMPLES = 1000
DEFAULT_SEED = 20240101
CHANGED_ARTICLES_SHOWN = 5


class RunMismatchError(GoldError):
    """Two runs that cannot be compared (different gold sets); a usage error, not a regression."""

    exit_code = 2


class Metric(NamedTuple):
    name: str
    compute: Callable[[Totals], float | None]
    primary: bool = False


class MetricComparison(BaseModel):
    name: str
    primary: bool
    base: float | None
    new: float | None
    difference: float | None
    ci_low: float | None
    ci_high: float | None


class ArticleChange(BaseModel):
    id: str
    base_targets_f1: float
    new_targets_f1: float
    base_priorities_f1: float
    new_priorities_f1: float
    change: float


class Comparison(BaseModel):
    base_label: str
    new_label: str
    gold_fingerprint: str
    articles: int
    resamples: int
    seed: int
    tolerance: float
    verdict: Verdict
    metrics: list[MetricComparison]
    changed_articles: list[ArticleChange]

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.verdict]


METRICS: tuple[Metric, ...] = (
    Metric("targets.f1", lambda totals: totals.targets.f1, primary=True),
    Metric("targets.precision", lambda totals: totals.targets.precision),
    Metric("targets.recall", lambda totals: totals.targets.recall),
    Metric("targets.macro_f1", lambda totals: totals.targets.macro_f1),
    Metric("targets_strict.f1", lambda totals: totals.targets_strict.f1),
    Metric("targets_strict.precision", lambda totals: totals.targets_strict.precision),
    Metric("targets_strict.recall", lambda totals: totals.targets_strict.recall),
    Metric("targets_strict.macro_f1", lambda totals: totals.targets_strict.macro_f1),
    Metric("targets.comparator_accuracy", lambda totals: totals.targets.comparator_accuracy),
    Metric("targets.deadline_accuracy", lambda totals: totals.targets.deadline_accuracy),
    Metric("targets.kind_accuracy", lambda totals: totals.targets.kind_accuracy),
    Metric("targets.metric_similarity", lambda totals: totals.targets.metric_similarity),
    Metric("priorities.f1", lambda totals: totals.priorities.f1, primary=True),
    Metric("priorities.precision", lambda totals: totals.priorities.precision),
    Metric("priorities.recall", lambda totals: totals.priorities.recall),
    Metric("priorities.macro_f1", lambda totals: totals.priorities.macro_f1),
    Metric("priorities.category_accuracy", lambda totals: totals.priorities.category_accuracy),
    Metric("region_attribution", lambda totals: totals.region_attribution),
    Metric("grounding", lambda totals: totals.grounding),
)


def compare_runs(
    base: EvalRun,
    new: EvalRun,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
    labels: tuple[str, str] = ("base", "new"),
) -> Comparison:
    """Both runs' metrics, their differences with paired-bootstrap 95% intervals, and the verdict."""
    article_ids = _paired_article_ids(base, new)
    resamples = max(resamples, MIN_RESAMPLES)
    base_scores = _scores_by_article(base, article_ids)
    new_scores = _scores_by_article(new, article_ids)
    intervals = bootstrap_intervals(base_scores, new_scores, METRICS, resamples, seed)
    base_totals, new_totals = total_scores(base_scores), total_scores(new_scores)
    metrics = [_compare_metric(metric, base_totals, new_totals, intervals[metric.name]) for metric in METRICS]
    return Comparison(
        base_label=labels[0],
        new_label=labels[1],
        gold_fingerprint=base.config.gold_fingerprint,
        articles=len(article_ids),
        resamples=resamples,
        seed=seed,
        tolerance=tolerance,
        verdict=verdict(metrics, tolerance),
        metrics=metrics,
        changed_articles=changed_articles(base, new, article_ids),
    )


def _paired_article_ids(base: EvalRun, new: EvalRun) -> list[str]:
    if base.config.gold_fingerprint != new.config.gold_fingerprint:
        raise RunMismatchError(
            f"the runs were scored on different gold sets (fingerprint {base.config.gold_fingerprint[:12]} "
            f"vs {new.config.gold_fingerprint[:12]}); "
            "rescore both against the same gold with `summarizer eval rescore`"
        )
    base_ids = [result.id for result in base.articles]
    if sorted(base_ids) != sorted(result.id for result in new.articles):
        raise RunMismatchError("the runs hold different articles; rescore both against the same gold")
    if not base_ids:
        raise RunMismatchError("the runs hold no articles")
    return base_ids


def _scores_by_article(run: EvalRun, article_ids: Sequence[str]) -> list[ArticleScores]:
    by_id = {result.id: result.scores for result in run.articles}
    return [by_id[article_id] for article_id in article_ids]


def bootstrap_intervals(
    base_scores: Sequence[ArticleScores],
    new_scores: Sequence[ArticleScores],
    metrics: Sequence[Metric],
    resamples: int,
    seed: int,
) -> dict[str, tuple[float, float] | None]:
    """Per metric, the 2.5th and 97.5th percentiles of new - base over paired article resamples."""
    rng = random.Random(seed)
    size = len(base_scores)
    differences: dict[str, list[float]] = {metric.name: [] for metric in metrics}
    for _ in range(resamples):
        drawn = [rng.randrange(size) for _ in range(size)]
        base_totals = total_scores([base_scores[index] for index in drawn])
        new_totals = total_scores([new_scores[index] for index in drawn])
        for metric in metrics:
            base_value, new_value = metric.compute(base_totals), metric.compute(new_totals)
            if base_value is not None and new_value is not None:
                differences[metric.name].append(new_value - base_value)
    return {name: _interval(values) for name, values in differences.items()}


def _interval(values: list[float]) -> tuple[float, float] | None:
    if not values:
        return None
    ordered = sorted(values)
    return percentile(ordered, 0.025), percentile(ordered, 0.975)


def percentile(ordered: Sequence[float], fraction: float) -> float:
    """Linear-interpolated percentile of sorted values (fraction 0..1)."""
    position = fraction * (len(ordered) - 1)
    lower = int(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)


def _compare_metric(
    metric: Metric, base: Totals, new: Totals, interval: tuple[float, float] | None
) -> MetricComparison:
    base_value, new_value = metric.compute(base), metric.compute(new)
    difference = None if base_value is None or new_value is None else new_value - base_value
    return MetricComparison(
        name=metric.name,
        primary=metric.primary,
        base=base_value,
        new=new_value,
        difference=difference,
        ci_low=interval[0] if interval else None,
        ci_high=interval[1] if interval else None,
    )


def verdict(metrics: Sequence[MetricComparison], tolerance: float) -> Verdict:
    """regression / pass / inconclusive from the primary metrics' intervals (see the module docstring)."""
    primary = [metric for metric in metrics if metric.primary and metric.ci_low is not None]
    if any(metric.ci_high is not None and metric.ci_high < -tolerance for metric in primary):
        return "regression"
    if all(metric.ci_low is not None and metric.ci_low >= -tolerance for metric in primary):
        return "pass"
    return "inconclusive"


def changed_articles(
    base: EvalRun, new: EvalRun, article_ids: Sequence[str], limit: int = CHANGED_ARTICLES_SHOWN
) -> list[ArticleChange]:
    """The articles whose target and priority F1 moved most (sum of absolute changes), largest first."""
    base_by_id = {result.id: result.scores for result in base.articles}
    new_by_id = {result.id: result.scores for result in new.articles}
    changes = []
    for article_id in article_ids:
        before, after = base_by_id[article_id], new_by_id[article_id]
        change = abs(after.targets.f1 - before.targets.f1) + abs(after.priorities.f1 - before.priorities.f1)
        if change > 0:
            changes.append(
                ArticleChange(
                    id=article_id,
                    base_targets_f1=before.targets.f1,
                    new_targets_f1=after.targets.f1,
                    base_priorities_f1=before.priorities.f1,
                    new_priorities_f1=after.priorities.f1,
                    change=change,
                )
            )
    return sorted(changes, key=lambda item: (-item.change, item.id))[:limit]


# --- the report --------------------------------------------------------------------------------


def _number(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "–"
    return f"{value:+.3f}" if signed else f"{value:.3f}"


def _interval_text(metric: MetricComparison) -> str:
    if metric.ci_low is None or metric.ci_high is None:
        return "–"
    return f"[{metric.ci_low:+.3f}, {metric.ci_high:+.3f}]"


def comparison_rows(comparison: Comparison) -> list[tuple[str, str, str, str, str]]:
    """One row per metric: name (primary ones starred), base, new, difference, 95% interval."""
    return [
        (
            metric.name + (" *" if metric.primary else ""),
            _number(metric.base),
            _number(metric.new),
            _number(metric.difference, signed=True),
            _interval_text(metric),
        )
        for metric in comparison.metrics
    ]


def comparison_markdown(comparison: Comparison) -> str:
    """The report as Markdown, for a pull request."""
    lines = [
        f"## Eval comparison: **{comparison.verdict}**",
        "",
        f"Base {markdown_inline(comparison.base_label)} → new {markdown_inline(comparison.new_label)}: "
        f"{comparison.articles} articles, "
        f"{comparison.resamples} paired bootstrap resamples (seed {comparison.seed}), "
        f"tolerance {comparison.tolerance:g}. Starred metrics decide the verdict.",
        "",
        "| metric | base | new | Δ | 95% CI of Δ |",
        "| --- | ---: | ---: | ---: | --- |",
        *(f"| {' | '.join(row)} |" for row in comparison_rows(comparison)),
    ]
    if comparison.changed_articles:
        lines += [
            "",
            "### Articles that changed most",
            "",
            "| article | targets F1 | priorities F1 |",
            "| --- | --- | --- |",
            *(
                f"| {markdown_inline(item.id)} | {item.base_targets_f1:.3f} → {item.new_targets_f1:.3f} "
                f"| {item.base_priorities_f1:.3f} → {item.new_priorities_f1:.3f} |"
                for item in comparison.changed_articles
            ),
        ]
    return "\n".join(lines) + "\n"
