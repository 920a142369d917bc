"""The picture of a switch kept as proof: the switch and its label, with whatever
covered it set aside (a cookie banner's backdrop would dim the proof); the whole view
when there is no switch to show."""

from __future__ import annotations

import json
import logging
from functools import cache
from pathlib import Path

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import FloatRect, Page

from wizard.base.files import write_atomically
from wizard.base.i18n import translate
from wizard.base.paths import resource
from wizard.check.problems import first_line
from wizard.reading.detect import detector_source
from wizard.reading.reading import Box, Reading

log = logging.getLogger(__name__)


@cache
def uncover_script() -> str:
    """`(spec) => {box, covered} | null`: see resources/uncover.js."""
    uncover = resource("uncover.js").read_text(encoding="utf-8").strip().rstrip(";")
    return f"(specJson) => ({uncover})(({detector_source()}), JSON.parse(specJson))"


async def _in_first_screenful(page: Page, box: Box) -> bool:
    """The switch lies in the view of a page not scrolled: the picture of the view is
    the same picture, without Chromium laying the whole page out again for a picture
    of it all (about 40 ms a setting, measured)."""
    size = page.viewport_size
    if size is None or box.x + box.width > size["width"] or box.y + box.height > size["height"]:
        return False
    try:
        scrolled = await page.evaluate("() => [window.scrollX, window.scrollY]")
    except PlaywrightError:
        return False
    return scrolled == [0, 0]


async def take_picture(
    page: Page, spec: dict, raw: Reading | None, folder: Path
) -> tuple[Path | None, bool, str | None]:
    """The picture, saved in folder (None if it could not be), whether something
    covered the switch, and the sentence that says why the picture was not saved."""
    target = folder / f"{spec['id']}.png"
    box = raw.box if raw is not None and raw.found else None
    covered = False
    if box is not None:
        try:
            shown = await page.evaluate(uncover_script(), json.dumps(spec))
        except PlaywrightError as exc:
            log.debug("could not look for what covers the switch: %s", first_line(exc))
        else:
            if isinstance(shown, dict) and Box.parse(shown.get("box")) is not None:
                box, covered = Box.parse(shown.get("box")), bool(shown.get("covered"))
    if box is not None:
        clip = FloatRect(x=box.x, y=box.y, width=box.width, height=box.height)
        whole_page = not await _in_first_screenful(page, box)
        picture = await page.screenshot(clip=clip, full_page=whole_page, animations="disabled")
    else:
        picture = await page.screenshot(animations="disabled")
    try:
        write_atomically(target, picture, durable=False)  # this run's only
    except OSError as exc:
        problem = translate("Check", "The picture {path} could not be saved: {why}.").format(
            path=target, why=exc.strerror or exc
        )
        return None, covered, problem
    return target, covered, None
