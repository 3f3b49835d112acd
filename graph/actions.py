"""The day a body did what it did to a document: dated document actions (acta:DatedAction).

A document-action link (acta:endorsedBy, acta:notedBy, acta:approvedBy …) says who did what to a
document, not when, and the document's own day is not that day: a report of 1990 noted by the
Assembly in 2025, a declaration a conference adopted in August and the Assembly endorsed in
October. Where the text gives the act's day, the act becomes a node of its own (PROV-O's
qualification pattern, as acta:TreatyAction is for a State's act on a treaty): acta:actionOn the
document, acta:actionProperty the link, prov:wasAssociatedWith the agent, dcterms:date the day.

The day is either said in the sentence ("approved … by the General Assembly in … its resolution
1145 (XII) of 14 November 1957") or the day of the resolution whose clause does the act
("Endorses the political declaration …" in a resolution adopted on 14 October 2025; "Recalling
its resolution 62/21 of 5 December 2007, in which it took note of the report …"). A resolution's
day is often on its last line, so rules only say which act is dated how; `finish` makes the nodes
once the whole document is read and its names merged.
"""

from __future__ import annotations

from .extract import Claim, Context, Lit, Sentence

ADOPTION_DATE = "acta:adoptionDate"
RULE = "dated-action"


def date_action(ctx: Context, prop: str, where: Sentence | tuple[int, int], rule: str, when: Lit | str,
                agent: str | None = None, doc: str | None = None) -> None:
    """The `prop` claims a rule made from `where` under `rule` (only those of `agent` on `doc`, if given) were done on
    `when`: a day, or the key of the resolution or decision whose adoption they were part of."""
    start, end = (where.start, where.end) if isinstance(where, Sentence) else where
    ctx.action_days.append((prop, start, end, rule, agent, doc, when))


def finish(ctx: Context) -> None:
    """One acta:DatedAction per dated document-action claim, keyed by the document, the link and the agent."""
    if not ctx.action_days:
        return
    claims = ctx.x.claims
    days: dict[tuple[str, int, int, str], list[tuple[str | None, str | None, Lit | str]]] = {}
    for prop, start, end, rule, agent, doc, when in ctx.action_days:
        days.setdefault((prop, start, end, rule), []).append((agent, doc, when))
    adopted_on: dict[str, Claim] = {}  # an instrument's adoption day, where the document gives it (its span quotes it)
    for c in claims:
        if c.predicate == ADOPTION_DATE and isinstance(c.object, Lit):
            adopted_on.setdefault(c.subject, c)
    for c in list(claims):  # (the nodes' claims are added as it goes)
        when = next((w for agent, doc, w in days.get((c.predicate, c.start, c.end, c.rule), ())
                     if agent in (None, c.object) and doc in (None, c.subject)), None)
        if when is None:
            continue
        day = when if isinstance(when, Lit) else adopted_on.get(when)
        if day is None or not isinstance(c.object, str) or not ctx.registry.get(c.subject) \
                or not ctx.registry.get(c.object):
            continue
        _dated(ctx, c, day if isinstance(day, Claim) else None, day.object if isinstance(day, Claim) else day)


def _dated(ctx: Context, c: Claim, said: Claim | None, day: Lit) -> None:
    local = c.predicate.split(":", 1)[1]
    key = f"{c.subject}/{local.lower()}/{c.object}"
    verb = "".join(f" {ch.lower()}" if ch.isupper() else ch for ch in local)  # "endorsedBy" -> "endorsed by"
    registry = ctx.registry
    registry.add(key, "action", f"{registry.label(c.subject)}, {verb} {registry.label(c.object)}")
    span = (c.start, c.end)  # (the evidence quotes the act's words, and the day where it is said)
    ctx.claim(key, "acta:actionOn", c.subject, span, RULE)
    ctx.claim(key, "acta:actionProperty", "term:" + c.predicate, span, RULE)
    ctx.claim(key, "prov:wasAssociatedWith", c.object, span, RULE)
    ctx.claim(key, "dcterms:date", day, (said.start, said.end) if said else span, RULE)
