"""Floor for memory: the two engines the design needs, bare and alive at once: a
QWebEngineView showing one practice page, and a bare Playwright script that opens
the two setting pages in the check's browser and waits for each switch.

argv: the page's URL for the view, then a JSON document {"site", "paths", "cookies",
"launch"} for the Playwright side.
"""

import asyncio
import json
import os
import sys
import threading

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt, QTimer, QUrl

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from wizard.check import browsers  # noqa: E402

job = json.loads(sys.argv[2])
args = [sys.argv[0]]
if os.environ.get("QTWEBENGINE_DISABLE_SANDBOX"):
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = "--disable-gpu"
app = QApplication(args)
view = QWebEngineView()
view.resize(1100, 820)
view.load(QUrl(sys.argv[1]))
view.show()


async def bare_check() -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(**browsers.launch_options(), **job["launch"])
        context = await browser.new_context()
        await context.add_cookies(job["cookies"])

        async def one(path: str) -> None:
            page = await context.new_page()
            await page.goto(job["site"] + path)
            await page.wait_for_selector("[role=switch]")

        await asyncio.gather(*(one(p) for p in job["paths"]))
        await asyncio.sleep(1.0)  # both engines alive at once, sampled meanwhile
        await browser.close()


def in_thread() -> None:
    asyncio.run(bare_check())
    QMetaObject.invokeMethod(app, "quit", Qt.ConnectionType.QueuedConnection)


QTimer.singleShot(0, lambda: threading.Thread(target=in_thread, daemon=True).start())
code = app.exec()
del view
sys.exit(code)
