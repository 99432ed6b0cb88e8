"""Classes of errors on news items labelled by hand in the fifth round on unseen items (issue 14).

- A plan or a document that counts its own parts ("包括A、B、C、D等四大方面共40条政策措施", "实施…等五大
  行动") lists its priorities: each part is one. Parts counted with 个 ("等8个方面给予奖励") are not.
- A list that a counting sentence announces as features ("创造了三个之最。一是占地面积最大，…", "有三大亮点")
  names no policy areas.
- An undated text's year-end cut-off ("截至2022年底") is reported in the year after it, and the first year
  of a new plan's period in its name ("《…行动方案（2023-2030年）》") hints at the year of an undated item;
  a horizon the text names ("到2030年") is never its plan year.
- A count of years after 力争/争取/确保 ("力争三年新增…") is a relative span, and "用三年时间" is no part
  of a metric.
- A sentence that opens on a deadline ahead ("到2025年底，…") describes the state to reach: its
  completions ("基本建成") and states ("得到彰显", "累计达") are not results.
- An outlet's call for news tips at the end of an item ("新闻线索报料通道：…全省600位记者在线等你来报料！")
  is debris.
- A dated item plans for its own year until late autumn, whatever later years it names ("锚定2025年、2035年
  目标任务"); a year whose goals a sentence names ("提出2027年主要目标") is no plan heading, and a year looked
  forward to ("预计2027年上半年完成", "2035年远景目标") no plan year.
- The base year of a planned change ("到2025年，…较2020年下降20%以上") is no time the statement is made in.
- A bound said before the first of a list of counted things ("不少于150家企业、30家企业总部和10000名人才")
  bounds every item; 名 counts people unless it ranks ("前20名").

The sentences are written for these tests after the shapes of the items studied; the items themselves are
kept outside the repository, and none comes from the test split.
"""

from __future__ import annotations

from summarizer.extract.pipeline import summarize_text
from summarizer.ingest.clean import clean_text
from summarizer.ingest.plan_year import detect_plan_year
from summarizer.parse.deadlines import TimeIndex
from tests.priority_scoring import quotes_of
from tests.test_rules import targets_in

NEWS_PAGE = "2023-08-15 18:30，正文："


def test_the_parts_a_document_counts_as_its_own_are_priorities() -> None:
    text = NEWS_PAGE + (
        "8月15日，某省人民政府印发关于进一步扩大内需的若干措施，措施包括稳定汽车消费、扩大文旅消费、"
        "提升县域商业水平、完善消费基础设施等四大方面共32条政策措施。其中，全年新建县级物流配送中心20个。"
    )
    quotes = quotes_of(text)
    assert quotes[:4] == ["稳定汽车消费", "扩大文旅消费", "提升县域商业水平", "完善消费基础设施"], quotes


def test_parts_counted_without_their_own_structure_are_no_priorities() -> None:
    counted = NEWS_PAGE + (
        "某市出台新政，对企业首发上市、新三板挂牌、区域性股权市场挂牌、并购重组等4个方面给予财政奖励。"
    )
    uncounted = NEWS_PAGE + "某市印发通知，通知包括稳定汽车消费、扩大文旅消费、提升县域商业水平等三大方面。"
    assert "首发上市" not in " ".join(quotes_of(counted))
    assert quotes_of(uncounted)[:3] == ["稳定汽车消费", "扩大文旅消费", "提升县域商业水平"]
    miscounted = uncounted.replace("三大方面", "五大方面")  # the count is not theirs: some parts go unnamed
    assert "稳定汽车消费" not in quotes_of(miscounted)


def test_a_list_of_features_is_no_list_of_policy_areas() -> None:
    text = NEWS_PAGE + (
        "7月25日，某镇的数字产业园一期项目奠基。整个项目创造了镇域内的三个产业项目之最。一是占地面积最大，"
        "项目将分五期建设。二是投资数额最高，共计150亿元。三是达产后，预计税收贡献最大。"
    )
    quotes = " ".join(quotes_of(text))
    assert "占地面积最大" not in quotes and "投资数额最高" not in quotes, quotes
    policy = text.replace("整个项目创造了镇域内的三个产业项目之最。", "下一步，某镇将重点做好三项工作。")
    policy = policy.replace("一是占地面积最大", "一是加快项目建设").replace(
        "二是投资数额最高", "二是优化营商环境"
    )
    assert "加快项目建设" in " ".join(quotes_of(policy))


def test_a_year_end_cut_off_dates_an_undated_text_the_year_after() -> None:
    text = (
        "根据这份方案，到2025年，某省将推广超过50万辆新能源汽车。到2030年，某省将推广超过150万辆。"
        "据统计，截至2022年底，某省新能源汽车保有量已突破18万辆。"
    )
    assert detect_plan_year(text) == 2023
    assert detect_plan_year(text.replace("2022年底", "2022年6月底")) != 2023


def test_a_new_plans_first_year_hints_at_the_year_of_an_undated_item() -> None:
    text = (
        "某市政府发布了《某市清洁空气行动计划（2023—2025年）》。根据计划，到2025年，某市将力争使燃料电池"
        "汽车的应用总量达到1万辆以上。"
    )
    assert detect_plan_year(text) == 2023
    dated = detect_plan_year(text, "2024-03-02")
    assert dated == 2024


def test_a_horizon_is_not_the_plan_year_of_an_undated_item() -> None:
    text = (
        "某省早在2019年就提出了2030年“禁售燃油车”的计划。近期，某省发布了《新能源汽车推广行动方案（2023-2030"
        "年）》。根据这份《行动方案》的阶段性目标，到2025年，某省将推广超过50万辆新能源汽车。到2030年，某省将"
        "推广超过150万辆。据统计，截至2022年底，某省新能源汽车保有量已突破18万辆。如若转载，请注明来源：全国"
        "首个“禁售燃油车”省份 2030年推广150万辆新能源汽车"
    )
    assert detect_plan_year(text) == 2023
    first, *_ = summarize_text(text).targets
    assert (first.raw, first.deadline) == ("50万辆", "2025")


def test_a_count_of_years_after_striving_is_a_relative_span() -> None:
    for written in (
        "力争三年新增数字技能人才10万人",
        "力争3年新增数字技能人才10万人",
        "确保三年新增数字技能人才10万人",
    ):
        (target,) = targets_in(f"某市发布十条举措，{written}。", 2023)
        assert target.deadline == "2026", (written, target.deadline)
    mentions = TimeIndex("力争明年完成", 2023, None).between(0, 6, 10)
    assert [mention.deadline for mention in mentions] == ["2024"]


def test_the_time_it_takes_is_no_part_of_a_metric() -> None:
    (target,) = targets_in("某市力争用三年时间新增数字技能人才10万人。", 2023)
    assert target.metric.startswith(("新增数字技能人才", "数字技能人才")), target.metric
    assert target.deadline == "2026"


def test_a_sentence_that_opens_on_a_deadline_ahead_describes_the_state_to_reach() -> None:
    text = (
        "到2025年底，全市放心消费环境基本建成，“放心消费”品牌得到全面彰显，全市新培育市级放心消费示范单位"
        "300家以上，全市线下购物无理由退货单位累计达6万家。"
    )
    kept = [(target.raw, target.deadline) for target in targets_in(text, 2023)]
    assert kept == [("300家以上", "2025"), ("6万家", "2025")], kept
    past = text.replace("到2025年底", "到2022年底")
    assert targets_in(past, 2023) == []


def test_a_news_tip_line_is_debris() -> None:
    text = (
        "某市将新建消费维权服务站200家。新闻线索报料通道：应用市场下载“某某”APP，或搜索微信小程序“某某”，"
        "全省600位记者在线等你来报料！"
    )
    cleaned = clean_text(text)
    assert "600位记者" not in cleaned.text
    assert cleaned.text.startswith("某市将新建消费维权服务站200家。")
    assert any("news tip line" in removed for removed in cleaned.removed)


def test_a_bound_before_the_first_of_a_list_of_counted_things_bounds_them_all() -> None:
    text = "该项目建成后预计吸引集聚不少于150家科技创业企业、30家企业总部和10000名科技人才。"
    targets = targets_in(text, 2023)
    assert [target.comparator for target in targets] == ["at_least"] * 3
    assert targets[2].metric == "科技人才数量", targets[2].metric
    separate = targets_in("今年将新建不少于150个公园，改造30个广场。", 2023)
    assert [target.comparator for target in separate] == ["at_least", "exactly"]


def test_a_rank_is_no_count_of_people() -> None:
    (target,) = targets_in("力争全市营商环境评价进入全省前20名。", 2023)
    assert target.unit == "名" and target.comparator == "at_most"
    assert not target.metric.endswith("前数量")


def test_a_dated_item_plans_for_its_own_year_until_late_autumn() -> None:
    text = (
        "《实施意见》提出，到2025年，新增水土流失治理面积4800平方公里。到2035年，新增水土流失治理面积20000平方"
        "公里。各级党委和政府要锚定2025年、2035年目标任务，凝聚共抓水土保持工作的强大合力。"
    )
    assert detect_plan_year(text, "2023-08-18") == 2023
    assert detect_plan_year("2024年，全市将新建学校10所。", "2023-12-20") == 2024
    targets = summarize_text("2023-08-18 07:44，正文：" + text).targets
    assert [(target.raw, target.deadline) for target in targets] == [
        ("4800平方公里", "2025"),
        ("20000平方公里", "2035"),
    ]


def test_a_year_whose_goals_a_sentence_names_is_no_plan_heading() -> None:
    text = "《实施方案》从六个方面提出2027年主要目标和2035年远景目标。到2027年，全市新建质量基础设施1个。"
    assert detect_plan_year(text) not in (2027, 2035)
    assert detect_plan_year("二、2025年工作安排\n全年新建学校10所。") == 2025


def test_a_time_looked_forward_to_is_no_plan_year() -> None:
    text = "该项目总用地面积约148亩，总建筑面积约35万平方米，预计2027年上半年完成整体开发建设。"
    assert detect_plan_year(text) != 2027


def test_the_base_year_of_a_planned_change_is_no_past() -> None:
    plan = "到2025年，某省将建设5个左右零碳矿山，每吨原煤二氧化碳排放量较2020年下降20%以上。"
    assert [target.raw for target in targets_in(plan, 2023)] == ["5个左右", "20%以上"]
    review = "2022年，全省二氧化碳排放总量较2020年下降8%。"
    assert targets_in(review, 2023) == []


def test_the_states_a_deadline_governs_are_past_markers() -> None:
    """Only a past marker can be read as a state to reach: the list narrows PAST_MARKERS, it adds nothing."""
    from summarizer.extract.rules.tables import PAST_MARKERS, STATES_TO_REACH

    assert set(STATES_TO_REACH) <= set(PAST_MARKERS)
