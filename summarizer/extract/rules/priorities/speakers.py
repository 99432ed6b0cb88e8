"""Who speaks for which unit: reporting frames, a speaker's own region, towns and visited units."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.extract.rules.answers import (
    speaks_for_a_company,
)
from summarizer.extract.rules.priorities.vocabulary import SPEAKER_AFTER, SPEAKER_FRAME
from summarizer.extract.rules.text import (
    Span,
    TextIndex,
    frames_from_verb,
)
from summarizer.ingest.gazetteer import Place, gazetteer
from summarizer.ingest.places import lowest_place_in, quoted_higher_level
from summarizer.ingest.sections import bare_name
from summarizer.text import LazyPattern

_WE_COMMIT = LazyPattern(
    r"(?:下一步|今后|未来|接下来|明年|新的一年)?(?P<subject>我们)(?:还|也|则|仍)?(?:将|要)"
    r"(?:继续|持续|全力|着力|大力|加快|坚定不移|深入|进一步|重点)?"
)
"""The narrator's own plans in a look-back or a leader's article ("同时，我们将持续壮大主导产业"): the
region's voice when the words are no quotation and no other speaker frames them."""
_PLACE_SUBJECT = LazyPattern(
    r"(?P<place>[\u4e00-\u9fff]{2,10}?(?:高新区|经开区|开发区|新区|区|县|市|旗))(?:还|也|仍)?将"
)
"""A head whose subject is a place ("浑南区将…", "沈阳高新区将…"): that place's plan."""
"""A sentence that reports the next step ("下一步，某区民政局将做好…"): its intent is explicit, so any line
of work it names (做好, 实施, 开展) makes it a plan."""
_SPEAKER_TITLE = LazyPattern(
    r"(?:长|书记|主任|负责人|经理|董事长|总裁|专家|教授|代表|委员)[\u4e00-\u9fff]{2,4}(?:说|表示|介绍|指出|强调)"
)
"""A titled speaker: the title right before the name and the speech verb ("副主任黄丹华表示")."""
_LOCAL_TITLE = LazyPattern(
    r"(?:常务)?副?[市区县州旗盟](?:委|长|政府)|[市区县州旗盟][\u4e00-\u9fff]{1,10}?(?:局|委|办|厅)(?:常务)?副?(?:局长|主任|书记)"
)
_VISITING_PARTY = LazyPattern(r"考察团|代表团|访问团|考察组|客商|来宾|嘉宾|外宾|一行")
"""A party visiting the region ("昆山市考察团", "客商一行"): what it says it will do is its own plan."""
_BARE_NAME = LazyPattern(r"[\u4e00-\u9fff]{2,3}")
_REGION_TITLE = (
    r"(?:{subjects})[^,，。；;“”\s]{{0,12}}?(?:书记|县长|区长|市长|旗长|州长|盟长|局长|主任|主席|部长|负责人)"
)
"""A title that names the region ("青禾县长", "青禾县委书记", "青禾县商务局局长") before its holder's name."""
_REPORTING_FRAME = LazyPattern(
    r"(?P<speaker>[^,，。；;“”]{2,30}?)(?:说|表示|介绍|指出|强调|透露)[,，:：](?!“)"
)
_REPORTING_VERB = LazyPattern(r"(?:说|表示|介绍|指出|强调|透露)[,，:：]")
REPORTING_SPEAKER_CHARS = (2, 30)


def reporting_frames(text: str, sentence: Span) -> Iterator[re.Match[str]]:
    """The speakers' frames of a sentence (`_REPORTING_FRAME.finditer`), found from their verbs."""
    return frames_from_verb(_REPORTING_FRAME, _REPORTING_VERB, text, sentence, REPORTING_SPEAKER_CHARS)


"""A speaker's frame in a sentence, before indirect speech (not a quotation): "某某表示，", "某某透露，"."""


_VISIT = LazyPattern(
    r"(?:赴|到|深入|走进)(?P<unit>[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡))(?:开展|进行)?[^,，。；;]{0,6}?(?:调研|检查|视察|座谈)"
)
_TOWN_SUBJECT = LazyPattern(r"(?P<town>[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡))(?:还|也|仍)?将")
"""A head whose subject is a town the text names under the section's region ("某高新区河山镇…。河山镇将
继续…"): the town's plan (guidelines §1: the lowest unit named)."""
_BARE_TOWN_SUBJECT = LazyPattern(r"(?:该|本|我)?(?P<level>街道|镇|乡)(?:还|也|仍)?将")
_TOWN_NAMED = LazyPattern(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[和与及]))(?P<unit>[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡))"
)
"""A town or subdistrict named at the start of a clause or after a conjunction ("日前，玉桥街道完成了…",
"安定街道和和平街道"), where its name begins."""
_RAISES_REQUIREMENTS = LazyPattern(r"(?:提出|作出|提了)[^,，。；;]{0,6}?(?:要求|希望|意见)$")
"""A visit to a unit below the region that ends by raising requirements: the items that follow are the
visited unit's work, not the visitor's region's."""
_VOICE_CHARS = 2
"""The length of a higher level's voice that opens a clause as its subject (全市, 全省)."""


def quoted_unit(text: str, index: TextIndex, head: Span, region: str | None) -> str | None:
    """The county under the section's city whose official a quoted plan is ("“我们将执行…政策。”某市某旗
    副旗长某某说"): the plan is that unit's (§1), not the city's."""
    paragraph = index.paragraph(head.start)
    if region is None or not in_quotation(text, paragraph.start, head.start):
        return None
    close = text.find("”", head.end, paragraph.end)
    speaker = SPEAKER_AFTER.match(text, close + 1, paragraph.end) if close >= 0 else None
    if speaker is None:
        return None
    places = gazetteer()
    named = [m.surface for m in places.mentions(speaker.group("speaker")) if places.named(m.surface)]
    unit = places.resolve(named[-1]) if named else None
    parent = places.parent(unit) if unit is not None else None
    return unit.name if unit is not None and parent is not None and parent.name == region else None


def priority_region(text: str, index: TextIndex, head: Span, region: str | None) -> str | None:
    """The section's region, or the city when a clause of the head's sentence, up to the head, has the
    whole city as its subject ("全市各级各部门要…，集中精力抓…" in a county's section), as targets (§1)."""
    place = _PLACE_SUBJECT.match(text, head.start, head.end)
    if place is not None and _is_place(place.group("place")):
        return place.group("place")
    if region is None:
        return None
    town = _TOWN_SUBJECT.match(text, head.start, head.end)
    if town is not None and region + town.group("town") in text:  # "某高新区河山镇" … "河山镇将继续…"
        return town.group("town")
    visited = _visited_unit(text, index, head) or _own_town(text, head)
    if visited is not None:
        return visited
    parent = _parent_place(region)
    if parent is not None and text.startswith(parent.surfaces, head.start):
        return parent.name
    offset = index.full_sentence(head.start).start
    while offset <= head.start:
        clause = index.clause(offset)
        subject = text[clause.start : clause.start + _VOICE_CHARS]
        higher = quoted_higher_level(region, subject)
        if higher is not None:
            return higher
        offset = max(clause.end + 1, offset + 1)
    return region


def _own_town(text: str, head: Span) -> str | None:
    """The one subdistrict or town a head speaks for by its bare level word ("街道将持续深化…", "该镇将…")
    when the text names exactly one unit of that level ("玉桥街道"): that unit's plan, not its district's."""
    bare = _BARE_TOWN_SUBJECT.match(text, head.start, head.end)
    if bare is None:
        return None
    level = bare.group("level")
    named = {
        match.group("unit") for match in _TOWN_NAMED.finditer(text) if match.group("unit").endswith(level)
    }
    named = {name for name in named if not any(other != name and other.endswith(name) for other in named)}
    return named.pop() if len(named) == 1 else None


def _visited_unit(text: str, index: TextIndex, head: Span) -> str | None:
    """The town or subdistrict a leader visits when the sentence before the head raises requirements
    there ("副区长赴某某街道开展座谈调研，…，并提出三点工作要求。一是要…"): the items are that unit's work."""
    sentence = index.full_sentence(head.start)
    if sentence.start <= index.paragraph(head.start).start:
        return None
    before = index.full_sentence(sentence.start - 1).text(text).rstrip("。！!：:")
    visit = _VISIT.search(before)
    return visit.group("unit") if visit is not None and _RAISES_REQUIREMENTS.search(before) else None


def subjects_of(region: str | None, aliases: tuple[str, ...]) -> list[str]:
    """The names a region's plans open with: its own, and its parent's ("岳阳将…" in a district's
    section is the city's plan, guidelines §1)."""
    parent = _parent_place(region)
    names = [name for name in (region, *aliases, bare_name(region or "")) if name]
    names += list(parent.surfaces) if parent else []
    return sorted(set(names), key=lambda name: (-len(name), name))


def _is_place(name: str) -> bool:
    """A name the gazetteer knows, or a zone named after one ("沈阳高新区")."""
    places = gazetteer()
    if places.named(name) or lowest_place_in(name):
        return True
    zone = re.match(r"(?P<stem>[\u4e00-\u9fff]{2,4}?)(?:高新区|经开区|开发区|新区)$", name)
    return zone is not None and bool(places.named(zone.group("stem")))


def _parent_place(region: str | None) -> Place | None:
    """The prefecture above a county-level region, when the gazetteer knows the region."""
    if not region:
        return None
    places = gazetteer()
    place = places.resolve(lowest_place_in(region) or region) or places.resolve(bare_name(region) or region)
    parent = places.parent(place) if place is not None else None
    return parent if parent is not None and parent.level == "prefecture" else None


def in_quotation(text: str, start: int, position: int) -> bool:
    """Whether `position` lies inside a quotation opened after `start`."""
    return text.count("“", start, position) != text.count("”", start, position)


def own_we(text: str, index: TextIndex, clause: Span) -> re.Match[str] | None:
    """A clause that opens with the narrator's "我们将/要", outside any quotation and any speaker's frame."""
    match = _WE_COMMIT.match(text, clause.start, clause.end)
    if match is None:
        return None
    paragraph = index.paragraph(clause.start)
    if text.count("“", paragraph.start, clause.start) != text.count("”", paragraph.start, clause.start):
        return None  # inside a quotation: the words of whoever is quoted
    sentence = index.full_sentence(clause.start)
    framed = _REPORTING_FRAME.search(text, sentence.start, clause.start)
    if framed or SPEAKER_FRAME.match(paragraph.text(text)):
        return None
    return match


def is_own_speaker(speaker: str, subjects: list[str], text: str = "") -> bool:
    """A speaker of the region's own: the title names the region, it is a bare local title ("副市长",
    "市商务局局长": the city of the article), or a bare name the text introduces elsewhere with a title of
    the region's ("青禾县长王华谈营商环境…。“…”王华说")."""
    if speaks_for_a_company(speaker):
        return False
    if any(subject in speaker for subject in subjects) or _LOCAL_TITLE.match(speaker) is not None:
        return True
    return _introduced_with_a_title(text, speaker.strip(), subjects)


def _introduced_with_a_title(text: str, name: str, subjects: list[str]) -> bool:
    """Whether the text names `name`, a bare name, right after a title that names the region."""
    if not subjects or not _BARE_NAME.fullmatch(name):
        return False
    titled = _REGION_TITLE.format(subjects="|".join(map(re.escape, subjects))) + re.escape(name)
    return re.search(titled, text) is not None


def is_visitor(speaker: str, subjects: list[str]) -> bool:
    """A speaker with a title ("国务院国资委副主任", "公司负责人") or a visiting party ("考察团", "客商一行")
    that names none of the region's names and is no bare local title ("副市长李明表示" is the region's
    own)."""
    visiting = _VISITING_PARTY.search(speaker) is not None
    if not visiting and (_SPEAKER_TITLE.search(speaker) is None or _LOCAL_TITLE.match(speaker) is not None):
        return False
    return not any(subject in speaker for subject in subjects)
