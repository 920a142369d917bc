"""A member who uses a screen reader, through AT-SPI alone, as Orca reads the app: the
wizard in a process of its own on a real X server, Qt's AT-SPI bridge on, the
accessibility bus of at-spi2-core, and a driver that knows only what the bus shows
(names, roles, states, actions, text) and does what such a member does (find by
name, press, type keys). Announcements are heard as Orca hears them."""

from __future__ import annotations

import pytest

from tests.helpers.atspi import accessible_desktop

pytestmark = pytest.mark.gui

# What a screen reader lands on and acts on: each must say what it is.
CONTROLS = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "link",
    "text",
    "password text",
    "entry",
    "combo box",
    "switch",
    "spin button",
}
SWITCH_ROLES = ["push button", "toggle button", "check box", "switch"]
AI_SWITCH = "Use my data for training content creation AI models"
PARTNERS_SWITCH = "Share data with affiliates and partners"


def nameless(objects: list[dict]) -> list[dict]:
    return [o for o in objects if o["role"] in CONTROLS and not (o["name"] or "").strip()]


def heard(reader, words: str, politeness: str) -> list[dict]:
    return [a for a in reader.announced() if words in a["text"] and a["politeness"] == politeness]


def wait_heard(reader, words: str, politeness: str, seconds: float = 20) -> list[dict]:
    waited = 0.0
    while not (found := heard(reader, words, politeness)) and waited < seconds:
        reader.ask(op="wait", seconds=0.5)  # AT-SPI's events handled meanwhile
        waited += 0.5
    return found


def test_a_screen_reader_member_signs_in_switches_off_and_hears_every_change(new_email):
    email = new_email("newsetting")
    with accessible_desktop() as desktop:
        app = desktop.start_app("--practice")
        try:
            with desktop.screen_reader() as reader:
                reader.find("push button", "Next")
                assert nameless(reader.showing()) == [], "Welcome"
                reader.press("push button", "Next")

                # LinkedIn's own sign-in form, inside the wizard, by its names.
                reader.type("text", "Email or phone", email)
                typed = reader.type("password text", "Password", "sentinel-password")
                assert typed["text"] and typed["text"] != "sentinel-password"  # shown as dots
                assert nameless(reader.showing()) == [], "Sign in"
                reader.press("push button", "Sign in")

                # The first setting: the strip, and the page's own switch, by name.
                reader.find("panel", {"contains": "Switch state: On"}, timeout=60)
                switch = reader.find(SWITCH_ROLES, AI_SWITCH)
                assert "checked" in switch["states"]
                strip = reader.find("panel", {"contains": "Switch state: On"})
                assert AI_SWITCH in strip["description"]  # the switch by its name
                assert nameless(reader.showing()) == [], "first setting"
                reader.press("push button", "Switch it off for me")
                reader.find("panel", {"contains": "Switch state: Off"}, timeout=30)
                switch = reader.find(SWITCH_ROLES, AI_SWITCH)
                assert "checked" not in switch["states"]
                off = reader.find("label", {"contains": "you are opted out"})
                assert "Off" in off["name"]
                # The strip had the focus already: the change is said, politely.
                assert wait_heard(reader, "Switch state: Off", "polite")

                reader.press("push button", "Next")
                reader.find("panel", {"contains": "Switch state: On"}, timeout=60)
                reader.find(SWITCH_ROLES, {"contains": PARTNERS_SWITCH})
                reader.press("push button", "Switch it off for me")
                reader.find("panel", {"contains": "Switch state: Off"}, timeout=30)
                reader.press("push button", "Next")

                # Verify starts by itself; its answer is said where the focus stays.
                assert wait_heard(reader, "All settings are off", "polite", 90)
                assert nameless(reader.showing()) == [], "Verify"
                reader.press("push button", "Next")
                # LinkedIn added a setting that is on: said on Done.
                assert wait_heard(reader, "New on LinkedIn", "polite", 30)
                new_page = "Open the page of “Data for AI-powered features”"
                reader.find("push button", {"contains": new_page})
                assert nameless(reader.showing()) == [], "Done"
        finally:
            app.terminate()
            app.communicate(timeout=30)


def test_a_save_linkedin_drops_is_said_at_once(new_email):
    """The member pressed the button; LinkedIn did not keep the change. The strip
    already has the focus, so it is announced, assertively: it undoes what they did."""
    email = new_email("dropsave")
    with accessible_desktop() as desktop:
        app = desktop.start_app("--practice")
        try:
            with desktop.screen_reader() as reader:
                reader.press("push button", "Next")
                reader.type("text", "Email or phone", email)
                reader.type("password text", "Password", "sentinel-password")
                reader.press("push button", "Sign in")
                reader.find("panel", {"contains": "Switch state: On"}, timeout=60)
                reader.press("push button", "Switch it off for me")
                assert wait_heard(reader, "Still on", "assertive", 30)
        finally:
            app.terminate()
            app.communicate(timeout=30)
