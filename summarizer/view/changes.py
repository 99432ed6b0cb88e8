"""What changed between two runs over the same articles: per article (paired by sha256), the targets and
priorities only one run has, the targets whose fields differ, and for two eval runs the errors fixed and
the errors new."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from summarizer.data.rows import Row
from summarizer.text import fold
from summarizer.view.data import ViewData

TARGET_FIELDS = ("region", "metric", "value", "value_high", "unit", "comparator", "deadline", "kind")
"""A target of both runs (the same figure in the same quote) whose fields differ has changed."""


@dataclass
class FieldChange:
    base: Row
    new: Row
    fields: list[str]


@dataclass
class ArticleChanges:
    """One article's differences; `key` is its key in the new run (or the base run's when only it has it)."""

    key: str
    title: str
    only_base: bool = False
    only_new: bool = False
    added: list[Row] = field(default_factory=list)
    removed: list[Row] = field(default_factory=list)
    changed: list[FieldChange] = field(default_factory=list)
    priorities_added: list[Row] = field(default_factory=list)
    priorities_removed: list[Row] = field(default_factory=list)
    errors_fixed: list[str] = field(default_factory=list)
    errors_new: list[str] = field(default_factory=list)
    f1: tuple[float, float] | None = None

    @property
    def any(self) -> bool:
        return bool(self.only_base or self.only_new or self.added or self.removed or self.changed
                    or self.priorities_added or self.priorities_removed or self.errors_fixed
                    or self.errors_new)  # fmt: skip


def target_identity(row: Row) -> tuple[str, str]:
    """The same figure in the same quote: the raw quantity and the folded quote."""
    return str(row.get("raw") or ""), fold(str(row.get("quote") or ""))


def priority_identity(row: Row) -> tuple[str, str]:
    return str(row.get("title") or ""), fold(str(row.get("quote") or ""))


def rows_by_article(rows: list[Row]) -> dict[str, list[Row]]:
    grouped: dict[str, list[Row]] = {}
    for row in rows:
        grouped.setdefault(str(row["article_key"]), []).append(row)
    return grouped


def compare_views(base: ViewData, new: ViewData) -> list[ArticleChanges]:
    """Every article that differs, in the new run's order, then the articles only the base run has."""
    base_keys, new_keys = base.by_sha(), new.by_sha()
    base_targets, new_targets = rows_by_article(base.targets), rows_by_article(new.targets)
    base_priorities, new_priorities = rows_by_article(base.priorities), rows_by_article(new.priorities)
    found = []
    for sha, key in new_keys.items():
        title = str(new.articles[key].get("article_title") or new.articles[key].get("source") or key)
        changes = ArticleChanges(key=key, title=title)
        old_key = base_keys.get(sha)
        if old_key is None:
            changes.only_new = True
        else:
            diff_targets(base_targets.get(old_key, []), new_targets.get(key, []), changes)
            changes.priorities_added, changes.priorities_removed = one_sided(
                base_priorities.get(old_key, []), new_priorities.get(key, []), priority_identity
            )
            diff_evaluations(base, old_key, new, key, changes)
        if changes.any:
            found.append(changes)
    for sha, key in base_keys.items():
        if sha not in new_keys:
            title = str(base.articles[key].get("article_title") or base.articles[key].get("source") or key)
            found.append(ArticleChanges(key=key, title=title, only_base=True))
    return found


def one_sided(base: list[Row], new: list[Row], identity: object) -> tuple[list[Row], list[Row]]:
    """(rows only the new run has, rows only the base run has), counting repeated identities."""
    key = identity if callable(identity) else target_identity
    base_left = Counter(key(row) for row in base)
    new_left = Counter(key(row) for row in new)
    added = []
    for row in new:
        if base_left[key(row)] > 0:
            base_left[key(row)] -= 1
        else:
            added.append(row)
    removed = []
    for row in base:
        if new_left[key(row)] > 0:
            new_left[key(row)] -= 1
        else:
            removed.append(row)
    return added, removed


def diff_targets(base: list[Row], new: list[Row], changes: ArticleChanges) -> None:
    unmatched_base: dict[tuple[str, str], list[Row]] = {}
    for row in base:
        unmatched_base.setdefault(target_identity(row), []).append(row)
    for row in new:
        candidates = unmatched_base.get(target_identity(row))
        if not candidates:
            changes.added.append(row)
            continue
        old = candidates.pop(0)
        differing = [name for name in TARGET_FIELDS if old.get(name) != row.get(name)]
        if differing:
            changes.changed.append(FieldChange(old, row, differing))
    changes.removed = [row for rows in unmatched_base.values() for row in rows]


def diff_evaluations(base: ViewData, base_key: str, new: ViewData, key: str, changes: ArticleChanges) -> None:
    old, now = base.evaluations.get(base_key), new.evaluations.get(key)
    if old is None or now is None:
        return
    old_errors = {error_line(error) for error in old.errors}
    new_errors = {error_line(error) for error in now.errors}
    changes.errors_fixed = sorted(old_errors - new_errors)
    changes.errors_new = sorted(new_errors - old_errors)
    if old.targets_f1 != now.targets_f1:
        changes.f1 = (old.targets_f1, now.targets_f1)


def error_line(error: object) -> str:
    kind = getattr(error, "error", "")
    return f"{kind.replace('_', ' ')} ({getattr(error, 'item', '')}): {getattr(error, 'label', '')}"
