"""Local officials' statements in news items: what they say was done, what they say will be done, and the
lists they announce (guidelines §2 and §3).

Hand-written items in the shape of city and county news: a bureau head who announces a list by its count
and then gives it in semicolon parts ("通过“三个突出”…。其中，突出A，…；突出B，…；突出C，…"), an official
who states the next step in indirect speech ("周明表示，将于9月份集中举办…"), funds a county has secured
("争取到位…2.6亿元"), the standard a retrofit meets ("按照抗震设防烈度8度要求") and a figure named as a
mark to pass ("将迈上百亿元大关"). Interviewers' questions and press-conference turns are covered by
`test_priority_answers.py`, meeting news by `test_priority_meetings.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from summarizer.extract.pipeline import summarize_text
from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.clean import leading_date, normalize_unicode, remove_debris
from summarizer.ingest.load import load_path
from summarizer.ingest.prepare import prepare_article
from summarizer.parse.quantities import find_quantities
from tests.priority_scoring import assert_exactly_these_priorities, listing, quoted

NEWS_HEAD = "2023-08-11 19:51，正文："


@dataclass(frozen=True)
class StatementItem:
    name: str
    region: str
    text: str
    quotes: list[str]
    """The quote of each priority an annotator would label."""


ITEMS = [
    StatementItem(
        "list_announced_by_its_count",
        "青禾县",
        (
            NEWS_HEAD + "原标题：青禾县打好扬尘治理攻坚战\n"
            "近日，记者从青禾县生态环境局获悉，该局会同12个县直部门印发扬尘污染治理行动方案。县生态"
            "环境局相关负责人表示，方案通过“三个突出”为全县打好扬尘治理攻坚战明确了路径。其中，突出工地管控，"
            "严格落实围挡、冲洗等措施；突出道路保洁，提高机扫水洗频次；突出执法监管，加大联合执法力度。\n"
        ),
        ["突出工地管控", "突出道路保洁", "突出执法监管"],
    ),
    StatementItem(
        "list_announced_as_n_big_items",
        "石泉县",
        (
            NEWS_HEAD + "原标题：石泉县推动文旅提质\n"
            "石泉县文旅局局长陈芳介绍，今年全县文旅工作围绕“四大提升”展开。具体来说，提升景区品质，"
            "完善游客服务中心；提升夜间消费，打造特色夜市街区；提升宣传推介，用好短视频平台；提升服务水平，"
            "开展导游培训。\n"
        ),
        ["提升景区品质", "提升夜间消费", "提升宣传推介", "提升服务水平"],
    ),
    StatementItem(
        "next_step_after_a_bare_name",
        "青禾县",
        (
            NEWS_HEAD + "原标题：青禾县全力稳就业\n"
            "青禾县副县长周明介绍，全县今年已累计发放助企补贴3200万元。为满足企业用工需求，周明表示，"
            "将于9月份集中举办专场招聘会，组织重点企业进校园招聘。\n"
        ),
        ["将于9月份集中举办专场招聘会"],
    ),
    StatementItem(
        "next_step_after_a_quotation",
        "青禾县",
        (
            NEWS_HEAD + "原标题：青禾县开展助残志愿服务\n"
            "8月10日，青禾县残联在南湖社区开展助残志愿服务活动。“让残疾人共享发展成果，是我们的责任。”"
            "县残联相关负责人表示，接下来将进一步发挥志愿服务队作用，在全县营造扶残助残的良好氛围。\n"
        ),
        ["将进一步发挥志愿服务队作用"],
    ),
    StatementItem(
        "plan_of_the_place_the_speaker_names",
        "青禾县",
        (
            NEWS_HEAD + "原标题：青禾县人才公寓开始租售登记\n"
            "8月11日，青禾县人才公寓开始租售登记。“这是全县人才安居工程的又一精品项目。”县住建局相关"
            "负责人表示，未来青禾县将持续实施人才安居工程，实现各类人才住有所居。\n"
        ),
        ["青禾县将持续实施人才安居工程"],
    ),
]


ITEMS += [
    StatementItem(
        "counted_list_after_a_colon_in_commas",
        "青禾县",
        (
            NEWS_HEAD + "原标题：青禾县文旅局长谈文旅融合\n"
            "青禾县文化和旅游局局长张丽告诉记者，1至7月，全县已接待游客310万人次，同比增长45%。张丽介绍，"
            "接下来，该局将重点做好三件事：打造夜间经济集聚区，推出精品旅游线路，举办文旅节会活动。\n"
        ),
        ["打造夜间经济集聚区", "推出精品旅游线路", "举办文旅节会活动"],
    ),
    StatementItem(
        "counted_list_after_a_colon_in_semicolons",
        "石泉县",
        (
            NEWS_HEAD + "原标题：石泉县推进供水保障\n"
            "石泉县水利局局长刘强表示，下一步将重点抓好以下两个方面：加快城乡供水一体化，推动管网向乡镇延伸；"
            "强化水源地保护，开展水质常态监测。\n"
        ),
        ["加快城乡供水一体化", "强化水源地保护"],
    ),
]


ITEMS += [
    StatementItem(
        "quoted_plan_of_an_official_the_title_names",
        "青禾县",
        (
            NEWS_HEAD + "原标题：青禾县长王华谈营商环境\n"
            "“接下来，我们将在招商引资上再发力，在营商环境上再优化，在项目服务上再提速。”王华说，今年上半年，"
            "青禾县新增市场主体5600户，同比增长18%。\n"
        ),
        ["在招商引资上再发力", "在营商环境上再优化", "在项目服务上再提速"],
    ),
    StatementItem(
        "areas_in_parallel_in_indirect_speech",
        "石泉县",
        (
            NEWS_HEAD + "原标题：石泉县推动文旅提质\n"
            "石泉县文旅局局长陈芳表示，全县将在景区提质上下功夫，在夜间消费上求突破，在宣传推介上出新招，"
            "让游客留得下、玩得好。\n"
        ),
        ["在景区提质上下功夫", "在夜间消费上求突破", "在宣传推介上出新招"],
    ),
]


ITEMS += [
    StatementItem(
        "ordinals_after_a_colon_glued_by_commas",
        "青禾县",
        (
            NEWS_HEAD + "原标题：青禾县长谈下半年工作\n"
            "县长王华表示，下一步，青禾县将重点做好三方面工作：一是加快产业升级，推动企业技改，"
            "二是加快项目建设，三是保障和改善民生。\n"
        ),
        ["一是加快产业升级", "二是加快项目建设", "三是保障和改善民生"],
    ),
]


@pytest.mark.parametrize("item", ITEMS, ids=[item.name for item in ITEMS])
def test_each_priority_the_official_states_is_found_and_nothing_else(item: StatementItem) -> None:
    assert_exactly_these_priorities(item.name, item.text, item.region, quoted(item.quotes))


@pytest.mark.parametrize(
    "body",
    [
        # A company's head speaks for the company, not for the county.
        "8月10日，青禾县一家新材料企业二期项目投产。公司董事长王强表示，将继续扩大产能，加快建设研发中心。",
        # What the bureau reports as done is no plan, whatever speech verb frames it.
        "青禾县交通运输局负责人介绍，今年已开通公交线路3条。该负责人表示，已完成站亭改造工作。",
        # 将 before its object ("将其纳入…") marks the object, not the future.
        "青禾县医保局负责人表示，将其纳入医保报销范围是群众的期盼。",
    ],
)
def test_statements_that_state_no_plan_of_the_region(body: str) -> None:
    summary = summarize_text(NEWS_HEAD + body + "\n")
    assert summary.priorities == [], listing(summary)


def test_a_counted_lead_whose_parts_do_not_add_up_is_no_list() -> None:
    """ "做好三件事：" followed by two parts (or by ordinals, which mark their own items) is no list of three:
    the count must match the parts, else the lead-in's sentence stays one head."""
    body = (
        "青禾县商务局局长表示，下一步将重点做好三件事：一是培育消费新场景；二是办好促消费活动；"
        "三是优化营商环境。"
    )
    summary = summarize_text(NEWS_HEAD + "原标题：青禾县促消费\n" + body + "\n")
    assert [p.quote for p in summary.priorities] == [
        "一是培育消费新场景",
        "二是办好促消费活动",
        "三是优化营商环境",
    ], listing(summary)
    body = "青禾县商务局局长表示，下一步将重点做好三件事：培育消费新场景，办好促消费活动。"
    summary = summarize_text(NEWS_HEAD + "原标题：青禾县促消费\n" + body + "\n")
    assert [p.quote for p in summary.priorities if p.quote == "培育消费新场景"] == [], listing(summary)


@pytest.mark.parametrize(
    "text",
    [
        # An interview's opening catchword, no plan of the speaker's body: never a priority.
        NEWS_HEAD + "原标题：青禾县委书记李明谈生态\n“绿水青山就是金山银山。”青禾县委书记李明说，近年来，全县"
        "森林覆盖率提高到62%，空气优良天数比例保持在90%以上。\n",
        # A plan quoted from a visitor, whose title names no place of the county's, is no plan of the county.
        NEWS_HEAD + "原标题：省商务厅调研青禾县外贸\n“接下来，我们将加强外贸企业帮扶，推动出口稳定增长。”"
        "王华说。8月9日，省商务厅厅长王华到青禾县调研外贸工作。\n",
    ],
)
def test_quotations_that_are_no_plan_of_the_region(text: str) -> None:
    summary = summarize_text(text)
    assert summary.priorities == [], listing(summary)


def test_a_later_ordinal_after_a_comma_needs_a_first_one() -> None:
    """ "二是" after a comma is an item only in a list that opened with 一是: in running text without it
    ("…，二是…" as a word, "不是") nothing is enumerated."""
    body = "原标题：青禾县长谈营商环境\n县长王华表示，营商环境是发展的生命线，二是一个不容回避的问题。"
    summary = summarize_text(NEWS_HEAD + body + "\n")
    assert [p.quote for p in summary.priorities if p.quote.startswith("二是")] == [], listing(summary)


def test_semicolon_parts_that_share_a_word_without_a_count_are_no_list() -> None:
    """Three semicolon parts that open with the same word but follow no announced count ("完成A；完成B；
    完成C", a report of what was done) are not the items of a list the text announces."""
    body = (
        "今年以来，青禾县水务公司先后完成大众路管道更换；完成振兴路管道更换；完成南环路管道更换，"
        "供水保障能力明显提升。"
    )
    summary = summarize_text(NEWS_HEAD + body + "\n")
    assert [p.quote for p in summary.priorities if p.quote.startswith("完成")] == [], listing(summary)


def news_targets(tmp_path: Path, body: str) -> list[tuple[str, str, str | None]]:
    """The targets the offline backend keeps from a news item saved as an article file."""
    path = tmp_path / "article.txt"
    path.write_text(NEWS_HEAD + body, encoding="utf-8")
    article = prepare_article(load_path(str(path)).documents[0])
    return [(target.raw, target.comparator, target.deadline) for target in extract_article(article).targets]


def test_funds_secured_are_results_and_the_work_they_pay_for_is_planned(tmp_path: Path) -> None:
    """ "日前…争取到位…2.6亿元" reports funds the county has obtained (日前, 到位); the work the official
    then plans ("今年将改造…", "确保9月30日前完成…": 日前 after a date is a deadline) stays a target."""
    body = (
        "日前，青禾县争取到位保障性安居工程中央预算内投资2.6亿元，其中老旧小区改造项目争取到位1.1亿元。"
        "青禾县住建局负责人介绍，今年将改造农房1200户，确保9月30日前完成改造老旧小区42个。"
    )
    assert news_targets(tmp_path, body) == [("1200户", "exactly", "2023"), ("42个", "exactly", "2023")]


def test_a_standard_the_work_meets_is_a_specification(tmp_path: Path) -> None:
    """ "按照抗震设防烈度8度要求", "按每平方米300元标准": the standard the work follows, not an amount to
    reach; "标准化厂房5万平方米" names a kind of building, so its area stays a target."""
    body = (
        "青禾县住建局负责人介绍，今年将按照抗震设防烈度8度要求改造农房1200户，按每平方米300元标准给予补助，"
        "并建设标准化厂房5万平方米。"
    )
    assert news_targets(tmp_path, body) == [("1200户", "exactly", "2023"), ("5万平方米", "exactly", "2023")]


def test_a_figure_named_as_a_mark_to_pass_is_a_lower_bound(tmp_path: Path) -> None:
    """ "将迈上百亿元大关", "跨越500亿元大关": the figure is a mark the industry is to pass, whatever verb
    leads it; the same bare magnitude naming a scale ("千亿元产业集群") stays approximate."""
    body = "青禾县新能源汽车产业规上企业近百家，2023年将迈上百亿元大关，力争明年跨越500亿元大关。"
    assert news_targets(tmp_path, body) == [("百亿元", "at_least", "2023"), ("500亿元", "at_least", "2024")]
    assert [(q.raw, q.comparator) for q in find_quantities("打造千亿元产业集群")] == [("千亿元", "about")]


@pytest.mark.parametrize(
    ("raw", "date", "body"),
    [
        ("2023年08月13日 08:08:22，正文：8月10日，记者获悉", "2023-08-13", "8月10日,记者获悉"),
        (
            "7-27 17:01，正文：  中新社唐山7月27日电 唐山持续推进",
            "--07-27",
            "中新社唐山7月27日电 唐山持续推进",
        ),
        ("23-08-12 05:52，正文：青禾县召开会议", "2023-08-12", "青禾县召开会议"),
        ("，正文：大众网记者 青禾报道", None, "大众网记者 青禾报道"),
    ],
)
def test_the_dataset_prefix_in_its_date_shapes_is_no_text(raw: str, date: str | None, body: str) -> None:
    """A news item's dataset prefix, with a Chinese date, a date without its year or none at all, is cut
    from the text (else its time is read as the item's first heading: "7-27 17:01,正文:…"); a full date
    is the item's date, a date without a year its month and day only ("--07-27", as ISO 8601 writes it)."""
    assert leading_date(raw) == date
    assert remove_debris(normalize_unicode(raw))[0] == body


def test_a_year_inside_the_object_of_a_result_dates_the_noun(tmp_path: Path) -> None:
    """ "争取到位2023年中央预算内投资2.6亿元", "已下达2024年专项债券资金5亿元": the year dates the funds the
    verb reports as obtained; a year that times the verb ("2024年底将完成…") still makes a plan."""
    body = (
        "日前，青禾县争取到位2023年中央预算内投资2.6亿元。青禾县财政局已下达2024年专项债券资金5亿元。"
        "青禾县住建局负责人介绍，已开工的棚改项目2024年底将完成投资8亿元。"
    )
    assert news_targets(tmp_path, body) == [("8亿元", "exactly", "2024")]


@pytest.mark.parametrize(
    "done",
    [
        "原标题：青禾县长谈投资\n县长王华介绍，全县完成固定资产投资45亿元。",
        "原标题：青禾县长谈农业\n县长王华介绍，全县建成高标准农田45万亩。",
        "原标题：青禾县经济运行平稳\n青禾县发改局局长介绍，全县实现地区生产总值86亿元。",
    ],
)
def test_a_result_an_official_describes_with_nothing_ahead_is_a_fact(tmp_path: Path, done: str) -> None:
    """ "县长介绍，全县完成…45亿元": a verb of a completed result in a news item, with no plan word, lead-in
    or plan list around it, reports what was done."""
    assert news_targets(tmp_path, done) == []


def test_the_same_verbs_plan_after_a_plan_word_or_lead_in(tmp_path: Path) -> None:
    """With 将, or after a plan's lead-in ("今年的主要目标是：建成…；实现…"), 完成, 建成 and 实现 plan."""
    planned = (
        "原标题：青禾县长谈发展\n王华表示，今年全县将完成固定资产投资100亿元。青禾县今年的主要目标是：建成高标准农田3万亩；"
        "实现地区生产总值增长6%。"
    )
    assert news_targets(tmp_path, planned) == [
        ("100亿元", "exactly", "2023"),
        ("3万亩", "exactly", "2023"),
        ("6%", "exactly", "2023"),
    ]
