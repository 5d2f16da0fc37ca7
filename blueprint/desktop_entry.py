"""``blueprint --install-desktop``: make the program a citizen of a Linux desktop.

Writes, under the user's data folder (``$XDG_DATA_HOME``, by default ``~/.local/share``):
a freedesktop ``.desktop`` entry that opens files, the icon (SVG and PNG sizes) in the
hicolor theme, and a shared-mime-info type for ``*.blueprint.json``, so the program shows up
in the menu and a double-click on a blueprint opens it. ``--uninstall-desktop`` removes
exactly those files. No Qt here; nothing outside the user's data folder is touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from blueprint.model.fileformat import BLUEPRINT_SUFFIX, write_atomically
from blueprint.shipped import ICON_SIZES, icon_path

DESKTOP_ENTRY_ID = "service-blueprint-designer"
"""The entry's id: the .desktop file's name, the icon's name and Qt's desktop file name."""

MIME_TYPE = "application/x-service-blueprint+json"


def data_home(environ: dict[str, str] | os._Environ = os.environ) -> Path:
    """The user's data folder as the XDG base directory specification defines it."""
    configured = environ.get("XDG_DATA_HOME", "")
    return Path(configured) if os.path.isabs(configured) else Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How the desktop starts the program: the installed ``blueprint-designer`` beside this
    Python, else on PATH, else this Python running the package."""
    beside = Path(sys.executable).with_name("blueprint-designer")
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("blueprint-designer")
    return [found] if found else [sys.executable, "-m", "blueprint"]


def _quoted(argument: str) -> str:
    """One Exec argument, quoted as the desktop entry specification asks."""
    if not any(char in argument for char in ' \t\n"\'\\><~|&;$*?#()`'):
        return argument
    escaped = "".join("\\" + char if char in '"`$\\' else char for char in argument)
    return f'"{escaped}"'


def desktop_entry(command: list[str]) -> str:
    """The text of the .desktop file."""
    exec_line = " ".join(_quoted(part).replace("%", "%%") for part in command)
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        "Name=Service Blueprint Designer",
        "GenericName=Service blueprint editor",
        "GenericName[nl]=Service blueprints tekenen",
        "Comment=Draw a customer journey and check it against the service concept",
        "Comment[nl]=Teken een klantreis en toets ze aan het serviceconcept",
        f"Exec={exec_line} %f",
        f"Icon={DESKTOP_ENTRY_ID}",
        "Terminal=false",
        f"MimeType={MIME_TYPE};",
        "Categories=Office;Graphics;VectorGraphics;Qt;",
        "Keywords=blueprint;journey;service design;lean;klantreis;",
        f"StartupWMClass={DESKTOP_ENTRY_ID}",
        "",
    ])


def mime_package() -> str:
    """The shared-mime-info package declaring the blueprint file type."""
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">',
        f'  <mime-type type="{MIME_TYPE}">',
        "    <comment>Service blueprint</comment>",
        '    <comment xml:lang="nl">Service blueprint</comment>',
        '    <sub-class-of type="application/json"/>',
        f'    <icon name="{DESKTOP_ENTRY_ID}"/>',
        f'    <glob pattern="*{BLUEPRINT_SUFFIX}" weight="60"/>',
        "  </mime-type>",
        "</mime-info>",
        "",
    ])


def installed_files(home: Path) -> dict[Path, Path | str]:
    """Every file ``--install-desktop`` writes -> its content (text, or a shipped file)."""
    icons = home / "icons" / "hicolor"
    files: dict[Path, Path | str] = {
        home / "applications" / f"{DESKTOP_ENTRY_ID}.desktop": desktop_entry(launch_command()),
        home / "mime" / "packages" / f"{DESKTOP_ENTRY_ID}.xml": mime_package(),
        icons / "scalable" / "apps" / f"{DESKTOP_ENTRY_ID}.svg": icon_path(),
    }
    for size in ICON_SIZES:
        files[icons / f"{size}x{size}" / "apps" / f"{DESKTOP_ENTRY_ID}.png"] = icon_path(size)
    return files


def install(home: Path | None = None) -> list[Path]:
    """Write the entry, the icons and the file type; refresh the desktop's caches."""
    home = home or data_home()
    written = []
    for path, content in installed_files(home).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, content.read_bytes() if isinstance(content, Path) else content)
        written.append(path)
    _refresh(home)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what :func:`install` wrote (and nothing else); refresh the caches."""
    home = home or data_home()
    removed = []
    for path in installed_files(home):
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh(home)
    return removed


def _refresh(home: Path) -> None:
    """Let the desktop see the change now, where its tools are installed."""
    for tool, folder in (("update-mime-database", home / "mime"),
                         ("update-desktop-database", home / "applications"),
                         ("gtk-update-icon-cache", home / "icons" / "hicolor")):
        if shutil.which(tool) and folder.is_dir():
            arguments = [tool, "-f", "-t", str(folder)] if tool == "gtk-update-icon-cache" else [tool, str(folder)]
            subprocess.run(arguments, capture_output=True, check=False, timeout=60)
