"""A plan, then its decision or its undoing a day or two later, in nearly the same words: two
stories, so the board shows what holds now (they were one story, which kept the plan's title
and event: the board said "proposed" over a measure in force). Through a real store and the
snapshot."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tui.core.config import parse_config
from tui.core.models import Headline
from tui.flow.snapshot import build_snapshot
from tui.store import Store

T0 = datetime(2031, 3, 1, 9, 0, tzinfo=timezone.utc)


def _config():  # type: ignore[no-untyped-def]
    return parse_config(
        {
            "metals": [{"id": "nickel", "name": "Nickel"}, {"id": "steel", "name": "Steel"}],
            "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/f.xml"}],
        },
        None,
    )


@pytest.mark.parametrize(
    ("plan", "then", "want"),
    [
        (
            "Indonesia to ban nickel ore exports, sources say",
            "Indonesia bans nickel ore exports",
            ("nickel", "suspended", False, date(2031, 3, 2)),
        ),
        (
            "India proposes 12% safeguard duty on steel imports",
            "India imposes 12% safeguard duty on steel imports",
            ("steel", "tariff", False, date(2031, 3, 2)),
        ),
        ("Indonesia plans to ban nickel ore exports", "Indonesia scraps plan to ban nickel ore exports", None),
    ],
)  # fmt: skip
def test_the_board_shows_what_holds_after_the_plan(
    tmp_path: Path, plan: str, then: str, want: tuple[str, str, bool, date] | None
) -> None:
    first = Headline(plan, "https://a.example/1", "news", T0)
    second = Headline(then, "https://b.example/2", "news", T0 + timedelta(days=1))
    with Store(tmp_path / "s.sqlite3") as store:
        store.save_headlines("news", [first, second], seen_at=T0 + timedelta(days=1))
        snap = build_snapshot(_config(), store, now=T0 + timedelta(days=2))
    assert sorted(s.title for s in snap.stories) == sorted([plan, then]), "two stories"
    if want is None:
        assert snap.policy == []
        return
    (row,) = snap.policy
    assert (row.metal, row.status, row.proposed, row.since) == want
