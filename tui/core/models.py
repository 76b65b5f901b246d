"""Frozen data models shared by the core, the CLI and the UI.

Nothing here imports textual: the same models feed the TUI, ``metalwatch snapshot``
and the tests. Datetimes are timezone-aware UTC; dates are plain ``datetime.date``.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date, datetime, timedelta, timezone
from typing import Any, Literal

from tui.core.record import record

PolicyStatusName = Literal["open", "tariff", "licensing", "quota", "suspended", "resuming"]
POLICY_STATUSES: tuple[str, ...] = ("open", "tariff", "licensing", "quota", "suspended", "resuming")
EvidenceKind = Literal["declared", "document", "inferred"]

#: A story dated before this is dated by a placeholder, not a day: an empty date field written
#: as .NET's ``0001-01-01`` or as a zero timestamp (``1970-01-01T00:00:00Z``, in any zone). Such
#: a date is no date: the story is dated when first seen (and ``0001-01-01`` broke date sums).
NO_DATE_BEFORE = datetime(1970, 1, 2, tzinfo=timezone.utc)
#: A story dated further than this after its fetch is dated by a wrong clock or a typo (a day
#: ahead is a zone: a register's Eastern date read at a UTC evening, a close in Asia).
FUTURE_SLACK = timedelta(days=1)


def usable_date(when: datetime | None, fetched_at: datetime) -> datetime | None:
    """``when`` when it can be a story's date: not a placeholder (before ``NO_DATE_BEFORE``)
    nor more than ``FUTURE_SLACK`` after the fetch; else None (the story is dated when first
    seen, marked estimated). One rule for every headline source."""
    if when is None or not NO_DATE_BEFORE <= when <= fetched_at + FUTURE_SLACK:
        return None
    return when


@record
class Metal:
    """A metal the user watches. ``id`` is stable and used everywhere."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    unit: str | None = None


@record
class Headline:
    """One entry from one source (a feed item, a GDELT article, a Federal Register document).

    ``title`` and ``summary`` are plain, sanitised text (see ``tui.core.text``). ``url`` is an
    http(s) URL or None. ``published`` is aware UTC; when the source gave no date it is the
    first-seen time and ``date_estimated`` is True; when it gave a clock time in a zone that
    cannot be placed (``10:00 XYZ``, or none written) it is that time read as UTC and
    ``zone_unknown`` is True (the time may be hours off; the day is the source's).
    """

    title: str
    url: str | None
    source: str  # the configured source name
    published: datetime | None
    summary: str = ""
    outlet: str | None = None  # publisher (feed title, domain, agency) when known
    official: bool = False  # an official document (e.g. Federal Register)
    doc_type: str | None = None  # e.g. "Rule", "Notice", "Presidential Document"
    agencies: tuple[str, ...] = ()
    date_estimated: bool = False
    guid: str | None = None
    canonical_url: str | None = None  # identity URL (tracking params dropped, redirects unwrapped)
    zone_unknown: bool = False  # ``published`` is a clock time of an unknown zone, read as UTC
    # the source gave no title that says something: ``title`` stands in (its text's first words,
    # its link's slug); a title stored from an earlier answer is kept over it (never stored)
    stand_in: bool = False


#: What the words that gave a rate start with when it is a ceiling ("tariffs of up to 50%").
UP_TO = "up to "


@record
class PolicyEvent:
    """What the classifier read in a headline (or a declared entry): a status on a corridor."""

    metals: tuple[str, ...]
    origin: str  # ISO 3166 alpha-2, "EU", or "*"
    destination: str
    status: str  # one of POLICY_STATUSES
    rate_pct: float | None = None
    proposed: bool = False
    confidence: float = 1.0
    words: tuple[str, ...] = ()  # the words that decided it
    # the day the text says the measure takes effect ("from June 4"), read beside the classifier
    # with the publication day (``tui.engine.effective_dates``); None when it names none
    effective: date | None = None
    # a rate per metal when the text gives each of several metals its own ("25% on steel and
    # 10% on aluminium"): the board's row of each metal takes its own (``rate_pct`` stays the
    # single rate the headline is read as stating, None for such a text)
    metal_rates: tuple[tuple[str, float], ...] = ()
    # the corridors a list beside its exporter or importer adds ("tariffs on Canada, Mexico and
    # EU": MX -> US, EU -> US beside CA -> US), read beside the classifier
    # (``tui.engine.listed_places``); the board gives each the same evidence
    also: tuple[tuple[str, str], ...] = ()
    # the last day the text says the measure runs ("until June 30, 2026"), read beside the
    # classifier (``tui.engine.end_dates``); None when it names none
    until: date | None = None
    # whose measure it is, by the flow the classifier read ("exporter": exports, "importer":
    # imports, whatever words tell it: "US bans Russian aluminium" is the importer's); None
    # when it read no flow (``tui.engine.board_sides``)
    side: str | None = None

    @property
    def rate_up_to(self) -> bool:
        """The rate is a ceiling ("tariffs of up to 50%"): the words that gave it say so."""
        return self.rate_pct is not None and any(w.startswith(UP_TO) for w in self.words)

    def to_json(self) -> dict[str, object]:
        return {
            "metals": list(self.metals),
            "origin": self.origin,
            "destination": self.destination,
            "status": self.status,
            "rate_pct": self.rate_pct,
            "rate_up_to": self.rate_up_to,
            "proposed": self.proposed,
            "confidence": round(self.confidence, 3),
            "words": list(self.words),
            "effective": self.effective.isoformat() if self.effective is not None else None,
            "until": self.until.isoformat() if self.until is not None else None,
        }


@record
class Story:
    """One story: entries from one or more outlets that say the same thing."""

    id: str
    title: str
    url: str | None
    source: str
    published: datetime | None
    summary: str
    metals: tuple[str, ...]
    entries: tuple[Headline, ...]
    official: bool = False
    date_estimated: bool = False
    policy_event: PolicyEvent | None = None
    # about what the user watches: names a watched metal, carries a policy event, or is an
    # official document about a watched metal (the headlines panel shows these by default)
    relevant: bool = True
    zone_unknown: bool = False  # ``published`` is a clock time of an unknown zone (Headline)

    @property
    def sources(self) -> int:
        return len({(e.source, e.outlet) for e in self.entries}) or 1


@record
class PriceSeries:
    """A price history from one source, in the source's own unit (``unit``)."""

    source: str  # configured source name
    symbol: str  # ticker / series id / file name
    unit: str  # e.g. "USD/t", "USD/lb", "USD/ozt"
    points: tuple[tuple[date, float], ...]  # ascending by date, no None values
    metal: str | None = None
    frequency: str = "daily"  # daily | weekly | monthly | irregular
    kind: str = "unknown"  # futures | spot | monthly-average | fix | unknown
    source_kind: str = ""  # the config source kind: yahoo | fred | stooq | csv
    currency: str | None = None
    note: str | None = None  # e.g. "shown in source unit: no FX for CNY"
    warning: str | None = None  # rows of the input that were skipped (on the source's health)
    # the decimals its prices are shown with when a conversion decided them (as many significant
    # digits as the source's own number shows: ``450.00 USc/lb`` -> ``9,920.8 USD/t``); None:
    # by their size (``tui.core.fmt.price_decimals``)
    decimals: int | None = None


@record
class Evidence:
    kind: str  # declared | document | inferred
    title: str
    url: str | None
    source: str
    published: datetime | date | None
    confidence: float = 1.0
    words: tuple[str, ...] = ()
    status: str | None = None  # the status this piece of evidence points to
    rate_pct: float | None = None
    proposed: bool = False
    note: str | None = None
    rate_up_to: bool = False  # ``rate_pct`` is a ceiling ("tariffs of up to 50%")
    until: date | None = None  # the end date a declared entry or the story's text gives
    date_estimated: bool = False  # ``published`` is when the story was first seen (no usable date)
    effective: date | None = None  # the day its text says the measure takes effect, if it says
    withdrawn: bool = False  # a coming measure or plan called off before its day (by the board)
    withdraws: bool = False  # a headline dropping or putting off a plan (of ``status``)
    # the same event's other reports (source, title, url): one event is one piece of evidence
    # (see ``tui.engine.board_items``)
    also: tuple[tuple[str, str, str | None], ...] = ()
    side: str | None = None  # whose measure, as the classifier read its flow (PolicyEvent.side)
    # the time its source gave when that was after the board's clock (a feed's clock ahead, a
    # zone slip): ``published`` is then the board's time, ``date_estimated`` ("then or before")
    dated_ahead: datetime | None = None

    def to_json(self) -> dict[str, object]:
        pub: str | None
        if isinstance(self.published, datetime):
            pub = _utc_text(self.published)
        else:
            pub = self.published.isoformat() if self.published is not None else None
        return {
            "kind": self.kind,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "published": pub,
            "confidence": round(self.confidence, 3),
            "status": self.status,
            "rate_pct": self.rate_pct,
            "rate_up_to": self.rate_up_to,
            "proposed": self.proposed,
            "words": list(self.words),
            "until": self.until.isoformat() if self.until is not None else None,
            "date_estimated": self.date_estimated,
            "effective": self.effective.isoformat() if self.effective is not None else None,
            "withdrawn": self.withdrawn,
            "withdraws": self.withdraws,
            "also": [{"source": s, "title": t, "url": u} for s, t, u in self.also],
            "dated_ahead": _utc_text(self.dated_ahead),
        }


def _utc_text(when: datetime | None) -> str | None:
    return when.astimezone(timezone.utc).isoformat().replace("+00:00", "Z") if when else None


@record
class DeclaredPolicy:
    """A ``[[policy]]`` entry from the config or a policy-file source."""

    metal: str
    origin: str
    destination: str
    status: str
    since: date | None = None
    rate_pct: float | None = None
    proposed: bool = False
    url: str | None = None
    note: str | None = None
    source: str = "config"
    until: date | None = None  # the last day the measure runs (a suspension "to 2026-11-10")


@record
class OtherSide:
    """A restrictive measure of the corridor's other side still in force beside the row's own
    status: the row's status comes from the exporter's measure (an export ban, controls,
    licensing) and the importer's (a tariff, an anti-dumping duty) stands, or the reverse
    (see :mod:`tui.engine.board_sides`)."""

    side: str  # "exporter" (origin imposes) | "importer" (destination imposes)
    status: str
    rate_pct: float | None = None
    since: date | None = None


@record
class PolicyStatus:
    """The board's verdict for one (metal, origin, destination)."""

    metal: str
    origin: str
    destination: str
    status: str
    since: date | None
    rate_pct: float | None = None
    proposed: bool = False  # True when only proposed events exist (nothing in effect)
    pending: str | None = None  # a newer proposed status, shown beside the current one
    conflict: bool = False
    evidence: tuple[Evidence, ...] = ()
    until: date | None = None  # the declared end of the current measure, if it has one
    expired: bool = False  # ``until`` has passed: the row asks for a check
    since_estimated: bool = False  # ``since`` is a first-seen day: the measure began then or before
    # a measure announced for a later day (its evidence's ``effective`` is after today): not in
    # force yet, shown beside the current status; a row with nothing in force shows it as its
    # status with ``since`` None (see ``tui.engine.board``)
    coming: str | None = None
    coming_rate_pct: float | None = None
    starts: date | None = None  # the day ``coming`` takes effect
    # a status for every exporter or every importer of the metal on this corridor's side (the
    # row "*->US" beside "CA->US", "CN->*" beside "CN->US") that started after this row's and
    # says otherwise: it may apply here too; the row itself is never changed by it (see
    # ``tui.engine.board``)
    newer_general: PolicyStatus | None = None
    rate_up_to: bool = False  # ``rate_pct`` is a ceiling ("tariffs of up to 50%")
    # the other side's restrictive measure still in force on this corridor when the status comes
    # from one side's (China pauses its export controls for the US; the US anti-dumping duty on
    # Chinese graphite stands): said beside the row, which is never changed by it
    other_side: OtherSide | None = None

    @property
    def coming_from(self) -> date | None:
        """The day the row's status starts when nothing is in force on it yet (its status is a
        measure announced for a later day), else None."""
        return self.starts if self.since is None else None

    @property
    def other_party(self) -> str | None:
        """Who imposes :attr:`other_side`'s measure: the importer (``destination``) or the
        exporter (``origin``), ``*`` when the row names none; None without one."""
        o = self.other_side
        if o is None:
            return None
        return self.destination if o.side == "importer" else self.origin


@record(frozen=False)
class SourceHealth:
    name: str
    kind: str
    ok: bool = False
    error: str | None = None
    warning: str | None = None
    fetched_at: datetime | None = None
    last_success: datetime | None = None
    next_attempt: datetime | None = None
    items: int = 0
    stale: bool = False
    # the address (the config's ``url``) this state was recorded for: a source whose address
    # changed under the same name has none of it yet (None: not known, a store of before)
    url: str | None = None

    @property
    def failed(self) -> bool:
        """Its last attempt failed (a source not tried yet has not)."""
        return not self.ok and self.error is not None


@record(frozen=False)
class Snapshot:
    """Everything the panels show, built by ``tui.flow.snapshot``."""

    generated_at: datetime
    metals: list[Metal]
    stories: list[Story] = field(default_factory=list)
    prices: list[PriceSeries] = field(default_factory=list)
    policy: list[PolicyStatus] = field(default_factory=list)
    sources: list[SourceHealth] = field(default_factory=list)
    mode: str = "live"  # live | demo | offline
    data_as_of: datetime | None = None
    notes: list[str] = field(default_factory=list)
    alerts: list[dict[str, Any]] = field(default_factory=list)  # Alert.to_json() fired this run
    # (stories, relevant ones) of the whole snapshot when ``stories`` holds only its newest
    # (the first paint's head, ``tui.store.snapshot_cache.head``): the counts a title says
    head_of: tuple[int, int] | None = None
    # the board's rows of the whole snapshot when ``policy`` holds only its first ones (the
    # head's): the count the policy panel's title says
    policy_of: int | None = None
