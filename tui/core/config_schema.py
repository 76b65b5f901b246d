"""The config file's schema, declared once: one msgspec Struct per table, one type per kind of value.

``tui.core.config`` decodes each table with ``msgspec.convert(raw, Struct, dec_hook=...)``;
``forbid_unknown_fields`` catches typos, msgspec checks strings, numbers, booleans and lists, and
the value types (``Duration``, ``Unit``, ``ThemeName``...) are checked by the ``dec_hook`` of
``tui.core.config_values``, whose messages are the user's. A key left out stays ``UNSET``, so the typed objects in
``tui.core.config_types`` keep their own defaults.
"""

from __future__ import annotations

import functools
from typing import Any

import msgspec
from msgspec import UNSET, UnsetType

from tui.core.alert_rules import ALERT_KINDS
from tui.core.config_values import (
    Command,
    Count,
    CountryCode,
    DayWindow,
    Delimiter,
    Duration,
    Keywords,
    MetalId,
    PanelKind,
    PolicyFormat,
    PolicyStatus,
    Positive,
    Severity,
    Text,
    ThemeName,
    Unit,
)

# ---- the tables -------------------------------------------------------------------------------


class Table(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    pass


class ConfigFile(Table):
    """The top level: which tables the file may have, and their shape."""

    app: dict[str, Any] = {}
    metals: list[Any] = []
    sources: list[Any] = []
    policy: list[Any] = []
    panels: list[Any] = []
    keys: dict[str, Any] = {}
    gazetteer: dict[str, Any] = {}
    alerts: list[Any] = []


class AppTable(Table):
    theme: ThemeName | UnsetType = UNSET
    refresh: Duration | UnsetType = UNSET
    timeout: Duration | UnsetType = UNSET
    max_body_mb: Positive | UnsetType = UNSET
    retention_days: Count | UnsetType = UNSET
    max_stories: Count | UnsetType = UNSET
    max_sessions: Count | UnsetType = UNSET
    bell: bool | UnsetType = UNSET
    alert_command: Command | UnsetType = UNSET
    alert_timeout: Duration | UnsetType = UNSET
    lock_retry: Duration | UnsetType = UNSET


class MetalTable(Table):
    id: MetalId
    name: Text
    aliases: tuple[Text, ...] | UnsetType = UNSET
    unit: Unit | UnsetType = UNSET


class PanelTable(Table):
    kind: PanelKind
    title: Text | UnsetType = UNSET
    metals: tuple[Text, ...] = ()
    size: Count | UnsetType = UNSET


# [[sources]]: the keys every source has, then one Struct per kind with its own keys.
class SourceTable(Table):
    name: Text
    kind: Text
    url: Text | UnsetType = UNSET
    refresh: Duration | UnsetType = UNSET
    metal: Text | UnsetType = UNSET
    enabled: bool = True


class RssSource(SourceTable):
    max_items: Count | UnsetType = UNSET  # sources.feed_subset: the newest this many items


class GdeltSource(SourceTable):
    query: Text | UnsetType = UNSET
    maxrecords: Count | UnsetType = UNSET
    timespan: Text | UnsetType = UNSET


class FederalRegisterSource(SourceTable):
    term: Text | UnsetType = UNSET
    agencies: tuple[Text, ...] | UnsetType = UNSET
    type: tuple[Text, ...] | UnsetType = UNSET
    per_page: Count | UnsetType = UNSET


class PriceSource(SourceTable):
    unit: Unit | UnsetType = UNSET
    price_type: Text | UnsetType = UNSET
    symbol: Text | UnsetType = UNSET
    currency: Text | UnsetType = UNSET
    max_move_pct: Positive | UnsetType = UNSET  # flow.price_guard: a wild market's own limit


class YahooSource(PriceSource):
    range: Text | UnsetType = UNSET
    interval: Text | UnsetType = UNSET


class FredSource(PriceSource):
    series: Text | UnsetType = UNSET
    decimal: Text | UnsetType = UNSET  # as StooqSource's
    date_format: Text | UnsetType = UNSET


class StooqSource(PriceSource):
    # sources.download_table: a download saved again by a spreadsheet whose numbers or dates do
    # not say which mark is the decimal one, or which of day and month comes first
    decimal: Text | UnsetType = UNSET
    date_format: Text | UnsetType = UNSET


class CsvSource(PriceSource):
    date_column: str | int | UnsetType = UNSET
    value_column: str | int | UnsetType = UNSET
    date_format: Text | UnsetType = UNSET
    delimiter: Delimiter | UnsetType = UNSET
    skip_rows: int | UnsetType = UNSET
    decimal: Text | UnsetType = UNSET
    metal_column: str | int | UnsetType = UNSET
    metal_value: Text | UnsetType = UNSET
    header: bool | UnsetType = UNSET
    unit_column: str | int | UnsetType = UNSET
    table: str | int | UnsetType = UNSET  # sources.csv_tables: which of a file's tables


class PolicyFileSource(SourceTable):
    format: PolicyFormat | UnsetType = UNSET  # sources.policy_file: when the answer's name and
    # its first character do not tell (a register served as text/plain under another name)


SOURCE_SCHEMAS: dict[str, type[SourceTable]] = {
    "rss": RssSource,
    "gdelt": GdeltSource,
    "federal-register": FederalRegisterSource,
    "yahoo": YahooSource,
    "fred": FredSource,
    "stooq": StooqSource,
    "csv": CsvSource,
    "policy-file": PolicyFileSource,
}


# [[alerts]]: the keys every rule has, then one Struct per ``when``.
class AlertTable(Table):
    when: Text
    name: Text | UnsetType = UNSET
    cooldown: Duration | UnsetType = UNSET
    command: Command | UnsetType = UNSET
    severity: Severity | UnsetType = UNSET
    enabled: bool = True
    metal: Text | UnsetType = UNSET


class PriceAlert(AlertTable):
    above: float | UnsetType = UNSET
    below: float | UnsetType = UNSET


class MoveAlert(AlertTable):
    pct: Positive | UnsetType = UNSET
    window: DayWindow | UnsetType = UNSET


class PolicyAlert(AlertTable):
    origin: CountryCode | UnsetType = UNSET
    destination: CountryCode | UnsetType = UNSET
    status: PolicyStatus | UnsetType = UNSET


class HeadlineAlert(AlertTable):
    keywords: Keywords | UnsetType = UNSET
    metals: tuple[Text, ...] = ()


ALERT_SCHEMAS: dict[str, type[AlertTable]] = dict(
    zip(ALERT_KINDS, (PriceAlert, MoveAlert, PolicyAlert, HeadlineAlert), strict=True)
)


@functools.cache
def fields_of(schema: type[msgspec.Struct]) -> dict[str, msgspec.structs.FieldInfo]:
    """A Struct's fields by name (msgspec evaluates the annotations each time: keep them)."""
    return {f.name: f for f in msgspec.structs.fields(schema)}


def field_names(schema: type[msgspec.Struct]) -> tuple[str, ...]:
    return tuple(schema.__struct_fields__)


def own_keys(schemas: dict[str, type[Table]], base: type[Table]) -> dict[str, tuple[str, ...]]:
    """Each kind's keys beyond the ones every entry has (``base``)."""
    common = set(field_names(base))
    return {
        kind: tuple(k for k in field_names(s) if k not in common) for kind, s in schemas.items()
    }


def given(table: msgspec.Struct) -> dict[str, Any]:
    """The keys the file set, as plain Python values (str, float, int, tuple...)."""
    out: dict[str, Any] = {}
    for name in field_names(type(table)):
        value = getattr(table, name)
        if value is not UNSET:
            out[name] = plain(value)
    return out


def plain(value: Any) -> Any:
    """A checked value without its marker type (``Text('x')`` -> ``'x'``)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, tuple):
        return tuple(plain(v) for v in value)
    return value
