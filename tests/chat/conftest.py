"""Fixtures for the chat's tests: a real redis-server for the channel layer (tests/chat/test_redis.py).

`redis_url` starts Debian's `redis-server` once per test session on a free loopback port, without
persistence (no RDB snapshots, no append-only file) and with its working directory in a temporary
folder, waits until it answers PING and stops it at the end. `make test` (and so `.ci/run`)
installs redis-server when it is missing (`make system-redis`); without it these tests fail, they
are never skipped.
"""

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
import redis


def free_port():
    """A TCP port on 127.0.0.1 that nobody listens on now (the kernel picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _redis_start(folder):
    """Start redis-server on a free port; returns (process, url) once it answers PING."""
    port = free_port()
    log = Path(folder) / "redis.log"
    process = subprocess.Popen(
        [
            "redis-server",
            "--bind", "127.0.0.1",
            "--port", str(port),
            "--save", "",
            "--appendonly", "no",
            "--dir", str(folder),
            "--logfile", str(log),
            "--daemonize", "no",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis(host="127.0.0.1", port=port, socket_timeout=1, socket_connect_timeout=1)
    deadline = time.monotonic() + 15
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"redis-server stopped at start (exit {process.returncode}): {_tail(log)}")
            try:
                if client.ping():
                    return process, url
            except redis.exceptions.RedisError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not answer PING within 15 s: {_tail(log)}")
            time.sleep(0.05)
    except BaseException:
        _stop(process)
        raise
    finally:
        client.close()


def _tail(log):
    try:
        return " | ".join(log.read_text().splitlines()[-5:])
    except OSError:
        return "(no log)"


def _stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture(scope="session")
def redis_url():
    """The URL of a redis-server of our own on loopback, for the whole test session."""
    if shutil.which("redis-server") is None:
        pytest.fail(
            "redis-server is not installed: the chat's Redis tests need a real Redis. "
            "`make test` installs Debian's redis-server (make system-redis); or run "
            "`apt-get install redis-server`.",
            pytrace=False,
        )
    folder = tempfile.mkdtemp(prefix="wijkplein-redis-")
    process = None
    try:
        for attempt in range(3):  # another program may take the free port before redis binds it
            try:
                process, url = _redis_start(folder)
                break
            except RuntimeError:
                if attempt == 2:
                    raise
        yield url
    finally:
        if process is not None:
            _stop(process)
        shutil.rmtree(folder, ignore_errors=True)
