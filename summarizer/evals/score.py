"""The scorer: guidelines §5, exactly. Predictions (ArticleSummary) against one gold file, then totals.

Pairs are made one to one, greedily, in order of quote similarity (rapidfuzz partial_ratio on folded
quotes; ties by gold position, then prediction position). Required gold is matched first; the
predictions left over then absorb optional gold, and those pairs count neither way.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from statistics import fmean
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz

from summarizer.evals.gold import GoldFile, GoldPriority, GoldTarget
from summarizer.schema import ArticleSummary, Priority, Target
from summarizer.text import fold, is_grounded

VALUE_REL_TOL = 1e-6
QUOTE_PARTIAL_MIN = 80.0
TITLE_RATIO_MIN = 60.0

P = TypeVar("P", Target, Priority)
G = TypeVar("G", GoldTarget, GoldPriority)
Pair = tuple[int, int]
"""(index of the prediction, index of the gold item)."""


class ScoreModel(BaseModel):
    """Base of the score records; unknown fields are ignored so that older saved runs still load."""

    model_config = ConfigDict(extra="ignore")


class TargetScores(ScoreModel):
    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional_matched: int = 0
    precision: float = 1.0
    recall: float = 1.0
    f1: float = 1.0
    comparator_correct: int = 0
    deadline_correct: int = 0
    kind_correct: int = 0
    metric_similarity_sum: float = 0.0
    comparator_accuracy: float | None = None
    deadline_accuracy: float | None = None
    kind_accuracy: float | None = None
    metric_similarity: float | None = None


class PriorityScores(ScoreModel):
    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional_matched: int = 0
    precision: float = 1.0
    recall: float = 1.0
    f1: float = 1.0
    category_correct: int = 0
    category_accuracy: float | None = None


class ArticleScores(ScoreModel):
    """Every metric of one article, with the counts they come from."""

    targets: TargetScores
    priorities: PriorityScores
    region_attribution: float | None = None
    region_pairs: int = 0
    region_correct: int = 0
    grounding: float | None = None
    quotes: int = 0
    grounded_quotes: int = 0
    schema_failures: int = 0


class TargetTotals(TargetScores):
    """Micro scores (from summed counts) plus the macro means of the per-article scores."""

    macro_precision: float = 1.0
    macro_recall: float = 1.0
    macro_f1: float = 1.0


class PriorityTotals(PriorityScores):
    macro_precision: float = 1.0
    macro_recall: float = 1.0
    macro_f1: float = 1.0


class Totals(ScoreModel):
    articles: int
    targets: TargetTotals
    priorities: PriorityTotals
    region_attribution: float | None = None
    region_pairs: int = 0
    region_correct: int = 0
    macro_region_attribution: float | None = None
    grounding: float | None = None
    quotes: int = 0
    grounded_quotes: int = 0
    macro_grounding: float | None = None
    schema_failures: int = 0


class ErrorItem(ScoreModel):
    """One false positive or false negative, with its quote, for the error listing."""

    error: Literal["false_positive", "false_negative"]
    item: Literal["target", "priority"]
    region: str | None
    label: str
    quote: str
    note: str | None = None


class ScoredArticle(ScoreModel):
    scores: ArticleScores
    errors: list[ErrorItem]


class Matching(ScoreModel):
    """The outcome of matching one list of predictions against one list of gold items."""

    pairs: list[Pair]
    absorbed: list[Pair]
    unmatched_predictions: list[int]
    unmatched_gold: list[int]


# --- precision, recall, F1 ---------------------------------------------------------------------


def precision_recall_f1(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    """P, R, F1. Nothing to find and nothing predicted scores 1.0; predictions without gold score 0.0."""
    if tp + fp + fn == 0:
        return 1.0, 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def ratio(numerator: float, denominator: int) -> float | None:
    """A share, or None when there is nothing to share."""
    return numerator / denominator if denominator else None


# --- regions -----------------------------------------------------------------------------------


def region_groups(gold: GoldFile, prediction: ArticleSummary | None) -> list[frozenset[str]]:
    """Alias groups (a name with its aliases) from the gold file and from the prediction's regions."""
    groups = [frozenset(_region_names([r.name, *r.aliases])) for r in gold.regions]
    if prediction is not None:
        groups += [frozenset(_region_names([r.name, *r.aliases])) for r in prediction.regions]
    return [group for group in groups if group]


def regions_match(predicted: str | None, gold: str | None, groups: Sequence[frozenset[str]] = ()) -> bool:
    """Equal, an alias of one another (through `groups`), or one name ends with the other."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    predicted_names = _expand_aliases(fold(predicted), groups)
    gold_names = _expand_aliases(fold(gold), groups)
    return any(_names_match(a, b) for a in predicted_names for b in gold_names)


def _region_names(names: Iterable[str]) -> set[str]:
    return {folded for folded in (fold(name) for name in names) if folded}


def _expand_aliases(name: str, groups: Sequence[frozenset[str]]) -> set[str]:
    expanded = {name}
    for group in groups:
        if name in group:
            expanded |= group
    return {candidate for candidate in expanded if candidate}


def _names_match(a: str, b: str) -> bool:
    return a == b or a.endswith(b) or b.endswith(a)


# --- matching ----------------------------------------------------------------------------------


def quote_similarity(predicted_quote: str, gold_quote: str) -> float:
    """rapidfuzz partial_ratio of the folded quotes, 0-100."""
    return float(fuzz.partial_ratio(fold(predicted_quote), fold(gold_quote)))


def values_match(predicted: Target, gold: GoldTarget) -> bool:
    """Same unit, and value and value_high equal within a relative 1e-6."""
    if fold(predicted.unit) != fold(gold.unit):
        return False
    if not math.isclose(predicted.value, gold.value, rel_tol=VALUE_REL_TOL):
        return False
    if predicted.value_high is None or gold.value_high is None:
        return predicted.value_high is None and gold.value_high is None
    return math.isclose(predicted.value_high, gold.value_high, rel_tol=VALUE_REL_TOL)


def priorities_overlap(predicted: Priority, gold: GoldPriority) -> bool:
    """Quotes overlap (containment or partial_ratio >= 80) or titles are similar (ratio >= 60)."""
    predicted_quote, gold_quote = fold(predicted.quote), fold(gold.quote)
    if predicted_quote and gold_quote and (predicted_quote in gold_quote or gold_quote in predicted_quote):
        return True
    if fuzz.partial_ratio(predicted_quote, gold_quote) >= QUOTE_PARTIAL_MIN:
        return True
    return fuzz.ratio(fold(predicted.title), fold(gold.title)) >= TITLE_RATIO_MIN


def match_items(predictions: Sequence[P], golds: Sequence[G], matches: Callable[[P, G], bool]) -> Matching:
    """One-to-one pairs, closest quotes first: required gold first, then optional gold absorbs the rest."""
    required = [index for index, gold in enumerate(golds) if not gold.optional]
    optional = [index for index, gold in enumerate(golds) if gold.optional]
    pairs = _greedy_pairs(predictions, golds, range(len(predictions)), required, matches)
    paired = {prediction for prediction, _ in pairs}
    left = [index for index in range(len(predictions)) if index not in paired]
    absorbed = _greedy_pairs(predictions, golds, left, optional, matches)
    absorbed_predictions = {prediction for prediction, _ in absorbed}
    matched_gold = {gold for _, gold in pairs}
    return Matching(
        pairs=pairs,
        absorbed=absorbed,
        unmatched_predictions=[index for index in left if index not in absorbed_predictions],
        unmatched_gold=[index for index in required if index not in matched_gold],
    )


def _greedy_pairs(
    predictions: Sequence[P],
    golds: Sequence[G],
    prediction_indices: Iterable[int],
    gold_indices: Sequence[int],
    matches: Callable[[P, G], bool],
) -> list[Pair]:
    candidates = [
        (-quote_similarity(predictions[p].quote, golds[g].quote), g, p)
        for p in prediction_indices
        for g in gold_indices
        if matches(predictions[p], golds[g])
    ]
    used_predictions: set[int] = set()
    used_gold: set[int] = set()
    pairs: list[Pair] = []
    for _, gold_index, prediction_index in sorted(candidates):
        if gold_index in used_gold or prediction_index in used_predictions:
            continue
        used_gold.add(gold_index)
        used_predictions.add(prediction_index)
        pairs.append((prediction_index, gold_index))
    return sorted(pairs, key=lambda pair: pair[1])


# --- per article -------------------------------------------------------------------------------


def score_article(
    gold: GoldFile, prediction: ArticleSummary | None, article_text: str, schema_failure: bool = False
) -> ScoredArticle:
    """Score one article. `prediction` None (missing or invalid) scores every required gold item as missed."""
    groups = region_groups(gold, prediction)
    targets = list(prediction.targets) if prediction else []
    priorities = list(prediction.priorities) if prediction else []
    target_matching = match_items(targets, gold.targets, _target_matcher(groups))
    priority_matching = match_items(priorities, gold.priorities, _priority_matcher(groups))
    region_pairs, region_notes = _region_attribution(targets, gold.targets, groups)
    quotes, grounded = _grounding_counts(targets, priorities, article_text)
    failed = schema_failure or prediction is None or prediction.status != "ok"
    scores = ArticleScores(
        targets=_target_scores(targets, gold.targets, target_matching),
        priorities=_priority_scores(priorities, gold.priorities, priority_matching),
        region_pairs=len(region_pairs),
        region_correct=sum(region_pairs),
        region_attribution=ratio(sum(region_pairs), len(region_pairs)),
        quotes=quotes,
        grounded_quotes=grounded,
        grounding=ratio(grounded, quotes),
        schema_failures=1 if failed else 0,
    )
    errors = _target_errors(targets, gold.targets, target_matching, region_notes)
    errors += _priority_errors(priorities, gold.priorities, priority_matching)
    return ScoredArticle(scores=scores, errors=errors)


def _target_matcher(groups: Sequence[frozenset[str]]) -> Callable[[Target, GoldTarget], bool]:
    def matcher(predicted: Target, gold: GoldTarget) -> bool:
        return values_match(predicted, gold) and regions_match(predicted.region, gold.region, groups)

    return matcher


def _priority_matcher(groups: Sequence[frozenset[str]]) -> Callable[[Priority, GoldPriority], bool]:
    def matcher(predicted: Priority, gold: GoldPriority) -> bool:
        return regions_match(predicted.region, gold.region, groups) and priorities_overlap(predicted, gold)

    return matcher


def _target_scores(
    predictions: Sequence[Target], golds: Sequence[GoldTarget], matching: Matching
) -> TargetScores:
    matched = [(predictions[p], golds[g]) for p, g in matching.pairs]
    comparator = sum(predicted.comparator == gold.comparator for predicted, gold in matched)
    deadline = sum(predicted.deadline == gold.deadline for predicted, gold in matched)
    kind = sum(predicted.kind == gold.kind for predicted, gold in matched)
    similarity = sum(fuzz.ratio(fold(p.metric), fold(g.metric)) / 100 for p, g in matched)
    return target_scores_from_counts(
        tp=len(matched),
        fp=len(matching.unmatched_predictions),
        fn=len(matching.unmatched_gold),
        optional_matched=len(matching.absorbed),
        comparator_correct=comparator,
        deadline_correct=deadline,
        kind_correct=kind,
        metric_similarity_sum=similarity,
    )


def target_scores_from_counts(
    *,
    tp: int,
    fp: int,
    fn: int,
    optional_matched: int,
    comparator_correct: int,
    deadline_correct: int,
    kind_correct: int,
    metric_similarity_sum: float,
) -> TargetScores:
    """Target scores with every rate derived from the counts."""
    precision, recall, f1 = precision_recall_f1(tp, fp, fn)
    return TargetScores(
        tp=tp,
        fp=fp,
        fn=fn,
        optional_matched=optional_matched,
        precision=precision,
        recall=recall,
        f1=f1,
        comparator_correct=comparator_correct,
        deadline_correct=deadline_correct,
        kind_correct=kind_correct,
        metric_similarity_sum=metric_similarity_sum,
        comparator_accuracy=ratio(comparator_correct, tp),
        deadline_accuracy=ratio(deadline_correct, tp),
        kind_accuracy=ratio(kind_correct, tp),
        metric_similarity=ratio(metric_similarity_sum, tp),
    )


def _priority_scores(
    predictions: Sequence[Priority], golds: Sequence[GoldPriority], matching: Matching
) -> PriorityScores:
    category = sum(predictions[p].category == golds[g].category for p, g in matching.pairs)
    return priority_scores_from_counts(
        tp=len(matching.pairs),
        fp=len(matching.unmatched_predictions),
        fn=len(matching.unmatched_gold),
        optional_matched=len(matching.absorbed),
        category_correct=category,
    )


def priority_scores_from_counts(
    *, tp: int, fp: int, fn: int, optional_matched: int, category_correct: int
) -> PriorityScores:
    """Priority scores with every rate derived from the counts."""
    precision, recall, f1 = precision_recall_f1(tp, fp, fn)
    return PriorityScores(
        tp=tp,
        fp=fp,
        fn=fn,
        optional_matched=optional_matched,
        precision=precision,
        recall=recall,
        f1=f1,
        category_correct=category_correct,
        category_accuracy=ratio(category_correct, tp),
    )


def _region_attribution(
    predictions: Sequence[Target], golds: Sequence[GoldTarget], groups: Sequence[frozenset[str]]
) -> tuple[list[bool], dict[tuple[str, int], str]]:
    """Match with region ignored; per required pair, whether the region is right; notes for the listing."""
    matching = match_items(predictions, golds, values_match)
    right: list[bool] = []
    notes: dict[tuple[str, int], str] = {}
    for p, g in matching.pairs:
        predicted_region, gold_region = predictions[p].region, golds[g].region
        correct = regions_match(predicted_region, gold_region, groups)
        right.append(correct)
        if not correct:
            notes[("prediction", p)] = f"region: gold says {gold_region}"
            notes[("gold", g)] = f"region: predicted as {predicted_region}"
    return right, notes


def _grounding_counts(
    targets: Sequence[Target], priorities: Sequence[Priority], article_text: str
) -> tuple[int, int]:
    """(predicted quotes, those that occur in the folded article)."""
    folded_article = fold(article_text)
    quotes = [target.quote for target in targets] + [priority.quote for priority in priorities]
    return len(quotes), sum(is_grounded(quote, folded_article) for quote in quotes)


# --- the error listing -------------------------------------------------------------------------


def target_label(target: Target | GoldTarget) -> str:
    """How a target reads in the listing: metric, raw, and the canonical value."""
    value = f"{target.value:g}" if target.value_high is None else f"{target.value:g}~{target.value_high:g}"
    return f"{target.metric} {target.raw} (= {value} {target.unit}, {target.comparator}, {target.deadline})"


def priority_label(priority: Priority | GoldPriority) -> str:
    return f"{priority.title} [{priority.category}]"


def _target_errors(
    predictions: Sequence[Target],
    golds: Sequence[GoldTarget],
    matching: Matching,
    notes: dict[tuple[str, int], str],
) -> list[ErrorItem]:
    false_positives = [
        ErrorItem(
            error="false_positive",
            item="target",
            region=predictions[p].region,
            label=target_label(predictions[p]),
            quote=predictions[p].quote,
            note=notes.get(("prediction", p)),
        )
        for p in matching.unmatched_predictions
    ]
    false_negatives = [
        ErrorItem(
            error="false_negative",
            item="target",
            region=golds[g].region,
            label=target_label(golds[g]),
            quote=golds[g].quote,
            note=notes.get(("gold", g)),
        )
        for g in matching.unmatched_gold
    ]
    return false_positives + false_negatives


def _priority_errors(
    predictions: Sequence[Priority], golds: Sequence[GoldPriority], matching: Matching
) -> list[ErrorItem]:
    false_positives = [
        ErrorItem(
            error="false_positive",
            item="priority",
            region=predictions[p].region,
            label=priority_label(predictions[p]),
            quote=predictions[p].quote,
        )
        for p in matching.unmatched_predictions
    ]
    false_negatives = [
        ErrorItem(
            error="false_negative",
            item="priority",
            region=golds[g].region,
            label=priority_label(golds[g]),
            quote=golds[g].quote,
        )
        for g in matching.unmatched_gold
    ]
    return false_positives + false_negatives


# --- totals ------------------------------------------------------------------------------------


def total_scores(articles: Sequence[ArticleScores]) -> Totals:
    """Micro scores from the summed counts, macro scores as means of the per-article scores."""
    region_pairs = sum(a.region_pairs for a in articles)
    region_correct = sum(a.region_correct for a in articles)
    quotes = sum(a.quotes for a in articles)
    grounded = sum(a.grounded_quotes for a in articles)
    return Totals(
        articles=len(articles),
        targets=_target_totals([a.targets for a in articles]),
        priorities=_priority_totals([a.priorities for a in articles]),
        region_pairs=region_pairs,
        region_correct=region_correct,
        region_attribution=ratio(region_correct, region_pairs),
        macro_region_attribution=_mean_defined(a.region_attribution for a in articles),
        quotes=quotes,
        grounded_quotes=grounded,
        grounding=ratio(grounded, quotes),
        macro_grounding=_mean_defined(a.grounding for a in articles),
        schema_failures=sum(a.schema_failures for a in articles),
    )


def _target_totals(scores: Sequence[TargetScores]) -> TargetTotals:
    summed = target_scores_from_counts(
        tp=sum(s.tp for s in scores),
        fp=sum(s.fp for s in scores),
        fn=sum(s.fn for s in scores),
        optional_matched=sum(s.optional_matched for s in scores),
        comparator_correct=sum(s.comparator_correct for s in scores),
        deadline_correct=sum(s.deadline_correct for s in scores),
        kind_correct=sum(s.kind_correct for s in scores),
        metric_similarity_sum=sum(s.metric_similarity_sum for s in scores),
    )
    return TargetTotals.model_validate(summed.model_dump() | _macro(scores))


def _priority_totals(scores: Sequence[PriorityScores]) -> PriorityTotals:
    summed = priority_scores_from_counts(
        tp=sum(s.tp for s in scores),
        fp=sum(s.fp for s in scores),
        fn=sum(s.fn for s in scores),
        optional_matched=sum(s.optional_matched for s in scores),
        category_correct=sum(s.category_correct for s in scores),
    )
    return PriorityTotals.model_validate(summed.model_dump() | _macro(scores))


def _macro(scores: Sequence[TargetScores | PriorityScores]) -> dict[str, float]:
    if not scores:
        return {"macro_precision": 1.0, "macro_recall": 1.0, "macro_f1": 1.0}
    return {
        "macro_precision": fmean(s.precision for s in scores),
        "macro_recall": fmean(s.recall for s in scores),
        "macro_f1": fmean(s.f1 for s in scores),
    }


def _mean_defined(values: Iterable[float | None]) -> float | None:
    defined = [value for value in values if value is not None]
    return fmean(defined) if defined else None
