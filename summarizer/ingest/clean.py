"""Cleaning: turn a decoded article into the text every later stage quotes and points into.

`clean_text` runs six small steps in a fixed order (NFKC, scrape debris, bylines, duplicates,
layout breaks, whitespace). The result is deterministic and idempotent:
`clean_text(clean_text(x).text).text == clean_text(x).text`.

Paragraphs are non-empty lines: every step splits its input on newlines, and the output
separates paragraphs by exactly one blank line.
"""

from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, Field

from summarizer.memo import per_article
from summarizer.text import LazyPattern, nfkc, without_format_characters

CJK = "\u4e00-\u9fff"
SENTENCE_PUNCT = "。,;!?…"
"""Punctuation that only running text contains (after NFKC: ， → , and so on)."""
TERMINAL_CHARS = "。!?;…:—”’\"')]】」』》〉>"
"""A paragraph ending in one of these is complete: never joined to the next one."""
OPEN_CLAUSE_CHARS = ("、", ",")
HEADING_MAX_CHARS = 60
DUPLICATE_MIN_CHARS = 10
DESCRIPTION_MAX_CHARS = 40


class CleanedText(BaseModel):
    text: str
    bylines: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list, description="What was dropped, one short line each.")


# ---------------------------------------------------------------- shared helpers


SENTENCE_GAP_RE = LazyPattern(r"(?P<end>[。!?])[^\S\n]{2,}")
"""A sentence end followed by a wide gap: scraped text that lost its paragraph breaks."""


def split_paragraphs(text: str) -> list[str]:
    """Non-empty lines, stripped; a sentence end followed by two or more spaces also ends a paragraph."""
    return list(_paragraphs_of(text))


@per_article(maxsize=8)
def _paragraphs_of(text: str) -> tuple[str, ...]:
    """`split_paragraphs`, kept for the article: each cleaning step splits the text it is given, and after
    the first step that text is most often the one the step before gave back, unchanged."""
    pieces = (line.strip() for line in SENTENCE_GAP_RE.sub(r"\g<end>" "\n", text).splitlines())
    return tuple(piece for piece in pieces if piece)


def join_paragraphs(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def fold_spaces(text: str) -> str:
    """Drop all whitespace: the key under which paragraphs and sentences count as equal."""
    return "".join(text.split())


def describe(kind: str, removed_text: str) -> str:
    """A one-line record of a removal, the text cut to a readable length."""
    flat = " ".join(removed_text.split())
    if len(flat) > DESCRIPTION_MAX_CHARS:
        flat = flat[:DESCRIPTION_MAX_CHARS] + "…"
    return f"{kind}: {flat}"


def is_heading(paragraph: str) -> bool:
    """A title line: starts with a dash, or is short and has no sentence punctuation at all."""
    stripped = paragraph.strip()
    if stripped.startswith(("——", "—")) or "——访" in stripped:
        return True
    return len(stripped) <= HEADING_MAX_CHARS and not any(ch in SENTENCE_PUNCT for ch in stripped)


# ---------------------------------------------------------------- step 1: unicode


def normalize_unicode(text: str) -> str:
    """NFKC (full-width ，：（） become , : ( )), no format characters (soft hyphens, zero-width and bidi
    controls: see `text.FORMAT_CHARACTERS`), \\n line ends."""
    normalized = without_format_characters(nfkc(text))
    return normalized.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- step 2: scrape debris

DATASET_PREFIX_RE = LazyPattern(r"\A\s*(?P<head>[^\n。]{0,200}?)\s*,正文:")
"""The head of a line of the news dataset, up to its "，正文：": a timestamp in one of the forms the sources
wrote ("23-08-12 05:52", "2023-08-08 14:25:13", "2023年08月13日 08:08:22", "8-11 10:23", "08/16  13:50",
"[ 2023-07-28 16:40 ]"), sometimes with a breadcrumb or a source ("2023-08-09 07:48  来源：成都日报"), or
nothing at all."""
PREFIX_FULL_DATE_RE = LazyPattern(
    r"(?<![\d/.-])(?P<y>\d{4}|\d{2})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?(?![\d/.-])"
)
PREFIX_MONTH_DAY_RE = LazyPattern(r"(?<![\d/.-])(?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?![\d/.-])")
"""A timestamp without its year ("8-11 10:23", "08/05"): the month and day only."""
PREFIX_TIME_RE = LazyPattern(r"\d{1,2}:\d{2}")


def dataset_prefix(text: str) -> re.Match[str] | None:
    """The dataset prefix of a normalized text: a head that is empty or holds a timestamp, then "，正文："
    (a head without one may be the item's own title, which stays)."""
    match = DATASET_PREFIX_RE.match(text)
    if match is None:
        return None
    head = match.group("head").strip()
    stamps = (PREFIX_FULL_DATE_RE, PREFIX_MONTH_DAY_RE, PREFIX_TIME_RE)
    return match if not head or any(stamp.search(head) for stamp in stamps) else None


DATE_LINE_RE = LazyPattern(
    r"^(?:发布时间|发布日期|发表时间|时间|日期)\s*:\s*(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})"
)
WIDGET_TOKENS = (
    "分享到",
    "打印本页",
    "关闭窗口",
    "扫一扫在手机打开",
    "收藏本页",
    "返回顶部",
    "【打印】",
    "【关闭】",
)
LINE_DEBRIS: list[tuple[str, LazyPattern]] = [
    ("breadcrumb", LazyPattern(r"^(?:您当前的位置|您的位置|当前位置|您现在的位置|现在位置|所在位置)\s*:")),
    ("breadcrumb", LazyPattern(r"^(?:首页|主页)$")),
    ("breadcrumb", LazyPattern(r"^(?:首页|主页)\s*[>›»]")),
    ("breadcrumb", LazyPattern(r"^(?:[>›»]\s*[^>›»。,]{1,20}\s*){2,}$")),
    ("source line", LazyPattern(r"^(?:信息|稿件|文章|新闻)?来源\s*:.{0,40}$")),
    ("photo credit", LazyPattern(r"^(?:本版)?(?:图片|照片)由.{1,30}提供$")),
    (
        "editor line",
        LazyPattern(r"^(?:责任编辑|责编|编辑|审核|校对|初审|复审|终审|审校|签发|值班编辑)\s*:.{0,60}$"),
    ),
    ("date line", DATE_LINE_RE),
    ("share/print widget", LazyPattern(r"^【?字体:\s*大\s*中\s*小\s*】?$")),
]
_PRICE = r"[-+−]?\d+(?:\.\d+)?"  # − (U+2212) is a minus sign NFKC leaves as it is
_QUOTE_GAP = r"\s*[,\s]\s*"
INLINE_DEBRIS: list[tuple[str, str, LazyPattern]] = [
    # "…的企业。广告 好股来了!…大涨55%! ×": a portal's inserted advert, after a space or a sentence's end
    ("advertisement", "广告", LazyPattern(r"(?:(?<=[\s。!?;；:,，)\]】”])|^)广告\s+[^\n。]{1,120}?×")),
    ("share/print widget", "字体", LazyPattern(r"【字体:\s*大\s*中\s*小\s*】")),
    ("photo credit", "供图", LazyPattern(rf"(?:(?<=[\s。!?])|^)[{CJK}]{{2,16}}供图(?=\s|$)")),
    ("source line", "来源", LazyPattern(r"(?<=[。!?”)])\s*(?:信息|稿件|文章)?来源:[^\n。,]{1,30}$")),
    # "…。新闻线索报料通道:应用市场下载“某某”APP,…全省600位记者在线等你来报料!": an outlet's call for tips
    (
        "news tip line",
        "报料",
        LazyPattern(r"(?<=[。!?”)])\s*(?:新闻线索)?报料(?:通道|热线|电话|方式|邮箱)\s*:[^\n]{0,200}$"),
    ),
    # a stock quote a portal inserts after a listed company's or outlet's name: "某某网(12.340, 0.21, 1.73%)"
    ("stock quote", "%", LazyPattern(rf"\(\s*{_PRICE}{_QUOTE_GAP}{_PRICE}{_QUOTE_GAP}{_PRICE}%\s*\)")),
]
"""Fragments of debris inside a line: each kind, a word every fragment of it holds (a line without it is
not searched), and the pattern."""


DATE_LINE_PARAGRAPHS = 10
"""How far down a date line ("发布时间：2023-08-12") may stand: within the first paragraphs."""


def normalized_head(raw: str, paragraphs: int) -> str:
    """The normalized text up to the end of its `paragraphs`-th line that holds more than whitespace (the
    whole text when it has fewer), which holds its first `paragraphs` paragraphs: a date is read from the
    top of an article, whose whole text need not be normalized for it (NFKC of a long article takes
    milliseconds). Lines are normalized one by one, which gives the same text: no character composes
    across a line end."""
    head: list[str] = []
    filled = 0
    for line in raw.splitlines(keepends=True):
        head.append(normalize_unicode(line))
        filled += bool(head[-1].strip())
        if filled == paragraphs:
            break
    return "".join(head)


def leading_date(raw: str) -> str | None:
    """The date of a dataset prefix ("23-08-12 05:52，正文：" → "2023-08-12") or of a date line at the top.

    A prefix with a month and day but no year ("8-11 10:23，正文：") gives the ISO 8601 date without a year,
    "--08-11": its month still dates a "春节前", while the year must come from the text itself."""
    text = normalized_head(raw, DATE_LINE_PARAGRAPHS)
    prefix = dataset_prefix(text)
    head = prefix.group("head") if prefix else ""
    match = PREFIX_FULL_DATE_RE.search(head) or next(
        filter(None, (DATE_LINE_RE.match(line) for line in split_paragraphs(text)[:DATE_LINE_PARAGRAPHS])),
        None,
    )
    if match is None:
        month_day = PREFIX_MONTH_DAY_RE.search(head)
        return _month_day(int(month_day.group("m")), int(month_day.group("d"))) if month_day else None
    parts = (match.group("y"), match.group("m"), match.group("d"))
    year = int(parts[0])
    year = year + 2000 if year < 100 else year
    try:
        return date(year, int(parts[1]), int(parts[2])).isoformat()
    except ValueError:
        return None


def _month_day(month: int, day: int) -> str | None:
    """ "--MM-DD" when the month and day can be a date (of a leap year, so "2-29" counts), else None."""
    try:
        date(2000, month, day)
    except ValueError:
        return None
    return f"--{month:02d}-{day:02d}"


def debris_kind(line: str) -> str | None:
    """What kind of scrape debris a whole line is, or None when it is article text."""
    for kind, pattern in LINE_DEBRIS:
        if pattern.search(line):
            return kind
    if len(line) <= 60 and any(token in line for token in WIDGET_TOKENS):
        return "share/print widget"
    return None


def strip_inline_debris(line: str, removed: list[str]) -> str:
    """Cut debris fragments out of a line of text (ads, widgets, photo credits, a trailing source)."""
    for kind, needed, pattern in INLINE_DEBRIS:
        if needed not in line:  # most lines hold none: not even one scan
            line = line.strip()
            continue
        fragments = [match.group(0) for match in pattern.finditer(line)]
        removed.extend(describe(kind, fragment) for fragment in fragments)
        line = (pattern.sub(" ", line) if fragments else line).strip()
    return line


def remove_debris(text: str) -> tuple[str, list[str]]:
    """Drop web-scrape debris lines and fragments; consecutive lines of one kind make one record."""
    removed: list[str] = []
    prefix = dataset_prefix(text)
    if prefix is not None:
        removed.append(describe("dataset prefix", prefix.group(0)))
        text = text[prefix.end() :]
    kept: list[str] = []
    previous_kind: str | None = None
    for line in split_paragraphs(text):
        kind = debris_kind(line)
        if kind is None:
            line = strip_inline_debris(line, removed)
            if line:
                kept.append(line)
        elif kind == previous_kind:
            removed[-1] = describe(kind, removed[-1].split(": ", 1)[1].rstrip("…") + " " + line)
        else:
            removed.append(describe(kind, line))
        previous_kind = kind
    return join_paragraphs(kept), removed


# ---------------------------------------------------------------- step 3: bylines

NAME = rf"[{CJK}·]{{2,4}}"
ROLE_WORDS = ("记者", "通讯员", "实习生", "摄影", "文/图")
"""A credit's role names one of these: a line without any holds no credit."""
ROLE = (
    rf"(?:[{CJK}·]{{0,10}}?(?:本报|本刊|本台|全媒体|融媒体))?(?:实习|特约|首席|见习)?"
    rf"(?:{'|'.join(ROLE_WORDS)})"
)
CREDIT = rf"{ROLE}\s*:?\s*{NAME}(?:[\s、]+{NAME})*"
OUTLETS = rf"(?:[{CJK}·]{{2,12}}(?:日报|晚报|报|网|社|台|客户端)[\s、]*)*"
BYLINE_LINE_RE = LazyPattern(rf"^[●•◆■▲★]?\s*(?P<by>{CREDIT}(?:[\s、]+{CREDIT})*)$")
BYLINE_PAREN_LINE_RE = LazyPattern(rf"^\((?P<by>(?:{ROLE}\s*)?{NAME}(?:[\s、]+{NAME})*)\)$")
BYLINE_TRAILING_RE = LazyPattern(rf"(?<=[。!?”)])\s*(?P<by>{OUTLETS}{CREDIT}(?:[\s、]+{CREDIT})*)$")
BYLINE_PAREN_RE = LazyPattern(rf"\((?P<by>[^()。,]{{0,16}}?(?:记者|通讯员)\s*{NAME}(?:[\s、]+{NAME})*)\)")
BYLINE_LEADING_RE = LazyPattern(rf"^(?P<by>[^。,()]{{0,30}}?(?:记者|通讯员)\s*[{CJK}·]{{2,4}}?报道)\s+")


def byline_of_line(line: str) -> str | None:
    """The credit when a whole line is a byline ("●本报记者 若谷", "(李海珍)"), else None."""
    for pattern in (BYLINE_LINE_RE, BYLINE_PAREN_LINE_RE):
        match = pattern.match(line)
        if match is not None:
            return " ".join(match.group("by").split())
    return None


def cut_inline_bylines(line: str, bylines: list[str]) -> str:
    """Record credits in running text; cut those at its edges ("…记者 张晓宁", "…记者罗勉报道").

    A credit inside a sentence ("…7月30日电(记者 许青青)承接…") stays in the text: cutting it would join
    the words around it into a sentence the source never had, and a quote across it would not be grounded.
    """
    if not any(word in line for word in ROLE_WORDS):
        return line.strip()
    for match in BYLINE_PAREN_RE.finditer(line):
        bylines.append(" ".join(match.group("by").split()))
    for pattern in (BYLINE_TRAILING_RE, BYLINE_LEADING_RE):
        for match in pattern.finditer(line):
            bylines.append(" ".join(match.group("by").split()))
        line = pattern.sub(" ", line).strip()
    return line


def extract_bylines(text: str) -> tuple[str, list[str]]:
    """Remove reporter credits from the body; return the body and the credits in order, without repeats."""
    bylines: list[str] = []
    kept: list[str] = []
    for line in split_paragraphs(text):
        credit = byline_of_line(line)
        if credit is not None:
            bylines.append(credit)
            continue
        line = cut_inline_bylines(line, bylines)
        if line:
            kept.append(line)
    return join_paragraphs(kept), list(dict.fromkeys(bylines))


# ---------------------------------------------------------------- step 4: duplicates

SENTENCE_RE = LazyPattern(r"[^。!?]+(?:[。!?]+[”’\"')]*|$)")
LEAD_REPEAT_WINDOW = 3
COPY_MIN_PARAGRAPHS = 3


def duplicate_runs(paragraphs: list[str]) -> list[list[int]]:
    """Runs of consecutive paragraphs that each repeat an earlier paragraph (compared without whitespace)."""
    seen: set[str] = set()
    runs: list[list[int]] = []
    for index, paragraph in enumerate(paragraphs):
        key = fold_spaces(paragraph)
        if key in seen:
            if runs and runs[-1][-1] == index - 1:
                runs[-1].append(index)
            else:
                runs.append([index])
        seen.add(key)
    return runs


def run_is_copy(paragraphs: list[str], run: list[int]) -> bool:
    """Drop a run when it holds repeated running text, or several long repeated lines."""
    long_members = [paragraphs[i] for i in run if len(fold_spaces(paragraphs[i])) > DUPLICATE_MIN_CHARS]
    return len(long_members) >= 2 or any(not is_heading(member) for member in long_members)


def drop_repeated_lead(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """Drop a sentence right after the lead sentence that repeats it (a scraped photo caption)."""
    located = [
        (pi, s) for pi, p in enumerate(paragraphs[: 1 + LEAD_REPEAT_WINDOW]) for s in SENTENCE_RE.findall(p)
    ]
    if not located:
        return paragraphs, None
    lead = fold_spaces(located[0][1])
    for paragraph_index, sentence in located[1 : 1 + LEAD_REPEAT_WINDOW]:
        candidate = fold_spaces(sentence)
        if len(candidate) > DUPLICATE_MIN_CHARS and lead.endswith(candidate):
            result = list(paragraphs)
            result[paragraph_index] = result[paragraph_index].replace(sentence, " ", 1).strip()
            return [p for p in result if p], sentence.strip()
    return paragraphs, None


def remove_duplicates(text: str) -> tuple[str, list[str]]:
    """Drop a second copy of the article, repeated paragraphs and a repeated lead sentence."""
    paragraphs = split_paragraphs(text)
    removed: list[str] = []
    dropped: set[int] = set()
    kept_chars = sum(len(p) for p in paragraphs)
    for run in duplicate_runs(paragraphs):
        if not run_is_copy(paragraphs, run):
            continue
        dropped.update(run)
        run_chars = sum(len(paragraphs[i]) for i in run)
        if len(run) >= COPY_MIN_PARAGRAPHS and run_chars * 3 >= kept_chars:
            removed.append(f"duplicate copy of the article ({run_chars} chars)")
        else:
            removed.extend(describe("duplicate paragraph", paragraphs[i]) for i in run)
    kept, repeated = drop_repeated_lead([p for i, p in enumerate(paragraphs) if i not in dropped])
    if repeated is not None:
        removed.append(describe("repeated lead sentence", repeated))
    return join_paragraphs(kept), removed


# ---------------------------------------------------------------- step 5: layout breaks

LIST_START_RE = LazyPattern(
    r"^(?:#{1,6}\s|[-*+]\s|\d+[.、)]\s*|\(\s*[一二三四五六七八九十\d]+\s*\)|[一二三四五六七八九十]+、)"
)


def ends_complete(paragraph: str) -> bool:
    return paragraph.rstrip()[-1:] in TERMINAL_CHARS


def continues(previous: str, following: str) -> bool:
    """True when a blank line cut running text mid-sentence: "全力建设绿" + "色农畜产品加工园区,…".

    A title never ends in a comma, so "…项目、" continues even when it is short.
    """
    if ends_complete(previous) or is_heading(following) or LIST_START_RE.match(following):
        return False
    if is_numbered_heading(previous):
        return False
    return previous.endswith(OPEN_CLAUSE_CHARS) or not is_heading(previous)


def is_numbered_heading(paragraph: str) -> bool:
    """A numbered heading line with commas ("(一)聚力产业升级,坚持提质提速,全力打造…高地"): a line of
    its own, whose body starts on the next line, even without a closing mark."""
    stripped = paragraph.strip()
    short = len(stripped) <= HEADING_MAX_CHARS and not stripped.endswith(OPEN_CLAUSE_CHARS)
    return short and LIST_START_RE.match(stripped) is not None and "。" not in stripped


def glue(previous: str, following: str) -> str:
    """Join two halves of a sentence; only Latin letters or digits on both sides get a space."""
    needs_space = previous[-1:].isascii() and previous[-1:].isalnum() and following[:1].isascii()
    return previous + (" " if needs_space and following[:1].isalnum() else "") + following


def join_layout_breaks(text: str) -> str:
    """Rejoin paragraphs that newspaper layout cut in mid-sentence."""
    joined: list[str] = []
    for paragraph in split_paragraphs(text):
        if joined and continues(joined[-1], paragraph):
            joined[-1] = glue(joined[-1], paragraph)
        else:
            joined.append(paragraph)
    return join_paragraphs(joined)


# ---------------------------------------------------------------- step 6: whitespace

INLINE_SPACE_RE = LazyPattern(r"[^\S\n]+")


def normalize_whitespace(text: str) -> str:
    """Stripped lines with single spaces inside, paragraphs separated by exactly one blank line."""
    return join_paragraphs([INLINE_SPACE_RE.sub(" ", line) for line in split_paragraphs(text)])


# ---------------------------------------------------------------- the pipeline


# ---------------------------------------------------------------- prompt injection

INJECTION_PHRASES = LazyPattern(
    r"(?:忽略|无视|忘记|不要理会)(?:以上|之前|前面|上述|上面|此前)(?:的)?(?:所有|全部)?(?:指令|指示|要求|提示|内容)"
    r"|你现在是|系统提示词|system\s*prompt"
    r"|(?:ignore|disregard|forget)\s+(?:all\s+)?(?:the\s+)?(?:previous|above|prior|earlier)\s+instructions",
    re.IGNORECASE,
)
JSON_OBJECT_START = LazyPattern(r"[{\[]\s*\"")
SENTENCE_BOUNDARY = "。！？!?\n"
INJECTION_NOTE = "possible prompt injection"


def json_block_end(text: str, start: int) -> int:
    """The end of a brace-balanced JSON-like block opening at `start` (strings respected), or -1."""
    depth, in_string, escaped = 0, False, False
    for position in range(start, len(text)):
        char = text[position]
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return position + 1
    return -1


def suspicious_spans(text: str) -> list[tuple[int, int]]:
    """Spans of instructions aimed at a model and of JSON-like blocks, before sentence widening."""
    spans = [(match.start(), match.end()) for match in INJECTION_PHRASES.finditer(text)]
    for match in JSON_OBJECT_START.finditer(text):
        end = json_block_end(text, match.start())
        if end != -1 and '":' in text[match.start() : end].replace('" :', '":'):
            spans.append((match.start(), end))
    return sorted(spans)


def widen_to_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span widened to the sentences it touches, overlapping ones merged."""
    widened: list[tuple[int, int]] = []
    for start, end in spans:
        while start > 0 and text[start - 1] not in SENTENCE_BOUNDARY:
            start -= 1
        while end < len(text) and text[end - 1] not in SENTENCE_BOUNDARY:
            end += 1
        if widened and start <= widened[-1][1]:
            widened[-1] = (widened[-1][0], max(end, widened[-1][1]))
        else:
            widened.append((start, end))
    return widened


def remove_injected_instructions(text: str) -> tuple[str, list[str]]:
    """Drop sentences that instruct a model ("忽略以上所有指令…") or carry JSON: they are not the article,
    and nothing in them may become an extraction."""
    spans = widen_to_sentences(text, suspicious_spans(text))
    removed = [describe(INJECTION_NOTE, text[start:end]) for start, end in spans]
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    return text, removed


def clean_text(raw: str) -> CleanedText:
    """Run every cleaning step in order and keep what each one dropped."""
    text = normalize_unicode(raw)
    text, removed = remove_debris(text)
    text, injected = remove_injected_instructions(text)
    removed += injected
    text, bylines = extract_bylines(text)
    text, duplicates = remove_duplicates(text)
    text = join_layout_breaks(text)
    text = normalize_whitespace(text)
    return CleanedText(text=text, bylines=bylines, removed=removed + duplicates)
