"""Talks about relief and a country spared from another's measure, in made-up phrasings
(session 17's board kinds), aimed at causes, never at a headline's words.

Two governments discussing, negotiating or talking about relief from a measure, an exemption
or a cut, named as a noun ("Japan, US discuss steel tariff relief", "negotiate aluminium tariff
exemption", "talk about steel duty cuts"): the talks are the news, no one has granted or even
planned anything, and nothing in the words says whose measure would be eased (read before as
a proposed release on imports *into* the first country named). A deal discussed to cut a
measure (a verb: "discuss deal to cut steel tariffs", as a labelled set reads it) stays the
proposed change; one government's own talks to cut its duty stay its plan; a cut decided after
talks is the cut.

A country spared, excluded or exempt from another's measure ("Australia spared from US steel
tariffs", "Brazil exempt from US aluminium duties") sends the goods the measure spares: a
release on its exports to the country that imposes it (``resuming``, as "Canada exempted from
US steel tariffs" and the labelled exemptions read; read before as the measure on that
country, or the wrong way round). Spared from an investigation is still no event, and a
measure that spares some goods or some places while it falls on the rest is still the measure.

First time, before any rule changed: 10 of 28 right (the controls); now 28 of 28.
"""

from __future__ import annotations

from kinds_cases import check_kind, headline_cases

CASES: list[object] = [
    # --- talks about relief, an exemption or a cut, named as a noun: no event -------------------
    ("Japan, US discuss steel tariff relief", "", None),
    ("Seoul and Washington negotiate relief from steel duties", "", None),
    ("Brazil, US negotiate aluminium tariff exemption", "", None),
    ("Korea and US talk about steel tariff cuts", "", None),
    ("India, US negotiate cut in steel tariffs", "", None),
    ("Canada, US in talks on aluminium tariff waiver", "", None),
    ("Vietnam and EU discuss reduction of steel safeguard duties", "", None),
    ("Mexico discusses steel tariff exemption with US", "", None),
    ("Australian, US officials hold talks on aluminium duty relief", "", None),
    # ... a deal discussed to cut, one government's own plan, a cut decided: as before
    ("US, Mexico discuss deal to cut steel tariffs", "", ("resuming", "MX", "US", True)),
    ("India in talks to cut gold import duty", "", ("resuming", "*", "IN", True)),
    ("US cuts steel tariffs on Japan after talks", "", ("resuming", "JP", "US", False)),
    # --- a country spared, excluded or exempt from another's measure: a release on its goods ---
    ("Australia spared from US steel tariffs", "", ("resuming", "AU", "US", False)),
    ("Chile spared from Washington's copper tariffs", "", ("resuming", "CL", "US", False)),
    ("Argentina excluded from US aluminium tariffs", "", ("resuming", "AR", "US", False)),
    ("Brazil exempt from US aluminium duties", "", ("resuming", "BR", "US", False)),
    ("Norway spared from EU steel safeguard quotas", "", ("resuming", "NO", "EU", False)),
    ("South Korea excluded from new US steel duties", "", ("resuming", "KR", "US", False)),
    ("Peru's copper spared from US tariffs", "", ("resuming", "PE", "US", False)),
    # ... the controls: spared from an investigation, a measure sparing some, exemptions as read
    ("Kazakhstan spared from Russian anti-dumping probe on zinc", "", None),
    ("Steel buyers not spared from the impact of duties", "", None),
    ("US slaps 50% copper tariff, refined cathodes spared", "", ("tariff", "*", "US", False)),
    ("Canada exempted from US steel tariffs", "", ("resuming", "CA", "US", False)),
    ("Australia to be spared from US steel tariffs", "", ("resuming", "AU", "US", False)),
    ("Mexico not spared from US steel tariffs", "", ("tariff", "MX", "US", False)),
    ("Japan wins exemption from US aluminium tariffs", "", ("resuming", "JP", "US", False)),
    ("US imposes steel tariffs, spares Canada and Mexico", "", ("tariff", "*", "US", False)),
    ("Australia loses its exemption from US steel tariffs", "", ("tariff", "AU", "US", False)),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: tuple[str, str, str, bool] | None) -> None:
    check_kind(title, summary, want)
