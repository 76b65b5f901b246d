"""The scored-only blind sets collected from the stored public pages alone (the twentieth,
twenty-first, twenty-second and twenty-third, ``tests/data/real_headlines_blind20/``,
``real_headlines_blind21/``, ``real_headlines_blind22/`` and ``real_headlines_blind23/``), one
:class:`blind_set.BlindSet` each, with no floor but the twenty-first's (studied whole since
session 41); ``blind_sets.py`` adds the others to ``SCORED_ONLY_BLIND_SETS``. A set collected the same way joins them here."""

from __future__ import annotations

from blind_set import BlindSet, Floors, Spread
from real_headlines_set import DATA_BLIND20, DATA_BLIND21, DATA_BLIND22, DATA_BLIND23

# The twentieth blind set of real published headlines: collected for a reading nobody has tuned
# on, for false events above all. Collected and labelled in session 31 by a helper who did not read
# the rules or run the classifier before committing the labels (the data alone, 623c2ca), from
# the stored public pages only (some 70 queries; 74 of the 235 candidates were other sets'
# already). Its ids are ``twe-``.
#
# Its tests assert what they assert of the other scored-only sets. The score goes to the run's
# "labelled sets" summary as "twentieth blind (never tuned on)"; there is no floor, and nobody
# changing ``tui/engine/`` may read this set's misses to decide what to change
# (``benchmarks/score_real_headlines.py`` lists them only with ``--blind20-misses``, for an audit).
#
# The mix floors are what the set holds (measures 5.0%, metals news 72.3%, general news 22.6%; 5
# proposed measures, 2 stated rates; 3 exporters and 4 importers counting ``*``, 3 statuses
# (``tariff``, ``quota``, ``suspended``), 4 metals in its measures, 134 outlets, 7 years): 159
# rows, 151 of them no measure, most of those metals news near trade policy (markets moved by
# tariffs in force or feared, results blamed on tariffs, trade data, lobbying, probes, mine and
# exchange suspensions) and general news with measures on goods that are no watched metal.
BLIND20 = BlindSet(
    path=DATA_BLIND20,
    id_prefix="twe-",
    name="twentieth blind (never tuned on)",
    # First reading: taken once in session 31 by the collector after the labels (623c2ca) and the
    # wiring (a59be9a) were committed, in aggregate only, on the branch at a59be9a (main's engine
    # at 3915153; only the gate file's digest differs); also in README.md, docs/ACCURACY.md and
    # the set's PROVENANCE.md. Nobody has read its misses.
    first_reading=(
        "exact 92.5% (147/159), status-only 94.3%, false events on 151 non-measures: 6, "
        "missed events on 8 measures: 2 (a59be9a, session 31)"
    ),
    spread=Spread(
        measure=0.05,
        market=0.72,
        general=0.22,
        proposed=5,
        rates=2,
        exporters=3,
        importers=4,
        statuses=3,
        metals=4,
        outlets=134,
        years=7,
    ),
    floors=None,
)

# The twenty-first blind set of real published headlines: collected for a reading nobody had
# tuned on (its odd rows studied from session 33, its even rows from session 41: the whole set is
# studied, with floors, and no longer a reading of unseen news), with as many real measures as
# the stored pages still held apart from the other sets.
# Collected and labelled in session 32 by a helper who did not read the rules or run the
# classifier before committing the labels (the data alone, 4c7d87d), from the stored public
# pages only (some 125 queries; 185 of the 354 candidates were other sets' already). Its ids are
# ``twf-``.
#
# Its tests assert what they assert of the other blind sets. Scored only until session 33, with no
# floor, it is studied since (odd rows from session 33, even rows from session 41: ``--misses``
# lists both halves, the even rows' kinds are in ``test_classifier_kinds_135.py``), and holds
# floors; the event gate is not trained on it (trained on, whole or its even half, it moved
# made-up cases across the threshold and lost studied rows).
#
# The mix floors are what the set holds (measures 18.3%, metals news 53.8%, general news 27.8%; 2
# proposed measures, 1 stated rate; 11 exporters and 11 importers counting ``*``, the five
# statuses but ``open``, 9 metals in its measures, 125 outlets, 8 years): 169 rows, 31 measures
# (24 of them on steel: orders and their continuations, EU regulations, Vietnamese, Malaysian,
# Eurasian and South African duties; export bans and controls on lithium, rare earths, cobalt,
# silver, gallium, germanium and antimony) and 138 non-measures.
BLIND21 = BlindSet(
    path=DATA_BLIND21,
    id_prefix="twf-",
    name="twenty-first blind (odd rows tuned from session 33, all from session 41)",
    # First reading: taken once in session 32 by the collector after the labels (4c7d87d) and the
    # wiring (414e09b) were committed, in aggregate only, on the branch at 414e09b (main's engine
    # at 87240da; only the gate file's digest differs); also in README.md, docs/ACCURACY.md and
    # the set's PROVENANCE.md. Its misses were read from session 33 (odd rows) and session 41
    # (even rows), after each half's reading was taken.
    first_reading=(
        "exact 85.2% (144/169), status-only 90.5%, false events on 138 non-measures: 10, "
        "missed events on 31 measures: 2 (414e09b, session 32); odd rows 84.7%, even rows "
        "85.7% (aaa1991, session 33); even rows' last unseen reading 85.7% (72/84) (main at "
        "8140fb90, session 41)"
    ),
    spread=Spread(
        measure=0.18,
        market=0.53,
        general=0.27,
        proposed=2,
        rates=1,
        exporters=11,
        importers=11,
        statuses=5,
        metals=9,
        outlets=125,
        years=8,
    ),
    # Floors from session 41, when its even rows were released and the whole set studied: after
    # the round on the even rows' kinds (kinds 135), 161/169, 5 false events, 2 missed, relevance
    # 163/169: the floors are that score.
    floors=Floors(exact=161 / 169, false_events=5, missed_events=2, relevance=163 / 169),
)

# The twenty-second blind set of real published headlines: collected for a reading nobody has
# tuned on (its odd rows studied from session 38, its even rows still unseen), asked for measures on metals other than steel from outlets outside the US. Collected
# and labelled in session 33 by a helper who did not read the rules or run the classifier before
# committing the labels (the data alone, 8d94cd9), from the stored public pages only (28 queries;
# 51 of the 89 candidates were other sets' already). Its ids are ``tsg-``.
#
# It holds 38 rows, not the 150 asked for: the stored pages held no more apart from the other
# sets in the time the collection had (``min_rows`` says so). Its readings are those of a small
# set (one row is 2.6 points). Its tests assert what they assert of the other scored-only sets;
# the score goes to the run's "labelled sets" summary as "twenty-second blind (never tuned on)";
# there is no floor, and nobody changing ``tui/engine/`` may read this set's misses to decide what
# to change (``benchmarks/score_real_headlines.py`` lists them only with ``--blind22-misses``, for
# an audit).
#
# The mix floors are what the set holds (measures 21.1%, metals news 63.2%, general news 15.8%; 3
# proposed measures, 1 stated rate; 4 exporters and 4 importers counting ``*``, 3 statuses, 6
# metals in its measures, 36 outlets, 8 years): 38 rows, 8 measures (aluminium 5: EU duties on
# Chinese foil and on Thailand's, China's export tariffs, Indonesia's bauxite ban planned; copper,
# steel, and China's gallium, germanium and antimony ban suspended for the US) and 30 non-measures.
BLIND22 = BlindSet(
    path=DATA_BLIND22,
    id_prefix="tsg-",
    name="twenty-second blind (never tuned on)",
    # First reading: taken once in session 33 by the collector after the labels (8d94cd9) and the
    # wiring (3f90309) were committed, in aggregate only, on the branch at 3f90309 (main's engine
    # at e38e9bf; only the gate file's digest differs); also in README.md, docs/ACCURACY.md and
    # the set's PROVENANCE.md. In session 38 (81.6% then) its odd rows were released for study
    # and its even rows stay unseen (--half odd|even): nobody may read the even rows' misses. The
    # halves' first readings were taken once, on main at 6da6620, before anyone read the odd
    # rows' misses.
    first_reading=(
        "exact 81.6% (31/38), status-only 86.8%, false events on 30 non-measures: 4, "
        "missed events on 8 measures: 1 (3f90309, session 33); odd rows 84.2% (16/19), "
        "even rows 78.9% (15/19) (main at 6da6620, session 38)"
    ),
    spread=Spread(
        measure=0.21,
        market=0.63,
        general=0.15,
        proposed=3,
        rates=1,
        exporters=4,
        importers=4,
        statuses=3,
        metals=6,
        outlets=36,
        years=8,
    ),
    floors=None,
    min_rows=38,
)

# The twenty-third blind set of real published headlines: collected for a reading nobody has
# tuned on, asked for topics, countries, metals and years the earlier sets' searches did not
# cover. Collected and labelled in session 41 by a helper who did not read the rules or run the
# classifier before committing the labels (the data alone, 0a76326), from the stored public pages
# only (68 queries; 43 of the 92 candidates were other sets' already). Its ids are ``tth-``.
#
# It holds 49 rows, 6 of them measures: the stored pages held few measures apart from the other
# sets (``min_rows`` says so). Its readings are those of a small set (one row is 2.0 points). Its
# tests assert what they assert of the other scored-only sets; the score goes to the run's
# "labelled sets" summary as "twenty-third blind (never tuned on)"; there is no floor, and nobody
# changing ``tui/engine/`` may read this set's misses to decide what to change
# (``benchmarks/score_real_headlines.py`` lists them only with ``--blind23-misses``, for an audit).
#
# The mix floors are what the set holds (measures 12.2%, metals news 69.4%, general news 18.4%; no
# proposed measure, no stated rate; 3 exporters and 5 importers counting ``*``, 2 statuses, 3
# metals in its measures, 43 outlets, 7 years): 49 rows, 6 measures (steel 3: China's export
# tariffs, Canada's tariffs on Chinese-melted steel, Taiwan's provisional duties; aluminium 2:
# China's tariffs on US goods, Mexico's tariffs; China's 0% tariff on secondary copper) and 43
# non-measures.
BLIND23 = BlindSet(
    path=DATA_BLIND23,
    id_prefix="tth-",
    name="twenty-third blind (never tuned on)",
    # First reading: taken once in session 41 by the collector after the labels (0a76326) and the
    # wiring (a150894) were committed, in aggregate only, on the branch at a150894 (main's engine
    # at abe9d04; only the gate file's digest differs); also in README.md, docs/ACCURACY.md,
    # benchmarks/README.md and the set's PROVENANCE.md. In session 41 its odd rows were released
    # for study and its even rows stay unseen (--half odd|even): nobody may read the even rows'
    # misses. The halves' first readings were taken once, on the branch at c7c3b02e (main's
    # engine), before anyone read the odd rows' misses: the odd half 76.0% (19/25), status-only
    # 84.0%, 4 false events on 20 non-measures, none of 5 measures missed, wrong fields
    # destination 1, origin 1; the even half 75.0% (18/24), status-only 75.0%, 5 false events on
    # 23 non-measures, none of 1 measure missed, wrong fields rate 1, status 1.
    first_reading=(
        "exact 75.5% (37/49), status-only 79.6%, false events on 43 non-measures: 9, "
        "missed events on 6 measures: 0 (a150894, session 41); odd rows 76.0% (19/25), "
        "even rows 75.0% (18/24) (c7c3b02e, session 41)"
    ),
    spread=Spread(
        measure=0.12,
        market=0.69,
        general=0.18,
        proposed=0,
        rates=0,
        exporters=3,
        importers=5,
        statuses=2,
        metals=3,
        outlets=43,
        years=7,
    ),
    floors=None,
    min_rows=49,
)
