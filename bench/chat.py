"""Chat benchmark, run by hand (`make bench` or `.venv/bin/python bench/chat.py`); prints numbers, asserts nothing.

Serves `community.asgi:application` with uvicorn the production way (production settings from the
environment, uvloop/httptools/websockets, no access log) on loopback, connects N signed-in websocket
clients (default 500) to one open group room, sends M messages (default 50) from one of them at a
steady pace and measures, for every message and every client, the time from sending to receiving
the message frame: p50/p99/max over all deliveries, and the same over "the last of the N clients
got it" per message. Memory per connection is the server's RSS (VmRSS in /proc/<pid>/status, summed
over the worker processes) after the clients joined minus before, divided by N.

Modes:
  1. memory — one uvicorn process, the in-memory channel layer (the embedded default).
  2. redis  — REDIS_URL with a redis-server that this script starts on a free loopback port (no
     persistence) and `uvicorn --workers 2` on one port: the kernel spreads the clients over the
     two workers. Which worker serves which client is read from /proc (socket inodes), and the
     script checks that clients on both workers got every message.

Database: a SQLite file in var/bench-chat/ (migrated the first time, reused afterwards: `rm -r
var/bench-chat` to start over). Each run adds a fresh room; the N members and their sessions are
made once and reused. Set --var to use another folder. Needs the test extra (uvicorn[standard],
websockets) and Debian's redis-server for mode 2 (`make bench` installs both).
"""

import argparse
import asyncio
import gc
import json
import os
import re
import resource
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def setup_environment(var_dir):
    """Production settings from the environment, the same for this script and the servers."""
    var_dir.mkdir(parents=True, exist_ok=True)
    key_file = var_dir / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(48))
    env = {
        "DJANGO_SETTINGS_MODULE": "community.settings.base",
        "DEBUG": "false",
        "SECRET_KEY": key_file.read_text().strip(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{var_dir / 'chat.sqlite3'}",
        "WIJKPLEIN_VAR_DIR": str(var_dir),
        "LOG_LEVEL": "WARNING",
    }
    for name in ("REDIS_URL",):
        os.environ.pop(name, None)
    os.environ.update(env)
    return env


def prepare(clients):
    """Migrate (a no-op after the first run), the members with their sessions, and a fresh open room
    hosted by the sender (hosts are exempt from the rate limit). Returns (room key, session keys)."""
    import django

    django.setup()
    import logging

    logging.disable(logging.INFO)
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command
    from django.db import transaction
    from django.utils import timezone

    from community.accounts.models import User
    from forum.chat.models import Room, RoomSession

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"database ready in {time.perf_counter() - started:.1f} s", flush=True)
    with transaction.atomic():
        existing = set(User.objects.filter(email__startswith="bench-chat-").values_list("email", flat=True))
        User.objects.bulk_create(
            User(email=f"bench-chat-{number}@example.org", pseudonym=f"Bench {number}", password="!")
            for number in range(clients)
            if f"bench-chat-{number}@example.org" not in existing
        )
        users = list(User.objects.filter(email__startswith="bench-chat-").order_by("pk")[:clients])
        keys = []
        for user in users:
            store = SessionStore()
            store[SESSION_KEY] = str(user.pk)
            store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
            store[HASH_SESSION_KEY] = user.get_session_auth_hash()
            store.set_expiry(3600)
            store.create()
            keys.append(store.session_key)
        now = timezone.now()
        room = Room.objects.create(
            kind=Room.Kind.GROUP,
            title="Benchmark",
            slug=f"bench-{secrets.token_hex(4)}",
            host=users[0],
            is_listed=False,
        )
        RoomSession.objects.create(room=room, starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=3))
    return str(room.public_id), keys


# --- Processes ------------------------------------------------------------------------------------


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def workers_of(pid):
    """uvicorn's worker processes (multiprocessing's spawn children, not its resource tracker)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            try:
                command = Path(f"/proc/{child}/cmdline").read_bytes()
            except OSError:
                continue
            if b"spawn_main" in command:
                found.append(int(child))
    return found


def wait_listening(process, port, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server stopped (exit {process.returncode})")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"the server did not listen on port {port} within {seconds} s")


def stop(process):
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def redis_start(folder):
    if shutil.which("redis-server") is None:
        raise SystemExit("redis-server is missing: `make system-redis` (Debian's redis-server) installs it")
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
         "--dir", str(folder), "--daemonize", "no", "--loglevel", "warning"],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    wait_listening(process, port, 15)
    return process, f"redis://127.0.0.1:{port}/0"


def uvicorn_start(env, port, workers, deflate=False):
    command = [sys.executable, "-m", "uvicorn", "community.asgi:application", "--host", "127.0.0.1",
               "--port", str(port), "--lifespan", "off", "--no-access-log", "--log-level", "warning",
               "--backlog", "4096"]  # fmt: skip
    if not deflate:
        command += ["--ws-per-message-deflate", "false"]
    if workers > 1:
        command += ["--workers", str(workers)]
    process = subprocess.Popen(command, cwd=REPO, env={**os.environ, **env})
    wait_listening(process, port)
    if workers > 1:
        deadline = time.monotonic() + 120
        while len(workers_of(process.pid)) < workers and time.monotonic() < deadline:
            time.sleep(0.2)
        pids = workers_of(process.pid)
    else:
        pids = [process.pid]
    return process, pids


def socket_owners(pids, server_port):
    """{client's local port: worker pid}, from the workers' socket inodes and /proc/net/tcp."""
    by_inode = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as lines:
            next(lines)
            for line in lines:
                fields = line.split()
                local, remote, inode = fields[1], fields[2], fields[9]
                if int(local.rsplit(":", 1)[1], 16) == server_port:
                    by_inode[inode] = int(remote.rsplit(":", 1)[1], 16)
    owners = {}
    for pid in pids:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            match = re.fullmatch(r"socket:\[(\d+)\]", target)
            if match and match.group(1) in by_inode:
                owners[by_inode[match.group(1)]] = pid
    return owners


# --- Clients --------------------------------------------------------------------------------------


class Bench:
    def __init__(self, port, room, keys, messages, rate):
        self.port, self.room, self.keys = port, room, keys
        self.messages, self.rate = messages, rate
        self.sent_at = {}
        self.received = [dict() for _key in keys]  # per client: {sequence: perf_counter()}
        self.sockets = []
        self.all_in = asyncio.Event()

    async def open(self, number, key):
        from websockets.asyncio.client import connect

        websocket = await connect(
            f"ws://127.0.0.1:{self.port}/ws/chat/",
            origin=f"http://127.0.0.1:{self.port}",
            additional_headers={"Cookie": f"sessionid={key}"},
            open_timeout=60,
            max_queue=None,
        )
        await websocket.send(json.dumps({"type": "join", "room": self.room}))
        while True:
            frame = json.loads(await asyncio.wait_for(websocket.recv(), 60))
            if frame["type"] == "joined":
                break
            if frame["type"] == "error":
                raise SystemExit(f"client {number} could not join: {frame}")
        return websocket

    async def connect_all(self, concurrency=50):
        gate = asyncio.Semaphore(concurrency)

        async def one(number, key):
            async with gate:
                return await self.open(number, key)

        self.sockets = await asyncio.gather(*(one(number, key) for number, key in enumerate(self.keys)))

    async def listen(self, number, websocket):
        seen = self.received[number]
        try:
            async for text in websocket:
                now = time.perf_counter()
                frame = json.loads(text)
                if frame["type"] == "message":
                    html = frame["message"]["html"]
                    if html.startswith("bench "):
                        seen[int(html.split()[1])] = now
                        if len(seen) == self.messages and all(
                            len(received) == self.messages for received in self.received
                        ):
                            self.all_in.set()
        except Exception:  # a closed connection ends its listener
            pass

    async def send_all(self):
        sender = self.sockets[0]
        interval = 1 / self.rate
        start = time.perf_counter()
        for sequence in range(self.messages):
            await asyncio.sleep(max(0, start + sequence * interval - time.perf_counter()))
            self.sent_at[sequence] = time.perf_counter()
            await sender.send(
                json.dumps(
                    {
                        "type": "send",
                        "room": self.room,
                        "client_id": f"00000000-0000-4000-8000-{sequence:012d}",
                        "text": f"bench {sequence}",
                    }
                )
            )

    async def close_all(self):
        await asyncio.gather(*(websocket.close() for websocket in self.sockets), return_exceptions=True)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


async def run_mode(name, env, workers, args, room, keys):
    port = free_port()
    server, pids = uvicorn_start(env, port, workers, deflate=args.deflate)
    try:
        bench = Bench(port, room, keys, args.messages, args.rate)
        # Warm up: one connection that joins and leaves, so lazy imports are not counted as memory.
        # With several workers, until each worker has served one (the kernel picks the worker).
        warmed = set()
        for _round in range(40):
            warm = await bench.open(-1, keys[-1])
            owners = socket_owners(pids, port) if workers > 1 else {}
            warmed.add(owners.get(warm.local_address[1], pids[0]))
            await warm.close()
            if len(warmed) == len(pids):
                break
        await asyncio.sleep(1)
        before = sum(rss_kb(pid) for pid in pids)
        started = time.perf_counter()
        await bench.connect_all()
        connect_seconds = time.perf_counter() - started
        print(f"{name}: {len(keys)} clients joined in {connect_seconds:.1f} s; sending", flush=True)
        await asyncio.sleep(1)
        after = sum(rss_kb(pid) for pid in pids)
        owners = socket_owners(pids, port) if workers > 1 else {}
        client_ports = [websocket.local_address[1] for websocket in bench.sockets]
        listeners = [
            asyncio.create_task(bench.listen(number, websocket)) for number, websocket in enumerate(bench.sockets)
        ]
        # The measuring client shares the 2 cores with the server: keep its own garbage collector
        # from pausing all 500 sockets in the middle of a message (that would be counted as the
        # server's latency). The server's collector runs as in production.
        gc.collect()
        gc.freeze()
        gc.disable()
        send_started = time.perf_counter()
        await bench.send_all()
        try:
            await asyncio.wait_for(bench.all_in.wait(), args.messages / args.rate + 60)
        except TimeoutError:
            pass
        send_seconds = time.perf_counter() - send_started
        gc.enable()
        gc.unfreeze()
        cpu = [cpu_seconds(pid) for pid in pids]
        await bench.close_all()
        for task in listeners:
            task.cancel()
    finally:
        stop(server)

    deliveries, last = [], []
    for sequence, sent in bench.sent_at.items():
        times = [received[sequence] - sent for received in bench.received if sequence in received]
        deliveries += times
        if len(times) == len(keys):
            last.append(max(times))
    complete = sum(1 for received in bench.received if len(received) == args.messages)
    per_worker = {}
    for number, client_port in enumerate(client_ports):
        pid = owners.get(client_port, pids[0] if workers == 1 else None)
        entry = per_worker.setdefault(pid, [0, 0])
        entry[0] += 1
        entry[1] += len(bench.received[number]) == args.messages
    return {
        "mode": name,
        "workers": workers,
        "clients": len(keys),
        "connect_s": connect_seconds,
        "deliveries": len(deliveries),
        "expected": len(keys) * args.messages,
        "complete": complete,
        "p50": percentile(deliveries, 0.50) * 1000 if deliveries else float("nan"),
        "p99": percentile(deliveries, 0.99) * 1000 if deliveries else float("nan"),
        "max": max(deliveries) * 1000 if deliveries else float("nan"),
        "all_p50": percentile(last, 0.50) * 1000 if last else float("nan"),
        "all_p99": percentile(last, 0.99) * 1000 if last else float("nan"),
        "kb_per_conn": (after - before) / len(keys),
        "rss_mb": after / 1024,
        "per_worker": per_worker,
        "last_ms": [round(value * 1000) for value in last],
        "send_s": send_seconds,
        "cpu": cpu,
    }


def cpu_seconds(pid):
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=500)
    parser.add_argument("--messages", type=int, default=50)
    parser.add_argument("--rate", type=float, default=5.0, help="messages per second from the sender")
    parser.add_argument("--modes", default="memory,redis", help="memory, redis or both (comma-separated)")
    parser.add_argument(
        "--deflate", action="store_true", help="keep uvicorn's permessage-deflate on (docs/operators.md turns it off)"
    )
    parser.add_argument("--var", default=str(REPO / "var" / "bench-chat"), help="folder of the SQLite database")
    args = parser.parse_args()

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 4 * args.clients + 256)), hard))
    env = setup_environment(Path(args.var))
    room_rows = []
    redis, folder = None, tempfile.mkdtemp(prefix="wijkplein-bench-redis-")
    try:
        for mode in args.modes.split(","):
            room, keys = prepare(args.clients)  # a fresh room per mode
            if mode == "memory":
                row = asyncio.run(run_mode("memory", env, 1, args, room, keys))
            elif mode == "redis":
                if redis is None:
                    redis, url = redis_start(folder)
                row = asyncio.run(run_mode("redis", {**env, "REDIS_URL": url}, 2, args, room, keys))
            else:
                raise SystemExit(f"unknown mode {mode!r}")
            room_rows.append(row)
            print(json.dumps({key: value for key, value in row.items() if key != "per_worker"}), flush=True)
    finally:
        stop(redis)
        shutil.rmtree(folder, ignore_errors=True)

    print()
    print(
        f"Wijkplein chat bench — {args.clients} clients in one room, {args.messages} messages at {args.rate:g}/s, "
        f"uvicorn on 127.0.0.1, SQLite, {os.cpu_count()} cores"
    )
    header = (
        f"{'mode':<8} {'workers':>7} {'connect s':>9} {'delivered':>15} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} "
        f"{'all p50':>8} {'all p99':>8} {'KB/conn':>8} {'RSS MB':>7}"
    )
    print(header)
    for row in room_rows:
        print(
            f"{row['mode']:<8} {row['workers']:>7} {row['connect_s']:>9.1f} "
            f"{row['deliveries']:>7}/{row['expected']:<7} {row['p50']:>7.1f} {row['p99']:>7.1f} {row['max']:>7.1f} "
            f"{row['all_p50']:>8.1f} {row['all_p99']:>8.1f} {row['kb_per_conn']:>8.1f} {row['rss_mb']:>7.1f}"
        )
        for pid, (count, complete) in row["per_worker"].items():
            print(f"    worker {pid}: {count} clients, {complete} of them got all {args.messages} messages")
    print("p50/p99/max: over every (message, client) delivery; all p50/p99: until the last client had a message.")


if __name__ == "__main__":
    main()
