"""``metalwatch serve``: the dashboard in a web browser, through textual-serve.

textual-serve runs one ``metalwatch`` process per browser tab (its own terminal, its own keys)
and relays the screen over a websocket to xterm.js in the page. Every one of those processes is
started with the same ``--config`` / ``--demo`` and the same environment, so they open the same
SQLite store (WAL: several processes read and write it safely): a new tab paints at once from
what is stored, and its refresher starts from the stored per-source schedule (``next_attempt``),
so it does not fetch a source again before that source's cadence is up.

The server binds to loopback by default. On loopback it also refuses requests whose ``Host`` is
not a loopback name (DNS rebinding) and, on any address, websocket handshakes whose ``Origin``
is another site (any web page can open a websocket to ``127.0.0.1``; without this check a page
you visit could drive the dashboard). There is no login: whoever reaches the port can use it.

Each session is a process, so their number is capped (``--max-sessions``, ``[app]
max_sessions``, default 8): the next visitor gets a short page saying so (HTTP 503 with
``Retry-After``), and a websocket beyond the cap is refused before any process starts. Folders
under ``/static/`` are not listed (404).

textual-serve is an optional extra (``pip install 'metalwatch[serve]'``); this module imports it
only inside :func:`run_serve`. It never imports textual.
"""

from __future__ import annotations

import ipaddress
import shlex
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8000
MISSING_EXTRA = "metalwatch serve needs the serve extra: pip install 'metalwatch[serve]'"
SESSION_QUIT_SECONDS = 5.0  # how long a stopping server gives each session's app to quit
DEFAULT_MAX_SESSIONS = 8  # each session is one metalwatch process (~60 MB)
LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "ip6-localhost", "ip6-loopback"})


def is_loopback(host: str) -> bool:
    """``127.0.0.0/8``, ``::1`` or ``localhost``; a name that only resolves there does not count."""
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def url_host(host: str) -> str:
    """``host`` as it goes into a URL: IPv6 literals in brackets."""
    bare = host.strip("[]")
    return f"[{bare}]" if ":" in bare else bare


def display_url(host: str, port: int) -> str:
    """The address to print: a wildcard bind is reachable on loopback from this machine."""
    bare = host.strip("[]")
    if bare in ("", "0.0.0.0"):
        bare = "127.0.0.1"
    elif bare == "::":
        bare = "::1"
    return f"http://{url_host(bare)}:{port}"


def exposure_warning(host: str, port: int) -> str | None:
    """The warning printed when the server listens beyond this machine (None on loopback)."""
    if is_loopback(host):
        return None
    return (
        f"metalwatch: warning: serving on {url_host(host)}:{port}, not on loopback: anyone who can "
        "reach this port can use the dashboard (there is no login): read what it shows, refresh "
        "its sources, mark stories read, change the theme, and start one metalwatch process per "
        "connection. Use --host 127.0.0.1 (the default) to keep it on this machine."
    )


def session_command(config_path: Path | None, demo: bool, python: str | None = None) -> str:
    """The shell command textual-serve runs for each browser session."""
    argv = [python or sys.executable, "-m", "tui"]
    if config_path is not None:
        argv += ["--config", str(Path(config_path).expanduser().resolve())]
    if demo:
        argv.append("--demo")
    # exec: the session's process is metalwatch itself, so textual-serve's quit and the
    # signals of a shutdown reach it rather than an intermediate shell
    return "exec " + shlex.join(argv)


def host_allowed(request_host: str | None, bound_host: str) -> bool:
    """On a loopback bind, only loopback ``Host`` headers (no DNS rebinding onto the port)."""
    if not is_loopback(bound_host):
        return True
    if not request_host:
        return False
    try:
        name = urlsplit(f"//{request_host}").hostname
    except ValueError:
        return False
    return name is not None and is_loopback(name)


def origin_allowed(origin: str | None, request_host: str | None) -> bool:
    """A websocket handshake from a page of this server (or from a non-browser client)."""
    if origin is None:
        return True  # not a browser: it reached the port, which is the trust boundary
    try:
        parts = urlsplit(origin)
    except ValueError:
        return False
    return (
        parts.scheme in ("http", "https")
        and bool(request_host)
        and parts.netloc.lower() == (request_host or "").lower()
    )


def public_origin(headers: Any, host: str, scheme: str) -> tuple[str, str]:
    """(scheme, host) the browser sees: a reverse proxy's ``X-Forwarded-Proto/-Host``, else ours.

    Only the page's own URLs are built from these (a client can mislead only itself); the
    loopback ``Host`` check always looks at the real ``Host`` header.
    """
    fwd_host = (headers.get("X-Forwarded-Host") or "").split(",")[0].strip()
    fwd_proto = (headers.get("X-Forwarded-Proto") or "").split(",")[0].strip().lower()
    return (
        fwd_proto if fwd_proto in ("http", "https") else scheme,
        fwd_host or host,
    )


def full_page(sessions: int) -> str:
    """The page a visitor gets while ``sessions`` (the cap) are running."""
    noun = "session" if sessions == 1 else "sessions"
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>metalwatch: busy</title>"
        "</head><body style='font-family: sans-serif; margin: 3em'>"
        f"<p>metalwatch is serving {sessions} {noun}, the most it allows; try again later.</p>"
        "</body></html>\n"
    )


def config_problem(config_path: Path | None, demo: bool) -> str | None:
    """Why a session would not start: the config's located lines as ``metalwatch`` prints
    them, for the visitor's page (the file may have been edited since the server started); None
    when it loads."""
    from tui.core.config import ConfigError, load_config

    try:
        load_config(config_path, demo=demo)
    except ConfigError as exc:
        return f"metalwatch: config error: {exc}".replace("\n", "\nmetalwatch: config error: ")
    except OSError as exc:  # the file gone or unreadable: load_config says it, this is a spare
        return f"metalwatch: config error: {exc}"
    return None


def _make_server_class() -> type:
    """The textual-serve ``Server``, with metalwatch's banner, per-request URLs and checks."""
    import asyncio
    import contextlib
    import logging

    import aiohttp_jinja2
    from aiohttp import WSCloseCode, web
    from textual_serve.app_service import AppService
    from textual_serve.server import Server, to_int

    log = logging.getLogger("textual-serve")

    class Session(AppService):
        async def run(self) -> None:
            """The session's process, to its end; then its page is told. A process that ends
            without the app's "exit" (it could not start) left the page blank and open for
            as long as the visitor kept it, and its place among the sessions taken."""
            try:
                await super().run()
            finally:
                with contextlib.suppress(Exception):
                    await self.remote_close()

    Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

    class MetalwatchServer(Server):
        def __init__(
            self,
            command: str,
            host: str,
            port: int,
            max_sessions: int = DEFAULT_MAX_SESSIONS,
            config_path: Path | None = None,
            demo: bool = False,
        ) -> None:
            super().__init__(command, host=host, port=port, title="metalwatch")
            self.config_path, self.demo = config_path, demo
            self.address = display_url(host, port)
            self.sessions: dict[web.WebSocketResponse, AppService] = {}
            self.max_sessions = max(1, max_sessions)
            self.taken = 0  # sessions started or starting (counted before the first await)

        def _full(self) -> web.Response:
            return web.Response(
                status=503,
                text=full_page(self.max_sessions),
                content_type="text/html",
                headers={"Retry-After": "60"},
            )

        def _static_folder(self, request: web.Request) -> bool:
            """A request for a folder under /static/ (aiohttp would list it)."""
            if request.match_info.route.name != "static":
                return False
            name = request.match_info.get("filename", "")
            if not name or name.endswith("/"):
                return True
            try:
                return (Path(self.statics_path) / name).is_dir()
            except (OSError, ValueError):
                return True

        async def _make_app(self) -> web.Application:
            app: web.Application = await super()._make_app()
            app.middlewares.append(self._guard)
            return app

        @web.middleware
        async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
            if not host_allowed(request.host, self.host):
                return web.Response(status=421, text="metalwatch: unexpected Host header\n")
            _, seen_host = public_origin(request.headers, request.host, request.scheme)
            if request.path == "/ws" and not origin_allowed(
                request.headers.get("Origin"), seen_host
            ):
                return web.Response(status=403, text="metalwatch: cross-origin websocket\n")
            if self._static_folder(request):
                return web.Response(status=404, text="404: Not Found\n")
            if request.path == "/" and self.taken >= self.max_sessions:
                return self._full()
            return await handler(request)

        @aiohttp_jinja2.template("app_index.html")
        async def handle_index(self, request: web.Request) -> dict[str, Any]:
            # URLs from the address the browser used, so the websocket works however it
            # reached us (a LAN name, 0.0.0.0 bound, a port forward), not only from self.host
            scheme, host = public_origin(request.headers, request.host, request.scheme)
            base = f"{scheme}://{host}"
            ws_scheme = "wss" if scheme == "https" else "ws"
            router = request.app.router
            static = str(router["static"].url_for(filename="/")).rstrip("/") + "/"
            return {
                "font_size": to_int(request.query.get("fontsize", "16"), 16),
                "app_websocket_url": f"{ws_scheme}://{host}{router['websocket'].url_for()}",
                "config": {"static": {"url": base + static}},
                "application": {"name": self.title},
            }

        async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
            # textual-serve's handler, plus a register of the live sessions so that a shutdown
            # can close them (aiohttp would otherwise wait a minute for open websockets)
            if self.taken >= self.max_sessions:
                log.info("refused a session: %d running, the most allowed", self.taken)
                return self._full()  # type: ignore[return-value]
            self.taken += 1  # before any await: concurrent handshakes cannot all slip in
            websocket = web.WebSocketResponse(heartbeat=15)
            width = to_int(request.query.get("width", "80"), 80)
            height = to_int(request.query.get("height", "24"), 24)
            service: AppService | None = None
            try:
                await websocket.prepare(request)
                problem = await asyncio.to_thread(config_problem, self.config_path, self.demo)
                if problem is not None:  # the config was broken since: said on the page
                    text = problem.replace("\n", "\r\n") + "\r\n"
                    await websocket.send_bytes(text.encode("utf-8"))
                    await websocket.close()
                    return websocket

                async def close() -> None:
                    await websocket.close()

                service = Session(
                    self.command,
                    write_bytes=websocket.send_bytes,
                    write_str=websocket.send_str,
                    close=close,
                    download_manager=self.download_manager,
                    debug=self.debug,
                )
                self.sessions[websocket] = service
                await service.start(width, height)
                try:
                    await self._process_messages(websocket, service)
                finally:
                    await service.stop()
            except asyncio.CancelledError:
                await websocket.close()
            except Exception as error:
                log.exception(error)
            finally:
                self.sessions.pop(websocket, None)
                try:
                    if service is not None:
                        await service.stop()
                finally:
                    self.taken -= 1
            return websocket

        async def on_shutdown(self, app: web.Application) -> None:
            """Close every session: its app is told to quit; one that does not is killed."""
            live = dict(self.sessions)
            await asyncio.gather(
                *(
                    ws.close(code=WSCloseCode.GOING_AWAY, message=b"metalwatch serve stopped")
                    for ws in live
                ),
                return_exceptions=True,
            )
            loop = asyncio.get_running_loop()
            deadline = loop.time() + SESSION_QUIT_SECONDS
            while self.sessions and loop.time() < deadline:
                await asyncio.sleep(0.05)
            for service in live.values():
                process = getattr(service, "_process", None)
                if process is not None and process.returncode is None:
                    process.kill()

        async def on_startup(self, app: web.Application) -> None:
            print(f"metalwatch: serving the dashboard on {self.address}", flush=True)
            print("metalwatch: open it in a browser; press Ctrl+C here to stop", flush=True)

    return MetalwatchServer


def run_serve(
    host: str,
    port: int,
    config_path: Path | None,
    demo: bool,
    max_sessions: int = DEFAULT_MAX_SESSIONS,
) -> int:
    """Serve the dashboard until Ctrl+C or SIGTERM; the exit status.

    0 after a clean stop, 2 when the serve extra is missing or the arguments are wrong, 1 when
    the address cannot be bound.
    """
    try:
        import textual_serve.server  # noqa: F401
    except ImportError:
        print(MISSING_EXTRA, file=sys.stderr)
        return EXIT_USAGE
    if not 0 < port < 65536:
        print(f"metalwatch: --port {port}: must be 1..65535", file=sys.stderr)
        return EXIT_USAGE
    if max_sessions < 1:
        print(f"metalwatch: --max-sessions {max_sessions}: must be 1 or more", file=sys.stderr)
        return EXIT_USAGE
    warning = exposure_warning(host, port)
    if warning:
        print(warning, file=sys.stderr)
    server = _make_server_class()(
        session_command(config_path, demo), host, port, max_sessions, config_path, demo
    )
    try:
        server.serve()
    except OSError as exc:
        print(f"metalwatch: cannot serve on {url_host(host)}:{port}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:  # pragma: no cover - SIGINT is handled by the server's loop
        pass
    print("metalwatch: server stopped", file=sys.stderr)
    return EXIT_OK
