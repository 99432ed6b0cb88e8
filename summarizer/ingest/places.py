"""Places a text names, read with the national gazetteer: places named with their parents ("河北保定涞源县"),
the place at the end of a longer name ("图为大兴区"), and the one region above the units a report names.

Guidelines §1: a place named with its parents is the lowest unit named. Bare short forms (涞源, 朝阳) are
common words as often as places, so they count only where a parent or sibling confirms them.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from summarizer.ingest.gazetteer import Mention, Place, gazetteer

LEVEL_CHARS = frozenset("省市县区旗盟州")
"""A level suffix written after a short form ("梁平" + "区" when the table still says 梁平县)."""
MIN_SIBLINGS = 3
"""Distinct units of one parent a text must name before the parent speaks for the text."""


@dataclass(frozen=True)
class PlaceChain:
    """A place written after its parents: the lowest unit (its name as the text writes it) and the chain."""

    name: str
    place: Place
    surface: str
    start: int
    end: int


def place_chains(text: str) -> list[PlaceChain]:
    """Places written after one or more of their parents, with or without suffixes ("河北保定涞源县",
    "陕西咸阳乾县", "沈阳市大东区"), each as its lowest unit, in order."""
    mentions = list(gazetteer().mentions(text))
    chains: list[PlaceChain] = []
    index = 0
    while index < len(mentions):
        links = _chain_from(mentions, index)
        if (shared := _shared_city_char(text, links)) is not None:
            chains.append(shared)
        elif (
            len(links) >= 2
            and len(candidates := _lowest(links)) == 1
            and _reads_as_place(text, links, candidates[0])
        ):
            chains.append(_chain(text, links, candidates[0]))
        index += len(links)
    return chains


SHARED_CITY_CHAR_DISTRICTS = ("市中区",)
"""Districts whose name starts with 市: written after their city, the two share the character ("枣庄市中区"
is 枣庄市 + 市中区, read greedily as 枣庄市 + 中区)."""


def _shared_city_char(text: str, links: list[Mention]) -> PlaceChain | None:
    """The district a city's name runs into through their shared 市 ("枣庄市中区" → 市中区 of 枣庄市)."""
    last = links[-1]
    if not last.surface.endswith("市"):
        return None
    for district in SHARED_CITY_CHAR_DISTRICTS:
        if not text.startswith(district[1:], last.end):
            continue
        cities = {place.code for place in last.places}
        for place in gazetteer().named(district):
            parent = gazetteer().parent(place)
            if parent is not None and parent.code in cities:
                end = last.end + len(district) - 1
                return PlaceChain(district, place, text[links[0].start : end], links[0].start, end)
    return None


def _reads_as_place(text: str, links: list[Mention], place: Place) -> bool:
    """Whether the chain's last link reads as the place: a district's bare short form (no 区 written) only
    right after its own city ("沈阳铁西"); after the province it is a word ("辽宁振兴发展", "河南解放")."""
    last = links[-1]
    bare = last.surface != place.name and text[last.end : last.end + 1] not in LEVEL_CHARS
    if not bare or not place.name.endswith("区") or place.level != "county":
        return True
    parent = gazetteer().parent(place)
    return parent is not None and any(candidate.code == parent.code for candidate in links[-2].places)


def _chain_from(mentions: list[Mention], index: int) -> list[Mention]:
    """The mentions from `index` on, each glued to the one before and a unit below it."""
    links = [mentions[index]]
    for position in range(index + 1, len(mentions)):  # neither a copy nor a skip of the list's head
        mention = mentions[position]
        if mention.start != links[-1].end or not _below(mention.places, links[-1].places):
            break
        links.append(mention)
    return links


def _below(children: Iterable[Place], parents: Iterable[Place]) -> bool:
    codes = {parent.code for parent in parents}
    return any(codes.intersection(a.code for a in gazetteer().ancestors(child)) for child in children)


def _lowest(links: list[Mention]) -> list[Place]:
    """The places the last link may be, under the places the link before it may be."""
    return [place for place in links[-1].places if _below([place], links[-2].places)]


def _chain(text: str, links: list[Mention], place: Place) -> PlaceChain:
    last = links[-1]
    name, end = place.name, last.end
    if last.surface != place.name and text[end : end + 1] in LEVEL_CHARS:
        name, end = last.surface + text[end], end + 1
    return PlaceChain(name, place, text[links[0].start : end], links[0].start, end)


def lowest_place_in(surface: str) -> str | None:
    """The gazetteer place a longer name ends with ("图为大兴区" → 大兴区, "岳阳市云溪区" → 云溪区);
    None when the name is itself in the gazetteer or ends with no place it knows."""
    if gazetteer().named(surface):
        return None
    mentions = list(gazetteer().mentions(surface))
    if not mentions or mentions[-1].end != len(surface):
        return None
    last = mentions[-1]
    official = any(place.name == last.surface for place in last.places)
    after_parent = (
        len(mentions) >= 2 and mentions[-2].end == last.start and _below(last.places, mentions[-2].places)
    )
    return last.surface if official and (len(last.surface) >= 3 or after_parent) else None


def parent_of_units(text: str, suffix: str) -> tuple[str, int] | None:
    """The one region whose name ends with `suffix` (省, 市, 自治区 …) with at least MIN_SIBLINGS distinct
    units right below it that the text names ("哈尔滨、齐齐哈尔、牡丹江" → 黑龙江省; a county counts as its
    prefecture), and how many; None if none or two tie. A name shared by several places counts only
    where the text names one of their parents."""
    mentions = list(gazetteer().mentions(text))
    context = [m.places[0] for m in mentions if len(m.places) == 1]
    children: dict[Place, set[Place]] = defaultdict(set)
    for mention in mentions:
        place = gazetteer().resolve(mention.surface, context)
        path = [] if place is None else [place, *gazetteer().ancestors(place)]
        for child, parent in itertools.pairwise(path):
            if parent.name.endswith(suffix):
                children[parent].add(child)
    ranked = sorted(((len(found), parent.name) for parent, found in children.items()), reverse=True)
    if not ranked or ranked[0][0] < MIN_SIBLINGS or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1], ranked[0][0]


HIGHER_VOICES: dict[str, tuple[str, tuple[str, ...]]] = {
    "全市": ("市", ("区", "县", "旗")),
    "全省": ("省", ("市", "州", "盟", "区", "县", "旗")),
}
"""A higher level's voice: the suffix of the level it speaks for, and the suffixes of the units below it."""


def quoted_higher_level(region: str, words: str) -> str | None:
    """The higher level whose target a lower region's text quotes (guidelines §1): a district or county
    whose clause says 全市 ("规划到2035年全市化工产业收入达到7000亿元") quotes its city's target."""
    for voice, (suffix, lower) in HIGHER_VOICES.items():
        if voice not in words or not region.endswith(lower):
            continue
        place = gazetteer().resolve(lowest_place_in(region) or region)
        parents = [] if place is None else gazetteer().ancestors(place)
        parent = next((p for p in parents if p.name.endswith(suffix)), None)
        if parent is not None:
            return parent.name
    return None


def lies_under(name: str, parent: str) -> bool:
    """Whether a place the text names lies under another ("五华区" under 昆明市, "青松镇" never: the
    gazetteer stops at counties)."""
    parents = {place.code for place in gazetteer().named(parent)}
    return any(
        parents.intersection(above.code for above in gazetteer().ancestors(place))
        for place in gazetteer().named(name)
    )
