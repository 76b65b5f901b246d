"""Export-side measures of kinds the studied sets hold few of (session 27, helper read27), in
made-up phrasings in outlets' styles (wires, trade press, official titles).

The task: the sets nobody tunes on have not moved in eight sessions while the studied ones
rose, so the gap is kinds of measure news the studied sets lack. About 150 made-up headlines
were written and labelled with the README's vocabulary before the engine read them (this file
holds the export side, ``test_classifier_kinds_70.py`` the import side). First time, on main's
engine, with the labels as first written, per kind (both files): export quotas and their
allocation 12/13, export taxes and duties on ores 14/14, ore export bans with a start date or
planned 9/11, local processing before export 1/3, export licensing regimes and control lists
13/13, exports kept to a state body or an approved list 1/6, suspensions and resumptions 15/16,
sanctions on a country's metal 10/11; import quotas and safeguards 11/12, anti-dumping and
countervailing duties and their steps 19/24, a duty extended to a third country's goods 4/7,
Section 232 inclusions, derivatives and exclusions 9/9, quality-control orders and restricted
categories 3/8, retaliation 6/8. In all 127 of 155.

Three labels were changed after, by the house vocabulary, not by the engine's reading: "US
sanctions Venezuela's state gold miner" (first None; the README: a state's company sanctioned
is the ban on its trade, ``suspended`` VE -> US), "... on Chinese and Turkish rebar" (first a
tariff; "rebar" names no watched metal, so no event) and "Zambia orders copper concentrate to be
smelted locally before export" (first ``suspended``; the rules read "requires gold to be refined
locally before export" as ``licensing``, exports allowed once processed, and this kind is read
so). With them main reads 129 of 155; after this session's changes 146 of 155. In this file: 75
of 87 first time (76 with the labels changed), 84 after.

The kinds fixed here (the modules that read them):

1. Exports kept to a state body or an approved list, in words the rules did not read: "only
   through state-run firm" (a channel's singular noun), "list of approved tin and tungsten
   exporters" (goods between, a published list keeps trade to the approved without "only"),
   ``tui/engine/classifier_channels.py``; "sole buyer and exporter", "exclusive gold export
   rights", "exports must go through state marketer", ``tui/engine/classifier_trade_terms.py``.
2. A flow barred "without a licence" (or the state's approval, permits) is ``licensing``, not a
   ban (``_WITHOUT_LEAVE_RE`` in ``tui/engine/classifier_form.py``).
3. Local processing ordered or mandated before export ("orders copper concentrate to be
   smelted locally before export", "mandates local refining of lithium before export") reads as
   "requires" does (``classifier_trade_terms.py``).
4. A site as the subject of a verb that stops or restarts a flow ("Mine suspends copper exports
   after port strike", "Grasberg mine halts copper concentrate exports") is its operator's act,
   no government's (``SITE_SUBJECTS`` in ``tui/engine/classifier_rules_nouns.py``, read in
   ``classifier_read.py``); a site before the flow's goods ("Gold mine exports banned by
   Ghana") stays goods.

Phrasings written after the first reading, for the kinds fixed (the rows under "written
after"): 8 of 22 right on main (they were checked on this branch's engine while it was being
built, so they are less blind than the first batch), 20 of 22 after. The cases still wrong are
marked ``xfail`` (strict) with their reason. A later round reads "Malaysia to ban rare earth
raw material exports, PM says" as labelled (headlinese "to" before a leader's tail is his
"will", ``tui/engine/classifier_leader_tail.py``), so it is no longer marked.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading.
"""

from __future__ import annotations

from kinds_69_cases_a import (
    CHANNELS,
    EXPORT_LICENSING,
    EXPORT_QUOTAS,
    EXPORT_TAXES,
    FUTURE_BANS,
    LOCAL_PROCESSING,
    SITES,
    SUSPENSIONS,
)
from kinds_69_cases_b import SANCTIONS
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []


#: (title, summary, want): a flow barred without a licence (written after)
WITHOUT_LEAVE: list[tuple[str, str, Want] | object] = [
    # written after the first reading, for the kind fixed
    ("Ghana bans gold exports without licence", "", ("licensing", "GH", "*", False)),
    ("Peru bans copper exports without government permits", "", ("licensing", "PE", "*", False)),
    ("Laos prohibits tin exports without prior approval", "", ("licensing", "LA", "*", False)),
    ("Zimbabwe bans lithium exports, without warning", "", ("suspended", "ZW", "*", False)),
    ("Nigeria bans tin exports without exception", "", ("suspended", "NG", "*", False)),
]


ALL = (
    EXPORT_QUOTAS
    + EXPORT_TAXES
    + FUTURE_BANS
    + LOCAL_PROCESSING
    + EXPORT_LICENSING
    + CHANNELS
    + WITHOUT_LEAVE
    + SUSPENSIONS
    + SITES
    + SANCTIONS
)


@headline_cases(ALL)
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
