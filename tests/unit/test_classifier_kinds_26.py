"""Kinds of wording that other outlets use for a measure the rules already read (session 17,
the paraphrase audit of ``tests/unit/data/paraphrases.toml``), in made-up phrasings aimed at
the wording, never at a paraphrase's words.

A participle dated by an effect phrase right after it ("exports suspended with immediate
effect", "banned effective Monday") is passive as before "from" or "until" (read before as an
active verb with an object, no event). A flow as the subject of a stop verb's infinitive
("rare earth exports to stop from July") stops as "exports halted" does.

A flow that faces a charge ("tin exports to face new fee", "imports could face a levy") bears
it: the charge is on that flow, as "levy on exports" is (a bare tax is no trade measure, so it
was read as none); a windfall tax stays a tax on profits. An attribution after a comma ("...,
officials say") is who told the news, not another topic listed beside the measure.

A place named by "in" after a measure, followed by a phrase of law, date or reason ("exports
banned in Laos under a new decree"), or before the participle that changes the measure
("export quotas in Guinea extended"), is where the measure was set, as at the title's end.

A demonym before a measure's modifiers ("Mexican retaliatory tariffs on US aluminium") is the
imposer, as before the measure itself ("Mexican tariffs"; read before as the goods' origin); so
is a demonym before a metal and a safeguard ("Turkish steel safeguard"), since a safeguard
names no exporter. A demonym after "change to" ("no change to Indonesian ore export ban") names
what changes, not where goods go.

A leader "calls for" a measure between countries (a place or a flow named after it): a
demand, no phone call (read before as talks about the measure). A country as the subject of "may" or "could" plans the measure, though its leader is
named after the comma ("Chile may halt lithium exports, Boric says"; read before as a firm's
forecast). "Lift" with a charge and a new rate after it raises the charge ("lifts surtax to
35%", read before as a release). A measure that gives way or makes way to another is replaced
by it, also after "to" ("ban to give way to quotas": no purpose clause after a bare subject).

A flow that is the subject of a restart verb's participle ("imports of scrap into India
permitted again") restarts, however long its goods; "permitted" is a restart verb ("permits"
stays the licence noun). A charge "on" goods of many words before their flow ("levy on nickel
laterite ore exports") is on that flow (read before as a duty on imports); a metal of two words
("rare earth") lengthens the reach to the verb before a measure, as a possessive does.

"Sanction" after a list of places is their verb ("Canada and Japan sanction Russian steel"):
sanctions on the goods, imposed by the first place named (read before as a bare noun, none).
A year's quotas named by an ordinal and no flow ("second rare earth quotas of the year
issued") are a tranche of production quotas, as "second batch" is.

One label was changed later (session 30): "Moroccan steel safeguard duties extended to 2027",
written a ``tariff``, is a ``quota``, since the product owner's issue #16 states that a
prolonged safeguard on steel is a tariff-rate quota.
"""

from __future__ import annotations

from kinds_cases import check_kind, headline_cases

CASES: list[object] = [
    # --- a participle dated by an effect phrase; a flow's infinitive --------------------------
    (
        "Tin exports from Bolivia suspended with immediate effect",
        "",
        ("suspended", "BO", "*", False),
    ),
    ("Zinc imports into Kenya banned with effect from Monday", "", ("suspended", "*", "KE", False)),
    ("Gold exports from Ghana banned effective immediately", "", ("suspended", "GH", "*", False)),
    ("Laos: rare earth exports to stop from July", "", ("suspended", "LA", "*", False)),
    ("Peruvian copper shipments to halt next month", "", ("suspended", "PE", "*", False)),
    # ... while a participle with an object, or a flow to a place, reads as before
    ("Copper exports to China halt after port strike", "", None),
    ("Gold exports halted by a strike at the port", "", None),
    # --- a flow that faces a charge ------------------------------------------------------------
    ("Cobalt exports from Zambia to face new levy", "", ("tariff", "ZM", "*", False)),
    ("Tin exports from Myanmar to face new fee", "", ("tariff", "MM", "*", False)),
    ("Bauxite exports from Guinea could face a tax", "", ("tariff", "GN", "*", True)),
    # ... while miners facing a tax face no trade measure
    ("Copper miners face new tax", "", None),
    ("Zambian gold producers to face higher levy", "", None),
    # --- a place by "in", then a phrase of law, date or reason, or the changing participle ---
    ("Raw nickel exports banned in Laos under a new decree", "", ("suspended", "LA", "*", False)),
    ("Gold imports restricted in Pakistan from May", "", ("licensing", "*", "PK", False)),
    ("Bauxite export quotas in Guinea extended", "", ("quota", "GN", "*", False)),
    # ... while a place after a market word is where the market is
    ("Steel demand in Europe under pressure from imports", "", None),
    # --- a demonym before a measure's modifiers, before a safeguard; "change to" ---------------
    ("Peruvian retaliatory duties on US copper scrapped", "", ("resuming", "US", "PE", False)),
    ("Indian provisional duties on Japanese steel imposed", "", ("tariff", "JP", "IN", False)),
    # relabelled from a tariff (session 30): a prolonged steel safeguard is a tariff-rate
    # quota (the product owner's issue #16)
    ("Moroccan steel safeguard duties extended to 2027", "", ("quota", "*", "MA", False)),
    ("Changes to Zambian copper export levy take effect", "", ("tariff", "ZM", "*", False)),
    # ... while a demonym before the metal of an ordinary measure names the goods
    ("Peruvian copper tariffs lifted by Washington", "", ("resuming", "PE", "US", False)),
    # --- a demand; a government's own "may", told by its leader --------------------------------
    ("Lula calls for steel tariffs on Chinese imports", "", ("tariff", "CN", "BR", True)),
    ("Chile may halt lithium exports, Boric says", "", ("suspended", "CL", "*", True)),
    # ... while leaders holding a call, or a forecast told by a firm, are no measure
    ("Lula and Xi hold call on steel tariffs", "", None),
    ("Paediatricians call for ban on neodymium desk toys", "", None),
    ("Zinc alloy may face new duties, consultancy says", "", None),
    # --- "lift" with a new rate raises ---------------------------------------------------------
    ("Ottawa lifts aluminium surtax to 35 percent", "", ("tariff", "*", "CA", False)),
    ("Seoul lifts steel import duty to 12%", "", ("tariff", "*", "KR", False)),
    # ... while "lift" alone, or with a purpose, releases
    ("Ottawa lifts surtax on US aluminium", "", ("resuming", "US", "CA", False)),
    ("Seoul lifts steel import duty to ease shortage", "", ("resuming", "*", "KR", False)),
    # --- a measure giving way to another ------------------------------------------------------
    ("Guinea's bauxite export ban to give way to quotas", "", ("quota", "GN", "*", False)),
    ("Zambian cobalt export ban makes way for licences", "", ("licensing", "ZM", "*", False)),
    # ... while a market giving way is market news
    ("Copper rally gives way to selling", "", None),
    # --- a passive restart; goods of many words; a metal of two words -------------------------
    (
        "Scrap imports of stainless steel into India permitted again",
        "",
        ("resuming", "*", "IN", False),
    ),
    ("Bauxite exports from Guinea permitted after review", "", ("resuming", "GN", "*", False)),
    ("Manila weighs levy on nickel laterite ore exports", "", ("tariff", "PH", "*", True)),
    (
        "Beijing puts all rare earth export curbs on hold",
        "",
        ("resuming", "CN", "*", False),
    ),
    # ... while a company's sale permitted is no trade, nor a tax on a miner's profits
    ("Sale of Chilean copper mine to Glencore permitted by regulator", "", None),
    ("Manila weighs levy on nickel miners' windfall profits", "", None),
    # --- "sanction" as the verb of plural subjects; a year's quotas by their ordinal ----------
    ("Canada and Japan sanction Russian steel", "", ("suspended", "RU", "CA", False)),
    ("EU and UK sanction Belarusian potash and steel", "", ("suspended", "BY", "EU", False)),
    ("Second rare earth quotas of the year issued by Beijing", "", None),
    ("Third rare earth quotas of 2025 announced", "", None),
    # ... while a sanction on a firm is none, and the first export quotas are a measure
    ("UN sanction on copper trading firm", "", None),
    ("Congo sets first cobalt export quotas", "", ("quota", "CD", "*", False)),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: tuple[str, str, str, bool] | None) -> None:
    check_kind(title, summary, want)
