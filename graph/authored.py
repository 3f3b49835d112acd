"""Texts that States, officers and bodies write, issue or put forward, and who and when.

"the inputs … of the Peacebuilding Commission through its letter dated 13 November 2024,3" (a letter is its writer's
document of that day), "the advisory opinion of the International Court of Justice …, issued on 8 July 1996,9", "the
introduction by China and the Russian Federation at the Conference on Disarmament of the draft treaty on …,4" and
"the submission of its updated version in 2014", "the joint statement on preventing nuclear war … issued by China,
France, …", "the Secretary-General’s New Agenda for Peace": each text is its authors' (acta:producedBy, or the verb's
own kind of acta:submittedBy), of its day, titled by what the clause calls it unless a rule titled it.
"""

from __future__ import annotations

import re

from .dates import DateValue
from .entities import generic_noun, name_generic_body, resolve_mention
from .extract import Context, View
from .outcomes import DOCUMENT_KINDS, dated_text, note_document, text_of_its_own
from .text import slugify, upper_first

# "the inputs … of the Peacebuilding Commission through its letter dated 13 November 2024,3", "the letter dated
# 12 May 2025 from the Chair of the Committee addressed to the President of the General Assembly,5": a letter is its
# writer's document of that day
_LETTER = re.compile(r"⟦[BP](?P<who>\d+)⟧\s+(?:through|in|by)\s+(?:its|their|his|her)\s+letters?\s+dated\s+"
                     r"⟦D(?P<d>\d+)⟧"
                     r"\s*,?\s*(?P<notes>(?:⟦S\d+⟧)*)"
                     r"|\bletters?\s+dated\s+⟦D(?P<d2>\d+)⟧\s+from\s+(?:the\s+)?⟦[BP](?P<who2>\d+)⟧"
                     r"(?:\s+(?:to|addressed\s+to)\s+(?:the\s+)?(?:[^⟦;,]|⟦[BP]\d+⟧){1,80}?)?\s*,?\s*\(?\s*"
                     r"(?P<notes2>(?:⟦S\d+⟧)+)")


def rule_letters(ctx: Context, view: View) -> None:
    for m in _LETTER.finditer(view.template):
        index = int(m.group("who") or m.group("who2"))
        who = resolve_mention(ctx, view, index)
        if not who and view.m(index).attrs.get("generic"):  # "the group of independent eminent persons": this text's
            noun = generic_noun(view.m(index).text)
            who = name_generic_body(ctx, view, index, f"{ctx.x.document.slug}/{slugify(noun)}", noun)
        date = m.group("d") or m.group("d2")
        day = view.one_date(date)
        day = day if day and len(day.start) == 10 else None
        if m.group("notes") == "" and who and day:  # "the former Chairs … through their letter dated 12 May 2025,":
            title = f"Letter dated {view.m(date).text}"  # a letter no note publishes, theirs, of that day
            doc = text_of_its_own(ctx, view, f"{who}/letter/{day.start}", title, m.start())
            dated_text(ctx, view, doc, "acta:producedBy", [who], day, title, "letter-dated")
        for index in re.findall(r"⟦S(\d+)⟧", m.group("notes") or m.group("notes2") or ""):
            doc = resolve_mention(ctx, view, int(index))
            if not who or not doc or ctx.registry.get(doc).kind not in DOCUMENT_KINDS:
                continue
            title = f"Letter dated {view.m(date).text}" if day else None
            dated_text(ctx, view, doc, "acta:producedBy", [who], day, title, "letter-dated")


# "the advisory opinion of the International Court of Justice on the legality of …, issued on 8 July 1996,9", "the
# statement by the President of the Security Council of 12 February 2013, 9": note 9's document is that body's text
# of that day
# (or "the statement made by the President of the Security Council on behalf of the members of the Council on
# 12 April 1996,3")
# ("the guidance issued by the Secretary-General on contacts with persons who are the subject of arrest warrants or
# summonses issued by the International Criminal Court, 7": a topic that names a body, the note its document)
_ISSUED = re.compile(r"\b(?P<noun>advisory\s+opinion|opinion|(?:joint\s+)?statement|communiqué|memorandum|guidance)\s+"
                     r"(?:of|(?:made\s+|issued\s+|delivered\s+)?by)\s+(?:the\s+)?⟦[BP](?P<who>\d+)⟧"
                     r"(?:\s+on\s+behalf\s+of\s+(?:the\s+)?(?:members\s+of\s+the\s+)?⟦B\d+⟧)?"
                     r"(?:\s+(?:of|on)\s+⟦D(?P<d1>\d+)⟧)?"
                     r"(?P<topic>\s+on\s+(?:the\s+)?[a-z](?:[^⟦;]|⟦[BL]\d+⟧){3,200}?)?"
                     r"(?:\s*,?\s*(?:issued|adopted|published|delivered|rendered|made)\s+on\s+⟦D(?P<d2>\d+)⟧)?"
                     r"\s*,?\s*(?P<notes>(?:⟦S\d+⟧)+)")


def rule_issued(ctx: Context, view: View) -> None:
    for m in _ISSUED.finditer(view.template):
        who = resolve_mention(ctx, view, int(m.group("who")))
        day = view.one_date(m.group("d1") or m.group("d2"))
        noun = re.sub(r"\s+", " ", m.group("noun"))
        title = f"{noun} on {view.phrase(m.group('topic')).removeprefix('on ')}" if m.group("topic") else \
            f"{noun} by the {ctx.registry.get(who).label}" if who and noun.endswith("statement") else noun
        seen: set[str] = set()
        for index in re.findall(r"⟦S(\d+)⟧", m.group("notes")):
            number = view.m(int(index)).attrs.get("footnote")
            doc = note_document(ctx, view, int(index)) if number not in seen else None
            seen.add(number)  # a note's first document; "…; see Resolutions and Decisions of the Council …" is not it
            if not who or not doc:
                continue
            dated_text(ctx, view, doc, "acta:producedBy", [who], day, upper_first(title), "issued-by")


# "the open-ended working group considered its final report, decided to include …, and subsequently issued a
# compendium of statements in explanation of position on the adoption of the final report as document
# A/AC.292/2025/INF/5/Rev.1": the body that issued it, what it is as its title (the verbs it did before on no other
# body's or person's behalf)
_ISSUED_AS = re.compile(r"⟦B(?P<who>\d+)⟧\s+(?:(?:[^⟦;]|⟦[ADMS]\d+⟧){0,300}?(?:,|\s+and)\s+"
                        r"(?:(?:subsequently|also|then|further)\s+)?)?(?:issued|circulated|published)\s+(?:a|an)\s+"
                        r"(?P<what>[a-z][a-z ,’'-]{2,200}?)\s+as\s+(?:an?\s+)?(?:official\s+)?document\s+⟦S(?P<s>\d+)⟧")


def rule_issued_as(ctx: Context, view: View) -> None:
    for m in _ISSUED_AS.finditer(view.template) if "as document" in view.template else ():
        who, doc = (resolve_mention(ctx, view, int(m.group(g))) for g in ("who", "s"))
        if who and doc and ctx.registry.get(who).kind == "body" and ctx.registry.get(doc).kind in DOCUMENT_KINDS:
            dated_text(ctx, view, doc, "acta:producedBy", [who], None, upper_first(view.phrase(m.group("what"))),
                       "issued-as")


# "the introduction by China and the Russian Federation at the Conference on Disarmament of the draft treaty on
# prevention of the placement of weapons in outer space …, 4": note 4 is that draft, theirs
# (or "the draft treaty on …, introduced by China and the Russian Federation at the Conference on Disarmament in
# 2008,2": the year is the draft's)
_WHO = (r"(?P<who>(?:the\s+)?⟦[BLP]\d+⟧(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?⟦[BLP]\d+⟧)*)"
        r"(?:\s+(?:at|to|in)\s+(?:the\s+)?⟦[BM]\d+⟧)?")
_DRAFT = r"(?P<what>(?:draft|proposal|working\s+paper|paper|memorandum|plan|initiative)\b[a-z ,’'-]{0,300}?)"
_INTRODUCED = re.compile(rf"\b(?P<verb>introduction|submission|presentation)\s+by\s+{_WHO}\s+of\s+"
                         rf"(?:the\s+|an?\s+|its\s+)?{_DRAFT}\s*,?\s*(?P<notes>(?:⟦S\d+⟧)+)"
                         rf"|\b(?:the|a|an|its)\s+{_DRAFT.replace('what', 'what2')}\s*,\s+"
                         rf"(?P<verb2>introduced|submitted|presented|proposed)\s+by\s+{_WHO.replace('who', 'who2')}"
                         r"(?:\s+in\s+⟦D(?P<d>\d+)⟧)?\s*,?\s*(?P<notes2>(?:⟦S\d+⟧)+)")
# a record's "(1) Takes note of the joint proposal for administering the secretariat of IPBES submitted by the United
# Nations Environment Programme (UNEP), the United Nations Educational, Scientific and Cultural Organization (UNESCO),
# … and the United Nations Development Programme (UNDP)": with no note, a text of its own, named by what it is and
# on (a bare "the proposal submitted by …" names nothing)
_AGENT = r"(?:the\s+)?⟦B\d+⟧(?:\s*\(\s*⟦B\d+⟧\s*\))?"
_SUBMITTED_TEXT = re.compile(r"\bthe\s+(?P<what>(?:joint\s+)?(?:proposal|working\s+paper|memorandum|draft)\s+"
                             r"(?:for|on|to|concerning)\s+(?:[^⟦;,]|⟦B\d+⟧){3,150}?)\s*,?\s+"
                             r"(?P<verb>submitted|presented|introduced|proposed)\s+by\s+"
                             rf"(?P<who>{_AGENT}(?:(?:\s*,\s*|,?\s+and\s+){_AGENT})*)(?!\s*,?\s*⟦S)")
# "…, introduced by China and the Russian Federation … in 2008,2 and the submission of its updated version in 2014, 3"
# (or "… version[^5] in 2014"): the later version is the same authors' text, of its own year
# "the introduction by China and the Russian Federation at the Conference on Disarmament of the draft treaty on … in
# 2008 and the submission of its updated version in 2014,5" (note 5: "See CD/1839 and CD/1985"): one note for both
_BOTH_VERSIONS = re.compile(rf"\bintroduction\s+by\s+{_WHO}\s+of\s+(?:the\s+)?{_DRAFT}\s+in\s+⟦D(?P<d>\d+)⟧\s+and\s+"
                            r"(?:the\s+)?(?P<verb>submission|introduction|presentation)\s+of\s+its\s+"
                            r"(?P<later>(?:updated|revised|new|amended)\s+(?:version|text|draft))\s+in\s+⟦D(?P<d2>\d+)⟧"
                            r"\s*,?\s*⟦S(?P<s>\d+)⟧\s*⟦S(?P<s2>\d+)⟧")
_ITS_VERSION = re.compile(r"\s*,?\s+and\s+(?:the\s+)?(?P<verb>submission|introduction|presentation)\s+of\s+its\s+"
                          r"(?P<what>(?:updated|revised|new|amended)\s+(?:version|text|draft))"
                          r"(?:\s+in\s+⟦D(?P<d>\d+)⟧)?\s*,?\s*⟦S(?P<s>\d+)⟧(?:\s+in\s+⟦D(?P<d2>\d+)⟧)?")


# "the joint statement on preventing nuclear war and avoiding arms races issued by China, France, the Russian
# Federation, the United Kingdom … and the United States of America on 3 January 2022": the States' own text of that
# day, the document of its note if one follows, else a text of its own named by what it is
_JOINT = re.compile(rf"\b(?P<noun>joint\s+(?:statement|declaration|communiqué|communique))"
                    rf"(?P<topic>\s+(?:on|of)\s+[^⟦;,]{{3,200}}?)?\s*,?\s+(?:issued|made|adopted|signed)\s+by\s+"
                    rf"{_WHO}(?:\s+on\s+⟦D(?P<d>\d+)⟧)?(?:\s*,?\s*⟦S(?P<s>\d+)⟧)?")


def rule_joint_text(ctx: Context, view: View) -> None:
    if "joint" not in view.template:
        return
    for m in _JOINT.finditer(view.template):
        day = view.one_date(m.group("d"))
        doc = note_document(ctx, view, int(m.group("s"))) if m.group("s") else None
        if day is None and doc is None:  # a text of no day and no document: nothing to anchor it
            continue
        agents = [k for i in re.findall(r"⟦[BLP](\d+)⟧", m.group("who")) if (k := resolve_mention(ctx, view, int(i)))
                  and ctx.registry.get(k).kind in ("body", "officer", "country")]
        if not agents:
            continue
        title = upper_first(view.phrase(m.group("noun") + (m.group("topic") or "")))
        if doc is None:  # (a note's document is cited as its marker)
            doc = text_of_its_own(ctx, view, f"instrument/{slugify(title)}", title, m.start())
        dated_text(ctx, view, doc, "acta:producedBy", agents, day, title, "joint-text")


_BY_VERB = {"introduction": "acta:introducedBy", "introduced": "acta:introducedBy",
            "presentation": "acta:presentedBy", "presented": "acta:presentedBy"}


def rule_introduced(ctx: Context, view: View) -> None:
    for m in _SUBMITTED_TEXT.finditer(view.template) if "by" in view.template else ():
        title = upper_first(view.phrase(m.group("what")).strip(" ,"))
        agents = list(dict.fromkeys(  # (a body's acronym in brackets names it again)
            k for i in re.findall(r"⟦B(\d+)⟧", m.group("who")) if (k := resolve_mention(ctx, view, int(i)))
            and ctx.registry.get(k).kind in ("body", "officer")))
        if agents:
            doc = text_of_its_own(ctx, view, f"instrument/{slugify(title)}", title, m.start("what"))
            dated_text(ctx, view, doc, _BY_VERB.get(m.group("verb"), "acta:submittedBy"), agents, None, title,
                        "introduced-by")
    for m in _INTRODUCED.finditer(view.template):
        who, notes = m.group("who") or m.group("who2"), m.group("notes") or m.group("notes2")
        agents = [k for i in re.findall(r"⟦[BLP](\d+)⟧", who) if (k := resolve_mention(ctx, view, int(i)))]
        docs = [d for i in re.findall(r"⟦S(\d+)⟧", notes)[:1] if (d := note_document(ctx, view, int(i)))]
        what = re.sub(r"\s+", " ", m.group("what") or m.group("what2")).strip(" ,")
        day = view.one_date(m.group("d"))
        prop = _BY_VERB.get(m.group("verb") or m.group("verb2"), "acta:submittedBy")  # the text's own verb
        for doc in docs:
            dated_text(ctx, view, doc, prop, agents, day, upper_first(what), "introduced-by")
        later = _ITS_VERSION.match(view.template, m.end())
        doc = note_document(ctx, view, int(later.group("s"))) if later and docs else None
        if doc:
            title = upper_first(f"{later.group('what')} of the {what}")
            dated_text(ctx, view, doc, _BY_VERB.get(later.group("verb"), "acta:submittedBy"), agents,
                        view.one_date(later.group("d") or later.group("d2")), title, "introduced-by")
    for m in _BOTH_VERSIONS.finditer(view.template) if "its " in view.template else ():
        agents = [k for i in re.findall(r"⟦[BLP](\d+)⟧", m.group("who")) if (k := resolve_mention(ctx, view, int(i)))]
        first, later = note_document(ctx, view, int(m.group("s"))), note_document(ctx, view, int(m.group("s2")))
        if not (first and later and first != later
                and view.m(m.group("s")).attrs["footnote"] == view.m(m.group("s2")).attrs["footnote"]):
            continue  # (one note that gives both texts, in the order the clause names them)
        what = re.sub(r"\s+", " ", m.group("what")).strip(" ,")
        dated_text(ctx, view, first, "acta:introducedBy", agents, view.one_date(m.group("d")), upper_first(what),
                    "introduced-by")
        dated_text(ctx, view, later, _BY_VERB.get(m.group("verb"), "acta:submittedBy"), agents,
                    view.one_date(m.group("d2")), upper_first(f"{m.group('later')} of the {what}"), "introduced-by")


# "the Secretary-General’s disarmament agenda, Securing Our Common Future: An Agenda for Disarmament", "the
# Secretary-General’s New Agenda for Peace": a text named as an officer's or body's own is theirs (not a treaty, which
# is its parties': "the Agency’s Statute")
_OWN_TEXT = re.compile(r"⟦[BP](?P<who>\d+)⟧[’']s\s+(?:[a-z][\w-]*\s*,?\s+){0,3}?⟦I(?P<i>\d+)⟧")
_NOT_ITS_OWN = re.compile(r"\b(?:Statute|Charter|Convention|Treaty|Protocol|Covenant|Agreement|Accord)\b")


def rule_own_text(ctx: Context, view: View) -> None:
    for m in _OWN_TEXT.finditer(view.template):
        who, text = resolve_mention(ctx, view, int(m.group("who"))), resolve_mention(ctx, view, int(m.group("i")))
        if who and text and ctx.registry.get(who).kind in ("body", "officer") \
                and ctx.registry.get(text).kind == "document" and not _NOT_ITS_OWN.search(ctx.registry.get(text).label):
            ctx.claim(text, "acta:producedBy", who, view.sentence, "own-text")
            note = re.match(r"\s*,?\s*⟦S(\d+)⟧", view.template[m.end():])
            doc = note_document(ctx, view, int(note.group(1))) if note else None
            if doc:  # "the Secretary-General’s New Agenda for Peace[^11]": note 11's document is that text
                ctx.claim(doc, "acta:producedBy", who, view.sentence, "own-text")


# "Taking note of the statement by the Director General of the Agency, in which he provided additional information on
# …": with no note, a text of its own, the officer's (or body's)
# (or "Recalling the 2008 five-point proposal for nuclear disarmament of the Secretary-General, in which he proposed …":
# its year before it, and what it is for or on, named with it)
_STATEMENT_BY = re.compile(r"\bthe\s+(?:(?P<year>(?:19|20)\d\d)\s+)?(?P<noun>(?:[a-z]+-[a-z]+\s+)?(?:statement|address|"
                           r"briefing|proposal)(?:\s+(?:for|on)\s+[a-z][a-z -]{2,60}?)?)\s+"
                           r"(?:(?:made\s+|delivered\s+|given\s+)?by|of)\s+"
                           r"(?:the\s+)?⟦[BP](?P<who>\d+)⟧(?=\s*,\s*in\s+which\b|\s*[,;]?\s*$)")


def rule_statement_by(ctx: Context, view: View) -> None:
    t = view.template
    for m in _STATEMENT_BY.finditer(t) if (" by the" in t or " of the" in t) else ():
        who = resolve_mention(ctx, view, int(m.group("who")))
        if who and ctx.registry.get(who).kind in ("body", "officer", "person"):
            noun = re.sub(r"\s+", " ", m.group("noun"))
            title = f"{noun.capitalize()} by the {ctx.registry.label(who)}" if " " not in noun else upper_first(noun)
            doc = text_of_its_own(ctx, view, f"{who}/{slugify(noun)}", title, m.start())
            year = m.group("year")
            dated_text(ctx, view, doc, "acta:producedBy", [who], DateValue(year, None, "year", year) if year else None,
                        title, "statement-by")


# "Recalling the Model Nuclear Weapons Convention submitted to the Secretary-General by Costa Rica and Malaysia in 2007
# and circulated by the Secretary-General,11" ([^11]: A/62/650, annex.): a text named by its title, its authors, its
# year; the note's document publishes it, theirs too, and whoever circulated it
_TITLE_SUBMITTED = re.compile(
    r"⟦I(?P<i>\d+)⟧\s*,?\s+(?:which\s+was\s+|as\s+)?(?P<verb>submitted|presented|proposed)\s+"
    r"(?:to\s+(?:the\s+)?⟦[BM]\d+⟧\s+)?by\s+"
    r"(?P<who>(?:the\s+)?⟦[BLP]\d+⟧(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?⟦[BLP]\d+⟧)*)"
    r"(?:\s+(?:to|at)\s+(?:the\s+)?⟦[BM]\d+⟧)?(?:\s+(?:in|on)\s+⟦D(?P<d>\d+)⟧)?"
    r"(?:\s*,?\s+and\s+(?:later\s+|subsequently\s+)?(?:circulated|distributed)\s+by\s+(?:the\s+)?⟦B(?P<circ>\d+)⟧)?"
    r"\s*,?\s*(?:⟦S(?P<s>\d+)⟧)?")


def rule_title_submitted(ctx: Context, view: View) -> None:
    for m in _TITLE_SUBMITTED.finditer(view.template) if "by" in view.template else ():
        text = resolve_mention(ctx, view, int(m.group("i")))
        agents = [k for i in re.findall(r"⟦[BLP](\d+)⟧", m.group("who")) if (k := resolve_mention(ctx, view, int(i)))
                  and (ctx.registry.get(k).kind in ("body", "officer", "person") or k.startswith("country/"))]
        if not text or ctx.registry.get(text).kind not in DOCUMENT_KINDS or not agents:
            continue
        day = view.one_date(m.group("d"))
        published = note_document(ctx, view, int(m.group("s"))) if m.group("s") else None
        circulated = resolve_mention(ctx, view, int(m.group("circ"))) if m.group("circ") else None
        for doc in (text, published) if published and published != text else (text,):
            dated_text(ctx, view, doc, _BY_VERB.get(m.group("verb"), "acta:submittedBy"), agents, day, None,
                        "title-submitted")
            if circulated and ctx.registry.get(circulated).kind in ("body", "officer"):
                ctx.claim(doc, "acta:circulatedBy", circulated, view.sentence, "title-submitted")
        if published and published != text:
            ctx.title_once_read(published, upper_first(ctx.registry.label(text)), view.sentence, "title-submitted",
                                rank=2)
            ctx.published_as.append((published, text, view.sentence))


RULES = (rule_letters, rule_issued, rule_issued_as, rule_introduced, rule_own_text, rule_joint_text, rule_statement_by,
         rule_title_submitted)
