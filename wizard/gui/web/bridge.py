"""Live switch state from the embedded page to Python, through an isolated world.

The detector, the shared watch loop and resources/bridge.js are injected into
Qt's ApplicationWorld together with qwebchannel.js, and the QWebChannel is bound to
that world only: the page's own scripts see neither the bridge nor the `qt`
object. State changes are pushed by a MutationObserver; nothing polls.

The page's requests are heard here, by a request interceptor on the page, and told
to the page's watcher: it must not conclude "no switch" while the page is still
fetching its data (the page's resource timing tells it when each one ended).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QFile, QIODevice, QObject, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEngineScript,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)

from wizard.base.paths import resource
from wizard.reading.detect import detector_source, formread_source, watch_source
from wizard.reading.reading import Reading

if TYPE_CHECKING:
    from wizard.gui.web.websession import GuardedPage

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
    requestStarted = Signal(str, float)  # url, epoch milliseconds
    requestsChanged = Signal()
    # Python-side signals: the detector's answer (a Reading) and whether it has settled.
    resultChanged = Signal(object, bool)
    clickFinished = Signal(bool, str)  # clicked; else why: missing, not-ready, not-on, covered
    aimed = Signal(float, float)  # where the member's click goes, in the view's CSS pixels
    formSpecChanged = Signal()
    # The objection form's page, read (resources/formread.js): a dict, see FormReading.
    formChanged = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._spec = ""
        self._form_spec = ""
        self._requests: list[tuple[str, float]] = []  # of the current document
        self.interceptor: PageRequests | None = None  # set by install_bridge
        self.last_result: Reading | None = None
        self.last_settled = False

    def _get_spec(self) -> str:
        return self._spec

    spec = Property(str, _get_spec, notify=specChanged)

    def _get_form_spec(self) -> str:
        return self._form_spec

    # What the objection form's reader looks for (empty: the form is not watched).
    formSpec = Property(str, _get_form_spec, notify=formSpecChanged)

    def watch_form(self, spec: dict[str, Any] | None) -> None:
        """Read the objection form's page after every change (None: stop)."""
        self._form_spec = json.dumps(spec) if spec else ""
        self.formSpecChanged.emit()

    @Slot(str)
    def formReport(self, raw: str) -> None:
        try:
            reading = json.loads(raw)
        except ValueError:
            return
        if isinstance(reading, dict):
            self.formChanged.emit(reading)

    def _get_requests(self) -> str:
        return json.dumps(self._requests)

    # Read by the page's watcher when it starts (the document may have begun
    # fetching before the bridge script ran); later starts come by requestStarted.
    requests = Property(str, _get_requests, notify=requestsChanged)

    def navigating(self) -> None:
        """A new document is coming: the requests heard so far were the old one's."""
        self._requests = []
        self.requestsChanged.emit()

    def request_started(self, url: str) -> None:
        at = time.time() * 1000
        self._requests.append((url, at))
        self.requestsChanged.emit()
        self.requestStarted.emit(url, at)

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
            result = Reading.parse(json.loads(raw))
        except ValueError:
            return
        if result is None:
            return
        self.last_result = result
        self.last_settled = settled
        self.resultChanged.emit(result, settled)

    @Slot(bool, str)
    def clickDone(self, clicked: bool, why: str) -> None:
        self.clickFinished.emit(clicked, why)

    @Slot(float, float)
    def clickAt(self, x: float, y: float) -> None:
        """The page found the switch in sight, uncovered, at (x, y): the pane clicks
        there as the member would (see BrowserPane.click_at)."""
        self.aimed.emit(x, y)


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
    return (
        f"{qwebchannel_source()}\n"
        f"({bridge})(({detector_source()}), ({watch_source()}), ({formread_source()}));\n"
    )


# What a page fetches its data and code with; images, fonts and styles say nothing
# of whether the setting has been drawn.
_WATCHED_KINDS = (
    QWebEngineUrlRequestInfo.ResourceType.ResourceTypeXhr,
    QWebEngineUrlRequestInfo.ResourceType.ResourceTypeScript,
    QWebEngineUrlRequestInfo.ResourceType.ResourceTypeSubFrame,
    QWebEngineUrlRequestInfo.ResourceType.ResourceTypeJson,
)


class PageRequests(QWebEngineUrlRequestInterceptor):
    """Tells the bridge of each request the page makes to its own site (not to other
    sites: an embedded puzzle's or an advert's requests are not the setting's data),
    as the verifier's pageread.PageRequests does in Playwright."""

    def __init__(self, bridge: SwitchBridge, owns: Callable[[str], bool]) -> None:
        super().__init__(bridge)
        self._bridge = bridge
        self._owns = owns

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        kind = info.resourceType()
        if kind == QWebEngineUrlRequestInfo.ResourceType.ResourceTypeMainFrame:
            self._bridge.navigating()
            return
        if kind not in _WATCHED_KINDS:
            return
        # Encoded as the page's resource timing names it (no fragment, %-escapes kept).
        url = bytes(info.requestUrl().toEncoded().data()).decode("ascii").partition("#")[0]
        if self._owns(url):
            self._bridge.request_started(url)


def install_bridge(page: GuardedPage, bridge: SwitchBridge) -> QWebChannel:
    """Bind the bridge to the page's isolated world; replaces an earlier install.

    The page is the app's GuardedPage: its site tells which requests are its own."""
    # The page does not own its interceptor: the bridge does, and outlives the page.
    # Held from Python too: with only its Qt parent, PySide lets the Python object go
    # and with it the interceptRequest override (PySide6 6.11, seen here).
    if bridge.interceptor is None:
        bridge.interceptor = PageRequests(bridge, page.site.owns)
    page.setUrlRequestInterceptor(bridge.interceptor)
    channel = QWebChannel(page)
    channel.registerObject(OBJECT_NAME, bridge)
    page.setWebChannel(channel, WORLD)

    script = QWebEngineScript()
    script.setName(SCRIPT_NAME)
    script.setWorldId(WORLD)
    # From the document's creation: the channel is up before the page draws, and no
    # reading waits on it (DocumentReady cost a round of its own before the first).
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setRunsOnSubFrames(False)
    script.setSourceCode(bridge_script_source())
    scripts = page.scripts()
    for old in scripts.find(SCRIPT_NAME):
        scripts.remove(old)
    scripts.insert(script)
    return channel
