"""Officers: who was elected or appointed to which post of which body, by whom, when, for which state.

Two shapes occur in the genre: a sentence ("The Committee elected Ambassador X (Dominican Republic) as Chair",
"in which it … appointed Ezéchiel Nibigira (Burundi) as President of the Commission") and a record's list of
officers after a lead ending in ':' ("Vice-Chair: Mr. X (Ghana)").
"""

from __future__ import annotations

import re

from .citing import cite_found
from .entities import ensure_body, ensure_place, organ_of, post_title
from .extract import Context, View, date_literal
from .people import APPOINTMENT, POST
from .places import country_key
from .rules import P, first_date, key_of, kind_of
from .text import slugify, upper_first

_LIST_LEAD = re.compile(r"\b(?:elected|selected|nominated|appointed|nominees|officers|as\s+follows|listed\s+below)\b"
                        r"[^:]*:\s*$")
_MEMBERS_OF = re.compile(r"\bmembers\s+of\s+(?:the\s+)?⟦B(?P<body>\d+)⟧[^⟦:]*?\b(?:selected|elected|appointed)\s+by\s+"
                         r"(?:the\s+)?⟦B(?P<by>\d+)⟧")
_POST_LINE = re.compile(r"^(?P<post>(?:Alternates?\s+to\s+)?(?:Vice[- ]?Chair(?:person)?|Chair(?:person)?|Rapporteur|"
                        r"Vice[- ]?President|President|Secretary|Bureau\s+[Mm]ember|Member|Alternate))s?\s*:\s*")


def rule_officer_lists(ctx: Context, view: View) -> None:
    """A record's list of officers: a lead sentence ending in ':' and lines "Vice-Chair: Mr. X (Ghana)"."""
    text = view.sentence.text
    if _LIST_LEAD.search(text):
        views = [view]
        prev = ctx.previous_view
        if prev is not None and prev.sentence.paragraph == view.sentence.paragraph:
            views.insert(0, prev)  # "... for the positions of the Bureau. The following nominees were selected:"
        # "the Bureau" of an organization's own text is its catalogued organ (extract._own_organ): the body elected
        # to, not the elector
        own = [v.keys[i] for v in views for i, m in enumerate(v.mentions)
               if m.kind == "body" and m.attrs.get("generic") and _is_own_organ(ctx, v.keys.get(i))]
        bodies = [v.keys[i] for v in views for i, m in enumerate(v.mentions)
                  if m.kind == "body" and v.keys.get(i) and v.keys[i] not in own]
        generic = [m for v in views for i, m in enumerate(v.mentions)
                   if m.kind == "body" and m.attrs.get("generic") and v.keys.get(i) not in own]
        elector = bodies[0] if bodies else ctx.last.get("body")
        body = own[0] if own else None
        if generic and elector and not own:
            noun = re.sub(r"^(?:the|its)\s+", "", generic[0].text, flags=re.I)
            body = f"{elector}/{slugify(noun)}"
            owner = ctx.registry.label(elector)
            label = f"{upper_first(noun)} of the {owner}"
            if ctx.registry.get(body) is None:
                ctx.registry.add(body, "body", label)
                ctx.claim(body, "org:subOrganizationOf", elector, view.sentence, "officer-list")
        members = _MEMBERS_OF.search(view.template)
        if members and kind_of(ctx, view.keys.get(int(members.group("body")))) == "body":
            # "the members of the Multidisciplinary Expert Panel were … selected by the Plenary, as listed below:":
            # each person listed after it is a member, whatever heading ("African States:") groups them
            ctx.officer_list = {"body": view.keys[int(members.group("body"))],
                                             "elector": view.keys.get(int(members.group("by"))), "post": "Member"}
            return
        ctx.officer_list = {"body": body or elector, "elector": elector}
        return
    lead = ctx.officer_list
    if not lead:
        return
    post = _POST_LINE.match(text)
    people = [i for i, m in enumerate(view.mentions) if m.kind == "person" and view.keys.get(i)]
    if not post and people and lead.get("post"):
        for i in people:
            hold(ctx, view, i, lead["body"], lead["post"], lead["elector"], None, "officer-list")
        return
    if not post:
        if not people and not re.match(r"^[A-Z][\w -]{2,40}:$", text):  # "Africa Group:" keeps the list open
            ctx.officer_list = None
        return
    if not lead["body"]:
        return
    name = re.sub(r"\s+", " ", post.group("post")).replace("Vice Chair", "Vice-Chair")
    name = name.replace("Alternates to", "Alternate to")  # "Alternates:" heads a line of several
    name = name[0].upper() + name[1:].lower() if name.lower().startswith("bureau") else name
    elector = lead["elector"] if lead["elector"] != lead["body"] else None
    for i in people:
        hold(ctx, view, i, lead["body"], name, elector, None, "officer-list")


_POST = re.compile(r"\b(?P<post>Vice[- ]?Chair(?:s|persons?|men|man)?|Chair(?:person|man)?s?|Rapporteurs?|"
                   r"Vice[- ]Presidents?|Presidents?)\b")
_ELECTOR = P(r"{BM:who}(?:\s*,[^⟦]*?(?:{D}[^⟦]*?)?,)?\s+(?:also\s+)?(?:elected|appointed|designated)")
_ELECT = re.compile(r"\b(?:elected|elects|appointed|appoints|designated|to\s+act\s+as)\b")
# "Mr. Alfred Apau Oteng-Yeboah was requested to act as Chair until agreement was reached …": an acting officer
_ACTING = re.compile(r"\bto\s+act\s+as\s+(?:the\s+)?$")


def rule_elected(ctx: Context, view: View) -> None:
    if not _ELECT.search(view.template):
        return
    people = [i for i, m in enumerate(view.mentions) if m.kind == "person"]
    if not people:
        return
    post, body = _post_as_body(ctx, view)
    posts = list(_POST.finditer(view.template))
    if not posts and not post:
        return
    if not post:
        post = _singular(posts[0].group("post"))
        if _ACTING.search(view.template, 0, posts[0].start()):
            post = f"Acting {post}"
        after = re.compile(r"(?:as\s+)?" + re.escape(posts[0].group(0)) + r"\s+of\s+(?:the\s+|this\s+)?⟦[BA](\d+)⟧")
        found = after.search(view.template)
        if found:
            body = key_of(ctx, view, found.group(1))
    elector = None
    subject = _MEETING_ELECTS.search(view.template) or _ELECTOR.search(view.template) \
        or _IN_WHICH_IT.search(view.template)
    if subject:
        elector = key_of(ctx, view, subject.group("who"))
        if elector and not body and kind_of(ctx, elector) == "meeting":
            body = ctx.claimed(elector, "acta:meetingOf")
    if not body:
        body = next(iter(ctx.generic_bodies.values()), None)
    if not body:  # "Mr. Leonel Sierralta was appointed Rapporteur.": an officer of the body the record elected last
        body = ctx.last.get("officers of")
    if not body:
        return
    date = first_date(view)
    on = date[1][0].start if date and date[1] else None
    for i in people:
        if view.keys.get(i):
            hold(ctx, view, i, body, post, elector, on, "elected")


def hold(ctx: Context, view: View, i: int, body: str, post: str, elector: str | None, on: str | None,
         rule: str) -> str:
    """The office of post `post` in `body` that person mention `i` holds, with who elected them, when, and the state
    they represent."""
    person, sent = view.keys[i], view.sentence
    role = f"role/{slugify(post)}"
    ctx.registry.add(role, "role", post)
    office = f"{person}/office/{body}/{slugify(post)}"
    ctx.registry.add(office, "office", f"{view.m(i).label}, {post} of the {ctx.registry.label(body)}")
    ctx.claim(office, "org:member", person, sent, rule)
    ctx.claim(office, "org:organization", body, sent, rule)
    ctx.last["officers of"] = body
    ctx.claim(office, "org:role", role, sent, rule)
    if on:
        ctx.claim(office, "acta:electedOn", date_literal(on), sent, rule)
    if elector:
        ctx.claim(office, "acta:electedBy", elector, sent, rule)
    country = view.m(i).attrs.get("representing")
    if country:
        ckey = ensure_place(ctx, country_key(country), country, "country", sent)
        ctx.claim(office, "acta:representing", ckey, sent, rule)
    return office


# "The first meeting of the Working Group, held on September 29, 2009, elected the Vice Chairs": the meeting elects
_MEETING_ELECTS = P(r"{M:who}\s+of\s+(?:the\s+|this\s+)?{BA}(?:\s*,[^⟦]*?(?:{D}[^⟦]*?)?,)?\s+(?:also\s+)?"
                    r"(?:elected|appointed|designated)")
# "the decision adopted by the Conference …, in which it … appointed X (Burundi) as President of the Commission"
_IN_WHICH_IT = P(r"\bby\s+(?:the\s+)?{B:who}[^;]*?\bin\s+which\s+it\b[^;]*?\b(?:elected|appointed|designated)\b")
_AS_POST_OF = re.compile(r"\bas\s+(?:the\s+)?⟦B(\d+)⟧")
_POST_OF = re.compile(rf"^{_POST.pattern}\s+of\s+(?:the\s+)?(?P<of>.+)$")


def _post_as_body(ctx: Context, view: View) -> tuple[str | None, str | None]:
    """"appointed X as President of the Commission", the post's name read as a body's: the post, and the body it
    is of (the body named so, or the one of the sentence whose name holds that word: "Commission of the Community")."""
    for m in _AS_POST_OF.finditer(view.template):
        named = _POST_OF.match(view.m(int(m.group(1))).text)
        if not named:
            continue
        of = named.group("of").lower()
        bodies = [view.keys[i] for i, x in enumerate(view.mentions[:int(m.group(1))]) if x.kind == "body"
                  and view.keys.get(i) and re.search(rf"\b{re.escape(of)}\b", x.text.lower())]
        if bodies:
            return _singular(named.group("post")), bodies[-1]
        from .bodies import lookup
        listed = lookup(named.group("of"), ctx.x.organization)  # "as President of the Economic and Social Council"
        return _singular(named.group("post")), ensure_body(ctx, listed.key, view.sentence) if listed else None
    return None, None


def _singular(post: str) -> str:
    post = re.sub(r"[- ]", " ", post)
    post = re.sub(r"(?:persons|men)$", "person", post)
    post = re.sub(r"s$", "", post) if post.endswith("s") and not post.endswith("ss") else post
    return upper_first(post)


# "Welcomes the reappointment of Robert Floyd as the Executive Secretary of the Preparatory Commission …": the post a
# person was appointed to, named with its body (a listed officer, or a post of a named body)
# (and by whom: "… by States members of the governing body of the Preparatory Commission", "… by the Conference")
_APPOINTMENT_OF = re.compile(rf"{APPOINTMENT}⟦P(?P<p>\d+)⟧\s+as\s+(?:the\s+)?⟦B(?P<b>\d+)⟧"
                             r"(?:\s+by\s+(?:(?:the\s+)?(?:States\s+)?members\s+of\s+)?(?:the\s+|its\s+)?"
                             r"(?:(?P<organ>governing\s+body|executive\s+board|board\s+of\s+governors)\s+of\s+(?:the\s+)?)?"
                             r"⟦[BM](?P<by>\d+)⟧)?")


def rule_appointment_of(ctx: Context, view: View) -> None:
    for m in _APPOINTMENT_OF.finditer(view.template):
        post_key = key_of(ctx, view, m.group("b"))
        post = ctx.registry.get(post_key) if post_key else None
        body = ctx.claimed(post_key, "org:postIn") if post and post.kind == "officer" else None
        if not body or not view.keys.get(int(m.group("p"))):
            continue
        by = key_of(ctx, view, m.group("by")) if m.group("by") else None
        named = view.m(int(m.group("by"))) if m.group("by") and not by else None
        if named and named.attrs.get("generic") and ctx.registry.label(body).lower().startswith(named.text.lower()):
            by = body  # "… of the Preparatory Commission for the … Organization by … of the Preparatory Commission"
        if by and m.group("organ"):
            by = organ_of(ctx, by, re.sub(r"\s+", " ", m.group("organ")), view.sentence)
        if by and kind_of(ctx, by) not in ("body", "meeting"):
            by = None
        hold(ctx, view, int(m.group("p")), body, post_title(post.label), by, None, "appointment-of")


# "Mr. Achim Steiner, Executive Director, United Nations Environment Programme (UNEP)", "…, Executive Secretary of
# the Convention": a person named with the post they hold in a body the text names right after it
# (a State's ministry, its State after it: "Ms. Ursula Heinen-Esser, State Secretary at the Federal Ministry for
# Environment, Nature Conservation and Nuclear Safety of Germany": she represents Germany)
_NAMED_WITH_POST = re.compile(rf"⟦P(?P<p>\d+)⟧\s*,\s*(?:the\s+)?(?P<title>{POST}(?:\s+[a-z]+)?)"
                              r"(?:\s*,\s*|\s+(?:of|at)\s+(?:the\s+)?)⟦B(?P<b>\d+)⟧"
                              r"(?:\s+of\s+(?:the\s+)?⟦L(?P<l>\d+)⟧)?")
# "Mr. Jürgen Nimptsch, Mayor of Bonn": the city's mayor, a post of the city as a body of its own
_MAYOR_OF = re.compile(r"⟦P(?P<p>\d+)⟧\s*,\s*(?:the\s+)?(?P<title>(?:Lord\s+|Deputy\s+)?Mayor)\s+of\s+⟦L(?P<l>\d+)⟧")


def rule_named_with_post(ctx: Context, view: View) -> None:
    if "⟦P" not in view.template:
        return
    for m in _NAMED_WITH_POST.finditer(view.template):
        i, body = int(m.group("p")), key_of(ctx, view, m.group("b"))
        if not view.keys.get(i) or not body or kind_of(ctx, body) != "body":
            continue
        office = hold(ctx, view, i, body, re.sub(r"\s+", " ", m.group("title")), None, None, "named-with-post")
        country = key_of(ctx, view, m.group("l")) if m.group("l") else None
        if country and country.startswith("country/"):
            ctx.claim(office, "acta:representing", country, view.sentence, "named-with-post")
    for m in _MAYOR_OF.finditer(view.template) if "Mayor" in view.template else ():
        i, city = int(m.group("p")), key_of(ctx, view, m.group("l"))
        if not view.keys.get(i) or not city or not city.startswith("city/"):
            continue
        body = f"{city}/city"
        ctx.registry.add(body, "body", f"City of {ctx.registry.label(city)}")
        hold(ctx, view, i, body, re.sub(r"\s+", " ", m.group("title")), None, None, "named-with-post")


# "Agreement on the selection of the Chair was reached on Saturday, 26 January 2013, when Mr. Zakri Abdul Hamid started
# his functions": the day the person took up the post the sentence names, one the document gave them already
_TOOK_UP = re.compile(r"⟦P(?P<p>\d+)⟧\s+(?:started|assumed|took\s+up|began)\s+(?:his|her|their)\s+"
                      r"(?:functions|duties|post|office)\b")


def rule_took_up_post(ctx: Context, view: View) -> None:
    took = _TOOK_UP.search(view.template) if "⟦P" in view.template else None
    date = first_date(view) if took else None
    on = date[1][0] if date and date[1] and len(date[1]) == 1 else None
    person = view.keys.get(int(took.group("p"))) if took else None
    if not on or len(on.start) != 10 or not person:
        return
    named = {slugify(_singular(m.group("post"))) for m in _POST.finditer(view.template, 0, took.start())}
    offices = [c.subject for c in ctx.x.claims if c.predicate == "org:member" and c.object == person
               and c.subject.rsplit("/", 1)[-1] in named]
    if len(set(offices)) == 1 and ctx.claimed(offices[0], "acta:electedOn") is None:
        ctx.claim(offices[0], "acta:electedOn", date_literal(on.start), view.sentence, "took-up-post")


_APPOINTED = re.compile(rf"{APPOINTMENT}⟦P(?P<p>\d+)⟧\s+as\b")


def rule_appointment_cited(ctx: Context, view: View) -> None:
    """"Welcomes the reappointment of Robert Floyd as the Executive Secretary of …": the clause's verb welcomes the
    office the sentence gave the person (run once the clause's citing verbs are read: graph/citing.py)."""
    if "⟦P" not in view.template:
        return
    for m in _APPOINTED.finditer(view.template):
        person = view.keys.get(int(m.group("p")))
        offices = {c.subject for c in ctx.x.claims if c.predicate == "org:member" and c.object == person
                   and view.sentence.start <= c.start and c.end <= view.sentence.end}
        if person and len(offices) == 1:
            cite_found(ctx, view, m.start(), offices.pop())


RULES = (rule_elected, rule_officer_lists, rule_appointment_of, rule_named_with_post, rule_took_up_post)
LATE_RULES = (rule_appointment_cited,)  # after clauses.rule_citations


def _is_own_organ(ctx: Context, key: str | None) -> bool:
    from .bodies import catalogue
    info = catalogue().get(key) if key else None
    return info is not None and info.org is not None and info.org == ctx.x.organization
