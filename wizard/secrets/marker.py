"""Whether anything was ever remembered for a site: known without asking the keyring.

Asking the keyring may bring up its unlock prompt, so the Sign in screen offers "Use a
session remembered on this computer" only where a session was remembered here. That
is kept as an empty file named by a hash of the site's address: its presence says
"ask the keyring", and nothing more (no account, no cookie, no address in clear).
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from wizard.base.paths import APP_DIR_NAME
from wizard.base.site import Site

log = logging.getLogger(__name__)


def _folder() -> Path:
    from platformdirs import user_state_dir

    return Path(user_state_dir(APP_DIR_NAME, appauthor=False)) / "remembered"


def _file(site: Site) -> Path:
    return _folder() / hashlib.sha256(site.origin.encode()).hexdigest()[:24]


def mark(site: Site, remembered: bool) -> None:
    """After a session is remembered (True) or the last one forgotten (False). A
    failure only costs the offer's accuracy: it is logged, never raised."""
    path = _file(site)
    try:
        if remembered:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()
        else:
            path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not note whether a session is remembered: %s", exc)


def marked(site: Site) -> bool:
    return _file(site).is_file()
