"""Surface forms that changed a reading (session 26, from ``benchmarks/invariance.py``), in
made-up phrasings: the same news written another way must be read the same.

1. A measure written "ban on exports", "controls on gallium exports", "curbs on imports" (not
   "export ban", "gallium export controls", "import curbs") was read up to its noun only: the
   verb after the phrase ("... spark a surge in prices", "... worry exporters", "... to push
   prices higher") was not seen, so the cause, the worry and the foretold effect were read in
   one order and missed in the other. The phrase now ends after its flow and goods
   (``tui/engine/classifier_measure_phrase.py``, read by ``attached_before`` in
   ``classifier_frames.py``, ``_worries`` in ``classifier_reactions.py`` and
   ``_effect_of_measure`` in ``classifier_sidelines.py``).
2. "Scrap" after another verb of a measure or a determiner ("extends scrap export ban",
   "tightens scrap export curbs") was read as the verb "to scrap" (a release); there it is the
   goods (``tui/engine/classifier_noun_verbs.py``).
3. A weak measure noun ("limit", "cap") whose flow is written "imports of steel" before it
   ("... on imports of steel; limit per-country share") found no flow (the flow word stood
   one word too far back) and no measure; "steel imports; limit" read a quota
   (``measure_noun``'s window for weak nouns in ``tui/engine/classifier_measure_noun.py``).
4. "To track imports of steel", "to monitor imports of nickel" (joined as one monitoring
   token) was vetoed as a monitoring system named as a topic; the verb is there, it is an act
   (``_a_system_named`` in ``tui/engine/classifier_reactions.py``).
5. "ADD" (an anti-dumping duty) in a title all in capitals ("INDIA IMPOSES ADD ON ...") was
   not read: the abbreviation was spelled out only in mixed case. After a verb of laying or
   keeping a duty it is the abbreviation (``tui/engine/classifier_surface.py``).
6. A notice's call for comments after a dash in Title Case or capitals ("– Comments Due",
   "– SUBMISSIONS INVITED") was dropped as an outlet's name, so the consultation was read as
   the measure (``_outlet_name`` in ``tui/engine/classifier_surface.py``).
7. A spaced hyphen used as a dash ("Proclamation - Steel and Aluminum ...") was no token, so
   the words on either side ran together; it is now read as the dash "–"
   (``tui/engine/classifier_surface.py``).
8. A hyphenated pair before a measure read one way when the tokeniser kept it whole
   ("US-Japan") and another when it cut it ("U.S.-Japan"); the pair's first member is the
   place before the measure either way, and a quota named after the pair is the second
   member's (``_pair_head`` in ``classifier_imposer.py`` and ``classifier_owners.py``).
9. A country whose measure is retaliated against, written "against US controls on exports"
   (not "against US export controls"), was read as an actor, not the target, so a lede that
   names no buyer left the destination unfilled (``place_roles`` in
   ``tui/engine/classifier_roles.py``: "against" before a place and its measure is a target).

First time, on the engine before the change: 19 of the 45 cases read right (phrase ends 3 of
8, "scrap" 2 of 5, limits after "imports of" 1 of 5, monitoring verbs 1 of 4, capitals' "ADD"
1 of 4, comment tails 2 of 4, spaced hyphens 1 of 3, pairs 2 of 4, retaliations 6 of 8: the
first six of them were right already, and two written after them with a lede that names no
buyer missed). After it 43 read right; two are known misses marked ``xfail``, read the same in
either surface form but wrong in both (a topic before the dash; a possessive owner retaliated
against).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of surface forms.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: kind 1: the measure's phrase ends after "on <goods> exports"
PHRASE_END: list[tuple[str, str, Want]] = [
    (
        "Beijing's controls on exports spark a 20% jump in germanium prices",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "Congo's curbs on cobalt exports drive a surge in cobalt prices",
        "",
        ("licensing", "CD", "*", False),
    ),
    ("Malaysia's curbs on imports worry aluminium exporters", "", None),
    ("Indonesia's restrictions on exports alarm nickel buyers", "", None),
    ("Zimbabwe's ban on exports to push lithium prices higher", "", None),
    ("Guinea's ban on bauxite exports to push aluminium prices up", "", None),
    # already read so, kept: the other word order
    ("Vietnam's import curbs alarm steel exporters", "", None),
    (
        "Beijing's export controls spark a 20% jump in germanium prices",
        "",
        ("licensing", "CN", "*", False),
    ),
]

#: kind 2: "scrap" after a verb of a measure or a determiner is the goods
SCRAP: list[tuple[str, str, Want]] = [
    (
        "Malaysia extends scrap export ban on copper and aluminium",
        "",
        ("suspended", "MY", "*", False),
    ),
    ("Ghana tightens scrap export curbs on copper", "", ("licensing", "GH", "*", False)),
    ("Kazakhstan lifts scrap export ban for aluminium", "", ("resuming", "KZ", "*", False)),
    ("Nigeria renews scrap export ban covering copper", "", ("suspended", "NG", "*", False)),
    # the verb itself, kept
    ("Thailand scraps export duty on tin", "", ("resuming", "TH", "*", False)),
]

#: kind 3: a weak measure noun after "imports of <metal>"
LIMITS: list[tuple[str, str, Want]] = [
    (
        "EU to lower liberalisation on imports of steel; limit per-country share",
        "",
        ("quota", "*", "EU", False),
    ),
    (
        "Vietnam reviews imports of aluminium; cap per-country share",
        "",
        ("quota", "*", "VN", False),
    ),
    ("Brazil tweaks imports of copper; limit per-supplier share", "", ("quota", "*", "BR", False)),
    ("Turkey reviews imports of steel; cap on per-country share", "", ("quota", "*", "TR", False)),
    # the other order, kept
    ("Vietnam reviews aluminium imports; cap per-country share", "", ("quota", "*", "VN", False)),
]

#: kind 4: "to track imports", "to monitor imports": an act, not a system named
MONITORING: list[tuple[str, str, Want]] = [
    (
        "India to track imports of steel via online registration from April",
        "",
        ("licensing", "*", "IN", False),
    ),
    ("Indonesia to monitor imports of nickel from March", "", ("licensing", "*", "ID", False)),
    ("Thailand to track imports of aluminium from China", "", ("licensing", "CN", "TH", False)),
    # a system named as a topic, kept
    ("Import monitoring system for steel: what importers need to know", "", None),
]

#: kind 5: "ADD" in a title all in capitals
CAPS_ADD: list[tuple[str, str, Want]] = [
    ("INDIA IMPOSES ADD ON ALUMINIUM FOIL FROM CHINA", "", ("tariff", "CN", "IN", False)),
    ("GOVT EXTENDS ADD ON COPPER TUBES FROM VIETNAM FOR 5 YEARS", "", ("tariff", "VN", "*", False)),
    ("INDIA SLAPS ADD OF 25% ON ZINC OXIDE FROM CHINA", "", ("tariff", "CN", "IN", False)),
    # the verb "add on", kept
    ("COPPER MINERS ADD ON GAINS AS PRICES RALLY", "", None),
]

#: kind 6: a call for comments after a dash is no outlet
COMMENT_TAILS: list[tuple[str, str, Want]] = [
    ("Import Duty Increase On Aluminium Sheets – Comments Due", "", None),
    ("PROPOSED TARIFF CHANGE ON STEEL WIRE – COMMENT DUE", "", None),
    ("Export Tax On Copper Concentrate – Submissions Invited", "", None),
    # an outlet's name after the dash, kept
    ("US doubles tariffs on steel – Reuters", "", ("tariff", "*", "US", False)),
]

#: kind 7: a spaced hyphen read as the dash
SPACED_HYPHEN: list[object] = [
    ("Presidential Proclamation - Copper Tariffs Take Effect", "", ("tariff", "*", "US", False)),
    ("Presidential Proclamation – Copper Tariffs Take Effect", "", ("tariff", "*", "US", False)),
    # read the same with either mark, but both miss the EU (the topic before the dash takes
    # the finding; the act after it is not read): left as a known miss
    pytest.param(
        "Steel safeguard - EU extends quotas to 2026",
        "",
        ("quota", "*", "EU", False),
        marks=pytest.mark.xfail(reason="a topic before the dash: the act after it unread"),
    ),
]

#: kind 8: a hyphenated pair before a measure, cut or whole
PAIRS: list[tuple[str, str, Want]] = [
    ("U.S.-Japan steel tariff-rate quota takes effect", "", ("quota", "JP", "US", False)),
    ("U.S.-Korea Steel Quota Now in Effect", "", ("quota", "KR", "US", False)),
    ("US-Korea Steel Quota Now in Effect", "", ("quota", "KR", "US", False)),
    ("US-Japan steel tariff-rate quota takes effect", "", ("quota", "JP", "US", False)),
]

#: kind 9: retaliation against another's "controls on exports"
RETALIATION: list[object] = [
    (
        "China retaliates against US controls on exports with ban on gallium shipments",
        "",
        ("suspended", "CN", "US", False),
    ),
    (
        "China hits back against Japan's curbs on exports with ban on graphite shipments",
        "",
        ("suspended", "CN", "JP", False),
    ),
    (
        "China retaliates against US export controls with ban on gallium shipments",
        "",
        ("suspended", "CN", "US", False),
    ),
    # written after the three above read right on the engine before the change: a title that
    # names no metal, its lede the act and the metals (decided by the lede, the title's target
    # fills the destination)
    (
        "China retaliates against US controls on exports with bans on critical minerals",
        "China has banned exports of gallium and germanium to the United States, the commerce "
        "ministry said on Tuesday.",
        ("suspended", "CN", "US", False),
    ),
    (
        "Beijing hits back against Dutch controls on exports with curbs on key metals",
        "China will require licences for exports of gallium to the Netherlands, the commerce "
        "ministry said.",
        ("licensing", "CN", "NL", False),
    ),
    (
        "China retaliates against Japan's controls on exports with ban on strategic materials",
        "China has banned shipments of antimony and germanium to Japan, the ministry said.",
        ("suspended", "CN", "JP", False),
    ),
    # and a lede that names no buyer: the title's target is the destination
    (
        "China retaliates against US controls on exports with bans on critical minerals",
        "China has banned exports of gallium and germanium, the commerce ministry said.",
        ("suspended", "CN", "US", False),
    ),
    # the possessive ("against Japan's curbs") is read as the curbs' owner, an actor, in both
    # word orders: not the target; left as a known miss
    pytest.param(
        "China hits back against Japan's curbs on exports with a ban on rare metals",
        "China is prohibiting exports of antimony with immediate effect, the ministry said.",
        ("suspended", "CN", "JP", False),
        marks=pytest.mark.xfail(reason="a possessive owner retaliated against reads as actor"),
    ),
]


@headline_cases(PHRASE_END)
def test_a_measure_phrase_ends_after_its_flow(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SCRAP)
def test_scrap_after_a_measure_verb_is_goods(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(LIMITS)
def test_a_limit_after_imports_of_a_metal(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(MONITORING)
def test_tracking_imports_is_an_act(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(CAPS_ADD)
def test_add_in_capitals_after_a_duty_verb(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(COMMENT_TAILS)
def test_a_call_for_comments_is_no_outlet(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SPACED_HYPHEN)
def test_a_spaced_hyphen_is_a_dash(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(PAIRS)
def test_a_pair_cut_or_whole_reads_the_same(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(RETALIATION)
def test_retaliation_against_controls_on_exports(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
