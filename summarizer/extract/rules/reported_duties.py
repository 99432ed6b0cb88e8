"""A leader's duties reported in a news item's narration ("他强调，要…", "强调要…", "…是关键，要…")."""

from __future__ import annotations

import re

from summarizer.extract.rules.answers import speaks_as_a_private_person, speaks_for_a_company
from summarizer.extract.rules.text import Span, TextIndex
from summarizer.text import LazyPattern

_DOERS = r"(?:各|全[省市县区旗州盟]|相关|有关|所有)[^,，。；;“”要]{1,12}?"
"""The bodies a requirement addresses ("各部门", "全区各重点工地", "相关单位")."""
_REPORTED_DUTY = LazyPattern(
    r"(?:强调|指出|提出|要求)(?:[,，:：](?:[^,，。；;“”要]{2,16}[,，])?|"
    + _DOERS
    + r")?(?=要(?![素求点闻害]))"
)
"""A reporting verb right before a duty ("强调要因地制宜…", "他指出，要坚决…"), with at most one short
clause between them that frames it ("蓝绍敏强调，固守政治圆心是前提，要在…") or the bodies it addresses
("会议要求全区各重点工地要以…为标杆")."""
_ADDRESSED_WORK = LazyPattern(
    r"(?:要求|强调)[,，]?(?="
    + _DOERS
    + r"(?:建立|健全|加强|加快|推进|推动|落实|压实|强化|完善|做好|抓好|开展|实施|提升"
    r"|聚焦|坚持|围绕|深化|优化|打造)(?![,，。；;]))"
)
"""A requirement addressed to bodies with no 要 of its own ("会议要求各部门建立联动工作机制，…"): the
bodies and their line of work are the duty; a verb with no object ("要求相关单位限时落实，") names none."""
_SERIES_OPENING = LazyPattern(
    r"(?:继续|持续|不断|全面|着力|大力|深入|进一步|加快|积极|切实|扎实|全力|严格|认真)?"
    r"(?:聚焦|坚持|围绕|抓好|做好|办好|加强|推进|推动|优化|深化|实施|开展|强化|提升|压实|落实|打造|建设|培育"
    r"|构建|完善|加大|狠抓|推广|对照|紧盯|建立|健全)"
    r"|进一步[\u4e00-\u9fff]{2}|" + _DOERS + r"要"
)
"""A part of a requirement list: a line of work ("严格落实…", "持续做好…", "对照年度任务…") or a duty of
bodies of its own ("各部门要协调联动")."""
_SERIES_MIN_PARTS = 3
_REQUIREMENT_LEAD = LazyPattern(r"(?:要求|强调|指出)[,，:：]")
"""A reporting verb whose requirements follow with no 要 of their own ("某副区长要求，进一步提升…；进一步
把握…；进一步强化…")."""
_DEPLOYMENT_FOLLOWED = r"(?:按照|根据)[^,，。；;]{0,20}(?:部署|要求|安排)"
_SITUATION_READ = r"(?:准确|牢牢|全面|深刻)?把握"
RECEIVING = LazyPattern(
    r"(?:学习|贯彻|落实|领会|传达|学深悟透)[^,，。；;]{0,80}?(?:精神|讲话|指示|部署|要求|思想|论述)"
    rf"|^(?:坚持)?以[^,，。；;]{{2,40}}为(?:指引|指导|统领|遵循)|^{_DEPLOYMENT_FOLLOWED}|^{_SITUATION_READ}"
)
"""A clause that receives a higher level's words ("要深入学习贯彻党的二十大精神", "以…思想为指引",
"按照省委部署", "准确把握目标要求"): the frame of a duty, not its line of work."""
_DUTY_WORD = LazyPattern(r"^(?:还|也|仍)?要")
_IDIOM_MAX_CHARS = 4
"""A clause of four characters or fewer is a motto ("不断努力", "开拓进取"), never the line of work itself."""
_OWN_DUTY = LazyPattern(r"[^,，。；;]{0,12}?要(?![素求点闻害])")
"""A head that states a duty of its own ("要狠抓…", "各旗县区要压实…"): the next task, not a detail."""
_NEXT_STEP = LazyPattern(r"(?:下一步|接下来|今后)[,，]")
_REPORT_FRAME_END = LazyPattern(r"(?:强调|指出|要求|提出|表示|说|介绍)$")


def receives_words(clause: str) -> bool:
    """A duty's clause that only receives a higher level's words (`RECEIVING`, after its 要)."""
    return RECEIVING.search(_DUTY_WORD.sub("", clause, count=1)) is not None


_FRAME_OF_A_DUTY = LazyPattern(
    rf"^(?:{_DEPLOYMENT_FOLLOWED}|{_SITUATION_READ}[^,，。；;]{{2,30}}(?:态势|形势|机遇|趋势))$"
)


def frames_a_duty(clause: str) -> bool:
    """A duty's first clause that only frames it: the deployment it follows ("要按照省委全会部署") or the
    situation it reads ("要把握产业发展的良好态势"); the line of work is in the clause after it."""
    return _FRAME_OF_A_DUTY.match(_DUTY_WORD.sub("", clause, count=1)) is not None


def reported_duties(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """The duties a leader or a meeting lays out in indirect speech: each from its first clause that names
    a line of work (after the clauses that receive a higher level's words) to the end of its sentence."""
    found: list[Span] = []
    for match in _REPORTED_DUTY.finditer(text, paragraph.start, paragraph.end):
        speaker = text[index.clause(match.start()).start : match.start()]
        if speaks_for_a_company(speaker) or speaks_as_a_private_person(speaker, text):
            continue  # a doctor's or a company's advice ("医院心内科主任张某指出，要…"), not a leader's duty
        duty = _duty_from(text, index, match.end())
        if duty is not None and (not found or duty.start >= found[-1].end):
            found.append(duty)
    for match in _ADDRESSED_WORK.finditer(text, paragraph.start, paragraph.end):
        duty = Span(match.end(), index.sentence(match.end()).end)
        if not any(other.start <= duty.start < other.end for other in found):
            found.append(duty)
    found.sort(key=lambda span: span.start)
    if found:
        found += _series_after(text, index, found[-1], paragraph)
    else:
        found += _requirement_series(text, index, paragraph)
    return found


def _requirement_series(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """The requirements a reporting verb lays out in semicolon parts with no 要 ("要求，进一步提升政治站位，
    …；进一步把握工作形势，…；进一步强化红线意识，…"): each part an item, three or more that all open with
    a line of work."""
    for lead in _REQUIREMENT_LEAD.finditer(text, paragraph.start, paragraph.end):
        full = index.full_sentence(lead.start())
        parts = [Span(lead.end(), index.sentence(lead.end()).end)]
        if parts[0].end < full.end:
            parts += index.sentences_in(Span(parts[0].end + 1, full.end))
        opening = all(_SERIES_OPENING.match(text, part.start, part.end) for part in parts)
        if len(parts) >= _SERIES_MIN_PARTS and opening:
            return parts
    return []


def _series_after(text: str, index: TextIndex, duty: Span, paragraph: Span) -> list[Span]:
    """A requirement list that goes on after the last duty in sentences of semicolon parts ("…会议要求…要以
    …为标杆，全力推广…。严格落实…；持续做好…；各部门要协调联动…；对照年度任务…"): each part an item, when
    three or more parts of a sentence all open with a line of work or a duty of their own."""
    found: list[Span] = []
    start = index.full_sentence(duty.start).end + 1
    for sentence in index.sentences_in(Span(start, paragraph.end)) if start < paragraph.end else []:
        full = index.full_sentence(sentence.start)
        if sentence.start != full.start:
            continue
        parts = index.sentences_in(full)
        opening = all(_SERIES_OPENING.match(text, part.start, part.end) for part in parts)
        if len(parts) >= _SERIES_MIN_PARTS and opening:
            found += parts
    return found


def _duty_from(text: str, index: TextIndex, start: int) -> Span | None:
    """The duty that opens at `start` (its 要): from its first clause that is no frame to its sentence end."""
    sentence = index.sentence(start)
    for clause in index.clauses_in(Span(start, sentence.end)):
        clause_start = max(clause.start, start)
        words = text[clause_start : clause.end].removeprefix("要")
        if len(words) > _IDIOM_MAX_CHARS and not receives_words(words):
            return Span(clause_start, sentence.end)
    return None


def without_details(text: str, index: TextIndex, heads: list[Span], duties: list[Span]) -> list[Span]:
    """The heads that no reported duty covers: a head in a duty's item (from its sentence to the next
    sentence a speaker's frame opens) details that duty ("…要在…中把牢方向。强化理论武装、强化…"),
    unless it states a duty of its own."""
    items = [Span(index.full_sentence(duty.start).start, _item_end(text, index, duty)) for duty in duties]
    return [
        head
        for head in heads
        if _OWN_DUTY.match(text, head.start, head.end)
        or not any(i.start <= head.start < i.end for i in items)
    ]


def _item_end(text: str, index: TextIndex, duty: Span) -> int:
    """Where a reported duty's item ends: the next sentence whose first clause is a speaker's frame, else
    its paragraph's end."""
    paragraph = index.paragraph(duty.start)
    for sentence in index.sentences_in(Span(duty.end, paragraph.end)):
        if sentence.start > duty.start and _opens_with_frame(text, index, sentence):
            return sentence.start
    return paragraph.end


def _opens_with_frame(text: str, index: TextIndex, sentence: Span) -> bool:
    """A sentence that a speaker's frame opens, or a plan of the next step ("下一步，某局将…"): the end of
    the duty's item before it."""
    if _NEXT_STEP.match(text, sentence.start, sentence.end):
        return True
    first = index.clause(sentence.start)
    return _REPORT_FRAME_END.search(text[first.start : first.end].rstrip(",，:：")) is not None or bool(
        re.match(r"[^,，。]{1,12}?(?:强调|指出|要求|提出)要", text[sentence.start : sentence.end])
    )
