"""Saved models as data: the one module that writes and reads model folders.

Owns the folder layout shared by :class:`textlab.classify.ParagraphClassifier` and
:class:`textlab.topics.TopicModel`, every check made on reading one, and
:class:`ModelFormatError`, the single error a malformed folder gives.

A model folder holds ``manifest.json`` (format name and version, textlab version, creation time,
the SHA-256 of every data file, plus whatever the model adds) and data files: ``.npz`` arrays
and JSON. Writing (:func:`write_model`) serialises everything in memory, hashes the bytes and
writes them. Reading (:func:`open_model`) treats the folder as hostile:

* only plain file names (``[A-Za-z0-9][A-Za-z0-9._-]*``, no path separator, no ``..``, not
  absolute) listed in the manifest are read, each resolved inside the folder; the manifest must
  list exactly the data files the model expects;
* no symbolic link is followed: every file read must be a regular file, not a link, FIFO or
  folder (the folder path the caller passes is resolved once; links inside it are refused);
* every file is read once, into memory, up to a size limit (:data:`MAX_FILE_BYTES`; the
  manifest :data:`MAX_MANIFEST_BYTES`); the SHA-256 is checked on those bytes and the same
  bytes are parsed, so the file cannot change between the check and the use;
* JSON is strict UTF-8, nested at most :data:`MAX_JSON_DEPTH` levels, with no NaN / Infinity,
  no non-finite or overlong numbers and no duplicate keys;
* arrays are read from ``.npz`` members whose ``.npy`` header is checked first: no object
  dtype (nothing is ever unpickled), the expected dtype kind and item size, the expected shape
  (from the manifest and vocabulary, before any data is allocated), then finite values and,
  where the model needs it, positive ones.

Every problem raises :class:`ModelFormatError` naming the file and the problem; a hash
mismatch never prints the hash of the file found (it could be another file's). Only a folder
without ``manifest.json`` (not a saved model at all) gives ``FileNotFoundError``.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import json
import math
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

__all__ = [
    "ModelFormatError",
    "ModelFolder",
    "ArraySpec",
    "MANIFEST",
    "MAX_FILE_BYTES",
    "MAX_MANIFEST_BYTES",
    "MAX_JSON_DEPTH",
    "write_model",
    "open_model",
    "npz_bytes",
    "json_bytes",
    "parse_json",
    "check_labels",
    "check_strings",
    "is_plain_name",
]

MANIFEST = "manifest.json"
#: Largest data file read (bytes); also the largest uncompressed array member of an ``.npz``.
MAX_FILE_BYTES = 256 * 1024 * 1024
#: Largest ``manifest.json`` read (bytes).
MAX_MANIFEST_BYTES = 1024 * 1024
#: Deepest nesting of JSON arrays / objects accepted.
MAX_JSON_DEPTH = 16
#: Longest integer literal accepted in JSON (digits); 18 digits stay below 2**63.
MAX_INT_DIGITS = 18
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}\Z")
_HEX64 = re.compile(r"[0-9a-f]{64}\Z")
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_JSON_BRACKET = re.compile(r"[\[\]{}]")


class ModelFormatError(ValueError):
    """A saved model folder that cannot be loaded safely; the message names the file and the problem."""


def _fail(where: Path | str, problem: str) -> ModelFormatError:
    return ModelFormatError(f"{where}: {problem}")


# --------------------------------------------------------------------------------- writing


def npz_bytes(arrays: Mapping[str, np.ndarray]) -> bytes:
    """The compressed ``.npz`` of ``arrays`` as bytes (numeric arrays only; nothing pickled)."""
    for name, arr in arrays.items():
        if np.asarray(arr).dtype.hasobject:
            raise TypeError(f"array {name!r} holds Python objects; only numeric arrays are saved")
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **{name: np.asarray(arr) for name, arr in arrays.items()})
    return buffer.getvalue()


def json_bytes(obj: Any, *, indent: int | None = None) -> bytes:
    """``obj`` as UTF-8 JSON (non-ASCII kept, NaN refused), newline-terminated."""
    return (json.dumps(obj, ensure_ascii=False, indent=indent, allow_nan=False) + "\n").encode("utf-8")


def write_model(folder: str | Path, *, format: str, format_version: int, files: Mapping[str, bytes],
                manifest: Mapping[str, Any] | None = None) -> Path:
    """Write ``files`` (plain name -> bytes) and a manifest with their SHA-256 to ``folder``.

    ``manifest`` adds model-specific entries after the common ones (format, format_version,
    textlab_version, created); ``files`` is added last. Returns the folder.
    """
    from textlab import __version__

    out = Path(folder)
    if out.exists() and not out.is_dir():
        raise FileExistsError(f"{out}: exists and is not a folder")
    for name in files:
        if not is_plain_name(name) or name == MANIFEST:
            raise ValueError(f"{name!r} is not a plain data file name")
    out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        target = out / name
        if target.is_symlink():  # never write through a link left in the folder
            target.unlink()
        target.write_bytes(data)
    document: dict[str, Any] = {
        "format": format,
        "format_version": int(format_version),
        "textlab_version": __version__,
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
    }
    document.update(manifest or {})
    document["files"] = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    target = out / MANIFEST
    if target.is_symlink():
        target.unlink()
    target.write_bytes(json_bytes(document, indent=2))
    return out


# --------------------------------------------------------------------------------- reading


def is_plain_name(name: Any) -> bool:
    """A file name that stays inside its folder: letters, digits, ``._-``, no separator, no ``..``."""
    return isinstance(name, str) and bool(_NAME.match(name)) and ".." not in name


def _read_regular_file(path: Path, limit: int, shown: Path | None = None) -> bytes:
    """The bytes of ``path`` if it is a regular file (not a link) of at most ``limit`` bytes.

    ``shown`` is the path named in messages (the one the caller gave, before resolving).
    """
    real, path = path, shown or path
    try:
        info = os.lstat(real)
    except FileNotFoundError:
        raise _fail(path, "listed in the manifest but missing") from None
    except OSError as err:
        raise _fail(path, f"cannot be read ({err.strerror})") from None
    if stat.S_ISLNK(info.st_mode):
        raise _fail(path, "is a symbolic link; model files must be regular files inside the model folder")
    if not stat.S_ISREG(info.st_mode):
        raise _fail(path, "is not a regular file")
    if info.st_size > limit:
        raise _fail(path, f"is {info.st_size} bytes, more than the limit of {limit} bytes for a model file")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(real, flags)
    except OSError as err:  # e.g. replaced by a link after lstat (ELOOP)
        raise _fail(path, f"cannot be opened safely ({err.strerror})") from None
    with os.fdopen(fd, "rb") as fh:
        opened = os.fstat(fh.fileno())
        if not stat.S_ISREG(opened.st_mode) or opened.st_size > limit:
            raise _fail(path, "changed while it was opened (no longer a regular file within the size limit)")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise _fail(path, f"is more than the limit of {limit} bytes for a model file")
    return data


def _json_depth_ok(text: str, max_depth: int) -> bool:
    """Whether the brackets of ``text`` (outside strings) nest at most ``max_depth`` deep; linear."""
    depth = 0
    for match in _JSON_BRACKET.finditer(_JSON_STRING.sub('""', text)):
        if match.group() in "[{":
            depth += 1
            if depth > max_depth:
                return False
        else:
            depth -= 1
    return True


class _JSONRefused(Exception):
    pass


def _parse_int(literal: str) -> int:
    if len(literal.lstrip("-")) > MAX_INT_DIGITS:
        raise _JSONRefused(f"integer of {len(literal)} digits (at most {MAX_INT_DIGITS})")
    return int(literal)


def _parse_float(literal: str) -> float:
    if len(literal) > 64:
        raise _JSONRefused(f"number literal of {len(literal)} characters")
    value = float(literal)
    if not math.isfinite(value):
        raise _JSONRefused(f"number {literal[:20]} is out of range")
    return value


def _parse_constant(name: str) -> Any:
    raise _JSONRefused(f"{name} is not a JSON number")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _JSONRefused(f"duplicate key {key[:40]!r}")
        result[key] = value
    return result


def parse_json(data: bytes, where: Path | str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Strict JSON from ``data``; any problem is a :class:`ModelFormatError` naming ``where``."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise _fail(where, f"is not UTF-8 text ({err.reason} at byte {err.start})") from None
    if not _json_depth_ok(text, max_depth):
        raise _fail(where, f"JSON nested more than {max_depth} levels deep")
    try:
        return json.loads(text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant,
                          object_pairs_hook=_no_duplicates)
    except _JSONRefused as err:
        raise _fail(where, f"refused JSON: {err}") from None
    except (json.JSONDecodeError, ValueError, RecursionError, MemoryError) as err:
        raise _fail(where, f"not valid JSON ({str(err)[:200]})") from None


@dataclass(frozen=True)
class ArraySpec:
    """What one array of an ``.npz`` must be: shape, dtype kind (``"f"`` float, ``"i"`` int), sign."""

    shape: tuple[int, ...]
    kind: str = "f"
    positive: bool = False
    nonnegative: bool = False


_ITEMSIZES = {"f": (4, 8), "i": (1, 2, 4, 8), "u": (1, 2, 4, 8)}


def _read_npy_header(fh) -> tuple[tuple[int, ...], np.dtype]:
    from numpy.lib import format as npy

    version = npy.read_magic(fh)
    if version == (1, 0):
        shape, _, dtype = npy.read_array_header_1_0(fh)
    elif version == (2, 0):
        shape, _, dtype = npy.read_array_header_2_0(fh)
    else:
        raise ValueError(f".npy format version {version} not read")
    return tuple(shape), np.dtype(dtype)


def _read_npz(data: bytes, where: Path, spec: Mapping[str, ArraySpec]) -> dict[str, np.ndarray]:
    from numpy.lib import format as npy

    arrays: dict[str, np.ndarray] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {info.filename: info for info in archive.infolist()}
            expected = {f"{name}.npy" for name in spec}
            unexpected = sorted(set(members) - expected)
            if unexpected:
                raise _fail(where, f"unexpected members {unexpected[:5]} (expected {sorted(expected)})")
            for name, want in spec.items():
                info = members.get(f"{name}.npy")
                if info is None:
                    raise _fail(where, f"no array {name!r}")
                if info.file_size > MAX_FILE_BYTES:
                    raise _fail(where, f"array {name!r} unpacks to {info.file_size} bytes, more than the limit")
                with archive.open(info) as fh:
                    shape, dtype = _read_npy_header(fh)
                    if dtype.hasobject or dtype.fields is not None or dtype.subdtype is not None:
                        raise _fail(where, f"array {name!r} has dtype {dtype}: Python objects or records are "
                                           "refused (they would need pickle)")
                    if dtype.kind != want.kind or dtype.itemsize not in _ITEMSIZES.get(want.kind, ()):
                        raise _fail(where, f"array {name!r} has dtype {dtype}, expected kind {want.kind!r}")
                    if shape != tuple(want.shape):
                        raise _fail(where, f"array {name!r} has shape {shape}, expected {tuple(want.shape)}")
                with archive.open(info) as fh:
                    arr = npy.read_array(fh, allow_pickle=False)
                if want.kind == "f" and not np.isfinite(arr).all():
                    raise _fail(where, f"array {name!r} holds NaN or infinite values")
                if want.positive and not (arr > 0).all():
                    raise _fail(where, f"array {name!r} must be positive, has values <= 0")
                if want.nonnegative and not (arr >= 0).all():
                    raise _fail(where, f"array {name!r} must not be negative")
                arrays[name] = arr
    except ModelFormatError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError,
            MemoryError, RuntimeError) as err:
        raise _fail(where, f"not a readable .npz of plain arrays ({str(err)[:200]})") from None
    return arrays


class ModelFolder:
    """A model folder whose manifest and data files have passed the checks of :func:`open_model`.

    ``manifest`` is the parsed manifest, ``version`` its format version; :meth:`json` and
    :meth:`arrays` parse the (already hash-checked) bytes of a data file.
    """

    def __init__(self, path: Path, manifest: dict[str, Any], data: dict[str, bytes]) -> None:
        self.path = path
        self.manifest = manifest
        self.version: int = manifest["format_version"]
        self._data = data

    @property
    def manifest_path(self) -> Path:
        return self.path / MANIFEST

    def file(self, name: str) -> Path:
        return self.path / name

    def json(self, name: str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
        return parse_json(self._data[name], self.file(name), max_depth=max_depth)

    def arrays(self, name: str, spec: Mapping[str, ArraySpec]) -> dict[str, np.ndarray]:
        return _read_npz(self._data[name], self.file(name), spec)

    def fail(self, name: str, problem: str) -> ModelFormatError:
        """A :class:`ModelFormatError` about file ``name`` of this folder."""
        return _fail(self.file(name), problem)


def open_model(folder: str | Path, *, format: str, versions: Sequence[int] | range, data_files: Iterable[str],
               kind: str = "model") -> ModelFolder:
    """Check the manifest of ``folder`` and read its data files; see the module docstring.

    ``format``: the expected format name; ``versions``: the format versions this textlab reads;
    ``data_files``: exactly the files the manifest must list. ``kind`` names the model in messages.
    """
    from textlab import __version__

    given = Path(folder)
    if not given.is_dir():
        raise FileNotFoundError(f"{given}: no such model folder")
    base = given.resolve()
    manifest_path = given / MANIFEST
    if not os.path.lexists(manifest_path):
        raise FileNotFoundError(f"{manifest_path}: missing; {given} is not a saved textlab {kind}")
    manifest = parse_json(_read_regular_file(base / MANIFEST, MAX_MANIFEST_BYTES, manifest_path), manifest_path)
    if not isinstance(manifest, dict):
        raise _fail(manifest_path, f"must be a JSON object, not {type(manifest).__name__}")
    found = manifest.get("format")
    if found != format:
        shown = found if isinstance(found, str) else type(found).__name__
        raise _fail(manifest_path, f"format {str(shown)[:80]!r} is not {format!r}: not a saved textlab {kind}")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _fail(manifest_path, f"format_version {str(version)[:40]!r} is not an integer")
    versions = list(versions)
    if version > max(versions):
        writer = manifest.get("textlab_version")
        writer = writer[:40] if isinstance(writer, str) else "unknown"
        raise _fail(manifest_path, f"format version {version} (written by textlab {writer}) is newer than this "
                                   f"textlab {__version__} reads (up to version {max(versions)}); upgrade textlab")
    if version not in versions:
        raise _fail(manifest_path, f"format version {version} is not a known {kind} format ({versions})")
    files = manifest.get("files")
    if not isinstance(files, dict):
        raise _fail(manifest_path, "'files' must map file names to SHA-256 hashes")
    for name, digest in files.items():
        if not is_plain_name(name):
            raise _fail(manifest_path, f"file name {name[:80]!r} is not a plain name inside the model folder "
                                       "(no path separators, '..' or absolute paths)")
        if not isinstance(digest, str) or not _HEX64.match(digest):
            raise _fail(manifest_path, f"the SHA-256 of {name} is not 64 lowercase hex digits")
    wanted = list(data_files)
    missing = [name for name in wanted if name not in files]
    if missing:
        raise _fail(manifest_path, f"no SHA-256 recorded for {missing}; not a complete {kind} folder")
    extra = sorted(set(files) - set(wanted))
    if extra:
        raise _fail(manifest_path, f"lists unexpected files {extra} (a {kind} has {wanted})")
    data: dict[str, bytes] = {}
    for name in wanted:
        path = base / name
        if path.parent != base:  # cannot happen with a plain name; kept as the last line of defence
            raise _fail(given / name, "resolves outside the model folder")
        content = _read_regular_file(path, MAX_FILE_BYTES, given / name)
        if hashlib.sha256(content).hexdigest() != files[name]:
            raise _fail(given / name, f"SHA-256 does not match the one recorded in {MANIFEST} "
                                      "(the file was changed or damaged)")
        data[name] = content
    return ModelFolder(given, manifest, data)


# --------------------------------------------------------------------------------- values


def check_labels(values: Any, allowed: Iterable[str], where: Path | str, what: str = "classes") -> list[str]:
    """``values`` as a list of distinct strings from ``allowed`` (at least two)."""
    allowed = tuple(allowed)
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise _fail(where, f"{what} must be a list of strings")
    unknown = [v[:40] for v in values if v not in allowed]
    if unknown:
        raise _fail(where, f"unknown {what} {unknown[:5]}; known: {list(allowed)}")
    if len(set(values)) != len(values) or len(values) < 2:
        raise _fail(where, f"{what} must be at least two distinct names, got {values}")
    return list(values)


def check_strings(values: Any, where: Path | str, what: str, *, max_len: int | None = None) -> list[str]:
    """``values`` as a list of distinct non-empty strings (each at most ``max_len`` characters)."""
    if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
        raise _fail(where, f"{what} must be a list of non-empty strings")
    if max_len is not None and any(len(v) > max_len for v in values):
        raise _fail(where, f"{what} holds entries longer than {max_len} characters")
    if len(set(values)) != len(values):
        raise _fail(where, f"{what} holds duplicates")
    return values
