"""Regions of spoken texts: towns and subdistricts, double titles, speakers named only by their level,
slogans and verb phrases that are no places (guidelines §1). Sentences written for these tests."""

from __future__ import annotations

import pytest

from summarizer.ingest.clean import clean_text
from summarizer.ingest.sections import named_places, organ_regions, split_sections


def main_region_name(raw: str) -> str | None:
    sections = [section for section in split_sections(clean_text(raw).text) if section.region is not None]
    return sections[0].region.name if sections and sections[0].region else None


# ---------------------------------------------------------------- towns and subdistricts


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("记者专访了青山镇党委书记王海。王海说，今年全镇力争新建蔬菜大棚300个。", "青山镇"),
        ("记者专访了东明县石桥镇党委书记刘平。刘平说，今年全镇将流转土地2万亩。", "石桥镇"),
        ("本报专访了南湖街道党工委书记张红。张红说，今年街道将引进企业20家。", "南湖街道"),
        ("围绕全县部署，我们专访了大河乡党委书记陈立。陈立表示，今年全乡将新修道路10公里。", "大河乡"),
    ],
)
def test_a_town_or_subdistrict_official_speaks_for_the_town(text: str, region: str) -> None:
    assert main_region_name(text) == region


def test_a_title_line_naming_a_town_secretary_after_an_interview_label() -> None:
    text = (
        "乡镇书记访谈：专访通城县白沙镇党委书记李军\n"
        "2025年，白沙镇将立足县里的部署，推动产业发展。力争全镇新增规模以上企业3家。"
    )
    assert main_region_name(text) == "白沙镇"


def test_a_space_between_title_and_name_still_names_the_official() -> None:
    text = "通城县白沙镇党委书记 李军：今年我镇将完善5个集镇污水管网。全县上下要加油。"
    assert main_region_name(text) == "白沙镇"


# ---------------------------------------------------------------- double titles


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "阿拉善盟政协副主席、额济纳旗委书记张三在接受采访时说，今年全旗力争地区生产总值增长6%。",
            "额济纳旗",
        ),
        ("邯郸市委常委、丛台区委书记李四在接受采访时表示，今年全区将新开工项目30个。", "丛台区"),
        ("县委常委、石桥镇党委书记刘平在接受采访时表示，今年全镇将流转土地2万亩。", "石桥镇"),
    ],
)
def test_in_a_double_title_the_unit_the_official_leads_wins(text: str, region: str) -> None:
    assert main_region_name(text) == region


# ---------------------------------------------------------------- speakers named only by level


def test_a_county_named_only_in_a_slogan_is_the_county_secretarys_region() -> None:
    text = (
        "奋力谱写新祁阳高质量发展篇章。县委书记王五接受记者采访时表示，今年全县将新建学校5所，"
        "县委、县政府将全力推进。"
    )
    assert main_region_name(text) == "祁阳县"


def test_a_district_named_once_beside_its_city_is_the_district_secretarys_region() -> None:
    text = (
        "我区地处北京市东北部。区委书记赵六表示，今年我区将新增就业岗位1万个，顺义作为北京市的重点新城，"
        "全区上下要加油。北京市提出，我区要继续努力。"
    )
    assert main_region_name(text) == "顺义区"


# ---------------------------------------------------------------- no places


def test_a_verb_phrase_before_a_government_organ_is_no_region() -> None:
    assert organ_regions("县长王明代表县政府作报告，并代表市政府表示祝贺。") == ()


def test_a_slogan_with_a_level_word_is_no_place() -> None:
    assert named_places("全县要奋力建设工业强市，工业强市建设要加快，农业大县也要做强，建设农业大县。") == []


def test_a_county_head_title_does_not_double_the_level() -> None:
    text = "竹溪县县长李华在接受采访时表示，今年全县力争新开工项目30个。竹溪县县长李华还说，要抓好民生。"
    assert main_region_name(text) == "竹溪县"


def test_a_county_head_title_is_no_doubled_place_name() -> None:
    assert named_places("竹溪县县长张明主持会议。会上，竹溪县县长张明说，今年要抓项目。") == ["竹溪县"]


def test_a_district_report_naming_its_city_and_itself_once_is_the_districts() -> None:
    text = (
        "今年以来，我区紧紧围绕北京市部署，全区新增企业500家。顺义作为首都的重点新城，我区将继续努力，"
        "全区上下要加油。北京市要求我区做好工作。"
    )
    assert main_region_name(text) == "顺义区"


def test_an_autonomous_regions_report_stays_with_the_autonomous_region() -> None:
    text = (
        "今年全区地区生产总值增长6%。内蒙古自治区将加快发展，全区上下共同努力，"
        "内蒙古自治区要抓好托克托县的项目。"
    )
    assert main_region_name(text) == "内蒙古自治区"
