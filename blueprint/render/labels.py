"""Plain, translated words for the model's vocabularies, as the window shows them.

The files carry the vocabulary's own words (``in-person``, ``repeat-contact``); a person
reads "In person" and "Repeat contact (failure demand)". Every label goes through Qt's
translation, so a language's translation file (Dutch, French) can replace them.

Most words follow the program's language. A few belong to the blueprint instead (the lines
between the lanes, a new blueprint's lane titles): :func:`in_language` reads those from the
translation file of the blueprint's own language, whatever the program speaks.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from blueprint.check.wording import primary_subtag
from blueprint.model.vocabulary import (
    Channel,
    FlowKind,
    LaneKind,
    Outcome,
    Severity,
    StepKind,
    Value,
    WasteKind,
)
from blueprint.shipped import translations_folder


_LABELS: dict[StrEnum, str] = {
    Value.VALUABLE: QT_TRANSLATE_NOOP("labels", "Valuable"),
    Value.NECESSARY: QT_TRANSLATE_NOOP("labels", "Necessary"),
    Value.WASTED: QT_TRANSLATE_NOOP("labels", "Wasted"),
    Value.UNMARKED: QT_TRANSLATE_NOOP("labels", "Not marked yet"),
    WasteKind.TRAVEL: QT_TRANSLATE_NOOP("labels", "Travel"),
    WasteKind.WAITING: QT_TRANSLATE_NOOP("labels", "Waiting"),
    WasteKind.REPEAT_CONTACT: QT_TRANSLATE_NOOP("labels", "Repeat contact (failure demand)"),
    WasteKind.HAND_OFF: QT_TRANSLATE_NOOP("labels", "Hand-off"),
    WasteKind.OVER_PROCESSING: QT_TRANSLATE_NOOP("labels", "Over-processing (administration only)"),
    WasteKind.ABANDONED_EFFORT: QT_TRANSLATE_NOOP("labels", "Abandoned effort"),
    WasteKind.ERROR: QT_TRANSLATE_NOOP("labels", "Error"),
    WasteKind.UNCLEAR_INFORMATION: QT_TRANSLATE_NOOP("labels", "Unclear information"),
    WasteKind.WRONG_DOOR: QT_TRANSLATE_NOOP("labels", "Wrong door (sent elsewhere)"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("labels", "In person"),
    Channel.PHONE: QT_TRANSLATE_NOOP("labels", "Phone"),
    Channel.APP_WEB: QT_TRANSLATE_NOOP("labels", "App or web"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("labels", "E-mail"),
    Channel.LETTER: QT_TRANSLATE_NOOP("labels", "Letter"),
    Channel.INTERNAL: QT_TRANSLATE_NOOP("labels", "Internal (no customer channel)"),
    Channel.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    Outcome.NONE: QT_TRANSLATE_NOOP("labels", "None"),
    Outcome.RESOLVED: QT_TRANSLATE_NOOP("labels", "Resolved"),
    Outcome.REFERRED: QT_TRANSLATE_NOOP("labels", "Referred"),
    Outcome.REFUSED: QT_TRANSLATE_NOOP("labels", "Refused"),
    Outcome.ABANDONED: QT_TRANSLATE_NOOP("labels", "Abandoned"),
    StepKind.ACTION: QT_TRANSLATE_NOOP("labels", "Action"),
    StepKind.CONTACT: QT_TRANSLATE_NOOP("labels", "Contact"),
    StepKind.ADMINISTRATION: QT_TRANSLATE_NOOP("labels", "Administration (only registers)"),
    StepKind.ESCALATION: QT_TRANSLATE_NOOP("labels", "Escalation (manager, complaint)"),
    StepKind.INTERVENTION: QT_TRANSLATE_NOOP("labels", "Intervention (we act on the case)"),
    StepKind.NOTIFICATION: QT_TRANSLATE_NOOP("labels", "Notification (we tell the customer)"),
    FlowKind.SEQUENCE: QT_TRANSLATE_NOOP("labels", "Sequence"),
    FlowKind.HAND_OFF: QT_TRANSLATE_NOOP("labels", "Hand-off"),
    FlowKind.REFERRAL: QT_TRANSLATE_NOOP("labels", "Referral"),
    FlowKind.INFORMATION: QT_TRANSLATE_NOOP("labels", "Information"),
    FlowKind.RECOVERY: QT_TRANSLATE_NOOP("labels", "Recovery (puts a fail point right)"),
    LaneKind.PHYSICAL_EVIDENCE: QT_TRANSLATE_NOOP("labels", "Physical evidence"),
    LaneKind.CUSTOMER: QT_TRANSLATE_NOOP("labels", "Customer actions"),
    LaneKind.FRONTSTAGE: QT_TRANSLATE_NOOP("labels", "Frontstage"),
    LaneKind.BACKSTAGE: QT_TRANSLATE_NOOP("labels", "Backstage"),
    LaneKind.SUPPORT: QT_TRANSLATE_NOOP("labels", "Support processes"),
    LaneKind.CUSTOM: QT_TRANSLATE_NOOP("labels", "Custom"),
    Severity.OFF: QT_TRANSLATE_NOOP("labels", "Off"),
    Severity.INFO: QT_TRANSLATE_NOOP("labels", "Info"),
    Severity.WARNING: QT_TRANSLATE_NOOP("labels", "Warning"),
    Severity.ERROR: QT_TRANSLATE_NOOP("labels", "Error"),
}

EMOTION_LABELS = {
    -2: QT_TRANSLATE_NOOP("labels", "−2 very unhappy"),
    -1: QT_TRANSLATE_NOOP("labels", "−1 unhappy"),
    0: QT_TRANSLATE_NOOP("labels", "0 neutral"),
    1: QT_TRANSLATE_NOOP("labels", "+1 happy"),
    2: QT_TRANSLATE_NOOP("labels", "+2 very happy"),
}

LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands", "fr": "Français", "de": "Deutsch"}


def label(word: StrEnum) -> str:
    """The translated label of one vocabulary word (falls back to the word itself)."""
    text = _LABELS.get(word)
    return QCoreApplication.translate("labels", text) if text else str(word)


def emotion_label(emotion: int) -> str:
    """The translated label of an emotion score from −2 to +2."""
    return QCoreApplication.translate("labels", EMOTION_LABELS[emotion])


@cache
def _translator(language: str) -> QTranslator | None:
    """The program's translation file for a bare language code, loaded on its own; None when
    the language has none (English, the source language, has none)."""
    translator = QTranslator()
    return translator if translator.load(f"blueprint_{language}", str(translations_folder())) else None


def program_languages() -> list[str]:
    """The languages the program speaks: English and each shipped ``blueprint_<language>.qm``."""
    shipped = translations_folder().glob("blueprint_*.qm")
    return ["en", *sorted(path.stem.removeprefix("blueprint_") for path in shipped)]


def has_translation(language: str) -> bool:
    """Whether the program speaks ``language`` (``fr-BE`` counts as ``fr``)."""
    return primary_subtag(language) in program_languages()


def in_language(language: str, context: str, text: str) -> str:
    """``text`` (marked for translation in ``context``) in ``language`` rather than in the
    program's language; the English text where the language has no translation."""
    translator = _translator(primary_subtag(language))
    return (translator.translate(context, text) or text) if translator else text


def label_in(language: str, word: StrEnum) -> str:
    """The label of one vocabulary word in ``language`` (e.g. a standard lane's title in a new
    blueprint's language)."""
    text = _LABELS.get(word)
    return in_language(language, "labels", text) if text else str(word)


def language_name(code: str) -> str:
    """A language's own name for a code such as ``nl``, or the code itself."""
    return LANGUAGE_NAMES.get(code.split("-")[0], code)
