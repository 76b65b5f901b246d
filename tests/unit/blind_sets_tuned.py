"""The blind sets read never tuned on and then studied (sessions 6-17): the third to the eleventh
(and the fourteenth, kept in ``blind_sets_studied.py``).

Each was collected and labelled blind (``blind_set.py``), read never tuned on (its first
reading, and any later reading taken before its study, are the honest estimates the run's
"labelled sets" summary prints), then studied: labels that broke a written labelling rule
corrected (its PROVENANCE.md lists them), misses grouped by cause and the rules changed for the
kind, each kind in made-up phrasings in a ``test_classifier_kinds*.py`` module; so its current
score is a tuned score and it holds floors, so a regression fails while improvements pass.
Every entry carries, as comments, what its own test module said until session 11.
"""

from __future__ import annotations

import real_headlines_set as sets
from blind_set import BlindSet, Floors, Spread
from blind_sets_studied import BLIND14, BLIND15, BLIND16, BLIND17, WIRE2
from blind_sets_written import WIRE5

# The ninth set of real published headlines: the third blind set, tuned from session 6.
# Collected and labelled in session 5 the way the two earlier blind sets were. Read twice never
# tuned on: the first reading (engine of session 5) and the second (with the learned event gate,
# session 6). Then, in session 6, six labels that broke the written labelling rules were
# corrected and the set was studied like the eighth (each kind in ``test_classifier_kinds_7.py``).
# The floors sit a little under the current score.
BLIND3 = BlindSet(
    path=sets.DATA_BLIND3,
    id_prefix="rhd-",
    name="ninth real set (third blind until session 6, tuned from session 6)",
    # First reading: taken once by the lead on the engine of session 5 (after the direction and
    # proposed round on every other set), never tuned on; also in README.md. Taken on the labels
    # as collected (six have been corrected since; on the corrected labels the session-6 engine
    # with the gate reads 77.2%, 14 false events).
    first_reading=(
        "exact 74.1% (120/162), status-only 83.3%, false events on 103 non-measures: 15, "
        "missed events on 59 measures: 7 (engine of session 5)"
    ),
    # Second reading: taken once in session 6, in aggregate only, after the learned event gate
    # (tui/engine/event_gate.py) was frozen by leave-one-set-out over the other eight sets;
    # nothing was changed because of it. Also in README.md.
    earlier=(
        "second reading (with the learned event gate, session 6): exact 74.7% (121/162), "
        "status-only 84.0%, false events on 103 non-measures: 14, missed events on 59 measures: 7",
    ),
    spread=Spread(measure=0.30, market=0.25, general=0.15, proposed=8, rates=3),
    # After the session-6 round (branch kinds7): 90.1% exact (146/162), 0 false events, 4 missed
    # events. The floors sit under that. The one false event the rules read (rhd-044, an
    # industry's request for duties) was vetoed by the session-6 gate only because that gate was
    # trained on this set; the session-7 gate, retrained with the second gate set and a lower
    # threshold (0.014, under every held-out measure), lets it through: one false event allowed,
    # as the rules read it.
    floors=Floors(exact=0.89, false_events=1, missed_events=4, relevance=0.95),
)

# The tenth set of real published headlines: the fourth blind set, tuned from session 7.
# Collected and labelled in session 6 the way the three earlier blind sets were. Read twice never
# tuned on: the first reading (engine of session 6 with the event gate) and the second (after the
# ninth set's round). Then, in session 7, two labels that broke the written labelling rules were
# corrected and the set was studied: its misses grouped by cause, a cause taken up only when
# misses of other tuned sets share it (each kind in ``test_classifier_kinds_8.py``). The floors
# sit a little under the current score.
BLIND4 = BlindSet(
    path=sets.DATA_BLIND4,
    id_prefix="rhe-",
    name="tenth real set (fourth blind until session 7, tuned from session 7)",
    # First reading: taken once by the lead in session 6, on the engine with the learned event
    # gate (before any study of the third blind set's misses), never tuned on; also in README.md.
    # Taken on the labels as collected (two have been corrected since; on the corrected labels
    # the engine at the start of session 7 reads 77.3%, 6 false events).
    first_reading=(
        "exact 76.0% (117/154), status-only 87.0%, false events on 80 non-measures: 6, "
        "missed events on 74 measures: 5 (engine of session 6 with the event gate)"
    ),
    # Second reading: taken once by the lead in session 6, in aggregate only, after the round
    # over the ninth set's misses and the gate retrained with its own set of hard cases; nothing
    # was changed because of it. The same figures as the first: the round did not carry over.
    earlier=(
        "second reading (after the ninth set's round, session 6): exact 76.0% (117/154), "
        "status-only 87.0%, false events on 80 non-measures: 6, missed events on 74 measures: 5",
    ),
    spread=Spread(measure=0.45, market=0.20, general=0.12, proposed=10, rates=5),
    # After the session-7 round (branch kinds8): 91.6% exact (141/154), 1 false event, 1 missed
    # event. The floors sit under that; the one false event left is allowed, no more.
    floors=Floors(exact=0.91, false_events=1, missed_events=1, relevance=0.95),
)

# The eleventh set of real published headlines: the fifth blind set, tuned from session 8.
# Collected and labelled in session 7 the way the four earlier blind sets were. Read three times
# never tuned on (70.4% exact each time): the first reading (engine of session 6 with the event
# gate) and the second (after the tenth set's round, and again after the gate's second training
# set). Then, in session 8, four labels that broke the written labelling rules were corrected and
# the set was studied: its misses grouped by cause, false events first (each kind in
# ``test_classifier_kinds_9.py``). The floors sit a little under the current score.
BLIND5 = BlindSet(
    path=sets.DATA_BLIND5,
    id_prefix="rhf-",
    name="eleventh real set (fifth blind until session 8, tuned from session 8)",
    # First reading: taken once by the lead in session 7, in aggregate only, on the engine of
    # session 6 (main at the start of session 7, with the learned event gate), before the tenth
    # set's round was merged; also in README.md and the set's PROVENANCE.md. Taken on the labels
    # as collected (four have been corrected since; on the corrected labels the engine at the
    # start of session 8 reads 72.2%, 14 false events on 88 non-measures, 11 missed on 74
    # measures).
    first_reading=(
        "exact 70.4% (114/162), status-only 79.6%, false events on 86 non-measures: 14, "
        "missed events on 76 measures: 14 (engine of session 6 with the event gate)"
    ),
    # Second reading: taken once by the lead in session 7, in aggregate only, after the tenth
    # set's round (kinds8) was merged, and again after the gate was retrained with its second
    # training set: the same both times; nothing was changed because of it. The round lifted the
    # set it studied by 15.6 points and this one by none (one missed event fewer).
    earlier=(
        "second reading (after the tenth set's round and the gate's second training set, "
        "session 7): exact 70.4% (114/162), status-only 79.6%, false events on 86 non-measures: "
        "14, missed events on 76 measures: 13",
    ),
    spread=Spread(measure=0.45, market=0.20, general=0.12, proposed=10, rates=5),
    # After the session-8 round (branch kinds9): 90.1% exact (146/162), 3 false events, 6 missed
    # events. The floors sit under that; the three false events left (a commission backing
    # duties, a scrap export ban whose summary says "steel scrap", a moratorium on licences for
    # metal deposits) are allowed, no more.
    floors=Floors(exact=0.89, false_events=3, missed_events=6, relevance=0.95),
)

# The twelfth set of real published headlines: the sixth blind set, tuned from session 9.
# Collected and labelled in session 8 the way the five earlier blind sets were. Its ids are
# ``rhj-`` (``rhg-`` is the gate's training set's). Read once never tuned on (76.0% exact, 20
# false events on 124 non-measures). Then, in session 9, one label that broke a written labelling
# rule was corrected and the set was studied: its misses grouped by cause, false events first
# (each kind in ``test_classifier_kinds_10.py``). The floors are the score the round reached
# (floors are what is met). The mix floors are lower than the fifth set's: most measure pages in
# the store of public pages were already in an earlier set, so measures are about 31% of this set
# (PROVENANCE.md, "Mix").
BLIND6 = BlindSet(
    path=sets.DATA_BLIND6,
    id_prefix="rhj-",
    name="twelfth real set (sixth blind until session 9, tuned from session 9)",
    # First reading: taken once by the lead in session 8, in aggregate only, on main after the
    # fifth blind set's round (kinds9) was merged; also in README.md and the set's PROVENANCE.md.
    # The engine of session 7 (before that round) read it exactly the same: the round carried
    # over to this set not at all. Taken on the labels as collected (one destination has been
    # corrected since; on the corrected labels the engine at the start of session 9 reads the
    # same).
    first_reading=(
        "exact 76.0% (136/179), status-only 81.0%, false events on 124 non-measures: 20, "
        "missed events on 55 measures: 6 (engine after the fifth blind set's round; the "
        "session-7 engine read the same)"
    ),
    spread=Spread(measure=0.30, market=0.40, general=0.25, proposed=13, rates=5),
    # After the session-9 round (branch kinds10): 92.7% exact (166/179), 2 false events, 3 missed
    # events; relevance 178/179. The floors are that score: the two false events left (a
    # country's prospects after a proposed tax, and "Mexico GOES Tariff Free", whose lede tells
    # exports monitored in lieu of restrictions) are allowed, no more. 167/179 by session 16;
    # 168/179 since session 17 (a priced tariff cut read `resuming`, as the set labels it).
    floors=Floors(exact=168 / 179, false_events=2, missed_events=3, relevance=178 / 179),
)

# The thirteenth set of real published headlines: the seventh blind set, tuned from session 10.
# Collected and labelled in session 9 the way the six earlier blind sets were. Its ids are
# ``rhk-``. Read once never tuned on (82.4% exact, 10 false events on 104 non-measures). Then, in
# session 10, seven destinations that named a country the title and summary do not name were
# corrected to ``*`` by the written rule and the set was studied: its misses grouped by cause,
# false events first (each kind in ``test_classifier_kinds_11.py``). The floors are the score the
# round reached (floors are what is met). The mix floors are what the set holds (measures 39%,
# metals news 35%, general news 26%; 9 proposed measures, 7 stated rates): most news pages on
# measures in the store of public pages were already in an earlier set, so more of its measures
# come from official and legal pages (PROVENANCE.md, "Mix").
BLIND7 = BlindSet(
    path=sets.DATA_BLIND7,
    id_prefix="rhk-",
    name="thirteenth real set (seventh blind until session 10, tuned from session 10)",
    # First reading: taken once by the lead in session 9, in aggregate only, on main after the
    # sixth blind set's round (kinds10) and the figurative-words tagging (trust10) were merged;
    # also in README.md and the set's PROVENANCE.md. The engine before that round (session 8's
    # last) read it exactly the same: the round carried over to this set not at all. Taken on the
    # labels as collected (seven destinations have been corrected since; on the corrected labels
    # the engine at the start of session 10 reads 85.3%, 145/170, with the same false and missed
    # events).
    first_reading=(
        "exact 82.4% (140/170), status-only 88.8%, false events on 104 non-measures: 10, "
        "missed events on 66 measures: 5 (engine after the sixth blind set's round; the "
        "session-8 engine read the same)"
    ),
    spread=Spread(measure=0.35, market=0.35, general=0.25, proposed=9, rates=7),
    # After the session-10 round (branch kinds11): 97.1% exact (165/170), no false event, no
    # missed event; relevance 170/170. The floors are that score: the five misses left are a field
    # each (a priced duty cut, "duty free export" weighed, a proposal the words do not tell, the
    # importer named only by the president in a lede that opens on a date clause, another
    # country's rate in the lede's trailing clause). Since session 17 the priced duty cut reads
    # `resuming`, as the set labels it: 166/170. Since then, too, "eliminates" releases what it
    # names as "scraps" does, and releasing export refunds brings back the charge they relieved
    # (`tariff`, as `test_classifier_kinds_4.py` reads removing export refunds): rhk-060, whose
    # title is a minister cutting a benefit and whose summary says he "eliminated export
    # refunds", reads so, where the set labels the story no event. One false event, a
    # convention the set does not share, not a kind to undo: 165/170.
    floors=Floors(exact=165 / 170, false_events=1, missed_events=0, relevance=170 / 170),
)

# The fourteenth set of real published headlines: the eighth blind set, tuned from session 10.
# Collected and labelled in session 10 the way the seven earlier blind sets were. Its ids are
# ``rhl-``. Read once never tuned on (84.4% exact on the session-10 start engine, 15 false events
# on 146 non-measures; 84.9% after the seventh set's round). Then, in session 10, two importers
# named neither in the title nor the summary were corrected to ``*`` by the written rule and the
# set was studied: its misses grouped by cause, false events first (each kind in
# ``test_classifier_kinds_12.py``). The floors are the score the round reached (floors are what
# is met). The mix floors are what the set holds (measures 21%, metals news 50%, general news
# 28%; one proposed measure, 2 stated rates; 9 importers counting ``*``): nearly every news page
# on a measure in the store of public pages was already in one of the thirteen earlier sets, so
# this set holds far fewer measures than the earlier blind sets (PROVENANCE.md, "Mix").
BLIND8 = BlindSet(
    path=sets.DATA_BLIND8,
    id_prefix="rhl-",
    name="fourteenth real set (eighth blind until session 10, tuned from session 10)",
    # First reading: taken once by the lead in session 10, in aggregate only, on main at the
    # start of session 10 (the seventh blind set's round not yet merged); also in README.md and
    # the set's PROVENANCE.md. After that round (kinds11) the engine read it at 84.9% (158/186),
    # 14 false events, 2 missed. Earlier engines (benchmarks/engine_history.py): session 4's
    # start 79.0%, session 9's start 83.3%. Two importers have been corrected since (the same
    # readings).
    first_reading=(
        "exact 84.4% (157/186), status-only 89.2%, false events on 146 non-measures: 15, "
        "missed events on 40 measures: 2 (engine at the start of session 10; 84.9%, 158/186, 14 "
        "false events, after the seventh blind set's round)"
    ),
    spread=Spread(measure=0.21, market=0.49, general=0.28, proposed=1, rates=2, importers=9),
    # After the session-10 round (branch kinds12): 96.2% exact (179/186), 2 false events, no
    # missed event; relevance 186/186. The floors are that score: the misses left are a ban on a
    # commodity not named, a quality-control explainer, and five corridors (a quality-control
    # order on sales, "articles of X" in two quota bulletins, a quota from a country of three
    # words, a country named as a modifier before the metal).
    floors=Floors(exact=179 / 186, false_events=2, missed_events=0, relevance=186 / 186),
)

# The fifteenth set of real published headlines: the ninth blind set, tuned from session 11.
# Collected and labelled in session 10 the way the eight earlier blind sets were. Its ids are
# ``rhm-``. Read once never tuned on (92.9% exact, 8 false events on 144 non-measures, 2 missed
# on 12 measures). Then, in session 11, the set was studied: its labels audited by the written
# rules (no correction), its misses grouped by cause, false events first (each kind in
# ``test_classifier_kinds_13.py``). The floors are the score the round reached (floors are what
# is met). The mix floors are what the set holds (measures 7.7%, metals news 59%, general news
# 33%; no proposed measure, 3 stated rates; 6 exporters and 5 importers counting ``*``, 4 metals
# in its measures, 79 outlets): the store of public pages is exhausted for measures (the fourteen
# earlier sets hold nearly every news page on a measure it returns), so this set is mostly the
# news that names a measure without reporting one and general news (PROVENANCE.md, "Mix").
BLIND9 = BlindSet(
    path=sets.DATA_BLIND9,
    id_prefix="rhm-",
    name="fifteenth real set (ninth blind until session 11, tuned from session 11)",
    # First reading: taken once by the lead in session 10, in aggregate only, on main after the
    # seventh blind set's round (kinds11) and before the eighth's; also in README.md and the
    # set's PROVENANCE.md. The collector did not run its tests and saw no score of this set.
    # Earlier engines (benchmarks/engine_history.py): the starts of sessions 4, 9 and 10 read it
    # 92.3% (144/156) with the same 8 false events and 3 missed. Mostly news that is not a
    # measure (144 of 156), so its exact share is not comparable with the other sets': its false
    # events are the figure.
    first_reading=(
        "exact 92.9% (145/156), status-only 93.6%, false events on 144 non-measures: 8, "
        "missed events on 12 measures: 2 (main after the seventh blind set's round)"
    ),
    spread=Spread(
        measure=0.07,
        market=0.58,
        general=0.33,
        proposed=0,
        rates=3,
        exporters=6,
        importers=5,
        metals=4,
        outlets=79,
    ),
    # After the session-11 round (branch kinds13): 100% exact (156/156), no false event, no
    # missed event; relevance 155/156 (a palladium price story on sanction fears read not
    # relevant). The floors are that score.
    floors=Floors(exact=156 / 156, false_events=0, missed_events=0, relevance=155 / 156),
)

# The sixteenth set of real published headlines: the tenth blind set, tuned from session 11.
# Collected and labelled in session 11 the way the nine earlier blind sets were. Its ids are
# ``rhn-``. Read once never tuned on (87.4% exact on its 223 rows, 15 false events on 200
# non-measures, 3 missed on 23 measures). Then, later in session 11, the set was studied: its
# labels audited by the written rules (no correction), its misses grouped by cause, false events
# first (each kind in ``test_classifier_kinds_14.py``). The floors are the score the round
# reached (floors are what is met). The mix floors are what the set holds (measures 10.3%, metals
# news 53.8%, general news 35.9%; 3 proposed measures, 3 stated rates; 6 exporters and 9
# importers counting ``*``, 4 statuses (no ``suspended``), 7 metals in its measures, 92
# outlets): the store of public pages is exhausted for measures (the fifteen earlier sets hold
# nearly every news page on a measure it returns), so this set is mostly the news that names a
# measure without reporting one and general news (PROVENANCE.md, "Mix").
BLIND10 = BlindSet(
    path=sets.DATA_BLIND10,
    id_prefix="rhn-",
    name="sixteenth real set (tenth blind until session 11, tuned from session 11)",
    # First reading: taken by the lead in session 11, in aggregate only, on main after the ninth
    # blind set's round (kinds13) and before the tenth's; also in README.md and the set's
    # PROVENANCE.md. The collector did not run its tests and saw no score of this set. (A reading
    # of its first 212 rows, before the collector added the last 11, gave 87.7%, 15 false
    # events, 3 missed.) Earlier engines (benchmarks/engine_history.py): the start of session 11
    # (before the ninth set's round) read it the same, with the same 15 false events; the starts
    # of sessions 10, 9 and 4 read 87.0% (17 false), 86.5% (18) and 84.3% (22 false, 2 missed).
    first_reading=(
        "exact 87.4% (195/223), status-only 89.7%, false events on 200 non-measures: 15, "
        "missed events on 23 measures: 3 (main after the ninth blind set's round)"
    ),
    spread=Spread(
        measure=0.10,
        market=0.53,
        general=0.35,
        proposed=3,
        rates=3,
        exporters=6,
        importers=9,
        statuses=4,
        metals=7,
        outlets=92,
    ),
    # After the session-11 round (branch kinds14): 96.0% exact (214/223), 5 false events (four
    # recommendations of a trade-remedy body, which older sets label proposed measures, and a
    # safeguard case's scope revised), no missed event; relevance 219/223. The floors are that
    # score.
    floors=Floors(exact=214 / 223, false_events=5, missed_events=0, relevance=219 / 223),
)

# The seventeenth set of real published headlines (the eleventh blind set), studied from session
# 12. Until then it was collected for a reading nobody had tuned on:
# Collected and labelled later in session 11 the way the ten earlier blind sets were; the
# collector saw no score of this set. It exists because the tenth blind set is studied from
# session 11: the next honest estimate of how the rules read news nobody tuned on needs headlines
# nobody has looked at through the rules. Its ids are ``rhp-``.
#
# Its tests assert only what they can hold honestly: the set is well formed, large and varied
# enough, uses the README's vocabulary and shares no headline or page with any other set, and
# every headline is read and scored. The score goes to the run's "labelled sets" summary as
# "eleventh blind (never tuned on)"; there is no floor, and nobody changing ``tui/engine/`` may
# read this set's misses to decide what to change (``benchmarks/score_real_headlines.py`` lists
# them only with ``--blind11-misses``, for an audit).
#
# The mix floors are what the set holds (measures 6.6%, metals news 54.1%, general news 39.2%; 1
# proposed measure, 2 stated rates; 5 exporters and 6 importers counting ``*``, 4 statuses (no
# ``resuming``), 8 metals in its measures, 104 outlets): the store of public pages is exhausted
# for measures (the sixteen earlier sets hold nearly every news page on a measure it returns), so
# this set is mostly news that names a measure without reporting one and general news
# (PROVENANCE.md, "Mix").
BLIND11 = BlindSet(
    path=sets.DATA_BLIND11,
    id_prefix="rhp-",
    name="seventeenth real set (eleventh blind until session 12, tuned from session 12)",
    # First reading: taken once by the lead in session 11, in aggregate only, on main after the
    # ninth blind set's round and before the tenth's; also in README.md and the set's
    # PROVENANCE.md. The collector did not run this set's scoring and saw no score of this set.
    # Earlier engines (benchmarks/engine_history.py): the start of session 11 read it the same
    # (17 false events); the starts of sessions 10, 9 and 4 read 87.8% (18 false), 86.7% (20) and
    # 86.7% (20). After the tenth set's round (kinds14) it read the same again: 88.4%, 17 false
    # events.
    first_reading=(
        "exact 88.4% (160/181), status-only 90.1%, false events on 169 non-measures: 17, "
        "missed events on 12 measures: 0 (main after the ninth blind set's round)"
    ),
    spread=Spread(
        measure=0.06,
        market=0.54,
        general=0.39,
        proposed=1,
        rates=2,
        exporters=5,
        importers=6,
        statuses=4,
        metals=8,
        outlets=104,
    ),
    # After the session-12 round (kinds15): 95.0% exact (172/181), 8 false events (two
    # recommendations of a trade-remedy body and three measures "may"/"weighs"/"likely", which
    # older sets and the README's vocabulary read as proposed measures; a market story on
    # tariffs not on the metal; a ban's effects whose lede does not date it; a ministry's plan
    # told only in the lede), no missed event; relevance 181/181. The floors are that score.
    floors=Floors(exact=172 / 181, false_events=8, missed_events=0, relevance=181 / 181),
)


# in the order they were collected
TUNED_BLIND_SETS = (
    BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9, BLIND10, BLIND11, BLIND14,
    BLIND15, WIRE2, BLIND16, BLIND17, WIRE5,
)  # fmt: skip
