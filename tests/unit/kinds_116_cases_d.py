"""A fresh batch of ``test_classifier_kinds_116.py``, written after its changes: non-measures
of the same genres in new words (a court's step, an election's talk, a campaign against a
measure, a carrier's charge, a quota's fill, a forecast revised, a named trade body's appeal,
goods that are no metal before a measure's noun, an opinion, an explainer) and measures near
them. Labelled and committed before the engine read them; the first-time counts are in that
module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, None): non-measures of the genres in new words.
FRESH_NON_MEASURES: list[Any] = [
    (
        "Tribunal adjourns hearing on Chinese aluminium foil duties until May",
        "The panel gave both sides more time to file evidence on injury.",
        None,
    ),
    (
        "Judge weighs bid to claw back steel tariff payments",
        "Importers asked the court to order refunds of duties paid since 2025.",
        None,
    ),
    (
        "Appeals court schedules arguments in aluminium tariff case",
        "Oral argument is set for the week of April 6.",
        None,
    ),
    (
        "Challenger blasts incumbent's nickel ore export duty at rally",
        "The opposition leader said the duty had driven miners to smuggle ore.",
        None,
    ),
    (
        "Voters in Minas Gerais want tougher steel import tariffs, survey finds",
        "Two in three respondents in the mining state backed higher duties on Chinese steel.",
        None,
    ),
    (
        "Fabricators mount campaign against aluminium safeguard duty",
        "Window and door makers say the duty has raised their costs by a fifth.",
        None,
    ),
    (
        "Freight forwarders add tariff-compliance fee on copper cargoes to US",
        "The fee covers extra paperwork for customs entries of cathode and rod.",
        None,
    ),
    (
        "Underwriters raise premiums on nickel cargoes through sanctioned routes",
        "Insurers now price Baltic loadings at twice the usual rate.",
        None,
    ),
    (
        "Steel imports under UK safeguard quota hit 95% of limit",
        "Trade data show the rebar quota for other countries nearly used.",
        None,
    ),
    (
        "Chinese aluminium exports under Mexico's TRQ total 40,000 t",
        "Shipments in the first half were about a third of the annual volume.",
        None,
    ),
    (
        "Macquarie lowers cobalt outlook as Congo export quotas drag on",
        "The bank now sees cobalt hydroxide payables staying high into 2028.",
        None,
    ),
    (
        "Eurometaux presses Brussels for aluminium scrap export duty",
        "The metals association says Europe loses too much scrap to Asian smelters.",
        None,
    ),
    (
        "Beijing tightens drone export controls; rare earth miners rise",
        "The rules cover drone engines, lasers and flight controllers.",
        None,
    ),
    (
        "Opinion: Quota data show the EU steel safeguard is leaking",
        "Imports through the residual quota keep rising, and the Commission should act.",
        None,
    ),
    (
        "Q&A: What Guinea's bauxite licence review means for alumina buyers",
        "Refiners in China get about 70% of their imported ore from Guinea.",
        None,
    ),
]

#: (title, summary, want): measures near them.
FRESH_MEASURES: list[Any] = [
    (
        "High court suspends Zambia's copper export duty",
        "The court in Lusaka suspended the 10% duty on copper concentrate exports pending a full hearing.",
        ("resuming", "ZM", "*", False, "copper", None),
    ),
    (
        "Brokers caught off guard as Philippines bans nickel ore exports",
        "The ban takes effect immediately, the mines bureau said.",
        ("suspended", "PH", "*", False, "nickel", None),
    ),
    (
        "Economists react as India doubles gold import duty to 12%",
        "The finance ministry raised the duty from 6% in a late-night notification.",
        ("tariff", "*", "IN", False, "gold", 12),
    ),
    (
        "After public comment period, Canada imposes surtax on Chinese steel",
        "The finance department said the surtax applies from Monday.",
        ("tariff", "CN", "CA", False, "steel", None),
    ),
    (
        "EU sets 2027 tariff-rate quotas for Ukrainian steel",
        "Volumes above the quotas will pay the full duty.",
        ("quota", "UA", "EU", False, "steel", None),
    ),
    (
        "Trump pledges 50% tariff on copper in campaign-style speech",
        "The president told a crowd in Arizona that imported copper would face the duty.",
        ("tariff", "*", "US", True, "copper", 50),
    ),
]
