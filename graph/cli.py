"""The `acta` command: parse arguments, call one library function, print.

Exit codes: 0 success; 1 an acta error (bad input, missing or busy store,
unknown query, no match, validation failed); 2 a usage error (click's own).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .errors import ActaError, QueryError

STORE_HELP = "store folder (default: $ACTA_STORE or ./acta-store)"
ENDPOINT_HELP = "remote SPARQL endpoint (query URL) instead of the local store (also $ACTA_ENDPOINT)"


class ActaGroup(click.Group):
    """Turns every ActaError into one line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ActaError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("Error: interrupted", err=True)
            sys.exit(130)


def store_options(f):
    f = click.option("--store", "store_path", type=click.Path(), default=None, help=STORE_HELP)(f)
    f = click.option("--endpoint", default=None, envvar="ACTA_ENDPOINT", help=ENDPOINT_HELP)(f)
    f = click.option("--user", default=None, envvar="ACTA_USER", help="user for basic auth on --endpoint")(f)
    f = click.option("--password", default=None, envvar="ACTA_PASSWORD", help="password for basic auth")(f)
    return f


def _open(store_path, endpoint, user=None, password=None, write=False):
    from .store import open_store
    return open_store(store_path, endpoint=endpoint, write=write, user=user, password=password)


@click.group(cls=ActaGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="acta", prog_name="acta")
def main() -> None:
    """acta: the institutional provenance of intergovernmental documents, as a knowledge graph."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@store_options
@click.option("--force", is_flag=True, help="rebuild documents even when their text is unchanged")
@click.option("--prune", is_flag=True, help="remove documents no longer among PATHS from the store")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, help="extract in N processes")
def build(paths, store_path, endpoint, user, password, force, prune, jobs) -> None:
    """Read documents (files or folders of .txt/.md) into the store.  Without PATHS: the bundled example."""
    from .build import file_hashes, known_hashes, prepare, write
    from .resources import example_document
    targets = list(paths) or [str(example_document())]
    known = None if force else known_hashes(store_path, endpoint=endpoint, user=user, password=password)
    stale = sum(1 for sha in (known or {}).values() if not sha)  # read by another version of the rules
    if stale:
        click.echo(f"Note: {stale} document{'s' if stale != 1 else ''} in the store {'were' if stale != 1 else 'was'} "
                   "read by another version of acta's rules: reading them again", err=True)
    stream = known == {} and not endpoint  # a first build into the embedded store: extracts while it loads
    try:
        prepared = prepare(targets, jobs=jobs, progress=_progress, known=known, stream=stream,
                           hashes=file_hashes(store_path, endpoint))  # bad documents fail here
    except BaseException:
        _clear_progress()
        raise
    if not stream:
        _clear_progress()
    try:
        with _open(store_path, endpoint, user, password, write=True) as store:
            report = write(store, prepared, force=force, prune=prune)
    finally:
        prepared.results.close()  # (write() closes them too; this is for a store that would not open)
        _clear_progress()
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)
    click.echo(f"{report.documents} documents: {report.built} built, {report.skipped} unchanged, "
               f"{report.removed} removed; {report.facts} fact triples, {report.triples} triples with evidence "
               f"({report.seconds:.2f} s)", err=True)


@main.command()
@click.argument("slugs", nargs=-1, required=True)
@store_options
def remove(slugs, store_path, endpoint, user, password) -> None:
    """Remove documents (by file stem, as `acta sources` lists them) and their facts from the store."""
    with _open(store_path, endpoint, user, password, write=True) as store:
        for slug in slugs:
            if not store.remove_source(slug):
                raise ActaError(f"no document {slug!r} in the store: `acta sources` lists them")
            click.echo(f"removed {slug}", err=True)


@main.command()
@store_options
def sources(store_path, endpoint, user, password) -> None:
    """List the documents in the store with their content hashes."""
    from .app import sources as list_sources
    with _open(store_path, endpoint, user, password) as store:
        for info in list_sources(store):
            click.echo(f"{info.slug}\t{info.file_name}\t{info.sha256[:12]}")


@main.command()
def queries() -> None:
    """List the named queries: name, summary, parameters."""
    from .queries import named_queries
    for q in named_queries().values():
        params = ", ".join(p.name + ("?" if p.optional else "") for p in q.params) or "-"
        click.echo(f"{q.name}\t{params}\t{q.summary}")


@main.command()
@click.argument("name")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="a query parameter")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv"]), default=None,
              help="output format (default: table on a terminal, else json)")
@store_options
def query(name, params, fmt, store_path, endpoint, user, password) -> None:
    """Run a named query (see `acta queries`) or a .rq file."""
    from .queries import format_chunks, load_query, run
    values = {}
    for item in params:
        if "=" not in item:
            raise QueryError(f"-p takes KEY=VALUE, not {item!r}")
        key, value = item.split("=", 1)
        values[key.strip()] = value
    q = load_query(name)
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    with _open(store_path, endpoint, user, password) as store:
        result = run(store, q, values)
    for chunk in format_chunks(result, fmt):  # a long listing is written as it is formatted, not held whole
        click.echo(chunk, nl=False)


@main.command()
@click.argument("entity")
@store_options
def explain(entity, store_path, endpoint, user, password) -> None:
    """Print every fact about ENTITY with the sentence it came from."""
    from .app import explain as run_explain
    with _open(store_path, endpoint, user, password) as store:
        facts = run_explain(store, entity)
    for f in facts:
        click.echo(f"{f.subject} —{f.predicate}→ {f.object}")
        quote = " ".join(f.quote.split())  # a sentence across lines or a page break is printed on one line
        click.echo(f"    {f.document} [{f.start}:{f.end}] “{quote}”")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nquads", "jsonld", "graphml", "gexf"]),
              default="turtle", help="turtle: the facts; trig/nquads/jsonld: facts, evidence and ontology")
@click.option("-o", "--output", type=click.Path(), default=None, help="file to write (default: stdout)")
@store_options
def export(fmt, output, store_path, endpoint, user, password) -> None:
    """Export the graph."""
    from .app import export as run_export
    try:
        with _open(store_path, endpoint, user, password) as store:
            result = run_export(store, fmt, output, None if output else sys.stdout.buffer, progress=_progress)
    finally:
        _clear_progress()
    if result is not None:
        click.echo(f"wrote {result}", err=True)


@main.command()
@click.option("-o", "--output", type=click.Path(), default="acta-graph.html", show_default=True)
@click.option("--focus", default=None, help="only the neighbourhood of this entity (symbol, name, acronym)")
@click.option("--depth", type=click.IntRange(1, 10), default=2, show_default=True)
@click.option("--class", "classes", default=None, help="only these kinds, e.g. resolution,meeting,body")
@click.option("--layout", type=click.Choice(["force", "chain", "timeline"]), default="force", show_default=True)
@click.option("--limit", type=click.IntRange(1, None), default=2000, show_default=True,
              help="refuse to draw more nodes than this")
@click.option("--quotes", type=click.IntRange(0, None), default=None,
              help="list at most N quotes for a node or a link  [default: 40; 0: all]")
@store_options
def viz(output, focus, depth, classes, layout, limit, quotes, store_path, endpoint, user, password) -> None:
    """Write an interactive, offline HTML view of the graph."""
    from .app import viz as run_viz
    cap = {} if quotes is None else {"quotes": quotes}
    with _open(store_path, endpoint, user, password) as store:
        path = run_viz(store, output, focus=focus, depth=depth, classes=classes, layout=layout, limit=limit, **cap)
    click.echo(f"wrote {path}", err=True)


@main.command()
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, help="judge batches in N processes")
@store_options
def validate(jobs, store_path, endpoint, user, password) -> None:
    """Check the graph against the SHACL shapes (ontology/shapes.ttl)."""
    from .app import validate as run_validate
    with _open(store_path, endpoint, user, password) as store:
        try:
            ok, report = run_validate(store, progress=lambda n, total: _progress("focus nodes", n, total), jobs=jobs)
        finally:
            _clear_progress()
    if not ok:
        click.echo(report, err=True)
        raise ActaError("the graph does not conform to the SHACL shapes (report above)")
    click.echo("conforms" + (" (with warnings)" if "Warning" in report else ""))


@main.command()
@click.option("--store", "store_path", type=click.Path(), default=None, help=STORE_HELP)
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True, help="port on 127.0.0.1")
def serve(store_path, port) -> None:
    """Serve the store read-only as a SPARQL endpoint on 127.0.0.1 until Ctrl-C (needs `pip install oxigraph`)."""
    from .serve import serve as run_serve
    run_serve(store_path, port, ready=_serving)


def _serving(server) -> None:
    click.echo(f"serving {server.location} read-only: SPARQL endpoint {server.url}, YASGUI at {server.base}/ "
               "(Ctrl-C stops it)", err=True)


@main.command()
@click.option("-o", "--output", type=click.Path(), default="acta-demo", show_default=True)
def demo(output) -> None:
    """Build the bundled example report and write OUTPUT/graph.ttl and OUTPUT/graph.html."""
    from .app import demo as run_demo
    try:
        summary, written = run_demo(output, progress=_progress)
    finally:
        _clear_progress()
    click.echo(f"built {summary.documents} document: {summary.triples} triples")
    for name, n in sorted(summary.counts.items()):
        click.echo(f"  {name:<12} {n}")
    for path in written:
        click.echo(f"wrote {path}")
    click.echo(f"try: acta query meetings --store {Path(output) / 'store'}")


_shown = False


def _progress(name: str, n: int, total: int) -> None:
    global _shown
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return
    _shown = True
    width = 30
    done = int(width * n / max(total, 1))
    click.echo(f"\r[{'#' * done}{'.' * (width - done)}] {n}/{total} {Path(name).name[:40]:<40}", err=True, nl=False)


def _clear_progress() -> None:
    """Ends the progress line, so that what follows (a summary, an Error:) starts on its own line."""
    global _shown
    if _shown:
        _shown = False
        click.echo("", err=True)


if __name__ == "__main__":
    main()
