"""A body's own texts, named by what they are to it: its report, its general comments, its rules of procedure.

"welcomes that the Group of Governmental Experts … adopted its final report by consensus in May 2023", "Stressing the
importance of the substantive report of the above-mentioned Group …", "general comment No. 25 (2021) of the Committee
on the Rights of the Child …,4", "In accordance with SUBPART Rule 14 of the Rules of procedure of the Plenary of the
Platform, the Bureau examined the credentials …".  The text is the note's document where a note follows, else a text
keyed under the body; a clause's verb cites it (graph/citing.py).  The rules run among graph/described.py's, in its
order.
"""

from __future__ import annotations

import re

from .actions import date_action
from .citing import cite_found, governing
from .entities import resolve_mention
from .extract import Context, Lit, View, date_literal
from .outcomes import dated_text, note_document, reports_of, text_of_its_own
from .series import merge_into
from .text import slugify, upper_first

# what a text's verb makes its subject to the text
BY_VERB = {"endorsed": "acta:endorsedBy", "adopted": "acta:adoptedBy", "approved": "acta:approvedBy"}


# "welcomes that the Group of Governmental Experts to further consider nuclear disarmament verification issues adopted
# its final report by consensus in May 2023": the body's own report, adopted by it then (the note's document, if one
# follows; else a text of its own, keyed under the body)
_ADOPTED_ITS_REPORT = re.compile(r"⟦B(?P<b>\d+)⟧\s+(?:also\s+)?(?P<verb>adopted|approved)\s+its\s+"
                                 r"(?P<desc>(?:(?:final|annual|substantive|consensus|first|second|third|progress)\s+)*"
                                 r"report)\b"
                                 r"(?:\s+by\s+consensus)?(?:\s+(?:in|on)\s+⟦D(?P<d>\d+)⟧)?(?:\s*,?\s*⟦S(?P<s>\d+)⟧)?")


def _report_of_its_own(ctx: Context, view: View, body: str, desc: str, pos: int) -> tuple[str, str]:
    """A body's report no note publishes, keyed under the body, and its name: whose it is ("Final report" alone names
    no text)."""
    name = f"{desc} of the {ctx.registry.label(body)}"
    return text_of_its_own(ctx, view, f"{body}/{slugify(desc)}", name, pos), name


def rule_adopted_its_report(ctx: Context, view: View) -> None:
    for m in _ADOPTED_ITS_REPORT.finditer(view.template) if "its" in view.template else ():
        body = resolve_mention(ctx, view, int(m.group("b")))
        if not body or ctx.registry.get(body).kind != "body":
            continue
        title = upper_first(m.group("desc"))
        doc = note_document(ctx, view, int(m.group("s"))) if m.group("s") else None
        if doc is None:
            doc, _ = _report_of_its_own(ctx, view, body, title, m.start("desc"))
        else:
            title = None  # (the note's document has its own)
        dated_text(ctx, view, doc, BY_VERB[m.group("verb")], [body], view.one_date(m.group("d")), title,
                   "adopted-its-report")


# "The Bureau so reported to the Plenary, which approved the Bureau’s report on 25 January 2013": another body's report,
# named by whose it is (a body the sentence named before), approved (considered, endorsed) by this one on that day
_APPROVED_BODYS_REPORT = re.compile(r"⟦B(?P<b>\d+)⟧\s*,?\s+(?:which\s+)?(?:then\s+|also\s+)?"
                                  r"(?P<verb>approved|adopted|endorsed|considered)\s+the\s+"
                                  r"(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})['’]s\s+"
                                  r"(?P<desc>(?:final\s+|oral\s+|annual\s+)?report)\b(?:\s+on\s+⟦D(?P<d>\d+)⟧)?")
_OF_VERB = {**BY_VERB, "considered": "acta:consideredBy"}


def rule_approved_bodys_report(ctx: Context, view: View) -> None:
    t = view.template  # ("the Bureau’s report", "… final report")
    for m in _APPROVED_BODYS_REPORT.finditer(t) if "report" in t and ("’s " in t or "'s " in t) else ():
        agent = resolve_mention(ctx, view, int(m.group("b")))
        owner = next((view.keys.get(i) for i, x in enumerate(view.mentions) if x.kind == "body"
                      and x.text == m.group("owner") and view.keys.get(i)), None)
        if not agent or not owner or owner == agent or ctx.registry.get(agent).kind != "body":
            continue
        doc, title = _report_of_its_own(ctx, view, owner, upper_first(m.group("desc")), m.start("desc"))
        ctx.claim(doc, "acta:producedBy", owner, view.sentence, "approved-bodys-report")
        prop, day = _OF_VERB[m.group("verb")], view.one_date(m.group("d"))
        dated_text(ctx, view, doc, prop, [agent], day if prop == "acta:adoptedBy" else None, title,
                   "approved-bodys-report")
        if day and prop != "acta:adoptedBy":
            date_action(ctx, prop, view.sentence, "approved-bodys-report", date_literal(day.start), agent, doc)


# "at its eleventh substantive session, on 11 July 2025, the open-ended working group considered its final report": the
# one report the document says the body produced, whatever it is called where (read once the whole document is)
_CONSIDERED_ITS_REPORT = re.compile(r"(?:\bon\s+⟦D(?P<d>\d+)⟧\s*,\s*)?(?:the\s+)?⟦B(?P<b>\d+)⟧\s+(?:also\s+)?"
                                    r"considered\s+its\s+(?:final\s+)?report\b(?!\s+(?:on|of|to)\b)")


def rule_considered_its_report(ctx: Context, view: View) -> None:
    for m in _CONSIDERED_ITS_REPORT.finditer(view.template) if "considered its" in view.template else ():
        body = resolve_mention(ctx, view, int(m.group("b")))
        if body and ctx.registry.get(body).kind == "body":
            day = view.one_date(m.group("d")) if m.group("d") else None
            ctx.considered_reports.append((body, date_literal(day.start) if day else None, view.sentence))


def finish_considered_reports(ctx: Context) -> None:
    for body, day, sent in ctx.considered_reports:
        reports = list(dict.fromkeys(reports_of(ctx, body)))
        if len(reports) != 1:
            continue  # (none known, or several: which one it considered the text does not say)
        ctx.claim(reports[0], "acta:consideredBy", body, sent, "considered-its-report")
        if day:
            date_action(ctx, "acta:consideredBy", sent, "considered-its-report", day, body, reports[0])


# a treaty body's numbered text: "⟦Committee⟧ general recommendation No. 39 (2022) on the rights of Indigenous women
# and girls,12 and general recommendation No. 40 (2024) on …, respectively,13", "general comment No. 25 (2021) of the
# Committee on the Rights of the Child on children's rights in relation to the digital environment,4"
_GENERAL = (r"general\s+(?:recommendation|comment)\s+No\.\s*\d+(?:\s*\((?:(?:19|20)\d\d|⟦D\d+⟧)\))?"
            r"(?:\s+of\s+(?:the\s+)?⟦B\d+⟧)?(?:\s+on\s+[^⟦;]{3,250}?)?(?:\s*,?\s*respectively)?\s*[,.]?\s*⟦S\d+⟧")
_GENERAL_ITEM = re.compile(r"(?P<desc>general\s+(?:recommendation|comment)\s+No\.\s*\d+)"
                           r"(?:\s*\((?:(?P<y>(?:19|20)\d\d)|⟦D(?P<d>\d+)⟧)\))?(?:\s+of\s+(?:the\s+)?⟦B(?P<b>\d+)⟧)?"
                           r"(?P<topic>\s+on\s+[^⟦;]{3,250}?)?(?:\s*,?\s*respectively)?\s*[,.]?\s*⟦S(?P<s>\d+)⟧")
_GENERAL_LIST = re.compile(rf"(?:⟦B(?P<b>\d+)⟧(?:['’]s)?\s+)?"
                           rf"(?P<items>{_GENERAL}(?:\s*(?:,\s*(?:and\s+)?|and\s+){_GENERAL})*)")


def rule_general_comment(ctx: Context, view: View) -> None:
    """A treaty body adopts its general comments (general recommendations), numbered and dated by year: the note's
    document is that text, the body's, of that year, titled as the resolution words it."""
    if "general" not in view.template:
        return
    for chain in _GENERAL_LIST.finditer(view.template):
        for m in _GENERAL_ITEM.finditer(chain.group("items")):
            owner = m.group("b") or chain.group("b")
            body = resolve_mention(ctx, view, int(owner)) if owner else None
            doc = note_document(ctx, view, int(m.group("s")))
            if doc is None or body is None or ctx.registry.get(body).kind != "body":
                continue
            day = view.one_date(m.group("d")) if m.group("d") else None
            year = m.group("y") or (day.start[:4] if day else None)
            # its name without the body's: "General comment No. 25 (2021) on children's rights …"
            words = view.phrase(m.group("desc") + (f" ({year})" if year else "") + (m.group("topic") or ""))
            ctx.title_once_read(doc, upper_first(words.strip(" ,")), view.sentence, "general-comment")
            ctx.claim(doc, "acta:adoptedBy", body, view.sentence, "general-comment")
            if year:
                ctx.claim(doc, "acta:adoptionDate", date_literal(year), view.sentence, "general-comment")


# "Stressing the importance of the substantive report of the above-mentioned Group of Governmental Experts, which …"
# after "Welcoming the substantive report[^4] adopted by consensus by the Group …": a body's report with no note is the
# one report the document has said the body adopted or produced
_REPORT_OF_BODY = re.compile(r"\breport\s+of\s+(?:the\s+)?(?:above-mentioned\s+|aforementioned\s+)?⟦B(?P<b>\d+)⟧"
                             # (not another report, nor one to come: "stresses that the report of the Commission
                             # should contain …")
                             r"(?!\s*,?\s*⟦S|\s+(?:on|of|for|to|submitted|requested|prepared|contained|should|shall|"
                             r"will|would|must|may)\b)")


def rule_report_of_body(ctx: Context, view: View) -> None:
    for m in _REPORT_OF_BODY.finditer(view.template) if "report of" in view.template else ():
        body = resolve_mention(ctx, view, int(m.group("b")))
        if not body or ctx.registry.get(body).kind != "body" or not governing(ctx, view, m.start()):
            continue
        reports = set(reports_of(ctx, body, ("acta:adoptedBy", "acta:producedBy")))
        if len(reports) == 1:
            cite_found(ctx, view, m.start(), reports.pop())


# "In accordance with SUBPART Rule 14 of the Rules of procedure of the Plenary of the Platform, the Bureau examined the
# credentials …", "the relevant Rules of procedure of the Governing Council of UNEP would apply", "the Platform’s Rules
# of procedure": a body's standing rules, keyed under it, cited by the clause's verb; what a body did in accordance
# with them is its own link
_RULES_OF = re.compile(r"(?:\b[Rr]ules\s+of\s+[Pp]rocedure\s+(?:of|for)\s+(?:the\s+)?⟦B(?P<b>\d+)⟧"
                       r"|⟦B(?P<owner>\d+)⟧(?:’s|'s)\s+[Rr]ules\s+of\s+[Pp]rocedure\b)")
_IN_ACCORDANCE_LEAD = re.compile(r"^(?:\(\d{1,3}\)\s+|\d{1,3}\.\s+)?In\s+accordance\s+with\s+[^⟦;]{0,60}$")
_THEN_WHO = re.compile(r"\s*,\s+the\s+⟦B(\d+)⟧\s+[a-z]+ed\b")


def rule_rules_of_procedure(ctx: Context, view: View) -> None:
    for m in _RULES_OF.finditer(view.template) if "ules of" in view.template else ():
        body = resolve_mention(ctx, view, int(m.group("b") or m.group("owner")))
        if not body or ctx.registry.get(body).kind != "body":
            continue
        key = f"{body}/rules-of-procedure"
        if ctx.registry.get(key) is None:  # (titled where the document first names it, as a text by its name is)
            ctx.registry.add(key, "document", f"Rules of procedure of the {ctx.registry.label(body)}")
            ctx.claim(key, "dcterms:title", Lit(ctx.registry.label(key)), view.sentence, "rules-of-procedure")
        lead = _IN_ACCORDANCE_LEAD.match(view.template, 0, m.start())
        who = _THEN_WHO.match(view.template, m.end()) if lead else None
        agent = resolve_mention(ctx, view, int(who.group(1))) if who else None
        if agent and agent != body:
            ctx.claim(agent, "acta:inAccordanceWith", key, view.sentence, "rules-of-procedure")
        else:
            cite_found(ctx, view, m.start(), key)


def finish_rules_of_procedure(ctx: Context) -> None:
    """The rules a decision of the document adopts in its annex ("Adopts the Rules of procedure for the Plenary of the
    Platform as contained in the annex to this decision") are the body's rules the document named before."""
    keys = [k for k in ctx.registry.entities if k.endswith("/rules-of-procedure")]
    if not keys:
        return  # (most documents: no pass over their claims)
    titles = {c.subject: re.sub(r"\bfor\s+the\b", "of the", c.object.value) for c in ctx.x.claims
              if c.predicate == "dcterms:title" and isinstance(c.object, Lit)
              and ctx.registry.get(c.subject).kind == "document"}  # (not the decision)
    alias = {}
    for key in keys:
        same = {k for k, t in titles.items() if k != key and t == titles.get(key)}
        if len(same) == 1:
            alias[key] = same.pop()
    if alias:
        merge_into(ctx, alias, lambda c: c.predicate == "dcterms:title")
