"""Priorities that a news item lays out as a structure of its own (guidelines §2): each item of the
structure that states the region's policy work is a priority, quoted from its head.

Hand-written news items in the shapes seen in local news: a body's roles, each with what it will do in
that role ("作为…平台，联盟将…"), and duties whose first clause only points at "all the work" before the
clause that names it.
"""

from __future__ import annotations

import unicodedata

import pytest

from summarizer.extract.pipeline import summarize_text


def _quotes(text: str) -> list[str]:
    return [p.quote for p in summarize_text(text).priorities]


def _folded(words: str) -> str:
    return "".join(unicodedata.normalize("NFKC", words).split())


def _found(expected: str, quotes: list[str]) -> bool:
    """A quote that contains the expected head or lies inside it (compared after folding)."""
    return any(_folded(expected) in _folded(quote) or _folded(quote) in _folded(expected) for quote in quotes)


ROLE_SERIES = [
    (
        "青川区园区服务联盟成立\n"
        "7月20日，青川区园区服务联盟成立仪式在科创大厦举行，首批吸纳园区12家。联盟搭建政策直达平台、"
        "资源共享平台、人才服务平台。作为政策直达的服务平台，联盟将把最新惠企政策送进园区，送给企业。"
        "作为资源共享的协作平台，联盟将搭建成员单位沟通桥梁，盘活闲置资源。作为人才服务的赋能平台，"
        "联盟将定期举办招聘活动，为企业引才留才。活动现场还为8家园区服务站授牌。\n",
        [
            "作为政策直达的服务平台，联盟将把最新惠企政策送进园区",
            "作为资源共享的协作平台，联盟将搭建成员单位沟通桥梁",
            "作为人才服务的赋能平台，联盟将定期举办招聘活动",
        ],
    ),
    (
        "河湾镇打造农产品集散中心\n"
        "近日，河湾镇农产品集散中心一期投入使用。作为全镇农产品的交易枢纽，中心将引入冷链仓储，"
        "延长鲜果销售期。作为电商直播的孵化基地，中心要培育本土主播，带动农户网上销售。\n",
        [
            "作为全镇农产品的交易枢纽，中心将引入冷链仓储",
            "作为电商直播的孵化基地，中心要培育本土主播",
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_SERIES, ids=["alliance", "market_centre"])
def test_each_role_of_a_body_with_its_measure_is_a_priority(text: str, expected: list[str]) -> None:
    """Sentences that each give one role of the same body and what it will do in it are the items of
    a list: each role with its first measure is a priority."""
    quotes = _quotes(text)
    assert all(_found(item, quotes) for item in expected), quotes


def test_a_single_role_sentence_is_no_list() -> None:
    """One sentence that names what a project is and what it will bring is a fact about it, not a
    list of measures."""
    text = (
        "金山路改造工程开工\n"
        "8月3日，金山路改造工程开工，全长3.2公里。作为全区今年的重点民生工程，该工程将串联沿线5个小区。"
        "施工期间，交警部门设置了绕行指示牌。\n"
    )
    quotes = _quotes(text)
    assert not any(quote.startswith("作为全区今年的重点民生工程") for quote in quotes), quotes


def test_roles_of_different_bodies_are_no_series() -> None:
    """Two role sentences with different subjects do not make a list of one body's measures."""
    text = (
        "两项目落地高新园\n"
        "7月30日，两个项目签约落地高新园。作为国内领先的电池企业，甲公司将建设研发中心。"
        "作为本地龙头的物流企业，乙集团将新建分拨仓库。\n"
    )
    quotes = _quotes(text)
    assert not any(quote.startswith("作为") for quote in quotes), quotes


ALL_WORK = (
    "东港区召开区政府党组会议\n"
    "8月2日，东港区区长周明主持召开区政府党组会议，研究部署下半年工作。会议指出，要认真学习贯彻省委"
    "全会精神，谋深抓实下半年经济社会发展各项工作。要重点抓好秋季旅游工作，推出多样化旅游线路。"
    "会议要求，要积极对接市有关部门抓紧落实好各项重点工作，加快推动北港码头扩建、东站枢纽建设等"
    "重点项目。要打好河道整治三年行动收官战，让东港水更清。\n"
)


def test_a_clause_that_points_at_all_the_work_gives_way_to_the_work_it_names() -> None:
    """In "抓紧落实好各项重点工作，加快推动…重点项目" the line of work is the clause that names the
    projects; a duty that only points at all the work, with nothing after it, names no area."""
    quotes = _quotes(ALL_WORK)
    assert _found("加快推动北港码头扩建、东站枢纽建设等重点项目", quotes), quotes
    assert not any(_folded(quote).endswith(("各项重点工作", "各项工作")) for quote in quotes), quotes
    assert _found("要重点抓好秋季旅游工作", quotes), quotes


FIRST_DUTY = [
    (
        "青峰区民政局部署养老服务工作\n"
        "7月28日，青峰区民政局召开养老服务推进会。谈及下半年工作时，区民政局局长王芳表示，民生无小事，"
        "服务见真章，要织密养老服务网络，推动社区养老服务站全覆盖；要提升助餐服务质量，扩大老年助餐点"
        "覆盖面；要完善医养结合机制，推动医疗资源进社区；要强化养老机构安全管理，守住安全底线。\n",
        ["要织密养老服务网络", "要提升助餐服务质量", "要完善医养结合机制", "要强化养老机构安全管理"],
    ),
    (
        "柳河镇部署防汛工作\n"
        "近日，柳河镇召开防汛工作会议。镇党委书记李强指出，汛期已至，责任重于泰山，要压紧压实防汛责任，"
        "落实包村包点制度；要做好隐患排查整治，确保不留死角；要强化应急值守，确保信息畅通。\n",
        ["要压紧压实防汛责任", "要做好隐患排查整治", "要强化应急值守"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_DUTY, ids=["elderly_care", "flood"])
def test_the_first_duty_of_a_series_after_a_saying_is_an_item(text: str, expected: list[str]) -> None:
    """A saying that opens with a maxim ("民生无小事，服务见真章，要织密…；要提升…；要完善…"): the duty
    in the part before the first semicolon is the series' first item, like the ones after it."""
    quotes = _quotes(text)
    assert all(_found(item, quotes) for item in expected), quotes


def test_a_result_before_a_series_of_duties_is_no_item() -> None:
    """A first part that reports a result and holds no duty stays out of the list."""
    text = (
        "青峰区民政局部署养老服务工作\n"
        "7月28日，青峰区民政局召开养老服务推进会。区民政局局长王芳表示，今年已建成老年助餐点20个；"
        "要提升助餐服务质量，扩大覆盖面；要完善医养结合机制，推动医疗资源进社区；要强化养老机构安全"
        "管理，守住安全底线。\n"
    )
    quotes = _quotes(text)
    assert not any("已建成老年助餐点" in quote for quote in quotes), quotes
    assert _found("要提升助餐服务质量", quotes), quotes


def test_the_first_of_parallel_lines_after_its_time_and_intent_is_an_item() -> None:
    """In "下半年要坚持项目为王，…；坚持创新驱动，…；坚持民生优先，…" the first line of work of the series
    opens after the time word and 要, and is an item like the ones after it."""
    text = (
        "西山区召开经济工作会议\n"
        "7月30日，西山区召开经济工作会议。区委书记张伟强调，下半年要坚持项目为王，全力扩大有效投资；"
        "坚持创新驱动，加快培育新兴产业；坚持民生优先，办好民生实事。\n"
    )
    quotes = _quotes(text)
    assert all(_found(item, quotes) for item in ["坚持项目为王", "坚持创新驱动", "坚持民生优先"]), quotes


def test_an_enumeration_of_results_is_no_list_of_priorities() -> None:
    """Figures achieved ("一是完成了…，二是新增…，三是改造…") after a look back with no intent are
    results, not policy areas."""
    text = (
        "东河县上半年工作成效明显\n"
        "今年以来，东河县扎实推进各项工作。一是完成了12个重点项目建设，二是新增就业岗位3000个，"
        "三是改造老旧小区15个。\n"
    )
    quotes = _quotes(text)
    assert not any(_folded(quote).startswith(("一是", "二是", "三是")) for quote in quotes), quotes


@pytest.mark.parametrize(
    "lead",
    ["下半年，东河县将重点抓好三项工作。", "东河县计划今年重点抓好三项工作。"],
    ids=["will", "plans"],
)
def test_an_enumeration_of_plans_stays_a_list(lead: str) -> None:
    """The same items after a lead that states an intent are the plan's policy areas."""
    text = (
        "东河县部署下半年工作\n"
        f"{lead}一是完成12个重点项目建设，二是新增就业岗位3000个，三是改造老旧小区15个。\n"
    )
    quotes = _quotes(text)
    assert sum(_folded(quote).startswith(("一是", "二是", "三是")) for quote in quotes) == 3, quotes


def test_short_headings_of_a_campaign_glued_into_the_text_are_its_items() -> None:
    """In "找准切入点，全面治脏。…。突出重难点，全面治乱。…" the parts of a campaign headed by short
    sentences of two clauses that open alike are its items."""
    text = (
        "青石县开展城乡环境整治\n"
        "今年以来，青石县以“三治”为抓手推进城乡环境整治。找准切入点，全面治脏。青石县组织干部群众清理"
        "垃圾杂物，整治房前屋后。突出重难点，全面治乱。青石县拆除违章搭建，规范广告牌匾。建立长效机制，"
        "全面治差。青石县将建立网格巡查制度，确保整治成果长效化。\n"
    )
    quotes = _quotes(text)
    expected = ["找准切入点，全面治脏", "突出重难点，全面治乱", "建立长效机制，全面治差"]
    assert all(_found(item, quotes) for item in expected), quotes


def test_one_short_saying_is_no_heading() -> None:
    """A saying of two short clauses ("安全重于泰山，责任重于泰山。") alone heads nothing."""
    text = (
        "青石县部署安全生产工作\n"
        "8月1日，青石县召开安全生产工作会议。安全重于泰山，责任重于泰山。会议通报了上半年安全生产情况。\n"
    )
    quotes = _quotes(text)
    assert not any("重于泰山" in quote for quote in quotes), quotes


COUNTED_AREAS = [
    (
        "东城区应急管理局召开重点工作推进会\n"
        "8月4日，东城区应急管理局召开重点工作推进会，总结上半年工作。会议强调，下半年，东城区应急管理局"
        "将重点抓好五项任务，在推进规范提升、组织重大事故隐患整治、实施化工行业整治提升、强化教育培训、"
        "应急防汛五个方面下真功夫。\n",
        ["推进规范提升", "组织重大事故隐患整治", "实施化工行业整治提升", "强化教育培训", "应急防汛"],
    ),
    (
        "北湖区部署人才工作\n"
        "7月25日，北湖区召开人才工作会议。会议提出，北湖区将从优化政策供给、建设创新平台、完善服务保障"
        "三个方面发力，加快建设区域人才高地。\n",
        ["优化政策供给", "建设创新平台", "完善服务保障"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_AREAS, ids=["five_areas", "three_aspects"])
def test_areas_counted_in_one_clause_are_items(text: str, expected: list[str]) -> None:
    """In "在A、B、C、D、E五个方面下真功夫" or "从A、B、C三个方面发力" each counted area is an item."""
    quotes = [_folded(quote) for quote in _quotes(text)]
    assert all(_folded(item) in quotes for item in expected), quotes


def test_areas_that_do_not_match_their_count_stay_one_head() -> None:
    """A count that differs from the areas listed ("在A、B等三个方面") is no list to split."""
    text = (
        "北湖区部署人才工作\n"
        "7月25日，北湖区召开人才工作会议。会议提出，北湖区将在优化政策供给、建设创新平台等三个方面发力，"
        "加快建设区域人才高地。\n"
    )
    quotes = [_folded(quote) for quote in _quotes(text)]
    assert "优化政策供给" not in quotes, quotes


def test_measures_listed_as_the_means_of_the_work_are_items() -> None:
    """In "通过开展…、推进…、建设…等举措，持续改善…" each measure is an item of the region's work."""
    text = (
        "南岭县整治农村人居环境\n"
        "今年以来，南岭县通过开展村庄清洁行动、推进农村厕所改造、建设污水处理设施等举措，持续改善农村"
        "人居环境。\n"
    )
    quotes = [_folded(quote) for quote in _quotes(text)]
    assert all(item in quotes for item in ["开展村庄清洁行动", "推进农村厕所改造", "建设污水处理设施"]), (
        quotes
    )


def test_channels_listed_as_the_means_are_no_measures() -> None:
    """The list in "通过微信公众号、发放明白纸、入户宣讲等方式" gives channels of publicity, not lines of
    work."""
    text = (
        "南岭县开展铁路安全宣传\n"
        "近日，南岭县通过微信公众号、发放明白纸、入户宣讲等方式，向沿线群众宣传铁路安全知识。\n"
    )
    quotes = [_folded(quote) for quote in _quotes(text)]
    assert not any(item in quotes for item in ["微信公众号", "发放明白纸", "入户宣讲"]), quotes


def test_clauses_that_open_with_the_same_verb_of_work_are_items() -> None:
    """In "全区上下要坚持项目为王，坚持创新驱动，坚持民生优先，确保…" each 坚持 clause is an item."""
    text = (
        "西山区召开经济工作会议\n"
        "7月30日，西山区召开经济工作会议。会议要求，全区上下要坚持项目为王，坚持创新驱动，坚持民生优先，"
        "确保完成全年目标任务。\n"
    )
    quotes = [_folded(quote) for quote in _quotes(text)]
    assert all(item in quotes for item in ["坚持项目为王", "坚持创新驱动", "坚持民生优先"]), quotes


def test_two_clauses_with_one_verb_are_no_list() -> None:
    """Two clauses that open with 坚持 are a duty and its detail, not a list of three or more."""
    text = (
        "西山区召开经济工作会议\n"
        "7月30日，西山区召开经济工作会议。会议要求，全区上下要坚持项目为王，坚持大抓招商，确保完成全年目标任务。\n"
    )
    quotes = [_folded(quote) for quote in _quotes(text)]
    assert "坚持大抓招商" not in quotes, quotes


def test_each_sentence_that_opens_on_an_area_to_work_at_is_an_item() -> None:
    """Sentences that each open "在…上下功夫" are the items of the plan, the first after its subject."""
    text = (
        "西山区推进乡村振兴\n"
        "今年，西山区将在做强特色产业上下功夫，大力发展高效农业。在培育乡土人才上下功夫，开展技能培训。"
        "在美丽村庄建设上下功夫，改善人居环境。\n"
    )
    quotes = _quotes(text)
    expected = ["在做强特色产业上下功夫", "在培育乡土人才上下功夫", "在美丽村庄建设上下功夫"]
    assert all(_found(item, quotes) for item in expected), quotes


def test_counted_items_between_enumeration_commas_are_items() -> None:
    """In "抓好三件大事：抓项目建设、抓招商引资、抓民生改善" each counted part is an item."""
    text = (
        "北湖区部署下半年工作\n"
        "7月28日，北湖区召开区政府常务会议。会议指出，下半年，北湖区要抓好三件大事：抓项目建设、抓招商引资、"
        "抓民生改善。\n"
    )
    quotes = [_folded(quote) for quote in _quotes(text)]
    assert all(item in quotes for item in ["抓项目建设", "抓招商引资", "抓民生改善"]), quotes


def test_sub_headings_set_off_by_a_space_title_the_plans_after_them() -> None:
    """Bold sub-headings glued into the text with a space before the region's plan ("聚焦产业升级 西山区
    今年将…。聚焦民生改善 西山区将…") each head a priority, even after a paragraph head."""
    text = (
        "西山区部署下半年重点工作\n"
        "聚焦产业升级 西山区今年将加快发展先进制造业，新建产业园2个。聚焦民生改善 西山区将新建学校3所，"
        "改造老旧小区10个。\n"
    )
    priorities = summarize_text(text).priorities
    quotes = [p.quote for p in priorities]
    assert _found("西山区将新建学校3所", quotes), quotes
    assert any(p.title == "聚焦民生改善" for p in priorities), [p.title for p in priorities]


def test_a_structure_after_a_paragraph_head_keeps_its_items() -> None:
    """A body's roles in a paragraph that opens with a plan of its own are still the list's items."""
    text = (
        "青川区园区服务联盟成立\n"
        "青川区将加快建设园区服务体系，全面提升企业服务水平。\n"
        "7月20日，青川区园区服务联盟成立。作为政策直达的服务平台，联盟将把最新惠企政策送进园区。"
        "作为资源共享的协作平台，联盟将搭建成员单位沟通桥梁。\n"
    )
    quotes = _quotes(text)
    expected = [
        "作为政策直达的服务平台，联盟将把最新惠企政策送进园区",
        "作为资源共享的协作平台，联盟将搭建成员单位沟通桥梁",
    ]
    assert all(_found(item, quotes) for item in expected), quotes
