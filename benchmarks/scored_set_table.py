"""The table of the labelled sets ``benchmarks/score_real_headlines.py`` reads: each set's name
for ``--set``, its file and the title its score line carries (``SETS``), the gate's training sets
read only by name (``TRAINING_ONLY``), the sets still scored only, whose misses only their own
flag lists (``SCORED_ONLY``), the half of a scored-only set released for study, whose misses
``--misses`` lists with ``--half`` (``STUDIED_HALF``), and each set's audit flag (``AUDIT_FLAGS``). Also read by
``benchmarks/row_changes.py`` and ``benchmarks/engine_history.py`` through the scorer."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "tests" / "unit") not in sys.path:
    sys.path.insert(0, str(ROOT / "tests" / "unit"))

from real_headlines_set import (  # noqa: E402
    DATA,
    DATA_2,
    DATA_3,
    DATA_4,
    DATA_BLIND,
    DATA_BLIND2,
    DATA_BLIND3,
    DATA_BLIND4,
    DATA_BLIND5,
    DATA_BLIND6,
    DATA_BLIND7,
    DATA_BLIND8,
    DATA_BLIND9,
    DATA_BLIND10,
    DATA_BLIND11,
    DATA_BLIND12,
    DATA_BLIND13,
    DATA_BLIND14,
    DATA_BLIND15,
    DATA_BLIND16,
    DATA_BLIND17,
    DATA_BLIND18,
    DATA_BLIND19,
    DATA_BLIND20,
    DATA_BLIND21,
    DATA_BLIND22,
    DATA_BLIND23,
    DATA_GATE3,
    DATA_GATE4,
    DATA_GATE5,
    DATA_GATE6,
    DATA_HELDOUT,
    DATA_UNSEEN,
    DATA_WILD,
    DATA_WIRE,
    DATA_WIRE2,
    DATA_WIRE3,
    DATA_WIRE4,
    DATA_WIRE5,
    DATA_WIRE6,
    DATA_WIRE7,
    DATA_WIRE8,
)

SETS = {
    "first": (DATA, "real published headlines"),
    "second": (DATA_2, "second real set"),
    "third": (DATA_3, "third real set"),
    "fourth": (DATA_4, "fourth real set"),
    "held-out": (DATA_HELDOUT, "fifth real set (held out, then studied)"),
    "unseen": (DATA_UNSEEN, "sixth real set (unseen, tuned from session 4)"),
    "blind": (DATA_BLIND, "seventh real set (blind until session 4, tuned from session 4)"),
    "blind2": (DATA_BLIND2, "eighth real set (second blind until session 5, tuned from session 5)"),
    "blind3": (DATA_BLIND3, "ninth real set (third blind until session 6, tuned from session 6)"),
    "blind4": (DATA_BLIND4, "tenth real set (fourth blind until session 7, tuned from session 7)"),
    "blind5": (
        DATA_BLIND5,
        "eleventh real set (fifth blind until session 8, tuned from session 8)",
    ),
    "blind6": (
        DATA_BLIND6,
        "twelfth real set (sixth blind until session 9, tuned from session 9)",
    ),
    "blind7": (
        DATA_BLIND7,
        "thirteenth real set (seventh blind until session 10, tuned from session 10)",
    ),
    "blind8": (
        DATA_BLIND8,
        "fourteenth real set (eighth blind until session 10, tuned from session 10)",
    ),
    "blind9": (
        DATA_BLIND9,
        "fifteenth real set (ninth blind until session 11, tuned from session 11)",
    ),
    "blind10": (
        DATA_BLIND10,
        "sixteenth real set (tenth blind until session 11, tuned from session 11)",
    ),
    "blind11": (
        DATA_BLIND11,
        "seventeenth real set (eleventh blind until session 12, tuned from session 12)",
    ),
    "blind12": (
        DATA_BLIND12,
        "eighteenth real set (twelfth blind: never tuned on, scored only)",
    ),
    "blind13": (
        DATA_BLIND13,
        "nineteenth real set (thirteenth blind until session 41, odd rows studied from "
        "session 13, tuned from session 41)",
    ),
    "blind14": (
        DATA_BLIND14,
        "twentieth real set (fourteenth blind until session 17, tuned from session 17)",
    ),
    "blind15": (
        DATA_BLIND15,
        "twenty-first real set (fifteenth blind until session 21, tuned from session 21)",
    ),
    "blind16": (
        DATA_BLIND16,
        "twenty-second real set (sixteenth blind until session 24, tuned from session 24)",
    ),
    "blind17": (
        DATA_BLIND17,
        "twenty-third real set (seventeenth blind until session 23, tuned from session 23)",
    ),
    "blind18": (
        DATA_BLIND18,
        "twenty-fourth real set (eighteenth blind: never tuned on, scored only)",
    ),
    "blind19": (
        DATA_BLIND19,
        "twenty-fifth real set (nineteenth blind: never tuned on, scored only)",
    ),
    "blind20": (
        DATA_BLIND20,
        "twenty-sixth real set (twentieth blind: never tuned on, scored only)",
    ),
    "blind21": (
        DATA_BLIND21,
        "twenty-seventh real set (twenty-first blind: odd rows studied from session 33, "
        "even rows from session 41)",
    ),
    "blind22": (
        DATA_BLIND22,
        "twenty-eighth real set (twenty-second blind: never tuned on, scored only)",
    ),
    "blind23": (
        DATA_BLIND23,
        "twenty-ninth real set (twenty-third blind: never tuned on, scored only)",
    ),
    "wild": (
        DATA_WILD,
        "wild audit (RSS archives of 2020-2023: the engine's events and controls; odd rows "
        "studied from session 43, even rows scored only)",
    ),
    "wire": (
        DATA_WIRE,
        "wire of real events (written for real events until session 12, studied whole from "
        "session 41)",
    ),
    "wire2": (
        DATA_WIRE2,
        "second wire of real events (written for real events until session 21, tuned from session 21)",
    ),
    "wire3": (
        DATA_WIRE3,
        "third wire of real events (written for real events: never tuned on, scored only)",
    ),
    "wire4": (
        DATA_WIRE4,
        "fourth wire of real events (written for real events: never tuned on, scored only)",
    ),
    "wire5": (
        DATA_WIRE5,
        "fifth wire of real events (written for real events until session 38, studied whole "
        "from session 41)",
    ),
    "wire6": (
        DATA_WIRE6,
        "sixth wire of real events (written for real events until session 39, odd rows tuned from "
        "session 39, all rows from session 41)",
    ),
    "wire7": (
        DATA_WIRE7,
        "seventh wire of real events (written for real events: never tuned on, scored only)",
    ),
    "wire8": (
        DATA_WIRE8,
        "eighth wire of real events (written for real events: never tuned on, scored only)",
    ),
    "gate3": (
        DATA_GATE3,
        "the gate's third training set (taken from public headline datasets: trained on, "
        "never a score of unseen news)",
    ),
    "gate4": (
        DATA_GATE4,
        "the gate's fourth training set (taken from public headline datasets: trained on, "
        "never a score of unseen news)",
    ),
    "gate5": (
        DATA_GATE5,
        "the gate's fifth training set (taken from public headline datasets: trained on, "
        "never a score of unseen news)",
    ),
    "gate6": (
        DATA_GATE6,
        "the gate's sixth training set (taken from public headline datasets: trained on, "
        "never a score of unseen news)",
    ),
}
# Training sets of the event gate: read only when asked for by name (``--set gate3`` to
# ``--set gate6``), never by ``all``: a reading of a set the gate trains on says nothing about
# unseen news.
TRAINING_ONLY: set[str] = {"gate3", "gate4", "gate5", "gate6"}
# Sets still scored only: only their own flag lists their misses. The held-out, unseen and the
# eleven blind sets, once scored only, are studied and --misses lists them as well (the third blind
# set since session 6, the fourth since session 7, the fifth since session 8, the sixth since
# session 9, the seventh and eighth since session 10, the ninth and tenth since session 11, the
# eleventh since session 12, the fourteenth since session 17, the fifteenth and the second wire
# since session 21, the seventeenth since session 23, the sixteenth since session 24, the
# twenty-first, collected in session 32, scored only until session 33 and half studied until
# session 41, whole since session 41; the
# eighteenth, collected in session 23, the nineteenth, collected in session 24, the third wire,
# written in session 29, the fourth, written in session 30, the twentieth blind set, collected
# in session 31, the twenty-second, collected in session 33, the seventh wire, written in session
# 39, the eighth, written in session 41, and the twenty-third blind set, collected in session 41,
# are scored only; the sixth wire, written in session 38, was scored only until session 39, its
# odd rows studied from session 39 and its even rows from session 41: the whole set is studied;
# the fifth wire, written in session 37, was scored only until session 38, its odd rows studied
# from session 38 and its even rows from session 41 (their last unseen reading 88.5%, 54/61, on
# main at 624cc1e7): studied whole; the twenty-first, collected in session 32, is studied whole
# since session 41 too). The thirteenth, collected in session 13, was scored only until session
# 41 (its odd rows studied from session 13, its even rows unseen until session 41, when they were
# released and the whole set studied). The first wire, written in session 12, was scored only
# until session 41 (its odd rows studied from session 12, its even rows unseen until session 41,
# their last unseen reading 87.0%, 67/77, on main at a5af8ec8): studied whole.
SCORED_ONLY: set[str] = {
    "blind12",
    "blind18",
    "blind19",
    "blind20",
    "blind22",
    "blind23",
    "wild",
    "wire3",
    "wire4",
    "wire7",
    "wire8",
}
# The halves of scored-only sets released for study: their odd rows (the wire's from session 12,
# the thirteenth blind set's from session 13, the nineteenth's and the third wire's from session
# 31, the twentieth's and the fourth wire's from session 32, the twenty-first's from session
# 33 (its even rows too from session 41: the whole set is studied, out of both tables), the
# fifth wire's and the twenty-second's from session 38, the sixth and the seventh wire's
# from session 39, the twenty-third's from session 41); ``--misses --half odd`` lists them,
# and their even rows stay unseen (no ``--misses``). The sixth wire's even rows were released in
# session 41 too (their last unseen reading 88.5%, 54/61, on main at abe9d04d): the set left
# ``SCORED_ONLY`` and this table, and ``--misses`` lists both halves; so were the fifth wire's
# (session 41): it is studied whole and out of both tables. The thirteenth blind set's
# even rows were released in session 41 as well (last unseen reading 77.3%, 68/88): the whole set
# is studied, no half; and so were the first wire's (session 41, last unseen reading 87.0%, 67/77):
# studied whole, out of both tables.
STUDIED_HALF: dict[str, str] = {
    "blind19": "odd",
    "wire3": "odd",
    "blind20": "odd",
    "wire4": "odd",
    "blind22": "odd",
    "wire7": "odd",
    "blind23": "odd",
    "wild": "odd",
}
# the audit flags: each set's own --<name>-misses (its dest and its help text)
AUDIT_FLAGS: dict[str, tuple[str, str]] = {
    "held-out": (
        "held_out_misses",
        "also list the held-out set's misses (audit only: never tune on them)",
    ),
    "unseen": ("unseen_misses", "also list the sixth (unseen) set's misses (tuned from session 4)"),
    "blind": ("blind_misses", "also list the seventh (blind) set's misses (tuned from session 4)"),
    "blind2": (
        "blind2_misses",
        "also list the eighth (second blind) set's misses (tuned from session 5)",
    ),
    "blind3": (
        "blind3_misses",
        "also list the ninth (third blind) set's misses (tuned from session 6)",
    ),
    "blind4": (
        "blind4_misses",
        "also list the tenth (fourth blind) set's misses (tuned from session 7)",
    ),
    "blind5": (
        "blind5_misses",
        "also list the eleventh (fifth blind) set's misses (tuned from session 8)",
    ),
    "blind6": (
        "blind6_misses",
        "also list the twelfth (sixth blind) set's misses (tuned from session 9)",
    ),
    "blind7": (
        "blind7_misses",
        "also list the thirteenth (seventh blind) set's misses (tuned from session 10)",
    ),
    "blind8": (
        "blind8_misses",
        "also list the fourteenth (eighth blind) set's misses (tuned from session 10)",
    ),
    "blind9": (
        "blind9_misses",
        "also list the fifteenth (ninth blind) set's misses (tuned from session 11)",
    ),
    "blind10": (
        "blind10_misses",
        "also list the sixteenth (tenth blind) set's misses (tuned from session 11)",
    ),
    "blind11": (
        "blind11_misses",
        "also list the seventeenth (eleventh blind) set's misses (audit only: never tune on it)",
    ),
    "blind12": (
        "blind12_misses",
        "also list the eighteenth (twelfth blind) set's misses (audit only: never tune on it)",
    ),
    "blind13": (
        "blind13_misses",
        "also list the nineteenth (thirteenth blind) set's misses (tuned from session 41)",
    ),
    "blind14": (
        "blind14_misses",
        "also list the fourteenth blind set's misses (tuned from session 17)",
    ),
    "blind15": (
        "blind15_misses",
        "also list the fifteenth blind set's misses (audit only: never tune on it)",
    ),
    "wire": ("wire_misses", "also list the wire set's misses (studied whole from session 41)"),
    "wire2": (
        "wire2_misses",
        "also list the second wire set's misses (audit only: never tune on it)",
    ),
    "blind16": (
        "blind16_misses",
        "also list the twenty-second (sixteenth blind) set's misses (tuned from session 24)",
    ),
    "blind17": (
        "blind17_misses",
        "also list the seventeenth blind set's misses (audit only: never tune on it)",
    ),
    "blind18": (
        "blind18_misses",
        "also list the eighteenth blind set's misses (audit only: never tune on it)",
    ),
    "blind19": (
        "blind19_misses",
        "also list the nineteenth blind set's misses (audit only: never tune on it)",
    ),
    "blind20": (
        "blind20_misses",
        "also list the twentieth blind set's misses (audit only: never tune on it)",
    ),
    "blind21": (
        "blind21_misses",
        "also list the twenty-first blind set's misses (studied from session 41; its odd rows "
        "from session 33)",
    ),
    "blind22": (
        "blind22_misses",
        "also list the twenty-second blind set's misses (audit only: never tune on it)",
    ),
    "blind23": (
        "blind23_misses",
        "also list the twenty-third blind set's misses (audit only: never tune on it)",
    ),
    "wild": (
        "wild_misses",
        "also list the wild audit's misses (audit only: never tune on it)",
    ),
    "wire3": (
        "wire3_misses",
        "also list the third wire set's misses (audit only: never tune on it)",
    ),
    "wire4": (
        "wire4_misses",
        "also list the fourth wire set's misses (audit only: never tune on it)",
    ),
    "wire5": (
        "wire5_misses",
        "also list the fifth wire set's misses (studied whole from session 41)",
    ),
    "wire6": (
        "wire6_misses",
        "also list the sixth wire set's misses (studied: odd rows from session 39, even rows "
        "from session 41)",
    ),
    "wire7": (
        "wire7_misses",
        "also list the seventh wire set's misses (audit only: never tune on it)",
    ),
    "wire8": (
        "wire8_misses",
        "also list the eighth wire set's misses (audit only: never tune on it)",
    ),
}
