"""Targets of news items studied after they were held out (issue 14): the classes of their errors.

- 将 that takes its object as something ("某区将乡村振兴作为重要抓手", "将该项工作纳入考核"), as
  把 does, is no mark of the future: after a look-back lead ("2022年以来，…") the measures it lists
  are results; funds named by what they fund ("整合800万元涉农项目资金") are an amount of money,
  not a project's scale that keeps a tense of its own.
- A quoted statement belongs to the official who speaks it, named with a position right after the
  quotation ("“…。”某市某旗副旗长…说") or before it ("某县县长…表示：“…"): its figures are the
  speaker's unit's, when that unit lies under the text's region (guidelines §1).
- An undated item whose 今年 heads a yearly series ("今年底…，2024年底…，2025年底…") plans for the year
  before the series: its 今年 and its plan-year figures are that year's, not the series' last.
- A goal the lead quotes and the body states again with the same words before its amount is one target
  (guidelines §3: a quantity printed twice is one target); parallel items of one sentence and a rate
  that two indicators share stay apart.
- A floor or ceiling set for the year in view ("全年开展不少于50场路演") is a plan's bound, in an item that
  otherwise reports an event held: a result is told as reached, not bounded so.
- A yearly amount (每年…) with no time of its own runs until the horizon its paragraph set the plan ("《方案》
  提出，到2025年，…。…每年新增就业40万人左右" → 2025).
- What a company gives ("某集团…捐款已全部到位，这笔款项将定向捐赠某区300万元") is a donor's gift, not an
  amount a region commits to; a government's own investment company is no such donor.
- A year that dates the document a verb signs or issues ("签订2023年结对帮扶协议", "印发2024年工作要点")
  names the document: it sets no time of the sentence, whose figures keep the paragraph's look-back.
- Figures of other kinds: a works section ("站前五标", a contract lot) is no ranking 前五; "2个半小时" is
  a span and a half, no count of 2.
- A cut-off before 今年 ("截至8月10日，今年…进出超200万人次") makes it the year so far: a result.
- A count that closes a list of as many items with 等 ("新建甲、乙、丙等3座车站") enumerates them.
- A figure in a resident's words (a 村民 the item introduced, then “…”某某说) is a person's plan or
  earnings, not a region's commitment; an official's quoted plan stays one.
- The scale of a work whose sentence opens its account on a year before the plan year ("2015年初，由…投资
  兴建，…总投资1.2亿元"), or whose next sentence dates its completion then ("该项目于2021年10月完成项目
  建设"), is the work as built, not a target.
- How many a programme helps ("本次活动拟资助困境女大学生80名") is its amount of work, not a parameter
  of the aid; the sum or rate of the aid ("每人资助5000元") stays a parameter.
- A place name with a rare character of the CJK extension A block ("㯊") is still a name: its town is found
  as any other.
- 得到 after 将 ("将全部得到治理") is the passive of work still to do, no result obtained.
- What each unit can yield ("每亩总产可达2000—3000斤") is a capability, not an amount to reach; a clause
  that aims at it ("力争每亩产量可达…") stays a target.
- A plan word inside a short quotation names a campaign ("通过“春蕾计划在新疆”网络筹款活动"): it sets nothing
  after it ahead.

The sentences are written for these tests after the shapes of county and province news items.
"""

from __future__ import annotations

import pytest

from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.load import text_document
from summarizer.ingest.plan_year import detect_plan_year
from summarizer.ingest.prepare import prepare_article
from summarizer.parse.quantities import find_quantities
from tests.test_rules import raws, targets_in

NEWS_PAGE = "2023-08-14 10:20，正文："


def regions_of(text: str) -> dict[str, str | None]:
    """Each target's raw → its region, for a news page written for the test."""
    targets = extract_article(prepare_article(text_document(NEWS_PAGE + text))).targets
    return {target.raw: target.region for target in targets}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a look-back lead, then 将 + object + 作为: the measures taken since are results
        (
            "2021年以来，青禾区将村级组织领办合作社作为推动乡村振兴的重要抓手，成立5个工作专班，"
            "整合800万元涉农项目资金，建成25个区级示范点。",
            [],
        ),
        (
            "记者从省政府新闻办获悉，某省将扩大内需作为当前工作的关键，从四个方面出台35条政策措施。",
            [],
        ),
        (
            "近年来，白沙县将该项工作纳入年度考核，累计培训农民技术员300名。",
            [],
        ),
    ],
)
def test_jiang_that_takes_an_object_as_something_marks_no_future(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the 将 of the future, an adverb after it, still plans
        ("下一步，青禾区将进一步纳入更多村庄，新建示范点20个。", ["20个"]),
        ("今年，白沙县将继续作为全省试点，完成改造农房500户。", ["500户"]),
        # a 将 + object + 作为 sentence whose own plan word sets its figures ahead
        ("今年，某县将招商引资作为一号工程，计划引进项目30个。", ["30个"]),
        # a project's funds named with 总投资 stay its scale
        ("该县计划实施乡村振兴示范项目，总投资1.5亿元。", ["1.5亿元"]),
    ],
)
def test_plans_beside_a_jiang_of_the_object_stay_targets(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        # the speaker after the quotation, a banner of the city the item is about
        (
            "新华社呼和浩特8月13日电 鄂尔多斯市12日全面启动库布其沙漠治理攻坚战。鄂尔多斯市是重要生态屏障。"
            "“我们将严格落实禁牧政策，计划再建3条穿沙公路，在沿线完成40万亩沙地治理。”"
            "鄂尔多斯市杭锦旗副旗长李明说。",
            {"3条": "杭锦旗", "40万亩": "杭锦旗"},
        ),
        # the speaker before the quotation
        (
            "本报讯 通辽市今年全面推进高标准农田建设。"
            "通辽市科尔沁左翼后旗旗长王强表示：“今年我们将新建高标准农田15万亩。”",
            {"15万亩": "科尔沁左翼后旗"},
        ),
        # a statement of the city's own official stays the city's
        (
            "本报讯 鄂尔多斯市全面启动沙漠治理攻坚战。"
            "“到2030年，我们将完成沙化土地治理200万亩。”鄂尔多斯市林草局局长张华说。",
            {"200万亩": "鄂尔多斯市"},
        ),
    ],
)
def test_a_quoted_statement_is_its_speakers_units(text: str, regions: dict[str, str | None]) -> None:
    assert regions_of(text) == regions


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # 今年 heads a yearly series: the year before it
        (
            "中新网杭州8月14日电 今年在高速公路服务区建成充电桩1500个；2024年建成1800个以上；"
            "2025年建成2100个以上。今年底力争实现维修网点超过300家，2024年底力争超过400家，2025年底力争超过480家。",
            2023,
        ),
        (
            "某省将实施农村公路提升行动，今年新改建农村公路3000公里，2026年新改建3500公里，2027年新改建4000公里。",
            2025,
        ),
        # no series after 今年 (a deadline alone): the years vote as before
        ("记者获悉，今年开工的跨江大桥计划2026年建成，2026年将成为全市交通建设的关键一年。", 2026),
    ],
)
def test_an_undated_items_this_year_heads_its_yearly_series(text: str, year: int) -> None:
    assert detect_plan_year(text) == year


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the lead quotes the goal, the body states it again: one target
        (
            "某省发布通知，明确了“2024年底乡村公共充电设施达到3万个”等具体目标。"
            "该省提出了在2024年底乡村公共充电设施达到3万个的目标。",
            ["3万个"],
        ),
        # parallel items of one sentence with the same amount: two targets
        (
            "今年力争开工总投资300亿元以上的精细化工项目；总投资300亿元以上的新材料项目。",
            ["300亿元以上", "300亿元以上"],
        ),
        # two indicators that grow at the same rate: two targets
        ("今年地区生产总值增长6%左右。规模以上工业增加值增长6%左右。", ["6%左右", "6%左右"]),
        # the same amount with other words before it: two targets
        ("今年新建道路总长约900米。另一条道路全长约900米，年内开工。", ["900米", "900米"]),
    ],
)
def test_a_goal_printed_twice_is_one_target(text: str, kept: list[str]) -> None:
    targets = extract_article(prepare_article(text_document(NEWS_PAGE + text))).targets
    assert [target.raw for target in targets] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an event held, then the year's programme with its floors
        (
            "7月20日，某省科技成果路演活动在省城举行，共有15个路演项目、30余家投资机构参加。"
            "该系列活动集聚80家高校院所，全年开展不少于40场专场路演，服务不少于800个路演项目。",
            ["40场", "800个"],
        ),
        # a floor told of what was done: a result
        ("上周举行的招聘会上，共有不少于300家企业到场，已达成就业意向2000余人。", []),
    ],
)
def test_a_floor_for_the_year_in_view_is_a_plan(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "deadlines"),
    [
        # the horizon of the plan, then its yearly amounts in later sentences
        (
            "近日，某省印发三年行动方案。《方案》提出，到2026年，全省技能人才新增80万人以上。"
            "实施二产就业扩容行动。某省将加快制造业发展，每年全省工业企业新增吸纳就业40万人左右。"
            "实施三产就业扩容行动，每年新增服务业就业岗位25万个左右，引导数字经济创造岗位6万个左右。",
            {"80万人以上": "2026", "40万人左右": "2026", "25万个左右": "2026", "6万个左右": "2026"},
        ),
        # a yearly amount with no horizon before it has no deadline
        ("某县将加快发展乡村旅游，每年接待游客增加10万人次以上。", {"10万人次以上": None}),
        # a cut-off is no horizon
        (
            "全省通信建设加快推进，截至2026年6月已建成基站3万个。某省将每年新建基站5000个以上。",
            {"5000个以上": None},
        ),
    ],
)
def test_a_yearly_amount_runs_until_its_plans_horizon(text: str, deadlines: dict[str, str | None]) -> None:
    assert {target.raw: target.deadline for target in targets_in(text, 2024)} == deadlines


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a company's donation, allotted to places
        (
            "8月7日，某汽车集团通过慈善总会驰援受灾地区的1500万元捐款已全部到位，"
            "这笔款项将定向捐赠甲区400万元、乙区400万元、丙市700万元，用于灾后重建。",
            [],
        ),
        # a mall's pledge for each sale
        ("某时代广场从即日起至8月31日，每一单销售，都将为困境大学生捐款3元。", []),
        # the region's own funds for the same work stay a plan
        ("某县今年将安排灾后重建资金2亿元，计划修复道路60公里。", ["2亿元", "60公里"]),
    ],
)
def test_a_companys_gift_is_no_regions_target(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a past year, then a campaign whose quoted name holds 计划
        (
            "2022年，在县妇联层层动员下，通过“春苗计划在西部”网络筹款活动等方式，全县共筹集资金8.5万元。",
            [],
        ),
        # a plan word outside the quotation still plans
        ("下一步，某县将通过“春苗计划”继续培训返乡青年200人。", ["200人"]),
    ],
)
def test_a_plan_word_inside_a_quoted_name_sets_nothing_ahead(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a look-back paragraph, an agreement of the plan year signed: the gifts told are done
        (
            "近年来，某区残联持续开展结对帮扶。2021年至2022年，某区残联累计支持帮扶经费180万元。"
            "2023年7月10日至12日，某区残联赴青山、白水、红河三县开展调研，与三县残联签订2023年结对帮扶协议，"
            "为青山、白水、红河分别捐赠31万元、30万元、29万元助残资金。",
            [],
        ),
        # the plan year as the time of the verb still plans
        ("近年来，某县持续推进招商引资。2024年，某县将引进亿元以上项目12个。", ["12个"]),
        # the document signed, then a plan word of the sentence
        ("某县与企业签订2024年合作协议，计划引进项目10个。", ["10个"]),
    ],
)
def test_the_year_of_a_document_signed_sets_no_time(text: str, kept: list[str]) -> None:
    assert raws(text, 2024 if "2024" in text else 2023) == kept


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("据施工方某局某高铁站前三标项目经理王强介绍，", []),
        ("力争进入全省前五。", ["前五"]),
        ("新建5个半导体项目。", ["5个"]),
    ],
)
def test_a_works_section_is_no_ranking(text: str, found: list[str]) -> None:
    assert [quantity.raw for quantity in find_quantities(text)] == found


def test_a_span_and_a_half_is_no_count() -> None:
    text = "建成后，甲市至乙县将由原来3个半小时车程缩短为1个小时。"
    assert raws(text, 2023) == ["1个小时"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("据边检站统计，截至8月10日，今年合作中心进出超150万人次，达到156万人次。", []),
        # a plan of the year after a cut-off clause keeps its own plan word
        ("截至8月10日，今年已接待游客80万人次，全年力争突破150万人次。", ["150万人次"]),
    ],
)
def test_this_year_after_a_cut_off_is_the_year_so_far(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("该线其中新建青山、白水、红河、东湖、南岭等5座车站。", []),
        # a list that only opens the count ("A、B等12个") stays a target
        ("今年将新建青山、白水等12座车站。", ["12座"]),
    ],
)
def test_a_count_closing_as_many_listed_items_enumerates_them(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "青山村村民李大成种植了60亩青贮玉米，今年收成不错。"
            "“今年收成比较可观，能收入18万元左右，明年我会继续扩大种植规模。”李大成说。",
            [],
        ),
        ("“我家今年计划新建两座大棚，增收5万元。”市民王小红说。", []),
        # an official's quoted plan stays a target
        ("“今年全镇将新建高标准农田2万亩。”白沙镇镇长赵强说。", ["2万亩"]),
    ],
)
def test_a_residents_words_are_no_regions_target(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "某县某村果园位于县城以北三公里处，2016年初，由某农业公司负责人投资兴建，总投资8000万元。",
            [],
        ),
        (
            "为支持村民增收，某县引进总投资1.8亿元的某食品公司肉鸡加工项目。该项目于2021年9月完成项目建设。",
            [],
        ),
        # a work begun in a past year and still to be finished stays a target
        ("2022年，某县开工建设物流园项目，总投资6亿元，预计今年底建成。", ["6亿元"]),
        # completion dated in the plan year or later is no result
        ("某县引进总投资2亿元的食品加工项目。该项目于2025年6月完成项目建设。", ["2亿元"]),
    ],
)
def test_a_work_set_up_in_a_past_year_is_no_target(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("本次活动拟资助某市困境女大学生80名，资助对象为今年考上大学的困难家庭学生。", ["80名"]),
        ("今年将补助困难农户300户。", ["300户"]),
        # the aid's rate or cap is a parameter
        ("对考上大学的困难学生每人资助5000元。", []),
        ("每户补助标准为2000元，共补助农户。", []),
    ],
)
def test_how_many_a_programme_helps_is_its_work(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


def test_a_town_named_with_a_rare_character_is_found() -> None:
    text = (
        "本报讯 贵州省遵义市某县柏㯊镇气候凉爽。柏㯊镇党委书记刘明介绍，柏㯊镇正在提升旅游品质。"
        "截至目前，柏㯊镇已打造乡村民宿30家，5家民宿在建设中，将新增床位80张。"
    )
    assert regions_of(text) == {"80张": "柏㯊镇"}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("到2030年，全市1800万亩沙化土地将全部得到治理。", ["1800万亩"]),
        # a result obtained stays a result
        ("近年来，全市1200万亩沙化土地得到治理。", []),
    ],
)
def test_de_dao_after_jiang_is_still_to_be_done(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("果园引进了十几个优良品种，每棵产量控制在20—30斤，每亩总产可达1800—2500斤。", []),
        ("今年力争每亩产量可达1200斤以上。", ["1200斤以上"]),
    ],
)
def test_what_each_unit_can_yield_is_a_capability(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept
