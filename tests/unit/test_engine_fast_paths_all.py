"""The whole engine with its fast paths and with the plain forms they replace: every labelled
row, paraphrase, invariance rewriting and edge text is read once as shipped and once with the
plain forms of every fast-path module (``test_engine_fast_paths_5`` to ``_8``) put back at once,
and every event (every field) and, for the labelled rows, every step ``explain`` gives must be
the same.

Each module checks each of its fast paths against its plain form on its own, part by part, on
the corpus and on fuzzed texts; this is the check that the parts, put together, leave the
engine's readings as they were. It was four readings, one per module, each with its own plain
forms put back (each of some 25 s of CPU, and the reading with the fast paths again in every
pytest-xdist worker that ran one): one reading with all of them put back says the same, unless
two fast paths went wrong in ways that cancel on every one of some 24,000 rows. The last test
shows the check sees a plain form put back wrongly.
"""

from __future__ import annotations

import pytest
import test_engine_fast_paths_5 as fast5
import test_engine_fast_paths_6 as fast6
import test_engine_fast_paths_7 as fast7
import test_engine_fast_paths_8 as fast8

from tui.engine import classifier_spans


def test_engine_reads_every_row_as_with_every_plain_form(monkeypatch: pytest.MonkeyPatch) -> None:
    rows, labelled, fast = fast5.fast_reading()
    assert len(rows) > 20000 and labelled > 6000
    for module in (fast5, fast6, fast7, fast8):
        module.put_back_plain_forms(monkeypatch)
    fast5.assert_read_alike(rows, labelled, fast)


def test_a_plain_form_put_back_wrong_is_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check is not blind: a sentence split that keeps a text whole (a lede's later
    sentences read with its first) changes readings among the labelled rows."""
    rows = fast5._rows()[:1500]
    fast = fast5._read_all(rows, 300)
    monkeypatch.setattr(classifier_spans, "split_sentences", lambda text: [text])
    with pytest.raises(AssertionError):
        fast5.assert_read_alike(rows, 300, fast)
