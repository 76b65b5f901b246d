"""Four kinds of false event (session 19): news that names a measure without reporting one.

The held-out false events of the leave-one-set-out run (``benchmarks/loso_event_gate.py``) on
the studied sets were grouped by kind; these are four of the kinds, each labelled no measure
wherever the studied sets hold it:

1. **Sanctions on people, networks and private firms**, not on goods: a treasury sanctioning a
   smuggling network, individuals, a paramilitary group's subsidiary, traders or private miners
   puts no measure on a metal's trade (sanctions on a state's mining company, agency or sector,
   and on a country's metal, stay events).
2. **Evading a measure**: sanctions evaded, a gap or loophole in them, goods shipped round a
   ban; the measure is what is dodged, not news of one (closing a loophole by a new measure stays
   an event).
3. **A court's or the WTO's ruling, and cases brought**: a WTO panel that "rules" or "finds"
   on a measure, a court ruling on a permit, a case or complaint against a measure; the ruling
   is the news (a national court that suspends a duty or rules against it stays a release, as
   ``test_classifier_kinds_7.py`` has it).
4. **What a country "must" or "should" do**: an editorial or a speaker's call that a
   government must impose, should consider or needs to raise a measure (traders who must hold a
   licence under a rule stay an event, and so does a leader's own "should consider", a plan).

5. **A firm barred from a bullion or metal market**: the market's rule on a firm, not a trade
   measure (a country's metal barred from an exchange stays a measure on it, as
   ``test_classifier_kinds_5.py`` has it).
6. **A takeover, a deal or a sale blocked**: a government stopping a transaction, not a flow.
7. **A response promised** to another country's measure ("vows a response to ... tariffs",
   "promises retaliation over ... duties"): no measure of its own named yet (a response taken
   with its measure named stays an event).

8. **Goods under a measure traded** ("imports 'banned' gold", "buy sanctioned palladium"): who
   trades the goods is the news, not a new measure on them.

Every phrasing was written for its kind (none is a headline of any real set), in other
countries, metals and wordings, with measures beside each kind that must stay events.
First time, on the engine before each rule: kinds 1-4 9 of 22 right, 5-6 10 of 12 (the
exchange phrasings were then narrowed: ``test_classifier_kinds_5.py`` and the set written with
the rules read an exchange barring a country's metal as a measure on it), 7 and the passive of
4 4 of 6, 8 2 of 4 (two more written after, already right).
"""

from __future__ import annotations

from kinds_cases import Want, check_kind, headline_cases

#: title, summary, (status, origin, destination, proposed) or None
CASES: list[tuple[str, str, Want]] = [
    # --- 1. sanctions on people, networks, private firms ---------------------------------------
    ("Treasury sanctions cobalt trafficking network in central Africa", "", None),
    ("UK sanctions five individuals behind illicit gold exports from Mali", "", None),
    ("EU imposes sanctions on palladium traders linked to Moscow", "", None),
    ("Canada sanctions mercenary group's copper subsidiary in Congo", "", None),
    ("Washington sanctions private gold miners controlled by militia", "", None),
    # ... on a country's metal, a state firm or a sector: events
    ("Canada imposes sanctions on Russian palladium", "", ("suspended", "RU", "CA", False)),
    ("US sanctions Iran's copper sector", "", ("suspended", "IR", "US", False)),
    # --- 2. evading a measure -----------------------------------------------------------------
    ("Smugglers use Dubai to evade sanctions on Russian platinum", "", None),
    ("How Russian palladium slips through a gap in western sanctions", "", None),
    ("Traders exploit loophole in Indonesian nickel export ban", "", None),
    ("Report finds Chinese gallium skirting US export controls via Vietnam", "", None),
    # ... a new measure that closes a loophole: an event
    ("Japan bans platinum imports from Russia", "", ("suspended", "RU", "JP", False)),
    # --- 3. a court's or the WTO's ruling, a case brought ---------------------------------------
    ("WTO panel rules against India's steel import duties", "", None),
    ("State court rules officials wrongly granted a lithium export permit", "", None),
    ("Japan files WTO case against Korean aluminium tariffs", "", None),
    ("Australia weighs WTO complaint over Chinese copper import curbs", "", None),
    # ... a national court suspending a duty, or ruling against it, releases it: an event
    ("Brazil court suspends tariffs on steel imports", "", ("resuming", "*", "BR", False)),
    (
        "Argentine court rules against duties on aluminium imports",
        "",
        ("resuming", "*", "AR", False),
    ),
    # --- 4. what a country must or should do --------------------------------------------------
    ("Brazil must impose tariffs on Chinese steel", "", None),
    ("Why Vietnam should restrict rare earth exports", "", None),
    ("Ghana needs to ban raw gold exports, economist argues", "", None),
    ("Peru should consider a copper export tax to fund roads", "", None),
    # ... a leader's own "should consider" is a plan (the rules on speakers), and traders who
    # must hold a licence under a new rule are bound by a measure: events
    (
        "Bolivian president says Bolivia should consider curbing lithium exports",
        "",
        ("licensing", "BO", "*", True),
    ),
    ("Mexico says silver exporters must now hold a licence", "", ("licensing", "MX", "*", False)),
    (
        "Exporters must obtain licences to ship silver, Mexico rules",
        "",
        ("licensing", "MX", "*", False),
    ),
    ("Zinc duties must be considered in the next budget, steel users argue", "", None),
    # --- 5. a firm barred from a bullion market --------------------------------------------------
    ("Dubai refiner suspended from London bullion market", "", None),
    ("Swiss Silver Ltd barred from Asian metal markets over sourcing", "", None),
    # ... a country's metal barred from an exchange's warehouses stays a measure on it
    ("Metal exchange bars Russian copper from its warehouses", "", ("suspended", "RU", "*", False)),
    # --- 6. a takeover, a deal or a sale blocked: no trade measure ------------------------------
    ("Canberra blocks Chinese takeover of lithium miner", "", None),
    ("Chile halts sale of copper mine stake to Saudi fund", "", None),
    ("Senators urge White House to block Japanese purchase of aluminium maker", "", None),
    # ... a flow blocked stays an event
    ("Australia blocks lithium exports to China", "", ("suspended", "AU", "CN", False)),
    # --- 8. goods under a measure traded ------------------------------------------------------
    ("Asian nation imports ‘banned’ Russian platinum", "", None),
    ("African country ships embargoed copper to Iran", "", None),
    ("Traders quietly buy embargoed Russian palladium", "", None),
    # ... a country banning the goods stays an event
    ("Norway banned Russian aluminium imports", "", ("suspended", "RU", "NO", False)),
    # --- 7. a response promised to another's measure ---------------------------------------------
    ("Mexico vows swift response to Canadian steel tariffs", "", None),
    ("Japan pledges measured reply to Chinese gallium export curbs", "", None),
    ("Brazil's president promises retaliation over US aluminium duties", "", None),
    ("Canberra weighs response to Indonesian nickel export ban", "", None),
    # ... a response taken, naming its measure: an event
    (
        "Mexico responds to Canadian steel tariffs with 20% duties on Canadian aluminium",
        "",
        ("tariff", "CA", "MX", False),
    ),
    # --- 4 (passive). what "must be considered" in a measure: a call ---------------------------
    ("Refiners' exposure must be considered in any new platinum sanctions on Russia", "", None),
]


@headline_cases(CASES)
def test_news_naming_a_measure_without_reporting_one(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
