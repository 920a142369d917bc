"""The wizard's look, in one place: a type scale, an 8-pixel spacing grid, one accent
primary button per screen, a focus ring that shows, states as a symbol, words and a
coloured edge (never colour alone), and text colours that read at 4.5:1 or better on
their background, in a light and a dark palette alike.

Colours are picked from the palette the system gives (light or dark) so the screens
follow the desktop; where the system's own would read too faintly (Qt's default
disabled text is about 1.7:1), the palette is corrected, not the widget.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

# The type scale, as a share of the system font.
TITLE = 1.6
HEADLINE = 1.35
SECTION = 1.15
GRID = 8  # every margin and gap is a multiple of this

MIN_TEXT_CONTRAST = 4.5  # WCAG 2.1 AA for text
MIN_FOCUS_CONTRAST = 3.0  # WCAG 2.1 for a focus indicator (non-text)
# The palette's text is corrected to a little more, for the panels a shade darker or
# lighter than the window on which text also sits (a frame, a group, a card).
PALETTE_TEXT_CONTRAST = 5.0


class Tone(StrEnum):
    """What a state, a message or a badge says, for its edge and symbol."""

    GOOD = "good"  # off, done
    BAD = "bad"  # on, not done
    WARN = "warn"  # needs the member (signed out, a check, not kept)
    INFO = "info"  # still looking, not offered, a note
    ERROR = "error"  # could not be read


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(one: QColor, two: QColor) -> float:
    """WCAG's contrast ratio of two colours (1 to 21)."""
    a, b = sorted((luminance(one), luminance(two)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.35


def readable(color: QColor, background: QColor, minimum: float = MIN_TEXT_CONTRAST) -> QColor:
    """The colour, moved towards black or white until it reads on the background."""
    if contrast(color, background) >= minimum:
        return color
    dark_background = luminance(background) < 0.35
    target = QColor("white") if dark_background else QColor("black")
    mixed = QColor(color)
    for step in range(1, 21):
        share = step / 20
        mixed = QColor.fromRgbF(
            color.redF() * (1 - share) + target.redF() * share,
            color.greenF() * (1 - share) + target.greenF() * share,
            color.blueF() * (1 - share) + target.blueF() * share,
        )
        if contrast(mixed, background) >= minimum:
            break
    return mixed


# Edges and symbols of the tones, for a light and a dark background. Each edge reads
# at 3:1 or better against its background (a non-text part); words carry the meaning.
_EDGES = {
    False: {
        Tone.GOOD: "#1e7b34",
        Tone.BAD: "#b3261e",
        Tone.WARN: "#8a5300",
        Tone.INFO: "#1d5fa8",
        Tone.ERROR: "#b3261e",
    },
    True: {
        Tone.GOOD: "#5fd17a",
        Tone.BAD: "#ff8a80",
        Tone.WARN: "#ffc56b",
        Tone.INFO: "#8ab8ff",
        Tone.ERROR: "#ff8a80",
    },
}
SYMBOLS = {Tone.GOOD: "✓", Tone.BAD: "●", Tone.WARN: "!", Tone.INFO: "i", Tone.ERROR: "✕"}


def edge(tone: Tone, palette: QPalette | None = None) -> str:
    palette = palette or QApplication.palette()
    return _EDGES[is_dark(palette)][tone]


def accent(palette: QPalette | None = None) -> QColor:
    """The primary button's colour: the palette's highlight, made to read on the
    window's background and under white text."""
    palette = palette or QApplication.palette()
    color = palette.color(QPalette.ColorRole.Highlight)
    return readable(color, QColor("white"))


def focus_color(palette: QPalette | None = None) -> QColor:
    palette = palette or QApplication.palette()
    background = palette.color(QPalette.ColorRole.Window)
    # Beyond the 3:1 a focus indicator needs: the ring must also stand out from the
    # grey frame a control has without the focus, not only from the window.
    return readable(palette.color(QPalette.ColorRole.Highlight), background, MIN_TEXT_CONTRAST)


def primary_ring(palette: QPalette | None = None) -> QColor:
    """The focus ring on the accent-filled button: the focus colour where it stands out
    from the fill by 3:1, else white or black, whichever does (a ring the colour of
    the fill would not show at all)."""
    palette = palette or QApplication.palette()
    fill = accent(palette)
    focus = focus_color(palette)
    if contrast(focus, fill) >= MIN_FOCUS_CONTRAST:
        return focus
    white, black = QColor("white"), QColor("black")
    return white if contrast(white, fill) >= contrast(black, fill) else black


def correct_palette(app: QApplication) -> None:
    """Disabled and placeholder text, links and the highlight, made to read (Qt's own
    disabled grey is about 1.7:1 on white): greyed out is said by the words and by
    the control not answering, never by text too faint to read."""
    palette = app.palette()
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    group = QPalette.ColorGroup
    role = QPalette.ColorRole
    for background, roles in (
        (window, (role.WindowText, role.Text, role.ButtonText)),
        (base, (role.Text, role.PlaceholderText)),
    ):
        for text_role in roles:
            for which in (group.Active, group.Inactive, group.Disabled):
                color = palette.color(which, text_role)
                palette.setColor(
                    which, text_role, readable(color, background, PALETTE_TEXT_CONTRAST)
                )
    button = palette.color(role.Button)
    for which in (group.Active, group.Inactive, group.Disabled):
        palette.setColor(
            which,
            role.ButtonText,
            readable(palette.color(which, role.ButtonText), button, PALETTE_TEXT_CONTRAST),
        )
        palette.setColor(which, role.Link, readable(palette.color(which, role.Link), base))
    app.setPalette(palette)


def shade(palette: QPalette, share: float) -> QColor:
    """The button's colour moved towards its text by `share` (hover, pressed, checked):
    darker in a light desktop, lighter in a dark one, and never so far that the text
    on it stops reading."""
    button = palette.color(QPalette.ColorRole.Button)
    text = palette.color(QPalette.ColorRole.ButtonText)
    while share > 0:
        mixed = QColor.fromRgbF(
            button.redF() * (1 - share) + text.redF() * share,
            button.greenF() * (1 - share) + text.greenF() * share,
            button.blueF() * (1 - share) + text.blueF() * share,
        )
        if contrast(text, mixed) >= MIN_TEXT_CONTRAST:
            return mixed
        share -= 0.02
    return button


def stylesheet(palette: QPalette | None = None) -> str:
    """The app's stylesheet, for the palette in use.

    Every button keeps one box in every state (margin + border + padding add up to the
    same), and the focus changes only colours and which of those pixels are drawn: Qt
    does not measure a button again when its pseudo-state changes, so a focus rule
    that widened its border cut its own words ("ancel chec"). A plain button's focus
    ring is drawn in the margin it leaves free unfocused; the primary (filled) button
    draws its ring inside its edge, where the fill was (a ring outside it, white on
    a light window, would not show). Either way the focus changes at least the
    button's outline by 3:1 or more. The primary button's words are not bold: Next
    turning primary would widen it, and move the buttons beside it."""
    palette = palette or QApplication.palette()
    primary = accent(palette).name()
    focus = focus_color(palette).name()
    ring = primary_ring(palette).name()
    mid = palette.color(QPalette.ColorRole.Mid).name()
    hover = shade(palette, 0.08).name()
    pressed = shade(palette, 0.18).name()
    return f"""
QPushButton {{
    margin: 2px; border: 1px solid {mid}; border-radius: 4px; padding: 4px 14px;
    background: palette(button); color: palette(button-text);
}}
QPushButton:hover {{ background: {hover}; }}
QPushButton:pressed, QPushButton:checked {{ background: {pressed}; }}
QPushButton:focus {{ margin: 0px; border: 3px solid {focus}; }}
QPushButton[primary="true"] {{
    margin: 0px; border: 3px solid {primary};
    background: {primary}; color: white;
}}
QPushButton[primary="true"]:focus {{ border-color: {ring}; }}
QPushButton[primary="true"]:disabled {{
    margin: 2px; border: 1px solid {mid};
    background: palette(button); color: palette(button-text);
}}
QAbstractButton:focus, QLineEdit:focus, QListWidget:focus, QScrollArea:focus, QLabel:focus {{
    outline: none;
}}
QToolButton {{ border: 2px solid transparent; border-radius: 3px; }}
QToolButton:focus {{ border-color: {focus}; }}
QCheckBox {{ border: 2px solid transparent; border-radius: 3px; padding: 1px; }}
QCheckBox:focus {{ border-color: {focus}; }}
QLabel[takesFocus="true"] {{ border: 2px solid transparent; border-radius: 3px; }}
QLabel[takesFocus="true"]:focus {{ border-color: {focus}; }}
"""


def scaled(widget: QWidget, factor: float, bold: bool = True) -> None:
    """A heading's font: the system's, times the type scale's factor."""
    font = QFont(widget.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else QApplication.font().pointSizeF()
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    widget.setFont(font)


def heading(text: str, factor: float = SECTION) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    scaled(label, factor)
    label.setAccessibleName(text)
    return label


def mark_primary(button: QAbstractButton, primary: bool) -> None:
    """The one thing to do on this screen now (at most one at a time)."""
    if bool(button.property("primary")) == primary:
        return
    button.setProperty("primary", primary)
    style = button.style()
    style.unpolish(button)
    style.polish(button)
    button.update()


def apply(app: QApplication) -> None:
    """When a wizard window is made (the app's, the tests', the screenshots'): once per
    palette, so a desktop switching to dark mode before a second window is followed."""
    key = app.palette().color(QPalette.ColorRole.Window).name()
    if app.property("optoutStyledFor") == key:
        return
    correct_palette(app)
    app.setStyleSheet(stylesheet(app.palette()))
    app.setProperty("optoutStyledFor", app.palette().color(QPalette.ColorRole.Window).name())
