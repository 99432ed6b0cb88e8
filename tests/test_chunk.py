"""Section-aware chunking: exact slices, one region per chunk, coarsest cuts first, never inside a number."""

from __future__ import annotations

import itertools
import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from summarizer.extract.llm.chunk import chunk_article, chunks_to_read, regions_for_chunk, split_span
from summarizer.extract.llm.schema import CONTEXT_KEY, ChunkContext, TargetItem
from summarizer.ingest.load import load_path
from summarizer.ingest.prepare import PreparedArticle, prepare_article
from summarizer.parse.quantities import find_quantities
from tests.conftest import SEED_000, SEED_004

NUMBER_RUN = re.compile(r"[0-9.零〇一二三四五六七八九十百千万亿两%~×]{9,}")


def prepared(path: object) -> PreparedArticle:
    return prepare_article(load_path(str(path)).documents[0])


def pieces(text: str, max_chars: int) -> list[str]:
    return [text[start:end] for start, end in split_span(text, 0, len(text), max_chars)]


def test_a_short_text_is_one_trimmed_piece() -> None:
    text = "  全年实施重大项目90个以上。\n"
    assert split_span(text, 0, len(text), 100) == [(2, len(text) - 1)]


def test_paragraphs_are_preferred_to_sentences() -> None:
    text = "第一段第一句。第一段第二句。\n第二段只有一句话。"
    assert pieces(text, 16) == ["第一段第一句。第一段第二句。", "第二段只有一句话。"]


def test_a_sentence_cut_keeps_its_closing_quote() -> None:
    text = "他说：“要全力以赴抓产业。”随后介绍了项目建设情况。"
    assert pieces(text, 16) == ["他说：“要全力以赴抓产业。”", "随后介绍了项目建设情况。"]


def test_a_long_sentence_is_cut_at_clauses_then_never_inside_a_quantity() -> None:
    text = "计划投资8.5亿元建设高纯电子气体项目" * 6
    cut_points = [end for _, end in split_span(text, 0, len(text), 25)][:-1]
    for quantity in find_quantities(text):
        assert not any(quantity.start < cut < quantity.end for cut in cut_points), quantity.raw
    assert "".join(pieces(text, 25)) == text
    assert pieces("完成投资85亿元以上，实施项目90个以上，新增产能2.5万吨", 12) == [
        "完成投资85亿元以上，",
        "实施项目90个以上，",
        "新增产能2.5万吨",
    ]


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(
        alphabet="托克县全年实施项目建设亿元万吨个以上左右约8.5２0。，；！？”\n ", min_size=1, max_size=400
    ),
    max_chars=st.integers(min_value=30, max_value=200),
)
def test_pieces_are_ordered_exact_slices_within_budget_covering_the_text(text: str, max_chars: int) -> None:
    assume(not NUMBER_RUN.search(text))
    spans = split_span(text, 0, len(text), max_chars)
    assert all(start < end for start, end in spans)
    assert all(first[1] <= second[0] for first, second in itertools.pairwise(spans))
    assert all(end - start <= max_chars for start, end in spans)
    covered = "".join(text[start:end] for start, end in spans)
    assert "".join(covered.split()) == "".join(text.split())
    for quantity in find_quantities(text):
        assert not any(quantity.start < end < quantity.end for _, end in spans)


def test_chunks_of_a_seed_never_mix_regions_and_are_exact_slices() -> None:
    article = prepared(SEED_000)
    chunks = chunk_article(article, 400)
    assert [chunk.index for chunk in chunks] == list(range(len(chunks)))
    for chunk in chunks:
        assert chunk.text == article.text[chunk.start : chunk.end]
        assert len(chunk.text) <= 400
        regions = {
            section.region.name if section.region else None
            for section in article.sections
            if section.start < chunk.end and chunk.start < section.end
        }
        assert regions == {chunk.region.name if chunk.region else None}


def test_every_character_of_the_article_is_in_a_chunk() -> None:
    article = prepared(SEED_004)
    chunks = chunk_article(article, 300)
    covered = "".join(chunk.text for chunk in chunks)
    assert "".join(covered.split()) == "".join(article.text.split())


def test_a_budget_larger_than_each_section_gives_one_chunk_per_region() -> None:
    article = prepared(SEED_000)
    chunks = chunk_article(article, 5000)
    assert [chunk.region.name if chunk.region else None for chunk in chunks] == [
        None,
        "托克托县",
        "清水河县",
        "土默特左旗",
        "和林格尔县",
        "武川县",
    ]
    assert chunks[1].heading is not None and "访托克托县委副书记" in chunks[1].heading


def test_the_header_gives_title_region_official_heading_and_plan_year() -> None:
    article = prepared(SEED_000)
    chunk = chunk_article(article, 5000)[1]
    header = chunk.header()
    assert f"文章标题：{article.document.title or '（无）'}" in header
    assert "本片段所属地区：托克托县（又称：托县" in header
    assert "受访官员：高正，县委副书记、县长" in header
    assert "小节标题：锚定“千亿级园区”建设目标" in header
    assert "规划年份：2024" in header


def test_the_preface_is_read_only_when_no_section_has_a_region() -> None:
    article = prepared(SEED_000)
    assert article.sections[0].region is None  # the title and the editor's preface
    read = chunks_to_read(article, 5000)
    assert read == [chunk for chunk in chunk_article(article, 5000) if chunk.region is not None]
    assert all(chunk.start >= article.sections[1].start for chunk in read)
    without_regions = article.model_copy(
        update={"sections": [section.model_copy(update={"region": None}) for section in article.sections]}
    )
    assert chunks_to_read(without_regions, 5000) == chunk_article(without_regions, 5000)


def test_a_county_chunk_may_name_the_city_whose_target_it_quotes() -> None:
    article = prepared(SEED_000)
    chunk = next(c for c in chunks_to_read(article, 5000) if "首府2024年" in c.text and c.region is not None)
    allowed = regions_for_chunk(chunk, article.named_regions())
    assert allowed[0] == chunk.region
    assert "呼和浩特市" in [region.name for region in allowed]
    context = ChunkContext.build(chunk.text, allowed)
    start = chunk.text.index("首府2024年")
    quote = chunk.text[start : chunk.text.index("亿元", start) + 2]
    item = TargetItem.model_validate(
        {"quote": quote, "raw": find_quantities(quote)[0].raw, "metric": "产值", "comparator": "exactly",
         "kind": "goal", "region": "呼和浩特市"},
        context={CONTEXT_KEY: context},
    )  # fmt: skip
    assert item.region == "呼和浩特市"
