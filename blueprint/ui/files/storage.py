"""Where the program keeps its own things: settings, the recovery file, thumbnails, the log.

One :class:`Storage` is handed to the main window. The default one uses the platform's
places (``QStandardPaths``); tests hand in one inside a temporary folder, so they never
touch a person's real settings or recovery files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORGANISATION = "ServiceBlueprint"
APPLICATION = "Service Blueprint Designer"


@dataclass(frozen=True)
class Storage:
    """The settings file and the folders the program writes to."""

    settings_file: Path
    recovery_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def default(cls) -> Storage:
        """The platform's places for this program's settings, recovery and cache."""
        config = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation))
        data = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
        state = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.StateLocation))
        return cls(config / "settings.ini", data / "recovery", cache / "thumbnails", state / "log")

    @classmethod
    def in_folder(cls, folder: Path | str) -> Storage:
        """Everything inside one folder (for tests and portable use)."""
        folder = Path(folder)
        return cls(folder / "settings.ini", folder / "recovery", folder / "thumbnails", folder / "log")

    def settings(self) -> QSettings:
        """The program's settings (an INI file, the same on every platform)."""
        return QSettings(str(self.settings_file), QSettings.Format.IniFormat)
