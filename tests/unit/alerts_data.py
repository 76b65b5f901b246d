"""What the alert tests share: the real data (FRED CSVs, a real RSS capture) in a config file,
read as in the app by the real Refresher into the store, month by month, and sample rules and
alerts.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tui.core.config import load_config
from tui.core.config_types import Config
from tui.flow.alerts import Alert, AlertEngine
from tui.flow.refresh import Refresher
from tui.flow.snapshot import build_snapshot
from tui.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "alerts"
COPPER_CSV = FIXTURES / "fred_PCOPPUSDM_2026-05.csv"
ALU_CSV = FIXTURES / "fred_PALUMUSDM_2026-05.csv"
REUTERS = FIXTURES / "reuters_via_googlenews_direct.rss.xml"
UTC = timezone.utc

METALS = """
[[metals]]
id = "copper"
name = "Copper"
[[metals]]
id = "aluminium"
name = "Aluminium"
aliases = ["aluminium", "aluminum"]
[[metals]]
id = "rare-earths"
name = "Rare earths"
aliases = ["rare earths", "rare earth"]
"""


def write_config(tmp_path: Path, body: str, app: str = "") -> Path:
    path = tmp_path / "config.toml"
    # a long retention: the refresher's pruning must not age the captured feed out of the test
    path.write_text(f"[app]\nretention_days = 36500\n{app}\n{METALS}\n{body}", encoding="utf-8")
    return path


def config_from(tmp_path: Path, body: str, app: str = "") -> Config:
    return load_config(write_config(tmp_path, body, app))


def refresh(config: Config, store: Store) -> None:
    async def go() -> None:
        refresher = Refresher(config, store)
        try:
            outcomes = await refresher.run(list(config.sources))
        finally:
            await refresher.aclose()
        assert all(o.ok for o in outcomes), [o.error for o in outcomes]

    asyncio.run(go())


def csv_upto(src: Path, dest: Path, last_day: str) -> None:
    """``src`` cut after the row of ``last_day`` (the feed as it stood that month)."""
    lines = src.read_text(encoding="utf-8").splitlines()
    keep = [lines[0]] + [ln for ln in lines[1:] if ln[:10] <= last_day]
    dest.write_text("\n".join(keep) + "\n", encoding="utf-8")


def months(first: str, last: str) -> list[str]:
    rows = COPPER_CSV.read_text(encoding="utf-8").splitlines()[1:]
    return [r[:10] for r in rows if first <= r[:10] <= last]


def price_source(name: str, metal: str, series: str, path: Path) -> str:
    return (
        f'[[sources]]\nname = "{name}"\nkind = "fred"\nmetal = "{metal}"\n'
        f'series = "{series}"\nurl = "{path}"\n'
    )


def run_months(
    tmp_path: Path, body: str, src: Path, days: list[str], *, twice: bool = True
) -> list[tuple[str, Alert]]:
    """Feed ``src`` month by month, evaluating (twice: a refresh with nothing new) each time."""
    feed = tmp_path / "feed.csv"
    csv_upto(src, feed, days[0])  # a local source file must exist when the config is loaded
    config = config_from(tmp_path, body.replace("@FEED@", str(feed)))
    fired: list[tuple[str, Alert]] = []
    with Store(tmp_path / "m.db") as store:
        engine = AlertEngine(config, store)
        for day in days:
            csv_upto(src, feed, day)
            refresh(config, store)
            now = datetime.fromisoformat(day).replace(tzinfo=UTC) + timedelta(hours=12)
            for _ in range(2 if twice else 1):
                snap = build_snapshot(config, store, now=now)
                fired += [(day, a) for a in engine.evaluate(snap)]
    return fired


HEADLINE_RULES = f"""
[[sources]]
name = "Reuters"
kind = "rss"
url = "{REUTERS}"

[[alerts]]
name = "Tariffs"
when = "headline"
keywords = ["tariff", "export ban"]

[[alerts]]
when = "headline"
keywords = ["squeeze"]
metals = ["copper"]
"""


def sample_alert() -> Alert:
    return Alert(
        rule="Copper above 10k",
        kind="price",
        metal="copper",
        title="Copper above 10k",
        message="Copper at 13,483.8 USD/t on 2026-05-01, above 10,000.0 (FRED copper)",
        severity="warning",
        fired_at=datetime(2026, 5, 1, 12, tzinfo=UTC),
        data={"value": 13483.75153846154, "threshold": 10000.0},
    )
