"""The words of the check and the report in the language of the blueprint, without Qt.

A :class:`Wording` says an English template in one language: ``say = Wording.for_language("nl-BE")``
then ``say("'{title}' cannot be reached from the start of the journey.", title=step.title)``
looks the template up in the language's gettext catalogue, falls back to the English
template when the catalogue has no entry, and fills in the named fields with
:meth:`str.format`. A count is said with its plural forms, as ``ngettext`` does:
``say.plural("{count} error", "{count} errors", n)`` ("1 erreur", "2 erreurs"; French says
"0 erreur"). Numbers in the fields, :meth:`Wording.number`, :meth:`Wording.percent` and
:meth:`Wording.money` are written by Babel for the language's locale (``7,5`` in Dutch,
``1 234,50 €`` in French).

The English template is the msgid: it is the source text, in the code where it is used. Each
template is a whole sentence (or a whole clause, label or noun phrase) with named fields,
so that a language can put the words in its own order. A template kept in a table to be
said later is marked with :func:`template` (or :func:`plural_template` for a pair), as Qt's
``QT_TRANSLATE_NOOP`` marks a label. ``make translations`` extracts every template
(:mod:`blueprint.check.wording_extract`: ``say``, ``template``, ``plural``,
``plural_template`` and the rules' titles, rationales and hints) into the catalogues
``blueprint/resources/locale/<language>/LC_MESSAGES/blueprint.po`` and compiles them to the
``.mo`` files the program reads; ``tests/check/test_wording.py`` fails on a template a
catalogue misses, an untranslated, fuzzy or stale entry, or a translation whose ``{fields}``
differ.

To add a language: ``make translations LOCALES="nl fr <code>"`` creates its ``.po``; translate
every entry (Poedit, Weblate, any editor) and run ``make translations`` again.
"""

from __future__ import annotations

import gettext
import io
import math
import os
import re
import string
from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import cache, lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import NumberPattern, format_currency, parse_pattern

from blueprint.shipped import resource

__all__ = ["DOMAIN", "Wording", "catalogue_languages", "environment_language", "plural_count", "plural_template",
           "primary_subtag", "template"]

DOMAIN = "blueprint"
"""The gettext domain: ``locale/<language>/LC_MESSAGES/blueprint.mo``."""

ENGLISH = "en"
CURRENCY = "EUR"


def template(text: str) -> str:
    """Mark a literal as a template that is said later (``say(TABLE[key])``); returns it as it is."""
    return text


def plural_template(singular: str, plural: str) -> tuple[str, str]:
    """Mark a pair of literals said later with :meth:`Wording.plural`; returns the pair."""
    return singular, plural


def plural_count(amount: float) -> int:
    """The whole number whose plural form an amount takes: itself when whole, else 2 or
    more, so that a fraction reads as a plural ("1.5 days", "1,5 jours") in every catalogue."""
    return int(amount) if amount == int(amount) else max(2, math.ceil(amount))


def primary_subtag(language: str) -> str:
    """``nl-BE`` (or Qt's ``nl_BE``) -> ``nl``: the language without its region."""
    return language.replace("_", "-").split("-")[0].strip().lower()


@cache
def catalogue_languages() -> tuple[str, ...]:
    """The languages with a compiled catalogue in the package (English needs none)."""
    folder = resource("locale")
    if not folder.is_dir():
        return ()
    return tuple(sorted(path.parent.parent.name for path in folder.glob(f"*/LC_MESSAGES/{DOMAIN}.mo")))


LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
"""Where gettext looks for the user's language, first set first."""


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The user's language as gettext finds it in the environment: the first of
    :data:`LANGUAGE_VARIABLES` that is set, whose value may list several (``LANGUAGE=fr:nl``);
    the first listed language a catalogue speaks (or English), ``en`` for ``C``/``POSIX``
    or when none is spoken. ``nl_BE.UTF-8`` -> ``nl-BE``."""
    environ = os.environ if environ is None else environ
    value = next((environ[name] for name in LANGUAGE_VARIABLES if environ.get(name)), "")
    for entry in value.split(":"):
        code = entry.split(".")[0].split("@")[0].strip()
        if code in ("C", "POSIX"):
            break
        if code and primary_subtag(code) in (ENGLISH, *catalogue_languages()):
            return code.replace("_", "-")
    return ENGLISH


# ---------------------------------------------------------------- numbers

_SPEC = re.compile(r"(?P<sign>[+\- ])?(?P<width>\d+)?(?P<group>,)?(?:\.(?P<precision>\d+))?(?P<kind>[dfFg%]?)")


_FORMATTER = string.Formatter()

REMEMBERED_NUMBERS = 4096
"""How many written numbers a wording keeps before it starts again."""

UNGROUPED = 1_000
"""A group size no number reaches: Babel's way of writing digits without group marks."""


@cache
def _pattern(digits: int, grouped: bool) -> NumberPattern:
    return parse_pattern(("#,##0" if grouped else "0") + ("." + "0" * digits if digits else ""))


@cache
def _percent_pattern(locale: Locale, digits: int, grouped: bool) -> NumberPattern:
    """The locale's own percent pattern (``63 %`` in French, ``63%`` in Dutch) with ``digits``
    decimals, grouped or not."""
    own = parse_pattern(locale.percent_formats[None])
    grouping = own.grouping if grouped else (UNGROUPED, UNGROUPED)
    return NumberPattern(own.pattern, own.prefix, own.suffix, grouping, own.int_prec,
                         (digits, digits), own.exp_prec, own.exp_plus, own.number_pattern)


def format_number(value: float, spec: str, locale: Locale) -> str:
    """``format(value, spec)`` as Python's format spec says (precision, grouping, ``%``,
    sign, width), in the locale's symbols: Python rounds the digits, Babel writes them."""
    if type(value) is int and value >= 0 and spec in ("", "d"):
        return str(value)  # bare digits: no symbol of any locale in them (the common count)
    return _formatted(type(value), value, spec, locale)


@lru_cache(maxsize=4096)
def _formatted(kind: type, value: float, spec: str, locale: Locale) -> str:
    """:func:`format_number`, remembered: a check says the same few numbers many times
    (``kind`` keeps ``1`` and ``1.0`` apart, which Python formats differently)."""
    match = _SPEC.fullmatch(spec)
    if match is None or not math.isfinite(value):
        return format(value, spec)
    precision, kind = match["precision"], match["kind"]
    plain = format(abs(value), (f".{precision}" if precision else "") + kind)
    digits = Decimal(plain.rstrip("%"))
    decimals = max(0, -digits.as_tuple().exponent)
    if kind == "%":
        text = _percent_pattern(locale, decimals, bool(match["group"])).apply(digits / 100, locale)
    else:
        text = _pattern(decimals, bool(match["group"])).apply(digits, locale)
    symbols = locale.number_symbols["latn"]
    if value < 0 and digits:
        text = symbols["minusSign"] + text
    elif match["sign"] == "+":
        text = symbols["plusSign"] + text
    elif match["sign"] == " ":
        text = " " + text
    return text.rjust(int(match["width"])) if match["width"] else text


@lru_cache(maxsize=4096)
def _fields_with_spec(template: str) -> frozenset[str]:
    """The fields a template writes with a format spec or a conversion (``{minutes:g}``)."""
    return frozenset(name.partition(".")[0].partition("[")[0]
                     for _, name, spec, conversion in _FORMATTER.parse(template)
                     if name is not None and (spec or conversion))


class _Number:
    """A number in a template's fields that formats itself for the locale (``{minutes:g}``)."""

    __slots__ = ("value", "wording")

    def __init__(self, value: float, wording: Wording):
        self.value, self.wording = value, wording

    def __format__(self, spec: str) -> str:
        return self.wording.number(self.value, spec)


# ---------------------------------------------------------------- the wording


class Wording:
    """The check's and the report's words in one language: call it to say a template.

    ``language`` is the language of the text it produces: the requested code when a
    catalogue covers it (``nl-BE`` stays ``nl-BE``), else ``en``. ``locale`` is the Babel
    locale its numbers are written for.
    """

    __slots__ = ("language", "locale", "_gettext", "_ngettext", "_numbers")

    def __init__(self, language: str, translations: gettext.NullTranslations | None = None):
        self.language = language
        self.locale = _locale(language)
        translations = translations or gettext.NullTranslations()
        self._gettext, self._ngettext = translations.gettext, translations.ngettext
        self._numbers: dict[tuple[type, float, str], str] = {}
        """The numbers said so far, written out: a check says the same few thousands of times."""

    @staticmethod
    def for_language(language: str | None) -> Wording:
        """The wording for a language code (``en``, ``nl``, ``nl-BE``, or a Qt locale name
        such as ``nl_BE``); English when no catalogue speaks it."""
        return _wording_for((language or ENGLISH).strip().replace("_", "-"))

    @staticmethod
    def for_environment(environ: Mapping[str, str] | None = None) -> Wording:
        """The wording of the user's language as the environment says it (see
        :func:`environment_language`): what the command line speaks."""
        return Wording.for_language(environment_language(environ))

    def __call__(self, text: str, /, **fields: object) -> str:
        """The template in this language, its ``{fields}`` filled in."""
        said = self._gettext(text)
        return said.format_map(self._localised(said, fields))

    def plural(self, singular: str, plural: str, count: int, /, **fields: object) -> str:
        """The form of the template that ``count`` takes in this language (``ngettext``),
        its fields filled in; ``{count}`` is ``count`` unless given."""
        fields.setdefault("count", count)
        said = self._ngettext(singular, plural, count)
        return said.format_map(self._localised(said, fields))

    def _localised(self, template: str, fields: dict[str, object]) -> dict[str, object]:
        """``fields`` (a call's own keyword dictionary) with each number in it wrapped to be
        written for the locale; the texts, most fields, stay as they are, and so does a
        whole number >= 0 in a field the template writes without a format spec (its digits
        are the same in every locale)."""
        with_spec = None
        for name, value in fields.items():
            if type(value) is str:
                continue
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                if type(value) is int and value >= 0:
                    if with_spec is None:
                        with_spec = _fields_with_spec(template)
                    if name not in with_spec:
                        continue
                fields[name] = _Number(value, self)
        return fields

    def number(self, value: float, spec: str = "") -> str:
        """A number on its own, formatted with ``spec`` (Python's format spec) for the locale."""
        key = (type(value), value, spec)  # the type keeps 1 and 1.0 apart: Python writes them differently
        text = self._numbers.get(key)
        if text is None:
            if len(self._numbers) >= REMEMBERED_NUMBERS:
                self._numbers.clear()
            text = self._numbers[key] = format_number(value, spec, self.locale)
        return text

    def percent(self, share: float, decimals: int = 0) -> str:
        """A share (0.125) as the locale writes a percentage (``12.5%``, ``12,5 %``)."""
        return format_number(share, f".{decimals}%", self.locale)

    def money(self, amount: float) -> str:
        """An amount in euros as the locale writes it (``€1,234.50``, ``€ 1.234,50``, ``1 234,50 €``)."""
        return format_currency(amount, CURRENCY, locale=self.locale)

    def all_of(self, items: Iterable[str]) -> str:
        """Items as one list in a sentence: ``a, b and c``."""
        items, say = list(items), self
        if len(items) < 2:
            return "".join(items)
        return say("{items} and {last}", items=", ".join(items[:-1]), last=items[-1])

    def any_of(self, items: Iterable[str]) -> str:
        """Items as alternatives in a sentence: ``a, b or c``."""
        items, say = list(items), self
        if len(items) < 2:
            return "".join(items)
        return say("{items} or {last}", items=", ".join(items[:-1]), last=items[-1])

    def __repr__(self) -> str:
        return f"Wording({self.language!r})"


def _locale(language: str) -> Locale:
    """The Babel locale of a language code; its primary subtag when the region is unknown."""
    for code in (language.replace("-", "_"), primary_subtag(language)):
        try:
            return Locale.parse(code)
        except (ValueError, UnknownLocaleError):
            continue
    return Locale.parse(ENGLISH)


@cache
def _wording_for(language: str) -> Wording:
    primary = primary_subtag(language)
    if primary not in catalogue_languages():
        return Wording(language if primary == ENGLISH else ENGLISH)
    return Wording(language, _translations(primary))


@cache
def _translations(primary: str) -> gettext.GNUTranslations:
    compiled = resource("locale", primary, "LC_MESSAGES", f"{DOMAIN}.mo").read_bytes()
    return gettext.GNUTranslations(io.BytesIO(compiled))
