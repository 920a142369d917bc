"""Live switch state from the embedded page to Python, through an isolated world.

The detector, the shared watch loop and resources/bridge.js are injected into
Qt's ApplicationWorld together with qwebchannel.js, and the QWebChannel is bound to
that world only: the page's own scripts see neither the bridge nor the `qt`
object. State changes are pushed by a MutationObserver; nothing polls.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from PySide6.QtCore import Property, QFile, QIODevice, QObject, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript

from wizard.detect import detector_source, watch_source
from wizard.paths import resource

SCRIPT_NAME = "optout-wizard/bridge"
OBJECT_NAME = "optoutBridge"
WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld


class SwitchBridge(QObject):
    """Python's end of the bridge.

    The page reads `spec` (what to look for) and calls `report` and `clickDone`;
    Python listens to `resultChanged` and `clickFinished`.
    """

    specChanged = Signal()
    clickRequested = Signal()
    # Python-side signals: raw detector result (a dict) and whether it has settled.
    resultChanged = Signal(object, bool)
    clickFinished = Signal(bool, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._spec = ""
        self.last_result: dict[str, Any] | None = None
        self.last_settled = False

    def _get_spec(self) -> str:
        return self._spec

    spec = Property(str, _get_spec, notify=specChanged)

    def watch_for(self, spec: dict[str, Any] | None) -> None:
        """Start looking for one setting's switch (None: stop looking)."""
        self._spec = json.dumps(spec) if spec else ""
        self.last_result = None
        self.last_settled = False
        self.specChanged.emit()

    def click_switch(self) -> None:
        """Ask the page to click the switch, only if it reads on; see clickFinished."""
        self.clickRequested.emit()

    @Slot(str, bool)
    def report(self, raw: str, settled: bool) -> None:
        try:
            result = json.loads(raw)
        except ValueError:
            return
        if not isinstance(result, dict):
            return
        self.last_result = result
        self.last_settled = settled
        self.resultChanged.emit(result, settled)

    @Slot(bool, str)
    def clickDone(self, clicked: bool, why: str) -> None:
        self.clickFinished.emit(clicked, why)


@cache
def qwebchannel_source() -> str:
    """Qt's own qwebchannel.js, from the QtWebChannel module's resources."""
    file = QFile(":/qtwebchannel/qwebchannel.js")
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError("qwebchannel.js is missing from this Qt installation")
    try:
        return bytes(file.readAll().data()).decode("utf-8")
    finally:
        file.close()


@cache
def bridge_script_source() -> str:
    bridge = resource("bridge.js").read_text(encoding="utf-8").strip().rstrip(";")
    return f"{qwebchannel_source()}\n({bridge})(({detector_source()}), ({watch_source()}));\n"


def install_bridge(page: QWebEnginePage, bridge: SwitchBridge) -> QWebChannel:
    """Bind the bridge to the page's isolated world; replaces an earlier install."""
    channel = QWebChannel(page)
    channel.registerObject(OBJECT_NAME, bridge)
    page.setWebChannel(channel, WORLD)

    script = QWebEngineScript()
    script.setName(SCRIPT_NAME)
    script.setWorldId(WORLD)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
    script.setRunsOnSubFrames(False)
    script.setSourceCode(bridge_script_source())
    scripts = page.scripts()
    for old in scripts.find(SCRIPT_NAME):
        scripts.remove(old)
    scripts.insert(script)
    return channel
