"""`acta serve`: the local store as a read-only SPARQL 1.1 endpoint on 127.0.0.1.

The server is Oxigraph's own (``oxigraph serve-read-only``, from the PyPI package ``oxigraph``),
started on the store folder.  The facts live in one named graph per document, and acta keeps the
default graph as their merge (store.py), so a query typed into the YASGUI page the server shows at
``/`` sees every fact once, as `acta query` does.  Not ``--union-default-graph``: Oxigraph's union
repeats a triple once per graph holding it (and would add the merge itself); only a store written
by an older acta, which has no merge yet, is served with it.  ``--cors`` lets YASGUI pages hosted
elsewhere query it.  UPDATE and Graph Store writes get HTTP 403.

Oxigraph documents a read-only open beside a live writer as undefined behaviour, so the server
holds the store's shared read lock (see ``store.py``) for as long as it runs: ``acta build`` on a
served store says the store is busy instead of writing under it.  The lock's descriptor is handed
to the server process itself, so the lock lives exactly as long as the server does.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .embedded import MARKER, READ_LOCK, flock
from .errors import StoreError, StoreLockedError, StoreMissingError
from .store import default_store_path, one_line, open_store

DEFAULT_PORT = 7878
HOST = "127.0.0.1"
START_TIMEOUT = 20.0  # seconds to wait for the server to listen


def oxigraph_binary() -> str:
    """The `oxigraph` executable: beside this Python's scripts (a venv), else on PATH."""
    for folder in (Path(sys.executable).parent, Path(sysconfig.get_path("scripts"))):
        candidate = folder / "oxigraph"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which("oxigraph")
    if found is None:
        raise StoreError("the Oxigraph server is not installed: `pip install oxigraph` provides the `oxigraph` "
                         "command that acta serve runs")
    return found


def serve_command(location: str | Path, port: int, *, binary: str | None = None, host: str = HOST,
                  cors: bool = True, union: bool = False) -> list[str]:
    """The command line of the read-only server for the store folder ``location``."""
    args = [binary or oxigraph_binary(), "serve-read-only", "--location", str(location), "--bind", f"{host}:{port}"]
    return args + (["--union-default-graph"] if union else []) + (["--cors"] if cors else [])


@dataclass
class Server:
    """A running `oxigraph serve-read-only`; ``url`` is the SPARQL query endpoint."""

    process: subprocess.Popen
    port: int
    location: Path
    log: IO[bytes]  # the server's stderr (a file, so that a chatty server never blocks on a full pipe)
    host: str = HOST

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def url(self) -> str:
        return self.base + "/query"

    def wait(self) -> int:
        return self.process.wait()

    def last_message(self) -> str:
        """The last line the server wrote to stderr, for one-line errors."""
        try:
            self.log.seek(0)
            lines = [line for line in self.log.read().decode("utf-8", "replace").splitlines() if line.strip()]
        except (OSError, ValueError):
            return ""
        return one_line(lines[-1]) if lines else ""

    def stop(self) -> None:
        """Ends the server (SIGTERM, then SIGKILL after 10 s); its exit releases the read lock."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _port_is_free(host: str, port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server binds: TIME_WAIT is no obstacle
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def _die_with_parent() -> None:
    """In the child before exec (Linux): SIGTERM when acta dies, even by SIGKILL, so no server is orphaned."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def start(path: str | Path | None = None, port: int = DEFAULT_PORT, *, binary: str | None = None,
          host: str = HOST, cors: bool = True) -> Server:
    """Starts the server on the store at ``path`` (default_store_path()) and returns once it listens."""
    location = default_store_path(path)
    if not (location / MARKER).is_file():
        raise StoreMissingError(f"no store at {location}: run `acta build` first")
    if not _port_is_free(host, port):
        raise StoreError(f"port {port} on {host} is in use: choose another with --port")
    with open_store(location) as store:  # also: a clear error if a build holds the store
        merged = store.merged
    command = serve_command(location, port, binary=binary, host=host, cors=cors, union=not merged)
    try:
        fd = flock(location / READ_LOCK, fcntl.LOCK_SH)
    except OSError:  # a folder we may not write holds no lock file: nobody can be writing it
        fd = -1
    if fd is None:
        raise StoreLockedError(f"store {location} is busy: an acta build is writing to it; try again when it "
                               "finishes")
    log = tempfile.TemporaryFile(prefix="acta-serve-")
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
                                   pass_fds=(fd,) if fd >= 0 else (), preexec_fn=_die_with_parent)
    except OSError as e:
        log.close()
        raise StoreError(f"cannot run {command[0]}: {one_line(e)}") from None
    finally:
        if fd >= 0:
            os.close(fd)  # the server's copy of the descriptor keeps the lock
    server = Server(process, port, location, log, host)
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if process.poll() is not None:
            message = server.last_message() or "no message"
            server.stop()
            raise StoreError(f"the Oxigraph server stopped at once: {message}")
        try:
            socket.create_connection((host, port), timeout=0.2).close()
            return server
        except OSError:
            if time.monotonic() > deadline:
                server.stop()
                raise StoreError(f"the Oxigraph server did not listen on {host}:{port} within "
                                 f"{START_TIMEOUT:g} s") from None
            time.sleep(0.05)


def serve(path: str | Path | None = None, port: int = DEFAULT_PORT, *,
          ready: Callable[[Server], None] | None = None, binary: str | None = None) -> int:
    """Serves the store until the server exits or the user presses Ctrl-C; calls ``ready`` once it listens."""
    server = start(path, port, binary=binary)

    def terminated(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, terminated)  # `kill` stops the server as Ctrl-C does
    try:
        if ready:
            ready(server)
        code = server.wait()
    except KeyboardInterrupt:  # Ctrl-C reaches the server too; either way it is stopped here
        server.stop()
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
    message = server.last_message()
    server.stop()
    if code > 0:
        raise StoreError(f"the Oxigraph server stopped (exit status {code}): {message or 'no message'}")
    return 0
