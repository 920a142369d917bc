"""`optout-wizard`: the desktop wizard by default, and its terminal commands.

Parsing lives here; each command's work lives in its own module, imported only
when that command runs (the GUI must start quickly, the terminal commands must
not load Qt).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from wizard import __version__
from wizard.base.site import LINKEDIN, Site, SiteError, parse_site
from wizard.reading.result import EXIT_USAGE

DESCRIPTION = """\
Walks you through switching off two LinkedIn settings: "Data for Generative AI
Improvement" and "Share data with affiliates and partners", then checks that they
are off. With no command, the desktop wizard opens."""


class _Parser(argparse.ArgumentParser):
    """Bad usage exits 64 (EX_USAGE), as the verify command documents."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="optout-wizard",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check that this installation works (offscreen, on the practice site), then exit",
    )
    _add_site_options(parser)
    parser.set_defaults(command="gui")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    from wizard.reading.result import EXIT_CODES_HELP

    verify = commands.add_parser(
        "verify",
        help="check the settings from a terminal",
        description="Open each setting's page in a headless browser and read its switch. "
        "Uses the session remembered in the system keyring; otherwise asks for email and "
        "password (from standard input when it is not a terminal: email, password, and the "
        "code when LinkedIn sends one, one per line).",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_site_options(verify)
    verify.add_argument("--json", action="store_true", help="print one JSON document")
    verify.add_argument(
        "--sign-in", action="store_true", help="sign in again even if a session is remembered"
    )
    verify.add_argument(
        "--remember",
        action="store_true",
        help="after signing in, keep the session in the system keyring for later checks",
    )
    verify.add_argument(
        "--evidence", metavar="DIR", type=Path, help="save a picture of each switch in DIR"
    )
    verify.add_argument(
        "--report",
        metavar="PATH",
        type=_report_path,
        help="save a report with the pictures: PATH.html (one self-contained file) or PATH.pdf",
    )
    verify.add_argument(
        "--notify",
        action="store_true",
        help="show a desktop notification when a setting is on or could not be checked",
    )
    verify.add_argument(
        "--scheduled",
        action="store_true",
        help="run as the scheduled later check does: notify, keep what was found for the "
        "wizard's next start, and when the keyring is locked, check again at the next login",
    )
    verify.add_argument(
        "--no-gpc",
        action="store_true",
        help="do not send the Global Privacy Control signal (sent by default, as the wizard does)",
    )
    verify.add_argument(
        "--account",
        metavar="NAME",
        help="check only this remembered account (its name as LinkedIn shows it); "
        "without it, every remembered account is checked",
    )
    verify.add_argument(
        "--extra",
        metavar="ID",
        action="append",
        default=[],
        help="also check this optional setting, such as 'research' (repeat for more; "
        "a wrong name lists the right ones)",
    )
    verify.add_argument(
        "--all",
        dest="every_setting",
        action="store_true",
        help="check every setting in the catalog, the optional ones too",
    )
    verify.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=_positive_seconds,
        default=30.0,
        help="the longest one setting's check may take (default: 30)",
    )
    verify.set_defaults(command="verify")

    update = commands.add_parser(
        "update-catalog",
        help="fetch a newer, signed catalog of the settings",
        description="Fetch a newer catalog (where LinkedIn keeps each setting) from the "
        "project's release location, or URL; it is used only if its signature matches the "
        "project's key, it is valid, and it is newer than the one in use.",
    )
    update.add_argument("url", nargs="?", help="where to fetch optouts.toml (and .sig) from")
    update.set_defaults(command="update-catalog")

    install = commands.add_parser(
        "install-browser",
        help="download the browser the check uses, when none is installed",
        description="Download Chromium's headless shell (about 100 MB) into your user "
        "cache, for the check; then say which browser the check will use.",
    )
    install.set_defaults(command="install-browser")

    forget = commands.add_parser(
        "forget",
        help="delete the remembered session from the system keyring",
        description="Delete the sessions this app remembered in the system keyring.",
    )
    _add_site_options(forget)
    forget.add_argument(
        "--account", metavar="NAME", help="forget only this account (default: every account)"
    )
    forget.add_argument(
        "--all",
        dest="everything",
        action="store_true",
        help="forget every entry this app ever kept in the keyring, for every site",
    )
    forget.set_defaults(command="forget")
    return parser


def _report_path(text: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() not in (".html", ".htm", ".pdf"):
        raise argparse.ArgumentTypeError(f"{text!r}: the report must end in .html or .pdf")
    return path


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 1 <= value <= 600:
        raise argparse.ArgumentTypeError("the timeout must be between 1 and 600 seconds")
    return value


def _add_site_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        default=argparse.SUPPRESS,
        metavar="CODE",
        help="the language to speak: en, de, fr, es, it, nl, pl, pt, sv or zh_Hant "
        "(default: the system's)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help="say more about what happens, on standard error (secrets are never shown)",
    )
    parser.add_argument(
        "--practice",
        default=argparse.SUPPRESS,
        action="store_true",
        help="use the built-in practice site (a replica of LinkedIn on this computer) "
        "instead of LinkedIn: nothing touches your account",
    )
    parser.add_argument(
        "--site",
        default=argparse.SUPPRESS,
        metavar="URL",
        help="another site to use, for tests and demos: only this computer's own "
        "addresses (http://127.0.0.1:PORT) are accepted",
    )


def resolve_site(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Site | None:
    """The site from --site; None with --practice (started later); LinkedIn otherwise."""
    practice = getattr(args, "practice", False)
    site_url = getattr(args, "site", None)
    if practice and site_url:
        parser.error("use either --practice or --site, not both")
    if practice:
        return None
    if site_url:
        try:
            return parse_site(site_url)
        except SiteError as exc:
            parser.error(str(exc))
    return LINKEDIN


def main(argv: Sequence[str] | None = None) -> int:
    """The app, ended as the module `ending` says: documented statuses only, the same
    clean-up whatever ends it, never a traceback unless --verbose asks."""
    from wizard import ending

    words = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in words or "--verbose" in words
    return ending.guarded(lambda: _main(words), verbose)


def _main(argv: Sequence[str]) -> int:
    from wizard.base.qtargs import split_qt_arguments
    from wizard.check.browsers import use_user_cache

    use_user_cache()  # in a bundle: before Playwright is first asked for a browser

    parser = build_parser()
    ours, qt_args = split_qt_arguments(argv)
    args = parser.parse_args(ours)
    if qt_args and args.command != "gui":
        parser.error(f"{' '.join(qt_args)}: Qt's options are for the desktop wizard only")
    if getattr(args, "self_check", False):
        from wizard.gui.selfcheck import run_self_check

        return run_self_check()
    from wizard.secrets.logs import setup_logging

    setup_logging(logging.DEBUG if getattr(args, "verbose", False) else logging.WARNING)
    site = resolve_site(args, parser)
    if args.command == "verify":
        from wizard.commands import VerifyOptions, run_verify

        if args.account is not None and args.sign_in:
            parser.error("use either --account (a remembered account) or --sign-in, not both")

        options = VerifyOptions(
            as_json=args.json,
            sign_in=args.sign_in,
            remember=args.remember,
            evidence=args.evidence,
            timeout_s=args.timeout,
            report=args.report,
            notify=args.notify,
            lang=getattr(args, "lang", None),
            gpc=not args.no_gpc,
            extras=tuple(args.extra),
            every_setting=args.every_setting,
            account=args.account,
            scheduled=args.scheduled,
        )
        return run_verify(site, options)
    if args.command == "update-catalog":
        from wizard.housekeeping import run_update_catalog

        return run_update_catalog(args.url)
    if args.command == "install-browser":
        from wizard.housekeeping import run_install_browser

        return run_install_browser()
    if args.command == "forget":
        from wizard.housekeeping import run_forget

        if args.everything and args.account is not None:
            parser.error("use either --account (one account) or --all, not both")
        return run_forget(site, args.account, everything=args.everything)
    if args.command == "gui":
        from wizard.gui.app import run_gui

        return run_gui(site, getattr(args, "lang", None), getattr(args, "verbose", False), qt_args)
    parser.error(f"unknown command {args.command!r}")
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
