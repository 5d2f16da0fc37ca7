"""``blueprint --install-desktop`` / ``--uninstall-desktop``: a freedesktop entry, the icon
and the MIME type for *.blueprint.json under $XDG_DATA_HOME, and nothing left behind."""

from __future__ import annotations

import configparser
import shlex
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from blueprint.cli import main
from blueprint.desktop_entry import DESKTOP_ENTRY_ID, MIME_TYPE, data_home, desktop_entry

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop is Linux's")


def test_install_then_uninstall(tmp_path: Path, monkeypatch, capsys) -> None:
    home = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    assert main(["--install-desktop"]) == 0
    written = [line.removesuffix(": written") for line in capsys.readouterr().out.splitlines()]
    entry_file = home / "applications" / f"{DESKTOP_ENTRY_ID}.desktop"
    assert str(entry_file) in written
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(entry_file, encoding="utf-8")
    fields = entry["Desktop Entry"]
    assert fields["Type"] == "Application" and fields["Icon"] == DESKTOP_ENTRY_ID
    assert fields["MimeType"] == f"{MIME_TYPE};"
    command = shlex.split(fields["Exec"])
    assert command[-1] == "%f" and Path(command[0]).is_file()
    assert (home / "icons/hicolor/scalable/apps" / f"{DESKTOP_ENTRY_ID}.svg").read_bytes().startswith(b"<?xml")
    assert (home / "icons/hicolor/48x48/apps" / f"{DESKTOP_ENTRY_ID}.png").read_bytes()[:4] == b"\x89PNG"
    mime = ET.parse(home / "mime/packages" / f"{DESKTOP_ENTRY_ID}.xml").getroot()
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", namespace)
    assert kind.get("type") == MIME_TYPE
    assert kind.find("m:glob", namespace).get("pattern") == "*.blueprint.json"

    assert main(["--install-desktop"]) == 0  # again: the same files, rewritten
    capsys.readouterr()
    assert main(["--uninstall-desktop"]) == 0
    removed = [line.removesuffix(": removed") for line in capsys.readouterr().out.splitlines()]
    assert sorted(removed) == sorted(written)
    assert not any(Path(path).exists() for path in written)
    assert main(["--uninstall-desktop"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_exec_quotes_a_path_with_spaces() -> None:
    entry = desktop_entry(["/home/an user/.venv/bin/blueprint-designer"])
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line == 'Exec="/home/an user/.venv/bin/blueprint-designer" %f'


def test_data_home_follows_xdg() -> None:
    assert data_home({"XDG_DATA_HOME": "/srv/data"}) == Path("/srv/data")
    assert data_home({"XDG_DATA_HOME": "relative"}) == Path.home() / ".local" / "share"
