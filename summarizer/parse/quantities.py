"""Find and parse quantities in Chinese policy text: number, magnitude, unit, comparator (guidelines §3).

Numbers in a briefing come from here, never from an LLM. The rules live in the tables below; each
quantity shape (single, range, product, ranking, percent in words, scale word) is one small regex
built from those tables and one function that turns its match into a `Quantity`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Final, NamedTuple

from summarizer.schema import Comparator
from summarizer.text import LazyPattern

# Written unit -> (canonical unit, factor to the canonical unit), guidelines §3 "Canonical units".
# A magnitude written before the unit (万, 亿, 千万 …) is handled separately by MAGNITUDES.
CANONICAL_UNITS: Final[dict[str, tuple[str, float]]] = {
    # money
    "元": ("元", 1),
    "美元": ("美元", 1),
    "欧元": ("欧元", 1),
    "港元": ("港元", 1),
    "港币": ("港元", 1),
    "澳门元": ("澳门元", 1),
    "澳门币": ("澳门元", 1),
    "人民币": ("元", 1),  # "约118亿人民币"
    # the spoken count of hundred millions ("投资4个亿"): money, as 亿元
    "个亿": ("元", 1e8),
    # mass and energy-equivalent mass
    "吨": ("吨", 1),
    "吨标准煤": ("吨标准煤", 1),
    "吨标煤": ("吨标准煤", 1),
    "吨标准煤/万元": ("吨标准煤/万元", 1),
    "斤": ("斤", 1),
    "公斤": ("公斤", 1),
    "千克": ("公斤", 1),
    "微克/立方米": ("微克/立方米", 1),
    # the Latin symbol, as written (guidelines §3: any other unit as written); NFKC makes µ μ and ³ 3
    "μg/m3": ("μg/m3", 1),
    "μg/m³": ("μg/m3", 1),
    "µg/m3": ("μg/m3", 1),
    "µg/m³": ("μg/m3", 1),
    # area, length, volume
    "亩": ("亩", 1),
    "平方公里": ("平方公里", 1),
    "平方米": ("平方米", 1),
    "㎡": ("平方米", 1),
    # the Latin symbols, as written and as the cleaner's NFKC leaves ㎡ ㎞ ㎏ ㎥ ("m2", "km", "kg", "m3")
    "m2": ("平方米", 1),
    "m²": ("平方米", 1),
    "平米": ("平方米", 1),
    "km2": ("平方公里", 1),
    "km²": ("平方公里", 1),
    "km": ("公里", 1),
    "hm2": ("公顷", 1),
    "hm²": ("公顷", 1),
    "m3": ("立方米", 1),
    "m³": ("立方米", 1),
    "kg": ("公斤", 1),
    "公顷": ("公顷", 1),
    "公里": ("公里", 1),
    "米": ("米", 1),
    "立方米": ("立方米", 1),
    # power and energy
    "千瓦": ("千瓦", 1),
    "kW": ("千瓦", 1),
    "KW": ("千瓦", 1),
    "兆瓦": ("千瓦", 1e3),
    "MW": ("千瓦", 1e3),
    "G瓦": ("千瓦", 1e6),
    "GW": ("千瓦", 1e6),
    "吉瓦": ("千瓦", 1e6),
    "千瓦时": ("千瓦时", 1),
    "kWh": ("千瓦时", 1),
    "兆瓦时": ("千瓦时", 1e3),
    "MWh": ("千瓦时", 1e3),
    "吉瓦时": ("千瓦时", 1e6),
    "GWh": ("千瓦时", 1e6),
    "度": ("度", 1),
    "千伏": ("千伏", 1),
    "kV": ("千伏", 1),
    "千伏安": ("千伏安", 1),
    # shares
    "%": ("%", 1),
    "％": ("%", 1),
    "‰": ("‰", 1),
    "个百分点": ("个百分点", 1),
    "百分点": ("个百分点", 1),
    # counters (头(只) and 台(套) count the first of the pair)
    "头(只)": ("头", 1),
    "头（只）": ("头", 1),
    "台(套)": ("台", 1),
    "台（套）": ("台", 1),
    **{counter: (counter, 1) for counter in "个家项条座户人头只所台套辆张部批处位名次件栋间床列艘株棵种笔例"},
    "款": ("款", 1),  # models and brands: "打造10款以上…品牌"
    "类": ("类", 1),  # kinds of problems or items: "每年筛选12类民生痛点堵点问题"
    "人次": ("人次", 1),
    # a counter per occasion, as written (guidelines §3): "对接服务超过1500家次", "检查车辆7782台次"
    **{f"{counter}次": (f"{counter}次", 1) for counter in "家户件台辆艘班项"},
    # classes of a school and sessions of a course: "设置初中18个班", "计划举办6期培训班"
    "个班": ("班", 1),
    "班": ("班", 1),
    "期": ("期", 1),
    # events counted: "举办招聘活动40场", "送戏下乡100场次"
    "场": ("场", 1),
    "场次": ("场次", 1),
    "架次": ("架次", 1),
    "车次": ("车次", 1),
    "标箱": ("标箱", 1),
    "TEU": ("标箱", 1),
    "倍": ("倍", 1),
    "岁": ("岁", 1),
    # any other unit, as written (guidelines §3): volumes, masses, lengths, data, and the counters of
    # things that policy texts count; a magnitude before one is read as usual ("10万千升")
    **{unit: (unit, 1) for unit in ("千升", "升", "毫升", "克", "毫克", "千米", "厘米", "毫米", "平方千米")},
    "方": ("方", 1),
    "立方": ("立方米", 1),
    **{counter: (counter, 1) for counter in "颗枚盏根块片本册份口"},
    **{unit: (unit, 1) for unit in ("P", "PB", "EB", "TB", "PFlops", "EFlops", "Gbps", "Mbps")},
    # durations (a year such as "2025年" is never a quantity: see _is_year)
    "年": ("年", 1),
    "个月": ("个月", 1),
    "天": ("天", 1),
    "小时": ("小时", 1),
    "个小时": ("小时", 1),
    "个工作日": ("个工作日", 1),
}

# Magnitude words written between a number and its unit ("85亿元", "1.2万亿元", "3千万元").
MAGNITUDES: Final[dict[str, int]] = {
    "万亿": 10**12,
    "千亿": 10**11,
    "百亿": 10**10,
    "十亿": 10**9,
    "千万": 10**7,
    "百万": 10**6,
    "十万": 10**5,
    "亿": 10**8,
    "万": 10**4,
    "千": 10**3,
    "百": 10**2,
}
# Magnitudes that may stand without a number in a scale word: "千亿级", "万亿元", "万亩千亿级".
BARE_MAGNITUDES: Final[tuple[str, ...]] = ("万亿", "千亿", "百亿", "千万", "百万", "十万", "亿", "万")
# Only these make "<magnitude>元" a quantity without a number ("突破万亿元"); "亿元项目" is not one.
BARE_MONEY_MAGNITUDES: Final[tuple[str, ...]] = ("万亿", "千亿", "百亿")

# Comparator cue words, guidelines §3 "comparator".
LEADING_CUES: Final[dict[str, Comparator]] = {
    "突破": "at_least",
    "超过": "at_least",
    "超": "at_least",
    "逾": "at_least",
    "高于": "at_least",
    "大于": "at_least",
    "多于": "at_least",
    "不少于": "at_least",
    "不低于": "at_least",
    "至少": "at_least",
    "最少": "at_least",
    "不超过": "at_most",
    "不高于": "at_most",
    "不多于": "at_most",
    "控制在": "at_most",
    "低于": "at_most",
    "少于": "at_most",
    "小于": "at_most",
    "不到": "at_most",
    "不足": "at_most",
    "最多": "at_most",
    "最高": "at_most",
    "约": "about",
    "约为": "about",
    "大约": "about",
    "近": "about",
    "将近": "about",
    "接近": "about",
}
TRAILING_CUES: Final[dict[str, Comparator]] = {
    "以上": "at_least",
    "以下": "at_most",
    "以内": "at_most",
    "之内": "at_most",
    "左右": "about",
    "上下": "about",
}
THRESHOLD_AFTER: Final = "大关"
"""A figure named as a mark to pass ("迈上千亿元大关", "跨越百亿元大关"): a lower bound."""
# "5000多亩", "460余家", "100多万平方米": written between the number and the unit.
INNER_CUES: Final[dict[str, Comparator]] = {"多": "at_least", "余": "at_least"}

# Words that are never quantities although they start with a numeral and a counter.
NOT_QUANTITIES: Final[tuple[str, ...]] = (
    "一批", "一条龙", "一揽子", "一次性", "一度", "三位一体", "四位一体", "五位一体", "七台河",
)  # fmt: skip
# A lone 一 after these characters is part of a word ("统一部署", "唯一", "单一"), not the number one.
WORD_BEFORE_ONE: Final[str] = "统唯单同专合归划逐整如始之万"
# 前 ending these words is not a ranking: "目前12家", "提前一年", "年前完成".
WORD_BEFORE_QIAN: Final[str] = "提目此之以年日月当事空超向节会生眼面先从战考赛"
# After 前N, these characters make it a period or a count ("前三季度", "前10个月"), or a works section
# ("站前五标", a contract lot), not a ranking.
NOT_AFTER_RANKING: Final[str] = "季个月年天周日批期届次家项条座户人所台套辆轮标"
# A unit is not a unit when these follow it: "天然气", "年代", "三次产业", "部分", "项目", "七位一体".
NOT_AFTER_UNIT: Final[dict[str, str]] = {
    "天": "然津下空地气使才赋堂",
    "年": "代级度",
    "次": "性产",
    "位": "一于置",
    "度": "假",
    "部": "分署",
    "项": "目",
    "例": "如外",
    "名": "单义称牌录",
    "间": "接隔距断",
    "上下": "游",
    "方": "面式向法案位针便向略舱",
    "口": "岸罩径头号碑",
    "本": "地土级届身科",
    "份": "额",
    "片": "区",
    "块": "钱",
    "场": "馆景所地合面域外内",
    "个班": "组子车次长",  # "20个班组", "班子", "班车": teams and buses, counted by 个
    "班": "组子车次长",
    "期": "间限末初中货刊",  # "期间", "期限", "期末", "期货": no sessions
    "个亿": "元级以",  # "4个亿级项目", "7个亿元以上产业项目": projects counted by their size class
    "km": "A-Za-z/²0-9",  # "120km/h" is a speed; "km2" is an area (the longer unit)
    "kg": "A-Za-z/",
}
# Intensity denominators: "每万元能耗在两吨标准煤以下" -> 吨标准煤/万元.
PER_DENOMINATORS: Final[tuple[str, ...]] = ("万元",)
PER_UNITS: Final[frozenset[str]] = frozenset({"吨标准煤", "吨", "立方米", "千瓦时"})
# Words that are a whole quantity with an implied unit: (value, unit, comparator).
SCALE_WORDS: Final[dict[str, tuple[int, str, Comparator]]] = {
    "全覆盖": (100, "%", "exactly"),
    "百分之百": (100, "%", "exactly"),
    # quantities written without digits that readers take as targets: doubling is growth of 100 %
    "翻一番": (100, "%", "at_least"),
    "翻番": (100, "%", "at_least"),
    "一半以上": (50, "%", "at_least"),
    "过半": (50, "%", "at_least"),
    "两位数": (10, "%", "at_least"),
}

CHINESE_DIGITS: Final[str] = "零〇一二三四五六七八九两"
CHINESE_PLACES: Final[str] = "十百千万亿"
_FULLWIDTH: Final[dict[int, int]] = str.maketrans("０１２３４５６７８９．", "0123456789.")


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """One quantity found in a text; `text[start:end] == raw`, value and value_high in the canonical unit.

    `unit_written` is the unit as written with its magnitude ("亿元", "万头(只)"), empty when the unit is
    implied ("千亿级", "全覆盖", "前20"); `cue` is the word that set the comparator, else the leading cue;
    `cue_start` is where a leading cue starts, else `start`. A plain value object, not a pydantic model: the
    parser alone makes them (its fields typed by construction), hundreds an article.
    """

    raw: str
    start: int
    end: int
    value: float
    value_high: float | None = None
    unit: str
    unit_written: str
    comparator: Comparator
    cue: str | None = None
    cue_start: int


class _Reading(NamedTuple):
    """What one shape read before the context (leading cue, 每万元) is looked at."""

    start: int
    end: int
    value: Decimal
    value_high: Decimal | None
    unit: str
    unit_written: str
    comparator: Comparator | None
    cue: str | None


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first so the longest one wins."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _unit_pattern() -> str:
    """Every written unit, each guarded against the words it starts ("天然气", "项目")."""
    parts = []
    for unit in sorted(CANONICAL_UNITS, key=len, reverse=True):
        guard = NOT_AFTER_UNIT.get(unit)
        parts.append(re.escape(unit) + (f"(?![{guard}])" if guard else ""))
    return "|".join(parts)


_ARABIC: Final = r"[0-9０-９]{1,3}(?:,[0-9]{3})+(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?"
_UNITS_LIKE_MAGNITUDES: Final = _alternation(
    [unit for unit in CANONICAL_UNITS if any(unit.startswith(magnitude) for magnitude in MAGNITUDES)]
)
_CHINESE: Final = (
    rf"[{CHINESE_DIGITS}十](?:(?!{_UNITS_LIKE_MAGNITUDES})[{CHINESE_DIGITS}{CHINESE_PLACES}])*"
    rf"(?:点[{CHINESE_DIGITS}]+)?"
)
_NUMBER: Final = f"(?:{_ARABIC}|{_CHINESE})"
_UNIT: Final = _unit_pattern()
_MAG: Final = rf"(?!{_UNITS_LIKE_MAGNITUDES})(?:{_alternation(list(MAGNITUDES))})"
"""A magnitude word, unless a unit starts there ("千克", "千瓦", "百分点" are units, not 千 × 克)."""
_BARE_MAG: Final = _alternation(BARE_MAGNITUDES)
_INNER: Final = _alternation(list(INNER_CUES))
_TRAIL: Final = "|".join(
    re.escape(cue) + (f"(?![{NOT_AFTER_UNIT[cue]}])" if cue in NOT_AFTER_UNIT else "")
    for cue in TRAILING_CUES
)
_RANGE_SEPARATORS: Final = "~～〜\\-—–－至到"

_PER_TIME: Final = r"(?P<per> ?/ ?(?P<per_unit>年|天|日|小时|月))?"
"""A rate written after the unit: "300颗/年", "300 颗 / 年"."""
_SINGLE: Final = LazyPattern(
    rf"(?P<num>{_NUMBER}) ?(?P<inner>{_INNER})?(?P<mag>{_MAG})?(?P<inner2>{_INNER})? ?"
    rf"(?P<unit>{_UNIT}){_PER_TIME}(?P<trail>{_TRAIL})?"
)
_RANGE: Final = LazyPattern(
    rf"(?P<lo>{_NUMBER})(?P<lo_mag>{_MAG})?(?P<lo_unit>{_UNIT})?[{_RANGE_SEPARATORS}]"
    rf"(?P<num>{_NUMBER})(?P<inner>{_INNER})?(?P<mag>{_MAG})?(?P<unit>{_UNIT})(?P<trail>{_TRAIL})?"
)


def _range_lead_characters() -> str:
    """Every character the low end of a range can be written with: digits, Chinese numerals, magnitudes
    and units (none of them a range separator)."""
    characters = set("0123456789０１２３４５６７８９,.．点" + CHINESE_DIGITS + CHINESE_PLACES)
    characters.update(*MAGNITUDES, *CANONICAL_UNITS)
    return "".join(sorted(map(re.escape, characters)))


_RANGE_REACH: Final = LazyPattern(rf"[{_range_lead_characters()}]*[{_RANGE_SEPARATORS}]")
"""What a range needs at its start: a run of the characters its low end is written with, then a separator
("30-50万", "三至五年"); tried before `_RANGE`, which backtracks through every shorter low end."""
_PRODUCT: Final = LazyPattern(
    rf"(?P<count>[0-9]+|[一二三四五六七八九两十]+) ?[×xX*] ?"
    rf"(?P<num>{_NUMBER})(?P<mag>{_MAG})?(?P<unit>{_UNIT})(?P<trail>{_TRAIL})?"
)
_RANKING: Final = LazyPattern(
    rf"(?<![{WORD_BEFORE_QIAN}])前(?P<num>{_ARABIC}|{_CHINESE})(?P<suffix>[名位强])?"
    rf"(?![{NOT_AFTER_RANKING}0-9０-９.])"
)
_PERCENT_WORDS: Final = LazyPattern(rf"百分之(?P<num>{_NUMBER})(?P<trail>{_TRAIL})?")
_SCALE_WORD: Final = LazyPattern(_alternation(list(SCALE_WORDS)))
_SCALE_GRADE: Final = LazyPattern(rf"(?P<mag>{_BARE_MAG})(?P<unit>{_UNIT})?级")
_SCALE_MONEY: Final = LazyPattern(rf"(?P<mag>{_alternation(BARE_MONEY_MAGNITUDES)})(?P<unit>元|美元)")
_SCALE_PAIR: Final = LazyPattern(rf"(?P<mag>{_BARE_MAG})(?P<unit>{_UNIT})(?=(?:{_BARE_MAG})(?:{_UNIT})?级)")
_NOT_QUANTITY: Final = LazyPattern(_alternation(NOT_QUANTITIES))
_PER_DENOMINATOR: Final = LazyPattern(
    rf"每(?P<per>{_alternation(PER_DENOMINATORS)})[^0-9，。；、,;：:！？\s]{{0,8}}$"
)

# Where a quantity may start; the name of the group says which shapes to try there.
_CANDIDATE: Final = LazyPattern(
    r"(?P<digit>(?<![0-9０-９.．A-Za-z第])[0-9０-９])"
    rf"|(?P<chinese>(?<![{CHINESE_DIGITS}{CHINESE_PLACES}第])[{CHINESE_DIGITS}十])"
    r"|(?P<rank>前(?=[0-9０-９一二三四五六七八九十两]))"
    rf"|(?P<word>{_alternation(list(SCALE_WORDS))}|百分之)"
    rf"|(?P<bare>(?<![0-9０-９{CHINESE_DIGITS}{CHINESE_PLACES}])(?:{_BARE_MAG}))"
)


@lru_cache(maxsize=4096)
def chinese_number(numeral: str) -> Decimal | None:
    """The value of a Chinese numeral ("二十三", "两千亿", "一点五"); None for digit strings ("二〇二四")."""
    integer_part = numeral.split("点", 1)[0]
    if len(integer_part) > 1 and not any(place in integer_part for place in CHINESE_PLACES):
        return None
    if integer_part in ("零", "〇"):
        return None if "点" not in numeral else _cn2an(numeral)
    return _small_chinese_number(numeral) or _cn2an(numeral)


_SMALL_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UP_TO_99 = LazyPattern(r"([一二两三四五六七八九])?十([一二三四五六七八九])?")


def _small_chinese_number(numeral: str) -> Decimal | None:
    """一 to 九十九 without cn2an: most numerals in the genre are these, and cn2an is slow to import."""
    if numeral in _SMALL_DIGITS:
        return Decimal(_SMALL_DIGITS[numeral])
    match = _UP_TO_99.fullmatch(numeral)
    if match is None:
        return None
    tens = _SMALL_DIGITS[match.group(1)] if match.group(1) else 1
    ones = _SMALL_DIGITS[match.group(2)] if match.group(2) else 0
    return Decimal(tens * 10 + ones)


def _cn2an(numeral: str) -> Decimal | None:
    import cn2an  # imported on first use: it takes ~70 ms, and most texts never need it

    try:
        value = cn2an.cn2an(numeral, "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return Decimal(str(value))


def number_value(written: str) -> Decimal | None:
    """The value of an Arabic ("1,291", "2.5", "１２") or Chinese numeral; None if it is not one."""
    if written[0] in CHINESE_DIGITS or written[0] == "十":
        return chinese_number(written)
    return Decimal(written.translate(_FULLWIDTH).replace(",", ""))


_MAGNITUDES_LONGEST_FIRST: Final = tuple(sorted(MAGNITUDES, key=len, reverse=True))


def canonical_unit(unit_written: str) -> tuple[str, Decimal]:
    """(canonical unit, factor) of a written unit, magnitude included: "亿元" -> ("元", 1e8)."""
    if unit_written in CANONICAL_UNITS:  # "千克" is a unit, not 千 × 克
        unit, factor = CANONICAL_UNITS[unit_written]
        return unit, Decimal(str(factor))
    for magnitude in _MAGNITUDES_LONGEST_FIRST:
        base = unit_written.removeprefix(magnitude)
        if base != unit_written and base in CANONICAL_UNITS:
            unit, factor = CANONICAL_UNITS[base]
            return unit, MAGNITUDES[magnitude] * Decimal(str(factor))
    unit, factor = CANONICAL_UNITS[unit_written]
    return unit, Decimal(str(factor))


def _scaled(number: Decimal, magnitude: str | None, unit_written: str) -> tuple[Decimal, str]:
    """The number in the canonical unit, and that unit."""
    unit, factor = canonical_unit((magnitude or "") + unit_written)
    return number * factor, unit


def _is_year(written: str, value: Decimal, unit: str) -> bool:
    """ "2025年" (a 4-digit number 1900-2100 before 年) is a year, not a duration."""
    return unit == "年" and len(written) == 4 and 1900 <= value <= 2100 and value == value.to_integral_value()


def _is_word_not_number(text: str, start: int, numeral: str) -> bool:
    """ "统一部署", "一批", "零部件": the numeral belongs to a word."""
    if _NOT_QUANTITY.match(text, start):
        return True
    if numeral == "一" and start > 0 and text[start - 1] in WORD_BEFORE_ONE:
        return True
    return numeral in ("零", "〇")


def _first_cue(match: re.Match[str], *groups: str) -> str | None:
    """The first of the named cue groups that matched."""
    return next((match[group] for group in groups if match[group]), None)


def _read_single(text: str, match: re.Match[str]) -> _Reading | None:
    number = number_value(match["num"])
    if number is None or _is_word_not_number(text, match.start(), match["num"]):
        return None
    if not (match["mag"] or match["inner"] or match["inner2"]) and _is_year(
        match["num"], number, match["unit"]
    ):
        return None
    if match["unit"] == "期" and not match["num"][0].isdigit():
        return None  # "二期项目", "天皓一期": a phase of a work, not a count of sessions
    value, unit = _scaled(number, match["mag"], match["unit"])
    inner = match["inner"] or match["inner2"]
    comparator = TRAILING_CUES[match["trail"]] if match["trail"] else INNER_CUES.get(inner or "")
    unit_written = (match["mag"] or "") + match["unit"]
    if match["per_unit"]:
        unit, unit_written = f"{unit}/{match['per_unit']}", f"{unit_written}/{match['per_unit']}"
    cue = _first_cue(match, "trail", "inner", "inner2")
    return _Reading(match.start(), match.end(), value, None, unit, unit_written, comparator, cue)


def _read_range(text: str, match: re.Match[str]) -> _Reading | None:
    low, high = number_value(match["lo"]), number_value(match["num"])
    if low is None or high is None or (match["lo_unit"] and match["lo_unit"] != match["unit"]):
        return None
    if _is_year(match["lo"], low, match["unit"]) or _is_year(match["num"], high, match["unit"]):
        return None
    low_value, unit = _scaled(low, match["lo_mag"] or match["mag"], match["unit"])
    high_value, _ = _scaled(high, match["mag"], match["unit"])
    if low_value >= high_value:
        return None
    unit_written = (match["mag"] or "") + match["unit"]
    return _Reading(match.start(), match.end(), low_value, high_value, unit, unit_written, "range", None)


def _read_product(text: str, match: re.Match[str]) -> _Reading | None:
    count, number = number_value(match["count"]), number_value(match["num"])
    if count is None or number is None:
        return None
    value, unit = _scaled(count * number, match["mag"], match["unit"])
    comparator = TRAILING_CUES[match["trail"]] if match["trail"] else None
    unit_written = (match["mag"] or "") + match["unit"]
    return _Reading(match.start(), match.end(), value, None, unit, unit_written, comparator, match["trail"])


def _read_ranking(text: str, match: re.Match[str]) -> _Reading | None:
    number = number_value(match["num"])
    if number is None:
        return None
    return _Reading(match.start(), match.end(), number, None, "名", match["suffix"] or "", "at_most", "前")


def _read_percent_words(text: str, match: re.Match[str]) -> _Reading | None:
    number = number_value(match["num"])
    if number is None:
        return None
    comparator = TRAILING_CUES[match["trail"]] if match["trail"] else None
    return _Reading(match.start(), match.end(), number, None, "%", "百分之", comparator, match["trail"])


_ADVERBIAL_AFTER: Final = LazyPattern(
    r"(?:地)?(?:打造|推进|推广|实施|建设|开展|覆盖|铺开|推行|落实|入户|走访|排查|巡查|检查|摸排|宣传|监测)"
)
""""全覆盖打造33个生活圈", "组织网格员全覆盖入户走访": the word says how a thing is done (the count, if
any, is the quantity)."""


_MODIFIER_AFTER: Final = LazyPattern(r"的(?!目标|任务|要求)")
""""开展分阶段、全覆盖的就业指导": the word describes a noun (how the service is given), no level to reach;
"实现全覆盖的目标" still names one."""


def _read_scale_word(text: str, match: re.Match[str]) -> _Reading | None:
    if match[0] == "全覆盖" and (
        _ADVERBIAL_AFTER.match(text, match.end()) or _MODIFIER_AFTER.match(text, match.end())
    ):
        return None
    value, unit, comparator = SCALE_WORDS[match[0]]
    return _Reading(match.start(), match.end(), Decimal(value), None, unit, "", comparator, None)


def _read_scale_grade(text: str, match: re.Match[str]) -> _Reading | None:
    """ "千亿级" (about 1e11 元: the unit is implied), "万吨级" (about 1e4 吨)."""
    value, unit = _scaled(Decimal(1), match["mag"], match["unit"] or "元")
    unit_written = match["mag"] + match["unit"] if match["unit"] else ""
    return _Reading(match.start(), match.end(), value, None, unit, unit_written, "about", "级")


def _read_bare_magnitude(text: str, match: re.Match[str]) -> _Reading | None:
    """ "万亿元" (after 突破), "千亿元临港产业集群", "万亩" of "万亩千亿级": a scale, about."""
    value, unit = _scaled(Decimal(1), match["mag"], match["unit"])
    return _Reading(
        match.start(), match.end(), value, None, unit, match["mag"] + match["unit"], "about", None
    )


_Reader = Callable[[str, re.Match[str]], _Reading | None]


class _Shape(NamedTuple):
    """A shape of quantity: its pattern, what reads a match of it, and a quick pattern that must match
    where the shape can (tried first when the shape's own pattern is slow to fail)."""

    pattern: LazyPattern
    reader: _Reader
    needs: LazyPattern | None = None


_RANGE_SHAPE: Final = _Shape(_RANGE, _read_range, needs=_RANGE_REACH)
# Shapes to try at each kind of start, in order: the first that reads a quantity wins.
_SHAPES: Final[dict[str, tuple[_Shape, ...]]] = {
    "digit": (_RANGE_SHAPE, _Shape(_PRODUCT, _read_product), _Shape(_SINGLE, _read_single)),
    "chinese": (
        _Shape(_SCALE_WORD, _read_scale_word),  # "一半以上", "两位数" start with a numeral
        _RANGE_SHAPE,
        _Shape(_PRODUCT, _read_product),
        _Shape(_SINGLE, _read_single),
    ),
    "rank": (_Shape(_RANKING, _read_ranking),),
    "word": (_Shape(_SCALE_WORD, _read_scale_word), _Shape(_PERCENT_WORDS, _read_percent_words)),
    "bare": (
        _Shape(_SCALE_GRADE, _read_scale_grade),
        _Shape(_SCALE_MONEY, _read_bare_magnitude),
        _Shape(_SCALE_PAIR, _read_bare_magnitude),
    ),
}


def _read_at(text: str, kind: str, position: int) -> _Reading | None:
    """The first shape of this kind of start that reads a quantity at `position`."""
    for pattern, reader, needs in _SHAPES[kind]:
        if needs is not None and needs.match(text, position) is None:
            continue  # what the shape needs is not there ("30万元，50万元": no separator, no range)
        match = pattern.match(text, position)
        if match is not None:
            reading = reader(text, match)
            if reading is not None:
                return reading
    return None


_LEADING_CUE_LENGTHS_LONGEST_FIRST: Final = tuple(sorted({len(cue) for cue in LEADING_CUES}, reverse=True))


def _leading_cue(text: str, start: int) -> str | None:
    """The longest comparator cue word that ends right where the quantity starts (the words before it of
    each length a cue has looked up, rather than every cue tried in turn)."""
    for length in _LEADING_CUE_LENGTHS_LONGEST_FIRST:
        if length <= start and (before := text[start - length : start]) in LEADING_CUES:
            return before
    return None


def _per_unit(text: str, cue_start: int, unit: str) -> str:
    """吨标准煤 after "每万元…" is an intensity: 吨标准煤/万元."""
    if unit not in PER_UNITS:
        return unit
    match = _PER_DENOMINATOR.search(text, max(0, cue_start - 12), cue_start)
    return f"{unit}/{match['per']}" if match else unit


def _comparator(reading: _Reading, leading: str | None) -> tuple[Comparator, str | None]:
    """The comparator and the cue that decided it: the shape's own cue first, then the leading cue."""
    own = reading.comparator
    # A bound said before the number outranks an "about" after it: "控制在5.5%左右" is a cap.
    if leading and (own is None or (own == "about" and LEADING_CUES[leading] != "about")):
        return LEADING_CUES[leading], leading
    if own is None:
        return "exactly", None
    return own, reading.cue or leading


_BOUND_BEFORE_VERB = LazyPattern(r"(?P<cue>至少|最少)(?:要|再|还要)?[\u4e00-\u9fff][^\d,，。;；、:：]{0,9}$")
"""A lower bound said before the verb of the quantity, whatever the verb: "至少引进10家", "至少新增就业岗位
3000个", "每个开发区至少建1个"."""
BOUND_LOOKBACK_CHARS = 24


def _bound_before_verb(text: str, start: int) -> str | None:
    match = _BOUND_BEFORE_VERB.search(text, max(0, start - BOUND_LOOKBACK_CHARS), start)
    return match.group("cue") if match else None


def _to_quantity(text: str, reading: _Reading) -> Quantity:
    """Add what the context says: a leading cue ("突破", "约", or "至少" before the verb) and an intensity
    denominator."""
    leading = _leading_cue(text, reading.start)
    cue_start = reading.start - len(leading) if leading else reading.start
    comparator, cue = _comparator(reading, leading or _bound_before_verb(text, reading.start))
    if text.startswith(THRESHOLD_AFTER, reading.end) and cue is None:
        comparator, cue = "at_least", THRESHOLD_AFTER  # "迈上千亿元大关": the mark to pass
    return Quantity(
        raw=text[reading.start : reading.end],
        start=reading.start,
        end=reading.end,
        value=float(reading.value),
        value_high=None if reading.value_high is None else float(reading.value_high),
        unit=_per_unit(text, cue_start, reading.unit),
        unit_written=reading.unit_written,
        comparator=comparator,
        cue=cue,
        cue_start=cue_start,
    )


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order, non-overlapping; a list shares its one cue (`share_list_cues`)."""
    quantities: list[Quantity] = []
    position = 0
    for candidate in _CANDIDATE.finditer(text):
        if candidate.start() < position:
            continue
        kind = candidate.lastgroup
        assert kind is not None
        reading = _read_at(text, kind, candidate.start())
        if reading is not None:
            quantities.append(_to_quantity(text, reading))
            position = reading.end
    return share_list_cues(text, quantities)


LIST_SEPARATORS: Final = ("、", "和", "与")
"""What joins the items of a list written as one: "800亿斤、60亿斤", "分别增长10.6%和12.3%左右"."""


def _runs(quantities: list[Quantity], joined: Callable[[Quantity, Quantity], bool]) -> list[list[int]]:
    """Runs of two or more quantities in a row, each joined to the one before it."""
    runs: list[list[int]] = []
    for number in range(1, len(quantities)):
        if not joined(quantities[number - 1], quantities[number]):
            continue
        if runs and runs[-1][-1] == number - 1:
            runs[-1].append(number)
        else:
            runs.append([number - 1, number])
    return runs


def _lists(text: str, quantities: list[Quantity]) -> list[list[int]]:
    """Runs of two or more quantities of one unit written as a list ("800亿斤、60亿斤、160亿斤以上")."""
    return _runs(
        quantities,
        lambda previous, quantity: (
            previous.unit == quantity.unit and text[previous.end : quantity.cue_start] in LIST_SEPARATORS
        ),
    )


_NOUN_THEN_SEPARATOR = LazyPattern(r"[\u4e00-\u9fff“”]{1,12}?(?:、|和|及|以及)")
"""What lies between two items of a list of counted things ("不少于150家科技创业企业、30家企业总部和10000名
人才"): the noun of the one before, then the mark that joins them."""
_SHARED_BOUNDS: Final = ("at_least", "at_most")


def _counted_lists(text: str, quantities: list[Quantity]) -> list[list[int]]:
    """Runs of two or more quantities, each with its noun, joined as one list after a bound said once."""
    return _runs(
        quantities,
        lambda previous, quantity: (
            quantity.cue is None
            and _NOUN_THEN_SEPARATOR.fullmatch(text, previous.end, quantity.cue_start) is not None
        ),
    )


def share_list_cues(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A comparator cue written once for a list covers every item: "分别稳定在800亿斤、60亿斤、160亿斤以上"
    (the 以上 of the last), "分别突破10%、20%" (the 突破 of the first), and a bound before the first of a
    list of counted things ("不少于150家企业、30家企业总部和10000名人才"). Only items without a cue of their
    own take it."""
    shared = list(quantities)
    for run in _lists(text, quantities):
        items = [quantities[number] for number in run]
        last, first = items[-1], items[0]
        if last.cue in TRAILING_CUES and all(item.cue is None for item in items[:-1]):
            source = last
        elif (
            first.cue in LEADING_CUES
            and first.cue_start < first.start
            and all(item.cue is None for item in items[1:])
        ):
            source = first
        else:
            continue
        for number in run:
            if quantities[number] is not source:
                shared[number] = replace(quantities[number], comparator=source.comparator, cue=source.cue)
    for run in _counted_lists(text, quantities):
        first = shared[run[0]]  # "不少于150家企业、30家企业总部": the bound before the first counts for all
        if first.cue in LEADING_CUES and first.cue_start < first.start and first.comparator in _SHARED_BOUNDS:
            for number in run[1:]:
                shared[number] = replace(shared[number], comparator=first.comparator, cue=first.cue)
    return shared


def parse_quantity(raw: str) -> Quantity | None:
    """`raw` read as exactly one quantity, optionally after a cue ("突破85亿元"); None if it is not one.

    Offsets are into `raw` with surrounding whitespace removed.
    """
    text = raw.strip()
    quantities = find_quantities(text)
    if len(quantities) != 1:
        return None
    quantity = quantities[0]
    if quantity.cue_start != 0 or quantity.end != len(text):
        return None
    return quantity
