"""Rebuild the bundled demo snapshot (tui/demo/snapshot.json and snapshot.head.json).

Run from the repository root after changing tui/demo/, the snapshot builder or the snapshot
cache's format: ``python docs/build_demo_snapshot.py``. The output is committed; a unit test
(tests/unit/test_demo_snapshot.py) fails until it is what this script writes now.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.flow import demo_snapshot


def main() -> None:
    folder = demo_snapshot.path().parent
    for name, text in demo_snapshot.texts().items():
        (folder / name).write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {folder / name} ({len(text.encode())} bytes)")


if __name__ == "__main__":
    main()
