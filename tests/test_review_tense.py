"""Results are not read as plans in reviews and look-backs (guidelines §3: the past and the present are not
targets), while plans beside them keep their targets.

The articles below are written for these tests in the genres where results read as plans: a half-year
release, a 这五年 retrospective, a 成就巡礼 feature, a year-end speech summary, a sector review with totals,
an anniversary feature, a statistics bulletin, a half-year press conference; and plan-type texts that open
with a short review. Each runs through the offline backend as a file would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.load import load_path
from summarizer.ingest.prepare import prepare_article
from tests.conftest import ARTICLES
from tests.test_rules import raws

HALF_YEAR_RELEASE = """上半年全区经济运行稳中向好

发布时间：2024-07-18　来源：区统计局

7月18日，记者从区统计局获悉，上半年，全区地区生产总值同比增长9.6%，增速高于全市平均水平1.2个百分点。

工业生产较快增长。规上工业增加值、固定资产投资分别增长12.3%、8.1%。其中，高技术制造业增加值增长18.5%，占规上工业比重达到23.4%。

消费市场持续回暖。社会消费品零售总额实现186.5亿元，增长7.2%；网上零售额42.3亿元，增长15.6%。

项目建设提速推进。新开工亿元以上项目46个，完成投资128亿元。争取中央预算内资金3.2亿元，发行地方政府专项债券15.6亿元。

居民收入稳步增加。全体居民人均可支配收入23560元，增长6.3%。城镇新增就业8200人，城镇调查失业率5.1%。
"""

FIVE_YEARS = """这五年，青山县交出高质量发展答卷

发布时间：2023-12-20

这五年，是青山县发展极不平凡的五年。全县地区生产总值由2018年的156亿元增加到238亿元，年均增长7.5%。

产业结构持续优化。规上工业企业从86家增加到142家，战略性新兴产业产值占规上工业比重提高到31.5%。

2023年农村居民人均可支配收入达到18620元，城乡居民收入比缩小到2.1。五年间新建改建农村公路1260公里，建成高标准农田42万亩，粮食产量稳定在50万吨以上。

就业创业更加活跃。新建返乡创业园5个，累计带动就业超过5000人。全县现有国家高新技术企业68家，省级专精特新企业35家。
"""

ACHIEVEMENTS_FEATURE = """【成就巡礼】山水田园绿色崛起——河源县高质量发展纪实

发布时间：2024-09-26

走进河源县，一座座现代化厂房拔地而起，一片片特色产业基地生机盎然。

产业是发展的根基。河源县坚持工业强县，规上工业企业达到128家，规上工业总产值突破300亿元。县经济开发区入驻企业260家，形成新材料、食品加工两大主导产业。

乡村振兴蹄疾步稳。全县建成现代农业产业园12个，发展家庭农场860家、农民专业合作社420家，特色种植面积达到15万亩。

城乡面貌焕然一新。县城建成区面积扩大到28平方公里，新建城市公园9个，城镇化率提高到56.3%。

民生福祉持续增进。全县新建改扩建学校23所，新增学位1.2万个，每千人口医疗卫生机构床位数达到6.8张。每年接待游客超过800万人次，旅游综合收入达65亿元。
"""

YEAR_END_SPEECH = """县委书记王明在全县经济工作会议上的讲话（摘要）

发布时间：2024-01-05

王明指出，2023年是全面贯彻党的二十大精神的开局之年。面对复杂严峻的形势，全县上下迎难而上，地区生产总值完成185亿元，增长6.5%；一般公共预算收入12.6亿元，增长8.2%。

王明说，我们坚持项目为王，实施重点项目156个，完成投资96亿元，引进亿元以上项目38个，总投资超过260亿元。

我们坚持民生为本，民生支出占一般公共预算支出的比重达到80.5%，新增城镇就业6500人，改造农村危房1200户。

王明强调，全县上下要保持定力、乘势而上，确保2024年地区生产总值增长6.5%以上。
"""

SECTOR_REVIEW = """我市交通建设成效显著

发布时间：2024-12-28

记者从市交通运输局获悉，我市交通基础设施建设持续提速。截至年底，全市公路总里程达到1.86万公里，其中高速公路628公里。

农村公路累计改造提升3200公里，建制村通客车率100%。全市5G基站总数达1.2万个，城区和乡镇实现全覆盖。

新能源公交车保有量1260辆，占公交车总数的92%。今年全市新增公交线路15条，公交日均客运量达到35万人次。

全市共有客运站36个，拥有营运客车2100辆。
"""

ANNIVERSARY = (
    "2023-09-28 10:12，正文：建县70年来，石桥县发生了翻天覆地的变化。全县地区生产总值从1953年的0.3亿元增长到"
    "2022年的286亿元，人均地区生产总值达到5.6万元。城镇化率由不足10%提高到58.2%。全县公路通车里程达到3260公里，"
    "实现村村通硬化路。全县拥有各级各类学校186所，在校学生8.6万人。石桥县将以建县70周年为新起点，奋力谱写"
    "高质量发展新篇章。\n"
)

STATISTICS_BULLETIN = (
    "2024-03-15 16:00，正文：《2023年临河区国民经济和社会发展统计公报》近日发布。初步核算，全年地区生产总值"
    "412.6亿元，按不变价格计算，比上年增长6.8%。其中，第一产业增加值45.2亿元，增长4.1%；第二产业增加值168.3亿元，"
    "增长8.2%；第三产业增加值199.1亿元，增长6.3%。全年粮食总产量达到38.6万吨。年末全区常住人口56.3万人，"
    "城镇化率61.2%。全年城镇新增就业6830人，农村劳动力转移就业2.1万人。\n"
)

TWENTY_YEARS_CONFERENCE = (
    "2023-07-12 15:20，正文：7月11日，省政府新闻办举行系列新闻发布会。省发展改革委主任陈刚介绍，20年来，"
    "全省地区生产总值从2003年的9705亿元增加到2022年的7.77万亿元，人均地区生产总值超过11.8万元。全省数字经济核心"
    "产业增加值达到8977亿元，占地区生产总值比重提高到11.6%。全省高新技术企业数量达到3.5万家，研发经费投入强度达到"
    "3.1%。全省建成美丽乡村示范县70个，创建未来乡村300个，农村生活垃圾分类处理实现全覆盖。\n"
)

YEAR_REVIEW_WITHOUT_A_DATE = """\
2024年，面对复杂严峻的外部环境，全省上下坚持稳中求进工作总基调，经济社会发展主要目标任务较好完成。全省地区生产总值突破2.5万亿元、增长5.6%，规上工业增加值增长7.5%，固定资产投资增长4.8%。

产业转型升级步伐加快。实施重点产业链提升行动，新能源汽车产量突破50万辆，光伏组件产能达到80吉瓦。新增国家级专精特新“小巨人”企业45家，高新技术企业总数突破1.2万家。全年实施亿元以上项目2860个，完成投资3200亿元。

乡村振兴全面推进。粮食总产量达到780亿斤，连续10年稳定在700亿斤以上。新建高标准农田260万亩，农村居民人均可支配收入增长6.8%。

民生保障有力有效。城镇新增就业48万人，城镇调查失业率控制在5.5%以内。新建改扩建中小学120所，新增学位15万个。
"""

REPORT_WITH_A_REVIEW = """平川区2024年政府工作报告（摘要）

发布时间：2024-01-16

过去一年，全区地区生产总值增长6.2%，规上工业增加值增长9.1%，固定资产投资增长5.6%。新开工项目78个，城镇新增就业1.1万人。

2024年经济社会发展的主要预期目标是：地区生产总值增长6%左右，规上工业增加值增长8%，固定资产投资增长6%以上，城镇新增就业1万人以上。

今年，全区将实施重点项目120个，完成投资160亿元。新建改建农村公路200公里，改造老旧小区35个。
"""

INTERVIEW_WITH_A_REVIEW = """稳中求进抓项目 凝心聚力促发展——访长岭县县长刘强

发布时间：2024-07-22

记者：今年上半年全县经济运行情况如何？

刘强：上半年，全县地区生产总值同比增长7.8%，规上工业增加值增长10.2%，引进项目32个，到位资金21亿元。

记者：下半年有哪些打算？

刘强：下半年，我们将聚焦项目建设，力争全年新开工项目60个以上，完成固定资产投资85亿元。到2025年，全县规上工业企业达到150家，农村居民人均可支配收入突破2.2万元。
"""

HALF_YEAR_CONFERENCE = (
    "2023-08-10 09:00，正文：8月9日，市政府新闻办召开新闻发布会，副市长李华介绍上半年全市经济运行情况。"
    "李华表示，上半年全市经济运行稳中有进。项目建设方面，全市谋划储备亿元以上项目310个，总投资2860亿元；"
    "新开工亿元以上项目128个，总投资980亿元的新能源产业园项目一期建成投产。招商引资方面，全市新引进项目156个，"
    "到位资金320亿元。民生方面，新增城镇就业2.8万人，完成农村户厕改造1.2万户。李华表示，下半年，全市将力争"
    "新开工亿元以上项目100个，确保全年地区生产总值增长6%以上。\n"
)

LAST_YEAR_THEN_THIS_YEAR = (
    "2023-02-20 09:00，正文：去年，全县地区生产总值增长6.5%，完成固定资产投资120亿元，新引进项目45个。"
    "今年，全县坚持项目为王，实施重点项目100个，完成投资150亿元，新建标准化厂房20万平方米，新增规上工业企业15家。\n"
)

REVIEW_SECTION_THEN_PLAN = """一、2024年工作回顾

过去一年，我们坚持稳中求进，全省经济社会发展取得新成效。

（一）经济运行回升向好。全省地区生产总值增长5.8%，规上工业增加值增长7.2%。一般公共预算收入完成452亿元，增长6.1%。

（二）产业体系加快构建。新增规上工业企业320户，总投资120亿元的多晶硅项目建成投产，年产20万吨电解铝项目竣工。新能源装机规模达到5800万千瓦。

（三）民生福祉持续增进。城镇新增就业6.2万人，新建改扩建幼儿园86所，将2.3万名困难群众纳入低保范围。

二、2025年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业6万人以上。
"""


def article_targets(tmp_path: Path, text: str) -> list[str]:
    """The raws the offline backend keeps from a text saved as an article file."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    article = prepare_article(load_path(str(path)).documents[0])
    return [target.raw for target in extract_article(article).targets]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (HALF_YEAR_RELEASE, []),
        (FIVE_YEARS, []),
        (ACHIEVEMENTS_FEATURE, []),
        (YEAR_END_SPEECH, ["6.5%以上"]),
        (SECTOR_REVIEW, []),
        (ANNIVERSARY, []),
        (STATISTICS_BULLETIN, []),
        (TWENTY_YEARS_CONFERENCE, []),
        (YEAR_REVIEW_WITHOUT_A_DATE, []),
    ],
    ids=[
        "half-year-release",
        "five-years",
        "achievements-feature",
        "year-end-speech",
        "sector-review",
        "anniversary",
        "statistics-bulletin",
        "twenty-years-conference",
        "year-review-without-a-date",
    ],
)
def test_a_review_keeps_no_result_as_a_target(tmp_path: Path, text: str, kept: list[str]) -> None:
    assert article_targets(tmp_path, text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            REPORT_WITH_A_REVIEW,
            ["6%左右", "8%", "6%以上", "1万人以上", "120个", "160亿元", "200公里", "35个"],
        ),
        (INTERVIEW_WITH_A_REVIEW, ["60个以上", "85亿元", "150家", "2.2万元"]),
        (HALF_YEAR_CONFERENCE, ["100个", "6%以上"]),
        (REVIEW_SECTION_THEN_PLAN, ["5.5%左右", "6万人以上"]),
        (LAST_YEAR_THEN_THIS_YEAR, ["100个", "150亿元", "20万平方米", "15家"]),
    ],
    ids=[
        "report",
        "interview",
        "half-year-conference",
        "review-section-then-plan",
        "last-year-then-this-year",
    ],
)
def test_plans_after_a_review_keep_their_targets_and_only_them(
    tmp_path: Path, text: str, kept: list[str]
) -> None:
    assert article_targets(tmp_path, text) == kept


def dev_article_targets(pattern: str) -> list[str]:
    [path] = ARTICLES.glob(pattern)
    article = prepare_article(load_path(str(path)).documents[0])
    return [target.raw for target in extract_article(article).targets]


def test_dev_look_backs_that_hold_targets_keep_them() -> None:
    """10 (a half-year press conference) and 17 (a retrospective) report results throughout, and still
    hold projects under construction and a plan's tasks: guidelines §3 keeps those."""
    assert {"30.44万亩", "1.9亿元", "4000万元"} <= set(dev_article_targets("10_*.txt"))
    assert {"34项", "60个"} <= set(dev_article_targets("17_*.txt"))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("要抓住机遇扩大消费。我区每年接待游客近3亿人次，这些消费还有很大潜力可挖，要开发更多文创商品。", []),
        ("记者从市通信管理局获悉。全市5G基站总数达1.2万个，新能源汽车保有量达到8.6万辆。", []),
        (
            "要培育壮大市场主体。全区共有市场主体12.6万户，现有规上工业企业320家，拥有国家级孵化器3家。",
            [],
        ),
        ("到2025年，全市5G基站总数达到2万个，新能源汽车保有量达到15万辆。", ["2万个", "15万辆"]),
        ("今年，全县将新增A级景区3家，A级景区总数达到21家。", ["3家", "21家"]),
        ("要持续扩大就业。全县每年新增城镇就业5000人以上。", ["5000人以上"]),
    ],
)
def test_present_states_are_not_plans_unless_a_plan_word_says_so(text: str, kept: list[str]) -> None:
    assert raws(text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a lead-in sentence frames the unmarked sentences after it, until the next lead-in
        (
            "上半年全市经济运行稳中有进。新开工项目128个，新增就业2.8万人。下半年，全市将力争新开工项目100个，"
            "确保全年增长6%以上。",
            ["100个", "6%以上"],
        ),
        # the time of a cut-off is no deadline
        ("截至年底，全市公路总里程达到1.86万公里。截至今年6月底，全区发放创业担保贷款3.6亿元。", []),
        # a growth told from a past year ends on a level reached
        ("全县地区生产总值从2018年的156亿元增长到2024年的238亿元。", []),
        ("力争地区生产总值由2020年的156亿元增长到2026年的260亿元。", ["260亿元"]),
        # 未来 in a name marks no future; 将 before its object marks it, not the future
        ("今年以来，全省创建未来乡村300个。上半年，全区将2.3万名困难群众纳入低保范围。", []),
        ("未来五年，全市将新建5G基站1万个。", ["1万个"]),
        # what was expected, a class of companies and years counted back are no plans
        ("上半年，全区经济运行好于预期，地区生产总值增长6.5%，新增市场主体1200户。", []),
        ("今年以来，全市新增上市企业3家，培育拟上市企业15家。", []),
        ("全市拟新建5G基站3000个。年前完成改造老旧小区120个。", ["3000个", "120个"]),
    ],
)
def test_words_that_look_like_tense_marks(text: str, kept: list[str]) -> None:
    assert raws(text) == kept


def test_a_whole_year_word_after_a_future_word_is_the_plan_s_even_in_a_review() -> None:
    review = "今年以来，全区完成投资86.5亿元，同比增长12.1%。下一步，全区将力争全年完成投资180亿元。"
    assert raws(review, 2023) == ["180亿元"]


def test_a_project_completed_in_a_review_is_a_result_and_one_being_built_a_target() -> None:
    review = "过去一年，总投资120亿元的多晶硅项目建成投产。总投资1.9亿元的大桥改扩建工程扎实推进。"
    assert raws(review) == ["1.9亿元"]


def test_this_year_in_a_report_of_results_is_the_year_reported_on_unless_a_plan_follows() -> None:
    results = "今年以来，全市新增市场主体5000户，同比增长12%。今年全市新增公交线路15条，新建5G基站320个。"
    assert raws(results) == []
    plan = "去年全市GDP增长8.6%，社会消费品零售总额7697亿元，增长12.5%。今年安排1180亿元建设156个重点项目。"
    assert raws(plan) == ["1180亿元", "156个"]
