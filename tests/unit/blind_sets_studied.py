"""The fourteenth blind set, read never tuned on and then studied (session 17), and the fifteenth
and the second wire of real events, likewise (session 21).

Kept apart from ``blind_sets_tuned.py`` (the third to the eleventh) only to keep modules under
400 lines; ``blind_sets_tuned.TUNED_BLIND_SETS`` lists it with them.
"""

from __future__ import annotations

from blind_set import BlindSet, Floors, Spread
from real_headlines_set import DATA_BLIND14, DATA_BLIND15, DATA_BLIND16, DATA_BLIND17, DATA_WIRE2

# The twentieth set of real published headlines (the fourteenth blind set), studied from session
# 17. Until then it was collected for a reading nobody had tuned on: collected and labelled in
# session 17 by a helper who did not read the rules or run the classifier before committing the
# labels, from the stored public pages (25 rows, the only ones
# the searches returned that no other set holds) and from public datasets of published headlines
# (RSS archives of 2020, 2022, 2023 and 2024, a procurement dashboard's steel news, copper,
# rare-earth and aluminium news archives, the WSJ tariff-news dataset): ``from_dataset=True`` and
# ``pages_too=True``, so a page row keeps the pages' format and a dataset row names its dataset
# (8 rows have no ``url``: the WSJ dataset gives none). Its ids are ``rhy-``.
#
# Its first reading taken and its misses read, it is studied (``--misses`` and
# ``--blind14-misses`` list its misses): its kinds are in ``test_classifier_kinds_27.py``, the
# event gate trains on it, and it holds floors.
#
# The mix floors are what the set holds (measures 8.6%, metals news 56.0%, general news 35.4%; 6
# proposed measures, 5 stated rates; 4 exporters and 5 importers counting ``*``, 4 statuses (no
# ``quota``), 7 metals in its measures, 86 outlets): the stored pages hold almost no measure on a
# watched metal that another set lacks (PROVENANCE.md), so the set is mostly metals news full of
# trade words and general trade news.
BLIND14 = BlindSet(
    path=DATA_BLIND14,
    id_prefix="rhy-",
    name="twentieth real set (fourteenth blind until session 17, tuned from session 17)",
    # First reading: taken once in session 17 by the collector after the labels were committed
    # (479a3d0), on main at the session's start (249bde0); also in README.md, docs/ACCURACY.md and
    # the set's PROVENANCE.md. Main as merged later in session 17 (33027d9) read it 92.3%
    # (193/209), 9 false events, 2 missed; so did main before its round (9a9edbe).
    first_reading=(
        "exact 91.9% (192/209), status-only 94.3%, false events on 191 non-measures: 10, "
        "missed events on 18 measures: 2 (main at session 17's start, 249bde0)"
    ),
    spread=Spread(
        measure=0.08,
        market=0.55,
        general=0.35,
        proposed=6,
        rates=5,
        exporters=4,
        importers=5,
        statuses=4,
        metals=7,
        outlets=86,
    ),
    # After the session-17 round (kinds_27; rhy-107's rate corrected to 25, PROVENANCE.md):
    # 98.6% exact (206/209), no false event, no missed event, relevance 209/209; the three
    # misses left are origins and an importer the labelling rules read apart from the other sets'
    # majority (a flow in a purpose clause, an importer from the official outlet). The floors
    # are that score.
    # 205/209 and one false event from session 21, when the event gate first trained on the
    # fifteenth blind set and the second wire as well (its threshold 0.118 -> 0.093): one row of
    # metals news the new gate lets through. 204/209 and two false events after the gate's
    # retraining on kinds 43's readings (missed21, threshold 0.094 -> 0.095): rhy-017, a bill
    # on Russian gold, no longer vetoed.
    floors=Floors(exact=204 / 209, false_events=2, missed_events=0, relevance=209 / 209),
    from_dataset=True,
    pages_too=True,
)

# The twenty-first set of real published headlines (the fifteenth blind set), studied from session
# 21. Until then it was collected for a reading nobody had tuned on: collected and labelled in session 18 by a helper who did not read the rules or run the
# classifier before committing the labels (cc80cd1, f37695f and 508f4a6, the data alone), from public
# datasets of published headlines no earlier set had used up: a news aggregator's archive of
# February 2025 (the week of the US 25% steel and aluminium tariffs), the RSS link archives of
# 2021 and 2023, the WSJ tariff-news dataset (general rows only) and a headline dataset of
# 2021-2022 (Reddit submissions). ``from_dataset=True``: its ``found_via`` names the dataset
# (repository, path, commit) and 36 rows have no ``url`` (the WSJ dataset gives none). Its ids
# are ``rhz-``.
#
# Read never tuned on in sessions 18 to 20 (first reading below; 86.1% at session 21's start, on
# 02322cb: 10 false events, 14 of 26 measures missed), it is studied from session 21
# (``--misses`` and ``--blind15-misses`` list its misses): the event gate trains on it and it
# holds floors.
#
# The mix floors are what the set holds (measures 12.4%, metals news 50.2%, general news 37.3%; 18
# proposed measures, 11 stated rates; 5 exporters and 3 importers counting ``*``, 3 statuses (no
# ``quota``, no ``licensing``), 3 metals in its measures (steel, aluminium, gold), 32 outlets): most
# measures are the US steel and aluminium tariffs of February 2025 told in market headlines, as the
# datasets hold them (PROVENANCE.md).
BLIND15 = BlindSet(
    path=DATA_BLIND15,
    id_prefix="rhz-",
    name="twenty-first real set (fifteenth blind until session 21, tuned from session 21)",
    # First reading: taken once in session 18 by the collector after the labels and the wiring
    # were committed (e47c59e: main at the session's start, d8081c1, and the set); also in
    # README.md, docs/ACCURACY.md and the set's PROVENANCE.md.
    first_reading=(
        "exact 85.2% (178/209), status-only 86.1%, false events on 183 non-measures: 10, "
        "missed events on 26 measures: 19 (main at session 18's start, d8081c1)"
    ),
    spread=Spread(
        measure=0.12,
        market=0.50,
        general=0.37,
        proposed=18,
        rates=11,
        exporters=5,
        importers=3,
        statuses=3,
        metals=3,
        outlets=32,
    ),
    # Floors at session 21's start (02322cb), when it became studied: 180/209, 10 false events, 14
    # missed, relevance 208/209. After the session's rounds (kinds 43 to 45, merged on main
    # d3dbd65): 194/209, 1 false event, 10 missed (measures told in market headlines whose act
    # is only deep in a lede or cut off), relevance 208/209: the floors are that score.
    floors=Floors(exact=194 / 209, false_events=1, missed_events=10, relevance=208 / 209),
    from_dataset=True,
)

# The second wire of real events, studied from session 21. Until then it was written for a
# reading nobody had tuned on: written and labelled
# in session 20 by a helper who did not read the rules or run the classifier, the labelled rows
# committed on their own (cc562c8) before the set was wired in or scored: one short headline per
# real event of 2019-2025 on metals trade, other events than the first wire's, in the styles news
# wires use, with the wire's first sentence in 71 of them. ``written=True`` as for the first wire
# (no page, one outlet, ``found_via`` names the event; PROVENANCE.md). Its ids are ``rw2-``.
#
# Read never tuned on in session 20 (first reading below; 89.0% at session 21's start, on 02322cb:
# 5 false events, 2 of 56 measures missed), it is studied from session 21 (``--misses`` and
# ``--wire2-misses`` list its misses): the event gate trains on it and it holds floors.
#
# The mix floors are what the set holds (measures 36.1%, metals news 41.9%, general news 21.9%; 7
# proposed measures, 11 stated rates; 12 exporters and 12 importers counting ``*``, the five
# statuses but ``open``, 14 metals in its measures; one outlet, as written): the writer could name
# 56 real measures not already in the first wire, fewer than the 100 asked for (PROVENANCE.md).
WIRE2 = BlindSet(
    path=DATA_WIRE2,
    id_prefix="rw2-",
    name="second wire of real events (written for real events until session 21, tuned from session 21)",
    # First reading: taken once in session 20 by the writer after the labels (cc562c8) and the
    # wiring (140499a) were committed, in aggregate only, on main at the session's start (7d3bbb6;
    # the branch's engine is main's); also in README.md, docs/ACCURACY.md and the set's
    # PROVENANCE.md. Nobody read its misses before session 21.
    first_reading=(
        "exact 87.7% (136/155), status-only 91.6%, false events on 99 non-measures: 5, "
        "missed events on 56 measures: 3 (main at session 20's start, 7d3bbb6)"
    ),
    spread=Spread(
        measure=0.36,
        market=0.41,
        general=0.21,
        proposed=7,
        rates=11,
        exporters=12,
        importers=12,
        statuses=5,
        metals=14,
        outlets=1,
    ),
    # Floors at session 21's start (02322cb), when it became studied: 138/155, 5 false events, 2
    # missed, relevance 155/155. After the session's rounds (kinds 43 to 45, merged on main
    # d3dbd65): 148/155, 2 false events, none missed, relevance 155/155: the floors are that score.
    floors=Floors(exact=148 / 155, false_events=2, missed_events=0, relevance=155 / 155),
    written=True,
)

# The twenty-third set of real published headlines (the seventeenth blind set), studied from
# session 23. Until then it was collected for a reading nobody had tuned on. Collected and labelled in session 22 by a helper who did not read the rules or run the
# classifier before committing the labels (the data alone, a56acfc), from public datasets of
# published headlines only (the stored pages returned no headline another set lacks): the Federal
# Register's trade-remedy notices, a news aggregator's archive of February 2025, an aluminium and
# a copper news archive read over every stored version, Guardian and CNBC headline datasets of
# 2019-2020, a trade podcast's reading lists and a BBC repost blog. ``from_dataset=True`` (no page
# rows): 50 rows have no ``url`` because their dataset gives none. Its ids are ``rho-``.
#
# Read never tuned on in session 22 (first reading below; the same 84.6% at session 23's start, on
# de754ae: 11 false events, 6 of 32 measures missed), it is studied from session 23 (``--misses``
# and ``--blind17-misses`` list its misses): the event gate trains on it and it holds floors.
#
# The mix floors are what the set holds (measures 20.5%, metals news 46.8%, general news 32.7%; 6
# proposed measures, 2 stated rates; 14 exporters and 2 importers counting ``*``, 3 statuses
# (``tariff``, ``resuming``, ``suspended``), 3 metals in its measures, 50 outlets): 16 of its 32
# measures are the Federal Register's US duty orders on steel products and 12 the US steel and
# aluminium tariffs of February 2025 told in market headlines (PROVENANCE.md).
BLIND17 = BlindSet(
    path=DATA_BLIND17,
    id_prefix="rho-",
    name="twenty-third real set (seventeenth blind until session 23, tuned from session 23)",
    # First reading: taken once in session 22 by the collector after the labels (a56acfc) and the
    # wiring (4229734) were committed, in aggregate only, on main at e9a987f (the branch's engine
    # is main's); also in README.md, docs/ACCURACY.md and the set's PROVENANCE.md. Nobody read its
    # misses before session 23.
    first_reading=(
        "exact 84.6% (132/156), status-only 86.5%, false events on 124 non-measures: 11, "
        "missed events on 32 measures: 7 (main at e9a987f, session 22)"
    ),
    spread=Spread(
        measure=0.2,
        market=0.46,
        general=0.32,
        proposed=6,
        rates=2,
        exporters=14,
        importers=2,
        statuses=3,
        metals=3,
        outlets=50,
    ),
    # Floors at session 23's start (de754ae), when it became studied: 132/156, 11 false events, 6
    # missed, relevance 155/156. After the session's rounds (kinds 50 and 51, the gate retrained
    # on them, merged on main 0b81a48): 149/156, no false event, 3 missed (a lede whose sentences
    # run together, a measure the gate vetoes, a market headline whose act is only in its lede),
    # relevance 155/156: the floors are that score.
    floors=Floors(exact=149 / 156, false_events=0, missed_events=3, relevance=155 / 156),
    from_dataset=True,
)

# The twenty-second set of real published headlines (the sixteenth blind set), studied from
# session 24. Until then it was collected for a reading nobody had tuned on. Collected and labelled in session 21 by a helper who did not read the rules or run the
# classifier before committing the labels (e91c964, the data alone), from the stored public pages
# (11 rows no other set holds) and from public datasets of published headlines: Guardian and CNBC
# headline datasets of 2019-2020, the RSS link archives of autumn 2022 and of 2023, a news
# aggregator's archive of February 2025 and the White House's pages. ``from_dataset=True`` with
# ``pages_too=True``, as the fourteenth set: a page row keeps the pages' format, a dataset row the
# datasets' (59 rows have no ``url``: the Guardian and CNBC datasets give none). Its ids are
# ``rha-`` (``rhp-`` is the eleventh set's).
#
# Read never tuned on from session 21 to 23 (first reading below; 86.2% at session 24's start, on
# e88422c: 7 false events, 11 of 24 measures missed), it is studied from session 24 (``--misses``
# and ``--blind16-misses`` list its misses): the event gate trains on it and it holds floors.
#
# The mix floors are what the set holds (measures 15.0%, metals news 46.3%, general news 38.8%; 5
# proposed measures, 6 stated rates; 3 exporters and 4 importers counting ``*``, 2 statuses
# (``tariff`` and ``quota``), 5 metals in its measures, 36 outlets): the stores are exhausted for
# measures another set lacks, and 15 of its 24 measures are the US steel and aluminium tariffs of
# February 2025 told in market headlines (PROVENANCE.md).
BLIND16 = BlindSet(
    path=DATA_BLIND16,
    id_prefix="rha-",
    name="twenty-second real set (sixteenth blind until session 24, tuned from session 24)",
    # First reading: taken once in session 21 by the collector after the labels (e91c964) and the
    # wiring (79e3158) were committed, in aggregate only, on main at 3e1455c (the fifteenth set and
    # the second wire just studied, the gate retrained; the branch's engine is main's); also in
    # README.md, docs/ACCURACY.md and the set's PROVENANCE.md. Nobody read its misses before
    # session 24.
    first_reading=(
        "exact 85.0% (136/160), status-only 88.1%, false events on 136 non-measures: 6, "
        "missed events on 24 measures: 13 (main at 3e1455c, session 21)"
    ),
    spread=Spread(
        measure=0.15,
        market=0.46,
        general=0.38,
        proposed=5,
        rates=6,
        exporters=3,
        importers=4,
        statuses=2,
        metals=5,
        outlets=36,
    ),
    # Floors at session 24's start (e88422c), when it became studied: 138/160, 7 false events, 11
    # missed, relevance 160/160. After the session's rounds (kinds 53 to 56, the gate retrained,
    # merged on main bfdc6e2): 144/160, 4 false events, 7 missed, relevance 160/160: the floors
    # were that score. After session 25's rounds (kinds 57 to 61): 146/160, 3 false events, 7
    # missed, relevance 160/160: the floors were that score. After session 26's field round
    # (kinds 64, 65): 147/160, 3 false, 7 missed: the floors are now that score.
    floors=Floors(exact=147 / 160, false_events=3, missed_events=7, relevance=160 / 160),
    from_dataset=True,
    pages_too=True,
)
