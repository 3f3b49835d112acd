"""Which citing verb governs a place in a clause, and citing there what later rules find.

`rule_citations` (graph/clauses.py) reads a clause's citing verbs into spans; texts that rules after it find by
what they are ("the joint statement … issued by …", "the resolutions of 26 November 2011 … of the Council of
Delegates …") are cited by the verb whose span holds them (`cite_found`), unless a link phrase ("pursuant to",
"adopted by", "in accordance with" …) comes between: another rule reads that link.
"""

from __future__ import annotations

import re

from .extract import Context, View

# a link phrase right before a name: what follows it is the link's, not the citing verb's
LINKS = re.compile(r"(?:pursuant\s+to|established\s+(?:pursuant\s+to|by|under)|"
                   r"in\s+(?:accordance|line|conformity|compliance)\s+with|according\s+to|"
                   r"as\s+(?:stated|set\s+out)\s+in|"
                   # (not "its relevant resolutions adopted in previous years, in particular resolutions 45/54 …")
                   r"adopted\s+(?:by|at|in(?!\s+(?:(?:previous|recent|past|earlier|prior)\s+years|(?:19|20)\d\d)\b))|"
                   r"held\s+(?:in|at|on|from)|contained\s+in|submitted\s+(?:by|pursuant))"
                   r"[^⟦;]{0,60}$"
                   # a note's marker after a meeting the link names: "in accordance with, inter alia, the outcome of
                   # the 1995 Review and Extension Conference …;12"
                   r"|(?:in\s+(?:accordance|line|conformity|compliance)\s+with|according\s+to)[^⟦;]{0,60}⟦M\d+⟧[;,.]?(?:⟦S\d+⟧)*$")


def verb_at(spans: list[tuple[int, str | None]], sources: dict[int, str], pos: int, me: str) -> tuple[str | None, str]:
    """The citing property that governs ``pos`` (the last span begun before it) and who cites with it."""
    prop, source = None, me
    for begin, p in spans:
        if begin <= pos:
            prop, source = p, sources.get(begin, me)
    return prop, source


def cite_found(ctx: Context, view: View, pos: int, target: str) -> None:
    """A text a later rule found at ``pos`` of the template, named by what it is ("Recalling the joint statement …
    issued by …", "Noting the adoption of the programme of work …"), is cited by the clause's verb there, as a symbol
    or a title there would be."""
    me = ctx.speaking()
    found = governing(ctx, view, pos)
    if not found or target in (me, found[1]):
        return
    prop, source = found
    ctx.claim(source, prop, target, view.sentence, "citing-clause" if source == me else "in-which-it")


def governing(ctx: Context, view: View, pos: int) -> tuple[str, str] | None:
    """The citing verb (its property) and its speaker that govern ``pos`` of the template, if any does: not after
    a link phrase, nor in a clause whose verb cites nothing ("Calls upon …", "Requests …")."""
    me = ctx.speaking()
    saved = ctx.citing_spans
    if not me or not saved or saved[0] != view.sentence.start:
        return None
    _, spans, sources = saved
    prop, source = verb_at(spans, sources, pos, me)
    if not prop or LINKS.search(view.template[max(0, pos - 80):pos]):
        return None
    return prop, source


# "… the scientific and technical functions agreed by the Plenary, as articulated in the document (UNEP/IPBES.MI/2/9,
# Annex I, Appendix I)", "…, as set out in resolution 79/1": a text named only as where something is set out is one
# its speaker refers to (no citing verb governs it, and LINKS keeps one from claiming it)
_AS_SET_OUT_IN = re.compile(r"\bas\s+(?:articulated|set\s+out|contained|reflected|described|defined|stated|outlined)"
                            r"\s+in\s+(?:the\s+document\s+|⟦A\d+⟧\s*)?\(?⟦S(?P<s>\d+)⟧")
_TEXT_KINDS = ("document", "report", "resolution", "decision", "instrument")


def rule_as_set_out_in(ctx: Context, view: View) -> None:
    from .entities import resolve_mention
    me = ctx.speaking()
    for m in _AS_SET_OUT_IN.finditer(view.template) if me and " in " in view.template else ():
        target = resolve_mention(ctx, view, int(m.group("s")))
        entity = ctx.registry.get(target) if target else None
        if entity and entity.kind in _TEXT_KINDS and target != me:
            ctx.claim(me, "acta:refersTo", target, view.sentence, "as-set-out-in")


RULES = (rule_as_set_out_in,)
