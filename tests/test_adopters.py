"""The organ and session a symbol's grammar names for the instrument it identifies."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_resolution

from graph.extract import Extraction


def resolution(tmp_path: Path, clause: str) -> Extraction:
    return extract_resolution(tmp_path, "A/RES/80/17", clause)


def adopted(x: Extraction, predicate: str) -> set[tuple[str, object]]:
    return {(c.subject, c.object) for c in x.claims if c.predicate == predicate and c.rule.startswith("symbol-grammar")}


def test_a_un_resolution_is_the_assemblys_at_the_session_its_number_says(tmp_path: Path) -> None:
    x = resolution(tmp_path, "Recalling its resolution 62/21 of 5 December 2007 and Security Council resolution "
                             "1540 (2004),")
    assert ("un/a/res/62/21", "un/general-assembly") in adopted(x, "acta:adoptedBy")
    assert ("un/a/res/62/21", "un/general-assembly/session/regular-62") in adopted(x, "acta:adoptedAt")
    # named as the texts name it ("the sixty-second session of the General Assembly"), not "… of the UN General
    # Assembly", the organ's label
    assert x.registry.get("un/general-assembly/session/regular-62").label == ("sixty-second session of the General "
                                                                             "Assembly of the United Nations")
    assert ("un/s/res/1540", "un/security-council") in adopted(x, "acta:adoptedBy")


def test_an_iaea_general_conference_symbol_names_its_regular_session(tmp_path: Path) -> None:
    # /work/shared/corpus/un-ga-80/A_RES_80_17.md (a preambular clause, cut)
    x = resolution(tmp_path, "Taking note of resolution GC(69)/RES/15, adopted on 18 September 2025 by the General "
                             "Conference of the International Atomic Energy Agency,")
    session = "un/iaea/general-conference/session/regular-69"
    at = {(c.subject, c.object) for c in x.claims if c.predicate == "acta:adoptedAt"}
    assert ("iaea/gc/69/res/15", session) in at
    assert x.registry.get(session).label == ("sixty-ninth regular session of the General Conference of the "
                                             "International Atomic Energy Agency")
