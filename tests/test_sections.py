"""Sections: both seeds in full, the dev articles' main region and plan year, mentions and plan-year rules."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from summarizer.ingest.clean import clean_text, leading_date
from summarizer.ingest.plan_year import detect_plan_year
from summarizer.ingest.sections import (
    Section,
    find_region_mentions,
    named_places,
    split_sections,
    voiced_parent,
)
from tests.conftest import ALL_TEXTS, ARTICLES, GOLD_DIR, SEED_000, SEED_004, article, cleaned


def section_text(text: str, section: Section) -> str:
    return text[section.start : section.end]


def gold_regions(path: Path) -> list[dict[str, Any]]:
    gold_path = GOLD_DIR / f"{path.stem}.json"
    if not gold_path.exists():
        return []
    regions: list[dict[str, Any]] = json.loads(gold_path.read_text(encoding="utf-8"))["regions"]
    return regions


# ---------------------------------------------------------------- invariants


@pytest.mark.parametrize("path", ALL_TEXTS, ids=lambda path: path.stem[:12])
def test_sections_are_contiguous_ordered_and_cover_the_text(path: Path) -> None:
    text = cleaned(path)
    sections = split_sections(text)
    assert sections[0].start == 0 and sections[-1].end == len(text)
    for before, after in itertools.pairwise(sections):
        assert before.end == after.start and before.start < before.end


def test_empty_text_has_no_sections() -> None:
    assert split_sections("") == [] and split_sections(" \n\n ") == []


# ---------------------------------------------------------------- seed 000

SEED_000_SECTIONS = [
    ("托克托县", "高正", "县委副书记、县长", "——访托克托县委副书记、县长高正"),
    ("清水河县", "陈胡日查", "县委副书记、县长", "——访清水河县委副书记、县长陈胡日查"),
    ("土默特左旗", "赵利民", "旗委副书记、旗长", "——访土左旗委副书记、旗长赵利民"),
    ("和林格尔县", "高峰", "县委副书记、县长", "——访和林格尔县委副书记、县长高峰"),
    ("武川县", "杨星晨", "县委书记", "——访武川县委书记杨星晨"),
]


def test_seed_000_has_a_preface_and_five_regional_sections() -> None:
    text = cleaned(SEED_000)
    preface, *regional = split_sections(text)
    assert preface.region is None and preface.heading is None
    assert section_text(text, preface).startswith(
        "实干担当正当时 凝心聚力再出发\n\n——贯彻落实全市两会精神访谈\n\n前言:"
    )
    assert [
        (s.region.name, s.region.official, s.region.position) for s in regional if s.region is not None
    ] == [(name, official, position) for name, official, position, _ in SEED_000_SECTIONS]
    for section, (_, _, _, headline) in zip(regional, SEED_000_SECTIONS, strict=True):
        assert section.heading is not None and section.heading.endswith(headline)


def test_seed_000_regions_match_the_gold_file() -> None:
    sections = split_sections(cleaned(SEED_000))
    found = {s.region.name: s.region for s in sections if s.region is not None}
    for gold in gold_regions(SEED_000):
        if gold["official"] is None:
            continue  # 呼和浩特市: the level the interviews refer to, not a section of its own
        region = found[str(gold["name"])]
        assert (region.official, region.position) == (gold["official"], gold["position"])
        assert set(region.aliases) >= set(gold["aliases"])


def test_seed_000_sections_start_at_their_headline_titles() -> None:
    text = cleaned(SEED_000)
    titles = [
        "锚定“千亿级园区”建设目标 开创高质量发展新局面 ——访托克托县",
        "强化担当 主动作为 推动清水河县高质量发展不断取得新突破 ——访清水河县",
        "精准有力抓推进 不折不扣抓落实 在首府加快建设现代化区域中心城市中贡献力量\n\n——访土左旗",
        "主动作为 真抓实干 推动各项工作走在前作表率\n\n——访和林格尔县",
        "持续做好“保护”发展“富裕”文章 推动全县经济高质量发展\n\n——访武川县",
    ]
    for section, title in zip(split_sections(text)[1:], titles, strict=True):
        assert section_text(text, section).startswith(title)


@pytest.mark.parametrize(
    ("index", "own", "next_leader"),
    [
        (1, ["高正说", "全年实施重大项目90个以上", "兜牢民生底线"], "陈胡日查"),
        (2, ["陈胡日查介绍", "焦化产能提升到720万吨", "探索生态增收新模式"], "赵利民"),
        (3, ["赵利民表示", "2024年将推进实施36个产业项目", "贡献土左旗力量"], "高峰"),
        (4, ["高峰说", "新能源总装机达到260万千瓦", "投产达效"], "杨星晨"),
        (5, ["杨星晨在接受记者采访时说", "持续做好“富裕”文章", "不断改善城镇面貌"], None),
    ],
)
def test_seed_000_each_section_holds_its_leader_and_not_the_next(
    index: int, own: list[str], next_leader: str | None
) -> None:
    text = cleaned(SEED_000)
    body = section_text(text, split_sections(text)[index])
    assert all(statement in body for statement in own)
    if next_leader is not None:
        assert next_leader not in body


def test_seed_000_aliases() -> None:
    regions = {s.region.name: s.region for s in split_sections(cleaned(SEED_000)) if s.region is not None}
    assert "土左旗" in regions["土默特左旗"].aliases
    assert "托县" in regions["托克托县"].aliases
    assert "和林县" in regions["和林格尔县"].aliases
    assert "全县" in regions["武川县"].aliases


# ---------------------------------------------------------------- seed 004


def test_seed_004_is_one_section_for_the_demonstration_zone() -> None:
    text = cleaned(SEED_004)
    (section,) = split_sections(text)
    assert section.region is not None
    assert section.region.name == "孪井滩生态移民示范区"
    assert (section.region.official, section.region.position) == ("张修瑜", "示范区党工委书记、管委会主任")
    assert set(section.region.aliases) >= {"示范区", "孪井滩"}
    assert section.heading == "推动五大任务见行见效丨张修瑜:精准定位科学谋划 绘就多元化发展蓝图"
    assert (section.start, section.end) == (0, len(text))


# ---------------------------------------------------------------- dev articles

DEV_MAIN_REGIONS = [
    ("01", "内蒙古自治区", None, None, {"全区", "自治区", "我区", "内蒙古"}),
    ("02", "内蒙古自治区", None, None, {"全区", "我区", "内蒙古"}),
    ("03", "内蒙古自治区", None, None, {"全区", "我区", "自治区", "内蒙古"}),
    ("04", "内蒙古自治区", None, None, {"全区", "我区", "自治区", "内蒙古"}),
    ("06", "宁夏回族自治区", None, None, {"宁夏", "全区", "自治区"}),
    ("09", "康平县", "朱连顺", "副县长", {"全县"}),
    ("10", "辽中区", "卜世杰", "区长", {"全区"}),
    ("13", "玉林市", "白松涛", "市长", {"玉林", "该市"}),
    ("16", "清远市", "温文星", "市委副书记、市长", {"清远"}),
    ("17", "衢州市", "高屹", "市委书记", {"衢州"}),
    ("18", "嘉定区", "陆方舟", "区委书记", {"嘉定", "全区"}),
    ("19", "清远市", None, None, {"清远"}),
]


@pytest.mark.parametrize(("prefix", "name", "official", "position", "aliases"), DEV_MAIN_REGIONS)
def test_dev_article_main_region(
    prefix: str, name: str, official: str | None, position: str | None, aliases: set[str]
) -> None:
    (section,) = split_sections(cleaned(article(prefix)))
    assert section.region is not None
    assert (section.region.name, section.region.official, section.region.position) == (
        name,
        official,
        position,
    )
    assert set(section.region.aliases) >= aliases


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda path: path.stem[:2])
def test_dev_article_main_region_is_a_gold_region(path: Path) -> None:
    """The main region is one of the article's gold regions, with the gold official."""
    golds = gold_regions(path)
    assert golds, f"every dev article has a gold file in evals/gold/: {path.name} has none"
    (section,) = split_sections(cleaned(path))
    assert section.region is not None
    gold = next(g for g in golds if g["name"] == section.region.name)
    assert section.region.official == gold["official"]


# ---------------------------------------------------------------- statements without headlines


def test_interview_statements_of_several_regions_split_the_text() -> None:
    text = "\n\n".join(
        [
            "两会精神访谈",
            "本报今日推出专版,对各地区主要负责同志进行专访。",
            "锚定千亿级园区建设目标",
            "托克托县委副书记、县长高正在接受记者采访时表示,托克托县将以项目建设为抓手。",
            "高正说,全年实施重大项目90个以上。",
            "强化担当 主动作为",
            "清水河县委副书记、县长陈胡日查在接受记者采访时说,清水河县将延伸焦化产业链。",
            "陈胡日查介绍,将焦化产能提升到720万吨。",
        ]
    )
    preface, first, second = split_sections(text)
    assert preface.region is None and section_text(text, preface).endswith("进行专访。\n\n")
    assert first.region is not None and second.region is not None
    assert (first.region.name, first.region.official) == ("托克托县", "高正")
    assert (second.region.name, second.region.official) == ("清水河县", "陈胡日查")
    assert section_text(text, first).startswith("锚定千亿级园区建设目标")
    assert section_text(text, second).startswith("强化担当 主动作为")
    assert "陈胡日查" not in section_text(text, first)


def test_one_interviewed_official_makes_one_section() -> None:
    text = (
        "近日,康平县副县长朱连顺在接受本报记者专访时表示,全县供热面积528万平方米。\n\n朱连顺说,今年还将改造。"
    )
    (section,) = split_sections(text)
    assert section.region is not None
    assert (section.region.name, section.region.official, section.region.position) == (
        "康平县",
        "朱连顺",
        "副县长",
    )


def test_a_text_naming_no_region_has_no_region() -> None:
    (section,) = split_sections("今年要重点做好以下几个方面工作。\n\n坚定不移抓投资。")
    assert section.region is None


# ---------------------------------------------------------------- region mentions


def test_find_region_mentions_maps_the_capital_and_short_forms_in_seed_000() -> None:
    text = cleaned(SEED_000)
    mentions = find_region_mentions(text)
    capital = [(start, end) for name, start, end in mentions if name == "呼和浩特市"]
    assert capital and all(text[start:end] == "首府" for start, end in capital)
    assert {text[start:end] for name, start, end in mentions if name == "土默特左旗"} == {"土左旗"}
    target = text.index("首府2024年清洁能源产业集群")
    assert ("呼和浩特市", target, target + 2) in mentions
    assert [m for m in mentions if m[1] < m[2]] == list(mentions) == sorted(mentions, key=lambda m: m[1])


def test_find_region_mentions_does_not_read_capital_outside_hohhot() -> None:
    names = {name for name, _, _ in find_region_mentions(cleaned(article("06")))}
    assert "呼和浩特市" not in names and "宁夏回族自治区" in names


def test_find_region_mentions_skips_province_names_inside_words() -> None:
    assert find_region_mentions("推进贺兰山东麓旅游环线和巴丹吉林沙漠建设") == ()
    assert find_region_mentions("考察宁夏重要讲话") == (("宁夏回族自治区", 2, 4),)


# ---------------------------------------------------------------- plan year


@pytest.mark.parametrize(
    ("path", "year"),
    [
        (SEED_000, 2024),
        (SEED_004, 2024),
        (article("01"), 2025),
        (article("03"), 2025),
        (article("04"), 2025),
        (article("06"), 2025),
        (article("09"), 2023),
        (article("10"), 2023),
        (article("13"), 2023),
        (article("16"), 2023),
        (article("18"), 2023),
        (article("19"), 2023),
    ],
    ids=lambda value: value.stem[:3] if isinstance(value, Path) else str(value),
)
def test_plan_year_of_the_seeds_and_dev_articles(path: Path, year: int) -> None:
    raw = path.read_text(encoding="utf-8")
    assert detect_plan_year(clean_text(raw).text, leading_date(raw)) == year


@pytest.mark.parametrize(
    ("prefix", "published", "year"), [("02", "2025-01-14", 2025), ("17", "2023-08-16", 2023)]
)
def test_plan_year_of_texts_without_a_year_cue_comes_from_the_date(
    prefix: str, published: str, year: int
) -> None:
    text = cleaned(article(prefix))
    assert detect_plan_year(text) is None
    assert detect_plan_year(text, published) == year


@pytest.mark.parametrize(
    ("text", "date", "year"),
    [
        ("2024年是全面贯彻党的二十大精神的关键一年。力争到2030年实现全覆盖。", None, 2024),
        ("今年是“十四五”规划收官之年,要做好全年工作。", "2025-01-14", 2025),
        ("力争到2026年实现科技型中小企业20家。2024年计划打造基地。2024年建成投产。", None, 2024),
        ("一、2024年工作回顾\n\n过去一年,我们取得了成绩。", None, 2025),
        ("二、2025年工作安排", None, 2025),
        ("2023年成功创建国家现代农业产业园。今年将实施32个重点项目。", "2024-01-20", 2024),
        ("力争到明年示范区舍饲养殖规模达9.5万头。明年建成。", "2023-11-30", 2024),
        ("在2021年，全区税收增长较快。2022年，我区将新增高新技术企业30家。", None, 2022),
        ("计划年前完成改造7万亩。", None, None),
        ("198.4亿元提升到2003.4亿元。", None, None),
    ],
)
def test_detect_plan_year_rules(text: str, date: str | None, year: int | None) -> None:
    assert detect_plan_year(text, date) == year


# ---------------------------------------------------------------- regions named with their parents


def test_a_place_named_with_its_province_is_the_lowest_unit_named() -> None:
    text = (
        "湖北日报讯 今年，荆州市计划再建26处口袋公园。荆州市园林局负责人介绍，荆州中心城区已建成116处。"
        "湖北各地正在推广荆州的做法。"
    )
    (section,) = split_sections(text)
    assert section.region is not None and section.region.name == "荆州市"


def test_a_province_report_that_calls_itself_by_its_nickname() -> None:
    text = (
        "今年发展主要预期目标是：地区生产总值增长5%左右。全省上下要为龙江全面振兴作出贡献，"
        "我省将实施1000个重点产业项目。"
    )
    (section,) = split_sections(text)
    assert section.region is not None and section.region.name == "黑龙江省"


def test_an_official_without_a_place_name_gives_no_region_called_just_shi() -> None:
    text = (
        "市委书记王某出席。市政协副主席、汝南县委书记李某某表示，汝南县将新建锂电产业园，"
        "汝南县项目总投资26亿元。"
    )
    (section,) = split_sections(text)
    assert section.region is not None and section.region.name == "汝南县"


def test_common_nouns_ending_in_shi_or_qu_are_not_places() -> None:
    text = "城市更新要建设现代化区域中心城市，推动园区、社区、景区、城区协同发展，园区和社区都要参与。"
    assert named_places(text) == []


def main_region_name(text: str) -> str | None:
    (section,) = split_sections(text)
    return None if section.region is None else section.region.name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "河北保定涞源县：打造生态旅游强县\n今年，涞源县将新建旅游公路50公里，全县接待游客500万人次。",
            "涞源县",
        ),
        ("河北保定涞源：打造生态旅游强县\n今年，涞源将新建旅游公路50公里，全县接待游客500万人次。", "涞源县"),
        ("陕西咸阳乾县召开经济工作会议\n会议提出，今年全县地区生产总值增长7%，陕西各地将学习推广。", "乾县"),
        ("沈阳市大东区：加快城市更新\n今年将改造老旧小区30个，沈阳市将给予支持。", "大东区"),
        ("内蒙古呼和浩特市托克托县发布新能源规划，全县新能源装机达到500万千瓦。", "托克托县"),
    ],
)
def test_a_place_written_after_its_parents_is_the_lowest_unit(text: str, name: str) -> None:
    assert main_region_name(text) == name


def test_the_chain_is_one_mention_of_the_lowest_unit_whose_parents_the_gazetteer_knows() -> None:
    assert [name for name, _, _ in find_region_mentions("河北保定涞源县召开会议。")] == ["涞源县"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年以来，伽师县聚焦项目建设，全县地区生产总值增长6%。", "伽师县"),
        ("今年以来，乾县聚焦项目建设，全县地区生产总值增长6%。", "乾县"),
    ],
)
def test_a_county_named_once_is_recognized_without_the_short_form_table(text: str, name: str) -> None:
    assert main_region_name(text) == name


def test_a_one_character_county_glued_to_a_word_is_not_a_place() -> None:
    assert find_region_mentions("市和县两级要压实责任，主任县长要带头。") == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "全省经济运行稳中有进。上半年，哈尔滨、齐齐哈尔、牡丹江等地加快推进项目建设，全省新增就业15万人。",
            "黑龙江省",
        ),
        ("今年我市经济平稳运行。道里区、南岗区、香坊区分别新增就业1万人，全市将新增就业10万人。", "哈尔滨市"),
    ],
)
def test_a_text_in_a_higher_voice_is_the_parent_of_the_units_it_names(text: str, name: str) -> None:
    assert main_region_name(text) == name


def test_the_higher_voice_needs_three_units_of_one_parent_and_a_text_that_never_names_itself() -> None:
    assert (
        voiced_parent("全省经济运行稳中有进。哈尔滨、齐齐哈尔加快推进项目建设，全省新增就业15万人。") is None
    )
    named = "全市经济平稳运行。新民市、辽中区、于洪区、铁西区分别新增就业1万人，全市将新增就业10万人。"
    assert voiced_parent(named) is None  # 新民市 may be the city speaking
    county = "全县经济平稳。道里区、南岗区、香坊区来我县考察，全县将新增就业1万人。"
    assert voiced_parent(county) is None


@pytest.mark.parametrize(
    "text",
    [
        "图为大兴区副区长王五在发布会上介绍情况。今年全区将新增就业岗位1万个。",
        "（图/大兴区融媒体中心）\n图大兴区政府大楼。今年全区将新增就业岗位1万个。",
        "摄影 李四\n图大兴区委书记张三在会上表示，全区将新增就业岗位1万个。",
    ],
)
def test_a_photo_credit_glued_to_a_district_never_becomes_a_region(text: str) -> None:
    assert main_region_name(text) == "大兴区"
    assert all(not name.startswith("图") for name, _, _ in find_region_mentions(text))


def test_officials_and_organs_tried_only_within_reach_of_a_title_are_those_every_run_finds() -> None:
    """`officials_in` and `organ_regions` try their patterns only at runs of Chinese that a title (or a
    level before an organ) ends within reach of: on the dev texts and on a name near the longest reach,
    they find what trying every run finds."""
    from summarizer.ingest import sections

    longest = "专访了新疆维吾尔自治区" + "某" * 12 + "示范区人民政府党组副书记王某某表示，"
    texts = [longest, "记者" + longest, *(cleaned(path) for path in ALL_TEXTS)]
    fast = [(sections.officials_in(text), sections.organ_regions(text)) for text in texts]

    def every_run(text: str) -> list[int]:
        return [match.start() for match in sections.RUN_START_RE.finditer(text)]

    every = [
        (
            sections.officials_from_runs(text, every_run(text)),
            sections.organ_regions_from_runs(text, every_run(text)),
        )
        for text in texts
    ]
    assert fast == every
    assert fast[0][0] and fast[0][0][0].name == "王某某"
