"""The blind sets of real published headlines from the third (``tests/data/real_headlines_blind3/``
... ``real_headlines_blind23/``, and the wire sets ``real_wire/``, ``real_wire2/``, ``real_wire3/``,
``real_wire4/``, ``real_wire5/``, ``real_wire6/``, ``real_wire7/`` and ``real_wire8/``, written for
real events): six
checks each, one case per set of ``blind_sets.BLIND_SETS``,
under the set's folder name (``pytest tests/unit/test_blind_sets.py -k real_headlines_blind11``
runs one set's).

Every set is well formed, large (150 rows, or the set's ``min_rows``) and varied enough, apart from every other set, in the README's
vocabulary, and every headline is read and scored: the run's "labelled sets" summary prints its
first reading (and any later reading before its study) beside its current score and relevance.
A studied set also holds its floors (exact rate, false and missed events, relevance); a
scored-only set holds none. A future blind set is added by one entry in ``blind_sets.py`` (see
its docstring), not by a module of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from blind_set import BlindSet
from blind_sets import BLIND_SETS
from scored_sets import (
    check_apart,
    check_floors,
    check_format,
    check_no_near_copies,
    check_not_near_other_sets,
    check_provenance,
    check_spread,
    check_vocabulary,
    read_and_score,
    score_relevance,
)

each_set = pytest.mark.parametrize("blind", BLIND_SETS, ids=[s.folder for s in BLIND_SETS])


@each_set
def test_every_row_has_the_format_of_the_earlier_blind_sets(blind: BlindSet) -> None:
    check_format(
        blind.items(),
        blind.id_prefix,
        written=blind.written,
        from_dataset=blind.from_dataset,
        pages_too=blind.pages_too,
    )


@each_set
def test_set_is_large_diverse_and_apart_from_every_other_set(blind: BlindSet) -> None:
    items = blind.items()
    assert len(items) >= blind.min_rows >= 30
    check_apart(items, blind.others())
    check_provenance(
        items,
        blind.id_prefix,
        written=blind.written,
        from_dataset=blind.from_dataset,
        pages_too=blind.pages_too,
    )
    check_spread(items, **blind.spread)


@each_set
def test_no_headline_is_a_near_copy_of_another_sets_or_of_another_in_this_set(
    blind: BlindSet,
) -> None:
    """The fuzzy checks the set was collected with: difflib ratio 0.75 or more against another
    set's title is the same headline; 0.9 or more within this set is a near-copy."""
    check_not_near_other_sets(blind.items(), blind.others())
    check_no_near_copies(blind.items())


@each_set
def test_labels_use_the_readme_vocabulary(blind: BlindSet) -> None:
    check_vocabulary(blind.items())


@each_set
def test_the_blind_set_is_read_and_scored(
    blind: BlindSet, score_line: Callable[[str], None]
) -> None:
    result = read_and_score(
        blind.items(), blind.name, blind.first_reading, score_line, earlier=blind.earlier
    )
    if blind.floors is not None:
        check_floors(
            result,
            blind.name,
            exact=blind.floors.exact,
            false_events=blind.floors.false_events,
            missed_events=blind.floors.missed_events,
        )


@each_set
def test_relevance_on_the_blind_set(
    blind: BlindSet, tmp_path: Path, score_line: Callable[[str], None]
) -> None:
    db = tmp_path / f"{blind.folder.removeprefix('real_headlines_')}.db"
    rate, message, wrong = score_relevance(blind.items(), blind.name, db, score_line)
    if blind.floors is not None:
        assert rate >= blind.floors.relevance, message + "\n" + "\n".join(wrong)
