"""The path through the wizard, always in view beside the screens: every step, where
the member is, and what is done (as GNOME Initial Setup and installers show it)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from wizard.engine.steps import Mark, PageId


@dataclass(frozen=True)
class StepLine:
    page_id: int
    title: str
    mark: str  # ✓ done, ▶ here, – skipped, ○ to come (engine/steps.py Mark)
    here: bool


class StepPath(QFrame):
    def __init__(self, marker: QWidget | None = None, parent: QWidget | None = None) -> None:
        """marker: shown above the steps (practice mode's one sign)."""
        super().__init__(parent)
        self.setObjectName("stepPath")
        self.setMinimumWidth(190)
        self.setMaximumWidth(230)
        self.setStyleSheet("#stepPath QLabel#stepLine { padding: 4px 2px; }")
        self.setAccessibleName(self.tr("Steps"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 12, 8, 12)
        outer.setSpacing(8)
        if marker is not None:
            outer.addWidget(marker)
        self._layout = QVBoxLayout()
        self._layout.setSpacing(0)
        outer.addLayout(self._layout)
        outer.addStretch()
        self._labels: list[QLabel] = []
        self.lines: list[StepLine] = []

    def show_path(self, steps: list[tuple[int, str, Mark]]) -> None:
        """Each step's page id, title and mark (engine/steps.py decides the marks)."""
        self.lines = [
            StepLine(page_id, title, mark.value, mark is Mark.HERE)
            for page_id, title, mark in steps
        ]
        self._draw()

    def _draw(self) -> None:
        while len(self._labels) < len(self.lines):
            label = QLabel()
            label.setObjectName("stepLine")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._labels.append(label)
            self._layout.addWidget(label)
        words = {
            "✓": self.tr("done"),
            "▶": self.tr("you are here"),
            "–": self.tr("skipped"),
            "○": self.tr("to come"),
            "!": self.tr("not done"),
        }
        for label, line in zip(self._labels, self.lines, strict=False):
            label.setText(f"{line.mark}  {line.title}")
            label.setAccessibleName(f"{line.title}: {words[line.mark]}")
            font = label.font()
            font.setBold(line.here)
            label.setFont(font)
            # Steps to come are said by their mark, not by faint text (4.5:1 or more).
            font.setItalic(line.mark == "○")
            label.setFont(font)
            label.show()
        for label in self._labels[len(self.lines) :]:
            label.hide()


def step_titles() -> dict[int, str]:
    """The short names of the fixed steps."""
    return {
        PageId.WELCOME: QCoreApplication.translate("StepPath", "Welcome"),
        PageId.SIGN_IN: QCoreApplication.translate("StepPath", "Sign in"),
        PageId.VERIFY: QCoreApplication.translate("StepPath", "Verify"),
        PageId.OBJECTION: QCoreApplication.translate("StepPath", "Objection"),
        PageId.DONE: QCoreApplication.translate("StepPath", "Done"),
    }
