"""Priorities of news items in the shapes the rules missed on hand-labelled unseen items (guidelines §2).

Hand-written texts: a town's campaign told in parts, each part under a short heading of two clauses whose
first clauses end on the same word ("找准切入点，全面治理。把握着力点，…"), with a town named once in full and
once by its bare name; and a verb of work before a town's area ("开展镇区…") that names no town.
"""

from __future__ import annotations

import pytest

from summarizer.extract.pipeline import summarize_text
from summarizer.extract.rules.priorities.series import document_measures
from summarizer.extract.rules.text import TextIndex
from summarizer.ingest.clean import clean_text
from summarizer.ingest.sections import town_on_its_own, zone_referred_back
from tests.priority_scoring import assert_exactly_these_priorities, listing, quoted, quotes_of

CAMPAIGN = (
    "为扎实推进美丽集镇建设，青石镇立足全域覆盖，持续开展治脏、治乱、治差和绿化提升。"
    "找准切入点，全面治脏。围绕“五无”标准，把治脏延伸到背街小巷；开展镇村垃圾分类行动，促进垃圾资源化利用。"
    "把握着力点，重点治乱。开展镇区交通秩序百日会战，集中进行道路交通安全整治8次；开展镇容整治，"
    "对占道经营行为进行管理。"
    "打造突破点，加强治差。落实河湖长制，加强日常巡查整治；加快集镇污水处理厂建设进度。"
    "扭住交叉点，亮化绿化共同推进。一方面，制定道路绿化方案，对国省干线两侧进行绿化；"
    "另一方面，加快实施镇域夜景照明提升工作，对集镇主次街道进行亮化。"
    "开展“最美青石人”评选活动，一个美丽宜居乡镇正在逐步形成。"
)


def test_campaign_parts_whose_first_clauses_end_alike_are_the_priorities() -> None:
    assert_exactly_these_priorities(
        "campaign_points",
        CAMPAIGN,
        "青石镇",
        quoted(
            [
                "找准切入点，全面治脏",
                "把握着力点，重点治乱",
                "打造突破点，加强治差",
                "扭住交叉点，亮化绿化共同推进",
            ]
        ),
    )


def test_the_items_inside_a_campaign_part_are_its_details() -> None:
    summary = summarize_text(CAMPAIGN)
    quotes = [priority.quote for priority in summary.priorities]
    assert not any(quote.startswith(("一方面", "另一方面")) for quote in quotes), listing(summary)


def test_a_town_named_once_in_full_and_once_by_its_bare_name_speaks_for_the_text() -> None:
    assert town_on_its_own(CAMPAIGN) == "青石镇"


def test_a_verb_of_work_before_a_towns_area_names_no_town() -> None:
    text = "开展镇区环境整治，清理乱堆乱放。开展镇区交通秩序整治，规范停车。推进镇村道路硬化。"
    assert town_on_its_own(text) is None


def test_one_short_saying_alone_is_no_campaign() -> None:
    text = (
        "青石镇召开乡村振兴推进会。会议强调，要抓好产业发展，壮大村集体经济。"
        "找准切入点，久久为功。青石镇将持续推进人居环境整治。"
    )
    quotes = [priority.quote for priority in summarize_text(text).priorities]
    assert not any("久久为功" in quote for quote in quotes), quotes


ZONE_OFFICE = (
    "近日，金湾新区城市管理局开展安全生产座谈活动，副局长王明带队走访新区应急管理中心。"
    "近年来，新区城市管理局坚持安全至上，与应急管理中心建立起良好的协作关系。"
    "座谈会上，新区城市管理局相关负责人表示，要压实安全生产责任，将安全责任扛牢扛实；"
    "要做好安全风险管控，常抓不懈开展隐患排查；要完善应急处置机制，确保群众生命财产安全。"
)


def test_a_zone_named_in_the_lead_and_referred_back_to_by_its_bare_word_speaks_for_the_text() -> None:
    assert_exactly_these_priorities(
        "zone_referred_back",
        ZONE_OFFICE,
        "金湾新区",
        quoted(["要压实安全生产责任", "要做好安全风险管控", "要完善应急处置机制"]),
    )


def test_a_zone_named_once_and_never_referred_back_to_speaks_for_no_text() -> None:
    assert zone_referred_back("近日，金湾新区举办招聘会，现场提供岗位800个。求职者纷纷前来咨询。") is None


REVIEWED_SERIES = (
    "为保障辖区河道安全，东湖街道扎实推进河道沿线环境整治工作。东湖街道辖区河道共长12公里，"
    "自开展河道沿线环境大排查行动以来，东湖街道在充分认识综合治理重要性的前提下，"
    "一是积极落实河长工作责任制，明确责任主体；二是组织人员深入河道沿线，摸清基本情况和存在问题；"
    "三是坚持问题导向，切实抓好隐患排查和整治，确保群众生命财产安全。截至目前，已完成40余个问题整改。"
)


def test_a_series_told_after_the_time_since_the_work_began_is_no_plan() -> None:
    summary = summarize_text(REVIEWED_SERIES)
    quotes = [priority.quote for priority in summary.priorities]
    assert not any(quote.startswith(("一是", "二是", "三是")) for quote in quotes), listing(summary)


def test_a_series_after_a_time_since_that_states_its_intent_is_a_plan() -> None:
    text = REVIEWED_SERIES.replace("一是积极落实", "一是将积极落实").replace(
        "截至目前，已完成40余个问题整改。", ""
    )
    summary = summarize_text(text)
    quotes = [priority.quote for priority in summary.priorities]
    assert sum(quote.startswith(("一是", "二是", "三是")) for quote in quotes) == 3, listing(summary)


DOCUMENT_NEWS = (
    "本报讯 江西省政府办公厅日前印发关于加快发展银发经济的实施意见。意见明确，到2026年，全省养老机构"
    "护理型床位占比达到60%以上。意见提出，将银发产业内容纳入全省产业发展规划，并贯穿规划全程。"
    "每年组织企业参观重点园区。深化养老服务供给侧结构性改革，把老年人需求作为产业布局的重要参考，"
    "推动形成以需求为导向的服务体系。健全完善居家社区养老服务网络，制定社区养老服务设施建设方案，"
    "开展分区域、全覆盖的上门服务。各市县要设置专门的养老服务机构。推进智慧养老服务平台和老年人能力评估中心建设。"
    "强化养老护理人才培养，从职业院校一年级开始，渐进式开展护理实习。"
)


def test_a_documents_measures_told_sentence_by_sentence_are_the_priorities() -> None:
    assert_exactly_these_priorities(
        "document_measures",
        DOCUMENT_NEWS,
        "江西省",
        quoted(
            [
                "将银发产业内容纳入全省产业发展规划",
                "深化养老服务供给侧结构性改革",
                "健全完善居家社区养老服务网络",
                "强化养老护理人才培养",
            ]
        ),
    )


def test_two_sentences_that_open_with_work_after_a_documents_frame_make_no_list() -> None:
    text = (
        "江西省政府办公厅日前印发关于加快发展银发经济的实施意见。意见提出，深化养老服务供给侧结构性改革，"
        "把老年人需求作为重要参考。强化养老护理人才培养，渐进式开展护理实习。"
    )
    index = TextIndex(clean_text(text).text)
    cleaned = clean_text(text).text
    assert all(document_measures(cleaned, index, p) == [] for p in index.paragraphs(0, len(cleaned)))


def test_the_years_work_to_date_told_with_figures_clause_after_clause_is_a_result() -> None:
    text = (
        "8月2日，某研究机构发布县域经济百强榜单，锡山区位列第65位。锡山区2022年实现地区生产总值712.3亿元。"
        "今年以来，该区全力推进“项目攻坚年”活动，有年产3万吨的新材料项目等22个项目开工建设，"
        "某某微晶项目等5个项目竣工达效，引进光伏、智能制造等项目30余个，投资额超40亿元。"
    )
    quotes = quotes_of(text)
    assert not any("项目攻坚年" in quote for quote in quotes), quotes


def test_a_line_of_work_since_last_year_with_a_figure_or_two_still_heads() -> None:
    text = (
        "8月2日，锡山区举行重点项目集中签约活动，签约项目12个。区委书记王明表示，锡山区将持续优化营商环境。"
        "去年以来，该区坚持把先进制造作为产业强区首要任务，聚焦“345”产业集群建设，吸引了一批产业项目落户，"
        "10个智造产业生态圈雏形初显。"
    )
    summary = summarize_text(text)
    assert any("先进制造作为产业强区首要任务" in priority.quote for priority in summary.priorities), listing(
        summary
    )


def test_a_zone_named_in_full_after_the_place_a_text_names_most_speaks_for_it() -> None:
    text = (
        "近日，东海湾区高新技术产业开发区社区举行户用光伏集中签约仪式。据了解，东海湾区高新技术产业开发区"
        "成功申报整区域屋顶分布式光伏开发试点。下一步，高新区将进一步宣传屋顶分布式光伏项目的利好政策，"
        "简化服务手续，确保安装质量。"
    )
    summary = summarize_text(text)
    assert [region.name for region in summary.regions] == ["东海湾区高新技术产业开发区"], listing(summary)


MEETING = (
    "8月1日，龙华区委副书记、区长李明主持召开区政府党组会议，传达学习有关会议精神。会议指出，"
    "要坚定信心、锚定目标，开辟新赛道、塑造新的增长点，推动经济持续向好。要重点抓好暑期消费工作，"
    "推出多样化消费场景。要全面优化营商环境，当好服务企业“店小二”。会议要求，要高质量完成经济责任审计"
    "工作。各单位主要负责人要履行好审计整改第一责任人职责，确保整改到位。"
)


def test_a_first_clause_that_only_asks_for_stances_leaves_the_line_of_work_after_it() -> None:
    summary = summarize_text(MEETING)
    quotes = [priority.quote for priority in summary.priorities]
    assert not any("坚定信心" in quote for quote in quotes), listing(summary)
    assert any(quote.startswith("开辟新赛道") for quote in quotes), listing(summary)


def test_a_duty_that_tells_the_bodies_to_bear_a_task_is_no_line_of_work() -> None:
    summary = summarize_text(MEETING)
    quotes = [priority.quote for priority in summary.priorities]
    assert not any("第一责任人职责" in quote for quote in quotes), listing(summary)
    assert any("优化营商环境" in quote for quote in quotes), listing(summary)


def test_a_clause_of_one_stance_and_a_line_of_work_stays_a_head() -> None:
    text = MEETING.replace("要坚定信心、锚定目标，开辟新赛道", "要坚定信心做强制造业，开辟新赛道")
    quotes = [priority.quote for priority in summarize_text(text).priorities]
    assert any("坚定信心做强制造业" in quote for quote in quotes), quotes


RECALLED_GUIDANCE = (
    "与洱海连通的罗时江，正在清澈明亮起来。2015年1月，习近平总书记在云南考察时指出，要拿出咬定青山不放松的"
    "劲头，加强综合治理、系统治理、源头治理，把洱海保护工作做得更好。为推动洱海保护治理从“一湖之治”"
    "向“流域之治”转变，大理市正全力推进城市雨污分流，将新建或改造约150公里管网。"
)


def test_the_duties_of_the_countrys_leaders_a_news_item_recalls_are_not_the_regions_plan() -> None:
    summary = summarize_text(RECALLED_GUIDANCE)
    quotes = [priority.quote for priority in summary.priorities]
    assert not any("咬定青山" in quote for quote in quotes), listing(summary)
    assert any("全力推进城市雨污分流" in quote for quote in quotes), listing(summary)


def test_a_local_leaders_duties_stay_the_regions_plan() -> None:
    text = RECALLED_GUIDANCE.replace("习近平总书记在云南考察时指出", "市委书记李明在调研时指出")
    quotes = [priority.quote for priority in summarize_text(text).priorities]
    assert any("咬定青山" in quote for quote in quotes), quotes


def test_a_region_that_takes_a_line_of_work_as_its_task_commits_to_it() -> None:
    text = (
        "记者从辽宁省农业农村厅获悉，辽宁各地探索应用多种改厕模式。今年以来，我省把深入实施农村厕所革命作为农村人居环境"
        "整治工作的重要内容之一，紧紧围绕2023年农村卫生厕所普及率达到80%的预期目标，将任务分解到市、落实到村。"
        "截至目前，460个村改厕项目全部开工。"
    )
    summary = summarize_text(text)
    titles = [priority.title for priority in summary.priorities]
    assert "深入实施农村厕所革命" in titles, listing(summary)


def test_a_region_that_took_something_as_a_model_commits_to_nothing() -> None:
    text = "今年以来，我省把某县经验作为典型在全省推广。截至目前，460个村改厕项目全部开工，17个村已完工。"
    quotes = quotes_of(text)
    assert not any("典型" in quote for quote in quotes), quotes


def test_a_period_written_with_both_months_opens_results() -> None:
    text = (
        "7月26日，株洲市委书记李明率队观摩重点项目，深入推进“项目攻坚年”活动。1月至6月，55个省重点项目"
        "完成投资96.6亿元，全市重点建设项目完成形象进度投资410.5亿元，计划开工项目120个，实际开工131个。"
    )
    quotes = quotes_of(text)
    assert not any("形象进度投资" in quote for quote in quotes), quotes


BUILDER_QUOTE = (
    "7月30日，随着夯机落锤第一声响，襄阳市襄州区某某智创园项目建设正式铺开。某某智创园项目是襄州区2023年"
    "重点招商引资项目。“接下来，将按照明年9月建成、11月投入使用的目标，倒排工期，加快项目建设进度。”"
    "某某襄阳智创园项目{unit}现场负责人王强说。"
)


def test_a_project_builders_plan_is_not_the_regions() -> None:
    quotes = quotes_of(BUILDER_QUOTE.format(unit="建设单位"))
    assert not any("倒排工期" in quote for quote in quotes), quotes


def test_the_regions_own_official_quoted_the_same_way_states_its_plan() -> None:
    text = BUILDER_QUOTE.format(unit="").replace("某某襄阳智创园项目现场负责人王强说", "襄州区副区长王强说")
    quotes = quotes_of(text)
    assert any("倒排工期" in quote for quote in quotes), quotes


def test_a_requirement_whose_verb_has_no_object_names_no_line_of_work() -> None:
    text = (
        "8月3日，安阳市委书记李明到重点项目现场调研。在随后召开的现场办公会上，针对项目建设中出现的资金、"
        "土地等问题，李明逐一明确了解决思路，要求相关单位限时落实，全力推动问题解决。"
    )
    quotes = quotes_of(text)
    assert not any("限时落实" in quote for quote in quotes), quotes


def test_a_requirement_addressed_to_bodies_with_its_work_stays_a_duty() -> None:
    text = (
        "8月3日，安阳市委书记李明到重点项目现场调研。在随后召开的现场办公会上，李明要求相关单位落实项目"
        "要素保障，全力推动项目早日投产。"
    )
    quotes = quotes_of(text)
    assert any("落实项目要素保障" in quote for quote in quotes), quotes


PLEDGE = (
    "8月5日，泸水市某边境派出所开展2023年护边员培训。培训中，民警要求，一要提高思想认识，二要扎实管边护边，"
    "三要提升业务能力。{speaker}表示，将会进一步发挥自身职能作用，积极协助派出所开展边境治安巡逻防控等工作。"
)


@pytest.mark.parametrize("speaker", ["护边员纷纷", "大家一致", "与会人员"])
def test_the_attendees_pledge_at_an_events_end_is_no_line_of_work(speaker: str) -> None:
    quotes = quotes_of(PLEDGE.format(speaker=speaker))
    assert not any("发挥自身职能作用" in quote for quote in quotes), quotes


def test_a_purpose_clause_before_the_regions_commitment_is_in_its_quote() -> None:
    text = (
        "为持续深入推进“一网统管”建设，青山镇坚持强化数字赋能、深化平台运用，积极推进社会治理“智慧+”建设，"
        "为基层治理装上“数智”引擎。青山镇还将持续完善城运联勤工作站建设。"
    )
    summary = summarize_text(text)
    assert any(priority.quote.startswith("为持续深入推进") for priority in summary.priorities), listing(
        summary
    )


def test_a_head_whose_subject_is_a_town_named_under_the_region_is_the_towns_plan() -> None:
    text = (
        "为进一步提升基层治理效能，日照高新区在河山镇申家坡社区设立警务园区试点。日照高新区河山镇申家坡园区"
        "有企业276家。下一步，河山镇将继续围绕警网融合，以警务园区为试点，完善数字平台。"
    )
    summary = summarize_text(text)
    regions = {priority.region for priority in summary.priorities if "警网融合" in priority.quote}
    assert regions == {"河山镇"}, listing(summary)


def test_a_pages_original_title_line_is_no_speakers_words() -> None:
    text = (
        "2023-07-20 18:24，正文：    原标题：某某高速长岭隧道双幅顺利贯通，"
        "2025年全线通车后省城3小时到景区    "
        "7月20日，从某交通集团传来消息，某某高速控制性工程长岭隧道实现双幅贯通，标志着全线施工风险最大的"
        "隧道群建设取得阶段性胜利。  长岭隧道位于绵阳市平武县白马乡，全长2130米，该隧道地质条件复杂，施工"
        "难度大。  ▲某某高速长岭隧道双幅顺利贯通  "
        "某某高速是四川省一条绿色公路建设典型示范工程项目，全长244公里。"
    )
    quotes = quotes_of(text)
    assert not any("双幅顺利贯通" in quote for quote in quotes), quotes


NOTICE = (
    "澳门特区本年度敬老金发放工作将于7月开始。社会工作局表示，今年将进一步优化敬老金发放流程，方便长者领取。\n"
    "社会工作局强调，居住在澳门以外的敬老金受益人须办理在生证明，若未能完成办理手续，将会影响敬老金的发放。\n"
    "受益人可通过一户通办理有关手续，亦可前往服务中心办理。\n"
)


def test_a_notice_that_tells_the_public_what_it_must_do_is_no_line_of_work() -> None:
    summary = summarize_text(NOTICE)
    quotes = [priority.quote for priority in summary.priorities]
    assert not any("在生证明" in quote for quote in quotes), listing(summary)
    assert any("优化敬老金发放流程" in quote for quote in quotes), listing(summary)
