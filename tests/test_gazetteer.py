"""The national gazetteer: codes, parents, levels, ambiguous names and the scan of a text for names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summarizer.ingest.gazetteer import gazetteer


def names(places: object) -> list[str]:
    return [place.name for place in places]  # type: ignore[attr-defined]


def test_it_holds_every_level_and_no_placeholder_rows() -> None:
    places = gazetteer().by_code.values()
    levels = {
        level: sum(place.level == level for place in places) for level in ("province", "prefecture", "county")
    }
    assert levels["province"] == 34 and levels["prefecture"] > 330 and levels["county"] > 2800
    assert not gazetteer().named("市辖区") and not gazetteer().named("省直辖县级行政区划")


def test_a_county_has_its_prefecture_and_province_as_parents() -> None:
    laiyuan = gazetteer().resolve("涞源县")
    assert laiyuan is not None and laiyuan.code == "130630" and laiyuan.level == "county"
    assert names(gazetteer().ancestors(laiyuan)) == ["保定市", "河北省"]
    assert gazetteer().resolve("涞源") == laiyuan  # the short form


def test_a_municipality_district_and_a_directly_governed_county_city_have_the_province_as_parent() -> None:
    daxing, xiantao = gazetteer().resolve("大兴区"), gazetteer().resolve("仙桃市")
    assert daxing is not None and names(gazetteer().ancestors(daxing)) == ["北京市"]
    assert xiantao is not None and names(gazetteer().ancestors(xiantao)) == ["湖北省"]


def test_is_county_knows_single_character_stems_and_not_prefectures() -> None:
    assert gazetteer().is_county("乾县") and gazetteer().is_county("托克托县")
    assert not gazetteer().is_county("咸阳市") and not gazetteer().is_county("全县")


def test_short_forms_drop_the_level_and_the_ethnic_names() -> None:
    assert gazetteer().resolve("巴音郭楞") == gazetteer().resolve("巴音郭楞蒙古自治州")
    assert gazetteer().resolve("彭水") == gazetteer().resolve("彭水苗族土家族自治县")
    assert gazetteer().resolve("内蒙古") == gazetteer().resolve("内蒙古自治区")


def test_an_ambiguous_name_resolves_only_with_a_parent_from_the_text() -> None:
    assert len(gazetteer().named("新城区")) == 2 and gazetteer().resolve("新城区") is None
    hohhot = gazetteer().named("呼和浩特市")
    xincheng = gazetteer().resolve("新城区", hohhot)
    assert xincheng is not None and names(gazetteer().ancestors(xincheng))[0] == "呼和浩特市"
    assert gazetteer().resolve("新城区", gazetteer().named("上海市")) is None
    assert gazetteer().resolve("朝阳") is None  # 朝阳市, 朝阳县, two 朝阳区


def test_mentions_take_the_longest_name_at_each_position() -> None:
    found = list(gazetteer().mentions("河北保定涞源县和陕西咸阳乾县"))
    assert [(m.surface, m.start, m.end) for m in found] == [
        ("河北", 0, 2), ("保定", 2, 4), ("涞源县", 4, 7), ("陕西", 8, 10), ("咸阳", 10, 12), ("乾县", 12, 14),
    ]  # fmt: skip


SURFACES = [
    "涞源县",
    "涞源",
    "保定市",
    "保定",
    "朝阳区",
    "朝阳",
    "新城区",
    "河北省",
    "呼和浩特市",
    "托克托县",
]
TEXT_PIECES = st.sampled_from([*SURFACES, "在", "县", "市", "区", "，", "保", "朝", "新城", "呼和", "2025年"])


@given(st.lists(TEXT_PIECES, max_size=20).map("".join))
def test_mentions_are_the_longest_names_left_to_right_at_every_position(text: str) -> None:
    """The scan tries only where a name's first two characters may stand: the same mentions as trying
    every position."""
    places = gazetteer()
    expected, position = [], 0
    while position < len(text) - 1:
        surface = places._longest_at(text, position)
        if surface is None:
            position += 1
            continue
        expected.append((surface, position))
        position += len(surface)
    assert [(mention.surface, mention.start) for mention in places._scan(text)] == expected
