"""What meetings and bodies produce and adopt, said in passing by a resolution's clauses.

A note right after a meeting's name points to that meeting's own document: "Welcoming the results of
the Sixth Review Conference[^9]" (note 9: CCW/CONF.VI/11, the Conference's final document),
"established in decision 1 of the Fifth Review Conference …,11" (note 11: its final report).  "The
Meeting of the High Contracting Parties …, held in Geneva …, and the adoption of its final
document,10": the meeting adopted the document of note 10.  "The substantive report[^6] adopted by
consensus by the above-mentioned Group of Governmental Experts": who adopted a document.  "The Awaza
Programme of Action … adopted by the General Assembly on 24 December 2024,1" (note 1: "Resolution
79/233, annex; see also resolution 79/279"): the note's first resolution is the one adopted that day.
"""

from __future__ import annotations

import re

from .extract import Context, View, date_literal, resolve_mention

_DOCUMENT = ("document", "report")
# a meeting's name, then nothing but notes: "the Sixth Review Conference[^9] and …", "… to the Convention,11"
# (or "… to Protocol V;14", a note that ends the paragraph)
_MEETING_NOTES = re.compile(r"⟦M(?P<m>\d+)⟧\s*(?:,|;(?=\s*(?:⟦S\d+⟧\s*)+[\s.;,]*$))?\s*(?P<notes>⟦S\d+⟧(?:\s*⟦S\d+⟧)*)")
# "and the adoption of its final document,10": "its" is the meeting named last before it
_ITS_OUTCOME = re.compile(r"\badoption\s+of\s+its\s+(?:final\s+|outcome\s+)?(?:document|report|declaration)\s*,?\s*"
                          r"⟦S(?P<s>\d+)⟧")
# "the substantive report[^6] adopted by consensus by the above-mentioned Group of Governmental Experts"
_ADOPTED_BY = re.compile(r"⟦S(?P<s>\d+)⟧\s*,?\s+(?:which\s+was\s+|was\s+)?adopted\s+(?:by\s+consensus\s+)?by\s+"
                         r"(?:the\s+)?(?:above-mentioned\s+|aforementioned\s+)?⟦B(?P<b>\d+)⟧")


def _note(ctx: Context, view: View, index: int) -> str | None:
    """The document a footnote marker points to, if the marker is one."""
    if "footnote" not in view.m(index).attrs:
        return None
    doc = resolve_mention(ctx, view, index)
    return doc if doc and ctx.registry.get(doc).kind in _DOCUMENT else None


def rule_meeting_notes(ctx: Context, view: View) -> None:
    for m in _MEETING_NOTES.finditer(view.template):
        meeting = resolve_mention(ctx, view, int(m.group("m")))
        if not meeting or ctx.registry.get(meeting).kind != "meeting":
            continue
        for index in re.findall(r"⟦S(\d+)⟧", m.group("notes")):
            doc = _note(ctx, view, int(index))
            if doc:
                ctx.claim(doc, "acta:producedBy", meeting, view.sentence, "meeting-note")


def rule_its_outcome(ctx: Context, view: View) -> None:
    for m in _ITS_OUTCOME.finditer(view.template):
        named = re.findall(r"⟦M(\d+)⟧", view.template[:m.start()])
        doc = _note(ctx, view, int(m.group("s")))
        meeting = resolve_mention(ctx, view, int(named[-1])) if named else None
        if doc and meeting and ctx.registry.get(meeting).kind == "meeting":
            ctx.claim(doc, "acta:adoptedAt", meeting, view.sentence, "its-outcome")
            ctx.claim(doc, "acta:producedBy", meeting, view.sentence, "its-outcome")


def rule_adopted_by(ctx: Context, view: View) -> None:
    for m in _ADOPTED_BY.finditer(view.template):
        doc = resolve_mention(ctx, view, int(m.group("s")))
        body = resolve_mention(ctx, view, int(m.group("b")))
        if doc and body and ctx.registry.get(doc).kind in _DOCUMENT:
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


RULES = (rule_meeting_notes, rule_its_outcome, rule_adopted_by, rule_adopted_on_note)
