"""Finding a Chromium-family browser for Playwright, in a stated order.

A headless shell comes first: Chromium without its own user interface, about half
the time and memory of a full browser in headless mode (which starts Chrome's UI
renderers too), measured on the practice site. Playwright's own download is the
best match for its driver, but our users rarely have it: most have Chrome or Edge,
Linux users often a distribution Chromium. The full browsers stay as fallbacks.
The answer says which browser was used, because the report should.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wizard.base.i18n import translate

log = logging.getLogger(__name__)

ENV_VAR = "OPTOUT_BROWSER"
MAX_TMPDIR = 60  # room left for Chromium's "/org.chromium.Chromium.XXXXXX/SingletonSocket"

# Where browsers usually live when they are not on PATH.
_USUAL_PLACES = {
    "linux": [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
        "/snap/bin/chromium",
        "/var/lib/flatpak/exports/bin/org.chromium.Chromium",
        "/usr/bin/microsoft-edge",
    ],
    "darwin": [
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    ],
    "win32": [
        r"%ProgramFiles%\Chromium\Application\chrome.exe",
        r"%LocalAppData%\Chromium\Application\chrome.exe",
    ],
}
_ON_PATH = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
# Distributions' headless shells (Debian and Ubuntu: the package chromium-headless-shell).
_HEADLESS_SHELLS = {
    "linux": ["/usr/lib/chromium/chromium-headless-shell"],
}


@dataclass(frozen=True)
class Candidate:
    """One way to launch a browser: `launch` holds the keyword arguments for Playwright."""

    kind: str  # playwright-shell | system-shell | playwright | chrome | msedge | system | env
    description: str
    launch: dict[str, Any] = field(default_factory=dict)


class NoBrowserError(RuntimeError):
    """No usable browser; the message names the fix."""


class SandboxError(NoBrowserError):
    """A browser exists but could not build its sandbox; installing another will not help."""


class BrowserDidNotStart(NoBrowserError):
    """A browser exists but did not start within the check's time: installing another
    will not help either."""


# Chromium's words when the kernel refuses it the namespaces its sandbox is made of: a
# chroot or container, or Ubuntu 24.04's AppArmor rule for programs without a profile.
_SANDBOX_WORDS = (
    "No usable sandbox",
    "Failed to move to new namespace",
    "SUID sandbox helper",
    "setuid sandbox",
)


def sandbox_failure(error_text: str) -> bool:
    """True when a launch failed for want of a sandbox, not for want of a browser."""
    return any(word.lower() in error_text.lower() for word in _SANDBOX_WORDS)


def sandbox_message() -> str:
    return translate(
        "Browsers",
        "The browser for the check could not start its sandbox (the wall that keeps web "
        "pages away from the rest of your computer), so nothing was checked; the app never "
        "runs a browser without it. This happens in containers and chroots, and on Ubuntu "
        "24.04 or later when the app was not installed from its .deb package, which allows "
        "the sandbox. Install the app from its package, or run it on the computer itself "
        "rather than in a container.",
    )


def did_not_start_message(which: str, seconds: float) -> str:
    return translate(
        "Browsers",
        "The browser for the check ({browser}) did not start within {seconds} seconds, so "
        "nothing was checked. Close programs you do not need and check again; if it keeps "
        "happening, restart the computer.",
    ).format(browser=which, seconds=f"{seconds:g}")


def no_browser_message() -> str:
    return translate(
        "Browsers",
        "No browser for the check was found. Install Chromium's headless shell (Debian/"
        "Ubuntu: sudo apt install chromium-headless-shell), Google Chrome, Microsoft Edge or "
        "Chromium, or let the app download one (in the app: Verify → Install a browser for "
        "the check; in a terminal: optout-wizard install-browser), or "
        "set OPTOUT_BROWSER to a Chromium-family browser's program file.",
    )


def candidates(playwright_executable: str | None = None) -> Iterator[Candidate]:
    """Every browser that might work, best first.

    An explicit OPTOUT_BROWSER comes first: a person who sets it means it, and a
    wrong path is reported rather than silently passed over.
    """
    explicit = os.environ.get(ENV_VAR, "").strip()
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise NoBrowserError(
                translate("Browsers", "{name} is set to {path}, but there is no such file.").format(
                    name=ENV_VAR, path=explicit
                )
            )
        yield Candidate("env", f"{path} (from {ENV_VAR})", {"executable_path": str(path)})
        return
    # Playwright's own headless shell: its default for headless, when it is installed
    # (a launch without it fails at once, and the next is tried).
    yield Candidate("playwright-shell", "Chromium headless shell installed by Playwright")
    for path in headless_shells():
        yield Candidate("system-shell", f"{path} (headless shell)", {"executable_path": str(path)})
    if playwright_executable and Path(playwright_executable).is_file():
        yield Candidate(
            "playwright",
            "Chromium installed by Playwright",
            {"executable_path": playwright_executable},
        )
    yield Candidate("chrome", "Google Chrome", {"channel": "chrome"})
    yield Candidate("msedge", "Microsoft Edge", {"channel": "msedge"})
    for path in system_browsers():
        yield Candidate("system", str(path), {"executable_path": str(path)})


def headless_shells() -> list[Path]:
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    return [Path(p) for p in _HEADLESS_SHELLS.get(platform, []) if Path(p).is_file()]


def system_browsers() -> list[Path]:
    """Chromium/Chrome programs on PATH or in the usual places, without duplicates."""
    found: list[Path] = []
    for name in _ON_PATH:
        where = shutil.which(name)
        if where:
            found.append(Path(where))
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    for place in _USUAL_PLACES.get(platform, []):
        path = Path(os.path.expandvars(place))
        if path.is_file():
            found.append(path)
    unique: list[Path] = []
    seen: set[Path] = set()
    for path in found:
        real = path.resolve()
        if real not in seen:
            seen.add(real)
            unique.append(path)
    return unique


def launch_options(scratch: Path | None = None) -> dict[str, Any]:
    """Options every launch gets: quiet (no background traffic), sandboxed unless root.

    scratch: a folder the caller removes afterwards, for what Chromium writes outside
    its (temporary) profile: its crash-report database would otherwise be kept in the
    user's ~/.config/chromium, and a signed-in renderer's crash could leave a dump."""
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    options: dict[str, Any] = {}
    env: dict[str, str] = {}
    if sys.platform.startswith("linux") and len(tempfile.gettempdir()) > MAX_TMPDIR:
        # Chromium aborts at start when its singleton socket path in TMPDIR is longer
        # than a Unix socket allows (107 bytes): give it the system's /tmp instead.
        env["TMPDIR"] = "/tmp"  # noqa: S108 (the system's own)
    if scratch is not None:
        env["XDG_CONFIG_HOME"] = str(scratch)  # Linux: where "Crash Reports" would go
    if env:
        options["env"] = {**os.environ, **env}
    return options | {
        # Ctrl-C reaches the driver with the rest of the terminal's job: the check
        # itself cancels and closes the browser (ending.py), so the driver must not
        # kill it under the check first. SIGTERM to the whole job (systemd stopping
        # it) is still the driver's to answer: it closes its browsers and ends.
        "handle_sigint": False,
        "headless": True,
        # Chromium refuses its sandbox as root; for everyone else it stays on.
        "chromium_sandbox": not root,
        "args": [
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            "--disable-crash-reporter",
            "--disable-breakpad",
        ],
    }


async def launch_first(
    pw: Any,
    scratch: Path | None = None,
    find: Callable[[str | None], Iterable[Candidate]] | None = None,
    timeout_s: float | None = None,
) -> tuple[Any, Candidate]:
    """The first candidate that starts, in order: the one loop both the check and
    `python -m wizard.check.browsers` use, so what the latter says is what the check
    would do. A candidate that does not start is logged and passed over.

    timeout_s bounds the whole search (Playwright waits 30 s per browser by default: a
    browser that hangs at start, tried after five that are not installed, held the
    check three minutes). A browser that hangs is said as such, not as "no browser"."""
    import asyncio

    from playwright.async_api import Error
    from playwright.async_api import TimeoutError as LaunchTimeout

    loop = asyncio.get_running_loop()
    deadline = None if timeout_s is None else loop.time() + timeout_s
    unsandboxed = False
    stuck: Candidate | None = None
    for candidate in (find or candidates)(pw.chromium.executable_path):
        bounded: dict[str, Any] = {}
        if deadline is not None:
            left = deadline - loop.time()
            if left <= 0:
                break
            bounded["timeout"] = left * 1000
        if scratch is not None:
            # Playwright's own folder for the browser's downloads and traces, inside
            # ours: removed with it, however the check ends.
            bounded["artifacts_dir"] = str(scratch / "artifacts")
        try:
            browser = await pw.chromium.launch(
                **launch_options(scratch), **candidate.launch, **bounded
            )
        except LaunchTimeout:
            log.debug("browser %s did not start in time", candidate.kind)
            stuck = candidate
            continue
        except Error as exc:
            log.debug("browser %s did not start: %s", candidate.kind, _first_line(exc))
            unsandboxed = unsandboxed or sandbox_failure(str(exc))
            continue
        return browser, candidate
    if unsandboxed:
        raise SandboxError(sandbox_message())
    if stuck is not None:
        assert timeout_s is not None
        raise BrowserDidNotStart(did_not_start_message(stuck.description, timeout_s))
    raise NoBrowserError(no_browser_message())


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def playwright_cache() -> Path:
    """Where Playwright's installer puts browsers for this user (its own default)."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache")
    return base / "ms-playwright"


def use_user_cache() -> None:
    """In a bundle, look for Playwright's browsers where its installer puts them.

    Frozen, Playwright's Python package sets PLAYWRIGHT_BROWSERS_PATH=0 (inside the
    bundle), where nothing is ever installed, while the installer the app runs writes
    to the user's cache: a browser installed from the Verify screen was never found.
    A place the user chose stays theirs."""
    if getattr(sys, "frozen", False):
        os.environ.setdefault("PLAYWRIGHT_BROWSERS_PATH", str(playwright_cache()))


def install_command() -> list[str]:
    """Playwright's driver installing its headless shell, as its own CLI runs it (works
    inside a bundle too): the smaller download and the lighter check."""
    # Private to Playwright, but what its own `python -m playwright` runs: the public
    # CLI is a module that calls sys.exit, which a child process cannot wrap.
    from playwright._impl._driver import compute_driver_executable

    driver = compute_driver_executable()
    parts = list(driver) if isinstance(driver, tuple | list) else [str(driver)]
    return [*map(str, parts), "install", "--only-shell", "chromium"]


def install_environment() -> dict[str, str]:
    """The installer's environment: Playwright's host check names Ubuntu packages and
    fails on other systems, while the browser it installs runs there."""
    return {**os.environ, "PLAYWRIGHT_SKIP_VALIDATE_HOST_REQUIREMENTS": "1"}


def which_browser() -> str:
    """The browser the check would use, started once as the check starts it:
    "description (version)". Raises NoBrowserError (or SandboxError) as the check would."""
    import asyncio

    from playwright.async_api import async_playwright

    async def first() -> str:
        async with async_playwright() as pw:
            with tempfile.TemporaryDirectory(prefix="optout-browser-") as scratch:
                browser, candidate = await launch_first(pw, Path(scratch))
                version = browser.version
                await browser.close()
        return f"{candidate.description} ({version})"

    return asyncio.run(first())


def main() -> int:
    """`python -m wizard.check.browsers`: say which browser the check would use; 1 if none."""
    try:
        print(which_browser())
    except NoBrowserError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
