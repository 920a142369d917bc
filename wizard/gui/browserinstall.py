"""Installs Playwright's own headless Chromium when no browser for the check exists.

Runs Playwright's driver (`install --only-shell chromium`: the headless shell, the
smaller download and the lighter check) as a child process and turns its progress
lines ("…  42% of 98.6 MiB") into a percentage for a progress bar.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from wizard.check import browsers

_PERCENT = re.compile(rb"(\d{1,3})%")


class BrowserInstaller(QObject):
    """progress(percent 0–100); finished(ok, message)."""

    progress = Signal(int)
    finished = Signal(bool, str)

    def __init__(self, command: Sequence[str] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._command = list(command) if command else None
        self._process: QProcess | None = None
        self._tail = b""

    def start(self) -> None:
        command = self._command or browsers.install_command()
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        env = QProcessEnvironment()
        for name, value in browsers.install_environment().items():
            env.insert(name, value)
        process.setProcessEnvironment(env)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._done)
        process.errorOccurred.connect(self._error)
        self._process = process
        process.start(command[0], command[1:])

    def running(self) -> bool:
        process = self._process
        return process is not None and process.state() != QProcess.ProcessState.NotRunning

    def cancel(self) -> None:
        if self.running():
            assert self._process is not None
            self._process.kill()

    def _read(self) -> None:
        assert self._process is not None
        data = bytes(self._process.readAllStandardOutput().data())
        self._tail = (self._tail + data)[-2000:]
        for percent in _PERCENT.findall(data):
            self.progress.emit(min(100, int(percent)))

    def _done(self, code: int, _status: QProcess.ExitStatus) -> None:
        if code == 0:
            self.progress.emit(100)
            self.finished.emit(True, self.tr("The browser for the check is installed."))
            return
        last = self._tail.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        detail = f" ({last[0][:200]})" if last[0] else ""
        self.finished.emit(
            False,
            self.tr(
                "The browser could not be installed{detail}. Check your internet connection, "
                "or install Google Chrome or Chromium."
            ).format(detail=detail),
        )

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.finished.emit(False, self.tr("The installer could not start."))
