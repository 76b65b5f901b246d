"""Four kinds of misread measure (session 19), in made-up phrasings.

1. A title opening on a country's exports hit by another country's measure ("Chile's copper
   exports hit by US tariff") read the imposer as the origin and the exporter as the
   destination (US -> CL): the possessive took the role of a target. The measure falls on the
   first country's goods entering the second's market: CL -> US, imports
   (``tui/engine/classifier_struck.py``).
2. A court's verdict with its measure after it ("Court rules against copper import duties")
   read "rules" as a measure noun (``licensing``); right after a court, judge or tribunal and
   before "against", "rules" is the court's verb, and the verdict releases the measure that
   follows (``resuming``), as "rules against duties on copper imports" already read
   (``tui/engine/classifier_courts.py``). "rules" as a noun ("new export rules") stays one.
3. A government's restriction followed, after a colon, by its terms ("Ghana restricts gold
   exports: exporters must obtain licences") was vetoed as an industry's call: a short tail
   after the last colon naming exporters or firms was taken for the speaker. A tail with a
   word of obligation ("must", "required", "need", "have to") states the measure's terms and
   names no speaker (``industry_tail`` in ``tui/engine/classifier_frames.py``); a tail that
   only names an industry ("...: miners' association") is still its call.
4. A flow kept to a class of traders the state owns or approves, written with "traders"
   ("permits tungsten exports only via state-owned traders") was vetoed as market news:
   "traders" is a market word ("Gold steady as traders eye ..."). After a word of the state's
   approval or ownership ("approved", "licensed", "registered", "state-owned", "state") the
   traders are the channel ``tui/engine/classifier_channels.py`` reads as ``licensing``, not a
   market (``MARKET_RE`` in ``tui/engine/classifier_rules.py``).

First time, on the engine before the change: 9 of the 21 cases read right (the misses are four
of the struck exports, three of the courts' verbs, three of the restrictions' terms and two of
the traders' classes; the rest are kept readings).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of corridors and verbs.
"""

from __future__ import annotations

from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, a country's exports struck by another's measure.
STRUCK: list[tuple[str, str, Want]] = [
    ("Chile's copper exports hit by US tariff", "", ("tariff", "CL", "US", False)),
    (
        "Peru's zinc shipments targeted by Chinese anti-dumping duties",
        "",
        ("tariff", "PE", "CN", False),
    ),
    (
        "Norway's aluminium exports affected by new EU safeguard duties",
        "",
        ("tariff", "NO", "EU", False),
    ),
    ("Vietnam's steel exports struck by Canadian surtax", "", ("tariff", "VN", "CA", False)),
    # already right, and kept: a demonym, the destination named, a measure with no imposer
    ("Turkish steel exports hit by US tariffs", "", ("tariff", "TR", "US", False)),
    ("Brazil's steel exports to Mexico hit by tariff", "", ("tariff", "BR", "MX", False)),
    ("Bolivia's tin exports hit by ban", "", ("suspended", "BO", "*", False)),
]

#: (title, summary, want): kind 2, a court's "rules against" before the measure.
COURTS: list[tuple[str, str, Want]] = [
    ("Court rules against zinc import duties", "", ("resuming", "*", "*", False)),
    ("Federal judge rules against nickel import tariffs", "", ("resuming", "*", "*", False)),
    ("Canadian court rules against steel import duties", "", ("resuming", "*", "CA", False)),
    # already right, and kept: the measure after "on", and "rules" as a noun
    ("Court rules against duties on zinc imports", "", ("resuming", "*", "*", False)),
    ("Peru sets new export rules for copper", "", ("licensing", "PE", "*", False)),
]

#: (title, summary, want): kind 3, a restriction whose terms follow a colon.
TERMS: list[tuple[str, str, Want]] = [
    (
        "Ghana restricts gold exports: exporters must obtain licences",
        "",
        ("licensing", "GH", "*", False),
    ),
    ("Laos curbs tin exports: traders need permits", "", ("licensing", "LA", "*", False)),
    (
        "Zambia restricts cobalt exports: firms required to register",
        "",
        ("licensing", "ZM", "*", False),
    ),
    # already right, and kept: a tail that names the industry speaking
    ("Export tax on tin to hurt smelters: miners' association", "", None),
]

#: (title, summary, want): kind 4, trade kept to a class of traders called "traders".
TRADERS: list[tuple[str, str, Want]] = [
    (
        "Kazakhstan permits tungsten exports only via state-owned traders",
        "",
        ("licensing", "KZ", "*", False),
    ),
    (
        "Bolivia permits tin exports only through licensed traders",
        "",
        ("licensing", "BO", "*", False),
    ),
    # the class's own word read as the restart ("approved"): the channel before it decides
    (
        "Mongolia permits copper exports only through approved traders",
        "",
        ("licensing", "MN", "*", False),
    ),
    (
        "Peru permits zinc exports only via authorised companies",
        "",
        ("licensing", "PE", "*", False),
    ),
    # an approval with no channel stays a release
    ("Indonesia approved nickel ore exports", "", ("resuming", "ID", "*", False)),
    # already right, and kept: a verb's limit to traders, traders as a market's mood, a
    # state trading company's channel
    ("Laos limits tin exports to registered traders", "", ("licensing", "LA", "*", False)),
    ("Tin steady as traders weigh Laos export curbs", "", None),
    ("Laos limits tin exports to state trading companies", "", ("licensing", "LA", "*", False)),
]


@headline_cases(STRUCK)
def test_exports_struck_by_another_countrys_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(COURTS)
def test_a_courts_rules_against_is_its_verb(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(TERMS)
def test_a_restrictions_terms_after_a_colon(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(TRADERS)
def test_a_class_of_traders_is_no_market(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
