"""Readable values: a canonical value and unit as a person writes them ("85 亿元 (8.5 billion CNY)")."""

from __future__ import annotations

import re
from typing import Literal

Lang = Literal["zh", "en"]

# Units that read naturally with 万/亿 in Chinese; the others (%, ranks, intensities) are never scaled.
SCALABLE_UNITS = frozenset(
    {"元", "吨", "亩", "千瓦", "平方米", "头", "只", "人", "户", "人次", "个", "家", "米", "斤"}
)
ZH_MAGNITUDES = ((1e8, "亿"), (1e4, "万"))
EN_MAGNITUDES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
POWER_MAGNITUDES = ((1e6, "GW"), (1e3, "MW"), (1.0, "kW"))

EN_UNITS = {
    "元": "CNY",
    "吨": "t",
    "亩": "mu",
    "千瓦": "kW",
    "平方公里": "km²",
    "公顷": "ha",
    "公里": "km",
    "平方米": "m²",
    "米": "m",
    "千伏": "kV",
    "吨标准煤/万元": "t of standard coal per 10,000 CNY",
    "人次": "visits",
    "户": "households",
    "人": "people",
    "头": "head",
    "只": "head",
    "斤": "jin",
}
# Counters that English leaves bare: "90 个" is "90".
BARE_COUNTERS = frozenset(
    {"个", "家", "项", "条", "座", "所", "台", "套", "处", "栋", "艘", "辆", "架", "次", "批"}
)


def trim_number(number: float, decimals: int = 4, grouped: bool = False) -> str:
    """A number without trailing zeros: 85.0 → "85", 6.0630 → "6.063"; grouped adds thousands commas."""
    text = f"{number:,.{decimals}f}" if grouped else f"{number:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def is_round(number: float, decimals: int = 2) -> bool:
    """True when `number` needs at most `decimals` decimals (within float noise)."""
    scaled = number * 10.0**decimals
    return abs(scaled - round(scaled)) < 1e-6 * max(1.0, abs(scaled))


def pick_scale(values: list[float], magnitudes: tuple[tuple[float, str], ...]) -> tuple[float, str]:
    """The largest magnitude at which every value is at least 1 and round to two decimals."""
    largest = max(abs(value) for value in values)
    for factor, name in magnitudes:
        if largest >= factor and all(is_round(value / factor) for value in values):
            return factor, name
    return 1.0, ""


def join_range(numbers: list[str]) -> str:
    return "–".join(numbers)


def zh_quantity(value: float, value_high: float | None, unit: str) -> str:
    """The quantity in Chinese notation: "85 亿元", "600–800 万吨", "55%"."""
    values = [value] if value_high is None else [value, value_high]
    if unit == "%":
        return join_range([trim_number(v) for v in values]) + "%"
    if unit == "名":
        return "第 " + join_range([trim_number(v) for v in values]) + " 名"
    factor, prefix = pick_scale(values, ZH_MAGNITUDES) if unit in SCALABLE_UNITS else (1.0, "")
    return f"{join_range([trim_number(v / factor) for v in values])} {prefix}{unit}"


def en_quantity(value: float, value_high: float | None, unit: str) -> str:
    """The quantity in English notation: "8.5 billion CNY", "2.6 GW", "15,000 mu", "rank 20"."""
    values = [value] if value_high is None else [value, value_high]
    if unit == "%":
        return join_range([trim_number(v) for v in values]) + "%"
    if unit == "名":
        return "rank " + join_range([trim_number(v) for v in values])
    if unit == "千瓦":
        factor, name = pick_scale(values, POWER_MAGNITUDES)
        return f"{join_range([trim_number(v / factor, grouped=True) for v in values])} {name or 'kW'}"
    factor, magnitude = pick_scale(values, EN_MAGNITUDES)
    numbers = join_range([trim_number(v / factor, grouped=True) for v in values])
    unit_name = "" if unit in BARE_COUNTERS else EN_UNITS.get(unit, unit)
    return " ".join(part for part in (numbers, magnitude, unit_name) if part)


def leading_number(text: str) -> str:
    """The number a quantity text starts with, without separators: "71,000 mu" → "71000"."""
    match = re.match(r"[\d.,–]+", text)
    return match.group(0).replace(",", "") if match else text


def readable_value(value: float, value_high: float | None, unit: str, lang: Lang) -> str:
    """The value in the brief's language, glossed in the other where the magnitude changes the number."""
    zh_text = zh_quantity(value, value_high, unit)
    en_text = en_quantity(value, value_high, unit)
    primary, other = (zh_text, en_text) if lang == "zh" else (en_text, zh_text)
    if unit in ("%", "名") or leading_number(primary) == leading_number(other):
        return primary
    return f"{primary} ({other})"


COMMON_UNITS: dict[str, tuple[float, str, str]] = {
    # canonical unit → (factor, Chinese unit, English unit) for the side-by-side comparison
    "元": (1e8, "亿元", "billion CNY"),
    "千瓦": (1e4, "万千瓦", "GW"),
    "吨": (1e4, "万吨", "million t"),
}
EN_COMMON_FACTORS = {"元": 1e9, "千瓦": 1e6, "吨": 1e6}


def in_common_unit(value: float, value_high: float | None, unit: str, lang: Lang) -> str:
    """The bare number in the comparison's fixed unit: 亿元, 万千瓦, 万吨 (billion CNY, GW, million t)."""
    if unit not in COMMON_UNITS:
        values = [value] if value_high is None else [value, value_high]
        return join_range([trim_number(v, grouped=lang == "en") for v in values])
    factor = COMMON_UNITS[unit][0] if lang == "zh" else EN_COMMON_FACTORS[unit]
    values = [value] if value_high is None else [value, value_high]
    return join_range([trim_number(v / factor) for v in values])


def common_unit_name(unit: str, lang: Lang) -> str:
    """The name of the comparison's fixed unit for a canonical unit ("亿元" / "billion CNY")."""
    if unit not in COMMON_UNITS:
        return unit if lang == "zh" else EN_UNITS.get(unit, unit)
    _, zh_name, en_name = COMMON_UNITS[unit]
    return zh_name if lang == "zh" else en_name
