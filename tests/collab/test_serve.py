"""``blueprint serve``: prints the link, serves it, warns about every network, stops on Ctrl+C."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time

from websockets.asyncio.client import connect

from tests.collab.relays import TIMEOUT


def _start(*args: str) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, "-m", "blueprint", "serve", "--port", "0", *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.strip().startswith("ws://"):
            return process, line.strip()
        if not line and process.poll() is not None:
            break
    process.kill()
    raise AssertionError(f"no link printed: {process.stderr.read()}")


def _interrupt(process: subprocess.Popen) -> tuple[int, str, str]:
    process.send_signal(signal.SIGINT)
    try:
        out, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    return process.returncode, out, err


def test_serve_prints_a_link_that_works_and_stops_cleanly_on_ctrl_c(tmp_path) -> None:
    process, link = _start("--store", str(tmp_path / "session.sqlite"))
    assert link.startswith("ws://127.0.0.1:")

    async def join() -> bytes:
        async with connect(link, open_timeout=TIMEOUT, close_timeout=1) as connection:
            return await asyncio.wait_for(connection.recv(), TIMEOUT)

    first_message = asyncio.run(join())
    assert first_message[0] == 0  # the relay opens with a sync message
    returncode, out, err = _interrupt(process)
    assert returncode == 0, err
    assert "Live session stopped." in out
    assert "Traceback" not in err
    assert (tmp_path / "session.sqlite").exists()


def test_serve_on_every_network_warns(tmp_path) -> None:
    process, link = _start("--host", "0.0.0.0")
    returncode, out, err = _interrupt(process)
    assert "Warning: listening on every network" in err
    assert returncode == 0


def test_serve_refuses_a_malformed_token() -> None:
    result = subprocess.run([sys.executable, "-m", "blueprint", "serve", "--token", "../../etc"],
                            capture_output=True, text=True, timeout=TIMEOUT)
    assert result.returncode == 2 and "not a session token" in result.stderr
