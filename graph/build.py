"""The build: documents in, one named graph per document out, written in one go.

Everything is read and extracted (`prepare`) before the store is opened for
writing (`write`), so a bad document fails the build before anything is touched,
the store keeps its previous facts, and readers are locked out only while the
graphs are written.  Unchanged documents (same content hash as in the store) are
skipped before extraction.  Extracted graphs wait in a spool file on disk (N-Triples
per graph), not in memory, so the memory of a build does not grow with the corpus.

A first build (a store with no documents yet, which is bulk-loaded) need not wait:
`prepare(stream=True)` still reads every document first, so a bad one fails before
the store is opened, but extracts them only while `write` loads them, so that
extraction and loading share the cores.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import pickle
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError
from .extract import extract
from .facts import to_ntriples
from .filehashes import CACHE_NAME, FileHashes
from .namespaces import ONTOLOGY_GRAPH, SOURCE
from .resources import ontology_file
from .store import GraphTriples, SourceInfo, Store, triple_count
from .text import find_documents, read_document

Progress = Callable[[str, int, int], None]
OPTIMIZE_AFTER = 100_000  # triples written by one build: then the store is compacted (~1 s per 500k triples)


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


Extracted = tuple[SourceInfo, dict[str, bytes], list[str]]  # graphs as N-Triples, ready to spool


# modules that do not shape what a text gives: a change to them leaves a store's facts current
_NOT_RULES = frozenset({"app.py", "build.py", "cli.py", "compaction.py", "embedded.py", "endpoint.py", "errors.py",
                        "export.py", "filehashes.py", "network.py", "queries.py", "resources.py", "serve.py",
                        "store.py", "validate.py", "viz.py", "viz_template.py"})


@functools.cache
def extractor_fingerprint() -> str:
    """A digest of the code and data that turn a text into facts.  Each document's bookkeeping records it, so
    that after an upgrade of acta a build reads again the documents an older version read (their text unchanged,
    their facts not); any module not listed as unrelated counts, so a new one errs on the side of reading again."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if not path.is_file() or path.suffix not in (".py", ".toml") or rel in _NOT_RULES or rel.startswith("_"):
            continue
        digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def extract_one(path: Path) -> Extracted:
    """A document's graphs as N-Triples: cheap to send from a worker process and to spool."""
    doc = read_document(path)
    x = extract(doc)
    graphs = to_ntriples(x)
    info = SourceInfo(SOURCE + doc.slug, doc.slug, doc.sha256, doc.file_name, extractor_fingerprint())
    return info, graphs, doc.warnings


class Spool:
    """Extraction results parked in a temporary file, read back one document at a time."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="acta-build-")
        self._index: list[tuple[SourceInfo, list[str], int, int]] = []  # info, warnings, offset, size

    def add(self, info: SourceInfo, graphs: dict[str, bytes] | None, warnings: list[str]) -> None:
        """`graphs` None: the document is unchanged since the store last saw it, and was not extracted."""
        if graphs is None:
            self._index.append((info, warnings, -1, 0))
            return
        data = pickle.dumps(graphs, protocol=pickle.HIGHEST_PROTOCOL)
        offset = self._file.seek(0, 2)
        self._file.write(data)
        self._index.append((info, warnings, offset, len(data)))

    def __len__(self) -> int:
        return len(self._index)

    def __iter__(self) -> Iterator[tuple[SourceInfo, dict[str, bytes] | None, list[str]]]:
        """Each document's graphs as N-Triples bytes, which the store takes as they are."""
        for info, warnings, offset, size in self._index:
            if offset < 0:
                yield info, None, warnings
                continue
            self._file.seek(offset)
            yield info, pickle.loads(self._file.read(size)), warnings

    def close(self) -> None:
        self._file.close()


class Stream:
    """Extraction results in file order as `write` asks for them, for a first build (see the module docstring).

    The worker processes start (fork) here, before any store is open; at most WINDOW documents per
    process are extracted ahead of the store, so memory stays flat however large the corpus.
    """

    WINDOW = 16  # documents per process extracted ahead of what the store has taken
    CHUNK = 4    # documents per task sent to a worker process

    def __init__(self, files: list[Path], jobs: int, progress: Progress | None) -> None:
        self._files = files
        self._results = _extract_all(files, jobs, progress, window=self.WINDOW * jobs, chunk=self.CHUNK)
        if jobs > 1 and len(files) > 1:
            self._first = [next(self._results)]  # starts the pool now: forks before the store is opened
        else:
            self._first = []

    def __len__(self) -> int:
        return len(self._files)

    def __iter__(self) -> Iterator[tuple[SourceInfo, dict[str, bytes] | None, list[str]]]:
        return itertools.chain(self._first, self._results)

    def close(self) -> None:
        self._results.close()  # shuts the worker pool down


@dataclass
class Prepared:
    """Every document read and extracted (or found unchanged), nothing written yet.

    ``results`` yields (info, graphs, warnings) per document, graphs None for a document whose
    text the store already holds (same hash), which was therefore not extracted.  A `Stream` extracts
    them only as they are written.
    """

    paths: list[Path]
    slugs: dict[str, Path]
    results: Spool | Stream
    started: float = 0.0
    hashes: FileHashes = field(default_factory=lambda: FileHashes(None))  # saved once the store has the documents


def prepare(paths: Iterable[str | Path], *, progress: Progress | None = None, jobs: int = 1,
            known: Mapping[str, str] | None = None, stream: bool = False,
            hashes: FileHashes | None = None) -> Prepared:
    """Reads and extracts every document; raises on the first bad one, before any store is touched.

    ``known`` maps slugs to the content hashes the store holds (see `stored_hashes`): those documents,
    when unchanged, are hashed (or found unchanged by ``hashes``, see graph/filehashes.py) but not
    extracted.  ``stream``: for a store that holds no documents (``known`` empty), read every document
    now but extract them as `write` loads them.
    """
    started = time.perf_counter()
    hashes = hashes or FileHashes(None)  # no cache: every file is read and hashed
    files = find_documents(paths)
    slugs: dict[str, Path] = {}
    for path in files:
        doc_slug = _slug(path)
        if doc_slug in slugs:
            raise InputError(f"{path} and {slugs[doc_slug]} have the same name: rename one, the graph of a "
                             "document is named after its file")
        slugs[doc_slug] = path
    if stream and not known:
        results = Stream(files, jobs, progress)
        try:
            for path in files:  # a bad document fails the build here, before the store is opened
                hashes.read_document(path)
        except BaseException:
            results.close()
            raise
        return Prepared(files, slugs, results, started, hashes)
    spool = Spool()
    try:
        todo: list[Path] = []
        unchanged: dict[str, tuple[SourceInfo, list[str]]] = {}  # by slug: hashing 100k Paths took a second
        for slug, path in slugs.items():
            if known and slug in known:
                sha256, warnings = hashes.content_hash(path)
                if sha256 == known[slug]:
                    unchanged[slug] = (SourceInfo(SOURCE + slug, slug, sha256, path.name), warnings)
                    continue
            todo.append(path)
        extracted = _extract_all(todo, jobs, progress)
        for slug in slugs:  # in file order (slugs was filled in it), whatever was extracted
            if slug in unchanged:
                spool.add(unchanged[slug][0], None, unchanged[slug][1])
            else:
                spool.add(*next(extracted))
        extracted.close()  # shuts the worker pool down
    except BaseException:
        spool.close()
        raise
    return Prepared(files, slugs, spool, started, hashes)


def file_hashes(store_path: str | Path | None = None, endpoint: str | None = None) -> FileHashes | None:
    """The remembered file hashes of an embedded store (none for a remote one: its folder is not ours)."""
    if endpoint:
        return None
    from .store import default_store_path
    return FileHashes(default_store_path(store_path) / CACHE_NAME)


def stored_hashes(store: Store) -> dict[str, str]:
    """slug -> content hash of every document in the store ("" for one read by another version of the rules)."""
    return store.hashes(extractor_fingerprint())


def known_hashes(path: str | Path | None = None, *, endpoint: str | None = None, user: str | None = None,
                 password: str | None = None) -> dict[str, str]:
    """stored_hashes() of the store at ``path`` (or ``endpoint``), read-only; {} when none was built yet."""
    from .errors import StoreMissingError
    from .store import open_store
    try:
        with open_store(path, endpoint=endpoint, user=user, password=password) as store:
            return stored_hashes(store)
    except StoreMissingError:
        return {}


def write(store: Store, prepared: Prepared, *, force: bool = False, prune: bool = False) -> BuildReport:
    """Writes prepared documents: unchanged ones (same hash) are skipped unless `force`.

    The documents stream from the spool into the store's transactions, one batch in memory at a time.
    """
    report = BuildReport(documents=len(prepared.paths))
    known = stored_hashes(store)

    def items() -> Iterator[tuple[SourceInfo, GraphTriples]]:
        for info, graphs, warnings in prepared.results:
            report.warnings.extend(warnings)
            if known.get(info.slug) == info.sha256 and not force:
                report.skipped += 1
                continue
            if graphs is None:  # skipped when prepared, but the store has changed since: extract it now
                info, graphs, _ = extract_one(prepared.slugs[info.slug])
            report.built += 1
            for name, triples in graphs.items():
                report.triples += triple_count(triples)
                if not name.endswith("/evidence"):
                    report.facts += triple_count(triples)
            yield info, graphs

    try:
        store.set_graph(ONTOLOGY_GRAPH, ontology_triples())
        store.replace_sources(items())
    finally:
        prepared.results.close()
    if prune:
        for slug in sorted(set(known) - set(prepared.slugs)):
            store.remove_source(slug)
            report.removed += 1
    if report.triples >= OPTIMIZE_AFTER:
        store.optimize()  # compacts what a big build wrote in many pieces, so that queries stay fast
    prepared.hashes.save()
    report.seconds = time.perf_counter() - (prepared.started or time.perf_counter())
    return report


def build(store: Store, paths: Iterable[str | Path], *, force: bool = False, prune: bool = False,
          progress: Progress | None = None, jobs: int = 1) -> BuildReport:
    """prepare() then write(): a bad document fails the build before the store changes."""
    known = None if force else stored_hashes(store)
    return write(store, prepare(paths, progress=progress, jobs=jobs, known=known), force=force, prune=prune)


def _slug(path: Path) -> str:
    from .text import slugify
    return slugify(path.stem)


def _extract_chunk(paths: list[Path]) -> list[Extracted]:
    return [extract_one(path) for path in paths]


def _extract_all(files: list[Path], jobs: int, progress: Progress | None, *, window: int | None = None,
                 chunk: int = 8) -> Iterator[Extracted]:
    """Extraction results in file order; ``window``: at most that many documents extracted ahead of the
    consumer (None: all of them, for a consumer that keeps up)."""
    total = len(files)
    if jobs > 1 and total > 1:
        from concurrent.futures import ProcessPoolExecutor
        chunks = (files[i:i + chunk] for i in range(0, total, chunk))
        ahead = max(1, (window or total) // chunk)
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            running = deque(pool.submit(_extract_chunk, c) for c in itertools.islice(chunks, ahead))
            n = 0
            while running:
                results = running.popleft().result()
                running.extend(pool.submit(_extract_chunk, c) for c in itertools.islice(chunks, 1))
                for result in results:
                    n += 1
                    if progress:
                        progress(str(files[n - 1]), n, total)
                    yield result
        return
    for n, path in enumerate(files, 1):
        result = extract_one(path)
        if progress:
            progress(str(path), n, total)
        yield result
