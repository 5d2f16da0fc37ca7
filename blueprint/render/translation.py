"""The program's language: Qt translations chosen by the system locale.

The sources are the checkout's ``resources/translations/blueprint_<language>.ts`` (Qt
Linguist files); ``make translations`` compiles each to ``blueprint_<language>.qm`` inside
the package (``blueprint/resources/translations``), which is what the program loads. The environment variable
``BLUEPRINT_LANGUAGE`` (e.g. ``nl`` or ``en``) overrides the system locale.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from blueprint.shipped import translations_folder

TRANSLATIONS = translations_folder()


def chosen_locale() -> QLocale:
    """The locale to translate into: ``BLUEPRINT_LANGUAGE`` if set, else the system's."""
    wanted = os.environ.get("BLUEPRINT_LANGUAGE", "").strip()
    return QLocale(wanted) if wanted else QLocale.system()


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install the program's and Qt's own translations for ``locale``; returns those found.

    A language without a translation file simply stays English. ``locale`` also becomes
    the default QLocale, so numbers and the welcome page's case headings follow it.
    """
    locale = locale or chosen_locale()
    QLocale.setDefault(locale)
    installed = []
    for name, folder in (("blueprint", TRANSLATIONS),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", str(folder)) and app.installTranslator(translator):
            installed.append(translator)
    return installed


@contextmanager
def speaking(app: QCoreApplication, locale: QLocale) -> Iterator[list[QTranslator]]:
    """The program's and Qt's translations for ``locale`` for a while (a picture drawn in a
    report's language, a test of the Dutch program); the translators and the default locale
    are put back afterwards."""
    before = QLocale()
    installed = install_translations(app, locale)
    try:
        yield installed
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
