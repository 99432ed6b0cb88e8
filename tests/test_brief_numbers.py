"""Readable values: canonical value and unit as a person writes them, in Chinese and English."""

from __future__ import annotations

import pytest

from summarizer.brief.numbers import in_common_unit, readable_value, trim_number


@pytest.mark.parametrize(
    ("value", "value_high", "unit", "zh", "en"),
    [
        (8.5e9, None, "元", "85 亿元 (8.5 billion CNY)", "8.5 billion CNY (85 亿元)"),
        (1e11, None, "元", "1000 亿元 (100 billion CNY)", "100 billion CNY (1000 亿元)"),
        (4e7, None, "元", "4000 万元 (40 million CNY)", "40 million CNY (4000 万元)"),
        (7.2e6, None, "吨", "720 万吨 (7.2 million t)", "7.2 million t (720 万吨)"),
        (6e6, 8e6, "吨", "600–800 万吨 (6–8 million t)", "6–8 million t (600–800 万吨)"),
        (25000, None, "吨", "2.5 万吨 (25,000 t)", "25,000 t (2.5 万吨)"),
        (15000, None, "亩", "1.5 万亩 (15,000 mu)", "15,000 mu (1.5 万亩)"),
        (2e6, None, "千瓦", "200 万千瓦 (2 GW)", "2 GW (200 万千瓦)"),
        (6e5, None, "千瓦", "60 万千瓦 (600 MW)", "600 MW (60 万千瓦)"),
        (90, None, "个", "90 个", "90"),
        (55, None, "%", "55%", "55%"),
        (90.5, None, "%", "90.5%", "90.5%"),
        (20, None, "名", "第 20 名", "rank 20"),
        (6.063, None, "平方公里", "6.063 平方公里", "6.063 km²"),
        (22768, None, "户", "22768 户", "22,768 households"),
        (2, None, "吨标准煤/万元", "2 吨标准煤/万元", "2 t of standard coal per 10,000 CNY"),
        (1.62e6, None, "平方米", "162 万平方米 (1.62 million m²)", "1.62 million m² (162 万平方米)"),
    ],
)
def test_readable_value_in_both_languages(
    value: float, value_high: float | None, unit: str, zh: str, en: str
) -> None:
    assert readable_value(value, value_high, unit, "zh") == zh
    assert readable_value(value, value_high, unit, "en") == en


def test_a_value_that_is_not_round_in_wan_keeps_its_digits() -> None:
    assert readable_value(12345, None, "元", "zh") == "12345 元"
    assert readable_value(12345, None, "元", "en") == "12,345 CNY"


@pytest.mark.parametrize(
    ("value", "unit", "zh", "en"),
    [
        (8.5e9, "元", "85", "8.5"),
        (2.6e6, "千瓦", "260", "2.6"),
        (25000, "吨", "2.5", "0.025"),
        (33, "个", "33", "33"),
    ],
)
def test_common_units_of_the_comparison(value: float, unit: str, zh: str, en: str) -> None:
    assert in_common_unit(value, None, unit, "zh") == zh
    assert in_common_unit(value, None, unit, "en") == en


def test_trim_number_drops_trailing_zeros_and_float_noise() -> None:
    assert trim_number(85.0) == "85"
    assert trim_number(0.1 + 0.2) == "0.3"
    assert trim_number(1234567.5, grouped=True) == "1,234,567.5"
