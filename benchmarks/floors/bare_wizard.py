"""Floor for start-up: a bare PySide6 script showing an empty QWizard, until it paints."""

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage


class FirstPaint(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print("painted", flush=True)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


app = QApplication(sys.argv[:1])
wizard = QWizard()
wizard.addPage(QWizardPage())
watcher = FirstPaint()
wizard.installEventFilter(watcher)
wizard.show()
sys.exit(app.exec())
