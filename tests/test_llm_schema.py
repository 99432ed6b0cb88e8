"""The per-chunk response model: grounding validators, lenient parsing, and numbers computed by code."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from summarizer.extract.llm.assemble import ChunkResult, assemble_extraction, build_targets, choose_comparator
from summarizer.extract.llm.chunk import Chunk
from summarizer.extract.llm.schema import (
    CONTEXT_KEY,
    ChunkAnswer,
    ChunkContext,
    TargetItem,
    parse_leniently,
    schema_sha256,
)
from summarizer.parse.quantities import parse_quantity
from summarizer.schema import Region

TOKETUO = Region(name="托克托县", aliases=["托县"])
HOHHOT = Region(name="呼和浩特市", aliases=["首府"])
TEXT = "全年实施重大项目90个以上，物流业营业额突破85亿元，焦化产能由现有300万吨提升到720万吨。"
CONTEXT = ChunkContext.build(TEXT, [TOKETUO, HOHHOT])
CHUNK = Chunk(index=0, start=100, end=100 + len(TEXT), text=TEXT, region=TOKETUO, plan_year=2024)


def target(**overrides: Any) -> dict[str, Any]:
    item = {
        "quote": "全年实施重大项目90个以上",
        "raw": "90个以上",
        "metric": "重大项目实施数量",
        "comparator": "at_least",
        "deadline": "全年",
        "kind": "action",
        "region": None,
    }
    return {**item, **overrides}


def validate(answer: dict[str, Any]) -> ChunkAnswer:
    return ChunkAnswer.model_validate_json(
        json.dumps(answer, ensure_ascii=False), context={CONTEXT_KEY: CONTEXT}
    )


def test_a_grounded_answer_validates() -> None:
    answer = validate(
        {
            "priorities": [{"title": "项目建设", "category": "investment", "quote": "全年实施重大项目"}],
            "targets": [target(), target(quote="物流业营业额突破 85亿元", raw="85亿元", region="首府")],
        }
    )
    assert [item.raw for item in answer.targets] == ["90个以上", "85亿元"]
    assert answer.targets[1].region == "呼和浩特市"  # an alias is stored as the region's name


@pytest.mark.parametrize(
    ("bad_item", "message"),
    [
        (target(quote="全年实施重大项目100个"), "does not occur verbatim in the chunk"),
        (target(raw="80个以上"), "does not occur in its quote"),
        (target(raw="重大项目"), "is not a quantity"),
        (target(region="清水河县"), "not one of the allowed regions (呼和浩特市, 托克托县)"),
        (target(kind="plan"), "'goal', 'action' or 'project'"),
    ],
)
def test_an_ungrounded_or_invalid_target_fails_with_a_message_for_the_reask(
    bad_item: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        validate({"priorities": [], "targets": [target(), bad_item]})
    assert message in str(caught.value)
    assert "targets.1" in str(caught.value)


def test_a_category_outside_the_enum_fails_and_the_error_lists_the_categories() -> None:
    with pytest.raises(ValidationError) as caught:
        validate(
            {
                "priorities": [{"title": "产业", "category": "economy", "quote": "全年实施重大项目"}],
                "targets": [],
            }
        )
    assert "'industry'" in str(caught.value) and "'governance'" in str(caught.value)


def test_quotes_are_compared_after_nfkc_and_whitespace_folding() -> None:
    answer = validate(
        {"priorities": [], "targets": [target(quote="全年实施 重大项目９０个以上", raw="９０个以上")]}
    )
    assert answer.targets[0].raw == "９０个以上"


def test_lenient_parsing_keeps_good_items_and_names_each_dropped_one() -> None:
    payload = json.dumps(
        {
            "priorities": [{"title": "产业", "category": "economy", "quote": "全年实施重大项目"}],
            "targets": [target(), target(quote="新建100个项目", raw="100个"), "not an object"],
        },
        ensure_ascii=False,
    )
    answer, warnings = parse_leniently(payload, CONTEXT)
    assert [item.raw for item in answer.targets] == ["90个以上"]
    assert answer.priorities == []
    assert len(warnings) == 3
    assert warnings[0].startswith("dropped priority '产业': category:")
    assert warnings[1].startswith("dropped target '100个': quote: quote '新建100个项目' does not occur")


def test_lenient_parsing_refuses_malformed_json() -> None:
    with pytest.raises(ValueError, match="not valid JSON"):
        parse_leniently('{"targets": [', CONTEXT)


def test_both_lists_are_required_so_constrained_decoders_emit_them() -> None:
    assert ChunkAnswer.model_json_schema()["required"] == ["priorities", "targets"]
    with pytest.raises(ValidationError, match="targets"):
        validate({"priorities": []})


def test_the_schema_hash_is_stable() -> None:
    assert schema_sha256() == schema_sha256()
    assert len(schema_sha256()) == 64


def test_code_computes_value_unit_deadline_baseline_and_span() -> None:
    items = [
        TargetItem.model_validate(target(), context={CONTEXT_KEY: CONTEXT}),
        TargetItem.model_validate(
            target(
                quote="焦化产能由现有300万吨提升到720万吨",
                raw="720万吨",
                metric="焦化产能",
                comparator="exactly",
                deadline=None,
                kind="goal",
                baseline_raw="300万吨",
            ),
            context={CONTEXT_KEY: CONTEXT},
        ),
    ]
    first, second = build_targets(items, CHUNK, plan_year=2024)
    assert (first.value, first.unit, first.comparator, first.deadline) == (90, "个", "at_least", "2024")
    assert first.region == "托克托县"
    assert first.span == (100, 100 + len("全年实施重大项目90个以上"))
    assert TEXT[first.span[0] - 100 : first.span[1] - 100] == first.quote
    assert (second.value, second.unit, second.baseline, second.deadline) == (7_200_000, "吨", 3_000_000, None)


def test_an_explicit_cue_of_the_parser_overrides_the_models_comparator() -> None:
    item = TargetItem.model_validate(
        target(quote="物流业营业额突破85亿元", raw="85亿元", comparator="exactly", kind="goal"),
        context={CONTEXT_KEY: CONTEXT},
    )
    (built,) = build_targets([item], CHUNK, plan_year=2024)
    assert (built.value, built.unit, built.comparator) == (8_500_000_000, "元", "at_least")
    plain = parse_quantity("85亿元")
    assert plain is not None and choose_comparator("about", plain) == "about"
    ranged = parse_quantity("600~800万吨")
    assert ranged is not None and choose_comparator("exactly", ranged) == "range"


def test_a_failed_chunk_makes_the_article_partial_and_all_failed_makes_it_failed() -> None:
    answer = validate({"priorities": [], "targets": [target()]})
    other = CHUNK.model_copy(update={"index": 1})
    partial = assemble_extraction(
        [ChunkResult(chunk=CHUNK, answer=answer), ChunkResult(chunk=other, answer=None, error="HTTP 500")],
        plan_year=2024,
        seconds=0.1,
    )
    assert partial.status == "partial"
    assert partial.error == "1 of 2 chunks failed: chunk 2: HTTP 500"
    assert [item.raw for item in partial.targets] == ["90个以上"]
    failed = assemble_extraction(
        [ChunkResult(chunk=CHUNK, answer=None, error="x")], plan_year=None, seconds=0
    )
    assert failed.status == "failed"
