"""What a report of a meeting says happened at it: who attended and spoke, what it considered.

A record of a session says who came in an attendance paragraph: "Representatives of the following
89 States that are members of the Platform attended the meeting: Antigua and Barbuda, Argentina,
…", "The following 23 States were present as observers: Afghanistan, …", "Representatives of the
following United Nations bodies … were also present as observers: Food and Agriculture
Organization …"; and who spoke at its opening: "Opening remarks were made by Ms. Ursula
Heinen-Esser, …, and Mr. Achim Steiner".  "The meeting" there is the meeting the report is of
(its heading: "Report of the first session of the Plenary of …"), not the last one the text
named, which may be another session it recalls.

What the meeting considered: "The representatives considered various issues under the agenda item
on the basis of the information contained in the note by the secretariat on … (IPBES/1/4)", "The
Committee had before it the report of the Secretary-General (A/80/111)"; and a document introduced
by its symbol: "Document IPBES/1/6: Draft financial Procedures for the … was presented by the
secretariat".
"""

from __future__ import annotations

import re

from .addressees import ensure_group, groups_in
from .entities import MEETING_POST, meeting_post, resolve_mention
from .extract import Context, Lit, View
from .officers import hold
from .rules import kind_of
from .text import slugify, upper_first

_REPORT_OF = re.compile(r"^Report\s+of\s+the\s+⟦M(?P<m>\d+)⟧")
_ATTENDED = re.compile(
    r"^(?:\(\d{1,3}\)\s+|\d{1,3}\.\s+)?(?:Representatives\s+of\s+)?[Tt]he\s+following\s+(?P<who>[^:]{0,250}?)\s+"
    r"(?:also\s+)?(?P<verb>attended|were\s+(?:also\s+)?(?:present|represented))(?P<rest>[^:]{0,120}):\s*(?P<list>.+)$",
    re.S)
_REMARKS = re.compile(r"\b(?:[Oo]pening|[Cc]losing|[Ww]elcoming|[Ii]ntroductory)\s+(?:remarks|statements)\s+were\s+"
                      r"(?:made|delivered)\s+by\s+(?P<list>.+)$", re.S)


def reported_organ(ctx: Context) -> str | None:
    """Whose meeting the report is of (the Plenary, for "Report of the first session of the Plenary …")."""
    meeting = reported_meeting(ctx)
    return ctx.claimed(meeting, "acta:meetingOf") if meeting else None


def reported_meeting(ctx: Context) -> str | None:
    return ctx.reported_meeting


def rule_reported_meeting(ctx: Context, view: View) -> None:
    """The heading "Report of the first session of the Plenary of …": the meeting the document reports on."""
    if reported_meeting(ctx) or view.sentence.start - ctx.x.document.body_start > 1500:
        return
    m = _REPORT_OF.match(view.template.strip())
    key = view.keys.get(int(m.group("m"))) if m else None
    if key and kind_of(ctx, key) == "meeting":
        ctx.reported_meeting = key


def rule_attendance(ctx: Context, view: View) -> None:
    meeting = reported_meeting(ctx)
    if not meeting:
        return
    m = _ATTENDED.match(view.template.strip())
    if m:
        observers = "observer" in m.group("who") + m.group("rest")
        _each(ctx, view, meeting, m.group("list"), "acta:observer" if observers else "acta:participant", "attendance",
              kinds="LBPI")
        return
    m = _REMARKS.search(view.template)
    if m:
        _each(ctx, view, meeting, m.group("list"), "acta:contributor", "opening-remarks", kinds="P")


def _each(ctx: Context, view: View, meeting: str, listed: str, prop: str, rule: str, kinds: str = "LBP") -> None:
    for token in re.finditer(rf"⟦([{kinds}])(\d+)⟧", listed):
        key = view.keys.get(int(token.group(2)))
        if token.group(1) == "I":  # "…, Convention on Biological Diversity, Ramsar Convention on Wetlands": a treaty
            key = _secretariat(ctx, key) if key else None  # attends through its secretariat
        if key and kind_of(ctx, key) in ("place", "country", "city", "body", "person") and key != meeting:
            ctx.claim(meeting, prop, key, view.sentence, rule)


def _secretariat(ctx: Context, treaty: str) -> str | None:
    if not treaty.startswith("instrument/") or kind_of(ctx, treaty) != "document":
        return None
    label = f"Secretariat of the {ctx.registry.label(treaty)}"
    key = f"body/{slugify(label)}"  # as the body "the Secretariat of the Convention on …" is keyed where it is named
    ctx.registry.add(key, "body", label)
    return key


_CONSIDERED = re.compile(
    r"^(?:\(\d{1,3}\)\s+|\d{1,3}\.\s+)?(?:The\s+|Its\s+)?(?:(?P<who>⟦[BM]\d+⟧)|representatives|participants|"
    r"[Mm]eeting|[Pp]lenary|[Cc]ommittee)\s+(?:also\s+)?(?:considered|discussed|examined|reviewed|had\s+before\s+(?:it|them))\b"
    r"(?P<rest>.*)$", re.S)
_BASIS = re.compile(r"\bon\s+the\s+basis\s+of\b|\bhad\s+before\b")
# "… was presented by the secretariat", "… by a representative of UNESCO": the record's own verb
_WAS_BY = (r"was\s+(?P<verb>presented|introduced|submitted)\s+by\s+(?:(?:the|an?)\s+representatives?\s+of\s+)?"
           r"(?:the\s+)?⟦B(?P<by>\d+)⟧")
_DOCUMENT_LINE = re.compile(r"^(?:\(\d{1,3}\)\s+|\d{1,3}\.\s+)?Document\s+⟦S(?P<sym>\d+)⟧\s*:\s*"
                            r"(?P<title>(?:[^:⟦]|⟦[BLD]\d+⟧){5,200}?)"
                            rf"(?=:|\s+{_WAS_BY}|\s*$)")
_WAS_BY_LATER = re.compile(rf"\b{_WAS_BY}")
_SUBMITTED_BY = re.compile(r"\bsubmitted\s+by\s+(?:the\s+)?(?P<list>⟦B\d+⟧(?:\s*(?:,|,?\s+and)\s+(?:the\s+)?⟦B\d+⟧)*)")


def rule_considered(ctx: Context, view: View) -> None:
    """The documents a meeting worked from: considered by it (acta:consideredBy)."""
    m = _CONSIDERED.match(view.template.strip())
    if not m or not _BASIS.search(view.template):
        return
    who = view.keys.get(int(m.group("who")[2:-1])) if m.group("who") else reported_meeting(ctx)
    if not who or kind_of(ctx, who) not in ("meeting", "body"):
        return
    for token in re.finditer(r"⟦S(\d+)⟧", m.group("rest")):
        key = view.keys.get(int(token.group(1)))
        if key and kind_of(ctx, key) in ("document", "report"):
            ctx.claim(key, "acta:consideredBy", who, view.sentence, "considered-on-the-basis-of")


# "The representatives adopted the agenda as set out in the provisional agenda (IPBES/1/1).", "The Committee adopted
# its agenda (A/AC.105/L.330).", "The provisional agenda (A/CN.10/L.88) was adopted.": the meeting's agenda, adopted
# by the meeting the record reports on (or by the body or meeting the sentence names)
_WHO = r"(?:(?P<who>⟦[BM]\d+⟧)|representatives|participants|members|[Mm]eeting|[Pp]lenary|[Cc]ommittee|[Gg]roup)"
_AGENDA = r"(?:the|its)\s+(?:provisional\s+|revised\s+|annotated\s+)?agenda"
_AS_IN = r"(?:\s*,?\s*(?:as\s+)?(?:set\s+out|contained|reproduced)\s+in\s+(?:the\s+provisional\s+agenda|document))?"
_AGENDA_ADOPTED = re.compile(
    rf"^(?:\(\d{{1,3}}\)\s+|\d{{1,3}}\.\s+)?(?:(?:At|During)\s+(?:its|the)\s+[^,⟦]{{3,40}}(?:⟦D\d+⟧)?\s*,\s*)?"
    rf"(?:[Tt]he\s+|[Ii]ts\s+)?{_WHO}\s+(?:also\s+|then\s+)?adopted\s+{_AGENDA}{_AS_IN}\s*\(?\s*⟦S(?P<doc>\d+)⟧"
    rf"|^(?:\(\d{{1,3}}\)\s+|\d{{1,3}}\.\s+)?The\s+(?:provisional\s+)?agenda{_AS_IN}\s*\(?\s*⟦S(?P<doc2>\d+)⟧\s*\)?"
    rf"\s*,?\s+was\s+adopted\b")


def rule_agenda_adopted(ctx: Context, view: View) -> None:
    m = _AGENDA_ADOPTED.match(view.template.strip()) if "agenda" in view.template else None
    if not m:
        return
    who = view.keys.get(int(m.group("who")[2:-1])) if m.group("who") else reported_meeting(ctx)
    doc = view.keys.get(int(m.group("doc") or m.group("doc2")))
    if who and doc and kind_of(ctx, who) in ("meeting", "body") and kind_of(ctx, doc) in ("document", "report"):
        ctx.claim(doc, "acta:adoptedBy", who, view.sentence, "agenda-adopted")


# "Their names can be found in the list of participants, which was circulated as document IPBES/1/INF/16", "a written
# statement, which will be distributed as document CSH/GT/MISPA II-12/09": the document is that text, given out at
# the meeting the record reports on (the record's own verb)
_CIRCULATED = re.compile(r"\b(?:the|a|an|its)\s+(?P<what>[a-z][a-z ’'-]{2,80}?)\s*,\s*which\s+(?:was|were|will\s+be|"
                         r"has\s+been|had\s+been|is|are)\s+(?P<verb>circulated|distributed)\s+as\s+(?:document\s+)?"
                         r"⟦S(?P<doc>\d+)⟧")
_GIVEN_OUT = {"circulated": "acta:circulatedAt", "distributed": "acta:distributedAt"}


def rule_circulated(ctx: Context, view: View) -> None:
    for m in _CIRCULATED.finditer(view.template) if "which" in view.template else ():
        doc = view.keys.get(int(m.group("doc")))
        if not doc or kind_of(ctx, doc) not in ("document", "report"):
            continue
        ctx.claim_unless_known(doc, "dcterms:title", Lit(upper_first(m.group("what").strip())), view.sentence,
                               "circulated-as")
        meeting = reported_meeting(ctx)
        if meeting and kind_of(ctx, meeting) == "meeting":
            ctx.claim(doc, _GIVEN_OUT[m.group("verb")], meeting, view.sentence, "circulated-as")


def rule_document_line(ctx: Context, view: View) -> None:
    """"Document IPBES/1/6: Draft financial Procedures for … was presented by the secretariat"."""
    m = _DOCUMENT_LINE.match(view.template.strip())
    key = view.keys.get(int(m.group("sym"))) if m else None
    if not key or kind_of(ctx, key) not in ("document", "report"):
        return
    ctx.claim(key, "dcterms:title", Lit(view.phrase(m.group("title"))), view.sentence, "document-line")
    was = _WAS_BY_LATER.search(view.template, m.end())
    right_after = was is not None and not view.template[m.end():was.start()].strip()
    # ": a joint proposal submitted by UNEP, UNESCO, FAO and UNDP, was presented by a representative of UNESCO":
    # submitted by the four, presented by the one
    submitted = _SUBMITTED_BY.search(view.template, m.end()) if not right_after else None
    agents = [(view.keys.get(int(i)), "acta:submittedBy") for i in re.findall(r"⟦B(\d+)⟧", submitted.group("list"))] \
        if submitted else []
    if was:  # the record's own verb: presented (introduced) at the meeting, or submitted to it
        verb = "acta:submittedBy" if was.group("verb") == "submitted" else "acta:presentedBy"
        agents.append((view.keys.get(int(was.group("by"))), verb))
    for agent, predicate in agents:
        if agent and kind_of(ctx, agent) == "body":
            ctx.claim(key, predicate, agent, view.sentence, "document-line")


# a record's section heading: "A – Rules of procedure for the meetings of the Plenary", "Part V – Initial work …"
_SECTION = re.compile(r"^(?:Part\s+[IVXLC]+|[A-Z])\s+[–-]\s+(?P<title>[A-Z][^\n]{3,300}?)\s*$")
# "the Plenary established a contact group on this matter, co-chaired by Mr. Robert T. Watson (United Kingdom) and
# Mr. Leonel Sierralta (Chile)": a group named by the section it works on, and who chairs it
_GROUP_KIND = r"(?P<kind>contact\s+group|friends\s+of\s+the\s+chair\s+group|drafting\s+group|informal\s+group)"
_ON_THE_MATTER = r"on\s+(?:this|that|the)\s+(?:matter|item|issue|agenda\s+item)\b"
_ESTABLISHED = r"(?:established|set\s+up|formed)"
_GROUP_ON_MATTER = re.compile(rf"⟦B(?P<by>\d+)⟧\s+(?:also\s+)?{_ESTABLISHED}\s+an?\s+{_GROUP_KIND}\s+{_ON_THE_MATTER}"
                              r"(?P<rest>.*)$")
# "… a friends of the chair group to consider the subject was established, which was chaired by Mr. Spencer Thomas",
# "An informal group was established under the leadership of Mr. Spencer Thomas"
_GROUP_PASSIVE = re.compile(rf"\b[Aa]n?\s+{_GROUP_KIND}\s+(?:(?:to\s+consider\s+the\s+(?:subject|matter|issue|item)|"
                            rf"{_ON_THE_MATTER})\s+)?was\s+{_ESTABLISHED}\b(?P<rest>.*)$")
_CHAIRED_BY = re.compile(r"^\s*,?\s*(?:which\s+was\s+)?(?:(?P<co>co-)?chaired\s+by|under\s+the\s+(?:leadership|"
                         r"chairmanship)\s+of)\s+(?P<list>(?:[^⟦;]|⟦[PL]\d+⟧)*)")


def rule_section(ctx: Context, view: View) -> None:
    m = _SECTION.match(view.sentence.text.strip())
    if m:
        ctx.section = re.sub(r"\s+", " ", m.group("title"))


def rule_group_on_matter(ctx: Context, view: View) -> None:
    """A group set up "on this matter" is named by the section of the record it works on."""
    m = _GROUP_ON_MATTER.search(view.template)
    by = view.keys.get(int(m.group("by"))) if m else None
    if m and (not by or kind_of(ctx, by) != "body"):
        return
    m = m or _GROUP_PASSIVE.search(view.template)  # "… was established": by whom, the sentence does not say
    section = ctx.section
    owner = by or reported_organ(ctx)
    if not m or not section or not owner:
        return
    kind = re.sub(r"\s+", " ", m.group("kind"))
    key = f"{owner}/{slugify(kind)}/{slugify(section)}"
    ctx.registry.add(key, "body", f"{kind} on {section}")
    if by:
        ctx.claim(key, "acta:establishedBy", by, view.sentence, "group-on-matter")
    chaired = _CHAIRED_BY.match(m.group("rest"))
    post = "Co-Chair" if chaired and chaired.group("co") else "Chair"
    for index in re.findall(r"⟦P(\d+)⟧", chaired.group("list")) if chaired else ():
        if view.keys.get(int(index)):
            hold(ctx, view, int(index), key, post, None, None, "group-on-matter")


# "10. Decides that the aforementioned high-level plenary meeting shall be held with the participation of Member and
# observer States …, as well as with the participation of the President of the General Assembly and the
# Secretary-General": who takes part in a meeting to come (the one the document named before, for "aforementioned")
# "… meeting shall be convened with the participation of …", "the formal meeting will be held in early 2026 at United
# Nations Headquarters, with conference services and with the participation of Member States, observer States and …"
_TO_BE_HELD_WITH = re.compile(r"(?:\b(?P<ana>aforementioned|above-mentioned|said)\s+)?⟦[MA](?P<m>\d+)⟧\s+"
                              r"(?:shall|will|should|would)\s+be\s+(?:held|convened)\b(?:[^;⟦]|⟦[DL]\d+⟧){0,100}?"
                              r"\bwith\s+the\s+participation\s+of\s+(?P<who>[^;]*)")


_PEOPLE_OF = re.compile(r"\b(?:observers?|members?|representatives?|staff|delegations?)\s+of\s+(?:the\s+)?$")


# "1. Decides that the formal meeting will be held in early 2026 at United Nations Headquarters, …", "10. Confirms that
# the first Review Conference … will be held at United Nations Headquarters …": the instrument decided (or confirms)
# when, where or how the meeting is held
_DECIDES_HELD = re.compile(r"^(?:\d{1,3}\.\s+)?(?:Also\s+|Further\s+)?(?:[Dd]ecides|[Cc]onfirms)\s+that\s+(?:the\s+)?"
                           r"(?:(?P<ana>aforementioned|above-mentioned|said)\s+)?⟦[MA](?P<m>\d+)⟧\s+"
                           r"(?:shall|will|should)\s+(?:be\s+(?:held|convened|organized)|take\s+place)\b")
# "2. Also decides that the Secretary-General shall invite civil society representatives, including from …, as well
# as relevant United Nations agencies, scientists, …, and academia": whom the meeting the instrument just scheduled
# will have, each a group named by its words
_SHALL_INVITE = re.compile(r"^(?:\d{1,3}\.\s+)?(?:Also\s+|Further\s+)?[Dd]ecides\s+that\s+(?:the\s+)?⟦B\d+⟧\s+"
                           r"(?:shall|will|should)\s+invite\s+(?P<who>[^;]+)")
_INCLUDING = re.compile(r",\s*(?:including|in\s+particular|notably)\b[^,;]*,")
_INVITEE = re.compile(r"\b(?:representatives?|experts?|scientists?|academia|academics?|civil\s+society|"
                      r"organi[sz]ations?|agencies|entities|institutions|parliamentarians|youth|private\s+sector|"
                      r"industry|stakeholders|partners|survivors|victims)\b")


def rule_scheduled(ctx: Context, view: View) -> None:
    decides = "ecides that" in view.template or "onfirms that" in view.template
    if not ctx.scheduled_meeting and not decides:
        return
    me = ctx.speaking()
    m = _DECIDES_HELD.match(view.template) if me and decides else None
    meeting = _meeting_to_be_held(ctx, view, int(m.group("m")), bool(m.group("ana"))) if m else None
    if meeting:
        ctx.claim(meeting, "acta:scheduledBy", me, view.sentence, "scheduled")
        ctx.scheduled_meeting = meeting
        return
    invite = _SHALL_INVITE.match(view.template) if ctx.scheduled_meeting and me else None
    if invite is None:
        ctx.scheduled_meeting = None  # (only the paragraph right after the one that scheduled it)
        return
    who = _INCLUDING.sub(",", invite.group("who"))
    for item in re.split(r"\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+", who):
        words = re.split(r"\s+(?:by|from|with|in|to|including|accredited)\b", view.phrase(item), maxsplit=1)[0]
        words = re.sub(r"^(?:the|all|relevant|other)\s+", "", words.strip(" .,"))
        if _INVITEE.search(words) and len(words.split()) <= 6:
            ctx.claim(ctx.scheduled_meeting, "acta:participant", ensure_group(ctx, words), view.sentence, "invited")


def rule_to_be_held_with(ctx: Context, view: View) -> None:
    for m in _TO_BE_HELD_WITH.finditer(view.template):
        meeting = _meeting_to_be_held(ctx, view, int(m.group("m")), bool(m.group("ana")))
        if meeting:
            _take_part(ctx, view, meeting, m.group("who"), "acta:participant", "to-be-held-with")


def _meeting_to_be_held(ctx: Context, view: View, index: int, aforementioned: bool) -> str | None:
    """The meeting a clause says is to be held: the one its mention names, or for "the aforementioned high-level
    plenary meeting" the one meeting named before with those words."""
    meeting = resolve_mention(ctx, view, index)
    if not meeting and aforementioned:
        words = view.m(index).text.lower()
        earlier = [e.key for e in ctx.registry.entities.values() if e.kind == "meeting" and words in e.label.lower()]
        meeting = earlier[0] if len(earlier) == 1 else None  # only if the words name one meeting
    return meeting if meeting and kind_of(ctx, meeting) == "meeting" else None


def _take_part(ctx: Context, view: View, meeting: str, who: str, role: str, rule: str) -> None:
    """The bodies, countries and groups ("Member States, observer States") a stretch of template names take part."""
    for token in re.finditer(r"⟦([BL])(\d+)⟧", who):
        people = _PEOPLE_OF.search(who, 0, token.start())
        if people and token.group(1) == "B":  # "observers of the United Nations General Assembly": they, a group
            words = re.sub(r"\s+", " ", people.group(0)).strip()
            ctx.claim(meeting, role, ensure_group(ctx, f"{words} {view.m(int(token.group(2))).text}"), view.sentence,
                      rule)
        if people or re.match(r"\s+system\b", who[token.end():]):
            continue  # "observers of the … General Assembly", "entities of the United Nations system": not the organ
        key = resolve_mention(ctx, view, int(token.group(2)))
        if key and (token.group(1) == "B" or key.startswith("country/")):
            ctx.claim(meeting, role, key, view.sentence, rule)
    for _, _, group in groups_in(ctx, view, who):
        ctx.claim(meeting, role, group, view.sentence, rule)


# "8. Further welcomes the participation of States signatories, …, the International Committee of the Red Cross, … at
# the third Meeting of States Parties as observers": who took part in a meeting the text names after them
_PARTICIPATION_AT = re.compile(r"\bparticipation\s+of\s+(?P<who>(?:[^;⟦]|⟦[BL]\d+⟧){3,400}?)\s+(?:at|in)\s+(?:the\s+)?"
                               r"⟦M(?P<m>\d+)⟧(?P<observers>\s+as\s+observers?\b)?")


# "9. Requests the Secretary-General … to invite States not Parties to the Convention, as well as the United Nations, …,
# the International Committee of the Red Cross and relevant non-governmental organizations, to attend the Twenty-third
# Meeting of the States Parties as observers": who the meeting is to have, and as what
_INVITED_TO_ATTEND = re.compile(r"\binvite\s+(?P<who>(?:[^;⟦]|⟦[BL]\d+⟧){3,500}?)\s*,?\s+to\s+"
                                r"(?:attend|participate\s+in)\s+(?:the\s+)?⟦M(?P<m>\d+)⟧(?P<observers>\s+as\s+observers?\b)?")


def rule_invited_to_attend(ctx: Context, view: View) -> None:
    for m in _INVITED_TO_ATTEND.finditer(view.template) if "invite" in view.template else ():
        meeting = resolve_mention(ctx, view, int(m.group("m")))
        if meeting and kind_of(ctx, meeting) == "meeting":
            _take_part(ctx, view, meeting, m.group("who"), "acta:observer" if m.group("observers") else
                       "acta:participant", "invited-to-attend")


def rule_participation_at(ctx: Context, view: View) -> None:
    if "participation" not in view.template:
        return
    for m in _PARTICIPATION_AT.finditer(view.template):
        meeting = resolve_mention(ctx, view, int(m.group("m")))
        if not meeting or kind_of(ctx, meeting) != "meeting":
            continue
        role = "acta:observer" if m.group("observers") else "acta:participant"
        _take_part(ctx, view, meeting, m.group("who"), role, "participation-at")


# "… decides that the informal exchanges should be composed of a three-day meeting in 2026 and that these consultations
# shall be open to the full participation of all Member States …, the International Committee of the Red Cross,
# academia and civil society": who the meeting is open to takes part in it ("these consultations": the meeting the
# sentence named last)
_OPEN_TO = re.compile(r"(?:(?:the\s+)?⟦M(?P<m>\d+)⟧|\b(?:these|those|such|the)\s+(?:consultations|exchanges|"
                      r"meetings?|sessions?|conferences?|dialogues?))\s+(?:shall|should|will|would|is|are)\s+"
                      r"(?:also\s+)?(?:be\s+)?open\s+to\s+(?:the\s+)?(?:(?:and\s+)?(?:full|effective|meaningful|equal)\s+)*"
                      r"participation\s+of\s+(?P<who>(?:[^;⟦]|⟦[BL]\d+⟧){3,400}?)\s*(?=;|$|\.(?:\s|$))")


def rule_open_to(ctx: Context, view: View) -> None:
    for m in _OPEN_TO.finditer(view.template) if "open to" in view.template else ():
        if m.group("m") is not None:
            meeting = resolve_mention(ctx, view, int(m.group("m")))
        else:
            before = [k for i in re.findall(r"⟦M(\d+)⟧", view.template[:m.start()])
                      if kind_of(ctx, k := resolve_mention(ctx, view, int(i))) == "meeting"]
            meeting = before[-1] if before else None
        if meeting and kind_of(ctx, meeting) == "meeting":
            _take_part(ctx, view, meeting, m.group("who"), "acta:participant", "open-to")


# a record of a meeting: "(45) After an exchange of courtesies in which representatives of the Group of 77, the European
# Union, the regional groups, stakeholders, … and the United Nations Environment Programme took part, the Chair declared
# the meeting closed …": who took part in the meeting named after them, else in the one the report is of
_TOOK_PART = re.compile(r"(?:\bin\s+which\s+|^(?:\(\d{1,3}\)\s+|\d{1,3}\.\s+)?)(?:(?:the\s+)?representatives\s+of\s+)?"
                        r"(?P<who>(?:the\s+)?⟦[BL]\d+⟧(?:[^;⟦]|⟦[BL]\d+⟧){0,300}?)\s+(?:also\s+)?took\s+part\b"
                        r"(?:\s+in\s+(?:the\s+)?⟦[MA](?P<m>\d+)⟧)?")


def rule_took_part(ctx: Context, view: View) -> None:
    m = _TOOK_PART.search(view.template) if "took part" in view.template else None
    meeting = (resolve_mention(ctx, view, int(m.group("m"))) if m.group("m") else reported_meeting(ctx)) if m else None
    if meeting and kind_of(ctx, meeting) == "meeting":
        _take_part(ctx, view, meeting, m.group("who"), "acta:participant", "took-part")


# "1. We, the Heads of State and Government and high-level representatives, met in Awaza, Turkmenistan, from 5 to 8
# August 2025 at the Third United Nations Conference …, with the participation of representatives of …, the private
# sector, civil society, academia and other stakeholders, …": a declaration's speakers took part in the meeting, and
# the others it names
_WE_MET = re.compile(r"^(?:\d{1,3}\.\s+)?We\s*,\s*(?:the\s+)?(?P<we>[^,⟦;]{3,120}?)\s*,\s+(?:have\s+|having\s+)?"
                     r"(?:met|gathered|assembled|convened)\s+(?:(?:in|at|on|from)\s+(?:[^⟦;]{0,20}?)(?:⟦[LD]\d+⟧\s*,?\s*)+)*"
                     r"at\s+(?:the\s+)?⟦M(?P<m>\d+)⟧(?:\s*,\s*with\s+the\s+participation\s+of\s+(?P<also>[^;⟦]*?)"
                     r"(?=\s*,\s+(?:under|to|with|in|and\s+[a-z]+ing)\b|\s*[;.]|$))?")
_EACH_GROUP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:high|other|the|senior|ministers|representatives|"
                         r"academia|civil|private)\b)")


def rule_we_met(ctx: Context, view: View) -> None:
    m = _WE_MET.match(view.template) if view.template.lstrip("0123456789. ").startswith("We") else None
    meeting = resolve_mention(ctx, view, int(m.group("m"))) if m else None
    if not meeting or kind_of(ctx, meeting) != "meeting":
        return
    for words in (m.group("we"), m.group("also") or ""):
        for name in _EACH_GROUP.split(words):
            name = re.sub(r"^(?:the|other)\s+", "", name.strip())
            if 2 < len(name) < 80 and not re.search(r"\b(?:under|theme|objective)\b", name):
                ctx.claim(meeting, "acta:participant", ensure_group(ctx, name), view.sentence, "we-met")


# "a joint half-day panel discussion of the Disarmament and International Security Committee (First Committee) and
# the Special Political and Decolonization Committee (Fourth Committee)": both take part
_BODY = r"(?:the\s+)?⟦B(\d+)⟧(?:\s*\(⟦B\d+⟧\))?"
_JOINT_OF = re.compile(rf"\s+of\s+{_BODY}\s+and\s+{_BODY}")


def rule_joint_meeting(ctx: Context, view: View) -> None:
    for i, m in enumerate(view.mentions):
        if m.kind != "meeting" or not re.match(r"joint\b", m.text, re.I):
            continue
        token = f"⟦M{i}⟧"
        of = _JOINT_OF.match(view.template, view.template.find(token) + len(token))
        meeting = resolve_mention(ctx, view, i) if of else None
        if not meeting or kind_of(ctx, meeting) != "meeting":
            continue
        for who in of.groups():
            key = resolve_mention(ctx, view, int(who))
            if key:
                ctx.claim(meeting, "acta:participant", key, view.sentence, "joint-meeting")


# "the initiative of the President of the thirteenth Meeting of States Parties … to host the South-East Asia and Pacific
# Regional Workshop …", "the offer of the Government of Kenya to host the second session": who hosts (convenes,
# organizes) the meeting, by the agent's own initiative or offer
# (or asked to organize it: "Reiterates its request to the President of the General Assembly to organize, on 26
# September every year, a one-day high-level plenary meeting of the Assembly")
_OFFER_TO_HOST = re.compile(r"\b(?:(?:initiative|(?:generous\s+)?offer|willingness)\s+of|"
                            r"(?P<asked>request\s+to|[Rr]equests))"
                            rf"\s+(?:the\s+)?(?:(?P<post>{MEETING_POST})|Government\s+of\s+(?:the\s+)?⟦L(?P<l>\d+)⟧|"
                            r"⟦[BL](?P<b>\d+)⟧)\s+to\s+(?P<verb>host|convene|organi[sz]e)"
                            r"(?:\s*,\s*(?:on|in)\s+⟦D\d+⟧(?:\s+every\s+year)?\s*,)?\s+(?:the\s+|an?\s+)?⟦M(?P<m>\d+)⟧")
_ROLE_OF_VERB = {"host": "acta:host", "convene": "acta:convener", "organize": "acta:organizer",
                 "organise": "acta:organizer"}


def _post_or_agent(ctx: Context, view: View, m: re.Match[str]) -> str | None:
    """Who a match names: the meeting's post (``MEETING_POST``, group "post"), else the mention of group "l" or "b"."""
    if m.group("post"):
        return meeting_post(ctx, view, m.group("post"), view.sentence)
    index = m.groupdict().get("l") or m.group("b")
    return resolve_mention(ctx, view, int(index)) if index else None


def rule_offer_to_host(ctx: Context, view: View) -> None:
    for m in _OFFER_TO_HOST.finditer(view.template) if " to " in view.template else ():
        who = _post_or_agent(ctx, view, m)
        meeting = resolve_mention(ctx, view, int(m.group("m")))
        verb = m.group("verb")
        if m.group("asked") and not verb.startswith("organi"):
            continue  # (asked to host or convene: the request says so, graph/requests.py)
        if who and meeting and kind_of(ctx, meeting) == "meeting" and kind_of(ctx, who) != "city":
            ctx.claim(meeting, _ROLE_OF_VERB[verb], who, view.sentence, "offer-to-host")


# "pursuant to the mandate of the twelfth Meeting of States Parties …, the President of the thirteenth Meeting …, with
# the support of the Implementation Support Unit …, consulted further and convened a series of dialogues": who
# convened (organized) a meeting, who supported them, and under whose mandate
_AGENT_CONVENED = re.compile(r"(?:\bpursuant\s+to\s+(?:the\s+mandate\s+of\s+)?(?:the\s+)?⟦[MSB](?P<by>\d+)⟧\s*,\s*)?"
                            rf"\b(?:[Tt]he\s+)?(?:(?P<post>{MEETING_POST})|⟦[BL](?P<b>\d+)⟧)"
                            r"(?:\s*,\s*with\s+the\s+(?:support|assistance)\s+of\s+(?:the\s+)?⟦B(?P<s>\d+)⟧\s*,)?"
                            r"(?:\s+(?:[a-z]+\s+){1,3}and)?\s+(?P<verb>convened|organi[sz]ed)\s+(?:an?\s+)?⟦M(?P<m>\d+)⟧")


def rule_agent_convened(ctx: Context, view: View) -> None:
    for m in _AGENT_CONVENED.finditer(view.template) if "convened" in view.template or "organi" in view.template \
            else ():
        who = _post_or_agent(ctx, view, m)
        meeting = resolve_mention(ctx, view, int(m.group("m")))
        if not who or not meeting or kind_of(ctx, meeting) != "meeting" or kind_of(ctx, who) not in (
                "body", "officer", "country"):
            continue
        ctx.claim(meeting, "acta:convener" if m.group("verb") == "convened" else "acta:organizer", who, view.sentence,
                  "agent-convened")
        helper = resolve_mention(ctx, view, int(m.group("s"))) if m.group("s") else None
        if helper and kind_of(ctx, helper) == "body":
            ctx.claim(meeting, "acta:contributor", helper, view.sentence, "agent-convened")
        mandate = resolve_mention(ctx, view, int(m.group("by"))) if m.group("by") else None
        if mandate and mandate != meeting:
            ctx.claim(meeting, "acta:pursuantTo", mandate, view.sentence, "agent-convened")


# "… and that the Office for Disarmament Affairs of the Secretariat will provide the support necessary for convening
# the informal exchanges", "Requests the Secretary-General to provide the support necessary to convene the Meeting of
# States": who supports a meeting contributes to it (the meeting named again in words is the one the sentence named)
_SUPPORT_FOR = re.compile(
    r"⟦[BP](?P<who>\d+)⟧\s+(?:(?:will|shall|should|would|to)\s+)?(?:continue\s+to\s+)?(?:provide|render)\s+"
    r"(?:the\s+|such\s+|all\s+)?(?:necessary\s+|required\s+)?(?:support|assistance|services)"
    r"(?:\s+and\s+(?:facilities|services|assistance))?"
    r"(?:\s+(?:necessary|required)|\s+as\s+may\s+be\s+(?:required|necessary))?"
    r"\s+(?:for|to)\s+(?:(?:the\s+)?(?:convening|convene|organizing|organize|holding|hold)\s+(?:of\s+)?)?(?:the\s+)?"
    r"(?:⟦M(?P<m>\d+)⟧|(?P<words>[a-z][a-z -]{3,60}?)(?=\s+(?:and|in|at|to|for|with)\b|\s*[,;.]|$))")


def rule_support_for(ctx: Context, view: View) -> None:
    for m in _SUPPORT_FOR.finditer(view.template) if "provide" in view.template or "render" in view.template else ():
        index = m.group("m")
        if index is None:  # "the informal exchanges" again: the meeting of those words the sentence named
            named = [i for i, mention in enumerate(view.mentions) if mention.kind == "meeting" and re.sub(
                r"^the\s+", "", mention.text.strip(), flags=re.I).lower() == m.group("words")]
            index = named[-1] if named else None
        meeting = resolve_mention(ctx, view, int(index)) if index is not None else None
        who = resolve_mention(ctx, view, int(m.group("who")))
        if meeting and who and kind_of(ctx, meeting) == "meeting" and kind_of(ctx, who) in ("body", "officer"):
            ctx.claim(meeting, "acta:contributor", who, view.sentence, "support-for")


RULES = (rule_scheduled, rule_to_be_held_with, rule_participation_at, rule_invited_to_attend, rule_we_met,
         rule_joint_meeting, rule_section, rule_reported_meeting, rule_attendance, rule_considered, rule_agenda_adopted,
         rule_document_line, rule_circulated, rule_group_on_matter, rule_took_part, rule_offer_to_host,
         rule_agent_convened, rule_support_for, rule_open_to)
