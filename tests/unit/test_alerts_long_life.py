"""A headline rule over a long life: months of matching stories in the store (retention 365
days, up to 20,000 stories), evaluated at every refresh. A real store and snapshot."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tui.core.config import load_config
from tui.core.models import Headline
from tui.flow.alert_model import MAX_REMEMBERED
from tui.flow.alerts import AlertEngine
from tui.flow.snapshot import build_snapshot
from tui.store import Store


def test_a_rule_matching_more_stories_than_it_remembered_does_not_fire_them_again(
    tmp_path: Path,
) -> None:
    """Found by the audit: a headline rule remembered the last 5,000 keys it saw (each story's
    id and its outlets' URLs), while the store keeps a year of stories. With 3,000 stories
    matching "copper" (6,000 keys) stored, every refresh found 500 of them forgotten and fired
    them again: 10 toasts and "and 490 more matching headlines" (and the commands) at each
    refresh, for good. Every story still shown is remembered now; the count bounds only the
    others."""
    (tmp_path / "news.xml").write_text(
        "<rss version='2.0'><channel><title>t</title></channel></rss>"
    )
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        '[app]\nretention_days = 365\n\n[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[sources]]\nname = "My news"\nkind = "rss"\nurl = "news.xml"\n\n'
        '[[alerts]]\nname = "copper news"\nwhen = "headline"\nkeywords = ["copper"]\n',
        encoding="utf-8",
    )
    config = load_config(config_path)
    now = datetime.now(timezone.utc)
    stories = 3000
    assert 2 * stories > MAX_REMEMBERED
    with Store(tmp_path / "store.sqlite3") as store:
        store.save_headlines(  # four months of copper news, one an hour
            "My news",
            [
                Headline(
                    f"Copper story {i} from mine {i * 7}",
                    f"https://e.org/{i}",
                    "My news",
                    now - timedelta(hours=i),
                )
                for i in range(stories)
            ],
            seen_at=now,
        )
        engine = AlertEngine(config, store)
        first = engine.evaluate(build_snapshot(config, store))
        assert len(first) == 11
        assert first[-1].message == "and 2990 more matching headlines (see the alerts log)"
        for _ in range(3):  # the refreshes after: nothing new, nothing fires
            assert engine.evaluate(build_snapshot(config, store)) == []
        assert AlertEngine(config, store).evaluate(build_snapshot(config, store)) == []

        # once the stories are gone from the store (pruned), the memory shrinks back
        store.prune(max_age_days=1, max_stories=20000, now=now + timedelta(days=3))
        assert engine.evaluate(build_snapshot(config, store)) == []
        (state,) = store.load_alert_states().values()
        assert len(json.loads(state)["seen"]) == MAX_REMEMBERED
