"""Served benchmarks: the site as it runs in production, driven with wrk on loopback.

    .venv/bin/python bench/served.py matching --seconds 10
    .venv/bin/python bench/served.py mailbox --server asgi --seconds 3
    make bench-served BENCH_ARGS="--server both"

For one scenario (bench/<name>.py, which defines SCENARIO) it
  1. prepares a throw-away database: a new SQLite file var/bench-served/<scenario>.sqlite3 (or the
     PostgreSQL database of DATABASE_URL, used as it is; `--keep-db` reuses the SQLite file of an
     earlier run, and the builders add only what is missing), migrates it, loads the demo (`seed_demo`,
     as `make demo` does), collects the static files, and runs the scenario's builder for volume;
  2. serves the site with the production settings from the environment (DEBUG off, BEHIND_PROXY,
     no access log) under gunicorn with 2 sync workers (`--server wsgi`, community.wsgi) or uvicorn
     with 2 workers (`--server asgi`, community.asgi), on 127.0.0.1 and a free port. The settings
     module is bench/bench_settings.py: the production settings plus a bare Django view at
     /_bench/bare/ (bench/bench_urls.py), served by the same processes through the same middleware;
  3. for a signed-in page, makes a session for that person in the bench database (with the second
     step recorded for roles that need it), checks every URL once answers 200 (not a redirect to
     the login page), warms both workers up, then runs `wrk -t2 -c8 -d<seconds>s --latency` per URL,
     the bare view first;
  4. prints one table per server: requests per second, p50 and p99 latency, the ratio to the bare
     view's requests per second, and the queries one request makes (counted once in this process
     with the same settings, not during the run) and the errors: responses of 400 or more, socket
     errors, and the requests the server's log shows failing (the servers write their output to
     var/bench-served/<scenario>-<wsgi|asgi>.log). `--json FILE` writes the rows too (- for stdout).

Requests carry `X-Forwarded-Proto: https` as the TLS proxy in front of the site would send them.
Needs Debian's wrk and the bench extra (gunicorn, uvicorn): `make system-bench-deps` and
`make .venv/.installed-bench`, or simply `make bench-served`. Prints numbers, asserts nothing
about them; it stops with an error when a page does not answer 200.
"""

import argparse
import contextlib
import importlib
import importlib.util
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
# Run as a script, this folder would be first on sys.path, and bench/mailbox.py would hide the
# standard library's mailbox module: import everything from the repository root instead.
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != BENCH]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

BARE_URL = "/_bench/bare/"
PROXY_HEADERS = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "127.0.0.1"}
WORKERS = 2


@dataclass
class Target:
    """One URL to measure; `user` is the email of the person signed in (None: anonymous)."""

    url: str
    user: str | None = None
    label: str = ""


@dataclass
class Scenario:
    """What a bench/<name>.py module offers as SCENARIO.

    build(args): add volume on top of the demo (Django is set up; the database is migrated and holds
    the demo). targets(args): the URLs to measure. describe(args): one line about the data, for
    the table's title. add_arguments(parser): the scenario's own options."""

    name: str
    build: Callable
    targets: Callable
    describe: Callable = lambda args: ""
    add_arguments: Callable = lambda parser: None


@dataclass
class Row:
    url: str
    user: str | None
    label: str
    requests: int = 0
    seconds: float = 0.0
    req_per_s: float = 0.0
    p50_ms: float = 0.0
    p90_ms: float = 0.0
    p99_ms: float = 0.0
    ratio: float = 0.0
    queries: int | None = None
    non_2xx: int = 0
    socket_errors: dict = field(default_factory=dict)


# --- Environment and database ---------------------------------------------------------------------


def environment(var_dir, scenario_name):
    """The production settings from the environment, the same for this process and the servers."""
    var_dir.mkdir(parents=True, exist_ok=True)
    key_file = var_dir / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(48))
    database = os.environ.get("DATABASE_URL") or f"sqlite:///{var_dir / f'{scenario_name}.sqlite3'}"
    env = {
        "DJANGO_SETTINGS_MODULE": "bench.bench_settings",
        "DEBUG": "false",
        "SECRET_KEY": key_file.read_text().strip(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "BEHIND_PROXY": "true",
        "DATABASE_URL": database,
        "WIJKPLEIN_VAR_DIR": str(var_dir),
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(REPO),
    }
    os.environ.update(env)
    return env


def sqlite_path(database_url):
    return Path(database_url.removeprefix("sqlite:///")) if database_url.startswith("sqlite:///") else None


def prepare(scenario, args, env):
    """Fresh database, demo, static files, the scenario's volume and a session per person.
    Returns (targets, {email: session key}, description)."""
    path = sqlite_path(env["DATABASE_URL"])
    if path is not None and not args.keep_db:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)

    import django

    django.setup()
    import logging

    logging.disable(logging.INFO)
    from django.core.management import call_command
    from django.db import connections

    devnull = open(os.devnull, "w")
    steps = [
        ("migrate", lambda: call_command("migrate", verbosity=0)),
        ("demo", lambda: call_command("seed_demo", stdout=devnull)),
        ("static files", lambda: call_command("collectstatic", interactive=False, verbosity=0)),
        (f"scenario {scenario.name}", lambda: scenario.build(args)),
    ]
    for name, step in steps:
        started = time.perf_counter()
        with contextlib.redirect_stdout(devnull):  # the console email backend prints the demo's emails
            step()
        print(f"  {name}: {time.perf_counter() - started:.1f} s", flush=True)
    targets = scenario.targets(args)
    sessions = {email: session_for(email) for email in sorted({t.user for t in targets if t.user})}
    description = scenario.describe(args)
    connections.close_all()
    return targets, sessions, description


def session_for(email):
    """A signed-in session for `email`, as allauth's login leaves it (with the second step when the
    person's role needs one: community/accounts/second_factor.py, as tests/second_factor.py does)."""
    from importlib import import_module

    from allauth.account.internal.flows.login import (
        _AUTHENTICATION_METHODS_USER_SESSION_KEY,
        AUTHENTICATION_METHODS_SESSION_KEY,
    )
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model

    from community.accounts.second_factor import requires_second_factor

    user = get_user_model().objects.get(email=email)
    now = time.time()
    records = [{"method": "password", "at": now, "email": user.email}]
    if requires_second_factor(user):
        authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
        if authenticator is None:
            authenticator = TOTP.activate(user, generate_totp_secret()).instance
        records.append({"method": "mfa", "at": now, "id": authenticator.pk, "type": "totp"})
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store[AUTHENTICATION_METHODS_SESSION_KEY] = records
    store[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = str(user.pk)
    store.set_expiry(6 * 3600)
    store.create()
    return store.session_key


def cookie_header(session_key):
    from django.conf import settings

    return f"{settings.SESSION_COOKIE_NAME}={session_key}"


def query_counts(targets, sessions):
    """Queries of one request per URL, in this process with the same settings (after one request to
    warm caches up). Django's test client; the served numbers come from wrk."""
    from django.db import connection, connections
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for target in [Target(BARE_URL), *targets]:
        client = Client(HTTP_HOST="127.0.0.1", headers=PROXY_HEADERS)
        if target.user:
            client.cookies.load(cookie_header(sessions[target.user]))
        client.get(target.url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(target.url)
        counts[(target.url, target.user)] = len(queries) if response.status_code == 200 else None
    connections.close_all()
    return counts


# --- Servers --------------------------------------------------------------------------------------


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_command(kind, port):
    if kind == "wsgi":
        return [sys.executable, "-m", "gunicorn", "community.wsgi:application", "--bind", f"127.0.0.1:{port}",
                "--workers", str(WORKERS), "--worker-class", "sync", "--backlog", "2048",
                "--log-level", "warning", "--timeout", "60"]  # fmt: skip
    if kind == "asgi":
        return [sys.executable, "-m", "uvicorn", "community.asgi:application", "--host", "127.0.0.1",
                "--port", str(port), "--workers", str(WORKERS), "--lifespan", "off", "--proxy-headers",
                "--no-access-log", "--log-level", "warning", "--backlog", "2048",
                "--ws-per-message-deflate", "false"]  # fmt: skip
    raise SystemExit(f"unknown server {kind!r}: wsgi or asgi")


def server_start(kind, env, port, log_path):
    """Start the server; its output goes to `log_path` (summarised after the run by log_summary)."""
    for module in ("gunicorn", "uvicorn"):
        if kind == ("wsgi" if module == "gunicorn" else "asgi") and importlib.util.find_spec(module) is None:
            raise SystemExit(f"{module} is missing: `make .venv/.installed-bench` installs the bench extra")
    log = open(log_path, "w")
    process = subprocess.Popen(
        server_command(kind, port), cwd=REPO, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT
    )
    log.close()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the {kind} server stopped (exit {process.returncode}):\n{log_tail(log_path)}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process
        except OSError:
            time.sleep(0.2)
    server_stop(process)
    raise SystemExit(f"the {kind} server did not listen on port {port} within 120 s:\n{log_tail(log_path)}")


def server_stop(process):
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def log_tail(log_path, lines=30):
    return "\n".join(Path(log_path).read_text(errors="replace").splitlines()[-lines:])


def log_summary(log_path):
    """How many requests failed with an exception ("Internal Server Error" in Django's log), by the
    last line of each traceback (the exception the view raised)."""
    errors = {}
    exception = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)\b")
    chunks = re.split(r"^Internal Server Error: .*$", Path(log_path).read_text(errors="replace"), flags=re.M)
    for chunk in chunks[1:]:
        lines = [line[:160] for line in chunk.splitlines() if exception.match(line)]
        last = lines[-1] if lines else "(no traceback)"
        errors[last] = errors.get(last, 0) + 1
    return errors


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect comes back as an HTTPError with its status and Location


def check(base, target, headers):
    """One request that must answer 200: a redirect (to the login page, to set up the second step)
    or an error stops the benchmark with what came back."""
    request = urllib.request.Request(base + target.url, headers=headers)
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=60) as response:
            response.read()
            return
    except urllib.error.HTTPError as error:
        location = error.headers.get("Location", "")
        body = error.read()[:300].decode("utf-8", "replace")
        who = f"signed in as {target.user}" if target.user else "anonymous"
        detail = f" → {location}" if location else f": {body!r}"
        raise SystemExit(f"{target.url} ({who}) answered {error.code} instead of 200{detail}") from None


# --- wrk ------------------------------------------------------------------------------------------

_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def _ms(value, unit):
    return float(value) * _UNITS_MS[unit]


def wrk_parse(output):
    """Requests/sec, the latency distribution and errors from wrk's text output."""
    parsed = {"latency": {}}
    match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if not match:
        raise ValueError(f"no Requests/sec in wrk's output:\n{output}")
    parsed["req_per_s"] = float(match.group(1))
    for percent, value, unit in re.findall(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s|m|h)\s*$", output, re.M):
        parsed["latency"][int(percent)] = _ms(value, unit)
    match = re.search(r"(\d+) requests in ([\d.]+)(us|ms|s|m|h)", output)
    parsed["requests"] = int(match.group(1)) if match else 0
    parsed["seconds"] = _ms(match.group(2), match.group(3)) / 1000 if match else 0.0
    match = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    parsed["non_2xx"] = int(match.group(1)) if match else 0
    match = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    parsed["socket_errors"] = (
        {name: int(value) for name, value in zip(("connect", "read", "write", "timeout"), match.groups())}
        if match
        else {}
    )
    return parsed


def wrk(url, seconds, threads, connections, headers, verbose=False):
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: `make system-bench-deps` installs Debian's wrk")
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "30s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    completed = subprocess.run(command + [url], capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise SystemExit(f"wrk failed ({completed.returncode}): {completed.stderr or completed.stdout}")
    if verbose:
        print(completed.stdout, flush=True)
    return wrk_parse(completed.stdout)


# --- One run --------------------------------------------------------------------------------------


def headers_for(target, sessions):
    headers = dict(PROXY_HEADERS)
    if target.user:
        headers["Cookie"] = cookie_header(sessions[target.user])
    return headers


def run_server(kind, env, targets, sessions, queries, args):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    measured = [Target(BARE_URL, None, "bare Django view"), *targets]
    log_path = Path(env["WIJKPLEIN_VAR_DIR"]) / f"{args.scenario}-{kind}.log"
    server = server_start(kind, env, port, log_path)
    rows = []
    try:
        for target in measured:
            try:
                check(base, target, headers_for(target, sessions))
            except SystemExit as error:
                time.sleep(0.5)
                raise SystemExit(f"{error}\nThe server's log ({log_path}) ends with:\n{log_tail(log_path)}") from None
        if args.warmup > 0:  # both workers: imports, templates, caches
            for target in measured:
                wrk(base + target.url, args.warmup, args.wrk_threads, args.connections, headers_for(target, sessions))
        for target in measured:
            result = wrk(
                base + target.url,
                args.seconds,
                args.wrk_threads,
                args.connections,
                headers_for(target, sessions),
                verbose=args.verbose,
            )
            row = Row(
                url=target.url,
                user=target.user,
                label=target.label,
                requests=result["requests"],
                seconds=result["seconds"],
                req_per_s=result["req_per_s"],
                p50_ms=result["latency"].get(50, float("nan")),
                p90_ms=result["latency"].get(90, float("nan")),
                p99_ms=result["latency"].get(99, float("nan")),
                queries=queries.get((target.url, target.user)),
                non_2xx=result["non_2xx"],
                socket_errors={name: count for name, count in result["socket_errors"].items() if count},
            )
            rows.append(row)
            print(
                f"  {kind}: {row.url[:70]} {row.req_per_s:.1f} req/s, p50 {row.p50_ms:.1f} ms, p99 {row.p99_ms:.1f} ms",
                flush=True,
            )
    finally:
        server_stop(server)
    bare = rows[0].req_per_s or float("nan")
    for row in rows:
        row.ratio = row.req_per_s / bare
    return rows, log_path


def print_table(title, rows, log_path):
    print()
    print(title)
    width = max(40, min(90, max(len(row.url) for row in rows)))
    print(
        f"{'url':<{width}} {'as':<14} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>6} {'queries':>7} {'errors':>6}"
    )
    for row in rows:
        who = (row.user or "anonymous").split("@")[0][:14]
        queries = "" if row.queries is None else str(row.queries)
        errors = row.non_2xx + sum(row.socket_errors.values())
        print(
            f"{row.url[:width]:<{width}} {who:<14} {row.req_per_s:>8.1f} {row.p50_ms:>8.1f} {row.p99_ms:>8.1f} "
            f"{row.ratio:>6.2f} {queries:>7} {errors:>6}"
        )
    for row in rows:
        if row.non_2xx or row.socket_errors:
            errors = ", ".join(f"{name} {count}" for name, count in row.socket_errors.items())
            print(
                f"  ! {row.url}: {row.non_2xx} responses of 400 or more"
                + (f"; socket errors: {errors}" if errors else "")
            )
    for line, count in log_summary(log_path).items():
        print(f"  ! server log (warm-up included): {count} requests failed with {line}")
    print(
        "ratio: req/s over the bare view's req/s in the same run; queries: one request, counted in-process; "
        f"errors: responses of 400 or more and socket errors. Server log: {log_path}"
    )


def scenario_load(name):
    try:
        module = importlib.import_module(f"bench.{name}")
    except ModuleNotFoundError as error:
        if error.name == f"bench.{name}":
            raise SystemExit(f"no scenario {name!r}: bench/{name}.py defines none") from None
        raise
    scenario = getattr(module, "SCENARIO", None)
    if not isinstance(scenario, Scenario):
        raise SystemExit(f"bench/{name}.py defines no SCENARIO")
    return scenario


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    first = argparse.ArgumentParser(add_help=False)
    first.add_argument("scenario", nargs="?")
    known, _rest = first.parse_known_args(argv)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("scenario", help="a module of bench/ that defines SCENARIO: matching, mailbox")
    parser.add_argument("--server", choices=["wsgi", "asgi", "both"], default="wsgi",
                        help="gunicorn with 2 sync workers (wsgi, default), uvicorn with 2 workers (asgi), or both")  # fmt: skip
    parser.add_argument("--seconds", type=int, default=10, help="wrk's duration per URL (default 10)")
    parser.add_argument("--warmup", type=int, default=1, help="wrk seconds per URL before measuring (0: none)")
    parser.add_argument("--wrk-threads", type=int, default=2, help="wrk threads (-t, default 2)")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections (-c, default 8)")
    parser.add_argument(
        "--var", default=str(REPO / "var" / "bench-served"), help="folder of the SQLite file, static files"
    )
    parser.add_argument(
        "--keep-db", action="store_true", help="reuse the SQLite file of an earlier run (builders add what is missing)"
    )
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON (- for stdout)")
    parser.add_argument("--verbose", action="store_true", help="print wrk's own output of every run")
    if known.scenario and not known.scenario.startswith("-"):
        scenario = scenario_load(known.scenario)
        scenario.add_arguments(parser)
    args = parser.parse_args(argv)
    scenario = scenario_load(args.scenario)
    if args.connections < args.wrk_threads:
        parser.error("--connections must be at least --wrk-threads")

    env = environment(Path(args.var), scenario.name)
    print(f"Preparing {scenario.name} in {env['DATABASE_URL']}", flush=True)
    targets, sessions, description = prepare(scenario, args, env)
    queries = query_counts(targets, sessions)
    kinds = ["wsgi", "asgi"] if args.server == "both" else [args.server]
    servers = {"wsgi": "gunicorn, 2 sync workers", "asgi": "uvicorn, 2 workers"}
    vendor = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    results = []
    for kind in kinds:
        rows, log_path = run_server(kind, env, targets, sessions, queries, args)
        title = (
            f"Wijkplein served bench — {scenario.name}: {description}; {servers[kind]} ({kind}) on 127.0.0.1, "
            f"{vendor}, wrk -t{args.wrk_threads} -c{args.connections} -d{args.seconds}s, {os.cpu_count()} cores"
        )
        print_table(title, rows, log_path)
        results.append({"scenario": scenario.name, "server": kind, "description": description, "database": vendor,
                        "wrk": {"threads": args.wrk_threads, "connections": args.connections, "seconds": args.seconds},
                        "rows": [asdict(row) for row in rows]})  # fmt: skip
    if args.json:
        text = json.dumps(results, indent=2)
        if args.json == "-":
            print(text)
        else:
            Path(args.json).write_text(text + "\n")
    return results


if __name__ == "__main__":
    # The scenarios import this module as bench.served: run that one, not a second copy as __main__.
    from bench.served import main as served_main

    served_main()
