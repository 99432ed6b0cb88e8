"""Priorities of local news items that report what a town, a county or a department does and will do,
without a press conference: the unit the item reports on, the measures it lists under short heads glued
into its running text, and its next step (guidelines §1, §2).

Hand-written texts in the shapes of scraped township and county pages: a township's service news whose
measures are two-clause heads ("心愿点单，找准突破点。"), a subdistrict's safety news whose heads are
couplets glued to their bodies ("坚持党建引领 做实建强网格按照…"), a township's reading news whose
sentences open in parallel ("“书屋+”志愿者模式，…。“书屋+”宣讲模式，…"), a county's work after a frame
("某县按照…的工作思路，大力推进…") and a next step whose subject is a long project name.
"""

from __future__ import annotations

import pytest

from summarizer.extract.pipeline import summarize_text
from summarizer.extract.rules.priorities import categorize
from summarizer.ingest.sections import main_region
from tests.priority_scoring import listing

# A town named under its county in the title or the lead is the unit the item reports on.


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "原标题：青石县柳河乡：探索“点线面”服务模式中新网8月9日电（王明）青石县柳河乡以社会工作服务站"
            "为抓手，组织全乡志愿者开展服务。下一步，柳河乡将持续探索新型志愿服务模式。",
            "柳河乡",
        ),
        (
            "原标题：北川县石门镇：暑期关爱留守儿童红网讯 为丰富儿童暑期生活，8月9日，北川县石门镇新时代"
            "文明实践所组织志愿者开展活动。下一步，该镇将持续开展关爱行动。",
            "石门镇",
        ),
        (
            "中新网8月10日电 今年以来，塔城市东关街道红星社区党总支坚持以党建为引领，推动平安社区建设。",
            "东关街道",
        ),
        (
            "近日，由长桥镇总工会组织的关爱活动在长桥镇“红色驿站”开展。据介绍，长桥镇域内建有5家驿站。"
            "接下来，长桥镇将进一步加强驿站建设。",
            "长桥镇",
        ),
    ],
)
def test_a_news_item_speaks_for_the_town_it_reports_on(text: str, region: str) -> None:
    found = main_region(text)
    assert found is not None and found.name == region


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (  # a village under the town does the work: the county's plan follows
            "8月4日，青石县柳河乡红旗村将废旧轮胎打造成创意景观。据了解，青石县大力推进农村环境整治工作。"
            "青石县将持续改善人居环境。",
            "青石县",
        ),
        (  # the town is where a person lives
            "“今年我家孩子考上了大学。”青石县柳河乡脱贫户黄某说道。近年来，青石县全面开展“防贫保”综合保险"
            "试点工作。青石县将继续推进试点工作，青石县将及时落实补充参保。",
            "青石县",
        ),
        (  # the town is only where an event is held
            "3月8日，青石县重点项目集中开工仪式在柳河乡举行。青石县将全力扩大有效投资，青石县将持续优化"
            "营商环境。",
            "青石县",
        ),
    ],
)
def test_a_town_that_is_no_subject_leaves_the_county(text: str, region: str) -> None:
    found = main_region(text)
    assert found is not None and found.name == region


# A news item's measures under short heads glued into its running text.


def _quotes(text: str) -> list[str]:
    return [p.quote.replace(",", "，") for p in summarize_text(text).priorities]


MEASURES_IN_TWO_PARTS = (
    "原标题：青石县柳河乡：探索多元服务模式中新网8月9日电（李华）青石县柳河乡以社会工作服务站为抓手，"
    "组织全乡志愿者开展社会服务。群众点单，找准切入点。柳河乡新时代文明实践所依托云平台收集群众急难"
    "愁盼问题，通过“群众点单+志愿者接单”的方式组织志愿者开展服务活动。精准服务，画好连心线。柳河乡"
    "新时代文明实践所通过线下走访和现场服务的方式，为无法使用智能手机的老人提供差异化志愿服务。返回"
    "首页，查看更多内容："
)
MEASURES_IN_COUPLETS = (
    "原标题：坚持党建引领 建设平安社区中新网8月9日电（赵强）今年以来，青石市东关街道红星社区党总支以"
    "党建为引领，推动平安社区建设。夯实组织基础 做实社区网格按照扁平化工作机制，配备网格员8名，固定"
    "每周二为民情走访日，开展入户走访和收集民意工作。紧抓宣传教育 树牢安全意识通过开设讲座、悬挂横幅"
    "等形式开展宣传，向居民宣传反电诈、禁毒等法律知识和防范知识。"
)
MEASURES_IN_PARALLEL = (
    "原标题：青石县“驿站+”模式，丰富乡村文化生活中新网8月9日电（孙丽）青石县柳河乡创建“文化驿站+”"
    "模式，丰富群众精神文化生活。“驿站+”志愿者模式，招募假期大学生与驿站管理员一起开展规范化提升"
    "行动，让文化驿站真正用起来。“驿站+”宣讲模式，组织乡村干部担当宣传员，领读政策理论和涉农技能"
    "知识。“驿站+”小课堂模式，邀请返乡大学生给孩子们辅导暑假作业，开设绘画、读书等系列活动。"
)


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        (MEASURES_IN_TWO_PARTS, ["群众点单，找准切入点", "精准服务，画好连心线"]),
        (MEASURES_IN_COUPLETS, ["夯实组织基础 做实社区网格", "紧抓宣传教育 树牢安全意识"]),
        (MEASURES_IN_PARALLEL, ["“驿站+”志愿者模式", "“驿站+”宣讲模式", "“驿站+”小课堂模式"]),
    ],
    ids=["two_parts", "couplets", "parallel"],
)
def test_the_measures_under_short_glued_heads_are_the_priorities(text: str, heads: list[str]) -> None:
    """The glued heads are the text's own structure; the item's title glued to its lead ("原标题：坚持党建
    引领 建设平安社区中新网…") and a page's closing line ("返回首页，查看更多内容") are none."""
    assert _quotes(text) == heads


def test_one_short_two_part_sentence_is_no_list_of_measures() -> None:
    text = (
        "8月9日，青石县柳河乡组织志愿者为留守儿童开展暑期关爱活动。功夫不负，终见成效。孩子们在活动中"
        "学到了防溺水知识，志愿者还为他们赠送了图书和文具。"
    )
    assert not any("功夫" in quote for quote in _quotes(text))


def test_parallel_measures_inside_an_ordinal_item_stay_its_details() -> None:
    text = (
        "今年重点抓好以下工作。\n"
        "一是突出数字赋能，奋力打好数字经济攻坚战。实施数字基础设施提升行动，推动千兆光纤全覆盖。"
        "实施数字产业化提升行动，办好算力产业大会。实施产业数字化赋能行动，推动企业数字化转型。\n"
        "二是突出民生保障，奋力打好民生改善攻坚战。实施就业促进行动，稳定重点群体就业。\n"
    )
    assert not any(quote.startswith("实施数字") for quote in _quotes(text))


# A county's work after the frame it follows, and a next step whose subject is a long project name.


@pytest.mark.parametrize(
    ("text", "region", "title"),
    [
        (
            "8月4日，青石县柳河乡红旗村将废旧轮胎打造成创意景观。据了解，青石县按照“点上精彩、面上干净”"
            "的工作思路，大力推进农村环境整治工作。遵循“节约化、特色化”的原则，以创意绘画扮靓乡村。",
            "青石县",
            "大力推进农村环境整治工作",
        ),
        (
            "近日，青禾市举办夜市文化节。青禾市围绕“打造消费新场景”的目标，加快推进夜间经济集聚区建设，"
            "吸引市民游客夜间消费。",
            "青禾市",
            "加快推进夜间经济集聚区建设",
        ),
    ],
)
def test_a_plan_after_its_frame_is_titled_by_its_line_of_work(text: str, region: str, title: str) -> None:
    summary = summarize_text(text)
    assert [(p.region, p.title) for p in summary.priorities] == [(region, title)], listing(summary)


def test_a_frame_with_no_line_of_work_after_it_is_no_plan() -> None:
    text = (
        "近日，青禾市举办夜市文化节。青禾市按照“政府引导、市场运作”的原则，邀请50余家商户参展，"
        "吸引市民游客数万人次。"
    )
    assert summarize_text(text).priorities == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "今日，社区老年人营养改善项目在青禾市东关街道启动。下一步，社区老年人健康状况营养改善项目还将"
            "组建医生联盟，吸纳专业医生在线为居民解答问诊。",
            "组建医生联盟",
        ),
        (
            "8月9日，青禾市东关街道开展暑期关爱活动。下一步，东关街道新时代文明实践服务站还将成立青少年"
            "志愿服务队，持续开展关爱活动。",
            "成立青少年志愿服务队",
        ),
    ],
)
def test_a_next_step_with_a_long_subject_is_a_priority(text: str, quote: str) -> None:
    summary = summarize_text(text)
    assert any(quote in p.quote for p in summary.priorities), listing(summary)


# A lead's head after the clauses that only say when or from whom, and every part of a next step's series.


def test_a_bureau_lead_after_its_source_and_time_frames_is_a_priority() -> None:
    text = (
        "8月10日，记者从青禾市住建局获悉，今年以来，青禾市住建局聚焦城市更新，着力推进老旧小区改造，"
        "全力保障群众住房安全。下一步，该局将加快推进城中村改造，持续提升城市品质。"
    )
    quotes = _quotes(text)
    assert any(quote.startswith("青禾市住建局聚焦城市更新") for quote in quotes), quotes
    assert any("加快推进城中村改造" in quote for quote in quotes), quotes


def test_a_lead_that_reports_a_visit_after_its_date_is_no_priority() -> None:
    text = (
        "8月10日，青禾市副市长王强带队检查安全生产工作，先后来到青禾化工园区和青禾港口。今年以来，青禾市"
        "共排查整改安全隐患1200余处。"
    )
    assert not any(quote.startswith(("青禾市副市长", "青禾市共排查")) for quote in _quotes(text))


def test_the_first_part_of_a_next_steps_series_keeps_its_subject() -> None:
    text = (
        "8月8日，青禾县召开防汛工作推进会。下一步，青禾县将持续加强雨情水情监测预警；强化重点部位巡查"
        "防守，确保安全度汛；做好抢险物资储备，提升应急处置能力。"
    )
    assert _quotes(text) == [
        "青禾县将持续加强雨情水情监测预警",
        "强化重点部位巡查防守，确保安全度汛",
        "做好抢险物资储备，提升应急处置能力",
    ]


def test_a_look_back_on_recent_years_is_no_lead_head() -> None:
    text = (
        "县委书记赵明指出，近年来，青禾县聚焦优势主导产业，一批项目相继落地。赵明要求，全县上下要牢固树立"
        "重商亲商安商理念，全力为项目建设保驾护航。"
    )
    assert not any("聚焦优势主导产业" in quote for quote in _quotes(text))


def test_a_clubs_founding_after_the_reporters_source_is_no_lead_head() -> None:
    text = (
        "8月6日，青禾市东城区举办亲子运动会。记者了解到，青禾运动俱乐部从成立起，就一直致力于腰旗橄榄球"
        "的推广活动。据介绍，青禾运动俱乐部成立于2018年，由多家公益组织联合组建。"
    )
    assert not any("俱乐部" in quote for quote in _quotes(text))


# A programme a body launches, announced in the lead.


def test_a_programme_launched_in_the_lead_is_a_priority() -> None:
    text = (
        "8月9日，青禾市东城区开通“企业服务直通车”，为辖区企业提供政策咨询、审批代办等一站式服务。据介绍，"
        "该区还将成立重点项目服务专班，全程跟踪服务重点项目建设。"
    )
    assert any(quote.startswith("青禾市东城区开通“企业服务直通车”") for quote in _quotes(text))


def test_a_document_issued_in_the_lead_is_no_priority_of_its_own() -> None:
    text = (
        "日前，青禾市人民政府印发《关于进一步支持企业上市的若干政策》的通知，其中首发上市企业最高可获奖励"
        "500万元。据了解，青禾市今年新增上市企业1家。"
    )
    assert not any("印发" in quote for quote in _quotes(text))


def test_a_companys_launch_is_no_priority() -> None:
    text = (
        "8月9日，青禾科技有限公司开通新一代智能客服平台，为用户提供全天候服务。该公司负责人介绍了平台功能。"
    )
    assert _quotes(text) == []


# A body's measures on several fronts after a purpose clause.


@pytest.mark.parametrize(
    "text",
    [
        "为加强农村饮水安全保障，青禾市水利局多措并举，加快推进农村供水工程建设，全面提升农村供水保障水平。",
        "今年以来，青禾市水利局多措并举，加快推进农村供水工程建设，全面提升农村供水保障水平。",
    ],
)
def test_the_line_of_work_after_many_measures_is_the_head(text: str) -> None:
    summary = summarize_text(text)
    assert [p.title for p in summary.priorities] == ["加快推进农村供水工程建设"], listing(summary)


def test_many_measures_that_lead_into_an_enumeration_leave_its_items() -> None:
    text = (
        "今年以来，青禾县多措并举推动民营经济发展：一是优化营商环境，深化“一网通办”改革；二是强化要素保障，"
        "为企业解决融资难题；三是加大帮扶力度，开展“万人助万企”活动。"
    )
    assert _quotes(text) == ["一是优化营商环境", "二是强化要素保障", "三是加大帮扶力度"]


def test_a_two_part_lead_and_a_long_subjects_next_step_keep_their_whole_line_of_work_as_title() -> None:
    titles = [p.title.replace(",", "，") for p in summarize_text(MEASURES_IN_TWO_PARTS).priorities]
    assert titles[:2] == ["群众点单，找准切入点", "精准服务，画好连心线"]
    text = (
        "8月9日，青禾市东城区开展暑期关爱活动，30余名留守儿童参加。下一步，东城区新时代文明实践服务站还将"
        "持续开展“护苗”行动，关爱农村留守儿童。"
    )
    assert [p.title for p in summarize_text(text).priorities] == ["持续开展“护苗”行动"]


@pytest.mark.parametrize(
    ("head", "item", "category"),
    [
        ("群众点单，找准切入点", "通过“群众点单+志愿者接单”的方式组织志愿服务", "livelihood"),
        ("组建医生联盟", "为老年人开展健康科普宣讲和健康数据监测", "livelihood"),
        ("持续开展“护苗”行动", "关爱农村留守儿童，呵护儿童健康成长", "livelihood"),
        ("“驿站+”宣讲模式", "领读政策理论，营造全民阅读的浓厚氛围，让农家书屋用起来", "culture_tourism"),
    ],
)
def test_a_towns_service_measures_fall_in_their_categories(head: str, item: str, category: str) -> None:
    """Volunteer services, health and left-behind children are livelihood; reading rooms are culture."""
    assert categorize(head, item, item) == category


def test_full_coverage_as_the_manner_of_a_visit_is_no_target() -> None:
    text = (
        "今年以来，青禾市东关街道坚持党建引领，推动平安社区建设。组织网格员全覆盖入户走访，面对面向居民"
        "宣传防火安全知识。"
    )
    assert summarize_text(text).targets == []


def test_the_second_part_of_a_next_step_after_its_semicolon_is_a_priority_of_its_own() -> None:
    text = (
        "8月10日，青禾市召开安全生产工作会议。下一步，青禾市将深入开展安全生产大检查，坚决遏制重特大事故"
        "发生；同时，加快推进应急管理体系建设，提升应急处置能力。"
    )
    quotes = _quotes(text)
    assert any(quote.startswith("加快推进应急管理体系建设") for quote in quotes), quotes
    assert not any("同时" in quote for quote in quotes), quotes


def test_a_next_steps_part_that_opens_no_line_of_work_stays_in_it() -> None:
    text = (
        "8月10日，青禾市召开安全生产工作会议。下一步，青禾市将深入开展安全生产大检查；对发现的问题，"
        "一律限期整改到位。"
    )
    assert len(_quotes(text)) == 1


def test_a_purpose_clause_is_no_title() -> None:
    text = (
        "为推动重点项目早落地，青禾市成立重点项目推进专班，实行“一个项目、一名领导”工作机制，全程跟踪服务。"
    )
    assert [p.title for p in summarize_text(text).priorities] == ["青禾市成立重点项目推进专班"]
