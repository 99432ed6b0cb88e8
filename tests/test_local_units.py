"""Regions below the county in local news (guidelines §1): towns, townships, subdistricts, communities and
villages are the lowest unit named, though the gazetteer stops at counties."""

from __future__ import annotations

import pytest

from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.load import text_document
from summarizer.ingest.prepare import prepare_article
from summarizer.ingest.sections import split_sections


def region_of(text: str) -> str | None:
    regions = [section.region.name for section in split_sections(text) if section.region]
    return regions[0] if regions else None


def priority_regions(text: str) -> set[str]:
    extraction = extract_article(prepare_article(text_document(text)))
    return {priority.region for priority in extraction.priorities}


TOWN_AFTER_COUNTY = (
    "近日，长丰县杏湖镇开展以“未成年人保护”为专题的法治宣传院坝会，向村民解读相关法律知识。"
    "杏湖镇司法所工作人员逐一讲解。村民李某说，这次宣传很直观。"
    "杏湖镇党委副书记、政法委员张某表示，杏湖镇将继续推动普法工作在乡村走深走实，营造人人守法的法治乡村氛围。\n"
)
SUBDISTRICT_ON_ITS_OWN = (
    "原标题：南京江宁：助力两新党建。8月7日上午，某公司向南京市江宁区青松街环卫所的环卫工人送去慰问。"
    "今年来，青松街道开展两新党建专项行动，协调推动惠企政策落实。"
    "据悉，青松街道推动品牌党建落实落细，整合辖区各方资源。"
    "下一步，青松街道将进一步强化“大工委”统筹协调功能，深化拓展两新党建行动。\n"
)
COMMUNITY_AFTER_SUBDISTRICT = (
    "原标题：南京江宁：绘扇传清风。8月7日，江苏省南京市江宁区青松街道柳岸社区党总支组织辖区未成年人开展"
    "文明实践活动。社工老师讲解团扇的历史，孩子们绘制团扇。居民纷纷表示希望多举办此类活动。"
    "下一步，社区党总支将坚持“党建+文化惠民”为抓手，整合资源，开展特色化、多样化的活动。\n"
)


def test_a_town_written_after_its_county_and_named_again_is_the_region() -> None:
    assert region_of(TOWN_AFTER_COUNTY) == "杏湖镇"
    assert priority_regions(TOWN_AFTER_COUNTY) == {"杏湖镇"}


def test_a_subdistrict_the_text_names_on_its_own_clause_after_clause_is_the_region() -> None:
    assert region_of(SUBDISTRICT_ON_ITS_OWN) == "青松街道"
    assert priority_regions(SUBDISTRICT_ON_ITS_OWN) == {"青松街道"}


def test_a_community_written_after_its_subdistrict_leaves_the_subdistrict_the_region() -> None:
    # a community is no unit of government: the subdistrict it belongs to is the lowest unit
    assert region_of(COMMUNITY_AFTER_SUBDISTRICT) == "青松街道"
    assert priority_regions(COMMUNITY_AFTER_SUBDISTRICT) == {"青松街道"}


def test_a_village_named_once_beside_its_county_leaves_the_county() -> None:
    text = (
        "不久前，安徽省长丰县杏湖镇柳塘村村民张某与邻居产生土地纠纷，来到“法律之家”咨询。"
        "近年来，长丰县司法局整合资源，打造“法律之家”。长丰县将进一步健全完善工作机制，改进服务质量。\n"
    )
    assert region_of(text) == "长丰县"


def test_a_place_spanning_two_towns_leaves_the_county() -> None:
    text = (
        "经查，群众反映的化工园区位于长丰县杏湖镇、柳塘镇。长丰县生态环境分局高度重视，立即开展调查。"
        "长丰县生态环境分局下达了整改通知。本单位将联合属地杏湖镇人民政府持续加强监管。\n"
    )
    assert region_of(text) == "长丰县"


def test_words_that_end_like_a_town_are_no_town() -> None:
    text = (
        "长丰县举办活动。美丽乡村一日游、美丽乡村露营节相继开展。游客走进川口古镇，"
        "川口古镇夜游火热。川口古镇人气旺。长丰县将继续办好活动。\n"
    )
    assert region_of(text) == "长丰县"


def test_a_district_sharing_its_citys_last_character_is_the_lowest_unit() -> None:
    from summarizer.ingest.places import place_chains

    assert [chain.name for chain in place_chains("四川省乐山市中区今年将新建学校6所。")] == ["市中区"]
    text = "乐山市中区今年将新建学校6所。乐山市中区将加快推进城市更新，计划新增就业2000人。\n"
    assert region_of(text) == "市中区"
    # 中心 is no district: the city stays
    assert region_of("乐山市中心城区今年将新建学校6所。乐山市将加快推进城市更新。\n") == "乐山市"


def test_a_zone_named_after_its_city_does_not_take_the_citys_short_name() -> None:
    from summarizer.ingest.sections import find_region_mentions, region_aliases

    text = (
        "湘潭高新区管委会主任李某表示，湘潭高新区今年将新引进项目40个。高新区将加快发展。"
        "湘潭今年计划新增就业5000人。\n"
    )
    sections = [section.region for section in split_sections(text) if section.region]
    assert [(region.name, region.aliases) for region in sections] == [("湘潭高新区", ["高新区"])]
    assert {name for name, _, _ in find_region_mentions(text)} == {"湘潭高新区"}
    # a zone not named after a place keeps its bare name
    other = "某滩生态移民示范区今年将新建学校5所。某滩生态移民将加快建设。\n"
    assert "某滩生态移民" in region_aliases("某滩生态移民示范区", None, other)


PHOTO_ITEM = (
    "2023-08-04 19:52，正文：肥西县三河镇出现云海景观。张某 摄 近年来，长丰县大力实施农村生态修复工程。"
    "长丰县今年计划新建污水处理站10座。 肥西县三河镇出现云海景观。张某 摄 肥西县三河镇出现云海景观。张某 摄"
    " 肥西县三河镇出现云海景观。张某 摄\n"
)


def test_photo_captions_naming_another_place_do_not_move_the_item() -> None:
    assert region_of(PHOTO_ITEM) == "长丰县"
    # a photo item that names no place outside its captions keeps the captions' place
    only_captions = (
        "2023-08-04 19:52，正文：肥西县三河镇出现云海景观。张某 摄 肥西县三河镇出现云海景观。张某 摄\n"
    )
    assert region_of(only_captions) == "三河镇"


def test_a_camera_or_a_shooting_is_no_photo_credit() -> None:
    from summarizer.ingest.sections import caption_spans

    assert caption_spans("部门安装摄像头。长丰县将新增摄像头100个，拍摄宣传片2部。") == []
    assert caption_spans("图为某公园夜景（张某摄）。") == [(0, 12)]


def test_a_town_named_without_any_county_is_the_region_of_its_targets_and_priorities() -> None:
    text = (
        "近日，石门镇召开会议。石门镇今年计划新建道路5公里，力争新增就业200人。石门镇将加快推进产业发展。\n"
    )
    extraction = extract_article(prepare_article(text_document(text)))
    assert {target.raw: target.region for target in extraction.targets} == {
        "5公里": "石门镇",
        "200人": "石门镇",
    }
    assert {priority.region for priority in extraction.priorities} == {"石门镇"}


def test_a_subdistricts_numbered_measures_get_the_subdistrict() -> None:
    text = (
        "今年以来，云岭街道聚焦项目建设。云岭街道今年将重点抓好三项工作：一是全力抓项目建设，新建厂房10万平方米；"
        "二是全力抓民生保障，新增就业500人；三是全力抓基层治理。\n"
    )
    extraction = extract_article(prepare_article(text_document(text)))
    assert {priority.region for priority in extraction.priorities} == {"云岭街道"}
    quotes = [priority.quote for priority in extraction.priorities]
    for ordinal in ("一是", "二是", "三是"):  # (the lead's "聚焦项目建设" may head the item too)
        assert sum(quote.startswith(ordinal) for quote in quotes) == 1, quotes
    assert {target.region for target in extraction.targets} == {"云岭街道"}


def test_a_word_ending_like_a_town_in_a_text_naming_no_place_is_no_region() -> None:
    assert region_of("美丽乡村一日游开展。美丽乡村露营节开展。川口古镇人气旺。川口古镇夜游火热。\n") is None


@pytest.mark.parametrize(
    ("title", "position"),
    [("党委副书记、政法委员", "党委副书记、政法委员"), ("党委书记、人大主席", "党委书记、人大主席")],
)
def test_a_town_official_with_a_second_post_speaks_for_the_town(title: str, position: str) -> None:
    text = (
        f"近日，长丰县杏湖镇开展法治宣传。杏湖镇{title}张某表示，杏湖镇将继续推动普法工作在乡村走深走实。\n"
    )
    [region] = [section.region for section in split_sections(text) if section.region]
    assert (region.name, region.official, region.position) == ("杏湖镇", "张某", position)


def test_a_members_title_alone_is_no_official() -> None:
    from summarizer.ingest.sections import officials_in

    assert officials_in("市政协委员王某表示，要推动普法工作。") == ()
