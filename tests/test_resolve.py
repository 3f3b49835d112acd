"""graph/resolve.py: keys to IRIs, and the registry of one document's entities."""

from __future__ import annotations

import re

from graph.namespaces import ENTITY
from graph.resolve import Entity, Registry, classes, key_to_iri

# keys as the extractor makes them from /work/shared/corpus/oas/2009-csh-gt-mispa-ii-working-group-report.txt
LONG = ("meeting/inter-american-specialized-conference-on-public-security-in-the-americas-meeting-of-experts-"
        "to-prepare-for-mispa-ii")
KEYS = [
    "oas/csh/gt/mispa-ii-2/09/rev.2",
    "oas/general-assembly/session/regular-39",
    "person/virgilio-alcantara/office/oas/csh/working-group/chair",
    LONG,
    # raw text that must never reach an IRI as it is
    "person/Virgilio Alcántara",
    "instrument/“Johannesburg Plan of Implementation”",
    'body/<script>alert("x")</script>',
    "un/a/res/80/66#frag?q=1 ",
]
SAFE = re.compile(r"[a-z0-9._/-]+")


def local(iri: str) -> str:
    assert iri.startswith(ENTITY)
    return iri[len(ENTITY):]


def test_plain_keys_keep_their_shape() -> None:
    assert local(key_to_iri("oas/csh/gt/mispa-ii-2/09/rev.2")) == "oas/csh/gt/mispa-ii-2/09/rev.2"
    assert local(key_to_iri("un/a/dec/75/519/b")) == "un/a/dec/75/519/b"


def test_iris_are_deterministic_ascii_and_safe() -> None:
    for key in KEYS:
        iri = key_to_iri(key)
        assert iri == key_to_iri(key)
        assert iri.isascii()
        tail = local(iri)
        assert SAFE.fullmatch(tail), (key, tail)
        for raw in (" ", '"', "“", "<", ">", "#", "?", "\\"):
            assert raw not in tail


def test_accents_are_folded_not_dropped() -> None:
    assert local(key_to_iri("person/Virgilio Alcántara")) == "person/virgilio-alcantara"


def test_markup_is_folded_away() -> None:
    assert local(key_to_iri('body/<script>alert("x")</script>')) == "body/-script-alert-x-/script"


def test_a_very_long_key_is_shortened_with_a_hash_and_stays_distinct() -> None:
    other = LONG + "-and-its-follow-up-meeting-held-in-montevideo-uruguay-on-august-4-and-5-2009"
    a, b = local(key_to_iri(other)), local(key_to_iri(other + "-x"))
    assert len(a) <= 150 and len(b) <= 150
    assert re.search(r"-[0-9a-f]{12}$", a)
    assert a != b
    assert a[:100] == other[:100]


def test_a_key_of_nothing_but_symbols_still_gives_an_iri() -> None:
    assert local(key_to_iri("“”")) == "x"


def test_registry_first_label_wins_unless_preferred() -> None:
    reg = Registry()
    reg.add("oas/mispa/2", "meeting", "MISPA II")
    reg.add("oas/mispa/2", "meeting", "Second Meeting")
    assert reg.get("oas/mispa/2").label == "MISPA II"
    reg.add("oas/mispa/2", "meeting",
            "Second Meeting of Ministers Responsible for Public Security in the Americas", prefer_label=True)
    assert reg.get("oas/mispa/2").label == "Second Meeting of Ministers Responsible for Public Security in the Americas"
    assert reg.get("oas/mispa/3") is None


def test_registry_upgrades_a_document_to_a_resolution_but_never_back() -> None:
    reg = Registry()
    reg.add("un/a/res/80/66", "document", "A/RES/80/66")
    assert reg.add("un/a/res/80/66", "resolution", "A/RES/80/66").kind == "resolution"
    assert reg.add("un/a/res/80/66", "document", "A/RES/80/66").kind == "resolution"
    reg.add("city/lima", "city", "Lima")
    assert reg.add("city/lima", "resolution", "Lima").kind == "city"


def test_registry_iterates_sorted_by_key_with_iris() -> None:
    reg = Registry()
    for key in ("oas/mispa/2", "city/lima", "oas/csh"):
        reg.add(key, "body", key)
    assert [e.key for e in reg] == ["city/lima", "oas/csh", "oas/mispa/2"]
    assert Entity("city/lima", "city", "Lima").iri == key_to_iri("city/lima")


def test_a_label_keeps_one_hyphen_whatever_the_pdf_used() -> None:
    registry = Registry()
    entity = registry.add("instrument/npt", "instrument", "Treaty on the Non\u2011Proliferation of Nuclear Weapons")
    assert entity.label == "Treaty on the Non-Proliferation of Nuclear Weapons"


def test_a_line_broken_after_a_hyphen_is_one_name() -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_51.md and A_RES_80_60.md give "Non- Proliferation", "Nuclear- Weapon-Free"
    registry = Registry()
    a = registry.add("instrument/npt", "document", "Treaty on the Non- Proliferation of Nuclear Weapons")
    assert a.label == "Treaty on the Non-Proliferation of Nuclear Weapons"
    # a hyphen before a lowercase word, or a dash between words, is the text's own
    assert registry.add("x/1", "document", "pre- and post-conflict").label == "pre- and post-conflict"
    assert registry.add("x/2", "document", "Africa - Europe").label == "Africa - Europe"
    # (a lowercase word broken so is one word too: A_RES_80_44.md, "confidence- building measures")
    assert registry.add("x/3", "document", "transparency and confidence- building measures").label == \
        "transparency and confidence-building measures"


def test_the_series_a_treatys_parties_meet_in_is_also_a_body_and_other_series_are_not() -> None:
    organs = ["Conference of States Parties to the Arms Trade Treaty", "Meeting of the States Parties",
              "Conference of the Parties to the United Nations Framework Convention on Climate Change",
              "Meeting of the High Contracting Parties to the Convention",
              "Conference of the Contracting Parties to the Convention on Wetlands",
              "Assembly of States Parties to the Rome Statute of the International Criminal Court"]
    others = ["Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons",
              "Conference of States Parties and Signatories to Treaties that Establish Nuclear-Weapon-Free Zones",
              "Biennial Meeting of States", "special session of the Conference of the States Parties"]
    for label in organs:
        assert classes(Entity("series/x", "series", label)) == ("acta:MeetingSeries", "acta:Body"), label
    for label in others:
        assert classes(Entity("series/x", "series", label)) == ("acta:MeetingSeries",), label
    # one numbered session of it is a meeting only
    assert classes(Entity("series/x/11", "meeting", organs[0])) == ("acta:Meeting",)
