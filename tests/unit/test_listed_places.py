"""A measure on several countries at once goes to each corridor: "US slaps steel, aluminum
tariffs on Canada, Mexico and EU" gave only CA -> US (the labelled sets' first named), so the
board had no row for Mexico or the EU (found by the board's audit over real sequences). The
headline's own reading is unchanged; the board gives each listed corridor the same evidence."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tui.core.config import parse_config
from tui.core.gazetteer import Gazetteer
from tui.core.models import Headline, PolicyEvent
from tui.engine.listed_places import also_corridors
from tui.flow.snapshot import build_snapshot, to_json
from tui.store import Store


@pytest.mark.parametrize(
    ("title", "origin", "destination", "added"),
    [
        ("US slaps steel, aluminum tariffs on Canada, Mexico and EU", "CA", "US",
         (("MX", "US"), ("EU", "US"))),
        ("Trump imposes tariffs on steel from Canada, Mexico, EU", "CA", "US",
         (("MX", "US"), ("EU", "US"))),
        ("China bans gallium exports to US, Japan and South Korea", "CN", "US",
         (("CN", "JP"), ("CN", "KR"))),
        ("Canada and Mexico exempt from US steel tariffs", "CA", "US", (("MX", "US"),)),
        # one country, or places that are not one list: nothing added
        ("China bans gallium exports to US", "CN", "US", ()),
        ("Canada hits back at US steel tariffs, Mexico weighs response", "US", "CA", ()),
        # both sides in one list are the parties of a deal, not a list of exporters
        ("US, Canada and Mexico reach deal ending steel tariffs", "CA", "US", ()),
        # adjectives of origin are the classifier's own reading
        ("Canadian, Mexican steel hit by US tariffs", "CA", "US", ()),
    ],
)  # fmt: skip
def test_the_corridors_a_list_adds(
    title: str, origin: str, destination: str, added: tuple[tuple[str, str], ...]
) -> None:
    event = PolicyEvent(("steel",), origin, destination, "tariff")
    assert also_corridors(title, event, Gazetteer.default()) == added


def test_each_listed_exporter_gets_its_row_through_the_store_and_snapshot(tmp_path: Path) -> None:
    config = parse_config(
        {
            "metals": [{"id": "steel", "name": "Steel"}],
            "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/f.xml"}],
        },
        None,
    )
    day = datetime(2018, 5, 31, 14, tzinfo=timezone.utc)
    title = "US slaps steel tariffs on Canada, Mexico and EU"
    with Store(tmp_path / "s.sqlite3") as store:
        store.save_headlines("news", [Headline(title, "https://e.org/1", "news", day)], seen_at=day)
        snap = build_snapshot(config, store, now=day + timedelta(days=2))
    corridors = {(r.origin, r.destination): r for r in snap.policy}
    assert set(corridors) == {("CA", "US"), ("MX", "US"), ("EU", "US")}
    assert all(r.status == "tariff" and len(r.evidence) == 1 for r in corridors.values())
    (story,) = to_json(snap)["headlines"]
    event = story["policy_event"]
    assert (event["origin"], event["destination"]) == ("CA", "US"), "the reading itself stays"
