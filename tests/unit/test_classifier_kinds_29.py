"""A headline read the same whatever its surface form (session 18), in made-up phrasings: the
kinds of breakage the invariance audit (``benchmarks/invariance.py``) showed on the studied
rows, each fixed as a kind.

- an outlet's name after the title (" - Reuters", " | Mining.com", " — Bloomberg") was read
  as part of the news ("Mining" made a steel quota a mining quota);
- Title Case and capitals: a capitalised word counted as a name ("Vietnam Amends Law To Ban"
  read a plan; "Deal Bans" read no verb), "From 7.5% To 12.5%" kept the old rate, "ADD On"
  was not read as an anti-dumping duty;
- "25 per cent", "25 pct" and "anti dumping" read apart from "25%" and "anti-dumping";
- "bans Russia's gold" and "imports of Russia's aluminium" lost the origin "Russian gold" has;
- "Zimbabwe's lithium export ban raises fears" read as speculation or market news where "ban
  on lithium exports raises fears" read the ban;
- "Adjusting Aluminum Imports" read no measure where "Adjusting Imports of Aluminum" did.

Beside them: an investment call on tariff news and mining facing a ban report no measure (kept
so when the outlet's name is dropped and capitals are read apart). First time, on the engine
before the change: the forms agreed in 6 of the 11 pairs, and the cases were read
right in 8 of 13.
"""

from __future__ import annotations

import pytest
from kinds_cases import METALS, Want, case_ids, check_kind, headline_cases

from tui.engine.classifier import classify

#: (title, summary, want)
CASES: list[tuple[str, str, Want]] = [
    ("Canada sets steel import quotas | Mining.com", "", ("quota", "*", "CA", False)),
    ("Brazil updates aluminium import quotas - Reuters", "", ("quota", "*", "BR", False)),
    ("Vietnam Amends Law To Ban Exports Of Raw Graphite", "", ("suspended", "VN", "*", False)),
    ("Ghana's New Gold Deal Bans Raw Export Of Ore", "", ("suspended", "GH", "*", False)),
    ("Mexico imposes anti dumping duty on Chinese steel", "", ("tariff", "CN", "MX", False)),
    ("Japan bans Russia's aluminium imports", "", ("suspended", "RU", "JP", False)),
    ("Canada to block imports of Russia's nickel", "", ("suspended", "RU", "CA", False)),
    ("Govt slaps duty on China's copper tube imports", "", ("tariff", "CN", "*", False)),
    (
        "Bolivia's tin export ban raises fears over supply",
        "Bolivia has banned the export of tin concentrate to support local smelters.",
        ("suspended", "BO", "*", False),
    ),
    ("Adjusting Copper Imports Into the United States", "", ("tariff", "*", "US", False)),
    # beside them: no measure
    ("Copper tariffs split the market: buy Teck, sell Glencore", "", None),
    ("Tin Mining In Northern Myanmar Faces Long Ban", "", None),
    ("Tin mining in northern Myanmar faces long ban", "", None),
]

#: The same news in two surface forms: read the same.
PAIRS: list[tuple[str, str]] = [
    ("Chile raises copper export tax to 8%", "CHILE RAISES COPPER EXPORT TAX TO 8%"),
    ("Peru raises zinc export tax to 5 per cent", "Peru raises zinc export tax to 5%"),
    ("Peru raises zinc export tax to 5 pct", "Peru raises zinc export tax to 5%"),
    (
        "Import duty on silver raised from 10% to 15%",
        "Import Duty On Silver Raised From 10% To 15%",
    ),
    (
        "India seeks to impose ADD on aluminium wheels from China",
        "India Seeks To Impose ADD On Aluminium Wheels From China",
    ),
    ("US doubles tariffs on steel to 50%", "US doubles tariffs on steel to 50% — Bloomberg"),
    ("Turkey to ban copper scrap exports", "Turkey to ban copper scrap exports | Mining.com"),
    ("EU bans Russian nickel", "EU bans Russia's nickel"),
    ("UK to block imports of Russian copper", "UK to block imports of Russia's copper"),
    (
        "Bolivia's ban on tin exports raises fears over supply",
        "Bolivia's tin export ban raises fears over supply",
    ),
    (
        "Adjusting Imports of Copper Into the United States",
        "Adjusting Copper Imports Into the United States",
    ),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("one", "other"), PAIRS, ids=case_ids(PAIRS))
def test_the_forms_read_the_same(one: str, other: str) -> None:
    first, second = classify(one, "", METALS), classify(other, "", METALS)
    assert first is not None
    assert second is not None
    assert (first.status, first.origin, first.destination, first.metals, first.rate_pct) == (
        second.status,
        second.origin,
        second.destination,
        second.metals,
        second.rate_pct,
    )
