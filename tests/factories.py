"""One target and one priority (seed 000's 托克托县 investment lines) built as gold or as predictions.

Tests override only the fields they are about.
"""

from __future__ import annotations

from typing import Any

from summarizer.evals.gold import GoldPriority, GoldTarget
from summarizer.schema import Priority, Target

TARGET_FIELDS: dict[str, Any] = {
    "region": "托克托县",
    "metric": "重大项目实施数量",
    "raw": "90个以上",
    "value": 90.0,
    "unit": "个",
    "comparator": "at_least",
    "deadline": "2024",
    "kind": "action",
    "quote": "全年实施重大项目90个以上",
}
PRIORITY_FIELDS: dict[str, Any] = {
    "region": "托克托县",
    "category": "investment",
    "title": "抓好项目建设和招商引资",
    "quote": "坚定不移抓好项目建设和招商引资",
}


def gold_target(**fields: Any) -> GoldTarget:
    return GoldTarget.model_validate({**TARGET_FIELDS, **fields})


def predicted_target(**fields: Any) -> Target:
    return Target.model_validate({**TARGET_FIELDS, **fields})


def gold_priority(**fields: Any) -> GoldPriority:
    return GoldPriority.model_validate({**PRIORITY_FIELDS, **fields})


def predicted_priority(**fields: Any) -> Priority:
    return Priority.model_validate({**PRIORITY_FIELDS, **fields})
