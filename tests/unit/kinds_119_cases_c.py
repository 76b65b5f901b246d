"""Near misses of ``test_classifier_kinds_119.py``: non-measures close to each of its six
kinds (an industry's call, a probe, a flow under a measure, a review with no change, a firm's
own act, a leader's view, a firm's news). Labelled before the engine read them.

Each case is ``(title, summary, want)``, ``want`` ``None``: no event.
"""

from __future__ import annotations

from typing import Any

import pytest

#: (title, summary, want): non-measures near the six kinds, three or four each.
NEAR_MISSES: list[Any] = [
    # 1. a third country as the cause
    ("Mexican steelmakers call for tariffs over Chinese dumping", "", None),
    ("Mexico opens anti-dumping probe into Chinese steel", "", None),
    ("Chinese steel dumping forces Turkish mills to idle furnaces", "", None),
    ("Vietnam's steel imports from China jump 30% despite safeguard duty", "", None),
    # 2. a review with no change told
    (
        "EU revisits its steel safeguard",
        "The European Commission opened a review of the steel safeguard and invited comments from producers until March.",
        None,
    ),
    (
        "UK reviews steel safeguard",
        "The Trade Remedies Authority will publish its findings in June.",
        None,
    ),
    (
        "India re-examines anti-dumping duty on Chinese steel",
        "The DGTR began a sunset review of the duty, which expires in December.",
        None,
    ),
    (
        "Australia reconsiders aluminium anti-dumping measures",
        "The Anti-Dumping Commission said it expected to make a recommendation to the minister by May.",
        None,
    ),
    # 3. licences near list changes
    ("Mining firm wins export licence for copper concentrate", "", None),
    pytest.param(
        "Gold smuggling rises after India restricts imports",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True, reason="a rise in smuggling is no flow word: the act after it is read"
        ),
    ),
    pytest.param(
        "Restricted list for gold imports: what jewellers need to know",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True, reason='"Restricted" before its noun is read as a verb: no heading'
        ),
    ),
    ("Steel importers struggle with new licence paperwork, traders say", "", None),
    # 4. a firm asking, a firm's own act
    ("Codelco asks Chile's government to curb copper scrap exports", "", None),
    ("Zambia's state miner halts cobalt exports after mine accident", "", None),
    ("Indonesian smelters urge government to ban nickel ore exports", "", None),
    ("State miner Gecamines says it will stop selling cobalt to traders", "", None),
    # 5. a leader by name, no measure
    ("Brazil's Lula says US steel tariffs are unfair", "", None),
    ("Indonesia's Prabowo visits nickel smelter in Sulawesi", "", None),
    ("Chile's Boric meets Codelco chief over copper output", "", None),
    ("Mexico's Lopez Obrador defends steel import tariffs", "", None),
    # 6. a firm's news under a measure, a leader's warning of no measure
    ("Rio Tinto says aluminium shipments to US unaffected by tariffs", "", None),
    ("Trump warns Japan over steel trade surplus", "", None),
    ("Glencore's copper profit falls as tariffs bite", "", None),
    ("Alcoa reroutes aluminium shipments to avoid US tariffs", "", None),
]
