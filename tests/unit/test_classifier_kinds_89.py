"""Every field of a real measure as news wires word it (session 30), part 1.

Made-up headlines in the styles of wires and news agencies (Reuters' "UPDATE 2-",
"EXCLUSIVE-" and "- sources", Bloomberg's title case, AP, Xinhua, PTI, Kyodo, Yonhap, a capital
for its government, a dateline-first lede in about half of those with a summary) of measures
on the watched metals by many countries, most of them less covered (Zimbabwe, Namibia, DR Congo,
Guinea, Ghana, Malaysia, the Philippines, Vietnam, Kazakhstan, Mongolia, Chile, Bolivia,
Argentina, Peru, Turkey, South Africa, Saudi Arabia, Ukraine, Serbia, Korea, Taiwan, Thailand,
Brazil, Mexico), labelled on every field the exact score counts (status, origin, destination,
proposed, metals, rate; README "Trade-policy statuses") before the engine read them. Kinds:

1. **Origin and destination**: exporter and importer in export bans, import duties, trade
   remedies on "<demonym> <goods>", duties "on imports from X and Y" (the first named), a duty
   extended to goods "routed via" a third country (that country), a capital as its government,
   an agency (DGTR, ITAC, CBSA, KTC, the Anti-Dumping Commission, SECEX, Gecex, MOFCOM, METI,
   USTR, the EU Commission) as its country, places only in a dateline lede.
2. **Rates**: a raise's new rate ("to 10% from 5%", "by 10 points to 25%"), a rise told in
   points, a cut (``resuming``, no rate), a range (no rate), "up to" (its ceiling), an amount
   per tonne (no per-cent rate), a surcharge, a rate only in the lede.
3. **Metals**: goods words beside a metal (cathodes, concentrate, ore, scrap, unwrought,
   flat-rolled, wire rod, hydroxide, wafers, magnets, electrodes), several metals in one title,
   metals only in the lede, metals a title names beside the measure but outside it.
4. **Status and stage**: quotas, tariffs, licensing (permits, approved firms, a state body's
   sole right, certificates), suspensions (bans, halts), releases; proposed (plans, drafts,
   "set to", "considering", "said to", "- sources", one chamber's vote) against decided (takes
   effect, comes into force, gazettes, a cabinet's approval, a signed decree).

Near misses of every kind (market and trade figures, a firm's own act, a company named after a
metal, relief sought, a probe opened, a debate, a flow stopped by weather, a feature's heading)
must stay no event, or keep the reading they have.

Metals are the ids of the tests' watch list (``tests/unit/test_classifier.py``), where bauxite
and tungsten are metals of their own and "lead" is a name.

First time, on the engine before the change (labels written first). The first batch (231
cases): origin and destination 54 of 56, their near misses 13 of 13; rates 42 of 42, near misses
11 of 11; metals 36 of 38, near misses 9 of 11; status and stage 43 of 46, near misses 11 of 14.
A second batch (73 cases, labelled before the unchanged engine read it): origin and destination
12 of 16, rates 19 of 19, metals 10 of 12, status and stage 14 of 14, near misses 12 of 12. A
third batch of near misses (15, labelled before the unchanged engine read them): 14 of 15. A
fourth batch of longer wire phrasings (52, labelled before the engine read them, written after
the first changes; main's engine reads it alike): origin and destination 11 of 12, rates 12 of
12, metals 6 of 8, status and stage 9 of 10, near misses 9 of 10. In all 347 of 371 (here 101
origin and destination cases, 84 rates, 71 metals, 90 status and stage, 25 near misses; 85 of
the 371 are no event). Labels put right after the first run, each to the tests' watch list or
the README: bauxite named as ``bauxite``, not aluminium, in nine cases and tungsten and lead
added where a title names them (the tests' watch list, above); a government that "keeps" its
export ban is that ban in force, not a near miss (README: "a measure kept in force decides").

Fixed, by kind (the modules that read them): a curb "with quotas" further from its verb, past
the goods and their market, takes the quota's status (``instrument_status`` in
``tui/engine/classifier_frames.py``); a flow barred "without standards certificate" is
``licensing`` (``classifier_form.py``); a quota "on duty-free" imports stays a quota
(``classifier_free.py``, ``classifier_nouns.py``) and a "duty-free extension" is the duty
lifted and kept lifted, ``resuming``; a flow or goods exempted "from" a measure release it
("Peru exempts copper concentrate exports from new levy": ``freed_from_measure`` in
``classifier_spares.py``, read by ``classifier_releases.py``); a duty extended to goods "routed
via" a third country is on that country's goods (``classifier_extended_to.py``), and exports
"via" a place name a route, not a side (``classifier_roles.py``); metals set apart after the
measure in a clause of their own ("; copper unaffected", "keeps copper concentrate shipments
open", "copper exports continue", "but allows nickel pig iron shipments") are not its goods, a
restart after "but" that follows a stop is the stop's exception
(``tui/engine/classifier_set_apart.py``), and a denial after a semicolon denies another
measure (``classifier_comments.py``); a debate or an anniversary right after a measure's noun
("export tax debate heats up", "export ban turns five") is no event
(``tui/engine/classifier_told_about.py``), nor a flow halted by snow (weather words in
``DISRUPTION_WORDS``). After: 362 of 371. Still wrong (strict ``xfail``, reasons below): a verb
"restricts" whose lede names a ban (a labelled real row reads it the other way), a lede's
"only the state company may export", two companies named after a metal, permits "resumed", a
lede's reason giving an origin, a company's goods facing a measure (read right since
``test_classifier_kinds_110.py``'s change), a "tax bill" debated and a flow's recovery after a
border reopened.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of fields.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_89_cases_a import CORRIDORS_1
from kinds_89_cases_b import CORRIDORS_2, RATES_1
from kinds_89_cases_c import METALS_NAMED_1, RATES_2
from kinds_89_cases_d import METALS_NAMED_2, STAGES
from kinds_89_cases_e import NEAR_MISSES
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[Any] = []

CORRIDORS: list[Any] = [*CORRIDORS_1, *CORRIDORS_2]
RATES: list[Any] = [*RATES_1, *RATES_2]
METALS_NAMED: list[Any] = [*METALS_NAMED_1, *METALS_NAMED_2]


#: Cases still read wrong, by title, with the reason.
XFAIL: dict[str, str] = {
    "Kazakhstan restricts scrap metal exports": "the verb 'restricts' takes no instrument from its lede: letting it would lose a labelled real row ('China restricts exports of ... gallium and germanium' whose lede says 'will ban', labelled licensing)",
    "Bolivia nationalises exports of strategic metals": "'only the state company may export' in the lede is not read",
    "Nickel Industries wins Indonesian export permit": "'Industries' is no company word; making it one loses a labelled real row (a state firm, 'Zimbabwe Defence Industries gets permit to export raw lithium', read as a release)",
    "Lithium Americas gets US loan as China curbs exports": "a company named after a metal is read as the metal",
    "Zimbabwe resumes lithium concentrate export permits": "permits resumed are read as licensing",
    "Brazil mulls steel import quotas": "a lede's reason ('shield mills from Chinese supply') gives the origin",
    "Peru's congress to debate copper export tax bill": "a 'tax bill' is read as a bill to pay, a measure's administration",
    "Mongolia copper exports to China recover after border reopening": "a border reopened after 'after' is read as the release, the flow's recovery as news of it",
}


def _params(cases: list[Any]) -> list[Any]:
    return [
        pytest.param(
            *case,
            marks=(
                (pytest.mark.xfail(strict=True, reason=XFAIL[case[0]]),) if case[0] in XFAIL else ()
            ),
        )
        for case in cases
    ]


@pytest.mark.parametrize(("title", "summary", "want"), _params(CORRIDORS), ids=case_ids(CORRIDORS))
def test_origin_and_destination(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), _params(RATES), ids=case_ids(RATES))
def test_rates(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), _params(METALS_NAMED), ids=case_ids(METALS_NAMED)
)
def test_metals_named(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), _params(STAGES), ids=case_ids(STAGES))
def test_status_and_stage(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), _params(NEAR_MISSES), ids=case_ids(NEAR_MISSES)
)
def test_near_misses(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


def test_every_xfail_names_a_case() -> None:
    titles = {c[0] for c in CORRIDORS + RATES + METALS_NAMED + STAGES + NEAR_MISSES}
    assert set(XFAIL) <= titles
