"""Remapped keys a terminal never sends as the app names them: kept, but said.

``[keys]`` may name any key Textual has a name for, but common terminals send some of them as
another key: Alt with a key other than a letter (``alt+1``, ``alt+left``, ``alt+comma``)
arrives without the Alt, Ctrl+Alt and a letter as Ctrl and the letter, Ctrl+Shift and a letter
as Ctrl and the letter unless the terminal speaks the kitty keyboard protocol. Such a remap is
not refused (a terminal may send it), but ``metalwatch check`` warns of it and the app says the
same once when it loads it: both read ``dead_keys``' records. ``live_first`` puts a remap's
keys that fire first, and keeps the default key as well when none does, so the footer and the
help show a key that works.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from tui.core.keymap import KEYS, conflicts, key_label, spec
from tui.core.record import record

_DEFAULTS = {k.id: k.keys for k in KEYS}


@record
class DeadKey:
    """A remapped key common terminals never deliver as the app names it: the remap is kept
    (a terminal with the kitty keyboard protocol may send it) but, elsewhere, never fires.
    ``metalwatch check`` warns of each, and the app says the same once when it loads them."""

    binding: str  # the binding id, as ``[keys]`` names it
    key: str  # the key, as Textual names it (``alt+1``)
    why: str  # what the terminal sends instead
    instead: str  # keys that do arrive
    kept: str = ""  # the default keys kept bound as well (``live_first``), as Textual names them

    def said(self) -> str:
        """One line: which key, which action, why, what to use instead (or was kept)."""
        head = (
            f"keys.{self.binding}: {key_label(self.key)!r} ({spec(self.binding).description})"
            f" will not fire in most terminals: {self.why}; "
        )
        if self.kept:
            return head + f"kept {_quoted(self.kept)} as well (or use {self.instead} instead)"
        return head + f"use {self.instead} instead"


def _quoted(keys: str) -> str:
    return " and ".join(repr(key_label(k)) for k in keys.split(","))


def _letter_for(binding_id: str) -> str:
    """A letter for the suggestion: the first of the action's description (``Refresh``: r)."""
    return next((c.lower() for c in spec(binding_id).description if c.isalpha()), "x")


def dead_key(binding_id: str, key: str) -> DeadKey | None:
    """Why ``key`` (a Textual name) would never reach ``binding_id``, if so. Alt with a key other
    than a letter (``alt+1``, ``alt+left``, ``alt+comma``) arrives as another character or as
    Esc and the key; Ctrl and Alt with a letter as Ctrl and the letter; Ctrl and Shift with a
    letter as Ctrl and the letter unless the terminal speaks the kitty keyboard protocol
    (``textual._xterm_parser`` names Alt only on a letter or a digit, and a digit with Alt
    arrives as another character)."""
    *mods, base = key.split("+") if not key.endswith("++") else [*key[:-2].split("+"), "+"]
    letter = len(base) == 1 and base.isalpha()
    x = base if letter else _letter_for(binding_id)
    if "alt" in mods and not letter:
        why = "they send Alt with a key other than a letter without the Alt"
        return DeadKey(binding_id, key, why, f"'alt+{x}' or 'f5'")
    if "alt" in mods and "ctrl" in mods:
        why = f"they send Ctrl+Alt and a letter as 'ctrl+{x}'"
        return DeadKey(binding_id, key, why, f"'ctrl+{x}' or 'alt+{x}'")
    if "ctrl" in mods and "shift" in mods and letter:
        why = (
            f"they send Ctrl+Shift and a letter as 'ctrl+{x}'"
            " (only the kitty keyboard protocol tells them apart)"
        )
        return DeadKey(binding_id, key, why, f"'ctrl+{x}' or 'alt+shift+{x}'")
    return None


def dead_keys(overrides: Mapping[str, str]) -> list[DeadKey]:
    """Every remapped key of ``[keys]`` (as ``tui.core.config`` keeps them: Textual's names) that
    common terminals never deliver (``dead_key``), in the config's order."""
    out: list[DeadKey] = []
    for bid, names in _remaps(overrides):
        found = [d for d in (dead_key(bid, key) for key in names) if d is not None]
        defaults = _DEFAULTS[bid].split(",")
        # the defaults a remap of dead keys alone keeps (``live_first``): its only live keys
        live = [k for k in names if dead_key(bid, k) is None]
        kept = ",".join(live) if live and all(k in defaults for k in live) else ""
        out += [replace(d, kept=kept) for d in found] if kept else found
    return out


def _remaps(overrides: Mapping[str, str]) -> list[tuple[str, list[str]]]:
    """``[keys]``' remaps of known bindings that differ from the defaults: (binding id, its
    keys), in the config's order."""
    return [
        (bid, [k.strip() for k in keys.split(",") if k.strip()])
        for bid, keys in overrides.items()
        if bid in _DEFAULTS and keys != _DEFAULTS[bid]
    ]


def live_first(overrides: Mapping[str, str]) -> dict[str, str]:
    """``[keys]`` (Textual's names) with each remap's keys that fire first, so the footer and
    the help, which show a binding's first key, name one that works; and, for a remap none of
    whose keys fire (``refresh = "alt+1"``), the default keys kept as well, before the dead
    ones, each unless another binding took it (a clash of the config's own making)."""
    out = dict(overrides)
    for bid, names in _remaps(overrides):
        live = [k for k in names if dead_key(bid, k) is None]
        dead = [k for k in names if k not in live]
        if not dead:
            continue
        if not live:
            for key in _DEFAULTS[bid].split(","):
                trial = {**out, bid: ",".join([*live, key, *dead])}
                if not any(b == bid and k == key for b, k, _ in conflicts(trial)):
                    live.append(key)
        out[bid] = ",".join([*live, *dead])
    return out
