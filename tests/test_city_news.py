"""Older city news (2014-2017, no date on the line): counts of the places just listed, cases counted with
例, a month that names when the plan year's work is done, and a later speaker's plan beside a look-back."""

from __future__ import annotations

from summarizer.extract.rules.deadlines import DeadlineReader
from summarizer.extract.rules.targets import TargetContext, classify_quantities
from summarizer.extract.rules.tense import TenseReader
from summarizer.extract.rules.text import TextIndex
from summarizer.parse.quantities import find_quantities
from summarizer.schema import Target


def targets_in(text: str, plan_year: int | None = 2016) -> list[Target]:
    index = TextIndex(text)
    context = TargetContext(text=text, index=index, plan_year=plan_year, region="某市",
                            tense=TenseReader(text, index, plan_year, [0]),
                            deadlines=DeadlineReader(text, index, plan_year))  # fmt: skip
    targets, _ = classify_quantities(find_quantities(text), context)
    return targets


def raws(text: str, plan_year: int | None = 2016) -> list[str]:
    return [target.raw for target in targets_in(text, plan_year)]


def test_an_arabic_count_of_the_places_just_listed_is_an_enumeration() -> None:
    text = "首批将在东城区、西城区、南港县、北岭县4个区县开展试点工作。"
    assert raws(text) == []


def test_a_count_that_is_not_the_number_of_the_items_listed_stays_a_target() -> None:
    text = "今年将在东城区、西城区新建社区卫生服务站12个。"
    assert raws(text) == ["12个"]


def test_a_count_after_a_list_closed_by_deng_stays_a_target() -> None:
    text = "今年将在东城区、西城区等3个区新建养老服务中心。"
    assert raws(text) == ["3个"]


def test_cases_counted_with_li_are_a_quantity() -> None:
    [quantity] = find_quantities("今年将完成8600例新生儿听力筛查。")
    assert (quantity.value, quantity.unit) == (8600, "例")


def test_cases_to_screen_this_year_are_a_target_of_the_plan_year() -> None:
    [target] = targets_in("作为今年的民生工程之一，该项目今年将完成8600例患者的筛查。")
    assert (target.raw, target.deadline) == ("8600例", "2016")


def test_a_month_the_work_happens_in_gives_the_plan_year() -> None:
    [target] = targets_in("公交集团将在9月每日早晚高峰加车2600车次。")
    assert target.deadline == "2016"


def test_a_month_given_with_yu_gives_the_plan_year() -> None:
    [target] = targets_in("新馆将于10月建成开放，展陈面积1.2万平方米。")
    assert target.deadline == "2016"


def test_a_bare_date_still_gives_no_deadline() -> None:
    [target] = targets_in("8月8日，全市推进会提出新建公园绿地5处。")
    assert target.deadline is None


def test_a_later_speaker_s_plan_is_not_read_as_the_half_year_looked_back_on() -> None:
    text = (
        "今年全区要确保新开工项目40个以上。上半年，全区已签约项目21个，协议投资86亿元。"
        "副区长吴敏表示，区里将在9月底前完成老旧小区改造30个，年内新建公园绿地5处。"
    )
    assert raws(text, plan_year=None) == ["40个以上", "30个", "5处"]


def test_within_the_year_after_a_plan_verb_of_the_same_sentence_is_the_plan() -> None:
    text = "上半年，全市完成投资120亿元。下一步，全市将加快项目建设，年内新增规上企业15家。"
    assert raws(text) == ["15家"]


def _priority_quotes(text: str) -> list[str]:
    from summarizer.extract.rules.priorities import find_priorities

    index = TextIndex(text)
    return [priority.quote for priority in find_priorities(text, index, 0, len(text), "某市")]


NEWS_WITH_GLUED_HEADS = (
    "某市交通局局长王平日前介绍，今年全市缓堵工作有序推进。\n"
    "加大公共交通的运力保障。记者从市公交集团获悉，公交集团将在9月每日早晚高峰加车800车次。\n"
    "鼓励绿色出行。据介绍，今年全市自行车道总里程将达到300公里。\n"
    "综合施策取得一定成效。统计显示，上半年全市交通指数下降5%。"
)


def test_a_short_sentence_that_opens_a_paragraph_of_a_news_item_is_a_glued_heading() -> None:
    quotes = _priority_quotes(NEWS_WITH_GLUED_HEADS)
    assert "加大公共交通的运力保障" in quotes
    assert "鼓励绿色出行" in quotes


def test_a_short_opening_sentence_that_reports_a_result_is_no_heading() -> None:
    assert "综合施策取得一定成效" not in _priority_quotes(NEWS_WITH_GLUED_HEADS)


def test_a_common_noun_ending_in_qu_does_not_outrank_the_city_the_text_names() -> None:
    from summarizer.ingest.sections import main_region

    text = (
        "记者从在北京举行的山西大同采煤沉陷区光伏基地启动会上获悉，基地今年建设规模为50万千瓦。"
        "基地将把光伏发电与治理采煤沉陷区相结合，探索采煤沉陷区生态修复。"
        "项目招商由大同市人民政府委托设计院进行。"
    )
    region = main_region(text)
    assert region is not None and region.name == "大同市"


def test_a_class_of_protected_areas_is_no_region_of_the_province_s_news() -> None:
    from summarizer.ingest.sections import main_region

    text = (
        "每年冬季，大量候鸟飞到西藏越冬。西藏林业部门正全面开展专项行动。"
        "目前西藏已建立各类自然保护区40个，建立各类生态功能保护区20个，野生动物在这些自然保护区中得到保护。"
    )
    region = main_region(text)
    assert region is not None and region.name == "西藏自治区"


def test_the_year_of_an_as_of_date_outweighs_a_deadline_year() -> None:
    from summarizer.ingest.plan_year import detect_plan_year

    text = "争取到2020年建成50万个信息社。截至2016年6月底，全国累计建设服务点约30万个。"
    assert detect_plan_year(text) == 2016


def test_an_event_named_for_its_year_gives_the_plan_year() -> None:
    from summarizer.ingest.plan_year import detect_plan_year

    text = "2009年以来，渔博会已连续举办6届。2015渔业周·渔博会继续由省政府主办，展示面积共5万平方米。"
    assert detect_plan_year(text) == 2015


def test_a_games_named_with_its_year_is_no_plan_year() -> None:
    from summarizer.ingest.plan_year import detect_plan_year

    text = "全县林木绿化率达到70%。2022年冬奥会期间，该县将举办高山滑雪项目。"
    assert detect_plan_year(text) is None


def test_the_year_a_plan_runs_to_is_never_the_plan_year() -> None:
    """ "到2015年" is a deadline the text looks forward to (guidelines v2: the plan year is the year the text
    uses as the present); the year the plan was issued, a past event, is the only evidence left."""
    from summarizer.ingest.plan_year import detect_plan_year

    text = (
        "国家规划提出，到2015年，污泥无害化处理处置率达到80%。"
        "该市2013年出台三年行动方案，明确污水处理率达到90%。"
    )
    assert detect_plan_year(text) == 2013
    assert detect_plan_year("国家规划提出，到2015年，污泥无害化处理处置率达到80%。") is None


def test_the_end_of_a_five_year_plan_as_deadline_marks_the_plan() -> None:
    text = "到“十三五”末完成8万亩的造林绿化任务，森林覆盖率将达到30%，600多户贫困家庭有望实现稳定脱贫。"
    assert raws(text, plan_year=None)[:2] == ["8万亩", "30%"]


def test_the_distance_of_a_place_from_the_city_is_background() -> None:
    text = "该县位于市区西北部，距市区60公里，主峰距离市区约80公里，将建设滑雪场2座。"
    assert raws(text) == ["2座"]


def test_an_inventory_of_named_places_the_county_has_is_background() -> None:
    text = "该县境内有石林、龙潭、青山等20余个景区景点，今年将新建旅游厕所30座。"
    assert raws(text) == ["30座"]


def test_named_places_a_plan_adds_stay_a_target() -> None:
    text = "今年将新增石林、龙潭等5个景区。"
    assert raws(text) == ["5个"]


def test_a_second_official_who_speaks_at_the_meeting_gets_a_section_of_his_own() -> None:
    from summarizer.ingest.sections import split_sections

    text = (
        "南岭区委书记陈刚在区委全会上说，去年全区完成招商引资到位资金52亿元。今年全区新开工项目40个以上。\n\n"
        "东江市副市长吴敏在会上表示，全市今年将新建5G基站3000个。"
    )
    regions = [section.region.name for section in split_sections(text) if section.region]
    assert regions == ["南岭区", "东江市"]
