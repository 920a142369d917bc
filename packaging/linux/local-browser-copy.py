"""A local stand-in for Playwright's download server, for tests that must not
download: Debian's chromium-headless-shell (and the chromium-common files it reads),
zipped in the layout of Playwright's `chrome-headless-shell-linux64.zip`; and, as
Playwright installs FFmpeg beside any browser (for video recording, which the check
never does), an `ffmpeg-linux.zip` whose program says it is a stand-in.

    python3 local-browser-copy.py SERVE_DIR BROWSER_VERSION FFMPEG_REVISION
"""

from __future__ import annotations

import stat
import sys
import zipfile
from pathlib import Path

SOURCE = Path("/usr/lib/chromium")
PROGRAM = "chromium-headless-shell"
TOP = "chrome-headless-shell-linux64"
LEFT_OUT = {"chromium", "chrome_crashpad_handler"}  # the full browser is not needed


def main(serve: Path, version: str, ffmpeg_revision: str) -> int:
    if not (SOURCE / PROGRAM).is_file():
        print(f"no {SOURCE / PROGRAM} (install chromium-headless-shell)", file=sys.stderr)
        return 1
    shell(serve / "builds/cft" / version / "linux64/chrome-headless-shell-linux64.zip")
    ffmpeg(serve / "builds/ffmpeg" / ffmpeg_revision / "ffmpeg-linux.zip")
    return 0


def ffmpeg(out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w") as archive:
        info = zipfile.ZipInfo("ffmpeg-linux")
        info.external_attr = (stat.S_IFREG | 0o755) << 16
        archive.writestr(info, "#!/bin/sh\necho 'a test stand-in for FFmpeg' >&2\nexit 1\n")


def shell(out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for path in sorted(SOURCE.rglob("*")):
            if path.is_dir() or path.name in LEFT_OUT:
                continue
            relative = path.relative_to(SOURCE).as_posix()
            name = f"{TOP}/chrome-headless-shell" if relative == PROGRAM else f"{TOP}/{relative}"
            info = zipfile.ZipInfo.from_file(path, name)
            info.external_attr = (stat.S_IFREG | path.stat().st_mode & 0o777) << 16
            with path.open("rb") as source, archive.open(info, "w") as target:
                while chunk := source.read(1 << 20):
                    target.write(chunk)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], sys.argv[3]))
