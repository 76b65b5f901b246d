"""News that uses trade-policy words without reporting a measure on a metal (session 27, part 1
of 2; the genre sweep and three more kinds are in ``test_classifier_kinds_68.py``), in made-up
phrasings.

1. A government's measure on goods that are no metal (farm goods, fuel, vehicles, chips, solar
   panels, clothing), a metal named only beside it: a market or a trade that reacts ("US bans
   exports of advanced chips to China; gallium prices jump", "Vietnam curbs rice exports; zinc
   market shrugs", "..., unsettling nickel investors", "..., copper exporters fear
   retaliation") or a part told after the goods ("duties on Chinese electric vehicles with
   nickel-rich batteries", "surtax on Chinese solar panels, which use silver paste"). The rules
   read the measure and the title's metal as one event. The measure's own goods decide: the
   words between its verb and its noun ("bans palm oil exports") and after it ("on US
   soybeans", "exports of advanced chips", "on Asian textiles and shoes"), each item's last
   word its goods ("EV battery component" is a component); goods that are no metal, and no
   metal among them, veto (``tui/engine/classifier_other_goods.py``, run with
   ``nonmeasure_veto``). A list naming a metal ("tariffs on US steel, aluminium and whiskey")
   keeps the event, and so does a title naming no metal (its lede decides: "eased oil
   sanctions" whose lede names "oil and gold mining sectors").
2. A suit, an appeal or a claim for money back over a measure, told with the measure's noun
   ("Importers sue for refunds of Section 232 aluminium duties", "Appeal filed against 2019
   anti-dumping duties", "hears arguments in steel tariff refund case", "exporter appeals
   anti-dumping duties on zinc plate"): the case is the news, as the studied sets label every
   appeal, refund and suit. The words of a legal challenge (``CHALLENGE_NOUNS`` in
   ``tui/engine/classifier_rules_reactions.py``, read by ``_challenged`` when no verb of the
   measure decides) gained appeals, refunds, damages and "sue". A court that strikes a duty
   down still releases it.

How the cases were written: batch 1 (206 headlines in 16 genres, a third with a summary) was
written and labelled before the engine ran on any; batch 2 (new phrasings per kind, with near
misses that stay events) after reading batch 1's misses, before running it; batch 3 (66
headlines in the same genres) after the first fixes, labelled before running, read on main and
on the branch. First time, on main (the engine before the change):

- kind 1: batch 1 1 of 12, batch 2 5 of 16 (the four near misses and one more), batch 3 0 of 8:
  6 of 36. After: 36 of 36 (batch 3's "again", "through" and "take effect" cut the goods' words
  after it was read: 5 of 8 before those three).
- kind 2: batch 1 9 of 12, batch 2 8 of 10, batch 3 4 of 5: 21 of 27. After: 26 of 27; the one
  left ("launch court bid to claw back surtax payments") is marked ``xfail``.

Batch 4 (32 headlines, written after all the fixes above, labelled before running; the kinds
here and in ``_68.py`` and a few other genres), to measure how the fixes carry to new words:
kind 1 on main 1 of 10, on the branch as it then stood 5 of 10 (the misses: goods the list did
not know, "tomatoes", "onion"; "soy export tax" whose goods' words took "export"; "iron ore
flows normally" after a comma read as goods), after widening the list of goods and the words
that end them 9 of 9 (a tenth, a garbled "...? No, Korea keeps ban; zinc calm", was dropped as
no headline). Kind 2 on main 2 of 4, on the branch 4 of 4.

No labelled row changed (``benchmarks/row_changes.py main``: 0 lost, 0 gained): the studied
sets hold few of these kinds, which is why they were written.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' vetoes.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, a measure on goods that are no metal.
OTHER_GOODS: list[tuple[str, str, Want]] = [
    ("China slaps tariffs on US soybeans as trade war escalates, copper traders watch", "", None),
    (
        "US raises tariffs on Chinese EVs to 100%; lithium stocks slide",
        "The White House raised the tariff on Chinese electric vehicles to 100%. Shares of lithium producers Albemarle and SQM fell.",
        None,
    ),
    ("EU imposes duties on Chinese electric vehicles with nickel-rich batteries", "", None),
    (
        "US bans exports of advanced chips to China; gallium prices jump",
        "The Commerce Department tightened controls on AI chips and chipmaking tools. Gallium prices in Rotterdam rose on fears of Chinese retaliation.",
        None,
    ),
    ("India raises import duty on edible oils; silver traders see weaker rural demand", "", None),
    ("Canada puts 25% surtax on Chinese solar panels, which use silver paste", "", None),
    ("Japan restricts chipmaking equipment exports; copper wire makers unaffected", "", None),
    (
        "Indonesia bans palm oil exports, unsettling nickel investors",
        "President Joko Widodo announced a halt to exports of cooking oil and its raw material; nickel miners said they worried about policy unpredictability.",
        None,
    ),
    (
        "US imposes tariffs on Chinese drones; aluminium frames cited",
        "The new duty applies to finished drones and some components; aluminium airframe parts imported on their own are not covered.",
        None,
    ),
    ("Mexico raises tariffs on Asian textiles and shoes in steel-producing states' push", "", None),
    ("Turkey lifts ban on wheat imports as copper prices firm", "", None),
    ("Vietnam curbs rice exports; zinc market shrugs", "", None),
    ("Brazil raises import tariff on ethanol; aluminium can makers wary", "", None),
    ("Argentina suspends beef exports as zinc miners await tax reform", "", None),
    ("Japan tightens semiconductor equipment exports, citing security; tin unaffected", "", None),
    ("Kazakhstan halts wheat exports to Russia, while copper shipments continue", "", None),
    ("South Africa bans citrus fruit imports from Egypt, platinum trade steady", "", None),
    ("Australia lifts tariffs on Chinese wine as iron ore talks advance", "", None),
    ("Chile restricts salmon exports amid algae bloom; copper unaffected", "", None),
    ("US doubles tariff on Chinese solar cells and wafers, spooking silver bulls", "", None),
    ("Malaysia curbs chicken exports, rattling tin market sentiment", "", None),
    ("Peru imposes levy on imported clothing, copper exporters fear retaliation", "", None),
    ("EU extends tariffs on Chinese e-bikes; aluminium frame makers relieved", "", None),
    ("Russia bans gasoline exports; nickel giant Nornickel sees no impact", "", None),
    (
        "Canada imposes tariffs on US steel, aluminium and whiskey",
        "",
        ("tariff", "US", "CA", False),
    ),
    ("US raises tariffs on Chinese EVs, steel and aluminium", "", ("tariff", "CN", "US", False)),
    (
        "China bans exports of gallium and chipmaking equipment to US",
        "",
        ("suspended", "CN", "US", False),
    ),
    ("India hikes import duty on gold and edible oils", "", ("tariff", "*", "IN", False)),
    ("US slaps tariffs on Canadian lumber; aluminium smelters in Quebec watch", "", None),
    ("China bans Japanese seafood imports; rare earth exporters on alert", "", None),
    ("India restricts sugar exports again, as copper imports climb", "", None),
    ("EU duties on Chinese tyres take effect, steel cord suppliers spared", "", None),
    ("Mexico imposes 30% tariff on Chinese footwear; zinc miners unconcerned", "", None),
    ("Vietnam halts coal imports from Australia as iron ore trade grows", "", None),
    ("Canada raises surtax on Chinese electric vehicles, graphite miners cheer", "", None),
    ("Ukraine bans grain exports through Poland; steel rail traffic rerouted", "", None),
    # batch 4, written after all the fixes
    ("Thailand caps sugar exports; tin smelter Thaisarco unaffected", "", None),
    ("US hikes duties on Mexican tomatoes as steel talks drag on", "", None),
    ("India bans onion exports, copper wire imports unaffected", "", None),
    ("Argentina scraps soy export tax, lithium investors applaud", "", None),
    ("China halts Australian barley imports, iron ore flows normally", "", None),
    ("EU proposes tariffs on Russian fertilisers; aluminium spared", "", None),
    ("Turkey slaps 40% duty on Chinese cars; steel mills cheer", "", None),
    ("Canada restricts crude oil exports to US in dispute, nickel miners watch", "", None),
    ("US imposes duties on Vietnamese shrimp; aluminium foil case pending", "", None),
]

#: (title, summary, want): kind 2, a suit, an appeal or a refund claim over a measure.
LAWSUITS: list[tuple[str, str, Want]] = [
    (
        "US Court of International Trade hears arguments in steel tariff refund case",
        "Lawyers for a group of importers argued that duties collected under the 2018 proclamation should be refunded with interest; the government said the tariffs were lawful.",
        None,
    ),
    ("Importers sue for refunds of Section 232 aluminium duties paid since 2018", "", None),
    (
        "Appeal filed against 2019 anti-dumping duties on Chinese aluminium foil",
        "A Chinese exporter asked the Federal Circuit to overturn a lower court decision that upheld the duty rate of 106%.",
        None,
    ),
    ("Turkish steelmaker loses bid to recover damages over US duties", "", None),
    (
        "Federal Circuit to hear appeal over remand on Korean steel pipe duties",
        "Arguments are set for March in the long-running dispute over the rate applied to oil country tubular goods from South Korea.",
        None,
    ),
    (
        "Judge delays hearing in lawsuit challenging copper tariff proclamation",
        "The Court of International Trade postponed oral argument in the case brought by a group of wire makers until January.",
        None,
    ),
    ("Brazilian exporters seek arbitration over past nickel duty payments", "", None),
    ("Law firm files class action on behalf of importers hit by 2018 steel tariffs", "", None),
    (
        "Indian steel firm wins remand in countervailing duty case; rate to be recalculated",
        "The court sent the case back to the Commerce Department, which must reconsider a subsidy finding; the existing duty stays in place while it does so.",
        None,
    ),
    ("South African court dismisses scrap metal dealers' case over export rules", "", None),
    ("Supreme Court declines to take up challenge to old tin import levy", "", None),
    (
        "Ex-trader jailed for evading aluminium anti-dumping duties through Vietnam",
        "A former metals trader was sentenced to five years in prison for routing Chinese aluminium extrusions through Vietnam to avoid US duties.",
        None,
    ),
    ("Steel importers file lawsuit over Section 232 tariffs paid in 2019", "", None),
    ("Wire makers sue government for refund of copper import duties", "", None),
    ("Appeal lodged against 2021 countervailing duties on Indian stainless steel", "", None),
    ("Judge sets hearing date in aluminium tariff refund lawsuit", "", None),
    ("Retailers' suit challenging nickel tariffs heads to trial", "", None),
    ("Chinese exporter appeals anti-dumping duties on zinc plate at trade court", "", None),
    ("Court hears steel duty refund claims from 300 importers", "", None),
    ("Importers seek damages over aluminium tariffs collected since 2018", "", None),
    ("Court strikes down steel import tariffs", "", ("resuming", "*", "*", False)),
    ("Court rules against aluminium import duties", "", ("resuming", "*", "*", False)),
    pytest.param(
        "Canadian steel importers launch court bid to claw back surtax payments",
        "",
        None,
        marks=pytest.mark.xfail(
            reason="a court bid to claw back payments names no case noun the rules know",
            strict=True,
        ),
    ),
    ("Appeals panel weighs remand on aluminium extrusion duties", "", None),
    ("Trade court refund ruling leaves copper importers waiting", "", None),
    ("Korean pipe maker appeals US countervailing duty rate", "", None),
    ("Class action seeks refunds of nickel duties from customs agency", "", None),
    # batch 4, written after all the fixes
    ("Mexican steelmaker appeals US anti-dumping duties on rebar", "", None),
    ("Refund claims pile up for Trump-era aluminium tariffs", "", None),
    ("Trade court schedules hearing on copper duty suit", "", None),
    ("Norwegian aluminium firm sues EU over anti-dumping duties", "", None),
]


@headline_cases(OTHER_GOODS)
def test_a_measure_on_goods_that_are_no_metal(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(LAWSUITS)
def test_a_suit_appeal_or_refund_over_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
