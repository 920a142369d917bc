"""A screen reader's view of the app, for tests: AT-SPI, as Orca reads it.

Runs under the system's Python (Debian's python3-pyatspi and GObject introspection,
which a virtual environment does not have) and speaks JSON lines: one command on
standard input, one answer on standard output. It sees only what the accessibility bus
shows: the names, roles, states, actions and text of the app's objects, and the
announcements the app sends. It never imports the app.

Commands: {"op": "find", "role": R, "name": N, "timeout": S} waits until a showing
object of that role and name (exact, or {"contains": "…"}) exists in the app; "press"
does its first action; "focus" grabs the focus for it; "type" focuses it, types the
text as keys, and reads the text back; "read" gives its name, description and text;
"showing" lists every showing object of the app's active window (role, name, states);
"announced" gives every announcement heard so far (text, politeness).
"""

from __future__ import annotations

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402  (after the GObject version pin)
from gi.repository import GLib  # noqa: E402

APP = sys.argv[1] if len(sys.argv) > 1 else ""
PRESSES = {"press", "click", "activate", "toggle", "jump"}
KEYSYMS = {"Return": 0xFF0D, "space": 0x20, "End": 0xFF57, "BackSpace": 0xFF08}
announced: list[dict] = []


def _heard(event) -> None:
    announced.append(
        {
            "text": str(event.any_data),
            "politeness": {1: "polite", 2: "assertive"}.get(event.detail1, "off"),
            "source": event.source.name if event.source is not None else "",
        }
    )


def app():
    for candidate in pyatspi.Registry.getDesktop(0):
        if candidate is not None and candidate.name == APP:
            return candidate
    return None


def states(acc) -> set[str]:
    return {pyatspi.stateToString(s) for s in acc.getState().getStates()}


def walk(acc, showing_only: bool = True, depth: int = 0):
    """Every object under acc, depth first, in reading order; hidden ones skipped."""
    if depth > 60:
        return
    try:
        count = acc.childCount
    except Exception:
        return
    for index in range(count):
        try:
            child = acc.getChildAtIndex(index)
        except Exception:  # noqa: S112  (gone while read: the app moved on)
            continue
        if child is None:
            continue
        if showing_only and "showing" not in states(child):
            continue
        yield child
        yield from walk(child, showing_only, depth + 1)


def matches(acc, role, name) -> bool:
    try:
        if acc.getRoleName() not in ([role] if isinstance(role, str) else role):
            return False
        if isinstance(name, dict):
            return name["contains"] in (acc.name or "")
        return acc.name == name
    except Exception:
        return False


def find(role, name, timeout: float):
    """Yields the seconds to wait between looks; its value is the object, or None.
    Not more often than each second: every question is a D-Bus call the app answers
    on its GUI thread, and a reader asking without pause would slow the very page it
    waits for."""
    deadline = time.monotonic() + timeout
    while True:
        root = app()
        if root is not None:
            for acc in walk(root):
                if matches(acc, role, name):
                    return acc
        if time.monotonic() > deadline:
            return None
        yield 1.0


def until(test, seconds: float):
    """Yields waits until test() holds, or the time is up."""
    deadline = time.monotonic() + seconds
    while not test() and time.monotonic() < deadline:
        yield 0.1


def describe(acc) -> dict:
    text = ""
    try:
        interface = acc.queryText()
        text = interface.getText(0, interface.characterCount)
    except Exception:  # noqa: S110  (no text of its own: a button, a panel)
        pass
    return {
        "role": acc.getRoleName(),
        "name": acc.name,
        "description": acc.description,
        "text": text,
        "states": sorted(states(acc)),
    }


def handle(command: dict):
    """A command, as a generator: it yields the seconds it wants to wait (AT-SPI's
    events are handled meanwhile: they keep its cache of the app current), and
    returns its answer."""
    op = command["op"]
    if op == "wait":
        yield command["seconds"]
        return {"done": True}
    if op == "announced":
        return {"announced": list(announced)}
    if op == "showing":
        root = app()
        if root is None:
            return {"error": "no such application on the accessibility bus"}
        active = [w for w in walk(root) if "active" in states(w)] or [root]
        return {"objects": [describe(acc) for acc in walk(active[0])]}
    acc = yield from find(command["role"], command["name"], command.get("timeout", 30))
    if acc is None:
        return {"error": f"no showing {command['role']} named {command['name']!r}"}
    if op in ("find", "read"):
        return describe(acc)
    if op == "focus":
        return {"done": bool(acc.queryComponent().grabFocus()), **describe(acc)}
    if op == "press":
        # Its own press (or click, toggle) where it offers one, as Orca does; else what
        # the member does on a focused control: Space for a box, Return otherwise.
        names: list[str] = []
        action = None
        try:
            action = acc.queryAction()
            names = [action.getName(i) for i in range(action.nActions)]
        except NotImplementedError:
            pass
        for index, name in enumerate(names):
            if name.lower() in PRESSES:
                return {"done": bool(action.doAction(index)), "actions": names, "by": name}
        acc.queryComponent().grabFocus()
        yield from until(lambda: "focused" in states(acc), 10)
        key = "space" if acc.getRoleName() in ("check box", "switch", "toggle button") else "Return"
        pyatspi.Registry.generateKeyboardEvent(KEYSYMS[key], None, pyatspi.KEY_SYM)
        return {"done": True, "actions": names, "by": key}
    if op == "type":
        wanted = command["text"]

        def right() -> bool:  # a password field shows dots: their count tells
            text = describe(acc)["text"]
            return text == wanted or (
                acc.getRoleName() == "password text" and len(text) == len(wanted)
            )

        window = acc
        while window is not None and window.getRoleName() not in ("frame", "window", "dialog"):
            window = window.parent
        for _attempt in range(3):
            if window is not None and "active" not in states(window):
                # Keys go to the window the X server has active: the member's would
                # too, so the app's window is made the active one first.
                window.queryComponent().grabFocus()
                yield from until(lambda: "active" in states(window), 5)
            acc.queryComponent().grabFocus()
            yield from until(lambda: "focused" in states(acc), 10)
            left = describe(acc)["text"]
            if left:
                # Keys lost part-way last time: what arrived is taken back first, as
                # the member would. (Every key lost, under load, was a registry
                # without the screen: see accessible_desktop.)
                pyatspi.Registry.generateKeyboardEvent(KEYSYMS["End"], None, pyatspi.KEY_SYM)
                for _ in left:
                    pyatspi.Registry.generateKeyboardEvent(
                        KEYSYMS["BackSpace"], None, pyatspi.KEY_SYM
                    )
                yield from until(lambda: not describe(acc)["text"], 5)
            pyatspi.Registry.generateKeyboardEvent(0, wanted, pyatspi.KEY_STRING)
            yield from until(right, 10)
            if right():
                break
        said = describe(acc)  # the client says what the field holds, if not this
        if not right():
            root = app()
            said["focused"] = [
                f"{o.getRoleName()} {o.name!r}"
                for o in (walk(root) if root is not None else ())
                if "focused" in states(o)
            ]
            said["window"] = sorted(states(window)) if window is not None else []
        return said
    return {"error": f"unknown op {op}"}


def run(steps) -> bool:
    """One step of a command; the next is scheduled after the wait it asks for."""
    try:
        wait = next(steps)
    except StopIteration as done:
        print(json.dumps(done.value), flush=True)
        GLib.io_add_watch(sys.stdin.fileno(), GLib.IO_IN | GLib.IO_HUP, on_input)
        return False
    except Exception as exc:  # said back to the test, which fails with it
        print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}), flush=True)
        GLib.io_add_watch(sys.stdin.fileno(), GLib.IO_IN | GLib.IO_HUP, on_input)
        return False
    GLib.timeout_add(int(wait * 1000), run, steps)
    return False


def on_input(_source, condition) -> bool:
    """The next command; no other is read until it has answered."""
    line = sys.stdin.readline()
    if not line:
        pyatspi.Registry.stop()
        return False
    if not line.strip():
        return True
    run(handle(json.loads(line)))
    return False


def _kept_current(_event) -> None:
    """Nothing to do: listening is what matters. An app sends AT-SPI only the events
    someone listens for, and AT-SPI's cache of the app's names and states is kept
    current by them; Orca listens for all of these."""


if __name__ == "__main__":
    pyatspi.Registry.registerEventListener(_heard, "object:announcement")
    for kind in ("object:property-change", "object:state-changed", "object:children-changed"):
        pyatspi.Registry.registerEventListener(_kept_current, kind)
    GLib.io_add_watch(sys.stdin.fileno(), GLib.IO_IN | GLib.IO_HUP, on_input)
    print(json.dumps({"ready": True}), flush=True)
    pyatspi.Registry.start()
