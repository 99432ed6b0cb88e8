"""The national gazetteer: every province, prefecture and county-level unit with its code and parents.

Read once, lazily, from `gazetteer.tsv` (package data, derived from cpca's adcodes table by
scripts/make_gazetteer.py). A code's first 2/4/6 digits give the province/prefecture/county, so the
parents of 涞源县 (130630) are 保定市 (130600) and 河北省 (130000). A name may stand for several
places (新城区, 朝阳区, the short form 朝阳): `resolve` answers only when one of them fits the places the
text names.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Literal, NamedTuple

from summarizer.memo import article_dict
from summarizer.text import LazyPattern

Level = Literal["province", "prefecture", "county"]


class Place(NamedTuple):
    """One administrative unit: its 6-digit code, official name and short form (涞源县, 涞源)."""

    code: str
    name: str
    short: str | None

    @property
    def level(self) -> Level:
        if self.code.endswith("0000"):
            return "province"
        return "prefecture" if self.code.endswith("00") else "county"

    @property
    def surfaces(self) -> tuple[str, ...]:
        """The forms a text may write it in: the official name, then the short form."""
        return (self.name, self.short) if self.short else (self.name,)


MENTIONS_KEPT = 1024
"""How many texts' mentions a gazetteer keeps (a corpus run reads each article's paragraphs together; all
are forgotten when the next article is prepared, `summarizer.memo`)."""
MENTIONS_KEPT_CHARS = 2000
"""The longest text whose mentions are kept among many (a paragraph); of longer texts (a whole article, read
for several purposes) only the last one is kept, so memory stays bounded whatever the input."""


@dataclass(frozen=True)
class Mention:
    """A gazetteer name written in a text: the places it may stand for and where it is."""

    surface: str
    places: tuple[Place, ...]
    start: int
    end: int


class Gazetteer:
    """Places by code and by every surface form, with their parents."""

    def __init__(self, places: Iterable[Place]) -> None:
        self.by_code = {place.code: place for place in places}
        named: defaultdict[str, list[Place]] = defaultdict(list)
        for place in self.by_code.values():
            named[place.name].append(place)
            if place.short:
                named[place.short].append(place)
        self.by_surface = {surface: tuple(found) for surface, found in named.items()}
        self._lengths = _lengths_by_head(named)
        self._heads = _head_pattern(self._lengths)
        self._mentions_of: dict[str, tuple[Mention, ...]] = article_dict()
        """The mentions of the article's paragraphs read so far (emptied for each article)."""
        self._long_text_mentions: dict[str, tuple[Mention, ...]] = article_dict()
        """The mentions of the last long text read (the article itself), by that text."""

    def named(self, surface: str) -> tuple[Place, ...]:
        """Every place a name (official or short) may stand for; () when none."""
        return self.by_surface.get(surface, ())

    def parent(self, place: Place) -> Place | None:
        """The unit directly above: the prefecture, else (a municipality's district, a county the
        province governs directly) the province; None for a province."""
        if place.level == "province":
            return None
        if place.level == "county":
            prefecture = self.by_code.get(place.code[:4] + "00")
            if prefecture is not None:
                return prefecture
        return self.by_code.get(place.code[:2] + "0000")

    def ancestors(self, place: Place) -> list[Place]:
        """The units above a place, nearest first (涞源县 → 保定市, 河北省)."""
        found: list[Place] = []
        parent = self.parent(place)
        while parent is not None:
            found.append(parent)
            parent = self.parent(parent)
        return found

    def is_county(self, name: str) -> bool:
        """Whether a name (official or short) is a county-level unit's, and nothing else's."""
        places = self.named(name)
        return bool(places) and all(place.level == "county" for place in places)

    def resolve(self, surface: str, context: Iterable[Place] = ()) -> Place | None:
        """The one place a name stands for: the only one with that name, else the only one under a
        place of `context` (the other places the text names); None while it stays ambiguous."""
        places = self.named(surface)
        if len(places) == 1:
            return places[0]
        codes = {place.code for place in context}
        fitting = [place for place in places if codes.intersection(a.code for a in self.ancestors(place))]
        return fitting[0] if len(fitting) == 1 else None

    def mentions(self, text: str) -> Iterator[Mention]:
        """Gazetteer names in a text, left to right, the longest at each position, not overlapping. The
        rules read the same paragraphs for several purposes (place chains, the places named, a city's short
        form), so the last texts' mentions are kept."""
        if len(text) > MENTIONS_KEPT_CHARS:  # a whole article: only the last one is kept
            found = self._long_text_mentions.get(text)
            if found is None:
                self._long_text_mentions.clear()
                found = self._long_text_mentions[text] = tuple(self._scan(text))
            return iter(found)
        found = self._mentions_of.get(text)
        if found is None:
            if len(self._mentions_of) >= MENTIONS_KEPT:
                self._mentions_of.clear()
            found = self._mentions_of[text] = tuple(self._scan(text))
        return iter(found)

    def _scan(self, text: str) -> Iterator[Mention]:
        position, end = 0, len(text) - 1
        while position < end:
            head = self._heads.search(text, position)  # where a name's first two characters may stand
            if head is None:
                return
            position = head.start()
            surface = self._longest_at(text, position)
            if surface is None:
                position += 1
                continue
            yield Mention(surface, self.by_surface[surface], position, position + len(surface))
            position += len(surface)

    def _longest_at(self, text: str, position: int) -> str | None:
        for length in self._lengths.get(text[position : position + 2], ()):
            if text[position : position + length] in self.by_surface:
                return text[position : position + length]
        return None


def _lengths_by_head(surfaces: Iterable[str]) -> dict[str, list[int]]:
    """The lengths of the names by their first two characters, longest first (most heads start one
    length only)."""
    lengths: dict[str, list[int]] = {}
    for surface in surfaces:
        found = lengths.get(surface[:2])
        if found is None:
            lengths[surface[:2]] = [len(surface)]
        elif len(surface) not in found:
            found.append(len(surface))
            found.sort(reverse=True)
    return lengths


def _head_pattern(lengths: Iterable[str]) -> LazyPattern:
    """A pattern of the positions where a name's first two characters may stand: a first character of a
    name followed by a second character of one (a superset of the names' heads, one class each: the scan
    tries `_longest_at` only there, not at every character of the text)."""
    heads = [head for head in lengths if len(head) == 2]
    firsts = re.escape("".join(sorted({head[0] for head in heads})))
    seconds = re.escape("".join(sorted({head[1] for head in heads})))
    return LazyPattern(f"[{firsts}](?=[{seconds}])")


def parse_places(table: str) -> list[Place]:
    """Places from the gazetteer table: `code<TAB>name<TAB>short` lines; `#` lines are comments."""
    rows = (line.split("\t") for line in table.splitlines() if line and not line.startswith("#"))
    return [Place(code, name, short or None) for code, name, short in rows]


@functools.cache
def gazetteer() -> Gazetteer:
    """The national gazetteer, read from the package data on first use."""
    table = resources.files("summarizer.ingest").joinpath("gazetteer.tsv").read_text(encoding="utf-8")
    return Gazetteer(parse_places(table))
