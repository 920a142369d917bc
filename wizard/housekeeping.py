"""The terminal's smaller commands: `forget`, `update-catalog`, `install-browser`.
No Qt. Each ends 0 when done, and 75 (EX_TEMPFAIL) when an outside part (the keyring,
the network) did not let it: never 1, which means "a setting is on"."""

from __future__ import annotations

from wizard.base.site import Site
from wizard.console import Console, load_catalog
from wizard.reading.result import EXIT_TEMPFAIL
from wizard.secrets import credentials


def run_update_catalog(url: str | None, console: Console | None = None) -> int:
    """`optout-wizard update-catalog [URL]`: 0 when the newest catalog is in place."""
    from wizard.catalog.update import RELEASE_URL, UpdateRefused, update_catalog

    console = console or Console.system()
    catalog = load_catalog(console)
    if catalog is None:
        return EXIT_TEMPFAIL
    try:
        updated = update_catalog(url or RELEASE_URL, current=catalog)
    except UpdateRefused as exc:
        console.note(f"{exc} The catalog in use ({catalog.version}) stays.")
        return EXIT_TEMPFAIL
    console.write(f"Catalog updated to {updated.version}: {updated.path}\n")
    return 0


def run_forget(
    site: Site | None,
    account: str | None = None,
    console: Console | None = None,
    everything: bool = False,
) -> int:
    """`optout-wizard forget [--account NAME | --all]`: delete remembered sessions for
    the site, or (--all) every entry this app ever wrote in the keyring."""
    console = console or Console.system()
    if everything:
        try:
            removed = credentials.forget_everything()
        except credentials.KeyringProblem as exc:
            console.note(credentials.described(exc))
            return EXIT_TEMPFAIL
        console.write(
            f"Forgotten: {removed} entries this app kept were removed from the keyring.\n"
            if removed
            else "Nothing to forget: this app keeps nothing in the keyring.\n"
        )
        return 0
    if site is None:
        console.note("The practice site keeps nothing to forget.")
        return 0
    whose = f"the session of {account!r}" if account is not None else "every session"
    try:
        removed_any = credentials.forget(site, account)
    except credentials.KeyringProblem as exc:
        console.note(credentials.described(exc))
        return EXIT_TEMPFAIL
    if removed_any:
        console.write(f"Forgotten: {whose} for {site.origin} was removed from the keyring.\n")
    else:
        console.write(f"Nothing to forget: {whose} for {site.origin} is not remembered.\n")
    return 0


def run_install_browser(console: Console | None = None) -> int:
    """`optout-wizard install-browser`: 0 when the check has a browser that starts.

    Installs Playwright's headless shell into the user's cache (what the Verify screen's
    button does), then starts the browser the check would use, so the answer is the
    check's own and not the installer's."""
    import subprocess

    from wizard.check import browsers

    console = console or Console.system()
    console.note("Installing Chromium's headless shell for the check (about 100 MB)…")
    try:
        done = subprocess.run(
            browsers.install_command(), env=browsers.install_environment(), check=False
        )
    except OSError as exc:
        console.note(f"The installer could not start ({exc}).")
        return EXIT_TEMPFAIL
    if done.returncode != 0:
        console.note(
            "The browser could not be installed. Check your internet connection, "
            "or install Chromium's headless shell, Google Chrome or Chromium."
        )
        return EXIT_TEMPFAIL
    return _say_browser(console)


def _say_browser(console: Console) -> int:
    from wizard.check import browsers

    try:
        used = browsers.which_browser()
    except browsers.NoBrowserError as exc:
        console.note(str(exc))
        return EXIT_TEMPFAIL
    console.write(f"The check will use: {used}\n")
    return 0
