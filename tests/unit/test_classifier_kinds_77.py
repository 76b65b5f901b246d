"""Two kinds (session 28), in made-up phrasings labelled before the engine read them.

1. **A priced cut with the old rate before the measure's noun** ("India cuts 15% gold import
   duty to 6%", "halves its 10% nickel export levy", "trims 7.5% duty on copper scrap to 5%"):
   a duty lowered is a release in part, ``resuming`` with no rate (README "Trade-policy
   statuses", ``tui/engine/classifier_cuts.py``); the cut verb stood one or two words beyond the
   reach looked for before the noun once the rate's words came between. A raise written the
   same way stays a ``tariff``.
2. **A bare study heading** ("Research: ...", "Economic Research: ...") leading a title whose
   tail is a finding on a measure: a study's finding, no event
   (``tui/engine/classifier_near_measures.py``, the study check); a measure acted on after the
   label ("Research: Congo extends cobalt export ban") stays an event, as after the feature
   labels of ``test_classifier_kinds_57.py`` kind 3.

First time, on the engine before the change (labels written before it ran): kind 1, 3 of the
12 first cases right (the two raises and "trims 7.5% duty on copper scrap", the verb within the
reach already); one label was put right after the first run: "Egypt cuts 25% rebar import
duty" named no watched metal ("rebar" is none), written "steel rebar" (read wrong before the
change either way). A second batch of 3, written after the first rule read a miner's cut beside
a levy (kind 24) as the levy's cut: 1 of 3 right before. Kind 2, 7 of the 9 first cases right
(four findings vetoed by other checks, the three acts); a second batch of 2, written after the
rule first kept the real heading the kind came from (a participle opening the tail:
"Announced ... Tariffs"), 1 of 2 right before. After both rules: all 26 right. Event gate
retrained after each rule: threshold 0.116 unmoved, ``row_changes.py main`` 0 rows lost,
leave-one-set-out with the gate 45 false / 56 missed and nested 46 / 57, as before (rules alone
69 -> 68 false).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_cases import Want, check_kind, headline_cases

CASES: list[Any] = []

#: (title, summary, want): kind 1, a priced cut with the old rate before the noun.
PRICED_CUTS: list[Any] = [
    ("Pakistan slashes 20% copper import duty to 10%", "", ("resuming", "*", "PK", False)),
    ("Turkey lowers 30% steel import tariff to 15%", "", ("resuming", "*", "TR", False)),
    ("Indonesia halves its 10% nickel ore export levy", "", ("resuming", "ID", "*", False)),
    ("Brazil trims 7.5% duty on copper scrap to 5%", "", ("resuming", "*", "BR", False)),
    ("Vietnam reduces its 12% zinc import tariff to 8%", "", ("resuming", "*", "VN", False)),
    (
        "South Africa cuts 10 percent steel import duty to 5 percent",
        "",
        ("resuming", "*", "ZA", False),
    ),
    ("Philippines halves 5% nickel ore export tax", "", ("resuming", "PH", "*", False)),
    ("Egypt cuts 25% steel rebar import duty to 15%", "", ("resuming", "*", "EG", False)),
    ("Japan trims 3% aluminium ingot import duty to 1%", "", ("resuming", "*", "JP", False)),
    ("Mexico reduces 25 pct steel import tariff to 10 pct", "", ("resuming", "*", "MX", False)),
    # near misses: a raise written the same way stays a tariff
    ("Mexico raises 15% steel import tariff to 25%", "", ("tariff", "*", "MX", False)),
    ("Pakistan hikes 10% copper import duty to 20%", "", ("tariff", "*", "PK", False)),
    # second batch, written after the first change read a miner's cut beside a levy as a
    # cut of the levy: the rate must open the cut verb's object
    ("Zinc smelter trims 10% of output, blames export levy", "", None),
    ("Peru cuts 6 per cent copper export tax to 3 per cent", "", ("resuming", "PE", "*", False)),
    ("Kazakhstan halves the 20% export duty on zinc", "", ("resuming", "KZ", "*", False)),
]

#: (title, summary, want): kind 2, a bare study heading before a finding.
STUDY_HEADINGS: list[Any] = [
    ("Research: steel tariffs would cost 75,000 US jobs", "", None),
    ("Economic Research: aluminium duties mean little change in prices", "", None),
    ("Research: China's gallium export curbs lifted prices outside China", "", None),
    ("Policy Research: Indonesia's nickel ore ban drew $30bn in smelter investment", "", None),
    ("Research: copper tariffs may raise US wire costs by 10%", "", None),
    ("Market Research: India's gold import duty cuts fuelled smuggling", "", None),
    # second batch, written after the first rule read the real heading this kind came from
    # (gate3: "Economic Research: Announced Steel And Aluminum Tariffs Would Mean ...") as an
    # act: a participle opening the tail is the measure's adjective
    ("Research: Proposed copper tariffs would lift US wire prices", "", None),
    ("Policy Research: Extended cobalt export ban tightened supply", "", None),
    # near misses: a measure acted on after the label stays an event
    ("Research: Congo extends cobalt export ban", "", ("suspended", "CD", "*", False)),
    ("Research: US imposes 25% tariffs on steel imports", "", ("tariff", "*", "US", False)),
    ("Research: Indonesia halts nickel ore exports", "", ("suspended", "ID", "*", False)),
]


@headline_cases(PRICED_CUTS)
def test_a_priced_cut_with_the_old_rate_before_the_noun(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)


@headline_cases(STUDY_HEADINGS)
def test_a_bare_study_heading_before_a_finding(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
