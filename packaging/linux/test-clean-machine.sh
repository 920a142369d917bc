#!/usr/bin/env bash
# Proves the .deb on a clean machine: a Debian 12 `minbase` root (cached), entered
# with unshare and pivot_root (not chroot: the kernel refuses user namespaces, hence
# Chromium's sandbox, inside a chroot), the .deb installed with apt, then as a normal
# user with a clean environment and the sandbox on:
#
#   1. every library of the installed app resolves (the Depends are complete);
#   2. optout-wizard --self-check;
#   3. with no browser on the machine, `verify --practice` says so and names the fix;
#   4. `optout-wizard install-browser` installs Playwright's headless shell into the
#      user's cache from a local copy (served on loopback: no download), and the check
#      then uses it (the bundle looks in the user's cache);
#   5. with chromium-headless-shell from apt (the .deb's Recommends), the check uses it.
#
#   packaging/linux/test-clean-machine.sh dist/optout-wizard_<version>_amd64.deb
#
# Needs root (or passwordless sudo) and, the first time, Debian's package servers
# (debootstrap). Where the root cannot be made, it says so: a failure under CI=true,
# a skip elsewhere.
set -euo pipefail

deb=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
cache=${OPTOUT_BUILD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/optout-wizard-build}
work=${OPTOUT_CLEAN_ROOT:-$(cd "$here/../.." && pwd)/build/clean-machine}
suite=bookworm
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
base=$cache/debian-$suite-minbase.tar

say() { printf 'clean machine: %s\n' "$*" >&2; }
cannot() {
  say "cannot run: $*"
  if [ "${CI:-}" = true ]; then exit 1; fi
  say "SKIPPED (outside CI)"
  exit 0
}

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    exec sudo -n --preserve-env=CI,OPTOUT_BUILD_CACHE,OPTOUT_CLEAN_ROOT,DEBIAN_MIRROR "$0" "$@"
  fi
  cannot "making and entering a root needs root (run as root, or with passwordless sudo)"
fi
command -v unshare >/dev/null && command -v pivot_root >/dev/null \
  || cannot "unshare and pivot_root (util-linux) are missing"
command -v python3 >/dev/null || cannot "python3 is missing (it serves the local browser copy)"

# The cached root: Debian 12 minbase, made once.
mkdir -p "$cache/apt-archives"
if [ ! -s "$base" ]; then
  if ! command -v debootstrap >/dev/null; then
    say "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null \
      || cannot "debootstrap could not be installed"
  fi
  say "making a Debian 12 minbase root (once; cached in $base)"
  rm -rf "$work" && mkdir -p "$work"
  if ! debootstrap --variant=minbase "$suite" "$work/root" "$mirror" >"$work/debootstrap.log" 2>&1; then
    tail -5 "$work/debootstrap.log" >&2
    cannot "no Debian root could be made from $mirror (is there network to Debian's servers?)"
  fi
  tar -C "$work/root" -cf "$base.part" . && mv "$base.part" "$base"
fi

# A fresh copy of it for this run.
rm -rf "$work" && mkdir -p "$work/root" "$work/serve"
tar -C "$work/root" -xf "$base"
root=$work/root
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb http://deb.debian.org/debian-security $suite-security main
EOF
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
cp "$deb" "$root/tmp/optout-wizard.deb"
cp "$here/clean-machine-inside.sh" "$root/inside.sh"

# The local copy of Playwright's headless shell, laid out as its download server does.
browsers_json=$(dpkg-deb --fsys-tarfile "$deb" \
  | tar -xO ./opt/optout-wizard/_internal/playwright/driver/package/browsers.json)
field() {  # field NAME KEY: a browser's entry in the bundle's browsers.json
  python3 -c 'import json,sys; print(next(b[sys.argv[2]] for b in json.loads(sys.argv[3])["browsers"] if b["name"] == sys.argv[1]))' "$1" "$2" "$browsers_json"
}
python3 "$here/local-browser-copy.py" "$work/serve" "$(field chromium-headless-shell browserVersion)" \
  "$(field ffmpeg revision)" \
  || cannot "no local copy of a headless shell could be made (install chromium-headless-shell)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$work/serve" "$port" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT

say "entering the root (unshare, pivot_root)"
unshare --mount --pid --fork --propagation private -- /bin/bash -euo pipefail -c '
  root=$1 archives=$2 port=$3
  mount --bind "$root" "$root"
  mount -t proc proc "$root/proc"
  mount -t sysfs sysfs "$root/sys"
  mount --rbind /dev "$root/dev"
  mount --bind "$archives" "$root/var/cache/apt/archives"
  cd "$root"
  mkdir -p .old-root
  pivot_root . .old-root
  cd /
  umount -l /.old-root
  rmdir /.old-root
  exec /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 CI="${CI:-}" \
    /bin/bash /inside.sh "$port"
' _ "$root" "$cache/apt-archives" "$port"
say "passed"
