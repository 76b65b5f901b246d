"""False events by genre: metals news that names a measure word (tariff, duty, ban, quota,
licence, export control, sanction, curb, levy, embargo, anti-dumping, safeguard) and tells no
measure, in genres ``test_classifier_kinds_113.py`` did not cover, with true measures near them.

Made up (not copied from any labelled set) in many outlets' styles, a title and most with a
one-sentence summary: 120 non-measures (``kinds_116_cases_a.py``: analyst notes and price
forecasts citing a measure as a cause or a risk, company results, guidance, capex and plant
news blaming or crediting one, courts, appeals, WTO panel reports and hearings that decide
nothing, trade bodies' lobbying, petitions and comment periods, elections and campaigns;
``kinds_116_cases_b.py``: explainers, questions and answers, "what a ban would mean", history
and anniversaries, opinion columns, shipping, freight, insurance and LME stock news, customs
statistics, measures on goods that are no watched metal told in metals outlets), each labelled
no event, and 30 measures in the same genres (``kinds_116_cases_c.py``: a court ordering a
measure halted, read ``resuming`` as the labelled "Egypt court suspends steel safeguard
measures"; a quota opened or set; a licence regime in force; a sitting leader's pledge,
``proposed`` as README's "pledged"; a market's, an analyst's or an explainer's title telling a
government's act; a list of goods naming a watched metal), each checked on every field the
exact score counts (``tests/unit/kinds_exact.py``). Where README is silent, labelled as a metals
desk would: an exchange's rule on Russian metal (the LME's) is no government's measure, as the
labelled "LME bars new Russian aluminium, copper, nickel from its system" reads; a court that
hears, remands or dismisses decides no measure; a candidate's debate or a poll is no pledge.
Labels were written and committed before the engine read them.

First reading, on the engine before the change (labels committed before the run): **16 false
events of 120 non-measures** (one in 7.5): news near a measure 10 of 60 (analysts 1 of 15,
companies 1 of 15, courts 3 of 12, lobbying 2 of 12, elections 3 of 6), talk about a measure 6
of 60 (explainers 0 of 12, opinion 0 of 10, shipping and stocks 2 of 14, customs statistics 3
of 10, other goods 1 of 14); measures 27 of 30 right on every field. No label was changed after
the run.

False events the first time, by kind: a court's step that decides nothing ("Trade court hears
arguments over Section 232 tariffs", "CIT remands Commerce's anti-dumping margin", "Supreme
Court to weigh emergency tariff powers", read as the measure or a plan); an election's talk
("Opposition candidate attacks government's nickel export ban", "Campaign ads in Ohio tout steel
tariffs", "presidential hopefuls spar over lithium export licence rules"); a campaign against a
measure; a trade body known only by its name ("Eurofer urges Brussels to tighten ...", read as a
proposed quota); a carrier's own charge ("Container lines add tariff surcharge"); a quota's fill
("Imports under EU steel safeguard quota reach 80%", "exports under quota total 18,000 t",
"steel TRQ to the US 92% filled"); a forecast revised with the measure in a later clause ("ANZ
cuts iron ore forecast ... amid anti-dumping wave"); goods that are no metal before the
measure's noun ("tightens chip export controls; gallium names slip"); and two left below.
Measures the first time: an act in the "as" clause after analysts ("Analysts scramble as
Indonesia bans bauxite exports", vetoed as the analysts' view); an act "after comment period"
(vetoed as a consultation); and one left below.

Changed (``tui/engine/``): ``classifier_genres`` (new, asked by
``classifier_nonmeasures.nonmeasure_veto``: a court, judge or tribunal that hears, weighs,
remands, adjourns or schedules; candidates, voters, an opposition or a campaign in the clause
of a measure named by its noun, no pledge in the text; a campaign or drive "against"; carriers,
insurers or forwarders as the subject; a quota's fill in figures; a verb revising a forecast,
outlook, guidance or target in a clause before the measure's, no place as its subject; a
producers' association named by its name, Eurofer, Eurometaux, AISI, then a verb of appeal);
``classifier_other_goods`` ("chip" among the goods; the word before the measure's own noun is
the goods'); ``classifier_vetoes`` (analysts before an "as" clause whose place acts: the act);
``classifier_notices`` (a comment period after "after", "following" or "once" is past, no
consultation). The election check first held "ad" and "primary" and cost two rows of a set
scored on its even half (``row_changes.py``: counts only, no row read); both words are ambiguous
("AD" an anti-dumping duty, "primary aluminium") and were left out. After: **2 false events of
120**, measures 29 of 30; ``benchmarks/row_changes.py main``: 0 rows lost, 0 gained; the event
gate retrained to the same file.

Still wrong (strict ``xfail``, reasons given): a firm's "hit from aluminium levies" whose lede's
"scrap and ingot costs under US import tariffs" is read as tariffs scrapped; shipowners' own
choice "as US embargo widens", its lede's secondary sanctions read as a sanction on iron ore;
"China hits US soybeans and steel scrap with retaliatory tariffs", the demonym before a list
of goods read for its first item only (origin ``*``).

A fresh batch of 21 (``kinds_116_cases_d.py``: 15 non-measures of the genres in new words, 6
measures near them), written after the changes and labelled and committed before the engine
read them: **15 of 15 non-measures and 5 of 6 measures right the first time** (20 of 21). Wrong:
"Economists react as India doubles gold import duty to 12%", no metal read (the figurative
table's "double @", a record gone double gold, takes the verb "doubles"): left a strict
``xfail``, outside this round's kinds.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_116_cases_a import ANALYSTS, COMPANIES, COURTS, ELECTIONS, LOBBYING
from kinds_116_cases_b import EXPLAINERS, OPINION, OTHER_GOODS, SHIPPING, STATISTICS
from kinds_116_cases_c import MEASURES
from kinds_116_cases_d import FRESH_MEASURES, FRESH_NON_MEASURES
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

NEWS_NEAR_A_MEASURE: list[Any] = [*ANALYSTS, *COMPANIES, *COURTS, *LOBBYING, *ELECTIONS]
TALK_ABOUT_A_MEASURE: list[Any] = [*EXPLAINERS, *OPINION, *SHIPPING, *STATISTICS, *OTHER_GOODS]


@headline_cases(NEWS_NEAR_A_MEASURE)
def test_news_that_names_a_measure_word_is_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(TALK_ABOUT_A_MEASURE)
def test_talk_about_a_measure_or_other_goods_is_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(MEASURES)
def test_a_measure_in_the_same_genres_is_read_on_every_field(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_NON_MEASURES)
def test_a_fresh_non_measure_of_the_genres_is_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_MEASURES)
def test_a_fresh_measure_near_them_is_read_on_every_field(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
