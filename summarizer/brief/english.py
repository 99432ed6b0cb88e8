"""English for an English brief where the backend gave none: the glossary, romanized regions and people.

The glossary (`glossary/terms.tsv`, written by hand from the gold set and the corpora) is matched longest
first, so a compound metric is read from its parts: 规上工业增加值增速 → "value added of industry above
designated size" + "{} growth". An English with "{}" takes the English of everything before it
(数量 → "number of {}"). A text is translated only when every Chinese character is covered; otherwise the
caller keeps the Chinese (in quotes). Regions are a name stem (a known English name, else pinyin) and
the English of their type (`glossary/regions.tsv`): 托克托县 → Tuoketuo County, 土默特左旗 → Tumed Left
Banner. pypinyin is imported only when a name needs romanizing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from summarizer.text import LazyPattern

HAN = LazyPattern(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
PUNCTUATION = {
    "、": ", ",
    ",": ", ",
    "，": ", ",
    "“": ' "',
    "”": '" ',
    "‘": " '",
    "’": "' ",
    "《": ' "',
    "》": '" ',
    "(": " (",
    ")": ") ",
    "·": " ",
    ":": ": ",
    ";": "; ",
    "：": ": ",
    "；": "; ",
    "…": "…",
    "—": " - ",
}
COMPOUND_SURNAMES = frozenset(
    {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯"}
)
SLOT = "{}"
CLAUSE_SPACE = LazyPattern(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])")
"""A space between two Chinese words separates two clauses (a title's two halves): "; " in English."""


@dataclass(frozen=True)
class Glossary:
    terms: dict[str, str]
    region_types: tuple[tuple[str, str], ...]
    """(suffix, English), the longest suffix first."""
    places: dict[str, str]

    @property
    def size(self) -> int:
        return len(self.terms) + len(self.region_types) + len(self.places)


def read_table(name: str) -> list[list[str]]:
    """The tab-separated rows of a glossary file, comments and blank lines left out."""
    text = resources.files("summarizer.brief").joinpath("glossary", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def glossary() -> Glossary:
    """The glossary, its Chinese in NFKC as cleaned article text is."""
    terms = {unicodedata.normalize("NFKC", zh): en for zh, en in read_table("terms.tsv")}
    rows = read_table("regions.tsv")
    types = sorted(((zh, en) for kind, zh, en in rows if kind == "type"), key=lambda row: -len(row[0]))
    places = {zh: en for kind, zh, en in rows if kind == "place"}
    return Glossary(terms, tuple(types), places)


def has_chinese(text: str) -> bool:
    return bool(HAN.search(text))


def longest_match(text: str, start: int, table: Mapping[str, str], longest: int) -> tuple[int, str] | None:
    """(length, English) of the longest entry of `table` that starts at `start`."""
    for end in range(min(len(text), start + longest), start, -1):
        english = table.get(text[start:end])
        if english is not None:
            return end - start, english
    return None


def with_slot(english: str, before: list[str]) -> list[str]:
    """The parts so far, after an English with a slot: "number of {}" wraps them, or drops its slot."""
    if SLOT not in english:
        return [*before, english]
    inner = tidy("".join(before))
    if inner:
        return [english.replace(SLOT, inner)]
    return [re.sub(r"\s*\bof\s*\{\}|\{\}\s*|\s*\{\}", "", english).strip()]


def translate(text: str, names: Mapping[str, str] | None = None) -> str | None:
    """English for a term, metric or phrase when the glossary (and `names`, e.g. the brief's regions)
    covers all of its Chinese; None otherwise."""
    text = CLAUSE_SPACE.sub("；", unicodedata.normalize("NFKC", text).strip())
    if not has_chinese(text):
        return None
    table = {**glossary().terms, **(names or {})}
    longest = max(map(len, table))
    parts: list[str] = []
    position = 0
    while position < len(text):
        match = longest_match(text, position, table, longest)
        if match is not None:
            parts = with_slot(" " + match[1] + " ", parts)
            position += match[0]
        elif HAN.match(text[position]):
            return None
        else:
            parts.append(PUNCTUATION.get(text[position], text[position]))
            position += 1
    return tidy("".join(parts)) or None


def tidy(text: str) -> str:
    """One space between words, none inside brackets or quotes or before punctuation."""
    text = " ".join(text.split())
    text = re.sub(r"\s+([,;:)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r'"\s*([^"]*?)\s*"', r'"\1"', text)
    return text.strip(" ,;")


def romanized(text: str) -> str:
    """Pinyin of a run of Chinese characters, as one capitalized word: 托克托 → Tuoketuo."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(text)).capitalize()


def stem_english(stem: str) -> str:
    """A name without its type: known parts in their English, the rest in pinyin, word by word."""
    places = glossary().places
    longest = max(map(len, places))
    words: list[str] = []
    pending = ""
    position = 0
    while position < len(stem):
        match = longest_match(stem, position, places, longest)
        if match is None:
            pending += stem[position]
            position += 1
            continue
        if pending:
            words.append(romanized(pending) if has_chinese(pending) else pending)
            pending = ""
        words.append(match[1])
        position += match[0]
    if pending:
        words.append(romanized(pending) if has_chinese(pending) else pending)
    return " ".join(words)


def region_english(name: str) -> str:
    """托克托县 → Tuoketuo County; 土默特左旗 → Tumed Left Banner; 全县 → the whole county."""
    name = name.strip()
    table = glossary()
    if not has_chinese(name):
        return name
    if name in table.places:
        return table.places[name]
    for suffix, english in table.region_types:
        if name.endswith(suffix) and len(name) > len(suffix):
            return f"{stem_english(name[: -len(suffix)])} {english}"
    return stem_english(name)


def person_english(name: str) -> str:
    """A Chinese personal name in pinyin, surname first: 高正 → Gao Zheng, 陈胡日查 → Chen Huricha."""
    name = name.strip()
    if not name or not all(HAN.match(char) for char in name):
        return name
    split = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
    return f"{romanized(name[:split])} {romanized(name[split:])}".strip()


def quoted(text: str) -> str:
    """Chinese kept as the source's words: “…”."""
    return f"“{text}”"
