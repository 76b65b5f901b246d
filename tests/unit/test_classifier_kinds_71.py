"""Fields of measures written the way wires and official notices write them (session 28), part 1.

The product owner's held-out wire is read wrong mostly in a field of a measure the engine did
detect (origin, destination, status, proposed, rate, metals). Three kinds of such fields, in
made-up phrasings labelled before the engine read them:

1. Several countries in one headline: who imposes, on whose goods, who is spared or only
   reacts ("EU and UK impose ...", "from China, Vietnam and South Korea", "all countries
   except ...", "exempts Norway and Iceland"). The goods' origin is the first country named
   after the measure, an importer list's first member the destination, a measure on all
   countries but some has no origin, and a country spared is the spared side of a release
   (``tui/engine/classifier_direction.py``, ``classifier_corridor.py``).
2. The actor named by a ministry, an agency or a capital (MOFCOM, METI, CBSA, the
   Commission, Ottawa, Kinshasa, Hanoi, Santiago ...), and goods named by their origin before
   the measure ("Indonesian nickel pig iron hit with EU anti-dumping duties")
   (``tui/engine/classifier_roles.py``, ``acronym_owners.py``, the gazetteer).
3. Rates as wires state them: "to 50% from 25%", "per cent" and "percent", a combined rate,
   "by an additional 10 percentage points" (a rate of 10, as the labelled sets read "by 5
   percentage points"), a range (no rate), a per-tonne duty (no per-cent rate), a priced cut
   (``resuming`` with no rate, docs/ACCURACY.md session 17) and a rate stated in the summary's
   first sentence of a measure headline (``tui/engine/classifier_event_rate.py``,
   ``classifier_rates.py``).

First time, on the engine before the change. The first batch (68 cases of these three kinds,
labelled before the engine read them): 65 right (several countries 20 of 22, agencies and
capitals 24 of 24, rates 21 of 22). A second batch for the kinds the first read wrong (16
cases, labelled before the engine read them, still on the unchanged engine): 10 right (a
measure on all countries but some 5 of 9, a rise in percentage points 5 of 7). A third batch
of wider phrasings (22 cases) and a fourth of priced cuts (5) were written after the first
engine change. On the final labels the engine before the change reads 98 of the 111 cases
(several 30 of 37, agencies 32 of 32, rates 36 of 42), after it 109 (two strict ``xfail``,
``_REACH``; both read since session 28, ``cut_over_rate`` in ``classifier_cuts.py``, kind 1 of
``test_classifier_kinds_77.py``). Fixed: places after "all countries except", "other than", "with the exception
of", "everywhere but" are left out, not the origin (``tui/engine/classifier_excepted.py``,
read by ``classifier_roles.py``); "adds 10 percentage points to tariffs" is a rate of 10, not
a market's gain (``classifier_rates.py``); "lifts ... tax by 3 points to 8%" raises the tax
(``classifier_phrases.py``); "increases 25% surtax on ... to 50%" is 50
(``classifier_rates.py``); a measure "before imposing" is proposed
(``classifier_contingency.py``, kind 1's consultation case).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of fields.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, case_ids, check_kind
from test_classifier import METALS

from tui.engine.classifier import classify, explain

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, several countries in one headline.
SEVERAL: list[tuple[str, str, Want]] = [
    (
        "EU and UK impose anti-dumping duties on Chinese aluminium foil",
        "",
        ("tariff", "CN", "EU", False),
    ),
    ("US exempts Australia and Canada from steel tariffs", "", ("resuming", "AU", "US", False)),
    (
        "Canada imposes surtax on steel from China, Vietnam and South Korea",
        "",
        ("tariff", "CN", "CA", False),
    ),
    (
        "India extends anti-dumping duty on zinc oxide from China, Malaysia and Vietnam",
        "",
        ("tariff", "CN", "IN", False),
    ),
    (
        "Washington imposes tariff on steel from all countries except Australia",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Turkey raises duties on aluminium from all countries except EU members",
        "",
        ("tariff", "*", "TR", False),
    ),
    ("Mexico and Canada hit US steel with retaliatory tariffs", "", ("tariff", "US", "MX", False)),
    (
        "Japan, South Korea spared from new US aluminium tariffs",
        "",
        ("resuming", "JP", "US", False),
    ),
    (
        "EU widens steel safeguard to cover imports from India and Turkey",
        "",
        ("quota", "IN", "EU", False),
    ),
    (
        "Australia imposes dumping duties on Chinese and Malaysian aluminium extrusions",
        "",
        ("tariff", "CN", "AU", False),
    ),
    ("US lifts tariffs on Canadian and Mexican steel", "", ("resuming", "CA", "US", False)),
    (
        "South Africa slaps duties on steel from China and Thailand",
        "",
        ("tariff", "CN", "ZA", False),
    ),
    (
        "Indonesia bans nickel ore exports; EU files WTO complaint",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "Philippines, Indonesia weigh joint nickel ore export ban",
        "",
        ("suspended", "PH", "*", True),
    ),
    (
        "EU imposes duties on Chinese steel, exempts Norway and Iceland",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Thailand imposes anti-dumping duties on steel from China, exempting Japanese mills",
        "",
        ("tariff", "CN", "TH", False),
    ),
    (
        "US grants tariff exclusions for Japanese and Korean steel",
        "",
        ("resuming", "JP", "US", False),
    ),
    ("Malaysia and Thailand ban tin ore exports", "", ("suspended", "MY", "*", False)),
    ("Kazakhstan halts tungsten exports to China and Russia", "", ("suspended", "KZ", "CN", False)),
    (
        "China bans gallium exports to the United States after consulting Russia",
        "",
        ("suspended", "CN", "US", False),
    ),
    (
        "Brazil imposes anti-dumping duties on steel from China, India and Russia",
        "",
        ("tariff", "CN", "BR", False),
    ),
    (
        "UK and Canada ban imports of Russian aluminium",
        "",
        ("suspended", "RU", "GB", False),
    ),
    # second batch (written after the first run, labelled before the engine read it): a
    # measure on all countries but some
    (
        "US imposes 25% tariff on aluminium from all countries except Canada",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Mexico raises steel tariffs for all origins except the United States",
        "",
        ("tariff", "*", "MX", False),
    ),
    (
        "India imposes safeguard duty on steel imports from all countries other than Japan",
        "",
        ("tariff", "*", "IN", False),
    ),
    (
        "EU extends steel quotas to all countries except Norway, Iceland and Liechtenstein",
        "",
        ("quota", "*", "EU", False),
    ),
    (
        "Canada slaps surtax on steel from all trading partners except the US and Mexico",
        "",
        ("tariff", "*", "CA", False),
    ),
    (
        "South Africa imposes duty on copper imports from everywhere but Zambia",
        "",
        ("tariff", "*", "ZA", False),
    ),
    (
        "Turkey bans scrap copper exports to all countries except Germany",
        "",
        ("suspended", "TR", "*", False),
    ),
    (
        "US tariffs on steel apply to all countries with the exception of Australia",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "US imposes steel tariffs on all countries including Canada",
        "",
        ("tariff", "*", "US", False),
    ),
    # third batch (written after the engine change, labelled before the engine read it):
    # wider phrasings of the kind
    ("US informs Japan, Korea of new steel tariffs", "", ("tariff", "*", "US", False)),
    (
        "EU consults Norway before imposing ferro-nickel safeguard quotas",
        "",
        ("quota", "*", "EU", True),
    ),
    ("US slaps duties on Vietnamese and Thai steel pipe", "", ("tariff", "VN", "US", False)),
    (
        "EU imposes duties on aluminium from China; Norway, Iceland exempt",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "China imposes duties on Japanese, Korean and EU stainless steel",
        "",
        ("tariff", "JP", "CN", False),
    ),
    ("UK bans imports of Russian and Belarusian steel", "", ("suspended", "RU", "GB", False)),
]

#: (title, summary, want): kind 2, a ministry, an agency or a capital as the actor; goods
#: named by their origin.
ACTORS: list[tuple[str, str, Want]] = [
    (
        "MOFCOM imposes anti-dumping duties on Japanese stainless steel",
        "",
        ("tariff", "JP", "CN", False),
    ),
    ("METI tightens export controls on gallium", "", ("licensing", "JP", "*", False)),
    (
        "CBSA imposes provisional duties on Chinese steel wire rod",
        "",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Commission imposes provisional duties on Chinese aluminium extrusions",
        "",
        ("tariff", "CN", "EU", False),
    ),
    ("Ottawa slaps surtax on Chinese steel", "", ("tariff", "CN", "CA", False)),
    ("Kinshasa suspends cobalt exports for four months", "", ("suspended", "CD", "*", False)),
    ("Jakarta bans bauxite exports from June", "", ("suspended", "ID", "*", False)),
    ("Beijing imposes export licences on antimony", "", ("licensing", "CN", "*", False)),
    (
        "Canberra imposes anti-dumping duties on Chinese steel rebar",
        "",
        ("tariff", "CN", "AU", False),
    ),
    ("Pretoria imposes export tax on scrap copper", "", ("tariff", "ZA", "*", False)),
    (
        "Indonesian nickel pig iron hit with EU anti-dumping duties",
        "",
        ("tariff", "ID", "EU", False),
    ),
    (
        "Peruvian copper concentrate faces new Chinese import tariff",
        "",
        ("tariff", "PE", "CN", False),
    ),
    ("Russian aluminium banned by UK", "", ("suspended", "RU", "GB", False)),
    ("Chilean lithium exports hit by Chinese duty", "", ("tariff", "CL", "CN", False)),
    (
        "Korea's trade ministry imposes duties on Chinese steel plate",
        "",
        ("tariff", "CN", "KR", False),
    ),
    ("Brussels slaps duties on Chinese tinplate steel", "", ("tariff", "CN", "EU", False)),
    ("New Delhi raises import duty on gold to 15%", "", ("tariff", "*", "IN", False)),
    ("Tokyo bans Russian palladium imports", "", ("suspended", "RU", "JP", False)),
    (
        "Hanoi imposes anti-dumping duty on Chinese galvanised steel",
        "",
        ("tariff", "CN", "VN", False),
    ),
    (
        "Santiago imposes provisional tariff on Chinese steel grinding balls",
        "",
        ("tariff", "CN", "CL", False),
    ),
    (
        "Mexico's economy ministry sets tariffs on Chinese aluminium",
        "",
        ("tariff", "CN", "MX", False),
    ),
    ("Ankara imposes additional duty on US aluminium", "", ("tariff", "US", "TR", False)),
    ("Brazilian steel faces 50% US tariff", "", ("tariff", "BR", "US", False)),
    ("Zimbabwe's mines ministry bans lithium ore exports", "", ("suspended", "ZW", "*", False)),
    # third batch (written after the engine change, labelled before the engine read it):
    # wider phrasings of the kind
    (
        "Moscow bans exports of palladium to unfriendly countries",
        "",
        ("suspended", "RU", "*", False),
    ),
    ("Seoul imposes anti-dumping duties on Chinese steel plate", "", ("tariff", "CN", "KR", False)),
    ("Brasilia raises import tariff on steel to 25%", "", ("tariff", "*", "BR", False)),
    ("USTR raises Section 301 tariffs on Chinese graphite", "", ("tariff", "CN", "US", False)),
    (
        "Commerce Department imposes duties on Canadian aluminium extrusions",
        "",
        ("tariff", "CA", "US", False),
    ),
    ("Congolese government suspends cobalt exports", "", ("suspended", "CD", "*", False)),
    ("DGFT requires licences for gold bar imports from UAE", "", ("licensing", "AE", "IN", False)),
    ("Philippine nickel ore faces Chinese import ban", "", ("suspended", "PH", "CN", False)),
]

#: Why a cut whose old rate stands between the verb and the noun was left (sessions 27-28): letting
#: a rate's sign lengthen the reach for any verb read it, but the gate retrained then chose a
#: lower threshold (0.097); read since by a cut verb alone whose object opens on the rate
#: (``cut_over_rate``), the gate's threshold unmoved. Kept for the docstring's history.
_REACH = "not fixed: the verb stands beyond the reach before the noun, see kind 3"

#: (title, summary, want, rate): kind 3, rates as wires state them.
RATES: list[Any] = [
    ("US raises steel tariffs to 50% from 25%", "", ("tariff", "*", "US", False), 50.0),
    ("India raises import duty on gold to 15% from 10%", "", ("tariff", "*", "IN", False), 15.0),
    (
        "Canada lifts surtax on Chinese steel to 35% from 25%",
        "",
        ("tariff", "CN", "CA", False),
        35.0,
    ),
    (
        "Indonesia raises nickel ore export tax to 10%, from 5%",
        "",
        ("tariff", "ID", "*", False),
        10.0,
    ),
    (
        "EU imposes anti-dumping duties of 19.3% to 46.7% on Chinese aluminium foil",
        "",
        ("tariff", "CN", "EU", False),
        None,
    ),
    (
        "China slaps 20%-40% duties on Japanese stainless steel",
        "",
        ("tariff", "JP", "CN", False),
        None,
    ),
    (
        "US imposes $1,500 per tonne duty on Chinese aluminium",
        "",
        ("tariff", "CN", "US", False),
        None,
    ),
    ("India sets export duty of $200 a tonne on iron ore", "", ("tariff", "IN", "*", False), None),
    (
        "US sets combined anti-dumping and countervailing duties of 93.5% on Chinese graphite",
        "",
        ("tariff", "CN", "US", False),
        93.5,
    ),
    (
        "China raises tariff on US aluminium by an additional 10 percentage points",
        "",
        ("tariff", "US", "CN", False),
        10.0,
    ),
    (
        "Trump adds 10 percentage points to tariffs on Canadian aluminium",
        "",
        ("tariff", "CA", "US", False),
        10.0,
    ),
    (
        "Brazil raises steel import tariff to 25%",
        "The increase, from 10.8%, applies to 11 steel products.",
        ("tariff", "*", "BR", False),
        25.0,
    ),
    (
        "Philippines imposes safeguard duty on steel imports",
        "The duty of 12% applies to imported steel bars from Friday.",
        ("tariff", "*", "PH", False),
        12.0,
    ),
    ("Turkey doubles tariff on US aluminium to 40%", "", ("tariff", "US", "TR", False), 40.0),
    (
        "South Africa hikes steel import duty to 10% from zero",
        "",
        ("tariff", "*", "ZA", False),
        10.0,
    ),
    (
        "China cuts tariff on US copper scrap to 5% from 25%",
        "",
        ("resuming", "US", "CN", False),
        None,
    ),
    ("India slashes import duty on silver to 6%", "", ("resuming", "*", "IN", False), None),
    (
        "Vietnam imposes 27.8% anti-dumping duty on Chinese steel",
        "",
        ("tariff", "CN", "VN", False),
        27.8,
    ),
    ("Canada imposes 25 per cent surtax on Chinese steel", "", ("tariff", "CN", "CA", False), 25.0),
    (
        "Indonesia sets 7.5 percent export duty on copper concentrate",
        "",
        ("tariff", "ID", "*", False),
        7.5,
    ),
    ("EU raises duty on Russian aluminium to 15% from 9%", "", ("tariff", "RU", "EU", False), 15.0),
    (
        "US raises tariff on Chinese tungsten to 25 percent from 7.5 percent",
        "",
        ("tariff", "CN", "US", False),
        25.0,
    ),
    # second batch (written after the first run, labelled before the engine read it): a rise
    # told in percentage points, added or raised by
    (
        "China adds 15 percentage points to duties on US steel",
        "",
        ("tariff", "US", "CN", False),
        15.0,
    ),
    (
        "EU raises tariff on Russian aluminium by 5 percentage points",
        "",
        ("tariff", "RU", "EU", False),
        5.0,
    ),
    (
        "India hikes gold import duty by 2.5 percentage points",
        "",
        ("tariff", "*", "IN", False),
        2.5,
    ),
    (
        "Canada adds 10-percentage-point surcharge to Chinese steel tariffs",
        "",
        ("tariff", "CN", "CA", False),
        10.0,
    ),
    (
        "US tacks on 10 percentage points to tariffs on Chinese graphite",
        "",
        ("tariff", "CN", "US", False),
        10.0,
    ),
    ("Turkey adds 20% duty on US aluminium", "", ("tariff", "US", "TR", False), 20.0),
    (
        "Indonesia lifts nickel export tax by 3 points to 8%",
        "",
        ("tariff", "ID", "*", False),
        8.0,
    ),
    # third batch (written after the engine change, labelled before the engine read it):
    # wider phrasings of the kind
    (
        "US doubles tariff on Chinese aluminium to 50% from 25%",
        "",
        ("tariff", "CN", "US", False),
        50.0,
    ),
    (
        "Canada increases 25% surtax on Chinese steel to 50%",
        "",
        ("tariff", "CN", "CA", False),
        50.0,
    ),
    (
        "Mexico hikes steel tariff to 50 per cent from 25 per cent",
        "",
        ("tariff", "*", "MX", False),
        50.0,
    ),
    (
        "Turkey imposes additional 10% duty on US aluminium",
        "",
        ("tariff", "US", "TR", False),
        10.0,
    ),
    (
        "US adds 10% duty on Chinese graphite on top of existing 25% tariff",
        "",
        ("tariff", "CN", "US", False),
        10.0,
    ),
    (
        "Indonesia triples nickel pig iron export levy to 15%",
        "",
        ("tariff", "ID", "*", False),
        15.0,
    ),
    (
        "China sets tariff on US copper scrap at 25%",
        "",
        ("tariff", "US", "CN", False),
        25.0,
    ),
    (
        "EU duty on Russian aluminium rises to 15% from 9%",
        "",
        ("tariff", "RU", "EU", False),
        15.0,
    ),
    # fourth batch (a priced cut whose old rate stands before the measure's noun; the first
    # was seen on the engine while testing the change above, the others labelled before the
    # engine read them): a release with no rate, as the labelled sets read every priced cut
    (
        "India cuts 15% gold import duty to 6%",
        "",
        ("resuming", "*", "IN", False),
        None,
    ),
    (
        "China lowers 25% tariff on US copper scrap to 10%",
        "",
        ("resuming", "US", "CN", False),
        None,
    ),
    (
        "Indonesia halves its 10% nickel export levy",
        "",
        ("resuming", "ID", "*", False),
        None,
    ),
    (
        "US trims 50% steel tariff to 25% for UK",
        "",
        ("resuming", "GB", "US", False),
        None,
    ),
    (
        "Vietnam reduces 15% anti-dumping duty on Chinese steel to 5%",
        "",
        ("resuming", "CN", "VN", False),
        None,
    ),
]


def check_rate(title: str, summary: str, want: Want, rate: float | None) -> None:
    """The classifier reads ``want`` and the measure's own per-cent ``rate`` from the headline."""
    event = classify(title, summary, METALS)
    got = None if event is None else (event.status, event.origin, event.destination, event.proposed)
    got_rate = None if event is None else event.rate_pct
    assert (got, got_rate) == (want, rate), "\n".join(explain(title, summary, METALS))


@pytest.mark.parametrize(("title", "summary", "want"), SEVERAL, ids=case_ids(SEVERAL))
def test_several_countries_in_one_headline(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), ACTORS, ids=case_ids(ACTORS))
def test_an_agency_or_capital_acts_goods_named_by_origin(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want", "rate"), RATES, ids=case_ids(RATES))
def test_rates_as_wires_state_them(
    title: str, summary: str, want: Want, rate: float | None
) -> None:
    check_rate(title, summary, want, rate)
