"""Priorities a news item reports in indirect speech: a leader's or a meeting's duties ("他强调，要…").

Hand-written texts in the shapes of provincial leaders' inspection news, a committee chairman's research
visit and a groundbreaking ceremony's speech: the item narrates the visit and reports, sentence by
sentence, what the leader asks the region to do. Each reported duty is a policy area of the region
(guidelines §2), its quote from the first clause that names a line of work (never the clauses that only
receive a higher meeting's spirit), and the lines of work listed after it are its details.
"""

from __future__ import annotations

from summarizer.extract.pipeline import summarize_text
from tests.priority_scoring import quotes_of

INSPECTION = (
    "8日，省委书记王力在青禾县调研县域经济发展。他强调，要深入学习贯彻党的二十大精神，立足本地实际，"
    "着力补短板、扬优势，走出一条县域经济高质量发展新路子。在青禾茶业公司，王力了解茶叶加工、品牌推广"
    "等情况，强调要依托茶叶这一特色资源，推动茶产业转型升级。在县农业服务中心，王力察看了粮食生产情况。"
    "他指出，要扛牢粮食安全责任，提升农业机械化水平，促进农民增收。"
)


def test_each_duty_a_visiting_leader_reports_is_a_priority() -> None:
    """ "强调，要…", "强调要…" in mid-sentence and "他指出，要…": three duties, three priorities."""
    quotes = quotes_of(INSPECTION)
    assert len(quotes) == 3, quotes
    assert quotes[1].startswith("要依托茶叶这一特色资源"), quotes
    assert quotes[2].startswith("要扛牢粮食安全责任"), quotes


def test_a_duty_opens_after_the_clauses_that_receive_a_higher_meetings_spirit() -> None:
    """ "要深入学习贯彻…精神，立足…，着力…": the study of a higher meeting frames the duty; the quote begins
    with the first clause that names the region's own line of work."""
    first = quotes_of(INSPECTION)[0]
    assert first.startswith("立足本地实际") and "走出一条县域经济高质量发展新路子" in first, first


def test_the_lines_of_work_after_a_framed_duty_are_its_details() -> None:
    """ "某某强调，A是前提，要在…中…。强化X、强化Y、强化Z，…": the reported duty heads its item; the
    parallel works that follow it are no priorities of their own."""
    text = (
        "本报讯 8日，省政协主席李平就专委会工作开展调研。李平强调，坚持政治方向是前提，要在坚持党的领导中"
        "把牢履职方向。强化理论武装、强化政治自觉、强化思想引领，确保政协工作沿着正确方向前进。李平强调，"
        "聚焦主责主业是关键，要在服务中心大局中创新履职方式。发挥政协优势，找准着力点、发力点。"
    )
    quotes = quotes_of(text)
    assert quotes == ["要在坚持党的领导中把牢履职方向", "要在服务中心大局中创新履职方式"], quotes


def test_a_ceremony_speech_duty_skips_its_doctrine_and_mottoes() -> None:
    """ "他在致辞中提出，要以…为指引，全面贯彻落实…精神，不断努力，开拓进取，把…建成…": the guiding
    doctrine, the spirit to carry out and the mottoes frame the duty; the line of work is the 把 clause."""
    text = (
        "7月25日上午，青禾县博物馆项目开工仪式举行。县委常委张华在致辞中提出，要以新时代中国特色社会主义"
        "思想为指引，全面贯彻落实党的二十大精神，不断努力，开拓进取，把博物馆建成展示地方文化的重要窗口。"
    )
    assert quotes_of(text) == ["把博物馆建成展示地方文化的重要窗口"]


def test_a_quotation_that_opens_with_a_slogan_states_its_plan_in_a_later_sentence() -> None:
    """ "“民有所呼，我有所应。下一步，我们要…。”某乡乡长某某表示": the slogan is no plan; the official's
    plan is the quotation's first sentence that states one."""
    text = (
        "近日，青禾县石桥乡开展退役军人走访慰问活动，为他们送去慰问品。“民有所呼，我有所应。下一步，"
        "我们要进一步落实好各项优抚政策，用心做好退役军人服务保障工作。”青禾县石桥乡乡长赵平在走访时表示。"
    )
    assert quotes_of(text) == ["下一步,我们要进一步落实好各项优抚政策,用心做好退役军人服务保障工作"]


def test_a_region_that_pushes_forward_a_line_of_work_in_full_commits_to_it() -> None:
    """ "青禾县全面推进…", "青禾县深入实施…": the region as the subject of a line of work it carries out in
    full or in depth states its plan, as "青禾县将…", "青禾县持续…" do."""
    text = (
        "近日，青禾县人社局印发《社区就业服务站点建设指引》。指引明确，青禾县全面推进社区就业服务站点"
        "建设，把就业服务送到居民手中。指引对站点布局、人员配备等予以了细化。"
    )
    assert quotes_of(text) == ["青禾县全面推进社区就业服务站点建设,把就业服务送到居民手中"]


def test_a_meeting_hosted_by_the_provinces_secretary_speaks_for_the_province() -> None:
    """ "某省委书记某某主持召开省委常委会会议": 主持 ends the official's name as a speech verb does, so the
    meeting's duties belong to the province, not to a phrase cut from the host's line."""
    text = (
        "8月8日上午，青海省委书记王林主持召开省委常委会会议，研究部署防汛工作。会议强调，要强化监测"
        "预警和会商研判。要加强对重点部位的巡查防守。"
    )
    summary = summarize_text(text)
    assert [region.name for region in summary.regions] == ["青海省"]
    assert {priority.region for priority in summary.priorities} == {"青海省"}


def test_a_county_that_strives_for_a_national_honor_is_named_by_its_own_name() -> None:
    """ "创建国家卫生县" named more often than the county itself: the words after 国家 name an honor, not a
    county; the county commits to creating it ("某县将通过三年努力创建国家卫生县")."""
    text = (
        "7月26日，青禾县创建国家卫生县初级评估反馈会召开。从今年开始，青禾县将通过三年努力创建国家卫生县。"
        "专家组认为，青禾县创建国家卫生县工作已达到市级评估要求。会上，专家组对创建国家卫生县提出建议，"
        "希望持续营造创建国家卫生县浓厚氛围。"
    )
    summary = summarize_text(text)
    assert [region.name for region in summary.regions] == ["青禾县"]
    assert [p.quote for p in summary.priorities] == ["青禾县将通过三年努力创建国家卫生县"]


def test_a_province_named_throughout_speaks_beside_a_district_named_once_in_passing() -> None:
    """A news item about a province's tourism that names a district once, inside an airport's name: the
    province it names again and again is its region, and its plan ("海南将…推出…") a priority."""
    text = (
        "7月25日，海南与新加坡旅游业界交流座谈会在海口举行。代表团飞抵海口美兰国际机场后，考察了海南多地"
        "旅游新业态。海南省旅文厅相关负责人表示，未来，海南将依托免签入境政策等优势，适时推出“一程多站”"
        "旅游产品，与各国共享客源，促进文化交流和旅游往来。"
    )
    summary = summarize_text(text)
    assert [region.name for region in summary.regions] == ["海南省"]
    assert len(summary.priorities) == 1 and "“一程多站”旅游产品" in summary.priorities[0].quote


def test_a_county_named_again_and_again_keeps_its_item_whatever_the_company_names_repeat() -> None:
    """A provincial leader's inspection of a county, where company names repeat the province ("湖南某某
    公司"): the county the item names again and again is its region (guidelines §1, the lowest unit named)."""
    text = (
        "8日，湖南省委书记王力在青禾县调研。在湖南竹海竹业公司，他强调要依托竹资源，推动竹产业转型升级。"
        "在湖南福瑞电气公司，他勉励企业加强技术创新。在湖南丰田农业公司，他强调要扛牢粮食安全责任。"
        "青禾县有关负责同志参加调研，湖南省领导张华陪同。"
    )
    assert [region.name for region in summarize_text(text).regions] == ["青禾县"]
