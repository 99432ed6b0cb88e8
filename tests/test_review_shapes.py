"""More shapes of reviews whose results are no targets (guidelines §3: the past and the present are not
targets), beside plan texts that keep every target; the shapes of tests/test_review_tense.py are not
repeated here.

Every article below is written for these tests: a county's work summary read in the January after, a
成绩单 feature with numbers stated without 了, a 数说 data feature with one figure per line, a model
village's profile, a press conference on the first three quarters, a 回眸 piece told with 已经/先后/相继/
累计, a statistics communiqué, a review of budgets already spent, an illustrated 成绩单 with one figure
a line, an enterprise's profile and a festival's closing news; and plan texts of the same seasons (a
January plan, a three-quarter conference that looks ahead, a year's summary followed by its plans).

A title or heading that names the review of a past year ("2023年…统计公报" read in 2024) makes its 全年
and 年末 the reviewed year's, up to the first paragraph that lays out plans. Each text runs through the
offline backend as a file would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.load import load_path
from summarizer.ingest.prepare import prepare_article

JANUARY_WORK_SUMMARY = """松江县2023年工作总结

发布时间：2024-01-12

2023年，全县上下坚持稳中求进，较好完成了全年目标任务。全年地区生产总值达到168亿元，增长6.1%。

工业经济提质增效。全县规上工业企业达到96家，规上工业增加值增长8.4%，新增规上工业企业12家。

项目建设成效明显。今年全县实施重点项目86个，完成投资72亿元，新开工项目41个，竣工项目28个。

民生事业全面进步。全年民生支出23.5亿元，占一般公共预算支出的81%，新增城镇就业4200人，改造农村危房560户。
"""

SCORECARD = """亮眼成绩单！桃源区2023年经济“答卷”出炉

发布时间：2024-01-25

1月24日，记者从区发改局获悉，桃源区2023年经济发展“答卷”出炉。

全区地区生产总值286.4亿元，同比增长6.9%，增速居全市第二。规上工业增加值增长10.6%，固定资产投资增长7.3%。

社会消费品零售总额112.8亿元，增长8.1%。外贸进出口总额46.2亿元，增长12.4%。

城乡居民人均可支配收入分别为45260元、21380元，分别增长5.6%、7.2%。
"""

DATA_FEATURE = """数说2023｜一组数据看清水县发展新变化

发布时间：2024-02-02

地区生产总值：205.6亿元，增长6.3%
规上工业增加值：增长9.2%
一般公共预算收入：15.8亿元，增长7.6%
社会消费品零售总额：76.4亿元，增长8.5%
农村居民人均可支配收入：19860元，增长7.9%
新增城镇就业：5120人
"""

MODEL_VILLAGE = """产业兴旺日子甜——走进乡村振兴示范村柳湾村

发布时间：2024-05-16

柳湾村位于青河县东部，全村共有农户512户、人口1860人。

近年来，柳湾村依托资源优势发展特色种植，全村种植葡萄3200亩，建成冷库6座，年产鲜食葡萄8000吨。

村集体经济合作社带动农户420户，吸纳本村劳动力就业360人，2023年村集体经济收入达到126万元，村民人均可支配收入2.6万元。

村里还建起了农家乐15家，年接待游客12万人次，旅游收入突破900万元。
"""

THREE_QUARTERS_CONFERENCE = """前三季度我市经济运行持续恢复向好

发布时间：2024-10-24

10月23日，市政府新闻办召开新闻发布会，通报前三季度全市经济运行情况。

市统计局局长赵敏介绍，前三季度，全市地区生产总值1826亿元，同比增长5.7%。分产业看，第一产业增加值增长3.6%，第二产业增加值增长6.8%，第三产业增加值增长5.2%。

投资方面，全市固定资产投资增长6.3%，其中工业投资增长14.2%。全市在建亿元以上项目486个，完成投资820亿元。

消费方面，社会消费品零售总额786亿元，增长6.1%。城镇新增就业4.6万人，完成全年目标的92%。
"""

LOOKING_BACK = """回眸2023：奋进的足迹

发布时间：2023-12-29

这一年，石门区先后引进中建材、海螺等知名企业23家，相继建成投产项目31个，已经形成新材料、装备制造两大产业集群。

这一年，全区陆续改造老旧小区46个，惠及居民1.2万户；共计新建改建农村公路138公里，实现了行政村通硬化路全覆盖。

这一年，全区累计发放创业担保贷款2.3亿元，新增市场主体6800户，城镇新增就业5600人。
"""

COMMUNIQUE = """2023年安平县国民经济和社会发展统计公报

发布时间：2024-03-20

一、综合

初步核算，全年全县地区生产总值216.8亿元，比上年增长6.2%。其中，第一产业增加值32.4亿元，增长4.0%；第二产业增加值86.5亿元，增长7.1%；第三产业增加值97.9亿元，增长5.9%。

年末全县户籍人口52.6万人，常住人口48.3万人，常住人口城镇化率52.8%。

二、农业

全年粮食播种面积86.2万亩，粮食总产量36.5万吨，比上年增长2.1%。全年肉类总产量4.2万吨。
"""

BUDGETS_SPENT = """我县民生实事项目全面完成

发布时间：2023-12-26

今年以来，县委县政府把民生实事作为重中之重，共投入资金8.6亿元，实施民生实事项目12类35项。

教育方面，投入资金2.3亿元，新建改扩建学校9所，新增学位4500个。卫生方面，完成投资1.1亿元，建成县人民医院门诊楼，新改建村卫生室36个。

交通方面，完成农村公路建设投资3.2亿元，新建改建农村公路210公里。住房方面，投入资金1.4亿元，改造老旧小区28个，惠及居民6200户。
"""

JANUARY_PLAN = """松江县2024年工作要点

发布时间：2024-01-18

2024年全县经济社会发展的主要预期目标是：地区生产总值增长6%以上，规上工业增加值增长8%左右，城镇新增就业4000人以上。

今年，全县将实施重点项目90个，完成投资80亿元，新增规上工业企业10家。全年改造农村危房500户，新建改建农村公路150公里。
"""

THREE_QUARTERS_THEN_AHEAD = """前三季度我县经济运行稳中有进

发布时间：2024-10-22

前三季度，全县地区生产总值完成132亿元，同比增长6.4%，新开工项目38个，完成投资54亿元。

县发改局负责人表示，第四季度，全县将全力冲刺全年目标，力争全年新开工项目50个以上，完成固定资产投资75亿元，确保地区生产总值增长6%以上。
"""

ILLUSTRATED_SCORECARD = """图解：沙河县2023年经济社会发展成绩单

发布时间：2024-01-20

——地区生产总值突破300亿元，增长6.6%
——一般公共预算收入18.2亿元，增长9.1%
——新引进项目62个，到位资金86亿元
——城镇新增就业6300人
——新建改建农村公路216公里
"""

ENTERPRISE_PROFILE = """做强链主企业 带动产业集群——记江北新材料有限公司

发布时间：2024-06-12

江北新材料有限公司成立于2012年，是一家集研发、生产、销售于一体的国家高新技术企业。公司占地面积320亩，现有员工860人，其中研发人员126人。

2023年，公司实现产值18.6亿元，上缴税收1.2亿元，产品远销东南亚、欧洲等30多个国家和地区。

公司拥有发明专利42项，建成省级企业技术中心1个。依托公司，园区聚集上下游配套企业26家，带动周边群众就业2000余人。
"""

FESTIVAL_NEWS = """第五届桃花旅游文化节圆满落幕

发布时间：2024-04-08

4月7日，为期一个月的第五届桃花旅游文化节圆满落幕。文化节期间，全县共接待游客86.3万人次，实现旅游综合收入5.2亿元，同比分别增长23.6%、31.2%。

文化节共举办文旅活动32场，吸引客商1200余人次。
"""

SUMMARY_THEN_PLAN = """河口县2023年工作总结和2024年工作打算

发布时间：2024-01-15

一、2023年工作总结

全年地区生产总值完成186亿元，增长6.3%。年末全县常住人口42.1万人。全年实施重点项目92个，完成投资78亿元。

二、2024年工作打算

全年实施重点项目100个以上，完成投资85亿元。年末城镇化率达到55%。
"""

SUMMARY_THEN_NEXT_STEPS = """石桥县2023年工作总结

发布时间：2024-01-10

全年地区生产总值完成186亿元，增长6.3%。全年实施重点项目92个，完成投资78亿元。

下一步，全县将力争全年实施重点项目100个，年末城镇化率达到55%。
"""

RELIEF_LIST = """我县2024年十件民生实事出炉

发布时间：2024-02-20

一、新建改扩建幼儿园10所，新增学位2700个。

二、改造老旧小区35个，惠及居民4800户。

三、新建改建农村公路200公里。
"""

TASK_LIST = """全县重点工作任务清单

发布时间：2024-03-01

实施重点项目120个，完成投资160亿元。新建标准化厂房20万平方米，新增规上工业企业15家。改造农村危房500户。
"""

PROJECT_IN_PRODUCTION = """年产10万吨新型建材项目正式投产

发布时间：2024-05-20

5月18日，总投资12亿元的华兴年产10万吨新型建材项目在县工业园区正式投产。
"""

UNDATED_COMMUNIQUE = """2023年河口市国民经济和社会发展统计公报

初步核算，全年全市地区生产总值512.3亿元，比上年增长5.9%。全年规模以上工业增加值比上年增长8.2%。全年社会消费品零售总额186.4亿元，比上年增长7.1%。年末全市常住人口83.6万人。全年城镇新增就业1.1万人。
"""

DECEMBER_SUMMARY = """松江县2023年工作总结

发布时间：2023-12-28

今年以来，全县上下坚持稳中求进。全年地区生产总值预计达到168亿元，增长6.1%。

今年全县实施重点项目86个，完成投资72亿元，新开工项目41个。全年民生支出23.5亿元，新增城镇就业4200人。
"""

DECEMBER_SUMMARY_THEN_NEXT_YEAR = """松江县2023年工作总结

发布时间：2023-12-28

今年以来，全县上下坚持稳中求进。全年地区生产总值预计达到168亿元，增长6.1%。

今年全县实施重点项目86个，完成投资72亿元，新开工项目41个。

明年，全县将实施重点项目100个，完成投资80亿元。
"""

MIDYEAR_SUMMARY = """长河区2024年上半年工作总结

发布时间：2024-07-10

上半年，全区地区生产总值完成86亿元，同比增长6.2%。今年全区实施重点项目48个，完成投资36亿元。

下半年，全区将力争全年完成投资70亿元，新开工项目30个以上。
"""

MEASURED_AGAINST_THE_PLAN = """一年来，全县上下奋力拼搏，地区生产总值增长6.5%，超额完成年初确定的6%目标。

新增规上工业企业18家，超出计划3家；新开工项目46个，比计划多6个。

今年，全县计划新增规上工业企业20家，新开工项目50个以上。
"""


def article_targets(tmp_path: Path, text: str) -> list[str]:
    """The raws the offline backend keeps from a text saved as an article file."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    article = prepare_article(load_path(str(path)).documents[0])
    return [target.raw for target in extract_article(article).targets]


@pytest.mark.parametrize(
    "text",
    [
        JANUARY_WORK_SUMMARY,
        SCORECARD,
        DATA_FEATURE,
        MODEL_VILLAGE,
        THREE_QUARTERS_CONFERENCE,
        LOOKING_BACK,
        COMMUNIQUE,
        BUDGETS_SPENT,
        ILLUSTRATED_SCORECARD,
        ENTERPRISE_PROFILE,
        FESTIVAL_NEWS,
        UNDATED_COMMUNIQUE,
        DECEMBER_SUMMARY,
    ],
    ids=[
        "january-work-summary",
        "scorecard",
        "data-feature",
        "model-village",
        "three-quarters-conference",
        "looking-back",
        "communique",
        "budgets-spent",
        "illustrated-scorecard",
        "enterprise-profile",
        "festival-news",
        "undated-communique",
        "december-summary",
    ],
)
def test_a_review_of_another_shape_keeps_no_result_as_a_target(tmp_path: Path, text: str) -> None:
    assert article_targets(tmp_path, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (JANUARY_PLAN, ["6%以上", "8%左右", "4000人以上", "90个", "80亿元", "10家", "500户", "150公里"]),
        (THREE_QUARTERS_THEN_AHEAD, ["50个以上", "75亿元", "6%以上"]),
        (SUMMARY_THEN_PLAN, ["100个以上", "85亿元", "55%"]),
        (SUMMARY_THEN_NEXT_STEPS, ["100个", "55%"]),
        (RELIEF_LIST, ["10所", "2700个", "35个", "4800户", "200公里"]),
        (TASK_LIST, ["120个", "160亿元", "20万平方米", "15家", "500户"]),
        (DECEMBER_SUMMARY_THEN_NEXT_YEAR, ["100个", "80亿元"]),
        (MIDYEAR_SUMMARY, ["70亿元", "30个以上"]),
        (MEASURED_AGAINST_THE_PLAN, ["20家", "50个以上"]),
    ],
    ids=[
        "january-plan",
        "three-quarters-then-ahead",
        "summary-then-plan",
        "summary-then-next-steps",
        "relief-list-without-a-plan-word",
        "task-list-without-a-plan-word",
        "december-summary-then-next-year",
        "midyear-summary",
        "results-measured-against-the-plan",
    ],
)
def test_plans_of_the_same_seasons_keep_their_targets(tmp_path: Path, text: str, kept: list[str]) -> None:
    assert article_targets(tmp_path, text) == kept


def test_a_project_reported_in_production_is_built(tmp_path: Path) -> None:
    """A completion told as an event ("正式投产", "顺利通车") ends the project: its scale is a result."""
    assert article_targets(tmp_path, PROJECT_IN_PRODUCTION) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("总投资12亿元的大桥近日顺利通车，全长3.2公里。", []),
        ("总投资12亿元的大桥计划6月底前顺利通车。", ["12亿元"]),
        ("该项目将于今年年底正式投产，年产10万吨。", ["10万吨"]),
        ("总投资5亿元的物流园项目正式开工。", ["5亿元"]),
    ],
)
def test_a_completion_ahead_or_a_start_keeps_the_project_a_target(
    tmp_path: Path, text: str, kept: list[str]
) -> None:
    assert article_targets(tmp_path, text) == kept


@pytest.mark.parametrize(
    ("text", "plan_year"),
    [
        (JANUARY_WORK_SUMMARY, 2024),
        (UNDATED_COMMUNIQUE, 2024),
        (COMMUNIQUE, 2024),
        (DECEMBER_SUMMARY, 2023),
        (MIDYEAR_SUMMARY, 2024),
    ],
    ids=["january-summary", "undated-communique", "communique", "december-summary", "midyear-summary"],
)
def test_the_plan_year_of_a_review_follows_the_year_reviewed_and_the_date(
    tmp_path: Path, text: str, plan_year: int
) -> None:
    """A review of the year Y plans for Y + 1, unless it is dated in Y itself (its 今年 is Y)."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    assert prepare_article(load_path(str(path)).documents[0]).plan_year == plan_year


def test_next_year_in_a_december_summary_is_the_year_after_the_one_reviewed(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(DECEMBER_SUMMARY_THEN_NEXT_YEAR, encoding="utf-8")
    targets = extract_article(prepare_article(load_path(str(path)).documents[0])).targets
    assert [(target.raw, target.deadline) for target in targets] == [("100个", "2024"), ("80亿元", "2024")]
