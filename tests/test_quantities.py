"""The quantity parser: gold quantities, every pattern of the brief, the negatives, and round trips."""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import FrozenInstanceError
from decimal import Decimal
from pathlib import Path
from typing import Any

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer.parse.quantities import (
    CANONICAL_UNITS,
    LEADING_CUES,
    MAGNITUDES,
    SCALE_WORDS,
    Quantity,
    canonical_unit,
    chinese_number,
    find_quantities,
    parse_quantity,
)
from tests.conftest import ROOT, TUNED_GOLD_PATHS

GOLD_FILES = TUNED_GOLD_PATHS
NUMERAL = "0-9零〇一二三四五六七八九十百千万亿两"
# A gold raw made only of numerals has its unit from context ("2500" 吨 of 苯挫草酮, "突破百亿" 元).
NUMERALS_ONLY = re.compile(f"^[{NUMERAL}.,]+$")
# A raw with no numeral at all is a word ("全部", "全部达标") that the parser reads only when it is in
# SCALE_WORDS ("全覆盖"): the others are mostly not quantities ("全部完成").
HAS_NUMERAL = re.compile(f"[{NUMERAL}]")
# Targets whose comparator cue is not next to the number, so the parser cannot see it:
# "稳定在800亿斤、60亿斤、160亿斤以上" (以上 applies to all three), "至少主持召开2次".
CUE_AWAY_FROM_NUMBER = {
    ("02_neimenggu-2025-zfgzbg-nongmu-wenlv", "t6"),
    ("02_neimenggu-2025-zfgzbg-nongmu-wenlv", "t7"),
    ("06_ningxia-2025-zfgzbg-mubiaorenwu", "t47"),
}


def _gold_targets(seeds_only: bool) -> list[Any]:
    """One pytest param per gold target whose unit is written in the text."""
    params = []
    for path in GOLD_FILES:
        gold = json.loads(path.read_text(encoding="utf-8"))
        if seeds_only and not gold["file"].startswith("seeds/"):
            continue
        for target in gold["targets"]:
            raw = target["raw"]
            if NUMERALS_ONLY.match(raw) or not (HAS_NUMERAL.search(raw) or raw in SCALE_WORDS):
                continue
            params.append(pytest.param(gold, target, id=f"{path.stem}:{target['id']}"))
    return params


def _same_quantity(found: Quantity, target: dict[str, Any]) -> bool:
    """Same raw (one containing the other), value, value_high and unit."""
    gold_high = target["value_high"]
    return (
        (found.raw in target["raw"] or target["raw"] in found.raw)
        and math.isclose(found.value, target["value"], rel_tol=1e-9)
        and (
            (found.value_high is None and gold_high is None)
            or (
                found.value_high is not None
                and gold_high is not None
                and math.isclose(found.value_high, gold_high, rel_tol=1e-9)
            )
        )
        and found.unit == target["unit"]
    )


@pytest.mark.parametrize(("gold", "target"), _gold_targets(seeds_only=False))
def test_gold_quantity_is_found_in_its_quote(gold: dict[str, Any], target: dict[str, Any]) -> None:
    found = [q for q in find_quantities(target["quote"]) if _same_quantity(q, target)]
    assert found, f"{target['raw']!r} not read from {target['quote']!r}: {find_quantities(target['quote'])}"
    if (gold["article"], target["id"]) not in CUE_AWAY_FROM_NUMBER:
        assert found[0].comparator == target["comparator"]


@pytest.mark.parametrize(("gold", "target"), _gold_targets(seeds_only=True))
def test_gold_quantity_is_found_at_its_offsets_in_the_seed(
    gold: dict[str, Any], target: dict[str, Any]
) -> None:
    text = (ROOT / gold["file"]).read_text(encoding="utf-8")
    quote_spans = [(m.start(), m.end()) for m in re.finditer(re.escape(target["quote"]), text)]
    assert quote_spans, f"quote {target['quote']!r} is not in {gold['file']}"
    found = [
        q
        for q in find_quantities(text)
        if _same_quantity(q, target) and any(start <= q.start and q.end <= end for start, end in quote_spans)
    ]
    assert found
    assert all(text[q.start : q.end] == q.raw for q in found)
    assert found[0].comparator == target["comparator"]


@pytest.mark.parametrize(
    "path", [ROOT / "seeds" / "000_035700d1bd0b97ab.txt", ROOT / "seeds" / "004_fab3b2d8eed75f17.txt"]
)
def test_quantities_of_a_seed_are_in_order_and_do_not_overlap(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    quantities = find_quantities(text)
    assert all(text[q.start : q.end] == q.raw for q in quantities)
    assert all(q.cue_start <= q.start for q in quantities)
    assert all(first.end <= second.start for first, second in itertools.pairwise(quantities))


# (text, raw, value, value_high, unit, comparator, cue)
PATTERNS = [
    # Arabic numerals, separators, decimals, magnitudes
    ("改造老旧小区1291个", "1291个", 1291, None, "个", "exactly", None),
    ("惠及22,768户居民", "22,768户", 22768, None, "户", "exactly", None),
    ("面积６．５万亩", "６．５万亩", 65000, None, "亩", "exactly", None),
    ("完成投资85亿元以上", "85亿元以上", 8.5e9, None, "元", "at_least", "以上"),
    ("新增产能2.5万吨", "2.5万吨", 25000, None, "吨", "exactly", None),
    ("实施5.3万亩", "5.3万亩", 53000, None, "亩", "exactly", None),
    ("投资1.2万亿元", "1.2万亿元", 1.2e12, None, "元", "exactly", None),
    ("贷款3千万元", "3千万元", 3e7, None, "元", "exactly", None),
    ("外资4.57亿美元", "4.57亿美元", 4.57e8, None, "美元", "exactly", None),
    # Chinese numerals
    ("建成十二个站点", "十二个", 12, None, "个", "exactly", None),
    ("新建二十三所学校", "二十三所", 23, None, "所", "exactly", None),
    ("每万元能耗在两吨标准煤以下", "两吨标准煤以下", 2, None, "吨标准煤/万元", "at_most", "以下"),
    ("能耗两吨标准煤以下", "两吨标准煤以下", 2, None, "吨标准煤", "at_most", "以下"),
    ("达到两千亿元", "两千亿元", 2e11, None, "元", "exactly", None),
    ("新增三万千瓦", "三万千瓦", 30000, None, "千瓦", "exactly", None),
    ("引进一百零五家企业", "一百零五家", 105, None, "家", "exactly", None),
    ("种植一点五万亩", "一点五万亩", 15000, None, "亩", "exactly", None),
    ("建设1个监测点", "1个", 1, None, "个", "exactly", None),
    # ranges, with the magnitude shared
    ("扩能600~800万吨", "600~800万吨", 6e6, 8e6, "吨", "range", None),
    ("扩能600-800万吨", "600-800万吨", 6e6, 8e6, "吨", "range", None),
    ("扩能600—800万吨", "600—800万吨", 6e6, 8e6, "吨", "range", None),
    ("扩能600至800万吨", "600至800万吨", 6e6, 8e6, "吨", "range", None),
    ("在未来5—10年内", "5—10年", 5, 10, "年", "range", None),
    ("培育3到5个品牌", "3到5个", 3, 5, "个", "range", None),
    ("用三至五年时间", "三至五年", 3, 5, "年", "range", None),
    ("奖励80万元至200万元", "80万元至200万元", 8e5, 2e6, "元", "range", None),
    ("增长5%-8%", "5%-8%", 5, 8, "%", "range", None),
    ("增长5~8%", "5~8%", 5, 8, "%", "range", None),
    # products
    ("金山热电2×100万千瓦扩建工程", "2×100万千瓦", 2e6, None, "千瓦", "exactly", None),
    ("建设2x35万千瓦机组", "2x35万千瓦", 7e5, None, "千瓦", "exactly", None),
    # percentages and percentage points
    ("占比55%以上", "55%以上", 55, None, "%", "at_least", "以上"),
    ("增长6%左右", "6%左右", 6, None, "%", "about", "左右"),
    ("提高到百分之三十", "百分之三十", 30, None, "%", "exactly", None),
    ("比重达到百分之五十以上", "百分之五十以上", 50, None, "%", "at_least", "以上"),
    ("提高2.5个百分点", "2.5个百分点", 2.5, None, "个百分点", "exactly", None),
    ("实现全覆盖", "全覆盖", 100, None, "%", "exactly", None),
    # rankings
    ("经济总量进入全区前20", "前20", 20, None, "名", "at_most", "前"),
    ("跻身全国前三", "前三", 3, None, "名", "at_most", "前"),
    ("进入全省前10名", "前10名", 10, None, "名", "at_most", "前"),
    # power and energy
    ("新能源总装机达到260万千瓦", "260万千瓦", 2.6e6, None, "千瓦", "exactly", None),
    ("建设100兆瓦光伏", "100兆瓦", 1e5, None, "千瓦", "exactly", None),
    ("建设100MW光伏", "100MW", 1e5, None, "千瓦", "exactly", None),
    ("发展5G瓦风电", "5G瓦", 5e6, None, "千瓦", "exactly", None),
    ("依托12GW大基地", "12GW", 1.2e7, None, "千瓦", "exactly", None),
    ("建设3吉瓦光伏", "3吉瓦", 3e6, None, "千瓦", "exactly", None),
    ("年发电量10亿千瓦时", "10亿千瓦时", 1e9, None, "千瓦时", "exactly", None),
    ("节电500万千瓦时", "500万千瓦时", 5e6, None, "千瓦时", "exactly", None),
    ("加快500千伏输电线路", "500千伏", 500, None, "千伏", "exactly", None),
    # counters
    ("养殖规模达9.5万头(只)", "9.5万头(只)", 95000, None, "头", "exactly", None),
    ("养殖规模达9.5万头（只）", "9.5万头（只）", 95000, None, "头", "exactly", None),
    ("城镇新增就业18万人以上", "18万人以上", 180000, None, "人", "at_least", "以上"),
    ("新增床位500张", "500张", 500, None, "张", "exactly", None),
    ("引进70多家企业", "70多家", 70, None, "家", "at_least", "多"),
    ("已落户企业460余家", "460余家", 460, None, "家", "at_least", "余"),
    ("让5000多亩沟壑变为良田", "5000多亩", 5000, None, "亩", "at_least", "多"),
    ("标准厂房100多万平方米", "100多万平方米", 1e6, None, "平方米", "at_least", "多"),
    ("带动1万多人就业", "1万多人", 10000, None, "人", "at_least", "多"),
    # other units as written, without their magnitude
    ("改造55万平方米", "55万平方米", 550000, None, "平方米", "exactly", None),
    ("新增节水2.7亿立方米以上", "2.7亿立方米以上", 2.7e8, None, "立方米", "at_least", "以上"),
    ("游客突破3亿人次", "3亿人次", 3e8, None, "人次", "at_least", "突破"),
    ("接待游客500万人次", "500万人次", 5e6, None, "人次", "exactly", None),
    ("新建农村公路5000公里", "5000公里", 5000, None, "公里", "exactly", None),
    ("治理6.063平方公里", "6.063平方公里", 6.063, None, "平方公里", "exactly", None),
    ("造林3万公顷", "3万公顷", 30000, None, "公顷", "exactly", None),
    ("粮食稳定在800亿斤", "800亿斤", 8e10, None, "斤", "exactly", None),
    ("吞吐量达到50万标箱", "50万标箱", 5e5, None, "标箱", "exactly", None),
    ("中欧班列突破500列", "500列", 500, None, "列", "at_least", "突破"),
    ("力争3年内完成", "3年", 3, None, "年", "exactly", None),
    # leading cues
    ("营业额突破85亿元", "85亿元", 8.5e9, None, "元", "at_least", "突破"),
    ("投资超过3000亿元", "3000亿元", 3e11, None, "元", "at_least", "超过"),
    ("产值超300亿元", "300亿元", 3e10, None, "元", "at_least", "超"),
    ("不少于20家", "20家", 20, None, "家", "at_least", "不少于"),
    ("不低于90%", "90%", 90, None, "%", "at_least", "不低于"),
    ("至少10个", "10个", 10, None, "个", "at_least", "至少"),
    ("不超过5个", "5个", 5, None, "个", "at_most", "不超过"),
    ("失业率控制在5.5%以内", "5.5%以内", 5.5, None, "%", "at_most", "以内"),
    ("涨幅控制在3%", "3%", 3, None, "%", "at_most", "控制在"),
    ("失业率控制在5.5%左右", "5.5%左右", 5.5, None, "%", "at_most", "控制在"),
    ("约600~800万吨", "600~800万吨", 6e6, 8e6, "吨", "range", "约"),
    ("低于10%", "10%", 10, None, "%", "at_most", "低于"),
    ("约55万平方米实施改造", "55万平方米", 550000, None, "平方米", "about", "约"),
    ("谋划的近1400个重点项目", "1400个", 1400, None, "个", "about", "近"),
    ("大约200亩", "200亩", 200, None, "亩", "about", "大约"),
    # scale words
    ("锚定千亿级园区建设", "千亿级", 1e11, None, "元", "about", "级"),
    ("打造万亿级产业", "万亿级", 1e12, None, "元", "about", "级"),
    ("力争投资突破万亿元大关", "万亿元", 1e12, None, "元", "at_least", "突破"),
    ("三大千亿元临港产业集群", "千亿元", 1e11, None, "元", "about", None),
]


@pytest.mark.parametrize(("text", "raw", "value", "value_high", "unit", "comparator", "cue"), PATTERNS)
def test_pattern_is_read(
    text: str, raw: str, value: float, value_high: float | None, unit: str, comparator: str, cue: str | None
) -> None:
    quantities = [q for q in find_quantities(text) if q.raw == raw]
    assert len(quantities) == 1, find_quantities(text)
    quantity = quantities[0]
    assert text[quantity.start : quantity.end] == raw
    assert math.isclose(quantity.value, value, rel_tol=1e-9)
    assert quantity.value_high == (None if value_high is None else pytest.approx(value_high, rel=1e-9))
    assert (quantity.unit, quantity.comparator, quantity.cue) == (unit, comparator, cue)


def test_wan_mu_qian_yi_ji_is_two_scales() -> None:
    quantities = find_quantities("打造成为“万亩千亿级”制造业大平台")
    assert [(q.raw, q.value, q.unit, q.comparator) for q in quantities] == [
        ("万亩", 1e4, "亩", "about"),
        ("千亿级", 1e11, "元", "about"),
    ]


def test_leading_cue_sets_cue_start_and_written_unit() -> None:
    text = "物流业营业额突破85亿元。"
    quantity = find_quantities(text)[0]
    assert (quantity.start, quantity.cue_start, quantity.unit_written) == (8, 6, "亿元")
    assert text[quantity.cue_start : quantity.start] == "突破"


def test_written_unit_keeps_magnitude_and_spelling() -> None:
    by_raw = {q.raw: q.unit_written for q in find_quantities("发展5G瓦风电、60万千瓦制氢、9.5万头(只)、55%")}
    assert by_raw == {"5G瓦": "G瓦", "60万千瓦": "万千瓦", "9.5万头(只)": "万头(只)", "55%": "%"}


def test_consecutive_quantities_are_separate() -> None:
    quantities = find_quantities("规划发展900平方公里5G瓦风力发电")
    assert [(q.raw, q.value, q.unit) for q in quantities] == [
        ("900平方公里", 900, "平方公里"),
        ("5G瓦", 5e6, "千瓦"),
    ]


NEGATIVES = [
    "年内引进亿元项目",
    "神泉景区二期等项目、金达威三期项目、天皓一期",
    "创建国家5A级景区",
    "实施“十四五”规划",
    "全面贯彻党的二十大精神",
    "一是全力以赴抓产业",
    "把思想和行动统一到两会各项部署上来",
    "推进城市一体化管理",
    "千方百计拓宽农民增收渠道",
    "统筹实施一批污染防治项目",
    "第一时间处理解决",
    "万物互联",
    "2024年是关键之年",
    "2024-2025年计划",
    "2022—2023年度供暖期",
    "今年7月20日下线",
    "发布时间：23-08-12",
    "二〇二四年",
    "持续推进“三北”工程建设",
    "推动五大任务见行见效",
    "打造万亩良田",
    "力争2024年建成兰格2500苯挫草酮",
    "居全国第20位",
    "统一部署",
    "汽车零部件",
    "一次性奖励",
    "“四位一体”供热保障",
    "推动三次产业融合",
    "万元GDP用水量",
    "前三季度",
    "统一天然气价格",
    "目前已完成",
    "PM2.5浓度",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_quantity(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("2025年前将17家砂石土矿山整合为10家", ["17家", "10家"]),
        ("提前一年实现三年引资1万亿元目标", ["一年", "三年", "1万亿元"]),
        ("目前12家企业", ["12家"]),
        ("重点做好七个方面工作", ["七个"]),
        ("2024-2025年计划实施工程固沙7.1万亩", ["7.1万亩"]),
    ],
)
def test_only_the_quantities_are_read(text: str, raws: list[str]) -> None:
    assert [q.raw for q in find_quantities(text)] == raws


@pytest.mark.parametrize(
    ("raw", "start", "comparator", "cue"),
    [
        ("突破85亿元", 2, "at_least", "突破"),
        ("约3亿元", 1, "about", "约"),
        ("控制在5%以内", 3, "at_most", "以内"),
        ("85亿元以上", 0, "at_least", "以上"),
        ("600~800万吨", 0, "range", None),
        (" 前20 ", 0, "at_most", "前"),
    ],
)
def test_parse_quantity_reads_one_quantity_with_its_cue(
    raw: str, start: int, comparator: str, cue: str
) -> None:
    quantity = parse_quantity(raw)
    assert quantity is not None
    assert (quantity.start, quantity.cue_start, quantity.comparator, quantity.cue) == (
        start,
        0,
        comparator,
        cue,
    )


@pytest.mark.parametrize(
    "raw", ["亿元项目", "85亿元和90个", "完成85亿元", "85亿元。", "", "2025年", "一期", "abc"]
)
def test_parse_quantity_refuses_what_is_not_one_quantity(raw: str) -> None:
    assert parse_quantity(raw) is None


def test_quantity_is_frozen() -> None:
    quantity = find_quantities("90个")[0]
    with pytest.raises(FrozenInstanceError):
        quantity.value = 1.0  # type: ignore[misc]


def test_every_canonical_unit_is_its_own_canonical_form() -> None:
    for unit, _ in CANONICAL_UNITS.values():
        assert CANONICAL_UNITS[unit] == (unit, 1), unit


@pytest.mark.parametrize(
    ("written", "unit", "factor"),
    [
        ("亿元", "元", 10**8),
        ("万千瓦", "千瓦", 10**4),
        ("G瓦", "千瓦", 10**6),
        ("万头(只)", "头", 10**4),
        ("%", "%", 1),
    ],
)
def test_canonical_unit_of_a_written_unit(written: str, unit: str, factor: int) -> None:
    assert canonical_unit(written) == (unit, Decimal(factor))


@pytest.mark.parametrize("numeral", ["二〇二四", "三五", "十四五", "百"])
def test_chinese_number_refuses_digit_strings_and_nonsense(numeral: str) -> None:
    assert chinese_number(numeral) is None


# Round trips. 年 is left out (a 4-digit number before 年 is a year); 批 and 度 as 一批 and 一度 are words.
AMBIGUOUS_AFTER_A_PLACE = {
    unit for unit in CANONICAL_UNITS if any(f"{place}{unit}" in CANONICAL_UNITS for place in "十百千万亿")
}
"""克, 米, 升, 瓦 …: "三千克" reads as 3 千克 (a unit of its own), so "三千" + 克 cannot round-trip."""
ROUND_TRIP_UNITS = sorted(set(CANONICAL_UNITS) - {"年", "批", "度", "期"} - AMBIGUOUS_AFTER_A_PLACE)
SPELLED_MAGNITUDES = ["", "万", "亿", "千万", "万亿"]


def _expected(number: Decimal, magnitude: str, unit: str) -> tuple[float, str]:
    canonical, factor = CANONICAL_UNITS[unit]
    return float(number * MAGNITUDES.get(magnitude, 1) * Decimal(str(factor))), canonical


def _decimal_text(integer: int, places: int) -> str:
    """integer / 10**places written with exactly `places` decimals: (12345, 2) -> "123.45"."""
    return str(Decimal(integer).scaleb(-places))


def _assert_single(text: str, raw: str, value: float, unit: str, value_high: float | None = None) -> None:
    quantities = find_quantities(text)
    assert [q.raw for q in quantities] == [raw], text
    quantity = quantities[0]
    assert math.isclose(quantity.value, value, rel_tol=1e-9), text
    assert quantity.unit == unit
    if value_high is None:
        assert quantity.value_high is None
    else:
        assert quantity.value_high is not None and math.isclose(quantity.value_high, value_high, rel_tol=1e-9)


@given(
    integer=st.integers(min_value=1, max_value=10**7),
    places=st.sampled_from([0, 1, 2]),
    magnitude=st.sampled_from(SPELLED_MAGNITUDES),
    unit=st.sampled_from(ROUND_TRIP_UNITS),
)
def test_arabic_number_with_magnitude_round_trips(
    integer: int, places: int, magnitude: str, unit: str
) -> None:
    number = _decimal_text(integer, places)
    raw = f"{number}{magnitude}{unit}"
    value, canonical = _expected(Decimal(number), magnitude, unit)
    _assert_single(f"计划完成{raw}。", raw, value, canonical)
    parsed = parse_quantity(raw)
    assert parsed is not None and math.isclose(parsed.value, value, rel_tol=1e-9)


@given(
    integer=st.integers(min_value=1, max_value=10**9),
    places=st.sampled_from([0, 1, 2]),
    unit=st.sampled_from(ROUND_TRIP_UNITS),
)
def test_chinese_numeral_round_trips(integer: int, places: int, unit: str) -> None:
    number = _decimal_text(integer, places)
    numeral = cn2an.an2cn(number)
    value, canonical = _expected(Decimal(number), "", unit)
    _assert_single(f"计划完成{numeral}{unit}。", f"{numeral}{unit}", value, canonical)


@given(
    low=st.integers(min_value=1, max_value=10**5),
    width=st.integers(min_value=1, max_value=10**5),
    separator=st.sampled_from(["~", "-", "—", "至", "到"]),
    magnitude=st.sampled_from(SPELLED_MAGNITUDES),
    unit=st.sampled_from(ROUND_TRIP_UNITS),
)
def test_range_round_trips(low: int, width: int, separator: str, magnitude: str, unit: str) -> None:
    raw = f"{low}{separator}{low + width}{magnitude}{unit}"
    value, canonical = _expected(Decimal(low), magnitude, unit)
    high, _ = _expected(Decimal(low + width), magnitude, unit)
    _assert_single(f"扩能{raw}。", raw, value, canonical, value_high=high)
    quantity = parse_quantity(raw)
    assert quantity is not None and quantity.comparator == "range"


@given(integer=st.integers(min_value=1, max_value=10000), places=st.sampled_from([0, 1, 2]))
def test_percentages_round_trip(integer: int, places: int) -> None:
    number = _decimal_text(integer, places)
    _assert_single(f"比重达到{number}%。", f"{number}%", float(number), "%")
    _assert_single(
        f"比重达到百分之{cn2an.an2cn(number)}。", f"百分之{cn2an.an2cn(number)}", float(number), "%"
    )


@given(integer=st.integers(min_value=1000, max_value=10**12), unit=st.sampled_from(ROUND_TRIP_UNITS))
def test_thousands_separators_round_trip(integer: int, unit: str) -> None:
    raw = f"{integer:,}{unit}"
    value, canonical = _expected(Decimal(integer), "", unit)
    _assert_single(f"计划完成{raw}。", raw, value, canonical)


@given(
    cue=st.sampled_from(sorted(LEADING_CUES)),
    integer=st.integers(min_value=1, max_value=10**6),
    unit=st.sampled_from(ROUND_TRIP_UNITS),
)
def test_leading_cue_sets_the_comparator(cue: str, integer: int, unit: str) -> None:
    quantity = parse_quantity(f"{cue}{integer}{unit}")
    assert quantity is not None
    assert (quantity.comparator, quantity.cue, quantity.cue_start, quantity.start) == (
        LEADING_CUES[cue],
        cue,
        0,
        len(cue),
    )


@given(
    low=st.integers(min_value=1, max_value=10**6),
    width=st.integers(min_value=1, max_value=10**6),
    separator=st.sampled_from(["至", "到", "~", "—"]),
    unit=st.sampled_from(ROUND_TRIP_UNITS),
)
def test_chinese_range_round_trips(low: int, width: int, separator: str, unit: str) -> None:
    raw = f"{cn2an.an2cn(low)}{separator}{cn2an.an2cn(low + width)}{unit}"
    value, canonical = _expected(Decimal(low), "", unit)
    high, _ = _expected(Decimal(low + width), "", unit)
    _assert_single(f"计划完成{raw}。", raw, value, canonical, value_high=high)


@given(
    count=st.integers(min_value=1, max_value=20),
    integer=st.integers(min_value=1, max_value=10**4),
    magnitude=st.sampled_from(SPELLED_MAGNITUDES),
    unit=st.sampled_from(ROUND_TRIP_UNITS),
)
def test_product_round_trips(count: int, integer: int, magnitude: str, unit: str) -> None:
    raw = f"{count}×{integer}{magnitude}{unit}"
    value, canonical = _expected(Decimal(count * integer), magnitude, unit)
    _assert_single(f"扩建{raw}机组。", raw, value, canonical)
    quantity = parse_quantity(raw)
    assert quantity is not None and quantity.comparator == "exactly"


@pytest.mark.parametrize(
    ("text", "raw", "value", "unit", "comparator"),
    [
        ("算力规模达到5万P", "5万P", 5e4, "P", "exactly"),
        ("年产啤酒10万千升", "10万千升", 1e5, "千升", "exactly"),
        ("接待游客1.2万人次", "1.2万人次", 1.2e4, "人次", "exactly"),
        ("集装箱吞吐量30万标箱", "30万标箱", 3e5, "标箱", "exactly"),
        ("天然气产量370亿方", "370亿方", 3.7e10, "方", "exactly"),
        ("一期将实施 1296 颗", "1296 颗", 1296, "颗", "exactly"),
        ("未来将实现一万两千多颗卫星的组网", "一万两千多颗", 12000, "颗", "at_least"),
        ("卫星工厂的设计产能将达到 300 颗 / 年", "300 颗 / 年", 300, "颗/年", "exactly"),
        ("节约用水5千克", "5千克", 5, "公斤", "exactly"),
    ],
)
def test_any_unit_as_written(text: str, raw: str, value: float, unit: str, comparator: str) -> None:
    (quantity,) = find_quantities(text)
    assert (quantity.raw, quantity.value, quantity.unit, quantity.comparator) == (
        raw,
        value,
        unit,
        comparator,
    )


@pytest.mark.parametrize(
    ("text", "raw", "value", "comparator"),
    [
        ("力争经济总量翻番", "翻番", 100, "at_least"),
        ("实现翻一番", "翻一番", 100, "at_least"),
        ("新能源装机占一半以上", "一半以上", 50, "at_least"),
        ("工业投资实现两位数增长", "两位数", 10, "at_least"),
    ],
)
def test_quantities_written_without_digits(text: str, raw: str, value: float, comparator: str) -> None:
    (quantity,) = find_quantities(text)
    assert (quantity.raw, quantity.value, quantity.unit, quantity.comparator) == (raw, value, "%", comparator)


@pytest.mark.parametrize("text", ["一方面", "口岸", "5G基站", "本地企业", "两位院士"])
def test_new_units_do_not_read_words(text: str) -> None:
    assert all(q.unit not in ("方", "口", "本", "%") for q in find_quantities(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("粮肉奶产量分别稳定在800亿斤、60亿斤、160亿斤以上", ["at_least", "at_least", "at_least"]),
        ("游客人次、旅游收入分别增长8%、10%左右", ["about", "about"]),
        ("研发投入、技改投资分别突破10%、20%", ["at_least", "at_least"]),
        ("分别完成全年任务56.36%、83.64%", ["exactly", "exactly"]),  # no cue: nothing to share
        ("增长5%、6%左右、7%", ["exactly", "about", "exactly"]),  # a cue in the middle is that item's
        ("新增企业10个、项目20家以上", ["exactly", "at_least"]),  # different units: not one list
        ("投资50亿元，新增就业1000人以上", ["exactly", "at_least"]),  # not a list
    ],
)
def test_a_list_shares_the_one_comparator_cue_written_for_it(text: str, expected: list[str]) -> None:
    assert [quantity.comparator for quantity in find_quantities(text)] == expected
