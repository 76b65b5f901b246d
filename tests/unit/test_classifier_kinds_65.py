"""Plan words that are not the measure's plan, and a title's first sentence apart (session
26), in made-up phrasings. Found among the studied sets' wrong ``proposed`` fields (blind16's
"Rupee seen dipping ..." whose lede says "poised to open ... after Trump made good on his
threat of imposing tariffs", blind4's lede "doubled his planned tariff", gate4's "Musk may
find .... Trump imposes heavy taxes ...").

1. A plan word as the adjective of the measure an act verb takes ("US doubles its planned
   tariff on Canadian aluminium", "Canada enacts its planned surtax") read the act as a plan;
   so did a threat or pledge carried out ("makes good on threat of steel tariffs", "follows
   through on threat to ban"). The act verb before the adjective, or "good/through on" before
   the noun, says the plan is taken (``acted_on_plan`` in
   ``tui/engine/classifier_plan_owner.py``, read with the effect modals of
   ``classifier_comments.py``); a threat repeated stays a plan.
2. A plan word of a market's move ("The Korean won is poised to open weaker after the US
   imposed tariffs") made the measure after it a plan; the clause from the word that joins
   the move to its cause ("after", "as", "on") is read for the measure's own plan
   (``moved_start`` in ``tui/engine/classifier_plan_owner.py``); "Mexico poised to raise
   steel tariffs" stays a plan.
3. A title of two sentences whose first tells no measure ("Analysts may be surprised. India
   raises import duty on gold to 15%", "Miners could suffer. Indonesia bans bauxite
   exports") read the first sentence's modal as the measure's plan, or was vetoed as the
   analysts' view or a company's act: as after a market's move (session 25's two-part
   titles), the act's sentence is read alone (``part_apart`` in
   ``tui/engine/classifier_market_acts.py``), and its own modal still makes a plan.
4. A lede planning to sign or issue the instrument that makes the measure ("President Trump
   plans to sign an executive order doubling tariffs on steel", "plans to publish an order
   that would impose a surtax") read as decided: the lede's plan named an instrument between
   "plans to" and the measure's verb (``INSTRUMENT_PLAN_RE`` in
   ``tui/engine/classifier_rules_plans.py``, read with ``LEDE_PLAN_RE``). Found as gate4's
   "Trump's Tariff Triumph: Doubling Down on Steel and Aluminum".

First time, on the engine before the change: of the first 12 cases (kinds 1-3 with their
near misses) 7 read right (both planned adjectives, the lede's "poised to" and both
two-sentence titles were wrong); of 4 carried-out threats and pledges written next, 2 (both
threats carried out were plans); of 5 more two-sentence titles, 2. In all 11 of 21 right
first time; 21 of 21 after. Kind 4, written after: 4 of 8 right first time (the three plans
of the first five, then one of three more), 8 of 8 after. One case in capitals was added to
kind 3 after the invariance audit (wrong before). In all 15 of 30 first time, 30 of 30 after.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of plans.
"""

from __future__ import annotations

from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, a plan taken.
TAKEN: list[tuple[str, str, Want]] = [
    (
        "US doubles its planned tariff on Canadian aluminium to 50%",
        "",
        ("tariff", "CA", "US", False),
    ),
    ("Canada enacts its planned surtax on Chinese steel", "", ("tariff", "CN", "CA", False)),
    ("Trump makes good on threat of steel tariffs", "", ("tariff", "*", "US", False)),
    (
        "China follows through on threat to ban gallium exports",
        "",
        ("suspended", "CN", "*", False),
    ),
    (
        "Indonesia delivers on pledge to halt bauxite exports",
        "",
        ("suspended", "ID", "*", False),
    ),
    # near misses: a plan still
    ("US plans tariff on Canadian aluminium", "", ("tariff", "CA", "US", True)),
    ("Trump repeats threat of steel tariffs", "", ("tariff", "*", "US", True)),
]

#: (title, summary, want): kind 2, a market's move told with a plan word.
MOVES: list[tuple[str, str, Want]] = [
    (
        "Peso poised to slide after Mexico raises steel tariffs",
        "",
        ("tariff", "*", "MX", False),
    ),
    (
        "Rand seen weakening as South Africa imposes duty on steel imports",
        "",
        ("tariff", "*", "ZA", False),
    ),
    (
        "Stocks poised to open lower as China halts gallium exports",
        "",
        ("suspended", "CN", "*", False),
    ),
    (
        "Won slips on US tariff turbulence",
        "The Korean won is poised to open weaker after the US imposed tariffs on steel imports.",
        ("tariff", "*", "US", False),
    ),
    # near misses: the plan word is the government's
    ("Mexico poised to raise steel tariffs", "", ("tariff", "*", "MX", True)),
    ("India may raise import duty on gold", "", ("tariff", "*", "IN", True)),
]

#: (title, summary, want): kind 3, a first sentence that tells no measure.
PARTS: list[tuple[str, str, Want]] = [
    (
        "Analysts may be surprised. India raises import duty on gold to 15%",
        "",
        ("tariff", "*", "IN", False),
    ),
    ("Miners could suffer. Indonesia bans bauxite exports", "", ("suspended", "ID", "*", False)),
    (
        "Copper slips. Chile may curb copper concentrate exports",
        "",
        ("licensing", "CL", "*", True),
    ),
    (
        "Smelters fear the worst. Guinea halts bauxite exports",
        "",
        ("suspended", "GN", "*", False),
    ),
    ("Traders stay cautious; Peru raises copper export tax", "", ("tariff", "PE", "*", False)),
    (
        "Analysts may be surprised. Indonesia could ban nickel exports",
        "",
        ("suspended", "ID", "*", True),
    ),
    ("Miners could suffer. Prices of nickel ore fall", "", None),
    (
        "Investors might shrug. Canada imposes surtax on Chinese steel",
        "",
        ("tariff", "CN", "CA", False),
    ),
    # added after the invariance audit (gate4's two-sentence title in capitals read its first
    # sentence's modal): wrong on the engine before the change
    (
        "INVESTORS MIGHT SHRUG. CANADA IMPOSES SURTAX ON CHINESE STEEL",
        "",
        ("tariff", "CN", "CA", False),
    ),
]


#: (title, summary, want): kind 4, a lede planning to sign the measure's instrument.
SIGNED: list[tuple[str, str, Want]] = [
    (
        "Trump's new steel tariffs",
        "President Trump plans to sign an executive order doubling tariffs on steel imports "
        "to 50%.",
        ("tariff", "*", "US", True),
    ),
    (
        "Indonesia's nickel export tax",
        "Indonesia plans to issue a decree imposing a tax on nickel pig iron exports.",
        ("tariff", "ID", "*", True),
    ),
    (
        "Ghana gold export levy",
        "The finance minister intends to sign a regulation introducing a 3% levy on gold exports.",
        ("tariff", "GH", "*", True),
    ),
    (
        "Vietnam rare earth export ban",
        "The government is preparing to issue a new decree banning exports of unprocessed rare "
        "earths.",
        ("suspended", "VN", "*", True),
    ),
    (
        "Canada steel surtax",
        "Ottawa plans to publish an order that would impose a 25% surtax on Chinese steel.",
        ("tariff", "CN", "CA", True),
    ),
    # near misses: the instrument signed or issued
    (
        "Trump's new steel tariffs",
        "President Trump signed an executive order doubling tariffs on steel imports to 50%.",
        ("tariff", "*", "US", False),
    ),
    (
        "Indonesia's nickel export tax",
        "Indonesia has issued a decree imposing a tax on nickel pig iron exports.",
        ("tariff", "ID", "*", False),
    ),
    (
        "Canada steel surtax",
        "Ottawa published an order imposing a 25% surtax on Chinese steel.",
        ("tariff", "CN", "CA", False),
    ),
]


@headline_cases(SIGNED)
def test_a_lede_planning_the_instrument(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(TAKEN)
def test_a_plan_taken_is_no_plan(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(MOVES)
def test_a_markets_plan_word_is_not_the_measures(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(PARTS)
def test_a_first_sentence_apart(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
