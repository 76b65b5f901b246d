"""A lede's backdrop country: the source of the flood an import measure answers, or a share of
the flow, named as the cause of a measure on every origin ("Colombia raises steel import tariff"
whose lede says "to protect local mills from a surge of cheap imports from China"; "Copper
imports, mainly from Chile, have risen"; "42% of the total coming from China"). The measure
falls on all imports: the country is no origin. A lede naming the goods the measure falls on
("apply to steel imported from China") still names it, and a dumping case (anti-dumping,
countervailing, subsidies: a measure on named origins) keeps the lede's country whatever it
says of surges. So is a country a lede names beside a measure on every origin ("applies to all
aluminium imports, including shipments from Canada", "imports from all sources, hitting Russian
suppliers", "regardless of origin, traders in London said"): a measure on all imports has no
origin, while "all aluminium imports from China" names its goods' country. Used by
:func:`tui.engine.classifier._analyse` when a title names the importer but no origin."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.engine.classifier_cause_place import cause_place
from tui.engine.classifier_role_places import origin_named
from tui.engine.classifier_roles import place_roles
from tui.engine.classifier_text import Text

#: Cheap prefilter: a word of a surge or a share in the lede's lower forms.
_CUE_WORDS = frozenset(
    {
        "surge",
        "surges",
        "surging",
        "flood",
        "floods",
        "flooding",
        "influx",
        "wave",
        "glut",
        "deluge",
        "onslaught",
        "flow",
        "mainly",
        "mostly",
        "largely",
        "primarily",
        "chiefly",
        "predominantly",
        "came",
        "come",
        "comes",
        "coming",
    }
)
#: A cause: a surge's noun a few words before the place ("a surge of cheap imports from",
#: "an influx of low-priced", "the flow of cheap products from"), no word of a target between.
_CAUSE_RE = re.compile(
    r"\b(?:surges?|surging|floods?|flooding|influx|wave|glut|deluge|onslaught|flow)\b"
    r"(?:[\s,-]+(?!(?:on|against|target\w*)\b)[\w'’-]+){0,5}[\s,-]*$",
    re.IGNORECASE,
)
#: A share: "mainly from", "mostly in", "42% of the total coming from", "70% ... came from".
_SHARE_RE = re.compile(
    r"(?:\b(?:mainly|mostly|largely|primarily|chiefly|predominantly)\s+(?:from\s+|in\s+)?"
    r"|\d[\d.,]*(?:\s*%|\s*per\s?cent\b)[^.;]{0,60}?\b(?:came|comes?|coming)\s+from\s+)"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: A dumping case: its measure is on named origins, the lede's included.
_DUMPING_RE = re.compile(r"dump|countervail|subsid", re.IGNORECASE)
#: Dumping named only as a measure's cause ("over Chinese dumping", "citing dumping by
#: China"): no dumping case (:mod:`tui.engine.classifier_cause_place`).
_DUMPING_CAUSE_RE = re.compile(
    r"\b(?:over|amid|against|citing|blaming|to\s+(?:stem|counter|curb|fight|combat|tackle))\s+"
    r"(?:[\w'’-]+\s+){0,3}?dumping\b",
    re.IGNORECASE,
)


def _dumping_case(title: str, text: str) -> bool:
    """``title`` or ``text`` tells a dumping case, not only dumping as a measure's cause."""
    return (
        _DUMPING_RE.search(_DUMPING_CAUSE_RE.sub(" ", title) + _DUMPING_CAUSE_RE.sub(" ", text))
        is not None
    )


#: A measure on every origin: "all (steel) imports" not followed by where from, "imports from
#: all countries", "on every country's steel", "regardless of origin".
_EVERY_ORIGIN_RE = re.compile(
    r"\ball\s+(?:[\w-]+\s+){0,5}?imports\b(?!\s+(?:of\s+(?:[\w-]+\s+){0,4}?)?(?:from|originating)\b)"
    r"|\b(?:from|to|on)\s+(?:all|every)\s+(?:[\w-]+\s+)?(?:countries|country|nations|sources|"
    r"origins|suppliers|exporters|trading\s+partners)\b"
    r"|\b(?:every|each)\s+country['’]s\b"
    r"|\b(?:regardless|irrespective)\s+of\s+(?:their\s+|its\s+)?(?:origin|source)s?\b"
    r"|\bwhatever\s+(?:their|its)\s+origins?\b",
    re.IGNORECASE,
)


#: What joins a list's countries: "China and Vietnam", "China, Vietnam".
_LIST_JOIN_RE = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s+|,\s*")


def _backdrop(t: Text, s: int) -> bool:
    """The place starting at ``s`` is named as a flood's source or a share of the flow."""
    before = t.text[max(0, s - 80) : s]
    if _CAUSE_RE.search(before) is not None or _SHARE_RE.search(before) is not None:
        return True
    # a list's later country shares its first's part: "a glut of cheap steel from China and
    # Vietnam"
    return any(e <= s and _LIST_JOIN_RE.fullmatch(t.text[e:s]) and _backdrop(t, ps)
               for _c, ps, e, _m in t.places)  # fmt: skip


def _may_drop(t: Text, title: str) -> bool:
    """Cheap test: ``t`` has a word of a surge or a share, and tells no dumping case."""
    return not _CUE_WORDS.isdisjoint(t.lows) and not _dumping_case(title, t.text)


def every_origin(text: str, title: str = "") -> bool:
    """``text`` tells a measure on every origin (see the module's docstring), and neither it
    nor ``title`` tells a dumping case (a measure on named origins)."""
    return _EVERY_ORIGIN_RE.search(text) is not None and not _dumping_case(title, text)


def backdrop_origin(t: Text, origin: str, title: str = "") -> str:
    """``*`` when every place ``t`` names for ``origin`` is a backdrop (a flood's source or a
    share of the flow, see the module's docstring), else ``origin``: the corridor a lede gives
    a title naming no country."""
    if origin in ("*", "") or not _may_drop(t, title):
        return origin
    starts = [s for code, s, _e, _m in t.places if code == origin]
    return "*" if starts and all(_backdrop(t, s) for s in starts) else origin


def lede_origin(
    t: Text, not_code: str, roles: tuple[str, ...], title: str = "", lede: Sequence[str] = ()
) -> tuple[str, str] | None:
    """As :func:`origin_named`, but a country named only as a cause or a share of the flow
    (see the module's docstring) is passed over, unless ``t`` or ``title`` tell a dumping
    case; and none is named when ``t`` or the rest of the ``lede`` (its sentences read)
    tells a measure on every origin."""
    named = origin_named(t, not_code, roles)
    if named is not None and every_origin(" ".join([t.text, *lede]), title):
        return None  # "tariff on all steel imports, including from Canada": no one origin
    causes = {i for i in range(len(t.places)) if cause_place(t, *t.place_span(i))}
    if named is None or (not causes and not _may_drop(t, title)):
        return named
    drop = _may_drop(t, title)
    for i, ((role, code, matched), (_c, s, _e, _m)) in enumerate(
        zip(place_roles(t, len(t.toks)), t.places, strict=True)
    ):
        if (
            role in roles
            and code != not_code
            and not (drop and _backdrop(t, s))
            and i not in causes
        ):
            return code, matched  # a backdrop's country is passed over, not the measure's goods
    return None
