"""A story's stored key zeroed in place, through ``snapshot --json`` (in-process through
``tui.cli.main``) on a real store file and a real feed (tests/fixtures/refresh): offline the
story is left out and said; a refresh that reads the feed again (changed since) stores it
once, under its true key, and the next snapshots show it once and say nothing. Before, it was
shown through the damage and never said. Zeroed in its row alone (its index entry whole) and in
its index entry too (tests/unit/test_store_zeroed_identity.py says why both)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_cli_helpers import run_cli
from store_faults import zero_key_tail
from test_store_zeroed_said_once import SAID, _config

from tui.core.paths import store_path

LINK = (
    b"https://theguardian.com/us-news/2018/jan/31/"  # its key: the link made canonical
    b"donald-trump-state-of-the-union-address-unity-discord"
)
TITLE = "Trump State of the Union address promised unity but emphasized discord"


def _snapshot(
    capsys: pytest.CaptureFixture[str], config: object, *more: str
) -> tuple[list[str], list[str]]:
    code, out, err, _ = run_cli(capsys, "snapshot", "--config", str(config), "--json", *more)
    assert code == 0, err
    data = json.loads(out)
    titles = [str(h["title"]) for h in data["headlines"]]
    return titles, [str(n) for n in data["notes"] if str(n).startswith(SAID)]


def _zero(store: Path, finds: list[bytes]) -> None:
    """The tail of the story's key zeroed where ``finds`` hold it as a key."""
    zero_key_tail(store, finds, LINK, 20)


@pytest.mark.parametrize("index_too", [False, True], ids=["row", "row and index"])
def test_a_zeroed_key_is_said_then_the_story_shown_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], index_too: bool
) -> None:
    config = _config(tmp_path)
    before, said = _snapshot(capsys, config)
    assert before.count(TITLE) == 1 and not said
    finds = [LINK + TITLE.encode()] + ([b"Guardian" + LINK] if index_too else [])
    _zero(store_path(), finds)
    titles, said = _snapshot(capsys, config, "--offline")
    assert TITLE not in titles and said == [f"{SAID}: 1 story"]
    assert len(titles) == len(before) - 1, "nothing else left out"
    feed = tmp_path / "feed.xml"  # the feed changed: read again, the story in it
    feed.write_text(feed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    titles, said = _snapshot(capsys, config)  # a refresh: the feed serves the story again
    assert sorted(titles) == sorted(before), "stored once"
    titles, said = _snapshot(capsys, config)
    assert sorted(titles) == sorted(before) and not said
    titles, said = _snapshot(capsys, config, "--offline")
    assert sorted(titles) == sorted(before) and not said
