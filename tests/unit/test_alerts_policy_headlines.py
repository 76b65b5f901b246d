"""Alerts on policy changes and headlines from real data to delivery: no repeats, cool-down, a
flood of headlines capped, keyword patterns.

Data flows as in the app: a config file -> the real Refresher reading local files (real FRED
CSVs, a real RSS capture, a policy file) -> the store -> build_snapshot -> AlertEngine ->
delivery (``deliver`` lines, ``run_hooks`` commands).
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from pathlib import Path

from alerts_data import HEADLINE_RULES, UTC, config_from, refresh

from tests.story_titles import dated, title_of
from tui.core.config_types import Config
from tui.flow.alerts import AlertEngine, keyword_pattern
from tui.flow.snapshot import build_snapshot
from tui.flow.watch import deliver
from tui.store import Store


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
