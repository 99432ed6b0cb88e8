"""Small hand-made summaries for the data-layer tests: every quote found in the cleaned text, spans exact."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from summarizer.schema import ArticleSummary, Priority, Provenance, Region, Target
from summarizer.text import sha256_hex


def target(text: str, quote: str, metric: str, raw: str, value: float, unit: str, **fields: object) -> Target:
    """A target whose quote is found in `text` (its span set), with the given fields."""
    start = text.index(quote)
    defaults: dict[str, object] = {"region": "托克托县", "comparator": "at_least", "kind": "goal"}
    return Target.model_validate(
        {**defaults, "metric": metric, "raw": raw, "value": value, "unit": unit, "quote": quote,
         "span": (start, start + len(quote)), **fields}
    )  # fmt: skip


def priority(text: str, quote: str, category: str, region: str = "托克托县") -> Priority:
    start = text.index(quote)
    return Priority.model_validate(
        {"region": region, "category": category, "title": quote[:12], "quote": quote,
         "span": (start, start + len(quote))}
    )  # fmt: skip


def summary(
    text: str,
    targets: Sequence[Target],
    priorities: Sequence[Priority] = (),
    *,
    date: str | None = None,
    article_id: str = "a",
    backend: str = "rules",
    model: str | None = None,
    status: str = "ok",
) -> ArticleSummary:
    """An article about 托克托县 (official 高正) with the given items."""
    return ArticleSummary.model_validate(
        {
            "article_id": article_id,
            "source_path": f"{article_id}.txt",
            "sha256": sha256_hex(text),
            "title": f"标题 {article_id}",
            "date": date,
            "plan_year": int(date[:4]) if date else None,
            "regions": [Region(name="托克托县", aliases=["托县"], official="高正", position="县长")],
            "priorities": list(priorities),
            "targets": list(targets),
            "status": status,
            "cleaned_text": text,
            "provenance": Provenance(backend=backend, model=model, code_version="0.1.0"),
        }
    )


def write_jsonl(path: Path, summaries: Sequence[ArticleSummary]) -> Path:
    path.write_text("".join(item.model_dump_json() + "\n" for item in summaries), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[ArticleSummary]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ArticleSummary.model_validate_json(line) for line in lines if line.strip()]
