"""The table of the blind sets of real published headlines that ``test_blind_sets.py`` checks.

``BLIND_SETS`` holds the third to the twenty-third blind set (``tests/data/real_headlines_blind3/``
...) and the eight wire sets (``tests/data/real_wire/``, ``real_wire2/``, ``real_wire3/``, ``real_wire4/``, ``real_wire5/``, ``real_wire6/``, ``real_wire7/`` and ``real_wire8/``,
headlines written for real events; the fourteenth, fifteenth, sixteenth, seventeenth and second
wire are in ``blind_sets_studied.py``, the third to eighth wires in ``blind_sets_written.py``, the twentieth to twenty-third in
``blind_sets_pages.py``), one :class:`blind_set.BlindSet` each: the studied ones
(``blind_sets_tuned.py``, with their floors) and the scored-only ones (here, no floor). The
first and second blind sets keep their own modules (``test_real_headlines_blind.py``,
``test_real_headlines_blind2.py``), of an older shape.

A new blind set is wired by one entry: its data path in ``real_headlines_set.py`` (and in
``ALL_SETS``), then a ``BlindSet`` here with ``floors=None`` (its path, id prefix, the name its
summary lines carry, its first reading, taken once, its mix floors as the collector
measured them). ``test_blind_sets.py`` then runs its six checks under the set's folder name.
When the set is studied, its entry moves to ``blind_sets_tuned.py`` with the floors the round
reached.
"""

from __future__ import annotations

from blind_set import BlindSet, Floors, Spread
from blind_sets_pages import BLIND20, BLIND21, BLIND22, BLIND23
from blind_sets_released import RELEASED_BLIND_SETS
from blind_sets_tuned import TUNED_BLIND_SETS
from blind_sets_wild import WILD
from blind_sets_written import WIRE3, WIRE4, WIRE6, WIRE7, WIRE8
from real_headlines_set import (
    DATA_BLIND12,
    DATA_BLIND18,
    DATA_BLIND19,
    DATA_WIRE,
)

# The twelfth blind set of real published headlines: collected for a reading nobody has tuned on.
# Collected and labelled in session 12 the way the eleven earlier blind sets were; the collector
# saw no score of this set. It is one more honest estimate of how the rules read news nobody
# tuned them on, beside the eleventh. Its ids are ``rhq-``.
#
# Its tests assert only what they can hold honestly, as the eleventh's: the set is well formed,
# large and varied enough, uses the README's vocabulary and shares no headline or page with any
# other set, and every headline is read and scored. The score goes to the run's "labelled sets"
# summary as "twelfth blind (never tuned on)"; there is no floor, and nobody changing
# ``tui/engine/`` may read this set's misses to decide what to change
# (``benchmarks/score_real_headlines.py`` lists them only with ``--blind12-misses``, for an
# audit).
#
# The mix floors are what the set holds (measures 8.1%, metals news 52.2%, general news 39.8%; 2
# proposed measures, 3 stated rates; 2 exporters and 7 importers counting ``*``, 3 statuses (no
# ``quota``, no ``suspended``), 6 metals in its measures, 99 outlets): the store of public pages
# is exhausted for measures (the seventeen earlier sets hold nearly every news page on a measure
# it returns), so this set is mostly news that names a measure without reporting one and general
# news (PROVENANCE.md, "Mix").
BLIND12 = BlindSet(
    path=DATA_BLIND12,
    id_prefix="rhq-",
    name="twelfth blind (never tuned on)",
    # First reading: taken once by the lead in session 12, in aggregate only, on main at the
    # session's start (ec292af, before the eleventh blind set's round); also in README.md and the
    # set's PROVENANCE.md. The collector did not run this set's scoring and saw no score of this
    # set. Earlier engines (benchmarks/engine_history.py): the starts of sessions 11 and 10 read it
    # the same (8 false events, 3 missed); session 9's 90.7% (9 false), session 4's 89.4% (9
    # false). After the eleventh set's round (kinds15, same session) it read the same again:
    # 91.3%, 8 false events, 3 missed.
    first_reading=(
        "exact 91.3% (147/161), status-only 91.9%, false events on 148 non-measures: 8, "
        "missed events on 13 measures: 3 (main at session 12's start, before the eleventh "
        "blind set's round)"
    ),
    spread=Spread(
        measure=0.08,
        market=0.52,
        general=0.39,
        proposed=2,
        rates=3,
        exporters=2,
        importers=7,
        statuses=3,
        metals=6,
        outlets=99,
    ),
    floors=None,
)

# The wire set: a "wire of real events", written for a reading nobody has tuned on (its odd rows
# studied from session 12, its even rows from session 41: studied whole, it holds floors and
# ``BLIND_SETS`` lists it with the studied sets, no longer in ``SCORED_ONLY_BLIND_SETS``).
# Written and labelled in session 12 by a helper who did not read the rules or run the classifier
# and saw no score of this set: one short headline per real trade event (2019-2025), as news wires
# write them (Reuters, Bloomberg, AP, AFP, Xinhua, PTI styles), with the wire's first sentence in
# about half of them. Its headlines are written, not published text: ``written=True``, so its
# rows have no page (``url`` null) and one outlet ("wire (written for the set)"), and its
# ``found_via`` names the real event each reports (PROVENANCE.md). Its ids are ``rw-``.
#
# Its tests assert what they assert of the other scored-only sets: well formed, large and varied
# enough, the README's vocabulary, no headline within ratio 0.75 of another set's, and every
# headline read and scored. The score goes to the run's "labelled sets" summary as "wire of real
# events (studied whole from session 41)"; until session 41 there was no floor and nobody changing
# ``tui/engine/`` could read its even rows' misses; ``benchmarks/score_real_headlines.py
# --misses`` lists both halves' now.
#
# The mix floors are what the set holds (measures 63.9%, metals news 21.3%, general news 14.8%;
# 13 proposed measures, 22 stated rates; 26 exporters and 15 importers counting ``*``, the five
# statuses but ``open`` (one ``open`` besides), 16 metals in its measures; one outlet, as written).
WIRE = BlindSet(
    path=DATA_WIRE,
    id_prefix="rw-",
    name="wire of real events (studied whole from session 41)",
    # First reading: taken once by the lead in session 12, in aggregate only, on main after the
    # eleventh blind set's round (6f1640b); also in README.md and the set's PROVENANCE.md. The
    # writer did not run this set's scoring and saw no score of this set. Earlier engines
    # (benchmarks/engine_history.py): the session's start (ec292af) and session 10's read it the
    # same; session 9's 81.3% (4 false, 9 missed), session 4's 78.1% (6 false, 10 missed).
    # Then its odd rows were studied (score_real_headlines.py --half odd: 84.6% -> 91.0%, kinds in
    # test_classifier_kinds_16.py) and its even rows stay unseen (--half even: 77.9% before and
    # after that round): the set stays scored only, with no floor, and nobody may read the even
    # rows' misses. In session 41 its even rows were released for study: their last unseen
    # reading, taken once in aggregate on main at a5af8ec8 before their misses were read, 87.0%
    # (67/77), status-only 89.6%, 1 false event on 31 non-measures, 3 of 46 measures missed,
    # wrong fields status 4, rate 2, origin 1 (the odd rows 96.2% (75/78); the whole set 91.6%
    # (142/155), 1 false event on 56 non-measures, 3 of 99 measures missed, relevance 155/155).
    first_reading=(
        "exact 81.3% (126/155), status-only 87.1%, false events on 56 non-measures: 4, "
        "missed events on 99 measures: 8; odd rows 84.6% (66/78), even rows 77.9% (60/77) "
        "(main after the eleventh blind set's round); even rows' last unseen reading 87.0% "
        "(67/77) (main at a5af8ec8, session 41)"
    ),
    spread=Spread(
        measure=0.63,
        market=0.21,
        general=0.14,
        proposed=13,
        rates=22,
        exporters=26,
        importers=15,
        statuses=5,
        metals=16,
        outlets=1,
    ),
    # Floors: at session 41's start (main at a5af8ec8), when it became studied whole, 142/155, 1
    # false event, 3 missed; raised to the round's score on its even rows' kinds (kinds 137):
    # 145/155, 1 false event, 2 missed, relevance 155/155.
    floors=Floors(exact=145 / 155, false_events=1, missed_events=2, relevance=155 / 155),
    written=True,
)


# The eighteenth blind set of real published headlines: collected for a reading nobody has tuned
# on, above all for false events. Collected and labelled in session 23 by a helper who did not read
# the rules or run the classifier before committing the labels (the data alone, 74adeba and a
# second data-only commit of 10 more rows), from
# public datasets of published headlines only: an RSS link archive of 2023 read whole (849,559
# titles of some 300 feeds: the Wall Street Journal, the FT, Bloomberg, CNBC, Al Jazeera ...), its
# 2022 archive and a Reuters headline slice of July 2020. ``from_dataset=True`` (no page rows): the
# 4 Reuters rows have no ``url`` because their dataset gives none. Its ids are ``sig-``.
#
# Its tests assert what they assert of the other scored-only sets. The score goes to the run's
# "labelled sets" summary as "eighteenth blind (never tuned on)"; there is no floor, and nobody
# changing ``tui/engine/`` may read this set's misses to decide what to change
# (``benchmarks/score_real_headlines.py`` lists them only with ``--blind18-misses``, for an audit).
#
# The mix floors are what the set holds (measures 2.2%, metals news 66.5%, general news 31.4%; 2
# proposed measures, no stated rate; 3 exporters and 3 importers counting ``*``, 2 statuses
# (``tariff``, ``resuming``), 2 metals in its measures, 22 outlets, 3 years): 181 of its 185 rows
# are news that is no measure, and its 4 measures are all it held apart from every set
# (PROVENANCE.md).
BLIND18 = BlindSet(
    path=DATA_BLIND18,
    id_prefix="sig-",
    name="eighteenth blind (never tuned on)",
    # First reading: taken once in session 23 by the collector after the labels (74adeba, d55f66d)
    # and the wiring (ae62e10, 5d9296c) were committed, in aggregate only, on main at de754ae (the
    # branch's engine is main's); also in README.md, docs/ACCURACY.md and the set's PROVENANCE.md.
    # Nobody has read its misses.
    first_reading=(
        "exact 97.3% (180/185), status-only 97.8%, false events on 181 non-measures: 2, "
        "missed events on 4 measures: 1 (main at de754ae, session 23)"
    ),
    spread=Spread(
        measure=0.02,
        market=0.66,
        general=0.31,
        proposed=2,
        rates=0,
        exporters=3,
        importers=3,
        statuses=2,
        metals=2,
        outlets=22,
        years=3,
    ),
    floors=None,
    from_dataset=True,
)

# The nineteenth blind set of real published headlines: collected for a reading nobody has tuned
# on (its odd rows studied from session 31, its even rows still unseen), asked to be rich in
# measures and far short of it. Collected and labelled in session 24 by a
# helper who did not read the rules or run the classifier before committing the labels (the data
# alone: 6a29733, and 53d74b2 for the second pass), from the stored public pages (8 rows),
# Federal Register notices kept in ``ai-village-agents/deepseek-news`` (49), an RSS link archive of
# 2021 (42) and the ``zhigehe/bulwark`` news pages of February 2025 (51): ``from_dataset=True``
# with ``pages_too=True``. Its ids are ``nin-``.
#
# Its tests assert what they assert of the other scored-only sets. The score goes to the run's
# "labelled sets" summary as "nineteenth blind (never tuned on)"; there is no floor, and nobody
# changing ``tui/engine/`` may read this set's misses to decide what to change
# (``benchmarks/score_real_headlines.py`` lists them only with ``--blind19-misses``, for an audit).
#
# The mix floors are what the set holds (measures 4.7%, metals news 74.0%, general news 21.3%; no
# proposed measure, 1 stated rate; 4 exporters and 4 importers counting ``*``, 2 statuses
# (``tariff``, ``quota``), 2 metals in its measures, 19 outlets, 7 years): 150 rows, of which 7
# measures were all the sources gave apart from every set in the session (PROVENANCE.md); 111 of
# its rows are metals news that is no measure, many of them near one (trade-remedy determinations,
# reviews and inquiries, permits, bans on mining).
BLIND19 = BlindSet(
    path=DATA_BLIND19,
    id_prefix="nin-",
    name="nineteenth blind (never tuned on)",
    # First reading: taken once in session 24 by the collector after the labels (6a29733, 53d74b2)
    # and the wiring (5a39969) were committed, in aggregate only, on main at e88422c (the branch's
    # engine is main's); also in README.md, docs/ACCURACY.md and the set's PROVENANCE.md. In
    # session 31 (94.0% then) its odd rows were released for study and its even rows stay unseen
    # (--half odd|even): nobody may read the even rows' misses. The halves' first readings were
    # taken once, on main at 3915153, before anyone read the odd rows' misses.
    first_reading=(
        "exact 88.7% (133/150), status-only 89.3%, false events on 143 non-measures: 15, "
        "missed events on 7 measures: 0 (main at e88422c, session 24); odd rows 93.3% (70/75), "
        "even rows 94.7% (71/75) (main at 3915153, session 31)"
    ),
    spread=Spread(
        measure=0.04,
        market=0.74,
        general=0.21,
        proposed=0,
        rates=1,
        exporters=4,
        importers=4,
        statuses=2,
        metals=2,
        outlets=19,
        years=7,
    ),
    floors=None,
    from_dataset=True,
    pages_too=True,
)

# scored only, never tuned on: no floors
SCORED_ONLY_BLIND_SETS = (
    BLIND12,
    BLIND18,
    BLIND19,
    WIRE3,
    WIRE4,
    BLIND20,
    BLIND22,
    WIRE7,
    BLIND23,
    WIRE8,
    WILD,
)

# every blind set from the third, in the order they were collected (the thirteenth, the sixth
# wire, the twenty-first blind set and the first wire, scored only until session 41, are studied
# since, with floors)
BLIND_SETS = (
    *TUNED_BLIND_SETS, *RELEASED_BLIND_SETS, WIRE6, BLIND21, WIRE, *SCORED_ONLY_BLIND_SETS,
)  # fmt: skip
