"""The one exception tree of acta.

Library code raises these; the CLI turns any of them into a single line
``Error: <message>`` on stderr and exit status 1.  Messages say what happened
and what to do about it, so they are written for the person at the terminal.
"""

from __future__ import annotations


class ActaError(Exception):
    """Base class: every error acta reports to a user."""


# --- reading documents -------------------------------------------------------
class InputError(ActaError):
    """A document or path that cannot be read as text."""


class EmptyDocumentError(InputError):
    """A document with no text in it."""


class BinaryFileError(InputError):
    """A file that is not text (NUL bytes, an image, a PDF without a reader)."""


class NoDocumentsError(InputError):
    """A path or folder that holds no readable documents."""


# --- the store ---------------------------------------------------------------
class StoreError(ActaError):
    """The graph store cannot be opened, read or written."""


class StoreMissingError(StoreError):
    """No store has been built at that place yet."""


class StoreLockedError(StoreError):
    """Another process is writing to the store."""


class EndpointError(StoreError):
    """A remote SPARQL endpoint is down, slow or answered an error."""


# --- queries -----------------------------------------------------------------
class QueryError(ActaError):
    """A query that cannot be run as asked."""


class UnknownQueryError(QueryError):
    """No named query and no readable .rq file by that name."""


class UnknownParameterError(QueryError):
    """A -p KEY that the query does not declare."""


class NoMatchError(QueryError):
    """A parameter value that matches nothing in the graph."""


class MalformedQueryError(QueryError):
    """SPARQL text that does not parse."""


class UpdateRefusedError(QueryError):
    """A SPARQL UPDATE where only queries are allowed."""


# --- everything else -----------------------------------------------------------
class ValidationFailed(ActaError):
    """SHACL validation found violations."""

    def __init__(self, message: str, report: str = "") -> None:
        super().__init__(message)
        self.report = report


class ExportError(ActaError):
    """An export or view that cannot be written as asked."""


class TooLargeError(ExportError):
    """A graph too large to draw in a browser without a filter."""
