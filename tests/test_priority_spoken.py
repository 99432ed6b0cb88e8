"""Priorities in spoken genres (guidelines §2): a press conference, a leader's interview, a new-year
address, a meeting's statement. Each text is written for the test in the shape of unseen articles, with
the priorities a careful annotator would label; the traps are what such texts say besides their plans:
a greeting, a look-back, an attendance list, the features of a report, the lead-in of a list.
"""

from __future__ import annotations

import pytest

from summarizer.extract.pipeline import summarize_text
from summarizer.extract.rules.priorities import title_of
from tests.priority_scoring import assert_exactly_these_priorities
from tests.test_priority_genres import Genre

SPOKEN = [
    Genre(
        "press_conference_about_heads",
        "平川县",
        (
            "平川县2024年政府工作报告解读新闻发布会\n"
            "3日上午，平川县政府新闻办召开新闻发布会，解读2024年政府工作报告。\n"
            "县委副书记、县长刘明，副县长赵丽出席发布会。\n"
            "在发布会上，刘明对报告的主要内容作了介绍。刘明说，今年的报告主要有三个特点：一是总结成绩实事"
            "求是；二是分析问题直面短板；三是部署工作重点突出。\n"
            "刘明表示，今年平川将聚焦发展经济和改善民生两件大事。关于发展经济，平川将全力抓招商引资，抓"
            "实体经济，培育特色食品、装备制造两个产业集群。\n"
            "关于改善民生，平川将坚持以人民为中心，办好十件民生实事，做好就业、教育、医疗等工作。\n"
        ),
        [
            ("investment", "发展经济", "关于发展经济，平川将全力抓招商引资"),
            ("livelihood", "改善民生", "关于改善民生，平川将坚持以人民为中心"),
        ],
    ),
    Genre(
        "interview_on_the_one_hand",
        "青山区",
        (
            "青山区区长谈新一年发展思路\n"
            "“去年全区财政收入首次突破百亿元，但产业转型的步子还不够快。”青山区区长王强介绍，2025年，"
            "青山区将全面落实强省会战略。一方面，在产业发展上，加快传统产业升级，把工业短板尽快补起来。"
            "另一方面，在空间拓展上，用好新城片区的土地，把新的发展空间尽快利用起来。\n"
        ),
        [
            ("industry", "产业发展", "一方面，在产业发展上，加快传统产业升级"),
            ("urban_rural", "空间拓展", "另一方面，在空间拓展上，用好新城片区的土地"),
        ],
    ),
    Genre(
        "new_year_address",
        "河西区",
        (
            "河西区区长2025年新年致辞\n"
            "各位市民、各位朋友：大家好！新年的钟声即将敲响，我谨代表河西区委、区政府，向全区居民致以新年"
            "的祝福！\n"
            "回首即将过去的2024年，我们致力于调结构、惠民生，全区经济社会保持了平稳健康发展的良好态势。\n"
            "展望新的一年，我们将紧紧围绕建设现代化滨河新城的奋斗目标，大力推进生态环境治理，建设美丽家园；"
            "继续推进产业转型升级，不断增强发展后劲；深入实施城市精细化管理，使城市更好地服务居民；持续"
            "加强民生保障，让发展成果惠及全区居民。\n"
        ),
        [
            ("ecology", "推进生态环境治理", "大力推进生态环境治理，建设美丽家园"),
            ("industry", "推进产业转型升级", "继续推进产业转型升级"),
            ("urban_rural", "实施城市精细化管理", "深入实施城市精细化管理"),
            ("livelihood", "加强民生保障", "持续加强民生保障"),
        ],
    ),
    Genre(
        "parallel_verbs_in_one_clause",
        "南岭市",
        (
            "南岭市政府召开座谈会听取对政府工作报告的意见建议\n"
            "2月4日，南岭市市长陈刚主持召开座谈会，听取对政府工作报告的意见建议。\n"
            "陈刚指出，今年是实现三年行动目标的关键一年。市政府将完整准确全面贯彻新发展理念，大抓营商环境、"
            "大抓改革开放、大抓招商引资、大抓生态保护，以高质量落实推动南岭高质量发展。\n"
        ),
        [
            ("investment", "大抓营商环境", "大抓营商环境"),
            ("reform", "大抓改革开放", "大抓改革开放"),
            ("investment", "大抓招商引资", "大抓招商引资"),
            ("ecology", "大抓生态保护", "大抓生态保护"),
        ],
    ),
    Genre(
        "paragraphs_after_a_list_lead_in",
        "石门县",
        (
            "石门县县长李华接受记者采访\n"
            "记者：接下来如何抓好落实？\n"
            "李华：就石门来说，就是要依托工业园区，全力做好以下几个方面的工作：\n"
            "全力做好园区项目的征地拆迁和协调服务工作，确保项目顺利实施。\n"
            "加强基础设施建设，完善县城功能，提高县城管理水平。\n"
            "围绕园区发展调整产业结构，加快发展农产品加工业。\n"
        ),
        [
            (
                "investment",
                "做好园区项目的征地拆迁和协调服务工作",
                "全力做好园区项目的征地拆迁和协调服务工作",
            ),
            ("urban_rural", "加强基础设施建设", "加强基础设施建设"),
            ("industry", "围绕园区发展调整产业结构", "围绕园区发展调整产业结构"),
        ],
    ),
    Genre(
        "answer_with_its_list_lead_in",
        "东湖区",
        (
            "实施“六大提升工程” 奋勇争先\n"
            "——访东湖区委书记张伟\n"
            "12月18日，就贯彻落实全会精神，本报记者采访了东湖区委书记张伟。\n"
            "问：东湖区如何学习贯彻全会精神？\n"
            "答：东湖区坚持把学习贯彻全会精神与推进重点工作结合起来，第一时间召开专题会议，创新开展“十个一”"
            "活动，扎实推动各项任务见行见效。\n"
            "问：今年以来，东湖区实施“六大提升工程”，取得了哪些成效？\n"
            "答：今年以来，东湖区紧紧围绕“工业强区”战略，大力实施“六大提升工程”。一是解决了一批多年想办"
            "没办成的难事，老城更新全面启动。二是突破了一批制约发展的大事，全面推行国企改革。三是办成了一"
            "批群众关心的实事，新建学校3所。\n"
        ),
        [
            ("urban_rural", "解决了一批多年想办没办成的难事", "一是解决了一批多年想办没办成的难事"),
            ("reform", "突破了一批制约发展的大事", "二是突破了一批制约发展的大事"),
            ("livelihood", "办成了一批群众关心的实事", "三是办成了一批群众关心的实事"),
        ],
    ),
    Genre(
        "speaker_opens_each_paragraph",
        "北辰区",
        (
            "当好高质量发展的排头兵\n"
            "——访北辰区委书记周平\n"
            "周平说，立足“新”，走好创新发展道路。加快建设科创园区，推动智能制造、生物医药等产业集聚"
            "发展，培育一批高新技术企业。\n"
            "周平说，注重“实”，努力提升群众获得感幸福感。高标准实施好15项惠民工程，解决好群众最急最忧"
            "的现实问题。\n"
            "周平表示，突出“严”，推动全面从严治党向纵深发展。压实各级党组织主体责任，持续整治形式主义、"
            "官僚主义问题。\n"
        ),
        [
            ("innovation", "走好创新发展道路", "立足“新”，走好创新发展道路"),
            ("livelihood", "努力提升群众获得感幸福感", "注重“实”，努力提升群众获得感幸福感"),
            ("governance", "推动全面从严治党向纵深发展", "突出“严”，推动全面从严治党向纵深发展"),
        ],
    ),
    Genre(
        "interview_with_column_lines_and_host_question",
        "东坡区",
        (
            "《奋进新征程》系列访谈：东坡区委书记王磊\n"
            "| 时政要闻 |2024-03-02\n"
            "主持人 李萌\n"
            "王书记，您好，新一届班子已经到位，接下来东坡区将如何推进各项工作呢？\n"
            "王磊：我们要抓好几个重点。第一，全力推进全国文明城市创建，确保今年创建成功。第二，加快建设东坡"
            "科创园，培育一批高新技术企业。\n"
        ),
        [
            ("urban_rural", "全力推进全国文明城市创建", "全力推进全国文明城市创建"),
            ("innovation", "加快建设东坡科创园", "加快建设东坡科创园"),
        ],
    ),
    Genre(
        "meeting_with_a_title_in_two_lines",
        "临江市",
        (
            "临江市政府就政府工作报告征求人大、政协、\n"
            "社会各界人士和老干部意见\n"
            "2月4日，临江市市长周涛带领市政府班子成员与各界代表座谈，听取意见建议。\n"
            "周涛认真倾听、仔细记录，并代表市政府向大家的理解与支持表示感谢。\n"
            "周涛指出，今年是关键一年。市政府将大抓营商环境、大抓改革开放、大抓绿色发展，推动临江高质量"
            "发展。\n"
        ),
        [
            ("investment", "大抓营商环境", "大抓营商环境"),
            ("reform", "大抓改革开放", "大抓改革开放"),
            ("ecology", "大抓绿色发展", "大抓绿色发展"),
        ],
    ),
    Genre(
        "live_interview_with_bracketed_host",
        "安平县",
        (
            "【主持人】王县长，您好！请您谈谈对政府工作报告的感受？\n"
            "安平县将坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻市委、市政府工作部署，大力开展"
            "“奋进争先”活动。\n"
            "【主持人】很多网友关心城市建设，想问一下王县长，新的一年安平在城市建设方面有哪些打算？\n"
            "新的一年，安平县将重点抓好三件事：一是推进老旧小区改造，让群众住得更舒心。二是完善城市路网，"
            "打通断头路。三是建设一批口袋公园。\n"
        ),
        [
            ("urban_rural", "推进老旧小区改造", "一是推进老旧小区改造"),
            ("urban_rural", "完善城市路网", "二是完善城市路网"),
            ("urban_rural", "建设一批口袋公园", "三是建设一批口袋公园"),
        ],
    ),
    Genre(
        "duties_from_the_first_sentence_on",
        "竹溪县",
        (
            "竹溪县政府听取人大代表意见建议\n"
            "12月26日，竹溪县委副书记、县长李强来到城关代表团与人大代表座谈交流，听取意见建议。\n"
            "李强说，新的一年，各乡镇要坚持工业强县目标，做足工业支撑。要锚定农业增效、农民增收目标，打造"
            "生态农业大县。要坚持文旅兴县，谋划好古镇片区开发。\n"
            "县领导张华参加讨论。\n"
        ),
        [
            ("industry", "坚持工业强县目标", "要坚持工业强县目标"),
            ("agriculture", "锚定农业增效、农民增收目标", "要锚定农业增效、农民增收目标"),
            ("culture_tourism", "坚持文旅兴县", "要坚持文旅兴县"),
        ],
    ),
]


@pytest.mark.parametrize("genre", SPOKEN, ids=[genre.name for genre in SPOKEN])
def test_each_spoken_priority_is_found_and_nothing_else(genre: Genre) -> None:
    assert_exactly_these_priorities(genre.name, genre.text, genre.region, genre.priorities)


@pytest.mark.parametrize("genre", SPOKEN, ids=[genre.name for genre in SPOKEN])
def test_spoken_quotes_open_with_the_line_of_work_not_the_speaker(genre: Genre) -> None:
    """A quote is the head itself ("立足“新”，走好…"), without the speaker's frame ("周平说，") or label."""
    for priority in summarize_text(genre.text).priorities:
        assert not priority.quote.startswith(
            ("周平", "刘明", "陈刚", "李华", "王强", "王磊", "周涛", "李强", "答")
        ), priority.quote


def test_a_slogan_clause_gives_way_to_the_line_of_work_in_the_title() -> None:
    """ "立足“新”，走好创新发展道路": the title is the line of work, not the one-word slogan before it."""
    titles = [priority.title for priority in summarize_text(SPOKEN[6].text).priorities]
    assert titles == ["走好创新发展道路", "努力提升群众获得感幸福感", "推动全面从严治党向纵深发展"]


def test_a_spokesman_s_topic_is_titled_without_about() -> None:
    """ "关于改善民生，…": the title is the line of work ("改善民生")."""
    titles = [priority.title for priority in summarize_text(SPOKEN[0].text).priorities]
    assert titles == ["发展经济", "改善民生"]


def test_nouns_that_share_a_word_are_no_parallel_lines_of_work() -> None:
    """ "推动冰雪运动、冰雪文化、冰雪装备…": one line of work with its objects, not four priorities."""
    text = (
        "南山市文旅工作会议召开\n"
        "会议提出，要推动冰雪运动、冰雪文化、冰雪装备、冰雪旅游全业态发展，打造冬季旅游目的地。要加快"
        "建设一批精品民宿。\n"
    )
    titles = [priority.title for priority in summarize_text(text).priorities]
    assert not any(title.startswith("冰雪") for title in titles), titles


def test_a_clause_of_compliance_gives_way_to_the_line_of_work_in_the_title() -> None:
    """ "严格贯彻落实上级部署，全力做好…": the title is what the region does, not whose plan it follows."""
    quote = "严格贯彻落实市委、市政府工作安排与部署，全力做好园区项目的征地拆迁工作"
    assert title_of(quote) == "全力做好园区项目的征地拆迁工作"
