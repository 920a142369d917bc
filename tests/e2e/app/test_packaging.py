"""Desktop integration and packaging files: they validate, and they agree with each
other (the bundle itself is proven by `make test-package`: its --self-check)."""

from __future__ import annotations

import json
import plistlib
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from tests.helpers import ROOT
from tests.helpers.machine import skip_missing

APP_ID = "io.github.linkedin_optout_wizard"
DESKTOP = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"


def test_desktop_file_validates():
    if shutil.which("desktop-file-validate") is None:
        skip_missing("desktop-file-validate (Debian package desktop-file-utils)")
    proc = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "error" not in proc.stdout.lower()


def test_metainfo_validates():
    if shutil.which("appstreamcli") is None:
        skip_missing("appstreamcli (Debian package appstream)")
    proc = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_desktop_entry_and_metainfo_agree():
    entry = dict(line.split("=", 1) for line in DESKTOP.read_text().splitlines() if "=" in line)
    assert entry["Exec"] == "optout-wizard"
    assert entry["Icon"] == APP_ID
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("provides/binary").text == "optout-wizard"


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_icons_have_their_size(size):
    data = (ICONS / f"optout-wizard-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (size, size)


def test_svg_ico_and_icns_icons():
    svg = ET.parse(ICONS / "optout-wizard.svg").getroot()
    assert svg.tag.endswith("svg")
    assert svg.get("viewBox") == "0 0 256 256"
    assert (ICONS / "optout-wizard.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "optout-wizard.icns").read_bytes()[:4] == b"icns"


def test_flatpak_manifest_is_sound_and_asks_for_little():
    manifest = json.loads((ROOT / "packaging" / "flatpak" / f"{APP_ID}.json").read_text())
    assert manifest["id"] == APP_ID
    assert manifest["command"] == "optout-wizard"
    assert manifest["runtime"] == "org.kde.Platform"
    args = manifest["finish-args"]
    assert "--talk-name=org.freedesktop.secrets" in args
    assert "--talk-name=org.freedesktop.Notifications" in args
    assert "--share=network" in args
    assert not any(a.startswith("--filesystem") for a in args)  # no home, no host
    app = manifest["modules"][-1]
    assert (ROOT / "packaging" / "flatpak" / app["sources"][0]["path"]).resolve() == ROOT
    installed = " ".join(app["build-commands"])
    for path in (DESKTOP, METAINFO, ICONS / "optout-wizard.svg"):
        assert str(path.relative_to(ROOT)) in installed


def test_pyinstaller_spec_and_launcher():
    spec = (ROOT / "packaging" / "pyinstaller" / "optout-wizard.spec").read_text()
    compile(spec, "optout-wizard.spec", "exec")
    assert '(str(ROOT / "resources"), "resources")' in spec
    assert 'collect_data_files("playwright"' in spec
    assert 'copy_metadata("keyring")' in spec
    launcher = (ROOT / "packaging" / "pyinstaller" / "launch.py").read_text()
    assert "from wizard.cli import main" in launcher


def test_windows_installer_script():
    iss = (ROOT / "packaging" / "windows" / "optout-wizard.iss").read_text()
    assert "AppId={{" in iss
    assert r'Source: "..\..\dist\optout-wizard\*"' in iss
    assert "PrivilegesRequired=lowest" in iss  # per user, no administrator needed
    assert "linkedin-optout-wizard-recheck" in iss  # the monthly task goes with the app


def test_macos_entitlements_are_a_plist():
    entitlements = plistlib.loads(
        (ROOT / "packaging" / "macos" / "entitlements.plist").read_bytes()
    )
    assert entitlements["com.apple.security.cs.allow-jit"] is True


def test_hosted_ci_builds_all_three_and_checks_each():
    workflow = (ROOT / ".github" / "workflows" / "package.yml").read_text()
    for runner in ("ubuntu-24.04", "windows-2022", "macos-14"):
        assert runner in workflow
    assert (
        workflow.count("optout-wizard --self-check") + workflow.count('optout-wizard" --self-check')
        == 2
    )
    assert "iscc packaging" in workflow


def test_the_wheel_holds_every_package_and_resource_quietly(tmp_path):
    """Built as pip builds it: every module of every stage, the resources with their
    sub-folders, and no setuptools banner about packages it would ignore."""
    import shutil
    import zipfile

    # From the project's own files only, as a fresh clone has them: a build/ folder
    # left by an earlier build would put modules that no longer exist into the wheel.
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    source = tmp_path / "source"
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    out = tmp_path / "wheel"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "would be ignored" not in proc.stdout + proc.stderr
    (wheel,) = out.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "wizard").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert sources <= names, sorted(sources - names)
    for resource in (
        "optouts.toml",
        "report.html",
        "detector.js",
        "watch.js",
        "bridge.js",
        "uncover.js",
    ):
        assert f"wizard/_resources/{resource}" in names
    assert any(n.startswith("wizard/_resources/icons/") for n in names)
    assert "wizard/_resources/translations/optout_de.ts" in names
    assert not any("autopilot" in n for n in names)  # a driver for benchmarks, not the app


# The .deb's parts (the package itself is proven on a clean machine by `make test-package`).

DEB = ROOT / "packaging" / "linux" / "deb"


@pytest.mark.parametrize("script", ["postinst", "postrm"])
def test_maintainer_scripts_are_valid_posix_shell(script):
    path = DEB / script
    assert path.stat().st_mode & 0o111, f"{script} must be executable"
    run = subprocess.run(["sh", "-n", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_the_apparmor_profile_is_installed_only_where_apparmor_4_reads_it():
    """Debian 12's AppArmor 3 cannot parse `abi <abi/4.0>` nor `userns`: postinst copies
    the profile only where abi 4.0 exists (Ubuntu 24.04 and later), and postrm removes
    it."""
    profile = (DEB / "apparmor-profile").read_text()
    assert "abi <abi/4.0>," in profile
    programs = [line.split()[2] for line in profile.splitlines() if line.startswith("profile ")]
    assert "/opt/optout-wizard/optout-wizard" in programs
    assert "/opt/optout-wizard/_internal/PySide6/Qt/libexec/QtWebEngineProcess" in programs
    assert any("ms-playwright/chromium_headless_shell-*" in p for p in programs)
    assert profile.count("userns,") == len(programs)
    postinst = (DEB / "postinst").read_text()
    assert "[ -e /etc/apparmor.d/abi/4.0 ]" in postinst
    assert "/opt/optout-wizard/share/apparmor/optout-wizard" in postinst
    assert "rm -f /etc/apparmor.d/optout-wizard" in (DEB / "postrm").read_text()


def test_the_deb_depends_on_what_a_clean_machine_lacks():
    """Measured on a Debian 12 minbase root (issue #30): OpenGL and EGL to start, Wayland's
    cursor and EGL libraries for Wayland sessions, a font, and certificates."""
    sys.path.insert(0, str(ROOT / "packaging" / "linux"))
    try:
        import build
    finally:
        sys.path.pop(0)
    depends = " ".join(build.DEPENDS)
    for package in ("libgl1", "libegl1", "libwayland-cursor0", "libwayland-egl1",
                    "fonts-dejavu-core", "ca-certificates", "libc6 (>= 2.36)"):  # fmt: skip
        assert package in depends
    control = (DEB / "control.in").read_text()
    assert "Recommends: chromium-headless-shell" in control
    for field in ("@VERSION@", "@DEPENDS@", "@SIZE_KB@"):
        assert field in control
