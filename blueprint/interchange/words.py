"""The words a spreadsheet may use, in English or Dutch, for columns, lanes and vocabularies.

Every word is compared by its *key*: lower case, accents dropped, everything but letters
and digits removed. So ``Customer minutes``, ``customer_minutes`` and ``CUSTOMER-MINUTES``
are one column, and ``E-mail`` is the channel ``email``.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from blueprint.model.blueprint import STANDARD_LANES as MODEL_STANDARD_LANES
from blueprint.model.vocabulary import Channel, Outcome, StepKind, Value, WasteKind


def word_key(text: str) -> str:
    """The form words are compared in: lower case, no accents, letters and digits only."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if char.isalnum())


@dataclass(frozen=True, slots=True)
class Column:
    """One column a steps spreadsheet may have: the step field and its names per language."""

    field: str
    english: tuple[str, ...]
    dutch: tuple[str, ...]
    both: tuple[str, ...] = ()


COLUMNS: tuple[Column, ...] = (
    Column("title", ("title", "name", "step", "step title"), ("titel", "naam", "stap", "staptitel")),
    Column("lane", ("lane", "swimlane"), ("baan", "laan", "zwembaan")),
    Column("actor", ("who", "role"), ("wie", "rol"), both=("actor",)),
    Column("channel", ("channel",), ("kanaal",)),
    Column("value", ("value",), ("waarde",)),
    Column("kind", ("kind", "step kind"), ("soort", "stapsoort"), both=("type",)),
    Column("need", ("need", "customer need"), ("behoefte", "klantbehoefte", "klantvraag")),
    Column("description", ("description",), ("beschrijving", "omschrijving")),
    Column("waste", ("waste", "waste kind", "waste kinds"), ("verspilling", "soort verspilling")),
    Column("customer_minutes", ("customer minutes", "customer time"),
           ("klantminuten", "klanttijd", "minuten klant")),
    Column("staff_minutes", ("staff minutes", "staff time"),
           ("medewerkerminuten", "medewerkersminuten", "personeelsminuten", "medewerkerstijd")),
    Column("waiting_minutes", ("waiting minutes", "waiting time", "wait minutes"),
           ("wachtminuten", "wachttijd")),
    Column("outcome", ("outcome", "result"), ("uitkomst", "resultaat")),
    Column("fail_point", ("fail point",), ("faalpunt", "knelpunt")),
    Column("fail_point_text", ("fail point text", "what goes wrong", "failure"),
           ("faalpunt tekst", "wat loopt mis", "wat gaat mis")),
    Column("organisation", ("organisation", "organization", "whose step"), ("organisatie",),
           both=("org",)),
    Column("supports", ("supports", "serves", "supports step"), ("ondersteunt", "dient")),
    Column("delay", ("time until the next step", "time to the next step", "time until next step",
                     "then wait", "delay"), ("tijd tot de volgende stap", "tijd tot volgende stap",
                                             "daarna wachten", "vertraging")),
    Column("customer_provides", ("customer provides", "customer gives", "information given"),
           ("klant geeft", "klant geeft door", "gegeven informatie")),
    Column("referral.to", ("referred to", "refer to", "referral to"), ("doorverwezen naar", "verwezen naar")),
    Column("referral.contact_details", ("contact details", "referral contact details"),
           ("contactgegevens",)),
    Column("referral.hand_over", ("hand over", "handed over", "warm hand over"),
           ("overgedragen", "warme overdracht")),
    Column("referral.appointment", ("appointment", "appointment made"), ("afspraak", "afspraak gemaakt")),
    Column("emotion", ("emotion", "feeling"), ("emotie", "gevoel")),
    Column("notes", ("notes", "note", "comments", "remarks"), ("notities", "notitie", "opmerkingen")),
    Column("order", ("order", "sequence", "position"), ("volgorde", "volgnummer", "nummer"),
           both=("nr", "no")),
)
"""The columns a steps spreadsheet may have; only ``title`` and ``lane`` are required."""

REQUIRED_FIELDS = ("title", "lane")


class Language(StrEnum):
    """Which language a header word belongs to."""

    ENGLISH = "en"
    DUTCH = "nl"
    EITHER = ""


def column_names() -> dict[str, tuple[str, Language]]:
    """Key of every accepted column name -> (step field, language of the name)."""
    names: dict[str, tuple[str, Language]] = {}
    for column in COLUMNS:
        for words, language in ((column.english, Language.ENGLISH), (column.dutch, Language.DUTCH),
                                (column.both, Language.EITHER)):
            for word in words + ((column.field,) if language is Language.ENGLISH else ()):
                names[word_key(word)] = (column.field, language)
    return names


@dataclass(frozen=True, slots=True)
class StandardLane:
    """One of the five standard lanes with its titles in English and Dutch."""

    id: str
    english: str
    dutch: str
    aliases: tuple[str, ...]


_LANE_ALIASES: dict[str, tuple[str, ...]] = {
    "evidence": ("evidence", "bewijs", "tastbaar bewijs"),
    "customer": ("customer", "customer action", "citizen", "klant", "klantactie", "burger"),
    "frontstage": ("front office", "frontstage actions", "voorkant", "zichtbaar"),
    "backstage": ("back office", "backstage actions", "achterkant", "onzichtbaar"),
    "support": ("support", "support process", "ondersteuning", "ondersteunend proces"),
}

STANDARD_LANES: tuple[StandardLane, ...] = tuple(
    StandardLane(lane_id, english, dutch, _LANE_ALIASES[lane_id])
    for lane_id, _kind, english, dutch in MODEL_STANDARD_LANES
)
"""The standard lanes, top to bottom; the ids are those of ``standard_lanes()``."""


def lane_words() -> dict[str, str]:
    """Key of every accepted lane name (id, either title, alias) -> lane id."""
    words: dict[str, str] = {}
    for lane in STANDARD_LANES:
        for word in (lane.id, lane.english, lane.dutch) + lane.aliases:
            words[word_key(word)] = lane.id
    return words


VALUE_WORDS: dict[Value, tuple[str, ...]] = {
    Value.VALUABLE: ("valuable", "value adding", "waardevol", "waardetoevoegend"),
    Value.NECESSARY: ("necessary", "needed", "required", "nodig", "noodzakelijk", "vereist"),
    Value.WASTED: ("wasted", "waste", "verspilling", "verspild", "onnodig"),
    Value.UNMARKED: ("unmarked", "unknown", "ongemarkeerd", "onbekend", "?"),
}

CHANNEL_WORDS: dict[Channel, tuple[str, ...]] = {
    Channel.IN_PERSON: ("in person", "face to face", "desk", "counter", "visit",
                        "persoonlijk", "in persoon", "balie", "loket", "bezoek", "ter plaatse", "fysiek"),
    Channel.PHONE: ("phone", "telephone", "call", "telefoon", "telefonisch", "bellen"),
    Channel.APP_WEB: ("app web", "app", "web", "website", "online", "internet", "digital", "digitaal"),
    Channel.EMAIL: ("email", "mail"),
    Channel.LETTER: ("letter", "post", "brief"),
    Channel.INTERNAL: ("internal", "intern"),
    Channel.OTHER: ("other", "anders", "overig", "ander"),
}

KIND_WORDS: dict[StepKind, tuple[str, ...]] = {
    StepKind.ACTION: ("action", "actie", "handeling", "activiteit"),
    StepKind.CONTACT: ("contact", "klantcontact"),
    StepKind.ADMINISTRATION: ("administration", "admin", "registration", "administratie", "registratie"),
    StepKind.ESCALATION: ("escalation", "complaint", "escalatie", "klacht"),
    StepKind.INTERVENTION: ("intervention", "interventie", "ingreep", "optreden"),
    StepKind.NOTIFICATION: ("notification", "notice", "we let you know", "melding", "bericht",
                            "kennisgeving"),
}

OUTCOME_WORDS: dict[Outcome, tuple[str, ...]] = {
    Outcome.NONE: ("none", "geen", "-"),
    Outcome.RESOLVED: ("resolved", "solved", "opgelost", "afgehandeld"),
    Outcome.REFERRED: ("referred", "doorverwezen", "verwezen"),
    Outcome.REFUSED: ("refused", "declined", "geweigerd", "afgewezen"),
    Outcome.ABANDONED: ("abandoned", "given up", "opgegeven", "afgebroken", "gestaakt"),
}

WASTE_WORDS: dict[WasteKind, tuple[str, ...]] = {
    WasteKind.TRAVEL: ("travel", "trip", "verplaatsing", "reizen", "reistijd"),
    WasteKind.WAITING: ("waiting", "wait", "queue", "wachten", "wachtrij"),
    WasteKind.REPEAT_CONTACT: ("repeat contact", "failure demand", "herhaalcontact", "faalvraag"),
    WasteKind.HAND_OFF: ("hand off", "handover", "overdracht"),
    WasteKind.OVER_PROCESSING: ("over processing", "administration only", "overbewerking",
                                "puur administratief"),
    WasteKind.ABANDONED_EFFORT: ("abandoned effort", "half effort", "halve inspanning",
                                 "afgebroken inspanning"),
    WasteKind.ERROR: ("error", "mistake", "fout", "vergissing"),
    WasteKind.UNCLEAR_INFORMATION: ("unclear information", "unclear", "onduidelijke informatie",
                                    "onduidelijk"),
    WasteKind.WRONG_DOOR: ("wrong door", "wrong desk", "wrong number", "verkeerde deur",
                           "verkeerd loket", "verkeerd nummer"),
}

YES_WORDS = ("yes", "y", "true", "x", "1", "ja", "j", "waar")
NO_WORDS = ("no", "n", "false", "0", "nee", "onwaar")


def word_table(words: dict[StrEnum, tuple[str, ...]]) -> dict[str, StrEnum]:
    """Key of every accepted word (the value itself included) -> the vocabulary value."""
    table: dict[str, StrEnum] = {}
    for value, names in words.items():
        for name in (str(value),) + names:
            key = word_key(name) or name
            table[key] = value
    return table


def closest(word: str, known: list[str]) -> str | None:
    """The known word most like ``word`` (compared by key), for a 'did you mean' hint."""
    keys = {word_key(name): name for name in known}
    match = difflib.get_close_matches(word_key(word), list(keys), n=1, cutoff=0.75)
    return keys[match[0]] if match else None
