"""People: names with an honorific, a delegation post or the state they represent.

A name alone is too weak a signal in these texts (it is usually a place or a
body), so a person is recognised only with one of those anchors:
"Ambassador Virgilio Alcántara", "Hector Agustin Ortega, Alternate
Representative of the Permanent Mission of Mexico to the OAS",
"Ezéchiel Nibigira (Burundi)", "the reappointment of Robert Floyd as …".
"""

from __future__ import annotations

import re

from . import places
from .mentions import Mention
from .text import slugify

_UPPER = r"A-ZÀ-ÖØ-ÞĀ-Ž"
_WORD = rf"[{_UPPER}][\w’'-]+"
_PARTICLE = r"(?:de|da|del|della|der|van|von|la|le|dos|das|do|bin|al|el)"
_INITIAL = rf"[{_UPPER}]\."  # a middle initial: "Robert T. Watson"
NAME = rf"{_WORD}(?:\s+{_INITIAL})*(?:\s+(?:{_PARTICLE}\s+)?{_WORD}(?:\s+{_INITIAL})*){{1,3}}"
HONORIFIC = (r"(?:Ambassador|Amb\.|Mrs?\.?|Ms\.?|Dr\.?|H\.E\.|His Excellency|Her Excellency|Professor|Prof\.|"
             r"Judge|Minister|Senator|Sir|Dame)")
POST = (r"(?:(?:Permanent|Alternate|Deputy|Interim|Special|Executive|Assistant|Under-|Vice-?\s?|Parliamentary|State"
        r"(?=\s+Secretary))\s*)*"
        r"(?:Representative|Ambassador|Minister|Secretary(?:-General)?|Director(?:-General)?|Chair(?:man|person)?|"
        r"President|Head|Counsellor|Counselor|Adviser|Advisor|Delegate|Observer|Envoy|Coordinator|"
        r"Commissioner|Rapporteur)")
_NOT_NAMES = {"General Assembly", "Permanent Council", "Security Council", "Working Group", "United Nations",
              "Member States", "Vice Chairs", "Vice Chair"}

_HONORIFIC_NAME = re.compile(rf"\b(?P<hon>{HONORIFIC})\s+(?P<name>{NAME})")  # "Mr Asghar Fazel" too
_NAME_POST = re.compile(rf"(?P<name>{NAME}),\s+(?P<post>(?:the\s+)?{POST}\b[^,;]*?)(?=\s+(?:were|was|is|as)\s|[,;.]|$)")
_NEXT_PERSON = re.compile(rf"\s+and\s+(?:by\s+\w+\s+)?{NAME},\s+(?:the\s+)?{POST}")
_NAME_STATE = re.compile(rf"(?P<name>{NAME})\s+\((?P<state>[{_UPPER}][^()]{{2,60}})\)")
# a name appointed to a post: "Welcomes the reappointment of Robert Floyd as the Executive Secretary of …" (the same
# words name the post in graph/officers.py)
APPOINTMENT = r"\b(?:re-?)?(?:appointment|election|designation|nomination)\s+of\s+"
_APPOINTED = re.compile(rf"{APPOINTMENT}(?P<name>{NAME})\s+as\s")


def find_people(text: str, start: int, end: int) -> list[Mention]:
    out: dict[tuple[int, int], Mention] = {}
    for m in _HONORIFIC_NAME.finditer(text, start, end):
        _add(out, m.start("hon"), m.end("name"), m.group("name"), text, {"honorific": m.group("hon")})
    pos = start
    while (m := _NAME_POST.search(text, pos, end)) is not None:
        post = m.group("post")
        cut = _NEXT_PERSON.search(text, m.start("post"), end)
        if cut and cut.start() < m.end("post"):
            post = text[m.start("post"):cut.start()]
        pos = m.start("post") + len(post)
        post = re.sub(r"\s+", " ", post).strip()
        attrs = {"post": post}
        state = _state_in(post)
        if state:
            attrs["representing"] = state
        _add(out, m.start("name"), m.end("name"), m.group("name"), text, attrs)
    chunk = text[start:end]
    appointed = any(w in chunk for w in ("appointment", "election", "designation", "nomination"))
    for m in _APPOINTED.finditer(text, start, end) if appointed else ():
        _add(out, m.start("name"), m.end("name"), m.group("name"), text, {"appointed": True})
    for m in _NAME_STATE.finditer(text, start, end):
        state = m.group("state").strip()
        if places.is_country(state):
            _add(out, m.start("name"), m.end("name"), m.group("name"), text,
                 {"representing": places.canonical_country(state)})
    return list(out.values())


def _add(out: dict, s: int, e: int, name: str, text: str, attrs: dict) -> None:
    name = re.sub(r"\s+", " ", name)
    if name in _NOT_NAMES or places.is_country(name) or places.city_country(name):
        return
    for (os_, oe), m in list(out.items()):
        if os_ <= s < oe or s <= os_ < e:
            m.attrs.update({k: v for k, v in attrs.items() if k not in m.attrs})
            if e - s > oe - os_ and "honorific" not in attrs:
                return
            return
    # the key without middle initials: "Robert T. Watson" is the Robert Watson another document names
    key = "person/" + slugify(re.sub(rf"\s{_INITIAL}(?=\s)", "", name))
    out[(s, e)] = Mention("person", s, e, text[s:e], key, name, dict(attrs))


def _state_in(post: str) -> str | None:
    """The state a delegation post names: "... of the Permanent Mission of Mexico to the OAS"."""
    best = None
    for m in re.finditer(r"\bof\s+(?:the\s+)?(?:Permanent\s+Mission\s+of\s+(?:the\s+)?)?(?P<c>[A-Z][^,;()]+?)"
                         r"(?=\s+to\b|\s*$|,)", post):
        cand = m.group("c").strip()
        for n in range(len(cand), 2, -1):
            if places.is_country(cand[:n]):
                best = places.canonical_country(cand[:n])
                break
    return best
