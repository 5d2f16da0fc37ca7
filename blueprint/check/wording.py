"""The words of the check and the report in the language of the blueprint, without Qt.

A :class:`Wording` says an English template in one language: ``say = Wording.for_language("nl-BE")``
then ``say("'{title}' cannot be reached from the start of the journey.", title=step.title)``
looks the template up in the Dutch catalogue (``blueprint/check/wording_nl.py``), falls back
to the English template when the catalogue has no entry, and fills in the named fields with
:meth:`str.format`. Numbers in the fields are written the language's way (``7,5`` in Dutch).

The English template is the key: it is the source text, in the code where it is used. Each
template is a whole sentence (or a whole clause, label or noun phrase) with named fields,
so that a language can put the words in its own order. A template kept in a table to be
said later is marked with :func:`template`, as Qt's ``QT_TRANSLATE_NOOP`` marks a label;
``tests/check/test_wording.py`` finds every template by its literal in a ``say(...)`` or
``template(...)`` call and fails when a catalogue misses one.

To add a language: write ``blueprint/check/wording_<code>.py`` with ``TEMPLATES`` (English
template -> translation, the same ``{fields}``) and ``DECIMAL_MARK``/``GROUP_MARK``, and
add its primary subtag to :data:`CATALOGUES`.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from functools import cache

__all__ = ["CATALOGUES", "Wording", "primary_subtag", "template"]

CATALOGUES: dict[str, str] = {"nl": "blueprint.check.wording_nl"}
"""Primary language subtag -> the module holding that language's catalogue (English has none)."""

ENGLISH = "en"


def template(text: str) -> str:
    """Mark a literal as a template that is said later (``say(TABLE[key])``); returns it as it is."""
    return text


def primary_subtag(language: str) -> str:
    """``nl-BE`` (or Qt's ``nl_BE``) -> ``nl``: the language without its region."""
    return language.replace("_", "-").split("-")[0].strip().lower()


class _Number:
    """A number that formats with the language's decimal and group marks."""

    __slots__ = ("value", "marks")

    def __init__(self, value: float, marks: dict[int, str]):
        self.value, self.marks = value, marks

    def __format__(self, spec: str) -> str:
        return format(self.value, spec).translate(self.marks)


class Wording:
    """The check's and the report's words in one language: call it to say a template.

    ``language`` is the language of the text it produces: the requested code when a
    catalogue covers it (``nl-BE`` stays ``nl-BE``), else ``en``.
    """

    __slots__ = ("language", "decimal_mark", "_templates", "_marks")

    def __init__(self, language: str, templates: Mapping[str, str] | None = None,
                 decimal_mark: str = ".", group_mark: str = ","):
        self.language = language
        self.decimal_mark = decimal_mark
        self._templates = templates or {}
        marks = str.maketrans({".": decimal_mark, ",": group_mark})
        self._marks = None if (decimal_mark, group_mark) == (".", ",") else marks

    @staticmethod
    def for_language(language: str | None) -> Wording:
        """The wording for a language code (``en``, ``nl``, ``nl-BE``, or a Qt locale name
        such as ``nl_BE``); English when no catalogue speaks it."""
        return _wording_for((language or ENGLISH).strip().replace("_", "-"))

    def __call__(self, text: str, /, **fields: object) -> str:
        """The template in this language, its ``{fields}`` filled in."""
        said = self._templates.get(text, text)
        if self._marks is not None:
            fields = {name: self._localised(value) for name, value in fields.items()}
        return said.format(**fields)

    def _localised(self, value: object) -> object:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return _Number(value, self._marks)
        return value

    def number(self, value: float, spec: str = "") -> str:
        """A number on its own, formatted with ``spec`` and the language's marks."""
        shown = format(value, spec)
        return shown if self._marks is None else shown.translate(self._marks)

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


@cache
def _wording_for(language: str) -> Wording:
    module_name = CATALOGUES.get(primary_subtag(language))
    if module_name is None:
        return Wording(language if primary_subtag(language) == ENGLISH else ENGLISH)
    catalogue = importlib.import_module(module_name)
    return Wording(language, catalogue.TEMPLATES, catalogue.DECIMAL_MARK, catalogue.GROUP_MARK)
