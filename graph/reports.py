"""Reports a clause names: who wrote one, what it answers, its topic and its date.

"Taking note of the report of the Secretary-General on the implementation of resolution 79/7,1" names a report by its
author and topic, with its symbol in note 1; "the reports of the Technical Secretariat of 6 October 2020,4 …" gives
each its date. Citing it is rule_citations' work (graph/clauses.py); this rule says what the report is.
"""

from __future__ import annotations

import re

from .entities import resolve_mention
from .extract import Context, Lit, View, date_literal
from .outcomes import DATE_NOTES, dated_notes, note_document
from .text import upper_first

# what the report answers, between its author and its note: "the report of the Secretary-General submitted pursuant
# to resolution 79/47,2", "… submitted pursuant to resolution 79/240 of 24 December 2024, containing …,9"
_MANDATE = (r"\s*,?\s+(?:submitted|prepared|issued|presented)\s+(?:pursuant\s+to|in\s+accordance\s+with|"
            r"in\s+response\s+to|under)\s+(?:the\s+|its\s+)?(?:⟦B\d+⟧\s+)?⟦S\d+⟧(?:\s+of\s+⟦D\d+⟧)?")
# ("the updated report of the Secretary-General on current developments …;4", "the special report of the …")
_REPORT_OF = re.compile(r"\b(?:(?:final|annual|interim|consolidated|progress|substantive|updated|special|comprehensive|"
                        r"latest|biennial)\s+)?reports?\s*(?:⟦S(?P<a>\d+)⟧)?"
                        r"\s+of\s+(?:the\s+)?⟦[BPM](?P<who>\d+)⟧(?:\s*,?\s+established\s+[^⟦]{0,40}⟦S\d+⟧)?"
                        rf"(?:{_MANDATE})?"
                        r"(?:(?:(?!reports?\s+of\s+(?:the\s+)?⟦[BP])[^⟦]|⟦[DMI]\d+⟧|⟦[BL]\d+⟧(?!\s*,?\s*⟦S)){0,300}?)?\s*(?:,\s*)?"
                        r"⟦S(?P<b>\d+)⟧")
# what it holds: "the report of the Secretary-General on transparency … in the United Nations system, which contains
# summaries of the submissions received from Member States …,13"
_WHICH_CONTAINS = re.compile(r"\s*,\s*which\s+(?:contains|sets\s+out|includes|provides|outlines|describes)\s+"
                             r"[^⟦;]{3,250}?\s*,?\s*$")
_OF_DAY = re.compile(r"\s*,?\s+of\s+⟦D(\d+)⟧")
_HELPED = re.compile(r"\s*,?\s+prepared\s+with\s+the\s+assistance\s+of\s+(?:the\s+)?(?:⟦D\d+⟧\s+)?[a-z][^,;⟦]{0,80}\s*,?\s*$")
_YEAR_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:19|20)\d\d)\s+$")
# a report about another report: "the report of the Secretary-General containing … on the report of the Group …"
_OUTER_REPORT = re.compile(r"\breports?\s+of\s+(?:the\s+)?⟦[BP](?P<who>\d+)⟧[^⟦;]{0,200}\bon\s+(?:the\s+)?$")
# "the report of the Secretary-General on the work of the Organization;10", "… on the implementation of article 3 of
# the Relationship Agreement;8": a topic naming bodies or texts, then the note that ends the paragraph
_REPORT_ON = re.compile(r"\breports?\s+of\s+(?:the\s+)?⟦[BP](?P<who>\d+)⟧(?:\s+of\s+⟦D(?P<d>\d+)⟧)?\s+on\s+(?:the\s+)?"
                        r"(?P<topic>[a-z](?:[^⟦;]|⟦[BILD]\d+⟧){3,250}?)\s*[,;]?\s*⟦S(?P<b>\d+)⟧")
_NOTE_AFTER = re.compile(r"\s*[,;]?\s*⟦S(\d+)⟧")
# "the report of the Disarmament Commission outlining general principles of verification elaborated upon or added to
# those stated in the Final Document of the Tenth Special Session of the General Assembly,5": what the report sets out,
# texts named in it included, up to the note, which is the report's
_WHAT_IT_SETS_OUT = re.compile(r"\s*,?\s*(?:outlining|setting\s+out|describing)\s+(?:[^⟦;]|⟦[BLDIM]\d+⟧){3,300}?\s*,?\s*")
_END_NOTE = re.compile(r"[\s;:.,]*(?:⟦S\d+⟧[\s;:.,]*)*")  # nothing but more notes after a footnote mark
# "the report of the Panel … on verification in all its aspects, including the role of the United Nations in the
# field of verification, 2": a topic that names only bodies, places and dates, and no other text, up to the note
_PLAIN_TOPIC = re.compile(r"\s*,?\s*(?:on|containing|regarding|concerning|including)\s+(?:(?!\b(?:reports?|declarations?|documents?|resolutions?|decisions?|notes?|"
                          r"letters?|treat(?:y|ies)|conventions?|agreements?|outcomes?|programmes?|plans?|statements?|"
                          r"conclusions|recommendations|and\s+the|as\s+well\s+as)\b)(?:[^⟦;]|⟦[BLD]\d+⟧)){3,200}?\s*,?\s*")
# "the reports of the Secretary-General of 1990 3 and 1995, 4", "the reports of the Technical Secretariat of the
# Organisation … of 18 November 2024,3 14 February 20254 and 20 June 20255", "The first report of the Investigation
# and Identification Team, of 8 April 2020,10": one report a date, each in its note
# "the reports of the Secretary-General on the United Nations Regional Centre for Peace and Disarmament in Africa,1
# the … Centre … in Asia and the Pacific 2 and the … Centre … in Latin America and the Caribbean,3": one report on each
# body, each in its note
_BODY_NOTE = r"(?:the\s+)?⟦B\d+⟧\s*,?\s*⟦S\d+⟧"
_REPORTS_ON_BODIES = re.compile(r"\breports?\s+of\s+(?:the\s+)?⟦[BP](?P<who>\d+)⟧\s+on\s+"
                                rf"(?P<items>{_BODY_NOTE}(?:\s*(?:,\s*and|,|and)?\s*{_BODY_NOTE})*)")
_REPORTS_OF_DATES = re.compile(r"\breports?\s+of\s+(?:the\s+)?⟦[BP](?P<who>\d+)⟧(?:\s+of\s+(?:the\s+)?⟦B\d+⟧)?\s*,?\s+of\s+"
                               rf"(?P<items>{DATE_NOTES}(?:\s*(?:,\s*and|,|and)?\s*{DATE_NOTES})*)")


# "the report of the Secretary-General containing the replies of Member States on …, submitted pursuant to resolution
# 79/46;2", "… submitted pursuant to General Assembly resolution 78/241 of 22 December 2023 on lethal autonomous weapons
# systems,3", "… pursuant to resolution 79/240 of 24 December 2024, containing possible options for …,5": what it
# answers comes before or after its topic, and its note after both
_REPORT_MANDATE = re.compile(
    r"\breports?\s+of\s+(?:the\s+)?⟦[BPA](?P<who>\d+)⟧[^⟦;]{0,250}?\s*,?\s+(?P<verb>submitted|prepared|presented|issued)\s+"
    r"(?:pursuant\s+to|in\s+accordance\s+with|in\s+response\s+to|under)\s+"
    r"(?:(?:paragraphs?|sections?)\s+\d+(?:\s*\([a-z]\))?(?:\s+and\s+\d+)?\s+of\s+)?"  # "paragraph 5 of resolution 79/42"
    r"(?:the\s+|its\s+)?(?:⟦B\d+⟧\s+)?⟦S(?P<target>\d+)⟧"
    r"(?:\s+of\s+⟦D\d+⟧)?(?:\s*,?\s+(?:on|containing|regarding|concerning)\s+(?:[^⟦;]|⟦[BLD]\d+⟧){3,200}?)?"
    r"\s*[,;]?\s*⟦S(?P<note>\d+)⟧")


def rule_report_mandate(ctx: Context, view: View) -> None:
    """The report in the note acts pursuant to the resolution it answers, and is its author's."""
    for m in _REPORT_MANDATE.finditer(view.template):
        if "footnote" not in view.m(int(m.group("note"))).attrs:
            continue
        doc = resolve_mention(ctx, view, int(m.group("note")))
        target = resolve_mention(ctx, view, int(m.group("target")))
        who = resolve_mention(ctx, view, int(m.group("who")))
        if not (doc and target and doc != target and ctx.registry.get(doc).kind in ("document", "report")
                and ctx.registry.get(target).kind in ("resolution", "decision")):
            continue
        ctx.claim(doc, "acta:pursuantTo", target, view.sentence, "report-mandate")
        if who and ctx.claimed(doc, "acta:producedBy") is None:
            ctx.claim(doc, "acta:producedBy", who, view.sentence, "report-mandate")
        if who and m.group("verb") == "submitted":  # "the report of the Secretary-General submitted pursuant to …"
            ctx.claim(doc, "acta:submittedBy", ctx.claimed(doc, "acta:producedBy") or who, view.sentence,
                      "report-mandate")


_SUBMITTED_TO = re.compile(r"(?:\[\^\d+\])?\s*,?\s+submitted\s+to\s+the\s+⟦B\d+⟧")


def rule_reports(ctx: Context, view: View) -> None:
    """"the report of the Secretary-General,4" with footnote 4 = A/80/111: the report is the Secretary-General's."""
    for m in _REPORT_OF.finditer(view.template):
        quoted = view.quote_open_at(m.start())
        if quoted is not None and not re.fullmatch(r"“(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?", view.template[quoted:m.start()]):
            continue  # "the “Recommendations …, in accordance with the recommendations set out in the report of the
            #           Group …”,7": a report the quoted title names, not the note's document ("“Report of the …”,7" is)
        index = m.group("a") or m.group("b")
        between = view.template[m.end("who") + 1:m.start("b") - 2] if m.group("b") else ""
        # "the special report of the Committee on Disarmament submitted to the General Assembly at its twelfth special
        # session, …,3": its author submitted it
        submitted = _SUBMITTED_TO.match(between)
        between = re.sub(r"\s*,?\s+established\s+[^⟦]{0,40}⟦S\d+⟧", "", between)
        # a note that names no document ("the special report of the Committee on Disarmament[^2] submitted to …", [^2]:
        # "The Committee … was redesignated …"): a remark on the name, not the report's note
        between = re.sub(r"^\[\^\d+\]", "", between)
        between = re.sub(_MANDATE, "", between)
        # a meeting's where and when: "the report of the Eighth Biennial Meeting of States …, held in New York from
        # 26 to 30 June 2022,6"
        between = re.sub(r"^\s*,?\s+held\s+(?:in|at)\s+⟦L\d+⟧(?:\s*,\s*⟦L\d+⟧)?\s*,?\s*(?:(?:on|from|in)\s+)?⟦D\d+⟧", "",
                         between) if view.template[m.start("who") - 1] == "M" else between
        # who helped: "…, prepared with the assistance of the 2024–2025 group of governmental experts,5"
        between = re.sub(_HELPED, "", between)
        between = _WHICH_CONTAINS.sub("", between)
        between = re.sub(r"⟦[DM]\d+⟧", "", between)
        between = re.sub(r"^\s+of\s+(?:the\s+)?⟦B\d+⟧", "", between)  # whose: "the fact-finding mission of the OPCW"
        # to whom: "the report of the Secretary-General of 15 October 1993 to the General Assembly at its forty-eighth
        # session, the annex to which contains …,4"
        between = re.sub(r"^\s+(?:of\s+)?\s*(?:submitted\s+)?to\s+the\s+⟦B\d+⟧(?:\s+at\s+its\s+)?", "", between)
        # a report's symbol is in a note close after its name, or in the note that ends the paragraph
        end_note = bool(m.group("b")) and "footnote" in view.m(int(m.group("b"))).attrs and bool(
            _END_NOTE.fullmatch(view.template, m.end()))
        if not m.group("a") and ("⟦" in between and not _PLAIN_TOPIC.fullmatch(between)
                                 and not _WHAT_IT_SETS_OUT.fullmatch(between)
                                 or len(between) > (300 if end_note else 100)):
            continue
        doc = resolve_mention(ctx, view, int(index))
        who = resolve_mention(ctx, view, int(m.group("who")))
        outer = _OUTER_REPORT.search(view.template, 0, m.start()) if not m.group("a") else None
        if outer:  # "the report of the Secretary-General containing the views … on the report of the Group …,8":
            who = resolve_mention(ctx, view, int(outer.group("who")))  # note 8 is the Secretary-General's
        if doc and who and ctx.registry.get(doc).kind in ("document", "report"):
            ctx.claim(doc, "acta:producedBy", who, view.sentence, "report-of")
            if submitted:
                ctx.claim(doc, "acta:submittedBy", who, view.sentence, "report-of")
            dated = _OF_DAY.match(view.template, m.end("who") + 1)  # "the report of the Secretary-General of 15 …"
            day = view.one_date(dated.group(1)) if dated and dated.end() <= m.end() else None
            if day and day.precision == "day":
                ctx.claim(doc, "acta:adoptionDate", date_literal(day.start), view.sentence, "report-of")
            year = _YEAR_BEFORE.search(view.template, max(0, m.start() - 12), m.start())
            if year and not (day and day.precision == "day"):  # "the 2025 report of the Secretary-General on …"
                ctx.claim(doc, "acta:adoptionDate", date_literal(year.group(1)), view.sentence, "report-of")
            _report_topic(ctx, view, m, doc)
            named = view.template[m.start():view.template.index("⟧", m.start("who")) + 1] if not outer else \
                view.template[outer.start():view.template.index("⟧", outer.start("who")) + 1]  # (the outer report)
            if not m.group("a") and re.fullmatch(r"\w+(?:\s+\w+)?\s+of\s+(?:the\s+)?⟦[BPM]\d+⟧", named):
                title = re.sub(r"\breports\b", "report", view.phrase(named), count=1)  # each of "the reports of"
                # (a described text's title, graph/described.py, wins: "the recommendations … adopted by …")
                ctx.title_once_read(doc, upper_first(title), view.sentence, "report-named", rank=1)
            if m.group("b") and re.match(r"\b(?:\w+\s+)?reports\b", view.template[m.start():]):  # ("consolidated reports")
                _more_reports(ctx, view, m.end(), who)


    for m in _REPORTS_OF_DATES.finditer(view.template):
        who = resolve_mention(ctx, view, int(m.group("who")))
        for day, notes in dated_notes(view, m.group("items")):
            for index in notes:
                doc = note_document(ctx, view, index)
                if not (doc and who):
                    continue
                ctx.claim(doc, "acta:producedBy", who, view.sentence, "reports-of-dates")
                if day:
                    ctx.claim(doc, "acta:adoptionDate", date_literal(day), view.sentence, "reports-of-dates")
    for m in _REPORTS_ON_BODIES.finditer(view.template):
        who = resolve_mention(ctx, view, int(m.group("who")))
        for item in re.finditer(r"⟦B(?P<b>\d+)⟧\s*,?\s*⟦S(?P<s>\d+)⟧", m.group("items")):
            doc = note_document(ctx, view, int(item.group("s")))
            if not (doc and who):
                continue
            ctx.claim(doc, "acta:producedBy", who, view.sentence, "reports-on-bodies")
            ctx.claim(doc, "dcterms:title", Lit(upper_first(view.m(int(item.group("b"))).text)), view.sentence,
                      "reports-on-bodies")
    for m in _REPORT_ON.finditer(view.template):  # a topic that names bodies or texts, up to the paragraph's note
        b, topic, end = int(m.group("b")), m.group("topic"), m.end()
        after = _NOTE_AFTER.match(view.template, end)
        if "footnote" not in view.m(b).attrs and after and view.m(b).text.lower().startswith(("resolution", "decision")):
            # "… on the implementation of resolution 79/16,2": the topic ends with a resolution, the note comes after
            b, topic, end = int(after.group(1)), view.template[m.start("topic"):end], after.end()
        if "footnote" not in view.m(b).attrs or re.search(r"\b(?:reports?|notes?|letters?)\b", topic) \
                or not _END_NOTE.fullmatch(view.template, end):
            continue
        doc, who = resolve_mention(ctx, view, b), resolve_mention(ctx, view, int(m.group("who")))
        if doc and who and ctx.registry.get(doc).kind in ("document", "report") \
                and ctx.claimed(doc, "acta:producedBy") is None:
            ctx.claim(doc, "acta:producedBy", who, view.sentence, "report-on")
            topic = view.phrase(topic)
            ctx.claim(doc, "dcterms:title", Lit(upper_first(topic)), view.sentence, "report-on")
            # "the report of the Director General … of 14 October 2020 on the implementation of decision …;22"
            day = view.one_date(m.group("d")) if m.group("d") else None
            if day and day.precision == "day":
                ctx.claim(doc, "acta:adoptionDate", date_literal(day.start), view.sentence, "report-on")
    rule_report_mandate(ctx, view)  # last: an author the readings above found wins over its guess


# "the report of the Secretary-General on the causes of conflict … in Africa, 3": what the report is on, up to its
# note, is its title ("Causes of conflict … in Africa"); places and dates in it are words, other names end it

# "The reports of the fact-finding mission … regarding alleged incidents in Ltamenah,14 Saraqib15 and Duma,16 …": each
# note up to the clause's end is one more of those reports
_MORE_NOTES = re.compile(r"(?:[^⟦;]|⟦[LD]\d+⟧)*?⟦S(\d+)⟧")


def _more_reports(ctx: Context, view: View, at: int, who: str) -> None:
    end = re.search(r",\s*(?:which|that|whose|in\s+which)\b|;|\bas\s+well\s+as\b|\b(?:the|its|an?)\s+(?:\w+\s+)?"
                    r"reports?\b", view.template[at:])  # (or where another report is named)
    stop = at + end.start() if end else len(view.template)
    for n in _MORE_NOTES.finditer(view.template, at, stop):
        if "footnote" not in view.m(int(n.group(1))).attrs:
            return
        doc = resolve_mention(ctx, view, int(n.group(1)))
        if doc and ctx.registry.get(doc).kind in ("document", "report"):
            ctx.claim(doc, "acta:producedBy", who, view.sentence, "report-of")


_TOPIC = re.compile(r"\s+on\s+(?:the\s+)?(?P<topic>[a-z](?:[^⟦;]|⟦[LD]\d+⟧){3,250}?)\s*[,;]?\s*$")  # (";4": the paragraph's end)


# or after the note that follows its author: "the report of the Secretary-General,4 submitted pursuant to resolution
# 79/239, on the opportunities and challenges posed to … by …, which reflects …" (not ", on which …")
_TOPIC_AFTER = re.compile(rf"(?:{_MANDATE})?\s*,\s*on\s+(?:the\s+)?(?!wh)(?P<topic>[a-z][^⟦;]{{3,250}}?)"
                          r"\s*(?=,\s*(?:which|that|who|as\s+well\s+as)\b|;|$)")


def _report_topic(ctx: Context, view: View, m: re.Match[str], doc: str) -> None:
    if not m.group("b") or m.group("a") or "footnote" not in view.m(int(m.group("b"))).attrs:
        return
    before = view.template[m.end("who") + 1:m.start("b") - 2]
    topic = _TOPIC.match(before) if before.strip(" ,") else _TOPIC_AFTER.match(view.template, m.end())
    # not a relative clause about it, nor a run of other notes' numbers ("on the Register, which include … 2021,1")
    if topic and not re.search(r",\s*(?:which|who|that)\b|,\d", topic.group("topic")):
        text = re.sub(_HELPED, "", topic.group("topic"))
        dated = re.search(r"\s+of\s+⟦D(\d+)⟧\s*$", text)  # "… on peacebuilding and sustaining peace of 25 November
        if dated:                                        # 2024": the report's date, not its topic
            values = view.dates(dated.group(1))
            if len(values) == 1 and not values[0].end:
                ctx.claim(doc, "acta:adoptionDate", date_literal(values[0].start), view.sentence, "report-topic")
            text = text[:dated.start()]
        # what else the clause takes with it is not the topic: "… on the continuing operation of the Register and its
        # further development and the recommendations contained in the consensus report of the … experts;9"
        other = re.search(r"\s+and\s+(?:the|its)\s+(?:[a-z]+\s+){0,2}?(?:recommendations|conclusions|findings|views)\b",
                          text)
        text = text[:other.start()] if other else text
        words = view.phrase(text)
        ctx.claim(doc, "dcterms:title", Lit(upper_first(words)), view.sentence, "report-topic")
