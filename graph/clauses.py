"""Resolution anatomy: preambular and operative clauses (the heading block is graph/heading.py).

A resolution of the UN system (and of most intergovernmental bodies) has a
fixed shape: a heading ("Resolution adopted by the General Assembly on 1
December 2025", "[on the report of the First Committee (A/80/534, para. 7)]",
"80/38. Title"), preambular clauses that open with a participle ("Recalling its
resolution 79/40 of 2 December 2024"), operative clauses that open with a
verb in the third person ("10. Decides to convene ...", "36. Requests the
Secretary-General to ..."), and the plenary meeting that adopted it.  These
rules read that shape; the instrument they speak for is the document itself.
What its operative decisions convene and found is graph/decides.py.
"""

from __future__ import annotations

import re

from . import decides
from .actions import date_action
from .citing import LINKS, verb_at
from .entities import ARTICLE_OF_BARE, named_before, resolve_mention
from .extract import ITS_REPORT, Context, Lit, View, date_literal
from .footnotes import within_a_note
from .founding import SET_UP_AFTER_BODY
from .heading import rule_adopted_at_session, rule_heading
from .mentions import english_ordinal
from .outcomes import reports_of
from .reports import rule_reports
from .requests import (
    rule_asked_from,
    rule_asked_in_which,
    rule_passive_requests,
    rule_report_requests,
    rule_requests,
    rule_shall,
)
from .text import upper_first

# citing verbs: participle (preamble) and third person (operative) -> property
_VERBS = [
    (r"recall(?:ing|s)", "acta:recalls"),
    (r"reaffirm(?:ing|s)", "acta:reaffirms"),
    (r"welcom(?:ing|es)|continues\s+to\s+welcome", "acta:welcomes"),  # "22. Continues to welcome the statement …"
    (r"(?:taking|takes)\s+(?:note|(?:full\s+)?account|into\s+account)(?:\s+(?:also|further|with\s+\w+))?\s+of",
     "acta:takesNoteOf"),
    (r"(?:taking|takes)\s+into\s+account", "acta:takesIntoAccount"),
    (r"not(?:ing|es)(?:\s+(?:also|further|with\s+(?:satisfaction|appreciation|concern|interest)))?", "acta:notes"),
    (r"(?:bearing|bears)\s+in\s+mind", "acta:bearsInMind"),
    # (the text's own verb, as for "stresses": "Having examined the report …" examines it, a way of considering it)
    (r"having\s+examined", "acta:examines"),
    (r"having\s+reviewed", "acta:reviews"),
    (r"having\s+received", "acta:receives"),
    (r"having\s+considered|considering|considers", "acta:considers"),
    (r"acknowledg(?:ing|es)", "acta:acknowledges"),
    (r"recogniz(?:ing|es)", "acta:recognizes"),
    (r"guided\s+by", "acta:isGuidedBy"),
    (r"mindful\s+of", "acta:isMindfulOf"),
    (r"emphasiz(?:ing|es)", "acta:emphasizes"),
    (r"stress(?:ing|es)", "acta:stresses"),  # the text's own verb, as the contract asks: not "emphasizes" for all three
    (r"underlin(?:ing|es)", "acta:underlines"),
    (r"(?:expressing|expresses)\s+(?:its\s+)?(?:deep\s+|sincere\s+)?(?:appreciation|gratitude)", "acta:expressesAppreciationFor"),
    (r"commend(?:ing|s)", "acta:commends"),
    (r"reiterat(?:ing|es)", "acta:reiterates"),
    (r"endors(?:ing|es)", "acta:endorses"),
    (r"approv(?:ing|es)", "acta:approves"),
    (r"adopts", "acta:adopts"),
    # the finite verb is the speaker's wherever it stands ("…, underscores the importance of …"); the participle
    # mid-clause is the cited text's (below)
    (r"highlights", "acta:highlights"),
    (r"underscores", "acta:underscores"),
    (r"affirms", "acta:affirms"),
    (r"upholds", "acta:upholds"),
]
# read where a clause starts only: mid-clause, ", affirming that …" says what the text cited before says
_START_VERBS = [
    (r"highlighting", "acta:highlights"),
    (r"underscoring", "acta:underscores"),
    (r"affirming", "acta:affirms"),
    (r"(?:building|builds)\s+(?:on|upon)", "acta:buildsOn"),
    (r"upholding", "acta:upholds"),
    (r"desirous\s+of", "acta:isDesirousOf"),  # "Desirous of promoting the implementation of paragraph 76 of …"
    (r"cognizant\s+of", "acta:isCognizantOf"),  # "Cognizant of the steps taken by States to implement … 1540 (2004)"
    (r"conscious\s+of", "acta:isConsciousOf"),
]
_VERB_ALT = "|".join(f"(?:{v})" for v, _ in _VERBS)
_START_ALT = "|".join(f"(?:{v})" for v, _ in _VERBS + _START_VERBS)
# a declaration's first person: "We recall and reaffirm our commitments to …", "We also welcome …"
_WE_VERBS = [(r"recall", "acta:recalls"), (r"reaffirm", "acta:reaffirms"), (r"welcome", "acta:welcomes"),
             (r"take\s+note\s+of", "acta:takesNoteOf"), (r"note", "acta:notes"), (r"acknowledge", "acta:acknowledges"),
             (r"recognize", "acta:recognizes"), (r"emphasize", "acta:emphasizes"), (r"stress", "acta:stresses"),
             (r"underline", "acta:underlines"), (r"commend", "acta:commends"), (r"reiterate", "acta:reiterates"),
             (r"endorse", "acta:endorses"), (r"highlight", "acta:highlights"), (r"underscore", "acta:underscores"),
             (r"affirm", "acta:affirms"), (r"build\s+(?:on|upon)", "acta:buildsOn"), (r"uphold", "acta:upholds"),
             # "We recommit to the Copenhagen Declaration", "We are committed to the Doha Programme of Action"
             (r"approve", "acta:approves"), (r"adopt", "acta:adopts"),
             (r"recommit\s+(?:ourselves\s+)?to", "acta:recommitsTo"),
             (r"(?:commit\s+(?:ourselves\s+)?|are\s+(?:fully\s+)?committed\s+)to", "acta:commitsTo")]
_WE_ALT = "|".join(f"(?:{v})" for v, _ in _WE_VERBS)
# "1. We, the States Members of the United Nations, welcome …": who "we" are, in apposition
_WE_START = re.compile(rf"^(?:\d{{1,3}}\.\s+)?"
                       # "In this regard, we recall the United Nations Guiding Principles …"
                       r"(?:(?:In\s+th(?:is|at)\s+(?:regard|context|respect)|To\s+th(?:is|at)\s+end|Accordingly|"
                       r"Furthermore|Moreover)\s*,\s+we|We)"
                       rf"(?:\s*,(?:[^;.⟦]|⟦[A-Z]\d+⟧){{3,300}}?,)?\s+(?:(?:also|further|again)\s+)?"
                       rf"(?P<verb>{_WE_ALT})\b")
# (a note's marker may sit after the comma: "… the Global Plan of Action,1 reaffirm our commitments …")
_WE_MID = re.compile(rf"(?:,|;|\band)(?:⟦S\d+⟧)*\s+(?:we\s+)?(?:(?:also|further)\s+)?(?P<verb>{_WE_ALT})\b")
_CLAUSE_START = re.compile(rf"^(?:\d{{1,3}}\.\s+|\((?:[a-z]|\d{{1,3}})\)\s+)?(?:(?:also|further|again)\s+)?(?P<verb>{_START_ALT})\b",
                           re.I)
_MID_VERB = re.compile(rf"(?:,|;|\band)(?:⟦S\d+⟧)*\s+(?:as\s+well\s+as\s+)?(?:(?:also|further|accordingly|in\s+th(?:is|at)\s+regard)\s*,?\s+)*"
                       rf"(?P<verb>{_VERB_ALT})\b")
# "1. Decides to endorse the final report of the open-ended working group as contained in document A/80/257": the
# decision's infinitive is its citing verb
_DECIDES_TO = re.compile(r"^(?:\d{1,3}\.\s+)?(?:(?:also|further)\s+)?(?:[Dd]ecides|[Aa]grees)\s+to\s+"
                         r"(?P<verb>endorse|approve|adopt|welcome|take\s+note\s+of|reaffirm)\b")
# a preamble's or an operative paragraph's first word that is no citing verb: "Mindful that", "Deeply concerned",
# "Decides that"
_OPENER = re.compile(r"^(?:\d{1,3}\.\s+)?(?:[A-Z][a-z]+ly\s+[a-z]+|[A-Z][a-z]+)(?:ing|ed|ful|ous|ant|are|es)\b"
                     # an operative paragraph's verb: "3. Calls upon the Conference …, bearing in mind the decision …",
                     # "Requests the Secretary-General …, taking into account …", "4. Condemns …, notes with grave
                     # concern the note by …"
                     r"|^\d{1,3}\.\s+(?:(?:Also|Further)\s+)?(?:[a-z]+ly\s+)?[A-Za-z][a-z]+s\b")
# what the adopter did with a document the clause cites: had it before it, took note of it, endorsed it
_TREATED = {"acta:considers": "acta:consideredBy", "acta:examines": "acta:examinedBy", "acta:reviews": "acta:reviewedBy",
            "acta:receives": "acta:receivedBy", "acta:takesNoteOf": "acta:notedBy", "acta:notes": "acta:notedBy",
            "acta:endorses": "acta:endorsedBy"}


def verb_property(verb: str) -> str | None:
    for pattern, prop in _VERBS + _START_VERBS + _WE_VERBS:
        if re.fullmatch(pattern, verb.strip(), re.I):
            return prop
    return None


# --- citations ----------------------------------------------------------------------------------

# "Recalling its resolution 62/21 of 5 December 2007, in which it took note of the report of the Panel …,2 as well as
# the reports of …": what the cited resolution did, in its own name; its verb in the past, as the present's verb
_PAST_VERBS = {"took note of": "acta:takesNoteOf", "welcomed": "acta:welcomes", "noted": "acta:notes",
               "recalled": "acta:recalls", "reaffirmed": "acta:reaffirms", "endorsed": "acta:endorses",
               "adopted": "acta:adopts", "recognized": "acta:recognizes", "stressed": "acta:stresses",
               "emphasized": "acta:emphasizes", "acknowledged": "acta:acknowledges", "approved": "acta:approves",
               "considered": "acta:considers", "commended": "acta:commends", "underlined": "acta:underlines"}
# (requests.rule_asked_in_which reads what it asked from the same words)
# (a note marker after the comma may stand for two texts, the decision last: "…, held in Khartoum from 16 to 21 January
# 2006,2 in which the Council called upon …", [^2]: "See A/60/693, annex II, decision EX.CL/Dec.263 (VIII).")
IN_WHICH_IT = (r"(?P<comma>,)?(?:⟦S\d+⟧)*⟦S(?P<s>\d+)⟧(?:\s+of\s+⟦D\d+⟧)?(?:\s*,\s*|(?(comma)\s+|(?!)))"
               r"(?:in|by)\s+which\s+(?:it\b|the\s+⟦B\d+⟧)")
_IN_WHICH = re.compile(rf"{IN_WHICH_IT}\s*,?\s+(?:(?:also|further|inter\s+alia)\s*,?\s+)*"
                       r"(?P<verb>[a-z]+(?:\s+note\s+of)?)\b")
# the relative clause ends where the sentence names another resolution of its own: ", and its resolution 74/50 …",
# "…”, 2 Assembly decision 52/492 of 8 September 1998 …"
_AND_ITS = re.compile(r"(?:,\s*(?:(?:⟦S\d+⟧|\d{1,3}\b)\s*)?(?:(?:and|as\s+well\s+as)\s+)?(?:its\s+|⟦B\d+⟧\s+)|"
                      r",\s+(?:and|as\s+well\s+as)\s+)(?=⟦S(?P<s>\d+)⟧)")
_RESOLUTION_WORD = re.compile(r"(?:resolutions?|decisions?)\b", re.I)


# "We welcome the Awaza Programme of Action … adopted by the General Assembly on 24 December 2024,1 which builds on the
# progress achieved under the Almaty Programme of Action …", "the Sevilla Commitment, 12 which renews the global
# financing for development framework, building on the Addis Ababa Action Agenda, 13": what the text named does
_WHICH_BUILDS = re.compile(r"⟦(?P<k>[IS])(?P<i>\d+)⟧(?:\s*⟦D\d+⟧)?(?:\s*,?\s*(?:[a-z]+\s+){0,4}?(?:by|on)\s+(?:the\s+)?"
                           r"⟦[BMD]\d+⟧(?:\s+on\s+⟦D\d+⟧)?)?\s*,?\s*(?:⟦S\d+⟧\s*)*,?\s+which\s+"
                           r"(?:[a-z]+s\s+(?:[^⟦;,]|⟦[DBM]\d+⟧){0,160}?,\s+)?(?P<verb>builds\s+on|building\s+on|reaffirms|recalls)\b")
# "Noting that the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries, held in Kampala on 19 and
# 20 January 2024, welcomed the adoption … of resolution 78/25 …": what a meeting or body did, in its own name
_PAST_ALT = "|".join(v.replace(" ", r"\s+") for v in _PAST_VERBS)
_THAT_IT_DID = re.compile(r"\bthat\s+(?:the\s+)?⟦[MB](?P<i>\d+)⟧(?:\s*,\s*held\s+(?:[^⟦;,]|⟦[LD]\d+⟧|,\s*⟦L\d+⟧){1,80}?,)?"
                          rf"\s+(?:also\s+)?(?P<verb>{_PAST_ALT})\b")
# "Recalling also that, in its resolution 2286 (XXII) of 5 December 1967, it welcomed with special satisfaction the
# Treaty of Tlatelolco …": what the resolution did
_IN_ITS_IT = re.compile(rf"\bin\s+its\s+⟦S(?P<s>\d+)⟧(?:\s+of\s+⟦D\d+⟧)?\s*,\s*it\s+(?:also\s+)?(?P<verb>{_PAST_ALT})\b")
_WHICH_VERBS = {"builds on": "acta:buildsOn", "building on": "acta:buildsOn", "reaffirms": "acta:reaffirms",
                "recalls": "acta:recalls"}


def _relative_spans(ctx: Context, view: View, outer: str | None) -> tuple[list[tuple[int, str | None]], dict[int, str]]:
    """Spans of "…, in which it welcomed …" (their verb, the resolution they belong to) and the outer verb's
    return after them ("…, and its resolution 74/50 …"); and of "…, which builds on …" after a text's name."""
    spans: list[tuple[int, str | None]] = []
    sources: dict[int, str] = {}
    for word, pattern, kinds, verbs in (("which", _WHICH_BUILDS, ("document", "resolution", "decision"), _WHICH_VERBS),
                                        ("that", _THAT_IT_DID, ("meeting", "body"), _PAST_VERBS)):
        for m in pattern.finditer(view.template) if word in view.template else ():
            source = resolve_mention(ctx, view, int(m.group("i")))
            if source and ctx.registry.get(source).kind in kinds:
                spans.append((m.end(), verbs[re.sub(r"\s+", " ", m.group("verb"))]))
                sources[m.end()] = source
    for m in [*_IN_WHICH.finditer(view.template), *_IN_ITS_IT.finditer(view.template)]:
        source = resolve_mention(ctx, view, int(m.group("s")))
        prop = _PAST_VERBS.get(re.sub(r"\s+", " ", m.group("verb")))
        if not prop or not source or ctx.registry.get(source).kind not in ("resolution", "decision"):
            continue  # (after "in which it requested the Secretary-General to …" the outer verb goes on)
        spans.append((m.end(), prop))
        sources[m.end()] = source
        back = next((b for b in _AND_ITS.finditer(view.template, m.end())
                     if _RESOLUTION_WORD.match(view.m(b.group("s")).text)), None)
        if back:  # (from the resolution on: a note before it is still the clause's)
            spans.append((back.end(), outer))
    return spans, sources


def rule_citations(ctx: Context, view: View) -> None:
    """Every symbol a clause's verb governs is cited with that verb, unless another link claims it."""
    me = ctx.speaking()
    if not me:
        return
    t = view.template
    start = _CLAUSE_START.match(t) or _DECIDES_TO.match(t)
    we = _WE_START.match(t) if not start else None
    start = start or we
    listed = ctx.citing_list
    cut = ctx.cut_clause
    glued: list[tuple[int, str | None]] = []
    if not within_a_note(ctx.notes, view.sentence.start) and not _RULE_LINE.match(t):
        # a clause a page break cut ("… as declared in its resolutions"), its rest after the page's notes
        ctx.cut_clause = None
        if cut and not start and (_GOES_ON.match(t) or ctx.cut_in_title and _TITLE_GOES_ON.match(t)):
            listed = cut
            glued = [(m.end(), verb_property(m.group("verb"))) for m in _GLUED_CLAUSE.finditer(t)]
    if start or _NEW_PARAGRAPH.match(t):
        # "11. Recalls:", "12. Also recalls the adoption of:": the items after the lead are what it cites
        # (not "In this regard, we commit to:": its items are what they will do, "Promoting … according to the Sendai
        # Framework …;15")
        ctx.citing_list = verb_property(start.group("verb")) if start and _LEAD_END.search(t) else None
        if ctx.citing_list in ("acta:commitsTo", "acta:recommitsTo"):
            ctx.citing_list = None
    # "Mindful that States have started …, and in this regard taking note of resolution 79/239 …": a clause whose
    # opening word cites nothing may cite with a verb after it
    opener = _OPENER.match(t) if not start and not listed and ("⟦S" in t or "⟦I" in t) else None
    if not start and not opener and (not listed or _NEW_PARAGRAPH.match(t)):
        return
    spans = [(start.end(), verb_property(start.group("verb")))] if start else \
        [(opener.end(), None)] if opener else [(0, listed)] + glued
    both: dict[int, str] = {}  # "We recall and reaffirm our commitments to …", "Recalls and reaffirms …": both verbs cite
    for m in (_WE_MID if we else _MID_VERB).finditer(t, spans[0][0]):
        prop = verb_property(m.group("verb"))
        if prop:
            if spans[-1][1] and spans[-1][1] != prop and m.group(0).startswith("and") \
                    and not t[spans[-1][0]:m.start()].strip():
                both[m.end()] = spans[-1][1]
            spans.append((m.end(), prop))
    if not we:  # "…; and stresses the importance of …, and, accordingly, expresses concern at the report …": not stressed
        spans = sorted(spans + [(m.end(), None) for m in _STOP_VERB.finditer(t, start.end() if start else 0)])
    relative, sources = _relative_spans(ctx, view, spans[0][1])
    spans = sorted(spans + relative, key=lambda span: span[0])
    ctx.citing_spans = (view.sentence.start, spans, sources)  # for texts later rules find: cite_found
    targets = [(tok.start(), resolve_mention(ctx, view, int(tok.group(1)))) for tok in re.finditer(r"⟦[SI](\d+)⟧", t)]
    for begin, _ in spans:  # a meeting the verb governs: "Recalling the holding of the Nuclear Security Summit …"
        met = _CITED_MEETING.match(t, begin)
        key = resolve_mention(ctx, view, int(met.group(1))) if met else None
        if key and ctx.registry.get(key).kind == "meeting":
            targets.append((met.start(1) - 2, key))
    targets += [(tok.start(), view.keys[int(tok.group(1))]) for tok in re.finditer(r"⟦A(\d+)⟧", t)
                if int(tok.group(1)) in view.named]
    for m in _BARE_REPORT.finditer(t):
        if _noted_later(view, m.end()):
            continue  # "the report of the Secretary-General submitted pursuant to …, containing …,9": note 9 is it
        doc = _report_of(ctx, view.keys.get(int(m.group(1))))
        if doc:
            targets.append((m.start(), doc))
    for m in _THEREIN.finditer(t) if "therein" in t else ():
        # "welcome the … adoption of the Global Plan of Action …,1 reaffirm our commitments made therein": the texts
        # the verb before governs, again
        begun = [begin for begin, _ in spans if begin <= m.start()]
        before = [begin for begin, _ in spans if begin < begun[-1]] if begun else []
        if before:
            targets += [(m.start(), key) for pos, key in targets if before[-1] <= pos < begun[-1]]
    if start and not _ENDED.search(t):
        ctx.cut_clause = spans[-1][1]
        ctx.cut_in_title = bool(_TITLE_WORD_AT_END.search(t))
    adopter = ctx.adopter()
    for pos, target in sorted(targets, key=lambda x: x[0]):
        prop, source = verb_at(spans, sources, pos, me)
        if not prop:
            continue
        before = t[max(0, pos - 80):pos]
        link = LINKS.search(before)
        if not target or target == me or target == source:
            continue
        if link and not _names_the_report(view, before[:link.start()], link.group(0)) \
                and not _IN_THE_ANNEX.match(link.group(0)) and not _TITLED_CONTAINED_IN.search(before):
            continue  # another rule reads the link (rule_in_accordance, the document and meeting rules)
        ctx.claim(source, prop, target, view.sentence, "citing-clause" if source == me else "in-which-it")
        begun = max(begin for begin, _ in spans if begin <= pos)
        if begun in both:
            ctx.claim(source, both[begun], target, view.sentence, "citing-clause" if source == me else "in-which-it")
        # (a recalled resolution's treatment, "…, in which it took note of the report …", is its adopter's)
        agent = adopter if source == me else ctx.claimed(source, "acta:adoptedBy")
        # (a document published under a symbol, not a treaty or declaration named by its title: "Notes the entry into
        # force of the Joint Convention …" is not what the Assembly did with a document, and would hide its adoption)
        if prop in _TREATED and agent and ctx.registry.get(target).kind in ("document", "report") \
                and not target.startswith("instrument/"):
            ctx.claim(target, _TREATED[prop], agent, view.sentence, "having-considered")
            date_action(ctx, _TREATED[prop], view.sentence, "having-considered", source)  # (the resolution's day)


_THEREIN = re.compile(r"\b(?:our|its|their|the)\s+commitments?\s+(?:made|contained|undertaken|set\s+out)\s+therein\b")
# an operative verb that cites nothing ends the span of the citing verb before it
_STOP_VERB = re.compile(r"(?:,|;|\band)\s+(?:(?:also|further|accordingly|in\s+this\s+regard)\s*,?\s+)*"
                        r"(?:expresses\s+(?:its\s+)?(?:grave\s+|deep\s+|serious\s+)?concern|condemns|deplores|regrets|"
                        r"demands|calls\s+upon|urges|requests|decides|invites|encourages)\b")
# (or "Notes that the Twelfth Conference of States Parties will be held in Geneva …": a meeting to come)
_CITED_MEETING = re.compile(r"\s+(?:also\s+|further\s+)?(?:with\s+\w+\s+)?"
                            r"(?:that\s+(?=(?:the\s+)?⟦M\d+⟧\s+(?:will|shall|is\s+to|was|were|has\s+been)\s+(?:be\s+)?"
                            r"(?:held|convened)\b))?"
                            r"(?:the\s+)?(?:(?:successful\s+)?(?:convening|holding|"
                            r"organization|results?|outcomes?|work|conclusion)\s+(?:by\s+(?:the\s+)?⟦[BL]\d+⟧\s+)?of\s+"
                            r"(?:the\s+)?)?⟦M(\d+)⟧")
_LEAD_END = re.compile(r":\s*$")
_ENDED = re.compile(r"[.,;:!?”\"’)\]]\s*$|⟦S\d+⟧\s*$")  # a clause that ends (a note marker is its end)
_RULE_LINE = re.compile(r"^-{3,}\s*$")  # the rule above a page's notes
_GOES_ON = re.compile(r"^(?:⟦[SD]\d+⟧|\d|[a-z])")
# a clause cut inside a title, its rest in title case: "… and the Final" / "Documents of the 20007 and the 20108 Review
# Conferences …" (a page break in A/RES/80/39)
# ("… the Convention on Biological" / "Diversity[^10] and the Kunming-Montreal …")
_TITLE_WORD_AT_END = re.compile(r"\bthe\s+(?:(?:(?:[A-Z][a-z]+|of|on|for|and)\s+){0,5}[A-Z][a-z]+|⟦I\d+⟧)\s*$")
_TITLE_GOES_ON = re.compile(r"^[A-Z][a-z]+(?:\s+(?:of|on|for|to)\s+the\b|(?:\[\^\d+\]|⟦S\d+⟧)\s*,?\s+and\b)")
# "…, Recognizing that …, Stressing that …": the preambular clauses after such a rest, glued by the page's text
_GLUED_CLAUSE = re.compile(rf",\s+(?=[A-Z])(?P<verb>{_START_ALT})\b", re.I)
_NEW_PARAGRAPH = re.compile(r"^(?:\d{1,3}\.\s|The\s+⟦B\d+⟧\s*,\s*$)")


# "in accordance with Security Council resolution 1325 (2000)", "in accordance with paragraph 5 of resolution 62/21"
# "… in line with its resolution 73/71 …" is said the same way
# "… on the basis of resolutions 46/36 L and 47/52 L": each of a list; "in accordance with action 9 of the Final
# Document of the ⟦M⟧,⟦S⟧": a meeting's text, in its note, or what follows the meeting ("the outcome of ⟦M⟧ and ⟦S⟧")
# (or "as stated in Security Council resolutions 1718 (2006) of 14 October 2006 and 1874 (2009) of 12 June 2009")
_IN_ACCORDANCE = re.compile(r"(?<!\bnot\s)\b(?:in\s+(?P<link>accordance|line|conformity|compliance)\s+with|"
                            r"(?P<according>according)\s+to|"
                            r"on\s+the\s+(?P<basis>basis)\s+of|"
                            r"as\s+(?P<stated>stated|set\s+out)\s+in)(?:\s*,\s*inter\s+alia\s*,)?\s+"
                            # ("in accordance with the Disarmament Commission guidelines of 1999,2": the note's)
                            # (or a note's marker after the clause's end: "… the outcome of the ⟦M⟧;12")
                            r"(?P<gap>(?:[^⟦;]|⟦[BM]\d+⟧|(?<=of\s)⟦D\d+⟧(?=\s*,?\s*⟦S)|(?<=⟧)[;.](?=⟦S)){0,60}?)"
                            r"⟦(?P<k>[SIA])(?P<i>\d+)⟧"
                            r"(?P<more>(?:\s+of\s+⟦D\d+⟧)?(?:\s*,\s*⟦S\d+⟧(?:\s+of\s+⟦D\d+⟧)?)*\s*,?\s+and\s+⟦S\d+⟧"
                            # "in line with its resolution 73/71 of …, as well as its decisions 74/549 of … and
                            # 75/575 of …"
                            r"|(?:\s+of\s+⟦D\d+⟧)?\s*,?\s+as\s+well\s+as\s+(?:its\s+)?⟦S\d+⟧(?:\s+of\s+⟦D\d+⟧)?"
                            r"(?:(?:\s*,\s*|\s+and\s+)(?:its\s+)?⟦S\d+⟧(?:\s+of\s+⟦D\d+⟧)?)*)?")
_LINK_PROPERTY = {"accordance": "acta:inAccordanceWith", "line": "acta:inLineWith", "basis": "acta:onTheBasisOf",
                  "conformity": "acta:inConformityWith", "compliance": "acta:inComplianceWith",
                  "according": "acta:accordingTo",
                  "stated": "acta:asStatedIn", "set out": "acta:asSetOutIn"}
# the second of two: "in accordance with its mandate, as set forth in paragraph 118 of the Final Document …, and
# with paragraph 3 of Assembly resolution 37/78 H"
_AND_WITH = re.compile(r"(?<!\bnot\s)\bin\s+(?P<link>accordance)\s+with\s+[^;]{0,200}?,?\s+and\s+with\s+(?:[^⟦;]|⟦B\d+⟧){0,60}?"
                       r"⟦[SI](?P<i>\d+)⟧")


# "in accordance with its rules of procedure,2" ([^2]: CD/8/Rev.10): the note's document is named by what it is
_ITS_KIND = re.compile(r"^(?:its|the|their)\s+(?P<what>(?!(?:reports?|notes?|letters?|mandates?|resolutions?|decisions?|"
                       r"relevant|respective|own)\b)[a-z][a-z-]+(?:\s+[a-z-]+){0,4})\s*,?\s*$")


def _named_by_its_kind(ctx: Context, view: View, gap: str, index: int, target: str) -> None:
    kind = _ITS_KIND.match(gap)
    if kind and "footnote" in view.m(index).attrs and ctx.registry.get(target).kind == "document":
        ctx.claim_unless_known(target, "dcterms:title", Lit(upper_first(kind.group("what"))), view.sentence,
                               "in-accordance-with")


# (a body's, graph/founding.py; not "nuclear-weapon-free zones, established in accordance with the … guidelines": no
# body is named, and the clause cites the guidelines)
_SET_UP_BEFORE = re.compile(r"⟦B\d+⟧" + SET_UP_AFTER_BODY + r"\s+$")


def rule_in_accordance(ctx: Context, view: View) -> None:
    """What any clause of the instrument says it acts in accordance with, whatever its verb."""
    me = ctx.speaking()
    if not me:
        return
    for m in [*_IN_ACCORDANCE.finditer(view.template), *_AND_WITH.finditer(view.template)]:
        if m.groupdict().get("k") == "A" and int(m.group("i")) not in view.named:
            continue  # an anaphor only where a rule found the text it names ("the decision taken by …")
        if view.quote_open_at(m.start()) is not None:
            continue  # the words of a quoted title
        if _SET_UP_BEFORE.search(view.template, max(0, m.start() - 110), m.start()):
            continue  # "the trust fund …, established in accordance with the Plan": the fund's link (graph/founding.py)
        target = resolve_mention(ctx, view, int(m.group("i")))
        if not target or target == me:
            continue
        link = m.groupdict().get("basis") or m.groupdict().get("stated") or m.groupdict().get("according") \
            or m.group("link")
        prop = _LINK_PROPERTY[re.sub(r"\s+", " ", link)]
        held = _MEETING_HELD.search(view.template, 0, m.start()) or _item_meeting(view.template, m.start())
        meeting = resolve_mention(ctx, view, int(held.group(1))) if held else None
        if meeting and ctx.registry.get(meeting).kind == "meeting":
            # "the joint ad hoc meetings …, convened in accordance with … its resolutions 69/38, …": the meeting's
            rest = view.template[m.start("i") - 2:]
            end = re.search(r";|,\s+and\s+(?:the\s+|its\s+)?[a-z]", rest)  # up to the clause's next thing
            for index in re.findall(r"⟦[SI](\d+)⟧", rest[:end.start()] if end else rest):
                key = resolve_mention(ctx, view, int(index))
                if key and key != meeting:
                    ctx.claim(meeting, prop, key, view.sentence, "meeting-in-accordance-with")
            continue
        ctx.claim(me, prop, target, view.sentence, "in-accordance-with")
        _named_by_its_kind(ctx, view, m.groupdict().get("gap") or "", int(m.group("i")), target)
        # "in accordance with the Relationship Agreement between the United Nations and the Court,2": and its note
        # (not "the Declaration on … Co-operation among States in accordance with the Charter …,2": the note is the
        # Declaration's, whose title the words before the link continue)
        in_title = re.search(r"(?:\b[A-Z][\w-]+|⟦I\d+⟧)\s+$", view.template[:m.start()])
        for index in re.findall(r"⟦S(\d+)⟧", m.groupdict().get("more") or "") if not in_title else ():
            more = resolve_mention(ctx, view, int(index))
            if more and more != me:
                ctx.claim(me, prop, more, view.sentence, "in-accordance-with")
        notes = None if in_title else _NOTES_AFTER.match(view.template, m.end())
        for index in re.findall(r"⟦S(\d+)⟧", notes.group(0)) if notes else ():
            doc = resolve_mention(ctx, view, int(index))
            if doc and doc != me and "footnote" in view.m(int(index)).attrs:
                ctx.claim(me, prop, doc, view.sentence, "in-accordance-with")
    for m in _BY_ARTICLE.finditer(view.template) if " of the " in view.template else ():
        # "Requests the Secretary-General, in accordance with article 12, paragraph 3, of the Convention, to …": the
        # Convention named before (the meeting's link, after "convened" or "held")
        target = named_before(ctx, m.group("head"))
        held = _MEETING_HELD.search(view.template, 0, m.start())
        meeting = resolve_mention(ctx, view, int(held.group(1))) if held else None
        source = meeting if meeting and ctx.registry.get(meeting).kind == "meeting" else me
        if target and view.quote_open_at(m.start()) is None:
            ctx.claim(source, _LINK_PROPERTY[m.group("link")], target, view.sentence,
                      "meeting-in-accordance-with" if source != me else "in-accordance-with")


# "Recalling the report of the Group of Governmental Experts …,4 referred to in General Assembly resolution 59/78 of
# 3 December 2004": the resolution (or document) named after "referred to in" refers to the text before it
_REFERRED_TO = re.compile(r"⟦[SI](?P<text>\d+)⟧\s*,?\s+(?:as\s+)?referred\s+to\s+in\s+(?:⟦B\d+⟧\s+|(?:its|the)\s+)?"
                          r"⟦S(?P<by>\d+)⟧")


def rule_referred_to(ctx: Context, view: View) -> None:
    for m in _REFERRED_TO.finditer(view.template) if "referred" in view.template else ():
        text, by = (resolve_mention(ctx, view, int(m.group(g))) for g in ("text", "by"))
        if text and by and text != by:
            ctx.claim(by, "acta:refersTo", text, view.sentence, "referred-to-in")


_BY_ARTICLE = re.compile(rf"(?<!\bnot\s)\bin\s+(?P<link>accordance|line|conformity|compliance)\s+with\s+"
                         rf"(?:the\s+provisions\s+of\s+)?{ARTICLE_OF_BARE}")
_NOTES_AFTER = re.compile(r"\s*[,.]?\s*(?:⟦S\d+⟧)+")  # ("… with the Paris Principles. 13")
# a meeting the clause names, then (after its dates, place or topic) "convened" or "held" right before the link
_MEETING_HELD = re.compile(r"⟦M(\d+)⟧(?:[^⟦;]|⟦[DL]\d+⟧){0,250}?,?\s+(?:convened|held)\s*$")
# or a list item that names the meeting it is about: "(iv) The Nineteenth Annual Conference of …, on 10 November
# 2025, in accordance with the relevant decisions taken by the Eighteenth Annual Conference …;14" (after "To organize
# in 2025 … the following Convention-related activities:"), its days or place between
ITEM_MEETING = re.compile(r"^(?:\((?:[a-z]|[ivx]+|\d{1,3})\)\s+|\d{1,3}\.\s+)?The\s+⟦M(\d+)⟧")
_ITEM_TO_LINK = re.compile(r"(?:[^⟦;]|⟦[DL]\d+⟧){0,250}?,\s*")


def _item_meeting(template: str, end: int) -> re.Match | None:
    item = ITEM_MEETING.match(template, 0, end)
    return item if item and _ITEM_TO_LINK.fullmatch(template, item.end(), end) else None


# (or "the final report of the open-ended working group as contained in document A/80/257")
_REPORT_BEFORE = re.compile(r"(?:\breports?(?:\s+of\s+(?:the\s+)?⟦[BMP]\d+⟧)?|⟦A(?P<a>\d+)⟧)\s*,?\s*(?:as\s+)?$")


# "Recalling paragraph 12 of the Declaration of the 1980s …, contained in the annex to its resolution 35/46 of
# 3 December 1980": what holds the recalled text is recalled with it
_IN_THE_ANNEX = re.compile(r"contained\s+in\s+(?:(?:the\s+)?annex(?:es)?(?:\s+[IVX]+)?\s+to\s+(?:its\s+|the\s+)?"
                           # "Reaffirming the proposals submitted by …, as contained in documents of the
                           # Conference,11": the note's documents are the proposals
                           r"|documents\s+of\s+the\s+(?:⟦B\d+⟧|[A-Z][\w-]+(?:\s+[a-z]+\s+[A-Z][\w-]+)?)\s*,?\s*(?:⟦S\d+⟧)*)$")
# a text named by its title, then the resolution that holds it: "Recalling the Declaration of the Indian Ocean as a Zone
# of Peace, contained in its resolution 2832 (XXVI)" (not "the recommendations contained in document …": those are what
# the clause is about)
_TITLED_CONTAINED_IN = re.compile(r"⟦I\d+⟧\s*,\s*contained\s+in\s+(?:its\s+|the\s+)?(?:⟦B\d+⟧\s+)?$")


def _names_the_report(view: View, before: str, link: str) -> bool:
    """"Welcoming ... its report contained in document A/AC.299/2025/PM/1": the document is the report the verb
    governs, not a link another rule reads (unlike "the recommendations contained in ...")."""
    m = _REPORT_BEFORE.search(before) if link.startswith("contained") else None
    if not m:
        return False
    return not m.group("a") or bool(ITS_REPORT.fullmatch(view.m(int(m.group("a"))).text))


_BARE_REPORT = re.compile(r"\breports?\s+of\s+(?:the\s+)?⟦B(\d+)⟧(?![^⟦\w]{0,3}⟦S)")  # no symbol or note after it


def _noted_later(view: View, at: int) -> bool:
    """A footnote marker follows in the sentence, with no other report named before it."""
    for tok in re.finditer(r"⟦S(\d+)⟧", view.template[at:]):
        if "footnote" in view.m(int(tok.group(1))).attrs:
            return not re.search(r"\breports?\b", view.template[at:at + tok.start()])
    return False


def _report_of(ctx: Context, body: str | None) -> str | None:
    """"the report of the Disarmament Commission", named without a symbol: the one this document cited before."""
    if not body:
        return None
    found = reports_of(ctx, body)
    return found[-1] if found else None


# "resolution 62/21 of 5 December 2007", "resolution GC(69)/RES/15, adopted on 18 September 2025"
_OF_DATE = re.compile(r"⟦S(?P<sym>\d+)⟧(?:\s+of|\s*,?\s+adopted\s+on)\s+⟦D(?P<date>\d+)⟧"
                      # "the adoption of Security Council resolution 1325 (2000) on 31 October 2000"
                      r"|\badoption\s+of\s+(?:⟦B\d+⟧\s+)?⟦S(?P<adopted>\d+)⟧\s+on\s+"
                      r"⟦D(?P<on>\d+)⟧")
_RESPECTIVELY = re.compile(r"⟦S(?P<a>\d+)⟧\s+and\s+⟦S(?P<b>\d+)⟧\s*,?\s+adopted\s+by\s+(?:the\s+)?⟦B(?P<body>\d+)⟧\s+"
                           r"on\s+⟦D(?P<date>\d+)⟧\s*,?\s+respectively")
# "resolution GC(45)/RES/10, adopted by consensus on 21 September 2001 by the General Conference …": whose and when,
# in either order
_ADOPTED_BY_ON = re.compile(r"⟦S(?P<sym>\d+)⟧\s*,?\s+adopted\s+(?:by\s+consensus\s+|without\s+a\s+vote\s+|unanimously\s+)?"
                            r"(?:by\s+(?:the\s+)?⟦B(?P<body>\d+)⟧\s+on\s+⟦D(?P<date>\d+)⟧"
                            r"|on\s+⟦D(?P<on>\d+)⟧\s+by\s+(?:the\s+)?⟦B(?P<by>\d+)⟧)")
_OF_BODY = re.compile(r"⟦S(?P<sym>\d+)⟧\s+of\s+⟦D\d+⟧\s+of\s+(?:the\s+)?⟦B(?P<body>\d+)⟧")
# "decision EC-110/DEC.1 of the Executive Council, entitled “…”, of 8 October 2025": who, then the title, then when
_ENTITLED_OF_DATE = re.compile(r"⟦S(?P<sym>\d+)⟧\s+of\s+(?:the\s+)?⟦(?P<kind>[BM])(?P<by>\d+)⟧\s*,\s*entitled\s+"
                               r"[“\"][^”\"]{3,300}[”\"]\s*,?\s*of\s+⟦D(?P<date>\d+)⟧")
# "decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019": one day for every symbol of the list
_LIST_OF_DATE = re.compile(r"(?P<list>⟦S\d+⟧(?:\s*,\s*⟦S\d+⟧)*\s*,?\s+and\s+⟦S\d+⟧)\s+of\s+⟦D(?P<date>\d+)⟧")


def rule_symbol_dates(ctx: Context, view: View) -> None:
    """"resolution 62/21 of 5 December 2007": the date a cited instrument was adopted."""
    t, sent = view.template, view.sentence
    for m in _OF_DATE.finditer(t):
        key = resolve_mention(ctx, view, int(m.group("sym") or m.group("adopted")))
        values = view.dates(m.group("date") or m.group("on"))
        if key and values and len(values) == 1 and not values[0].end \
                and ctx.registry.get(key).kind in ("resolution", "decision"):
            ctx.claim(key, "acta:adoptionDate", date_literal(values[0].start), sent, "symbol-of-date")
    for m in _RESPECTIVELY.finditer(t):
        values = view.dates(m.group("date"))
        keys = [resolve_mention(ctx, view, int(m.group(g))) for g in ("a", "b")]
        body = resolve_mention(ctx, view, int(m.group("body")))
        if len(values) == 2:
            for key, value in zip(keys, values, strict=True):
                if key:
                    ctx.claim(key, "acta:adoptionDate", date_literal(value.start), sent, "respectively")
                    if body:
                        ctx.claim(key, "acta:adoptedBy", body, sent, "respectively")
    for m in _ADOPTED_BY_ON.finditer(t):
        key = resolve_mention(ctx, view, int(m.group("sym")))
        body = resolve_mention(ctx, view, int(m.group("body") or m.group("by")))
        values = view.dates(m.group("date") or m.group("on"))
        if key and body:
            ctx.claim(key, "acta:adoptedBy", body, sent, "adopted-by-on")
        if key and len(values) == 1:
            ctx.claim(key, "acta:adoptionDate", date_literal(values[0].start), sent, "adopted-by-on")
    for m in _ENTITLED_OF_DATE.finditer(t):
        key = resolve_mention(ctx, view, int(m.group("sym")))
        values = view.dates(m.group("date"))
        if key and len(values) == 1 and not values[0].end and ctx.registry.get(key).kind in ("resolution", "decision"):
            ctx.claim(key, "acta:adoptionDate", date_literal(values[0].start), sent, "entitled-of-date")
            by = resolve_mention(ctx, view, int(m.group("by")))
            if by and m.group("kind") == "B" and ctx.claimed(key, "acta:adoptedBy") is None:  # the symbol's own organ, if it names one, is it
                ctx.claim(key, "acta:adoptedBy", by, sent, "entitled-of-date")
    for m in _LIST_OF_DATE.finditer(t):
        values = view.dates(m.group("date"))
        if len(values) != 1 or values[0].end or len(values[0].start) != 10:
            continue
        for index in re.findall(r"⟦S(\d+)⟧", m.group("list")):
            key = resolve_mention(ctx, view, int(index))
            if key and ctx.registry.get(key).kind in ("resolution", "decision"):
                ctx.claim(key, "acta:adoptionDate", date_literal(values[0].start), sent, "symbol-of-date")
    for m in _OF_BODY.finditer(t):
        key = resolve_mention(ctx, view, int(m.group("sym")))
        body = resolve_mention(ctx, view, int(m.group("body")))
        if key and body and ctx.registry.get(key).kind in ("resolution", "decision"):
            ctx.claim(key, "acta:adoptedBy", body, sent, "symbol-of-body")


RULES = (rule_heading, rule_adopted_at_session, rule_symbol_dates, rule_citations, rule_in_accordance, rule_referred_to,
         rule_reports, rule_requests, rule_asked_in_which, rule_shall, rule_passive_requests, rule_report_requests,
         rule_asked_from) + decides.RULES  # rule_reports: graph/reports.py, rule_requests: graph/requests.py

__all__ = ["ITEM_MEETING", "RULES", "english_ordinal"]
