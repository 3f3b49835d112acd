"""Sessions of bodies named only by their kind, their owner and their year or ordinal.

"its substantive session of 2026", "the first, second and third sessions of the Preparatory Committee …", "its
2025 session", "the twenty-ninth session of the Conference of the Parties …": none has a name of its own, so each
is keyed by the body it belongs to, its kind and its year (or ordinal), and labelled the same way.  A body's dated
meetings ("This Working Group met on September 29 …") are graph/body_meetings.py's.
"""

from __future__ import annotations

import re

from .bodies import catalogue, lookup
from .body_meetings import (
    body_meeting,
    rule_budget_year,
    rule_convening_a,
    rule_general_debate,
    rule_held,
    rule_meeting_of,
    rule_met,
)
from .dates import DateValue
from .entities import ensure_body
from .extract import Context, Lit, View, date_literal
from .mentions import GENERIC_MEETING_HEADS, first_word
from .occasions import MEMBERS_OF, meeting_tail, numbers_a_series, place_before, put_dates
from .rules import P, key_of, kind_of
from .series import merge_into
from .text import Sentence, slugify, upper_first

# --- sessions named by kind, owner and year: "its substantive session of 2026" ------------------

# (whose organ it is said first: "the second session of the Platform’s Plenary" is the Plenary's)
_OWNER_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?(?:⟦B\d+⟧[’']s\s+)?⟦B(\d+)⟧")
_YEAR_AFTER = re.compile(r"^\s+of\s+⟦D(\d+)⟧")
_YEAR_AT_ITS = re.compile(r"\bin\s+⟦D(\d+)⟧\s*,?\s+(?:by\s+(?:the\s+)?⟦B\d+⟧\s+)?at\s+its\s+$")
_THE_YEAR = re.compile(r"\bthe\s+((?:19|20)\d\d)\s+$")
_BY_OWNER = re.compile(r"\s+by\s+(?:the\s+)?⟦B(\d+)⟧")
# "the decision of the Conference on Disarmament to establish for its 2009 session": "its" is the body just named (not
# in "… submitted to the General Assembly at its …, as well as the report of the Conference on its 1992 session")
_YEAR_BEFORE_ITS = re.compile(r"⟦B\d+⟧[^⟦]{0,250}?\b(?:its|their)\s+((?:19|20)\d\d)\s+$")
_SESSION_KINDS = re.compile(rf"\b{GENERIC_MEETING_HEADS}s?$")
_BODY_TOKEN = re.compile(r"⟦B(\d+)⟧")
_ITS_YEAR = re.compile(r"\b(?:its|their)\s+((?:19|20)\d\d)\s+$")
_SHORT_NAME = re.compile(r"\bthe\s+(?:[A-Z][\w-]*\s+)*(Conference|Commission|Committee|Council|Assembly|Board|Group)\b")


def _year_before_its(ctx: Context, view: View, token_start: int) -> re.Match[str] | None:
    """"its 2025 session": a year-named session of the body "its" stands for, which is the body named last before it
    (other mentions between: "… the Conference on Disarmament on 29 May 2009,10 …, and regretting that the Conference
    did not succeed … on a programme of work for its 2025 session") unless a short name between names another one
    ("… submitted to the Assembly at its …, as well as the report of the Conference on its 1992 session")."""
    strict = _YEAR_BEFORE_ITS.search(view.template, 0, token_start)
    loose = strict or _ITS_YEAR.search(view.template, 0, token_start)
    if strict or not loose:
        return strict
    bodies = list(_BODY_TOKEN.finditer(view.template, 0, loose.start()))
    if not bodies:
        return None
    label = ctx.registry.label(key_of(ctx, view, bodies[-1].group(1)) or "") or ""
    between = view.template[bodies[-1].end():loose.start()]
    if _SHORT_OWNER.search(view.template, 0, loose.end()) and _short_owner(ctx, view, loose.end()):
        return loose  # "… as well as the report of the Conference on its 1992 session": the Conference named before
    return None if any(head not in label for head in _SHORT_NAME.findall(between)) else loose


# "the report of the Conference on its 1992 session": whose session, by the short name of a body named before
_SHORT_OWNER = re.compile(r"\bthe\s+(Conference|Commission|Committee|Council|Assembly|Board|Group)\s+(?:on|at|for)\s+"
                          r"(?:its|their)\s+(?:(?:19|20)\d\d\s+)?(?:⟦M\d+⟧)?$")  # (before or after the session's token)


def _short_owner(ctx: Context, view: View, token_pos: int) -> str | None:
    m = _SHORT_OWNER.search(view.template, max(0, token_pos - 90), token_pos)
    key = ctx.named_by_head.get(m.group(1)) if m else None
    return key if _meets(ctx, key) else None


def _owner(ctx: Context, view: View, index: int, token_pos: int) -> str | None:
    """Whose session: "of the X" after it, else the body the clause is about (the nearest one before it), else the
    body last addressed or named, else the body that adopted the instrument ("its eighty-first session")."""
    after = view.template[token_pos:]
    m = _OWNER_AFTER.match(after)
    if m and key_of(ctx, view, m.group(1)):
        return key_of(ctx, view, m.group(1))
    before = view.template[:token_pos]
    short = _short_owner(ctx, view, token_pos)
    if short:
        return short
    if _AUTHORS_AGENDA.search(before) and _AUTHOR_DECIDES.match(view.template) and _meets(ctx, ctx.adopter()):
        return ctx.adopter()  # "8. Decides to convene a … of the First and Fourth Committees …, and to include in the
        #                       provisional agenda of its eighty-first session …": the Assembly's, who decides
    for j in reversed(re.findall(r"⟦[BA](\d+)⟧", before)):
        key = key_of(ctx, view, j)
        if _meets(ctx, key) and not _A_PLACE_OF.search(before, 0, before.find(f"⟦B{j}⟧")):
            return key
    if _its_is_the_author(view, before) and _meets(ctx, adopter := ctx.adopter()):
        return adopter  # "Decides to include in the provisional agenda of its eighty-first session"
    for key in (ctx.last.get("addressee"), ctx.last.get("body")):
        if _meets(ctx, key):
            return key
    adopter = ctx.adopter()
    return adopter if _meets(ctx, adopter) else None


# ("… shall meet at the seat of the Court or at United Nations Headquarters, to hold its twenty-fourth session": a body
# named for where the session is, not whose)
_A_PLACE_OF = re.compile(r"\b(?:seat|headquarters|premises)\s+of\s+(?:the\s+)?$", re.I)
_AUTHORS_AGENDA = re.compile(r"\bto\s+include\s+in\s+the\s+(?:provisional\s+)?agenda\s+of\s+its\s+⟦M\d+⟧$")
_AUTHOR_DECIDES = re.compile(r"^(?:\d{1,3}\.\s+)?(?:(?:Also|Further)\s+)?[Dd]ecides\b")


def _its_is_the_author(view: View, before: str) -> bool:
    """"its ⟦M⟧" with nothing before it in the sentence that "its" could stand for but the author (whose own
    "its decision" does not count)."""
    its = re.search(r"\bits\s+⟦M\d+⟧$", before)
    if not its:
        return False
    return all(t.group(1) == "A" and view.m(t.group(2)).text.lower().startswith("its ")
               for t in re.finditer(r"⟦([BMIA])(\d+)⟧", before[:its.start()]))


def _meets(ctx: Context, key: str | None) -> bool:
    """A body that holds sessions: not an officer, a secretariat or an office ("the twenty-third session of the
    Secretary-General" is nobody's)."""
    if kind_of(ctx, key) != "body":
        return False
    info = catalogue().get(key)
    return info is None or info.kind not in ("officer", "secretariat", "office")


def rule_generic_sessions(ctx: Context, view: View) -> None:
    """Generic meetings that no other rule placed get a key from their owner and their year or date."""
    for token in re.finditer(r"⟦M(\d+)⟧", view.template):
        i = int(token.group(1))
        m = view.m(i)
        kind = re.sub(r"^(?:an?|the|its|their)\s+", "", m.attrs.get("type") or m.text)
        if view.keys.get(i) or not m.attrs.get("generic") or not _SESSION_KINDS.search(_WHO.sub("", kind)):
            continue
        at = _after_list(view, m) or token.end()  # "the first, second and third sessions of …": after the last one
        rest = view.template[at:]
        before = _year_before_its(ctx, view, token.start())  # "for its 2009 session": that year's
        # "the programme of work for the 2009 session by the Conference on Disarmament": the session of the body
        # that acted for it
        by = _BY_OWNER.match(view.template, token.end()) if not before else None
        before = before or (_THE_YEAR.search(view.template, max(0, token.start() - 12), token.start()) if by else None)
        by_owner = key_of(ctx, view, by.group(1)) if before and by else None
        if kind in ("meeting", "meetings", "session", "sessions", "conference", "forum", "forums") and not before:
            if not m.attrs.get("ordinal"):
                _dated_meetings_of(ctx, view, i, kind, rest, plural=m.text.rstrip().endswith("s"))
                continue
        if _preparatory(ctx, view, i, kind, token.start(), rest):
            continue
        year = _YEAR_AFTER.match(rest)
        values = view.dates(year.group(1)) if year else _tail_dates(view, rest)
        year_first = bool(before and not year)
        prior = _YEAR_AT_ITS.search(view.template, max(0, token.start() - 120), token.start()) \
            if not values and not before and m.attrs.get("ordinal") else None
        if prior and len(view.dates(prior.group(1))) == 1 and view.dates(prior.group(1))[0].precision == "year":
            # "its decision, taken in 1982 at its twelfth special session", "the adoption in 2019 by the Committee …
            # at its sixty-second session": the session's year
            values = view.dates(prior.group(1))
        if year_first:  # "to establish for its 2009 session a working group": the session of that year
            year = before
            values = [DateValue(before.group(1), None, "year", before.group(1))]
        if not values and not m.attrs.get("ordinal"):
            _of_instrument(ctx, view, i, kind, rest)
            continue
        item = m.attrs.get("item")
        run = [v for d in _date_run(rest) for v in view.dates(d)] if item else []
        own_date = bool(item) and len(run) == item[2]
        if own_date:  # "…, held from 31 July …, from 22 July … and from 28 April …": each its own
            values = [run[item[1]]]
        of_meeting = _OF_MEETING.match(rest) or _MEETING_AT_ITS.search(view.template, 0, token.start())
        if of_meeting:  # "the twenty-ninth session of the Conference of the Parties to the …": that series' session
            _session_of_series(ctx, view, i, m, kind, view.m(of_meeting.group(1)))
            if own_date and view.keys.get(i):
                put_dates(ctx, view.keys[i], values, view.sentence, "session-dates")
            continue
        named_owner = _UNKNOWN_OWNER.match(rest)
        if not named_owner and _OWNER_IN_WORDS.match(rest):
            continue  # "the twenty-ninth session of the Conference of the Parties to the …": whose, the text says,
            # in words no rule reads; a guess (the Assembly, the body named before) would be wrong
        owner = None if m.attrs.get("ownerless") or named_owner else by_owner if _meets(ctx, by_owner) \
            else _owner(ctx, view, i, at)
        members = MEMBERS_OF.match(rest) if not named_owner else None
        if members and _meets(ctx, key_of(ctx, view, members.group("b"))):
            who = re.sub(r"\s+", " ", members.group("who"))
            owner, kind = key_of(ctx, view, members.group("b")), f"{kind} of the {who}"
        if not owner and not (m.attrs.get("ownerless") or named_owner):
            continue
        ordinal = m.attrs.get("ordinal")
        sent = view.sentence
        rounds = _rounds(m.text, kind, values) if not (ordinal or year) else []
        if rounds and " and " in kind:  # "technical and interministerial meetings": more than one meeting each time
            kind = _PLURAL_HEAD.sub(r"\1s", kind, count=1)
        if named_owner:  # "the joint ad hoc meetings of the First and Fourth Committees": theirs, not a guess's
            kind = f"{kind} of the {named_owner.group(1)}"
        joint = _joint_owners(ctx, named_owner.group(1), sent) if named_owner else []
        if rounds:  # "the joint ad hoc meetings … held on 22 October 2015, 12 October 2017, …": one node per date
            for value in reversed(rounds):  # the first round is the mention's, last written
                when = value.start[:7]
                key = _session(ctx, view, i, owner, kind, when, _dated(kind, when, bool(named_owner)))
                meeting_tail(ctx, view, i, key, "session-held", dates=False)
                put_dates(ctx, key, [value], sent, "session-dates")
                for body in joint:
                    ctx.claim(key, "acta:participant", body, sent, "joint-meeting")
            continue
        best = max(values, key=lambda v: (v.precision != "vague", len(v.start))) if values else None
        when = (best.start[:4] if best else None)
        label = f"{first_word(m.text)} {kind}" if ordinal else f"{when} {kind}" if year_first and when \
            else _dated(kind, when, bool(named_owner))  # in the text's order: "its 2025 session", "session of 2025"
        topic = None if ordinal or named_owner else _TOPIC.match(rest)
        named = _topical(view, kind, topic) if topic else None
        devoted = _DEVOTED.match(rest) if ordinal and "special session" in kind else None
        if devoted:  # "the first special session of the General Assembly devoted to disarmament" is the first on
            # that topic (1978, the Assembly's tenth special session), not the organ's first special session
            owner_words = f" of the {view.m(devoted.group('b')).text}" if devoted.group("b") else ""
            named = f"{first_word(m.text)} {kind}{owner_words} devoted to {devoted.group('topic')}"
            kind = f"{kind} devoted to {devoted.group('topic')}"
        key = _session(ctx, view, i, owner, kind, f"n{ordinal}" if ordinal else when, label, named)
        for body in joint:
            ctx.claim(key, "acta:participant", body, sent, "joint-meeting")
        if year:
            ctx.claim(key, "schema:startDate", date_literal(when), sent, "session-of-year")
        else:
            before = len(ctx.x.claims)
            meeting_tail(ctx, view, i, key, "session-held")
            if best and not any(c.predicate == "schema:startDate" for c in ctx.x.claims[before:]):
                put_dates(ctx, key, [best], sent, "session-dates")


_FOR_MEETING = re.compile(r"^\s+(?:for|of)\s+(?:the\s+)?⟦M(\d+)⟧")


# the dates right after a list of sessions, one after another: "…, held from ⟦D⟧, from ⟦D⟧ and from ⟦D⟧", or one
# mention of a list of dates (not the next list's: "… sessions in ⟦D⟧, its ⟦M⟧ and ⟦M⟧ in ⟦D⟧")
_DATE_RUN = re.compile(r"(?:[^⟦;]|⟦[MB]\d+⟧){0,80}?(?:from\s+|on\s+|in\s+)?⟦D(\d+)⟧"
                       r"(?P<more>(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:from\s+|on\s+|in\s+)?⟦D\d+⟧)*")


def _date_run(rest: str) -> list[str]:
    found = _DATE_RUN.match(rest)
    return [found.group(1)] + re.findall(r"⟦D(\d+)⟧", found.group("more") or "") if found else []


def _after_list(view: View, m) -> int | None:
    """Where the last session of an ordinal list ends in the template: whose they are and when, the words after it
    say for all of them ("its fourth, fifth and sixth substantive sessions in 2023")."""
    item = m.attrs.get("item")
    if not item or item[1] == item[2] - 1:
        return None
    for token in re.finditer(r"⟦M(\d+)⟧", view.template):
        if view.m(int(token.group(1))).attrs.get("item") == (item[0], item[2] - 1, item[2]):
            return token.end()
    return None


def _preparatory(ctx: Context, view: View, i: int, kind: str, token_start: int, rest: str) -> bool:
    """A preparatory meeting belongs to the meeting it prepares, not to a body: "the Fifth … Conference … in 2030, to
    be preceded by a preparatory committee meeting … in early 2030", "the second Maritime Conference …, following a
    high-level preparatory meeting held in Luanda", "the preparatory meeting for the Summit".  That meeting is
    the one it is "for", else the nearest named one before it in the sentence."""
    if "preparatory" not in kind:
        return False
    after = _FOR_MEETING.match(rest)
    candidates = [after.group(1)] if after else reversed(re.findall(r"⟦M(\d+)⟧", view.template[:token_start]))
    target = next((k for j in candidates if kind_of(ctx, k := view.keys.get(int(j))) == "meeting"
                   and view.m(j).attrs.get("named")), None)
    if not target:
        return False
    values = _tail_dates(view, rest[after.end():] if after else rest)
    best = max(values, key=lambda v: (v.precision != "vague", len(v.start))) if values else None
    when = best.start[:4] if best else None
    key = f"{target}/{slugify(kind)}" + (f"/{when}" if when else "")
    ctx.registry.add(key, "meeting", f"{kind} for the {ctx.registry.label(target)}")
    view.keys[i] = key
    ctx.last["meeting"] = key
    sent = view.sentence
    ctx.claim(key, "acta:preparedFor", target, sent, "preparatory-meeting")
    before = len(ctx.x.claims)
    meeting_tail(ctx, view, i, key, "session-held")
    if best and not any(c.predicate == "schema:startDate" for c in ctx.x.claims[before:]):
        put_dates(ctx, key, [best], sent, "session-dates")
    return True


# (who meets is no owner: "the joint summit of the Heads of State and Government of …", "of the Ministers for …")
def _dated_meetings_of(ctx: Context, view: View, i: int, kind: str, rest: str, plural: bool) -> None:
    """"the meetings of the Security Council on artificial intelligence …, held on 18 July 2023, 19 December 2024,
    …": a bare meeting word is a meeting of the body it names, one per day the clause gives (and nothing without)."""
    owner = _OWNER_AFTER.match(rest)
    body = key_of(ctx, view, owner.group(1)) if owner else None
    if not body or not _meets(ctx, body) or kind not in ("meeting", "meetings", "session", "sessions"):
        return
    days = sorted({v.start: v for v in _tail_dates(view, rest) if len(v.start) == 10 and v.precision != "vague"})
    if not plural and len(days) != 1:
        return
    for day in days:
        key = body_meeting(ctx, body, day, view.sentence, kind.rstrip("s"))
        view.keys.setdefault(i, key)


_OF_MEETING = re.compile(r"^\s+of\s+(?:the\s+)?⟦M(\d+)⟧")
# "… adopted by the Conference of the States Parties at its twenty-fourth session": the conference's own
_MEETING_AT_ITS = re.compile(r"⟦M(\d+)⟧\s*,?\s+at\s+its\s+$")


def _session_of_series(ctx: Context, view: View, i: int, m, kind: str, series) -> None:
    """The numbered session of a conference known by its name: one of its series, keyed by the number, held where
    the words after the conference's name say."""
    ordinal = m.attrs.get("ordinal")
    if not numbers_a_series(m, series):
        return
    from .meetings import series_key
    key = f"{series_key(series.label)}/{ordinal}"
    label = f"{first_word(m.text)} {kind} of the {series.label}"
    fresh = ctx.registry.get(key) is None
    ctx.registry.add(key, "meeting", label)
    view.keys[i] = key
    ctx.last["meeting"] = key
    if fresh:
        ctx.registry.add(series_key(series.label), "series", series.label)
        ctx.claim(key, "schema:superEvent", series_key(series.label), view.sentence, "session-of-series")
        ctx.claim(key, "acta:ordinal", Lit(str(ordinal), "xsd:integer"), view.sentence, "session-of-series")
    meeting_tail(ctx, view, i, key, "session-held")


_OWNER_IN_WORDS = re.compile(r"^\s+of\s+(?:the\s+)?(?!(?:Heads|Ministers|Members|States|Governments)\b)[A-Z]")
# an owner the text names that is no body found ("of the First and Fourth Committees"): not to be guessed instead
_UNKNOWN_OWNER = re.compile(r"^\s+of\s+the\s+([A-Z][\w’'-]*(?:\s+(?:(?:and|of|on|for|the)\s+)*[A-Z][\w’'-]*)*)"
                            r"(?=\s*[,;.(]|\s+(?:held|convened|on|in|at|from)\b)")


_BOTH_OF_A_KIND = re.compile(r"(?P<a>[A-Z][\w-]+)\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w-]+)\s+(?P<head>[A-Z][\w-]+?)s")


def _joint_owners(ctx: Context, owners: str, sent: Sentence) -> list[str]:
    """"the joint ad hoc meetings of the First and Fourth Committees": both committees took part, when both are
    listed bodies."""
    both = _BOTH_OF_A_KIND.fullmatch(owners)
    names = [f"{both.group('a')} {both.group('head')}", f"{both.group('b')} {both.group('head')}"] if both else []
    found = [lookup(n, ctx.x.organization) for n in names]
    return [ensure_body(ctx, f.key, sent) for f in found if f] if found and all(found) else []


def _dated(kind: str, when: str | None, owned: bool) -> str:
    """"special session of 1978"; "joint meeting of the First and Fourth Committees (2015-10)" """
    return f"{kind} ({when})" if owned else f"{kind} of {when}"


# "biennial meeting of States": who meets is not the kind of meeting
_WHO = re.compile(r"\s+of\s+\S.*$")
_PLURAL_HEAD = re.compile(rf"\b({GENERIC_MEETING_HEADS})\b(?!s)")


def _rounds(text: str, kind: str, values: list) -> list:
    """The dates of "special sessions … held in 1978, 1982 and 1988", one per session; [] for one meeting, and for
    a bare plural ("disarmament forums since 2010") that names no kind of meeting."""
    if not re.search(rf"\b{GENERIC_MEETING_HEADS}s\b", text) or " " not in kind:
        return []
    firm = sorted({v.start: v for v in values if v.precision != "vague"}.values(), key=lambda v: v.start)
    return firm if len(firm) > 1 else []


# what a meeting is on, in the text's words: "the high-level meeting of the General Assembly on nuclear disarmament,
# on 26 September 2013" (up to a comma, a verb's "to", where or when it was held)
_TOPIC = re.compile(r"^(?:\s+of\s+(?:the\s+)?⟦B(?P<b>\d+)⟧)?\s+on\s+"
                    r"(?P<topic>[a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){0,7}?)"
                    r"(?=\s*(?:[,;.:()]|$)|\s+(?:to|held|which|that|in|at|from|during|for|was|were|will|shall)\b"
                    r"|\s+and\s+(?:the|to|its|an?|[a-z]+ing)\b"
                    r"|\s*⟦)")


_DEVOTED = re.compile(r"^(?:\s+of\s+(?:the\s+)?⟦B(?P<b>\d+)⟧)?\s+devoted\s+to\s+"
                      r"(?P<topic>[a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){0,4}?)"
                      r"(?=\s*(?:[,;.:()]|$)|\s+(?:to|held|which|that|in|at|from|during|for|was|were|will|shall|and|by|of|as|with|under)\b"
                      r"|\s*⟦)")


def _topical(view: View, kind: str, topic: re.Match[str]) -> str:
    """"high-level meeting of the General Assembly on nuclear disarmament": the name the text gives a meeting on a
    topic (who meets, in the text's words), clearer than "high-level meeting of 2013 of the UN General Assembly"."""
    owner = f" of the {view.m(topic.group('b')).text}" if topic.group("b") else ""
    return f"{kind}{owner} on {topic.group('topic')}"


def _session(ctx: Context, view: View, i: int, owner: str | None, kind: str, ident: str | None, label: str,
             named: str | None = None) -> str:
    """Registers the session `kind` of `owner` known by `ident` (its ordinal or when it met) as what mention `i`
    names (as `named`, when the text gives its topic), with the convening sentence's place when it gives one before
    the meeting."""
    key = f"{owner or 'meeting'}/{slugify(kind)}/{ident}"
    numbered = re.fullmatch(r"n(\d+)", ident or "")
    if owner and numbered and kind in ("session", "regular session", "special session"):
        # the key the organ's sessions have wherever they are named: "the eighty-first session", "its eightieth
        # session" and a symbol's "A/RES/S-10/2" meet in one node
        key = f"{owner}/session/{'special' if kind == 'special session' else 'regular'}-{numbered.group(1)}"
    if named:  # "high-level meeting on nuclear safety (UN General Assembly)": whose, when the words don't say
        label = named if not owner or " of the " in named else f"{named} ({ctx.registry.label(owner)})"
    elif owner:
        label += f" of the {ctx.registry.label(owner)}"
    fresh = ctx.registry.get(key) is None
    ctx.registry.add(key, "meeting", label)
    view.keys[i] = key
    ctx.last["meeting"] = key
    if fresh and owner:
        ctx.claim(key, "acta:meetingOf", owner, view.sentence, "session-of-body")
    place_before(ctx, view, i, key)
    return key


_OF_INSTRUMENT = re.compile(r"\s+of\s+(?:the\s+)?⟦I(\d+)⟧")


def _of_instrument(ctx: Context, view: View, i: int, kind: str, rest: str) -> None:
    """"to convene the review conference of the Kinshasa Convention": an undated meeting known by the instrument it
    serves, one per kind (the bare "conference of the Convention" says too little and was skipped before this)."""
    of = _OF_INSTRUMENT.match(rest)
    instrument = view.keys.get(int(of.group(1))) if of else None
    if not instrument or ctx.registry.get(instrument) is None:
        return
    key = f"{instrument}/{slugify(kind)}"
    ctx.registry.add(key, "meeting", f"{kind} of the {ctx.registry.get(instrument).label}")
    view.keys[i] = key
    ctx.claim(key, "schema:about", instrument, view.sentence, "meeting-of-instrument")
    ctx.last["meeting"] = key


def _tail_dates(view: View, rest: str) -> list:
    """Dates that follow a session in the same clause: "for a period ... during 2026, namely from 6 to 24 April"."""
    # (another meeting named after a comma ends it: "… to hold its twenty-fourth session in The Hague, looks forward to
    # the twenty-fifth session, scheduled to be held from 7 to 17 December 2026")
    # (nor after an agent named after it: "… of the fourth special session … by the Open-ended Working Group on …,
    # which met in New York in 2016 and 2017": the group met then)
    clause = re.split(r"\s+and\s+(?:an?|the)\s+⟦M|[;]|,\s+to\s+|\s+to\s+(?:elect|submit|consider)|,[^⟦,;]{0,40}?⟦M\d"
                      r"|\s+by\s+(?:the\s+)?⟦B", rest, maxsplit=1)[0]
    values = []
    # not a date that is another text's: "pursuant to Assembly resolution 68/32 of 5 December 2013", "… the Sao Tome
    # Declaration …, adopted on 1 December 2016"
    for d in re.finditer(r"⟦D(\d+)⟧", clause[:200]):
        if not re.search(r"(?:⟦[SI]\d+⟧\s*,?\s+of|\b(?:adopted|signed|issued)\s+on)\s+$", clause[:d.start()]):
            values.extend(view.dates(d.group(1)))
    return values


# --- bodies a body owns: "to elect its Bureau" --------------------------------------------------

_ITS_BODY = re.compile(r"\bits\s+⟦B(\d+)⟧")


def rule_owned_bodies(ctx: Context, view: View) -> None:
    for m in _ITS_BODY.finditer(view.template):
        i = int(m.group(1))
        mention = view.m(i)
        if view.keys.get(i) or not mention.attrs.get("generic"):
            continue
        owner = _owner(ctx, view, i, m.start())
        if not owner:
            continue
        noun = re.sub(r"^(?:the|its)\s+", "", mention.text, flags=re.I)
        key = f"{owner}/{slugify(noun)}"
        owner_label = ctx.registry.label(owner)
        label = f"{upper_first(noun)} of the {owner_label}"
        fresh = ctx.registry.get(key) is None
        ctx.registry.add(key, "body", label)
        view.keys[i] = key
        if fresh:
            ctx.claim(key, "org:subOrganizationOf", owner, view.sentence, "owned-body")


# "the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty …": a committee named by
# the meeting it prepares is that meeting's, wherever the document names it again ("the Preparatory Committee")
_BODY_FOR = P(r"{B:body}\s+for\s+(?:the\s+)?{M:meet}")


def rule_body_for_meeting(ctx: Context, view: View) -> None:
    from .entities import generic_noun, name_generic_body
    for m in _BODY_FOR.finditer(view.template):
        i, mention = int(m.group("body")), view.m(m.group("body"))
        meeting = key_of(ctx, view, m.group("meet"))
        if view.keys.get(i) or not mention.attrs.get("generic") or kind_of(ctx, meeting) != "meeting":
            continue
        noun = generic_noun(mention.text)
        if not re.fullmatch(r"(?i)preparatory\s+(?:committee|commission|body)", noun):
            continue
        known = ctx.generic_bodies.get(noun.lower())
        if known:  # named before in the sentence or the document
            view.keys[i] = known
            continue
        label = f"{upper_first(noun)} for the {ctx.registry.label(meeting)}"
        key = name_generic_body(ctx, view, i, f"{meeting}/{slugify(noun)}", label)
        ctx.claim(key, "acta:preparedFor", meeting, view.sentence, "body-for-meeting")
        ctx.last["body"] = key


# "Decides that the Group of Scientific and Technical Experts will hold four 2-week sessions in Geneva and Vienna, from
# January 2027 to September 2029": the body's sessions of that period, where, convened by the deciding text
_WILL_HOLD = P(r"{BA:body}\s+(?:will|shall|is\s+to)\s+hold\s+(?:(?:up\s+to\s+)?[a-z]+\s+)?{M:meet}"
               r"(?:\s+in\s+{L:p1}(?:\s*(?:,|and)\s*{L:p2})?)?\s*,?\s*(?:in\s+|during\s+)?{D:dates}")


def rule_will_hold(ctx: Context, view: View) -> None:
    for m in _WILL_HOLD.finditer(view.template) if " hold " in view.template else ():
        body, meeting = key_of(ctx, view, m.group("body")), view.m(m.group("meet"))
        values = view.dates(m.group("dates"))
        if not body or not meeting.attrs.get("generic") or len(values) != 1 or values[0].precision == "vague":
            continue
        value, kind = values[0], meeting.attrs.get("type") or "session"
        key = body_meeting(ctx, body, value.start, view.sentence, f"{kind}s" if meeting.text.endswith("s") else kind)
        view.keys[int(m.group("meet"))] = key
        if value.end and value.end != value.start:
            # (named as body_meeting's start is, so that the two stay a pair: facts.consolidate)
            ctx.claim(key, "schema:endDate", date_literal(value.end), view.sentence, "body-meeting")
        for place in (m.group("p1"), m.group("p2")):
            if place and (where := key_of(ctx, view, place)):
                ctx.claim(key, "schema:location", where, view.sentence, "will-hold")
        me = ctx.speaking()
        if me and _AUTHOR_DECIDES.match(view.template):
            ctx.claim(key, "acta:convenedBy", me, view.sentence, "will-hold")


# "the successful organization in 2019, 2021, 2022, 2023 and 2024 by the Secretary-General, in accordance with its
# decision 73/546 of 22 December 2018, of the sessions of a conference aimed at elaborating a treaty on …": a
# conference named by what it is for, one session a year, each organized by whom the clause says
_SESSIONS_OF_A = P(r"\b(?:organization|convening|holding)\s+in\s+{D:years}\s+by\s+(?:the\s+)?{BL:by}"
                   r"(?:\s*,\s*in\s+(?P<how>accordance|line|conformity)\s+with\s+(?:its\s+|the\s+)?{S:text}"
                   r"(?:\s+of\s+⟦D\d+⟧)?\s*,)?\s+of\s+the\s+{M:sessions}\s+of\s+an?\s+{M:what}\s+"
                   r"(?P<topic>(?:aimed\s+at|on|for)\s+[a-z][^⟦,;]{5,200})")


def rule_sessions_of_a(ctx: Context, view: View) -> None:
    for m in _SESSIONS_OF_A.finditer(view.template) if "sessions of a" in view.sentence.text else ():
        years = view.dates(m.group("years"))
        by = key_of(ctx, view, m.group("by"))
        what = view.m(m.group("what"))
        if len(years) < 2 or any(y.precision != "year" for y in years) or not what.attrs.get("generic") \
                or not view.m(m.group("sessions")).text.endswith("sessions"):
            continue
        name = re.sub(r"\s+", " ", f"{what.attrs.get('type') or what.text} {m.group('topic')}").strip()
        conference = f"meeting/{slugify(name)}"
        ctx.registry.add(conference, "meeting", name)
        text = key_of(ctx, view, m.group("text")) if m.group("text") else None
        if text:
            ctx.claim(conference, f"acta:in{m.group('how').capitalize()}With", text, view.sentence, "sessions-of-a")
        for year in years:
            key = f"{conference}/session/{year.start}"
            ctx.registry.add(key, "meeting", f"{year.start} session of the {name}")
            ctx.claim(key, "schema:superEvent", conference, view.sentence, "sessions-of-a")
            ctx.claim(key, "schema:startDate", date_literal(year.start), view.sentence, "sessions-of-a")
            if by:
                ctx.claim(key, "acta:organizer", by, view.sentence, "sessions-of-a")


RULES = (rule_body_for_meeting, rule_meeting_of, rule_held, rule_met, rule_will_hold,  # (three of body_meetings.py)
         rule_sessions_of_a, rule_convening_a)  # (the last too)
LATE_RULES: tuple = (rule_generic_sessions, rule_owned_bodies, rule_budget_year,  # (the last two: body_meetings.py's)
                     rule_general_debate)


_DEVOTED_KEY = re.compile(r"(?P<owner>.+)/special-session-devoted-to-[\w-]+/n(?P<n>\d+)")
_SPECIAL_KEY = re.compile(r"(?P<owner>.+)/session/special-(?P<n>\d+)")


def merge_devoted_sessions(ctx: Context) -> None:
    """Where the document names an organ's nth special session devoted to a topic, its bare "nth special session"
    ("Convening of the fourth special session of the General Assembly", the item's title) is that one: the
    organ's own nth special session is a different, older one that such a document has no reason to name."""
    devoted: dict[tuple[str, str], list[str]] = {}
    bare: dict[tuple[str, str], str] = {}
    for key in ctx.registry.entities:  # (the words first: a pattern tried on every key costs more than the rest)
        if "/special-session-devoted-to-" in key and (m := _DEVOTED_KEY.fullmatch(key)):
            devoted.setdefault((m.group("owner"), m.group("n")), []).append(key)
        elif "/session/special-" in key and (m := _SPECIAL_KEY.fullmatch(key)):
            bare[(m.group("owner"), m.group("n"))] = key
    alias = {key: devoted[at][0] for at, key in bare.items() if len(devoted.get(at, ())) == 1}
    if alias:
        merge_into(ctx, alias, lambda c: False)
