"""Which node a mention names: a listed body and its parents, a meeting or session, a place, a person.

`recognise` (in `extract.py`) finds the spans; this module turns each into a key in
the document's registry, using what the context already knows ("the Committee" is
the committee named before, "its eightieth session" is the session of the organ
the document belongs to) and asserting the catalogue's facts about listed bodies.
"""

from __future__ import annotations

import functools
import re

from . import bodies as body_data
from . import places as place_data
from .extract import Context, Lit, View
from .mentions import MEETING_WORD, Mention
from .symbols import find_symbols
from .text import Sentence, slugify, upper_first


def ensure_body(ctx: Context, key: str, sent: Sentence | tuple[int, int]) -> str:
    """A listed body and its parents up to the root, with the catalogue's facts."""
    info = body_data.catalogue().get(key)
    if info is None:
        return key
    fresh = ctx.registry.get(key) is None
    shown = next((a for a in info.acronyms if a.isupper() and len(a) > 2 and a not in info.label), None)
    label = f"{info.label} ({shown})" if shown else info.label
    entity = ctx.registry.add(key, "officer" if info.kind == "officer" else "body", label)
    root = body_data.catalogue().get(key.split("/")[0]) if info.org and label.startswith(info.org + " ") else None
    if root and root.key != key:  # "UN General Assembly": "… of the General Assembly of the United Nations"
        entity.name = f"{label[len(info.org) + 1:]} of the {root.label}"
    if fresh:
        for acronym in info.acronyms:
            if acronym.isupper() and len(acronym) > 2:
                ctx.claim(key, "acta:acronym", Lit(acronym), sent, "catalogue:acronym")
        if info.parent:
            ensure_body(ctx, info.parent, sent)
            part_of(ctx, key, info.parent, sent, "catalogue:parent")
    return key


# "article XIV of the Treaty", "article 12, paragraph 3, of the Convention": a text named by its head word alone, the
# one of that kind the document named last (``named_before``)
TREATY_HEAD = r"(?:Treaty|Convention|Covenant|Protocol|Agreement|Charter|Statute)"  # a text States are parties to
ARTICLE_OF_BARE = (r"[Aa]rticles?\s+(?:[IVXLC]+|\d+)(?:\s*,\s*paragraphs?\s+\d+\s*,)?\s+of\s+the\s+"
                   rf"(?P<head>{TREATY_HEAD})\b(?!\s+(?:on|of|to|for|between|against)\b)")
# (the words before a title's first preposition hold its head: "Comprehensive Nuclear-Test-Ban Treaty", "Treaty on
# …", not "Joint Ministerial Statement on the … Treaty" nor "Protocol to the Treaty")
_TITLE_HEAD = re.compile(r"\s+(?:on|of|to|for|between|against|concerning|relating)\s+")


def named_before(ctx: Context, head: str) -> str | None:
    """"the Treaty": the text whose name has that head word the document spoke of last."""
    word = re.compile(rf"\b{head}\b")
    for claim in reversed(ctx.x.claims):
        for key in (claim.subject, claim.object):
            entity = ctx.registry.get(key) if isinstance(key, str) and key.startswith("instrument/") else None
            if entity and word.search(_TITLE_HEAD.split(entity.label, maxsplit=1)[0]):
                return key
    return None


# a meeting's officer: "the President of the thirteenth Meeting of States Parties", "the Chair-designate of the 2027
# Meeting of States", "the Chair of the 2025 session of the Preparatory Committee" (no group names: it is an item of
# the addressee grammar, which repeats its items)
_POST_TITLE = r"(?:[Vv]ice-)?(?:President|Chair(?:person)?)(?:-designate|-elect)?"
MEETING_POST = rf"{_POST_TITLE}[ \t]+of[ \t]+(?:the[ \t]+)?⟦M\d+⟧"
_MEETING_POST = re.compile(rf"(?P<title>{_POST_TITLE})[ \t]+of[ \t]+(?:the[ \t]+)?⟦M(?P<m>\d+)⟧")


def meeting_post(ctx: Context, view: View, words: str, sent: Sentence) -> str | None:
    """The post the words name (``MEETING_POST``), one node per meeting and title: an agent a text asks or whose acts
    it records.  The meeting is its acta:officerOf, not its org:postIn: a meeting is no organization."""
    m = _MEETING_POST.fullmatch(words)
    meeting = resolve_mention(ctx, view, int(m.group("m"))) if m else None
    if not meeting or ctx.registry.get(meeting).kind != "meeting":
        return None
    title = upper_first(m.group("title"))
    key = f"{meeting}/{slugify(title)}"
    if ctx.registry.get(key) is None:
        ctx.registry.add(key, "officer", f"{title} of the {ctx.registry.label(meeting)}")
        ctx.claim(key, "acta:officerOf", meeting, sent, "meeting-post")
        role = f"role/{slugify(title)}"
        ctx.registry.add(role, "role", title)
        ctx.claim(key, "org:role", role, sent, "meeting-post")
    return key


def part_of(ctx: Context, key: str, parent: str, sent: Sentence | tuple[int, int], rule: str) -> None:
    """A body is a sub-organization of its parent; a post (an officer) is a post in it, with the role its holder
    plays, so that `officers` can list an office whose holder the text does not name (W3C ORG's org:postIn and
    org:role on an org:Post)."""
    entity = ctx.registry.get(key)
    if entity is None or entity.kind != "officer":
        ctx.claim(key, "org:subOrganizationOf", parent, sent, rule)
        return
    ctx.claim(key, "org:postIn", parent, sent, rule)
    title = post_title(entity.label)
    role = f"role/{slugify(title)}"
    ctx.registry.add(role, "role", title)
    ctx.claim(key, "org:role", role, sent, rule)


def post_title(label: str) -> str:
    """"Chairs of the Peacebuilding Commission" → "Chair", "UN Secretary-General" → "Secretary-General": the role a
    post's holder plays, as `officers.hold` names it."""
    head = re.split(r"\s+of\s+", label, maxsplit=1)[0]
    head = re.sub(r"^[A-Z]{2,}\s+(?=[A-Z])", "", head)  # the organization's acronym before the title
    if " " not in head and head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    return head


# an organ of a body called by its short name: "the Commission of the Community", "the Board of Governors of the Agency"
_SHORT_WORDS = r"Community|Agency|Organization|Organisation|Union|Platform|Court|Fund|Programme|Centre|Commission"
_SHORT_NAMES = re.compile(rf"\b({_SHORT_WORDS})\b")
# "the Advisory Group of the Fund" after "the Peacebuilding Fund"
_OF_SHORT_NAME = re.compile(rf"^(?P<head>.+?)\s+of\s+the\s+(?P<word>{_SHORT_WORDS})$")


def _remember_short_names(ctx: Context, m: Mention, key: str) -> None:
    """The listed body (or an organ's organization) this mention names is what "the Community" means next."""
    named = [m.attrs["parent"]] if m.attrs.get("parent") else []
    if m.attrs.get("listed"):
        named += [key.split("/")[0], key]  # "the Conference of Heads of State … of the Economic Community …"
    elif (last := _SHORT_NAMES.search(m.label.rsplit(None, 1)[-1])) and " of " not in m.label:
        ctx.named_by_word[last.group(1)] = key  # "the Peacebuilding Fund": its word names it next ("… of the Fund")
    for k in named:
        entity = ctx.registry.get(k)
        for word in _SHORT_NAMES.findall(entity.label) if entity else ():
            ctx.named_by_word[word] = _owner_named(ctx, k, word)


def _owner_named(ctx: Context, key: str, word: str) -> str:
    """"the Agency" after "the Board of Governors of the International Atomic Energy Agency" is the Agency, the
    listed body's parent whose own name holds the word, not the Board."""
    info = body_data.catalogue().get(key)
    while info is not None and info.parent and word not in re.split(r"\s+of\s+the\s+", info.label, maxsplit=1)[0]:
        parent = body_data.catalogue().get(info.parent)
        if parent is None or word not in parent.label:
            break
        key, info = parent.key, parent
    return key


def _unlisted_body(ctx: Context, key: str, label: str, parent: str | None, sent: Sentence,
                   kind: str = "body") -> str:
    """A body (or an officer's post) named in the text, under the body it belongs to when known (the catalogue's,
    if it lists that key)."""
    if body_data.catalogue().get(key):
        return ensure_body(ctx, key, sent)
    if ctx.registry.get(key) is None:
        ctx.registry.add(key, kind, label)
        ctx.claim(key, "rdfs:label", Lit(label), sent, "body-name")
        if parent:
            ensure_body(ctx, parent, sent)
            part_of(ctx, key, parent, sent, "body-of-body")
    return key


def _named_body(ctx: Context, m: Mention, sent: Sentence) -> str:
    """The body (or listed officer) a mention names by its name, remembered for the short forms that follow."""
    short = _OF_SHORT_NAME.match(m.label) if not m.attrs.get("listed") else None
    owner = ctx.named_by_word.get(short.group("word")) if short else None
    before = named_by_start(ctx, m.label) if not m.attrs.get("listed") and not owner \
        and re.fullmatch(r"(?:[A-Z][\w-]*\s+(?:(?:of|for|on)\s+)?){0,3}[A-Z][\w-]*", m.label) else None
    # ("the Assembly of States Parties" after "the Assembly of States Parties to the Rome Statute of …")
    founded = ctx.generic_bodies.get(m.label.lower()) if not m.attrs.get("listed") else None
    if m.attrs.get("listed"):
        key = ensure_body(ctx, m.key, sent)
    elif founded:
        key = founded
    elif before:  # "the Regional Centre" after "the United Nations Regional Centre for Peace and Disarmament in …"
        key = before
    elif owner:  # "the Commission of the Community": the Community the document named last
        head = short.group("head")
        key = _unlisted_body(ctx, f"{owner}/{slugify(head)}", head, owner, sent)
    else:
        if m.attrs.get("parent_name"):  # "… of the International Red Cross and Red Crescent Movement": a body too
            _unlisted_body(ctx, m.attrs["parent"], m.attrs["parent_name"], None, sent)
        key = _unlisted_body(ctx, m.key, m.label, m.attrs.get("parent"), sent,
                             "officer" if m.attrs.get("officer") else "body")
    _remember_short_names(ctx, m, key)
    if not m.attrs.get("officer"):
        # (a body named like a meeting, "the Conference on Disarmament", by its first word)
        # (the head before "of the": "General Conference of the Agency" is no agency)
        main = re.split(r"\s+of\s+the\s+", m.label, maxsplit=1)[0]
        head = body_data.HEAD_WORD.search(main) or MEETING_WORD.match(main)
        if head:  # "the Committee on the Peaceful Uses of Outer Space" is what "the Committee" means next
            ctx.named_by_head[head.group(0)] = key
    # "the Executive Secretary of the Preparatory Commission …": the body named is still the Commission
    if not m.attrs.get("officer"):
        ctx.last["body"] = key
    elif m.attrs.get("parent"):
        ctx.last["body"] = ensure_body(ctx, m.attrs["parent"], sent)
    # (a post named alone, "the Special Coordinator", leaves the body named last as it was)
    return key


def _post(ctx: Context, m: Mention, sent: Sentence) -> str:
    """"the Chair of the Ad Hoc Committee on the Indian Ocean": a post under that committee, which is named too; "the
    Chair of the Ad Hoc Committee" is the same post when that committee was named before."""
    body: Mention = m.attrs["of"]
    if body.attrs.get("generic"):
        parent = ctx.generic_bodies.get(_noun(body.text)) or _own_organ(ctx, _noun(body.text), sent) \
            or _short_name(ctx, body) or named_by_start(ctx, body.text)  # "the Court", "the Ad Hoc Committee"
        if parent is None:  # a committee the document never named in full: the post as the text names it
            return _unlisted_body(ctx, "body/" + slugify(m.label), m.label, None, sent, "officer")
        post = m.attrs["post"]
        key = _unlisted_body(ctx, f"{parent}/{slugify(post)}", f"{post} of the {ctx.registry.label(parent)}",
                             parent, sent, "officer")
    else:
        parent = _named_body(ctx, body, sent)
        key = _unlisted_body(ctx, m.key, m.label, parent, sent, "officer")
    ctx.last["body"] = parent
    return key


def named_by_start(ctx: Context, words: str) -> str | None:
    """"the Ad Hoc Committee" after "the Ad Hoc Committee on the Indian Ocean": the body last named with that head
    word, if its name starts with these words."""
    words = re.sub(r"^(?:the|this|that|its)\s+", "", words.strip(), flags=re.I)
    head = body_data.HEAD_WORD.search(words)
    key = ctx.named_by_head.get(head.group(0)) if head and words[:1].isupper() else None
    entity = ctx.registry.get(key) if key else None
    # (the organization's name before a body's own is no part of its short name: "United Nations Regional Centre …")
    label = re.sub(r"^United\s+Nations\s+", "", entity.label) if entity else ""
    return key if entity and label.lower().startswith(words.lower() + " ") else None


_KEYED_UNDER = ("resolution", "decision", "document", "meeting")  # what moves with a merged body or meeting


def merge_short_bodies(ctx: Context) -> None:
    """"the Assembly of States Parties" named before "the Assembly of States Parties to the Rome Statute of the
    International Criminal Court" (after it, `named_by_start` reads it so), "the Group of Scientific and Technical
    Experts" and the one "… on Nuclear Disarmament Verification": one body, the full name's, its sessions and texts
    with it; only when the short name begins one full name of the document (not "… of the …": whose it is)."""
    from .series import merge_shortened
    bodies = {k: e.label for k, e in ctx.registry.entities.items() if e.kind == "body" and k.startswith("body/")}
    merge_shortened(ctx, bodies, _begins_the_name, lambda c: False, keyed_under=_KEYED_UNDER)


def merge_short_meetings(ctx: Context) -> None:
    """"the Review Conference of the Rome Statute" and "the Review Conference of the Rome Statute of the International
    Criminal Court, held in Kampala …": one meeting, where the longer name only names the text it serves in full."""
    from .series import merge_shortened
    meetings = {k: e.label for k, e in ctx.registry.entities.items() if e.kind == "meeting"}
    # (only names that begin another one "… of the …": a set of such beginnings, not every pair of meetings)
    starts = {label[:i] for label in meetings.values() for i in _of_the_at(label)}
    shorts = {k for k, label in meetings.items() if label in starts}
    if not shorts:
        return
    meetings = {k: label for k, label in meetings.items()
                if k in shorts or any(label.startswith(meetings[s] + " of the ") for s in shorts)}
    texts = {e.label.lower() for e in ctx.registry.entities.values() if e.kind in ("document", "instrument")}

    def names_the_text_in_full(name: str, full: str) -> bool:
        served = re.search(r"\bof\s+the\s+(.+)$", name)
        return (full.startswith(name + " of the ") and served is not None
                and (served.group(1) + full[len(name):]).lower() in texts)

    merge_shortened(ctx, meetings, names_the_text_in_full, lambda c: False, keyed_under=_KEYED_UNDER)


def _of_the_at(label: str) -> list[int]:
    return [m.start() for m in re.finditer(" of the ", label)]


def _begins_the_name(name: str, full: str) -> bool:
    return full.startswith(name + " ") and bool(re.match(r"(?:to\s+the|on)\s+[A-Z]", full[len(name) + 1:]))


# a note's "Official Records of the General Assembly, Eightieth Session, Supplement No. 27": that body's session
_RECORDS = re.compile(r"Official\s+Records\s+of\s+the\s+⟦B(\d+)⟧\s*,\s*$")


def _records_session(ctx: Context, view: View, i: int) -> str | None:
    m = view.m(i)
    series = (m.attrs.get("series") or "").lower()
    if not m.attrs.get("ordinal") or series not in ("session", "special session", "emergency special session"):
        return None
    records = _RECORDS.search(view.template, 0, max(view.template.find(f"⟦M{i}⟧"), 0))
    body = resolve_mention(ctx, view, int(records.group(1))) if records else None
    if not body:
        return None
    from .adopters import ensure_session
    return ensure_session(ctx, body, m.attrs["ordinal"], "special" if "special" in series else "regular",
                          view.sentence)


_INDEFINITE = re.compile(r"\b(?:an?|another)\s+$", re.I)


def resolve_mention(ctx: Context, view: View, i: int) -> str | None:
    """The entity a mention names, or None for generic mentions that rules must place."""
    if i in view.keys:
        return view.keys[i]
    m, sent = view.m(i), view.sentence
    key: str | None = None
    if m.kind == "symbol":
        from .adopters import ensure_symbol
        key = ensure_symbol(ctx, m, sent)
        kind = ctx.registry.get(key).kind
        ctx.last["resolution" if kind in ("resolution", "decision") else "document"] = key
        ctx.last["instrument"] = key
    elif m.kind == "body" and (not m.attrs.get("listed") or m.attrs.get("generic")) \
            and (founded := _established_after(ctx, m)):
        founding, topic = founded
        key = f"{founding.key}/{slugify(m.label)}"
        if ctx.registry.get(key) is None:
            ctx.registry.add(key, "body", f"{m.label} {topic} ({founding.canonical})" if topic
                             else f"{m.label} ({founding.canonical})")
        ctx.last["body"] = key
        # "the open-ended working group" later in the document is this one, and so is "the Group of Governmental
        # Experts" after "the Group of Governmental Experts established pursuant to … resolution 77/250"
        ctx.generic_bodies[generic_noun(m.text).lower() if m.attrs.get("generic") else m.label.lower()] = key
    elif m.kind == "body" and "of" in m.attrs:
        key = _post(ctx, m, sent)
    elif m.kind == "body" and not m.attrs.get("generic"):
        key = _named_body(ctx, m, sent)
    elif m.kind == "body":
        # (not "an open-ended working group": a new one, not the one named before)
        key = (None if _INDEFINITE.search(ctx.x.document.text, max(0, m.start - 9), m.start)
               else ctx.generic_bodies.get(_noun(m.text))) or _own_organ(ctx, _noun(m.text), sent) \
            or _organ_of_listed(ctx, view, i) or _short_name(ctx, m) or named_by_start(ctx, m.text)
    elif m.kind == "meeting" and (session := _records_session(ctx, view, i)):
        key = session
    elif m.kind == "meeting" and m.attrs.get("named"):
        key = named_meeting(ctx, m, sent)
        if not is_modifier(ctx.x.document.text, m.start):
            ctx.last["meeting"] = key
    elif m.kind == "instrument":
        key = m.key
        if ctx.registry.get(key) is None:
            ctx.registry.add(key, "document", m.label)
            ctx.claim(key, "dcterms:title", Lit(m.label), sent, "instrument-title")
            if m.attrs.get("meeting"):
                meeting = named_meeting(ctx, m.attrs["meeting"], sent)
                ctx.claim(key, "acta:producedBy", meeting, sent, "text-of-meeting")
            elif (owner := body_data.named_after(m.label, ctx.x.organization)) and owner[0].kind != "officer":
                # "the Andean Community Roadmap to Prevent …", "the Economic Community of West African States
                # Convention on Small Arms …": the text of the organization whose name begins its own
                ctx.claim(key, "acta:producedBy", ensure_body(ctx, owner[0].key, sent), sent, "text-of-body")
        ctx.last["document"] = key
        ctx.last["instrument"] = key
    elif m.kind == "person":
        key = m.key
        if ctx.registry.get(key) is None:
            ctx.registry.add(key, "person", m.label)
            if m.attrs.get("honorific"):
                ctx.claim(key, "acta:honorific", Lit(m.attrs["honorific"]), sent, "person")
            if m.attrs.get("post"):
                ctx.claim(key, "acta:delegationPost", Lit(m.attrs["post"]), sent, "person-post")
            if m.attrs.get("representing"):
                country = ensure_place(ctx, place_data.country_key(m.attrs["representing"]),
                                       m.attrs["representing"], "country", sent)
                ctx.claim(key, "acta:representing", country, sent, "person-post")
    elif m.kind == "place":
        key = ensure_place(ctx, m.key, m.label, m.attrs["type"], sent)
        city, country_name = (key, m.attrs.get("country")) if m.attrs["type"] == "city" else (None, None)
        if m.attrs["type"] == "venue":  # "at United Nations Headquarters": a venue in New York
            city = ensure_place(ctx, place_data.city_key(m.attrs["city"]), m.attrs["city"], "city", sent)
            country_name = place_data.city_country(m.attrs["city"])
            if ctx.claimed(key, "schema:containedInPlace") is None:
                ctx.claim(key, "schema:containedInPlace", city, sent, "place")
        if city and country_name:
            country = ensure_place(ctx, place_data.country_key(country_name), place_data.canonical_country(
                country_name), "country", sent)
            if ctx.claimed(city, "schema:containedInPlace") is None:
                ctx.claim(city, "schema:containedInPlace", country, sent, "place")
    elif m.kind == "anaphor":
        noun = m.attrs["noun"]
        if noun.startswith("present ") and ctx.x.self_key:
            key = ctx.x.self_key
        elif noun in ("resolution", "decision"):
            key = ctx.last.get("resolution") if noun == "resolution" else ctx.last.get("instrument")
        elif noun in ("meeting", "session", "conference"):
            # "At its meeting on ..." is a meeting of the sentence's body, placed by the rules, not the last one named
            key = None if m.text.lower().startswith("its ") else ctx.last.get("meeting")
        elif noun == "ministerial":
            key = next((k for k in reversed(list(ctx.registry.entities))
                        if ctx.registry.entities[k].kind == "meeting"
                        and "minister" in ctx.registry.entities[k].label.lower()), None)
        elif noun in ("report", "document"):
            key = ctx.last.get("document")
            named = ctx.registry.get(key) if key and key.startswith("instrument/") else None
            if noun == "report" and named and "report" not in named.label.lower():
                key = None  # "the report" is no treaty or declaration named by its title
        elif noun == "working group":
            key = ctx.generic_bodies.get("working group")
    if key:
        view.keys[i] = key
    return key


_SESSION_OF = re.compile(r"(?:(?:(?P<special>Special)|Regular)\s+)?Session(?:\s+of\s+(?:the\s+)?(?P<organ>.+))?", re.I)
# "Official Records of the General Assembly, Forty-seventh Session, Supplement No. 27", and the notes after it
# that say "Ibid., Forty-eighth Session, …"
_OFFICIAL_RECORDS = re.compile(r"Official\s+Records\s+of\s+the\s+([A-Z][\w ]{3,60}?),")


_MEETING_OF_BODY = re.compile(r"(?:[A-Z][\w-]*\s+)?(?:Summit|Meeting|Session|Congress|Conference)s?\s+of\s+(?:the\s+)?"
                              r"(?P<body>[A-Z].+)")
_GROUP_OF = re.compile(r"(?:Group|Committee|Panel|Board|Working\s+Group)\s+of\s+(?:the\s+)?[A-Z]")


def named_meeting(ctx: Context, m: Mention, sent: Sentence) -> str:
    # "the Tenth Special Session of the General Assembly" is the organ's session, however it is written
    of = _SESSION_OF.fullmatch(m.attrs.get("series") or "") if m.attrs.get("ordinal") else None
    if of and not of.group("organ"):
        records = list(_OFFICIAL_RECORDS.finditer(ctx.x.document.text, max(0, m.start - 3000), m.start))
        organ = body_data.lookup(records[-1].group(1), ctx.x.organization) if records else None
    else:
        organ = body_data.lookup(of.group("organ"), ctx.x.organization) if of else None
    if organ:
        from .adopters import ensure_session
        kind = "special" if of.group("special") else "regular"
        return ensure_session(ctx, ensure_body(ctx, organ.key, sent), m.attrs["ordinal"], kind, sent)
    key, label = ctx.aliases.get(m.key, m.key), m.label
    if m.attrs.get("scoped") and (me := ctx.speaking()):  # "informal exchanges" the instrument convenes: its own
        key, label = f"{me}/{m.key.split('/', 1)[1]}", f"{m.label} ({ctx.registry.get(me).label})"
    fresh = ctx.registry.get(key) is None
    ctx.registry.add(key, "meeting", label)
    if fresh and m.attrs.get("ordinal"):
        ctx.claim(key, "acta:ordinal", Lit(str(m.attrs["ordinal"]), "xsd:integer"), sent, "meeting-ordinal")
    if fresh and m.attrs.get("series"):
        from .meetings import series_key
        series = series_key(m.attrs["series"])
        ctx.registry.add(series, "series", m.attrs["series"])
        ctx.claim(key, "schema:superEvent", series, sent, "meeting-series")
    if fresh and m.attrs.get("year"):
        ctx.claim(key, "schema:startDate", Lit(m.attrs["year"], "xsd:gYear"), sent, "meeting-year")
    whose = _MEETING_OF_BODY.fullmatch(m.attrs.get("series") or m.label) if fresh else None
    organization = body_data.lookup(whose.group("body"), ctx.x.organization) if whose else None
    if organization is not None and organization.kind == "organization":
        # "the Second Summit of the Community of Latin American and Caribbean States": that organization's summit
        ctx.claim(key, "acta:meetingOf", ensure_body(ctx, organization.key, sent), sent, "meeting-of-body")
    elif whose and _GROUP_OF.match(whose.group("body")):
        # "the Meeting of the Group of Experts of the High Contracting Parties to Amended Protocol II": that group's
        name = re.sub(r"\s+", " ", whose.group("body"))
        body = _unlisted_body(ctx, f"body/{slugify(name)}", name, None, sent)
        ctx.claim(key, "acta:meetingOf", body, sent, "meeting-of-body")
    if m.attrs.get("acronym"):
        ctx.claim(key, "acta:acronym", Lit(m.attrs["acronym"]), sent, "meeting-acronym")
    return key


_MODIFIER = re.compile(r"(?:in preparation for|to prepare for|preparatory to|in the run-up to)\s+(?:the\s+)?$", re.I)


def is_modifier(text: str, start: int) -> bool:
    """A meeting named only as the purpose of another ("... in preparation for the Second Meeting")."""
    return bool(_MODIFIER.search(text[max(0, start - 40):start]))


_ESTABLISHED_AFTER = re.compile(
    # what it works on may come first: "the new consolidated open-ended working group on the prevention of an arms race
    # in outer space in all its aspects established pursuant to General Assembly decision 79/512"
    r"(?P<topic>\s+on\s+(?:the\s+)?[a-z][^,;:()\n]{3,150}?)?"
    r"\s*,?\s*(?:which\s+was\s+|that\s+was\s+)?(?:established|created|set\s+up)\s+(?:pursuant\s+to|by|under|in)\s+"
    r"(?:its\s+|the\s+)?(?:General\s+Assembly\s+|Assembly\s+|Security\s+Council\s+|Council\s+)?(?=(?:resolutions?|decisions?)\s)")


def _established_after(ctx: Context, m: Mention):
    """A body named by what founded it: "the Group of Governmental Experts established pursuant to resolution 72/55"."""
    text = ctx.x.document.text
    found = _ESTABLISHED_AFTER.match(text, m.end)
    if not found:
        return None
    symbols = find_symbols(text[found.end():found.end() + 40], ctx.x.organization)
    if not symbols or symbols[0].start:
        return None
    topic = found.group("topic") if m.attrs.get("generic") else None  # a named body's name says what it is
    return symbols[0].symbol, re.sub(r"\s+", " ", topic).strip() if topic else ""


def ensure_place(ctx: Context, key: str, label: str, kind: str, sent: Sentence) -> str:
    if ctx.registry.get(key) is None:
        ctx.registry.add(key, kind, label)
    return key


def generic_noun(text: str) -> str:
    """"an open-ended working group" -> "open-ended working group": what a generic body mention names."""
    return re.sub(r"^(?:an?|the|this|that)\s+", "", re.sub(r"\s+", " ", text.strip()), flags=re.I)


def name_generic_body(ctx: Context, view: View, index: int, key: str, label: str) -> str:
    """Keys a generic body mention ("an open-ended working group") as `key`, here and wherever the document
    names it again ("the open-ended working group")."""
    ctx.registry.add(key, "body", label)
    ctx.generic_bodies[generic_noun(view.m(index).text).lower()] = key
    view.keys[index] = key
    return key


def _organ_of_listed(ctx: Context, view: View, i: int) -> str | None:
    """"the fact-finding mission of the Organisation for the Prohibition of Chemical Weapons": that body's own, here
    and wherever the document names it again."""
    if i + 1 >= len(view.mentions):
        return None
    m, parent = view.m(i), view.m(i + 1)
    text = ctx.x.document.text
    if parent.kind != "body" or not parent.attrs.get("listed") or parent.attrs.get("officer") \
            or not re.fullmatch(r"\s+of\s+(?:the\s+)?", text[m.end:parent.start]):
        return None
    owner = resolve_mention(ctx, view, i + 1)
    if not owner:
        return None
    noun = generic_noun(m.text).lower()
    key = organ_of(ctx, owner, noun, view.sentence)
    ctx.generic_bodies.setdefault(noun, key)
    return key


def organ_of(ctx: Context, owner: str, noun: str, sent: Sentence) -> str:
    """The organ of `owner` a text names only by what it is ("the governing body of the Preparatory Commission")."""
    key = f"{owner}/{slugify(noun)}"
    if ctx.registry.get(key) is None:
        ctx.registry.add(key, "body", f"{noun} of the {ctx.registry.label(owner)}")
        ctx.claim(key, "org:subOrganizationOf", owner, sent, "organ-of")
    return key


def _own_organ(ctx: Context, noun: str, sent: Sentence) -> str | None:
    """"the Bureau", "the secretariat" in an organization's own text: its organ of that name, where the catalogue
    has one named "<Noun> of the …" ("Bureau of the Platform" in an IPBES report)."""
    org = ctx.x.organization
    found = _organs_by_noun(org).get(noun.lower(), ()) if org and " " not in noun else ()
    return ensure_body(ctx, found[0], sent) if len(found) == 1 else None


@functools.lru_cache(maxsize=16)
def _organs_by_noun(org: str) -> dict[str, tuple[str, ...]]:
    """An organization's catalogued organs named "<Noun> of the …", by that noun (asked for every generic body)."""
    out: dict[str, tuple[str, ...]] = {}
    for info in body_data.catalogue().values():
        m = re.match(r"(\S+)\s+of\s+the\s+\S", info.label) if info.org == org else None
        if m:
            out[m.group(1).lower()] = out.get(m.group(1).lower(), ()) + (info.key,)
    return out


def _short_name(ctx: Context, m: Mention) -> str | None:
    """"the Committee", capitalised, after "the Committee on the Peaceful Uses of Outer Space": that committee."""
    word = re.sub(r"^(?:the|this|that|its)\s+", "", m.text.strip(), flags=re.I)
    return ctx.named_by_head.get(word) if word[:1].isupper() and word in body_data.HEADS else None


def _noun(text: str) -> str:
    text = re.sub(r"^(?:the|this|that|its)\s+", "", text.strip(), flags=re.I).lower()
    return text
