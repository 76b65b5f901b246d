"""The last built snapshot, kept as JSON Lines beside the store, so a start paints at once.

Building a snapshot (clustering, classifying, the board) takes time that grows with the store;
at start the app paints the cached one first and rebuilds only when the store's fingerprint
(or the config, or metalwatch's version) changed. The file is only a cache: anything wrong
with it (missing, corrupt, foreign, written by other models) means "build it again", never an
error.

Two files: the whole snapshot, and its head (the newest ``HEAD_STORIES`` stories, every price
row, the first ``HEAD_POLICY`` policy rows with one piece of evidence each): the first paint decodes only the head, in
milliseconds whatever the store holds, and the whole file is read after it. Stories and
headlines are written as rows (lists in field order, the field names once in the header), price
points as two columns (day ordinals, values); reading shares equal strings and datetimes, so a
story and its entry hold one title, one URL, one outlet name.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any

from tui import __version__
from tui.core import models
from tui.core.code_stamp import code_stamp
from tui.store import cache_stamp as stamp
from tui.store import points_codec

FORMAT = "metalwatch.snapshot-cache/2"
HEAD_STORIES = 400  # a first screen, even when most stories are filtered out
HEAD_POLICY = 80  # board rows in the head: a first screen of the tallest policy panel (200 cost
# ~15 ms more to decode at start, for rows no first screen shows)
_CLASSES: dict[str, type] = {
    cls.__name__: cls
    for cls in (
        models.Metal,
        models.Headline,
        models.PolicyEvent,
        models.Story,
        models.PriceSeries,
        models.Evidence,
        models.PolicyStatus,
        models.OtherSide,
        models.SourceHealth,
        models.Snapshot,
    )
}
_TUPLE_FIELDS: dict[str, set[str]] = {
    name: {f.name for f in dataclasses.fields(cls) if str(f.type).startswith("tuple")}
    for name, cls in _CLASSES.items()
}


#: What ``encode`` gives back as it is (exactly these types: a subclass takes the long way).
_PLAIN: frozenset[type] = frozenset({str, int, float, bool, type(None)})


def encode(obj: Any) -> Any:
    if type(obj) in _PLAIN:  # most values of a story's row: the checks below, answered at once
        return obj
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = {"__t": type(obj).__name__}
        for f in dataclasses.fields(obj):
            out[f.name] = encode(getattr(obj, f.name))
        return out
    if isinstance(obj, datetime):
        return {"__dt": obj.isoformat()}
    if isinstance(obj, date):
        return {"__d": obj.isoformat()}
    if isinstance(obj, list | tuple):
        return [encode(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): encode(v) for k, v in obj.items()}
    return obj


def decode(obj: Any, as_tuple: bool = False) -> Any:
    if isinstance(obj, dict):
        if "__dt" in obj:
            return datetime.fromisoformat(obj["__dt"])
        if "__d" in obj:
            return date.fromisoformat(obj["__d"])
        name = obj.get("__t")
        if name is not None:
            cls = _CLASSES[name]
            tuples = _TUPLE_FIELDS[name]
            kwargs = {k: decode(v, k in tuples) for k, v in obj.items() if k != "__t"}
            return cls(**kwargs)
        return {k: decode(v) for k, v in obj.items()}
    if isinstance(obj, list):
        items = [decode(x, as_tuple) for x in obj]
        return tuple(items) if as_tuple else items
    return obj


def _hook(obj: dict[str, Any]) -> Any:
    """``decode`` as ``json.loads``' object hook: the scanner (C) builds the lists and scalars and
    calls this for each object, innermost first, where ``decode`` walked every value in Python
    (~9 M instructions for the head's board at every start). The same objects as ``decode``."""
    if "__dt" in obj:
        return datetime.fromisoformat(obj["__dt"])
    if "__d" in obj:
        return date.fromisoformat(obj["__d"])
    name = obj.pop("__t", None)
    if name is None:
        return obj
    for key in _TUPLE_FIELDS[name].intersection(obj):
        obj[key] = _tuples(obj[key])
    return _CLASSES[name](**obj)


def _tuples(value: Any) -> Any:
    """A field ``decode`` reads as a tuple: every list in it, not in its objects, a tuple."""
    return tuple(map(_tuples, value)) if isinstance(value, list) else value


def cache_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".snapshot.json")


def config_key(config: Any) -> str:
    """What the cached snapshot depends on besides the store's data."""
    path = getattr(config, "path", None)
    text = ""
    if path is not None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError:
            text = ""
    # the code that clusters, tags, classifies and builds the board: a snapshot an older engine
    # built is rebuilt, never shown as this one's reading (the version alone may not change)
    code = code_stamp("engine", "core", "flow")
    return json.dumps([__version__, code, str(path), text, bool(getattr(config, "demo", False))])


def head_path(path: Path) -> Path:
    return path.with_name(path.name.removesuffix(".json") + ".head.json")


@cache
def _fields(cls: type) -> tuple[str, ...]:
    """The field names of a model (once per class: asked for each story written)."""
    return tuple(f.name for f in dataclasses.fields(cls))


@cache
def _values(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    return attrgetter(*names) if len(names) > 1 else lambda obj: (getattr(obj, names[0]),)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _row(obj: Any, names: tuple[str, ...], special: dict[str, Any]) -> list[Any]:
    return [
        (fn(v) if (fn := special.get(n)) else v if type(v) in _PLAIN else encode(v))
        for n, v in zip(names, _values(names)(obj), strict=True)
    ]


def _entries(entries: tuple[models.Headline, ...]) -> list[list[Any]]:
    names = _fields(models.Headline)
    return [_row(e, names, _AS_ISO) for e in entries]


_AS_ISO: dict[str, Callable[[Any], Any]] = {"published": _iso}
_STORY: dict[str, Callable[[Any], Any]] = {"published": _iso, "entries": _entries}


def _encode_series(series: models.PriceSeries) -> list[Any]:
    points: dict[str, Callable[[Any], Any]] = {"points": points_codec.encode}
    return _row(series, _fields(models.PriceSeries), points)


def _header() -> dict[str, list[str]]:
    return {
        cls.__name__: list(_fields(cls))
        for cls in (models.Story, models.Headline, models.PriceSeries)
    }


def _write(f: Any, snapshot: models.Snapshot, *, key: str, fingerprint: str) -> None:
    """A header line, then one line per price series, then one line per story (JSON Lines):
    reading builds one row at a time, never the whole document as a tree."""
    rest = dataclasses.replace(snapshot, stories=[], prices=[])
    header = {
        "format": FORMAT,
        "key": key,
        "fingerprint": fingerprint,
        "fields": _header(),
        "prices": len(snapshot.prices),
        "stories": len(snapshot.stories),
        "snapshot": encode(rest),
    }
    dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    f.write(dump(header) + "\n")
    for series in snapshot.prices:
        f.write(dump(_encode_series(series)) + "\n")
    story_names = _fields(models.Story)
    for story in snapshot.stories:
        f.write(dump(_row(story, story_names, _STORY)) + "\n")


def head(snapshot: models.Snapshot) -> models.Snapshot:
    """What the first paint needs: the newest stories, the board's first rows, each with all
    its evidence (the panel counts it: one piece of it said "1" over a row of two), and the
    whole snapshot's counts for the panels' titles."""
    return dataclasses.replace(
        snapshot,
        stories=snapshot.stories[:HEAD_STORIES],
        head_of=(len(snapshot.stories), sum(1 for s in snapshot.stories if s.relevant)),
        policy=snapshot.policy[:HEAD_POLICY],
        policy_of=len(snapshot.policy) if len(snapshot.policy) > HEAD_POLICY else None,
    )


def dumps(snapshot: models.Snapshot, *, key: str, fingerprint: str) -> tuple[str, str]:
    """The texts of the two files ``save`` writes (the whole snapshot, its head), for a file
    written elsewhere than a cache (the bundled demo's)."""
    out = []
    for snap in (snapshot, head(snapshot)):
        buf = io.StringIO()
        _write(buf, snap, key=key, fingerprint=fingerprint)
        out.append(buf.getvalue())
    return out[0], out[1]


def save(path: Path, snapshot: models.Snapshot, *, key: str, fingerprint: str) -> None:
    """Write ``snapshot`` (built from the store's data at ``fingerprint``) as the cache.

    When the last snapshot this process wrote there shows the same (stories, prices, board,
    metals, notes; only the build time, the source health and ``data_as_of`` differ, which a
    load takes from the store anyway: a refresh that brought nothing new), the files stay as
    they are and only a small stamp says that ``fingerprint`` builds what they hold."""
    last = stamp.LAST.get(path)
    content = stamp.content(snapshot)
    files = (path, head_path(path))
    if (
        last is not None
        and last.key == key
        and last.content == content
        and last.files == stamp.file_stats(files)
        and stamp.write(
            path, key, last.fingerprint, fingerprint, snapshot.data_as_of, encode(snapshot.sources)
        )
    ):
        stamp.LAST[path] = dataclasses.replace(last, content=content)
        return
    stamp.remove(stamp.stamp_path(path))
    for target, snap in ((head_path(path), head(snapshot)), (path, snapshot)):
        tmp = stamp.private_tmp(target)
        try:
            with tmp.open("w", encoding="utf-8") as f:
                _write(f, snap, key=key, fingerprint=fingerprint)
            os.replace(tmp, target)
        except OSError:
            stamp.remove(tmp)
        stamp.remove_orphans(target)
    stamp.LAST.clear()  # one cache per process; the newest write only
    stamp.LAST[path] = stamp.Written(key, fingerprint, content, stamp.file_stats(files))


class _Reader:
    """Builds stories and series from rows, sharing equal strings and datetimes."""

    def __init__(self) -> None:
        self.strings: dict[str, str] = {}
        self.times: dict[str, datetime] = {}
        self.runs: dict[tuple[int, int], list[date]] = {}  # the dates of a run of days
        self._names: list[str] | None = None
        self._at: dict[str, int] = {}

    def text(self, value: Any) -> Any:
        return self.strings.setdefault(value, value) if isinstance(value, str) else value

    def when(self, value: str | None) -> datetime | None:
        if value is None:
            return None
        parsed = self.times.get(value)
        if parsed is None:
            parsed = self.times[value] = datetime.fromisoformat(value)
        return parsed

    def headline(self, row: list[Any]) -> models.Headline:
        (title, url, source, published, summary, outlet, official, doc_type, agencies) = row[:9]
        return models.Headline(
            self.text(title),
            self.text(url),
            self.text(source),
            self.when(published),
            self.text(summary),
            self.text(outlet),
            official,
            self.text(doc_type),
            tuple(agencies),
            *row[9:],
        )

    def story(self, row: list[Any], names: list[str]) -> models.Story:
        # the header's field names equal the model's (checked in ``load``): positions, no dicts
        if len(row) != len(names):
            raise ValueError("a story row of another shape")
        at = self._positions(names)
        text = self.text
        for name in ("id", "title", "url", "source", "summary"):
            row[at[name]] = text(row[at[name]])
        row[at["published"]] = self.when(row[at["published"]])
        row[at["metals"]] = tuple(map(text, row[at["metals"]]))
        row[at["entries"]] = tuple(map(self.headline, row[at["entries"]]))
        event = row[at["policy_event"]]
        if event is not None:
            row[at["policy_event"]] = decode(event)
        return models.Story(*row)

    def _positions(self, names: list[str]) -> dict[str, int]:
        if self._names is not names:
            self._names, self._at = names, {n: i for i, n in enumerate(names)}
        return self._at

    def series(self, row: list[Any], names: list[str]) -> models.PriceSeries:
        values = dict(zip(names, row, strict=True))
        values["points"] = points_codec.decode(values["points"], self.runs)
        return models.PriceSeries(**values)


def load(
    path: Path, *, key: str, relevant: int | None = None
) -> tuple[models.Snapshot, str] | None:
    """(snapshot, fingerprint it was built from), or None when there is no usable cache.
    ``relevant``: stop reading stories once that many relevant ones are read (a first screen)."""
    return _load(path, path, key=key, relevant=relevant)


def _load(
    path: Path, main: Path, *, key: str, relevant: int | None
) -> tuple[models.Snapshot, str] | None:
    files = (main, head_path(main))
    before = stamp.file_stats(files)  # before reading: a write meanwhile shows as a change
    try:
        with path.open(encoding="utf-8") as f:
            data = json.loads(f.readline(), object_hook=_hook)
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                return None
            if data.get("key") != key or data.get("fields") != _header():  # other models
                return None
            snap = data["snapshot"]
            if not isinstance(snap, models.Snapshot):
                return None
            reader = _Reader()
            story_names, series_names = data["fields"]["Story"], data["fields"]["PriceSeries"]
            loads = json.loads
            snap.prices = [
                reader.series(loads(f.readline()), series_names) for _ in range(data["prices"])
            ]
            snap.stories = stories = []
            for _ in range(data["stories"]):
                story = reader.story(loads(f.readline()), story_names)
                stories.append(story)
                if relevant is not None and story.relevant:
                    relevant -= 1
                    if relevant <= 0:
                        break
        fingerprint = str(data.get("fingerprint"))
        if path == main and relevant is None:  # all of it: what a later ``save`` compares with
            stamp.LAST.clear()
            stamp.LAST[main] = stamp.Written(key, fingerprint, stamp.content(snap), before)
        later = stamp.read(main, key, fingerprint)
        if later is not None:  # a later store state builds the same snapshot
            fingerprint = str(later["fingerprint"])
            snap.data_as_of = reader.when(later.get("data_as_of"))
            snap.sources = _stamped_sources(later.get("sources"), snap.sources)
        return snap, fingerprint
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _stamped_sources(stamped: Any, written: list[models.SourceHealth]) -> list[models.SourceHealth]:
    """The source health of the stamp's build, else that of the files' (an older stamp)."""
    try:
        health = decode(stamped) if isinstance(stamped, list) else None
    except (ValueError, KeyError, TypeError):
        return written
    if health and all(isinstance(h, models.SourceHealth) for h in health):
        return list(health)
    return written


def load_head(
    path: Path, *, key: str, relevant: int | None = None
) -> tuple[models.Snapshot, str] | None:
    """The head of the cached snapshot (see ``head``), or None; ``relevant`` as for ``load``."""
    return _load(head_path(path), path, key=key, relevant=relevant)
