"""Turns the PyInstaller folder into what a Linux member installs.

    python packaging/linux/build.py dist/optout-wizard    (or: make package)

1. strips the symbol tables of the shared libraries, Node.js and QtWebEngine's helper
   (not the main program: PyInstaller appends its archive to it, strip would cut it);
2. adds share/ to the folder: the menu entry, metainfo, icons and the AppArmor
   profile, so the tarball carries what the .deb puts in system places;
3. writes dist/optout-wizard-<version>-linux-x86_64.tar.xz;
4. on Debian/Ubuntu (dpkg-deb present), dist/optout-wizard_<version>_amd64.deb:
   the folder under /opt, a launcher on PATH, the desktop files in their places;
5. fails when the folder or the tarball is over its size target.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "packaging" / "linux"
APP_ID = "io.github.linkedin_optout_wizard"
NAME = "optout-wizard"
# Targets from issue #30, measured on PySide6 6.11 and Playwright 1.65.
MAX_UNPACKED_MB = 570
MAX_TARBALL_MB = 155
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# What the bundle needs from the system beyond glibc 2.36: checked by the clean-machine
# test (every library of the installed bundle resolves, the self-check and the check run).
DEPENDS = (
    "libc6 (>= 2.36)",
    "libgl1",
    "libegl1",
    "libopengl0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "libwayland-client0",
    "libnss3",
    "libnspr4",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxkbfile1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0 | libglib2.0-0t64",
    "libasound2 | libasound2t64",
    "libgbm1",
    "libdrm2",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libxcomposite1",
    "libxdamage1",
    "libxrandr2",
    "libxtst6",
    "libxshmfence1",
    "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core",
    "ca-certificates",
    "libatomic1",  # Playwright's Node.js
)


def version() -> str:
    text = (ROOT / "wizard" / "__init__.py").read_text(encoding="utf-8")
    return text.split('__version__ = "', 1)[1].split('"', 1)[0]


def megabytes(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    total = sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1e6


def strip_libraries(app: Path) -> int:
    """Strip every ELF file in the folder but the main program (the libraries, Node.js,
    QtWebEngine's helper); returns how many."""
    if not shutil.which("strip"):
        sys.exit("build: `strip` (binutils) is needed to trim the bundle")
    main_program = app / NAME
    libraries = [
        p
        for p in app.rglob("*")
        if p.is_file() and not p.is_symlink() and p != main_program and _is_elf(p)
    ]
    for chunk in range(0, len(libraries), 200):
        subprocess.run(
            ["strip", "--strip-unneeded", *map(str, libraries[chunk : chunk + 200])], check=True
        )
    return len(libraries)


def _is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def add_share(app: Path) -> None:
    """share/ inside the folder: what a desktop needs, for the tarball and the .deb."""
    share = app / "share"
    if share.exists():
        shutil.rmtree(share)
    _copy(HERE / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    _copy(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    icons = ROOT / "resources" / "icons"
    _copy(icons / f"{NAME}.svg", share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg")
    for size in ICON_SIZES:
        place = share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        _copy(icons / f"{NAME}-{size}.png", place)
    _copy(HERE / "deb" / "apparmor-profile", share / "apparmor" / NAME)
    _copy(ROOT / "LICENSE", share / "doc" / "LICENSE")
    _copy(HERE / "deb" / "copyright", share / "doc" / "copyright")


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)


def tarball(app: Path, out: Path) -> Path:
    target = out / f"{NAME}-{version()}-linux-x86_64.tar.xz"
    target.unlink(missing_ok=True)
    with target.open("wb") as sink:
        tar = subprocess.Popen(
            [
                "tar",
                "--owner=0",
                "--group=0",
                "--numeric-owner",
                "-C",
                str(app.parent),
                "-cf",
                "-",
                app.name,
            ],
            stdout=subprocess.PIPE,
        )
        assert tar.stdout is not None
        subprocess.run(["xz", "-T0", "-9"], stdin=tar.stdout, stdout=sink, check=True)
        tar.stdout.close()
        if tar.wait() != 0:
            sys.exit("build: tar failed")
    return target


def deb(app: Path, out: Path, work: Path) -> Path:
    """The .deb: /opt/optout-wizard, /usr/bin/optout-wizard, desktop files in place."""
    stage = work / "deb"
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / "opt" / NAME
    opt.parent.mkdir(parents=True)
    subprocess.run(["cp", "-al", str(app), str(opt)], check=True)  # hard links: no copy
    (stage / "usr/bin").mkdir(parents=True)
    (stage / "usr/bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
    for part in ("applications", "metainfo", "icons"):
        shutil.copytree(app / "share" / part, stage / "usr/share" / part)
    _copy(app / "share/doc/copyright", stage / "usr/share/doc" / NAME / "copyright")
    control = stage / "DEBIAN"
    control.mkdir()
    size_kb = int(sum(p.lstat().st_size for p in stage.rglob("*") if p.is_file()) / 1024)
    text = (HERE / "deb" / "control.in").read_text(encoding="utf-8")
    text = text.replace("@VERSION@", version()).replace("@SIZE_KB@", str(size_kb))
    text = text.replace("@DEPENDS@", ", ".join(DEPENDS))
    (control / "control").write_text(text, encoding="utf-8")
    for script in ("postinst", "postrm"):
        shutil.copy2(HERE / "deb" / script, control / script)
        (control / script).chmod(0o755)
    target = out / f"{NAME}_{version()}_amd64.deb"
    target.unlink(missing_ok=True)
    env = {**os.environ, "XZ_OPT": "-T0"}
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(stage), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
        env=env,
    )
    shutil.rmtree(stage)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("app", type=Path, help="the PyInstaller folder (dist/optout-wizard)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "linux")
    args = parser.parse_args()
    app: Path = args.app.resolve()
    out = app.parent
    stripped = strip_libraries(app)
    add_share(app)
    unpacked = megabytes(app)
    print(f"bundle: {unpacked:.0f} MB unpacked ({stripped} libraries stripped)")
    archive = tarball(app, out)
    print(f"tarball: {archive.name}, {megabytes(archive):.0f} MB")
    if shutil.which("dpkg-deb"):
        package = deb(app, out, args.work)
        print(f"package: {package.name}, {megabytes(package):.0f} MB")
    else:
        print("package: no dpkg-deb here (not Debian/Ubuntu), so no .deb")
    over = []
    if unpacked > MAX_UNPACKED_MB:
        over.append(f"the folder is {unpacked:.0f} MB (target {MAX_UNPACKED_MB} MB)")
    if megabytes(archive) > MAX_TARBALL_MB:
        over.append(f"the tarball is {megabytes(archive):.0f} MB (target {MAX_TARBALL_MB} MB)")
    if over:
        print("build: over the size targets: " + "; ".join(over), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
