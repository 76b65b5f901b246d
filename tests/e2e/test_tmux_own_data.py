"""The user's own data in a real terminal, with no network (issue 14).

tmux runs `python -m tui --config ...` on a config of local files: the captured Reuters feed
(tests/fixtures/feeds, see PROVENANCE.md there), a copper CSV written here whose last point is 40
days old, two declared aluminium tariff entries for one corridor (25%, then 50% from a later
date) and one unreachable source (a loopback port nothing listens on). The refresh interval is
2 s, so several refresh cycles run within the few seconds the test waits: the "still so after
two minutes" of the issue is exercised without waiting two minutes.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.ports import refused_port
from tests.tmux_session import TmuxSession

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(
        shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)"
    ),
]

FEED = (
    Path(__file__).resolve().parent.parent
    / "fixtures"
    / "feeds"
    / "reuters_via_googlenews_direct.rss.xml"
)
# Seconds from the first painted header to the user's data on screen: the issue's "within a
# second" on an idle machine. On a machine busier than its cores (helpers and test runs
# sharing two cores) every step takes longer by about the load per core, so the budget grows
# with it; the figure measured is printed (pytest -s). The budget is twice that second: the
# load average lags a burst of load by a minute, and this test guards against the demo
# standing in for seconds, not against tenths (benchmarks/ measures those).
IDLE_BUDGET = 2.0


def paint_budget() -> float:
    load = os.getloadavg()[0] / (os.cpu_count() or 1)
    return IDLE_BUDGET * max(1.0, load)


def _free_port() -> int:
    return refused_port()  # a loopback port with nothing listening: refused at once


def write_config(folder: Path, theme: str = "metalwatch-dark") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FEED, folder / "news.xml")
    last = date.today() - timedelta(days=40)
    rows, day, value = ["Date,Close"], last - timedelta(days=90), 9000.0
    while day <= last:
        if day.weekday() < 5:
            rows.append(f"{day.isoformat()},{value:.2f}")
            value += 7.5
        day += timedelta(days=1)
    (folder / "copper.csv").write_text("\n".join(rows) + "\n")
    config = folder / "config.toml"
    config.write_text(
        f"""
[app]
theme = "{theme}"
refresh = "2s"
timeout = "2s"

[[metals]]
id = "copper"
name = "Copper"
unit = "USD/t"

[[metals]]
id = "aluminium"
name = "Aluminium"
aliases = ["aluminum"]
unit = "USD/t"

[[sources]]
name = "My news"
kind = "rss"
url = "news.xml"

[[sources]]
name = "My copper"
kind = "csv"
metal = "copper"
url = "copper.csv"
symbol = "CU"
unit = "USD/t"
value_column = "Close"

[[sources]]
name = "Unreachable feed"
kind = "rss"
url = "http://127.0.0.1:{_free_port()}/feed.xml"

[[policy]]
metal = "aluminium"
destination = "US"
status = "tariff"
rate_pct = 25
since = 2025-03-12

[[policy]]
metal = "aluminium"
destination = "US"
status = "tariff"
rate_pct = 50
since = 2025-06-04
"""
    )
    return config


class Session(TmuxSession):
    """``python -m tui ARGS`` in a 160x48 session on a tmux server of its own."""

    def start(self, *args: str) -> None:
        command = " ".join([sys.executable, "-m", "tui", *args])
        self.launch(command, (160, 48), tries=20)  # right after a quit: the server may be exiting

    def quit(self) -> None:
        self.keys("q")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if not self.alive():
                return
            time.sleep(0.1)
        raise AssertionError("q did not quit the app")


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    env = {
        "METALWATCH_CACHE_DIR": str(tmp_path / "cache"),
        "METALWATCH_CONFIG_DIR": str(tmp_path / "nowhere"),
        "COLORTERM": "truecolor",
        "TERM": "xterm-256color",
    }
    s = Session("metalwatch-own", socket=f"mw-own-{uuid.uuid4().hex[:8]}", env=env)
    try:
        yield s
    finally:
        s.close()


def snapshot_json(config: Path, cache: Path) -> dict:
    """What `metalwatch snapshot --json --offline` says about the same store."""
    env = {**os.environ, "METALWATCH_CACHE_DIR": str(cache)}
    out = subprocess.run(
        [sys.executable, "-m", "tui", "snapshot", "--json", "--offline", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def header(screen: str) -> str:
    return next((line for line in screen.splitlines() if " metalwatch " in line), "")


def first_painted_header(s: Session, timeout: float = 30.0) -> tuple[str, float]:
    """The header as first painted (the status line is empty until the first snapshot)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = header(s.screen())
        if line:
            return line, time.monotonic()
        time.sleep(0.02)
    raise AssertionError("the header never appeared")


def test_own_local_data_first_and_failures_known_at_once(session: Session, tmp_path: Path) -> None:
    config = write_config(tmp_path / "user")
    cache = tmp_path / "cache"
    session.start("--config", str(config))
    first, painted_at = first_painted_header(session)
    assert "DEMO" not in first
    # the local stories, the local price and the declared row, soon after the first paint
    screen = session.wait_for(
        "My copper", "Aluminium", "tariff 50%", "LME gripped by flash squeeze", absent="DEMO"
    )
    elapsed = time.monotonic() - painted_at
    budget = paint_budget()
    print(f"user data on screen {elapsed:.2f} s after the first paint (budget {budget:.1f} s)")
    assert elapsed < budget, f"the user's data took {elapsed:.2f} s after the first paint"
    assert "9,637.50" in screen or "My copper" in screen
    assert "Unreachable feed" not in screen or "failing" in header(screen)
    # several refresh cycles (2 s each): the user's data stays, the demo never comes
    db = cache / "store.sqlite3"
    first_fetch = _fetched_at(db, "My news")
    deadline = time.monotonic() + 20
    while _fetched_at(db, "My news") == first_fetch and time.monotonic() < deadline:
        screen = session.wait_for("My copper", "tariff 50%", absent="DEMO", timeout=5)
        time.sleep(0.5)
    assert _fetched_at(db, "My news") != first_fetch, "no second refresh cycle ran"
    time.sleep(2.5)
    screen = session.wait_for(
        "My copper", "tariff 50%", "LME gripped by flash squeeze", absent="DEMO"
    )
    top = header(screen)
    assert "1 source failing" in top and "2 live" in top, top
    assert "OFFLINE" in top, top  # the only network source fails; the local files are live
    session.quit()

    # (b) the snapshot command agrees with the screen: the same rows, no demo
    snap = snapshot_json(config, cache)
    assert snap["mode"] == "offline", "--offline fetched nothing now: never said to be live"
    assert any(n.startswith("offline (--offline): nothing fetched now") for n in snap["notes"])
    assert not any("demo" in note for note in snap["notes"])
    assert [p["source"] for p in snap["prices"]] == ["My copper"]
    assert [(r["metal"], r["destination"], r["rate_pct"]) for r in snap["policy"]] == [
        ("aluminium", "US", 50)
    ]
    relevant = [h for h in snap["headlines"] if h.get("relevant", True)]
    assert relevant
    for story in relevant[:3]:
        assert story["title"][:40] in screen, story["title"]

    # a second start: the failing source is in the header on the first paint
    session.kill()
    session.start("--config", str(config))
    first, _ = first_painted_header(session)
    assert "1 source failing" in first and "OFFLINE" in first, first
    assert "DEMO" not in first


def _fetched_at(db: Path, name: str) -> str | None:
    if not db.exists():
        return None
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT fetched_at FROM health WHERE name = ?", (name,)).fetchone()
    return row[0] if row else None


def _background(screen: str) -> set[str]:
    """The 24-bit background colours used on a captured screen."""
    import re

    return set(re.findall(r"48;2;(\d+;\d+;\d+)", screen))


def test_a_changed_config_theme_wins_on_the_next_start(session: Session, tmp_path: Path) -> None:
    config = write_config(tmp_path / "user", theme="metalwatch-dark")
    session.start("--config", str(config))
    session.wait_for("My copper", "tariff 50%")
    dark = _background(session.screen(colours=True))
    session.quit()
    write_config(tmp_path / "user", theme="metalwatch-light")
    session.kill()
    session.start("--config", str(config))
    session.wait_for("My copper", "tariff 50%")
    light = _background(session.screen(colours=True))
    assert "247;248;250" in light, sorted(light)  # the light theme's background, #F7F8FA
    assert "247;248;250" not in dark and light != dark


def test_age_branch_stale_price_and_current_since_on_screen(
    session: Session, tmp_path: Path
) -> None:
    """The rest of the acceptance, built on the `age` branch: the 40-day-old CSV price is marked
    stale and the tariff row says 50% with the later date. Until that branch is merged the JSON
    does not carry `prices[].stale` and `since` is the first entry's date: the test skips and
    says so; once merged it runs (and fails if the screen disagrees with the JSON)."""
    config = write_config(tmp_path / "user")
    env = {**os.environ, "METALWATCH_CACHE_DIR": str(tmp_path / "json-cache")}
    out = subprocess.run(
        [sys.executable, "-m", "tui", "snapshot", "--json", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    snap = json.loads(out.stdout)
    price, row = snap["prices"][0], snap["policy"][0]
    if "stale" not in price or row["since"] != "2025-06-04":
        pytest.skip("needs the age branch: prices[].stale and the current rate's since")
    assert price["stale"] is True and price["age_days"] >= 40, price
    session.start("--config", str(config))
    screen = session.wait_for("My copper", "tariff 50%")
    tariff = next(line for line in screen.splitlines() if "tariff 50%" in line)
    assert "2025-06-04" in tariff, tariff
    copper = [line for line in screen.splitlines() if "Copper" in line or "My copper" in line]
    assert any("stale" in line.lower() or "!" in line for line in copper), copper
