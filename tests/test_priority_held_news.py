"""Priorities of news items in the shapes the rules missed or misread on held-out hand-labelled items
(guidelines §1, §2).

Hand-written texts: a mayor who "主持召开市政府…会议" (the verb before 市 is no city's name); a closing
byline in brackets ("（某某日报记者某某）"), never a heading; a next step that follows a quotation closed
with "。”"; the steps of an event's program under couplet headings ("聆听…", "观看…"), never policy areas,
beside a campaign's couplet headings that name lines of work; five areas counted in one clause whose items
carry quotation marks ("推进“3+5”规范提升"); an official's plan that opens with its aim ("围绕打造…，某市
将…"); a notice's kinds ("分三类：一是…"), never items; a plan's named actions as topics ("在某某行动中，");
lines of work taken up from listed aspects ("从A、B等方面，推动…"); a town whose name has a rare character;
a launch after an agency's dateline; a business association's next step; taking up others' suggestions;
short leads glued into the text that share their verb; a plan let out after a time word ("透露，接下来计划…");
a period's results after the speaker's frame; the categories of such heads; a county official's quoted plan.
"""

from __future__ import annotations

import pytest

from summarizer.extract.pipeline import summarize_text
from summarizer.extract.rules.priorities import categorize
from summarizer.ingest.sections import named_places
from tests.priority_scoring import assert_exactly_these_priorities, listing, quoted, quotes_of


def test_a_meeting_verb_before_an_organ_is_no_place() -> None:
    text = (
        "近日，市政府党组书记、市长李明主持召开市政府党组会议，传达学习有关会议精神。"
        "会议后，李明主持召开市政府常务会议，审议有关事项。临江市将加快建设科学中心。临江市要办好民生实事。"
    )
    places = named_places(text)
    assert "持召开市" not in places and "召开市" not in places, places


def test_a_closing_byline_in_brackets_is_no_heading() -> None:
    text = (
        "2022年以来，河湾区将村级党组织领办合作社作为促进乡村振兴的重要抓手，成立工作专班，整合涉农资金，"
        "建成一批示范点，带动农户增收。河湾区农户收入持续增长。\n（新华每日电讯记者张明）"
    )
    quotes = quotes_of(text)
    assert not any("记者" in quote for quote in quotes), quotes
    assert any(quote.startswith("河湾区将村级党组织领办合作社") for quote in quotes), quotes


def test_a_next_step_after_a_closed_quotation_is_the_plan() -> None:
    text = (
        "8月10日，青川县助学金发放仪式在县城举行。受助学生李芳说：“这笔资金缓解了我的经济压力，"
        "我会加倍努力。”下一步，青川县妇联将持续发挥联系群众优势，发动爱心人士参与公益项目，"
        "继续资助更多家庭困难的儿童。副县长王丽出席活动。"
    )
    assert_exactly_these_priorities(
        "quoted_then_next_step",
        text,
        "青川县",
        quoted(["继续资助更多家庭困难的儿童"]),
    )


EVENT_PROGRAM = (
    "近日，东湖消防救援大队开展建军节系列活动，激励队员传承红色基因。"
    "聆听英雄故事  传承红色精神连日来，大队组织各站开展了一场革命故事交流会，骨干走上讲台讲述英雄事迹。"
    "观看红色影片  汲取奋进力量近日，大队组织队员观看红色电影，重现革命先辈英勇奋斗的全过程。"
    "参观纪念展馆  追寻红色足迹在建军节，大队组织队员前往纪念馆参观见学，共同追忆革命岁月。"
)


def test_the_steps_of_an_events_program_are_no_priorities() -> None:
    quotes = quotes_of(EVENT_PROGRAM)
    assert not any(quote.startswith(("聆听", "观看", "参观")) for quote in quotes), quotes


def test_a_campaigns_couplet_headings_that_name_work_stay() -> None:
    text = (
        "为全力保障辖区治安稳定，白溪派出所开展夏季治安整治行动。"
        "强化安全检查  拧紧夏日安全阀该所组织警力深入辖区各类场所，针对安全隐患进行全面清理整治，"
        "共检查各类场所120余家。"
        "加强巡逻防控  点亮辖区平安灯该所针对夏季治安特点加强重点部位的巡逻防控，不断提升见警率和"
        "管事率，共化解矛盾纠纷10起。"
    )
    quotes = quotes_of(text)
    assert any(quote.startswith("强化安全检查") for quote in quotes), quotes
    assert any(quote.startswith("加强巡逻防控") for quote in quotes), quotes


def test_counted_areas_whose_items_carry_quotation_marks_are_the_items() -> None:
    text = (
        "8月4日，西港区应急管理局召开下半年重点工作推进会议。"
        "西港区应急管理局将继续坚持“实干争先”的目标定位，重点抓好四项任务，在推进“3+5”规范提升、"
        "组织重大隐患整治、实施危化行业整治提升、强化教育培训四个方面下真功夫。"
    )
    assert_exactly_these_priorities(
        "counted_quoted_areas",
        text,
        "西港区",
        quoted(["推进“3+5”规范提升", "组织重大隐患整治", "实施危化行业整治提升", "强化教育培训"]),
    )


def test_an_officials_plan_that_opens_with_its_aim_is_a_priority() -> None:
    text = (
        "近年来，松阳市依托温泉资源发展文旅产业，接待游客持续增长。"
        "“如今的松阳，乡村和美是底色，温泉康养是特色。”松阳市委书记王强说，围绕打造国家级旅游休闲城市，"
        "松阳将继续擦亮“温泉之乡”名片，做好“温泉+”文章。"
    )
    assert_exactly_these_priorities(
        "aim_then_plan",
        text,
        "松阳市",
        quoted(["围绕打造国家级旅游休闲城市，松阳将继续擦亮“温泉之乡”名片"]),
    )


def test_the_kinds_a_notice_sorts_its_subject_into_are_no_priorities() -> None:
    text = (
        "近日，东川省2023年护理人员招收工作启动。招收具体分三类：一是单位人护理人员招收，按照有关规定，"
        "所有新进入医疗机构的护理人员均须参加培训；二是社会人护理人员招收，面向社会招收护理专业毕业生；"
        "三是在校生护理人员招收，招收2023级护理专业学生。东川省将加强培训质量管理。"
    )
    quotes = quotes_of(text)
    assert not any(quote.startswith(("一是", "二是", "三是")) for quote in quotes), quotes


def test_ordinals_after_a_lead_in_of_work_stay_priorities() -> None:
    text = (
        "为确保供水安全，宜川市采取三项措施：一是严格执行新标准，全面检测各项指标；二是提高中心城区"
        "供水产能，新建一座水厂；三是提高中心城区供水品质，改造老旧管网。"
    )
    quotes = quotes_of(text)
    assert sum(1 for quote in quotes if quote.startswith(("一是", "二是", "三是"))) == 3, quotes


NAMED_ACTIONS = (
    "8月14日，福建省发展改革委发布《福建省新能源汽车下乡“五大行动”清单》，介绍了将启动的五大行动。"
    "乡村充电设施建设是农村消费者最关心的内容。在乡村充电设施推广行动中，福建明确将此项工作作为"
    "乡村建设的重要内容，并纳入示范带建设标准。同时在城镇充电设施改造行动中，该省将充电设施建设列入"
    "县城承载能力提升工程。围绕金融支持，福建启动绿色金融支持“绿行福建”行动，鼓励金融机构创新产品服务。"
)


def test_a_plans_named_actions_as_topics_are_the_priorities() -> None:
    assert_exactly_these_priorities(
        "named_actions",
        NAMED_ACTIONS,
        "福建省",
        quoted(
            [
                "在乡村充电设施推广行动中",
                "在城镇充电设施改造行动中",
                "福建启动绿色金融支持“绿行福建”行动",
            ]
        ),
    )


def test_a_named_action_as_a_topic_is_the_title() -> None:
    titles = [priority.title for priority in summarize_text(NAMED_ACTIONS).priorities]
    assert "乡村充电设施推广行动" in titles, titles


ASPECTS = (
    "记者8日从东川省政府新闻发布会上获悉，东川从四方面出台30条措施提振消费。"
    "东川从促进文化和旅游消费、扩大餐饮和住宿消费、提升健康服务消费等方面，推动服务消费供给优化，"
    "促进居民服务消费提质扩容。同时，东川从壮大信息服务消费、促进电子产品消费、支持直播电商等方面发力，"
    "挖掘释放新兴消费潜力。东川还从丰富城市消费场景、建设农村商业体系等方面，一体完善促消费基础保障。"
)


def test_lines_of_work_taken_up_from_listed_aspects_are_priorities() -> None:
    summary = summarize_text(ASPECTS)
    titles = [priority.title for priority in summary.priorities]
    for title in ("推动服务消费供给优化", "挖掘释放新兴消费潜力", "一体完善促消费基础保障"):
        assert title in titles, titles


def test_what_someone_gives_or_says_from_listed_aspects_is_no_priority() -> None:
    text = (
        "评查后，人民监督员从自身作用发挥、案件质量评查发展方向等方面提出建设性意见，并对本次评查给予"
        "充分肯定。南山县检察院将持续加强案件质量管理。"
    )
    quotes = quotes_of(text)
    assert not any("人民监督员" in quote for quote in quotes), quotes


def test_a_town_whose_name_has_a_rare_character_is_the_region() -> None:
    text = (
        "清凉避暑好去处。走进贵州省遵义市正安县石㟃镇，森林被云雾覆盖，茶园郁郁葱葱。暑期，石㟃镇的乡村游"
        "迎来高峰期。当前，石㟃镇正在优化旅游服务、提升旅游品质上发力，推进农文旅融合，打造旅游品牌。"
        "据介绍，下一步石㟃镇将以森林公园景区为核心，整合全镇特色旅游资源，因地制宜打造特色民宿集群。"
    )
    summary = summarize_text(text)
    assert {priority.region for priority in summary.priorities} == {"石㟃镇"}, listing(summary)
    titles = [priority.title for priority in summary.priorities]
    assert "以森林公园景区为核心" not in titles, titles


def test_a_launch_after_an_agency_dateline_and_a_long_source_is_the_priority() -> None:
    text = (
        "新华社呼和浩特8月13日电（记者王明）记者从内蒙古自治区林业和草原局、通辽市人民政府获悉，通辽市在"
        "科尔沁区、开鲁县12日同时全面启动沙地综合治理攻坚战。通辽市是重要生态屏障。几十年来，通辽市沙化"
        "土地面积持续减少。"
    )
    summary = summarize_text(text)
    quotes = [priority.quote for priority in summary.priorities]
    assert any("全面启动沙地综合治理攻坚战" in quote for quote in quotes), quotes
    assert "启动沙地综合治理攻坚战" in [priority.title for priority in summary.priorities], listing(summary)


def test_a_launch_that_was_done_is_no_lead() -> None:
    text = (
        "新华社呼和浩特8月13日电（记者王明）记者从通辽市人民政府获悉，通辽市去年启动了沙地综合治理，"
        "沙化土地面积持续减少。通辽市是重要生态屏障。"
    )
    quotes = quotes_of(text)
    assert not any("启动了" in quote for quote in quotes), quotes


def test_a_business_associations_next_step_is_its_own() -> None:
    text = (
        "8月5日，东川省青年企业家商会成立十周年大会召开，会员企业代表300余人参加。十年来，商会累计吸纳会员"
        "企业300余家。下一步，东川省青年企业家商会将团结带领会员企业，主动服务和融入新发展格局，共同打造"
        "标杆商会。"
    )
    quotes = quotes_of(text)
    assert not any("商会将" in quote for quote in quotes), quotes


def test_a_next_step_of_a_government_body_stays() -> None:
    text = (
        "8月5日，柳江市市场监管局通报一批商标侵权案件。下一步，柳江市市场监管局将继续加大地理标志品牌"
        "保护力度，严厉打击侵权行为。"
    )
    quotes = quotes_of(text)
    assert any("加大地理标志品牌保护力度" in quote for quote in quotes), quotes


def test_taking_up_what_others_suggested_is_no_priority() -> None:
    text = (
        "8月3日，东河区召开协商座谈会，听取各界人士对区委、区政府工作的意见建议。与会人员围绕城市更新、"
        "营商环境等踊跃发言。区委书记张强表示，区委、区政府将认真梳理大家提出的意见建议，在今后工作中"
        "积极研究，加以落实改进。"
    )
    quotes = quotes_of(text)
    assert not any("意见建议" in quote for quote in quotes), quotes


SHORT_LEADS = (
    "8月6日，附近县发生4.5级地震，临河市大部分地区有明显震感。地震发生后，临河市住建局第一时间组织各县"
    "区开展安全排查，防止发生次生灾害。加强燃气管网安全排查。第一时间紧急调度各县区管网运行情况，要求全市"
    "各管道燃气企业立即开展燃气管网及设施设备巡检，排查风险隐患，目前管网总体运行平稳。\n"
    "加强路桥设施安全排查。迅速组织各县区路桥养护管理部门对辖区内道路、桥梁设施开展震后安全排查，共排查"
    "桥梁120座，均安全稳定运行，未发现安全隐患。"
)


def test_short_glued_leads_that_share_their_verb_are_the_priorities() -> None:
    assert_exactly_these_priorities(
        "short_leads",
        SHORT_LEADS,
        "临河市",
        quoted(["加强燃气管网安全排查", "加强路桥设施安全排查"]),
    )


def test_one_short_sentence_alone_is_no_lead() -> None:
    text = (
        "8月6日，临河市召开防汛工作会议。会议要求，各县区要压实防汛责任，做好应急准备。加强值班值守。"
        "各部门要严格落实24小时值班制度，确保信息畅通，遇到险情第一时间报告处置。"
    )
    quotes = quotes_of(text)
    assert "加强值班值守" not in quotes, quotes


def test_a_plan_an_official_lets_out_after_a_time_word_is_a_priority() -> None:
    text = (
        "近日，青浦区平安办试点建立3个爱心驿站，为户外工作者送去清凉。目前，区平安办已在3个街镇试点建立了"
        "爱心驿站，青浦区委政法委综治室主任王明透露，接下来计划发动更多的企业和社会组织，不断完善爱心驿站的"
        "功能，争取未来在全区进行推广。"
    )
    quotes = quotes_of(text)
    assert any(quote.startswith("计划发动更多的企业") for quote in quotes), quotes


def test_a_half_years_plan_of_a_subdistrict_is_a_priority() -> None:
    text = (
        "8月2日，东岳街道召开夏令热线座谈会。东岳街道办事处副主任李华透露，下半年将对该路段进行整体改造，"
        "划设机动车停车位。东岳街道有居民3万人。"
    )
    quotes = quotes_of(text)
    assert any(quote.startswith("将对该路段进行整体改造") for quote in quotes), quotes


def test_what_a_resident_lets_out_is_no_plan() -> None:
    text = (
        "8月2日，东岳街道举办纳凉晚会。居民李华透露，接下来计划带孙子去海边玩，好好过个暑假。"
        "东岳街道将持续开展夏季送清凉活动。"
    )
    quotes = quotes_of(text)
    assert not any("孙子" in quote for quote in quotes), quotes


def test_a_periods_results_after_the_speakers_frame_are_no_plan() -> None:
    text = (
        "8月3日，东河区召开协商座谈会。区委书记张强通报了上半年工作情况。他说，上半年，东河区以“抢”的状态、"
        "“拼”的干劲，跑出了高质量发展的快节奏，各项工作取得了积极成效。"
    )
    quotes = quotes_of(text)
    assert not any("跑出了" in quote for quote in quotes), quotes


@pytest.mark.parametrize(
    ("head", "category"),
    [
        ("要坚定不移凝心铸魂", "governance"),
        ("扎实开展主题教育，检视整改问题", "governance"),
        ("在乡村充电设施推广行动中", "energy"),
        ("启动绿色金融支持行动，鼓励金融机构创新推出消费金融产品", "services_consumption"),
        ("进一步发挥无障碍督导队的督导作用", "livelihood"),
        ("继续资助更多家庭困难儿童完成学业", "livelihood"),
        ("举办共读经典等读书活动", "culture_tourism"),
        ("推进完整社区建设，构建15分钟生活圈", "urban_rural"),
    ],
)
def test_the_category_of_a_news_items_head(head: str, category: str) -> None:
    assert categorize(head, head) == category


def test_a_quoted_plan_of_a_county_officials_is_the_countys() -> None:
    text = (
        "记者从赤峰市人民政府获悉，赤峰市12日全面启动沙地综合治理攻坚战。赤峰市是重要生态屏障。"
        "“我们将执行最严格的禁牧休牧和草畜平衡政策，再建5条穿沙公路。”赤峰市翁牛特旗副旗长王明说。"
    )
    summary = summarize_text(text)
    regions = {p.quote[:6]: p.region for p in summary.priorities}
    assert regions.get("我们将执行最") == "翁牛特旗", listing(summary)


def test_a_quoted_plan_of_the_citys_own_official_stays_the_citys() -> None:
    text = (
        "记者从赤峰市人民政府获悉，赤峰市12日全面启动沙地综合治理攻坚战。赤峰市是重要生态屏障。"
        "“我们将执行最严格的禁牧休牧和草畜平衡政策，再建5条穿沙公路。”赤峰市副市长王明说。"
    )
    summary = summarize_text(text)
    assert {p.region for p in summary.priorities} == {"赤峰市"}, listing(summary)
