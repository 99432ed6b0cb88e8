"""Priorities of short local news items, meeting news and work-report excerpts (guidelines §2).

Hand-written texts in the shapes of scraped county and district pages: a ceremony's news item with a
photo caption, the host's line, the guests' line and a list of names; a government meeting's "三点要求"
with duties inside each item; a study meeting whose first duty is to study the spirit of a higher
meeting; a signing's news item that opens with the event's significance; a report excerpt with a
one-sentence paragraph of targets and numbered heading lines that have commas but no closing mark.
Each is labeled as a careful annotator would: the top level of the text's own structure, never the
event, its guests or the lead-in that announces the list.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from summarizer.extract.pipeline import summarize_text
from summarizer.extract.rules.priorities import categorize
from summarizer.ingest.clean import clean_text
from tests.priority_scoring import assert_exactly_these_priorities, listing


@dataclass(frozen=True)
class NewsItem:
    name: str
    region: str
    text: str
    priorities: list[tuple[str, str, str]]
    """(category, title, quote) of each priority an annotator would label."""


ITEMS = [
    NewsItem(
        "ceremony",
        "镇坪县",
        (
            "镇坪县举行重点项目集中开工仪式\n"
            "3月8日，镇坪县2024年一季度重点项目集中开工仪式在县经济开发区举行，共开工项目12个，"
            "总投资35.6亿元。\n"
            "（图片由县融媒体中心提供）\n"
            "县委副书记、县长赵明在致辞中表示，此次集中开工是全县推动高质量发展的具体行动。全县上下"
            "聚焦实施“项目攻坚年”行动，全力扩大有效投资，推动镇坪经济稳步向好。\n"
            "副县长孙立主持仪式。\n"
            "与会领导共同为项目培土奠基。\n"
            "王刚、李伟、周强、吴军等县领导参加活动。\n"
        ),
        [("investment", "聚焦实施“项目攻坚年”行动", "全县上下聚焦实施“项目攻坚年”行动，全力扩大有效投资")],
    ),
    NewsItem(
        "three_requirements",
        "青禾县",
        (
            "青禾县召开县政府全体会议\n"
            "8月20日，青禾县政府第五次全体会议召开，县委副书记、县长刘洋主持会议并讲话。\n"
            "会议指出，2023年，全县上下攻坚克难，经济运行稳中向好，重点项目建设成效明显，民生福祉"
            "持续改善。\n"
            "会议对下阶段工作提出三点要求。一是要坚定信心，全力冲刺全年目标任务。要保持良好势头，"
            "确保各项任务按期完成；要提升工作效率，压茬推进重点工作。二是要突出重点，全力推进项目建设。"
            "要抓好项目谋划储备；要强化要素保障，加快项目建设进度。三是要守牢底线，切实抓好安全生产。"
            "要深入开展隐患排查整治；要加强节假日安全监管。\n"
        ),
        [
            ("governance", "坚定信心，冲刺全年目标任务", "一是要坚定信心，全力冲刺全年目标任务"),
            ("investment", "突出重点，推进项目建设", "二是要突出重点，全力推进项目建设"),
            ("unity_security", "守牢底线，抓好安全生产", "三是要守牢底线，切实抓好安全生产"),
        ],
    ),
    NewsItem(
        "study_meeting",
        "北川区",
        (
            "北川区召开区委理论学习中心组学习会\n"
            "4月3日，北川区委理论学习中心组举行集体学习会，区委书记陈凯主持会议并讲话。\n"
            "区委理论学习中心组部分成员作交流发言。\n"
            "陈凯强调，要把学习贯彻全国两会精神作为当前的首要政治任务，准确把握目标要求和重点任务。"
            "要因地制宜发展新质生产力。依托高校资源培育低空经济产业集群，持续加大招商引资力度。"
            "要统筹发展和安全。抓好安全生产专项整治，健全矛盾纠纷多元化解机制。要推进全面从严治党。"
            "深化作风建设，推动各项任务落地见效。\n"
        ),
        [
            ("industry", "因地制宜发展新质生产力", "要因地制宜发展新质生产力"),
            ("unity_security", "统筹发展和安全", "要统筹发展和安全"),
            ("governance", "推进全面从严治党", "要推进全面从严治党"),
        ],
    ),
    NewsItem(
        "signing",
        "石泉县",
        (
            "石泉县举行招商引资项目签约仪式\n"
            "信息来源：县融媒体中心 作者：张敏 发布时间：2024-02-12 10:00\n"
            "2月12日，石泉县举行2024年招商引资项目签约仪式，现场签约投资总额达12.5亿元。\n"
            "县委副书记、县长何平强调，此次项目签约，既是落实县委经济工作会议部署的生动实践，也是"
            "全县上下拼经济的具体体现。他表示，石泉县将坚持“亲商、安商”理念，进一步优化营商环境、"
            "完善要素保障，全力支持项目建设。\n"
            "县政府各副县长，县人大、县政协分管领导，各镇主要负责人和企业代表参加签约仪式。\n"
        ),
        [("investment", "优化营商环境、完善要素保障", "进一步优化营商环境、完善要素保障")],
    ),
    NewsItem(
        "report_excerpt",
        "松阳县",
        (
            "松阳县2025年政府工作报告（摘要）\n"
            "建议2025年全县生产总值增长6%。\n"
            "重点做好以下两个方面工作：\n"
            "（一）聚力产业升级，坚持提质提速，全力打造浙西南先进制造业高地\n"
            "历时两年的谋划，园区一批重点项目陆续开工。今年将新引进亿元以上项目20个。\n"
            "（二）聚力城乡融合，全面推进乡村振兴\n"
            "深入实施千万工程，建设和美乡村30个。\n"
        ),
        [
            ("industry", "聚力产业升级", "（一）聚力产业升级，坚持提质提速，全力打造浙西南先进制造业高地"),
            ("urban_rural", "聚力城乡融合", "（二）聚力城乡融合，全面推进乡村振兴"),
        ],
    ),
    NewsItem(
        "semicolon_duties",
        "镇坪县",
        (
            "镇坪县召开县委常委会会议\n"
            "5月10日，镇坪县委常委会召开会议，县委书记李强主持会议并讲话。\n"
            "会议指出，在谋划“十五五”的关键节点，要以高质量规划引领高质量发展。\n"
            "会议强调，要提高站位、把准方向，聚焦传统产业升级和新兴产业培育，加快构建现代化产业体系；"
            "要群策群力、形成合力，压实工作责任，确保规划科学管用；要精准对接、精准落位，抢抓机遇建强"
            "项目库，推动重点项目早落地。\n"
        ),
        [
            ("industry", "提高站位、把准方向", "要提高站位、把准方向"),
            ("governance", "群策群力、形成合力", "要群策群力、形成合力"),
            ("investment", "精准对接、精准落位", "要精准对接、精准落位"),
        ],
    ),
    NewsItem(
        "heading_duties",
        "石泉县",
        (
            "石泉县召开政府工作务虚会\n"
            "12月18日，石泉县政府2025年度工作务虚会召开，县长何平主持会议并讲话。\n"
            "会议强调，要全力冲刺年度目标任务。要对照年初目标逐项盘点，迅速补短板、强弱项；要立足"
            "收好官，抓好项目谋划、抓实项目推进。\n"
            "要全力办好民生实事。要突出发展为民，聚焦群众急难愁盼问题，办好教育、医疗、就业等民生实事。\n"
        ),
        [
            ("governance", "全力冲刺年度目标任务", "要全力冲刺年度目标任务"),
            ("livelihood", "全力办好民生实事", "要全力办好民生实事"),
        ],
    ),
    NewsItem(
        "expo",
        "庆元县",
        (
            "庆元县特色农产品展销会开幕\n"
            "6月2日，庆元县特色农产品展销会在省城开幕，庆元馆首批开馆。\n"
            "开馆仪式上，县委副书记、县长田明致辞。他表示，庆元县将坚持以质为本、以特为要，推动名优"
            "农产品扩面提质、延链增效，带动乡亲增收致富。\n"
            "食用菌非遗传承人和当地企业代表纷纷登台进行香菇文化推介。\n"
            "展销会上，庆元馆共展示了香菇、黄精、锥栗等80余种农产品，受到市民欢迎。\n"
        ),
        [("agriculture", "推动名优农产品扩面提质", "推动名优农产品扩面提质、延链增效")],
    ),
    NewsItem(
        "dispatch_meeting",
        "石泉县",
        (
            "石泉县召开三季度经济运行调度会\n"
            "10月9日，县长何平主持召开石泉县三季度经济运行调度会，安排部署四季度工作。\n"
            "何平指出：前三季度全县经济总体保持平稳增长态势，但对照全年目标，形势仍然严峻。\n"
            "何平要求：各部门要认真研判经济运行态势，统筹谋划好四季度及明年工作，力促主要指标稳中有升。"
            "要全力以赴抓招商，积极引进大项目、好项目；要加快重点项目建设，能开工的尽快开工；要壮大现代"
            "农业，夯实农业基础，促进群众增收。\n"
            "随后，常务副县长周立通报了前三季度经济运行情况。\n"
            "最后，何平号召全体干部上下一心，攻坚克难，奋力完成全年任务。\n"
            "县政府办 供稿\n"
        ),
        [
            ("investment", "全力以赴抓招商", "要全力以赴抓招商"),
            ("investment", "加快重点项目建设", "要加快重点项目建设"),
            ("agriculture", "壮大现代农业", "要壮大现代农业"),
        ],
    ),
    NewsItem(
        "visitor_and_secretary",
        "镇坪县",
        (
            "镇坪县举行重大招商项目集中签约仪式\n"
            "索引号：2024-05639 | 发布机构：镇坪县融媒体中心 | 生成日期：2024-08-01 | 公开方式：主动公开\n"
            "7月29日，镇坪县三季度重大招商项目集中签约仪式举行。市商务局局长张宏出席签约仪式。\n"
            "张宏指出，镇坪县隆重举行重大招商项目集中签约仪式，这既是加快新旧动能转换的具体行动，必将"
            "为全市发展注入新的活力。希望镇坪县持续优化营商环境，推动项目早日落地。\n"
            "县委书记赵明指出，近年来，镇坪县聚焦优势主导产业，一批项目相继落地。赵明要求，全县上下要"
            "牢固树立重商亲商安商理念，积极营造公平公正的营商环境，全力为项目建设保驾护航。各相关部门、"
            "乡镇要强化协作配合、提升服务效能，积极做好项目审批、要素保障等工作。\n"
        ),
        [
            ("investment", "牢固树立重商亲商安商理念", "全县上下要牢固树立重商亲商安商理念"),
            ("governance", "强化协作配合、提升服务效能", "各相关部门、乡镇要强化协作配合、提升服务效能"),
        ],
    ),
    NewsItem(
        "heading_sentence",
        "石泉县",
        (
            "石泉县召开优化营商环境推进会\n"
            "11月5日，石泉县召开优化营商环境推进会。县委书记王平强调，要持续优化服务，全力打造一流营商"
            "环境。各级各部门要牢固树立“产业强县、工业第一”的理念，主动对接企业、跟踪服务项目。\n"
        ),
        [("investment", "持续优化服务，全力打造一流营商环境", "要持续优化服务")],
    ),
    NewsItem(
        "duty_over_parallel_works",
        "镇坪县",
        (
            "镇坪县召开重点项目集中开工现场会\n"
            "1月13日，镇坪县一季度重点项目集中开工现场会在县工业园区举行。\n"
            "会议强调，各镇、各部门要牢固树立项目为王理念，坚持一切围着项目转，狠抓审批跑办、狠抓要素"
            "保障、狠抓援建服务，确保项目早开工、早建成、早见效。\n"
        ),
        [("investment", "牢固树立项目为王理念", "各镇、各部门要牢固树立项目为王理念")],
    ),
]


@pytest.mark.parametrize("item", ITEMS, ids=[item.name for item in ITEMS])
def test_each_priority_of_the_news_item_is_found_and_nothing_else(item: NewsItem) -> None:
    assert_exactly_these_priorities(item.name, item.text, item.region, item.priorities)


@pytest.mark.parametrize("item", ITEMS, ids=[item.name for item in ITEMS])
def test_each_priority_of_the_news_item_falls_in_its_category(item: NewsItem) -> None:
    """The category table (§2), read on the item itself: a meeting's requirement to meet the year's
    targets or to tighten work style is governance, safety production is security (stability), a
    requirement about projects is investment, whatever the paragraph around it speaks of."""
    summary = summarize_text(item.text)
    assert [p.category for p in summary.priorities] == [c for c, _, _ in item.priorities], listing(summary)


@pytest.mark.parametrize(
    "line",
    [
        "（资料图片仅供参考）",
        "副县长孙立主持仪式",
        "与会领导共同为项目培土奠基",
        "王刚、李伟、周强、吴军等县领导",
    ],
)
def test_a_scraped_caption_host_or_guest_line_is_no_heading(line: str) -> None:
    """A short line without punctuation is a bold heading only when it names a line of work: a photo
    caption, the ceremony's host or guests, or a list of names is debris of the page."""
    text = (
        "长林县召开项目推进会\n"
        "3月8日，长林县召开项目推进会。会议强调，要全力扩大有效投资。要抓好项目要素保障。\n"
        f"{line}\n"
    )
    quotes = [p.quote for p in summarize_text(text).priorities]
    assert line not in quotes, quotes


def test_a_numbered_heading_line_is_not_joined_to_its_body() -> None:
    """A numbered heading with commas and no closing mark ends at its line: the body below is another
    paragraph, so the priority's quote is the heading and nothing of the body."""
    text = "（一）聚力产业升级，坚持提质提速，全力打造先进制造业高地\n历时两年的谋划，一批项目开工。\n"
    assert clean_text(text).text.split("\n\n")[0] == "(一)聚力产业升级,坚持提质提速,全力打造先进制造业高地"


def test_a_one_sentence_paragraph_is_no_bold_heading() -> None:
    """A short paragraph that ends with 。 is a sentence ("建议全县生产总值增长6%。"), not a bold title."""
    text = (
        "松阳县政府工作报告（摘要）\n建议2025年全县生产总值增长6%。\n（一）聚力产业升级\n培育制造业集群。\n"
    )
    quotes = [p.quote for p in summarize_text(text).priorities]
    assert not any("生产总值" in quote for quote in quotes), quotes


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "天全县第十七届人民政府召开第五次全体会议。会议强调，要全力冲刺年度目标任务。要办好民生实事。\n",
            "天全县",
        ),
        (
            "2月12日，武乡县举行招商引资项目签约仪式。常务副县长郭亮介绍全县项目情况，并代表县政府与"
            "企业签署合作协议。武乡县将进一步优化营商环境。\n",
            "武乡县",
        ),
        (
            "红桥区2025年重点工作\n聚力京津冀同城商务区建设，推动京津冀同城商务区核心区项目落地。"
            "全区将加快城市更新。\n",
            "红桥区",
        ),
        (
            "平利县召开重点项目集中开工现场会\n县委副书记、代县长陈明安排项目建设工作，县工业集中区"
            "管委会介绍项目情况。全县将坚持项目为王，县工业集中区要做好要素保障。\n",
            "平利县",
        ),
        (
            "友谊县人民政府>综合信息\n张成亮主持召开2024年第七次县政府党组会议\n8月8日，县长张成亮主持召开"
            "2024年第七次县政府党组会议。张成亮强调，要持续改进工作作风。要加快推进重点项目建设。\n",
            "友谊县",
        ),
    ],
    ids=["name_ending_like_a_noun", "and_on_behalf_of", "business_district", "acting_county_head", "ordinal"],
)
def test_a_news_item_speaks_for_the_county_it_names(text: str, region: str) -> None:
    """The region is the county or district the item names (§1): 天全县 and 武乡县 at a sentence's start
    though their names end like 全县 and 乡村; never "并代表县" (并代表县政府, "and on behalf of the county
    government"), "城商务区" (the end of 京津冀同城商务区), "业集中区" (工业集中区), 代县 (代县长) or
    "七次县" (第七次县政府党组会议)."""
    assert [r.name for r in summarize_text(text).regions] == [region]


def test_the_second_and_third_items_make_a_list_when_the_first_opens_otherwise() -> None:
    """ "一招商工作要…；二要…；三要…": 二要 and 三要 are the items of an enumeration (§2) even though the
    first item's ordinal is not followed by 要."""
    text = (
        "石泉县召开招商引资工作会议\n"
        "县委书记王平提出要求，一招商工作要破除瓶颈，逐个突破；二要做好项目储备，支撑经济发展；"
        "三要全员招商，推动产业升级。\n"
    )
    quotes = [p.quote for p in summarize_text(text).priorities]
    assert "二要做好项目储备" in quotes and "三要全员招商" in quotes, quotes


def test_a_hospital_is_livelihood_whatever_the_paragraph_speaks_of() -> None:
    """Health (§2 table: livelihood) covers a hospital and a county medical community."""
    assert categorize("完善中医院建设", "加快高标准农田建设，发展休闲农业。") == "livelihood"
