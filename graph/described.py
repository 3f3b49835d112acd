"""Texts a resolution names by what they are rather than by a title or symbol, and who adopted them.

"the adoption of the programme of work for the 2009 session by the Conference on Disarmament on 29 May
2009", "the adoption by consensus in 2023 by the Disarmament Commission of the recommendations to promote
the practical implementation of …,4", "the guidelines and recommendations for regional approaches to
disarmament … adopted by the Disarmament Commission at its 1993 substantive session,2", "the adoption by
consensus of the conclusions and recommendations for follow-on actions of the 2010 Review Conference …,1".
The text is the document of the note that follows its description, titled so unless the document gave it a
title; with no note it is a document of its own, keyed by who adopted it and what it is.
"""

from __future__ import annotations

import re

from .body_texts import (
    BY_VERB,
    rule_adopted_its_report,
    rule_approved_bodys_report,
    rule_considered_its_report,
    rule_general_comment,
    rule_report_of_body,
    rule_rules_of_procedure,
)
from .citing import cite_found, governing
from .clauses import IN_WHICH_IT, ITEM_MEETING
from .dates import spelled_day
from .entities import resolve_mention
from .extract import Context, Lit, View, date_literal
from .outcomes import DATE_NOTES, dated_notes, dated_text, note_document, text_of_its_own
from .rules import THEN_ENDORSED, kind_of
from .text import slugify, upper_first

# what such a text is: its head noun, lower case as the resolutions write it
_NOUN = (r"(?:recommendations|guidelines|conclusions|principles|programme\s+of\s+work|work\s+programme|"
         r"(?:provisional\s+|indicative\s+)?agenda|(?:indicative\s+)?timetable|rules\s+of\s+procedure|action\s+plan|"
         r"plan\s+of\s+action|action\s+programme|programme\s+of\s+action|amendments?|(?:political\s+)?declaration|"
         r"[Ff]inal\s+[Dd]ocument|[Oo]utcome\s+[Dd]ocument|final\s+report|text\s+entitled|model\s+(?:additional\s+)?protocol)\b")
_DESC = rf"(?P<desc>{_NOUN}(?:[^⟦;“”\"]|⟦[DM]\d+⟧|[“\"][^”\"]{{3,400}}[”\"]){{0,300}}?)"
_SHORT_DESC = rf"(?P<desc>{_NOUN}(?:[^⟦;,“”\"]|⟦[DM]\d+⟧){{0,200}}?)"  # before "adopted by": no clause in it
# "at its 1993 substantive session": the session it was adopted at
_AT_ITS = r"(?P<at>\s+at\s+its\s+(?:[^⟦,;]|⟦[DM]\d+⟧){1,60}?(?=\s+of\b|\s*,|\s*⟦S|\s*$))?"
# (a marker whose note lists several documents, the parts of one: "(NPT/CONF.2000/28 (Parts I and II), … (Part IV))")
_NOTE = r"(?:\s*,?\s*⟦S(?P<s>\d+)⟧(?P<more>(?:⟦S\d+⟧)*))?"
# what founded a body, said between its name and what follows: "…, established under the Charter of the Association,",
# "…, established pursuant to General Assembly resolution 77/250 of 30 December 2022,"
_FOUNDED_BETWEEN = r"(?:\s*,\s*(?:established|created|set\s+up)\s+(?:[^⟦;,]|⟦[BISD]\d+⟧){0,120}?,)?"
_PATTERNS = (
    # "the adoption (by consensus) (in 2023) by the Disarmament Commission (at its … session) of the …,4"
    re.compile(rf"\badoption\s+(?:by\s+consensus\s+)?(?:in\s+⟦D(?P<d>\d+)⟧\s+)?by\s+(?:the\s+)?⟦B(?P<b>\d+)⟧"
               rf"{_AT_ITS}\s+of\s+(?:the\s+|an?\s+)?{_DESC}{_NOTE}(?=\s*(?:[,;.]|$|\bafter\b|\bin\s+which\b))"),
    # "the adoption of the programme of work for the 2009 session by the Conference on Disarmament on 29 May 2009,10",
    # "the adoption by consensus of the recommendations on … of the fourth special session … by the Open-ended
    # Working Group …"
    re.compile(rf"\badoption\s+(?:by\s+consensus\s+)?of\s+(?:the\s+)?{_DESC}\s+by\s+(?:the\s+)?⟦B(?P<b>\d+)⟧"
               rf"(?:\s+on\s+⟦D(?P<d>\d+)⟧)?{_NOTE}"),
    # "the adoption by consensus of the conclusions and recommendations for follow-on actions of the 2010 Review
    # Conference …,1": the meeting's own text ("the adoption by consensus on 19 May 2000 of the Final Document of the
    # 2000 Review Conference …,3 including, in particular, …": on its day)
    re.compile(rf"\badoption\s+(?:by\s+consensus\s+)?(?:on\s+⟦D(?P<d>\d+)⟧\s+)?of\s+(?:the\s+)?{_DESC}\s+of\s+(?:the\s+)?"
               rf"⟦M(?P<m>\d+)⟧{_NOTE}"
               r"(?=\s*(?:[,;.]|$|(?:in\s+)?which\b|including\b))"),
    # "the guidelines and recommendations for regional approaches … adopted by the Disarmament Commission at its 1993
    # substantive session,2" (or approved: "the model protocol approved by the Board of Governors … on 15 May 1997")
    re.compile(rf"\bthe\s+{_SHORT_DESC}\s+(?:adopted|(?P<approved>approved))\s+(?:by\s+consensus\s+)?by\s+(?:the\s+)?⟦B(?P<b>\d+)⟧{_AT_ITS}"
               rf"(?:\s+on\s+⟦D(?P<d>\d+)⟧)?{_NOTE}"),
    # "the action programme adopted on 11 September 1987 at the International Conference on …", "the amendments
    # adopted at the Review Conference of the Rome Statute …, held in Kampala …": the meeting's text
    re.compile(rf"\bthe\s+{_SHORT_DESC}\s+adopted\s+(?:by\s+consensus\s+)?(?:on\s+⟦D(?P<d>\d+)⟧\s+)?"
               rf"(?P<held>at)\s+(?:the\s+)?⟦M(?P<m>\d+)⟧{_NOTE}"),
    # "the decisions taken at the third Meeting of States Parties …,3 including the adoption of the declaration
    # entitled “Strengthening our commitment to …”": adopted there
    re.compile(rf"\b(?P<held>outcomes?\s+of|decisions\s+(?:taken|adopted)\s+(?:at|by))\s+(?:the\s+)?⟦M(?P<m>\d+)⟧"
               r"(?:[^⟦;]|⟦[LDS]\d+⟧){0,120}?\s*,?\s*(?:and\s+)?(?:in\s+particular|notably|including)\s+(?:the\s+)?"
               rf"adoption\s+of\s+(?:the\s+|an?\s+)?{_DESC}{_NOTE}(?=\s*(?:[,;.]|$|as\s+well\b))"),
    # a body's text of a year, the note its document: "the 1999 guidelines of the Disarmament Commission,5", "the
    # Disarmament Commission guidelines of 1999,2"
    re.compile(rf"\bthe\s+(?:⟦D(?P<d>\d+)⟧\s+|(?P<y>(?:19|20)\d\d)\s+)?{_SHORT_DESC}\s+of\s+(?:the\s+)?⟦B(?P<b>\d+)⟧"
               r"\s*,?\s*⟦S(?P<s>\d+)⟧"),
    re.compile(rf"\bthe\s+⟦B(?P<b>\d+)⟧\s+{_SHORT_DESC}\s+of\s+⟦D(?P<d>\d+)⟧\s*,?\s*⟦S(?P<s>\d+)⟧"),
)
_NOTED = _PATTERNS[-2:]  # (need no "adopted": the body and the note say whose text it is)


def rule_described_text(ctx: Context, view: View) -> None:
    adopt = "adopt" in view.template or "approved" in view.template
    if not adopt and "⟦S" not in view.template:
        return
    done: set[int] = set()
    for pattern in _PATTERNS if adopt else _NOTED:
        for m in pattern.finditer(view.template):
            if m.start("desc") in done:
                continue
            groups = m.groupdict()
            agent_index = groups.get("b") or groups.get("m")
            agent = resolve_mention(ctx, view, int(agent_index)) if agent_index else None
            kind = ctx.registry.get(agent).kind if agent else None
            if kind not in ("body", "meeting"):
                continue
            at = re.search(r"⟦M(\d+)⟧", groups.get("at") or "")
            session = resolve_mention(ctx, view, int(at.group(1))) if at else None
            session = session if session and ctx.registry.get(session).kind == "meeting" else None
            day = view.one_date(groups["d"]) if groups.get("d") else None
            # "at its 1999 … session", "the 1999 guidelines of …"
            year = re.search(r"\b(?:19|20)\d\d\b", view.phrase(groups.get("at") or "") + (groups.get("y") or ""))
            # an event the text reports, with its day, its session or the document of its note; not what rules of
            # procedure say will happen ("between … and the adoption of the agenda by the Plenary, …")
            # (or a meeting the text was adopted at: "the amendments adopted at the Review Conference …")
            if not (day or session or groups.get("at") or groups.get("s") or groups.get("held")):
                continue
            # (a text of a body, adopted at its meeting: "the declaration on … at the fiftieth ministerial meeting of
            # the Standing Advisory Committee,7" is the declaration)
            desc = re.split(r"\s+(?:at|during)\s+(?:the|its)\s+", m.group("desc"))[0] if pattern in _NOTED \
                else m.group("desc")
            title = _title(view, desc)
            done.add(m.start("desc"))
            notes = re.findall(r"⟦S(\d+)⟧", f"⟦S{groups['s']}⟧{groups.get('more') or ''}") if groups.get("s") else []
            docs = [d for d in (note_document(ctx, view, int(i)) for i in notes) if d]
            if not docs:
                docs = [text_of_its_own(ctx, view, f"{session or agent}/{slugify(title)}", title, m.start("desc"))]
                ctx.claim(docs[0], "dcterms:title", Lit(title), view.sentence, "described-text")
            else:  # titled so unless the document titles it otherwise (once all of it has been read)
                for doc in docs:
                    ctx.title_once_read(doc, title, view.sentence, "described-text")
            if groups.get("approved"):
                by = "acta:approvedBy"
            elif kind == "body":
                by = "acta:adoptedBy"
            else:
                by = "acta:adoptedAt"
            for doc in docs:
                ctx.claim(doc, by, agent, view.sentence, "described-text")
                if session:
                    ctx.claim(doc, "acta:adoptedAt", session, view.sentence, "described-text")
                if day or year:
                    ctx.claim(doc, "acta:adoptionDate", date_literal(day.start if day else year.group()),
                              view.sentence, "described-text")


# "Recalling the joint communiqué of the fifty-eighth meeting of the Ministers for Foreign Affairs of the Association
# of Southeast Asian Nations, held in Kuala Lumpur on 9 July 2025", "the declaration of the States members of the
# Agency for the Prohibition of Nuclear Weapons … on the International Day for the Total Elimination of Nuclear
# Weapons, in Mexico City on 26 September 2025": a text known by what it is and whose it is (a meeting's, a body's
# members'), with what it is about and the day it was made; keyed by them
_TEXT_OF = re.compile(r"\bthe\s+(?P<desc>(?:joint\s+)?(?:communiqué|declaration|statement)|chair(?:’s|'s)\s+summary)"
                      r"\s+(?:issued\s+(?:by|at)|of)\s+(?:the\s+)?"
                      r"(?:⟦M(?P<m>\d+)⟧(?:\s+of\s+the\s+(?:Ministers?|Heads\s+of\s+State|Leaders)\b[^⟦,;]{0,60}?\s+of\s+"
                      r"(?:the\s+)?⟦B\d+⟧)?|(?:(?:States\s+)?members|Heads\s+of\s+State\s+and\s+Government|Ministers)\s+"
                      r"of\s+(?:the\s+)?⟦B(?P<b>\d+)⟧)"
                      r"(?P<topic>\s+on\s+(?:the\s+)?[^⟦,;]{3,150}?)?"
                      r"(?:\s*,\s*(?:(?:held|adopted|issued)\s+)?(?:in\s+⟦L\d+⟧\s+)?on\s+⟦D(?P<d>\d+)⟧)?(?=\s*[,;.]|\s*$)")


def rule_text_of(ctx: Context, view: View) -> None:
    t = view.template
    for m in _TEXT_OF.finditer(t) if re.search(r"communiqué|declaration|statement|summary", t) else ():
        agent = resolve_mention(ctx, view, int(m.group("m") or m.group("b")))
        if not agent or ctx.registry.get(agent).kind != ("meeting" if m.group("m") else "body"):
            continue
        title = upper_first(view.phrase(m.group("desc") + (m.group("topic") or "")))
        doc = text_of_its_own(ctx, view, f"{agent}/{slugify(title)}", title, m.start())
        dated_text(ctx, view, doc, "acta:producedBy", [agent], view.one_date(m.group("d")), title, "text-of")


# "its resolution 47/54 B of 9 December 1992, in which the Assembly endorsed the guidelines and recommendations for
# objective information on military matters and invited Member States …": the text the cited resolution endorsed
# (adopted, approved), known by what it is; keyed under that resolution, and cited by it (citing.cite_found)
_IN_WHICH_TEXT = re.compile(rf"{IN_WHICH_IT}\s+(?:(?:also|further)\s+)?(?P<verb>endorsed|adopted|approved)\s+the\s+"
                            rf"{_SHORT_DESC}(?=\s+and\s+[a-z]+ed\b|\s*[,;.(]|\s*$)")


def rule_in_which_text(ctx: Context, view: View) -> None:
    for m in _IN_WHICH_TEXT.finditer(view.template) if "which" in view.template else ():
        source = resolve_mention(ctx, view, int(m.group("s")))
        if not source or ctx.registry.get(source).kind not in ("resolution", "decision"):
            continue
        title = _title(view, m.group("desc"))
        doc = text_of_its_own(ctx, view, f"{source}/{slugify(title)}", title, m.start("desc"))
        ctx.claim(doc, "dcterms:title", Lit(title), view.sentence, "in-which-text")
        # who did so: "the Assembly" the clause names, else ("in which it …") the one who adopted the resolution
        named = re.search(r"which\s+the\s+⟦B(\d+)⟧", m.group(0))
        body = resolve_mention(ctx, view, int(named.group(1))) if named else ctx.claimed(source, "acta:adoptedBy")
        if isinstance(body, str) and ctx.registry.get(body).kind == "body":
            ctx.claim(doc, BY_VERB[m.group("verb")], body, view.sentence, "in-which-text")
            if m.group("verb") == "adopted":
                ctx.claim(doc, "acta:adoptedIn", source, view.sentence, "in-which-text")


# "the Final Document of the 2000 Review Conference …,3 including, in particular, the documents entitled “Review of the
# operation of the Treaty, …” and “Improving the effectiveness of the strengthened review process for the Treaty”,4":
# two texts under one note, each a part of the note's document, cited as a title there would be (after the
# clause's citing verbs are read: graph/citing.py)
_ENTITLED_BOTH = re.compile(r"\b(?:documents|texts|decisions|sections)\s+entitled\s+"
                           r"[“\"](?P<a>[^”\"⟦]{3,300}?)[.,]?[”\"]\s*,?\s+and\s+[“\"](?P<b>[^”\"⟦]{3,300}?)[.,]?[”\"]\s*,?\s*⟦S(?P<n>\d+)⟧")


def rule_entitled_both(ctx: Context, view: View) -> None:
    for m in _ENTITLED_BOTH.finditer(view.template) if "entitled" in view.template else ():
        doc = note_document(ctx, view, int(m.group("n")))
        for group in ("a", "b") if doc else ():
            title = upper_first(view.phrase(m.group(group)))
            part = text_of_its_own(ctx, view, f"{doc}/{slugify(title)}", title, m.start())  # (both, the verb's)
            ctx.claim(part, "dcterms:title", Lit(title), view.sentence, "entitled-both")
            ctx.claim(part, "dcterms:isPartOf", doc, view.sentence, "entitled-both")


# "Recalls that the 2010 Review Conference … reaffirmed the continued validity of the practical steps agreed to in the
# Final Document of the 2000 Review Conference …;" after "the adoption … of the Final Document of the 2000 Review
# Conference …,3": a meeting's text named again by what it is, with no note, is the document (each part) the document
# has said the meeting adopted under that title, cited as a symbol there would be
_MEETING_TEXT = re.compile(r"\b(?P<t>[Ff]inal\s+[Dd]ocument|[Oo]utcome\s+[Dd]ocument|Final\s+Declaration)\s+of\s+"
                           r"(?:the\s+)?⟦M(?P<m>\d+)⟧(?!\s*,?\s*⟦S)")


def rule_meeting_text_again(ctx: Context, view: View) -> None:
    t = view.template
    for m in _MEETING_TEXT.finditer(t) if "ocument of" in t or "Declaration of" in t else ():
        meeting = resolve_mention(ctx, view, int(m.group("m")))
        kind = re.sub(r"\s+", " ", m.group("t")).lower()
        adopted = {c.subject for c in ctx.x.claims if c.predicate == "acta:adoptedAt" and c.object == meeting}
        titles = [(doc, title) for _, doc, title, _, _ in ctx.titles_once_read] + [
            (c.subject, c.object.value) for c in ctx.x.claims if c.predicate == "dcterms:title"]
        titled = {doc for doc, title in titles if title.lower().startswith(kind)}
        for doc in sorted(adopted & titled) if meeting else ():
            cite_found(ctx, view, m.start(), doc)


# "Recalls the political declaration for the next decade of the Treaty, introduced by the United Kingdom … and endorsed
# by the relevant States Parties": a text known by what it is and who introduced it, keyed by them
_INTRODUCED = re.compile(rf"\bthe\s+{_SHORT_DESC}\s*,\s*introduced\s+by\s+"
                         r"(?P<who>(?:the\s+)?⟦[LB]\d+⟧(?:\s*(?:,|and)\s*(?:the\s+)?⟦[LB]\d+⟧)*)")


def rule_introduced_text(ctx: Context, view: View) -> None:
    for m in _INTRODUCED.finditer(view.template) if "introduced by" in view.template else ():
        who = [key for i in re.findall(r"⟦[LB](\d+)⟧", m.group("who"))
               if (key := resolve_mention(ctx, view, int(i))) and ctx.registry.get(key).kind in ("country", "body")]
        if not who:
            continue
        title = _title(view, m.group("desc"))
        doc = text_of_its_own(ctx, view, f"{who[0]}/{slugify(title)}", title, m.start("desc"))
        ctx.claim(doc, "dcterms:title", Lit(title), view.sentence, "introduced-text")
        for key in who:
            ctx.claim(doc, "acta:introducedBy", key, view.sentence, "introduced-text")


def _title(view: View, desc: str) -> str:
    """The description as the source words it; a text entitled "X" is X."""
    words = view.phrase(desc).rstrip(" ,")
    quoted = re.match(r"(?:text|(?:political\s+)?declaration)\s+entitled\s+[“\"](.+?)[”\"]?$", words)
    return upper_first(quoted.group(1)) if quoted else upper_first(words)


# "Noting the resolutions of 26 November 2011 and 22 June 2022 of the Council of Delegates of the International Red
# Cross and Red Crescent Movement entitled “Working towards the elimination of nuclear weapons”": a body's texts known
# by their days, one each (a day, not a month or a year: what else would tell two apart)
_OF_DAYS = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?P<kind>resolution|decision)s?\s+of\s+⟦D(?P<d>\d+)⟧\s+of\s+(?:the\s+)?"
                      r"⟦B(?P<b>\d+)⟧(?:\s*,?\s+entitled\s+[“\"](?P<title>[^”\"⟦]{3,200})[”\"])?")


# "Recalling that concern … has been reflected in numerous United Nations resolutions, including the first resolution
# adopted by the General Assembly, on 24 January 1946": one known by who adopted it and its day
_ADOPTED_ON_DAY = re.compile(r"\b[Tt]he\s+(?:(?:first|last|latest|most\s+recent)\s+)?(?P<kind>resolution|decision)\s+"
                             r"adopted\s+by\s+(?:the\s+)?⟦B(?P<b>\d+)⟧\s*,?\s+on\s+⟦D(?P<d>\d+)⟧")


def rule_texts_of_days(ctx: Context, view: View) -> None:
    t = view.template
    of_days = _OF_DAYS.finditer(t) if " of ⟦D" in t else ()
    for m in (*of_days, *(_ADOPTED_ON_DAY.finditer(t) if "adopted by" in t else ())):
        body = resolve_mention(ctx, view, int(m.group("b")))
        days = [v.start for v in view.dates(m.group("d")) if len(v.start) == 10 and not v.end]
        if not body or ctx.registry.get(body).kind != "body" or len(days) != len(view.dates(m.group("d"))):
            continue
        kind, title = m.group("kind"), m.groupdict().get("title")
        for day in days:
            key = f"{body}/{kind}/{day}"  # as "the decision of the ⟦body⟧ of ⟦day⟧" is keyed (graph/decisions.py)
            label = f"{kind} of the {ctx.registry.label(body)} of {spelled_day(day)}"
            if title:  # known by its title first: "Working towards … (resolution of the … of 26 November …)"
                label = f"{upper_first(title.strip())} ({label})"
            if ctx.registry.get(key) is None:
                ctx.registry.add(key, kind, label)  # a resolution (decision), cited as a symbol there would be
            cite_found(ctx, view, m.start(), key)
            ctx.claim(key, "acta:adoptedBy", body, view.sentence, "texts-of-days")
            ctx.claim(key, "acta:adoptionDate", date_literal(day), view.sentence, "texts-of-days")
            if title:
                ctx.claim(key, "dcterms:title", Lit(upper_first(title.strip())), view.sentence, "texts-of-days")


# "Welcomes the decisions taken by the Eleventh Conference of States Parties to the Arms Trade Treaty", "the decisions
# taken at the third Meeting of States Parties", "the relevant decision of the Thirteenth Conference of Heads of
# State …": what a meeting decided, a decision of its own; a body's only with what it decided ("the decision taken by
# the Economic Community to establish the Small Arms Unit"), for a body decides many things
_DECISIONS_OF = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts)\s+(?:relevant\s+|recent\s+)?(?P<noun>decisions?)|⟦A(?P<a>\d+)⟧)\s+"
                           r"(?:(?:taken|adopted|made)\s+(?:by|at)|of)\s+(?:the\s+)?⟦(?P<kind>[MB])(?P<i>\d+)⟧"
                           # (what the body is, said between: "…, established under the Charter of the Association,")
                           rf"{_FOUNDED_BETWEEN}"
                           r"(?P<to>\s+to\s+(?!be\b)[a-z]+(?:[^⟦,;]|⟦[A-Z]\d+⟧){0,200}?(?=\s*[,;.]|\s*$))?")
# the note that ends the clause, with no other text named before it
_NOTE_AFTER = re.compile(r"(?:[^⟦;]|⟦[MBLD]\d+⟧){0,300}?\s*,?\s*⟦S(\d+)⟧(?=\s*(?:[,;.]|$|⟦S))")
_LINK_BEFORE = re.compile(r"\bin\s+(?P<link>accordance|line|conformity)\s+with\s+$")
_TO_ESTABLISH = re.compile(r"\s+to\s+(?:re-?)?(?:establish|create|set\s+up)\s+(?:the\s+|an?\s+)?⟦B(\d+)⟧")


def _the_decision(view: View, index: str | None) -> bool:
    """An anaphor "the decision" (not "its decision", "that decision": those name one said before)."""
    mention = view.m(int(index)) if index is not None else None
    return bool(mention) and mention.attrs.get("noun") == "decision" and mention.text.lower().startswith("the ")


def rule_decisions_of(ctx: Context, view: View) -> None:
    for m in _DECISIONS_OF.finditer(view.template) if "decision" in view.sentence.text else ():
        if m.group("a") and not _the_decision(view, m.group("a")):
            continue
        noun = m.group("noun") or "decision"
        link = _LINK_BEFORE.search(view.template, max(0, m.start() - 30), m.start())
        item = ITEM_MEETING.match(view.template) if link else None  # (the item's meeting is convened so)
        if not item and not governing(ctx, view, m.start()):
            continue  # only what a clause cites or acts in accordance with, not "in the light of the decisions …"
        agent = resolve_mention(ctx, view, int(m.group("i")))
        kind = ctx.registry.get(agent).kind if agent else None
        if not (kind == "meeting" or kind == "body" and m.group("to")):
            continue
        # what a body decided, in twelve words at most: "to establish the Small Arms Unit"
        to = re.sub(r"(?:\s+(?:the|an?|of|in|to|and|for|its|their|on))+$", "",
                    " ".join(view.phrase(m.group("to") or "").split()[:12]))
        key = f"{agent}/{noun}" + (f"/{slugify(to)}" if kind == "body" else "")
        label = f"{noun} of the {ctx.registry.label(agent)}" + (f" {to}" if kind == "body" else "")
        if ctx.registry.get(key) is None:
            ctx.registry.add(key, "decision", label)
        ctx.claim(key, "acta:adoptedBy", agent, view.sentence, "decisions-of")
        founded = _TO_ESTABLISH.match(m.group("to") or "")
        body = resolve_mention(ctx, view, int(founded.group(1))) if founded else None
        if body and body != agent and kind_of(ctx, body) == "body":  # the body it decided to establish
            ctx.claim(body, "acta:establishedBy", key, view.sentence, "decisions-of")
        noted = _NOTE_AFTER.match(view.template, m.end()) if kind == "meeting" else None
        doc = note_document(ctx, view, int(noted.group(1))) if noted else None
        if doc:  # "the decision of the Ninth Review Conference … to develop …,2" (BWC/CONF.IX/9): the meeting's text
            ctx.claim(doc, "acta:producedBy", agent, view.sentence, "decisions-of")
        meeting = resolve_mention(ctx, view, int(item.group(1))) if item else None
        if meeting and meeting != agent and ctx.registry.get(meeting).kind == "meeting":
            ctx.claim(meeting, f"acta:in{link.group('link').capitalize()}With", key, view.sentence, "decisions-of")
        elif not link:
            cite_found(ctx, view, m.start(), key)


# "Welcoming the revised International Telecommunication Union resolution 186 on strengthening the role of the Union
# …, adopted by the 2018 Plenipotentiary Conference of the Union, held in Dubai …": a body's numbered resolution (or
# decision) that no symbol names, keyed by the body and its number, adopted at the meeting the clause names
_NUMBERED_OF = re.compile(r"⟦B(?P<b>\d+)⟧\s+(?P<noun>resolution|decision)\s+(?P<n>\d{1,4})\b(?!\s*/)"
                          r"(?P<topic>\s+on\s+[a-z](?:[^⟦;,]|⟦[BL]\d+⟧){3,250}?(?=\s*,|\s*;|\s*$))?"
                          r"(?P<rest>(?:[^⟦;]|⟦[BL]\d+⟧){0,250}?,\s*adopted\s+(?:at|by)\s+(?:the\s+)?⟦(?P<k>[BM])(?P<a>\d+)⟧)?")


def rule_numbered_of(ctx: Context, view: View) -> None:
    for m in _NUMBERED_OF.finditer(view.template) if " resolution " in view.template or " decision " in view.template \
            else ():
        body = resolve_mention(ctx, view, int(m.group("b")))
        mention = view.m(int(m.group("b")))
        if not body or not mention.attrs.get("listed") or ctx.registry.get(body).kind != "body":
            continue
        noun, number = m.group("noun"), m.group("n")
        key = f"{body}/{noun}/{number}"
        if ctx.registry.get(key) is None:
            ctx.registry.add(key, noun, f"{mention.text} {noun} {number}")
        # what it is on is its title; else its number is the name it has ("Resolution 186")
        if m.group("topic"):
            title = upper_first(view.phrase(m.group("topic")).strip().removeprefix("on ").strip())
            ctx.claim(key, "dcterms:title", Lit(title), view.sentence, "numbered-of")
        else:
            ctx.claim(key, "acta:symbol", Lit(f"{noun.capitalize()} {number}"), view.sentence, "numbered-of")
        agent = resolve_mention(ctx, view, int(m.group("a"))) if m.group("a") else None
        agent = agent if agent and ctx.registry.get(agent).kind in ("body", "meeting") else body
        ctx.claim(key, "acta:adoptedBy", agent, view.sentence, "numbered-of")
        cite_found(ctx, view, m.start(), key)


# "the previously adopted Political Declarations of 20172 and 2021,3" (notes: resolutions 72/1 and 76/7, annex): one
# declaration a year, each the text its note's resolution adopted (its annex), titled in the singular
_TITLES_OF_YEARS = re.compile(r"\b(?P<title>(?:[A-Z][a-z]+\s+){0,3}(?:Declaration|Strateg(?=ies)|Framework|Compact|"
                              r"Charter|Commitment)(?:s|ies))\s+of\s+"
                              rf"(?P<items>{DATE_NOTES}(?:\s*(?:,\s*and|,|and)\s*{DATE_NOTES})+)")


_PLURAL_TITLES = ("Declarations", "Strategies", "Frameworks", "Compacts", "Charters", "Commitments")


def rule_titles_of_years(ctx: Context, view: View) -> None:
    plural = "⟦S" in view.template and any(w in view.template for w in _PLURAL_TITLES)
    for m in _TITLES_OF_YEARS.finditer(view.template) if plural else ():
        title = re.sub(r"ies$", "y", m.group("title")) if m.group("title").endswith("ies") else m.group("title")[:-1]
        for year, notes in dated_notes(view, m.group("items")):
            note = notes[0]
            doc = resolve_mention(ctx, view, note) if "footnote" in view.m(note).attrs else None
            if not (year and len(year) == 4 and doc and ctx.registry.get(doc).kind in ("resolution", "decision",
                                                                                         "document")):
                continue
            if ctx.registry.get(doc).kind in ("resolution", "decision"):
                text = f"{doc}/annex"  # the text the resolution adopted, as "Adopts the … annexed to …" keys it
                if ctx.registry.get(text) is None:
                    ctx.registry.add(text, "document", f"{title} ({ctx.registry.label(doc)}, annex)")
                ctx.claim(doc, "acta:adopts", text, view.sentence, "titles-of-years")
            else:
                text = doc
            ctx.claim(text, "dcterms:title", Lit(title), view.sentence, "titles-of-years")
            ctx.claim(text, "acta:adoptionDate", date_literal(year), view.sentence, "titles-of-years")


# "in accordance with the 1995 resolution on the Middle East" after "the resolution on the Middle East of the 1995
# Review and Extension Conference …": the text of that year and topic the document named before
_TEXT_OF_A_YEAR = re.compile(r"\bthe\s+(?P<y>(?:19|20)\d\d)\s+(?P<kind>resolution|decision)\s+on\s+"
                             r"(?P<topic>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})")


def rule_text_of_a_year(ctx: Context, view: View) -> None:
    t = view.template
    me = ctx.speaking() if "resolution on" in t or "decision on" in t else None
    for m in _TEXT_OF_A_YEAR.finditer(t) if me else ():
        suffix = f"/{m.group('kind')}/{slugify(m.group('topic'))}"
        found = [k for k, e in ctx.registry.entities.items() if k.endswith(suffix) and e.kind == m.group("kind")
                 and getattr(ctx.claimed(k, "acta:adoptionDate"), "value", "").startswith(m.group("y"))]
        if len(found) != 1:
            continue
        link = _LINK_BEFORE.search(view.template, max(0, m.start() - 30), m.start())
        if link:
            ctx.claim(me, f"acta:in{link.group('link').capitalize()}With", found[0], view.sentence, "text-of-a-year")
        else:
            cite_found(ctx, view, m.start(), found[0])


# "Welcoming the adoption by consensus by the Group of Governmental Experts on …, established pursuant to General
# Assembly resolution 77/250 of 30 December 2022, of its report on 16 August 2024,6": the note's document is the body's,
# adopted that day
_ADOPTION_OF_ITS = re.compile(r"\badoption\s+(?:by\s+consensus\s+)?by\s+(?:the\s+)?⟦B(?P<b>\d+)⟧"
                              rf"{_FOUNDED_BETWEEN}"
                              r"\s+of\s+⟦A(?P<a>\d+)⟧(?:\s+on\s+⟦D(?P<d>\d+)⟧)?\s*,?\s*⟦S(?P<s>\d+)⟧")


def rule_adoption_of_its(ctx: Context, view: View) -> None:
    for m in _ADOPTION_OF_ITS.finditer(view.template) if "adoption" in view.template else ():
        if not view.m(m.group("a")).text.lower().startswith("its "):
            continue
        body, doc = resolve_mention(ctx, view, int(m.group("b"))), note_document(ctx, view, int(m.group("s")))
        if not body or not doc or ctx.registry.get(body).kind != "body":
            continue
        ctx.claim(doc, "acta:adoptedBy", body, view.sentence, "adoption-of-its")
        day = view.one_date(m.group("d")) if m.group("d") else None
        if day:
            ctx.claim(doc, "acta:adoptionDate", date_literal(day.start), view.sentence, "adoption-of-its")


# "6. Stresses the importance of the “Recommendations to promote the practical implementation of …” adopted by
# consensus by …" after "Welcoming the adoption … of the “Recommendations to promote …”,7" (note 7: A/78/42, annex):
# a quoted title the document gave a document before, without its note, is that document
_QUOTE = re.compile(r"“(?P<q>[^“”]{20,400}?)[.,]?”")


def _words(title: str) -> str:
    return " ".join(re.findall(r"\w+", title.casefold()))


def rule_quoted_title_again(ctx: Context, view: View) -> None:
    documents: dict[str, set[str]] | None = None  # a title's words -> the documents titled so (read once, if needed)
    for m in _QUOTE.finditer(view.template) if "“" in view.template else ():
        if not governing(ctx, view, m.start()):
            continue
        if documents is None:
            documents = {}
            for c in ctx.x.claims:
                if c.predicate == "dcterms:title" and isinstance(c.object, Lit) and ctx.registry.get(c.subject) \
                        and ctx.registry.get(c.subject).kind in ("document", "report"):
                    documents.setdefault(_words(c.object.value), set()).add(c.subject)
        titled = documents.get(_words(view.phrase(m.group("q"))), set())
        if len(titled) != 1:
            continue
        doc = next(iter(titled))
        cite_found(ctx, view, m.start(), doc)
        said = _QUOTE_ADOPTED.match(view.template, m.end())
        body, then = (resolve_mention(ctx, view, int(said.group(g))) if said and said.group(g) else None
                      for g in ("b", "then"))
        if body and ctx.registry.get(body).kind == "body":
            ctx.claim(doc, BY_VERB[said.group("verb")], body, view.sentence, "quoted-title-again")
        if then and then != body and ctx.registry.get(then).kind == "body":
            ctx.claim(doc, "acta:endorsedBy", then, view.sentence, "quoted-title-again")


# "… the “Recommendations to promote …” adopted by consensus by the Disarmament Commission and endorsed by the General
# Assembly;12": who adopted the text so named, and who endorsed it then
_QUOTE_ADOPTED = re.compile(r"\s*,?\s*(?P<verb>adopted|approved|endorsed)\s+"
                            r"(?:by\s+consensus\s+|without\s+a\s+vote\s+)?by\s+(?:the\s+)?⟦B(?P<b>\d+)⟧"
                            + THEN_ENDORSED)


# "for implementing the memorandum of understanding on United Nations-African Union partnership in peacebuilding of
# 2017": an agreement the text names by what it is and what it is on, of a year (a name in capitals is
# graph/instruments.py's)
_AGREEMENT_OF_A_YEAR = re.compile(r"\bthe\s+(?P<title>(?:memorandum\s+of\s+understanding|(?:framework\s+)?agreement)"
                                  r"\s+(?:on|between|for)\s+(?P<topic>(?:[^⟦,;:()“”]|⟦[BLI]\d+⟧){3,150}?))\s+of\s+"
                                  r"⟦D(?P<d>\d+)⟧")


def rule_agreement_of_a_year(ctx: Context, view: View) -> None:
    lower = "memorandum of understanding" in view.template or "agreement" in view.template
    for m in _AGREEMENT_OF_A_YEAR.finditer(view.template) if lower else ():
        year = view.one_date(m.group("d"))
        if not year or year.precision != "year" or not re.search(r"⟦[BLI]\d+⟧|\b[A-Z]", m.group("topic")):
            continue  # (on something it names: not "the agreement on the programme of work of 2017")
        title = view.phrase(m.group("title"))
        doc = text_of_its_own(ctx, view, f"instrument/{slugify(title)}/{year.start}", title, m.start())
        ctx.claim_unless_known(doc, "dcterms:title", Lit(title), view.sentence, "agreement-of-a-year")
        ctx.claim(doc, "acta:adoptionDate", date_literal(year.start), view.sentence, "agreement-of-a-year")


# "laws and regulations, such as that promulgated on 12 March 1996 known as “the Helms-Burton Act”": a State's law,
# named by what it is known as, of the day it was promulgated (enacted, signed) when the clause gives it
_LAW_KNOWN_AS = re.compile(r"\b(?:laws?|acts?|regulations?|decrees?|legislation|measures?)\b[^⟦;]{0,60}?"
                           r"(?:\b(?:promulgated|enacted|signed|passed)\s+on\s+⟦D(?P<d>\d+)⟧\s*,?\s+)?(?:and\s+)?"
                           r"known\s+as\s+[“\"](?:the\s+)?"
                           r"(?P<title>[A-Z][^”\"⟦]{1,100}?\s(?:Act|Law|Decree|Code|Ordinance))[”\"]")


def rule_law_known_as(ctx: Context, view: View) -> None:
    for m in _LAW_KNOWN_AS.finditer(view.template) if "known as" in view.template else ():
        title = view.phrase(m.group("title"))
        doc = text_of_its_own(ctx, view, f"instrument/{slugify(title)}", title, m.start("title"))
        ctx.claim_unless_known(doc, "dcterms:title", Lit(title), view.sentence, "law-known-as")
        day = view.one_date(m.group("d")) if m.group("d") else None
        if day and day.precision == "day":
            ctx.claim(doc, "acta:adoptionDate", date_literal(day.start), view.sentence, "law-known-as")


RULES = (rule_described_text, rule_text_of, rule_general_comment, rule_texts_of_days, rule_titles_of_years,
         rule_in_which_text, rule_entitled_both, rule_adopted_its_report, rule_meeting_text_again, rule_decisions_of,
         rule_numbered_of, rule_report_of_body, rule_introduced_text, rule_text_of_a_year, rule_adoption_of_its,
         rule_quoted_title_again, rule_rules_of_procedure, rule_approved_bodys_report, rule_considered_its_report,
         rule_law_known_as, rule_agreement_of_a_year)
