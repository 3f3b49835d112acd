"""graph/neighbourhood.py: a focused drawing read by query gives the graph the whole store gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import built_store, write_mixed_corpus

from graph import app
from graph.build import build
from graph.errors import ExportError, TooLargeError
from graph.neighbourhood import drawn_at_least, focus_dataset
from graph.network import build_network
from graph.store import open_store
from graph.viz import page_data

# a resolution, a body by its acronym, a session, a meeting by its name, a person, a document by its symbol, an IRI
FOCI = ["A/RES/80/50", "IPBES", "CP/RES. 957", "MISPA II", "Andrés Morales", "A/80/103",
        "https://w3id.org/acta/id/un/a/res/80/59"]
CASES = [(depth, classes, hub_limit) for depth in (0, 1, 2, 3) for classes in (None, "resolution,meeting,body")
         for hub_limit in (5, 50)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_mixed_corpus(tmp_path_factory.mktemp("neighbourhood") / "corpus",
                              ["ipbes-mi-2-9-excerpt.txt", "un-a-res-80-50-excerpt.md", "un-a-res-80-59-excerpt.md"],
                              docs=40, seed=11)


@pytest.fixture(scope="module")
def store(corpus: Path, tmp_path_factory: pytest.TempPathFactory):
    yield from built_store(corpus, tmp_path_factory)


def drawn(G) -> str:
    """The graph as the page would draw it, in its order: equal text, equal drawing."""
    return json.dumps(page_data(G, "t", "force"), sort_keys=True)


@pytest.mark.parametrize("focus", FOCI)
def test_a_focus_read_by_query_draws_what_the_whole_store_draws(store, focus: str) -> None:
    everything = list(store.quads())
    hubs_seen, smallest, compared = set(), 1.0, 0
    for depth, classes, hub_limit in CASES:
        scoped = focus_dataset(store, focus, depth, classes, hub_limit)
        try:
            whole = drawn(build_network(everything, focus=focus, depth=depth, classes=classes, hub_limit=hub_limit))
        except ExportError:  # a person is no resolution, meeting or body: both ways say so
            assert classes and scoped is None
            continue
        assert scoped is not None, (focus, depth, classes)  # only a focus that names nothing is left to the whole
        triples, hubs, totals = scoped
        assert totals is None  # nothing cut, nothing counted
        part = build_network(triples, focus=focus, depth=depth, classes=classes, hub_limit=hub_limit, hubs=hubs)
        assert drawn(part) == whole, (focus, depth, classes, hub_limit)
        hubs_seen |= hubs
        smallest = min(smallest, len(triples) / len(everything))
        compared += 1
    assert compared >= len(CASES) // 2
    assert smallest < 0.2  # it read a part of the store, not all of it
    if "RES" in focus.upper():  # a resolution's General Assembly or Council has more than 5 links: shown, walked past
        assert hubs_seen


@pytest.mark.parametrize("focus", FOCI)
def test_lists_cut_to_their_first_quotes_are_the_same_read_either_way(store, focus: str) -> None:
    everything = list(store.quads())
    cut_lists, read = 0, {}
    for depth in (1, 2):
        for hub_limit in (5, 50):
            for quotes in (1, 3, None):
                scoped = focus_dataset(store, focus, depth, None, hub_limit, quotes=quotes)
                whole = build_network(everything, focus=focus, depth=depth, hub_limit=hub_limit, quotes=quotes)
                part = build_network(scoped.triples, focus=focus, depth=depth, hub_limit=hub_limit, hubs=scoped.hubs,
                                     quotes=quotes, totals=scoped.totals)
                assert drawn(part) == drawn(whole), (focus, depth, hub_limit, quotes)
                cut_lists += sum(1 for _, d in whole.nodes(data=True) if "evidence_total" in d)
                cut_lists += sum(1 for *_, d in whole.edges(keys=True, data=True) if "evidence_total" in d)
                read[quotes] = len(scoped.triples)
    assert cut_lists  # some list was cut, and counted the same way both ways
    assert read[1] <= read[3] <= read[None]
    if read[1] == read[None]:  # nothing left unread: then each list's quotes are from one document (the first)
        lists = [d["evidence"] for _, d in whole.nodes(data=True)] + [d["evidence"] for *_, d in whole.edges(data=True)]
        assert all(len({e["document"] for e in evidence}) <= 1 for evidence in lists), focus


def test_a_focus_that_names_nothing_is_left_to_the_whole_store(store, tmp_path: Path) -> None:
    assert focus_dataset(store, "no such thing at all", 2) is None
    assert focus_dataset(store, "https://w3id.org/acta/id/un/a/res/99/999", 2) is None  # an IRI the store lacks
    assert focus_dataset(store, "A/RES/80/50", -1) is None
    with pytest.raises(ExportError, match="matches no node in the graph"):
        app.viz(store, tmp_path / "x.html", focus="no such thing at all")


def test_the_page_is_the_same_whichever_way_it_was_read(store, tmp_path: Path, monkeypatch) -> None:
    scoped = app.viz(store, tmp_path / "scoped.html", focus="A/RES/80/50", depth=2).read_bytes()
    monkeypatch.setattr("graph.neighbourhood.focus_dataset", lambda *a, **k: None)
    whole = app.viz(store, tmp_path / "whole.html", focus="A/RES/80/50", depth=2).read_bytes()
    assert scoped == whole


@pytest.mark.parametrize("classes", [None, "resolution", "resolution,meeting,body", "person", "meeting,place",
                                     "document"])
def test_a_count_before_drawing_never_says_more_than_the_drawing(store, classes: str | None) -> None:
    counted, whole = drawn_at_least(store, classes), len(build_network(store.quads(), classes=classes))
    assert 0 < counted <= whole
    if classes:  # every kind asked for is typed: the count is the drawing's
        assert counted == whole


def test_a_store_too_large_to_draw_is_refused_before_it_is_read(store, tmp_path: Path, monkeypatch) -> None:
    least = drawn_at_least(store, "resolution,meeting,body")

    def unread(*args, **kwargs):
        raise AssertionError("the whole store was read")

    monkeypatch.setattr(store, "quads", unread)
    with pytest.raises(TooLargeError, match=rf"at least {least:,} nodes.*fewer kinds than --class resolution,meeting,"
                                            rf"body, or raise --limit above {least} "):
        app.viz(store, tmp_path / "x.html", classes="resolution,meeting,body", limit=least - 1)
    with pytest.raises(TooLargeError, match=r"or --class resolution,meeting,body \(some kinds only\)"):
        app.viz(store, tmp_path / "x.html", limit=5)  # no --class given: the advice offers one
    assert not (tmp_path / "x.html").exists()
    monkeypatch.undo()
    assert app.viz(store, tmp_path / "x.html", classes="resolution,meeting,body", limit=least).is_file()


@pytest.mark.server
def test_a_remote_store_gives_the_same_neighbourhood(store, corpus: Path, oxigraph_server) -> None:
    with open_store(endpoint=oxigraph_server.url, write=True) as remote:
        build(remote, [corpus])
    with open_store(endpoint=oxigraph_server.url) as remote:
        for focus in ("A/RES/80/50", "IPBES"):
            for quotes in (None, 2):
                here = focus_dataset(store, focus, 2, None, 5, quotes=quotes)
                there = focus_dataset(remote, focus, 2, None, 5, quotes=quotes)
                assert set(here.triples) == set(there.triples) and here.hubs == there.hubs
                assert here.totals == there.totals
