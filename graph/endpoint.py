"""The remote back end: a SPARQL 1.1 Protocol endpoint, plus its Graph Store Protocol service.

Sources are replaced with one SPARQL UPDATE request each batch (the same text the embedded store
runs), so a server that applies an update request as one transaction (Oxigraph, Fuseki/TDB2) gives
the same all-or-nothing guarantee; a failed request changes nothing.  Single graphs (set_graph)
too; the Graph Store Protocol service is only read (one graph's quads).

The default graph: acta keeps it as the merge of the named graphs (see store.py), so queries go
out with no dataset parameters at all.  A store written by an older acta has no merge yet (until
the first write): then Oxigraph gets its ``union-default-graph`` URL parameter, other servers the
standard ``default-graph-uri`` (and ``named-graph-uri``) list of every named graph, or nothing at
all when ``union_default_graph`` is False, for servers configured that way themselves
(``oxigraph serve --union-default-graph``, ``tdb2:unionDefaultGraph true``).
Only the standard library is used (urllib).
"""

from __future__ import annotations

import base64
import http.client
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from email.message import Message

import pyoxigraph as ox

from graph.errors import EndpointError, MalformedQueryError
from graph.store import (
    Bindings,
    QueryResult,
    Store,
    bind_query,
    materialize,
    one_line,
    query_form,
    set_graph_update,
)

RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"


def derive_urls(query_url: str, dialect: str) -> tuple[str, str]:
    """Update and Graph Store URLs next to a query URL, as Oxigraph and Fuseki lay them out."""
    parts = urllib.parse.urlsplit(query_url)
    head, _, last = parts.path.rstrip("/").rpartition("/")
    if last not in ("query", "sparql"):  # Fuseki's dataset URL (/ds) answers all three protocols
        return query_url, query_url
    gsp = "store" if dialect == "oxigraph" else "data"
    return tuple(urllib.parse.urlunsplit(parts._replace(path=f"{head}/{name}")) for name in ("update", gsp))


GRAPHS_A_REQUEST = 500  # graphs whose quads one request asks for (quads_by_graph)
_QUADS_IN = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"  # with the graphs bound to ?g


class RemoteStore(Store):
    """A store behind HTTP; nothing is cached but the list of graphs for default-graph-uri."""

    def __init__(
        self,
        endpoint: str,
        *,
        write: bool = False,
        user: str | None = None,
        password: str | None = None,
        union_default_graph: bool = True,
        timeout: float = 30,
        update_endpoint: str | None = None,
        graph_store_endpoint: str | None = None,
    ) -> None:
        if urllib.parse.urlsplit(endpoint).scheme not in ("http", "https"):
            raise EndpointError(f"not an http(s) URL for a SPARQL endpoint: {endpoint}")
        self.location = self.query_url = endpoint
        self.writable, self.union, self.timeout = write, union_default_graph, timeout
        self._auth = None
        if user is not None:
            token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
            self._auth = f"Basic {token}"
        _, headers = self._request("POST", endpoint, b"ASK {}", {"Content-Type": "application/sparql-query",
                                                                "Accept": RESULTS_JSON})
        self.dialect = "oxigraph" if headers.get("Server", "").startswith("Oxigraph") else "generic"
        update, gsp = derive_urls(endpoint, self.dialect)
        self.update_url = update_endpoint or update
        self.gsp_url = graph_store_endpoint or gsp
        self._graph_list: list[str] | None = None
        self._check_merged()

    # --- HTTP ----------------------------------------------------------------------------------
    def _request(
        self, method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None,
        missing_ok: bool = False, is_query: bool = False,
    ) -> tuple[bytes, Message]:
        """One HTTP exchange; every failure becomes a one-line EndpointError."""
        request = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}))
        if self._auth:
            request.add_header("Authorization", self._auth)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read(), response.headers
        except urllib.error.HTTPError as e:
            text = one_line(e.read().decode("utf-8", "replace"))[:300]
            if e.code == 404 and missing_ok:
                return b"", e.headers
            if e.code in (401, 403):
                raise EndpointError(f"SPARQL endpoint {url} refused access (HTTP {e.code}): "
                                    "check the user name and password") from None
            if e.code == 400 and is_query:
                raise MalformedQueryError(f"malformed SPARQL query: {text or 'HTTP 400'}") from None
            raise EndpointError(f"SPARQL endpoint {url} answered HTTP {e.code}: {text or e.reason}") from None
        except TimeoutError:
            raise EndpointError(self._too_slow(url)) from None
        except urllib.error.URLError as e:
            reason = e.reason
            if isinstance(reason, TimeoutError):
                raise EndpointError(self._too_slow(url)) from None
            if isinstance(reason, ConnectionRefusedError):
                raise EndpointError(f"cannot reach SPARQL endpoint {url}: connection refused; "
                                    "is the server running?") from None
            raise EndpointError(f"cannot reach SPARQL endpoint {url}: {one_line(reason)}") from None
        except (http.client.HTTPException, OSError) as e:
            raise EndpointError(f"SPARQL endpoint {url} broke off the exchange: "
                                f"{one_line(e) or type(e).__name__}") from None

    def _too_slow(self, url: str) -> str:
        return f"SPARQL endpoint {url} did not answer within {self.timeout:g} s; is it overloaded?"

    def _run(self, sparql: str, params: list[tuple[str, str]]) -> QueryResult:
        form, _ = query_form(sparql)
        accept = N_TRIPLES if form in ("CONSTRUCT", "DESCRIBE") else RESULTS_JSON
        if any(k == "default-graph-uri" for k, _ in params):  # may be long: a form body, not a URL
            body = urllib.parse.urlencode([("query", sparql), *params]).encode()
            url, ctype = self.query_url, "application/x-www-form-urlencoded"
        else:
            url = self.query_url + ("&" if "?" in self.query_url else "?") + urllib.parse.urlencode(params)
            url, body, ctype = url.rstrip("?"), sparql.encode(), "application/sparql-query"
        headers = {"Content-Type": ctype, "Accept": accept}
        data, headers = self._request("POST", url, body, headers, is_query=True)
        mime = headers.get_content_type()
        try:
            if accept == N_TRIPLES:
                fmt = ox.RdfFormat.from_media_type(mime) or ox.RdfFormat.N_TRIPLES
                return QueryResult(triples=[q.triple for q in ox.parse(data, format=fmt)])
            fmt = ox.QueryResultsFormat.from_media_type(mime) or ox.QueryResultsFormat.JSON
            return materialize(ox.parse_query_results(data, format=fmt))
        except (SyntaxError, ValueError) as e:
            message = f"SPARQL endpoint {url} sent an unreadable answer ({mime}): {one_line(e)}"
            raise EndpointError(message) from None

    # --- the Store interface ---------------------------------------------------------------------
    def _select(self, sparql: str) -> QueryResult:
        return self._run(sparql, [])

    def _update(self, sparql: str) -> None:
        self._graph_list = None
        self._request("POST", self.update_url, sparql.encode(), {"Content-Type": "application/sparql-update"})

    def query(self, sparql: str, bindings: Bindings | None = None, *, union: bool = False) -> QueryResult:
        text = bind_query(sparql, bindings)
        params: list[tuple[str, str]] = []
        # asked for, or no merged default graph (yet): the union
        union = union or (self.union and not self.merged)
        if union and self.dialect == "oxigraph":
            params.append(("union-default-graph", ""))
        elif union:
            if self._graph_list is None:
                self._graph_list = self.graphs()
            # a protocol dataset with only default graphs has no named ones: list them as both
            for kind in ("default-graph-uri", "named-graph-uri"):
                params += [(kind, g) for g in self._graph_list]
        return self._run(text, params)

    def set_graph(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        self._check_writable()
        self._update(set_graph_update(graph_iri, triples))

    def _graph_url(self, graph_iri: str) -> str:
        sep = "&" if "?" in self.gsp_url else "?"
        return f"{self.gsp_url}{sep}{urllib.parse.urlencode({'graph': graph_iri})}"

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        if graph is not None:
            data, headers = self._request("GET", self._graph_url(graph), None, {"Accept": N_TRIPLES},
                                          missing_ok=True)
            g = ox.NamedNode(graph)
            parsed = ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
            return (ox.Quad(q.subject, q.predicate, q.object, g) for q in parsed)
        rows = self._select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return (ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows)

    def quads_by_graph(self, graphs: list[str]) -> Iterator[tuple[str, list[ox.Quad]]]:
        """A request for every GRAPHS_A_REQUEST graphs, grouped here: a request per graph would be three per
        document, and one for them all held the whole store at once (and its evidence, to export the facts)."""
        for i in range(0, len(graphs), GRAPHS_A_REQUEST):
            batch = graphs[i:i + GRAPHS_A_REQUEST]
            by_graph: dict[str, list[ox.Quad]] = {g: [] for g in batch}
            for r in self.query_nodes(_QUADS_IN, batch, var="g", size=len(batch)):
                if r["g"].value in by_graph:
                    by_graph[r["g"].value].append(ox.Quad(r["s"], r["p"], r["o"], r["g"]))
            yield from by_graph.items()

    def graphs(self) -> list[str]:
        rows = self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return sorted(r["g"].value for r in rows if isinstance(r["g"], ox.NamedNode))

    def count(self) -> int:
        rows = self._select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return int(rows[0]["n"].value) if rows else 0

    def close(self) -> None:
        """Nothing to release: every request has its own connection."""
