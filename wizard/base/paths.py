"""Where the app's data files are, whether run from a clone, a wheel or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_MARKER = "optouts.toml"
# The app's own folder name in the user's data, cache and config folders.
APP_DIR_NAME = "linkedin-optout-wizard"


def resource_dir() -> Path:
    """The folder holding resources/ (catalog, detector, templates).

    A clone or an editable install reads the repository's own resources/ so an edit
    there is live; a wheel carries a copy as wizard/_resources; a PyInstaller bundle
    unpacks it next to the executable.
    """
    package = Path(__file__).resolve().parent.parent  # wizard/
    candidates = [package.parent / "resources", package / "_resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if (candidate / _MARKER).is_file():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"the app's resources folder is missing (looked in {searched})")


def resource(name: str) -> Path:
    """One file under resources/."""
    return resource_dir() / name
