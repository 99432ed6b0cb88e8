"""Saved eval runs: run a backend over the gold set, rescore stored predictions, save, load and bless runs."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from summarizer.errors import GoldError, first_validation_error, public_url
from summarizer.evals.gold import (
    GoldFile,
    article_path,
    gold_fingerprint,
    label_problems,
    load_article,
    load_gold_dir,
)
from summarizer.evals.score import ArticleScores, ErrorItem, Totals, score_article, total_scores
from summarizer.io import write_atomically
from summarizer.schema import ArticleSummary, Provenance, Usage
from summarizer.text import sha256_hex

if TYPE_CHECKING:
    from summarizer.config import Settings
    from summarizer.ingest.load import Document

RUN_FORMAT = 1
DEFAULT_BASELINES_DIR = Path("evals") / "baselines"


class RunModel(BaseModel):
    """Base of the run records; unknown fields are ignored so that runs from older versions still load."""

    model_config = ConfigDict(extra="ignore")


class RunConfig(RunModel):
    """What produced the predictions and what they were scored against."""

    backend: str
    model: str | None = None
    base_url: str | None = None
    mode: str | None = None
    prompt_id: str | None = None
    prompt_sha256: str | None = None
    code_version: str
    date: str
    gold_dir: str
    gold_fingerprint: str
    root: str


class RunUsage(RunModel):
    calls: int = 0
    cached_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    tokens: int = 0
    cost_usd: float = 0.0


class ArticleResult(RunModel):
    """One gold article: the prediction as stored JSON, its scores and its false positives / negatives."""

    id: str
    file: str
    genre: str | None = None
    prediction: dict[str, Any] | None
    prediction_error: str | None = None
    scores: ArticleScores
    errors: list[ErrorItem] = Field(default_factory=list)


class EvalRun(RunModel):
    format: int = RUN_FORMAT
    config: RunConfig
    totals: Totals
    articles: list[ArticleResult]
    wall_time_s: float | None = None
    usage: RunUsage | None = None
    gold_warnings: list[str] = Field(
        default_factory=list,
        exclude=True,
        description="Problems of the gold labels seen while scoring; not saved.",
    )

    def article(self, article_id: str) -> ArticleResult:
        """The result of one article; an unknown id is an error listing the known ones."""
        for result in self.articles:
            if result.id == article_id:
                return result
        known = ", ".join(result.id for result in self.articles)
        raise GoldError(f"no article {article_id!r} in this run (known: {known})")


# --- configuration -----------------------------------------------------------------------------


def run_config(provenance: Provenance, gold_dir: Path, root: Path) -> RunConfig:
    """The run's configuration from the backend's provenance; credentials never reach it."""
    return RunConfig(
        backend=provenance.backend,
        model=provenance.model,
        base_url=public_url(provenance.base_url) if provenance.base_url else None,
        mode=provenance.mode,
        prompt_id=provenance.prompt_id,
        prompt_sha256=provenance.prompt_sha256,
        code_version=provenance.code_version,
        date=datetime.now(UTC).isoformat(timespec="seconds"),
        gold_dir=str(gold_dir),
        gold_fingerprint=gold_fingerprint(gold_dir),
        root=str(root),
    )


def run_usage(summaries: Sequence[ArticleSummary]) -> RunUsage | None:
    """Calls, tokens and cost summed over the predictions' provenance; None when there were no calls."""
    total = sum((summary.provenance.usage for summary in summaries), Usage())
    if total.calls == 0 and total.total_tokens == 0 and total.cost_usd == 0:
        return None
    return RunUsage(
        calls=total.calls,
        cached_calls=total.cached_calls,
        prompt_tokens=total.prompt_tokens,
        completion_tokens=total.completion_tokens,
        tokens=total.total_tokens,
        cost_usd=total.cost_usd,
    )


# --- running and scoring -----------------------------------------------------------------------


def load_gold_articles(gold_dir: Path, root: Path) -> list[tuple[GoldFile, Document]]:
    """Each gold file with its article; an article whose bytes changed since labeling is an error."""
    pairs = []
    for gold in load_gold_dir(gold_dir):
        document = load_article(gold, root)
        path = article_path(gold, root)
        if sha256_hex(path.read_bytes()) != gold.sha256:
            raise GoldError(
                f"{path}: the article changed since gold {gold.article!r} was labeled (sha256 differs)"
            )
        pairs.append((gold, document))
    return pairs


def run_eval(settings: Settings, gold_dir: Path, root: Path) -> EvalRun:
    """Run the configured backend over every gold article and score its predictions."""
    from summarizer.extract.pipeline import build_backend, summarize_documents

    gold_articles = load_gold_articles(gold_dir, root)
    # Gold article ids are unique; keyed by them, predictions cannot collide on file stems.
    documents = [document.model_copy(update={"id": gold.article}) for gold, document in gold_articles]
    backend = build_backend(settings)
    started = time.perf_counter()
    summaries = list(summarize_documents(documents, backend))
    wall_time = time.perf_counter() - started
    predictions: dict[str, dict[str, Any] | None] = {
        summary.article_id: sanitized_prediction(summary) for summary in summaries
    }
    config = run_config(backend.provenance(), gold_dir, root)
    run = scored_run(
        config, gold_articles, predictions, wall_time_s=round(wall_time, 3), usage=run_usage(summaries)
    )
    run.gold_warnings = gold_warnings(gold_articles)
    return run


def gold_warnings(gold_articles: Sequence[tuple[GoldFile, Document]]) -> list[str]:
    """The checks of `evals/check_gold.py` on every gold file scored, one line per problem, so a broken
    gold file is seen on every eval."""
    return [
        f"gold {gold.article}: {problem}"
        for gold, document in gold_articles
        for problem in label_problems(gold, document.text)
    ]


def scored_run(
    config: RunConfig,
    gold_articles: Sequence[tuple[GoldFile, Document]],
    predictions: Mapping[str, dict[str, Any] | None],
    wall_time_s: float | None = None,
    usage: RunUsage | None = None,
) -> EvalRun:
    """A run from stored predictions (JSON, keyed by gold article id): per-article scores and totals."""
    articles = score_predictions(gold_articles, predictions)
    totals = total_scores([result.scores for result in articles])
    totals.by_genre = genre_totals(articles)
    return EvalRun(config=config, articles=articles, totals=totals, wall_time_s=wall_time_s, usage=usage)


def genre_totals(articles: Sequence[ArticleResult]) -> dict[str, Totals]:
    """Totals per gold `genre`, for the articles whose gold file names one."""
    genres = sorted({result.genre for result in articles if result.genre is not None})
    return {
        genre: total_scores([result.scores for result in articles if result.genre == genre])
        for genre in genres
    }


def sanitized_prediction(summary: ArticleSummary) -> dict[str, Any]:
    """The prediction as JSON, with credentials stripped from the provenance's base URL."""
    data = summary.model_dump(mode="json")
    data["provenance"]["base_url"] = (
        public_url(summary.provenance.base_url) if summary.provenance.base_url else None
    )
    return data


def score_predictions(
    gold_articles: Sequence[tuple[GoldFile, Document]], predictions: Mapping[str, dict[str, Any] | None]
) -> list[ArticleResult]:
    """Score stored predictions (JSON) per gold article; one that fails to validate is a schema failure."""
    results = []
    for gold, document in gold_articles:
        stored = predictions.get(gold.article)
        prediction, error = validate_prediction(stored)
        scored = score_article(gold, prediction, document.text, schema_failure=error is not None)
        results.append(
            ArticleResult(
                id=gold.article,
                file=gold.file,
                genre=gold.genre,
                prediction=stored,
                prediction_error=error,
                scores=scored.scores,
                errors=scored.errors,
            )
        )
    return results


def validate_prediction(stored: dict[str, Any] | None) -> tuple[ArticleSummary | None, str | None]:
    """The stored prediction as an ArticleSummary, or None and the reason it is not one."""
    if stored is None:
        return None, "no prediction"
    try:
        return ArticleSummary.model_validate(stored), None
    except ValidationError as exc:
        return None, f"invalid prediction: {first_validation_error(exc)}"


def rescore_run(run: EvalRun, gold_dir: Path, root: Path) -> EvalRun:
    """The run's stored predictions scored against the current gold set and scorer; no backend runs."""
    gold_articles = load_gold_articles(gold_dir, root)
    predictions = {result.id: result.prediction for result in run.articles}
    config = run.config.model_copy(
        update={"gold_dir": str(gold_dir), "gold_fingerprint": gold_fingerprint(gold_dir), "root": str(root)}
    )
    rescored = scored_run(config, gold_articles, predictions, wall_time_s=run.wall_time_s, usage=run.usage)
    rescored.gold_warnings = gold_warnings(gold_articles)
    return rescored


# --- files -------------------------------------------------------------------------------------


def save_run(run: EvalRun, path: Path) -> None:
    """Write a run as indented JSON, atomically."""
    write_atomically(path, run.model_dump_json(indent=2) + "\n")


def load_run(path: Path) -> EvalRun:
    """A saved run; a file that is not one raises GoldError naming the file and the field."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read eval run: {exc}") from None
    try:
        return EvalRun.model_validate_json(text)
    except ValidationError as exc:
        raise GoldError(f"{path}: not an eval run: {first_validation_error(exc)}") from None


SPLIT_NAMES = ("dev", "test")


def baseline_path(run: EvalRun, baselines_dir: Path = DEFAULT_BASELINES_DIR) -> Path:
    """Where `bless` puts a run by default: <baselines_dir>/<backend>-<split>.json for a run on the dev or
    test split, else <baselines_dir>/<backend>.json."""
    backend = re.sub(r"[^A-Za-z0-9_.-]", "_", run.config.backend) or "backend"
    split = Path(run.config.gold_dir).name
    return baselines_dir / (f"{backend}-{split}.json" if split in SPLIT_NAMES else f"{backend}.json")


def bless_run(run_path: Path, destination: Path | None = None) -> Path:
    """Copy a valid run byte for byte to `destination` or the backend's baseline file; the path written."""
    run = load_run(run_path)
    target = destination or baseline_path(run)
    write_atomically(target, run_path.read_text(encoding="utf-8"))
    return target


def result_json(run: EvalRun) -> str:
    """The machine-readable result: config, totals and per-article scores and errors, no predictions."""
    data = run.model_dump(mode="json", exclude={"articles": {"__all__": {"prediction"}}})
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
