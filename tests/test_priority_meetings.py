"""Priorities of meeting news, inspection visits and reported plans that are no press conference
(guidelines §2).

Hand-written items in the shapes of city and district dailies: a work meeting whose requirements go on
in a sentence of semicolon parts after the first duty ("会议要求…要以…为标杆，全力推广…。严格落实…；
持续做好…；各部门要…；对照…"), a requirement addressed to bodies with no 要 of its own ("会议要求各部门
建立…"), and the next step a body of the region reports ("下一步，某区民政局将…"). Each is labeled as a
careful annotator would: the items of the meeting's own list and the reported plan, never the bodies'
division of labour inside one duty or what a bureau did in past years.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from summarizer.extract.pipeline import summarize_text
from summarizer.ingest.places import place_chains
from tests.priority_scoring import assert_exactly_these_priorities, listing, quoted


@dataclass(frozen=True)
class MeetingItem:
    name: str
    region: str | None
    text: str
    quotes: list[str]
    """The quote of each priority an annotator would label."""


ITEMS = [
    MeetingItem(
        "requirements_in_semicolon_parts",
        "青禾县",
        (
            "青禾县召开扬尘污染防治工作推进会\n"
            "近日，青禾县召开扬尘污染防治工作推进会，县生态环境局、住建局负责人和辖区28家重点工地负责人"
            "参加会议。会议要求全县各在建工地要以示范工地为标杆，借鉴经验做法，全面推广雾炮喷淋和渣土车"
            "密闭运输。严格落实“六个百分百”要求，争创绿色示范工地；持续做好帮扶指导工作，减少检查频次；"
            "各部门要协调联动，强责任，严监管；对照年度治气攻坚任务，查漏补缺，确保完成年度目标。\n"
        ),
        [
            "全面推广雾炮喷淋和渣土车密闭运输",
            "严格落实“六个百分百”要求，争创绿色示范工地",
            "持续做好帮扶指导工作",
            "各部门要协调联动",
            "对照年度治气攻坚任务",
        ],
    ),
    MeetingItem(
        "series_after_a_duty_with_one_part",
        "石泉县",
        (
            "石泉县召开安全生产工作会议\n"
            "8月3日，石泉县召开安全生产工作会议。会议强调，要压实安全生产责任，全面排查整治风险隐患。"
            "强化汛期巡查；做好应急值守；各乡镇要落实包保责任。\n"
        ),
        [
            "要压实安全生产责任",
            "强化汛期巡查",
            "做好应急值守",
            "各乡镇要落实包保责任",
        ],
    ),
    MeetingItem(
        "requirements_without_a_duty_word",
        "石泉县",
        (
            "石泉县残联系统干部能力提升培训班开班\n"
            "7月20日上午，石泉县残联系统干部能力提升培训班开班，培训为期3天。副县长、县残联主席李敏要求，"
            "进一步提高思想认识，切实扛起责任担当，把残疾人放在心上；进一步把握工作重点，切实增强服务本领；"
            "进一步强化纪律意识，加强基层组织建设，加快发展助残志愿者队伍。\n"
        ),
        [
            "进一步提高思想认识，切实扛起责任担当",
            "进一步把握工作重点，切实增强服务本领",
            "进一步强化纪律意识",
        ],
    ),
    MeetingItem(
        "next_step_of_the_work_itself",
        "石泉县",
        (
            "石泉县开展教师技能展示周活动\n"
            "日前，石泉县教育局组织开展教师技能展示周活动，全县400多名教师参加。活动展示了教师的专业素养。"
            "下一步，此项工作将持续推进，努力打造一支业务精良、勇于担当的教师队伍。\n"
        ),
        ["努力打造一支业务精良、勇于担当的教师队伍"],
    ),
    MeetingItem(
        "plans_with_no_subject",
        "北川区",
        (
            "北川区城乡社区结对活动上线\n"
            "日前，北川区“城乡结对”活动正式上线，区民政局向全区8个街道发出倡议。近年来，北川区连续开展邻里节"
            "活动。未来，将策划举办乡村露营节、乡村周末集市等活动，共助乡村振兴。\n"
        ),
        ["将策划举办乡村露营节、乡村周末集市等活动"],
    ),
    MeetingItem(
        "direction_an_event_marks",
        "北川区",
        (
            "北川区储能产业基地揭牌\n"
            "8月12日，某储能科技公司东北分部在北川区揭牌成立。此次揭牌，也标志着北川区(北川经开区)正充分发挥"
            "园区载体优势，积极承接新能源及储能产业优质项目。\n"
        ),
        ["积极承接新能源及储能产业优质项目"],
    ),
    MeetingItem(
        "all_levels_addressed_without_a_duty_word",
        "石泉县",
        (
            "石泉县召开议军会\n"
            "县委常委议军会上，县委书记赵明要求全县各级聚焦备战打仗深化双拥工作，打通“部队所需”与“地方所能”"
            "链路。随后，县人武部通报了上半年工作情况。\n"
        ),
        ["聚焦备战打仗深化双拥工作"],
    ),
    MeetingItem(
        "requirement_to_bodies_and_next_step",
        "北川区",
        (
            "北川区召开困难群众探访关爱工作会议\n"
            "8月9日下午，北川区召开困难群众探访关爱工作专题会议，对实施方案进行了部署和解读。会议要求"
            "各街道建立定期探访制度，加强部门协同，让服务更加精准。下一步，北川区民政局将做好牵头工作，"
            "精心组织实施，确保探访关爱工作做实、做细、见到成效。\n"
        ),
        [
            "各街道建立定期探访制度，加强部门协同",
            "确保探访关爱工作做实、做细、见到成效",
        ],
    ),
]


@pytest.mark.parametrize("item", ITEMS, ids=[item.name for item in ITEMS])
def test_each_priority_of_the_meeting_item_is_found_and_nothing_else(item: MeetingItem) -> None:
    assert_exactly_these_priorities(item.name, item.text, item.region, quoted(item.quotes))


def test_the_bodies_of_one_duty_are_its_details_not_items() -> None:
    """Who does what inside one duty's sentence ("市专班要…；房产部门要…；各地区要…") divides the work of
    that duty: the semicolon parts of the duty's own sentence are no items of the list."""
    text = (
        "石泉县召开供热工作专题会议\n"
        "8月16日，石泉县召开供热工作专题会议。会议强调，要完善工作机制，形成工作合力，县专班要加强统筹，"
        "加密调度频次；住建部门要严密组织实施，跟踪督导进展；各乡镇要抓实“一把手”工程，全力推进落实。\n"
    )
    quotes = [p.quote for p in summarize_text(text).priorities]
    assert len(quotes) == 1 and "完善工作机制" in quotes[0], quotes


def test_what_a_bureau_did_in_past_years_is_no_plan() -> None:
    """A body of the region with a word of effort but no word of intent ("近年来，某市金融局积极落实…")
    reports what was done: no priority of the next step."""
    text = (
        "青禾县出台支持企业上市若干措施\n"
        "日前，青禾县政府印发支持企业上市的若干措施。近年来，青禾县金融局积极落实助企上市机制，建立上市"
        "绿色通道，协调解决企业上市难题。今年上半年，全县新增上市企业1家。\n"
    )
    quotes = [p.quote for p in summarize_text(text).priorities]
    assert not any("金融局" in quote for quote in quotes), quotes


STUDY_SESSION = (
    "市政协党组召开专题学习会议\n"
    "8月14日，市政协党组理论学习中心组召开专题学习会议，认真学习领会习近平总书记关于东北、辽宁振兴"
    "发展的重要讲话和指示批示精神，以及在辽宁、吉林考察时的重要讲话精神。市政协主席主持会议并讲话。"
    "会议强调，要坚持围绕中心、服务大局，深入调查研究、积极建言献策。要持之以恒全面从严治党，涵养"
    "风清气正政治生态。\n"
)


def test_the_places_of_a_studied_speech_are_not_the_texts_region() -> None:
    """A study session names places only in the title of the speech it studies ("关于东北、辽宁振兴发展的
    重要讲话", "在辽宁、吉林考察时的重要讲话"): those are the speech's subject. The text never names its own
    city, so its duties have no region (not 辽宁省, and not 振兴区 read out of "辽宁振兴发展")."""
    summary = summarize_text(STUDY_SESSION)
    assert [p.region for p in summary.priorities] == [None, None], listing(summary)


def test_a_city_named_outside_the_studied_speech_is_the_region() -> None:
    """The same session in a text that names its city (twice, as a region is named): the city, whatever
    places the studied speech names."""
    text = STUDY_SESSION.replace("涵养风清气正政治生态。", "为鞍山市全面振兴贡献力量。").replace(
        "市政协党组理论", "鞍山市政协党组理论"
    )
    summary = summarize_text(text)
    assert {p.region for p in summary.priorities} == {"鞍山市"}, listing(summary)


@pytest.mark.parametrize(
    ("words", "chained"),
    [
        ("推动辽宁振兴发展", None),
        ("河南解放思想再出发", None),
        ("沈阳铁西老工业区", "铁西区"),
        ("沈阳市铁西区", "铁西区"),
    ],
)
def test_a_districts_bare_short_form_is_a_place_only_after_its_city(words: str, chained: str | None) -> None:
    """A district's short form written without 区 right after the province ("辽宁振兴", "河南解放") is a
    word of the sentence; right after its own city ("沈阳铁西") it is the district."""
    chains = place_chains(words)
    assert (chains[0].place.name if chains else None) == chained


def test_how_to_hold_the_next_meeting_is_no_policy_area() -> None:
    """A study session that ends by deploying its next meeting ("会议就高质量开好…专题民主生活会作出部署，
    强调要精心组织安排…。要深入开展谈心谈话…"): those duties are the meeting's procedure; the session's
    own duties before it stay."""
    text = (
        "石泉县政府党组召开专题学习会议\n"
        "8月15日，石泉县政府党组理论学习中心组召开专题学习会议。会议强调，要坚定不移实干担当，以新作为"
        "推动高质量发展。要坚定不移全面从严治党，营造风清气正的政治生态。会议就高质量开好县政府领导班子"
        "专题民主生活会作出部署，强调要精心组织安排，严格规范程序。要深入开展谈心谈话，全面梳理问题，"
        "严肃进行批评和自我批评。\n"
    )
    quotes = [p.quote for p in summarize_text(text).priorities]
    assert len(quotes) == 2 and not any("谈心谈话" in q or "组织安排" in q for q in quotes), quotes


def test_a_deployment_of_a_line_of_work_keeps_its_duties() -> None:
    """A deployment of work, not of a meeting ("会议就做好防汛工作作出部署"): its duties are policy areas."""
    text = (
        "石泉县召开防汛工作会议\n"
        "7月2日，石泉县召开防汛工作会议。会议就做好当前防汛工作作出部署，强调要压实防汛责任，全面排查"
        "风险隐患。要加强监测预警，及时转移受威胁群众。\n"
    )
    quotes = [p.quote for p in summarize_text(text).priorities]
    assert any("压实防汛责任" in q for q in quotes), quotes


def test_the_next_step_of_a_place_named_as_subject_is_that_places() -> None:
    """A city's news item that ends with the next step of one of its districts or zones ("下一步，浑南区将…",
    "接下来，某高新区将…"): the plan is the place's that the sentence names as its subject."""
    text = (
        "沈阳市召开科技创新政策解读会议\n"
        "8月8日，沈阳市科技创新政策解读会议召开，沈阳市41家单位参加会议。今年上半年，全市新备案科技型中小"
        "企业2000余家。下一步，浑南区将积极落实科技创新政策，完善科技服务链条，持续赋能区域经济发展。\n"
    )
    summary = summarize_text(text)
    assert [(p.region, "完善科技服务链条" in p.quote) for p in summary.priorities] == [("浑南区", True)], (
        listing(summary)
    )


def test_a_look_back_of_the_next_paragraph_is_no_next_step() -> None:
    """未来 as a noun in a sentence that reports a result ("未来三年已签约…") is no plan: only a sentence that
    opens with the time word, a comma and 将 reports the next step."""
    text = (
        "石泉县举行项目签约仪式\n"
        "8月3日，石泉县举行项目签约仪式，签约项目12个。未来三年的项目储备已全部完成。\n"
    )
    assert summarize_text(text).priorities == [], listing(summarize_text(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "今年石泉县将压实扬尘治理责任，全县28家重点工地负责人参加会议。",
        "今年石泉县将开展干部培训，培训为期3天。",
        "今年石泉县将组建便民服务队，24小时处理群众诉求。",
        "今年石泉县将全力推广360度旋转喷淋系统。",
    ],
)
def test_the_events_numbers_are_no_targets(sentence: str) -> None:
    """Who attended ("28家…参加会议"), how long the course runs ("为期3天"), the hours of a service
    ("24小时处理…") and an angle in a device's name ("360度旋转…") are narration and specification."""
    summary = summarize_text(f"石泉县召开工作会议\n{sentence}\n")
    assert summary.targets == [], [t.quote for t in summary.targets]


def test_a_time_limit_in_hours_stays_a_target() -> None:
    """A time limit ("压缩至24小时以内") is a goal, whatever the hours of a service."""
    summary = summarize_text("石泉县召开工作会议\n今年石泉县将把企业开办时间压缩至24小时以内。\n")
    assert [t.raw for t in summary.targets] == ["24小时以内"], [t.quote for t in summary.targets]


def test_what_an_event_marks_as_done_is_no_plan() -> None:
    """ "标志着某区已成为…": the event marks a result, not a line of work to come."""
    text = (
        "北川区储能产业基地揭牌\n"
        "8月12日，某储能科技公司东北分部在北川区揭牌成立。此次揭牌，标志着北川区已成为东北地区重要的储能"
        "产业集聚区。\n"
    )
    assert summarize_text(text).priorities == [], listing(summarize_text(text))


VISIT = (
    "市委书记到北川区信访局接待群众\n"
    "8月15日，省委常委、市委书记王强到北川区信访局接待信访群众，现场研究解决问题。王强强调，要强化调度"
    "督导，健全督导督办机制。要强化领导包案，一个案件、一抓到底。要强化工作联动，形成全市“一盘棋”"
    "工作格局。北川区信访局负责人陪同。\n"
)


def test_a_higher_leaders_duties_are_not_the_visited_districts() -> None:
    """A city's party secretary at a district's office ("市委书记王强到北川区信访局…"): his duties are the
    city's (全市“一盘棋”), and the text never names the city, so they have no region (not 北川区)."""
    summary = summarize_text(VISIT)
    assert summary.priorities and {p.region for p in summary.priorities} == {None}, listing(summary)


def test_a_visited_district_with_a_plan_of_its_own_stays_the_region() -> None:
    """The same visit in a text where the district states its own plan ("北川区将…"): the district's."""
    text = VISIT.replace("北川区信访局负责人陪同。", "下一步，北川区将建立信访问题清单，逐案推进化解。")
    summary = summarize_text(text)
    assert "北川区" in {p.region for p in summary.priorities}, listing(summary)
