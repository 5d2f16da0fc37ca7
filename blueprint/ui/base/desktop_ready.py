"""Can the desktop program start here? Asked before Qt starts, so the answer is a plain
message and exit status 2 instead of Qt's abort.

On Linux with an X11 display Qt loads its xcb platform plugin, which needs system libraries
that a fresh desktop does not always have (``libxcb-icccm4``, ``libxcb-keysyms1`` ...); when
one is missing Qt aborts naming another one. This module tries to load each library the
plugin needs and names the Debian/Ubuntu and Fedora packages that bring the missing ones.
No Qt here; run ``python -m blueprint.ui.base.desktop_ready`` to ask by hand (``make run`` does).
"""

from __future__ import annotations

import ctypes
import os
import sys

XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}
"""Every system library Qt's xcb platform plugin loads (as ``ldd`` lists them for
PySide6 6.8 to 6.11) -> (Debian/Ubuntu package, Fedora package)."""


def uses_xcb(environ: dict[str, str] | os._Environ = os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will choose its X11 (xcb) plugin: on Linux, unless ``QT_QPA_PLATFORM``
    names another platform (offscreen, wayland ...) or this is a Wayland session."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen:
        return chosen == "xcb"
    return not (environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland")


def missing_libraries(libraries: dict[str, tuple[str, str]] = XCB_LIBRARIES) -> list[str]:
    """The libraries of ``libraries`` the dynamic loader cannot load, in the table's order."""
    missing = []
    for name in libraries:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return missing


def install_advice(missing: list[str]) -> str:
    """What to tell a person whose system lacks ``missing``: the packages to install."""
    debian = sorted({XCB_LIBRARIES[name][0] for name in missing})
    fedora = sorted({XCB_LIBRARIES[name][1] for name in missing})
    return (f"The desktop program needs system libraries that are not installed: {', '.join(missing)}.\n"
            f"Install them, then start it again:\n"
            f"  Debian, Ubuntu:  sudo apt install {' '.join(debian)}\n"
            f"  Fedora:          sudo dnf install {' '.join(fedora)}")


def desktop_problem(environ: dict[str, str] | os._Environ = os.environ, platform: str = sys.platform) -> str:
    """Why the desktop program cannot start here, in plain words, or "" when it can."""
    if not uses_xcb(environ, platform):
        return ""
    if not environ.get("DISPLAY"):
        return ("There is no display to open the window on (DISPLAY is not set). Start the "
                "program from a desktop session; the commands (check, report, export ...) need none.")
    missing = missing_libraries()
    return install_advice(missing) if missing else ""


def main() -> int:
    """``python -m blueprint.ui.base.desktop_ready``: print the problem and exit 2, or exit 0."""
    problem = desktop_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
