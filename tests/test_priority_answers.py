"""Priorities in answers told in running text (guidelines §2): a hotline where residents ask and street
officials answer in turn, a press conference's statement, a leader's requirements on a visit. Each text is
written for the test in the shape of unseen news items; the traps are the questions, the results an answer
reports before its plan, and the details of a duty told after it.
"""

from __future__ import annotations

import pytest

from summarizer.extract.pipeline import summarize_text
from tests.priority_scoring import assert_exactly_these_priorities
from tests.test_priority_genres import Genre

ANSWERS = [
    Genre(
        "hotline_officials_answer_in_turn",
        "东湖街道",
        (
            "2023-07-21 10:18:02，正文：昨天上午，来自东湖街道的3名居民代表走进直播间，参与夏令热线节目，"
            "街道负责人第一时间予以回应。来自新村居民区的王芳提出，希望推出更多优质的养老方式。东湖街道"
            "党工委副书记、办事处主任李明表示，目前，街道已经在推动居家养老和机构养老两方面的工作。后续，"
            "街道将结合实际情况，对现有养老设施和服务提档升级。来自花园小区的居民赵强提出，希望建设更多适合"
            "婴幼儿的公共场所。东湖街道办事处副主任孙丽表示，居民的建议与街道托育点建设初衷不谋而合。下一步，"
            "街道将对现有托育点进行改造，从硬件设施、软件服务等方面提高标准，力争办好居民满意的托育服务。\n"
        ),
        [
            ("livelihood", "养老设施和服务提档升级", "街道将结合实际情况，对现有养老设施和服务提档升级"),
            ("livelihood", "托育点改造", "下一步，街道将对现有托育点进行改造"),
        ],
    ),
    Genre(
        "hotline_official_introduced_before_answers",
        "西林街道",
        (
            "2023-07-20 11:17:32，正文：昨天上午，来自西林街道的3名居民代表走进直播间，在夏令热线节目中"
            "讨论小区停车难问题。"
            "来自银杏苑的居民张华表示，该小区停车位最紧缺时缺口达200余个。西林街道党工委副书记、办事处主任"
            "周平表示，街道很多小区建成较早，车位配备存在先天不足。对于居民代表提到的共享车位等建议，周平"
            "表示，针对有条件开辟停车位的小区，街道将加大“三位一体”合力，推动方案落地。\n"
        ),
        [("urban_rural", "推动停车位方案落地", "街道将加大“三位一体”合力，推动方案落地")],
    ),
    Genre(
        "hotline_subdistrict_committee_member_answers",
        "南湖街道",
        (
            "2023-07-21 10:17:47，正文：有居民通过夏令热线电话反映，位于南湖街道的松林路人行步道坑洼不平，"
            "希望相关部门尽快整治。南湖街道党工委委员、办事处副主任钱进在夏令热线直播间表示，此前，街道通过"
            "小修小补等方式对破损路面进行处置。钱进透露，今年下半年，街道将对该路段进行整体改造，计划铺设约"
            "100米沥青路面。\n"
        ),
        [("urban_rural", "对该路段进行整体改造", "今年下半年，街道将对该路段进行整体改造")],
    ),
    Genre(
        "press_conference_statement_of_the_province",
        "山西省",
        (
            "8-11 10:23，正文：中新网8月11日电 11日上午，山西省灾后重建新闻发布会召开。山西省灾后重建新闻"
            "发布会通报，9月1日前，保证每一名受灾学生都能按时开学返校。通报称，将明确思路目标，把灾后重建"
            "纳入全省发展大局，计划用两年时间完成重建工作。\n"
        ),
        [("urban_rural", "完成灾后重建", "计划用两年时间完成重建工作")],
    ),
]

PARALLEL_DUTIES = [
    Genre(
        "visit_duties_open_alike_with_details_between",
        "闵行区",
        (
            "2023-07-20 08:47:27，正文：7月19日上午，区委书记王刚专题调研团区委工作，听取团区委现阶段工作"
            "情况汇报。王刚指出，团区委紧紧围绕闵行发展的中心大局，做了大量有特色的工作。接下来，要进一步"
            "加强思想引领，不断强化思想建设。团区委要以青年人喜闻乐见的方式做好青年人的工作。要进一步做好"
            "青年服务工作，帮助青年解决实际困难。要当好桥梁纽带，强化组织动员，切实了解青年人遇到的问题。"
            "要进一步加强自身建设，不断提升自身能力。同时，要大力抓好作风建设，提升组织活力。（来源：闵行区）\n"
        ),
        [
            ("governance", "加强思想引领", "要进一步加强思想引领"),
            ("livelihood", "做好青年服务工作", "要进一步做好青年服务工作"),
            ("governance", "加强自身建设", "要进一步加强自身建设"),
        ],
    ),
    Genre(
        "meeting_duties_that_open_otherwise_all_stay",
        "松江区",
        (
            "2023-07-19 09:06:05，正文：7月19日上午，松江区召开生活垃圾分类工作推进会。区长李华强调，要党建"
            "引领加强宣传引导，组织开展全方位的宣传活动。要源头治理加强问题整改，强化垃圾分类设施建设。要"
            "全面覆盖加强指导培训，分批次开展专题培训。要多方协同加强责任落实，加大执法和曝光力度。\n"
        ),
        [
            ("ecology", "党建引领加强宣传引导", "要党建引领加强宣传引导"),
            ("ecology", "源头治理加强问题整改", "要源头治理加强问题整改"),
            ("ecology", "全面覆盖加强指导培训", "要全面覆盖加强指导培训"),
            ("governance", "多方协同加强责任落实", "要多方协同加强责任落实"),
        ],
    ),
]

VISITS = [
    Genre(
        "requirements_raised_on_a_visit_are_the_visited_units",
        "长风新村街道",
        (
            "2023-07-20 13:22:37，正文：7月19日上午，普陀区副区长王强带队赴长风新村街道调研。王强表示，要"
            "抓牢高质量发展首要任务，全力做好经济社会发展各项工作。实地走访结束后，王强副区长赴长风新村街道"
            "开展座谈调研，听取了街道今年相关工作开展情况，并提出三点工作要求。一是要加快推进民生工程建设，"
            "打造“一刻钟便民生活圈”；二是要精准联系服务企业，打造服务企业一流“舒适圈”；三是要进一步加大"
            "部门协同力度，切实形成工作合力。\n"
        ),
        [
            ("livelihood", "加快推进民生工程建设", "一是要加快推进民生工程建设"),
            ("investment", "精准联系服务企业", "二是要精准联系服务企业"),
            ("governance", "加大部门协同力度", "三是要进一步加大部门协同力度"),
        ],
    ),
    Genre(
        "a_visit_without_requirements_keeps_the_region",
        "普陀区",
        (
            "2023-07-20 13:22:37，正文：7月19日上午，普陀区区长王强赴长风新村街道调研，走访了辖区企业。"
            "王强指出，普陀区下半年要做好三方面工作。一是要加快推进民生工程建设，打造“一刻钟便民生活圈”；"
            "二是要精准联系服务企业，打造服务企业一流“舒适圈”；三是要进一步优化营商环境。\n"
        ),
        [
            ("livelihood", "加快推进民生工程建设", "一是要加快推进民生工程建设"),
            ("investment", "精准联系服务企业", "二是要精准联系服务企业"),
            ("investment", "优化营商环境", "三是要进一步优化营商环境"),
        ],
    ),
]

QUESTIONS = [
    Genre(
        "press_conference_officials_of_the_city_answer_in_turn",
        "洛阳市",
        (
            "2023-08-16 13:51，正文：8月16日，洛阳市政府新闻办举行新闻发布会。有记者提问，洛阳在文旅融合"
            "方面有哪些打算？洛阳市文化广电和旅游局局长张华回答，今年以来，全市接待游客人数同比增长30%。"
            "下一步，我们将加快推进老城片区文旅项目建设，打造一批沉浸式演艺项目。另有记者提问，如何优化营商"
            "环境？洛阳市发展改革委主任李强表示，洛阳将深化“放管服”改革，推动更多事项一网通办。\n"
        ),
        [
            ("culture_tourism", "加快推进老城片区文旅项目建设", "我们将加快推进老城片区文旅项目建设"),
            ("reform", "深化“放管服”改革", "洛阳将深化“放管服”改革"),
        ],
    ),
    Genre(
        "a_question_that_names_the_city_and_a_plan_is_no_head",
        "洛阳市",
        (
            "2023-08-16 13:51，正文：8月16日，洛阳市政府新闻办举行新闻发布会。有记者提问，洛阳将如何加快推进"
            "老城片区文旅项目建设？洛阳市文化广电和旅游局局长张华表示，洛阳将深化文旅融合，推动老城片区提质"
            "升级。\n"
        ),
        [("culture_tourism", "深化文旅融合", "洛阳将深化文旅融合，推动老城片区提质升级")],
    ),
]

COMPANIES = [
    Genre(
        "press_conference_a_company_named_after_the_city_answers_too",
        "宜城市",
        (
            "2023-08-10 10:00，正文：8月9日，宜城市召开供热工作新闻发布会。宜城市住建局局长张明介绍，今年"
            "以来，全市新建供热管网8公里。下一步，宜城将加快推进老旧管网改造，确保今冬按时供热。宜城市热力"
            "公司总经理王强表示，公司将全力做好设备检修，保障居民温暖过冬。\n"
        ),
        [("urban_rural", "加快推进老旧管网改造", "宜城将加快推进老旧管网改造，确保今冬按时供热")],
    ),
]

TWO_REGIONS = [
    Genre(
        "visitor_courtesy_with_no_region_of_its_own_is_no_plan",
        "江宁区",
        (
            "2023-08-10 10:00，正文：8月9日，江宁区与城中区东西部协作新闻发布会举行。江宁区委副书记、区长"
            "王明表示，江宁将加大产业协作力度，推动更多企业投资兴业。城中区委副书记、区长李强表示，感谢江宁"
            "的大力支持，将继续深化两地合作。\n"
        ),
        [("investment", "加大产业协作力度", "江宁将加大产业协作力度")],
    ),
]


def test_officials_of_two_regions_answer_in_one_paragraph() -> None:
    """Each official's plan goes to the region the official's title names, not to the text's first."""
    text = (
        "2023-08-10 10:00，正文：8月9日，江宁区与城中区东西部协作新闻发布会举行。江宁区委副书记、区长王明"
        "表示，江宁将加大产业协作力度，推动更多企业到城中投资兴业。城中区委副书记、区长李强表示，城中将积极"
        "承接产业转移，全力打造高原特色产业园。\n"
    )
    priorities = summarize_text(text).priorities
    assert [(p.region, p.quote[:6]) for p in priorities] == [
        ("江宁区", "江宁将加大产"),
        ("城中区", "城中将积极承"),
    ]


NOT_ANSWERS = [
    Genre(
        "resident_asks_for_a_plan",
        "南山街道",
        (
            "2023-07-21 10:18:02，正文：昨天上午，来自南山街道的居民代表走进直播间，参与夏令热线节目。居民"
            "刘洋提出，希望街道将老旧小区的停车位进行改造。南山街道党工委副书记、办事处主任陈刚表示，街道"
            "已经完成了三个小区的车位改造，取得了不错的成效。\n"
        ),
        [],
    ),
]


ALL = ANSWERS + QUESTIONS + COMPANIES + TWO_REGIONS + PARALLEL_DUTIES + VISITS + NOT_ANSWERS


@pytest.mark.parametrize("genre", ALL, ids=[genre.name for genre in ALL])
def test_each_answered_plan_is_a_priority_and_nothing_else(genre: Genre) -> None:
    assert_exactly_these_priorities(genre.name, genre.text, genre.region, genre.priorities)


def test_an_answered_plan_is_titled_by_its_line_of_work() -> None:
    """The title is the work ("对现有养老设施和服务提档升级"), not "街道将结合实际情况"."""
    titles = [priority.title for priority in summarize_text(ANSWERS[0].text).priorities]
    assert titles[0] == "对现有养老设施和服务提档升级", titles


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("昨天上午，来自东湖街道的3名居民代表走进直播间，参与夏令热线节目。", []),
        ("昨日，东湖街道的5名党员志愿者走进社区，为老人送去清凉。", []),
        ("昨天，东湖街道表示，今年下半年将划设58个机动车停车位。", ["58个"]),
    ],
)
def test_the_news_days_event_is_no_target_but_a_plan_that_day_is(sentence: str, expected: list[str]) -> None:
    """昨天/昨日 dates the event a hotline or press item reports: its counts are facts; a plan stated that
    day keeps its own future mark."""
    answer = "东湖街道党工委副书记、办事处主任李明表示，街道将继续做好服务。"
    text = f"2023-07-21 10:18:02，正文：{sentence}{answer}\n"
    assert [target.raw for target in summarize_text(text).targets] == expected


def test_frames_found_from_their_verbs_are_the_frames_a_full_scan_finds() -> None:
    """`_frames` starts each search 40 characters before the next verb instead of at every position: on
    the dev articles and on text crafted around the limits, it finds exactly what `finditer` finds."""
    from summarizer.extract.rules import answers
    from summarizer.extract.rules.text import Span, frames_from_verb
    from tests.conftest import ARTICLES

    crafted = (
        "某" * 39
        + "表示，将推进。"  # a speaker of 39 characters, one of 41: the limit of the frame
        + "某" * 41
        + "表示，不算。"
        + "他表示，“引号”。王某说，明年开工。问：记者提问，如何？张三回答：将建设。居民希望，早日。"
    )
    texts = [crafted, *(path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt")))]
    pairs = ((answers._TURN_FRAME, answers._TURN_VERB_RE), (answers._ASKER_FRAME, answers._ASKER_VERB_RE))
    for text in texts:
        for start in range(0, len(text), 131):
            span = Span(start, min(len(text), start + 400))
            for frame, verb in pairs:
                expected = [(m.span(), m.groups()) for m in frame.finditer(text, span.start, span.end)]
                found = frames_from_verb(frame, verb, text, span, answers._FRAME_SPEAKER_CHARS)
                assert [(m.span(), m.groups()) for m in found] == expected
