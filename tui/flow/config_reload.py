"""``watch`` left running while its config file is edited: the file is read again when it
changes (its size or modification time), between rounds. A config that reads well replaces the
running one; a broken edit (a typo, a file half written, the file gone) is said once, and the
last good config keeps running until the file changes again."""

from __future__ import annotations

import os
from pathlib import Path

from tui.core.config_types import Config


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


class ConfigReload:
    """Give it the running config (from a file: the built-in default and the demo have none to
    edit). ``changed()`` asks the file system only; ``read()`` reads the file again."""

    def __init__(self, config: Config) -> None:
        self.path = config.path
        self._stamp = _stamp(self.path) if self.path is not None else None

    def changed(self) -> bool:
        return self.path is not None and _stamp(self.path) != self._stamp

    def read(self) -> tuple[Config | None, str | None]:
        """(the new config, None) when the file changed and reads well; (None, what is wrong)
        when it changed and does not; (None, None) when it did not change. A broken file is
        said once: the next change is read again."""
        if self.path is None or not self.changed():
            return None, None
        from tui.core.config import load_config
        from tui.core.validate import ConfigError

        self._stamp = _stamp(self.path)
        try:
            return load_config(self.path), None
        except ConfigError as exc:
            return None, str(exc)
