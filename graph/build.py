"""The build: documents in, one named graph per document out, written in one go.

Everything is read and extracted (`prepare`) before the store is opened for
writing (`write`), so a bad document fails the build before anything is touched,
the store keeps its previous facts, and readers are locked out only while the
graphs are written.  Unchanged documents (same content hash) are skipped.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError
from .extract import extract
from .facts import to_graphs
from .namespaces import ONTOLOGY_GRAPH, SOURCE
from .resources import ontology_file
from .store import SourceInfo, Store
from .text import find_documents, read_document

Progress = Callable[[str, int, int], None]


@dataclass
class BuildReport:
    documents: int = 0
    built: int = 0
    skipped: int = 0
    removed: int = 0
    triples: int = 0
    facts: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


def ontology_triples() -> list[ox.Triple]:
    return list(ox.parse(path=str(ontology_file()), format=ox.RdfFormat.TURTLE))


def extract_one(path: Path) -> tuple[SourceInfo, dict[str, list[ox.Triple]], list[str]]:
    doc = read_document(path)
    x = extract(doc)
    graphs = to_graphs(x)
    info = SourceInfo(SOURCE + doc.slug, doc.slug, doc.sha256, doc.file_name)
    return info, graphs, doc.warnings


@dataclass
class Prepared:
    """Every document read and extracted, nothing written yet."""

    paths: list[Path]
    slugs: dict[str, Path]
    results: list[tuple[SourceInfo, dict[str, list[ox.Triple]], list[str]]]
    started: float = 0.0


def prepare(paths: Iterable[str | Path], *, progress: Progress | None = None, jobs: int = 1) -> Prepared:
    """Reads and extracts every document; raises on the first bad one, before any store is touched."""
    started = time.perf_counter()
    files = find_documents(paths)
    slugs: dict[str, Path] = {}
    for path in files:
        doc_slug = _slug(path)
        if doc_slug in slugs:
            raise InputError(f"{path} and {slugs[doc_slug]} have the same name: rename one, the graph of a "
                             "document is named after its file")
        slugs[doc_slug] = path
    return Prepared(files, slugs, list(_extract_all(files, jobs, progress)), started)


def write(store: Store, prepared: Prepared, *, force: bool = False, prune: bool = False) -> BuildReport:
    """Writes prepared documents: unchanged ones (same hash) are skipped unless `force`."""
    report = BuildReport(documents=len(prepared.paths))
    known = store.sources()
    items: list[tuple[SourceInfo, dict[str, list[ox.Triple]]]] = []
    for info, graphs, warnings in prepared.results:
        report.warnings.extend(warnings)
        old = known.get(info.slug)
        if old and old.sha256 == info.sha256 and not force:
            report.skipped += 1
            continue
        items.append((info, graphs))
        report.built += 1
        for name, triples in graphs.items():
            report.triples += len(triples)
            if not name.endswith("/evidence"):
                report.facts += len(triples)
    store.set_graph(ONTOLOGY_GRAPH, ontology_triples())
    if items:
        store.replace_sources(items)
    if prune:
        for slug in sorted(set(known) - set(prepared.slugs)):
            store.remove_source(slug)
            report.removed += 1
    report.seconds = time.perf_counter() - (prepared.started or time.perf_counter())
    return report


def build(store: Store, paths: Iterable[str | Path], *, force: bool = False, prune: bool = False,
          progress: Progress | None = None, jobs: int = 1) -> BuildReport:
    """prepare() then write(): a bad document fails the build before the store changes."""
    return write(store, prepare(paths, progress=progress, jobs=jobs), force=force, prune=prune)


def _slug(path: Path) -> str:
    from .text import slugify
    return slugify(path.stem)


def _extract_all(files: list[Path], jobs: int, progress: Progress | None):
    total = len(files)
    if jobs > 1 and total > 1:
        from concurrent.futures import ProcessPoolExecutor
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for n, result in enumerate(pool.map(extract_one, files, chunksize=8), 1):
                if progress:
                    progress(str(files[n - 1]), n, total)
                yield result
        return
    for n, path in enumerate(files, 1):
        result = extract_one(path)
        if progress:
            progress(str(path), n, total)
        yield result
