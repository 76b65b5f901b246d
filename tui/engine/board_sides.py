"""The corridor's other side beside a row: one corridor (exporter -> importer) can carry the
measures of both its sides at once, the exporter's (an export ban, export controls, licensing,
an export duty) and the importer's (a tariff, an anti-dumping or countervailing duty, an import
quota or ban). The row's status is the newest in force, whichever side it comes from; when
that is one side's measure and the other side's newest is a restriction still in force, the
row says it (:func:`other_side`). Graphite CN->US: the US anti-dumping duty of 93.5% stands
when China pauses its export controls for the US; the row turns ``resuming`` and says the duty.

A headline's side is the flow the classifier read for its corridor (``PolicyEvent.side``:
"US bans Russian aluminium" keeps goods out of the US, the importer's, though no word says
"import"; "China bans gallium exports to US", the exporter's). Other evidence (a declared
entry, an event read with no flow) is read from its own words (title, note, the words that
decided it): export words only, the exporter's; import or tariff words only, the importer's;
both or neither, no side, and nothing is said (never guessed)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from tui.core.lazy_re import lazy
from tui.core.models import Evidence, OtherSide
from tui.engine.board_items import LIFTS, Item

EXPORTER = "exporter"
IMPORTER = "importer"
_EXPORT = frozenset({"export", "exports", "exported", "exporting"})
_IMPORT = frozenset({"import", "imports", "imported", "importing", "dumping", "antidumping"})
_IMPORT |= frozenset({"countervailing", "tariff", "tariffs", "duty", "duties"})
#: Charges named after exports are the exporter's ("export duty", "export tariff").
_CHARGES = frozenset({"tariff", "tariffs", "duty", "duties"})
_WORD = lazy(r"[a-z]+")


def side_of(ev: Evidence) -> str | None:
    """Whose measure a piece of evidence reports: ``exporter``, ``importer`` or None when its
    words do not tell (module docstring)."""
    if ev.side is not None:
        return ev.side  # the flow the classifier read ("US bans Russian aluminium": imports)
    return _side(ev.title, ev.note or "", ev.words)


@lru_cache(maxsize=8192)
def _side(title: str, note: str, words: tuple[str, ...]) -> str | None:
    toks = _WORD.findall(" ".join((title, note, *words)).lower())
    exp = imp = False
    for n, w in enumerate(toks):
        if w in _EXPORT:
            exp = True
        elif w in _IMPORT and not (w in _CHARGES and n and toks[n - 1] in _EXPORT):
            imp = True
    if exp == imp:
        return None
    return EXPORTER if exp else IMPORTER


def other_side(in_effect: list[Item], today: date) -> OtherSide | None:
    """The other side's restriction still in force beside the newest piece of evidence (the
    row's status), oldest first ``in_effect``; None when the newest's side cannot be told, when
    the other side's newest is a lift or has ended, or when a later piece whose side cannot be
    told lifts something (it may be that one)."""
    if not in_effect:
        return None
    own = side_of(in_effect[-1].evidence)
    if own is None:
        return None
    other = IMPORTER if own == EXPORTER else EXPORTER
    last: Item | None = None
    n = len(in_effect) - 2
    while n >= 0 and last is None:
        item, side = in_effect[n], side_of(in_effect[n].evidence)
        if side == other:
            last = item
        elif side is None and item.status in LIFTS:
            return None  # a lift whose side cannot be told: it may have lifted that one
        n -= 1
    if last is None or last.status in LIFTS:
        return None
    if last.evidence.until is not None and today > last.evidence.until:
        return None  # ended
    rate, since = last.rate_pct, last.when
    for item in reversed(in_effect[: n + 1]):  # the start of its run of the same status and rate
        if side_of(item.evidence) != other:
            continue
        if item.status != last.status:
            break
        if rate is not None and item.rate_pct is not None and item.rate_pct != rate:
            break  # a new rate is a new state
        if rate is None:
            rate = item.rate_pct  # its rate unsaid: the one before it carries on
        since = item.when or since
    return OtherSide(side=other, status=last.status, rate_pct=rate, since=since)
