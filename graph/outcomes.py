"""What meetings and bodies produce, adopt and found, said in passing by a resolution's clauses.

A note right after a meeting's name points to that meeting's own document: "Welcoming the results of
the Sixth Review Conference[^9]" (note 9: CCW/CONF.VI/11, the Conference's final document),
"established in decision 1 of the Fifth Review Conference …,11" (note 11: its final report).  "The
Meeting of the High Contracting Parties …, held in Geneva …, and the adoption of its final
document,10": the meeting adopted the document of note 10.  "The substantive report[^6] adopted by
consensus by the above-mentioned Group of Governmental Experts": who adopted a document.  "The Awaza
Programme of Action … adopted by the General Assembly on 24 December 2024,1" (note 1: "Resolution
79/233, annex; see also resolution 79/279"): the note's first resolution is the one adopted that day.
"The establishment by the General Assembly in its decision 79/512 of 2 December 2024 of an open-ended
working group": a body named only by its kind, known by the decision that founded it.  A note "Report of
the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations publication, Sales No.
E.96.IV.13), chap. I, …" names the conference's report, a document with no symbol.
"""

from __future__ import annotations

import re

from .citing import cite_found
from .dates import DateValue
from .entities import generic_noun, name_generic_body, resolve_mention
from .extract import Context, Lit, View, date_literal
from .footnotes import Footnote, markers
from .text import Sentence, slugify, upper_first

DOCUMENT_KINDS = ("document", "report")  # what a note or a name can point to
# a text a body issued that says what else it is than a report ("a compendium of statements in explanation of position
# on the adoption of the final report"); a report's own title is often what it is on ("Implementation of …")
_NOT_A_REPORT = re.compile(r"(?:Compendium|Compilation|Statement|Letter|Note\s+verbale|Communiqu[ée]|Declaration|"
                           r"Memorandum|Working\s+paper|Proposal|Draft)\b", re.I)


def reports_of(ctx: Context, body: str, predicates: tuple[str, ...] = ("acta:producedBy",)) -> list[str]:
    """The documents the document has said the body produced (or adopted …), in that order, but for texts titled as
    something other than a report: what "the report of <body>", named without a symbol, can be."""
    found = [c.subject for c in ctx.x.claims if c.object == body and c.predicate in predicates
             and ctx.registry.get(c.subject) and ctx.registry.get(c.subject).kind in DOCUMENT_KINDS]
    return [doc for doc in found if not isinstance(title := ctx.claimed(doc, "dcterms:title"), Lit)
            or not _NOT_A_REPORT.match(title.value)]


# a meeting's name, then nothing but notes: "the Sixth Review Conference[^9] and …", "… to the Convention,11"
# (or "… to Protocol V;14", a note that ends the paragraph)
_MEETING_NOTES = re.compile(r"⟦M(?P<m>\d+)⟧\s*(?:,|;(?=\s*(?:⟦S\d+⟧\s*)+[\s.;,]*$))?\s*(?P<notes>⟦S\d+⟧(?:\s*⟦S\d+⟧)*)")
# "and the adoption of its final document,10": "its" is the meeting named last before it
_ITS_OUTCOME = re.compile(r"\badoption\s+of\s+its\s+(?P<what>(?:final\s+|outcome\s+)?(?:document|report|declaration))"
                          r"\s*,?\s*⟦S(?P<s>\d+)⟧")
# "the substantive report[^6] adopted by consensus by the above-mentioned Group of Governmental Experts"
_ADOPTED_BY = re.compile(r"⟦S(?P<s>\d+)⟧\s*,?\s+(?:which\s+was\s+|was\s+)?adopted\s+(?:by\s+consensus\s+)?by\s+"
                         r"(?:the\s+)?(?:above-mentioned\s+|aforementioned\s+)?⟦B(?P<b>\d+)⟧")


# a date (or a bare year) and the notes right after it: "… of 18 November 2024,3 14 February 20254 and 20 June 20255",
# "the Political Declarations of 20172 and 2021,3"
DATE_NOTES = r"(?:⟦D\d+⟧|(?:19|20)\d\d)\s*,?\s*(?:⟦S\d+⟧)+"
_DATE_NOTES_ITEM = re.compile(r"(?:⟦D(?P<d>\d+)⟧|(?P<y>(?:19|20)\d\d))\s*,?\s*(?P<notes>(?:⟦S\d+⟧)+)")


def dated_notes(view: View, items: str) -> list[tuple[str | None, list[int]]]:
    """Each date of a run of DATE_NOTES (its start, when it is one date: "2017", "2024-11-18") with its notes."""
    out = []
    for item in _DATE_NOTES_ITEM.finditer(items):
        values = view.dates(item.group("d")) if item.group("d") else None
        when = item.group("y") or (values[0].start if values and len(values) == 1 and not values[0].end
                                   and values[0].precision != "vague" else None)
        out.append((when, [int(i) for i in re.findall(r"⟦S(\d+)⟧", item.group("notes"))]))
    return out


def note_document(ctx: Context, view: View, index: int) -> str | None:
    """The document a footnote marker points to, if the marker is one."""
    if "footnote" not in view.m(index).attrs:
        return None
    doc = resolve_mention(ctx, view, index)
    return doc if doc and ctx.registry.get(doc).kind in DOCUMENT_KINDS else None


def dated_text(ctx: Context, view: View, doc: str, predicate: str, agents: list[str], day: DateValue | None,
               title: str | None, rule: str) -> None:
    """A text of a day (a letter, an opinion, a communiqué): whose it is, its day, a title unless it has one."""
    for agent in agents:
        ctx.claim(doc, predicate, agent, view.sentence, rule)
    if day:
        ctx.claim(doc, "acta:adoptionDate", date_literal(day.start), view.sentence, rule)
    if title:
        ctx.claim_unless_known(doc, "dcterms:title", Lit(title), view.sentence, rule)


def text_of_its_own(ctx: Context, view: View, key: str, title: str, pos: int) -> str:
    """A text no note publishes, found by what it is ("the joint statement … issued by …", "their letter dated …"):
    a document keyed by what names it, cited by the clause's verb at ``pos`` as a symbol there would be."""
    if ctx.registry.get(key) is None:
        ctx.registry.add(key, "document", title)
    cite_found(ctx, view, pos, key)
    return key


# "… the conclusions and recommendations for follow-on actions adopted by the 2010 Review Conference,4": what the
# meeting adopted is in the note's document, which the meeting adopted
_ADOPTED_BEFORE = re.compile(r"\badopted\s+(?:by\s+consensus\s+)?(?P<how>by|at)\s+(?:the\s+)?$")


def rule_meeting_notes(ctx: Context, view: View) -> None:
    for m in _MEETING_NOTES.finditer(view.template):
        meeting = resolve_mention(ctx, view, int(m.group("m")))
        if not meeting or ctx.registry.get(meeting).kind != "meeting":
            continue
        adopted = _ADOPTED_BEFORE.search(view.template, max(0, m.start() - 40), m.start())
        for index in re.findall(r"⟦S(\d+)⟧", m.group("notes")):
            doc = note_document(ctx, view, int(index))
            if doc:
                ctx.claim(doc, "acta:producedBy", meeting, view.sentence, "meeting-note")
                if adopted:
                    prop = "acta:adoptedBy" if adopted.group("how") == "by" else "acta:adoptedAt"
                    ctx.claim(doc, prop, meeting, view.sentence, "meeting-note")


# "the outcome document of the Fourth International Conference on Financing for Development, the Sevilla
# Commitment,1", "the final document of the … Conference, entitled “…”,2": the note's document, the meeting's, so named
# (a session named with its body and topic: "the outcome document of the twenty-seventh special session of the General
# Assembly on children, entitled “A world fit for children”, 5")
_OUTCOME_NAMED = re.compile(r"\b(?:outcome|final)\s+document\s+of\s+(?:the\s+)?⟦M(?P<m>\d+)⟧"
                            r"(?:\s+of\s+(?:the\s+)?⟦B\d+⟧(?:\s+on\s+[a-z][a-z -]{2,60}?)?)?\s*,\s*"
                            r"(?:entitled\s+[“\"](?P<quoted>[^”\"]{3,300})[”\"]|(?:the\s+)?⟦I(?P<i>\d+)⟧|"
                            r"(?:the\s+)?(?P<title>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,6}))\s*,?\s*⟦S(?P<s>\d+)⟧")


# (or with no note, its title quoted after the meeting's name and short name: "the outcome document of the United
# Nations Conference on Sustainable Development (Rio+20), “The Future We Want”,": a text of its own, the meeting's)
_OUTCOME_QUOTED = re.compile(r"\b(?:outcome|final)\s+document\s+of\s+(?:the\s+)?⟦M(?P<m>\d+)⟧(?:\s*\([^()⟦]{1,30}\))?"
                             r"\s*,\s*[“\"](?P<quoted>[^”\"⟦]{3,200}?)[.,]?[”\"](?!\s*,?\s*⟦S)")


def rule_its_outcome(ctx: Context, view: View) -> None:
    for m in _OUTCOME_NAMED.finditer(view.template) if "document of" in view.template else ():
        meeting = resolve_mention(ctx, view, int(m.group("m")))
        if not meeting or ctx.registry.get(meeting).kind != "meeting" or "footnote" not in view.m(m.group("s")).attrs:
            continue
        title = view.phrase(m.group("quoted") or m.group("title") or view.m(m.group("i")).label).strip()
        doc = note_document(ctx, view, int(m.group("s")))
        if doc is None:  # the note is the resolution it is annexed to ("Resolution 79/323, annex"): the text itself
            doc = resolve_mention(ctx, view, int(m.group("i"))) if m.group("i") \
                else text_of_its_own(ctx, view, f"instrument/{slugify(title)}", title, m.start())
            _adopted_in_its_note(ctx, view, int(m.group("s")), resolve_mention(ctx, view, int(m.group("s"))), doc,
                                 "outcome-named")
        ctx.claim(doc, "acta:producedBy", meeting, view.sentence, "outcome-named")
        ctx.claim_unless_known(doc, "dcterms:title", Lit(title), view.sentence, "outcome-named")
    for m in _OUTCOME_QUOTED.finditer(view.template) if "document of" in view.template else ():
        meeting = resolve_mention(ctx, view, int(m.group("m")))
        if meeting and ctx.registry.get(meeting).kind == "meeting":
            title = view.phrase(m.group("quoted")).strip()
            doc = text_of_its_own(ctx, view, f"instrument/{slugify(title)}", title, m.start())
            ctx.claim(doc, "acta:producedBy", meeting, view.sentence, "outcome-named")
            ctx.claim_unless_known(doc, "dcterms:title", Lit(title), view.sentence, "outcome-named")
    for m in _ITS_OUTCOME.finditer(view.template):
        named = re.findall(r"⟦M(\d+)⟧", view.template[:m.start()])
        doc = note_document(ctx, view, int(m.group("s")))
        meeting = resolve_mention(ctx, view, int(named[-1])) if named else None
        if doc and meeting and ctx.registry.get(meeting).kind == "meeting":
            ctx.claim(doc, "acta:adoptedAt", meeting, view.sentence, "its-outcome")
            ctx.claim(doc, "acta:producedBy", meeting, view.sentence, "its-outcome")
            # titled by what the text calls it, unless a rule titles it: "Final document of the Meeting of …"
            what = upper_first(" ".join(m.group("what").split()))
            ctx.title_once_read(doc, f"{what} of the {ctx.registry.label(meeting)}", view.sentence, "its-outcome",
                                rank=1)


def rule_adopted_by(ctx: Context, view: View) -> None:
    for m in _ADOPTED_BY.finditer(view.template):
        doc = resolve_mention(ctx, view, int(m.group("s")))
        body = resolve_mention(ctx, view, int(m.group("b")))
        if doc and body and ctx.registry.get(doc).kind in DOCUMENT_KINDS:
            ctx.claim(doc, "acta:adoptedBy", body, view.sentence, "document-adopted-by")


# "… adopted by the General Assembly on 24 December 2024,1": the resolution of note 1 that carries the text
_ADOPTED_ON_NOTE = re.compile(r"\badopted\s+by\s+(?:the\s+)?⟦B(?P<b>\d+)⟧\s+on\s+⟦D(?P<d>\d+)⟧\s*,?\s*⟦S(?P<s>\d+)⟧")


def rule_adopted_on_note(ctx: Context, view: View) -> None:
    for m in _ADOPTED_ON_NOTE.finditer(view.template):
        index = int(m.group("s"))
        if "footnote" not in view.m(index).attrs:
            continue
        res = resolve_mention(ctx, view, index)
        body = resolve_mention(ctx, view, int(m.group("b")))
        values = view.dates(m.group("d"))
        if not (res and body and ctx.registry.get(res).kind in ("resolution", "decision")):
            continue
        ctx.claim(res, "acta:adoptedBy", body, view.sentence, "adopted-on-note")
        if len(values) == 1 and not values[0].end:
            ctx.claim(res, "acta:adoptionDate", date_literal(values[0].start), view.sentence, "adopted-on-note")


# "the 2005 World Summit Outcome adopted at the high-level plenary meeting of the General Assembly on 16 September
# 20055", "the adoption of the United Nations Global Counter-Terrorism Strategy on 8 September 2006,6": the text named
# by its title was adopted that day, and so was the resolution of the note that carries it ("the adoption of the
# Treaty on the Prohibition of Nuclear Weapons1 on 7 July 2017", note "A/CONF.229/2017/8": the document is the text;
# "the Awaza Programme of Action for … for the Decade 2024–2034 adopted by the General Assembly on 24 December 2024,1")
_TITLE_ON_NOTE = re.compile(r"(?:⟦I(?P<i>\d+)⟧(?:\s*⟦D\d+⟧)?\s*,?\s+adopted\s+(?:by|at)\s+(?:the\s+)?⟦[BM]\d+⟧"
                            r"(?:\s+of\s+(?:the\s+)?⟦B\d+⟧)?|\badoption\s+of\s+(?:the\s+)?⟦I(?P<j>\d+)⟧"
                            r"(?:\s*⟦S(?P<n>\d+)⟧)?)\s*,?\s+on\s+⟦D(?P<d>\d+)⟧(?(n)|\s*,?\s*⟦S(?P<s>\d+)⟧)")


def rule_title_on_note(ctx: Context, view: View) -> None:
    for m in _TITLE_ON_NOTE.finditer(view.template):
        index, one = int(m.group("s") or m.group("n")), view.one_date(m.group("d"))
        res = resolve_mention(ctx, view, index) if "footnote" in view.m(index).attrs else None
        text = resolve_mention(ctx, view, int(m.group("i") or m.group("j")))
        if not (res and text and ctx.registry.get(res).kind in ("resolution", "decision", *DOCUMENT_KINDS) and one
                and len(one.start) == 10):
            continue
        day = date_literal(one.start)
        # the note's resolution adopted it, or the note's document is its text (a treaty's A/CONF.… symbol)
        ctx.claim(res, "acta:adoptionDate", day, view.sentence, "title-on-note")
        if ctx.registry.get(text).kind in DOCUMENT_KINDS:
            ctx.claim(text, "acta:adoptionDate", day, view.sentence, "title-on-note")
        _adopted_in_its_note(ctx, view, index, res, text, "title-on-note")


# "…, held in Barcelona, Spain, on 27 and 28 November 2005" after the meeting that adopted a text: a meeting of one
# day dates what it adopted
_HELD_ON = re.compile(r"\s*,?\s+held\s+(?:(?:in|at)\s+⟦L(?P<l>\d+)⟧(?:\s*,\s*⟦L\d+⟧)?\s*,?\s+)?on\s+⟦D(?P<d>\d+)⟧")


def held_on(view: View, pos: int) -> re.Match[str] | None:
    """"…, held in ⟦L⟧, ⟦L⟧, on ⟦D⟧" at `pos` of the template: its place (group `l`, if named) and date (`d`)."""
    return _HELD_ON.match(view.template, pos)


def held_day(view: View, pos: int) -> Lit | None:
    """The day of a one-day meeting whose "held … on <day>" starts at `pos` of the template."""
    m = held_on(view, pos)
    one = view.one_date(m.group("d")) if m else None
    return date_literal(one.start) if one and len(one.start) == 10 else None


# "the adoption of the Vienna Action Plan at the first Meeting of States Parties …", "the adoption of the
# Euro-Mediterranean Code of Conduct on Countering Terrorism by the Euro-Mediterranean Summit, held in Barcelona …":
# the meeting (or body) adopted the text named by its title
_ADOPTION_AT = re.compile(r"\badoption\s+(?:by\s+consensus\s+)?of\s+(?:the\s+)?⟦I(?P<i>\d+)⟧(?:\s*⟦S\d+⟧)?\s*,?\s+"
                          r"(?P<how>at|by|during)\s+(?:the\s+)?⟦(?P<k>[BM])(?P<m>\d+)⟧")

# (the agent first: "the adoption in 2019 by the Committee on the Peaceful Uses of Outer Space at its sixty-second
# session of the preamble and 21 Guidelines for the Long-term Sustainability of Outer Space Activities")
_ADOPTION_BY = re.compile(r"\badoption\s+(?:by\s+consensus\s+)?(?:(?:in|on)\s+⟦D(?P<d>\d+)⟧\s+)?"
                          r"by\s+(?:the\s+)?⟦B(?P<b>\d+)⟧(?:\s*,?\s+at\s+its\s+⟦M(?P<m>\d+)⟧)?\s*,?\s+of\s+(?:the\s+)?"
                          r"(?:[a-z]+\s+and\s+(?:\d{1,3}\s+)?)?⟦I(?P<i>\d+)⟧")

# "the outcome of the second Review Conference …, held in Geneva from … , and in particular the adoption of the
# Lausanne Declaration entitled “…” and the Lausanne Action Plan 2021–2026 3": those texts were adopted there
_OUTCOME_ADOPTION = re.compile(
    r"\boutcomes?\s+of\s+(?:the\s+)?⟦M(?P<m>\d+)⟧(?:[^⟦;]|⟦[LD]\d+⟧){0,120}?,?\s*(?:and\s+)?"
    r"(?:in\s+particular|notably|including)\s+(?:the\s+)?adoption\s+of\s+"
    r"(?P<texts>(?:the\s+)?⟦I\d+⟧(?:\s+entitled\s+[“\"][^”\"]{3,300}[”\"])?(?:\s*⟦D\d+⟧)?"
    r"(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?⟦I\d+⟧(?:\s+entitled\s+[“\"][^”\"]{3,300}[”\"])?(?:\s*⟦D\d+⟧)?)*)"
    r"(?:\s*,?\s*⟦S(?P<s>\d+)⟧)?")


# "Recalling the adoption, on 14 June 2006 in Abuja at the thirtieth ordinary summit of the Economic Community of West
# African States, of the Convention on Small Arms …", "the adoption, in Vienna on 5 September 1997, of the Joint
# Convention …", "the adoption on 13 July 2008 of the Joint Declaration …": when, where and at which meeting, between
# "adoption" and the text
_ADOPTION_THEN_TEXT = re.compile(r"\badoption\s*,?\s*(?:(?:on\s+⟦D(?P<d>\d+)⟧|in\s+⟦L(?P<l>\d+)⟧|"
                                 r"at\s+(?:the\s+)?⟦M(?P<m>\d+)⟧(?:\s+of\s+(?:the\s+)?⟦B\d+⟧)?)\s*,?\s*){1,3}of\s+(?:the\s+)?⟦I(?P<i>\d+)⟧")


def rule_adoption_at(ctx: Context, view: View) -> None:
    for m in _ADOPTION_THEN_TEXT.finditer(view.template) if "adoption" in view.template else ():
        text = resolve_mention(ctx, view, int(m.group("i")))
        meeting = resolve_mention(ctx, view, int(m.group("m"))) if m.group("m") else None
        if not text or ctx.registry.get(text).kind not in DOCUMENT_KINDS:
            continue
        meeting = meeting if meeting and ctx.registry.get(meeting).kind == "meeting" else None
        # (a text named after its meeting was adopted there: "the adoption on 13 July 2008 of the Joint Declaration of
        # the Paris Summit for the Mediterranean")
        made = ctx.claimed(text, "acta:producedBy") if not meeting else None
        meeting = meeting or (made if made and ctx.registry.get(made).kind == "meeting" else None)
        day = view.one_date(m.group("d")) if m.group("d") else None
        if day and len(day.start) == 10:  # ("the adoption on 13 July 2008 of the Joint Declaration of …")
            ctx.claim(text, "acta:adoptionDate", date_literal(day.start), view.sentence, "adoption-at")
        if not meeting:
            continue
        ctx.claim(text, "acta:adoptedAt", meeting, view.sentence, "adoption-at")
        if day and len(day.start) == 10 and m.group("m") and ctx.claimed(meeting, "schema:startDate") is None:
            # (the meeting named here met that day; not one whose days the document gave: the adoption may be its last)
            ctx.claim(meeting, "schema:startDate", date_literal(day.start), view.sentence, "adoption-at")
        place = resolve_mention(ctx, view, int(m.group("l"))) if m.group("l") else None
        if place:
            ctx.claim(meeting, "schema:location", place, view.sentence, "adoption-at")
    for m in _ADOPTION_AT.finditer(view.template) if "adoption" in view.template else ():
        text, agent = resolve_mention(ctx, view, int(m.group("i"))), resolve_mention(ctx, view, int(m.group("m")))
        if not text or not agent or ctx.registry.get(text).kind not in DOCUMENT_KINDS:
            continue
        kind = ctx.registry.get(agent).kind
        if kind == "meeting":
            ctx.claim(text, "acta:adoptedAt", agent, view.sentence, "adoption-at")
            day = held_day(view, m.end())
            if day:
                ctx.claim(text, "acta:adoptionDate", day, view.sentence, "adoption-at")
        elif kind == "body" and m.group("how") == "by":
            ctx.claim(text, "acta:adoptedBy", agent, view.sentence, "adoption-at")
    for m in _ADOPTION_BY.finditer(view.template) if "adoption" in view.template else ():
        text, body = resolve_mention(ctx, view, int(m.group("i"))), resolve_mention(ctx, view, int(m.group("b")))
        if not text or not body or ctx.registry.get(text).kind not in DOCUMENT_KINDS \
                or ctx.registry.get(body).kind != "body":
            continue
        ctx.claim(text, "acta:adoptedBy", body, view.sentence, "adoption-by")
        day = view.one_date(m.group("d")) if m.group("d") else None
        if day and day.precision in ("year", "month", "day"):
            ctx.claim(text, "acta:adoptionDate", date_literal(day.start), view.sentence, "adoption-by")
        meeting = resolve_mention(ctx, view, int(m.group("m"))) if m.group("m") else None
        if meeting and ctx.registry.get(meeting).kind == "meeting":
            ctx.claim(text, "acta:adoptedAt", meeting, view.sentence, "adoption-by")
    for m in _OUTCOME_ADOPTION.finditer(view.template) if "outcome" in view.template else ():
        meeting = resolve_mention(ctx, view, int(m.group("m")))
        if not meeting or ctx.registry.get(meeting).kind != "meeting":
            continue
        for i in re.findall(r"⟦I(\d+)⟧", m.group("texts")):
            text = resolve_mention(ctx, view, int(i))
            if text and ctx.registry.get(text).kind in DOCUMENT_KINDS:
                ctx.claim(text, "acta:adoptedAt", meeting, view.sentence, "outcome-adoption")
        doc = note_document(ctx, view, int(m.group("s"))) if m.group("s") else None
        if doc:  # the note that ends the list is where those texts are: the meeting's
            ctx.claim(doc, "acta:producedBy", meeting, view.sentence, "outcome-adoption")


_ESTABLISHED_IN = re.compile(r"\bestablishment\s+by\s+(?:the\s+)?⟦B(?P<agent>\d+)⟧\s+in\s+its\s+⟦S(?P<res>\d+)⟧"
                             r"(?:\s+of\s+⟦D(?P<date>\d+)⟧)?\s+of\s+(?:an?\s+|the\s+)?⟦B(?P<body>\d+)⟧")


def rule_established_in(ctx: Context, view: View) -> None:
    for m in _ESTABLISHED_IN.finditer(view.template):
        res = resolve_mention(ctx, view, int(m.group("res")))
        index = int(m.group("body"))
        mention = view.m(index)
        body = resolve_mention(ctx, view, index)
        if not res or ctx.registry.get(res).kind not in ("resolution", "decision"):
            continue
        if not body and mention.attrs.get("generic"):  # named as _established_after names one: by its founder
            noun = generic_noun(mention.text)
            body = name_generic_body(ctx, view, index, f"{res}/{slugify(noun)}",
                                     f"{noun} ({ctx.registry.get(res).label})")
        if not body or ctx.registry.get(body).kind != "body":
            continue
        ctx.claim(body, "acta:establishedBy", res, view.sentence, "established-in")
        values = view.dates(m.group("date")) if m.group("date") else []
        if len(values) == 1 and not values[0].end:
            ctx.claim(body, "acta:establishedOn", date_literal(values[0].start), view.sentence, "established-in")
            ctx.claim(res, "acta:adoptionDate", date_literal(values[0].start), view.sentence, "established-in")


# "the adoption by consensus by the group of the agenda 2 and the indicative timetable for 2025–20283": "the group" is
# the body of that kind the sentence named before
_ADOPTION_BY_THE = re.compile(r"\badoption\s+(?:by\s+consensus\s+)?by\s+the\s+"
                              r"(?P<head>group|committee|commission|panel|conference|council)\s+of\s+"
                              r"(?P<what>[^⟦;]*?⟦S\d+⟧(?:\s*,?\s+and\s+the\s+(?:[^⟦;]|⟦D\d+⟧){0,80}?⟦S\d+⟧)?)")


_NAMED_NOTES = re.compile(r"((?:[^⟦]|⟦D\d+⟧)*)⟦S(\d+)⟧")  # each note and the words since the one before


def rule_adoption_by_the(ctx: Context, view: View) -> None:
    for m in _ADOPTION_BY_THE.finditer(view.template):
        before = [int(j) for j in re.findall(r"⟦B(\d+)⟧", view.template[:m.start()])]
        body = next((k for j in reversed(before) if (k := resolve_mention(ctx, view, j))
                     and ctx.registry.get(k).kind == "body"
                     and re.search(rf"\b{m.group('head')}\b", ctx.registry.get(k).label, re.I)), None)
        for named, index in _NAMED_NOTES.findall(m.group("what")) if body else ():
            doc = note_document(ctx, view, int(index))
            if doc:
                ctx.claim(doc, "acta:adoptedBy", body, view.sentence, "adoption-by-the")
                # "of the agenda⁷ and the indicative timetable for 2025–2028⁸": each named by what it is
                what = re.sub(r"^\s*,?\s*(?:and\s+)?(?:the|its)\s+", "", named)
                if re.fullmatch(r"[a-z][a-z-]+(?:\s+[a-z-]+){0,5}(?:\s+(?:for|of)\s+⟦D\d+⟧)?\s*", what) and \
                        not re.match(r"(?:reports?|notes?|letters?)\b", what):
                    ctx.claim_unless_known(doc, "dcterms:title", Lit(view.phrase(what)), view.sentence,
                                           "adoption-by-the")


# a note that names a conference's report by its title and sales number (a UN publication, no document symbol)
_REPORT_NOTE = re.compile(r"^(?:\[\^\d{1,3}\]:|\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})?\s*(?:See\s+(?:also\s+)?)?"
                          r"(?P<title>Report\s+of\s+the\s+⟦M(?P<m>\d+)⟧)"
                          r"(?:[^⟦()]|⟦[LD]\d+⟧)*\((?:⟦B\d+⟧|United\s+Nations)\s+publication")


def rule_report_note(ctx: Context, view: View) -> None:
    m = _REPORT_NOTE.match(view.template)
    meeting = resolve_mention(ctx, view, int(m.group("m"))) if m else None
    if not meeting or ctx.registry.get(meeting).kind != "meeting":
        return
    title = view.phrase(m.group("title"))
    key = f"{meeting}/report"
    ctx.registry.add(key, "report", title)
    ctx.claim(key, "dcterms:title", Lit(title), view.sentence, "report-note")
    ctx.claim(key, "acta:producedBy", meeting, view.sentence, "report-note")
    number = next((n for n, note in ctx.notes.items() if view.sentence.start <= note.start < view.sentence.end), None)
    annex = _RESOLUTION_ANNEX.search(view.template, m.end()) if number else None
    if annex:  # "…, chap. I, resolution 1, annex": the conference's resolution 1, named so in its report
        n = annex.group("n")
        resolution = f"{meeting}/resolution/{n}"
        ctx.registry.add(resolution, "resolution", f"resolution {n} of the {ctx.registry.label(meeting)}")
        ctx.claim(resolution, "acta:symbol", Lit(f"Resolution {n}"), view.sentence, "report-note")
        ctx.claim(resolution, "acta:adoptedBy", meeting, view.sentence, "report-note")
        ctx.claim(resolution, "acta:adoptedAt", meeting, view.sentence, "report-note")
        ctx.conference_annexes[number] = (meeting, resolution, view.sentence)


# "…, chap. I, resolution 1, annexes I and II" at the end of such a note: the texts the note is put to ("the Beijing
# Declaration and Platform for Action, 8") are annexed to a resolution of the conference, adopted there
_RESOLUTION_ANNEX = re.compile(r"\bresolution\s+(?P<n>\d+)\s*,\s*annex")
_BEFORE_NOTE = re.compile(r"[\s,]*\.?\s*")  # ("… the Paris Principles. 13", "… for Sustainable Development.2")
# the clause names another text the name is part of: "the political declaration on the implementation of the United
# Nations Global Plan of Action …4" (the note is the declaration's), "the Declaration on Principles … in accordance
# with the Charter of the United Nations,2"
_WITHIN_ANOTHER = re.compile(r"\b(?:[Dd]eclarations?|[Rr]esolutions?|[Dd]ecisions?|[Rr]eports?|[Aa]greements?|"
                             r"[Ss]tatements?|[Pp]rogrammes?|[Pp]lans?)\b|⟦[IS]\d+⟧")
_COMPLEMENT = re.compile(r"\b(?:of|on|with|to|for|under)\s+(?:the\s+)?$")
# a note that is only a resolution (or its annex): "Resolution 64/293.", "See resolution 2200 A (XXI), annex."
_RESOLUTION_NOTE = re.compile(r"\s*(?:See\s+)?(?:General\s+Assembly\s+)?(?:[Rr]esolution|[Dd]ecision)\s+[^\s,;]+"
                              r"(?:\s+[A-Z](?=[\s,.]))?(?:\s+\([IVXLC]+\))?(?:\s*,\s*annex(?:es)?(?:\s+[IVX]+)?)?\.?\s*$")


def rule_texts_noted(ctx: Context, view: View) -> None:
    """A text named with a note right after it: which note, for ``finish_conference_texts`` (a note is often read
    after the sentences that point to it)."""
    text = ctx.x.document.text
    for i, m in enumerate(view.mentions):
        if m.kind != "instrument":
            continue
        after = markers(text, m.end, min(m.end + 12, view.sentence.end), ctx.notes, ctx.bare_marks)
        if after and _BEFORE_NOTE.fullmatch(text, m.end, after[0].start) and (key := resolve_mention(ctx, view, i)):
            ctx.noted_texts.append((key, after[0].number))
            note = ctx.notes[after[0].number]
            clause = re.sub(r"^\s*(?:⟦S\d+⟧\s*)+", "", view.clause_before(i))  # (the list's item before: its notes)
            within = _WITHIN_ANOTHER.search(clause) and _COMPLEMENT.search(clause)
            if _RESOLUTION_NOTE.match(text, note.start, note.end) and not within:
                # "the United Nations Global Plan of Action to Combat Trafficking in Persons,1" ([^1]: Resolution
                # 64/293.), "the International Covenant …,1" ([^1]: See resolution 2200 A (XXI), annex.): adopted in it
                resolution = next((view.keys.get(j) for j, n in enumerate(view.mentions)
                                   if n.kind == "symbol" and n.start == after[0].start and view.keys.get(j)), None)
                if resolution and ctx.registry.get(resolution).kind in ("resolution", "decision"):
                    adopted_in_note(ctx, key, resolution, note, view.sentence, "note-resolution")


def _adopted_in_its_note(ctx: Context, view: View, index: int, res: str | None, text: str, rule: str) -> None:
    """The text named before the note at `index` was adopted in the note's resolution (decision), when the note is only
    that ("Resolution 79/323, annex"), not a document that publishes it."""
    note = ctx.notes[view.m(index).attrs["footnote"]]
    if (res and res != text and ctx.registry.get(res).kind in ("resolution", "decision")
            and ctx.registry.get(text).kind in DOCUMENT_KINDS
            and _RESOLUTION_NOTE.match(ctx.x.document.text, note.start, note.end)):
        adopted_in_note(ctx, text, res, note, view.sentence, rule)


def adopted_in_note(ctx: Context, text: str, resolution: str, note: Footnote, sent: Sentence, rule: str) -> None:
    """A text whose note is only a resolution was adopted in it; where the note is the resolution itself, not its
    annex, the text is what the resolution is, under the text's name ("the United Nations Millennium Declaration"
    is resolution 55/2's title)."""
    ctx.claim(text, "acta:adoptedIn", resolution, sent, rule)
    if "annex" not in ctx.x.document.text[note.start:note.end]:
        title = ctx.claimed(text, "dcterms:title") or ctx.registry.label(text)
        ctx.title_once_read(resolution, title.value if isinstance(title, Lit) else title, sent, rule, rank=1)


def finish_conference_texts(ctx: Context) -> None:
    """Once the notes are read: a text whose note is a conference's report, "resolution 1, annex", was adopted at
    that conference, by that resolution (the note, which names them, is the evidence)."""
    for key, number in ctx.noted_texts:
        if number in ctx.conference_annexes:
            meeting, resolution, note = ctx.conference_annexes[number]
            ctx.claim(resolution, "acta:adopts", key, note, "conference-annex")  # the text is its annex
            ctx.claim(key, "acta:adoptedIn", resolution, note, "conference-annex")
            if ctx.claimed(key, "acta:adoptedAt") is None:
                ctx.claim(key, "acta:adoptedAt", meeting, note, "conference-annex")


# "the adoption by consensus by the Disarmament Commission of the “Recommendations to promote …”,7": the text of
# note 7 (where it is published) is the one the body adopted, under that title
_ADOPTION_OF_TITLE = re.compile(r"\badoption\s+(?:by\s+consensus\s+)?by\s+(?:the\s+)?⟦B(?P<b>\d+)⟧\s+of\s+"
                                r"(?:the\s+|its\s+)?[“\"](?P<title>[^”\"]{5,500})[”\"]\s*,?\s*(?P<notes>(?:⟦S\d+⟧)+)")


def rule_adoption_of_title(ctx: Context, view: View) -> None:
    for m in _ADOPTION_OF_TITLE.finditer(view.template):
        body = resolve_mention(ctx, view, int(m.group("b")))
        if not body or ctx.registry.get(body).kind != "body":
            continue
        title = view.phrase(m.group("title")).rstrip(" .,")
        for index in re.findall(r"⟦S(\d+)⟧", m.group("notes"))[:1]:
            doc = note_document(ctx, view, int(index))
            if doc:
                ctx.claim(doc, "acta:adoptedBy", body, view.sentence, "adoption-of-title")
                ctx.claim_unless_known(doc, "dcterms:title", Lit(title), view.sentence, "adoption-of-title")


def rule_text_of_meeting(ctx: Context, view: View) -> None:
    """"Bearing in mind the Final Document of the Nineteenth Summit of …, held in Kampala on 19 and 20 January 2024":
    where and when is the meeting's, which the text's name holds."""
    from .occasions import meeting_tail
    for i, m in enumerate(view.mentions):
        if m.kind == "instrument" and m.attrs.get("meeting") and (key := resolve_mention(ctx, view, i)):
            meeting = ctx.claimed(key, "acta:producedBy")
            if meeting:
                meeting_tail(ctx, view, i, meeting, "text-of-meeting")


# "See Report of the International Conference on the Relationship between Disarmament and Development, New York, …
# (A/CONF.130/39)": the meeting's text, titled so
_REPORT_DOC = re.compile(r"\b(?:(?:Final\s+)?Report|Outcome|Final\s+Document|Records?)s?\s+of\s+(?:the\s+)?"
                         r"⟦M(?P<m>\d+)⟧[^⟦()]*?(?:⟦[LD]\d+⟧[^⟦()]*?)*\(\s*⟦S(?P<doc>\d+)⟧")


def rule_report_of_meeting(ctx: Context, view: View) -> None:
    sent = view.sentence
    for m in _REPORT_DOC.finditer(view.template):
        meeting, doc = resolve_mention(ctx, view, int(m.group("m"))), resolve_mention(ctx, view, int(m.group("doc")))
        if meeting and doc:
            ctx.claim(doc, "acta:producedBy", meeting, sent, "report-of-meeting")
            # its title, as the note writes it ("See Report of the International Conference on the Relationship
            # between Disarmament and Development, New York, … (A/CONF.130/39)"), unless a rule titled it
            named = view.template[m.start():view.template.index("⟧", m.start("m")) + 1]
            ctx.title_once_read(doc, upper_first(view.phrase(named)), sent, "report-of-meeting")


# "Recalling the adoption of the Comprehensive Nuclear-Test-Ban Treaty in its resolution 50/245 of 10 September 1996":
# the text was adopted in that resolution, by who adopts this one ("its"), that day
_ADOPTION_IN_ITS = re.compile(r"\badoption\s+of\s+(?:the\s+)?⟦I(?P<i>\d+)⟧\s+(?:in|by)\s+its\s+⟦S(?P<s>\d+)⟧"
                              r"(?:\s+of\s+⟦D(?P<d>\d+)⟧)?")


def rule_adoption_in_its(ctx: Context, view: View) -> None:
    adopter = ctx.adopter() if "in its" in view.template or "by its" in view.template else None
    for m in _ADOPTION_IN_ITS.finditer(view.template) if adopter else ():
        text, res = resolve_mention(ctx, view, int(m.group("i"))), resolve_mention(ctx, view, int(m.group("s")))
        if not text or not res or ctx.registry.get(res).kind != "resolution":
            continue
        ctx.claim(text, "acta:adoptedIn", res, view.sentence, "adoption-in-its")
        ctx.claim(text, "acta:adoptedBy", adopter, view.sentence, "adoption-in-its")
        day = view.one_date(m.group("d")) if m.group("d") else None
        if day and len(day.start) == 10:
            ctx.claim(text, "acta:adoptionDate", date_literal(day.start), view.sentence, "adoption-in-its")
            ctx.claim(res, "acta:adoptionDate", date_literal(day.start), view.sentence, "adoption-in-its")


# "… recalls the joint summit of …, held in Lomé on 30 July 2018, and the Lomé Declaration on … adopted at that summit":
# the meeting named before; "Recalling also the signing of the … Treaty … in Cairo on 11 April 1996,1" / "Recalling
# further the Cairo Declaration adopted on that occasion,2": the day of the sentence before
_ADOPTED_THERE = re.compile(r"⟦I(?P<i>\d+)⟧\s*,?\s*(?:⟦S\d+⟧\s*)?(?:which\s+was\s+)?adopted\s+(?:at|during|on)\s+"
                            r"(?:that|this|the\s+same)\s+(?:⟦M(?P<m>\d+)⟧|(?P<occasion>occasion)\b)")


def rule_adopted_there(ctx: Context, view: View) -> None:
    for m in _ADOPTED_THERE.finditer(view.template) if "adopted" in view.template else ():
        text = resolve_mention(ctx, view, int(m.group("i")))
        if not text or ctx.registry.get(text).kind not in DOCUMENT_KINDS:
            continue
        if m.group("m"):
            before = [resolve_mention(ctx, view, int(i)) for i in re.findall(r"⟦M(\d+)⟧", view.template[:m.start()])]
            meetings = [k for k in before if k and ctx.registry.get(k).kind == "meeting"]
            if meetings:
                ctx.claim(text, "acta:adoptedAt", meetings[-1], view.sentence, "adopted-there")
                day = ctx.claimed(meetings[-1], "schema:startDate")
                one_day = ctx.claimed(meetings[-1], "schema:endDate") is None
                if isinstance(day, Lit) and len(day.value) == 10 and one_day:
                    ctx.claim(text, "acta:adoptionDate", day, view.sentence, "adopted-there")
        elif ctx.previous_view:
            prev = ctx.previous_view
            days = [v for i, x in enumerate(prev.mentions) if x.kind == "date" for v in prev.dates(i)]
            if len(days) == 1 and len(days[0].start) == 10 and not days[0].end:
                ctx.claim(text, "acta:adoptionDate", date_literal(days[0].start), view.sentence, "adopted-there")


RULES = (rule_adopted_there, rule_text_of_meeting, rule_meeting_notes, rule_its_outcome, rule_adopted_by,
         rule_adopted_on_note, rule_established_in, rule_adoption_by_the, rule_report_note, rule_adoption_of_title,
         rule_title_on_note, rule_adoption_at, rule_report_of_meeting, rule_texts_noted, rule_adoption_in_its)
