"""The store of compiled patterns kept between runs: the patterns it hands back behave exactly as
`re.compile`'s, a damaged or foreign file is ignored, and a real summarize writes it once and then reads
it."""

from __future__ import annotations

import array
import gc
import importlib
import json
import marshal
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import summarizer
from summarizer import patterns
from summarizer.patterns import CODE_WORDS, PatternStore, first_filter
from summarizer.text import LazyPattern
from tests.conftest import ARTICLES, SEED_000, RunCli

SAMPLE = "\n".join(
    [
        *(path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt"))),
        SEED_000.read_text(encoding="utf-8"),
        "2025年底前完成3.5亿元投资，GDP增长6%以上。（记者 张三）",
        "A股 12.5% +0.3 [1] ①② (一) ~ — “引号” 《名》 \t end",
    ]
)
"""The dev articles, a seed and a line of mixed scripts and punctuation: the texts matches are compared on."""


@pytest.fixture(autouse=True)
def bytecode_written(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store writes as Python writes bytecode: allowed here whatever the environment says."""
    monkeypatch.setattr("sys.dont_write_bytecode", False)


def package_patterns() -> list[LazyPattern]:
    """Every pattern the package declares (each module imported, then its LazyPattern objects)."""
    for module in pkgutil.walk_packages(summarizer.__path__, "summarizer."):
        importlib.import_module(module.name)
    return [found for found in gc.get_objects() if isinstance(found, LazyPattern)]


def engine_code(store: PatternStore, pattern: str, flags: int = 0) -> list[int]:
    """The engine's code the store keeps for a pattern, unpacked."""
    _, packed_code, *_ = store._compile_parts(pattern, flags)
    return array.array(CODE_WORDS, packed_code).tolist()


def behaves_alike(kept: re.Pattern[str], fresh: re.Pattern[str]) -> bool:
    """Same pattern, flags and groups, and the same matches with the same groups on the sample."""
    if (kept.pattern, kept.flags, kept.groups, kept.groupindex) != (
        fresh.pattern,
        fresh.flags,
        fresh.groups,
        fresh.groupindex,
    ):
        return False
    matches = [(m.span(), m.groups()) for m in kept.finditer(SAMPLE)]
    return matches == [(m.span(), m.groups()) for m in fresh.finditer(SAMPLE)]


def test_every_package_pattern_from_the_store_behaves_as_re_compile(tmp_path: Path) -> None:
    """Read back or compiled here, behind a filter of first characters or not, every pattern finds the
    same matches with the same groups as `re.compile`'s."""
    patterns = package_patterns()
    assert len(patterns) > 300
    path = tmp_path / "patterns.marshal"
    first = PatternStore(path)
    compiled = [first.compile(lazy.pattern, lazy.flags) for lazy in patterns]
    first.write()
    second = PatternStore(path)
    assert len(second.kept) == len({(lazy.pattern, int(lazy.flags)) for lazy in patterns})
    for lazy, made in zip(patterns, compiled, strict=True):
        fresh = re.compile(lazy.pattern, lazy.flags)
        assert behaves_alike(made, fresh), lazy.pattern
        assert behaves_alike(second.compile(lazy.pattern, lazy.flags), fresh), lazy.pattern
    assert not second.added  # everything came from the file


def test_a_damaged_or_foreign_store_is_ignored_and_replaced(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(b"\x00not marshal")
    store = PatternStore(path)
    assert store.kept == {}
    assert store.compile(r"(?P<year>20\d{2})年", 0).search("到2025年").group("year") == "2025"  # type: ignore[union-attr]
    store.write()
    assert (r"(?P<year>20\d{2})年", 0) in PatternStore(path).kept

    stamp, entries = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps(((stamp[0], stamp[1] + 1, stamp[2]), entries)))  # another interpreter
    assert PatternStore(path).kept == {}


def test_code_the_engine_refuses_is_compiled_again(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    store = PatternStore(path)
    store.compile("[一-鿿]{2}县", 0)
    store.write()
    stamp, entries = marshal.loads(path.read_bytes())
    flags, code, groups, names, index = entries[("[一-鿿]{2}县", 0)]
    word = array.array(CODE_WORDS).itemsize
    for damaged in (code[: 3 * word], code[: 3 * word + 1]):  # three words; not a whole number of words
        entries[("[一-鿿]{2}县", 0)] = (flags, damaged, groups, names, index)
        path.write_bytes(marshal.dumps((stamp, entries)))
        kept = PatternStore(path).compile("[一-鿿]{2}县", 0)
        assert kept.search("在托克托县").group() == "克托县"  # type: ignore[union-attr]


def test_no_file_is_written_where_bytecode_is_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.dont_write_bytecode", True)
    path = tmp_path / "patterns.marshal"
    store = PatternStore(path)
    assert store.compile("到(20\\d{2})年", 0).search("到2027年") is not None
    store.write()
    assert not path.exists()


def summary_without_timings(stdout: str) -> object:
    summary = json.loads(stdout)
    summary["provenance"].pop("timings")
    return summary


@pytest.mark.slow
def test_a_summarize_writes_the_store_once_and_the_next_run_reads_it(tmp_path: Path, run_cli: RunCli) -> None:
    prefix = tmp_path / "bytecode"
    environment = {"PYTHONPYCACHEPREFIX": str(prefix), "PYTHONDONTWRITEBYTECODE": ""}
    first = run_cli("summarize", str(SEED_000), "--format", "json", env=environment)
    assert first.returncode == 0, first.stderr
    stores = list(prefix.rglob("patterns.*.marshal"))
    assert len(stores) == 1
    written = stores[0].stat().st_mtime_ns
    second = run_cli("summarize", str(SEED_000), "--format", "json", env=environment)
    assert second.returncode == 0, second.stderr
    assert stores[0].stat().st_mtime_ns == written  # nothing new to add: not rewritten
    assert summary_without_timings(second.stdout) == summary_without_timings(first.stdout)


def test_a_filter_of_first_characters_covers_every_way_a_match_can_start() -> None:
    from re import _parser  # type: ignore[attr-defined]

    def filtered(pattern: str, flags: int = 0) -> str | None:
        return first_filter(_parser.parse(pattern, flags), flags)

    assert filtered(r"(?P<a>到\s*20\d{2})|(?P<b>截至|截止)|(?P<c>[上下]半年)") == "[上下到截]"
    assert filtered(r"(?:(?<=。)\s*)?(?P<by>记者|通讯员)") == r"[\s记通]"  # a look-behind consumes nothing
    assert filtered(r"(?:约|近)?(?P<n>\d+)个") == r"[\d约近]"  # an optional lead-in: what follows too
    assert filtered(r"第(?P<n>[一二三])") is None  # a literal first: `re` filters by itself
    assert filtered(r"第?(?P<n>[一二三])") == "[一三二第]"  # an optional one: it does not
    assert filtered(r"(?:[一-鿿]{2})县") is None  # a CJK class would let nearly every character through
    assert filtered(r"(?:.)县") is None  # any character
    assert filtered(r"(?:[^，。])县") is None  # a negated class
    assert filtered(r"(?:年)?") is None  # could match the empty string
    assert filtered(r"(?P<x>a) b", re.VERBOSE) is None  # comments and spaces of a verbose pattern: left alone
    assert filtered(r"^(?:首页|主页)$") is None  # anchored: `re` tries a search at the start only
    assert filtered(r"\A(?:首页|主页)") is None
    assert filtered(r"^(?:首页|主页)", re.MULTILINE) == "[主首]"  # every line's start: the filter still helps
    assert filtered(r"(?i:a)b|(?P<c>c)") is None  # a case-insensitive group: its literals stand for more
    store = PatternStore(None)
    kept = store.compile(r"(?P<a>到\s*20\d{2})|(?P<b>截至|截止)", 0)
    assert kept.pattern == r"(?P<a>到\s*20\d{2})|(?P<b>截至|截止)"  # the pattern as written, not the filter
    assert [m.lastgroup for m in kept.finditer("截至6月，到 2025年")] == ["b", "a"]


def test_an_anchored_pattern_is_kept_as_re_compiles_it_so_a_search_tries_the_start_only() -> None:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    store = PatternStore(None)
    for pattern, at_the_start, further_on in (
        (r"^(?:您当前的位置|当前位置)\s*:", "当前位置: 首页", "首页 当前位置: 首页"),
        (r"\A(?:首页|主页)", "主页 > 新闻", "新闻 > 主页"),
    ):
        assert engine_code(store, pattern) == _compiler._code(_parser.parse(pattern, 0), 0)
        kept = store.compile(pattern, 0)
        assert kept.search(at_the_start) is not None and kept.search(further_on) is None


def test_a_filtered_pattern_names_its_first_characters_to_the_engine_for_its_search() -> None:
    """The info block of a filtered pattern's code carries the class of its first characters (so that
    `search` skips in a loop of the engine's own the positions no match starts at); searches and matches
    from every offset are `re.compile`'s."""
    from re import _constants  # type: ignore[attr-defined]

    store = PatternStore(None)
    pattern = r"(?P<a>到\s*20\d{2})|(?P<b>截至|截止)|(?P<c>[上下]半年)"
    code = engine_code(store, pattern)
    assert code[0] == _constants.INFO and code[2] == _constants.SRE_INFO_CHARSET
    kept, fresh = store.compile(pattern, 0), re.compile(pattern)
    text = "截至6月，上半年到 2025年完成；截止到2030年下半年"
    for offset in range(len(text) + 1):
        for method in ("search", "match"):
            found, expected = getattr(kept, method)(text, offset), getattr(fresh, method)(text, offset)
            assert (found and found.span(), found and found.groups()) == (
                expected and expected.span(),
                expected and expected.groups(),
            )


def test_a_filter_the_engine_cannot_take_as_a_class_leaves_the_info_block_as_re_makes_it() -> None:
    """One first character (`re` would read it as a literal prefix) or a case-insensitive class: the
    look-ahead filter only."""
    from re import _constants  # type: ignore[attr-defined]

    store = PatternStore(None)
    for pattern, flags in ((r"(?:年)+底", 0), (r"(?:a|B)x", re.IGNORECASE)):
        assert engine_code(store, pattern, flags)[2] != _constants.SRE_INFO_CHARSET
        assert store.compile(pattern, flags).search("年底 AX") is not None


def test_each_alternative_that_opens_with_a_group_is_put_behind_a_filter_of_its_own() -> None:
    """An alternation's branches that open with a group get a look-ahead of their first characters (`re`
    enters them at every position tried otherwise); a branch that opens with a literal, or that may match
    the empty string, is left as it is; the matches and groups are `re.compile`'s at every offset."""
    from re import _constants, _parser  # type: ignore[attr-defined]

    from summarizer.patterns import _filter_alternatives

    tree = _parser.parse(r"(?P<year>20\d{2})年|截至|(?P<half>[上下]半年)|(?P<maybe>约)?末", 0)
    _filter_alternatives(tree, _parser, 0)
    openings = [alternative.data[0][0] for alternative in tree.data[0][1][1]]
    assert openings == [_constants.ASSERT, _constants.LITERAL, _constants.ASSERT, _constants.ASSERT]
    nullable = _parser.parse(r"(?:(?P<a>年)?)|(?P<b>月)", 0)
    _filter_alternatives(nullable, _parser, 0)
    assert [alternative.data[0][0] for alternative in nullable.data[0][1][1]] == [
        _constants.MAX_REPEAT,
        _constants.ASSERT,
    ]


OFFSETS_SAMPLE = (
    "2025年底前完成3.5亿元投资，GDP增长6%以上。截至6月底，上半年累计完成投资12.3亿元，同比增长8.1%；"
    "“十四五”期末达到100个。一是加快推进；二是聚焦民生。（记者 张三 通讯员 李四）《2024年政府工作报告》"
    "到2030年，力争实现翻番，一半以上的村达标。\n要坚持把发展经济的着力点放在实体经济上"
)


@pytest.mark.slow
def test_every_package_pattern_matches_and_searches_as_re_compile_at_every_offset() -> None:
    store = PatternStore(None)
    for lazy in package_patterns():
        kept, fresh = store.compile(lazy.pattern, lazy.flags), re.compile(lazy.pattern, lazy.flags)
        for offset in range(len(OFFSETS_SAMPLE) + 1):
            assert matches_at(kept, offset) == matches_at(fresh, offset), (lazy.pattern, offset)


def matches_at(pattern: re.Pattern[str], offset: int) -> list[object]:
    """What a match and a search from `offset` of the sample find: spans and groups."""
    found = (pattern.match(OFFSETS_SAMPLE, offset), pattern.search(OFFSETS_SAMPLE, offset))
    return [match and (match.span(), match.groups()) for match in found]


def test_branches_that_open_with_the_same_literal_are_grouped_keeping_their_order() -> None:
    """ "产业链|产业|数字经济|产" is tried as "产(?:业(?:链|)|)|数字经济": one test of 产 instead of
    three, and at a position the same branch wins as before (the earlier of two that both match). A
    branch that opens with a group splits the runs grouped."""
    from re import _constants, _parser  # type: ignore[attr-defined]

    from summarizer.patterns import _factor_first_literals

    pattern = "产业链|产业|数字经济|产|(?P<n>产能)|产能|数字"
    tree = _parser.parse(pattern, 0)
    _factor_first_literals(tree, _parser, 0)
    groups = tree.data[0][1][1]
    assert [group.data[0] for group in groups] == [
        (_constants.LITERAL, ord("产")),
        (_constants.LITERAL, ord("数")),
        (_constants.SUBPATTERN, groups[2].data[0][1]),
        (_constants.LITERAL, ord("产")),
        (_constants.LITERAL, ord("数")),
    ]
    kept, fresh = PatternStore(None).compile(pattern, 0), re.compile(pattern)
    text = "产业链，产业，产能，数字经济，产，数字"
    assert [(m.span(), m.groups()) for m in kept.finditer(text)] == [
        (m.span(), m.groups()) for m in fresh.finditer(text)
    ]
    assert [m.group() for m in kept.finditer(text)] == [
        "产业链",
        "产业",
        "产",
        "数字经济",
        "产",
        "数字",
    ]


def test_no_grouping_where_two_literals_may_match_one_character() -> None:
    from re import _parser  # type: ignore[attr-defined]

    from summarizer.patterns import _factor_first_literals

    tree = _parser.parse("ab|Ac|ad", re.IGNORECASE)
    before = [list(alternative.data) for alternative in tree.data[0][1][1]]
    _factor_first_literals(tree, _parser, re.IGNORECASE)
    assert [list(alternative.data) for alternative in tree.data[0][1][1]] == before
    assert PatternStore(None).compile("ab|Ac|ad", re.IGNORECASE).search("xAC").group() == "AC"


WORDS = st.text(alphabet="产业链数", min_size=0, max_size=3)
BRANCHES = st.one_of(WORDS, WORDS.map(lambda word: f"({word}能)"), WORDS.map(lambda word: f"[产数]{word}"))


@given(st.lists(BRANCHES, min_size=1, max_size=8), st.text(alphabet="产业链数能", max_size=12))
def test_an_alternation_as_the_store_compiles_it_matches_as_re_compile_everywhere(
    branches: list[str], text: str
) -> None:
    pattern = "|".join(branches)
    kept, fresh = PatternStore(None).compile(pattern, 0), re.compile(pattern)
    for offset in range(len(text) + 1):
        for method in ("match", "search"):
            found, expected = getattr(kept, method)(text, offset), getattr(fresh, method)(text, offset)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())
            )


def test_a_python_without_a_part_the_store_uses_gets_re_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every private part of `re` the store rewrites with is checked first: where one is missing, the
    store hands out `re.compile`'s patterns."""
    parts = (*patterns.ENGINE_PARTS, ("re._compiler", "_a_part_another_python_lacks"))
    monkeypatch.setattr(patterns, "ENGINE_PARTS", parts)
    store = PatternStore(None)
    assert store.engine is None
    assert store.compile(r"(?P<a>截至|截止)|(?P<b>[上下]半年)", 0).search("今年上半年").group() == "上半年"
