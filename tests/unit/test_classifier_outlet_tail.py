"""An outlet's name after a title, or a tag in brackets at its end, is not the news.

Aggregators and some feeds end a title with its outlet (" - Mining Weekly", " - Steel Times
International", " - The Times of India"), and some outlets tag it ("(Reuters)", "(Updated)",
"[Video]"). The rules dropped a tail only when it held none of their words and no verb's form,
so an outlet named with "Steel", "Mining", "Metal", "News" or "Review", or a country, was read as
part of the news: "Steel Times International" named steel in every headline, "Mining Weekly"
made an import quota a quota on mining, "The Times of India" named India as a side. Found by
rewriting the studied rows with such tails: " - Steel Times International" kept 1352 of 1956
rewritings (117 events made from news that is none), " - Mining Review Africa" 1899, " - Mining
Weekly" 1924, " - The Times of India" 1936, "(Updated)" 1949; the invariance audit's "outlet
tail" transform (one tail per row, a site's section after a pipe among them) kept 1826 of
1956 and keeps every one now
(``tui/engine/classifier_outlet_tail.py``).

The made-up cases below were written and their labels committed before the engine read them
(two of the first batch's labels then set to the test watch list, where bauxite is a metal of
its own, and to the sets' convention of no rate for a duty cut, kinds 103: the engine's readings
of those bare titles were right). First reading, on main at 3875d54b: **97 of 123**. Of the 26
misses, 15 were this kind (the outlet or tag read as news) and 11 one bare case and its ten
tailed forms, "Nickel prices surge after Indonesia's ore export ban", labelled the measure and
read as market news over the measure's backdrop. A rule reading such a move "after" a place's
measure named by a noun was tried and taken out: it changed the rules' reading of a labelled
non-measure (rhe-068, "Germanium Price Hits Record High Amid China's Export Restrictions",
labelled no event), which moved the learned gate and lost a studied row (rho-076), and the
engine's own written convention reads "Cobalt jumps after Congo export ban" as the ban's
backdrop (``classifier_market_acts``) where the sets read "Prices Surge After Trump's Tariff"
as the measure (rh-048): a dispute for the owner, kept below as strict ``xfail``. After: every
tail case right (the Nickel case moved to the disputed ones); labelled rows 0 gained, 0 lost.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import headline_cases
from kinds_exact import check_exact

#: Made-up headlines, each labelled as the title without its tail reads.
BARE: list[Any] = [
    (
        "Canada announces tariff-rate quotas on steel imports",
        "",
        ("quota", "*", "CA", False, "steel", None),
    ),
    (
        "Indonesia bans bauxite exports from June",
        "",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "Gold import duty cut to 6% in budget",
        "",
        ("resuming", "*", "*", False, "gold", None),
    ),
    ("Copper price climbs on supply worries", "", None),
    ("Nickel miners struggle as prices slump", "", None),
    (
        "Chile raises royalty on large copper miners",
        "",
        None,
    ),
]

#: A second batch, in the shapes the audit's rewritings were read apart in (a measure inside
#: market news, a short passive title, a plan, a government named by no country), written and
#: committed before the engine read them.
BARE += [
    ("Export of unwrought tin banned", "", ("suspended", "*", "*", False, "tin", None)),
    (
        "Zambia lays out copper export quota plan",
        "",
        ("quota", "ZM", "*", True, "copper", None),
    ),
    ("Govt bans export of raw graphite", "", ("suspended", "*", "*", False, "graphite", None)),
    (
        "Duty on export of aluminium scrap removed",
        "",
        ("resuming", "*", "*", False, "aluminium", None),
    ),
]

TAILS = (
    " - Steel Times International",
    " - Mining Weekly",
    " - Mining Review Africa",
    " - The Times of India",
    " - Metal Miner",
    " - BBC News",
    " | Mining Technology",
    " (Reuters)",
    " (Updated)",
    " [Video]",
    # a site's section after a pipe, alone or before the outlet (added after the first change)
    " | Steel",
    " | Mining",
    " | Base Metals | Reuters",
    " | Steel | Mining Weekly",
)


@headline_cases(BARE)
def test_the_bare_titles_read_as_labelled(title: str, summary: str, want: Any) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize("tail", TAILS)
@headline_cases(BARE)
def test_a_title_with_its_outlet_reads_as_the_bare_one(
    tail: str, title: str, summary: str, want: Any
) -> None:
    check_exact(title + tail, summary, want)


_BACKDROP = (
    "a label dispute, not fixed: a metal's move after a place's measure named by a noun is read as "
    "the measure's backdrop (classifier_market_acts: 'Cobalt jumps after Congo export ban'), where "
    "the sets read 'Prices Surge After Trump's Tariff' as the measure (rh-048) and 'Germanium Price "
    "Hits Record High Amid China's Export Restrictions' as none (rhe-068)"
)

#: A price move after a place's measure named by a noun, with its near misses: a threat, a move
#: "as" a measure (its mood), a mining halt. Labels committed before the engine read them; on
#: main, 3 of 7 (the four measures read as backdrop: the dispute above).
OWNED_MOVES: list[Any] = [
    pytest.param(
        "Nickel prices surge after Indonesia's ore export ban",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
        marks=pytest.mark.xfail(strict=True, reason=_BACKDROP),
    ),
    pytest.param(
        "Cobalt prices jump after Congo's export suspension",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
        marks=pytest.mark.xfail(strict=True, reason=_BACKDROP),
    ),
    pytest.param(
        "Gold slides after India's import duty hike",
        "",
        ("tariff", "*", "IN", False, "gold", None),
        marks=pytest.mark.xfail(strict=True, reason=_BACKDROP),
    ),
    pytest.param(
        "Silver rises following Mexico's new export levy",
        "",
        ("tariff", "MX", "*", False, "silver", None),
        marks=pytest.mark.xfail(strict=True, reason=_BACKDROP),
    ),
    # labelled a proposed tariff on copper at first; the engine reads it as no event by the
    # rules' written convention for a threat that names no metal ("Gold soars as Trump
    # threatens fresh tariffs" names the metal only for its price: classifier_frames), which
    # this title's "tariff threat" is too: relabelled so, the only label changed after reading
    ("Copper falls after Trump's tariff threat", "", None),
    ("Tin price rallies after Myanmar's mining halt", "", None),
    ("Nickel stocks steady as Indonesia's export ban bites", "", None),
]


@headline_cases(OWNED_MOVES)
def test_a_move_after_a_places_measure(title: str, summary: str, want: Any) -> None:
    check_exact(title, summary, want)


#: Tails that are news, not an outlet: kept and read.
NEWS_TAILS: list[Any] = [
    (
        "Steel prices jump - Canada Imposes Steel Quotas",
        "",
        ("quota", "*", "CA", False, "steel", None),
    ),
    (
        "Bauxite market braces - Guinea Bans Bauxite Exports",
        "",
        ("suspended", "GN", "*", False, "bauxite", None),
    ),
]


@headline_cases(NEWS_TAILS)
def test_a_tail_that_is_news_is_read(title: str, summary: str, want: Any) -> None:
    check_exact(title, summary, want)
