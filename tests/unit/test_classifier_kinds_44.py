"""Nine kinds (session 21), each of news the engine read as a measure: what the story
really is, and the words that misled it.

1. **What a measure does to someone** ("US copper tariffs to push up wiring costs", "the ore
   ban puts profits at risk", "Chile is the big loser from Washington's copper levies", "pain
   from import levies"): the measure, a noun, is the subject of an effect on costs, prices,
   jobs or a market, or what a loser, a winner or a harm comes from; the effect is the news
   (``_effect_of_measure`` and ``_loser_from`` in ``tui/engine/classifier_sidelines.py``). A
   hedged effect ("may raise costs") is left to the rules: the first set labels one the plan.
2. **"safeguard" as a verb** ("pledges to safeguard steel jobs", "will safeguard European
   industry against US tariffs"): read as a safeguard measure; after "to" or a modal, or before
   what it protects, it is a verb (``safeguard_verb``, asked by ``rule_noun`` in
   ``classifier_nouns.py``), and a measure it protects "against", "from" or "amid" is another's
   (``_shielded_from``).
3. **Worries over a measure eased** ("reduced concerns over tariffs", "easing worries about US
   import duties lifted demand"): the verb of easing, or the participle after the measure, moves
   a market's mood, not the measure (``MOOD_NOUNS`` in ``classifier_rules.py``, read by
   ``scan_object`` in ``classifier_phrases.py``; ``mood_about`` in ``rule_noun``).
4. **A control of something else, and curbs on mining** ("tightens firearm controls and curbs
   silver mining", "tightening state control over gold mining"): "control" after a gun, a
   quality, a state's hold with no flow after it is no trade control (``_control_share`` in
   ``classifier_backdrops.py``, which now also finds the control a stop verb governs); "halts
   rare earth mining and exports" stops the exports too (``scan_object``).
5. **Sanctions on an armed or mercenary group** (``sanctions_parties`` in
   ``classifier_sanctioned_parties.py``, which now reads the sanction noun after "imposes"): a group
   names no goods; "G7 group" is states, not a company (``states_group``).
6. **A dialogue on export controls** ("open dialogue on rare earth export controls", "export
   control dialogue"): talks (``_TALK_WORDS`` in ``classifier_talks.py``, ``NON_MEASURE_HEADS``).
7. **A body's vote against duties** ("votes against anti-dumping duties", "votes down duties"):
   nothing imposed (``_voted_against``).
8. **A retaliation on other goods** ("imposes tariffs on C$20 billion of US goods in retaliation
   for steel, aluminium duties"): the metals are only the measure answered
   (``other_goods_named``, asked by ``context_metals`` in ``classifier_context.py``).
9. **A measure judged** ("copper export duty smaller than miners feared", "levy
   'manageable'", "tariffs mean higher prices", "far more than a trade weapon"): a view of the
   measure (``_judged``); what a ban "means firms must build plants" states its terms and stays.

First time, on the engine before the change: **22 of the 48 cases** written first read right
(effects 6 of 10, "safeguard" 2 of 6, worries 4 of 5, controls and mining 4 of 8, groups 1 of 5,
dialogues 1 of 4, votes 2 of 5, retaliations 2 of 5; most of the right ones are the measures
kept). Seven more effects (a harm "of" or "from", a head noun before the effect, a plight) were
written after the change and read on main's engine: 3 of 7 right there. The ninth kind was
written after the first eight were mended, its labels first, and read on that engine: 3 of its
8 cases right (the two measures kept and one verdict). Now 58 of the 63 read right; 5 are
marked ``xfail(strict=True)`` with the reason: two near-misses whose ``proposed`` follows the
wires' rule for "to", two retaliations whose cause or goods the rules do not set apart, and one
case relabelled after the first reading (the act in an "as" clause is the measure by the
README), whose side is still misread. Since session 27 the retaliation on "US pork and
cheese" reads right (goods that are no metal, ``tui/engine/classifier_other_goods.py``): 59 of
63, 4 ``xfail``.

These cases are kept out of ``CASES`` (which the learned event gate trains on): they test the
rules' vetoes.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, what a measure does to someone, the measure a noun.
EFFECTS: list[tuple[str, str, Want] | object] = [
    ("New EU steel quotas to have minimal effect on Tata Steel Europe", "", None),
    ("Indonesia's nickel ore ban puts Philippine miners' profits at risk", "", None),
    ("US copper tariffs to push up wiring costs for homebuilders", "", None),
    ("Chile is the big loser from Washington's copper levies", "", None),
    ("Japanese carmakers among biggest losers from US aluminium tariffs", "", None),
    ("China's gallium export curbs to drive up chip costs in Europe", "", None),
    ("India's zinc import duty to lift prices for galvanisers", "", None),
    # measures, and kept: the act before its effect, a plan with a purpose, a start
    (
        "US imposes 25% tariffs on Canadian aluminium, raising costs for can makers",
        "",
        ("tariff", "CA", "US", False),
    ),
    pytest.param(
        "EU to impose safeguard quotas on Turkish steel to protect jobs",
        "",
        ("quota", "TR", "EU", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason="not this kind: the rules read a government's 'to impose' as decided (the "
            "wires' rule), the blind sets' rule makes it proposed",
        ),
    ),
    ("Indonesia's nickel ore export ban takes effect", "", ("suspended", "ID", "*", False)),
    # written after the change (see the docstring): a harm "from" or "of" the measure, a head
    # noun before the effect, a plight
    ("The hidden toll of Indonesia's nickel export ban", "", None),
    ("Swiss refiners count the cost of US gold duties", "", None),
    ("Zambian copper exporters feel pain from Chinese import levies", "", None),
    ("Tariff shock triggers rout in aluminium premiums", "", None),
    ("US steel duty hike to fuel scramble for Brazilian slab", "", None),
    ("Nickel export ban puts Chinese refiners under pressure", "", None),
    (
        "Indonesia announces nickel ore export ban, causing prices to jump",
        "",
        ("suspended", "ID", "*", False),
    ),
]

#: (title, summary, want): kind 2, "safeguard" as a verb ("to safeguard its interests").
SAFEGUARD_VERB: list[tuple[str, str, Want] | object] = [
    ("Ottawa pledges to safeguard steel jobs amid US tariffs", "", None),
    ("Japan acts to safeguard its interests after US aluminium levies", "", None),
    ("Brussels will safeguard European industry against unfair US copper tariffs", "", None),
    # relabelled after the first reading (None before): by the README a government's act in an
    # "as" clause is the measure ("Gold hits record as Trump raises steel tariffs")
    pytest.param(
        "Seoul moves to safeguard national interests as Washington doubles steel duties",
        "",
        ("tariff", "*", "US", False),
        marks=pytest.mark.xfail(
            strict=True, reason="the act in the 'as' clause is read with Seoul as its side"
        ),
    ),
    # measures, and kept: the noun beside the verb, the verb after the act
    (
        "India imposes safeguard duty on steel imports to safeguard domestic mills",
        "",
        ("tariff", "*", "IN", False),
    ),
    (
        "Vietnam bans rare earth ore exports to safeguard domestic supply",
        "",
        ("suspended", "VN", "*", False),
    ),
]

#: (title, summary, want): kind 3, worries over a measure eased or reduced (a market's mood).
WORRIES: list[tuple[str, str, Want] | object] = [
    (
        "Gold trading plan for March 3: levels to watch",
        "Gold: Up as reduced concerns over tariffs and softer yields support buying.",
        None,
    ),
    (
        "Silver technical view: support at $31",
        "Silver gained as easing worries about US import duties lifted demand.",
        None,
    ),
    (
        "Copper desk note for Thursday",
        "Copper: Higher on reduced fears of new US tariffs and a weaker dollar.",
        None,
    ),
    # measures, and kept: the cut falls on the duty, the worry follows
    (
        "India reduces import duty on copper concentrate to ease supply worries",
        "",
        ("resuming", "*", "IN", False),
    ),
    (
        "US eases tariffs on Canadian aluminium, calming market concerns",
        "",
        ("resuming", "CA", "US", False),
    ),
]

#: (title, summary, want): kind 4, a control of something else, or a curb on mining.
OTHER_CONTROLS: list[tuple[str, str, Want] | object] = [
    ("Mexico tightens firearm controls and curbs silver mining in protected zones", "", None),
    ("Ghana tightens state control over small-scale gold mining", "", None),
    ("Peru restricts copper mining near glaciers", "", None),
    ("Indonesia halts issuance of new nickel mining permits", "", None),
    ("Bolivia's lithium management law takes effect, tightening state control", "", None),
    # measures, and kept: the flow restricted, export controls tightened
    ("Peru restricts copper concentrate exports", "", ("licensing", "PE", "*", False)),
    ("China tightens export controls on graphite", "", ("licensing", "CN", "*", False)),
    (
        "Myanmar halts rare earth mining and exports to China",
        "",
        ("suspended", "MM", "CN", False),
    ),
]

#: (title, summary, want): kind 5, sanctions on an armed or mercenary group, not on goods.
GROUPS: list[tuple[str, str, Want] | object] = [
    ("UK imposes sanctions on mercenary group over African gold deals", "", None),
    ("US sanctions armed group that funds itself with Congo gold", "", None),
    (
        "EU announces new sanctions on paramilitary group",
        "The measures target the group's gold-mining operations in Mali and Sudan.",
        None,
    ),
    # measures, and kept: a country's goods, a group of states
    ("US sanctions Russian gold exports", "", ("suspended", "RU", "US", False)),
    pytest.param(
        "G7 group to ban imports of Russian gold",
        "",
        ("suspended", "RU", "*", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the group of states is no company now; 'to ban' reads decided (as above)",
        ),
    ),
]

#: (title, summary, want): kind 6, a dialogue on export controls opened between governments.
DIALOGUES: list[tuple[str, str, Want] | object] = [
    ("US and Japan open dialogue on rare earth export controls", "", None),
    ("China, EU launch export control consultations as gallium curbs bite", "", None),
    ("Seoul and Beijing set up graphite export control dialogue", "", None),
    # a measure, and kept: controls launched
    ("China launches export controls on graphite", "", ("licensing", "CN", "*", False)),
]

#: (title, summary, want): kind 7, a trade body's vote against duties.
VOTES_AGAINST: list[tuple[str, str, Want] | object] = [
    ("ITC votes against anti-dumping duties on Korean aluminium foil", "", None),
    ("Trade commission votes against tariffs on Brazilian steel pipe", "", None),
    ("Australian anti-dumping panel votes down duties on Chinese zinc", "", None),
    # measures, and kept: a vote to keep duties, lawmakers' vote to put tariffs
    (
        "US ITC votes to keep duties on Chinese aluminium foil",
        "",
        ("tariff", "CN", "US", False),
    ),
    (
        "Brazil's Congress votes to raise tariffs on Chinese steel",
        "",
        ("tariff", "CN", "BR", True),
    ),
]

#: (title, summary, want): kind 8, a retaliation on other goods, the metals only in its cause.
RETALIATIONS: list[tuple[str, str, Want] | object] = [
    (
        "Canada imposes tariffs on C$20 billion of US goods in retaliation for steel,"
        " aluminium duties",
        "",
        None,
    ),
    pytest.param(
        "India hits $240 million of American products with duties over US steel tariffs",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True, reason="'over' opens no background clause, so the cause is not set apart"
        ),
    ),
    # goods named only by their own nouns (pork, cheese): read since session 27
    # (tui/engine/classifier_other_goods.py)
    (
        "Mexico slaps retaliatory tariffs on US pork and cheese in response to steel levies",
        "",
        None,
    ),
    # measures, and kept: the retaliation on the metals themselves
    (
        "In retaliation for US steel tariffs, Turkey raises duties on American aluminium",
        "",
        ("tariff", "US", "TR", False),
    ),
    (
        "EU imposes tariffs on US steel and bourbon in retaliation for metal duties",
        "",
        ("tariff", "US", "EU", False),
    ),
]


#: (title, summary, want): kind 9 (written after the first eight were mended, read first on the
#: engine with them), a measure judged: what someone says it is or means.
VERDICTS: list[tuple[str, str, Want] | object] = [
    ("Zambia's copper export duty smaller than miners feared", "", None),
    ("Chile's lithium export levy 'manageable', says SQM", "", None),
    ("Canada's steel surtax is far more than a trade weapon, minister says", "", None),
    ("US aluminium tariffs mean higher prices for brewers", "", None),
    ("Indonesia's nickel ore export ban largely beneficial, miners say", "", None),
    ("EU steel quotas unjustified, Turkish exporters argue", "", None),
    # measures, and kept: what a ban means for firms told as its terms, a start
    (
        "Zimbabwe's lithium export ban means firms must build local plants",
        "",
        ("suspended", "ZW", "*", False),
    ),
    ("US 25% steel tariffs effective from March 12", "", ("tariff", "*", "US", False)),
]


@headline_cases(VERDICTS)
def test_a_measure_judged_is_a_view(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(EFFECTS)
def test_what_a_measure_does_is_no_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SAFEGUARD_VERB)
def test_safeguard_as_a_verb_is_no_safeguard(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(WORRIES)
def test_worries_eased_are_no_release(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(OTHER_CONTROLS)
def test_other_controls_and_mining_curbs(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(GROUPS)
def test_sanctions_on_a_group_name_no_goods(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(DIALOGUES)
def test_a_dialogue_on_export_controls_is_talks(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(VOTES_AGAINST)
def test_a_vote_against_duties_is_none(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(RETALIATIONS)
def test_a_retaliation_on_other_goods(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
