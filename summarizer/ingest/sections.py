"""Sections: split a cleaned article into per-region parts and find the regions a text names.

An article is one section per interview ("——访托克托县委副书记、县长高正" headlines, or several
"…在接受记者采访时…" statements by officials of different regions); a text without them is
one section whose region is the one it speaks for (the official quoted, or the province of a
work report, or the region it names most).

The text before the first interview (the title and a preface such as seed 000's "前言") is a
section of its own with region None: it states no region's plan, and a region there would make
the extractors read the article title and the editor's preface as that region's priorities. A
higher level the interviews refer to ("首府" → 呼和浩特市) is found with `find_region_mentions`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from summarizer.ingest.clean import is_heading
from summarizer.ingest.gazetteer import Mention, Place, gazetteer
from summarizer.ingest.places import lowest_place_in, parent_of_units, place_chains
from summarizer.ingest.regions import (
    ADMINISTERED_ZONES,
    CAPITAL_ALIAS,
    CAPITAL_DISTRICTS,
    FREE_TRADE_AREAS,
    FREE_TRADE_ZONES,
    PARKS,
    PROVINCES,
    REGION_SUFFIXES,
    SELF_REFERENCES,
    SHORT_FORMS,
    TOWN_ORGANS,
    TOWN_SUFFIXES,
    ZONE_ADMINISTRATION,
    ZONE_SHORT_FORMS,
    ZONES,
)
from summarizer.ingest.section_model import Section
from summarizer.memo import per_article
from summarizer.schema import Region
from summarizer.text import LazyPattern

CJK = "\u3400-\u4dbf\u4e00-\u9fff"

# ---------------------------------------------------------------- tables

LEVEL_ORGS = {
    "县委": "县",
    "市委": "市",
    "旗委": "旗",
    "区委": "区",
    "盟委": "盟",
    "州委": "州",
    "省委": "省",
}
ORGS = (*LEVEL_ORGS, "党工委", "党委", "管委会", "工委", "人大常委会", "政协", "人民政府", "政府", "办事处")
TITLES = (
    "党工委委员",  # a subdistrict's leader ("某某街道党工委委员、办事处副主任")
    "党委委员",
    "政法委员",  # a town's second post ("某某镇党委副书记、政法委员")
    "人大主席",  # a town Party secretary's second post ("某某镇党委书记、人大主席")
    "党组副书记",
    "党组书记",
    "副书记",
    "书记",
    "常委",
    *(f"{prefix}{level}长" for level in "县市区旗盟州省镇乡" for prefix in ("常务副", "副", "代", "")),
    "副主席",
    "主席",
    "副主任",
    "主任",
    "秘书长",
)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation that tries longer words first (then in code-point order, so that the pattern is
    the same in every process, whatever the order of a set)."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word)))


FIRST_UNIT = rf"(?:(?:{alternation(ZONES)})?(?:{alternation(ORGS)}))?(?:{alternation(TITLES)})"
LATER_UNIT = rf"(?:[{CJK}]{{0,16}}?(?:{alternation(ORGS)}))?(?:{alternation(TITLES)})"
POSITION = rf"{FIRST_UNIT}(?:、{LATER_UNIT})*"
PROVINCE_NAMES = tuple(name for full, short in PROVINCES.items() for name in (full, *short))
PROVINCE_PREFIX = rf"(?P<province>{alternation(PROVINCE_NAMES)})?"
LEAD_INS = (
    "记者专访了",
    "专访了",
    "采访了",
    "访",
    "据",
    "近日",
    "日前",
    "会上",
    "当日",
    "今天",
    "昨天",
    "昨日",
)
NOT_A_NAME_START = "的了在是和与及对把将被从向为以于等"
"""A function word after a title starts a phrase, not a name: "在区委书记的领导下"."""
OFFICIAL_STEM_MAX = 12
OFFICIAL = (
    rf"(?:{alternation(LEAD_INS)})?{PROVINCE_PREFIX}"
    rf"(?P<stem>[{CJK}]{{0,{OFFICIAL_STEM_MAX}}}?)(?P<position>{POSITION})[ \u3000]?"
    rf"(?P<name>(?![{NOT_A_NAME_START}])[{CJK}·]{{2,4}}?)"
)
SPEECH = (
    r"在接受|接受|表示|介绍|说|指出|称|强调|谈到|坦言|透露|告诉|认为|提出|要求|主持|致辞|讲话|发言"
    r"|赴|深入|前往|来到|调研|视察|察看|考察|带队|率队"
    r"|在|\d{1,2}日|当日|[,。:;!?“]"
)
OFFICIAL_IN_TEXT_RE = LazyPattern(rf"{OFFICIAL}(?={SPEECH})")
TITLE_END_RE = LazyPattern(f"[{''.join(sorted({title[-1] for title in TITLES}))}]")
"""The last character of a title (书记, 县长, 主任 …): an official's first title ends in one."""
OFFICIAL_TITLE_REACH = (
    sum(max(map(len, words)) for words in (LEAD_INS, PROVINCE_NAMES, ZONES, ORGS, TITLES)) + OFFICIAL_STEM_MAX
)
"""How far after its start an official's first title ends at the latest: each optional part at its longest."""
OFFICIAL_WHOLE_RE = LazyPattern(OFFICIAL)
HEADLINE_RE = LazyPattern(r"(?:^|——|\s|[:：])专?访(?P<who>[^\s,。]+)$")
INTERVIEW_AFTER_RE = LazyPattern(r"\s*在?接受[^。,]{0,8}(?:采访|专访)")
INTERVIEW_BEFORE = ("专访了", "采访了")
RUN_START_RE = LazyPattern(rf"(?:^|(?<=[^{CJK}]))[{CJK}]", re.MULTILINE)
CJK_RUN_RE = LazyPattern(f"[{CJK}]+")
CJK_CHAR_RE = LazyPattern(f"[{CJK}]")
ORGAN_STEM_STOP_CHARS = frozenset(
    "的了到在是和与及并对把将被从向为以于落实认真贯彻统一紧扣深入按照要求等各全我该本自治第"
)
"""Characters that mark a verb phrase, not a place name, before "市委", "区政府" …"""
ORGAN_STEM_MAX = 4
ORGAN_LEVELS = "市县区旗盟州"
ORGAN_CONTEXT_RE = LazyPattern(
    rf"(?:{alternation(LEAD_INS)})?{PROVINCE_PREFIX}(?P<stem>[{CJK}]{{2,{ORGAN_STEM_MAX}}}?)"
    rf"(?P<suffix>{'|'.join(ORGAN_LEVELS)})"
    rf"(?=委|人民政府|政府|人大|政协|党委|[副代]?[市县区旗盟州]长|[{CJK}]{{1,4}}局)"
)
ORGAN_LEVEL_RE = LazyPattern(f"[{ORGAN_LEVELS}]")
ORGAN_LEVEL_REACH = max(map(len, LEAD_INS)) + max(map(len, PROVINCE_NAMES)) + ORGAN_STEM_MAX + 1
"""How far after its start the level of a region before an organ ends at the latest."""
PROVINCE_SHORT_LEAD_CHARS = frozenset("在到至赴与和及、察对是为入出往来经的全首从向省")
"""A two-character province name ("山东", "吉林") counts after these, not inside a word (贺兰山东麓)."""


# ---------------------------------------------------------------- models


@dataclass(frozen=True)
class Official:
    """An official named in the text: where, which region (as written), title and name."""

    start: int
    end: int
    region: str | None
    surface: str | None
    position: str
    name: str
    interview: bool


# ---------------------------------------------------------------- parsing officials


def full_region_name(surface: str) -> str:
    return SHORT_FORMS.get(surface, surface)


def province_full_name(written: str) -> str:
    for full, shorts in PROVINCES.items():
        if written == full or written in shorts:
            return full
    return written


def region_of(province: str | None, stem: str, position: str) -> tuple[str | None, str]:
    """(region as written, position) from the parts of "托克托" + "县委副书记、县长". In a double title the
    unit the official leads, named last, wins over a concurrent higher post ("阿拉善盟政协副主席、额济纳旗委
    书记" → 额济纳旗, "县委常委、石桥镇党委书记" → 石桥镇)."""
    led = _led_unit(position)
    if led is not None:
        return led, position
    return _unit_region(province, stem, position), position


LATER_UNIT_RE = LazyPattern(rf"、(?P<stem>[{CJK}]{{2,10}}?)(?P<position>{FIRST_UNIT})(?=、|$)")


def _led_unit(position: str) -> str | None:
    """The last unit of a double title that names its own place ("、额济纳旗委书记" → 额济纳旗)."""
    found = [
        _unit_region(None, m.group("stem"), m.group("position")) for m in LATER_UNIT_RE.finditer(position)
    ]
    return next((region for region in reversed(found) if region is not None), None)


def _unit_region(province: str | None, stem: str, position: str) -> str | None:
    """The region of one unit of a title: "托克托" + "县委副书记", "东明县石桥镇" + "党委书记"."""
    town = _town_of(stem) if position.startswith(TOWN_ORGANS) or _heads_a_town(position) else None
    if town is not None:
        return town
    level = next((suffix for org, suffix in LEVEL_ORGS.items() if position.startswith(org)), None)
    if stem and level is not None:
        return _with_level(stem, level)
    if stem.endswith(REGION_SUFFIXES) and bare_name(stem) is not None and not stem.endswith(TOWN_SUFFIXES):
        return stem
    if position.startswith(ZONES):
        zone = next(zone for zone in ZONES if position.startswith(zone))
        if not stem:
            return zone
        if _could_name_a_zone(stem) and not stem.endswith(REGION_SUFFIXES):
            return stem + zone  # "黄石经济技术" + "开发区管委会主任": the zone the official heads
    if not stem and province:
        return province_full_name(province)
    return None


TOWN_HEAD_TITLES = tuple(f"{prefix}{level}长" for level in "镇乡" for prefix in ("常务副", "副", "代", ""))


def _heads_a_town(position: str) -> bool:
    return position.startswith(TOWN_HEAD_TITLES) or position.startswith("主任")


def _town_of(stem: str) -> str | None:
    """A town or subdistrict written after its county ("东明县石桥镇" → 石桥镇), or alone ("南湖街道")."""
    if not stem.endswith(TOWN_SUFFIXES):
        return None
    parents = [
        mention
        for mention in gazetteer().mentions(stem)
        if mention.end < len(stem) and any(place.name == mention.surface for place in mention.places)
    ]
    town = stem[parents[-1].end :] if parents else stem
    cut = max((town.rfind(char) for char in TOWN_LEAD_STOP_CHARS), default=-1)
    town = town[cut + 1 :]
    name_length = len(town) - len(next(suffix for suffix in TOWN_SUFFIXES if town.endswith(suffix)))
    return town if TOWN_NAME_CHARS[0] <= name_length <= TOWN_NAME_CHARS[1] else None


TOWN_LEAD_STOP_CHARS = ORGAN_STEM_STOP_CHARS | frozenset("访")
"""A town's name starts after these ("本报专访了南湖街道" → 南湖街道)."""
TOWN_NAME_CHARS = (2, 4)
"""How long a town's or subdistrict's name is without its suffix (青山, 廿三里)."""


def official_from_match(match: re.Match[str], text: str) -> Official:
    surface, position = region_of(match.group("province"), match.group("stem"), match.group("position"))
    if surface is not None and "的" in surface:
        surface = surface.rsplit("的", 1)[1] or None  # "挂帅该项目的株洲高新区党工委委员": 株洲高新区
    surface = None if surface is None else lowest_place_in(surface) or surface
    before = text[max(0, match.start() - 4) : match.start() + 5]
    interview = bool(INTERVIEW_AFTER_RE.match(text, match.end())) or any(
        marker in before for marker in INTERVIEW_BEFORE
    )
    return Official(
        start=match.start(),
        end=match.end(),
        region=None if surface is None else full_region_name(surface),
        surface=surface,
        position=position,
        name=match.group("name"),
        interview=interview,
    )


@per_article(maxsize=256)
def officials_in(text: str) -> tuple[Official, ...]:
    """Officials quoted in running text ("康平县副县长朱连顺在接受本报记者专访时表示"), in order. (Kept for
    the article: finding the region of its sections asks it of the same texts again and again.)"""
    return officials_from_runs(text, runs_reaching(text, TITLE_END_RE, OFFICIAL_TITLE_REACH))


def officials_from_runs(text: str, starts: Iterable[int]) -> tuple[Official, ...]:
    """The officials quoted in running text whose mention opens at one of `starts` (in order)."""
    found: list[Official] = []
    for start in starts:
        if found and start < found[-1].end:
            continue
        match = OFFICIAL_IN_TEXT_RE.match(text, start)
        if match is not None:
            found.append(official_from_match(match, text))
    return tuple(found)


def runs_reaching(text: str, marks: LazyPattern, reach: int) -> Iterator[int]:
    """The starts of runs of Chinese (`RUN_START_RE`) with a mark within `reach` characters from the
    start on: where a pattern that needs such a mark that close can match; the others are not tried."""
    for low, high in _windows_before(marks, text, reach):
        for run in RUN_START_RE.finditer(text, low, high):  # its look-behind sees the text before `low`
            yield run.start()


def _windows_before(marks: LazyPattern, text: str, reach: int) -> list[tuple[int, int]]:
    """The offsets a mark lies within `reach` characters from, as disjoint windows [low, high) in order."""
    windows: list[tuple[int, int]] = []
    for mark in marks.finditer(text):
        low, high = max(0, mark.start() - reach + 1), mark.start() + 1
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


def headline_official(paragraph: str, offset: int) -> Official | None:
    """The official of an interview headline ("——访托克托县委副书记、县长高正"), else None."""
    headline = HEADLINE_RE.search(paragraph) if is_heading(paragraph) else None
    if headline is None:
        return None
    who = headline.group("who")
    match = OFFICIAL_WHOLE_RE.fullmatch(who)
    if match is None:
        return None
    start = offset + headline.start("who")
    return replace(official_from_match(match, who), start=start, end=start + len(who), interview=True)


# ---------------------------------------------------------------- region names in a text


def _with_level(stem: str, level: str) -> str:
    """ "托克托" + 县委 → 托克托县; a stem that already ends with its level keeps it ("蠡县" + 县委 → 蠡县,
    "浦东新区" + 区委 → 浦东新区)."""
    if stem.endswith(level) and not gazetteer().named(stem + level):
        return stem
    return stem + level


def _starts_of(word: str, text: str) -> Iterator[int]:
    """Where a word starts in a text, overlapping occurrences included."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def resolve_zone(zone: str, text: str) -> str:
    """The full name of the zone a text calls "示范区": the longest "…示范区" it repeats."""
    candidates = Counter(
        text[at - length : at + len(zone)]
        for at in _starts_of(zone, text)
        for length in range(2, min(8, at) + 1)
        if all("\u4e00" <= character <= "\u9fff" for character in text[at - length : at])
        and "的" not in text[at - length : at + len(zone)]
    )
    repeated = [name for name, count in candidates.items() if count >= 2]
    if repeated:
        return max(repeated, key=len)
    after_break = re.search(rf"(?:^|(?<=[^{CJK}]))([{CJK}]{{2,8}}{re.escape(zone)})", text, re.MULTILINE)
    return after_break.group(1) if after_break else zone


ZONE_NAME_MAX_STEM = 12
_ZONE_SUFFIX_RE = LazyPattern(alternation((*ZONES, *PARKS)))
_FREE_TRADE_ZONE_SUFFIX_RE = LazyPattern(alternation((*ZONES, *PARKS, *FREE_TRADE_AREAS)))


def named_zones(text: str) -> list[Region]:
    """Development zones, new areas, parks and the areas of a free-trade zone with an administration of their
    own that the text names in full at least twice ("福州新区", "广清纺织服装产业有序转移园", "临港新片区"):
    regions of their own (guidelines §1),
    each with the words the text refers back to it by (新区; 该园, 园区). [] when the text shows no zone
    administration (管委会, 党工委, 国家级新区 …)."""
    if not any(word in text for word in ZONE_ADMINISTRATION):
        return [Region(name=name, aliases=_zone_aliases(name)) for name in place_named_zones(text)]
    counts: Counter[str] = Counter()
    free_trade = any(word in text for word in FREE_TRADE_ZONES)
    for match in (_FREE_TRADE_ZONE_SUFFIX_RE if free_trade else _ZONE_SUFFIX_RE).finditer(text):
        for length in range(2, ZONE_NAME_MAX_STEM + 1):
            stem = text[max(0, match.start() - length) : match.start()]
            if len(stem) == length and CJK_RUN_RE.fullmatch(stem) and _could_name_a_zone(stem):
                counts[stem + match.group(0)] += 1
    repeated = sorted((name for name, count in counts.items() if count >= 2), key=len, reverse=True)
    found: list[str] = []
    for name in [*repeated, *place_named_zones(text)]:
        if not any(name in other or other.endswith(name) for other in found):
            found.append(name)
    return [Region(name=name, aliases=_zone_aliases(name)) for name in found]


_ADMINISTERED_ZONE_RE = LazyPattern(alternation(ADMINISTERED_ZONES))
ZONE_PLACE_LOOK_BACK = 6
"""How many characters before a zone word its place name may take ("张家界" + 高新区)."""


def place_named_zones(text: str) -> list[str]:
    """Zones named after a gazetteer place ("张家界高新区", "滨州开发区"), or after a name ending in 区 that
    the gazetteer does not know and the text writes only before the zone word ("东海湾区高新技术产业开发区":
    no district 东海湾区), most named first."""
    counts: Counter[str] = Counter()
    unknown = [
        name
        for name in named_places(text)
        if name.endswith("区") and not _known_place(name) and _only_before_zones(text, name)
    ]
    for match in _ADMINISTERED_ZONE_RE.finditer(text):
        head = text[max(0, match.start() - ZONE_PLACE_LOOK_BACK) : match.start()]
        places = [mention.surface for mention in gazetteer().mentions(head) if mention.end == len(head)]
        named = places or [name for name in unknown if head.endswith(name)]
        if named:
            counts[named[-1] + match.group(0)] += 1
    return [name for name, _ in counts.most_common()]


def _only_before_zones(text: str, name: str) -> bool:
    """Whether every time the text writes `name` a zone word follows it."""
    return all(_ADMINISTERED_ZONE_RE.match(text, match.end()) for match in re.finditer(re.escape(name), text))


def main_zone(text: str) -> Region | None:
    """The zone a text that names no place otherwise speaks for: of the zone words it uses most (高新区 …),
    the one named after a place ("张家界高新区")."""
    words = Counter(match.group(0) for match in _ADMINISTERED_ZONE_RE.finditer(text))
    if not words:
        return None
    word = words.most_common(1)[0][0]
    name = next((name for name in place_named_zones(text) if _zone_called(name, word)), None)
    return None if name is None else Region(name=name, aliases=_zone_aliases(name))


_BARE_ZONE_RE = LazyPattern(rf"(?<![{CJK}])(?:{alternation(ZONES)})(?=[{CJK}])")
_NAMED_ZONE_RE = LazyPattern(rf"(?<![{CJK}])(?P<name>[{CJK}]{{2,4}}?(?P<word>{alternation(ZONES)}))")
ZONE_BACK_REFERENCES = 2
"""How often a text must refer back to a zone by its bare word ("，新区规划土地监察局…") to speak for it."""
ZONE_LEAD_CHARS = 160
"""How far into a news item (title and lead) the zone it speaks for is named in full."""


def zone_referred_back(text: str) -> Region | None:
    """The zone a text that names no place speaks for when its lead names a zone in full where a clause
    starts ("近日，某某新区规划土地监察局…") and the text then refers back to it by the bare zone word at
    least twice where clauses start ("，新区规划土地监察局坚持…", "，新区消防救援大队…")."""
    first = _NAMED_ZONE_RE.search(text, 0, ZONE_LEAD_CHARS)
    if first is None or not _could_name_a_zone(first.group("name")[: -len(first.group("word"))]):
        return None
    name, word = first.group("name"), first.group("word")
    bare = sum(1 for match in _BARE_ZONE_RE.finditer(text) if match.group(0) == word)
    return Region(name=name, aliases=_zone_aliases(name)) if bare >= ZONE_BACK_REFERENCES else None


def _zone_named_after(text: str, place: str | None) -> Region | None:
    """A zone the text names in full at least twice after the place it names most ("上海湾区高新技术产业
    开发区" where 上海湾区 is read as a place): the zone, not the place, speaks for the text."""
    if place is None:
        return None
    for word in ADMINISTERED_ZONES:
        name = place + word
        if text.count(name) >= ZONE_BACK_REFERENCES:
            return Region(name=name, aliases=_zone_aliases(name))
    return None


def _zone_called(name: str, word: str) -> bool:
    """Whether a text's zone word stands for this zone: its own ending or the short form of its full type
    ("开发区" for "聊城经济技术开发区")."""
    return name.endswith(word) or any(
        name.endswith(full) and word in shorts for full, shorts in ZONE_SHORT_FORMS.items()
    )


def _could_name_a_zone(stem: str) -> bool:
    """Not a class of zones ("国家级新区", "省级开发区") and no verb or pronoun inside the name."""
    class_word = stem.endswith("级")
    return (
        not class_word
        and stem[0] not in NOT_PLACE_FIRST_CHARS
        and not ORGAN_STEM_STOP_CHARS.intersection(stem)
    )


def _zone_aliases(name: str) -> list[str]:
    zone_word = next(word for word in sorted(ZONE_SHORT_FORMS, key=len, reverse=True) if name.endswith(word))
    return list(ZONE_SHORT_FORMS[zone_word])


def capital_context(text: str) -> str | None:
    """The capital city "首府" means in this text, if the text names the city or its counties."""
    for city, places in CAPITAL_DISTRICTS.items():
        if any(place in text for place in places):
            return city
    return None


@per_article(maxsize=64)
def organ_regions(text: str) -> tuple[str, ...]:
    """Regions named before a government organ ("清远市人民政府", "康平县委"), full names (kept for the
    article)."""
    return organ_regions_from_runs(text, runs_reaching(text, ORGAN_LEVEL_RE, ORGAN_LEVEL_REACH))


def organ_regions_from_runs(text: str, starts: Iterable[int]) -> tuple[str, ...]:
    """The regions named before a government organ whose name opens at one of `starts`."""
    found: list[str] = []
    for start in starts:
        match = ORGAN_CONTEXT_RE.match(text, start)
        stem = match.group("stem") if match is not None else ""
        if (
            match is not None
            and not ORGAN_STEM_STOP_CHARS.intersection(stem)
            and stem[0] not in NOT_PLACE_FIRST_CHARS
        ):
            written = match.group("stem") + match.group("suffix")
            if _known_place(written):
                found.append(full_region_name(lowest_place_in(written) or written))
    return tuple(found)


def _known_place(written: str) -> bool:
    """A name before an organ is a place the gazetteer or the short-form table knows, under its official
    name, its short form ("梁平" + 区) or at the end of a longer name; "并代表" + 市政府 is a verb phrase."""
    bare = bare_name(written) or written
    return bool(
        gazetteer().named(written)
        or gazetteer().named(bare)
        or written in SHORT_FORMS
        or lowest_place_in(written)
    )


PLACE_SUFFIX_RE = LazyPattern(rf"(?<=[{CJK}])(?:市|县|区|旗|盟|州)(?![域场容面级间别分块位划])")
NOT_PLACE_FIRST_CHARS = frozenset("年月日是为在的了和与及图摄")
NOT_PLACE_LAST_CHARS = frozenset(
    "城园社景新片辖市林牧灾山矿范发税能心红国党超上股楼夜门郡省全我该本各地校营街镇乡村主宿化费效进务中次"
)
"""A name ending in these before 市/区/县… is a common noun ("城市", "园区", "社区", "景区", "全县")."""


HONOR_BEFORE_RE = LazyPattern(rf"(?:国家|全国|省级|市级)[{CJK}]{{0,3}}$")
"""The level of an honor a place strives for ("创建国家卫生县", "省级卫生县城"): the words after it name
the honor, not a place."""


def named_places(text: str, known: Iterable[str] = ()) -> list[str]:
    """Places the text names with their level ("荆州市", "屯留区") at least twice: an article about a
    place names it again and again, a common noun ending in 市 or 区 rarely twice with the same stem.

    A stem may be two or three characters long ("荆州市", "托克托县"); of two readings of the same
    mentions the more frequent wins, the longer on a tie. Names inside `known` ones are left out, and
    so is "年广州" when the text also names 广州市 (the suffix 州 was part of the name).
    """
    counts = _names_with_a_level(text)
    known_names = list(known)
    repeated = [
        name
        for name, count in counts.items()
        if count >= 2 and not name.endswith(ZONES) and not any(name in other for other in known_names)
    ]
    places = [name for name in repeated if not _other_reading_wins(name, counts) and not _is_slogan(name)]
    places = [name for name in places if _known_place(name) or not _counted_as_a_class(text, name)]
    return [name for name in places if not any(o != name and o.startswith(name[-2:]) for o in places)]


@per_article(maxsize=4)
def _names_with_a_level(text: str) -> Mapping[str, int]:
    """How often the text writes each two- or three-character stem with a level word after it ("荆州市"):
    `named_places` reads an article for several purposes, each with other `known` names."""
    counts: Counter[str] = Counter()
    for match in PLACE_SUFFIX_RE.finditer(text):
        if HONOR_BEFORE_RE.search(text, max(0, match.start() - 7), match.start()) is not None:
            continue
        for length in (2, 3):
            stem = text[max(0, match.start() - length) : match.start()]
            doubled = stem.endswith(match.group(0))
            if len(stem) == length and CJK_RUN_RE.fullmatch(stem) and _could_be_place(stem) and not doubled:
                counts[stem + match.group(0)] += 1
    return MappingProxyType(dict(counts))


MEETING_VERBS = ("召开", "主持", "出席", "举行", "列席")
"""Verbs whose object is a meeting of an organ ("主持召开市政府常务会议"): the characters before 市 or 区
are the verb, not a place's stem."""


def _could_be_place(stem: str) -> bool:
    return (
        stem[-1] not in NOT_PLACE_LAST_CHARS
        and stem[0] not in NOT_PLACE_FIRST_CHARS
        and not ORGAN_STEM_STOP_CHARS.intersection(stem)
        and not any(verb in stem for verb in MEETING_VERBS)
    )


SLOGAN_STEM_ENDINGS = frozenset("强大名兴立富美")
"""A stem ending in these before its level word is a slogan ("工业强市", "农业大县", "旅游名县")."""


def _is_slogan(name: str) -> bool:
    return name[-2] in SLOGAN_STEM_ENDINGS and not gazetteer().named(name)


def _other_reading_wins(name: str, counts: Mapping[str, int]) -> bool:
    """ "北荆州市" beside "荆州市", "克托县" beside "托克托县": two readings of the same mentions."""
    if len(name) == 4:
        shorter = name[1:]
        return counts.get(shorter, 0) > counts[name]
    longer = [other for other in counts if len(other) == 4 and other.endswith(name)]
    return any(counts[other] >= counts[name] for other in longer)


def gazetteer_places(text: str) -> list[str]:
    """Prefectures and counties the text writes by their official names ("伽师县", "托克托县"), whether or
    not the short-form table knows them. A name whose stem reads as a common noun (新城区) is left out, and
    so is a one-character stem (乾县, 和县) glued to the word before it ("市和县两级", "主任县长")."""
    found: list[str] = []
    for mention in gazetteer().mentions(text):
        if not any(place.name == mention.surface and place.level != "province" for place in mention.places):
            continue
        stem = bare_name(mention.surface)
        after_break = not CJK_CHAR_RE.match(text, mention.start - 1, mention.start) if mention.start else True
        if len(mention.surface) == 2 and text.startswith("长", mention.start + 2):
            continue  # "代县长", "副县长": an acting or deputy head, not 代县
        if (stem is not None and _could_be_place(stem)) or (after_break and _opens_a_name(stem)):
            found.append(mention.surface)
    return list(dict.fromkeys(found))


def _opens_a_name(stem: str | None) -> bool:
    """An official name after a break ("，天全县…", line start "武乡县举行…"): a place even when its stem
    ends like a common noun (全县, 乡村), but never a stem that opens with a function word."""
    return stem is None or (stem[0] not in NOT_PLACE_FIRST_CHARS and stem[0] not in ORGAN_STEM_STOP_CHARS)


def bare_name(name: str) -> str | None:
    """The name without its level suffix ("玉林" for "玉林市"), when two or more characters are left."""
    for suffix in REGION_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


def own_bare_name(name: str) -> str | None:
    """The bare name that stands for the region itself: a zone's or park's is not when it is a place of the
    gazetteer ("株洲" of 株洲高新区 is the city's short form, "长沙" of 长沙经开区 the city's)."""
    bare = bare_name(name)
    if bare is None or not name.endswith((*ZONES, *PARKS)) or name.endswith(TOWN_SUFFIXES):
        return bare
    whole = any(m.start == 0 and m.end == len(bare) for m in gazetteer().mentions(bare))
    return None if whole else bare


@per_article(maxsize=64)
def region_vocabulary(text: str) -> Mapping[str, str]:
    """Every surface form this text may use for a region → the region's full name. (Kept for the article:
    the sections, the regions and the rules each ask it of the same texts.)"""
    vocabulary: dict[str, str] = {}
    for full, shorts in PROVINCES.items():
        vocabulary.update(dict.fromkeys((full, *shorts), full))
    vocabulary.update(SHORT_FORMS)
    vocabulary.update({full: full for full in SHORT_FORMS.values()})
    chains = place_chains(text)
    learned = [*(o.region for o in officials_in(text) if o.region), *organ_regions(text)]
    learned += [o.region for o in headline_officials(text) if o.region]
    learned += [chain.name for chain in chains] + gazetteer_places(text)
    learned += named_places(text, known=[*vocabulary, *learned])
    learned += _city_confirmed_by_a_sibling(text, learned)
    for name in learned:
        name = resolve_zone(name, text) if name in ZONES else name
        vocabulary[name] = name
        bare = own_bare_name(name)
        if bare is not None and bare not in vocabulary:
            vocabulary[bare] = name
    vocabulary.update({chain.surface: chain.name for chain in chains})
    city = capital_context(text)
    if city is not None:
        vocabulary.update({CAPITAL_ALIAS: city, city: city})
        vocabulary.update({place: city for place in ("呼和浩特", "呼市") if city == "呼和浩特市"})
    return vocabulary


def _city_confirmed_by_a_sibling(text: str, learned: list[str]) -> list[str]:
    """A prefecture-level city the text names again and again by its short form only ("梅州西站", "梅州和河源
    两市") beside another city of its province that the text writes in full (河源市): the sibling confirms
    the short form as the city (see `places`: bare short forms count where a parent or sibling confirms)."""
    city = city_by_short_name(text)
    if city is None or city in learned:
        return []
    places = gazetteer().named(city)
    parent = gazetteer().parent(places[0]) if len(places) == 1 else None
    siblings = [found[0] for name in learned if len(found := gazetteer().named(name)) == 1]
    confirmed = any(place.level == "prefecture" and gazetteer().parent(place) == parent for place in siblings)
    return [city] if parent is not None and confirmed else []


@per_article(maxsize=64)
def find_region_mentions(text: str) -> tuple[tuple[str, int, int], ...]:
    """Regions the text names: (full name, start, end) of each mention, in order, longest form first.

    Full names, known short forms ("土左旗" → 土默特左旗), province names, regions learned from the
    officials and organs the text names, and "首府" for 呼和浩特市 in a Hohhot text. Generic self
    references (全县, 全区) are not mentions: they depend on the section.
    """
    vocabulary = region_vocabulary(text)
    pattern = re.compile(alternation(vocabulary))
    return tuple(
        (vocabulary[match.group(0)], match.start(), match.end())
        for match in pattern.finditer(text)
        if not inside_word(match.group(0), text, match.start())
    )


def inside_word(surface: str, text: str, start: int) -> bool:
    """A two-character province name glued to the word before it ("巴丹吉林", "贺兰山东麓")."""
    if len(surface) > 2 or province_full_name(surface) == surface:
        return False
    previous = text[start - 1 : start]
    return CJK_CHAR_RE.fullmatch(previous) is not None and previous not in PROVINCE_SHORT_LEAD_CHARS


# ---------------------------------------------------------------- regions with aliases


def self_references(name: str) -> tuple[str, ...]:
    if name.endswith("自治区") and name in PROVINCES:
        return SELF_REFERENCES["自治区"]
    if name.endswith(ZONES):
        return ()
    return next((refs for suffix, refs in SELF_REFERENCES.items() if name.endswith(suffix)), ())


def region_aliases(name: str, surface: str | None, text: str) -> list[str]:
    """Short forms (from the table and the text), the bare name and self references the text uses."""
    aliases = [surface] if surface and surface != name else []
    aliases += [short for short, full in SHORT_FORMS.items() if full == name]
    aliases += list(PROVINCES.get(name, ()))
    bare = own_bare_name(name)
    if bare is not None and re.search(rf"{re.escape(bare)}(?!{re.escape(name[len(bare) :])})", text):
        aliases.append(bare)
    aliases += [ref for ref in self_references(name) if ref in text]
    if name.endswith((*ZONES, *PARKS)):
        aliases += [ref for ref in _zone_aliases(name) if ref in text]  # "…经济技术开发区" → 经开区
    return [alias for alias in dict.fromkeys(aliases) if alias != name]


def build_region(official: Official, text: str, section_text: str) -> Region | None:
    if official.region is None:
        return None
    name = resolve_zone(official.region, text) if official.region in ZONES else official.region
    return Region(
        name=name,
        aliases=region_aliases(name, official.surface, section_text),
        official=official.name,
        position=official.position,
    )


def named_region(name: str, text: str, section_text: str) -> Region:
    aliases = region_aliases(name, None, section_text)
    if capital_context(text) == name and CAPITAL_ALIAS in section_text:
        aliases.append(CAPITAL_ALIAS)
    return Region(name=name, aliases=list(dict.fromkeys(aliases)))


def province_of_report(text: str) -> str | None:
    """The province a work report speaks for: it calls itself 全区/我区 (全省/我省) and names the province."""
    autonomous = sum(text.count(ref) for ref in SELF_REFERENCES["自治区"]) >= 2
    provincial = sum(text.count(ref) for ref in SELF_REFERENCES["省"]) >= 2
    if not (autonomous or provincial):
        return None
    counts = Counter(
        name
        for name, _, _ in find_region_mentions(text)
        if name in PROVINCES and (name.endswith("自治区") if autonomous else name.endswith("省"))
    )
    return counts.most_common(1)[0][0] if counts else None


VOICES = ("省", "自治区", "市", "州", "盟", "县", "旗")
"""Levels a text speaks in (全省, 全区, 全市 …); the last two have no units below them in the gazetteer."""


def voice_of(text: str) -> str | None:
    """The level whose self references (全省/我省, 全市/我市 …) the text uses most, at least twice."""
    counts = {level: sum(text.count(ref) for ref in SELF_REFERENCES[level]) for level in VOICES}
    level = max(counts, key=lambda key: counts[key])
    return level if counts[level] >= 2 else None


def voiced_parent(text: str) -> str | None:
    """The region a text speaks for when it calls itself 全省/全市/全区 but never names itself, while it names
    several units of one region of that level ("全省" + 哈尔滨、齐齐哈尔、牡丹江 → 黑龙江省; a city's report
    naming its districts → the city). Naming the region itself, or any place of that level, rules it out."""
    level = voice_of(text)
    found = None if level in (None, "县", "旗") else parent_of_units(text, level or "")
    if found is None:
        return None
    parent, own_suffix = found[0], "区" if level == "自治区" else level or ""
    named = {name for name, _, _ in find_region_mentions(text)}
    return None if parent in named or any(name.endswith(own_suffix) for name in named) else parent


DATELINE_AFTER_RE = LazyPattern(r"\s*\d{1,2}月\d{1,2}日(?:电|讯)")
"""The place of a news agency's dateline ("中新社呼和浩特1月2日电") is where the story was filed."""


DOCTRINE_RE = LazyPattern(
    r"关于[^。；;“”]{0,40}?的(?:重要讲话|重要论述|重要指示|指示批示|讲话精神)"
    r"|在[^。；;,，“”]{0,20}?(?:考察|视察|调研)时的重要讲话"
)
"""A reference to a higher leader's words ("关于东北、辽宁振兴发展的重要讲话", "在辽宁、沈阳考察时的重要
讲话精神"): the places in it are the subject of those words, not the region the text speaks for."""


OUTLET_DATELINE_RE = LazyPattern(
    r"(?:在线|日报|晚报|商报|新闻网|网|报)(?:客户端|全媒体|融媒体)?\s*(?:\d{1,2}月\d{1,2}日)?(?:电|讯)"
)
"""A news outlet named after a province or city in the dateline ("浙江在线7月26日讯", "湖北日报客户端讯"):
the outlet's name, not a region the item speaks for."""


CAPTION_RE = LazyPattern(
    rf"[^。!?！？\s]{{2,80}}[。.]?\s*(?:[{CJK}]{{2,4}}\s+摄(?=\s|$)|[(（](?:记者|通讯员)?\s*[{CJK}]{{2,4}}\s*摄[)）])"
)
"""A photo caption with its credit ("肥西县三河镇出现云海景观。张某 摄", "图为某公园夜景（张某 摄）")."""


CAPTION_NON_SPACE_REACH = 100
"""More than the characters other than spaces a caption and its credit hold before the credit's 摄 (80 of
caption, a stop, 记者 or 通讯员, a bracket and a name of 4)."""
CAPTION_SPACE_LOOKBACK = 300
CAPTION_MOST_SPACES = 150
"""Past this many spaces in the 300 characters before a 摄, where a caption could start is not bounded
by this reckoning: the scan goes back to where the last caption ended."""


def caption_spans(text: str) -> list[tuple[int, int]]:
    """The photo captions of a text: a photo item repeats them, and the place a picture shows elsewhere
    ("图为某区…") is no place the item speaks for. Every credit holds 摄: the pattern (which tries up to
    80 characters at every position it starts from) is run only from where a caption ending at the next
    摄 could start, up to that 摄; the span is then read again from its start without that bound, so
    every span is the one a scan of the whole text finds (tests/test_fast_paths.py)."""
    spans: list[tuple[int, int]] = []
    position = 0
    credit = text.find("摄")
    while credit >= 0:
        earliest = max(position, _earliest_caption_start(text, credit))
        found = CAPTION_RE.search(text, earliest, credit + 2)  # the 摄 and the bracket or space after it
        whole = CAPTION_RE.match(text, found.start()) if found is not None else None
        if found is not None and whole is None:  # the bound cut a look-ahead short: scan as before
            return spans + [match.span() for match in CAPTION_RE.finditer(text, position)]
        if whole is not None:
            spans.append(whole.span())
            position = whole.end()
        credit = text.find("摄", max(position, credit + 1))
    return spans


def _earliest_caption_start(text: str, credit: int) -> int:
    """Where a caption whose credit's 摄 stands at `credit` could start at the earliest."""
    before = text[max(0, credit - CAPTION_SPACE_LOOKBACK) : credit]
    spaces = len(before) - len("".join(before.split()))
    if spaces > CAPTION_MOST_SPACES:
        return 0
    return credit - CAPTION_NON_SPACE_REACH - spaces


def without_captions(text: str) -> str:
    """The text with its photo captions blanked out (offsets kept), or the text itself when it is all
    captions."""
    spans = caption_spans(text)
    blanked = text
    for start, end in spans:
        blanked = blanked[:start] + " " * (end - start) + blanked[end:]
    return blanked if spans and blanked.strip() and find_region_mentions(blanked) else text


def own_mentions(text: str) -> list[tuple[str, int, int]]:
    """The region mentions outside references to a higher leader's words, outside outlets' names and outside
    photo captions (unless the text names no place outside them)."""
    quoted = [match.span() for match in DOCTRINE_RE.finditer(text)]
    mentions = [
        mention
        for mention in find_region_mentions(text)
        if not any(start <= mention[1] < end for start, end in quoted)
        and not OUTLET_DATELINE_RE.match(text, mention[2])
    ]
    captions = caption_spans(text)
    outside = [m for m in mentions if not any(start <= m[1] < end for start, end in captions)]
    return outside or mentions


def most_named_region(text: str) -> str | None:
    """The place a text names most (a province only when it names no other), leaving out names it only
    repeats as a common noun ending in a level word (see `unattested_names`) unless it names nothing else,
    and the places of a higher leader's words it studies (see `own_mentions`)."""
    mentions = [(name, end) for name, _, end in own_mentions(text) if not DATELINE_AFTER_RE.match(text, end)]
    unknown = {name for name, _ in mentions if not _known_place(name)}
    unattested = unattested_names(text) & unknown if unknown else set()
    attested = [(name, end) for name, end in mentions if name not in unattested]
    mentions = attested or mentions
    counts = Counter(name for name, _ in mentions if name not in PROVINCES)
    if not counts:
        counts = Counter(name for name, _ in mentions)
    if not counts:
        return None
    top = counts.most_common(1)[0][0]
    spanning = _municipality_spanning_districts(top, Counter(name for name, _ in mentions))
    return spanning or _lowest_named_under(text, top, counts) or top


def _lowest_named_under(text: str, parent: str, counts: Counter[str]) -> str | None:
    """A unit the text names right after `parent` ("襄阳市襄州区") and again on its own: the lowest unit
    named (guidelines §1), however often the parent's short form recurs inside names ("圆通襄阳智创园")."""
    for chain in place_chains(text):
        above = {place.name for place in gazetteer().ancestors(chain.place)}
        if chain.name != parent and parent in above and counts[chain.name] >= 2:
            return chain.name
    return None


SOURCE_LEAD_CHARS = 200
"""How far into a news item its source frame may sit (after a dateline or a copyright notice)."""
SOURCE_BODY_RE = LazyPattern(
    rf"[{CJK}]{{0,10}}?(?:局|办|委|厅|部|中心|集团|公司|政府|管委会)"
    r"(?:官网|官方网站|网站|微信公众号|官方微博)?"
    r"(?:获悉|了解到|得知|消息|发布|公示|印发|公布|通报)"
)
SOURCE_BEFORE_RE = LazyPattern(rf"(?:^|[^{CJK}]|从|据|近日|日前)$")


def source_region(text: str) -> str | None:
    """The region whose body a news item's lead reports from or whose notice it reports ("记者从北京市重大
    项目办获悉", "马鞍山市交运局发布…公示", "记者从长沙市轨道交通集团官网了解到"): the item states that
    body's plan, whatever places its line or road passes through and names more often."""
    for name, start, end in find_region_mentions(text):
        if start >= SOURCE_LEAD_CHARS:
            break
        if SOURCE_BODY_RE.match(text, end) and SOURCE_BEFORE_RE.search(text[:start]):
            return name
    return None


def _municipality_spanning_districts(top: str, counts: Counter[str]) -> str | None:
    """A municipality (北京市, 上海市 …: a city, though listed with the provinces) that a text names as often
    as the district it names most, while it names several of its districts ("北京地铁13号线…" through 昌平区
    and 海淀区): the text speaks for the city, not for one district it passes through."""
    places = gazetteer().named(top)
    parent = gazetteer().parent(places[0]) if len(places) == 1 else None
    if parent is None or parent.name not in PROVINCES or not parent.name.endswith("市"):
        return None
    districts = [
        name
        for name in counts
        if len(found := gazetteer().named(name)) == 1 and gazetteer().parent(found[0]) == parent
    ]
    return parent.name if len(districts) >= 2 and counts[parent.name] >= counts[top] else None


def unattested_names(text: str) -> set[str]:
    """Names ending in 区 the text only repeats as common nouns ("采煤沉陷区", "自然保护区" read as 煤沉陷区,
    保护区): no gazetteer entry, no official, no organ and no parent place attests them as regions. A
    district the gazetteer does not know yet (a renamed county) is attested by its officials or organs; a
    name ending in 县, 市 or 旗 is no common noun."""
    attested = {official.region for official in officials_in(text) if official.region}
    attested |= {official.region for official in headline_officials(text) if official.region}
    attested |= set(organ_regions(text)) | {chain.name for chain in place_chains(text)}
    candidates = (name for name in named_places(text) if name.endswith("区"))
    unknown = {name for name in candidates if name not in attested and not _known_place(name)}
    return {name for name in unknown if not _named_under_its_city(text, name)}


_CITY_BEFORE = LazyPattern(rf"[{CJK}]{{2,4}}?市$")


def _named_under_its_city(text: str, name: str) -> bool:
    """A district the text names right after a city the gazetteer knows ("河北省邢台市任泽区"): its parent
    attests it as a place (a renamed county the gazetteer does not know yet), not a common noun."""
    for found in re.finditer(re.escape(name), text):
        city = _CITY_BEFORE.search(text, max(0, found.start() - 5), found.start())
        if city is not None and _known_place(city.group(0)):  # "省邢台市": the place it ends with
            return True
    return False


_COUNT_BEFORE = LazyPattern(r"[\d一二两三四五六七八九十百]+个$")
"""A count right before a name ("全省29个制种县"): the name is a class of places, not one place."""


def _counted_as_a_class(text: str, name: str) -> bool:
    """A name with a level word that the text counts ("29个制种县", "10个产粮大县"): a class of places
    ("制种县", "产粮大县"), not one place, unless the gazetteer knows it."""
    return any(
        _COUNT_BEFORE.search(text, max(0, found.start() - 6), found.start())
        for found in re.finditer(re.escape(name), text)
    )


def main_region(text: str) -> Region | None:
    """The region a text without interview headlines speaks for: its first quoted official's, else the
    place it names most, else the province a work report speaks for. A place named with its parents
    ("湖北…荆州") is the lowest unit named: the province wins only when named at least as often."""
    officials = officials_in(text)
    quoted = [official for official in officials if official.region]
    if quoted:
        return build_region(quoted[0], text, text)
    speaker = next(
        (
            found
            for official in officials
            if (found := county_of_speaker(official, text) or city_of_speaker(official, text))
        ),
        None,
    )
    if speaker is not None:
        return build_region(speaker, text, text)
    area = planning_area(text)
    if area is not None:
        return area
    voiced = voiced_parent(text)
    if voiced is not None:
        return named_region(voiced, text, text)
    source = source_region(text)
    if source is not None:
        return named_region(source, text, text)
    mentions = Counter(name for name, _, _ in own_mentions(text))
    province, place = province_of_report(text) or _most_named_province(mentions), most_named_region(text)
    place = place and (_spanned_by_route(text, place) or place)
    if province is not None and (
        place is None or place in PROVINCES or mentions[province] >= mentions[place]
    ):
        name: str | None = province
    else:
        name = place
    if name is not None and _visited_only(text, name):
        name = None
    name = _province_speaking_over(text, name, mentions) or _city_speaking_under(text, name) or name
    if name is None and _CITY_REPORT_OPENING in text:
        name = city_by_short_name(text)  # a city's report that names no place in full but its short form
    zone = main_zone(text) or _zone_named_after(text, name)
    if zone is not None and (name is None or text.count(zone.name) > _named_outside(text, name, zone.name)):
        return zone
    name = name or city_by_short_name(text)
    if name is None and (zone := zone_referred_back(text)) is not None:
        return zone
    if name is None:
        town = town_on_its_own(without_captions(text))
        return named_region(town, text, text) if town else None
    name = own_county(text, name) or name
    below = town_under(text, name) or unit_below(without_captions(text), name, mentions[name])
    return named_region(below or name, text, text)


PROVINCE_VOICE_MIN = 3
"""How often a text must say 全省/我省 before it can speak for the province it never names itself."""


def _province_speaking_over(text: str, name: str | None, mentions: Counter[str]) -> str | None:
    """The province of the place a text names when the text speaks as that province throughout ("我省将…",
    "全省…推进会在长春召开") and names no province of its own (a provincial paper's report): the place is
    where the meeting met or what it visited, not the unit the text speaks for. The province's voice must
    outweigh the place's own voice (全市/我市) and its mentions twice over."""
    if name is None or name in PROVINCES or any(named in PROVINCES for named in mentions):
        return None
    provincial = sum(text.count(ref) for ref in SELF_REFERENCES["省"])
    own_voice = sum(text.count(ref) for ref in SELF_REFERENCES.get(name[-1], ()))
    if provincial < PROVINCE_VOICE_MIN or provincial <= 2 * (mentions[name] + own_voice):
        return None
    place = gazetteer().resolve(name)
    ancestors = gazetteer().ancestors(place) if place is not None else []
    return next((parent.name for parent in ancestors if parent.level == "province"), None)


CITY_VOICE_MIN = 2
"""How often a city's report says 全市 or 我市 at least, to speak as the city under its province's name."""
_CITY_REPORT_OPENING = "代表市人民政府"
"""The opening of a city's work report ("现在，我代表市人民政府，向大会报告政府工作"): the city speaks."""


def _city_speaking_under(text: str, name: str | None) -> str | None:
    """The city a text speaks as when the one place it names in full is its province ("…对福建、福州工作的
    重要讲话…今年全市经济社会发展的主要预期目标…", printed by 福州晚报): a city's report names its province in
    the guiding words, and the city itself only by its short form. The city's voice (全市, 我市, the
    report's opening "我代表市人民政府") must outweigh the province's, and the city must be that
    province's, named by its short form again and again."""
    if name is None or name not in PROVINCES or name.endswith("市"):
        return None
    city_voice = sum(text.count(ref) for ref in SELF_REFERENCES["市"])
    city_voice += CITY_VOICE_MIN * text.count(_CITY_REPORT_OPENING)
    province_level = "自治区" if name.endswith("自治区") else "省"
    province_voice = sum(text.count(ref) for ref in SELF_REFERENCES[province_level])
    if city_voice < CITY_VOICE_MIN or city_voice <= province_voice:
        return None
    city = city_by_short_name(text)
    place = gazetteer().resolve(city) if city is not None else None
    parent = gazetteer().parent(place) if place is not None else None
    return city if parent is not None and parent.name == name else None


_PLANNING_AREA_RE = LazyPattern(
    rf"(?<![{CJK}])(?P<name>[{CJK}]{{2,4}}?(?:地区)?(?P<word>双城经济圈|经济圈|都市圈|城市群|经济带))"
)
_JOINT_OFFICE_RE = LazyPattern(r"联合办公室|联合办|联席会议办公室")
PLANNING_AREA_LEAD_CHARS = 200
"""How far into a news item (title and lead) the planning area it reports on is named in full."""
OFFICE_NAME_GAP = 8
"""How many characters may part the area's name from its office ("…双城经济圈建设联合办公室")."""


def planning_area(text: str) -> Region | None:
    """A planning area that spans regions and runs a joint office of its own ("某某地区双城经济圈" whose
    "…建设联合办公室" the text names): its list and its figures are the area's plan, which no one of the
    provinces it spans commits to alone (guidelines §1: a zone with its own leadership is its own region).
    Named in full in the lead and again with its office; its bare ending and the names before it are its
    aliases ("双城经济圈", "某某地区")."""
    first = _PLANNING_AREA_RE.search(text, 0, PLANNING_AREA_LEAD_CHARS)
    if first is None:
        return None
    name = first.group("name")
    office = _JOINT_OFFICE_RE.search(text)
    if (
        office is None
        or name not in text[max(0, office.start() - len(name) - OFFICE_NAME_GAP) : office.start()]
    ):
        return None
    word = first.group("word")
    head = name[: -len(word)]
    aliases = [word] if len(word) > len("经济圈") else []  # "双城经济圈"; a bare 经济圈 names none
    if head.endswith("地区"):
        aliases.append(head)
    return Region(name=name, aliases=aliases)


TOWN_LEAD_CHARS = 160
"""How far into a news item the town it reports on is named under its county (title and lead)."""
TOWN_CLAUSE_CHARS = "将要也已还又再就把被对以在是了的"
"""Words of a clause, never inside a town's name: "宁波将探索以街道为单位…" names no town 将探索以街道."""
TOWN_NAME = rf"(?:(?![村城县市区省州旗{TOWN_CLAUSE_CHARS}])[{CJK}]){{2,4}}?(?:{'|'.join(TOWN_SUFFIXES)})"
TOWN_PEOPLE = r"(?:户|村民|居民|群众|市民|农民|党员|干部|老人|学生|儿童|人员|志愿者)"
"""People a town is named for ("某县某镇脱贫户黄某", "某镇居民"): where they live, not the subject."""
TOWN_SUBJECT_RE = LazyPattern(
    rf"(?<![在到赴于往至自从与和及、])(?P<town>{TOWN_NAME})(?=[：:]|[{CJK}“\"]{{2}})"
    rf"(?![的里内外组乡镇]|[{CJK}]{{0,6}}村|[{CJK}]{{0,3}}{TOWN_PEOPLE})"
)
"""A town named as a subject ("白杨河乡以…", "明山头镇：…", "观音桥街道明珠社区…"): never a place of an
event ("在某镇举行") nor the owner of something (某镇的, 某镇村)."""


HOME_ADDRESS_BEFORE = LazyPattern(r"(?:家住|住在|居住在|来自|老家在?|籍贯)[^,，。;；:：]*$")
"""The words before a person's home address ("家住湖南省绥宁县长铺镇虾子溪的苑某"): the town is where the
person lives, not the unit the item reports on."""
HOME_WORD_REACH = 12
"""How far before the county's name a home-address word may stand (a province's name between them)."""


def town_under(text: str, parent: str) -> str | None:
    """The town a news item reports on when its title or lead names it right under the region the item
    otherwise speaks for ("木垒县白杨河乡以…", "南县明山头镇：…", "重庆江北区观音桥街道明珠社区"): the lowest
    unit named (guidelines §1), though the gazetteer stops at counties."""
    mention_starts: list[int] | None = None
    for surface in dict.fromkeys((parent, bare_name(parent) or parent)):
        for match in re.finditer(re.escape(surface), text[:TOWN_LEAD_CHARS]):
            town = TOWN_SUBJECT_RE.match(text, match.end())
            if town is None or HOME_ADDRESS_BEFORE.search(
                text, max(0, match.start() - HOME_WORD_REACH), match.start()
            ):
                continue
            if mention_starts is None:
                mention_starts = sorted(start for _, start, _ in find_region_mentions(text))
            if not _runs_into_a_place(town, mention_starts):
                return town.group("town")
    return None


TOWN_COMPOUND_CHARS = "容区域风规貌情"
"""Characters that make a compound noun of 镇 or 乡 (镇容, 镇区, 镇域, 乡风, 乡规, 乡貌, 乡情)."""
TOWN_RE = LazyPattern(
    rf"[{CJK}]{{2,4}}?(?:{'|'.join(TOWN_SUFFIXES)})(?![{CJK}]{{0,1}}(?:村|镇|长)|[{TOWN_COMPOUND_CHARS}])"
)
"""A town, township or subdistrict by its name (青山镇, 廿三里街道), not a word that ends like one
(乡村, 乡镇, 镇长) nor a verb before a compound of 镇 or 乡 ("开展镇容整治", "绘制乡风…", "实施镇域…")."""
TOWN_NOT_NAMES = ("古镇", "小镇", "城镇", "重镇", "名镇", "集镇", "城乡", "乡镇")
TOWN_NOT_STEMS = (
    "开展",
    "推进",
    "推动",
    "加强",
    "实施",
    "建设",
    "打造",
    "完善",
    "提升",
    "深化",
    "强化",
    "全面",
    "组织",
)
"""Verbs of work before a town's area or its villages ("开展镇区交通秩序整治", "推进镇村垃圾分类"): never a
town's name."""
STANDALONE_TOWN_MENTIONS = 3
"""How often a town named without its county must recur to speak for a text."""


def unit_below(text: str, county: str, county_mentions: int) -> str | None:
    """The town or subdistrict a text about `county` is about (guidelines §1: the lowest unit named; a
    community or a village is no unit of government): written right after the county ("长丰县杏湖镇")
    and named at least as often as the county; or a town the text names on its own, as the subject of
    clauses ("，青松街道将…"), more often than the county and at least STANDALONE_TOWN_MENTIONS times. A
    town named once beside the county ("长丰县杏湖镇柳塘村村民张某"), or one of two towns ("长丰县杏湖镇、
    柳塘镇"), leaves the county. A "town" that runs into another place the text names is a route's words
    ("湖北竹山至陕西镇安" names no town 至陕西镇)."""
    chained: list[str] = []
    mentions = find_region_mentions(text)
    mention_starts = sorted(start for _, start, _ in mentions)
    for name, _, end in mentions:
        if name != county or not (town := TOWN_RE.match(text, end)):
            continue
        if text[town.end() : town.end() + 1] in "、和及与" or _runs_into_a_place(town, mention_starts):
            continue
        chained.append(town.group(0))  # a community or village below it is no unit of government
    standalone = _standalone_towns(text)
    best: tuple[int, str] | None = None
    for unit in dict.fromkeys([*chained, *standalone]):
        if unit.endswith(TOWN_NOT_NAMES):
            continue
        count = text.count(unit)
        enough = count >= county_mentions if unit in chained else count >= STANDALONE_TOWN_MENTIONS
        if enough and (unit in chained or count > county_mentions) and (best is None or count > best[0]):
            best = (count, unit)
    return best[1] if best else None


def _runs_into_a_place(town: re.Match[str], mention_starts: list[int]) -> bool:
    """Whether a region the text names starts inside a town-like match (see `unit_below`)."""
    after = bisect.bisect_right(mention_starts, town.start())
    return after < len(mention_starts) and mention_starts[after] < town.end()


def _standalone_towns(text: str) -> list[str]:
    """Towns and subdistricts named where a clause or sentence starts ("。冷水镇将…", "，汉中街道开展…")."""
    towns = (
        match.group(0)
        for match in TOWN_RE.finditer(text)
        if not re.match(f"[{CJK}]", text[match.start() - 1 : match.start()] or "。")
    )
    return [
        town
        for town in dict.fromkeys(towns)
        if not town.endswith(TOWN_NOT_NAMES) and not town.startswith(TOWN_NOT_STEMS)
    ]


def _town_stem(town: str) -> str:
    """A town's name without its level ("冷水镇" → 冷水, "南湖街道" → 南湖)."""
    suffix = next(suffix for suffix in TOWN_SUFFIXES if town.endswith(suffix))
    return town[: -len(suffix)]


def town_on_its_own(text: str) -> str | None:
    """The town or subdistrict a text that names no county speaks for ("冷水镇今年计划…。冷水镇将…"): the one
    it names at the start of clauses and at least twice in all, by its full or its bare name ("冷水镇立足…",
    "“最美冷水人”评选")."""
    counts = {town: text.count(_town_stem(town)) for town in _standalone_towns(text)}
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return _town_subject_of_the_lead(text, list(counts))
    return ranked[0][0]


def _town_subject_of_the_lead(text: str, towns: list[str]) -> str | None:
    """The one town the lead names as its subject ("讯（通讯员…）为扎实推进…，青松镇立足全域提升…"), though
    the rest of the text only says 镇 or 全镇."""
    subjects = [
        town
        for town in towns
        if 0 <= (at := text.find(town)) < TOWN_LEAD_CHARS and TOWN_SUBJECT_RE.match(text, at) is not None
    ]
    return subjects[0] if len(subjects) == 1 else None


WORK_WORDS = r"(?:高速公路|高速|高铁|铁路|城际|公路|国道|快速路|运河|管道|管线|输电线路|输气管道|特高压)"
ROUTE_RES: tuple[tuple[LazyPattern, bool], ...] = (
    # the ends glued to the link: the first end is the place the words before it end on
    (LazyPattern(rf"(?P<a>[{CJK}]{{2,8}}?)(?:至|到|—|－)(?P<b>[{CJK}]{{2,8}}?){WORK_WORDS}"), True),
    # the ends laid out in clauses: each end is the place its clause starts with
    (
        LazyPattern(
            r"(?:起于|起自|始于)(?P<a>[^,，。;；]{2,16})[,，](?:[^。;；]{0,20}?)(?:止于|终于|至)(?P<b>[^,，。;；]{2,16})"
        ),
        False,
    ),
)
"""A work named by its two ends ("九寨沟至绵阳高速公路", "京—雄城际") or laid out from one end to the other
("起于九寨沟县郭元乡，止于绵阳市游仙区张家坪")."""


ROUTE_LEAD_CHARS = 300
"""How far into a text the work it reports on is named by its ends (title and lead)."""


def _spanned_by_route(text: str, place: str) -> str | None:
    """The lowest unit holding both ends of a work the text names by its ends, when the place it names
    most is one of the ends (a county an expressway starts in, a city a railway ends in): a work across
    several units is their common parent's (九寨沟至绵阳高速 → 四川省), not the first end's."""
    for pattern, glued in ROUTE_RES:
        for match in pattern.finditer(text):
            if match.start() >= ROUTE_LEAD_CHARS:
                break  # a road named late is one the work joins ("届时其将与焦作至新乡高速…"), not the work
            ends = [
                _end_place(match.group("a"), place, last=glued),
                _end_place(match.group("b"), place, last=False),
            ]
            if None in ends or ends[0] == ends[1]:
                continue
            chains = [[end, *gazetteer().ancestors(end)] for end in ends if end is not None]
            names = [[unit.name for unit in chain] for chain in chains]
            if not any(place in chain for chain in names):
                continue
            common = next((name for name in names[0] if name in names[1]), None)
            if common is not None and common != place:
                return common
    return None


def _end_place(words: str, named: str, *, last: bool) -> Place | None:
    """The place an end's words name right at the link between the ends: the one they end on before it
    ("借助西安" → 西安市, "G8513九寨沟" → 九寨沟县), the one they start with after it ("绵阳市游仙区" →
    绵阳市). A short form several units share is the one the text names most ("宜宾": the city, not the
    former county), else the one city among districts ("西安": 西安市, not two towns' 西安区)."""
    mentions = [
        mention
        for mention in gazetteer().mentions(words)
        if (mention.end == len(words) if last else mention.start == 0)
    ]
    if not mentions:
        return None
    units = mentions[0].places
    chosen = [unit for unit in units if unit.name == named] or [
        unit for unit in units if unit.level == "prefecture"
    ]
    return units[0] if len(units) == 1 else (chosen[0] if len(chosen) == 1 else None)


def _named_outside(text: str, name: str, zone: str) -> int:
    """How often a text names a place outside the zone named after it, in full or by its short form ("玉林"
    in a city's report that names "玉林高新区" once)."""
    bare = own_bare_name(name)
    short_outside = text.count(bare) - text.count(zone) if bare and bare in zone else 0
    return max(_mentions_outside(text, name, zone), short_outside)


def _mentions_outside(text: str, name: str, zone: str) -> int:
    """How often a text names a place other than as the stem of the zone named after it ("聊城" inside
    "聊城经济技术开发区" names the zone, not the city)."""
    inside = [match.span() for match in re.finditer(re.escape(zone), text)]
    return sum(
        1
        for found, start, stop in own_mentions(text)
        if found == name and not any(start < end and begin < stop for begin, end in inside)
    )


VISIT_RE = LazyPattern(
    r"(?:[省市州盟]委(?:副)?书记|[省市州]长|盟长)[\u4e00-\u9fff]{2,3}?(?:一行)?(?:先后|专程)?"
    r"(?:到|来到|深入|赴|前往)(?P<place>[\u4e00-\u9fff]{2,8}?(?:区|县|旗))"
)
"""A leader of a higher level visiting a county or district ("市委书记王某到铁西区信访局…", "省长李某来到
某县调研")."""


def _visited_only(text: str, name: str) -> bool:
    """Whether the place a text names most is only where a higher level's leader goes: named in the visit,
    never the subject of a plan of its own ("铁西区要…", "铁西区将…"). The leader's words are then his own
    level's, whose name the text does not give."""
    visited = {match.group("place") for match in VISIT_RE.finditer(text)}
    if name not in visited:
        return False
    return re.search(rf"{re.escape(name)}(?:还|也)?(?:要|将)", text) is None


SHORT_NAME_MIN_MENTIONS = 2
COUNTY_LEVELS = ("市", "县", "旗")
_OWN_ORGAN = (
    r"(?<![\u4e00-\u9fff]){level}(?:委|政府|法院|检察院|[\u4e00-\u9fff]{{1,4}}?(?:局|大队))"
    r"|全{level}|我{level}"
)
"""How a news item of a county or county-level city refers to its own organs ("市司法局", "县交警大队",
"全县"): with no prefecture named, the county it names by its short form ("孝义：…", "蒙阴法院") is then its
region."""


@functools.cache
def _own_organ_of(level: str) -> LazyPattern:
    return LazyPattern(_OWN_ORGAN.format(level=level))


def _speaks_as_own(text: str, name: str) -> bool:
    return _own_organ_of(name[-1]).search(text) is not None


def city_by_short_name(text: str) -> str | None:
    """The one prefecture-level city a text names again and again by its short form only ("在南京举行",
    "南京首个…馆", "南京大明文化公司"): a news item about the city that never writes 南京市; with no
    prefecture named, a county or county-level city so named where the text speaks of its own organs (see
    `_OWN_ORGAN`).
    Asked only when nothing else names the text's region; a short form that several places share says
    nothing."""
    counts: Counter[str] = Counter()
    county_cities: Counter[str] = Counter()
    for mention in gazetteer().mentions(text):
        places = mention.places
        if len(places) != 1 or places[0].short != mention.surface:
            continue
        if places[0].level == "prefecture":
            counts[places[0].name] += 1
        elif places[0].name.endswith(COUNTY_LEVELS):
            county_cities[places[0].name] += 1
    if not counts:
        counts = Counter({name: count for name, count in county_cities.items() if _speaks_as_own(text, name)})
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < SHORT_NAME_MIN_MENTIONS:
        return None
    if len(ranked) == 2 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _most_named_province(mentions: Counter[str]) -> str | None:
    """The province a news item names again and again while it names each place in it only once, in
    passing ("海南将依托…" beside one "海口美兰国际机场"); an item that names a county twice or more is the
    county's, however often company names repeat the province ("湖南某某公司")."""
    provinces = Counter({name: count for name, count in mentions.items() if name in PROVINCES})
    places = [count for name, count in mentions.items() if name not in PROVINCES]
    if not provinces:
        return None
    name, count = provinces.most_common(1)[0]
    return name if count >= 2 and max(places, default=0) <= 1 else None


SPEAKER_LEVELS = ("县", "区", "旗")
"""Levels of a speaker named only by title ("县委书记王五"), whose county a text may name in passing."""


def county_of_speaker(official: Official, text: str) -> Official | None:
    """A county-level official named only by title ("县委书记王五") speaks for the one county of that level
    the text names, however briefly: in a slogan ("新祁阳" → 祁阳县) or once beside its city ("顺义" →
    顺义区). None when the text names none or several."""
    level = _title_level(official.position)
    if level is None:
        return None
    mentions = _place_mentions(text)
    context = [mention.places[0] for mention in mentions if len(mention.places) == 1]
    counties = {
        place.name
        for mention in mentions
        if (place := gazetteer().resolve(mention.surface, context)) is not None
        and place.level == "county"
        and place.name.endswith(level)
    }
    return replace(official, region=counties.pop(), surface=None) if len(counties) == 1 else None


CITY_TITLES = ("市委", *(f"{prefix}市长" for prefix in ("常务副", "副", "代", "")))


NAME_CHARS_AFTER_TITLE = 3
"""How far into the name after an official's title a place name may start and still be part of the name."""


def _place_mentions(text: str) -> list[Mention]:
    """The gazetteer names a text writes, leaving out those inside an official's personal name
    ("党工委书记邬凌云": 凌云 is part of the name, not 凌云县)."""
    names = [match.start("name") for match in OFFICIAL_WHOLE_RE.finditer(text)]
    return [
        mention
        for mention in gazetteer().mentions(text)
        if not any(start <= mention.start < start + NAME_CHARS_AFTER_TITLE for start in names)
    ]


def city_of_speaker(official: Official, text: str) -> Official | None:
    """A city official named only by title ("市委书记袁家健") speaks for the one city the text names or
    whose counties it names ("市委书记袁家健赴安阳县调研" → 安阳市; a county-level city it names is its own
    city). None when the text names none or several."""
    if official.region is not None or not official.position.startswith(CITY_TITLES):
        return None
    mentions = _place_mentions(text)
    context = [mention.places[0] for mention in mentions if len(mention.places) == 1]
    cities: set[str] = set()
    for mention in mentions:
        place = gazetteer().resolve(mention.surface, context)
        if place is None or place.level == "province":
            continue
        city = (
            place if place.level == "prefecture" or place.name.endswith("市") else gazetteer().parent(place)
        )
        if city is not None and city.level != "province":
            cities.add(city.name)
    return replace(official, region=cities.pop(), surface=None) if len(cities) == 1 else None


def _title_level(position: str) -> str | None:
    """The level of a title without a place name: 县委书记 → 县, 区长 → 区."""
    for level in SPEAKER_LEVELS:
        heads = tuple(f"{prefix}{level}长" for prefix in ("常务副", "副", "代", ""))
        if position.startswith((f"{level}委", *heads)):
            return level
    return None


COUNTY_VOICES = {
    level: (*SELF_REFERENCES[level], f"{level}委", f"{level}政府") for level in ("县", "旗", "区")
}
"""How a county's, banner's or district's own report speaks of itself (全县, 县委, 我区 …)."""


def _autonomous_voice(level: str, above: str) -> bool:
    """全区/我区 in an autonomous region's text is the autonomous region speaking, not a district."""
    return level == "区" and above.endswith("自治区")


def own_county(text: str, above: str) -> str | None:
    """The county a county's report speaks for when it names itself only by its short form under the
    province or city it names ("…贡献正定力量" with "县委", "全县" and 河北 → 正定县): the one county of
    that level below `above` that the text writes."""
    level = next((lv for lv, words in COUNTY_VOICES.items() if sum(map(text.count, words)) >= 2), None)
    parent = gazetteer().resolve(above)
    if level is None or parent is None or parent.level == "county" or _autonomous_voice(level, parent.name):
        return None
    counties = {
        place.name
        for mention in gazetteer().mentions(text)
        for place in mention.places
        if place.name.endswith(level) and parent in gazetteer().ancestors(place)
    }
    return counties.pop() if len(counties) == 1 else None


# ---------------------------------------------------------------- splitting


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    return [(match.start(), match.end()) for match in re.finditer(r"[^\n]+", text) if match.group(0).strip()]


def headline_officials(text: str) -> list[Official]:
    found = (headline_official(text[start:end], start) for start, end in paragraph_spans(text))
    return [official for official in found if official is not None]


@dataclass(frozen=True)
class SplitPoint:
    start: int
    official: Official
    heading: str | None


def headline_split_points(text: str) -> list[SplitPoint]:
    """One split per interview headline; a title line just above the "——访…" line opens the section."""
    spans = paragraph_spans(text)
    points: list[SplitPoint] = []
    for index, (start, end) in enumerate(spans):
        official = headline_official(text[start:end], start)
        if official is None:
            continue
        heading = text[start:end]
        previous = spans[index - 1] if index else None
        if previous is not None and opens_with_title(text, previous, points):
            heading = f"{text[previous[0] : previous[1]]} {heading}"
            start = previous[0]
        points.append(SplitPoint(start, official, heading))
    return points


def opens_with_title(text: str, previous: tuple[int, int], points: list[SplitPoint]) -> bool:
    paragraph = text[previous[0] : previous[1]]
    taken = bool(points) and points[-1].official.start >= previous[0]
    return is_heading(paragraph) and HEADLINE_RE.search(paragraph) is None and not taken


def statement_split_points(text: str) -> list[SplitPoint]:
    """Split at interview statements ("…在接受记者采访时…") when officials of several regions give them."""
    interviews = [
        official
        for official in officials_in(text)
        if official.region and (official.interview or _opens_a_statement(official, text))
    ]
    first_per_region = list({official.region: official for official in reversed(interviews)}.values())[::-1]
    if len(first_per_region) < 2:
        return []
    spans = paragraph_spans(text)
    points: list[SplitPoint] = []
    for official in first_per_region:
        index = next(i for i, (start, end) in enumerate(spans) if start <= official.start < end)
        if index > 0 and is_heading(text[spans[index - 1][0] : spans[index - 1][1]]):
            index -= 1
        points.append(SplitPoint(spans[index][0], official, None))
    return points


STATEMENT_AFTER_RE = LazyPattern(
    r"\s*(?:(?:日前|近日|当天|同日)?在[^,，。:：“”]{1,10}?(?:上|时|中))?(?:表示|说|介绍|谈到|指出)"
)
"""What follows an official who opens a paragraph with a statement: "表示", or "在会上表示" (at the event)."""


def _opens_a_statement(official: Official, text: str) -> bool:
    """ "陆川县委书记梁伟表示，2025年…" at the start of a paragraph: that official's statement follows."""
    paragraph_start = text.rfind("\n", 0, official.start) + 1
    return not text[paragraph_start : official.start].strip() and bool(
        STATEMENT_AFTER_RE.match(text, official.end)
    )


def sections_from_points(text: str, points: list[SplitPoint]) -> list[Section]:
    bounds = [point.start for point in points] + [len(text)]
    sections = [
        Section(
            region=build_region(point.official, text, text[point.start : bounds[i + 1]]),
            start=point.start,
            end=bounds[i + 1],
            heading=point.heading,
        )
        for i, point in enumerate(points)
    ]
    if text[: bounds[0]].strip():
        sections.insert(0, Section(region=None, start=0, end=bounds[0]))
    else:
        sections[0] = sections[0].model_copy(update={"start": 0})
    return sections


def single_heading(text: str, region: Region | None) -> str | None:
    """The first line of a one-section text when it is a title naming the official (an interview headline)."""
    spans = paragraph_spans(text)
    if not spans or region is None or region.official is None:
        return None
    first = text[spans[0][0] : spans[0][1]]
    return first if is_heading(first) and region.official in first else None


def split_sections(text: str) -> list[Section]:
    """One section per interview; contiguous, ordered, covering the whole text. [] for an empty text."""
    if not text.strip():
        return []
    points = sorted(headline_split_points(text) or statement_split_points(text), key=lambda p: p.start)
    if points:
        return sections_from_points(text, points)
    region = main_region(text)
    return [Section(region=region, start=0, end=len(text), heading=single_heading(text, region))]
