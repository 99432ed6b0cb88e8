"""Answers told in running text (a hotline, a press conference, a visit): each official's turn, and the
plan the turn states."""

from __future__ import annotations

import bisect
import re

from summarizer.extract.rules.text import Span, TextIndex, frames_from_verb
from summarizer.ingest.sections import bare_name, officials_in
from summarizer.memo import per_article
from summarizer.text import LazyPattern

_FRAME_SPEAKER_CHARS = (2, 40)
_TURN_VERB = r"(?:说|表示|介绍|指出|强调|透露|回答|回应|答复|称)[,，:：](?!“)"
_TURN_FRAME = LazyPattern(rf"(?P<speaker>[^,，。；;“”]{{2,40}}?){_TURN_VERB}")
"""A speaker's frame before indirect speech: where that speaker's turn begins."""
_ASKER_VERB = r"(?:提出|反映|提问|问道|询问|希望)[,，:：]"
_ASKER_FRAME = LazyPattern(rf"[^,，。；;“”]{{2,40}}?{_ASKER_VERB}")
"""Someone who asks or requests ("来自某小区的居民王英提出，…"): the turn of whoever answers ends there."""
_TURN_VERB_RE = LazyPattern(_TURN_VERB)
_ASKER_VERB_RE = LazyPattern(_ASKER_VERB)
_QUESTION_AND_ANSWER = LazyPattern(r"发布会|记者会|答记者问|提问|热线|问政")
"""The events where officials answer questions: their turns are the text's top level."""
_TIME_OPENING = LazyPattern(
    r"(?:后续|下一步|接下来|今后|此后|未来|同时|此外|另外|(?:今年|明年)?(?:上半年|下半年|年内|年底前))$"
)
"""A clause that only says when or in addition ("后续，", "今年下半年，"): the plan's clause follows it."""
_WILL = r"(?:还|也|则|仍)?(?:将|要|计划|拟)(?![素求点害])"
_ANSWER_WORK = LazyPattern(
    r"聚焦|坚持|抓好|做好|办好|加强|推进|推动|优化|深化|实施|开展|强化|提升|落实|打造|建设|培育|发展|改善"
    r"|保障|促进|构建|完善|扩大|加大|改造|升级|提高|建立|新建|开辟|盘活|整治|更新|完成|纳入"
)
"""A line of work in an answer, the verbs of building and fixing included ("进行整体改造", "提档升级")."""
_DONE = LazyPattern(r"了|已|曾|累计|同比")
_COMPANY = LazyPattern(r"公司|集团|企业|银行|医院|(?:施工|建设|设计|监理)单位|项目部|商会|行业协会")
_LEVEL_WORDS = {
    "街道": ("街道",),
    "镇": ("该镇", "全镇", "镇里"),
    "乡": ("该乡", "全乡"),
    "区": ("该区", "全区", "我区", "区里"),
    "县": ("该县", "全县", "我县"),
    "市": ("该市", "全市", "我市"),
    "省": ("该省", "全省", "我省"),
}
"""How an official calls the unit in its own answers ("街道将…", "该区将…")."""


def answer_plans(text: str, index: TextIndex, paragraph: Span, subjects: list[str]) -> dict[Span, str]:
    """The plan each of the region's own officials states in a turn of the paragraph: from the clause
    that opens with the speaker's intent ("街道将…", "下一步，街道将…", "将…" right after the frame) to its
    sentence end, with its line of work ("对现有养老设施和服务提档升级"). One per turn; a turn runs from its
    speaker's frame to the next speaker or asker."""
    if not subjects or not _answers_questions(text, paragraph):
        return {}
    plans: dict[Span, str] = {}
    for speaker, turn in _turns(text, paragraph):
        if _is_own(text, speaker, subjects):
            plan = _first_plan(text, index, turn, _level_subjects(subjects))
            if plan is not None:
                plans[plan[0]] = plan[1]
    return plans


def other_regions_plans(
    text: str, index: TextIndex, paragraph: Span, subjects: list[str]
) -> dict[Span, tuple[str, str]]:
    """The plans officials of another region state in their turns of the paragraph ("城中区委副书记、区长
    李强表示，城中将积极承接产业转移…" in a 江宁区 text): each with that region and its line of work. The plan
    must open with that region's own name ("城中将…"), so a visitor's courtesy is no plan."""
    if not _answers_questions(text, paragraph):
        return {}
    plans: dict[Span, tuple[str, str]] = {}
    for speaker, turn in _turns(text, paragraph):
        region = _speakers_region(speaker)
        if region is None or speaks_for_a_company(speaker) or any(s in speaker for s in subjects):
            continue
        names = [name for name in (region, bare_name(region)) if name]
        plan = _first_plan(text, index, turn, sorted(names, key=len, reverse=True), bare=False)
        if plan is not None:
            plans[plan[0]] = (region, plan[1])
    return plans


def _speakers_region(speaker: str) -> str | None:
    """The region a speaker's title names ("城中区委副书记、区长李强" → 城中区), else None."""
    officials = officials_in(f"{speaker.strip()}表示")
    return officials[-1].region if officials else None


def _answers_questions(text: str, paragraph: Span) -> bool:
    """A paragraph where someone asks (a resident, a reporter) or a text of an event of questions."""
    return _event_of_questions(text) or someone_asks(text, paragraph)


def someone_asks(text: str, paragraph: Span) -> bool:
    """Whether `_ASKER_FRAME` matches in the paragraph, found from its verb (the pattern itself tries up
    to 40 characters at every position)."""
    asking = frames_from_verb(_ASKER_FRAME, _ASKER_VERB_RE, text, paragraph, _FRAME_SPEAKER_CHARS)
    return next(asking, None) is not None


@per_article(maxsize=2)
def _event_of_questions(text: str) -> bool:
    """A text of an event of questions (a press conference, a hotline): asked once per text, not per
    paragraph."""
    return _QUESTION_AND_ANSWER.search(text) is not None


def is_question(text: str, sentence: Span) -> bool:
    """A sentence that asks ("洛阳将如何推进…？", "有哪些打算？"): the question, never a plan."""
    marks = ("？", "?")
    return text.startswith(marks, sentence.end) or text[sentence.start : sentence.end].endswith(marks)


def _turns(text: str, paragraph: Span) -> list[tuple[str, Span]]:
    """Each speaker's turn: the speaker and the span from the frame's end to the next frame."""
    frames = list(frames_from_verb(_TURN_FRAME, _TURN_VERB_RE, text, paragraph, _FRAME_SPEAKER_CHARS))
    asking = frames_from_verb(_ASKER_FRAME, _ASKER_VERB_RE, text, paragraph, _FRAME_SPEAKER_CHARS)
    askers = [match.start() for match in asking]
    turns = []
    for position, frame in enumerate(frames):
        following = frames[position + 1].start() if position + 1 < len(frames) else paragraph.end
        next_asker = bisect.bisect_right(askers, frame.end())  # the first question after the frame
        end = min(following, askers[next_asker]) if next_asker < len(askers) else following
        turns.append((frame.group("speaker"), Span(frame.end(), end)))
    return turns


_PRIVATE_PERSON = LazyPattern(
    r"村民|居民|市民|农户|农民|种植户|养殖户|商户|摊主|店主|游客|群众|家长|学生|网友|业主|租客|车主|乘客"
    r"|医生|医师|专家|教授|学者|律师|老师|教师|志愿者|返乡青年"
)
_NAME_ONLY = LazyPattern(r"[\u4e00-\u9fff]{2,4}")


def speaks_as_a_private_person(speaker: str, text: str) -> bool:
    """A resident, a tourist, a doctor or a lawyer ("村民李某", "医生张某"), or a name the text introduced
    as one ("村民李某大学毕业后…。李某表示，…"): what such a person will do or advises is their own, not
    the region's policy."""
    if _PRIVATE_PERSON.search(speaker):  # never a leader's setting ("王某在与村民座谈时强调")
        return "在" not in speaker
    name = speaker.strip()
    if not _NAME_ONLY.fullmatch(name):
        return False
    return _introduced_as_a_private_person(name, text)


@per_article(maxsize=64)
def _introduced_as_a_private_person(name: str, text: str) -> bool:
    """Whether the text names `name` as a resident, a doctor…: asked again for each of the name's
    statements (a text's hash is kept with it, so the key costs no pass over the text)."""
    introduced = rf"(?:{_PRIVATE_PERSON.pattern})[^,，。；;“”]{{0,6}}?{re.escape(name)}"
    return re.search(introduced, text) is not None


def speaks_for_a_company(speaker: str) -> bool:
    """A speaker from a company, a bank, a hospital, a project's builder or a business association
    ("宜城市热力公司总经理王强", "某项目建设单位现场负责人王某", "某省青商会"), though its name has the
    region's: its plans are the company's, not the region's policy areas."""
    return _COMPANY.search(speaker) is not None


def _is_own(text: str, speaker: str, subjects: list[str]) -> bool:
    """A speaker of the region's own: the frame names the region ("岳阳街道党工委副书记张隽表示"), or the
    text introduced the speaker so before ("…主任周巍…。…，周巍表示，…", "某省…发布会通报，…。通报称，…")."""
    if speaks_for_a_company(speaker):
        return False
    if any(subject in speaker for subject in subjects):
        return True
    name = speaker.strip()
    if not name or len(name) > 12:
        return False
    named = "|".join(map(re.escape, subjects))
    return re.search(rf"(?:{named})[^,，。；;“”]{{0,30}}?{re.escape(name)}", text) is not None


def _level_subjects(subjects: list[str]) -> list[str]:
    """The region's names and the words its officials use for it ("街道", "该区", "我们")."""
    words = ["我们"]
    for subject in subjects:
        for suffix, level_words in _LEVEL_WORDS.items():
            if subject.endswith(suffix):
                words += level_words
    return sorted({*subjects, *words}, key=lambda word: (-len(word), word))


def _first_plan(
    text: str, index: TextIndex, turn: Span, subjects: list[str], bare: bool = True
) -> tuple[Span, str] | None:
    """The turn's first clause that opens with an intent and whose sentence names a line of work: the
    span to its sentence end, and the first clause from the intent on that names the work. `bare`: an
    intent with no subject counts right after the frame ("将…")."""
    opening = re.compile(rf"(?P<subject>{'|'.join(map(re.escape, subjects))})?{_WILL}")
    offset = turn.start
    after_frame = bare  # the first clause of a turn may state the intent with no subject ("将…")
    while offset < turn.end:
        clause = index.clause(offset)
        words = text[clause.start : min(clause.end, turn.end)]
        match = opening.match(words)
        not_a_plan = is_question(text, index.full_sentence(clause.start)) or _DONE.search(words) is not None
        if match is not None and (match.group("subject") or after_frame) and not not_a_plan:
            sentence_end = min(index.sentence(clause.start).end, turn.end)
            work = _ANSWER_WORK.search(text, clause.start + match.end(), sentence_end)
            if work is not None:
                work_clause = index.clause(work.start())
                title_start = max(work_clause.start, clause.start + match.end())
                return Span(clause.start, sentence_end), text[title_start : work_clause.end]
        after_frame = bare and _TIME_OPENING.search(words) is not None
        offset = max(clause.end + 1, offset + 1)
    return None
