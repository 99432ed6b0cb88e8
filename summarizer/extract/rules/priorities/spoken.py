"""Plans a speaker or a unit commits to: commitments, next steps, spoken and quoted plans."""

from __future__ import annotations

import re

from summarizer.extract.rules.answers import (
    is_question,
    speaks_as_a_private_person,
    speaks_for_a_company,
)
from summarizer.extract.rules.priorities.clauses import (
    lays_out_work,
    reports_to_date,
    sentence_head_start,
    states_plan,
)
from summarizer.extract.rules.priorities.parallels import after_list_connector
from summarizer.extract.rules.priorities.speakers import (
    in_quotation,
    is_own_speaker,
    is_visitor,
    own_we,
    reporting_frames,
)
from summarizer.extract.rules.priorities.titles import title_of
from summarizer.extract.rules.priorities.vocabulary import (
    CLOSING_QUOTES,
    DONE,
    LINE_OF_WORK,
    NEXT_STEP_OPENING,
    OPENING_CLAUSE,
    PARALLEL_MIN,
    PLAN_WORK,
    RESULTS_OPENING,
    SERIES_ITEM,
    SPEAKER_AFTER,
    STUDY,
    TITLE_LABEL,
    WORK_VERBS,
)
from summarizer.extract.rules.text import (
    Span,
    TextIndex,
)
from summarizer.text import LazyPattern

_COMMITMENT = (
    r"[“\"]?(?:下一步|今后|未来|接下来|今年|明年|下半年)?[,，]?(?:[也更还]?(?:标志着|意味着))?(?P<subject>(?:{subjects})"
    r"(?:[(（][^()（）]{{1,12}}[)）])?"
    r"(?:[\u4e00-\u9fff]{{0,12}}?(?:局|委员会|办公室|中心|政府|管委会|法院|检察院|公安|大队)"
    r"(?=(?:还|也|则|仍)?(?:将|要)))?)"
    r"(?:上下)?(?:今年|明年|下半年)?(?:还|也|则|仍)?"
    r"(?:将|要|正|全力|着力|致力于|持续|多维度|以此为契机|重点|大力|加快|以|坚持|全面|深入|扎实|积极"
    r"|强力|不断|明确将|正式|率先|携手|全速|高标准|高质量|再度"
    r"|(?=(?:深化|推进|推动|实施|实行|打造|加强|强化|完善|优化|健全|开展|启动|出台|鼓励)[^了]{{4}})"
    r"|把(?=[^,，。；;]{{2,40}}作为[^,，。；;]{{0,20}}(?:任务|内容|抓手|重点|工程)))"
)
"""The region, or one of its bodies when a word of intent follows ("下一步，某区民政局将…",
"某省把深入实施…作为…的重要内容之一",
"某县法院将在今后工作中…"), opening a plan the news item reports; also the direction an event marks
("此次揭牌，也标志着某新区(某经开区)正充分发挥…优势，积极承接…项目")."""
_FRAMED_COMMITMENT = (
    r"(?P<subject>(?:{subjects}))(?:按照|根据|围绕|立足|紧扣)[^,，。；;]{{2,40}}?"
    r"(?:思路|要求|部署|目标|原则|定位|理念)[,，]"
    r"(?P<work>持续|全力|着力|大力|加快|深入|扎实|积极|全面|不断|坚持)"
)
"""The region opening a plan with the frame it follows ("某县按照“…”的工作思路，大力推进农村环境整治工作"):
the line of work follows the frame's clause."""
_INTENT = LazyPattern(r"^(?:上下)?(?:今年|明年|下半年)?(?:还|也|则|仍)?(?:明确将|将|要|正|致力于)?")
_TIME_AHEAD = LazyPattern(r"(?:还|也|则|仍)?将(?:在)?(?:今后|下一步|下阶段)(?:的)?(?:工作中)?")
"""The time ahead inside a body's plan ("某县法院将在今后工作中继续加强…"): as explicit as a 下一步
before it."""
_NEXT_STEP_PLAN = LazyPattern(
    r"(?:下一步|接下来|今后|未来|后续|下阶段|(?:今年)?下半年)[,，]"
    r"(?P<subject>[^,，。；;“”]{0,22}?(?:还|也|仍)?将(?:继续|持续|进一步)?)"
)
"""The opening of a reported next step: its time word, a short subject or none, and 将."""
_NEXT_STEP_WORK = LazyPattern(
    WORK_VERBS + r"|举办|策划|组织|启动|开通|完善|发挥|营造|组建|成立|设立|建立|开设|探索|制定|排查|整治"
    r"|改造|新建|扩建|修建|建造|投放|推广|铺设|加装"
)
_SPOKEN_PLAN = LazyPattern(
    r"(?:(?:下一步|接下来|今后|未来|后续|下阶段|(?:今年)?下半年)[,，]?)?"
    r"(?P<aim>(?:围绕|聚焦|立足|紧扣|锚定)[^,，。；;“”]{2,24}[,，])?"
    r"(?P<subject>[^,，。；;“”]{0,14}?(?:还|也|仍)?将(?![其该此\d]))"
    r"|(?:下一步|接下来|今后|未来|后续)[,，]?(?P<subject_will>[^,，。；;“”]{0,14}?(?<![委协学商工议])会(?![议谈见上中]))"
    r"|(?:下一步|接下来|今后|未来|后续)[,，]?(?P<subject_plans>[^,，。；;“”]{0,14}?(?:还|也|仍)?(?:计划|拟|准备))"
)
"""What follows a speaker's frame when it states a plan: a time word, a short subject or none, and 将
("表示，接下来将…", "表示，未来某高新区将…", "透露，今年下半年，街道将…"), or after a time word 会 or 计划
("表示，下一步某局会跟…联合起来", "透露，接下来计划发动…"); never 将 before its object ("将其…",
"将2.3万名…")."""
"""What a next step does: a line of work, or an event it holds ("将策划举办…活动")."""
_QUOTATION = LazyPattern(r"“(?P<words>[^“”]{6,200})”")
_SPEAKER_BEFORE = LazyPattern(r"(?P<speaker>[^。，,“”]{2,40}?)(?:说|表示|介绍|指出|强调)[:：,，]?$")
_SPEAKER_MAX_CHARS = 60
_WISH = LazyPattern(r"(?:希望|期待|期望|欢迎)")
"""A host's wish addressed to others (visitors, a company, both sides: "希望双方…", "欢迎更多企业…"): a
courtesy, not the region's own line of work."""
_COLLECTIVE_PLEDGE = LazyPattern(r"(?:纷纷|一致|均|都)$|^(?:大家|大伙|与会人员|参会人员|参训人员|学员们)")
"""The attendees who pledge together at an event's end ("大家一致表示，将…", "护边员纷纷表示，将会…"): their
resolve, not the region's line of work."""
_PURPOSE_BEFORE = LazyPattern(r"(?<![\u4e00-\u9fff])为(?:了)?[^,，。；;:：]{2,22}[,，]$")
_PURPOSE_LOOK_BACK = 24
"""A purpose clause right before a commitment's subject ("为持续深入推进“一网统管”建设，某镇…"): it names
the line of work too, so it is part of the quote."""
_TITLE_LABEL_CHARS = 4
"""How far before a clause a title's label ("原标题：") stands when the clause is the page's title."""


def with_next_step_parts(
    text: str, index: TextIndex, heads: list[Span], titles: dict[Span, str]
) -> list[Span]:
    """The heads with each next step split into its parts (see `_next_step_parts`); the first part keeps
    the head's title."""
    found: list[Span] = []
    for head in heads:
        sentence = index.full_sentence(head.start)
        if _opens_parallel_parts(text, index, head):
            parts = [Span(head.start, index.sentence(head.start).end), *index.sentences_in(head)[1:]]
        elif not _NEXT_STEP_PLAN.match(text, sentence.start, sentence.end):
            found.append(head)
            continue
        else:
            parts = _next_step_parts(text, index, head)
        if head in titles and parts[0] != head:
            titles[parts[0]] = titles[head]
        found += parts
    return found


def reported_plans(text: str, index: TextIndex, paragraph: Span, subjects: list[str]) -> list[Span]:
    """What the region's own official reports in indirect speech, when it lays out work
    ("某区委书记某某表示，某区加快开辟新赛道，打造…"): the statement after the speaker's frame."""
    found = []
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        for frame in reporting_frames(text, sentence):
            speaker = frame.group("speaker")
            is_own = is_own_speaker(speaker, subjects, text)
            statement = Span(frame.end(), sentence.end)
            if _WISH.match(statement.text(text)):  # "希望双方以此次考察为契机，深化交流合作"
                continue
            if is_own and (lays_out_work(statement.text(text)) or states_plan(statement.text(text))):
                found.append(statement)
                break
        offset = max(sentence.end + 1, offset + 1)
    return found


def found_commitments(
    text: str, index: TextIndex, paragraphs: list[Span], subjects: list[str], heads: list[Span]
) -> dict[Span, str]:
    """The commitment heads of the paragraphs, with their titles, in sentences no other head opens."""
    covered = {index.full_sentence(head.start).start for head in heads}
    found: dict[Span, str] = {}
    for paragraph in paragraphs:
        for head, title in commitment_heads(text, index, paragraph, subjects).items():
            if index.full_sentence(head.start).start not in covered:
                found[head] = title
    return found


def commitment_heads(text: str, index: TextIndex, paragraph: Span, subjects: list[str]) -> dict[Span, str]:
    """Plans a news item states with its region as the subject: a clause that opens with the region's
    name and a word of intent and names a line of work ("嫩江市致力于传承和弘扬驿站文化", "下一步余杭将
    高标准编制…规划", "安阳全力打造“中华字都”"), up to the end of its sentence; never a result (了, 已).
    Each head with its title: the predicate, without the subject."""
    if not subjects:
        return {}
    opening = re.compile(_COMMITMENT.format(subjects="|".join(map(re.escape, subjects))))
    framed = re.compile(_FRAMED_COMMITMENT.format(subjects="|".join(map(re.escape, subjects))))
    heads: dict[Span, str] = {}
    clause_start = paragraph.start
    while clause_start < paragraph.end:
        clause = index.clause(clause_start)
        match = opening.match(text, clause.start, clause.end) or own_we(text, index, clause)
        if match is None:  # "某县按照…的工作思路，大力推进…": the frame's clause, then the line of work
            sentence_end = index.full_sentence(clause.start).end
            match = framed.match(text, clause.start, sentence_end)
        if match is not None:
            sentence = index.full_sentence(clause.start)
            plan = text[match.end() : sentence.end]
            said = sentence_head_start(text, sentence)  # "他说，上半年，某区…": the period after the speaker
            in_review = RESULTS_OPENING.match(text, said, sentence.end) is not None or "同比" in plan
            in_review = in_review or reports_to_date(text, sentence)
            titled = TITLE_LABEL.search(
                text, max(sentence.start, match.start() - _TITLE_LABEL_CHARS), match.start()
            )
            if is_question(text, sentence) or titled:
                clause_start = max(clause.end + 1, clause_start + 1)
                continue  # a reporter's "某市将如何推进…？", or the page's title ("原标题：某县推动…")
            framed_work = "work" in match.re.groupindex
            predicate = _INTENT.sub(
                "", text[match.start("work") if framed_work else match.end("subject") : sentence.end]
            )
            next_step = NEXT_STEP_OPENING.match(sentence.text(text)) is not None
            next_step = next_step or _TIME_AHEAD.match(text, match.end("subject")) is not None
            work = PLAN_WORK if next_step else LINE_OF_WORK
            takes_as_task = match.group(0).endswith("把")  # "某省把深入实施…作为…的重要内容": work by name
            is_work = (takes_as_task or work.search(plan) is not None) and not STUDY.match(predicate)
            if is_work and not DONE.search(clause.text(text)) and not in_review:
                start = match.start("subject")
                purpose = _PURPOSE_BEFORE.search(text, max(sentence.start, start - _PURPOSE_LOOK_BACK), start)
                if purpose is not None:  # "为持续深入推进…建设，某镇坚持…": the purpose names the work too
                    start = purpose.start()
                heads[Span(start, sentence.end)] = title_of(predicate)
        clause_start = max(clause.end + 1, clause_start + 1)
    return heads


_LEAD_ACTION = (
    r"(?P<subject>(?:{subjects})(?:[\u4e00-\u9fff]{{0,10}}?(?:局|委|厅|办|公安|法院|检察院|中心|部门|政府))?)"
    r"(?:通过[^,，。；;]{{2,16}}?)?"
    r"(?:大力|持续|正式|全面|深入|积极|首次|率先|再度|先后|不断|强力|全力|着力|进一步|今年|近日|日前)*"
    r"(?P<verb>开展|实施|启动|推进|深化|实行|启用|筹建|打造|提供|建立|设立|成立|纳入"
    r"|推动|加快|加强|构建|创建|完善|优化|探索|落实)"
)
"""The lead of a news item that tells what its region does ("南明区开展法律援助宣传月活动", "某经济技术
开发区深化“党建+项目建设”模式", "某市公安局正式启用…"): the region, or one of its bodies, and a verb of
action."""
_LEAD_SENTENCES = 3
_RESULTS_FRAME = LazyPattern(r"(?:年来|以来)[,，]")
"""A lead that opens on the time so far ("近年来，", "今年以来，", "7月以来，"): what follows is a result."""
_FRAME_REACH = 12
"""How far into a lead's head its time frame may end."""


def _reports_results(text: str, sentence: Span) -> bool:
    """A lead that tells results: a period's or the time so far ("上半年，", "近年来，"), figures against
    last year (同比), or a case's steps done (已…)."""
    head = sentence_head_start(text, sentence)
    words = text[sentence.start : sentence.end]
    return (
        RESULTS_OPENING.match(text, head, sentence.end) is not None
        or _RESULTS_FRAME.search(text, sentence.start, min(sentence.end, head + _FRAME_REACH)) is not None
        or "同比" in words
        or "已" in words
    )


def lead_action(text: str, index: TextIndex, paragraphs: list[Span], subjects: list[str]) -> list[Span]:
    """What a news item's lead says its region does, when nothing else in the item heads a priority: the
    first of its first sentences whose clause opens with the region (or its body) and a verb of action (a
    news item often reports a measure as launched: "某区开展…", "某市公安局正式启用…"), from the region on to
    the end of the clause's sentence; never a lead that tells results (`_reports_results`), a question, a
    quotation or the page's title."""
    if not subjects:
        return []
    action = re.compile(_LEAD_ACTION.format(subjects="|".join(map(re.escape, subjects))))
    sentences = [sentence for paragraph in paragraphs for sentence in index.sentences_in(paragraph)]
    for sentence in sentences[:_LEAD_SENTENCES]:
        if _reports_results(text, sentence):
            continue
        for clause in index.clauses_in(sentence):
            found = action.match(text, clause.start, clause.end)
            titled = TITLE_LABEL.search(
                text, max(sentence.start, clause.start - _TITLE_LABEL_CHARS), clause.start
            )
            if (
                found is None
                or titled
                or is_question(text, sentence)
                or in_quotation(text, sentence.start, clause.start)
            ):
                continue
            return [Span(found.start(), index.full_sentence(clause.start).end)]
    return []


def next_step_plans(text: str, index: TextIndex, paragraph: Span) -> list[Span]:
    """The plan a news item reports for the next step ("下一步，某区将积极落实…", "接下来，某高新区将…",
    "下一步，此项工作将持续推进，努力打造…", "未来，将策划举办…"): from its subject (or its 将) to the end
    of its sentence, when it names a line of work and is no quotation of someone else."""
    found: list[Span] = []
    for match in _NEXT_STEP_PLAN.finditer(text, paragraph.start, paragraph.end):
        sentence = index.full_sentence(match.start())
        opens = text[sentence.start : match.start()].strip(CLOSING_QUOTES) == ""  # "…。”下一步，某局将…"
        if not opens or text.count("“", paragraph.start, match.start()) != text.count(
            "”", paragraph.start, match.start()
        ):
            continue
        plan = text[match.end() : sentence.end]
        if speaks_for_a_company(match.group("subject")):  # "下一步，某商会将…": a business body's own plan
            continue
        if _NEXT_STEP_WORK.search(plan) and not DONE.match(plan) and not STUDY.match(plan):
            found.append(Span(match.start("subject"), sentence.end))
    return found


_PARALLEL_PARTS_MIN = 3


def _opens_parallel_parts(text: str, index: TextIndex, head: Span) -> bool:
    """A head whose semicolon parts each open with the same word, the first part in one of its clauses
    ("秀洲将以此次活动为契机，全力构建高能级平台，…；全力嫁接高质量资源，…；全力提供高效率服务，…"): each
    part is an item of its own."""
    parts = index.sentences_in(head)
    if len(parts) < _PARALLEL_PARTS_MIN or any(text[p.start - 1] not in "；;" for p in parts[1:]):
        return False
    opening = text[parts[1].start : parts[1].start + 2]
    if not all(text.startswith(opening, part.start) for part in parts[2:]):
        return False
    return any(text.startswith(opening, clause.start) for clause in index.clauses_in(parts[0]))


def _next_step_parts(text: str, index: TextIndex, plan: Span) -> list[Span]:
    """A next step split at its semicolons where a later part opens a line of work of its own ("下一步，
    某市将深入开展…；同时，加快推进…"): each such part is an item; a part that does not stays in the one
    before."""
    parts = index.sentences_in(plan)
    items = [Span(plan.start, max(parts[0].end, plan.start))]
    for part in parts[1:]:
        start = after_list_connector(text, part)
        if SERIES_ITEM.match(text, start, part.end) and text[part.start - 1 : part.start] in "；;":
            items.append(Span(start, part.end))
        else:
            items[-1] = Span(items[-1].start, part.end)
    return [plan] if len(items) == 1 else items


def spoken_plans(text: str, index: TextIndex, paragraph: Span, subjects: list[str]) -> list[Span]:
    """The plan the region's official states in indirect speech ("喻某表示，将于9月份集中组织…", "区残联相关
    负责人表示，接下来将进一步发挥…", "…负责人表示，未来某高新区将持续实施人才安居工程"): from its subject (or
    its 将) to the end of the sentence, when it names a line of work. Never a company's or a visitor's
    words, a quotation, or what was done."""
    found: list[Span] = []
    offset = paragraph.start
    while offset < paragraph.end:
        sentence = index.full_sentence(offset)
        for frame in reporting_frames(text, sentence):
            speaker = frame.group("speaker")
            quoted = in_quotation(text, paragraph.start, frame.start())
            private = speaks_for_a_company(speaker) or speaks_as_a_private_person(speaker, text)
            pledge = _COLLECTIVE_PLEDGE.search(speaker) is not None
            if quoted or private or pledge or is_visitor(frame.group(0), subjects):
                continue
            match = _SPOKEN_PLAN.match(text, frame.end(), sentence.end)
            plan = text[match.end() : sentence.end] if match else ""
            if match and _NEXT_STEP_WORK.search(plan) and not DONE.match(plan) and not STUDY.match(plan):
                subject = next(
                    name for name in ("subject", "subject_will", "subject_plans") if match.group(name)
                )
                subject = "aim" if match.group("aim") is not None else subject  # "围绕打造…，某市将…"
                found.append(Span(match.start(subject), sentence.end))
                break
        offset = max(sentence.end + 1, offset + 1)
    return found


def parallel_openings(text: str, paragraphs: list[Span]) -> set[str]:
    """Opening clauses that three or more paragraphs share ("一年来，我们…" in each paragraph of a
    review): the text's own parallel structure, so each of those paragraphs heads a priority."""
    counts: dict[str, int] = {}
    for paragraph in paragraphs:
        opening = OPENING_CLAUSE.match(paragraph.text(text))
        if opening is not None:
            counts[opening.group(1)] = counts.get(opening.group(1), 0) + 1
    return {opening for opening, count in counts.items() if count >= PARALLEL_MIN}


def quoted_commitments(text: str, index: TextIndex, paragraph: Span, subjects: list[str]) -> list[Span]:
    """A news item's quotation of the region's own official that lays out a line of work ("“我们将…，
    为企业打造更好的投资环境。”某区委书记表示", "“锚定两个百亿，打造产业新某区。”某区副局长说"): its
    first sentence. Never a quoted visitor (the speaker's title must name the region), a result or a fact."""
    if not subjects:
        return []
    heads: list[Span] = []
    for quotation in _QUOTATION.finditer(text, paragraph.start, paragraph.end):
        speaker = SPEAKER_AFTER.match(text, quotation.end(), paragraph.end) or _SPEAKER_BEFORE.search(
            text[max(paragraph.start, quotation.start() - _SPEAKER_MAX_CHARS) : quotation.start()]
        )
        if speaker is None or not is_own_speaker(speaker.group("speaker"), subjects, text):
            continue
        plan = _first_quoted_plan(text, index, Span(quotation.start("words"), quotation.end("words")))
        if plan is not None:
            heads.append(plan)
    return heads


def _first_quoted_plan(text: str, index: TextIndex, words: Span) -> Span | None:
    """The first sentence of a quotation that lays out work or states a plan: a slogan may open it
    ("“老兵有所呼，政府有所应。下一步，我们要进一步落实好…”")."""
    start = words.start
    while start < words.end:
        sentence = text[start : min(index.full_sentence(start).end, words.end)]
        if lays_out_work(sentence) or states_plan(sentence):
            return Span(start, start + len(sentence.rstrip("。！!")))
        start = max(start + 1, min(index.full_sentence(start).end, words.end) + 1)
    return None
