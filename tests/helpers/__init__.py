"""What the tests share; ROOT is the repository's top folder."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
