"""One window of the app at a time per user: a second start brings the first window to
the front and ends.

Two windows would each read, change and write the same keyring list and history, and
a member who starts the app again from the menu, not seeing the first window behind
others, means "show me the wizard". The first start holds a lock (a file in the app's
data folder, holding nothing) for as long as it runs, and listens on a local socket; a
later start finds the lock taken, asks the first to come forward through the socket,
and ends. The lock, not the socket, decides: the system drops it however the first
process ends, so a crashed one never keeps the app from starting.

The lock is taken before the window is made; the socket (Qt's network module, a few
milliseconds to load) only once the window has painted: a later start that comes in
between asks again until it is answered (ASK_FOR_S).
"""

from __future__ import annotations

import os
import sys
import time
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from wizard.base import locks
from wizard.base.paths import APP_DIR_NAME

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
# A second start may come while the first is still starting: it asks for this long.
ASK_FOR_S = 10.0


def _data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR_NAME, appauthor=False))


def server_name(data_dir: Path) -> str:
    """The first window's socket: per user and per data folder (two test runs with
    their own folders never meet). A short absolute path where the platform has sockets
    as files (a Unix socket's path must stay under 108 bytes), a pipe name elsewhere."""
    import hashlib

    tag = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:12]
    uid = os.getuid() if hasattr(os, "getuid") else 0
    name = f"{APP_DIR_NAME}-{uid}-{tag}"
    if sys.platform == "win32":
        return name
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = runtime if runtime and Path(runtime).is_dir() else "/tmp"  # noqa: S108
    return str(Path(folder) / name)


class OneInstance(QObject):
    """claim() once at start, listen() once the window is there; `raised` when a later
    start asks this window forward."""

    raised = Signal()

    def __init__(self, data_dir: Path | None = None) -> None:
        super().__init__()
        self.data_dir = data_dir or _data_dir()
        self._lock: int | None = None
        self._server: QLocalServer | None = None

    @cached_property
    def name(self) -> str:
        return server_name(self.data_dir)

    def claim(self) -> bool:
        """True: this is the first (listen() next). False: another runs, and was asked
        to come to the front."""
        try:
            self._lock = locks.try_hold(self.data_dir / ".instance.lock")
        except OSError:
            return True  # no data folder to lock in: better two windows than none
        if self._lock is None:
            self._ask_the_first()
            return False
        return True

    def listen(self) -> None:
        """The first start answers later ones from now on."""
        if self._lock is None or self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket left by one that crashed
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._answer)
        self._server.listen(self.name)

    def _ask_the_first(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + ASK_FOR_S
        while time.monotonic() < deadline:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(500):
                socket.write(RAISE)
                socket.waitForBytesWritten(2000)
                socket.disconnectFromServer()
                return
            time.sleep(0.1)  # the first is still starting: it listens in a moment

    def _answer(self) -> None:
        assert self._server is not None
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)

    def _read(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(RAISE.strip()):
            self.raised.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None
