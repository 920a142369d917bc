"""A desktop notification, for the monthly re-check when something is not off.

Linux: the freedesktop Notifications service over the session D-Bus (jeepney, no
extra tool). macOS: `osascript`. Elsewhere, or when no service answers, the
caller falls back to its own output.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys

log = logging.getLogger(__name__)

APP_NAME = "LinkedIn opt-out wizard"


def notify(summary: str, body: str) -> bool:
    """Show a notification; False when no notification service could be reached."""
    if sys.platform.startswith("linux"):
        return _freedesktop(summary, body)
    if sys.platform == "darwin" and shutil.which("osascript"):
        script = f"display notification {_quote(body)} with title {_quote(summary)}"
        return subprocess.run(["osascript", "-e", script], check=False).returncode == 0
    return False


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _freedesktop(summary: str, body: str) -> bool:
    try:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:
        return False
    target = DBusAddress(
        "/org/freedesktop/Notifications",
        bus_name="org.freedesktop.Notifications",
        interface="org.freedesktop.Notifications",
    )
    message = new_method_call(
        target,
        "Notify",
        "susssasa{sv}i",
        (APP_NAME, 0, "dialog-warning", summary, body, [], {}, -1),
    )
    try:
        with open_dbus_connection(bus="SESSION") as connection:
            reply = connection.send_and_get_reply(message, timeout=5)
    except Exception as exc:  # no session bus, no service, a timeout: say so, go on
        log.info("no desktop notification: %s", exc)
        return False
    return reply.header.message_type.name == "method_return"
