"""The third to eighth wire sets of real events (``tests/data/real_wire3/``, ``real_wire4/``,
``real_wire5/``, ``real_wire6/``, ``real_wire7/``, ``real_wire8/``): headlines written for real
events, scored only, never tuned on.

Kept apart from ``blind_sets.py`` only to keep modules under 400 lines;
``blind_sets.SCORED_ONLY_BLIND_SETS`` lists them with the other scored-only sets.
"""

from __future__ import annotations

from blind_set import BlindSet, Floors, Spread
from real_headlines_set import (
    DATA_WIRE3,
    DATA_WIRE4,
    DATA_WIRE5,
    DATA_WIRE6,
    DATA_WIRE7,
    DATA_WIRE8,
)

# The third wire set: a "wire of real events", written for a reading nobody has tuned on (its odd
# rows studied from session 31, its even rows still unseen). Written
# and labelled in session 29 by a helper who did not read the rules or run the classifier before
# committing the labels (the data alone, f78f9c9): one short headline per real event (2019-2026)
# that the first two wires do not hold, as news wires write them (Reuters "UPDATE", "EXCLUSIVE",
# "- sources", Bloomberg, AP, AFP, Xinhua, PTI, Kyodo, Yonhap, AAP, Dow Jones), with the wire's
# first sentence in 62 of them. Written, not published: ``written=True`` (no page, one outlet,
# ``found_via`` names the real event). Its ids are ``rw3-``.
#
# Its tests assert what they assert of the other scored-only sets; it holds 113 rows, not 150
# (``min_rows=100``): the writer could name only 42 measures apart from the first two wires'
# (PROVENANCE.md). The score goes to the run's "labelled sets" summary as "third wire of real
# events (never tuned on)"; there is no floor, and nobody changing ``tui/engine/`` may read this
# set's misses to decide what to change (``benchmarks/score_real_headlines.py`` lists them only
# with ``--wire3-misses``, for an audit).
#
# The mix floors are what the set holds (measures 37.2%, metals news 42.5%, general news 20.4%; 9
# proposed measures, 6 stated rates; 14 exporters and 9 importers counting ``*``, the five
# statuses but ``open`` (one ``open`` besides), 11 metals in its measures; one outlet, as written;
# 8 years).
WIRE3 = BlindSet(
    path=DATA_WIRE3,
    id_prefix="rw3-",
    name="third wire of real events (never tuned on)",
    # First reading: taken once in session 29 by the writer after the labels (f78f9c9) and the
    # wiring (11b64b4) were committed, in aggregate only, on the branch at 11b64b4 (its engine is
    # 1c132d0's, the session's engine split; only the gate file's digest differs); also in
    # README.md, docs/ACCURACY.md and the set's PROVENANCE.md. In session 31 (83.2% then) its odd
    # rows were released for study and its even rows stay unseen (--half odd|even): nobody may
    # read the even rows' misses. The halves' first readings were taken once, on main at 3915153,
    # before anyone read the odd rows' misses; the writer's rows alternate, so the odd half holds
    # 39 of the 42 measures and the even half 3 (53 of its 56 rows are no measure).
    first_reading=(
        "exact 82.3% (93/113), status-only 90.3%, false events on 71 non-measures: 4, "
        "missed events on 42 measures: 5 (11b64b4, session 29); odd rows 77.2% (44/57), "
        "even rows 89.3% (50/56) (main at 3915153, session 31)"
    ),
    spread=Spread(
        measure=0.37,
        market=0.42,
        general=0.20,
        proposed=9,
        rates=6,
        exporters=14,
        importers=9,
        statuses=5,
        metals=11,
        outlets=1,
        years=8,
    ),
    floors=None,
    written=True,
    min_rows=100,
)

# The fourth wire set: a "wire of real events", written for a reading nobody has tuned on. Written
# and labelled in session 30 by a helper who did not read the rules or run the classifier before
# committing the labels (the data alone, 15320a9): one short headline per real event (2019-2025)
# that no other set holds, as news wires write them, with the wire's first sentence in 70 of them.
# Written, not published: ``written=True`` (no page, one outlet, ``found_via`` names the real
# event). Its ids are ``rw4-``.
#
# Its tests assert what they assert of the other scored-only sets; it holds 131 rows
# (``min_rows=120``), only 12 of them measures: the writer could name no more measures apart from
# the earlier wires' (PROVENANCE.md), so the set is mostly news near a measure and general news,
# and its false-event count is its main figure. The score goes to the run's "labelled sets"
# summary as "fourth wire of real events (never tuned on)"; there is no floor, and nobody changing
# ``tui/engine/`` may read this set's misses to decide what to change
# (``benchmarks/score_real_headlines.py`` lists them only with ``--wire4-misses``, for an audit).
#
# The mix floors are what the set holds (measures 9.2%, metals news 55.7%, general news 35.1%; no
# proposed measure, 3 stated rates; 8 exporters and 3 importers counting ``*``, 2 statuses but
# ``open`` (``tariff``, ``quota``; one ``open`` besides), 6 metals in its measures; one outlet, as
# written; 7 years).
WIRE4 = BlindSet(
    path=DATA_WIRE4,
    id_prefix="rw4-",
    name="fourth wire of real events (never tuned on)",
    # First reading: taken once in session 30 by the writer after the labels (15320a9) and the
    # wiring (4ee2bc2) were committed, in aggregate only, on the branch at 4ee2bc2 (its engine is
    # main's at e35e652; only the gate file's digest differs); also in README.md, docs/ACCURACY.md
    # and the set's PROVENANCE.md. Nobody has read its misses.
    first_reading=(
        "exact 93.9% (123/131), status-only 95.4%, false events on 119 non-measures: 5, "
        "missed events on 12 measures: 1 (4ee2bc2, session 30)"
    ),
    spread=Spread(
        measure=0.09,
        market=0.55,
        general=0.35,
        proposed=0,
        rates=3,
        exporters=8,
        importers=3,
        statuses=2,
        metals=6,
        outlets=1,
        years=7,
    ),
    floors=None,
    written=True,
    min_rows=120,
)

# The fifth wire set: a "wire of real events", written for a reading nobody has tuned on (its odd
# rows studied from session 38, its even rows still unseen). Written
# and labelled in session 37 by a helper who did not read the rules or run the classifier before
# committing the labels (the data alone, 5ab4b58): one short headline per real event (2019-2025),
# as news wires write them, with the wire's first sentence in 69 of them. Of 208 rows drafted, the
# 86 whose event another set held (their titles within ratio 0.75 of another set's) were dropped,
# not reworded. Written, not published: ``written=True`` (no page, one outlet, ``found_via`` names
# the real event). Its ids are ``rw5-``.
#
# Its tests assert what they assert of the other scored-only sets; it holds 122 rows
# (``min_rows=120``), 42 of them measures (PROVENANCE.md). The score goes to the run's "labelled
# sets" summary as "fifth wire of real events (never tuned on)"; there is no floor, and nobody
# changing ``tui/engine/`` may read this set's misses to decide what to change
# (``benchmarks/score_real_headlines.py`` lists them only with ``--wire5-misses``, for an audit).
#
# The mix floors are what the set holds (measures 34.4%, metals news 42.6%, general news 23.0%; 6
# proposed measures, 8 stated rates; 11 exporters and 10 importers counting ``*``, all five
# statuses but ``open``, 13 metals in its measures; one outlet, as written; 7 years).
WIRE5 = BlindSet(
    path=DATA_WIRE5,
    id_prefix="rw5-",
    name="fifth wire of real events (never tuned on)",
    # First reading: taken once in session 37 by the writer after the labels (5ab4b58) and the
    # wiring (3b454fe) were committed, in aggregate only, on the branch at 3b454fe (its engine is
    # main's at 1b03448; only the gate file's digest differs); also in README.md, docs/ACCURACY.md
    # and the set's PROVENANCE.md. In session 38 (90.2% then) its odd rows were released for
    # study and its even rows stay unseen (--half odd|even): nobody may read the even rows'
    # misses. The halves' first readings were taken once, on main at 6da6620, before anyone read
    # the odd rows' misses: the odd half 93.4% (57/61), status-only 96.7%, 1 false event on 41
    # non-measures, 1 of 20 measures missed, wrong fields metals 1, rate 1; the even half 86.9%
    # (53/61), status-only 95.1%, 1 false event on 39 non-measures, 1 of 22 measures missed,
    # wrong fields destination 2, rate 2, metals 1, origin 1, status 1.
    first_reading=(
        "exact 90.2% (110/122), status-only 95.9%, false events on 80 non-measures: 2, "
        "missed events on 42 measures: 2 (3b454fe, session 37); odd rows 93.4% (57/61), "
        "even rows 86.9% (53/61) (main at 6da6620, session 38)"
    ),
    spread=Spread(
        measure=0.34,
        market=0.42,
        general=0.22,
        proposed=6,
        rates=8,
        exporters=11,
        importers=10,
        statuses=5,
        metals=13,
        outlets=1,
        years=7,
    ),
    floors=None,
    written=True,
    min_rows=120,
)

# The sixth wire set: a "wire of real events", written for a reading nobody had tuned on (its odd
# rows studied from session 39, its even rows from session 41: the whole set is studied, with
# floors, and no longer a reading of unseen news). Written and labelled in session 38
# by a helper who did not read the rules or run the classifier before committing the labels
# (the data alone, 30b11f5): one short headline per real event (2019-2026), as news wires write
# them, with the wire's first sentence in 65 of them. Of 229 rows drafted, the
# 87 whose event another set held (their titles within ratio 0.75 of another set's) were dropped,
# not reworded. Written, not published: ``written=True`` (no page, one outlet, ``found_via`` names
# the real event). Its ids are ``rw6-``.
#
# Its tests assert what they assert of the other blind sets; it holds 123 rows (``min_rows=120``),
# 44 of them measures (PROVENANCE.md). Scored only until session 39, with no floor, it is studied
# since (odd rows from session 39, even rows from session 41: ``--misses`` lists both halves, its
# kinds are in ``test_classifier_kinds_128.py`` and ``test_classifier_kinds_133.py``), and holds
# floors; the event gate is not trained on it (trained on, it lost a studied row).
#
# The mix floors are what the set holds (measures 35.8%, metals news 40.7%, general news 23.6%; 3
# proposed measures, 10 stated rates; 12 exporters and 12 importers counting ``*``, all five
# statuses but ``open``, 11 metals in its measures; one outlet, as written; 8 years).
WIRE6 = BlindSet(
    path=DATA_WIRE6,
    id_prefix="rw6-",
    name="sixth wire of real events (odd rows tuned from session 39, all from session 41)",
    # First reading: taken once in session 38 by the writer after the labels (30b11f5) and the
    # wiring (7880d30) were committed, in aggregate only, on the branch at 7880d30 (its engine is
    # main's at 6da6620; only the gate file's digest differs); also in the set's PROVENANCE.md.
    # In session 39 (91.1% then) its odd rows were released for study and its even rows stay
    # unseen (--half odd|even): nobody may read the even rows' misses. The halves' first readings
    # were taken once, on main at 371eef8, before anyone read the odd rows' misses: the odd half
    # 95.2% (59/62), status-only 95.2%, 0 false events on 42 non-measures, 3 of 20 measures
    # missed, no wrong field; the even half 86.9% (53/61), status-only 96.7%, 0 false events on
    # 37 non-measures, 1 of 24 measures missed, wrong fields destination 3, origin 2, rate 2,
    # metals 1, status 1.
    first_reading=(
        "exact 91.1% (112/123), status-only 95.9%, false events on 79 non-measures: 0, "
        "missed events on 44 measures: 4 (7880d30, session 38); odd rows 95.2% (59/62), "
        "even rows 86.9% (53/61) (main at 371eef8, session 39); even rows' last unseen "
        "reading 88.5% (54/61) (main at abe9d04d, session 41)"
    ),
    spread=Spread(
        measure=0.35,
        market=0.40,
        general=0.23,
        proposed=3,
        rates=10,
        exporters=12,
        importers=12,
        statuses=5,
        metals=11,
        outlets=1,
        years=8,
    ),
    # Floors from session 41, when its even rows were released and the whole set studied: after
    # the round on the even rows' kinds (kinds 133), 120/123, no false event, none missed,
    # relevance 123/123: the floors are that score.
    floors=Floors(exact=120 / 123, false_events=0, missed_events=0, relevance=123 / 123),
    written=True,
    min_rows=120,
)

# The seventh wire set: a "wire of real events", written for a reading nobody has tuned on (its
# odd rows studied from session 39, its even rows still unseen). Written and labelled in session 39 by a helper who did not read the rules or run the classifier
# before committing the labels (the data alone, df2caba): one short headline per real event
# (2019-2025), as news wires write them, with the wire's first sentence in 55 of them. Of 268 rows
# drafted, the 122 whose event another set held (their titles within ratio 0.75 of another set's,
# or shown held by a flagged title) were dropped, not reworded. Written, not published:
# ``written=True`` (no page, one outlet, ``found_via`` names the real event). Its ids are ``rw7-``.
#
# Its tests assert what they assert of the other scored-only sets; it holds 122 rows
# (``min_rows=120``), 40 of them measures (PROVENANCE.md). The score goes to the run's "labelled
# sets" summary as "seventh wire of real events (never tuned on)"; there is no floor, and nobody
# changing ``tui/engine/`` may read this set's misses to decide what to change
# (``benchmarks/score_real_headlines.py`` lists them only with ``--wire7-misses``, for an audit).
#
# The mix floors are what the set holds (measures 32.8%, metals news 45.1%, general news 22.1%; 3
# proposed measures, 7 stated rates; 8 exporters and 11 importers counting ``*``, all five
# statuses but ``open``, 16 metals in its measures; one outlet, as written; 7 years).
WIRE7 = BlindSet(
    path=DATA_WIRE7,
    id_prefix="rw7-",
    name="seventh wire of real events (never tuned on)",
    # First reading: taken once in session 39 by the writer after the labels (df2caba) and the
    # wiring (0967e92) were committed, in aggregate only, on the branch at 0967e92 (its engine is
    # main's at 371eef8; only the gate file's digest differs); also in the set's PROVENANCE.md.
    # In session 39 (89.3% then) its odd rows were released for study and its even rows stay
    # unseen (--half odd|even): nobody may read the even rows' misses. The halves' first readings
    # were taken once, on main at ca4a79f, before anyone read the odd rows' misses: the odd half
    # 85.2% (52/61), status-only 93.4%, 2 false events on 39 non-measures, 2 of 22 measures
    # missed, wrong fields destination 4, rate 1; the even half 93.4% (57/61), status-only 98.4%,
    # 1 false event on 43 non-measures, none of 18 measures missed, wrong fields destination 2,
    # origin 1, proposed 1.
    first_reading=(
        "exact 89.3% (109/122), status-only 95.9%, false events on 82 non-measures: 3, "
        "missed events on 40 measures: 2 (0967e92, session 39); odd rows 85.2% (52/61), "
        "even rows 93.4% (57/61) (main at ca4a79f, session 39)"
    ),
    spread=Spread(
        measure=0.32,
        market=0.45,
        general=0.22,
        proposed=3,
        rates=7,
        exporters=8,
        importers=11,
        statuses=5,
        metals=16,
        outlets=1,
        years=7,
    ),
    floors=None,
    written=True,
    min_rows=120,
)

# The eighth wire set: a "wire of real events", written for a reading nobody has tuned on, whole
# (not split into halves). Written and labelled in session 41 by a helper who did not read the
# rules or run the classifier before committing the labels (the data alone, 68772cf): one short
# headline per real event (2019-2025), as news wires write them, with the wire's first sentence in
# 52 of them. Of about 420 rows and bare titles drafted, those whose event another set held (their
# titles within ratio 0.75 of another set's, or shown the same event by the other sets' titles
# that share their rarer words) were dropped, not reworded. Written, not published:
# ``written=True`` (no page, one outlet, ``found_via`` names the real event). Its ids are ``rw8-``.
#
# Its tests assert what they assert of the other scored-only sets; it holds 123 rows
# (``min_rows=120``), only 10 of them measures: the writer could not find more measures it knew
# well that no other set holds (PROVENANCE.md). The score goes to the run's "labelled sets"
# summary as "eighth wire of real events (never tuned on)"; there is no floor, and nobody
# changing ``tui/engine/`` may read this set's misses to decide what to change
# (``benchmarks/score_real_headlines.py`` lists them only with ``--wire8-misses``, for an audit).
#
# The mix floors are what the set holds (measures 8.1%, metals news 61.0%, general news 30.9%; 1
# proposed measure, 3 stated rates; 4 exporters and 6 importers counting ``*``, three statuses
# (tariff, resuming, suspended), 7 metals in its measures; one outlet, as written; 7 years).
WIRE8 = BlindSet(
    path=DATA_WIRE8,
    id_prefix="rw8-",
    name="eighth wire of real events (never tuned on)",
    # First reading: taken once in session 41 by the writer after the labels (68772cf) and the
    # wiring (587ca45) were committed, in aggregate only, on the branch at 587ca45 (its engine is
    # main's at abe9d04; only the gate file's digest differs); also in the set's PROVENANCE.md.
    # Nobody has read its misses. Measures right in every field 6/10 (wrong fields among events
    # read: origin 2, proposed 1); relevance 123/123.
    first_reading=(
        "exact 96.7% (119/123), status-only 99.2%, false events on 113 non-measures: 0, "
        "missed events on 10 measures: 1 (587ca45, session 41)"
    ),
    spread=Spread(
        measure=0.08,
        market=0.60,
        general=0.30,
        proposed=1,
        rates=3,
        exporters=4,
        importers=6,
        statuses=3,
        metals=7,
        outlets=1,
        years=7,
    ),
    floors=None,
    written=True,
    min_rows=120,
)
