#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the app and its tests need, when missing.
#
#   chromium-headless-shell  the browser the verifier drives through Playwright
#                       (Chromium without its own UI: half the time and memory)
#   chromium            the full browser, kept as the check's fallback
#   dbus, gnome-keyring a real Secret Service for the keyring tests
#   libnss3, libegl1 …  what Qt and QtWebEngine load at run time
#   fonts-dejavu-core   text in rendered pages and evidence pictures
#   desktop-file-utils, appstream   validate the desktop entry and metainfo
#   xvfb, libgl1-mesa-dri  a real X server with OpenGL (Mesa), for the test that the
#                       window is not re-created (a black flash) when a page appears
#   openbox, x11-utils  a window manager on that server (and xprop to see it is up),
#                       for the tests that every screen fits a laptop's screen
#   at-spi2-core, python3-pyatspi, gir1.2-atspi-2.0   the accessibility bus a screen
#                       reader (Orca) reads, and Debian's Python bindings to read it
#                       as Orca does, for the tests that drive the wizard through it
#   python3-venv        `python3 -m venv` on Debian's own Python
#   binutils, xz-utils, debootstrap   `make package` (strip, the tar.xz) and
#                       `make test-package` (a clean Debian root for the .deb)
#
# Installs only what is missing, as root or through passwordless sudo; otherwise
# prints the one command to run. Never asks for a password itself.
set -euo pipefail

packages=(
  chromium-headless-shell chromium dbus gnome-keyring fonts-dejavu-core desktop-file-utils appstream
  xvfb libgl1-mesa-dri openbox x11-utils binutils xz-utils debootstrap
  at-spi2-core python3-pyatspi gir1.2-atspi-2.0
  libnss3 libnspr4 libegl1 libgl1 libgbm1 libdrm2 libglib2.0-0 libfontconfig1
  libfreetype6 libxkbcommon0 libxkbcommon-x11-0 libxkbfile1 libdbus-1-3
  libxcomposite1 libxdamage1 libxrandr2 libxtst6 libx11-xcb1 libxcb-cursor0
  libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian/Ubuntu system; make sure Chromium or Chrome," \
       "D-Bus and a Secret Service (GNOME Keyring or KWallet) are installed." >&2
  exit 0
fi

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# Ubuntu 24.04 renamed some libraries (libasound2 → libasound2t64).
alsa=libasound2
if ! apt-cache show libasound2 >/dev/null 2>&1 || installed libasound2t64; then
  apt-cache show libasound2t64 >/dev/null 2>&1 && alsa=libasound2t64
fi
packages+=("$alsa")

# Debian's own Python needs python3-venv for `python3 -m venv`.
if ! python3 -c 'import ensurepip' >/dev/null 2>&1; then
  packages+=(python3-venv)
fi

# A Chrome or Chromium already installed will do for the verifier's fallback.
if command -v google-chrome >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
   || command -v chromium >/dev/null 2>&1; then
  kept=()
  for p in "${packages[@]}"; do [ "$p" = chromium ] || kept+=("$p"); done
  packages=("${kept[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  [ -n "$p" ] || continue
  installed "$p" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run=(sudo -n)
else
  echo "These system packages are missing: ${missing[*]}" >&2
  echo "Install them with:  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "System packages installed."
