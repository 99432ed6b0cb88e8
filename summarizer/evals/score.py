"""The scorer: guidelines §5, exactly. Predictions (ArticleSummary) against one gold file, then totals.

Pairs are made one to one, greedily, in order of quote similarity (rapidfuzz partial_ratio on folded
quotes; ties by gold position, then prediction position). Required gold is matched first; the
predictions left over then absorb optional gold, and those pairs count neither way.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from statistics import fmean
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, computed_field
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


CountsT = TypeVar("CountsT", bound="Counts")


class Counts(ScoreModel):
    """True positives, false positives, false negatives: every rate is computed from these, for one
    article, for the totals and for each bootstrap resample alike."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        return precision_recall_f1(self.tp, self.fp, self.fn)[0]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        return precision_recall_f1(self.tp, self.fp, self.fn)[1]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        return precision_recall_f1(self.tp, self.fp, self.fn)[2]

    def counts(self) -> dict[str, Any]:
        """The stored counts (not the rates computed from them)."""
        return {name: getattr(self, name) for name in type(self).model_fields}

    @classmethod
    def summed(cls: type[CountsT], items: Iterable[Counts]) -> CountsT:
        """Every count summed over `items` (which must all be of this class)."""
        materialized = list(items)
        return cls(**{name: sum(getattr(item, name) for item in materialized) for name in cls.model_fields})


class TargetScores(Counts):
    optional_matched: int = 0
    strict_tp: int = 0
    """Matched pairs whose deadline and comparator are equal too (guidelines §5, strict)."""
    comparator_correct: int = 0
    deadline_correct: int = 0
    kind_correct: int = 0
    metric_similarity_sum: float = 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def comparator_accuracy(self) -> float | None:
        return ratio(self.comparator_correct, self.tp)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def deadline_accuracy(self) -> float | None:
        return ratio(self.deadline_correct, self.tp)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def kind_accuracy(self) -> float | None:
        return ratio(self.kind_correct, self.tp)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def metric_similarity(self) -> float | None:
        return ratio(self.metric_similarity_sum, self.tp)

    @property
    def strict(self) -> Counts:
        """A matched pair with the wrong deadline or comparator is both a false positive and a false
        negative in the strict counts."""
        wrong = self.tp - self.strict_tp
        return Counts(tp=self.strict_tp, fp=self.fp + wrong, fn=self.fn + wrong)


class PriorityScores(Counts):
    optional_matched: int = 0
    category_correct: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def category_accuracy(self) -> float | None:
        return ratio(self.category_correct, self.tp)


class RegionsAndGrounding(ScoreModel):
    """Region attribution and grounding, each a share computed from its two counts."""

    region_pairs: int = 0
    region_correct: int = 0
    quotes: int = 0
    grounded_quotes: int = 0
    schema_failures: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def region_attribution(self) -> float | None:
        return ratio(self.region_correct, self.region_pairs)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def grounding(self) -> float | None:
        return ratio(self.grounded_quotes, self.quotes)


class ArticleScores(RegionsAndGrounding):
    """Every metric of one article, with the counts they come from."""

    targets: TargetScores
    priorities: PriorityScores

    @computed_field  # type: ignore[prop-decorator]
    @property
    def targets_strict(self) -> Counts:
        return self.targets.strict


class MacroScores(ScoreModel):
    """Means of the per-article precision, recall and F1."""

    macro_precision: float = 1.0
    macro_recall: float = 1.0
    macro_f1: float = 1.0


class TargetTotals(TargetScores, MacroScores):
    """Micro scores (from summed counts) plus the macro means of the per-article scores."""


class PriorityTotals(PriorityScores, MacroScores):
    pass


class StrictTotals(Counts, MacroScores):
    """Strict target scores: micro from the summed strict counts, macro over articles."""


class Totals(RegionsAndGrounding):
    articles: int
    targets: TargetTotals
    targets_strict: StrictTotals = Field(default_factory=StrictTotals)
    priorities: PriorityTotals
    macro_region_attribution: float | None = None
    macro_grounding: float | None = None
    by_genre: dict[str, Totals] = Field(default_factory=dict)


class ErrorItem(ScoreModel):
    """One false positive or false negative, with its quote, for the error listing."""

    error: Literal["false_positive", "false_negative", "wrong_deadline", "wrong_comparator"]
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
        quotes=quotes,
        grounded_quotes=grounded,
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
    return TargetScores(
        tp=len(matched),
        fp=len(matching.unmatched_predictions),
        fn=len(matching.unmatched_gold),
        optional_matched=len(matching.absorbed),
        strict_tp=sum(strictly_equal(predicted, gold) for predicted, gold in matched),
        comparator_correct=sum(predicted.comparator == gold.comparator for predicted, gold in matched),
        deadline_correct=sum(predicted.deadline == gold.deadline for predicted, gold in matched),
        kind_correct=sum(predicted.kind == gold.kind for predicted, gold in matched),
        metric_similarity_sum=sum(fuzz.ratio(fold(p.metric), fold(g.metric)) / 100 for p, g in matched),
    )


def strictly_equal(predicted: Target, gold: GoldTarget) -> bool:
    """A matched pair that is also a strict true positive: same deadline and comparator."""
    return predicted.deadline == gold.deadline and predicted.comparator == gold.comparator


def _priority_scores(
    predictions: Sequence[Priority], golds: Sequence[GoldPriority], matching: Matching
) -> PriorityScores:
    return PriorityScores(
        tp=len(matching.pairs),
        fp=len(matching.unmatched_predictions),
        fn=len(matching.unmatched_gold),
        optional_matched=len(matching.absorbed),
        category_correct=sum(predictions[p].category == golds[g].category for p, g in matching.pairs),
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
    return false_positives + false_negatives + _wrong_fields(predictions, golds, matching)


def _wrong_fields(
    predictions: Sequence[Target], golds: Sequence[GoldTarget], matching: Matching
) -> list[ErrorItem]:
    """Matched pairs that strict scoring counts wrong: one item per field that differs."""
    wrong: list[ErrorItem] = []
    for p, g in matching.pairs:
        predicted, gold = predictions[p], golds[g]
        for field_name in ("deadline", "comparator"):
            gold_value, predicted_value = getattr(gold, field_name), getattr(predicted, field_name)
            if gold_value != predicted_value:
                wrong.append(
                    ErrorItem(
                        error="wrong_deadline" if field_name == "deadline" else "wrong_comparator",
                        item="target",
                        region=gold.region,
                        label=target_label(gold),
                        quote=predicted.quote,
                        note=f"{field_name}: gold {gold_value}, predicted {predicted_value}",
                    )
                )
    return wrong


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
    targets = [a.targets for a in articles]
    strict = [a.targets_strict for a in articles]
    priorities = [a.priorities for a in articles]
    return Totals(
        articles=len(articles),
        targets=TargetTotals(**TargetScores.summed(targets).counts(), **_macro(targets)),
        targets_strict=StrictTotals(**Counts.summed(strict).counts(), **_macro(strict)),
        priorities=PriorityTotals(**PriorityScores.summed(priorities).counts(), **_macro(priorities)),
        region_pairs=sum(a.region_pairs for a in articles),
        region_correct=sum(a.region_correct for a in articles),
        macro_region_attribution=_mean_defined(a.region_attribution for a in articles),
        quotes=sum(a.quotes for a in articles),
        grounded_quotes=sum(a.grounded_quotes for a in articles),
        macro_grounding=_mean_defined(a.grounding for a in articles),
        schema_failures=sum(a.schema_failures for a in articles),
    )


def _macro(scores: Sequence[Counts]) -> dict[str, Any]:
    if not scores:
        return MacroScores().model_dump()
    return MacroScores(
        macro_precision=fmean(s.precision for s in scores),
        macro_recall=fmean(s.recall for s in scores),
        macro_f1=fmean(s.f1 for s in scores),
    ).model_dump()


def _mean_defined(values: Iterable[float | None]) -> float | None:
    defined = [value for value in values if value is not None]
    return fmean(defined) if defined else None
