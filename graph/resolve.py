"""Entity resolution: one node per thing, with an IRI derived from its canonical key.

A key is what makes two mentions the same thing (a parsed symbol, a listed body,
a series and ordinal, a body and a date); the IRI is the key made safe, so the
same inputs always give the same IRIs, across documents and across runs.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field

from .mentions import BROKEN_HYPHEN
from .namespaces import ENTITY
from .text import strip_accents

_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})  # hyphen, non-breaking hyphen

# class CURIEs by entity kind
CLASSES = {
    "resolution": ("acta:Resolution",),
    "decision": ("acta:Decision",),
    "instrument": ("acta:Instrument",),
    "document": ("acta:Document",),
    "report": ("acta:Report",),
    "meeting": ("acta:Meeting",),
    "series": ("acta:MeetingSeries",),
    "body": ("acta:Body",),
    "officer": ("org:Post", "prov:Agent"),
    "person": ("foaf:Person", "prov:Person"),
    "city": ("schema:City",),
    "country": ("schema:Country",),
    "venue": ("schema:Place",),  # "United Nations Headquarters": where in a city
    "office": ("acta:Office",),
    "role": ("org:Role", "skos:Concept"),
    "request": ("acta:Request",),
    "ratification": ("acta:Ratification",),  # a State's act on a treaty, on a day (graph/treaties.py)
    "accession": ("acta:Accession",),
    "withdrawal": ("acta:Withdrawal",),
    "action": ("acta:DatedAction",),  # what a body did to a document, on a day (graph/actions.py)
    "group": ("foaf:Group", "prov:Agent"),  # "all States", "the nuclear-weapon States": whom a text addresses
    "observance": ("acta:Observance",),  # an international day, year or decade (graph/observances.py)
    "incident": ("acta:Incident",),  # an attack at a place on a day (graph/incidents.py)
}

# a treaty's standing conference of its parties is an organ that decides as well as the series of its numbered
# sessions: "decisions adopted by the Conference of States Parties to the Arms Trade Treaty" (not a review conference,
# nor "the special session of the Conference …", which are meetings' names)
TREATY_ORGAN = re.compile(r"(?:Conference|Meeting|Assembly)\s+of\s+(?:the\s+)?(?:States\s+|(?:High\s+)?Contracting\s+)?"
                           r"Parties(?=\s+(?:to|of|serving)\b|\s*$)")


def classes(entity: Entity) -> tuple[str, ...]:
    """The classes of an entity: its kind's, and a body's for the series a treaty's parties meet in."""
    found = CLASSES.get(entity.kind, ())
    if entity.kind == "series" and TREATY_ORGAN.match(entity.label):
        return (*found, "acta:Body")
    return found


@functools.lru_cache(maxsize=16384)  # pure; the same keys (bodies, sessions, symbols) recur in every document
def key_to_iri(key: str) -> str:
    """Keys are lowercase paths; anything outside [a-z0-9._/-] is folded or hashed away, never kept raw."""
    text = strip_accents(key).lower()
    safe = re.sub(r"[^a-z0-9._/-]+", "-", text).strip("-/")
    safe = re.sub(r"/+", "/", safe)
    if len(safe) > 150:
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
        safe = safe[:130].rstrip("-/") + "-" + digest
    return ENTITY + (safe or "x")


@dataclass
class Entity:
    key: str
    kind: str
    label: str
    iri: str = ""
    # the name other labels use after "of the", when it is not the label: "General Assembly of the United Nations"
    # for "UN General Assembly" ("the tenth special session of the General Assembly", as the texts write it)
    name: str = ""
    # literal-valued properties: CURIE -> list of (value, datatype or None)
    literals: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.iri:
            self.iri = key_to_iri(self.key)


class Registry:
    """The entities of one document, by key; the first label seen wins unless a better one comes."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}

    def get(self, key: str) -> Entity | None:
        return self.entities.get(key)

    def label(self, key: str) -> str:
        """What to call `key` in another entity's label: its own label, or the key when it is not registered."""
        entity = self.entities.get(key)
        return (entity.name or entity.label) if entity else key

    def add(self, key: str, kind: str, label: str, *, prefer_label: bool = False) -> Entity:
        label = label.translate(_HYPHENS)  # "Non‑Proliferation" as a PDF gives it, and as another document types it
        label = BROKEN_HYPHEN.sub("-", label)  # "Nuclear- Test-Ban": a line broken after a hyphen, as the key reads it
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(key, kind, label)
            self.entities[key] = entity
        else:
            if prefer_label and label:
                entity.label = label
            if entity.kind in ("document", "instrument") and kind in ("resolution", "decision", "report"):
                entity.kind = kind
        return entity

    def __iter__(self):
        return iter(sorted(self.entities.values(), key=lambda e: e.key))
