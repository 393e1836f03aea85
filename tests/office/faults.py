"""Faults an office meets: a commit whose acknowledgment is lost on the way back.

`lose_commit_acknowledgments` makes the database commit for real, then answer as a dropped
link does ("server closed the connection"); on PostgreSQL the connection is really closed.
`CommitCutter` does it on the wire: a TCP proxy in front of PostgreSQL that, once armed,
forwards a COMMIT, waits for the server's answer (so the commit is done) and then drops both
sides of the link instead of passing the answer on.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
from urllib.parse import urlsplit, urlunsplit

import peewee as pw

from app.db.database import is_postgres


def lose_commit_acknowledgments(database: pw.Database, at: set[int]) -> list[int]:
    """The commits numbered in `at` (1 = the next one) reach the database, and their
    acknowledgment is lost. Returns the list of numbers lost so far (it grows)."""
    real = database.commit
    counted: list[int] = []
    lost: list[int] = []

    def commit() -> None:
        real()
        counted.append(1)
        if len(counted) in at:
            lost.append(len(counted))
            if is_postgres(database):
                database._state.conn.close()  # the link is really gone
            raise pw.OperationalError("server closed the connection unexpectedly")

    database.commit = commit
    return lost


def through_proxy(url: str, port: int) -> str:
    """`url` (a postgresql:// DSN) to a proxy on this machine's `port`, in clear (no TLS, no
    GSS encryption), so that the proxy sees the protocol's messages."""
    parts = urlsplit(url)
    who = parts.netloc.rsplit("@", 1)[0] + "@" if "@" in parts.netloc else ""
    query = (parts.query + "&" if parts.query else "") + "sslmode=disable&gssencmode=disable"
    return urlunsplit(parts._replace(netloc=f"{who}127.0.0.1:{port}", query=query))


class CommitCutter:
    """A TCP proxy to PostgreSQL; `arm()` cuts the link after the next COMMIT is done."""

    def __init__(self, target: tuple[str, int]):
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.armed = threading.Event()
        self.cuts = 0
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._accept, daemon=True)]
        self._threads[0].start()

    def url(self, url: str) -> str:
        """`url` (a postgresql:// DSN) through this proxy, without TLS so that it can read."""
        return through_proxy(url, self.port)

    def arm(self) -> None:
        self.armed.set()

    def close(self) -> None:
        self._stop.set()
        # A socket closed under a blocked accept() leaves it blocked on Linux; shut down, it
        # wakes at once (the join below would otherwise wait out its timeout).
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        for thread in self._threads:
            thread.join(timeout=5)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            thread = threading.Thread(target=self._pump, args=(client, server), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _pump(self, client: socket.socket, server: socket.socket) -> None:
        selector = selectors.DefaultSelector()
        selector.register(client, selectors.EVENT_READ, server)
        selector.register(server, selectors.EVENT_READ, client)
        commit_sent = False
        try:
            while not self._stop.is_set():
                for key, _ in selector.select(timeout=0.5):
                    data = key.fileobj.recv(65536)
                    if not data:
                        return
                    if key.fileobj is client and self.armed.is_set() and b"COMMIT" in data:
                        commit_sent = True
                    elif key.fileobj is server and commit_sent:
                        # The server answered the COMMIT: it is done. Drop the answer and the link.
                        self.armed.clear()
                        self.cuts += 1
                        return
                    key.data.sendall(data)
        finally:
            selector.close()
            for sock in (client, server):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
