"""A government's measure on another country's exports (session 17), in made-up phrasings:
the exports are the other country's ("steel exports from Vietnam", "Russian nickel exports"),
so the measure keeps them out of the government's own market: exporter -> that government,
not the government's own exports. Seen in the lead's review of the policy board's sides
("Mexico sets quota on steel exports from China" read MX -> *).

Beside them, unchanged: a country's own exports ("Indonesia bans nickel ore exports"),
exports sent to a named third country, and a demonym naming firms or end users rather than
the exports ("Chinese firms" in a story of Zimbabwe's ban). First time, on the engine before
the change: the 5 new-kind cases 0 of 5, the 4 beside them 4 of 4.
"""

from __future__ import annotations

from kinds_cases import Want, check_kind, headline_cases

#: (title, summary, want)
CASES: list[tuple[str, str, Want]] = [
    ("Canada caps steel exports from Vietnam", "", ("quota", "VN", "CA", False)),
    ("Mexico imposes quota on aluminium exports from China", "", ("quota", "CN", "MX", False)),
    ("EU bans Russian nickel exports", "", ("suspended", "RU", "EU", False)),
    ("Japan halts Russian aluminium exports", "", ("suspended", "RU", "JP", False)),
    ("US restricts copper exports from Chile", "", ("licensing", "CL", "US", False)),
    # beside them
    ("Indonesia bans nickel ore exports", "", ("suspended", "ID", "*", False)),
    ("China restricts gallium exports to the US", "", ("licensing", "CN", "US", False)),
    ("Russia bans nickel exports to Japan", "", ("suspended", "RU", "JP", False)),
    (
        "Zimbabwe lithium export ban means Chinese firms must build plants",
        "",
        ("suspended", "ZW", "*", False),
    ),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
