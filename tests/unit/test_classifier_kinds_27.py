"""The kinds of the fourteenth blind set's misses (session 17), in made-up phrasings, aimed at
the kind, never at a headline's words.

- **Blocking that is no trade measure**: a government blocking a takeover, a bid or a rescue,
  a court blocking someone's bid to reach assets, an exchange pausing trading in a metal,
  reserves or savings frozen by sanctions: none stops goods at a border (no event).
- **Talk about a measure read as the measure**: what tariffs in force will do to many countries
  or suppliers (an explainer), countermeasures named with no instrument and no act (talk of
  retaliation), a lede asking whether a measure will come, sides that failed to agree on a
  change (found after merging main's session-17 eliminations, which read the change as done), a
  government "open to" changing a measure (a stance, found after merging main's paraphrase
  round), a
  quota's use told as a share of it,
  another bloc's carbon or emissions rules tightened (no licence on trade): no event.
- **Missed measures**: a metal "in [a leader]'s tariff crosshairs" is a proposed tariff, and so
  is a government's threat on a metal told after market words ("shares slip after X threatens
  tariffs on copper"; a threat after a price move that names no metal stays market news); a
  "Presidential Proclamation" on metal goods, titled as a noun phrase, is the US tariff act.
- **Plans read as enacted**: "is going to double tariffs" is a plan; "moves to restrict ..."
  whose lede says the government "plans to" is proposed (a "moves to" whose lede tells the act
  stays enacted, as the labelled sets read it).

Left as the labelled sets read it: a country named in a measure's purpose clause ("raises
duties to stem Chinese imports") is the origin (the labelled real sets label it so two to one).

First time, on the engine before the change (``9a9edbe``): 0 of the 27 new-kind cases passed
(each read as the measure, or as no event for the missed ones); the 7 neighbours beside them
7 of 7; now 33 of 34, one crosshairs case after market words vetoed by the learned gate since
the merge of main's session-17 kinds (strict xfail; the rules read it right).
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, check_kind, headline_cases

#: (title, summary, want)
CASES: list[object] = [
    # --- blocking that is no trade measure ---------------------------------------------------
    ("Berlin blocks Chinese bid for German steel maker", "", None),
    ("Dutch court blocks Kremlin's bid to reclaim $2 billion in Russian gold", "", None),
    ("UK court blocks ex-president's bid to access $500 million in Afghan gold", "", None),
    (
        "Tin's chaos is a warning to Wall Street",
        "After a three-day pause, traders can trade tin again on the London Metal Exchange. "
        "Volatility persists.",
        None,
    ),
    (
        "Kazakhstan lifts gold share in its sovereign fund",
        "The ministry raised the gold the fund may hold, with much of its reserves frozen by "
        "Western sanctions.",
        None,
    ),
    # --- talk about a measure read as the measure ---------------------------------------------
    ("India's Steel Duties Will Affect Dozens of Suppliers", "", None),
    ("EU Aluminium Tariffs Will Impact Many Countries", "", None),
    ("Canada steps up trade countermeasures in response to new US aluminium curbs", "", None),
    ("Japan ramps up policy countermeasures in reply to EU steel safeguard", "", None),
    (
        "Uncertainty hangs over gallium shipments after trade truce",
        "Traders were asking whether China might resume gallium exports to the US after the truce.",
        None,
    ),
    ("India aluminium quota utilisation reaches 75% of permitted imports", "", None),
    ("EU steel safeguard quotas 80% used up by March", "", None),
    ("Korean steel makers under threat as Europe tightens carbon rules", "", None),
    ("Turkish aluminium exporters face squeeze as Britain tightens carbon rules", "", None),
    (
        "Canada and the US failed to agree on a path for lifting aluminium tariffs at the summit",
        "",
        None,
    ),
    ("EU, Japan talks fail to reach deal on scrapping steel duties", "", None),
    # a government open to changing a measure (found after merging main's paraphrase round)
    ("Canada open to revising aluminium duties, trade minister says", "", None),
    ("EU open to easing steel quotas for Ukraine", "", None),
    # --- missed measures ----------------------------------------------------------------------
    ("Nickel lands in Washington's tariff crosshairs", "", ("tariff", "*", "US", True)),
    (
        "Stocks in focus as aluminium comes in Trump's tariff crosshairs",
        "",
        ("tariff", "*", "US", True),
    ),
    # a market lead-in, then a government's threat on a metal named after it: the threat
    (
        "Shares slip after Trump threatens tariffs on imported copper",
        "",
        ("tariff", "*", "US", True),
    ),
    pytest.param(
        "Miners rally as nickel lands in Washington's tariff crosshairs",
        "",
        ("tariff", "*", "US", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the learned gate vetoes it after the merge of main's session-17 kinds (17%, "
            "threshold 0.189): the rules read it right",
        ),
    ),
    ("Presidential Proclamation: Copper Derivative Products", "", ("tariff", "*", "US", False)),
    ("New Presidential Proclamation on Aluminum Imports", "", ("tariff", "*", "US", False)),
    # --- plans read as enacted ----------------------------------------------------------------
    (
        "Trump says he's going to raise tariffs on foreign copper to 50%",
        "",
        ("tariff", "*", "US", True),
    ),
    (
        "Japan moves to restrict aluminium scrap exports",
        "Tokyo plans to curb aluminium scrap exports by 2027 to feed domestic recyclers.",
        ("licensing", "JP", "*", True),
    ),
    (
        "Canada moves to restrict steel scrap exports",
        "Ottawa plans to limit steel scrap exports from 2027 to support domestic mills.",
        ("licensing", "CA", "*", True),
    ),
    # --- neighbours that keep their reading ---------------------------------------------------
    ("Germany blocks Russian aluminium imports", "", ("suspended", "RU", "DE", False)),
    (
        "Peru moves to curb zinc concentrate exports",
        "Peru has imposed licences on zinc concentrate exports from this month.",
        ("licensing", "PE", "*", False),
    ),
    ("EU tightens licensing rules for Russian steel imports", "", ("licensing", "RU", "EU", False)),
    ("Mexico raises aluminium duties to stem Chinese imports", "", ("tariff", "CN", "MX", False)),
    ("Canada imposes countermeasure tariffs on US steel", "", ("tariff", "US", "CA", False)),
    ("Brazil cuts steel import quotas by 20%", "", ("quota", "*", "BR", False)),
    ("Gold soars as Trump threatens fresh tariffs on Europe", "", None),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
