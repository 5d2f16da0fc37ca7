"""A fresh Linux desktop without Qt's xcb libraries: `make run` names the packages to install
and exits non-zero instead of Qt's abort. The library is hidden from the dynamic loader by a
broken stand-in found first on LD_LIBRARY_PATH."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from blueprint.ui.base.desktop_ready import XCB_LIBRARIES, desktop_problem, install_advice, uses_xcb

ROOT = Path(__file__).resolve().parent.parent
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb check is Linux's")


def test_only_an_x11_display_on_linux_is_checked() -> None:
    assert uses_xcb({"DISPLAY": ":0"}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux")
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "linux")
    assert not uses_xcb({"DISPLAY": ":0"}, "win32")
    assert desktop_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") == ""
    assert "no display" in desktop_problem({}, "linux")


def test_advice_names_the_debian_and_fedora_packages() -> None:
    advice = install_advice(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in advice
    assert "sudo dnf install xcb-util-keysyms xcb-util-wm" in advice
    assert all(debian and fedora for debian, fedora in XCB_LIBRARIES.values())


@linux_only
def test_make_run_without_libxcb_icccm4_names_the_packages(tmp_path: Path) -> None:
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    (hidden / "libxcb-icccm.so.4").write_bytes(b"not a library")  # found first, fails to load
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "MAKEFLAGS", "MAKELEVEL")}
    env.update(DISPLAY=":97", LD_LIBRARY_PATH=str(hidden))
    run = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "run", "STAMP=", f"PY={sys.executable}"],
                         capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode != 0
    assert "libxcb-icccm.so.4" in run.stderr
    assert "sudo apt install" in run.stderr and "libxcb-icccm4" in run.stderr
    assert "xcb-util-wm" in run.stderr
    assert "Aborted" not in run.stderr and "qt.qpa" not in run.stderr
