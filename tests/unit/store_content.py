"""What the tests of tui.store share: real content to store and read back (a Guardian US RSS
capture, Federal Register documents, a FRED copper series, as the parsers would give them) and a
store of the test's own.
"""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from tui.core.models import Headline, PriceSeries
from tui.core.text import clean_summary, clean_title
from tui.store import Store

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "store"
UTC = timezone.utc
SEEN = datetime(2018, 2, 1, 9, 0, tzinfo=UTC)


def guardian_headlines() -> list[Headline]:
    """The 55 items of a real Guardian US RSS capture, as a feed parser would give them."""
    root = ET.parse(FIX / "guardian_us.rss.xml").getroot()
    out = []
    for item in root.iter("item"):
        out.append(
            Headline(
                title=clean_title(item.findtext("title")),
                url=item.findtext("link"),
                source="guardian",
                published=parsedate_to_datetime(item.findtext("pubDate") or ""),
                summary=clean_summary(item.findtext("description")),
                outlet="The Guardian",
                guid=item.findtext("guid"),
                canonical_url=item.findtext("link"),
            )
        )
    return out


def federal_register_headlines() -> list[Headline]:
    data = json.loads((FIX / "federalregister_search-newest-page-one.json").read_text())
    return [
        Headline(
            title=r["title"],
            url=r["html_url"],
            source="federal-register",
            published=datetime.fromisoformat(r["publication_date"]).replace(tzinfo=UTC),
            official=True,
            doc_type=r["type"],
            agencies=tuple(a["name"] for a in r["agencies"]),
            guid=r["document_number"],
            outlet="Federal Register",
        )
        for r in data["results"]
    ]


def fred_copper() -> PriceSeries:
    with (FIX / "fred_PCOPPUSDM_2026-05.csv").open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    points = tuple((date.fromisoformat(r["observation_date"]), float(r["PCOPPUSDM"])) for r in rows)
    return PriceSeries(
        source="fred-copper",
        symbol="PCOPPUSDM",
        unit="USD/t",
        points=points,
        metal="copper",
        frequency="monthly",
        kind="monthly-average",
        source_kind="fred",
        currency="USD",
        note="IMF global price",
    )


@pytest.fixture(name="store")
def store_fixture(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "cache" / "metalwatch.db")
    yield s
    s.close()
