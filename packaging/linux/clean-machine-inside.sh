#!/bin/bash
# Runs inside the clean root, as its root (see test-clean-machine.sh): installs the
# .deb, then checks the app as a normal user with a clean environment.
set -euo pipefail
port=$1
export DEBIAN_FRONTEND=noninteractive
say() { printf 'clean machine: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

# The member: an ordinary account, no display, nothing set but the basics.
useradd --create-home --shell /bin/bash member
as_member() {
  (cd /home/member && setpriv --reuid=member --regid=member --init-groups \
    env -i HOME=/home/member USER=member LOGNAME=member PATH=/usr/local/bin:/usr/bin:/bin \
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@")
}
practice_check() {  # verify --practice, signed in as any practice member; JSON on stdout
  printf 'member@example.com\npractice password\n' | as_member optout-wizard verify --practice --json
}

say "installing the .deb with apt (its dependencies, not its recommends)"
apt-get update -qq
apt-get install -y -qq --no-install-recommends /tmp/optout-wizard.deb >/tmp/apt.log 2>&1 \
  || { tail -20 /tmp/apt.log >&2; fail "apt could not install the .deb"; }
test -x /usr/bin/optout-wizard || fail "no optout-wizard on PATH"
test -f /usr/share/applications/io.github.linkedin_optout_wizard.desktop || fail "no desktop entry"
test -f /usr/share/metainfo/io.github.linkedin_optout_wizard.metainfo.xml || fail "no metainfo"
test -f /usr/share/icons/hicolor/256x256/apps/io.github.linkedin_optout_wizard.png || fail "no icon"

say "every library of the app resolves"
# As the bundle's loader sees them (it puts its own folders first); ldd fails on the
# scripts among the executables, whose answer is not wanted.
export LD_LIBRARY_PATH=/opt/optout-wizard/_internal:/opt/optout-wizard/_internal/PySide6/Qt/lib
unresolved=$({ find /opt/optout-wizard -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
  | xargs -0 -n 50 ldd 2>/dev/null || true; } | awk '/^\// {file=$1} /not found/ {print file, $1}' | sort -u)
unset LD_LIBRARY_PATH
if [ -n "$unresolved" ]; then
  printf '%s\n' "$unresolved" >&2
  fail "libraries not found on a clean machine (add their packages to the .deb's Depends)"
fi

say "self-check, as a normal user"
as_member optout-wizard --version
as_member optout-wizard --self-check || fail "the self-check failed"

say "no browser on this machine: the check says so and names the fix"
apt-get install -y -qq --no-install-recommends chromium-headless-shell >/tmp/apt.log 2>&1 \
  || { tail -20 /tmp/apt.log >&2; fail "could not install chromium-headless-shell's libraries"; }
dpkg --remove chromium-headless-shell >/dev/null  # its libraries stay, the browser goes
set +e
practice_check >/tmp/none.json 2>/tmp/none.err
set -e
grep -q "No browser for the check was found" /tmp/none.json /tmp/none.err \
  || { cat /tmp/none.json /tmp/none.err >&2; fail "the check did not say there is no browser"; }
grep -q "optout-wizard install-browser" /tmp/none.json /tmp/none.err \
  || fail "the no-browser message does not name the terminal command"

say "install-browser, from a local copy on loopback (no download)"
as_member env PLAYWRIGHT_DOWNLOAD_HOST="http://127.0.0.1:$port" optout-wizard install-browser \
  >/tmp/install.out 2>/tmp/install.err \
  || { cat /tmp/install.out /tmp/install.err >&2; fail "install-browser failed"; }
cat /tmp/install.out
test -d /home/member/.cache/ms-playwright || fail "nothing was installed in the user's cache"
grep -q "installed by Playwright" /tmp/install.out || fail "the check will not use the installed browser"
practice_check >/tmp/cache.json || true
grep -q '"browser": "Chromium headless shell installed by Playwright' /tmp/cache.json \
  || { cat /tmp/cache.json >&2; fail "the check did not use the browser in the user's cache"; }
grep -q '"state": "ON"' /tmp/cache.json || fail "the check did not read the practice switches"

say "with chromium-headless-shell from apt (the .deb recommends it)"
rm -rf /home/member/.cache/ms-playwright
apt-get install -y -qq chromium-headless-shell >/tmp/apt.log 2>&1 \
  || { tail -20 /tmp/apt.log >&2; fail "could not install chromium-headless-shell"; }
practice_check >/tmp/system.json || true
grep -q '"browser": "/usr/lib/chromium/chromium-headless-shell (headless shell)' /tmp/system.json \
  || { cat /tmp/system.json >&2; fail "the check did not use the system's headless shell"; }
grep -q '"state": "ON"' /tmp/system.json || fail "the check did not read the practice switches"
say "all passed, as a normal user with the sandbox on"
