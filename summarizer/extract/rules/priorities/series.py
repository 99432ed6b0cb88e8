"""Structures a text marks itself: ordinals, measure lists, counted parts, announced and counted series."""

from __future__ import annotations

import itertools
import re

from summarizer.extract.rules.answers import (
    is_question,
)
from summarizer.extract.rules.priorities.clauses import (
    glued_subheadings,
    head_of,
    sentence_head_start,
    sentence_starts,
)
from summarizer.extract.rules.priorities.parallels import (
    after_list_connector,
    announces,
    couplet_head,
    first_series_item,
    has_body,
    in_series,
    is_event_program,
    parallel_first_clauses,
    parallel_shapes,
    parallel_verbs,
    semicolon_parts,
    stands_in_parallel,
)
from summarizer.extract.rules.priorities.vocabulary import (
    COUPLET_OPENING,
    DONE,
    DUTY,
    FIGURE,
    FROM_ASPECTS,
    GLUED_HEADING,
    GRIP_CLAUSE,
    INTENT_WORD,
    MEASURE_HEADS_MIN,
    NEXT_STEP_OPENING,
    ORDINAL_PREFIX,
    PARALLEL_MIN,
    PLAN_INTENT,
    SERIES_ITEM,
    WORK_VERBS,
)
from summarizer.extract.rules.text import (
    CLAUSE_OR_SENTENCE_END,
    Span,
    TextIndex,
    kept_per_span,
)
from summarizer.memo import per_article
from summarizer.parse.quantities import chinese_number
from summarizer.text import LazyPattern

_NON_POLICY_LEAD = LazyPattern(
    r"(?:(?:特点|体会|感受|感想|原因|意义|启示|不足|短板|差距)"
    r"|(?:分|分为|分成|包括|共有)[\d一二三四五六七八九十两几]+(?:类|种|档|批|个类别))[:：]\s*$"
)
"""The lead-in of a list that is no list of policy areas ("报告主要有三个特点：一是…"), or of a list of the
kinds a notice sorts its subject into ("招收具体分三类：一是单位人招收；二是…")."""
_COUNTED_FEATURES = LazyPattern(
    r"[\d一二三四五六七八九十两几](?:个|大|项|点)[^。；;！？]{0,16}?"
    r"(?:之最|特点|亮点|优势|特色|原因|意义|看点|新变化)[。！：:]\s*$"
)
"""A sentence that counts the features of something, just before the list that gives them ("创造了镇域内的三个
产业项目之最。一是占地面积最大，…", "活动有三大亮点。一是…"): what the list then names are no policy areas."""
_ORDINAL_IN_TEXT = LazyPattern(
    r"(?:^|(?<=[。；;！？:：]))\s*(?:[一二三四五六七八九十][是要][,，]?|第[一二三四五六七八九十][,，]|(?:首先|其次|再次|最后)[,，]"
    r"|(?:一方面|另一方面)[,，]?)"
)
_FEATURES_LEAD_CHARS = 40
_FIRST_ORDINALS = ("一是", "一要", "第一", "首先", "一方面")
_FIRST_AFTER_A_COMMA = LazyPattern(r"(?<=[,，])一是[,，]?")
"""A first item glued to its lead-in by a comma ("…时间紧、任务重，一是成立工作专班…。二是，…"): an item
only when the list goes on with 二是."""
_LATER_AFTER_A_COMMA = LazyPattern(r"(?<=[,，])[二三四五六七八九十]是[,，]?")
"""A later item glued to the one before by a comma ("：一是抓产业升级，二是抓项目建设，三是…"): an item once
the list has opened with 一是."""
_FIRST_THEN = ("首先", "其次", "再次", "最后")
"""首先…其次…最后: an enumeration only when it starts with 首先 and goes on (最后 alone is narrative)."""
_PAIRED_ORDINALS = {
    re.compile(r"[一二三四五六七八九十]要"): ({"一要", "二要"}, {"二要", "三要"}),
    re.compile(r"另?一方面"): ({"一方面", "另一方面"},),
}
"""Ordinals that are also common words: items of an enumeration only beside the next item (二要 and 三要
make a list even when its first item opens otherwise: "一招商工作要…；二要…；三要…")."""
_COUNTED_LEAD = LazyPattern(
    r"(?:以下|如下)?(?P<count>[两二三四五六七八九十])(?:件事|项工作|个方面|方面|件大事|项重点工作|项任务|大任务|项举措|条措施)"
    r"(?:的?(?:重点|主要)?(?:工作|任务|举措|措施))?[:：]"
)
"""The lead-in of a list that counts its items and ends on a colon ("做好三件事：", "抓好以下三个方面：",
"明确六个方面重点任务：")."""
_ITEM_MIN_CHARS = 4
# "作为横向联动的工作协同平台，联盟将搭建…": a role of a body, then what the body will do in it.
_ROLE_WILL = LazyPattern(
    r"作为[^,，。；;“”]{2,24}[,，](?P<subject>[^,，。；;“”]{1,12}?)(?:还|也|则)?(?:将|要)"
)
_ROLE_SERIES_MIN = 2
_MEASURE_LIST = LazyPattern(
    r"通过(?P<items>[^,，。；;：:“”、]{3,30}(?:、[^,，。；;：:“”、]{3,30}){2,7})等(?:一系列|多项)?(?:举措|措施|手段|方式)"
)
"""Three or more measures listed as the means of the work ("通过开展…、推进…、建设…等举措")."""
_COUNTED_PARTS = LazyPattern(
    r"(?P<items>[^,，。；;：:“”、]{3,24}(?:、[^,，。；;：:“”、]{3,24}){1,9})等(?P<count>[两二三四五六七八九十])大"
    r"(?:方面|行动|专项行动|工程|任务|举措|板块|重点工作)"
)
"""The parts a plan or a document names and counts as its own structure ("包括强化大宗消费支持、优化服务
消费供给、培育新消费增长点、优化城乡消费环境等四大方面共40条政策措施"): each a priority when the count
is theirs."""
_PARTS_LEAD_IN_FIRST = LazyPattern(r"(?:包括|涵盖|围绕|实施|开展|推进|启动|从|聚焦|分为)")
"""The word that leads a counted list of parts: the first part begins after it."""
_SHORT_HEADING = LazyPattern(WORK_VERBS + r"[^,，。；;：:、“”\d\s]{2,12}")
"""A short sentence that only names a line of work ("加强燃气管网安全排查")."""
_ASPECT_WORK = LazyPattern(r"发力|(?:一体|统筹)?" + SERIES_ITEM.pattern)
"""What a line of work taken up from its aspects opens with ("发力…", "推动…", "一体完善…"); never what
someone gives or says from them ("提供要素保障", "提出建设性意见")."""
_COUNTED_AREAS = LazyPattern(
    r"(?:在|从)(?P<items>[^,，。；;：:]{2,30}(?:、[^,，。；;：:]{2,30}){1,9})"
    r"(?P<count>[两二三四五六七八九十])(?:个|大)?方面(?:上)?(?:下(?:真|足|硬)?功夫|发力|用力|着力|入手|持续用力)"
)
# "找准切入点，全面治脏。": a campaign part's heading, two short clauses and a full stop.
_CAMPAIGN_HEADING = LazyPattern(r"[\u4e00-\u9fff“”]{3,8}[,，][\u4e00-\u9fff“”]{3,8}[。.]?")
_CAMPAIGN_POINTS_MIN = 3
"""Campaign headings whose first clauses end on the same word ("找准切入点", "把握着力点", "打造突破点"): a
series when three or more do."""
_DOCUMENT_FRAME = LazyPattern(
    r"(?:意见|方案|通知|办法|规划|措施|计划|细则|条例|决定)(?:还|同时)?(?:提出|明确|指出|要求)[,，:：]"
)
"""A news item's frame for what a document lays down ("意见提出，", "《方案》明确，")."""
_MEASURE_OPENING = LazyPattern(
    r"(?:将[^,，。；;]{2,30}?(?:纳入|列入)[^,，。；;]{2,20}|(?:加快|健全|建立|推行|鼓励|支持|引导|深化|强化"
    r"|完善|推进|推动|加强|实施|优化|提升|构建|培育|扩大|开展)[^,，。；;]{2,28})[,，]"
)
"""The first clause of a document's measure, a line of work before its details ("深化人才供给侧结构性改革，",
"将某教育内容纳入高校入学教育，")."""
_DOCUMENT_MEASURES_MIN = 3
_TOPIC_HEAD = LazyPattern(r"^关于[^,，。“”]{2,10}[,，]")
_SINCE_FRAME = LazyPattern(r"(?:自|从)[^。；;！？]{2,40}?以来[,，]")
"""The event since which work was done ("自开展大排查行动以来，"): a review's frame. "今年以来，…：一是…"
is the plan year's work under way, its items still the year's lines of work."""
_TWO_PART_HEAD = LazyPattern(r"[\u4e00-\u9fff“”+]{2,8}[,，][\u4e00-\u9fff“”+]{3,8}")
"""A news item's bold lead of a measure, a sentence of two short parts with no figures ("心愿点单，找准突破
点。", "差异服务，画好联动线。"): a head when two or more stand in one paragraph."""


def counted_areas(text: str, head: Span) -> list[Span]:
    """The areas a head lists in one clause and counts ("在推进规范提升、组织重大事故隐患整治、…、应急防汛
    五个方面下真功夫", "从政策供给、平台建设、人才引育三个方面发力"), or the measures it lists ("通过开展
    村庄清洁行动、推进农村厕所改造、…等举措"): each is an item; any other head is its own only item."""
    match = _COUNTED_AREAS.search(text, head.start, head.end)
    if match is not None:
        items = match.group("items").split("、")
        if len(items) == chinese_number(match.group("count")) and min(len(item) for item in items) >= 2:
            return _item_spans(match, items)
    return measure_lists(text, head) or [head]


def measure_lists(text: str, span: Span) -> list[Span]:
    """The measures a sentence lists as the means of its work ("某县通过开展村庄清洁行动、推进农村厕所改造、
    建设污水处理设施等举措，持续改善…"): each measure is an item when every one opens with a line of work."""
    found: list[Span] = []
    for match in _MEASURE_LIST.finditer(text, span.start, span.end):
        items = match.group("items").split("、")
        if all(SERIES_ITEM.match(item) for item in items):
            found += _item_spans(match, items)
    return found


def counted_parts(text: str, span: Span) -> list[Span]:
    """The parts a plan lists and counts as its own ("…等四大方面", "…等五大行动"), as many as the count says;
    the first part starts after the word that leads the list ("包括", "实施", "从")."""
    found: list[Span] = []
    for match in _COUNTED_PARTS.finditer(text, span.start, span.end):
        items = match.group("items").split("、")
        lead = _PARTS_LEAD_IN_FIRST.search(items[0])
        if lead is None or len(items) != chinese_number(match.group("count")):
            continue
        first_start = match.start("items") + lead.end()
        found += [Span(first_start, match.start("items") + len(items[0])), *_item_spans(match, items)[1:]]
    return found


def _item_spans(match: re.Match[str], items: list[str]) -> list[Span]:
    """The span of each of the items that the match's group "items" lists between 、."""
    found = []
    start = match.start("items")
    for item in items:
        found.append(Span(start, start + len(item)))
        start += len(item) + 1
    return found


def document_measures(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """The measures a news item reports from a document sentence by sentence after its frame ("意见提出，
    将…纳入高校入学教育，并…。深化人才供给侧结构性改革，把…。健全完善就业指导体系，制定…"): the first
    clause of each sentence that opens with a line of work and goes on with its details; three or more
    make the list. A sentence of one clause ("推进…建设。") is a detail of the measure before it."""
    frame = _DOCUMENT_FRAME.search(text, paragraph.start, paragraph.end)
    if frame is None:
        return []
    found = []
    for sentence in index.sentences_in(Span(frame.end(), paragraph.end)):
        start = max(sentence.start, frame.end())  # "意见提出，将…": the frame's own sentence
        again = _DOCUMENT_FRAME.match(text, start, sentence.end)
        start = again.end() if again is not None else start
        opening = _MEASURE_OPENING.match(text, start, sentence.end)
        if opening is not None and not DONE.search(opening.group(0)):
            found.append(Span(start, opening.end() - 1))
    return found if len(found) >= _DOCUMENT_MEASURES_MIN else []


@kept_per_span
def marked_structures(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """The items of structures a news item marks by their shape: a body's roles, a campaign's short
    headings, clauses that open with the same verb of work, the measures of a "通过…等举措" list, the
    plans that sub-headings set off by a space title ("聚焦民生改善 西山区将…")."""
    spaced = [span for span in glued_subheadings(text, index, paragraph) if text[span.start - 1] in " \u3000"]
    return (
        spaced
        + role_series(text, index, paragraph)
        + place_series(text, index, paragraph)
        + campaign_list(text, paragraph)
        + campaign_headings(text, index, paragraph)
        + parallel_verbs(text, index, paragraph)
        + measure_lists(text, paragraph)
        + counted_parts(text, paragraph)
        + semicolon_works(text, index, paragraph)
    )


def semicolon_works(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """The parts of the sentence that opens a paragraph when it lists lines of work, one a part, each
    opening with its verb ("推进“书香某市”建设，实施城市书房建设；推进博物馆“百馆工程”建设，到12月底前…达到
    100家。", a news item's lead): two or more parts, none a result; each part is a head. Inside a
    paragraph such a series details the head before it."""
    sentence = index.full_sentence(paragraph.start)
    parts = index.sentences_in(sentence)
    if len(parts) < MEASURE_HEADS_MIN or is_question(text, sentence):
        return []
    return parts if all(_opens_a_work(text, index, part) for part in parts) else []


def _opens_a_work(text: str, index: TextIndex, part: Span) -> bool:
    first_clause = index.clause(part.start)
    return SERIES_ITEM.match(text, part.start, first_clause.end) is not None and not DONE.search(
        text, part.start, part.end
    )


def is_marked(text: str, head: Span) -> bool:
    opening = head.text(text)
    return (
        _ORDINAL_IN_TEXT.match(opening) is not None
        or DUTY.match(opening) is not None
        or GLUED_HEADING.fullmatch(opening) is not None
        or GRIP_CLAUSE.fullmatch(opening) is not None
        or _TOPIC_HEAD.match(opening) is not None
        or in_series(text, head)
        or stands_in_parallel(text, head)
        or _is_measure_lead(text, head)
    )


def is_two_part_lead(text: str, head: Span) -> bool:
    """A bold lead of two short parts ("心愿点单，找准突破点。"), never an ordinal's item ("第一，推进…")."""
    words = head.text(text)
    two_parts = _TWO_PART_HEAD.fullmatch(words) is not None and text.startswith("。", head.end)
    return two_parts and ORDINAL_PREFIX.match(words) is None and _ORDINAL_IN_TEXT.match(words) is None


def _is_measure_lead(text: str, head: Span) -> bool:
    """A head in the shape of a news item's bold measure lead: two short parts, or a couplet."""
    words = head.text(text)
    if _TWO_PART_HEAD.fullmatch(words) and text.startswith("。", head.end):
        return True
    couplet = COUPLET_OPENING.match(words)
    return couplet is not None and len(words) == 2 * len(couplet.group("first")) + 1


_LEAD_SEPARATOR = LazyPattern(r"[\s×]+")


def short_heading_series(text: str, index: TextIndex, paragraphs: list[Span]) -> list[Span]:
    """Bold leads glued into the running text as short sentences of their own, each a line of work before
    its report ("加强燃气管网安全排查。第一时间紧急调度…。…加强路桥设施安全排查。迅速组织…"): two or more
    in the section that open with the same verb of work make the series. A page's debris before a lead
    (an advert's line ending in "×") is no part of it."""
    found: list[Span] = []
    for paragraph in paragraphs:
        offset = paragraph.start
        while offset < paragraph.end:
            sentence = index.full_sentence(offset)
            words = text[sentence.start : sentence.end].rstrip("。！!")
            lead = _LEAD_SEPARATOR.split(words)[-1]
            if _SHORT_HEADING.fullmatch(lead) and has_body(text, index, sentence, paragraph):
                start = sentence.start + len(words) - len(lead)
                found.append(Span(start, start + len(lead)))
            offset = max(sentence.end + 1, offset + 1)
    openings = [text[head.start : head.start + 2] for head in found]
    return [head for head, opening in zip(found, openings, strict=True) if openings.count(opening) >= 2]


def with_heading_series(text: str, index: TextIndex, paragraphs: list[Span], heads: list[Span]) -> list[Span]:
    """The heads with a series of short glued leads on top: a head inside a lead's report (from the lead to
    the next one or the end of its paragraph) is a detail of that lead."""
    series = short_heading_series(text, index, paragraphs)
    if not series:
        return heads
    ends = [following.start for following in series[1:]] + [len(text)]
    bodies = [
        Span(lead.end, min(end, index.paragraph(lead.start).end))
        for lead, end in zip(series, ends, strict=True)
    ]
    kept = [head for head in heads if not any(body.start <= head.start < body.end for body in bodies)]
    return sorted(set(series + kept), key=lambda span: span.start)


def works_from_aspects(text: str, start: int, end: int) -> bool:
    """A sentence that names a line of work and the aspects it works from ("山东还从丰富城市消费场景、建设农村
    商业体系…等方面，一体完善促消费基础保障", "某省近日出台措施，从基础设施升级、培育龙头企业等方面发力…"):
    a head, unless what follows the aspects was done (了, 已)."""
    aspects = FROM_ASPECTS.match(text, start, end)
    if aspects is None:
        return False
    work = text[aspects.end() : end].lstrip(",，")
    first = CLAUSE_OR_SENTENCE_END.split(work, maxsplit=1)[0]
    return _ASPECT_WORK.match(first) is not None and not DONE.search(first)


def measure_heads(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """The measures a news item lists under short heads glued into its running text, two or more in the
    paragraph: bold leads of two parts ("心愿点单，找准突破点。"), couplets glued to their bodies ("坚持党建
    引领 做实建强网格按照…") and first clauses that open sentences in parallel ("“书屋+”志愿者模式，…。
    “书屋+”宣讲模式，…")."""
    if ordinals_in(text, paragraph) or head_of(text, index, paragraph) is not None:
        return []  # the measures inside an item ("五是…。实施…行动，…") are its details
    sentences = [index.full_sentence(offset) for offset in sentence_starts(index, paragraph)]
    two_parts = [
        s
        for s in sentences
        if _TWO_PART_HEAD.fullmatch(text, s.start, s.end) and has_body(text, index, s, paragraph)
    ]
    couplets = [c for s in sentences if s.start > 0 and (c := couplet_head(text, s)) is not None]
    found = [
        group
        for group in (two_parts, couplets)
        if len(group) >= MEASURE_HEADS_MIN and not is_event_program(text, group)
    ]
    shaped = parallel_shapes(text, index, sentences, paragraph)
    return (
        [head for group in found for head in group] + parallel_first_clauses(text, index, sentences) + shaped
    )


@kept_per_span
def campaign_headings(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """Short headings of a campaign's parts glued into the running text as sentences of their own, two
    short clauses each ("找准切入点，全面治脏。…。突出重难点，全面治乱。…"): two or more that share the
    opening of a clause are the campaign's items. One such sentence alone is a saying, not a heading."""
    found: list[Span] = []
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        if _CAMPAIGN_HEADING.fullmatch(text, sentence.start, sentence.end):
            found.append(sentence)
        offset = max(sentence.end + 1, offset + 1)
    clauses = [index.clauses_in(span) for span in found]
    firsts = [text[parts[0].start : parts[0].start + 2] for parts in clauses]
    seconds = [text[parts[-1].start : parts[-1].start + 2] for parts in clauses]
    points = [text[parts[0].end - 1] for parts in clauses]  # "找准切入点，…。把握着力点，…"
    return [
        span
        for span, first, second, point in zip(found, firsts, seconds, points, strict=True)
        if firsts.count(first) >= _ROLE_SERIES_MIN
        or seconds.count(second) >= _ROLE_SERIES_MIN
        or points.count(point) >= _CAMPAIGN_POINTS_MIN
    ]


_PLACE_FRAME = LazyPattern(
    r"在(?P<place>[^,，。；;“”]{2,24}?(?:区|园|县|镇|乡|村|街道|片区|基地|城|港|湾|带))[,，]"
    r"(?:还|也)?(?:将|要|计划|重点)?(?=" + SERIES_ITEM.pattern + ")"
)
"""A plan set in a place of its own ("在某农业科技园某园区，将打造…"); sentences that each open with one
make a series of the places' plans."""


_CAMPAIGN_LIST = LazyPattern(
    r"(?:开展|实施|推进|抓好|做好|推动|组织)(?P<items>(?:[^,，。；;：:、“”]{3,20}?(?:行动|工程|计划|建设|攻坚|活动)、){2,}"
    r"[^,，。；;：:、“”]{3,20}?(?:行动|工程|计划|建设|攻坚|活动))等(?:重点|各项|系列)?(?:工作|任务|行动|活动)"
)
"""A list of named campaigns a body carries out ("深入开展绿色家庭创建提升行动、乡村振兴巾帼行动、…、儿童友好
城市建设等重点工作"): three or more, each a line of work of its own."""


def campaign_list(text: str, paragraph: Span) -> list[Span]:
    """The campaigns of each `_CAMPAIGN_LIST` in a paragraph, each an item."""
    found: list[Span] = []
    for listed in _CAMPAIGN_LIST.finditer(text, paragraph.start, paragraph.end):
        start = listed.start("items")
        for item in listed.group("items").split("、"):
            found.append(Span(start, start + len(item)))
            start += len(item) + 1
    return found


def place_series(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """Sentences that each set a plan in a place of its own ("在某园区张江核心区，建设…研发创新中心，打造…。
    在某园区宣桥园区，将打造…孵化园"): two or more in a paragraph, each an item from its place on. One
    alone is where a single plan happens."""
    found: list[Span] = []
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        head_start = sentence_head_start(text, sentence)
        placed = _PLACE_FRAME.match(text, head_start, sentence.end)
        if placed and not DONE.search(text, head_start, sentence.end):
            found.append(Span(head_start, sentence.end))
        offset = max(sentence.end + 1, offset + 1)
    return found if len(found) >= _ROLE_SERIES_MIN else []


def role_series(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """Sentences that each give one role of the same body and what it will do in that role ("作为纵向贯通的
    服务送达平台，联盟将充分发挥…功能，…。作为横向联动的工作协同平台，联盟将搭建…"): each role with its
    first measure is an item. One such sentence alone is a fact about the body ("作为全省重点项目，该项目将
    带动…"), not a list."""
    found: list[tuple[str, Span]] = []
    if text.count("作为", paragraph.start, paragraph.end) < _ROLE_SERIES_MIN:
        return []  # each role opens on a 作为 of its own
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        head_start = sentence_head_start(text, sentence)
        role = _ROLE_WILL.match(text, head_start, sentence.end)
        if role is not None:
            found.append((role.group("subject"), Span(head_start, index.clause(role.end()).end)))
        offset = max(sentence.end + 1, offset + 1)
    subjects = [subject for subject, _ in found]
    return [span for subject, span in found if subjects.count(subject) >= _ROLE_SERIES_MIN]


def lists_results(text: str, paragraph: Span, ordinals: list[re.Match[str]]) -> bool:
    """An enumeration of figures achieved ("今年以来，某县扎实推进各项工作。一是完成了12个重点项目建设，二是
    新增就业岗位3000个，…"): each item gives a figure, one reports it done, and neither the items nor the
    words before them state an intent. Items that name the areas a campaign achieved in without figures
    ("一是解决了一批多年想办没办成的难事") still lay out its structure."""
    if not ordinals:
        return False
    ends = [match.start() for match in ordinals[1:]] + [paragraph.end]
    items = [text[match.end() : end] for match, end in zip(ordinals, ends, strict=True)]
    lead = text[paragraph.start : ordinals[0].start()]
    return (
        all(FIGURE.search(item) for item in items)
        and any(DONE.search(item) for item in items)
        and not any(INTENT_WORD.search(words) for words in [lead, *items])
        and not NEXT_STEP_OPENING.search(lead)
    )


def without_reviewed_series(text: str, paragraph: Span, ordinals: list[re.Match[str]]) -> list[re.Match[str]]:
    """The ordinals without a 一是…二是 series told after a time since which the work was done ("自开展
    沿线整治行动以来，某街道…，一是落实管控措施；二是…"): what was done, not a plan, when neither the
    lead nor any item states an intent."""
    series = [match for match in ordinals if _ordinal_word(match).endswith("是")]
    if not series:
        return ordinals
    lead = _lead_in(text, paragraph, series[0])
    ends = [
        ordinals[ordinals.index(match) + 1].start() if match is not ordinals[-1] else paragraph.end
        for match in series
    ]
    items = [text[match.end() : end] for match, end in zip(series, ends, strict=True)]
    if _SINCE_FRAME.search(lead) and not any(PLAN_INTENT.search(words) for words in [lead, *items]):
        return [match for match in ordinals if match not in series]
    return ordinals


def plan_series(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """A plan sentence whose lines of work follow each other between semicolons ("我们将紧紧围绕…目标，
    大力推进生态治理，建设美丽家园；继续推进产业升级，…；深入实施…；持续加强民生保障…。"): each
    line of work is an item, the first one after the sentence's frame."""
    found: list[Span] = []
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        parts = semicolon_parts(text, index, sentence)
        later_are_work = len(parts) >= PARALLEL_MIN and all(
            SERIES_ITEM.match(part.text(text)) for part in parts[1:]
        )
        if later_are_work and INTENT_WORD.search(parts[0].text(text)):
            first = first_series_item(text, index, parts[0])
            found += ([first] if first is not None else []) + parts[1:]
        offset = max(sentence.end + 1, offset + 1)
    return found


def announced_series(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """A list the text announces by count and then gives in semicolon parts that each open with the
    announced word ("通过“四个突出”指明了方向。其中，突出制度体系建设，…；突出职能分工，…；突出分类治理，…；
    突出能力支撑，…"): the first clause of each part is an item."""
    found: list[Span] = []
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        parts = semicolon_parts(text, index, sentence)
        starts = [after_list_connector(text, part) for part in parts] if len(parts) >= PARALLEL_MIN else []
        word = text[starts[0] : starts[0] + 2] if starts else ""
        shared = len(parts) >= PARALLEL_MIN and all(text.startswith(word, start) for start in starts)
        if shared and announces(text, paragraph, sentence, word):
            found += [Span(start, index.clause(start).end) for start in starts]
        offset = max(sentence.end + 1, offset + 1)
    return found


def counted_lists(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """A list whose lead-in counts its items and ends on a colon ("该局将重点做好三件事：打造夜间经济集聚区，
    推出精品旅游线路10条，举办文旅节会活动20场"): when the rest of the sentence holds as many parts, between
    semicolons, else between commas, else between 、, each part is an item. Ordinals ("：一是…") mark their
    own items."""
    found: list[Span] = []
    for lead in _COUNTED_LEAD.finditer(text, paragraph.start, paragraph.end):
        sentence = index.full_sentence(lead.start())
        count = chinese_number(lead.group("count"))
        rest = text[lead.end() : sentence.end].rstrip("。！!")
        if count is None or ORDINAL_PREFIX.match(rest.lstrip()):
            continue
        for marks in ("[；;]", "[，,]", "、"):
            cuts = [0, *(match.end() for match in re.finditer(marks, rest)), len(rest) + 1]
            parts = [Span(lead.end() + a, lead.end() + b - 1) for a, b in itertools.pairwise(cuts)]
            if len(parts) == count and all(part.end - part.start >= _ITEM_MIN_CHARS for part in parts):
                # "抓好三件大事：抓项目建设、抓招商引资、抓民生改善": items between 、 share one clause
                found += (
                    parts
                    if marks == "、"
                    else [Span(part.start, index.clause(part.start).end) for part in parts]
                )
                break
    return found


@per_article(maxsize=1024)
def ordinals_in(text: str, paragraph: Span) -> tuple[re.Match[str], ...]:
    """The ordinals that open the items of an enumeration in a paragraph ("一是", "第一，", "首先，")."""
    found = list(_ORDINAL_IN_TEXT.finditer(text, paragraph.start, paragraph.end))
    first = next((match for match in found if _ordinal_word(match) == "一是"), None)
    if first is not None:  # "：一是抓产业，二是抓项目，三是抓民生": the list goes on after commas
        later = _LATER_AFTER_A_COMMA.finditer(text, first.end(), paragraph.end)
        starts = {match.start() for match in found}
        found = sorted([*found, *(m for m in later if m.start() not in starts)], key=lambda m: m.start())
    if any(_ordinal_word(match) == "二是" for match in found):
        found = sorted(
            [*found, *_FIRST_AFTER_A_COMMA.finditer(text, paragraph.start, paragraph.end)],
            key=lambda match: match.start(),
        )
    first_then = [match for match in found if match.group(0).strip().startswith(_FIRST_THEN)]
    words = {match.group(0).strip()[:2] for match in first_then}
    if "首先" not in words or len(words) < 2:
        found = [match for match in found if match not in first_then]
    openings = {_ordinal_word(match) for match in found}
    for family, pairs in _PAIRED_ORDINALS.items():  # "一要", "一方面" open a list only when it goes on
        if not any(pair <= openings for pair in pairs):
            found = [match for match in found if not family.fullmatch(_ordinal_word(match))]
    kept, features = [], False
    for match in found:
        if _ordinal_word(match) in _FIRST_ORDINALS:  # a list opens: what does the sentence before it count?
            before = text[max(paragraph.start, match.start() - _FEATURES_LEAD_CHARS) : match.start()]
            features = _COUNTED_FEATURES.search(before) is not None
        if not features and not _NON_POLICY_LEAD.search(_lead_in(text, paragraph, match)):
            kept.append(match)
    return tuple(kept)


def ordinal_items_after(text: str, index: TextIndex, paragraph: Span, head: Span) -> list[Span]:
    """The items that follow a paragraph's head when the head opens an enumeration of the paragraph
    ("周春晖指出，一是聚焦产业提质，增强发展动能；二是聚焦城市治理，打造品质城区；三是…"): each is a
    head too."""
    if not head.text(text).startswith(_FIRST_ORDINALS):
        return []
    items = []
    for match in ordinals_in(text, paragraph):
        start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        if start > head.start:
            items.append(Span(start, index.sentence(start).end))
    return items


def _lead_in(text: str, paragraph: Span, item: re.Match[str]) -> str:
    """The words of an item's sentence before its enumeration's first ordinal ("报告有三个特点：")."""
    start = max(
        [paragraph.start] + [text.rfind(mark, paragraph.start, item.start()) + 1 for mark in "。！？"]
    )
    first = _ORDINAL_IN_TEXT.search(text, start, item.end())
    return text[start : first.start() if first else item.start()]


def _ordinal_word(match: re.Match[str]) -> str:
    return match.group(0).strip().rstrip(",，")
