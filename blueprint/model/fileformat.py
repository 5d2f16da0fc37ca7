"""Reading and writing ``*.blueprint.json`` and ``*.concept.json`` files.

Loading happens in two stages: the JSON is validated into typed models (every problem
named by its JSON path, in plain words), then cross-references are checked. Saving is
deterministic (same document, same bytes) and atomic (written beside, then renamed over),
so a crash mid-save leaves the old file as it was.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, BinaryIO, Literal, TypeVar

from pydantic import BaseModel, Field, Strict, ValidationError

from blueprint.model.blueprint import Blueprint
from blueprint.model.collector import collection_paused
from blueprint.model.concept import ServiceConcept
from blueprint.model.validation import Problem, dangling_suppressions, reference_problems

BLUEPRINT_FORMAT = "service-blueprint"
CONCEPT_FORMAT = "service-concept"
FORMAT_VERSION = 2
"""The version this program writes; it reads every version from 1 up to this one."""
MAX_FILE_BYTES = 64 * 1024 * 1024
"""Files larger than this are refused before they are read: no journey is that big."""

SCHEMA_KEY = "$schema"
"""The optional first key of a file: which JSON Schema it follows (see :func:`schema_id`)."""

BLUEPRINT_SUFFIX = ".blueprint.json"
CONCEPT_SUFFIX = ".concept.json"

M = TypeVar("M", bound=BaseModel)


class LoadError(Exception):
    """A file could not be loaded; ``problems`` says every reason, in plain words."""

    def __init__(self, source: str, problems: list[Problem]):
        self.source = source
        self.problems = problems
        super().__init__(self.describe())

    def describe(self) -> str:
        """All problems, one per line, headed by the file name."""
        lines = [f"{self.source}: cannot be opened"]
        lines += [f"  {problem}" for problem in self.problems]
        return "\n".join(lines)


class FileUnreadable(LoadError):
    """The file could not be read at all: missing, a folder, no permission, too big."""


# ---------------------------------------------------------------- reading


def read_text(path: Path | str) -> str:
    """The file's text as UTF-8; FileUnreadable or LoadError with a plain reason."""
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise FileUnreadable(name, [Problem("", "this is a folder, not a file")])
        if size > MAX_FILE_BYTES:
            raise FileUnreadable(name, [Problem("", (
                f"the file is {size / 1024 / 1024:.0f} MB; files over "
                f"{MAX_FILE_BYTES // 1024 // 1024} MB are refused"))])
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileUnreadable(name, [Problem("", "there is no such file")]) from None
    except PermissionError:
        raise FileUnreadable(name, [Problem("", "permission to read the file was denied")]) from None
    except OSError as error:
        raise FileUnreadable(name, [Problem("", f"the file cannot be read ({error.strerror})")]) from None
    return decode_bytes(data, name)


def decode_bytes(data: bytes, source: str) -> str:
    """Bytes as UTF-8 text (a BOM is allowed); LoadError naming the bad byte's offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LoadError(source, [Problem("", (
            f"the file is not UTF-8 text (byte {error.start} is not valid); "
            "save it as UTF-8"))]) from None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"'{name}' is not a number JSON allows")


def parse_json(text: str, source: str) -> Any:
    """Parsed JSON; LoadError with the line and column where it goes wrong."""
    if not text.strip():
        raise LoadError(source, [Problem("", "the file is empty")])
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise LoadError(source, [Problem("", (
            f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}"))]) from None
    except RecursionError:
        raise LoadError(source, [Problem("", "the JSON is nested far too deeply")]) from None
    except ValueError as error:  # NaN/Infinity, or an integer with thousands of digits
        raise LoadError(source, [Problem("", f"not valid JSON: {error}")]) from None


def _json_path(location: tuple[Any, ...]) -> str:
    path = ""
    for part in location:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path


def _plain_message(error: dict[str, Any]) -> str:
    kind = error["type"]
    given = error.get("input")
    if kind == "missing":
        return "this field is required but missing"
    if kind == "extra_forbidden":
        return "unknown field (check its spelling)"
    if kind == "string_pattern_mismatch":
        return f"'{given}' is not a valid id (letters, digits and _ . : - only, at most 64)"
    if kind in ("enum", "literal_error"):
        expected = error.get("ctx", {}).get("expected", "")
        return f"'{given}' is not one of the allowed values: {expected}"
    message = error["msg"]
    if isinstance(given, (str, int, float, bool)) and kind not in ("missing",):
        shown = repr(given) if len(repr(given)) < 60 else repr(given)[:57] + "..."
        return f"{message[0].lower()}{message[1:]} (found {shown})"
    return message[0].lower() + message[1:]


_UNION_MEMBERS = frozenset({"bool", "int", "float", "str"})


def problems_from_validation(error: ValidationError, prefix: str = "") -> list[Problem]:
    """Pydantic errors as plain problems with JSON paths.

    A value that fits none of a union's members (a case fact is a yes/no, a number or a
    word) gives one problem, not one per member: the number's own complaint when it was a
    number JSON cannot hold, else the first.
    """
    problems: list[Problem] = []
    unions: dict[tuple[Any, ...], int] = {}
    for item in error.errors(include_url=False):
        location = tuple(item["loc"])
        if location and location[-1] in _UNION_MEMBERS:
            owner = location[:-1]
            if owner in unions:
                if item["type"] == "finite_number":
                    problems[unions[owner]] = Problem(_json_path(((prefix,) if prefix else ()) + owner),
                                                      _plain_message(item))
                continue
            unions[owner] = len(problems)
            location = owner
        path = _json_path(((prefix,) if prefix else ()) + location)
        problems.append(Problem(path, _plain_message(item)))
    return problems


def _check_header(data: Any, expected_format: str, source: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise LoadError(source, [Problem("", (
            f"expected a JSON object with \"format\": \"{expected_format}\", "
            f"found {type(data).__name__ if data is not None else 'null'}"))])
    found = data.get("format")
    if found != expected_format:
        if found is None:
            message = f"the \"format\" key is missing; expected \"{expected_format}\""
        else:
            message = f"this is a '{found}' file, not a '{expected_format}' file"
        raise LoadError(source, [Problem("format", message)])
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise LoadError(source, [Problem("version", (
            f"the version must be a whole number; found {version!r}"))])
    if version > FORMAT_VERSION:
        raise LoadError(source, [Problem("version", (
            f"this file was written by a newer program (format version {version}); "
            f"this program reads up to version {FORMAT_VERSION}: update the program"))])
    if version < 1:
        raise LoadError(source, [Problem("version", f"unknown format version {version}")])
    schema = data.get(SCHEMA_KEY)
    if schema is not None and not isinstance(schema, str):
        raise LoadError(source, [Problem(SCHEMA_KEY, (
            f"\"{SCHEMA_KEY}\" names the file's schema and must be text; found {schema!r}"))])
    body = dict(data)
    del body["format"], body["version"]
    body.pop(SCHEMA_KEY, None)
    return migrate(body, version)


def migrate(body: dict[str, Any], version: int) -> dict[str, Any]:
    """A file body of ``version`` brought up to :data:`FORMAT_VERSION`, one version at a time.

    Version 2 keeps every field of version 1 with the same name, unit and meaning and only
    adds fields (organisations, supports, fail point text, referral details, delays on
    flows, commitments, the working calendar, any/all policies, hand-off and recovery
    standards), whose defaults say exactly what a version-1 file said. So a version-1 body
    is a valid version-2 body; the next version that renames or reshapes a field adds its
    step to :data:`MIGRATIONS`.
    """
    for step in range(version, FORMAT_VERSION):
        body = MIGRATIONS[step](body)
    return body


def _version_1_to_2(body: dict[str, Any]) -> dict[str, Any]:
    """Version 1 -> 2: nothing is renamed or reshaped; the new fields take their defaults."""
    return body


MIGRATIONS = {1: _version_1_to_2}
"""Version -> the function that turns a body of that version into one of the next."""


def _validate(model: type[M], body: dict[str, Any], source: str) -> M:
    try:
        return model.model_validate(body)
    except ValidationError as error:
        raise LoadError(source, problems_from_validation(error)) from None
    except RecursionError:
        raise LoadError(source, [Problem("", "the data is nested far too deeply")]) from None


def blueprint_from_data(data: Any, source: str = "<data>") -> Blueprint:
    """A checked Blueprint from parsed JSON; LoadError naming every problem.

    Suppressions of elements that are not in the file are dropped: they hide nothing, and
    version 0.1 of the program could leave them behind when a step was deleted.
    """
    body = _check_header(data, BLUEPRINT_FORMAT, source)
    return _cross_checked(_validate(Blueprint, body, source), source)


def _cross_checked(blueprint: Blueprint, source: str) -> Blueprint:
    """The blueprint once its references hold (LoadError naming every broken one), with its
    dangling suppressions dropped."""
    problems = reference_problems(blueprint)
    if problems:
        raise LoadError(source, problems)
    dangling = set(dangling_suppressions(blueprint))
    if dangling:
        blueprint.suppressions = [s for index, s in enumerate(blueprint.suppressions)
                                  if index not in dangling]
    return blueprint


class _CurrentFile(Blueprint):
    """A whole file of the current version, header and all: what pydantic's own JSON reader
    checks in one pass, without first making the file's JSON as Python objects."""

    schema_: str | None = Field(default=None, alias=SCHEMA_KEY)
    format: Literal["service-blueprint"]
    version: Annotated[int, Strict(), Field(ge=FORMAT_VERSION, le=FORMAT_VERSION)]


def _read_current_version(text: str) -> Blueprint | None:
    """The blueprint of a sound file of the current version, or None for anything else (an
    older version to bring up to date, or a problem to name exactly): the ordinary way then
    reads it. For a 50,000-step file this takes a quarter less time."""
    try:
        read = _CurrentFile.model_validate_json(text)
    except (ValidationError, ValueError, RecursionError):
        return None
    names = Blueprint.model_fields.keys()
    return Blueprint.model_construct(read.model_fields_set & names,
                                     **{name: getattr(read, name) for name in names})


def loads_blueprint(text: str, source: str = "<text>") -> Blueprint:
    """A Blueprint from the text of a ``*.blueprint.json`` file."""
    with collection_paused():
        blueprint = _read_current_version(text)
        if blueprint is not None:
            return _cross_checked(blueprint, source)
        return blueprint_from_data(parse_json(text, source), source)


def load_blueprint(path: Path | str) -> Blueprint:
    """A Blueprint from a file; LoadError (or FileUnreadable) with every problem."""
    return loads_blueprint(read_text(path), str(path))


def loads_concept(text: str, source: str = "<text>") -> ServiceConcept:
    """A ServiceConcept from the text of a ``*.concept.json`` file."""
    body = _check_header(parse_json(text, source), CONCEPT_FORMAT, source)
    return _validate(ServiceConcept, body, source)


def load_concept(path: Path | str) -> ServiceConcept:
    """A ServiceConcept from a ``*.concept.json`` file."""
    return loads_concept(read_text(path), str(path))


# ---------------------------------------------------------------- writing


def schema_id(format_name: str, version: int = FORMAT_VERSION) -> str:
    """The identifier of a file format's JSON Schema, written as ``$schema`` in every saved
    file and as ``$id`` in the schema (``blueprint schema``, ``docs/schema/``)."""
    return f"urn:service-blueprint-designer:schema:{format_name}:{version}"


def _dumps(format_name: str, model: BaseModel) -> str:
    body = _dumped(model)
    document = {SCHEMA_KEY: schema_id(format_name), "format": format_name, "version": FORMAT_VERSION, **body}
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


_LONG_LISTS = ("steps", "flows")
"""Fields that hold tens of thousands of elements in a large journey."""


def _dumped(model: BaseModel) -> dict[str, Any]:
    """``model.model_dump(mode="json", exclude_defaults=True)``, with the long lists dumped an
    element at a time: the same dict, but no single call holds Python's interpreter lock
    for long, so a save on a worker thread (autosave) leaves the window responsive."""
    fields = type(model).model_fields
    long = [name for name in _LONG_LISTS if name in fields and getattr(model, name)]
    body = model.model_dump(mode="json", exclude_defaults=True, exclude=set(long))
    for name in long:
        body[name] = [element.model_dump(mode="json", exclude_defaults=True) for element in getattr(model, name)]
    return {name: body[name] for name in [*fields, *body] if name in body}


def dumps_blueprint(blueprint: Blueprint) -> str:
    """The file text of a blueprint: deterministic, fields in model order, 2-space indent."""
    return _dumps(BLUEPRINT_FORMAT, blueprint)


def dumps_concept(concept: ServiceConcept) -> str:
    """The file text of a service concept saved on its own."""
    return _dumps(CONCEPT_FORMAT, concept)


STALE_TEMP_SECONDS = 60
"""A temporary file of a save older than this was left by a save that never finished."""


def write_atomically(path: Path | str, data: bytes | str) -> None:
    """Write beside the target, flush to disk, then rename over it.

    If anything fails before the rename, the old file stays byte-for-byte as it was and
    the temporary file is removed. A symbolic link is followed: its target gets the new
    content and the link stays a link. The file keeps its mode, and its owner and group
    where the system lets us set them (saving as root does not take a user's file). A file
    with several hard links is rewritten in place after the new content is safely on disk
    beside it, so every name still shows the same file. Temporary files that a killed save
    left beside the file are removed.
    """
    with written_atomically(path) as stream:
        stream.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextmanager
def written_atomically(path: Path | str) -> Iterator[BinaryIO]:
    """A binary stream to write a file in pieces; put in place as :func:`write_atomically`
    does when the block ends, and thrown away (the old file untouched) when it raises.

    For content too large to hold in memory at once: a picture or report of a long journey.
    """
    path = Path(os.path.realpath(path))
    try:
        existing: os.stat_result | None = path.stat()
    except FileNotFoundError:
        existing = None
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w+b") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
            if existing is not None and existing.st_nlink > 1:
                stream.seek(0)
                _overwrite_in_place(path, stream)
        if existing is None:
            os.chmod(temp_name, 0o666 & ~_umask())
        elif existing.st_nlink > 1:
            os.unlink(temp_name)
            _remove_stale_temporaries(path)
            return
        else:
            os.chmod(temp_name, existing.st_mode & 0o7777)
            _keep_owner(temp_name, existing)
        os.replace(temp_name, path)
        _sync_folder(path.parent)
    except BaseException:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        raise
    _remove_stale_temporaries(path)


def _keep_owner(temp_name: str, existing: os.stat_result) -> None:
    """Give the new file the old one's owner and group, as far as we are allowed to."""
    if not hasattr(os, "chown"):
        return
    for uid, gid in ((existing.st_uid, existing.st_gid), (-1, existing.st_gid)):
        try:
            os.chown(temp_name, uid, gid)
            return
        except OSError:
            continue


def _overwrite_in_place(path: Path, content: BinaryIO) -> None:
    """Rewrite a hard-linked file's content without replacing the file itself."""
    with open(path, "r+b") as stream:
        shutil.copyfileobj(content, stream)
        stream.truncate()
        stream.flush()
        os.fsync(stream.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable, where the system allows opening a folder."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _remove_stale_temporaries(path: Path) -> None:
    """Remove ``.NAME.*.tmp`` files a killed save left beside ``path``."""
    now = time.time()
    try:
        leftovers = list(path.parent.glob(f".{glob.escape(path.name)}.*.tmp"))
    except OSError:
        return
    for leftover in leftovers:
        try:
            if now - leftover.stat().st_mtime > STALE_TEMP_SECONDS:
                leftover.unlink()
        except OSError:
            continue


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def save_blueprint(blueprint: Blueprint, path: Path | str) -> None:
    """Save atomically as a ``*.blueprint.json`` file."""
    write_atomically(path, dumps_blueprint(blueprint))


def save_concept(concept: ServiceConcept, path: Path | str) -> None:
    """Save atomically as a ``*.concept.json`` file."""
    write_atomically(path, dumps_concept(concept))
