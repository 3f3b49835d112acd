"""Decisions known by who took them and when, not by a symbol.

"Welcoming the decision taken by the Peace and Security Council of the African Union on 30 April 2025";
"Taking note of the decisions adopted by the Conference … at its sixth extraordinary session, held on
7 February 2025 …, and at its twenty-sixth ordinary session, held on 7 June 2025".  Each is a decision of
that body: dated by the text, or by its session when the session lasted one day; a decision with neither
date nor session is too vague to be one thing and is left alone.  "The decision" here is not the last
decision named before (the anaphor reading): what follows it says which one it is.

And the decisions a report of a session adopted: "The following decisions were adopted by the Plenary on
Saturday, 26 January 2013 …:" dates the decision lines that follow it and places them at that session; an
annex "Decision IPBES/1/2 … / The Plenary," makes the decision the speaker of the clauses after it
(``speaker``, read by ``Context.speaking``).  So does the text a resolution adopts "as contained in the annex to
the present resolution": its "We reaffirm …" and "We request …" are the declaration's.
"""

from __future__ import annotations

import re

from .actions import date_action
from .citing import cite_found
from .entities import resolve_mention
from .extract import Context, Lit, View, date_literal
from .mentions import CARDINALS
from .rules import kind_of
from .text import slugify, upper_first

_BY = re.compile(r"(?:⟦A(?P<ana>\d+)⟧|\b[Tt]he\s+decisions)\s+(?:taken|adopted|made)\s+by\s+"
                 r"(?:the\s+)?⟦B(?P<body>\d+)⟧"
                 # "the decision of the Conference on Disarmament of 13 February 1992": whose, then when
                 r"|\b[Tt]he\s+decision\s+of\s+(?:the\s+)?⟦B(?P<of>\d+)⟧(?=\s*,?\s*(?:of|on)\s+⟦D|\s*,?\s*at\s+its\s+⟦M)")
_ON = re.compile(r"\s*,?\s*(?:on|of)\s+⟦D(?P<d>\d+)⟧")
# "established in decision 1 of the Fifth Review Conference of the High Contracting Parties …": a numbered decision
# of a meeting
# (or a note's: "1995 Review and Extension Conference …, Final Document, Part I (NPT/CONF.1995/32 (Part I) and …),
# annex, decision 2.")
_NUMBERED = re.compile(r"\bdecision\s+(?P<n>\d{1,3})\s+of\s+(?:the\s+)?⟦M(?P<m>\d+)⟧"
                       r"|⟦M(?P<m2>\d+)⟧\s*,\s*Final\s+Document\b[^⟦;]{0,40}?(?:\((?:[^⟦;()]|⟦S\d+⟧){0,120}\))?\s*,\s*"
                       r"annex(?:\s+[IVX]+)?\s*,\s*decision\s+(?P<n2>\d{1,3})\b")
_AT_ITS = re.compile(r"\s*,?\s*(?:and\s+)?at\s+its\s+⟦M(?P<m>\d+)⟧")
_CLAUSE_END = re.compile(r",\s*(?:in\s+which|which|whereby|by\s+which)\b|;")
_DATE = re.compile(r"⟦D(\d+)⟧")


# a report's annex that is a decision: its heading line "Decision IPBES/1/2 Next steps for …", then the line naming
# who speaks its clauses, "The Plenary,"; the clauses are the decision's until the next annex or part
_SPEAKER_LINE = re.compile(r"^(?:The\s+)?⟦B(?P<body>\d+)⟧\s*,\s*$")
_HEADING_LINE = re.compile(r"^⟦S(?P<sym>\d+)⟧\s*[.:]?\s+\S")
_SECTION_LINE = re.compile(r"^(?:Annex|Appendix|Part|Chapter)\b")


def rule_decisions_by(ctx: Context, view: View) -> None:
    for m in _BY.finditer(view.template):
        ana = m.group("ana")
        if ana is not None and view.m(ana).attrs.get("noun") != "decision":
            continue
        body = view.keys.get(int(m.group("body") or m.group("of")))
        if kind_of(ctx, body) != "body":
            continue
        made = _dated(view, view.template[m.end():])
        printed = _printed_symbol(ctx, view, m.end()) if ana is not None and len(made) == 1 else None
        keys = [_decision(ctx, view, body, meeting, date, printed) for meeting, date in made]
        if len(keys) == 1 and made[0][1] is None and (month := _session_month(view, view.template[m.end():])):
            # "at its eighth ordinary session, held in Khartoum from 16 to 21 January 2006": in January 2006
            ctx.claim(keys[0], "acta:adoptionDate", date_literal(month), view.sentence, "decision-by")
        if ana is not None and not made:  # "the decision taken by the Executive Council … in Khartoum in January 2006"
            keys = _of_the_month(ctx, view, body, view.template[m.end():])
        if ana is not None and len(keys) == 1:  # the mention is that decision: "Welcoming the decision taken by …"
            view.keys[int(ana)] = keys[0]
            view.named.add(int(ana))  # cited by the clause's verb, as a symbol would be
    for m in _NUMBERED.finditer(view.template):
        meeting, n = view.keys.get(int(m.group("m") or m.group("m2"))), m.group("n") or m.group("n2")
        if kind_of(ctx, meeting) != "meeting":
            continue
        key = f"{meeting}/decision/{n}"
        ctx.registry.add(key, "decision", f"decision {n} of the {ctx.registry.get(meeting).label}")
        ctx.claim(key, "acta:adoptedBy", meeting, view.sentence, "numbered-decision")
        ctx.claim(key, "acta:adoptedAt", meeting, view.sentence, "numbered-decision")


# "the resolution on the Middle East adopted by the 1995 Review and Extension Conference of the Parties to the Treaty on
# 11 May 1995", "the decision on principles and objectives for nuclear non-proliferation and disarmament adopted by
# …": a text of that meeting known by its topic
# (or by a body, on a day: "the decision on the programme of work adopted by the Conference on 29 May 2009": that
# body's decision of that day, "the Conference" being the body of that head word named before)
_ON_TOPIC = re.compile(r"(?:⟦A(?P<ana>\d+)⟧|\b[Tt]he\s+(?P<kind>resolution|decision))\s+on\s+"
                       r"(?:(?P<topic>(?:the\s+)?[A-Za-z][^⟦,;]{2,150}?)\s*,?\s+adopted\s+"
                       r"(?:on\s+⟦D(?P<d0>\d+)⟧\s+)?(?:by|at)\s+(?:the\s+)?"  # "adopted on 11 May 1995 by the …"
                       r"|(?P<named>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s+of\s+the\s+(?=⟦M))"
                       # (or "of" the meeting, the topic a name: "the resolution on the Middle East of the 1995 Review
                       # and Extension Conference …")
                       r"(?:⟦M(?P<m>\d+)⟧(?:\s*,?\s*on\s+⟦D(?P<d>\d+)⟧)?"
                       r"|(?:⟦B(?P<b>\d+)⟧|(?P<head>[A-Z][a-z]+))\s*,?\s*on\s+⟦D(?P<bd>\d+)⟧)")


# "the decision on strengthening the review process for the Treaty, the decision on principles and objectives …, the
# decision on the extension of the Treaty and the resolution on the Middle East, adopted by the 1995 Review and
# Extension Conference": the items of the list before the last one, which _ON_TOPIC reads
_EARLIER_TOPIC = re.compile(r"(?:⟦A(?P<ana>\d+)⟧|\b[Tt]he\s+(?P<kind>resolution|decision))\s+on\s+"
                            r"(?P<topic>(?:the\s+)?[A-Za-z][^⟦,;]{2,150}?)\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


# (or with no agent: "the decision on the work of the Conference on Disarmament on the re-establishment … of five
# subsidiary bodies for the 2025 session, adopted on 30 January 2025": the decision of the one body its topic names)
_ON_TOPIC_DAY = re.compile(r"(?:⟦A(?P<ana>\d+)⟧|\b[Tt]he\s+(?P<kind>resolution|decision))\s+on\s+"
                           r"(?P<topic>(?:the\s+)?[a-z](?:[^⟦;]|⟦[BM]\d+⟧){3,250}?)\s*,?\s+adopted\s+on\s+⟦D(?P<bd>\d+)⟧"
                           r"(?!\s*,?\s*(?:by|at)\b)")


def rule_text_on_topic(ctx: Context, view: View) -> None:
    for m in _ON_TOPIC_DAY.finditer(view.template) if " on ⟦D" in view.template else ():
        ana = m.group("ana")
        kind = view.m(ana).attrs.get("noun") if ana is not None else m.group("kind")
        named = {k for i in re.findall(r"⟦B(\d+)⟧", m.group("topic")) if (k := view.keys.get(int(i)))}
        if kind in ("resolution", "decision") and len(named) == 1 and _one_day(view, m.group("bd")):
            (body,) = named
            if kind_of(ctx, body) == "body":
                day = view.dates(m.group("bd"))[0].start
                _text_on_topic(ctx, view, m.group("topic"), ana, f"{body}/{kind}/{day}", kind, body, day)
    for m in _ON_TOPIC.finditer(view.template):
        ana = m.group("ana")
        kind = view.m(ana).attrs.get("noun") if ana is not None else m.group("kind")
        if m.group("m") is None:
            _text_of_a_body(ctx, view, m, kind)
            continue
        meeting = view.keys.get(int(m.group("m")))
        if kind not in ("resolution", "decision") or kind_of(ctx, meeting) != "meeting":
            continue
        words = m.group("topic") or m.group("named")
        topic = view.phrase(words)
        day = _day_at(view, m.group("m"), m.group("d") or m.group("d0"))
        key = _text_on_topic(ctx, view, words, ana, f"{meeting}/{kind}/{slugify(topic)}", kind, meeting, day)
        ctx.claim(key, "acta:adoptedAt", meeting, view.sentence, "text-on-topic")
        end = m.start()
        while (item := _EARLIER_TOPIC.search(view.template, max(0, end - 200), end)) and item.end() == end:
            end = item.start()
            ana = item.group("ana")
            kind = view.m(ana).attrs.get("noun") if ana is not None else item.group("kind")
            if kind not in ("resolution", "decision"):
                break
            key = _text_on_topic(ctx, view, item.group("topic"), ana,
                                 f"{meeting}/{kind}/{slugify(view.phrase(item.group('topic')))}", kind, meeting, day)
            ctx.claim(key, "acta:adoptedAt", meeting, view.sentence, "text-on-topic")


# "on 11 May 1995, the Review and Extension Conference … adopted three decisions on, respectively, strengthening the
# review process for the Treaty, principles and objectives for …, and extension of the Treaty,2": one text per topic
_ADOPTED_ON_TOPICS = re.compile(r"(?:\bon\s+⟦D(?P<d>\d+)⟧\s*,\s*)?(?:the\s+)?⟦M(?P<m>\d+)⟧\s+adopted\s+"
                                r"(?:(?P<count>two|three|four|five|six|several)\s+)?(?P<kind>decision|resolution)s\s+on"
                                r"\s*,?\s*(?:respectively\s*,\s*)?(?P<topics>[a-z][^⟦;:]{4,600}?)\s*[,.]?\s*(?=⟦S|;|$)")


def rule_adopted_on_topics(ctx: Context, view: View) -> None:
    if "adopted" not in view.template:
        return
    for m in _ADOPTED_ON_TOPICS.finditer(view.template):
        meeting = view.keys.get(int(m.group("m")))
        if kind_of(ctx, meeting) != "meeting":
            continue
        topics = [t.strip() for t in re.split(r"\s*,\s*", m.group("topics")) if t.strip()]
        topics[-1] = re.sub(r"^and\s+", "", topics[-1])
        count = CARDINALS.get(m.group("count") or "")
        if count and len(topics) == count - 1 and " and " in topics[-1]:  # "A, B and C": the last "and" parts two
            topics[-1:] = topics[-1].rsplit(" and ", 1)
        if count and len(topics) != count:
            continue  # the list is not read as the text counts it: nothing rather than a wrong split
        day = _day_at(view, m.group("m"), m.group("d"))
        kind = m.group("kind")
        for topic in topics:
            key = _text_on_topic(ctx, view, topic, None, f"{meeting}/{kind}/{slugify(view.phrase(topic))}", kind,
                                 meeting, day)
            ctx.claim(key, "acta:adoptedAt", meeting, view.sentence, "text-on-topic")
            # "Recalling also that, on 11 May 1995, the … Conference adopted three decisions on …": it recalls them
            cite_found(ctx, view, m.start("topics"), key)


def _day_at(view: View, meeting: str, date: str | None) -> str | None:
    """The day a text was adopted at a meeting: the one the clause gives, else the meeting's year ("the 1995 Review
    and Extension Conference": in 1995)."""
    if date and _one_day(view, date):
        return view.dates(date)[0].start
    return view.m(meeting).attrs.get("year")


def _text_of_a_body(ctx: Context, view: View, m: re.Match[str], kind: str | None) -> None:
    body = view.keys.get(int(m.group("b"))) if m.group("b") else ctx.named_by_head.get(m.group("head"))
    if kind not in ("resolution", "decision") or kind_of(ctx, body) != "body" or not _one_day(view, m.group("bd")):
        return
    day = view.dates(m.group("bd"))[0].start
    # keyed as "the decision of the Conference on Disarmament of 29 May 2009" is (_decision)
    _text_on_topic(ctx, view, m.group("topic"), m.group("ana"), f"{body}/{kind}/{day}", kind, body, day)


def _text_on_topic(ctx: Context, view: View, topic: str, ana: str | None, key: str, kind: str, adopter: str,
                   day: str | None) -> str:
    """The text: titled by its topic, adopted by the meeting or body, on its day; the anaphor that names it is it,
    cited by the clause's verb as a symbol would be."""
    topic, sent = view.phrase(topic), view.sentence
    ctx.registry.add(key, kind, f"{kind} on {topic}")
    ctx.claim(key, "dcterms:title", Lit(f"{kind.capitalize()} on {topic}"), sent, "text-on-topic")
    ctx.claim(key, "acta:adoptedBy", adopter, sent, "text-on-topic")
    if day:
        ctx.claim(key, "acta:adoptionDate", date_literal(day), sent, "text-on-topic")
    if ana is not None:
        view.keys[int(ana)] = key
        view.named.add(int(ana))
    return key


_IN_MONTH = re.compile(r"\s+(?:in\s+⟦L\d+⟧\s+)?in\s+⟦D(?P<d>\d+)⟧")


def _of_the_month(ctx: Context, view: View, body: str, rest: str) -> list[str]:
    """The one decision the document named before as the body's of that month, if the clause gives only a month."""
    month = _IN_MONTH.match(rest)
    value = view.one_date(month.group("d")) if month else None
    if not value or value.precision != "month":
        return []
    day = date_literal(value.start)
    dated = {c.subject for c in ctx.x.claims if c.predicate == "acta:adoptionDate" and c.object == day}
    found = sorted(k for k in dated if ctx.claimed(k, "acta:adoptedBy") == body and kind_of(ctx, k) == "decision")
    return found if len(found) == 1 else []


def _dated(view: View, rest: str) -> list[tuple[int | None, int | None]]:
    """(session mention, date mention) of each decision: "on ⟦D⟧" after the body, or each "at its ⟦M⟧"."""
    on = _ON.match(rest)
    if on:
        return [(None, int(on.group("d")))] if _one_day(view, on.group("d")) else []
    end = _CLAUSE_END.search(rest)
    rest = rest[:end.start()] if end else rest
    out, pos = [], 0
    while (at := _AT_ITS.match(rest, pos)) is not None:
        nxt = _AT_ITS.search(rest, at.end())
        stop = nxt.start() if nxt else len(rest)
        date = next((int(d.group(1)) for d in _DATE.finditer(rest, at.end(), stop) if _one_day(view, d.group(1))),
                    None)
        out.append((int(at.group("m")), date))
        pos = stop
    return [(meeting, date) for meeting, date in out if view.keys.get(meeting) or date is not None]


_SESSION_HELD = re.compile(r"\s*,?\s*(?:and\s+)?at\s+its\s+⟦M\d+⟧\s*,?\s+held\s+(?:in\s+⟦L\d+⟧\s*,?\s+)?"
                           r"(?:from\s+|on\s+)?⟦D(\d+)⟧(?!\s*,?\s*(?:and\s+)?at\s+its\b)")


def _session_month(view: View, rest: str) -> str | None:
    """The month of the one session a decision was taken at ("at its eighth ordinary session, held in Khartoum from
    16 to 21 January 2006"), when its days lie within one month."""
    found = _SESSION_HELD.match(rest)
    values = view.dates(found.group(1)) if found else []
    if len(values) != 1 or not values[0].end or len(values[0].start) != 10:
        return None
    return values[0].start[:7] if values[0].end[:7] == values[0].start[:7] else None


def _one_day(view: View, index: str | int) -> bool:
    values = view.dates(index)
    return len(values) == 1 and len(values[0].start) == 10 and values[0].end in (None, values[0].start)


# the notes right after the decision's session, place and date: "… at its eighth ordinary session, held in Khartoum
# from 16 to 21 January 2006,2" (note 2: "A/60/693, annex II, decision EX.CL/Dec.263 (VIII).")
_NOTES_AFTER = re.compile(r"(?:[^⟦;]|⟦[MLD]\d+⟧){0,200}?(?P<notes>(?:⟦S\d+⟧\s*)+)")


def _printed_symbol(ctx: Context, view: View, at: int) -> str | None:
    """The decision's own symbol, when the note after its description prints one."""
    found = _NOTES_AFTER.match(view.template, at)
    for index in re.findall(r"⟦S(\d+)⟧", found.group("notes")) if found else ():
        mention = view.m(int(index))
        symbol = mention.attrs.get("symbol")
        if "footnote" in mention.attrs and symbol is not None and symbol.doctype == "decision":
            return resolve_mention(ctx, view, int(index))
    return None


def _decision(ctx: Context, view: View, body: str, session: int | None, date: int | None,
              printed: str | None = None) -> str:
    sent, body_label = view.sentence, ctx.registry.label(body)
    meeting = view.keys.get(session) if session is not None else None
    iso = view.dates(date)[0].start if date is not None else None
    if printed:
        key, label = printed, ctx.registry.get(printed).label
    elif iso:
        key, label = f"{body}/decision/{iso}", f"decision of the {body_label} of {view.m(date).text}"
    else:
        key, label = f"{meeting}/decision", f"decision of the {body_label} at its {view.m(session).text}"
    ctx.registry.add(key, "decision", label)
    ctx.claim(key, "acta:adoptedBy", body, sent, "decision-by")
    if iso:
        ctx.claim(key, "acta:adoptionDate", date_literal(iso), sent, "decision-by")
    if meeting and kind_of(ctx, meeting) == "meeting":
        ctx.claim(key, "acta:adoptedAt", meeting, sent, "decision-by")
    return key


# "Adopts the 2025 Political Declaration on …, annexed to the present resolution", "Endorses the political declaration
# adopted by the Third United Nations Conference …, which is contained in the annex to the present resolution": the
# annex is that text, so its clauses ("We reaffirm …", "We request …") are the text's own, not the resolution's
_ANNEXED_TEXT = re.compile(
    r"^(?:\d{1,3}\.\s+)?(?:Also\s+)?(?P<verb>Adopts|Endorses|Approves)\s+the\s+"
    r"(?:⟦I(?P<i>\d+)⟧(?:[^;⟦]|⟦M\d+⟧){0,160}?"
    r"|(?P<kind>(?:political\s+)?declaration|outcome\s+document|programme\s+of\s+action|plan\s+of\s+action)"
    r"(?:\s+(?:adopted\s+by|adopted\s+at|of)\s+the\s+⟦M(?P<m>\d+)⟧)?"
    # a decision's text named by what it is: "Adopts the Rules of procedure for the Plenary of the Platform as contained
    # in the annex to this decision", "the procedure for receiving and prioritizing requests put to the Platform"
    r"|(?P<title>(?:Rules|[a-z])(?:[^;,⟦]|⟦B\d+⟧){3,150}?))"
    r"\s*,?\s*(?:which\s+is\s+|as\s+)?(?:(?:contained|set\s+out|reproduced)\s+in\s+the\s+[Aa]nnex\s+to|annexed\s+to)\s+"
    r"⟦A(?P<a>\d+)⟧")
_VERB_PROPERTY = {"adopts": "acta:adopts", "endorses": "acta:endorses", "approves": "acta:approves"}


def rule_annexed_text(ctx: Context, view: View) -> None:
    m = _ANNEXED_TEXT.match(view.template.strip()) if "nnex" in view.template else None
    if m and m.group("title"):
        _titled_annex(ctx, view, m)
        return
    me = ctx.x.self_key
    if not (m and me and ctx.speaker is None and kind_of(ctx, me) == "resolution"
            and view.m(m.group("a")).attrs.get("noun") == "present resolution"):
        return
    sent = view.sentence
    if m.group("i"):
        text = view.keys.get(int(m.group("i")))
    else:  # a text named only by its kind: the resolution's annex, known by the meeting that adopted it
        meeting = view.keys.get(int(m.group("m"))) if m.group("m") else None
        kind = re.sub(r"\s+", " ", m.group("kind")).capitalize()
        owner = f"of the {ctx.registry.label(meeting)}" if meeting else f"annexed to {ctx.registry.label(me)}"
        text = _annex(ctx, view, me, kind, f"{kind} {owner}", m.group("verb"))
        if meeting:
            ctx.claim(text, "acta:adoptedBy", meeting, sent, "annexed-text")
    if text:
        ctx.annexed_text = text


def finish_annexed(ctx: Context) -> None:
    """Once the whole resolution is read (its day is on its last line): the text it adopts in its annex ("Adopts the
    Doha Political Declaration …, as contained in the annex to the present resolution") was adopted by its adopter,
    that day."""
    me, text = ctx.x.self_key, ctx.annexed_text
    adopts = next((c for c in ctx.x.claims if c.subject == me and c.predicate == "acta:adopts" and c.object == text),
                  None) if me and text else None
    if adopts is not None:
        _adopted_with(ctx, text, me, adopts, ("acta:adoptedBy", "acta:adoptionDate"))
    adopter = ctx.claimed(me, "acta:adoptedBy") if me and text else None
    for c in [c for c in ctx.x.claims if c.subject == me and c.object == text
              and c.predicate in ("acta:endorses", "acta:approves")] if adopter else ():
        # "Endorses the political declaration adopted by the Third United Nations Conference …, which is contained in
        # the annex to the present resolution": the text another meeting adopted is endorsed by the Assembly
        prop = "acta:endorsedBy" if c.predicate == "acta:endorses" else "acta:approvedBy"
        ctx.claim(text, prop, adopter, (c.start, c.end), "annexed-text")
        date_action(ctx, prop, (c.start, c.end), "annexed-text", me)
    # a report's decisions that adopt a text in their annex ("Decision IPBES/1/1 …: Adopts the Rules of procedure for
    # the Plenary of the Platform as contained in the annex to this decision"): adopted in the decision, its day
    for c in [c for c in ctx.x.claims if c.predicate == "acta:adopts" and c.object == f"{c.subject}/annex"
              and c.subject != me]:
        _adopted_with(ctx, c.object, c.subject, c, ("acta:adoptionDate",))


def _adopted_with(ctx: Context, text: str, instrument: str, adopts, props: tuple[str, ...]) -> None:
    ctx.claim(text, "acta:adoptedIn", instrument, (adopts.start, adopts.end), "annexed-text")
    for prop in props:
        value = ctx.claimed(instrument, prop)
        if value is not None and ctx.claimed(text, prop) is None:
            ctx.claim(text, prop, value, (adopts.start, adopts.end), "annexed-text")


def date_one_day_meetings(ctx: Context) -> None:
    """Once the whole document is read: a decision or resolution adopted by (or at) a meeting the document says met on
    one day ("the relevant decisions taken by the Eighteenth Annual Conference …" and "the Eighteenth Annual Conference
    …, held in Geneva on 11 November 2024") is of that day, quoted where the day is said."""
    claims = ctx.x.claims
    days = {c.subject: c for c in claims if c.predicate == "schema:startDate" and isinstance(c.object, Lit)
            and len(c.object.value) == 10}
    ended = {c.subject for c in claims if c.predicate == "schema:endDate"}
    for c in [c for c in claims if c.predicate in ("acta:adoptedBy", "acta:adoptedAt") and c.object in days
              and c.object not in ended]:
        undated = ctx.claimed(c.subject, "acta:adoptionDate") is None
        if undated and kind_of(ctx, c.subject) in ("resolution", "decision"):
            day = days[c.object]
            ctx.claim(c.subject, "acta:adoptionDate", day.object, (day.start, day.end), "adopted-at-one-day-meeting")


def _titled_annex(ctx: Context, view: View, m: re.Match[str]) -> None:
    """The text a decision or resolution adopts (approves, endorses) in its annex, named by what it is: adopted by
    whoever adopted the instrument ("Decision IPBES/1/1 …", "The Plenary,": the Plenary)."""
    me = ctx.speaking()
    if not me or kind_of(ctx, me) not in ("resolution", "decision") \
            or view.m(m.group("a")).attrs.get("noun") not in ("decision", "present decision", "present resolution"):
        return
    title = upper_first(view.phrase(m.group("title")))
    text = _annex(ctx, view, me, title, f"{title} ({ctx.registry.label(me)}, annex)", m.group("verb"))
    _by_its_adopter(ctx, view, me, text, m.group("verb"), "annexed-text")


def _by_its_adopter(ctx: Context, view: View, me: str, text: str, verb: str, rule: str) -> None:
    """"Adopts (Approves) the …": the text is adopted (approved) by whoever adopted the instrument."""
    adopter = ctx.claimed(me, "acta:adoptedBy")
    prop = {"Adopts": "acta:adoptedBy", "Approves": "acta:approvedBy"}.get(verb)
    if adopter and prop:
        ctx.claim(text, prop, adopter, view.sentence, rule)


# "Decision IPBES/1/5 …", "The Plenary,", "(3) Approves the proposed budget for 2013 (Table 3);": a decision's (or
# resolution's) own budget or work programme for a period, a text of its own, approved (adopted) by whoever adopted it
_PERIOD_TEXT = re.compile(r"^(?:\(?\d{1,3}[.)]\s+)?(?:Also\s+)?(?P<verb>Adopts|Approves)\s+the\s+"
                          r"(?:proposed\s+|revised\s+|initial\s+)?(?P<title>(?:budget|programme\s+of\s+work|"
                          r"work\s+programme)\s+for\s+(?:the\s+(?:period|biennium|year)\s+)?"
                          r"(?:⟦D\d+⟧|(?:19|20)\d{2}(?:[–-](?:19|20)?\d{2})?\b))")


def rule_period_text(ctx: Context, view: View) -> None:
    m = _PERIOD_TEXT.match(view.template.strip()) if "pproves the" in view.template or "dopts the" in view.template \
        else None
    me = ctx.speaking() if m else None
    if not me or kind_of(ctx, me) not in ("decision", "resolution"):
        return
    title = view.phrase(m.group("title"))
    text = f"{me}/{slugify(title)}"
    ctx.registry.add(text, "document", f"{upper_first(title)} ({ctx.registry.label(me)})")
    ctx.claim(text, "dcterms:title", Lit(upper_first(title)), view.sentence, "period-text")
    ctx.claim(me, _VERB_PROPERTY[m.group("verb").lower()], text, view.sentence, "period-text")
    _by_its_adopter(ctx, view, me, text, m.group("verb"), "period-text")


def _annex(ctx: Context, view: View, me: str, title: str, label: str, verb: str) -> str:
    """The instrument's annex as a text of its own, titled, and what the instrument does with it ("Adopts …")."""
    text = f"{me}/annex"
    ctx.registry.add(text, "document", label)
    ctx.claim(text, "dcterms:title", Lit(title), view.sentence, "annexed-text")
    ctx.claim(me, _VERB_PROPERTY[verb.lower()], text, view.sentence, "annexed-text")
    return text


def speaker(ctx: Context, view: View, previous: View | None) -> None:
    """Sets or ends ``ctx.speaker`` before the view's rules run (``Context.speaking`` reads it)."""
    text = view.sentence.text.strip()
    if _SECTION_LINE.match(text):
        # a report's annex speaks only once a decision's heading and speaker line open it; a resolution's annex is
        # the text it adopted "as contained in the annex" (rule_annexed_text), else still the resolution's; a part
        # is the document's again
        resolution = kind_of(ctx, ctx.x.self_key) in ("resolution", "decision")
        annex = re.match(r"Annex(?!\s+[IVX]+\b)", text) and ctx.annexed_text  # not "Annex II"
        ctx.speaker = annex if annex else "" if re.match(r"Annex|Appendix", text) and not resolution else None
        return
    line = _SPEAKER_LINE.match(view.template.strip())
    head = _HEADING_LINE.match(previous.template.strip()) if line and previous else None
    if not head or "\n" in previous.sentence.text.strip():
        return
    mention = previous.m(head.group("sym"))
    key = previous.keys.get(int(head.group("sym")))
    body = view.keys.get(int(line.group("body")))
    if key and key != ctx.x.self_key and kind_of(ctx, key) in ("resolution", "decision") \
            and re.match(r"(?i)(?:decision|resolution)\b", mention.text) and kind_of(ctx, body) == "body":
        ctx.speaker = key
        ctx.claim(key, "acta:adoptedBy", body, (previous.sentence.start, view.sentence.end), "annexed-decision")


# "The following decisions were adopted by the Plenary on Saturday, 26 January 2013 at 7 p.m. …:" and then one
# line per decision, "Decision IPBES/1/1 Rules of procedure for the Plenary of the Platform"
_FOLLOWING_ADOPTED = re.compile(r"\b[Tt]he\s+following\s+(?:decisions|resolutions)\s+(?:were|was)\s+adopted\s+by\s+"
                                r"(?:the\s+)?⟦B(?P<body>\d+)⟧(?:\s+on\s+[^⟦]{0,20}?⟦D(?P<date>\d+)⟧)?[^:]*:\s*$")


_REPORT_ADOPTED = re.compile(r"\badoption\s+of\s+(?:the\s+|this\s+)?(?:meeting\s+|present\s+|session\s+)?report\b"
                             r"(?!\s+of\b)|\badoption\s+of\s+⟦A\d+⟧\s+report\b")


def rule_following_adopted(ctx: Context, view: View) -> None:
    pending = ctx.adopted_list
    lead = _FOLLOWING_ADOPTED.search(view.template)
    if lead:
        body = view.keys.get(int(lead.group("body")))
        date = lead.group("date")
        iso = view.dates(date)[0].start if date is not None and _one_day(view, date) else None
        ctx.adopted_list = (body, iso, view.sentence) if kind_of(ctx, body) == "body" else None
        me = ctx.x.self_key
        if _REPORT_ADOPTED.search(view.template, lead.end("body")) and kind_of(ctx, body) == "body" \
                and kind_of(ctx, me) == "document":  # "… followed by the adoption of the meeting report"
            ctx.claim(me, "acta:adoptedBy", body, view.sentence, "following-adopted")
            if iso:
                ctx.claim(me, "acta:adoptionDate", date_literal(iso), view.sentence, "following-adopted")
        return
    if not pending:
        return
    head = _HEADING_LINE.match(view.template.strip())
    key = view.keys.get(int(head.group("sym"))) if head else None
    if not key or "\n" in view.sentence.text.strip() or kind_of(ctx, key) not in ("resolution", "decision"):
        ctx.adopted_list = None
        return
    body, iso, lead_sentence = pending
    span = (lead_sentence.start, view.sentence.end)
    ctx.claim(key, "acta:adoptedBy", body, span, "following-adopted")
    if iso:
        ctx.claim(key, "acta:adoptionDate", date_literal(iso), span, "following-adopted")
        session = _session_on(ctx, body, iso)
        if session:
            ctx.claim(key, "acta:adoptedAt", session, span, "following-adopted")


def _session_on(ctx: Context, body: str, iso: str) -> str | None:
    """The one meeting of ``body`` the document dates to a span that holds the day ``iso``."""
    of = {c.subject for c in ctx.x.claims if c.predicate == "acta:meetingOf" and c.object == body}
    starts: dict[str, str] = {}
    ends: dict[str, str] = {}
    for c in ctx.x.claims:
        if c.subject in of and c.predicate in ("schema:startDate", "schema:endDate") and len(c.object.value) == 10:
            (starts if c.predicate == "schema:startDate" else ends)[c.subject] = c.object.value
    found = [m for m, start in starts.items() if start <= iso <= ends.get(m, start)]
    return found[0] if len(found) == 1 else None


RULES = (rule_decisions_by, rule_text_on_topic, rule_following_adopted, rule_annexed_text, rule_period_text)
# after the clause's citing verbs are read (graph/clauses.py): the texts it finds are cited by them
LATE_RULES = (rule_adopted_on_topics,)
