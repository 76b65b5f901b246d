"""Alerts: each rule kind from real data to delivery, no repeats, cool-down, the command hook
with real child processes, the log across restarts, the config validation.

Data flows as in the app: a config file -> the real Refresher reading local files (real FRED
CSVs, a real RSS capture, a policy file) -> the store -> build_snapshot -> AlertEngine ->
delivery (``deliver`` lines, ``run_hooks`` commands).
"""

from __future__ import annotations

import asyncio
import io
import json
import sqlite3
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.story_titles import dated, title_of
from tui.core.config import ConfigError, load_config
from tui.core.config_types import Config
from tui.core.models import SourceHealth
from tui.flow.alerts import Alert, AlertEngine, keyword_pattern, price_move
from tui.flow.deliver import deliver_command, run_hooks
from tui.flow.refresh import Refresher
from tui.flow.snapshot import build_snapshot, to_json
from tui.flow.watch import deliver
from tui.store import SCHEMA_VERSION, Store

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


# --------------------------------------------------------------------------- price


COPPER_ABOVE_10K = (
    price_source("FRED copper", "copper", "PCOPPUSDM", Path("@FEED@"))
    + '\n[[alerts]]\nname = "Copper above 10k"\nwhen = "price"\nmetal = "copper"\nabove = 10000\n'
)


def test_price_fires_once_per_crossing_over_five_years_of_real_copper(tmp_path: Path) -> None:
    fired = run_months(tmp_path, COPPER_ABOVE_10K, COPPER_CSV, months("2021-01-01", "2026-05-01"))
    # copper (FRED PCOPPUSDM, USD/t) crossed 10,000 upwards in exactly these months
    assert [d for d, _ in fired] == ["2021-05-01", "2022-03-01", "2024-05-01", "2025-10-01"]
    _, first = fired[0]
    assert (first.rule, first.kind, first.metal, first.severity) == (
        "Copper above 10k",
        "price",
        "copper",
        "warning",
    )
    assert first.data["value"] == pytest.approx(10166.285)
    assert first.data["as_of"] == "2021-05-01" and first.data["unit"] == "USD/t"
    assert first.message == "Copper at 10,166 USD/t on 2021-05-01, above 10,000 (FRED copper)"
    assert first.data["stale"] is False, "read in the month of its price: current"
    last = fired[-1][1]
    assert last.data["value"] == pytest.approx(10739.91826086957)


def test_price_first_sight_beyond_threshold_fires_once(tmp_path: Path) -> None:
    body = (
        price_source("FRED copper", "copper", "PCOPPUSDM", COPPER_CSV)
        + '[[alerts]]\nwhen = "price"\nmetal = "copper"\nbelow = 2200\nabove = 13000\n'
    )
    config = config_from(tmp_path, body)
    assert config.alerts[0].name == "copper outside 2200-13000"
    with Store(tmp_path / "m.db") as store:
        refresh(config, store)
        engine = AlertEngine(config, store)
        (alert,) = engine.evaluate(build_snapshot(config, store))
        assert alert.data["side"] == "above"
        assert alert.data["value"] == pytest.approx(13483.75153846154)
        # read today, months after the file's last price: the alert says it is stale
        last = alert.data["as_of"]
        assert alert.data["stale"] is True
        assert alert.message.endswith(f"[stale: no price since {last}]")
        assert engine.evaluate(build_snapshot(config, store)) == []
        refresh(config, store)  # the same data again: still no repeat
        assert engine.evaluate(build_snapshot(config, store)) == []


def test_price_cooldown_refires_while_the_condition_holds(tmp_path: Path) -> None:
    body = COPPER_ABOVE_10K.replace("above = 10000\n", 'above = 10000\ncooldown = "45d"\n')
    fired = run_months(tmp_path, body, COPPER_CSV, months("2025-09-01", "2026-05-01"))
    # above 10k from 2025-10 on: the crossing, then every time 45 days have passed since
    assert [d for d, _ in fired] == ["2025-10-01", "2025-12-01", "2026-02-01", "2026-04-01"]
    assert [a.data["repeat"] for _, a in fired] == [False, True, True, True]


def test_price_below_fires_on_the_way_down(tmp_path: Path) -> None:
    body = COPPER_ABOVE_10K.replace("above = 10000", "below = 9500")
    fired = run_months(tmp_path, body, COPPER_CSV, months("2021-01-01", "2025-12-01"))
    # first sight (7,972 in 2021-01), then each month copper fell back under 9,500
    assert [d for d, _ in fired] == [
        "2021-01-01",
        "2021-07-01",
        "2022-05-01",
        "2024-07-01",
        "2024-11-01",
        "2025-04-01",
    ]
    assert fired[0][1].data["value"] == pytest.approx(7972.1475)
    assert fired[1][1].data["value"] == pytest.approx(9450.820454545456)
    assert all(a.data["side"] == "below" for _, a in fired)


# --------------------------------------------------------------------------- move


def test_move_fires_on_big_monthly_moves_of_real_aluminium(tmp_path: Path) -> None:
    body = (
        price_source("FRED aluminium", "aluminium", "PALUMUSDM", Path("@FEED@"))
        + '[[alerts]]\nwhen = "move"\nmetal = "aluminium"\npct = 8\nwindow = "1d"\n'
    )
    fired = run_months(tmp_path, body, ALU_CSV, months("2025-10-01", "2026-05-01"))
    # month on month: +8.97% (2026-01), -2.19%, +10.04% (2026-03), +6.56%, +1.66%
    assert [d for d, _ in fired] == ["2026-01-01", "2026-03-01"]
    jan, mar = fired[0][1], fired[1][1]
    assert jan.rule == "aluminium moves 8% in 1d"
    assert jan.data["direction"] == "up"
    assert jan.data["pct"] == pytest.approx(
        (3133.982727272727 / 2875.897727272727 - 1) * 100, abs=1e-4
    )
    assert jan.data["from"] == {"date": "2025-12-01", "value": pytest.approx(2875.897727272727)}
    assert mar.data["pct"] == pytest.approx((3372.952727272727 / 3065.1885 - 1) * 100, abs=1e-4)
    assert "Aluminium up 10.04% in 1d" in mar.message


def test_move_window_reaches_back_to_the_last_point_at_or_before() -> None:
    points = tuple(
        (date.fromisoformat(d), float(v))
        for d, v in (ln.split(",") for ln in ALU_CSV.read_text(encoding="utf-8").splitlines()[1:])
    )
    base, last, pct = price_move(points, 90 * 86400) or pytest.fail("no move")
    # 2026-05-01 - 90 days = 2026-01-31: the last point at or before it is 2026-01-01
    assert base == (date(2026, 1, 1), pytest.approx(3133.982727272727))
    assert last == (date(2026, 5, 1), pytest.approx(3654.015384615385))
    assert pct == pytest.approx((3654.015384615385 / 3133.982727272727 - 1) * 100)
    assert price_move(points[:1], 86400) is None
    assert price_move(points[:3], 365 * 86400) is None  # nothing that far back


def test_a_move_across_a_gap_is_no_move_of_the_window() -> None:
    """A daily series with a gap (January's closes, then one in November) fired "copper up
    188.00% in 1d", a move over ten months told as a day's. A move needs a point within one
    step of the window's start (a monthly series' "1d" is still since the previous month)."""
    january = [(date(2026, 1, 1) + timedelta(days=i), 100.0) for i in range(30)]
    gapped = (*january, (date(2026, 11, 30), 300.0))
    assert price_move(gapped, 86400, max_gap_days=5) is None
    months = ((date(2026, 3, 1), 100.0), (date(2026, 4, 1), 110.0))
    move = price_move(months, 86400, max_gap_days=45)
    assert move is not None and move[2] == pytest.approx(10.0)


# --------------------------------------------------------------------------- policy


def policy_setup(tmp_path: Path, alerts: str) -> tuple[Config, Path]:
    pfile = tmp_path / "policy.toml"
    pfile.write_text("", encoding="utf-8")  # a local source file must exist (no entries yet)
    body = f'[[sources]]\nname = "Policy"\nkind = "policy-file"\nurl = "{pfile}"\n\n' + alerts
    return config_from(tmp_path, body), pfile


def write_policy(pfile: Path, *entries: tuple[str, str, str, str]) -> None:
    text = ""
    for metal, origin, dest, status in entries:
        text += (
            f'[[policy]]\nmetal = "{metal}"\norigin = "{origin}"\ndestination = "{dest}"\n'
            f'status = "{status}"\nsince = 2025-10-09\n\n'
        )
    pfile.write_text(text, encoding="utf-8")


def test_policy_change_fires_once_after_the_baseline(tmp_path: Path) -> None:
    config, pfile = policy_setup(tmp_path, '[[alerts]]\nwhen = "policy"\nmetal = "rare-earths"\n')
    with Store(tmp_path / "m.db") as store:
        engine = AlertEngine(config, store)
        # an empty cache is no baseline: nothing fetched yet
        assert engine.evaluate(build_snapshot(config, store)) == []
        write_policy(pfile, ("rare-earths", "CN", "US", "licensing"), ("copper", "CL", "*", "open"))
        refresh(config, store)
        assert engine.evaluate(build_snapshot(config, store)) == []  # the baseline
        write_policy(
            pfile, ("rare-earths", "CN", "US", "suspended"), ("copper", "CL", "*", "tariff")
        )
        refresh(config, store)
        (alert,) = engine.evaluate(build_snapshot(config, store))  # copper is not watched
        assert (alert.kind, alert.metal, alert.severity) == ("policy", "rare-earths", "error")
        assert alert.message == "Rare earths CN->US: licensing -> suspended since 2025-10-09"
        assert alert.data["previous"] == "licensing" and alert.data["status"] == "suspended"
        refresh(config, store)
        assert engine.evaluate(build_snapshot(config, store)) == []  # no repeat
        # a new corridor appears with a restriction: that is a change too
        write_policy(
            pfile,
            ("rare-earths", "CN", "US", "suspended"),
            ("rare-earths", "CN", "EU", "licensing"),
        )
        refresh(config, store)
        (alert,) = engine.evaluate(build_snapshot(config, store))
        assert alert.message.startswith("Rare earths CN->EU: now licensing")
        assert alert.severity == "warning"


def test_policy_with_status_fires_on_first_sight_and_with_cooldown(tmp_path: Path) -> None:
    config, pfile = policy_setup(
        tmp_path,
        '[[alerts]]\nwhen = "policy"\nstatus = "suspended"\norigin = "cn"\ncooldown = "1d"\n',
    )
    assert config.alerts[0].origin == "CN"
    write_policy(
        pfile, ("rare-earths", "CN", "US", "suspended"), ("copper", "CL", "US", "suspended")
    )
    t0 = datetime(2026, 5, 1, tzinfo=UTC)
    with Store(tmp_path / "m.db") as store:
        engine = AlertEngine(config, store)
        refresh(config, store)
        (alert,) = engine.evaluate(build_snapshot(config, store), now=t0)  # CL is not CN
        assert alert.metal == "rare-earths" and alert.data["repeat"] is False
        assert engine.evaluate(build_snapshot(config, store), now=t0 + timedelta(hours=23)) == []
        (again,) = engine.evaluate(build_snapshot(config, store), now=t0 + timedelta(hours=25))
        assert again.data["repeat"] is True and "still suspended" in again.message
        write_policy(pfile, ("rare-earths", "CN", "US", "resuming"))
        refresh(config, store)
        assert engine.evaluate(build_snapshot(config, store), now=t0 + timedelta(days=3)) == []
        write_policy(pfile, ("rare-earths", "CN", "US", "suspended"))
        refresh(config, store)
        (back,) = engine.evaluate(build_snapshot(config, store), now=t0 + timedelta(days=3))
        assert back.data["previous"] == "resuming" and back.data["repeat"] is False


# --------------------------------------------------------------------------- headline


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


def test_headline_rules_fire_once_per_story_from_the_real_feed(tmp_path: Path) -> None:
    config = config_from(tmp_path, HEADLINE_RULES)
    with Store(tmp_path / "m.db") as store:
        refresh(config, store)
        engine = AlertEngine(config, store)
        fired = engine.evaluate(build_snapshot(config, store))
        tariffs = [a for a in fired if a.rule == "Tariffs"]
        # 9 of the 500 Reuters headlines say tariff(s); "tariffs" matches "tariff" as a plural
        assert len(tariffs) == 9
        # the capture's stories are months old when the test runs: each says its date
        assert all(dated(a.message) and "[published 2026-08-" in a.message for a in tariffs)
        messages = {title_of(a.message) for a in tariffs}
        assert "China urges US to immediately withdraw drone tariffs" in messages
        assert "Carney and Trump speak ahead of 50% US tariff deadline" in messages
        assert all(a.kind == "headline" and a.data["url"].startswith("https://") for a in tariffs)
        (squeeze,) = [a for a in fired if a.rule != "Tariffs"]
        assert squeeze.rule == "headline: squeeze (copper)"
        assert title_of(squeeze.message) == (
            "LME gripped by flash squeeze as copper tensions boil over"
        )
        assert " [published 2026-08-19, " in squeeze.message and squeeze.data["stale"] is True
        assert (squeeze.metal, squeeze.data["matched"]) == ("copper", "squeeze")
        # the next refresh brings the same stories: nothing fires again
        refresh(config, store)
        assert engine.evaluate(build_snapshot(config, store)) == []
        # delivery: one line each on stdout
        out, err = io.StringIO(), io.StringIO()
        assert deliver(fired, config, out=out, err=err) == []
        lines = out.getvalue().splitlines()
        assert len(lines) == 10 and err.getvalue() == ""
        assert title_of(lines[-1]).endswith(
            "INFO    headline: squeeze (copper): "
            "LME gripped by flash squeeze as copper tensions boil over"
        )


def test_headline_flood_is_capped_and_summed_up(tmp_path: Path) -> None:
    config = config_from(tmp_path, HEADLINE_RULES)
    with Store(tmp_path / "m.db") as store:
        refresh(config, store)
        engine = AlertEngine(config, store, max_headline_alerts=3)
        tariffs = [a for a in engine.evaluate(build_snapshot(config, store)) if a.rule == "Tariffs"]
        assert len(tariffs) == 4
        assert tariffs[-1].message == "and 6 more matching headlines (see the alerts log)"
        assert tariffs[-1].data["count"] == 6 and len(tariffs[-1].data["titles"]) == 6


def test_keyword_pattern_words_phrases_plurals_and_stars() -> None:
    p = keyword_pattern(["export ban", "tariff", "sanction*"])
    assert p.search("China's gallium EXPORT BANS widen")
    assert p.search("an export-ban on graphite")
    assert p.search("new tariffs on copper") and not p.search("tariffing")
    assert p.search("sanctioned smelters")
    assert not p.search("exported bananas")


# --------------------------------------------------------------------------- the command hook


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


def test_command_receives_the_alert_json_on_stdin(tmp_path: Path) -> None:
    got = tmp_path / "got.json"
    argv = [
        sys.executable,
        "-c",
        "import sys; open(sys.argv[1], 'w', encoding='utf-8').write(sys.stdin.read()); "
        "open(sys.argv[1] + '.args', 'w', encoding='utf-8').write('\\n'.join(sys.argv[2:]))",
        str(got),
        "{title}",
        "metal={metal}",
    ]
    alert = sample_alert()
    assert deliver_command(alert, argv, timeout=20) is None
    doc = json.loads(got.read_text(encoding="utf-8"))
    assert doc == alert.to_json()
    assert doc["schema"] == "metalwatch.alert/1" and doc["fired_at"] == "2026-05-01T12:00:00Z"
    assert doc["data"]["value"] == 13483.75153846154
    args = Path(f"{got}.args").read_text(encoding="utf-8").splitlines()
    assert args == ["Copper above 10k", "metal=copper"]


def test_command_timeout_stops_the_child(tmp_path: Path) -> None:
    started = time.monotonic()
    problem = deliver_command(
        sample_alert(), [sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.5
    )
    assert time.monotonic() - started < 10
    assert problem is not None and "did not finish within 0.5 s" in problem


def test_command_failure_is_reported_not_raised(tmp_path: Path) -> None:
    failing = [
        sys.executable,
        "-c",
        "import sys; sys.stderr.write('no route to chat\\n'); sys.exit(3)",
    ]
    problem = deliver_command(sample_alert(), failing, timeout=20)
    assert problem is not None
    assert problem.endswith("exited with status 3: no route to chat")
    missing = deliver_command(sample_alert(), [str(tmp_path / "no-such-program")], timeout=5)
    assert missing == f"command not found: {tmp_path / 'no-such-program'}"


def test_hooks_use_the_rule_command_else_the_global_one_and_failures_are_logged(
    tmp_path: Path,
) -> None:
    out_global = tmp_path / "global.jsonl"
    writer = "import sys; f = open(sys.argv[1], 'a', encoding='utf-8'); f.write(sys.stdin.read())"
    app = f"alert_command = {json.dumps([sys.executable, '-c', writer, str(out_global)])}\n"
    body = (
        price_source("FRED copper", "copper", "PCOPPUSDM", COPPER_CSV)
        + '[[alerts]]\nname = "global hook"\nwhen = "price"\nmetal = "copper"\nabove = 10000\n'
        + '[[alerts]]\nname = "own hook"\nwhen = "price"\nmetal = "copper"\nabove = 11000\n'
        + f"command = {json.dumps([sys.executable, '-c', 'import sys; sys.exit(7)'])}\n"
        + '[[alerts]]\nname = "no hook"\nwhen = "price"\nmetal = "copper"\nabove = 12000\n'
        + "command = []\n"
    )
    config = config_from(tmp_path, body, app)
    with Store(tmp_path / "m.db") as store:
        refresh(config, store)
        engine = AlertEngine(config, store)
        fired = engine.evaluate(build_snapshot(config, store))
        assert [a.rule for a in fired] == ["global hook", "own hook", "no hook"]
        err = io.StringIO()
        failed = deliver(fired, config, engine, out=io.StringIO(), err=err)
        assert [(a.rule, p.endswith("exited with status 7")) for a, p in failed] == [
            ("own hook", True)
        ]
        assert "metalwatch: alert 'own hook': command failed:" in err.getvalue()
        (doc,) = [json.loads(ln) for ln in out_global.read_text(encoding="utf-8").splitlines()]
        assert doc["rule"] == "global hook" and doc["data"]["threshold"] == 10000.0
        log = {e["rule"]: e for e in store.load_alerts()}
        assert log["own hook"]["delivery"].startswith("command failed: python")
        assert log["global hook"]["delivery"] is None


def test_run_hooks_skips_alerts_without_a_command() -> None:
    assert run_hooks([sample_alert()]) == []


# --------------------------------------------------------------------------- the log, the store


def test_log_and_state_survive_a_restart(tmp_path: Path) -> None:
    config = config_from(tmp_path, HEADLINE_RULES)
    path = tmp_path / "m.db"
    with Store(path) as store:
        refresh(config, store)
        fired = AlertEngine(config, store).evaluate(build_snapshot(config, store))
        assert len(fired) == 10
    with Store(path) as store:  # a new process, the same file
        log = store.load_alerts()
        assert len(log) == 10
        assert log[0]["message"] == fired[-1].message  # newest first
        assert log[-1]["message"] == fired[0].message
        assert [e["id"] for e in log] == [a.log_id for a in reversed(fired)]
        assert {e["rule"] for e in log} == {"Tariffs", "headline: squeeze (copper)"}
        # and the rules remember what they alerted on
        assert AlertEngine(config, store).evaluate(build_snapshot(config, store)) == []
        assert len(store.load_alerts(limit=3)) == 3


def test_editing_a_rule_starts_it_afresh(tmp_path: Path) -> None:
    config = config_from(tmp_path, HEADLINE_RULES)
    edited = config_from(tmp_path, HEADLINE_RULES.replace('"export ban"', '"export bans"'))
    with Store(tmp_path / "m.db") as store:
        refresh(config, store)
        assert len(AlertEngine(config, store).evaluate(build_snapshot(config, store))) == 10
        again = AlertEngine(edited, store).evaluate(build_snapshot(edited, store))
        assert [a.rule for a in again] == ["Tariffs"] * 9


def test_a_version_1_store_is_migrated_in_place(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with Store(path) as store:
        store.set_meta("theme", "nord")
        store.save_health(SourceHealth("Reuters", "rss", ok=True, items=500))
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE alerts")
    conn.execute("DROP TABLE alert_state")
    conn.execute("DROP TABLE policy_events")
    conn.execute("DROP TABLE pruned_headlines")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.recovered is None
        assert store.pragma("user_version") == SCHEMA_VERSION == 6
        assert store.get_meta("theme") == "nord"
        assert store.load_health()["Reuters"].items == 500
        store.record_alert(sample_alert().to_json())
        assert store.load_alerts()[0]["rule"] == "Copper above 10k"


def test_snapshot_json_carries_the_alerts_of_the_run(tmp_path: Path) -> None:
    config = config_from(tmp_path, HEADLINE_RULES)
    with Store(tmp_path / "m.db") as store:
        refresh(config, store)
        snap = build_snapshot(config, store)
        snap.alerts = [a.to_json() for a in AlertEngine(config, store).evaluate(snap)]
        doc = to_json(snap)
    assert len(doc["alerts"]) == 10
    assert (
        title_of(doc["alerts"][-1]["message"])
        == "LME gripped by flash squeeze as copper tensions boil over"
    )
    assert to_json(build_snapshot(config, Store.memory()))["alerts"] == []


# --------------------------------------------------------------------------- config


def config_errors(tmp_path: Path, body: str, app: str = "") -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_config(write_config(tmp_path, body, app))
    return str(info.value).splitlines()


def test_config_problems_are_located_with_suggestions(tmp_path: Path) -> None:
    body = """
[[alerts]]
when = "prices"
metal = "copper"

[[alerts]]
when = "price"
metal = "coper"
abve = 10000

[[alerts]]
when = "headline"
keywords = ["export ban"]
pct = 3
cooldown = "1h"

[[alerts]]
when = "move"
metal = "aluminium"
pct = -2
window = "6h"

[[alerts]]
when = "policy"
status = "banned"
destination = "USA"
command = 5
"""
    errors = config_errors(tmp_path, body)
    path = tmp_path / "config.toml"
    lines = path.read_text(encoding="utf-8").splitlines()

    def at(text: str, after: int = 0) -> str:
        """``file:line`` of the first line equal to ``text`` after line ``after``."""
        for n, line in enumerate(lines, 1):
            if n > after and line == text:
                return f"{path}:{n}"
        raise AssertionError(text)

    header = int(at('when = "price"').rsplit(":", 1)[1]) - 1  # alerts[2]'s [[alerts]] line
    expected = [
        at('when = "prices"') + ": alerts[1].when: unknown alert kind 'prices'"
        " (did you mean 'price'?); known: price, move, policy, headline",
        at("abve = 10000") + ": alerts[2].abve: unknown key (did you mean 'above'?)",
        f"{path}:{header}: alerts[2]: a 'price' alert needs 'above' or 'below' (or both)",
        at('metal = "coper"') + ": alerts[2].metal: unknown metal id 'coper'"
        " (did you mean 'copper'?)",
        at("pct = 3") + ": alerts[3].pct: does not apply to a 'headline' alert (it is for: move)",
        at('cooldown = "1h"') + ": alerts[3].cooldown: has no effect on this alert"
        " (each story alerts once)",
        at("pct = -2") + ": alerts[4].pct: must be more than zero",
        at('window = "6h"') + ": alerts[4].window: '6h' is shorter than a day:"
        " prices are daily at most, use e.g. '1d' or '1w'",
        at('status = "banned"') + ": alerts[5].status: 'banned' is not one of open, tariff,"
        " licensing, quota, suspended, resuming",
        at('destination = "USA"') + ": alerts[5].destination: 'USA' is not an ISO 3166"
        " alpha-2 code, 'EU' or '*'",
        at("command = 5") + ": alerts[5].command: expected a list of strings (the program,"
        " then its arguments) or a command line",
    ]
    assert errors == expected


def test_config_requirements_and_duplicates(tmp_path: Path) -> None:
    body = """
[[alerts]]
when = "move"
metal = "copper"

[[alerts]]
name = "same"
when = "headline"
keywords = []

[[alerts]]
name = "same"
when = "price"
metal = "copper"
above = 100
below = 200
"""
    errors = config_errors(tmp_path, body, app='alert_command = "notify-send \'unclosed"')
    assert any("app.alert_command: cannot split the command line" in e for e in errors)
    assert any(
        e.endswith("alerts[1].pct: missing: the % move that alerts, e.g. pct = 3") for e in errors
    )
    assert any(
        e.endswith("alerts[2].keywords: expected a list of words or phrases, none empty")
        for e in errors
    )
    assert any(
        e.endswith("alerts[3].above: above (100) must be more than below (200)") for e in errors
    )


def test_config_commands_and_defaults(tmp_path: Path) -> None:
    body = """
[[alerts]]
when = "price"
metal = "copper"
above = 10000
command = "./hooks/notify.sh --title '{title}'"
severity = "error"

[[alerts]]
when = "headline"
keywords = ["export controls"]
enabled = false
"""
    config = config_from(
        tmp_path,
        body,
        app='alert_command = ["notify-send", "{title}"]\nbell = true\nalert_timeout = "5s"',
    )
    (rule,) = config.alerts
    assert rule.name == "copper above 10000"
    assert rule.command == (str(tmp_path / "hooks/notify.sh"), "--title", "{title}")
    assert rule.severity == "error" and rule.cooldown is None and rule.window == 86400.0
    assert config.app.alert_command == ("notify-send", "{title}")
    assert config.app.bell is True and config.app.alert_timeout == 5.0
    assert "1 alert rule" in __import__("tui.core.config", fromlist=["describe"]).describe(config)


def test_the_shipped_configs_still_load() -> None:
    assert load_config().alerts == ()
    assert load_config(demo=True).demo is True


def test_a_json_line_stays_one_line_for_a_line_reader() -> None:
    """Noticed by the life audit: `watch --json` (and the JSON a command reads on stdin) kept
    U+2028 raw, and `str.splitlines` (as JavaScript before ES2019) split the record there."""
    import json

    from tui.core.fmt import json_line

    value = {"title": "Copper\u2028falls\u2029again\x85 — café", "n": 1}
    line = json_line(value)
    assert len(line.splitlines()) == 1 and json.loads(line) == value
    assert "café" in line and "—" in line, "the rest stays as it is, not ASCII-escaped"
