"""Cases of ``test_classifier_kinds_72.py`` (PLANNED, FORMS, GOODS), labelled before the engine
read them; the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want

#: Why a start "from next year" is left undated: the house reads "to levy ... from next year"
#: whose lede plans it as a plan (``test_classifier_kinds_15.py``); a year ahead is a plan's
#: horizon, a week, a month or a weekday a scheduled start.
_NEXT_YEAR = "not fixed: 'from next year' is left a plan's horizon (kinds_15), see kind 4"


#: (title, summary, want): kind 4, proposed or in force by the wires' words.
PLANNED: list[Any] = [
    (
        "Indonesia's bauxite export ban will take effect on June 10",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "China's gallium export controls take effect from August 1",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "US tariffs on Chinese graphite to take effect from March 12",
        "",
        ("tariff", "CN", "US", False),
    ),
    # relabelled after the first run: an undated "set to" is a plan by the house's convention
    # (``test_classifier_kinds_4.py``: "Canada set to impose surtax on Chinese steel")
    ("EU set to impose duties on Chinese aluminium foil", "", ("tariff", "CN", "EU", True)),
    ("Philippines plans nickel ore export ban", "", ("suspended", "PH", "*", True)),
    (
        "US imposes preliminary anti-dumping duties on Chinese graphite",
        "",
        ("tariff", "CN", "US", False),
    ),
    (
        "Canada announces final anti-dumping duties on Vietnamese steel wire",
        "",
        ("tariff", "VN", "CA", False),
    ),
    ("Zimbabwe's lithium export ban to be gazetted next week", "", ("suspended", "ZW", "*", True)),
    ("Trump signs order raising aluminium tariffs to 50%", "", ("tariff", "*", "US", False)),
    ("Trump announces 25% tariffs on steel imports", "", ("tariff", "*", "US", False)),
    ("Malaysia to ban rare earth exports from January", "", ("suspended", "MY", "*", False)),
    ("India mulls export duty on iron ore", "", ("tariff", "IN", "*", True)),
    ("EU proposes quotas on Russian steel imports", "", ("quota", "RU", "EU", True)),
    ("Chile considers tariff on Chinese steel grinding balls", "", ("tariff", "CN", "CL", True)),
    ("Indonesia's nickel ore export ban comes into force", "", ("suspended", "ID", "*", False)),
    (
        "Guinea will ban bauxite exports from next month, minister says",
        "",
        ("suspended", "GN", "*", False),
    ),
    ("US threatens 100% tariffs on Chinese graphite", "", ("tariff", "CN", "US", True)),
    (
        "Beijing's new rare earth export licences kick in on Dec 1",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "South Korea's anti-dumping duty on Chinese steel plate takes effect",
        "",
        ("tariff", "CN", "KR", False),
    ),
    ("Brazil weighs higher tariffs on Chinese steel", "", ("tariff", "CN", "BR", True)),
    ("Turkey's new duty on Chinese aluminium starts Monday", "", ("tariff", "CN", "TR", False)),
    ("Congo to extend cobalt export suspension, sources say", "", ("suspended", "CD", "*", True)),
    ("Mexico sets preliminary duties on Chinese steel pipe", "", ("tariff", "CN", "MX", False)),
    (
        "Australia's final anti-dumping duties on Chinese aluminium extrusions take effect",
        "",
        ("tariff", "CN", "AU", False),
    ),
    # second batch (written after the first run, labelled before the engine read it): a
    # leader's or a minister's "will" dated by a relative start
    (
        "Zambia will halt copper concentrate exports from next week, mines minister says",
        "",
        ("suspended", "ZM", "*", False),
    ),
    pytest.param(
        "Indonesia will ban bauxite exports from next year, president says",
        "",
        ("suspended", "ID", "*", False),
        marks=pytest.mark.xfail(strict=True, reason=_NEXT_YEAR),
    ),
    (
        "US will raise steel tariffs to 50% from Wednesday, Trump says",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Zimbabwe will halt lithium ore exports starting next month - mines minister",
        "",
        ("suspended", "ZW", "*", False),
    ),
    pytest.param(
        "Philippines will impose nickel ore export tax from next year, finance minister says",
        "",
        ("tariff", "PH", "*", False),
        marks=pytest.mark.xfail(strict=True, reason=_NEXT_YEAR),
    ),
    ("Guinea will ban bauxite exports, minister says", "", ("suspended", "GN", "*", True)),
    # third batch (written after the engine change, labelled before the engine read it):
    # wider phrasings of the kind
    ("Zimbabwe gazettes ban on lithium ore exports", "", ("suspended", "ZW", "*", False)),
    ("Indonesian cabinet approves bauxite export ban", "", ("suspended", "ID", "*", False)),
    ("EU publishes draft regulation on steel safeguard quotas", "", ("quota", "*", "EU", True)),
    # relabelled after the third batch's run: comments sought on a proposed change are a
    # consultation, no event, by the house's convention (``COMMENTS_RE``, "Comments Invited")
    ("US seeks comment on proposed duties on Chinese graphite", "", None),
    (
        "India notifies safeguard duty on steel imports, effective immediately",
        "",
        ("tariff", "*", "IN", False),
    ),
    ("Philippines eyes nickel ore export ban from 2028", "", ("suspended", "PH", "*", True)),
    ("Canada's surtax on Chinese steel takes effect Oct. 15", "", ("tariff", "CN", "CA", False)),
    (
        "China to impose export controls on antimony from Sept. 15",
        "",
        ("licensing", "CN", "*", False),
    ),
]


#: (title, summary, want): kind 5, status by the measure's form.
FORMS: list[tuple[str, str, Want]] = [
    ("China introduces licensing regime for graphite exports", "", ("licensing", "CN", "*", False)),
    ("Indonesia requires export permits for tin ingots", "", ("licensing", "ID", "*", False)),
    ("EU sets tariff-rate quota on Ukrainian steel", "", ("quota", "UA", "EU", False)),
    ("UK extends steel safeguard quotas for two years", "", ("quota", "*", "GB", False)),
    ("India imposes safeguard duty on steel imports", "", ("tariff", "*", "IN", False)),
    ("Congo extends cobalt export suspension by three months", "", ("suspended", "CD", "*", False)),
    (
        "Congo resumes cobalt exports after four-month suspension",
        "",
        ("resuming", "CD", "*", False),
    ),
    ("Myanmar lifts suspension of tin ore exports", "", ("resuming", "MM", "*", False)),
    ("US excludes Canadian aluminium from tariffs", "", ("resuming", "CA", "US", False)),
    ("Japan's steel exempted from US quotas", "", ("resuming", "JP", "US", False)),
    ("China retaliates with tariffs on US aluminium scrap", "", ("tariff", "US", "CN", False)),
    (
        "In retaliation for Canadian duties, China imposes tariffs on Canadian steel",
        "",
        ("tariff", "CA", "CN", False),
    ),
    ("EU hits back with duties on American steel", "", ("tariff", "US", "EU", False)),
    ("Philippines sets nickel ore export quota for 2026", "", ("quota", "PH", "*", False)),
    ("Russia imposes export quota on palladium", "", ("quota", "RU", "*", False)),
    ("Mexico imposes import quota on Chinese steel", "", ("quota", "CN", "MX", False)),
    ("China suspends export ban on gallium to US", "", ("resuming", "CN", "US", False)),
    ("Zambia halts copper concentrate exports", "", ("suspended", "ZM", "*", False)),
    (
        "Japanese steel exempted from Vietnam safeguard duty",
        "",
        ("resuming", "JP", "VN", False),
    ),
    (
        "China extends suspension of gallium export ban to US",
        "",
        ("resuming", "CN", "US", False),
    ),
    (
        "Canada retaliates against US steel tariffs with surtax on American aluminium",
        "",
        ("tariff", "US", "CA", False),
    ),
    ("Bolivia suspends lithium export licences", "", ("suspended", "BO", "*", False)),
    ("Vietnam requires import licences for steel from China", "", ("licensing", "CN", "VN", False)),
    ("Laos imposes tin export quota", "", ("quota", "LA", "*", False)),
    # second batch (written after the first run, labelled before the engine read it): a
    # government excluding a country's goods from its measure, and a country's goods told
    # by its possessive as exempted from another's
    ("EU excludes Norwegian steel from safeguard quotas", "", ("resuming", "NO", "EU", False)),
    (
        "Washington carves out Australian aluminium from new tariffs",
        "",
        ("resuming", "AU", "US", False),
    ),
    ("UK exempts Ukrainian steel from duties", "", ("resuming", "UA", "GB", False)),
    ("Canada excludes US aluminium from retaliatory surtax", "", ("resuming", "US", "CA", False)),
    ("India excludes Japanese steel from safeguard duty", "", ("resuming", "JP", "IN", False)),
    ("Brazil's steel exempted from US tariffs", "", ("resuming", "BR", "US", False)),
    ("Australia's aluminium excluded from US tariffs", "", ("resuming", "AU", "US", False)),
    ("Korea's steel spared from EU safeguard quotas", "", ("resuming", "KR", "EU", False)),
    ("Canada's aluminium exempt from new US duties", "", ("resuming", "CA", "US", False)),
    ("Norway's aluminium exempted from EU duties", "", ("resuming", "NO", "EU", False)),
    # third batch (written after the engine change, labelled before the engine read it):
    # wider phrasings of the kind
    ("EU cuts steel import quotas by 47%", "", ("quota", "*", "EU", False)),
    ("Congo replaces cobalt export ban with quotas", "", ("quota", "CD", "*", False)),
    ("China lifts ban on gallium exports to US", "", ("resuming", "CN", "US", False)),
    ("Indonesia extends ban on bauxite exports", "", ("suspended", "ID", "*", False)),
    ("US revokes Argentina's steel quota exemption", "", ("quota", "AR", "US", False)),
    (
        "Kazakhstan requires licences for tungsten exports to China",
        "",
        ("licensing", "KZ", "CN", False),
    ),
    (
        "EU imposes safeguard tariff-rate quotas on ferro-nickel imports",
        "",
        ("quota", "*", "EU", False),
    ),
    ("Beijing hits US steel with retaliatory duties", "", ("tariff", "US", "CN", False)),
]


#: (title, summary, want, metals): kind 6, metals named by their products.
GOODS_1: list[tuple[str, str, Want, frozenset[str]]] = [
    (
        "EU imposes duties on Chinese steel wire rod",
        "",
        ("tariff", "CN", "EU", False),
        frozenset({"steel"}),
    ),
    (
        "US imposes duties on Chinese aluminium foil",
        "",
        ("tariff", "CN", "US", False),
        frozenset({"aluminium"}),
    ),
    (
        "India imposes anti-dumping duty on copper cathode from Indonesia",
        "",
        ("tariff", "ID", "IN", False),
        frozenset({"copper"}),
    ),
    (
        "China requires licences for tungsten APT exports",
        "",
        ("licensing", "CN", "*", False),
        frozenset({"tungsten"}),
    ),
    (
        "China bans antimony trioxide exports to US",
        "",
        ("suspended", "CN", "US", False),
        frozenset({"antimony"}),
    ),
    (
        "EU imposes duties on Indonesian stainless steel cold-rolled flat products",
        "",
        ("tariff", "ID", "EU", False),
        frozenset({"steel"}),
    ),
    (
        "US extends tariffs to steel and aluminium derivative products",
        "",
        ("tariff", "*", "US", False),
        frozenset({"steel", "aluminium"}),
    ),
    (
        "China imposes export licences on critical minerals",
        "The licences cover gallium, germanium and antimony.",
        ("licensing", "CN", "*", False),
        frozenset({"gallium", "germanium", "antimony"}),
    ),
    (
        "Indonesia bans exports of critical minerals",
        "The ban covers nickel ore and bauxite.",
        ("suspended", "ID", "*", False),
        frozenset({"nickel", "bauxite"}),
    ),
    (
        "India imposes anti-dumping duty on Chinese aluminium alloy wheels",
        "",
        ("tariff", "CN", "IN", False),
        frozenset({"aluminium"}),
    ),
    (
        "US imposes duties on Korean tin mill steel",
        "",
        ("tariff", "KR", "US", False),
        frozenset({"steel"}),
    ),
    (
        "Canada surtax on Chinese copper wire takes effect",
        "",
        ("tariff", "CN", "CA", False),
        frozenset({"copper"}),
    ),
    (
        "China bans exports of gallium arsenide wafers to US",
        "",
        ("suspended", "CN", "US", False),
        frozenset({"gallium"}),
    ),
    (
        "Vietnam imposes duties on Chinese zinc-coated steel",
        "",
        ("tariff", "CN", "VN", False),
        frozenset({"steel"}),
    ),
    (
        "Turkey imposes anti-dumping duty on Chinese nickel alloy pipes",
        "",
        ("tariff", "CN", "TR", False),
        frozenset({"nickel"}),
    ),
    (
        "Australia imposes dumping duties on Chinese copper tube",
        "",
        ("tariff", "CN", "AU", False),
        frozenset({"copper"}),
    ),
    (
        "US tariff on steel derivatives extended to nails and wire",
        "",
        ("tariff", "*", "US", False),
        frozenset({"steel"}),
    ),
    (
        "Japan imposes duties on Chinese graphite electrodes",
        "",
        ("tariff", "CN", "JP", False),
        frozenset({"graphite"}),
    ),
    (
        "EU restricts scrap exports of aluminium alloys with licences",
        "",
        ("licensing", "EU", "*", False),
        frozenset({"aluminium"}),
    ),
    (
        "China adds rare earth magnets to export control list",
        "",
        ("licensing", "CN", "*", False),
        frozenset({"rare-earths"}),
    ),
    (
        "US imposes duties on Mexican silver-plated copper wire",
        "",
        ("tariff", "MX", "US", False),
        frozenset({"copper"}),
    ),
    # second batch (written after the first run, labelled before the engine read it): a metal
    # naming a mill, a plating or a cladding of another metal's goods
    (
        "India imposes duty on Chinese nickel-plated steel",
        "",
        ("tariff", "CN", "IN", False),
        frozenset({"steel"}),
    ),
    (
        "Canada imposes duties on copper-clad aluminium wire from China",
        "",
        ("tariff", "CN", "CA", False),
        frozenset({"aluminium"}),
    ),
    (
        "EU imposes duties on Chinese tin-plated steel sheet",
        "",
        ("tariff", "CN", "EU", False),
        frozenset({"steel"}),
    ),
    (
        "Mexico imposes anti-dumping duty on Chinese tin mill steel sheet",
        "",
        ("tariff", "CN", "MX", False),
        frozenset({"steel"}),
    ),
]
