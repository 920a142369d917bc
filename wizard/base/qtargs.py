"""Qt's own command-line arguments (-style, -platform, -reverse…): set apart from ours,
so a member's or a desktop's launcher may pass them as to any Qt application.

The names are those QGuiApplication and QApplication document; Qt takes them with
one dash or two, and a value after a space or an equals sign.
"""

from __future__ import annotations

from collections.abc import Sequence

# Options that take a value.
WITH_VALUE = frozenset(
    {
        "platform",
        "platformpluginpath",
        "platformtheme",
        "plugin",
        "style",
        "stylesheet",
        "session",
        "display",
        "geometry",
        "qwindowgeometry",
        "qwindowicon",
        "qwindowtitle",
        "title",
        "name",
        "font",
        "fn",
        "background",
        "bg",
        "foreground",
        "fg",
        "button",
        "btn",
        "visual",
        "im",
    }
)
# Options that stand alone (or carry their value after "=" only).
FLAGS = frozenset(
    {"reverse", "widgetcount", "sync", "nograb", "dograb", "qmljsdebugger", "fontengine"}
)


def split_qt_arguments(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(ours, Qt's): Qt's options, each with its value, out of the command line."""
    ours: list[str] = []
    qt: list[str] = []
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--":
            ours += argv[index:]
            break
        dashes = len(arg) - len(arg.lstrip("-"))
        name, equals, _value = arg[dashes:].partition("=")
        if dashes in (1, 2) and (name in WITH_VALUE or name in FLAGS):
            qt.append(arg)
            if name in WITH_VALUE and not equals and index + 1 < len(argv):
                qt.append(argv[index + 1])
                index += 1
        else:
            ours.append(arg)
        index += 1
    return ours, qt
