"""An aggregator's item with no source element, its outlet written after its title ("- Mining
Weekly", "- Steel Times International", "| Metal Bulletin"): the title is shown clean and the
outlet goes to its column, as for a source element's or a domain's name. A tail that only
looks like a name stays in the title: a place's name at its end ("- The Times of India" stays,
the classifier still leaves it out), a clause ("- Canada Imposes Steel Quotas", "- the metal of
the moment"), a head of fewer than three words. Made-up feeds written here."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import feeds

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)
SRC = SourceConfig(name="aggregator", kind="rss", url="https://agg.example.com/feed.xml")


def parsed(title: str) -> tuple[str, str | None]:
    body = (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Agg</title>"
        f"<item><title>{title}</title><link>https://agg.example.com/a</link>"
        "<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate></item></channel></rss>"
    )
    (story,) = feeds.parse(body.encode(), SRC, fetched_at=NOW).headlines
    return story.title, story.outlet


@pytest.mark.parametrize(
    ("written", "title", "outlet"),
    [
        (
            "Zambia caps copper exports - Mining Weekly",
            "Zambia caps copper exports",
            "Mining Weekly",
        ),
        (
            "Chile raises copper royalty - Steel Times International",
            "Chile raises copper royalty",
            "Steel Times International",
        ),
        ("India cuts gold duty | Metal Bulletin", "India cuts gold duty", "Metal Bulletin"),
        ("Nickel ore ban extended — Kitco News", "Nickel ore ban extended", "Kitco News"),
    ],
)
def test_an_outlets_name_after_the_title_goes_to_its_column(
    written: str, title: str, outlet: str
) -> None:
    assert parsed(written) == (title, outlet)


@pytest.mark.parametrize(
    "written",
    [
        "Govt curbs scrap exports - The Times of India",
        "Steel prices jump - Canada Imposes Steel Quotas",
        "Copper - the metal of the moment",
        "Tariffs - Mining Weekly",
        "Gold rallies as dollar slips - Traders Reacted Calmly",
    ],
)
def test_a_tail_that_is_not_an_outlets_name_stays(written: str) -> None:
    assert parsed(written) == (written, "Agg")


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("Zambia caps copper exports | Mining", "Zambia caps copper exports"),
        ("Chile raises copper royalty | Base Metals", "Chile raises copper royalty"),
        ("Gold imports surge in Asia | China", "Gold imports surge in Asia | China"),
        ("Tariffs bite | Steel", "Tariffs bite | Steel"),
        ("Copper demand rises - Mining", "Copper demand rises - Mining"),
    ],
)
def test_a_sites_section_after_a_pipe_comes_off_the_title(written: str, title: str) -> None:
    """A site's section after a pipe ("| Mining", "| Base Metals") is no part of the headline:
    off the title, the outlet left as it was. A place's name, a head of two words, a dash
    instead of a pipe: kept."""
    assert parsed(written) == (title, "Agg")
