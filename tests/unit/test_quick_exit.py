"""The dashboard's process leaves at once after the app (``tui.core.quick_exit.end``): what is
written is flushed, a thread that is not a daemon is still waited for, and no ``atexit`` work
of metalwatch's, Textual's or the HTTP stack's is skipped (there is none but logging's, which
``end`` does itself). Real processes."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_end_flushes_what_was_written_and_keeps_the_code() -> None:
    done = run(
        """
        import sys
        from tui.core.quick_exit import end
        sys.stdout.write("written, not flushed")  # a pipe: block-buffered
        sys.stderr.write("said")
        end(3)
        """
    )
    assert done.returncode == 3
    assert done.stdout == "written, not flushed" and done.stderr == "said"


def test_end_waits_for_a_thread_that_is_not_a_daemon() -> None:
    done = run(
        """
        import threading, time
        from tui.core.quick_exit import end
        def work():
            time.sleep(0.3)
            print("finished", flush=True)
        threading.Thread(target=work).start()
        threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
        end(0)
        """
    )
    assert done.returncode == 0 and done.stdout == "finished\n", done


def test_nothing_the_app_imports_leaves_atexit_work_but_loggings() -> None:
    done = run(
        """
        import atexit
        got = []
        register = atexit.register
        def spy(fn, *args, **kwargs):
            got.append(f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', fn)}")
            return register(fn, *args, **kwargs)
        atexit.register = spy
        import tui.ui.app, tui.cli, tui.flow.refresh, tui.flow.http_cache, tui.flow.watch
        import tui.flow.http.fetch, tui.store.store, tui.flow.snapshot
        from tui.flow.http_cache import *  # noqa: F403
        print("\\n".join(got))
        """
    )
    assert done.returncode == 0, done.stderr
    registered = [ln for ln in done.stdout.splitlines() if ln]
    assert all(name.startswith("logging.") for name in registered), registered
