"""Running a blocking call (the keyring, which may wait on an unlock prompt) off the
GUI thread, with its outcome delivered back by signal."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QLabel, QWidget


class FunctionThread(QThread):
    """A QThread whose run() is the given function."""

    def __init__(self, body: Callable[[], None]) -> None:
        super().__init__()
        self._body = body

    def run(self) -> None:
        self._body()


T = TypeVar("T")


class BackgroundCall(QObject, Generic[T]):
    """done(result: T) or failed(exception), in the GUI thread; then it may be dropped.
    (Qt's signals carry `object`: the type parameter is for the code that starts it.)"""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[], T], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._thread = FunctionThread(self._run)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the GUI, which says what went wrong
            self.failed.emit(exc)
        else:
            self.done.emit(result)

    def running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms)


def keyring_call(
    owner: QObject,
    fn: Callable[[], T],
    done: Callable[[T], None],
    failed: Callable[[Exception], None],
    status: QLabel,
    doing: str,
    controls: Sequence[QWidget],
) -> BackgroundCall[T]:
    """Start a keyring call for a screen: its controls wait, and the status says why
    it may take a moment (an unlock prompt can come up)."""
    for control in controls:
        control.setEnabled(False)
    status.setText(
        QCoreApplication.translate(
            "Keyring", "{doing}… (your computer may ask you to unlock its password store)"
        ).format(doing=doing)
    )
    call: BackgroundCall[T] = BackgroundCall(fn, owner)
    call.done.connect(done)
    call.failed.connect(failed)
    call.start()
    return call
