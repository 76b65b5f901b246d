"""Cases of ``test_classifier_kinds_76.py`` (STATUS, STATUS_MORE, BACKGROUND, BACKGROUND_MORE),
labelled before the engine read them; the kinds, first-time counts and fixes are in that module's
docstring."""

from __future__ import annotations

from typing import Any

import pytest


def _XFAIL(why: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=why)


#: (title, summary, want): kind 3, a summary that changes the status the title suggests.
STATUS: list[Any] = [
    (
        "Indonesia to ban bauxite exports",
        "The ban on bauxite ore exports took effect on Saturday, the energy ministry said.",
        ("suspended", "ID", "*", False),
    ),
    (
        "Philippines to ban nickel ore exports",
        "The ban came into force today, officials said.",
        ("suspended", "PH", "*", False),
    ),
    (
        "China to curb graphite exports",
        "Export permits for graphite became mandatory from December 1, as announced.",
        ("licensing", "CN", "*", False),
    ),
    (
        "India to impose steel safeguard duty",
        "The 12% safeguard duty on flat steel imports takes effect from Monday, the finance"
        " ministry said.",
        ("tariff", "*", "IN", False),
    ),
    (
        "Vietnam to halt tungsten exports",
        "The halt, which took effect on Friday, applies to concentrate exports.",
        ("suspended", "VN", "*", False),
    ),
    (
        "Malaysia to curb tin exports",
        "The trade ministry said tin ingot exports will need a permit from Monday.",
        ("licensing", "MY", "*", False),
    ),
    (
        "Zimbabwe to ban lithium exports",
        "The government said it is considering a ban on exports of raw lithium ore but has not"
        " decided.",
        ("suspended", "ZW", "*", True),
    ),
    (
        "Mexico to impose tariffs on Chinese steel",
        "The tariffs are part of a proposal sent to Congress that lawmakers will debate next"
        " month.",
        ("tariff", "CN", "MX", True),
    ),
    (
        "Russia to ban gold exports",
        "The ban, proposed by the finance ministry, still needs government approval.",
        ("suspended", "RU", "*", True),
    ),
    (
        "US imposes duties on Korean steel",
        "The Commerce Department's preliminary determination set countervailing duties of 3% on"
        " corrosion-resistant steel from South Korea.",
        ("tariff", "KR", "US", False),
    ),
    (
        "US slaps tariffs on Chinese graphite",
        "The anti-dumping duty of 93.5% is a preliminary finding, with a final ruling due in"
        " December.",
        ("tariff", "CN", "US", False),
    ),
    (
        "EU imposes duties on Chinese aluminium",
        "The Commission has proposed provisional duties; member states will vote on the"
        " proposal in June.",
        ("tariff", "CN", "EU", True),
    ),
    (
        "Canada imposes tariffs on Chinese steel",
        "The tariffs were proposed by the finance department and are not yet in force.",
        ("tariff", "CN", "CA", True),
    ),
    (
        "Trump's tariffs on Canadian steel",
        "President Trump suspended the 25% tariffs on Canadian steel for 30 days on Monday.",
        ("resuming", "CA", "US", False),
    ),
    (
        "Tariffs on Mexican aluminium",
        "The White House delayed the tariffs on Mexican aluminium by a month after talks.",
        None,
    ),
    (
        "India imposes duties on Chinese steel",
        "The finance ministry said the duties have been put on hold pending talks with Beijing.",
        ("resuming", "CN", "IN", False),
    ),
    (
        "Vietnam's steel duties",
        "Vietnam suspended anti-dumping duties on Chinese galvanised steel for six months, the"
        " trade ministry said.",
        ("resuming", "CN", "VN", False),
    ),
    (
        "Turkey raises steel tariffs",
        "Turkey postponed the planned rise in steel import duties indefinitely, the trade"
        " ministry said.",
        None,
    ),
    (
        "Will Indonesia ban nickel ore exports?",
        "Indonesia banned nickel ore exports from January 1, the mines ministry said on Monday.",
        ("suspended", "ID", "*", False),
    ),
    (
        "Will China curb rare earth exports?",
        "China's commerce ministry said on Thursday it would not restrict exports of rare earths.",
        None,
    ),
    (
        "Is Chile about to tax copper exports?",
        "Analysts say a windfall royalty on miners is likely, but no export tax is planned.",
        None,
    ),
    (
        "Will the US lift steel tariffs on Japan?",
        "The US lifted tariffs on Japanese steel on Friday, the trade representative said.",
        ("resuming", "JP", "US", False),
    ),
    (
        "Will Guinea halt bauxite exports?",
        "Guinea's junta has not commented on reports of a possible halt.",
        None,
    ),
    (
        "Will Brazil raise aluminium tariffs?",
        "Brazil's trade body Gecex raised import duties on aluminium to 25% on Wednesday.",
        ("tariff", "*", "BR", False),
    ),
    (
        "Is Peru banning copper concentrate exports?",
        "No. The ministry denied reports of a ban, saying exports continue as normal.",
        None,
    ),
    (
        "Korea to cut steel tariffs",
        "South Korea cut import tariffs on steel from Canada, effective immediately.",
        ("resuming", "CA", "KR", False),
    ),
]


#: (title, summary, want): kind 3, a second batch written after the first change (labelled
#: before the engine read them): questions whose lede recalls an earlier act, pauses, a start
#: put off, proposals, and a start told as done.
STATUS_MORE: list[Any] = [
    (
        "Will China curb gallium exports again?",
        "Beijing restricted gallium exports in 2023; analysts expect further steps.",
        None,
    ),
    (
        "Will the US raise steel tariffs again?",
        "Washington raised steel tariffs to 50% last year, and officials are weighing more.",
        None,
    ),
    (
        "Will Zambia ban copper concentrate exports?",
        "Zambia banned exports of copper concentrate on Tuesday to feed local smelters.",
        ("suspended", "ZM", "*", False),
    ),
    (
        "Is Peru taxing zinc exports?",
        "Peru imposed a 5% tax on zinc concentrate exports from Monday, the finance ministry said.",
        ("tariff", "PE", "*", False),
    ),
    (
        "Mexico's tariffs on Korean steel",
        "Mexico suspended the 15% tariffs on South Korean steel for six months under a new deal.",
        ("resuming", "KR", "MX", False),
    ),
    (
        "Chile raises copper export levy",
        "Chile delayed the planned increase in its copper export levy until further notice.",
        None,
    ),
    (
        "EU imposes quotas on Turkish steel",
        "The Commission has proposed the quotas, which member states must still approve.",
        ("quota", "TR", "EU", True),
    ),
    (
        "Australia imposes duties on Chinese aluminium",
        "The duties, first proposed in March, took effect on Monday.",
        ("tariff", "CN", "AU", False),
    ),
    (
        "Philippines to tax nickel ore exports",
        "The export tax came into force on Wednesday, the finance department said.",
        ("tariff", "PH", "*", False),
    ),
    (
        "Vietnam imposes duties on Chinese aluminium",
        "The duties were suspended on Friday pending a review.",
        ("resuming", "CN", "VN", False),
    ),
    (
        "US tariffs on Brazilian steel",
        "The tariffs have been paused for 90 days while talks continue.",
        ("resuming", "BR", "US", False),
    ),
]


#: (title, summary, want): kind 4, a market or company title whose summary recalls an old
#: measure as background: no new event.
BACKGROUND: list[Any] = [
    (
        "Nickel climbs to two-month high",
        "Prices have been supported since Indonesia's 2020 export ban on nickel ore.",
        None,
    ),
    (
        "Gallium prices hold firm",
        "Supply has been tight since China's 2023 export controls on gallium and germanium.",
        None,
    ),
    (
        "Aluminium steadies in London",
        "Russian aluminium has been shut out of US markets since tariffs in 2023.",
        None,
    ),
    (
        "Bauxite shipments recover",
        "Exports have recovered slowly since Malaysia lifted its 2016 mining moratorium.",
        None,
    ),
    (
        "Copper premiums ease in Shanghai",
        "Premiums had jumped after the US imposed 50% tariffs on copper imports last year.",
        None,
    ),
    (
        "Steel mills post record profits",
        "Domestic producers have benefited from safeguard duties in place since 2019.",
        None,
    ),
    (
        "Cobalt prices rebound",
        "The market has tightened since Congo halted exports in February.",
        None,
    ),
    (
        "Antimony trades at record high",
        "Prices have nearly tripled since China restricted exports of the metal in September 2024.",
        None,
    ),
    (
        "Tin rally extends",
        "Supply from Myanmar has been suspended since 2023, keeping the market tight.",
        None,
    ),
    (
        "Lithium miners weigh expansion",
        "Zimbabwe has banned raw lithium ore exports since 2022, pushing firms to build local"
        " plants.",
        None,
    ),
    (
        "Nickel pig iron output rises",
        "Indonesia's output has soared since its 2020 ban on raw ore exports drew Chinese"
        " investment.",
        None,
    ),
    (
        "Iron ore edges lower",
        "Shipments from India have slowed since the 50% export duty imposed in 2022 was removed.",
        None,
    ),
    (
        "Zinc hits three-week high",
        "Zinc has been supported since China curbed concentrate exports in 2021 and stockpiles"
        " fell.",
        None,
    ),
    (
        "Magnesium output recovers",
        "Producers in Shaanxi restarted plants two years after export curbs were imposed.",
        None,
    ),
    (
        "Tungsten prices steady",
        "Prices remain firm under the export quota system China has run since 2004.",
        None,
    ),
]


#: (title, summary, want): kind 4, a second batch written after the first change (labelled
#: before the engine read them): a measure told in the perfect as running since a year.
BACKGROUND_MORE: list[Any] = [
    (
        "Tin smelters expand in Bolivia",
        "Bolivia has restricted tin concentrate exports since 2019, feeding local plants.",
        None,
    ),
    (
        "Bauxite miners rethink plans",
        "Indonesia has barred bauxite ore exports since 2023, forcing miners to build refineries.",
        None,
    ),
    (
        "Cobalt refiners add capacity",
        "Congo has capped cobalt exports since 2025 under a quota system.",
        None,
    ),
]
