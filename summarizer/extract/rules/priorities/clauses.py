"""A sentence's head and a paragraph's shape: glued sub-headings, heading lines, the head of a paragraph."""

from __future__ import annotations

import re

from summarizer.extract.rules.priorities.vocabulary import (
    ATTENDANCE,
    CLOSING_QUOTES,
    DONE,
    EVENT_NARRATIVE,
    FIGURE,
    INTENT_WORD,
    INTERVIEW_LEAD,
    IS_A_FACT,
    LINE_OF_WORK,
    NOT_A_HEAD,
    PLAN_INTENT,
    PLAN_WORK,
    SPEAKER_FRAME,
    STUDY,
    WORK_VERBS,
)
from summarizer.extract.rules.tables import (
    ARTICLE_TITLE_WORDS,
    CHAPTER_TITLE_WORDS,
    HEAD_OPENERS,
    NUMBERED_HEAD_PREFIXES,
    ORDINAL_IS,
)
from summarizer.extract.rules.text import (
    CLAUSE_OR_SENTENCE_END,
    Span,
    TextIndex,
    kept_per_span,
)
from summarizer.memo import per_article
from summarizer.text import LazyPattern

_FRAME_MARK = LazyPattern(r"(?:说|表示|介绍|透露|指出|强调|要求|提出|部署)[,，:：]|[:：]")
"""What ends a `_SPEAKER_FRAME`: a speech verb and its comma or colon, or a speaker label's colon."""
FRAME_REACH = 40
"""How far from its start a speaker frame can end: 24 characters and a comma, 12 more, a verb and its
comma."""
_PAST_YEAR_OPENING = LazyPattern(r"^(?:20\d\d|二〇[一二]\S)年[,，]")
"""A year as the time frame of a paragraph's first clause ("会议指出，2023年，全县…"): a review when the
sentence has no word of intent."""
_CLAUSE_OR_EXCLAMATION_END = LazyPattern(r"[,，;；。！!]")
_CHINESE_ORDINAL_HEAD = LazyPattern(r"^[一二三四五六七八九十]+、")
_CENTRAL_VOICE = LazyPattern(
    r"[^。“”]{0,30}?(?:总书记|党中央|国务院|中央领导)[^。“”,，]{0,24}?(?:指出|强调|要求|说|提出)[,，:：]"
)
"""The country's leaders as the speaker ("习近平总书记在某地考察时指出，", "党中央强调，")."""
_GLUED_PARAGRAPH_HEAD = LazyPattern(
    rf"(?:{WORK_VERBS}|鼓励|支持|引导|加快|提高)[^,，。；;：:“”\d]{{2,12}}[。！]"
)
"""The short sentence that opens a paragraph of a news item and names the line of work the paragraph then
reports on ("加大公共交通的运力保障。记者从…获悉，…"; "鼓励绿色出行。据介绍，…"): a bold lead of the
original page, glued into the text."""
_PLAN_OPENING = LazyPattern(
    r"^(?:(?:接下来|下一步|今后|今年|明年|未来|新的一年|下半年)[,，])?"
    r"(?:[^,，。；;“”]{0,12}?(?:将|要)|[^,，。；;“”]{0,6}?(?:们|省|市|县|区|旗|州|盟)把)"
)
"""A sentence whose first clause states an intent (今年我们将…, 我们要…, 今年我们把…作为…); 把 only
after its subject, never in a wish addressed to others ("希望各类人才把…")."""
_BARE_INTENT = LazyPattern(r"^(?:还|也)?(?:要|将)(?![素求点害])")
_CONNECTOR = LazyPattern(r"(?:另外|此外|同时|与此同时|其次|首先|再次|最后|第[一二三四五六七八九十])[,，、]?")
_GLUED_SUBHEADING = LazyPattern(
    r"(?P<heading>[^,，。；;：:、“”()（）\s]{6,24}?)"
    r"(?=在[^,，。“”]{2,10}方面[,，]|(?:上半年|下半年|今年以来|近年来|下一步)[,，]"
    r"|(?P<speaker>[\u4e00-\u9fff]{2,3})(?:表示|介绍|指出)[,，]"
    r"|[ \u3000]+[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|旗|盟|州|镇|乡|街道)(?:还|也|今年|下半年)?(?:将|要))"
)
"""A news item's sub-heading glued to its paragraph with no punctuation: a short phrase followed directly
by a new sentence's opening ("落地亿元以上项目46个卜世杰表示，…", "…惠及22768户居民在乡村振兴方面，…"), or
set off by a space before a place's plan ("聚焦民生改善 西山区将新建学校3所")."""
_SUBHEADING_FOLLOWER = LazyPattern(r"方面|上半年|下半年|今年以来|近年来|下一步|表示|介绍|指出|[ \u3000]")
"""What `_GLUED_SUBHEADING`'s look-ahead needs to find after the heading, each alternative a word of it."""
SUBHEADING_REACH = 40
"""How far from its start a glued sub-heading's follower can end: a heading of 24 characters, then
"在" and ten characters before "方面"."""
_TITLED_NAME = r"(?:长|书记|主任|委员|主席|部长|经理|董事长){name}"
_NOT_A_SUBHEADING = LazyPattern(r"(?:长|书记|主任|记者|委员|主席|代表|负责人|专家|经理|说|表示|介绍|指出)$")
"""A title or a speech verb before a speaker's name: the phrase is the sentence's own subject."""
_AREA_HEAD = LazyPattern(r"^(?!另?一方面)(?:(?:在)?[^,，。“”]{2,10}方面|关于[^,，。“”]{2,10})[,，]")
_ARTICLE_HEAD = LazyPattern(r"^持续做好“[^”]{1,8}”(?:发展)?“?[^”]{0,8}”?文章")
_SUBJECT_WILL = LazyPattern(r"^[^,，。“”]{0,10}?(?:省|市|县|区|旗|盟|州|们)(?:还|也|正|仍|则)?(?:将|要)")
"""A subject and its "将/要" before a head ("托克托县将", "我们要"); never a 要 inside a word (要素)."""
_HEADING_MAX_CHARS = 48
_SENTENCE_ENDS = ("。", "！", "？", "!", "?")
_LINE_BREAK_LOOKBACK = 8
_BYLINE = LazyPattern(
    r"\||\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|^\d{4}年\d{1,2}月\d{1,2}日|^(?:主持人|记者|嘉宾|编辑|责任编辑|作者|来源|通讯员)"
    r"|版权所有|未经(?:书面)?(?:授权|许可)(?:禁止|不得)"
    r"|^[(（][^()（）]{0,16}?(?:记者|通讯员|编辑|摄)"
    r"|^[\u4e00-\u9fff]{0,12}?(?:长|书记|主任|主席)[\s\u3000]+[\u4e00-\u9fff·]{2,5}$"
)
"""A page's column, dateline or byline ("| 招商动态 |2017-01-13", "主持人 姜磊", "（某某日报记者某某）"), a
report's date under its title ("2025年3月21日在某区第十九届…"), its speaker ("县长 某某某"), or the page's
copyright footer ("某某传媒中心版权所有 未经授权禁止复制"): never a title."""
_DASH_HEAD = LazyPattern(
    r"——(?:[^—。；;,，:：\s\d]{2,6}[,，])?(?P<head>[^—。；;,，:：()（）\s\d]{2,30})[。！!](?=\S{8})"
)
"""A work report's highlight that opens a paragraph after a dash ("——综合实力更强。荣登…"), after a time
frame the highlights share ("——这一年，玉林人民圆了盼望已久的“高铁梦”。"): a short sentence of its own with
the paragraph's report after it."""
_WE_WILL = LazyPattern(r"^我们(?:还|也|仍)?(?:将|要)")
_TO_DATE_FRAME = LazyPattern(r"(?:今年|年初|上半年|入夏|入冬|去年)以来[,，]")
"""The year's work to date ("今年以来，"): a review's frame when the sentence gives figures."""
_REPORTED_FIGURES_MIN = 3
_ORIGINAL_TITLE = LazyPattern(r"原标题[:：]$")
_LEAD_FRAME = LazyPattern(
    r"(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚)?|今年以来|近期|近日|日前|连日来|据了解|据悉|据介绍"
    r"|记者[^,，。；;“”]{0,40}?(?:获悉|了解到|得知))[,，]"
    r"|[\u4e00-\u9fff]{2,12}?\d{1,2}月\d{1,2}日(?:电|讯)\s*(?:[(（][^()（）。]{0,16}[)）])?"
)
"""A clause that only says when or from whom a news item's lead reports ("8月10日，", "今年以来，", "记者从
某局获悉，", an agency's dateline "新华社某地8月13日电（记者某某）"): the head of the lead follows it. Never
近年来, whose clause looks back on past years' work ("近年来，某县聚焦…，一批项目相继落地")."""


def has_chinese(words: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in words)


def states_plan(words: str) -> bool:
    """Words whose first clause states an intent (将, 要, 把) and that name a line of work; never a
    result or a statement of what something is."""
    first_clause = CLAUSE_OR_SENTENCE_END.split(words, maxsplit=1)[0]
    is_plan = _PLAN_OPENING.match(words) is not None and PLAN_WORK.search(words) is not None
    is_doctrine = STUDY.match(without_subject(words)) is not None
    return (
        is_plan and not is_doctrine and not DONE.search(first_clause) and not IS_A_FACT.search(first_clause)
    )


def without_frame(text: str, sentence: Span) -> Span:
    """A sentence from its head on, after the speaker's frame or label ("周平说，", "答：")."""
    return Span(sentence_head_start(text, sentence), sentence.end)


def in_central_words(text: str, index: TextIndex, head: Span) -> bool:
    """A head inside the words of the country's leaders that a news item recalls ("2020年1月，习近平总书记
    在云南考察时指出，…要拿出…的劲头，…"): the guidance the region follows, not its own plan."""
    sentence = index.full_sentence(head.start)
    return _CENTRAL_VOICE.match(text, sentence.start, head.start) is not None


def reports_to_date(text: str, sentence: Span) -> bool:
    """A sentence that tells the year's work to date with figures in clause after clause and states no
    intent ("今年以来，某市全力推进…活动，有…等26个项目开工建设，…等6个项目竣工达效，引进…项目40余个"):
    a result, not a line of work ahead. A line of work with a figure or two ("去年以来，该区坚持把…作为
    首要任务，聚焦“345”产业集群建设") still heads its paragraph."""
    words = sentence.text(text)
    if _TO_DATE_FRAME.match(words) is None or PLAN_INTENT.search(words) is not None:
        return False
    clauses = re.split(r"[,，;；]", words)
    return sum(1 for clause in clauses if FIGURE.search(clause)) >= _REPORTED_FIGURES_MIN


def after_lead_frames(text: str, start: int, end: int) -> int:
    """Where a lead's head would begin after the clauses that only say when or from whom it reports."""
    while (frame := _LEAD_FRAME.match(text, start, end)) is not None:
        start = frame.end()
    return start


def sentence_starts(index: TextIndex, paragraph: Span) -> list[int]:
    starts = []
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        starts.append(sentence.start)
        offset = max(sentence.end + 1, offset + 1)
    return starts


@per_article(maxsize=4096)
def sentence_head_start(text: str, sentence: Span) -> int:
    """Where a sentence's head would begin: after the speaker's frame, the close of the previous
    quotation, a glued sub-heading and a connector ("另外，", "同时，")."""
    frame = None
    if _FRAME_MARK.search(text, sentence.start, min(sentence.end, sentence.start + FRAME_REACH)) is not None:
        frame = SPEAKER_FRAME.match(text[sentence.start : sentence.end])
    head_start = sentence.start + (frame.end() if frame else 0)
    while head_start < sentence.end and text[head_start] in CLOSING_QUOTES:
        head_start += 1  # the close of the previous sentence's quotation
    glued = _glued_subheading(text, head_start, sentence.end)
    if glued is not None:
        head_start = glued.end()
    connector = _CONNECTOR.match(text, head_start, sentence.end)
    return connector.end() if connector else head_start


@per_article(maxsize=4096)
def _glued_subheading(text: str, start: int, end: int) -> re.Match[str] | None:
    if _SUBHEADING_FOLLOWER.search(text, start, min(end, start + SUBHEADING_REACH)) is None:
        return None  # none of the openings that may follow a glued sub-heading is within its reach
    match = _GLUED_SUBHEADING.match(text, start, end)
    if match is None or _NOT_A_SUBHEADING.search(match.group("heading")) or NOT_A_HEAD.match(match.group(0)):
        return None
    speaker = match.group("speaker")
    if speaker and not _introduced_by_title(speaker, text):
        return None  # the words before 表示 are no speaker the article has introduced by title
    return match


@per_article(maxsize=64)
def _introduced_by_title(name: str, text: str) -> bool:
    """Whether the text names `name` after a title ("区长王某"): asked again for each heading the name
    opens (a text's hash is kept with it, so the key costs no pass over the text)."""
    return re.search(_TITLED_NAME.format(name=re.escape(name)), text) is not None


@kept_per_span
def glued_subheadings(text: str, index: TextIndex, paragraph: Span) -> dict[Span, str]:
    """Sub-headings glued to the start of a sentence, each as the head it titles: the sentence from its
    opening on, titled by the sub-heading (an opening "在…方面" keeps its own title)."""
    found: dict[Span, str] = {}
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        match = _glued_subheading(text, sentence.start, sentence.end)
        start = match.end() if match is not None else -1
        while 0 <= start < sentence.end and text[start] in " \u3000":
            start += 1  # "聚焦民生改善 西山区将…": a heading set off by a space before the region's plan
        if match is not None and not text.startswith("在", start):
            found[Span(start, index.sentence(start).end)] = match.group("heading")
        offset = max(sentence.end + 1, offset + 1)
    return found


def lays_out_work(words: str) -> bool:
    """A statement of plans: it opens with "我们将/要", or one of its clauses opens with a line of work;
    and none of its clauses reports a result, nor does its first clause say what something is."""
    clauses = [clause for clause in _CLAUSE_OR_EXCLAMATION_END.split(words) if clause]
    if not clauses or any(DONE.search(clause) for clause in clauses) or IS_A_FACT.search(clauses[0]):
        return False
    return _WE_WILL.match(words) is not None or any(LINE_OF_WORK.match(clause) for clause in clauses)


def is_narrative(sentence: str) -> bool:
    """A sentence with no word of intent that tells of the event ("县领导和企业代表参加签约仪式") or
    reviews a past year ("2023年，全县上下攻坚克难，…")."""
    if INTENT_WORD.search(sentence):
        return False
    return EVENT_NARRATIVE.search(sentence) is not None or _PAST_YEAR_OPENING.match(sentence) is not None


def dash_head(text: str, paragraph: Span) -> Span | None:
    """The highlight a paragraph opens with after a dash (`_DASH_HEAD`), without the dash."""
    match = _DASH_HEAD.match(text, paragraph.start, paragraph.end)
    if match is None or match.group("head").startswith("访"):
        return None  # "——访某县县长某某": an interview's subtitle
    return Span(match.start("head"), match.end("head"))


@kept_per_span
def head_of(text: str, index: TextIndex, paragraph: Span) -> Span | None:
    """The head that opens a paragraph (its first sentence), or None when it opens with none."""
    content = paragraph.text(text)
    if (dashed := dash_head(text, paragraph)) is not None:
        return dashed
    if is_heading_only(content) and not text.startswith(_SENTENCE_ENDS, paragraph.end):
        return None if _continues_a_line(text, paragraph) else paragraph  # not "主持仪式。"
    frame = SPEAKER_FRAME.match(content)
    if frame is not None and _ORIGINAL_TITLE.match(frame.group(0)):
        return None  # a scraped item's title glued to its lead: what the item is about, not a head
    offset = paragraph.start + (frame.end() if frame else 0)
    opening = text[offset : offset + 40]
    opening_without_region = _SUBJECT_WILL.sub("", opening)
    is_head = (
        opening.startswith(NUMBERED_HEAD_PREFIXES + ORDINAL_IS + HEAD_OPENERS)
        or _AREA_HEAD.match(opening) is not None
        or _ARTICLE_HEAD.match(opening) is not None
        or opening_without_region.startswith(HEAD_OPENERS)
    )
    sentence = index.sentence(offset)
    if not is_head and frame is None and _opens_with_glued_head(text, index, paragraph):
        return Span(offset, index.full_sentence(offset).end)
    if not is_head or NOT_A_HEAD.search(text[offset : sentence.end]) or STUDY.match(opening_without_region):
        return None  # "我们将聚焦三个方面发力。": a lead-in that announces the list
    return Span(offset, sentence.end)


def _opens_with_glued_head(text: str, index: TextIndex, paragraph: Span) -> bool:
    """A paragraph whose first sentence is a short line of work of its own, followed by its report."""
    first = index.full_sentence(paragraph.start)
    words = text[paragraph.start : first.end + 1]
    return (
        first.end + 1 < paragraph.end
        and _GLUED_PARAGRAPH_HEAD.fullmatch(words) is not None
        and not DONE.search(words)
    )


def _continues_a_line(text: str, paragraph: Span) -> bool:
    """A line that goes on from the line before it, broken after a 、 or a comma (a title in two lines)."""
    before = text[max(paragraph.start - _LINE_BREAK_LOOKBACK, 0) : paragraph.start].rstrip()
    return before.endswith(("、", ",", "，"))


def is_heading_only(content: str) -> bool:
    """A short line with no sentence punctuation: a bold section title."""
    if len(content) > _HEADING_MAX_CHARS or any(mark in content for mark in "。;；,，:："):
        return False
    if content.startswith(("——", "访")) or any(word in content for word in CHAPTER_TITLE_WORDS):
        return False
    if (
        any(word in content for word in ARTICLE_TITLE_WORDS)
        or _BYLINE.search(content)
        or ATTENDANCE.search(content)
    ):
        return False  # the article's own title (an event, a document, a genre) or a byline
    if NOT_A_HEAD.search(content):
        return False  # a list lead-in on its own line ("今年要重点做好以下11个方面工作")
    if EVENT_NARRATIVE.search(content):
        return False  # the page's debris: a caption, the ceremony's host or guests, a list of names
    return len(content) >= 6


def is_lead_or_heading_line(text: str, paragraph: Span) -> bool:
    """The interview's opening quote, a chapter title, or an interview headline: never a priority."""
    content = paragraph.text(text)
    if content.startswith(("“", '"')) and INTERVIEW_LEAD.search(content):
        return True
    if content.startswith("——") or _CHINESE_ORDINAL_HEAD.match(content):
        return True
    return any(word in content[:12] for word in CHAPTER_TITLE_WORDS)


def is_body(text: str, paragraph: Span) -> bool:
    content = paragraph.text(text)
    return len(content) >= 40 and "记者" not in content[:30]


_NAME_WILL = LazyPattern(
    r"^(?:今年|明年|[一二三四]季度)?[\u4e00-\u9fff]{0,4}?(?:将|要)"
    r"(?=(?:持续|全力|着力|大力|加快|深入|进一步)?" + WORK_VERBS + ")"
)
"""A short subject and its intent before a line of work ("今年岳阳将稳定…", "今年将持续开展…")."""


def without_subject(words: str) -> str:
    """Words without the subject and its intent that open them ("托克托县将", "我们要", "今年岳阳将")."""
    words = _SUBJECT_WILL.sub("", words) or words
    words = words.removeprefix("我们") or words
    words = _BARE_INTENT.sub("", words) or words
    return _NAME_WILL.sub("", words) or words
