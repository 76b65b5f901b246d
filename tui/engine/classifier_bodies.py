"""A trade body named bare at the head of a title: "Commission imposes ...", "Commerce lowers ...".

Trade-remedy headlines name the body that acts by its short name: "Commission imposes
provisional duties on Chinese aluminium extrusions" is the European Commission (the EU
imports), "Commerce lowers anti-dumping duties on Korean steel pipe" or "Commerce Dept imposes
countervailing duties ..." the US Department of Commerce. The gazetteer knows the full names
("European Commission", "Commerce Department"), not the bare ones, which alone are no country
("the commission", "e-commerce", "Chamber of Commerce"). Here a title's head, the bare name
(optionally after "The"; "Commerce" also with "Dept"/"Department") followed by a verb in the
lower case ("imposes", "lowered"), or the bare name after "by" ("proposed by Commission", "set
by the Commerce Dept"), is written in full before the rules read it
(:func:`tui.engine.classifier_surface.plain_surface`). Another country's commerce body ("India's
Ministry of Commerce", "Commerce ministry of India") and names in the middle of a title keep
their own readings.
"""

from __future__ import annotations

from tui.core.lazy_re import lazy

#: A bare "Commission" heading the title before a verb ("Commission imposes", "The Commission
#: extended"), its draft or proposal ("Commission draft would halve quotas") or the act it
#: adopts, as the EU's Official Journal titles it ("Commission Implementing Regulation (EU)
#: 2025/211 imposing ...", "Commission Delegated Decision ...").
_COMMISSION_RE = lazy(
    r"^(?:The\s+)?Commission(?=\s+(?:[a-z]+(?:s|ed)|draft|proposal"
    r"|(?:Implementing|Delegated)\s+(?:Regulation|Decision))\b)"
)
#: A bare "Commerce" (or "Commerce Dept", "Commerce Department") heading the title before a
#: verb ("Commerce lowers", "Commerce Dept. sets").
_COMMERCE_RE = lazy(
    r"^(?:The\s+)?Commerce(?:\s+(?:Dept\b\.?|Department\b))?(?=\s+[a-z]+(?:s|ed)\b)"
)
#: A bare body after "by" in a title ("proposed by Commission", "set by the Commerce Dept").
_BY_RE = lazy(
    r"\bby\s+(?:the\s+)?(?:(Commission)|Commerce(?:\s+(?:Dept\b\.?|Department\b))?)"
    r"(?!\s+(?:[Mm]inistry|of|for|and)\b)(?![-\w])"
)
#: A bare "Commission" telling a measure at the title's end (", Commission says", ", the
#: Commission said"): the European Commission, as at the head.
_TOLD_RE = lazy(r",\s+(?:the\s+)?(Commission)(?=\s+(?:says|said)\s*$)")
#: Lower-case words after the name that are no verb of the body ("Commerce ministers ...").
_NOT_VERBS = frozenset({"ministers", "officials", "secretaries", "rules", "flows", "talks"})


def _verb_follows(title: str, end: int) -> bool:
    word = title[end:].split(maxsplit=1)
    return bool(word) and word[0] not in _NOT_VERBS


def named_bodies(title: str) -> str:
    """``title`` with a bare trade body at its head written in full."""
    if "Commission" not in title and "Commerce" not in title:
        return title  # every pattern below needs one of the names as written (case-sensitive)
    for pattern, full in (
        (_COMMISSION_RE, "European Commission"),
        (_COMMERCE_RE, "Commerce Department"),
    ):
        m = pattern.match(title)
        if m is not None and _verb_follows(title, m.end()):
            return full + title[m.end() :]
    if (told := _TOLD_RE.search(title)) is not None:
        title = title[: told.start(1)] + "European Commission" + title[told.end(1) :]
    return _BY_RE.sub(
        lambda m: "by " + ("European Commission" if m.group(1) else "Commerce Department"), title
    )
