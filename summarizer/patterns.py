"""Compiled regular expressions kept between runs, as Python keeps a module's bytecode.

The rules hold a few hundred patterns, many with classes of Chinese characters (`[一-鿿]`); `re` builds the
bitmap of such a class one character at a time in Python, so compiling the patterns a summarize uses took
about as long as reading the article. The compiler's output (the pattern's code and its groups) is plain
data: it is kept in the package's `__pycache__` and handed to the engine on the next run, the way a `.pyc`
spares the parse of a module. The code is kept packed (the engine's words as a C array), so reading the
file copies bytes (~1 ms) and a pattern's code is unpacked when the pattern is first used; reading every
kept pattern's code as a list of Python ints took ~8 ms of each run.

The file is tied to the interpreter and to the engine's version; anything unexpected (another Python, an
unreadable or damaged file, a read-only install) falls back to `re.compile`, and `PYTHONDONTWRITEBYTECODE`
is respected.
"""

from __future__ import annotations

import array
import atexit
import contextlib
import importlib
import importlib.util
import marshal
import re
import sys
from pathlib import Path
from typing import Any

from summarizer.errors import SummarizerError

FORMAT = 8
MAX_KEPT_PATTERNS = 4096
"""Beyond this many (patterns of older versions of the code pile up), the file starts afresh."""

Key = tuple[str, int]
Parts = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""A compiled pattern as kept: all its flags, its code (engine words packed as an array of C unsigned
ints, unpacked only when the pattern is used), its groups, their names and their names by number."""
CODE_WORDS = "I"


ENGINE_PARTS = (
    ("_sre", "compile"),
    ("re._compiler", "_code"),
    ("re._compiler", "_compile_info"),
    ("re._parser", "parse"),
    ("re._parser", "SubPattern"),
    ("re._constants", "MAGIC"),
)
"""The private parts of `re` the store uses (CPython 3.11 and later), by module and attribute."""


def _engine() -> tuple[Any, Any, Any] | None:
    """The engine and the two halves of `re`'s compiler; None where this Python lays them out otherwise."""
    try:
        modules = [importlib.import_module(module) for module, _ in ENGINE_PARTS]
    except ImportError:
        return None
    if not all(hasattr(module, name) for module, (_, name) in zip(modules, ENGINE_PARTS, strict=True)):
        return None
    engine, compiler, parser = (
        importlib.import_module(name) for name in ("_sre", "re._compiler", "re._parser")
    )
    if getattr(engine, "CODESIZE", None) != array.array(CODE_WORDS).itemsize:
        return None  # the kept code is packed in words of the engine's size
    return engine, compiler, parser


def _version_stamp() -> tuple[int, int, int]:
    """What the kept code depends on: this file's format, the interpreter and the engine's code format."""
    return FORMAT, sys.hexversion, int(importlib.import_module("re._constants").MAGIC)


def store_path() -> Path | None:
    """Where the compiled patterns are kept: beside this module's bytecode (honouring
    `sys.pycache_prefix`); None when the interpreter keeps no bytecode cache."""
    try:
        bytecode = importlib.util.cache_from_source(__file__)
    except NotImplementedError:
        return None
    tag = sys.implementation.cache_tag
    return Path(bytecode).with_name(f"patterns.{tag}.marshal")


class PatternStore:
    """Compiled patterns read from the store on first use, new ones written back when the process ends."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.engine = _engine()
        self.kept: dict[Key, Parts] = self._read() if self.engine is not None else {}
        self.added: dict[Key, Parts] = {}

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        """The compiled pattern: from the store when it holds it, else compiled and added to it."""
        if self.engine is None:
            return re.compile(pattern, flags)
        key = (pattern, int(flags))
        parts = self.kept.get(key)
        if parts is not None:
            with contextlib.suppress(RuntimeError, TypeError, ValueError):  # the engine refuses bad code
                return self._engine_pattern(pattern, parts)
        parts = self._compile_parts(pattern, int(flags))
        self._add(key, parts)
        return self._engine_pattern(pattern, parts)

    def _engine_pattern(self, pattern: str, parts: Parts) -> re.Pattern[str]:
        assert self.engine is not None
        all_flags, packed_code, groups, names, index = parts
        code = array.array(CODE_WORDS, packed_code).tolist()
        return self.engine[0].compile(pattern, all_flags, code, groups, names, index)  # type: ignore[no-any-return]

    def _compile_parts(self, pattern: str, flags: int) -> Parts:
        """What `re.compile` hands the engine: all flags, the code, the groups and their names; the code
        of the pattern behind a filter of its first characters where that helps (see `first_filter`)."""
        assert self.engine is not None
        _, compiler, parser = self.engine
        tree = parser.parse(pattern, flags)
        filtered = first_filter(tree, flags)
        if filtered is not None:
            with contextlib.suppress(re.error):  # an inline global flag must stay first: no filter then
                filtered_tree = parser.parse(f"(?={filtered})(?:{pattern})", flags)
                if filtered_tree.state.groupdict == tree.state.groupdict:
                    tree = filtered_tree
        _factor_first_literals(tree, parser, flags)
        _filter_alternatives(tree, parser, flags)
        code = array.array(CODE_WORDS, _code_with_charset(compiler, parser, tree, filtered, flags)).tobytes()
        names: dict[str, int] = dict(tree.state.groupdict)
        index: list[str | None] = [None] * tree.state.groups
        for name, number in names.items():
            index[number] = name
        return int(flags | tree.state.flags), code, tree.state.groups - 1, names, tuple(index)

    def _add(self, key: Key, parts: Parts) -> None:
        if not self.added and self.path is not None:
            atexit.register(self.write)
        self.kept[key] = self.added[key] = parts

    def _read(self) -> dict[Key, Parts]:
        if self.path is None:
            return {}
        try:
            stamp, entries = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return entries if stamp == _version_stamp() and isinstance(entries, dict) else {}

    def write(self) -> None:
        """Add this run's new patterns to the file (re-read, so that parallel runs add up), atomically."""
        if self.path is None or not self.added or sys.dont_write_bytecode:
            return
        entries = {**self._read(), **self.added}
        if len(entries) > MAX_KEPT_PATTERNS:
            entries = dict(self.added)
        from summarizer.io import write_atomically  # only when there is something to write

        with contextlib.suppress(SummarizerError, ValueError):  # a read-only install keeps no store
            write_atomically(self.path, marshal.dumps((_version_stamp(), entries)))
        self.added = {}


_store: PatternStore | None = None


def compile_kept(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, through the store of compiled patterns kept between runs."""
    global _store
    if _store is None:
        _store = PatternStore(store_path())
    return _store.compile(pattern, flags)


def _code_with_charset(compiler: Any, parser: Any, tree: Any, filtered: str | None, flags: int) -> list[int]:
    """The engine's code for the tree; for a filtered pattern, its info block names the first characters
    too, so that `search` skips the positions no match starts at in a loop of its own."""
    code = compiler._code(tree, flags)
    if filtered is None:
        return code  # type: ignore[no-any-return]
    first_class = parser.parse(filtered, flags)
    first_class.width = tree.getwidth()
    info: list[int] = []
    compiler._compile_info(info, first_class, flags | tree.state.flags)
    if info[2] != compiler.SRE_INFO_CHARSET:
        return code  # type: ignore[no-any-return]
    return info + code[code[1] + 1 :]  # type: ignore[no-any-return]


WIDEST_FILTERED_RANGE = 256
"""A first character that may be any of a wider range (a CJK class) filters nothing in Chinese text."""


def first_filter(tree: Any, flags: int) -> str | None:
    """A character class of every character a match can start with, for a pattern whose first element is
    a group or an alternation of groups; None where `re` filters by itself (a literal or class first),
    where it cannot be worked out, could match the empty string, or would let most Chinese text through.

    `re` skips ahead by a pattern's first character only when the pattern starts with a literal or a
    class (or an alternation of literals); the rules' large alternations of named groups are otherwise
    tried branch by branch at every position of a text. A look-ahead of the first characters lets the
    engine reject a position with one test. The look-ahead never rejects a position where the pattern
    matches, so the matches and their groups stay the same."""
    constants = importlib.import_module("re._constants")
    if (
        not tree.data
        or (flags | tree.state.flags) & re.VERBOSE
        or tree.data[0][0] in (constants.LITERAL, constants.IN)
        or _anchored_at_the_start(tree.data[0], flags | tree.state.flags, constants)
    ):
        return None
    members, nullable = _first_of_sequence(tree.data, constants)
    if members is None or nullable or not members:
        return None
    return "[" + "".join(sorted(members)) + "]"


def _filter_alternatives(tree: Any, parser: Any, flags: int) -> None:
    """Put a look-ahead of its first characters in front of each alternative of an alternation that does
    not open with a literal or a class (in place).

    `re` tries an alternation's branches in turn, skipping a branch at once only when it opens with a
    literal or a class; a branch that opens with a group ("(?P<year>…)|(?P<word>…)") is entered at every
    position tried. The look-ahead rejects such a position with one test, and never one where the
    branch matches."""
    constants = importlib.import_module("re._constants")
    if (flags | tree.state.flags) & re.VERBOSE:
        return
    for operator, argument in tree.data:
        if operator is constants.BRANCH:
            for alternative in argument[1]:
                _filter_alternatives(alternative, parser, flags)
                _put_filter_first(alternative, parser, flags, constants)
        elif operator is constants.SUBPATTERN:
            _filter_alternatives(argument[-1], parser, flags)
        elif operator in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT):
            _filter_alternatives(argument[2], parser, flags)


def _factor_first_literals(tree: Any, parser: Any, flags: int) -> None:
    """Group the branches of each alternation that open with a literal by that literal, the members of
    a group in their order, and so on down the group (in place): "产业链|产业|数字经济" becomes
    "产业(?:链|)|数字经济".

    `re` tests an alternation's branches one after the other: a scan for any of 250 keywords tested 250
    first characters at each position. Branches that open with different literals never match at the same
    position, so grouping them keeps the matches, and which branch matches first, as they were. Not
    under IGNORECASE or LOCALE, where two literals may match the same character."""
    constants = importlib.import_module("re._constants")
    if (flags | tree.state.flags) & (re.IGNORECASE | re.LOCALE | re.VERBOSE):
        return
    _factor_sequence(tree, parser, constants)


def _factor_sequence(sequence: Any, parser: Any, constants: Any) -> None:
    for position, (operator, argument) in enumerate(sequence.data):
        if operator is constants.BRANCH:
            alternatives = _grouped_by_first_literal(argument[1], sequence.state, parser, constants)
            for alternative in alternatives:
                _factor_sequence(alternative, parser, constants)
            sequence.data[position] = (operator, (argument[0], alternatives))
        elif operator is constants.SUBPATTERN and not (argument[1] or argument[2]):  # no inline flags
            _factor_sequence(argument[-1], parser, constants)
        elif operator in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT):
            _factor_sequence(argument[2], parser, constants)


def _grouped_by_first_literal(alternatives: list[Any], state: Any, parser: Any, constants: Any) -> list[Any]:
    """The alternatives with each run of those that open with a literal grouped by it (a branch that opens
    otherwise, "(?P<n>产能)", may match where an earlier and a later branch do: no group spans it)."""
    grouped: list[Any] = []
    run: dict[int, list[Any]] = {}
    for alternative in [*alternatives, None]:
        first = alternative.data[0] if alternative is not None and alternative.data else None
        if first is not None and first[0] is constants.LITERAL:
            run.setdefault(first[1], []).append(alternative)
            continue
        grouped += [_group(literal, members, state, parser, constants) for literal, members in run.items()]
        run = {}
        if alternative is not None:
            grouped.append(alternative)
    return grouped


def _group(literal: int, members: list[Any], state: Any, parser: Any, constants: Any) -> Any:
    """One alternative for the members, which all open with `literal`: the literal, then their rests."""
    if len(members) == 1:
        return members[0]
    rests = [parser.SubPattern(state, member.data[1:]) for member in members]
    branch = (constants.BRANCH, (None, _grouped_by_first_literal(rests, state, parser, constants)))
    return parser.SubPattern(state, [(constants.LITERAL, literal), branch])


def _put_filter_first(alternative: Any, parser: Any, flags: int, constants: Any) -> None:
    if not alternative.data or alternative.data[0][0] in (constants.LITERAL, constants.IN, constants.ASSERT):
        return
    members, nullable = _first_of_sequence(alternative.data, constants)
    if members is None or nullable or not members:
        return
    first_class = parser.parse("[" + "".join(sorted(members)) + "]", flags)
    alternative.data.insert(0, (constants.ASSERT, (1, first_class)))


def _anchored_at_the_start(first: tuple[Any, Any], flags: int, constants: Any) -> bool:
    """Whether a pattern opens with ^ (without MULTILINE) or \\A: `re` then tries a search at the start
    only, which a look-ahead in front would hide (the search would try every position of the text)."""
    operator, argument = first
    if operator is not constants.AT:
        return False
    return argument is constants.AT_BEGINNING_STRING or (
        argument is constants.AT_BEGINNING and not flags & re.MULTILINE
    )


def _first_of_sequence(items: Any, constants: Any) -> tuple[set[str] | None, bool]:
    """The class members a sequence of elements can start with (None: cannot tell), and whether it can
    match the empty string."""
    members: set[str] = set()
    for operator, argument in items:
        found, nullable = _first_of_element(operator, argument, constants)
        if found is None:
            return None, False
        members |= found
        if not nullable:
            return members, False
    return members, True


def _first_of_element(operator: Any, argument: Any, constants: Any) -> tuple[set[str] | None, bool]:
    c = constants
    if operator is c.LITERAL:
        return {re.escape(chr(argument))}, False
    if operator is c.IN:
        return _class_members(argument, constants), False
    if operator is c.SUBPATTERN:
        if argument[1] & (re.IGNORECASE | re.LOCALE):  # "(?i:…)": its literals stand for more characters
            return None, False
        return _first_of_sequence(argument[-1].data, constants)
    if operator is c.BRANCH:
        members: set[str] = set()
        nullable = False
        for alternative in argument[1]:
            found, empty = _first_of_sequence(alternative.data, constants)
            if found is None:
                return None, False
            members |= found
            nullable = nullable or empty
        return members, nullable
    if operator in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        found, empty = _first_of_sequence(argument[2].data, constants)
        return found, empty or argument[0] == 0
    if operator in (c.AT, c.ASSERT, c.ASSERT_NOT):  # consume nothing: the next element decides
        return set(), True
    return None, False  # any character, a negated literal, a back-reference, a conditional: cannot tell


def _class_members(items: Any, constants: Any) -> set[str] | None:
    c = constants
    categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_SPACE: r"\s"}
    members: set[str] = set()
    for operator, argument in items:
        if operator is c.LITERAL:
            members.add(re.escape(chr(argument)))
        elif operator is c.RANGE and argument[1] - argument[0] < WIDEST_FILTERED_RANGE:
            members.add(f"{re.escape(chr(argument[0]))}-{re.escape(chr(argument[1]))}")
        elif operator is c.CATEGORY and argument in categories:
            members.add(categories[argument])
        else:
            return None  # a negated class, a word category, a wide range: lets (nearly) anything through
    return members
