"""The offline rules backend: each non-target rule, tense, fields, priorities, and the seeds end to end."""

from __future__ import annotations

import subprocess
import sys

import pytest

from summarizer.extract.rules.backend import RulesBackend, extract_article
from summarizer.extract.rules.deadlines import DeadlineReader
from summarizer.extract.rules.priorities import categorize, find_priorities, title_of
from summarizer.extract.rules.register import reads_as_news
from summarizer.extract.rules.targets import TargetContext, classify_quantities
from summarizer.extract.rules.tense import TenseReader
from summarizer.extract.rules.text import TextIndex
from summarizer.ingest.load import load_path
from summarizer.ingest.prepare import prepare_article
from summarizer.parse.quantities import find_quantities
from summarizer.schema import Target
from tests.conftest import ALL_TEXTS, ARTICLES, SEED_000, SEED_004


def targets_in(text: str, plan_year: int = 2024, region: str = "某县") -> list[Target]:
    index = TextIndex(text)
    context = TargetContext(text=text, index=index, plan_year=plan_year, region=region,
                            tense=TenseReader(text, index, plan_year, [0]),
                            deadlines=DeadlineReader(text, index, plan_year),
                            news=reads_as_news(text))  # fmt: skip
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
    assert [target.metric for target in targets] == ["游客人次增速", "旅游花费增速"]  # rates (guidelines §3)
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


def test_the_category_table_is_applied_to_the_head_before_the_paragraph() -> None:
    paragraph = "大力推动长城国家文化公园建设项目竣工投运，完成明长城小元段文物保护修缮工程，创建旅游景区。"
    assert categorize("在服务业方面", paragraph) == "services_consumption"
    assert categorize("持续做好“富裕”文章", "发展产业，壮大产业集群") == "livelihood"
    assert categorize("重点工作", "发展产业，壮大产业集群") == "industry"


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
    ("text", "metrics"),
    [
        ("今年将改造老旧小区1291个、各类管网1500公里。", ["改造老旧小区数量", "各类管网长度"]),
        ("力争到发中欧班列突破500列、口岸货运量超过1.3亿吨、外贸进出口总额超过2200亿元。",
         ["到发中欧班列数量", "口岸货运量", "外贸进出口总额"]),
        ("今年规上工业增加值、固定资产投资分别增长12%、8%。", ["规上工业增加值增速", "固定资产投资增速"]),
        ("今年要把通行时间由18小时缩短到5小时。", None),
    ],
)  # fmt: skip
def test_each_item_of_a_list_of_quantities_is_named_by_its_own_words(
    text: str, metrics: list[str] | None
) -> None:
    names = [target.metric for target in targets_in(text)]
    if metrics is None:
        assert names and all(len(name) > 2 for name in names)  # not the bare verb "缩短"
    else:
        assert names == metrics


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("今年完成治沙2000万亩以上。", "治沙面积"),
        ("今年计划完成改造7万亩。", "改造面积"),
        ("今年将让5000多亩沟壑变为良田。", "沟壑面积"),
    ],
)
def test_a_bare_action_or_function_word_is_named_with_what_it_measures(text: str, metric: str) -> None:
    assert [target.metric for target in targets_in(text)] == [metric]


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


def test_a_title_drops_the_subject_and_its_will_but_never_a_word_with_yao() -> None:
    assert title_of("(三)着力集聚资源要素,建设特色优势现代化产业体系") == "着力集聚资源要素"
    assert title_of("托克托县将坚定不移推动传统产业转型升级") == "坚定不移推动传统产业转型升级"
    assert title_of("我们要大力提振消费,扩大有效需求") == "大力提振消费"


def test_a_list_lead_in_on_its_own_line_is_not_a_heading() -> None:
    text = "今年要重点做好以下11个方面工作\n(一)实施重大项目谋划行动，坚定不移抓投资。全年实施重大项目。"
    assert priorities_of(text) == ["实施重大项目谋划行动"]


def quotes_of(text: str) -> list[str]:
    return [priority.quote for priority in find_priorities(text, TextIndex(text), 0, len(text), "某区")]


def test_sub_headings_glued_to_a_news_paragraph_without_punctuation_head_it() -> None:
    text = (
        "会上，某区区长王建华介绍了上半年情况。签约重点项目30个王建华表示，上半年，某区签约项目30个。"
        "开工项目20个。老旧小区改造惠及2万户居民在城市管理方面，某区改造老旧小区12个。"
        "发放创业补贴300万元上半年，某区推进“安心就业”，吸引高校毕业生就业。"
    )
    index = TextIndex(text)
    heads = find_priorities(text, index, 0, len(text), "某区")
    assert [(p.title, p.quote) for p in heads] == [
        ("签约重点项目30个", "王建华表示，上半年，某区签约项目30个"),
        ("在城市管理方面", "在城市管理方面，某区改造老旧小区12个"),
        ("发放创业补贴300万元", "上半年，某区推进“安心就业”，吸引高校毕业生就业"),
    ]


def test_a_sentence_whose_subject_runs_into_a_speech_verb_has_no_glued_sub_heading() -> None:
    text = (
        "李明当日在新闻发布会上介绍，某市是重要的工业基地。"
        "某市金融局相关负责人介绍，满足条件最高可获700万元奖励。"
        "某市常务副市长刘强表示，全市经济运行平稳。"
    )
    assert quotes_of(text) == []


def test_a_head_after_a_connector_and_a_line_of_work_followed_by_shang() -> None:
    text = (
        "区委书记表示，文化是某区的金字招牌。另外，在建设城市新中心上，某区将深入实施枢纽工程。"
        "在此基础上，全区经济稳步增长。"
    )
    assert quotes_of(text) == ["在建设城市新中心上，某区将深入实施枢纽工程"]


def commitments_of(text: str) -> list[tuple[str, str]]:
    found = find_priorities(text, TextIndex(text), 0, len(text), "某江市", ("某江",))
    return [(priority.title, priority.quote) for priority in found]


def test_a_news_item_s_plans_with_the_region_as_subject_are_priorities() -> None:
    text = (
        "13日，某江市第三届文化产业博览会开幕。某江市通航历史悠久。"
        "某江市以此为契机，加快通航产业与文旅产业的融合发展。"
        "市委书记介绍，下一步某江将高标准编制古道文化发展规划，深耕特色旅游资源。"
        "“某江市以营造公园城市为着力点，加快推进项目建设。”"
    )
    assert commitments_of(text) == [
        ("加快通航产业与文旅产业的融合发展", "某江市以此为契机，加快通航产业与文旅产业的融合发展"),
        ("高标准编制古道文化发展规划", "某江将高标准编制古道文化发展规划，深耕特色旅游资源"),
        ("加快推进项目建设", "某江市以营造公园城市为着力点，加快推进项目建设"),
    ]


def test_results_and_plain_facts_with_the_region_as_subject_are_not_priorities() -> None:
    text = (
        "某江近年来打造了一批优秀的文化产业项目。某江市已建成标准厂房100万平方米。"
        "某江市成为国际研究高地。某江市还有105座书屋。"
    )
    assert commitments_of(text) == []


def test_an_enumeration_keeps_the_region_s_plans_inside_its_items_out() -> None:
    text = (
        "主要聚焦三个方面。一是始终把宜居安居作为首要目标，某江将开展旧改收尾攻坚。"
        "二是始终把动能转换作为鲜明取向。"
    )
    assert [title for title, _ in commitments_of(text)] == [
        "把宜居安居作为首要目标",
        "把动能转换作为鲜明取向",
    ]


def dev_article_targets(name: str) -> list[str]:
    """The raws the rules keep from a dev article (evals/articles/dev2/, gold in evals/gold/dev/)."""
    [path] = (ARTICLES / "dev2").glob(f"{name}_*.txt")
    article = prepare_article(load_path(str(path)).documents[0])
    return [target.raw for target in extract_article(article).targets]


@pytest.mark.parametrize(
    ("text", "plan_year"),
    [
        ("上半年，全区地区生产总值同比增长9.6%。规上工业增加值、固定资产投资分别增长12.3%、8.1%。", 2024),
        ("2023年农村居民人均可支配收入达到18620元。", 2024),
        ("今年上半年，全县固定资产投资增长8%。争取中央预算内资金3.2亿元。新开工项目45个。", 2024),
        ("经济运行稳中有进，地区生产总值同比增长6.1%。新增市场主体5000户，累计带动就业超过5000人。", 2024),
        ("临湘在距长江7公里外新建了高标准的绿色精细化工产业园。", 2023),
        ("截至7月底，该项目已完成建设总进度的99.55%，58套主装置有54套实现中间交接。", 2023),
        ("2023年产业转移专项资金2.4亿元已注入国信公司。", 2023),
        ("去年2月，我区启动了全球战略合作伙伴计划，首批12家合作伙伴包括多家咨询公司。", 2023),
        ("去年重点项目完成投资1446亿元，全年固定资产投资超2000亿元。", 2016),
        ("全区现有规上工业企业320家，高新技术企业86家。", 2024),
        ("近两年来，新引进固定资产投资超百亿元制造业项目8个。", 2023),
        ("2023年1-6月，全区实现地区生产总值520亿元。", 2023),
        ("1—6月，全区规上工业增加值增长8.2%。", 2023),
        ("2023年上半年，全区社会消费品零售总额达到210亿元。", 2023),
        ("截至2023年6月底，全市5G基站达到1.2万个。", 2023),
        ("前5个月，全市进出口总额达到86亿元。", 2023),
        ("20年间，全市生产总值从198亿元提升到2003亿元，城镇化率达到59%。", 2023),
    ],
)
def test_results_in_their_clause_sentence_or_paragraph_are_not_plans(text: str, plan_year: int) -> None:
    assert raws(text, plan_year) == []


@pytest.mark.parametrize(
    ("text", "plan_year", "kept"),
    [
        ("今年，全县将新开工项目45个，争取中央预算内资金3.2亿元。", 2024, ["45个", "3.2亿元"]),
        ("衢州将持续加强统筹，明确了十个方面34项具体追赶任务。", 2023, ["34项"]),
        ("推动现有焦化产能扩能600~800万吨。", 2024, ["600~800万吨"]),
        ("对现有小矿进行技术改造，2025年前将17家砂石土矿山整合为10家。", 2024, ["10家"]),
        ("今年又安排了383项新区的重点项目，总投资额9259亿元。", 2016, ["383项", "9259亿元"]),
        ("上半年，全区地区生产总值增长6.1%。下半年，全区将新开工项目30个。", 2024, ["30个"]),
        ("在现有300万吨焦化产能基础上，再投资300亿元。", 2024, ["300亿元"]),
        ("力争前三季度完成投资80亿元。", 2023, ["80亿元"]),
        ("今年6月底前完成改造120个小区。", 2023, ["120个"]),
        ("确保完成全年目标任务，地区生产总值增长6%。", 2023, ["6%"]),
    ],
)
def test_plans_beside_results_stay_plans(text: str, plan_year: int, kept: list[str]) -> None:
    assert raws(text, plan_year) == kept


def test_a_paragraph_lead_in_sets_the_tense_of_its_unmarked_quantities() -> None:
    text = (
        "2024年，全省经济持续回升向好。实施重点项目1200个，完成投资2100亿元。\n\n"
        "新建改建农村公路2500公里。改造老旧小区156个。\n\n"
        "今年，全省将新建农村公路3000公里。\n\n改造老旧小区200个。"
    )
    assert raws(text, 2025) == ["3000公里", "200个"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("签约仪式上，共签约项目32个，总投资156亿元。", []),
        ("座谈会上，对接央企项目50项，总投资2802亿元；地方国企项目14项，总投资513亿元。", []),
        ("当天，18个重大项目集中开工，总投资86亿元。", []),
        ("本次推介会共签约项目28个，协议总投资215亿元。", []),
        ("博览会期间，达成交易额12亿元。", []),
        ("此次集中开工项目18个，总投资86亿元，年内将完成投资30亿元。", ["30亿元"]),
        ("此次全市共开工61个亿元以上项目，总投资505亿元。其中，锂电装备产业园项目总投资26亿元。", ["26亿元"]),
    ],
)
def test_what_a_reported_event_counts_is_its_result(text: str, kept: list[str]) -> None:
    assert raws(text) == kept


def test_a_signing_and_ground_breaking_news_item_keeps_only_its_project() -> None:
    kept = dev_article_targets("56")
    assert "26亿元" in kept
    assert not {"61个", "299.2亿元", "505亿元"} & set(kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("乳肉薯绒等7条重点产业链产值突破7000亿元。", ["7000亿元"]),
        ("全市3个产业集群产值突破800亿元。", ["800亿元"]),
        ("深入实施重点产业链高质量发展行动，围绕22个产业、189条产业链，补链延链。", []),
        ("做强做大玉米等5大加工产业，做精做优食用菌等7个优势特色产业。", []),
        ("高端智造领域的13个项目，将在两到三年内贡献产出超百亿元。", ["百亿元"]),
        ("百亿元项目主要有：新区将投资100亿元建设产业园项目。", ["100亿元"]),
        ("今年将实施36个产业项目。", ["36个"]),
    ],
)
def test_counts_that_name_a_scope_a_subject_or_a_class_are_not_targets(text: str, kept: list[str]) -> None:
    assert raws(text) == kept


def test_a_paragraph_whose_sentences_report_results_makes_its_unmarked_quantities_results() -> None:
    results = (
        "新增市场主体5000户，同比增长12%。新建5G基站320个。引进项目25个，到位资金累计达到30亿元。"
        "改造老旧小区45个。"
    )
    assert raws(results) == []
    plans = (
        "全县将新增市场主体5000户。新建5G基站320个。去年改造老旧小区45个，累计改造120个。改造老旧小区60个。"
    )
    assert raws(plans) == ["5000户", "320个", "60个"]


@pytest.mark.parametrize(
    "text",
    [
        "数据显示，今年前三季度，全省外贸进出口总额达5600亿元，增长9.2%。",
        "据统计，今年前三季度全市实现旅游收入120亿元。",
        "全年共接待游客1500万人次，实现旅游收入120亿元。",
        "这一年，我们新建改建农村公路320公里，改造老旧小区45个。",
    ],
)
def test_reported_statistics_periods_of_this_year_and_year_totals_are_results(text: str) -> None:
    assert raws(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("今年全市地区生产总值力争比上年增长6%。", ["6%"]),
        ("今年地区生产总值比上年增长6%左右。", ["6%左右"]),
        ("上半年，全区地区生产总值比上年同期增长9.6%。", []),
        ("全区地区生产总值同比增长9.6%。", []),
    ],
)
def test_a_comparison_base_is_a_result_unless_a_plan_word_came_first(text: str, kept: list[str]) -> None:
    assert raws(text) == kept


def test_a_paragraph_that_names_the_plan_year_but_states_no_plan_reviews_it() -> None:
    review = "记者获悉。\n2023年，全县地区生产总值实现215亿元，增长6.8%。\n2023年，我县新建5G基站300个。"
    assert raws(review) == []
    assert raws("记者从市里了解到，该市2024年共完成造林绿化面积12万亩，治理水土流失面积85平方公里。") == []
    plan = "记者从县里获悉。\n2024年，全县将实施重大项目90个。\n2024年，全县新建5G基站300个以上。"
    assert raws(plan) == ["90个", "300个以上"]


def test_a_review_opened_after_the_first_sentence_looks_back_through_the_section() -> None:
    review = (
        "2024年是实现“十四五”规划目标任务的关键一年。一年来，我们坚持稳中求进，全省发展取得新成效。\n"
        "经济运行稳中有进。全省地区生产总值增长5.5%左右，规上工业增加值增长8%。\n"
        "城乡建设扎实推进。新建改建农村公路4500公里，改造城镇老旧小区860个。"
    )
    assert raws(review) == []


def test_a_whole_year_word_in_a_look_back_section_is_the_year_looked_back_on() -> None:
    review = "过去一年，全市上下攻坚克难。\n重点项目建设成效显著，全年实施重点项目320个，完成投资1260亿元。"
    assert raws(review) == []
    plan = "今年，全市将攻坚克难。\n全年实施重点项目320个，完成投资1260亿元。"
    assert raws(plan) == ["320个", "1260亿元"]


def test_a_span_of_years_is_a_duration_not_the_year_talked_about() -> None:
    news = "8月7日，该区举办签约仪式，现场签约29个项目。其中13个项目，将在两到三年内贡献产出超百亿元。"
    assert raws(news) == ["百亿元"]


def test_a_clause_that_names_nothing_borrows_the_subject_of_the_clause_before() -> None:
    targets = targets_in("今年规模以上工业企业年内新增10家以上，年底达到70家。")
    assert [target.metric for target in targets][-1] == "规模以上工业企业数量"


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "局长张三介绍，下一步，我市将重点做好以下工作：首先，加快推进地铁4号线建设，确保年底前开通；"
            "其次，优化公交线网，新开公交线路10条；最后，提升出行服务水平，推广一码通行。",
            ["加快推进地铁4号线建设", "优化公交线网", "提升出行服务水平"],
        ),
        (
            "张三表示，今年城市更新将突出三个重点。第一，推进老旧小区改造，全年改造老旧小区120个。"
            "第二，完善城市功能，新建口袋公园20个。",
            ["推进老旧小区改造", "完善城市功能"],
        ),
        (
            "记者：下一步有哪些打算？\n李四：我们将聚焦三个方面发力。一是做强产业链，引进龙头企业5家；"
            "二是做优营商环境，推行“一网通办”。",
            ["做强产业链", "做优营商环境"],
        ),
        ("最后，他说，要做好安全生产工作。", []),
    ],
)
def test_ordinals_first_then_and_speaker_labels_open_the_items_not_the_lead_in(
    text: str, titles: list[str]
) -> None:
    assert priorities_of(text) == titles


def test_a_deadline_year_is_no_review_of_the_plan_year() -> None:
    assert raws("（一）培育国际消费品牌。到2024年，引进首店200家。") == ["200家"]


def test_what_a_plan_laid_out_counts_is_still_to_come() -> None:
    text = "该项目已经落地，整片产业园一共规划了16栋楼，设计了4万个机柜。去年新建了厂房3栋。"
    assert raws(text) == ["16栋", "4万个"]


def test_a_remaining_stock_to_work_off_and_an_adverbial_full_coverage() -> None:
    assert raws("今年将稳步推进目前尚存的13.4万平方米不成套住房的成套改造工作。") == ["13.4万平方米"]
    assert raws("今年将全覆盖打造33个生活圈，实现行政村5G网络全覆盖。") == ["33个", "全覆盖"]


def test_a_span_of_years_that_runs_beyond_the_plan_year_is_a_plan() -> None:
    assert raws("《行动计划（2023—2025年）》提出，全市社会消费品零售总额年均增长8%。") == ["8%"]
    assert raws("2022-2023年采暖期，共接收供暖投诉件143件。") == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("总投资1.9亿元的大桥改扩建工程主体已完工，10月底可按计划竣工通车。", ["1.9亿元"]),
        ("全市首条25万吨铜杆生产线已完成设备安装，即将点火试产。", ["25万吨"]),
        ("总投资1.9亿元的大桥改扩建工程已竣工通车。", []),
    ],
)
def test_a_project_whose_completion_lies_ahead_is_still_a_target(text: str, kept: list[str]) -> None:
    assert raws(text) == kept


def test_paragraphs_that_open_in_parallel_each_head_a_priority() -> None:
    text = (
        "过去一年，全区经济运行稳中有进，地区生产总值增长5%，粮食产量创历史新高，各项事业取得新进展。\n"
        "一年来，我们牢记嘱托，推动生态文明建设取得新成效。造林种草完成年度任务，黄河干流水质保持优良。\n"
        "一年来，我们坚持用改革的办法破解难题，激发发展活力。出台一批改革方案，营商环境持续优化。\n"
        "一年来，我们一手抓经济发展、一手抓民生改善，让群众共享发展成果。新增城镇就业20万人。\n"
    )
    assert quotes_of(text) == [
        "一年来，我们牢记嘱托，推动生态文明建设取得新成效",
        "一年来，我们坚持用改革的办法破解难题，激发发展活力",
        "一年来，我们一手抓经济发展、一手抓民生改善，让群众共享发展成果",
    ]
    assert priorities_of(text) == [
        "推动生态文明建设取得新成效",
        "坚持用改革的办法破解难题",
        "一手抓经济发展、一手抓民生改善",
    ]


def test_a_time_frame_that_opens_only_one_paragraph_is_still_no_head() -> None:
    text = (
        "近年来，某区紧盯重点产业推进项目落地，新兴产业逐渐成势，签约项目涉及智能制造等多个领域。\n"
        "一年来，全区新增企业2万户，引进亿元项目160个，完成固定资产投资总额增长39%。\n"
        "会上，某区发布投资环境评估报告，为投资者在某区投资和开展经营活动提供参考和指引。\n"
    )
    assert quotes_of(text) == []


def test_a_news_paragraph_that_reports_a_result_or_a_fact_after_its_speaker_is_no_head() -> None:
    text = (
        "某市市长李明当日在省政府召开的新闻发布会上介绍，某市是全省重要的工业基地，有“陶瓷之都”之称。\n"
        "某市委书记王强介绍，20年来，某市生产总值从198亿元提升到2003亿元，人均生产总值突破1万美元。\n"
        "获批自贸联动创新区、跨境电商综试区，高铁建设全线推进，累计实施产业合作项目3309个。\n"
        "国资委副主任赵刚表示，目前中央企业已在某市设立各级子企业201户，资产总额超过3900亿元。\n"
        "据某市市长陈建华介绍，2014年，某市第四次荣登最佳商业城市第一名，经济总量稳居全省前列。\n"
        "新区、知识城、开发区将是今年某市重点发展的新的经济增长极，也是全市招商引资的主战场。\n"
    )
    assert quotes_of(text) == []


def test_clauses_that_each_grip_a_line_of_work_are_an_enumeration() -> None:
    text = (
        "副市长在开工仪式上讲话。他说，各部门要增强发展信心，紧抓快干、只争朝夕，"
        "集中精力抓招商引资，保持定力抓产业链壮大，持续发力抓营商环境，确保项目引得进、留得住。"
        "抓紧推进项目前期工作，抓住政策机遇。"
    )
    assert quotes_of(text) == ["集中精力抓招商引资", "保持定力抓产业链壮大", "持续发力抓营商环境"]


def test_a_single_clause_with_zhua_is_no_enumeration() -> None:
    text = "某区坚持项目为王，以只争朝夕的状态抓项目促投资，一批新项目不断涌现。"
    assert quotes_of(text) == []


def test_a_county_s_priority_spoken_for_the_whole_city_goes_to_the_city() -> None:
    text = (
        "项目开工活动在汝南县举行。常务副市长说，全市各级各部门要保持战略定力，"
        "集中精力抓双招双引，持续发力抓营商环境。对于如何落实全市两会精神，汝南县将着力打造锂电装备产业园。"
    )
    found = find_priorities(text, TextIndex(text), 0, len(text), "汝南县")
    assert [(p.region, p.quote) for p in found] == [
        ("驻马店市", "集中精力抓双招双引"),
        ("驻马店市", "持续发力抓营商环境"),
    ]
    county = "对于如何贯彻落实全市两会精神，县长介绍，在工业方面，汝南县将延伸锂电产业链。"
    found = find_priorities(county, TextIndex(county), 0, len(county), "汝南县")
    assert [(p.region, p.title) for p in found] == [("汝南县", "在工业方面")]


def test_a_quoted_plan_of_the_region_s_own_official_is_a_priority() -> None:
    text = (
        "8月16日，某区举行企业分享会，53个项目集中签约。"
        "“某区有独特的区位优势。选择某区，对公司下一步发展意义重大。”某公司负责人王五表示。"
        "“我们将进一步提高要素配置能力，为企业打造更好的投资环境。”某区区委书记李四表示。"
        "“锚定两个百亿，打造产业新高地。”某区工信局副局长赵六说。"
        "“都市工业正成为某区高质量发展的增长极。”李四说。"
        "省商务厅厅长表示：“我们将继续支持企业在某区投资兴业，打造一流营商环境。”"
        "某区区长张三表示：“我们要加快建设科创走廊。”"
    )
    assert quotes_of(text) == [
        "我们将进一步提高要素配置能力，为企业打造更好的投资环境",
        "锚定两个百亿，打造产业新高地",
        "我们要加快建设科创走廊",
    ]


def test_a_plan_with_the_parent_city_as_subject_goes_to_the_city() -> None:
    text = (
        "位于云溪区的石化项目施工现场，每天有近5000名建设者在抓紧作业。"
        "据悉，岳阳将持续打造协调发展的现代石化产业体系。云溪区将加快建设绿色化工园区。"
    )
    found = find_priorities(text, TextIndex(text), 0, len(text), "云溪区")
    assert [(p.region, p.title) for p in found] == [
        ("岳阳市", "持续打造协调发展的现代石化产业体系"),
        ("云溪区", "加快建设绿色化工园区"),
    ]


def test_a_line_of_work_the_region_holds_to_is_a_plan() -> None:
    text = (
        "副市长表示，某江坚持守正创新，推动语言文字事业创新发展，开展经典诵读大赛。"
        "某江市坚持了多年的招商做法已取得成效。"
    )
    assert commitments_of(text) == [
        ("坚持守正创新", "某江坚持守正创新，推动语言文字事业创新发展，开展经典诵读大赛"),
    ]


def test_a_news_paragraph_in_a_visitor_s_words_is_no_head_but_the_region_s_official_s_is() -> None:
    text = (
        "13日，某区举行央企合作座谈会，双方签约项目32项，总投资2802亿元，涵盖新能源、基础设施等领域。\n"
        "国务院国资委副主任赵刚表示，中央企业将加大在某区的投资力度，带动更多产业项目落地某区。\n"
        "某公司负责人钱七介绍，公司将把华南总部设在某区，打造智能制造基地，力争三年内投产。\n"
        "副区长孙八表示，下一步要持续优化营商环境，为企业落地提供全方位服务和保障，让企业安心。\n"
    )
    own = "下一步要持续优化营商环境，为企业落地提供全方位服务和保障，让企业安心"  # after the speaker's frame
    assert quotes_of(text) == [own]


def test_a_sentence_that_two_rules_read_as_a_head_is_one_priority() -> None:
    text = (
        "8月7日，某区举办项目签约仪式，现场签约29个项目，总投资164亿元，涵盖空天、人工智能等领域。\n"
        "副区长孙八表示，某区将加快建设科创走廊，推动产业链上下游在某区集聚，力争形成百亿元产业规模。\n"
        "当日，某区还设立规模3亿元的天使基金，支持创新创业，孵化、培育、招引优秀初创企业。\n"
    )
    assert quotes_of(text) == ["某区将加快建设科创走廊，推动产业链上下游在某区集聚，力争形成百亿元产业规模"]


def test_a_news_item_with_no_head_takes_the_first_plan_its_own_official_reports() -> None:
    text = (
        "7月25日消息，某市举行新闻发布会。国资委主任周九表示，央企将加快布局新赛道，打造新的增长极。"
        "某区委书记吴十表示，某区上半年完成投资120亿元，同比增长12%。"
        "某区委书记吴十表示，上海加快开辟新领域新赛道，打造低轨卫星星座，一期将实施1296颗。"
        "副区长郑一介绍，加快建设智算中心，打造算力高地。"
    )
    assert quotes_of(text) == ["上海加快开辟新领域新赛道，打造低轨卫星星座，一期将实施1296颗"]


def test_a_news_paragraph_opened_by_a_period_s_results_or_a_reporter_s_scene_is_no_head() -> None:
    text = (
        "上半年，某区加快建设产业园区，新签约项目286个，到位资金496亿元，同比增长15%。\n"
        "截至目前，某区共建成116个口袋公园，新增绿地面积150公顷，惠及城区近100万市民。\n"
        "走进某区智能制造产业园，只见明亮的厂房内，自动化生产线不停运转，产品发往全国各地。\n"
        "1—7月，某区推动规上工业增加值增长9.6%，打造新的增长点，全区经济稳中向好。\n"
    )
    assert quotes_of(text) == []


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "会议强调：一要抓好项目建设，确保重大项目按期开工。二要优化营商环境，提升服务效能。"
            "三要守牢安全底线，防范化解重大风险。",
            ["抓好项目建设", "优化营商环境", "守牢安全底线"],
        ),
        (
            "区长表示：一方面，加快传统产业转型升级；另一方面，培育壮大新兴产业集群。",
            ["加快传统产业转型升级", "培育壮大新兴产业集群"],
        ),
        ("会议指出，统一要求。一要加强领导，这是关键。", []),
        ("另一方面，游客人数大幅增加，带动了消费。", []),
    ],
)
def test_yi_yao_er_yao_and_on_the_one_hand_enumerate_only_together(text: str, titles: list[str]) -> None:
    assert priorities_of(text) == titles


def test_a_purpose_clause_before_a_head_belongs_to_its_quote() -> None:
    text = (
        "副县长表示，全县供热总面积528万平方米。为确保今年的供暖质量，某县深入实施“冬病夏治”工作，"
        "改造老旧管网8551米。某县成立诉求问题处理专班，专人对接平台诉求。为此，各部门加强协作。"
    )
    assert quotes_of(text) == [
        "为确保今年的供暖质量，某县深入实施“冬病夏治”工作，改造老旧管网8551米",
        "某县成立诉求问题处理专班，专人对接平台诉求",
    ]


def test_a_planned_scale_is_a_target_in_a_paragraph_of_results() -> None:
    text = (
        "近年来，园区已落户企业460余家，首期已建成标准厂房100多万平方米。"
        "该园位于某市南端，规划面积11898亩，一共规划了16栋楼。"
    )
    assert raws(text, 2023) == ["11898亩", "16栋"]


def test_a_plan_word_before_a_completion_is_found_within_reach_as_from_the_start() -> None:
    """`_completion_ahead` searches only within reach of the completion: at offsets all through the dev
    texts and after a plan word at the longest gap (before a final line end), it answers as a search from
    the start of the text does."""
    from summarizer.extract.rules import tense

    texts = [
        "下半年" + "某" * 16 + "\n",
        "下半年" + "某" * 17,
        *(path.read_text(encoding="utf-8") for path in ALL_TEXTS),
    ]
    for text in texts:
        for end in range(len(text) + 1) if len(text) < 100 else range(0, len(text) + 1, 29):
            expected = tense._COMPLETION_AHEAD_BEFORE.search(text, 0, end) is not None
            assert tense._completion_ahead(text, end) == expected, (text[max(0, end - 30) : end], end)
