"""The offline rules backend: each non-target rule, tense, fields, priorities, and the seeds end to end."""

from __future__ import annotations

import subprocess
import sys

import pytest

from summarizer.extract.rules.backend import RulesBackend, extract_article
from summarizer.extract.rules.deadlines import DeadlineReader
from summarizer.extract.rules.priorities import categorize, find_priorities, title_of
from summarizer.extract.rules.targets import TargetContext, classify_quantities
from summarizer.extract.rules.tense import TenseReader
from summarizer.extract.rules.text import TextIndex
from summarizer.ingest.load import load_path
from summarizer.ingest.prepare import prepare_article
from summarizer.parse.quantities import find_quantities
from summarizer.schema import Target
from tests.conftest import SEED_000, SEED_004


def targets_in(text: str, plan_year: int = 2024, region: str = "某县") -> list[Target]:
    index = TextIndex(text)
    context = TargetContext(text=text, index=index, plan_year=plan_year, region=region,
                            tense=TenseReader(text, index, plan_year, [0]),
                            deadlines=DeadlineReader(text, index, plan_year))  # fmt: skip
    targets, _ = classify_quantities(find_quantities(text), context)
    return targets


def raws(text: str, plan_year: int = 2024) -> list[str]:
    return [target.raw for target in targets_in(text, plan_year)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("全年实施重大项目90个以上，完成投资85亿元以上。", ["90个以上", "85亿元以上"]),
        ("培育引进国内外知名食品企业70多家，2023年成功创建国家现代农业产业园。", []),
        ("在现有300万吨焦化产能基础上，再投资300亿元，将焦化产能提升到720万吨。", ["300亿元", "720万吨"]),
        ("清水河县作为全区17个生态功能区之一，要巩固提升污染防治成效。", []),
        ("重点实施金山热电2×100万千瓦扩建工程等6个10亿元以上的新能源新材料项目。", ["2×100万千瓦", "6个"]),
        ("抓好续建的大唐、国天两个新能源项目。", []),
        ("围绕全市打造“六大产业集群”发展目标。", []),
        ("加快500千伏双回输电线路建设。", []),
        ("上半年，地区生产总值增长3.7%，固定资产投资增长11.3%。", []),
        ("北交所首发上市企业最高可获奖励800万元。", []),
        ("我区有20个对外开放口岸。", []),
        ("要一个一个盯前期，确保早一天开工。", []),
        ("将引进超百亿元制造业项目8个。", ["8个"]),
        ("20余项改革经验得到推广肯定，连续入围全国营商环境标杆城市。", []),
    ],
)
def test_which_quantities_are_targets(text: str, kept: list[str]) -> None:
    assert raws(text) == kept


def test_a_look_back_paragraph_is_past_until_a_plan_paragraph() -> None:
    text = "一年来，我们推动改革。新增城镇就业20.1万人。\n\n二、2025年工作安排\n\n城镇新增就业18万人以上。"
    assert raws(text, plan_year=2025) == ["18万人以上"]


def test_a_look_back_opener_after_the_speaker_frame_makes_the_paragraph_past() -> None:
    text = (
        "市委书记高屹介绍,20年来,生产总值从198.4亿元提升到2003.4亿元。城镇化率由31.6%提升至59.3%。\n\n"
        "今年将实施民生项目60个。"
    )
    assert raws(text, plan_year=2023) == ["60个"]


def test_a_past_marker_in_the_clause_beats_a_future_one_earlier_in_the_sentence() -> None:
    text = "全年计划推进项目，86个重大项目已开工74个。"
    assert "86个" not in raws(text)


def test_project_scale_stays_a_target_in_a_past_sentence() -> None:
    text = "玉林市引进了正威国际集团，建设总投资150亿元的正威新材料城项目。"
    [target] = targets_in(text, plan_year=2023)
    assert (target.value, target.kind) == (15_000_000_000, "project")


def test_fields_of_a_target() -> None:
    [target] = targets_in("坚持大抓项目，全年实施重大项目90个以上。")
    assert target.metric == "重大项目数量"
    assert (target.value, target.unit, target.comparator) == (90, "个", "at_least")
    assert (target.deadline, target.kind, target.region) == ("2024", "action", "某县")
    assert target.quote == "全年实施重大项目90个以上"


def test_baseline_is_recorded_on_the_target_it_qualifies() -> None:
    text = "在现有300万吨焦化产能基础上，将焦化产能提升到720万吨。"
    [target] = targets_in(text)
    assert (target.value, target.baseline, target.kind) == (7_200_000, 3_000_000, "goal")


def test_a_quantity_shared_by_listed_items_becomes_one_target_each() -> None:
    targets = targets_in("力争全年游客人次、旅游花费均增长10%以上。", plan_year=2025)
    assert [target.metric for target in targets] == ["游客人次", "旅游花费"]
    assert {target.deadline for target in targets} == {"2025"}


def test_a_quoted_higher_level_target_goes_to_that_level() -> None:
    [target] = targets_in("和林格尔县将按照首府2024年清洁能源产业集群完成700亿元产值目标。")
    assert target.region == "呼和浩特市"


def test_a_citywide_target_in_a_district_section_goes_to_the_city() -> None:
    [target] = targets_in("规划到2030年全市文旅产业收入达到500亿元。", region="云溪区")
    assert target.region == "岳阳市"
    [own] = targets_in("规划到2030年全区文旅产业收入达到50亿元。", region="云溪区")
    assert own.region == "云溪区"


def test_a_citywide_target_stays_with_a_county_level_city_and_an_ambiguous_district() -> None:
    assert targets_in("全市新增就业5000人。", region="新民市")[0].region == "新民市"
    assert targets_in("全市新增就业5000人。", region="新城区")[0].region == "新城区"  # 呼和浩特 or 西安


def test_priorities_from_paragraph_heads_and_sentence_heads() -> None:
    text = (
        "坚定不移夯实农业基础。提高粮食综合生产能力。\n\n二是集中精力抓消费，持续激发市场活力。丰富消费业态。"
    )
    heads = find_priorities(text, TextIndex(text), 0, len(text), "某县")
    assert [(p.title, p.category) for p in heads] == [
        ("坚定不移夯实农业基础", "agriculture"),
        ("集中精力抓消费", "services_consumption"),
    ]
    news = "8月8日，发布会召开。在乡村振兴方面，辽中区高标准农田改造提升工程扎实推进。"
    assert [p.quote for p in find_priorities(news, TextIndex(news), 0, len(news), "辽中区")] == [
        "在乡村振兴方面，辽中区高标准农田改造提升工程扎实推进"
    ]


def test_category_keywords_weigh_the_head_more() -> None:
    assert categorize("坚定不移抓好生态保护和低碳发展", "统筹实施一批污染防治项目") == "ecology"
    assert (
        categorize("在服务业方面", "推动物流业营业额突破85亿元，文化公园、旅游景区") == "services_consumption"
    )


def seed_extraction(path: object) -> object:
    return extract_article(prepare_article(load_path(str(path)).documents[0]))


def test_seed_000_regions_headlines_and_grounded_spans() -> None:
    article = prepare_article(load_path(str(SEED_000)).documents[0])
    extraction = extract_article(article)
    names = [region.name for region in extraction.regions]
    assert {"托克托县", "清水河县", "土默特左旗", "和林格尔县", "武川县", "呼和浩特市"} <= set(names)
    tuoketuo = next(region for region in extraction.regions if region.name == "托克托县")
    assert tuoketuo.headline is not None and tuoketuo.headline.startswith("在新的一年里")
    for item in [*extraction.targets, *extraction.priorities]:
        assert item.span is not None
        assert article.text[item.span[0] : item.span[1]] == item.quote
    by_region = {target.raw: target.region for target in extraction.targets}
    assert by_region["90个以上"] == "托克托县"
    assert by_region["720万吨"] == "清水河县"
    assert by_region["260万千瓦"] == "和林格尔县"


def test_seed_004_duplicate_copy_gives_each_target_once() -> None:
    article = prepare_article(load_path(str(SEED_004)).documents[0])
    extraction = extract_article(article)
    assert [target.raw for target in extraction.targets].count("7.1万亩") == 1
    assert len(extraction.priorities) == 7


def test_the_backend_interface_and_no_llm_import() -> None:
    backend = RulesBackend()
    assert backend.provenance().backend == "rules"
    article = prepare_article(load_path(str(SEED_004)).documents[0])
    [(extracted, extraction)] = list(backend.extract_many([article]))
    assert extracted is article and extraction.targets


def test_the_offline_path_never_imports_the_llm_clients_or_duckdb() -> None:
    probe = (
        "import sys\n"
        "from summarizer.config import load_settings\n"
        "from summarizer.ingest.load import load_path\n"
        "from summarizer.extract.pipeline import build_backend, summarize_documents\n"
        f"docs = load_path({str(SEED_000)!r}).documents\n"
        "summary = next(summarize_documents(docs, build_backend(load_settings({}, environ={}))))\n"
        "assert summary.targets\n"
        "print(sorted(m for m in ('openai', 'instructor', 'duckdb', 'pyarrow') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "text",
    [
        "2014年，广州荣登榜首。全年广州GDP实现1.67万亿元，增长8.6%；社会消费品零售总额7697.85亿元。",
        "审批事项从280项整合为161项，环节压减了50%，材料减少了89%。",
        "从年加工40万吨废钢，到现在年加工销售600万吨以上。",
        "楼道整治现已整治123栋，完成计划的66.5%。",
        "上半年，全区地区生产总值同比增长9.6%。",
        "截至目前，累计带动就业超过5000人。",
    ],
)
def test_results_and_present_states_are_not_read_as_plans(text: str) -> None:
    assert raws(text, 2015) == []


def test_the_plan_year_word_after_a_plan_year_stays_a_plan() -> None:
    assert raws("2025年，全区将新建高标准农田850万亩，全年完成投资100亿元。", 2025) == ["850万亩", "100亿元"]


def priorities_of(text: str) -> list[str]:
    index = TextIndex(text)
    return [priority.title for priority in find_priorities(text, index, 0, len(text), "某区")]


def test_an_enumeration_in_running_text_gives_one_priority_per_item() -> None:
    text = (
        "副区长回答，今年重点推进152项重点工作，主要聚焦三个方面。一是始终把人民宜居安居作为城市更新的首要目标，"
        "努力构建幸福样本。二是始终把新旧动能转换作为城市更新的鲜明取向，壮大发展动能。"
        "三是始终把共建共治共享作为城市更新的基本路径，激发治理活力。"
    )
    titles = priorities_of(text)
    assert titles[-3:] == [
        "把人民宜居安居作为城市更新的首要目标",
        "把新旧动能转换作为城市更新的鲜明取向",
        "把共建共治共享作为城市更新的基本路径",
    ]
    assert "主要聚焦三个方面" not in titles


def test_sub_headings_glued_into_a_news_item_are_priorities() -> None:
    text = (
        "副市长介绍说，目前各项工作取得了较大进展。”开展供热设备整治专项行动。全市计划投资7500万元。"
        "实施供热管网改造工程。进一步消除管网隐患。"
    )
    assert priorities_of(text) == ["开展供热设备整治专项行动", "实施供热管网改造工程"]


def test_time_frames_and_datelines_are_not_priorities() -> None:
    text = "去年8月30日，新区正式获批设立。座谈会上，对接央企项目50项。20年来，全市生产总值大幅提升。"
    assert priorities_of(text) == []


def test_a_long_title_is_not_cut_in_the_middle_of_a_word() -> None:
    title = title_of("构建多元发展、多极支撑的现代化产业体系和高质量发展的新动能新优势，推动转型")
    assert title in ("构建多元发展、多极支撑", "构建多元发展、多极支撑的现代化产业体系和高质量发展")


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("地区生产总值增长5%左右", "地区生产总值增速"),
        ("单位地区生产总值能耗降低3.5%左右", "单位地区生产总值能耗降幅"),
        ("力争设施畜牧业养殖比重达到75%", "设施畜牧业养殖占比"),
        ("固定资产投资今年要增长10%左右", "固定资产投资增速"),
        ("规上工业增加值、固定资产投资分别增长12.3%、8.1%", None),
    ],
)
def test_metric_names_are_rates_and_shares_with_no_number(text: str, metric: str | None) -> None:
    metrics = [target.metric for target in targets_in(text)]
    assert all(not any(char.isdigit() for char in name) for name in metrics)
    if metric is not None:
        assert metrics == [metric]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("“粮油果蔬畜”5个产业集群产值突破800亿元。", ["800亿元"]),
        ("今年全市12个旗县“引擎”齐发力，完成投资85亿元。", ["85亿元"]),
        ("全市9列“动车组”竞相奔跑，新建产业园区3个。", ["3个"]),
        ("今年将打造5个“零碳”园区。", ["5个"]),
    ],
)
def test_counts_that_enumerate_or_belong_to_a_metaphor_are_not_targets(text: str, kept: list[str]) -> None:
    assert raws(text) == kept
