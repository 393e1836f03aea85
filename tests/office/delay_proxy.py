"""A slow link to PostgreSQL: a TCP proxy that delivers every chunk `delay` seconds after it
arrived, each way (latency, not a narrow pipe: chunks behind one another are not held up by
more than the delay). Used by the window's latency test and `bench/bench_office.py`.

It can also play a server that is away: `starting_up()` answers every new connection as a
PostgreSQL server still starting up does (FATAL 57P03), `cut()` drops every open link, and
`forward()` passes connections on again.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections import deque

from tests.office.faults import through_proxy

SSL_REQUEST, GSS_REQUEST = 80877103, 80877104
STARTING_UP = "the database system is starting up"


def _error_response(message: str, code: str = "57P03") -> bytes:
    fields = b"".join(
        kind + value.encode() + b"\0"
        for kind, value in ((b"S", "FATAL"), (b"V", "FATAL"), (b"C", code), (b"M", message))
    )
    body = fields + b"\0"
    return b"E" + struct.pack("!I", len(body) + 4) + body


class DelayProxy:
    """127.0.0.1:`port` (chosen by the system) in front of `target`."""

    def __init__(self, target: tuple[str, int] = ("127.0.0.1", 5432), delay: float = 0.5):
        self.target = target
        self.delay = delay
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.chunks = 0  # chunks passed on, both ways
        self._mode = "forward"
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._spawn(self._accept)

    # --- the test's side ----------------------------------------------------------------------

    def url(self, url: str) -> str:
        """`url` (postgresql://…) through this proxy, in clear (no TLS, no GSS)."""
        return through_proxy(url, self.port)

    def forward(self) -> None:
        self._mode = "forward"

    def starting_up(self) -> None:
        """New connections are told the server is starting up; open ones are cut."""
        self._mode = "starting_up"
        self.cut()

    def cut(self) -> None:
        """Drop every open link, as a server restart or a pulled cable does."""
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def close(self) -> None:
        self._stop.set()
        self.listener.close()
        self.cut()
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> DelayProxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- the threads ---------------------------------------------------------------------------

    def _spawn(self, target, *args) -> None:  # noqa: ANN001
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self._mode == "starting_up":
                self._spawn(self._refuse, client)
                continue
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets += [client, server]
            for source, sink in ((client, server), (server, client)):
                pending: deque[tuple[float, bytes]] = deque()
                ready = threading.Condition()
                self._spawn(self._read, source, pending, ready)
                self._spawn(self._write, sink, pending, ready)

    def _read(self, source: socket.socket, pending: deque, ready: threading.Condition) -> None:
        while True:
            try:
                chunk = source.recv(65536)
            except OSError:
                chunk = b""
            with ready:
                pending.append((time.monotonic() + self.delay, chunk))
                ready.notify()
            if not chunk:
                return

    def _write(self, sink: socket.socket, pending: deque, ready: threading.Condition) -> None:
        while True:
            with ready:
                while not pending:
                    ready.wait()
                due, chunk = pending.popleft()
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)  # the link's latency itself
            if not chunk:
                with contextlib.suppress(OSError):
                    sink.shutdown(socket.SHUT_WR)
                return
            try:
                sink.sendall(chunk)
            except OSError:
                return
            self.chunks += 1

    def _refuse(self, client: socket.socket) -> None:
        """Answer one connection as a server still starting up."""
        with client:
            try:
                while True:
                    head = _read_exactly(client, 8)
                    length, code = struct.unpack("!II", head)
                    if code in (SSL_REQUEST, GSS_REQUEST):
                        client.sendall(b"N")  # no encryption: the startup comes next
                        continue
                    _read_exactly(client, length - 8)
                    client.sendall(_error_response(STARTING_UP))
                    return
            except (OSError, struct.error):
                return


def _read_exactly(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        part = sock.recv(size - len(data))
        if not part:
            raise OSError("closed")
        data += part
    return data
