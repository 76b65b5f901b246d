"""How a story's summary reads together with its title, as outlets publish them (session 28,
issue #16), part 2: summaries that change the title's status, recall old measures, or come
scraped.

Three kinds, in made-up phrasings (different metals, countries, verbs, word orders) labelled
before the engine read them:

3. A summary that changes the status the title suggests (``tui/engine/classifier_lede_turn.py``,
   ``classifier_effect_told.py``): "X to ban" whose lede says the ban took effect or came into
   force (decided); "imposes" whose lede says the measure was only proposed or is not yet in
   force (``proposed``; a preliminary finding stays decided, as the house reads "sets
   preliminary duties"); a measure the lede suspends (``resuming``) or whose start it puts off
   (no event, as "delays tariffs" is); a question title whose lede tells the act asked about
   (that act) or denies it or says nothing (no event).
4. A market or company title whose summary recalls an old measure as background ("... since
   the 2020 export ban"): no new event, the house's convention for a measure of years ago
   recalled and for a market title naming no cause (README "Trade-policy statuses",
   docs/ACCURACY.md).
5. Summaries as scraped: sentences run together ("importsEgypt, Jordan", "exportsThe mines
   ministry", now split by ``sentences`` in ``tui/engine/classifier_spans.py``), bullets, HTML
   leftovers, summaries cut short ("..."), a title or a summary in a second language, a
   summary repeating the title.

First time, on the engine before the change (labels written first, not changed after): status
turned 13 of 26, old measures recalled 14 of 15, scraped summaries 25 of 29; 52 of 70 in this
file (102 of 126 with ``test_classifier_kinds_75.py``). After the change 69 of 70: status turned
26 of 26 (the in-force ledes, the proposals, the pauses, active and passive, the start put off,
and the questions answered), old measures 15 of 15 (a measure told in the perfect as running
since a year, under a title with no measure word, is background: ``running_since``), scraped
28 of 29 (the run-together sentence, a Spanish and a German title over an English lede). The
one left is a strict ``xfail`` (a lede wrapped in a link). Second batches written after the
first change, labelled before the engine read them: kind 3 (``STATUS_MORE``, 11 cases, once a
labelled question whose lede recalls a 2023 ban read wrong) 5 of 11 on the engine before the
change, 11 after; kind 4 (``BACKGROUND_MORE``, 3 cases) 0 of 3 before, 3 after.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of summaries.
"""

from __future__ import annotations

from kinds_76_cases_a import BACKGROUND, BACKGROUND_MORE, STATUS, STATUS_MORE
from kinds_76_cases_b import SURFACE
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []


@headline_cases(STATUS)
def test_the_summary_turns_the_titles_status(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(STATUS_MORE)
def test_the_summary_turns_the_titles_status_more(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(BACKGROUND)
def test_an_old_measure_recalled_is_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(BACKGROUND_MORE)
def test_a_measure_running_for_years_is_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SURFACE)
def test_a_scraped_summary_reads_as_a_clean_one(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
