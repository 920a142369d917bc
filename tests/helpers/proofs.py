"""What the proof tests share: a fixed report with real pictures, and a hostile
string that must come out escaped wherever it is shown."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from wizard.reading.result import Report

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def png(
    path: Path, width: int = 40, height: int = 20, rgb: tuple[int, int, int] = (200, 30, 30)
) -> Path:
    """A small solid-colour PNG, written by hand (no imaging library needed)."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path


def fixed_report(tmp_path: Path, account: str = "Alex Member", reason: str = "") -> Report:
    raw = {
        "site": "https://www.linkedin.com",
        "checked_at": "2026-03-03T09:15:00Z",
        "browser": "Chromium 156",
        "account": account,
        "results": [
            {
                "id": "ai-training",
                "title": "Data for Generative AI Improvement",
                "state": "OFF",
                "reason": reason or "The switch is off.",
                "evidence": str(png(tmp_path / "ai.png")),
                "url": "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
            },
            {
                "id": "affiliate-sharing",
                "title": "Share data with affiliates and partners",
                "state": "ON",
                "reason": "The switch is on.",
                "evidence": str(png(tmp_path / "partners.png", rgb=(30, 30, 200))),
                "url": "https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners",
            },
            {
                "id": "extra",
                "title": "Another",
                "state": "NOT_FOUND",
                "reason": "Could not find the switch.",
                "evidence": None,
                "url": None,
            },
        ],
    }
    return Report.from_json(raw)
