"""Priorities of news items that state few or none: event reports, incident and case reports, company news
and announcements (guidelines §1–§3).

Hand-written texts in the shapes of scraped local news: an incident report that closes on the bureau's
"下一步" sentence, a lecture's report headed "某地：…" whose one plan is the city bureau's "今后" line.
What must stay is the one genuine priority, under the region the item speaks for; what must go is
everything the item only reports.
"""

from __future__ import annotations

import pytest

from summarizer.extract.pipeline import summarize_text


def regions_of(text: str) -> list[str]:
    return [region.name for region in summarize_text(text).regions]


def priorities_of(text: str) -> list[tuple[str | None, str]]:
    return [(priority.region, priority.quote) for priority in summarize_text(text).priorities]


ZONE_INCIDENT = (
    "2023-08-06 09:10，正文：原标题：山东德州经济技术开发区通报一起违规执法事件近日，一段执法人员收走摊贩"
    "电子秤的视频引发关注。8月5日，德州经济技术开发区综合执法局通报称，执法人员在查处占道经营过程中存在"
    "违规行为，已对相关人员作出停职处理。德州经济技术开发区综合执法局表示，下一步，开发区综合执法局将加强"
    "队伍作风建设，提高规范化执法水平，做到文明执法。"
)
HIGH_TECH_ZONE_AWARD = (
    "2023-08-06 10:20，正文：原标题：湖南株洲高新技术产业开发区一企业获评示范工厂8月5日，株洲高新技术产业"
    "开发区一家电机企业获评省级智能制造示范工厂。据悉，该企业去年产值增长两成。株洲高新技术产业开发区经发局"
    "负责人表示，下一步，高新区将持续推动企业智能化改造，培育更多示范工厂。"
)
CITY_FAIR_IN_ITS_ZONE = (
    "2023-08-06 11:00，正文：原标题：淄博市秋季招聘会举行8月5日，淄博市2023年秋季招聘会在淄博经济技术开发区"
    "举行，淄博市200余家企业参会。淄博市人社局表示，淄博市将继续做好高校毕业生就业服务。"
)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (ZONE_INCIDENT, "德州经济技术开发区"),
        (HIGH_TECH_ZONE_AWARD, "株洲高新技术产业开发区"),
        (CITY_FAIR_IN_ITS_ZONE, "淄博市"),
    ],
    ids=["economic_zone", "high_tech_zone", "city_event_held_in_its_zone"],
)
def test_a_zone_named_with_its_full_type_after_its_city_is_the_region(text: str, region: str) -> None:
    """ "德州经济技术开发区" is the lowest unit named: the city's name inside it names the zone, not the city.
    A city's item that names its zone once, as a venue, stays the city's."""
    assert regions_of(text) == [region]
    assert [found for found, _ in priorities_of(text)] == [region]


COUNTY_CITY_LECTURE = (
    "2023-08-06 08:40，正文：原标题：龙口：普法讲座走进农贸市场龙口：普法讲座走进农贸市场 8月5日，由市司法局"
    "主办、东城街道司法所承办的普法讲座在农贸市场举行。讲座围绕消费纠纷、食品安全等内容展开。商户王某表示，"
    "今后要守法经营。今后，市司法局将进一步加大普法宣传力度，为打造法治化营商环境贡献力量。来源：龙口融媒"
)
COUNTY_CITY_CONCERT = (
    "2023-08-06 08:40，正文：原标题：永康：夏夜音乐会在公园上演永康：夏夜音乐会在公园上演 8月5日晚，一场夏夜"
    "音乐会在公园上演，吸引众多市民驻足观看。演出持续两个小时，现场气氛热烈。来源：永康融媒"
)


def test_a_county_level_city_named_by_its_short_form_speaks_through_its_city_bureau() -> None:
    """ "龙口：…" with "市司法局": a county-level city's item that never writes 龙口市; its bureau's closing
    "今后" line is its one priority, the shopkeeper's "今后" is none."""
    assert regions_of(COUNTY_CITY_LECTURE) == ["龙口市"]
    assert priorities_of(COUNTY_CITY_LECTURE) == [
        ("龙口市", "市司法局将进一步加大普法宣传力度,为打造法治化营商环境贡献力量")
    ]


def test_a_county_level_city_short_form_without_its_own_organs_names_no_region() -> None:
    """A short form alone ("永康：…", "永康融媒"), with no 市 organ of the text's own, is not read as the
    city: county-level short forms are often words too."""
    assert regions_of(COUNTY_CITY_CONCERT) == []
    assert priorities_of(COUNTY_CITY_CONCERT) == []


def targets_of(text: str) -> list[tuple[str | None, str]]:
    return [(target.region, target.raw) for target in summarize_text(text).targets]


CASE_CLOSED = (
    "2023-08-06 09:00，正文：原标题：一起非法采砂案办结 8月5日，记者从省水利厅获悉，介休市一起非法采砂案"
    "办结。今年3月，介休市公安局发布通报，已查明涉案人员11名。介休市公安局已将张某、李某等9名涉案嫌疑人"
    "移送检察机关审查起诉。"
)
CASE_CLOSED_YIJING = (
    "2023-08-06 09:00，正文：原标题：一起非法采砂案办结 8月5日，介休市一起非法采砂案办结。介休市公安局已经"
    "将张某等9名涉案嫌疑人移送检察机关审查起诉，相关责任人均受到处理。"
)
CASE_CLOSED_WITH_A_PLAN = (
    "2023-08-06 09:00，正文：原标题：一起非法采砂案办结 8月5日，介休市一起非法采砂案办结。下一步，介休市"
    "将开展专项整治，年内将整治非法采砂点30处。"
)


@pytest.mark.parametrize("text", [CASE_CLOSED, CASE_CLOSED_YIJING], ids=["yi_jiang", "yijing_jiang"])
def test_what_a_case_report_says_was_already_handed_over_is_no_target(text: str) -> None:
    """ "已将…9名嫌疑人移送…": 将 after 已 takes the object of a done act (as 把 does), no future."""
    assert targets_of(text) == []
    assert priorities_of(text) == []


def test_a_case_reports_closing_plan_keeps_its_target_and_priority() -> None:
    assert targets_of(CASE_CLOSED_WITH_A_PLAN) == [("介休市", "30处")]
    assert [region for region, _ in priorities_of(CASE_CLOSED_WITH_A_PLAN)] == ["介休市"]


COURT_VISIT = (
    "2023-08-06 10:00，正文：原标题：优化司法服务，沂南法院与县交警大队座谈 8月2日下午，沂南法院副院长王某"
    "带队到县交警大队就司法建议落实情况座谈交流。双方就交通事故纠纷化解中的难点进行了交流。县交警大队表示在"
    "今后的工作中会加强执法规范化建设。沂南法院将在今后工作中继续加强和完善司法建议工作，及时向有关部门发出"
    "司法建议。"
)
COURT_REVIEW = (
    "2023-08-06 10:00，正文：原标题：沂南法院开展司法建议回访 8月2日下午，沂南法院副院长王某带队到县交警大队"
    "回访。今年以来，沂南法院已向有关部门发出司法建议5份，县交警大队均已整改。"
)
SUPERVISORS_SAY = (
    "2023-08-06 10:00，正文：原标题：人民监督员参与案件评查 8月4日，沂南县检察院邀请人民监督员参与案件质量"
    "评查活动。人民监督员表示，今后将持续参与检察办案活动，依法履行人民监督员职责。"
)
PROCURATORATE_PLAN = (
    "2023-08-06 10:00，正文：原标题：人民监督员参与案件评查 8月4日，沂南县检察院邀请人民监督员参与案件质量"
    "评查活动。沂南县检察院将在下一步工作中常态化邀请人民监督员开展监督活动，做实案件质量评查。"
)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (COURT_VISIT, "沂南法院将在今后工作中继续加强和完善司法建议工作,及时向有关部门发出司法建议"),
        (PROCURATORATE_PLAN, "沂南县检察院将在下一步工作中常态化邀请人民监督员开展监督活动,做实案件质量评查"),
    ],
    ids=["court_jinhou", "procuratorate_xiayibu"],
)
def test_a_county_courts_plan_with_its_time_ahead_inside_is_the_items_priority(text: str, quote: str) -> None:
    """ "沂南法院将在今后工作中…": the county's court (named by the county's short form, with 县 organs beside
    it) states its plan; 今后 or 下一步 inside the clause is as explicit as before it."""
    assert priorities_of(text) == [("沂南县", quote)]


@pytest.mark.parametrize("text", [COURT_REVIEW, SUPERVISORS_SAY], ids=["court_results", "supervisors_words"])
def test_a_courts_results_or_its_visitors_words_are_no_priority(text: str) -> None:
    assert regions_of(text) == ["沂南县"]
    assert priorities_of(text) == []


DELEGATION_VISIT = (
    "2023-08-06 10:00，正文：原标题：昆山市考察团来我县考察 8月4日，江苏省昆山市考察团一行来宁阳县"
    "考察产业合作。宁阳县委书记王某陪同考察。考察团一行先后参观了宁阳经济开发区、鲁西化工产业园。考察团表示，将进一步加强"
    "两地在产业转移、人才交流方面的合作，推动更多昆山企业来宁阳投资。王某表示，希望双方以此次考察为契机，深化"
    "交流合作，实现互利共赢。"
)
GUESTS_VISIT = (
    "2023-08-06 10:00，正文：原标题：客商走进宁阳 8月4日，浙江客商一行来宁阳县考察。客商一行表示，"
    "将加大在宁阳的投资力度，推动合作项目尽快落地。宁阳县县长李某表示，欢迎更多企业来宁阳投资兴业。"
)
HOST_PLAN_IN_A_VISIT = (
    "2023-08-06 10:00，正文：原标题：昆山市考察团来我县考察 8月4日，江苏省昆山市考察团一行来宁阳县"
    "考察产业合作。宁阳县委书记王某陪同考察。考察团表示，将进一步加强两地在产业转移方面的合作。王某表示，宁阳县将进一步优化"
    "营商环境，加快建设鲁西新材料产业基地，为客商投资提供优质服务。"
)
COMPANY_LINE = (
    "2023-08-06 10:00，正文：原标题：宁阳一企业新生产线投产 8月4日，位于宁阳县的山东某新材料公司新生产线正式"
    "投产。公司负责人表示，下一步，公司将加快推进二期项目建设，打造全国领先的新材料生产基地。"
)


@pytest.mark.parametrize(
    "text", [DELEGATION_VISIT, GUESTS_VISIT, COMPANY_LINE], ids=["delegation", "guests", "company"]
)
def test_what_visitors_or_a_company_will_do_and_the_hosts_wish_are_no_priority(text: str) -> None:
    """ "考察团表示，将…", "客商一行表示，将…": a visiting party's plan; "希望双方…", "欢迎更多企业…": the
    host's courtesy to its guests."""
    assert regions_of(text) == ["宁阳县"]
    assert priorities_of(text) == []


def test_the_hosts_own_plan_in_a_visit_stays() -> None:
    assert priorities_of(HOST_PLAN_IN_A_VISIT) == [
        ("宁阳县", "宁阳县将进一步优化营商环境,加快建设鲁西新材料产业基地,为客商投资提供优质服务")
    ]


FESTIVAL = (
    "2023-08-06 10:00，正文：原标题：宁阳县第三届文化旅游节开幕 8月5日，宁阳县第三届文化旅游节在县城广场"
    "开幕。本届文化旅游节将持续至8月20日，期间将举办非遗展演、美食市集、乡村音乐会等20余项活动，展示宁阳"
    "文化旅游资源。开幕式上，县长李某致辞。"
)
EXPO_AHEAD = (
    "2023-08-06 10:00，正文：原标题：宁阳县农产品博览会将于下月举办 记者从宁阳县商务局获悉，第二届宁阳农产品"
    "博览会将于9月10日在县会展中心开幕，届时将有300余家企业参展，展出特色农产品2000余种。"
)
YEAR_OF_EVENTS = (
    "2023-08-06 10:00，正文：原标题：宁阳县推进文旅融合发展 8月5日，宁阳县召开文旅工作推进会。会议提出，今年"
    "全县将举办各类文旅活动200余场，力争全年接待游客突破500万人次。"
)


@pytest.mark.parametrize("text", [FESTIVAL, EXPO_AHEAD], ids=["festival", "expo"])
def test_what_an_event_holds_while_it_lasts_is_no_target(text: str) -> None:
    """ "期间将举办…等20余项活动", "届时将有300余家企业参展，展出…2000余种": the event's programme."""
    assert targets_of(text) == []
    assert priorities_of(text) == []


def test_the_years_events_a_county_plans_stay_targets() -> None:
    assert targets_of(YEAR_OF_EVENTS) == [("宁阳县", "200余场"), ("宁阳县", "500万人次")]


SUBDISTRICT_FINE = (
    "2023-08-06 10:00，正文：原标题：东城区开出首张违法群租房罚单 近日，东城区开出首张违法群租房行政处罚单。"
    "日前，安定街道接到居民投诉，某小区一户房屋存在群租行为。安定街道综合行政执法队依法对“二房东”进行罚款。"
    "据了解，本案件属于东城区首例。下一步，街道将持续深化与小区物业的合作，实现对违法群租房的全流程治理。"
)
TWO_SUBDISTRICTS = (
    "2023-08-06 10:00，正文：原标题：东城区开出首张违法群租房罚单 近日，东城区开出首张违法群租房行政处罚单。"
    "日前，安定街道和和平街道联合开展整治行动。据了解，本案件属于东城区首例。下一步，街道将持续深化与小区物业"
    "的合作，实现对违法群租房的全流程治理。"
)


def test_a_bare_subdistrict_subject_speaks_for_the_one_subdistrict_named() -> None:
    """ "下一步，街道将…" in a district's item about one subdistrict's case: the subdistrict's plan."""
    assert [region for region, _ in priorities_of(SUBDISTRICT_FINE)] == ["安定街道"]


def test_a_bare_subdistrict_subject_among_two_named_stays_with_the_item() -> None:
    assert [region for region, _ in priorities_of(TWO_SUBDISTRICTS)] == ["东城区"]


VILLAGER_STORY = (
    "2023-08-06 10:00，正文：原标题：返乡青年种出致富果 宁阳县东疏镇村民李某大学毕业后返乡种植黄桃，去年收入"
    "20余万元。李某表示，今后将继续扩大种植规模，带动更多乡亲增收致富。"
)
DOCTORS_ADVICE = (
    "2023-08-06 10:00，正文：原标题：宁阳县人民医院成功救治一名危重患者 近日，宁阳县人民医院成功救治一名突发"
    "心梗的患者。医院心内科主任张某指出，要高度重视心血管疾病预防，中老年人要定期体检，出现胸痛要及时就医。"
)
LEADER_WITH_VILLAGERS = (
    "2023-08-06 10:00，正文：原标题：王某走访慰问困难群众 8月4日，宁阳县委书记王某走访慰问困难群众。王某在与"
    "村民座谈时强调，要持续巩固拓展脱贫攻坚成果，扎实推进乡村振兴。"
)
BUREAU_NEXT_STEP = (
    "2023-08-06 10:00，正文：原标题：宁阳县开展义诊活动 8月4日，宁阳县卫健局组织开展义诊活动，服务群众500余"
    "人次。县卫健局局长张某表示，下一步将持续开展健康义诊进乡村活动，提升基层医疗服务水平。"
)


@pytest.mark.parametrize("text", [VILLAGER_STORY, DOCTORS_ADVICE], ids=["villager", "doctor"])
def test_what_a_resident_will_do_or_a_doctor_advises_is_no_priority(text: str) -> None:
    """ "村民李某…。李某表示，今后将…": the resident's own plan; "医院…主任张某指出，要…定期体检": advice."""
    assert priorities_of(text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (LEADER_WITH_VILLAGERS, "要持续巩固拓展脱贫攻坚成果,扎实推进乡村振兴"),
        (BUREAU_NEXT_STEP, "将持续开展健康义诊进乡村活动,提升基层医疗服务水平"),
    ],
    ids=["leader_among_villagers", "bureau_head"],
)
def test_a_leaders_duty_among_residents_and_a_bureaus_next_step_stay(text: str, quote: str) -> None:
    assert priorities_of(text) == [("宁阳县", quote)]
