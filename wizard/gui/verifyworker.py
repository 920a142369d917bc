"""Runs the verifier off the GUI thread and reports back by signal.

Playwright, its browser and its pages are created inside the worker thread
(Verification.run does it all), never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from wizard.check.verify import Cancelled, OnAnswer, OnProgress, Progress, Verification
from wizard.gui.background import FunctionThread
from wizard.reading.result import Report


class VerifyWorker(QObject):
    """progress(setting id or "", step); answered(Check), each setting's as it is read;
    finished(Report); failed(message); cancelled()."""

    progress = Signal(str, str)
    answered = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        make_verification: Callable[[OnProgress, OnAnswer], Verification],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make = make_verification
        self._verification: Verification | None = None
        self._thread: QThread | None = None

    def start(self) -> None:
        self._verification = self._make(self._report_progress, self.answered.emit)
        thread = FunctionThread(self._run)
        thread.setObjectName("verifier")
        self._thread = thread
        thread.start()

    def _report_progress(self, optout_id: str | None, step: Progress) -> None:
        self.progress.emit(optout_id or "", step)  # queued to the GUI thread

    def _run(self) -> None:
        assert self._verification is not None
        try:
            report: Report = self._verification.run()
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # the GUI shows it; the thread must not die silently
            self.failed.emit(self.tr("The check could not run: {why}").format(why=exc))
        else:
            self.finished.emit(report)

    def cancel(self) -> None:
        if self._verification is not None:
            self._verification.cancel()

    def output_problems(self) -> list[str]:
        """What the finished check could not write (its pictures), in sentences."""
        return list(self._verification.output_problems) if self._verification else []

    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread is None or self._thread.wait(ms)
