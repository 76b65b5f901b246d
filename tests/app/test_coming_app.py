"""A measure announced for a later day, on screen: the policy table says "from <day>" (the
status it will take on a row with nothing in force, beside the current status otherwise), and
the evidence screen says it is not in force yet."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

from rich.text import Text

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.models import PolicyStatus
from tui.ui.app import MetalwatchApp
from tui.ui.screens.evidence import evidence_text
from tui.ui.widgets.policy import PolicyPanel


def _cells(panel: PolicyPanel, key: str) -> dict[str, str]:
    row = panel.table.get_row(key)
    names = panel.table.column_keys()
    return {n: c.plain if isinstance(c, Text) else str(c) for n, c in zip(names, row, strict=True)}


def user_config(tmp_path: Path) -> tuple[Path, str, str]:
    """A local feed of two headlines published yesterday that name later days, and a declared
    25% tariff in force on one of the corridors."""
    now = datetime.now(timezone.utc)
    published = format_datetime(now - timedelta(days=1), usegmt=True)
    ban_day = (now + timedelta(days=21)).date()
    hike_day = (now + timedelta(days=10)).date()
    items = [
        f"Chile bans copper exports to the US from {ban_day:%B} {ban_day.day}",
        f"US raises tariff on Chinese copper to 50%, effective {hike_day:%B} {hike_day.day}",
    ]
    body = "".join(
        f"<item><title>{t}</title><link>https://example.com/{i}</link>"
        f"<pubDate>{published}</pubDate></item>"
        for i, t in enumerate(items)
    )
    (tmp_path / "feed.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{body}</channel></rss>',
        encoding="utf-8",
    )
    text = (
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[sources]]\nname = "local"\nkind = "rss"\nurl = "feed.xml"\n\n'
        '[[policy]]\nmetal = "copper"\norigin = "CN"\ndestination = "US"\nstatus = "tariff"\n'
        "rate_pct = 25\nsince = 2025-03-12\n"
    )
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path, ban_day.isoformat(), hike_day.isoformat()


async def test_the_policy_table_says_from_the_day(tmp_path: Path) -> None:
    path, ban_day, hike_day = user_config(tmp_path)
    app = MetalwatchApp(load_config(path), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(240, 50)) as pilot:
        await settle(app, pilot)
        policy = app.query_one(PolicyPanel)
        assert {"copper|CL|US", "copper|CN|US"} <= set(policy.row_objects)

        ban = _cells(policy, "copper|CL|US")
        assert ban["status"].endswith("suspended (coming)"), ban
        assert ban["since"] == "—", "nothing in force: no day since"
        assert ban["flags"].startswith(f"from {ban_day}"), ban

        hike = _cells(policy, "copper|CN|US")
        assert hike["status"].endswith("tariff 25%"), "the declared tariff is still in force"
        assert hike["since"] == "2025-03-12"
        assert hike["flags"].startswith(f"from {hike_day}: $tariff 50%"), hike

        row = policy.row_objects["copper|CL|US"]
        assert isinstance(row, PolicyStatus)
        text = evidence_text(row).plain
        assert f"from {ban_day}" in text and "not in force yet" in text and "since" not in text
        row = policy.row_objects["copper|CN|US"]
        assert isinstance(row, PolicyStatus)
        text = evidence_text(row).plain
        assert "since 2025-03-12" in text and f"Coming: $ tariff 50%  from {hike_day}" in text


async def test_the_status_column_reads_coming_whole_when_there_is_room(tmp_path: Path) -> None:
    """At 120 columns the status column widens past its narrowest (16 cells), so "(coming)"
    is read whole; at 80 it keeps 16, where "(coming)" was cut ("✖ suspended (co…"): the
    status is said whole without it, and the flags start with the day (the Since column's "—"
    and the day say it is to come)."""
    path, ban_day, _hike_day = user_config(tmp_path)
    for size, whole in (((120, 40), True), ((80, 24), False)):
        app = MetalwatchApp(load_config(path), store_path=tmp_path / f"store{size[0]}.sqlite3")
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            policy = app.query_one(PolicyPanel)
            width = policy.status_width()
            ban = _cells(policy, "copper|CL|US")
            assert width >= len(ban["status"]), (size, width, ban["status"])  # never cut
            assert ban["status"].endswith(" (coming)") is whole, (size, ban["status"])
            assert ban["since"] == "—", ban
            assert ban["flags"].startswith(f"from {ban_day}"), ban


def test_the_story_view_gives_the_day_it_takes_effect() -> None:
    from datetime import date

    from tui.core.models import PolicyEvent, Story
    from tui.ui.screens.story import story_text

    now = datetime(2031, 5, 20, 12, tzinfo=timezone.utc)
    event = PolicyEvent(("copper",), "CL", "US", "suspended", effective=date(2031, 6, 4))
    story = Story(
        "s",
        "Chile bans copper exports to the US from June 4",
        None,
        "wire",
        now,
        "",
        ("copper",),
        (),
        policy_event=event,
    )
    assert "takes effect 2031-06-04" in story_text(story, now).plain
    later = now + timedelta(days=30)
    assert "took effect 2031-06-04" in story_text(story, later).plain
    plan = Story(
        "s",
        "Chile may ban copper exports from June 4",
        None,
        "wire",
        now,
        "",
        ("copper",),
        (),
        policy_event=PolicyEvent(
            ("copper",), "CL", "US", "suspended", proposed=True, effective=date(2031, 6, 4)
        ),
    )
    assert "would take effect 2031-06-04" in story_text(plan, now).plain
