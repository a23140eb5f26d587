"""Load documents: a file or a folder in, ``Document`` / ``Corpus`` out.

The first stage of the flow. Reads ``.txt`` (UTF-8 with or without BOM, UTF-16/32, UTF-16
without BOM, GB18030/GBK or Big5, detected from the bytes: UTF-8 first, UTF-16 by its byte
pattern, and GB18030, Big5 and UTF-16 readings compared by how frequent their characters are in
Chinese reports, ``resources/char_freq.txt``; see ``_decode_text_file``), ``.docx``
(python-docx, or the standard library when it is not installed), ``.pdf`` (text layer, via
pypdf), and ``.csv`` / ``.jsonl`` with a text column (one document per row). Text is decoded,
line endings become ``\\n`` and a BOM is dropped; nothing else is changed (but for a lone
surrogate in a jsonl text, see below; cleaning is :mod:`textlab.cleaning`).

Metadata is sanitised wherever it comes from (file and folder names, ``_index.tsv``, csv/jsonl
fields, keys included): a lone surrogate (``"\\ud800"`` in a JSON string) becomes U+FFFD and
control characters other than tab and newline are removed, so any value can be written to CSV
or HTML later (``meta["path"]`` alone stays the real path). The same goes for a lone surrogate
in a jsonl text. ``year`` is always an int: from a file name (four digits, see
:func:`parse_file_name`) or from a csv/jsonl ``year`` field that is a *plain* year, an integer
or exactly four ASCII digits, within :data:`YEAR_RANGE`. Any other ``year`` field (``"2020年"``,
``"二〇二〇"``, ``"2019-2020"``, ``2020.5``) is not parsed: its text is kept in ``year_text`` and
the document has no ``year`` (a row's own ``year`` field also replaces the file name's).

Every file is accounted for: a file that cannot be read is listed in ``Corpus.skipped`` with the
reason, and one :class:`SkippedFilesWarning` sums them up. Provenance files (``_index.tsv``,
``MANIFEST.md``, ``README.md``) are listed in ``Corpus.provenance``. Names starting with ``.``
(``.git``, ``.DS_Store``) are not walked.

Example:
    >>> import textlab as tl
    >>> corpus = tl.load_corpus("seeds/gov_reports/provincial_gwr_2025")  # doctest: +SKIP
    >>> corpus["2025_北京市_政府工作报告"].meta["region"]  # doctest: +SKIP
    '北京市'
"""

from __future__ import annotations

import csv
import errno
import functools
import io
import json
import os
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, overload

from textlab.numerals import chinese_number

__all__ = ["Document", "Corpus", "load_corpus", "iter_documents", "SkippedFilesWarning"]

#: File types read as documents (lower-case suffixes).
SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".docx", ".pdf", ".csv", ".jsonl")
#: Provenance and annotation files (names compared case-insensitively): read into metadata
#: (``_index.tsv``) or just listed in ``Corpus.provenance`` (``labels.tsv`` holds the hand labels
#: of the development set in ``seeds/dev/``); never documents, never skipped.
PROVENANCE_NAMES: tuple[str, ...] = ("_index.tsv", "MANIFEST.md", "README.md", "labels.tsv")
_PROVENANCE_LOWER = frozenset(name.lower() for name in PROVENANCE_NAMES)
#: Years outside this range in a file name are not taken as years.
YEAR_RANGE: tuple[int, int] = (1800, 2100)

# A decoding is accepted only if at least this share of its non-ASCII characters are common
# CJK characters or punctuation (real seed texts score >= 0.98).
_MIN_PLAUSIBILITY = 0.5
# A file whose bytes are more than this share of control bytes is binary.
_MAX_CONTROL_SHARE = 0.10
_SHOWN_IN_WARNING = 5


class SkippedFilesWarning(UserWarning):
    """Some files (or csv/jsonl rows) could not be loaded; see ``Corpus.skipped``."""


# --------------------------------------------------------------------------- data classes


@dataclass(frozen=True, repr=False)
class Document:
    """One document: a stable ``id``, its decoded ``text`` and a ``meta`` dict.

    >>> doc = Document("reports/2019_国务院_政府工作报告", "各位代表：", {"year": 2019})
    >>> doc.meta["year"]
    2019
    """

    id: str
    text: str
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.id, str):
            raise TypeError(f"Document.id must be str, got {type(self.id).__name__}")
        if not isinstance(self.text, str):
            raise TypeError(f"Document.text must be str, got {type(self.text).__name__}")
        if not isinstance(self.meta, dict):
            raise TypeError(f"Document.meta must be dict, got {type(self.meta).__name__}")

    def __repr__(self) -> str:
        head = self.text[:30].replace("\n", " ")
        more = "…" if len(self.text) > 30 else ""
        return f"Document(id={self.id!r}, text={head + more!r} ({len(self.text)} chars), meta keys={list(self.meta)})"


class Corpus(Sequence[Document]):
    """An in-memory, re-iterable sequence of :class:`Document`.

    Index by position (``corpus[0]``, slices give a Corpus) or by id (``corpus["a/b"]``).
    ``skipped`` lists ``(path, reason)`` for everything that could not be loaded and
    ``provenance`` the provenance files found (``_index.tsv``, ``MANIFEST.md``).

    >>> c = Corpus([Document("a", "甲"), Document("b", "乙")])
    >>> len(c), c.ids, c["b"].text, [d.id for d in c]
    (2, ['a', 'b'], '乙', ['a', 'b'])
    """

    def __init__(
        self,
        documents: Iterable[Document] = (),
        *,
        skipped: Iterable[tuple[str, str]] = (),
        provenance: Iterable[str] = (),
    ) -> None:
        self._docs: list[Document] = list(documents)
        self._by_id: dict[str, int] = {}
        for position, doc in enumerate(self._docs):
            if not isinstance(doc, Document):
                raise TypeError(f"Corpus holds Document objects, got {type(doc).__name__} at {position}")
            if doc.id in self._by_id:
                raise ValueError(f"duplicate document id {doc.id!r} in Corpus")
            self._by_id[doc.id] = position
        self.skipped: list[tuple[str, str]] = [(str(p), str(r)) for p, r in skipped]
        self.provenance: list[str] = [str(p) for p in provenance]

    def __len__(self) -> int:
        return len(self._docs)

    def __iter__(self) -> Iterator[Document]:
        return iter(self._docs)

    @overload
    def __getitem__(self, key: int | str) -> Document: ...

    @overload
    def __getitem__(self, key: slice) -> Corpus: ...

    def __getitem__(self, key):
        if isinstance(key, str):
            try:
                return self._docs[self._by_id[key]]
            except KeyError:
                raise KeyError(f"no document with id {key!r} in this corpus of {len(self)}") from None
        if isinstance(key, slice):
            return Corpus(self._docs[key], skipped=self.skipped, provenance=self.provenance)
        if isinstance(key, int) and not isinstance(key, bool):
            return self._docs[key]
        raise TypeError(f"Corpus indices must be int, slice or str id, not {type(key).__name__}")

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return item in self._by_id
        if isinstance(item, Document) and item.id in self._by_id:
            return self._docs[self._by_id[item.id]] == item
        return False

    def __repr__(self) -> str:
        return f"<Corpus: {len(self)} documents, {len(self.skipped)} skipped>"

    @property
    def ids(self) -> list[str]:
        """Document ids in corpus order."""
        return [doc.id for doc in self._docs]

    def texts(self) -> list[str]:
        """Document texts in corpus order."""
        return [doc.text for doc in self._docs]

    def to_frame(self, *, text: bool = False):
        """A pandas DataFrame: one row per document, columns ``id``, the meta keys (and ``text``).

        Meta keys become columns in order of first appearance; integer columns with gaps
        (``year``, ``congress``) use pandas' nullable ``Int64``.
        """
        import pandas as pd

        columns: dict[str, None] = {"id": None}
        for doc in self._docs:
            columns.update(dict.fromkeys(doc.meta))
        if text:
            columns["text"] = None
        rows = [{**d.meta, "id": d.id, **({"text": d.text} if text else {})} for d in self._docs]
        frame = pd.DataFrame.from_records(rows, columns=list(columns))
        for name in columns:
            values = [row[name] for row in rows if row.get(name) is not None]
            if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
                frame[name] = frame[name].astype("Int64")
        return frame


# --------------------------------------------------------------------------- public loaders


def load_corpus(
    path: str | os.PathLike[str],
    *,
    text_column: str = "text",
    recursive: bool = True,
    warn: bool = True,
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> Corpus:
    """Load one file or a folder (recursively, in sorted order) into a :class:`Corpus`.

    Ids are paths relative to the folder, without suffix, with ``/`` separators (a file
    sharing its stem with a sibling keeps its suffix); a csv/jsonl row is ``<file id>:<n>``
    (n: data row of a csv, line of a jsonl). ``meta`` holds ``path``, ``format``,
    ``encoding`` (text files), ``n_chars``, ``collection`` (relative parent folder), what the
    file name says (``year``, ``region``, ``title``, ``congress``) and, from an ``_index.tsv``
    naming the file, ``source_title`` and ``source_url``; csv/jsonl rows add their other columns
    and ``row`` (a ``year`` column gives an int ``year`` only when plain, else ``year_text``).
    All metadata is sanitised (no lone surrogates, no control characters; module docstring). Names starting with ``.`` are not walked; a name whose bytes are not UTF-8
    is decoded as GB18030/Big5 (else its bytes are escaped) for the id, ``path`` stays real.
    Unreadable files go to ``corpus.skipped``; with ``warn`` one SkippedFilesWarning sums them up.
    Folders named in ``exclude`` (for example a report folder written inside the input) are
    not walked.

    >>> corpus = load_corpus("seeds/")  # doctest: +SKIP
    >>> corpus["gov_reports/national_gwr_wikisource/2019_国务院_政府工作报告"].meta["year"]  # doctest: +SKIP
    2019
    """
    root = _check_arguments(path, text_column)
    log = _LoadLog(str(path), [], [])
    documents = list(_generate(root, text_column=text_column, recursive=recursive, log=log, exclude=exclude))
    if warn and log.skipped:
        warnings.warn(log.summary(), SkippedFilesWarning, stacklevel=2)
    return Corpus(documents, skipped=log.skipped, provenance=log.provenance)


def iter_documents(
    path: str | os.PathLike[str],
    *,
    text_column: str = "text",
    recursive: bool = True,
    warn: bool = True,
    skipped: list | None = None,
    provenance: list | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> Iterator[Document]:
    """Yield the documents of a file or folder one at a time (for corpora too big for memory).

    Same reading rules as :func:`load_corpus`. ``(path, reason)`` pairs of what could not be
    read are appended to ``skipped`` and provenance files to ``provenance`` (lists you pass)
    as the walk goes; with ``warn`` one SkippedFilesWarning is issued at the end. Path errors
    are raised at once, not on the first ``next``. Call again to read the corpus again.

    >>> sizes = [d.meta["n_chars"] for d in iter_documents("seeds/party_building")]  # doctest: +SKIP
    """
    root = _check_arguments(path, text_column)
    log = _LoadLog(str(path), skipped if skipped is not None else [], provenance if provenance is not None else [])
    return _stream(root, text_column=text_column, recursive=recursive, log=log, warn=warn, exclude=exclude)


def _stream(
    root: Path, *, text_column: str, recursive: bool, log: _LoadLog, warn: bool, exclude: Iterable = ()
) -> Iterator[Document]:
    yield from _generate(root, text_column=text_column, recursive=recursive, log=log, exclude=exclude)
    if warn and log.skipped:
        warnings.warn(log.summary(), SkippedFilesWarning, stacklevel=2)


def _check_arguments(path: Any, text_column: Any) -> Path:
    """Validate the path (TypeError / FileNotFoundError) and text column; return the path."""
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}: {path!r}")
    fspath = os.fspath(path)
    if not isinstance(fspath, str):
        raise TypeError(f"path must be a str or os.PathLike of str, not {type(fspath).__name__}: {path!r}")
    if not isinstance(text_column, str):
        raise TypeError(f"text_column must be a str, not {type(text_column).__name__}")
    if not text_column:
        raise ValueError("text_column must not be empty")
    if fspath == "" or not os.path.lexists(fspath):
        raise FileNotFoundError(2, "No such file or folder", fspath)
    return Path(fspath)


# --------------------------------------------------------------------------- bookkeeping


class _Skip(Exception):
    """A file (or row) cannot be loaded; ``str(self)`` is the reason."""


@dataclass
class _LoadLog:
    """What a load has seen: skipped entries, provenance files and counts for the warning."""

    root_display: str
    skipped: list
    provenance: list
    n_files: int = 0
    n_file_skips: int = 0
    n_row_skips: int = 0

    def skip_file(self, path: str, reason: str) -> None:
        self.skipped.append((path, reason))
        self.n_file_skips += 1

    def skip_row(self, path: str, reason: str) -> None:
        self.skipped.append((path, reason))
        self.n_row_skips += 1

    def summary(self) -> str:
        """One message: how many of how many were skipped, and the first few reasons."""
        parts = [f"{self.n_file_skips} of {self.n_files} files"]
        if self.n_row_skips:
            parts.append(f"{self.n_row_skips} rows/lines of csv/jsonl files")
        shown = "\n".join(f"  {p}: {r}" for p, r in self.skipped[:_SHOWN_IN_WARNING])
        more = len(self.skipped) - _SHOWN_IN_WARNING
        tail = f"\n  … and {more} more (see corpus.skipped)" if more > 0 else ""
        return f"textlab: skipped {' and '.join(parts)} under {self.root_display!r}:\n{shown}{tail}"


# --------------------------------------------------------------------------- walking


def _generate(
    root: Path, *, text_column: str, recursive: bool, log: _LoadLog, exclude: Iterable = ()
) -> Iterator[Document]:
    """Walk ``root`` in sorted order and yield documents; record everything else in ``log``.

    Folders in ``exclude`` are left out of the walk silently (not listed as skipped).
    """
    seen_ids: set[str] = set()
    for file_path, file_id, base_meta in _files(root, recursive=recursive, log=log, exclude=exclude):
        for doc in _file_documents(file_path, file_id, base_meta, text_column, log):
            if not _first_time(doc, seen_ids, str(file_path), log):
                continue
            yield doc


def _files(root: Path, *, recursive: bool, log: _LoadLog, exclude: Iterable = ()) -> Iterator[tuple[Path, str, dict]]:
    """``(path, document id, metadata)`` of the files a load reads, in reading order (the walk,
    provenance indexes and skipped folders recorded in ``log``). The Dask engine lists the files
    with this on the client and reads them with :func:`_file_documents` on the workers."""
    indexes = _IndexCache(log, root if root.is_dir() else root.parent)
    if root.is_dir():
        excluded = frozenset(os.path.realpath(p) for p in exclude)
        entries = _walk(root, (), recursive, log, {os.path.realpath(root)}, excluded)
    elif root.is_file():
        entries = iter([(root, (_nfc(root.name),), False)])
    else:
        log.n_files += 1
        log.skip_file(str(root), _not_a_file_reason(root, root.is_symlink()))
        return
    for file_path, rel_parts, collides in entries:
        display = str(file_path)
        name = rel_parts[-1]
        if name.lower() in _PROVENANCE_LOWER:
            if name.lower() == "_index.tsv":
                indexes.register(file_path.parent, display)
            else:
                log.provenance.append(display)
            continue
        log.n_files += 1
        yield file_path, _file_id(rel_parts, collides), _base_meta(display, rel_parts, indexes.lookup(file_path))


def _file_documents(file_path: Path, file_id: str, base_meta: dict, text_column: str, log: _LoadLog) -> list[Document]:
    """The documents of one listed file; a file that cannot be used is recorded in ``log``."""
    display = str(file_path)
    try:
        return list(_read_file(file_path, file_id, base_meta, text_column, display, log))
    except _Skip as skip:
        log.skip_file(display, str(skip))
    except Exception as error:  # last resort: a reader bug must not end the load
        log.skip_file(display, f"unexpected error while reading: {_describe(error)}")
    return []


def _first_time(doc: Document, seen_ids: set[str], display: str, log: _LoadLog) -> bool:
    """False (and the row recorded as skipped) when an earlier file gave a document this id."""
    if doc.id in seen_ids:
        log.skip_row(display, f"duplicate id {doc.id!r} (an earlier file has the same id)")
        return False
    seen_ids.add(doc.id)
    return True


def _walk(
    folder: Path, rel: tuple[str, ...], recursive: bool, log: _LoadLog, visited: set[str],
    excluded: frozenset[str] = frozenset(),
) -> Iterator[tuple[Path, tuple[str, ...], bool]]:
    """Yield ``(path, relative parts, stem collides)`` for the files under ``folder``, sorted.

    ``visited`` holds the real paths of folders already walked, so a symbolic link to one of
    them (or a link loop) is reported once instead of read twice.
    """
    try:
        with os.scandir(folder) as scan:
            entries = sorted(
                ((_nfc(e.name), e) for e in scan if not e.name.startswith(".")),
                key=lambda pair: (pair[0], pair[1].name),
            )
    except PermissionError:
        log.n_files += 1
        log.skip_file(str(folder), "permission denied: folder not read")
        return
    except OSError as error:
        log.n_files += 1
        log.skip_file(str(folder), f"folder not read: {error.strerror or error}")
        return
    stems: dict[str, int] = {}  # stems shared by loadable files keep their suffix in the id
    for name, entry in entries:
        stem, suffix = _stem_and_suffix(name)
        if suffix.lower() in SUPPORTED_SUFFIXES and _is_file(entry):
            stems[stem] = stems.get(stem, 0) + 1
    for name, entry in entries:
        path = folder / entry.name
        if _is_dir(entry):
            if not recursive:
                continue
            real = os.path.realpath(path)
            if real in excluded:
                continue
            if real in visited:
                log.n_files += 1
                log.skip_file(str(path), "folder already read through another path (symbolic link)")
                continue
            visited.add(real)
            yield from _walk(path, (*rel, name), recursive, log, visited, excluded)
        elif _is_file(entry):
            yield path, (*rel, name), stems.get(_stem_and_suffix(name)[0], 0) > 1
        else:
            log.n_files += 1
            log.skip_file(str(path), _not_a_file_reason(path, entry.is_symlink()))


def _not_a_file_reason(path: Path, is_symlink: bool) -> str:
    if not is_symlink:
        return "not a regular file (device, pipe or socket)"
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop (the link leads back to itself)"
        return "broken symbolic link"
    return "symbolic link to something that is not a regular file (device, pipe or socket)"


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


_SURROGATE_RE = re.compile("[\udc80-\udcff]")


def _nfc(name: str) -> str:
    """The NFC form of a file or folder name, always valid Unicode.

    A name whose bytes on disk are not UTF-8 (an archive unpacked from a Chinese Windows
    machine) reaches Python with surrogate escapes, which cannot be written out as UTF-8 later;
    it is decoded as GB18030 or Big5 when that reads as Chinese, else its bad bytes are shown as
    ``\\xNN``. Only ids and name metadata use this form; ``meta["path"]`` stays the real path.

    >>> _nfc(os.fsdecode("政府工作报告.txt".encode("gbk")))
    '政府工作报告.txt'
    >>> _nfc(os.fsdecode(b"\\xff\\xfe.txt"))
    '\\\\xff\\\\xfe.txt'
    """
    if _SURROGATE_RE.search(name):
        name = _decode_file_name(os.fsencode(name))
    return unicodedata.normalize("NFC", name)


def _decode_file_name(raw: bytes) -> str:
    """A file name's bytes that are not UTF-8: GB18030 or Big5 if plausible, else escaped bytes."""
    candidates = []
    for preference, encoding in ((2, "gb18030"), (1, "big5")):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), preference, text))
    if candidates:
        score, _, text = max(candidates)
        if score >= _MIN_PLAUSIBILITY:
            return text
    return raw.decode("utf-8", "backslashreplace")


def _stem_and_suffix(name: str) -> tuple[str, str]:
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        return name, ""
    return stem, "." + suffix


def _file_id(rel_parts: tuple[str, ...], keep_suffix: bool) -> str:
    """``('a', 'b.txt')`` -> ``'a/b'`` (``'a/b.txt'`` when a sibling shares the stem)."""
    last = rel_parts[-1] if keep_suffix else _stem_and_suffix(rel_parts[-1])[0]
    return "/".join((*rel_parts[:-1], last))


def _base_meta(display: str, rel_parts: tuple[str, ...], index_meta: dict) -> dict:
    stem, suffix = _stem_and_suffix(rel_parts[-1])
    meta: dict[str, Any] = {"path": display, "format": suffix.lstrip(".").lower()}
    meta["collection"] = "/".join(rel_parts[:-1])
    meta.update(parse_file_name(stem))
    meta.update(index_meta)
    return {key: value if key == "path" else _clean_meta_value(value) for key, value in meta.items()}


# --------------------------------------------------------------------------- file names


_CONGRESS_RE = re.compile(r"^(\d{1,3})_中共第([0-9]+|[一二三四五六七八九十]+)次全国代表大会(?:_(.+))?$")
_YEAR_PARTS_RE = re.compile(r"^(\d{4})_([^_]+)(?:_(.+))?$")
_YEAR_NIAN_RE = re.compile(r"^(\d{4})年")


def _plausible_year(digits: str) -> int | None:
    year = int(digits)
    return year if YEAR_RANGE[0] <= year <= YEAR_RANGE[1] else None


def parse_file_name(stem: str) -> dict[str, Any]:
    """Metadata a file name carries: ``year``, ``region``, ``title``, ``congress``.

    >>> parse_file_name("2025_北京市_政府工作报告")
    {'year': 2025, 'region': '北京市', 'title': '政府工作报告'}
    >>> parse_file_name("01_中共第1次全国代表大会_北京共产主义组织的报告")
    {'congress': 1, 'title': '北京共产主义组织的报告'}
    >>> parse_file_name("000_057e809f07488864")
    {}
    """
    stem = _nfc(stem)
    match = _CONGRESS_RE.match(stem)
    if match:
        meta: dict[str, Any] = {"congress": chinese_number(match.group(2))}
        if match.group(3):
            meta["title"] = match.group(3)
        return meta
    match = _YEAR_PARTS_RE.match(stem)
    if match and _plausible_year(match.group(1)):
        year, second, rest = int(match.group(1)), match.group(2), match.group(3)
        if rest:  # YYYY_<region or issuer>_<title>
            return {"year": year, "region": second, "title": rest}
        return {"year": year, "title": second}  # YYYY_<title>
    match = _YEAR_NIAN_RE.match(stem)
    if match and _plausible_year(match.group(1)):  # 2025年北京市政府工作报告
        return {"year": int(match.group(1)), "title": stem}
    return {}


# --------------------------------------------------------------------------- _index.tsv


class _IndexCache:
    """``_index.tsv`` files (columns file, title, source_url), parsed once each.

    An index applies to the files it names, by path relative to its folder, so the index of
    a folder also covers its subfolders; indexes above the load root are used when they name
    a loaded file.
    """

    def __init__(self, log: _LoadLog, root: Path) -> None:
        self._log = log
        self._root = root  # as the caller spelled it, for displayed paths
        self._root_abs = root.absolute()
        self._tables: dict[Path, dict[str, dict[str, str]] | None] = {}
        self._errors: dict[Path, str] = {}
        self._listed: set[Path] = set()

    def register(self, folder: Path, display: str) -> None:
        """The walk reached ``folder/_index.tsv``: list it as provenance, or skip it if unreadable."""
        folder = folder.absolute()
        display = self._display(folder)
        self._table(folder)
        if folder in self._errors:
            self._log.n_files += 1
            self._log.skip_file(display, self._errors[folder])
        elif folder not in self._listed:
            self._listed.add(folder)
            self._log.provenance.append(display)

    def lookup(self, file_path: Path) -> dict[str, str]:
        """``source_title`` / ``source_url`` for ``file_path`` from the nearest index naming it."""
        parts: list[str] = [_nfc(file_path.name)]
        for folder in file_path.absolute().parents:
            table = self._table(folder)
            entry = table.get("/".join(reversed(parts))) if table else None
            if entry is not None:
                if folder not in self._listed:
                    self._listed.add(folder)
                    self._log.provenance.append(self._display(folder))
                return dict(entry)
            parts.append(_nfc(folder.name))
        return {}

    def _display(self, folder: Path) -> str:
        """``folder/_index.tsv`` spelled from the load root when inside it."""
        try:
            return str(self._root / folder.relative_to(self._root_abs) / "_index.tsv")
        except ValueError:  # above the load root
            return str(folder / "_index.tsv")

    def _table(self, folder: Path) -> dict[str, dict[str, str]] | None:
        if folder not in self._tables:
            self._tables[folder] = None
            index_path = folder / "_index.tsv"
            if index_path.is_file():
                try:
                    self._tables[folder] = _read_index(_read_bytes(index_path))
                except _Skip as skip:
                    self._errors[folder] = f"unreadable provenance index: {skip}"
        return self._tables[folder]


def _read_index(data: bytes) -> dict[str, dict[str, str]]:
    text, _ = _decode_bytes(data)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    if not rows or "file" not in rows[0]:
        raise _Skip("provenance index without a 'file' column in its header")
    header = rows[0]
    table: dict[str, dict[str, str]] = {}
    for row in rows[1:]:
        record = dict(zip(header, row))
        name = _nfc(record.get("file", "").strip().replace("\\", "/"))
        if not name:
            continue
        entry = {}
        if record.get("title", "").strip():
            entry["source_title"] = record["title"].strip()
        if record.get("source_url", "").strip():
            entry["source_url"] = record["source_url"].strip()
        table[name] = entry
    return table


# --------------------------------------------------------------------------- reading files


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, or _Skip with a clear reason."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except PermissionError:
        raise _Skip("permission denied") from None
    except FileNotFoundError:
        raise _Skip("file disappeared during the load (or is a broken symbolic link)") from None
    except IsADirectoryError:
        raise _Skip("is a folder") from None
    except OSError as error:
        raise _Skip(f"cannot read file: {error.strerror or error}") from None


def _read_file(
    path: Path, file_id: str, meta: dict, text_column: str, display: str, log: _LoadLog
) -> Iterator[Document]:
    """Documents in one file; raises _Skip when the file as a whole cannot be used."""
    suffix = _stem_and_suffix(path.name)[1].lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise _Skip(_unsupported_reason(path.name, suffix))
    data = _read_bytes(path)
    if not data:
        raise _Skip("empty file (0 bytes)")
    if suffix in (".csv", ".jsonl"):
        yield from _read_rows(data, suffix, file_id, meta, text_column, display, log)
        return
    extra: dict[str, Any] = {}
    if suffix == ".txt":
        text, extra["encoding"] = _decode_text_file(data)
    elif suffix == ".docx":
        text = _docx_text(data, path.name)
    else:
        text, extra["n_pages"] = _pdf_text(data)
    text = _normalise_newlines(text)
    if not text.strip():
        raise _Skip("no text (only whitespace)")
    yield Document(file_id, text, {**meta, **extra, "n_chars": len(text)})


_OBJECT_AT_RE = re.compile(r"<[\w.]+ object at 0x[0-9a-fA-F]+>")


def _describe(error: Exception) -> str:
    """``'Type: message'`` without memory addresses, so the same file gives the same reason."""
    return f"{type(error).__name__}: {_OBJECT_AT_RE.sub('the file', str(error))}"


def _unsupported_reason(name: str, suffix: str) -> str:
    supported = ", ".join(SUPPORTED_SUFFIXES)
    if not suffix:
        return f"no file extension (textlab reads {supported})"
    if suffix == ".doc":
        return "legacy Word .doc is not supported: save it as .docx"
    return f"unsupported file type {suffix!r} (textlab reads {supported})"


def _normalise_newlines(text: str) -> str:
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------- decoding text


_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_CONTROL_CHAR_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_TYPICAL_PUNCTUATION = frozenset(
    "·×÷°±‐‑‒–—―‖‘’“”†‡•…‰′″※←↑→↓√∶≤≥≈≠"
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜ"  # pinyin
)


def _decode_text_file(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes, refusing binary files; returns ``(text, encoding)``.

    The rules, in order:

    1. A byte-order mark (UTF-8, UTF-16, UTF-32) decides.
    2. Bytes that are valid UTF-8 without control characters are UTF-8 (see :func:`_decode_bytes`
       for the one exception: a reading with no Chinese and unlikely characters in it).
    3. UTF-16 without a byte-order mark, recognised by its byte pattern: zero bytes (ASCII) or
       control bytes (Chinese code units such as U+4E0A give 0x0A 0x4E) that make the file look
       binary or its UTF-8 reading hold control characters, a strict decoding (valid surrogate
       pairs, no control characters) and text that is at least half common Chinese characters
       and punctuation. Little or big endian: the reading with the more frequent characters.
    4. NUL bytes, or more than 10% control bytes, left: a binary file.
    5. Otherwise :func:`_decode_bytes` (UTF-8, GB18030, Big5, UTF-16 compared).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise _Skip(f"undecodable: starts with a {encoding.upper()} byte-order mark but "
                            f"has invalid bytes at byte {error.start}") from None
    try:
        utf8_text: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8_text = None
    utf8 = utf8_text is not None
    utf8_controls = utf8 and bool(_CONTROL_CHAR_RE.search(utf8_text))
    if utf8 and not utf8_controls and not data.startswith(b"\xef\xbb\xbf"):
        return _from_utf8(data, utf8_text)
    del utf8_text
    if utf8_controls or not utf8:
        controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
        looks_binary = b"\x00" in data or controls > _MAX_CONTROL_SHARE * len(data)
        if looks_binary or utf8_controls:  # UTF-8 with control characters: rather UTF-16 if it reads so
            best = _best_candidate(_utf16_candidates(data))
            if best is not None:
                return best
        if b"\x00" in data:
            raise _Skip("binary file (contains NUL bytes)")
        if controls > _MAX_CONTROL_SHARE * len(data):
            raise _Skip(f"binary file ({controls / len(data):.0%} control bytes)")
    return _decode_bytes(data)


def _decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), else GB18030, Big5 or UTF-16, whichever is plausible.

    UTF-8 comes first: bytes that decode strictly as UTF-8 are UTF-8, with one exception for
    short files. GB18030 and Big5 bytes of a word or two can be valid UTF-8 by chance (通知 in
    GB18030 reads as Hebrew and Greek marks, 一 as a Cyrillic letter). When the UTF-8 reading has
    no Chinese at all and holds a character unlikely in any text (see :func:`_utf8_doubtful`),
    a GB18030, Big5 or UTF-16 reading that is plausible Chinese wins. Among GB18030, Big5 and
    UTF-16 readings that are at least half common Chinese characters, the one whose characters
    are most frequent in Chinese reports wins (:func:`_chinese_score`); ties go to GB18030.

    >>> _decode_bytes("政府工作报告".encode("gbk"))
    ('政府工作报告', 'gb18030')
    >>> _decode_bytes("政府工作報告".encode("big5"))
    ('政府工作報告', 'big5')
    >>> _decode_bytes("通知".encode("gb18030")), _decode_bytes("café".encode("utf-8"))
    (('通知', 'gb18030'), ('café', 'utf-8'))
    """
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as error:
            raise _Skip(f"undecodable: has a UTF-8 byte-order mark but invalid UTF-8 at byte {error.start}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    else:
        return _from_utf8(data, text)
    if _mostly_utf8(data):
        raise _Skip(_broken_utf8_reason(data, utf8_error))
    candidates = _cjk_candidates(data)
    best = _best_candidate(candidates)
    if best is not None:
        return best
    raise _Skip(_undecodable_reason(data, utf8_error, candidates))


def _from_utf8(data: bytes, text: str) -> tuple[str, str]:
    """``(text, "utf-8")`` for bytes that decode strictly as UTF-8, unless the reading is
    doubtful (:func:`_utf8_doubtful`) and a GB18030, Big5 or UTF-16 reading is plausible Chinese."""
    if _utf8_doubtful(text):
        best = _best_candidate(_cjk_candidates(data))
        if best is not None:
            return best
    return text, "utf-8"


def _best_candidate(candidates: list[tuple[float, int, str, str]]) -> tuple[str, str] | None:
    """``(text, encoding)`` of the plausible candidate with the most frequent characters, or None."""
    plausible = [(_chinese_score(text), preference, encoding, text)
                 for score, preference, encoding, text in candidates if score >= _MIN_PLAUSIBILITY]
    if not plausible:
        return None
    _, _, encoding, text = max(plausible)
    return text, encoding


def _utf16_candidates(data: bytes) -> list[tuple[float, int, str, str]]:
    """UTF-16 without a byte-order mark, LE or BE, when it decodes strictly (valid surrogate
    pairs) to text without control characters."""
    candidates: list[tuple[float, int, str, str]] = []
    if len(data) % 2 or not data:
        return candidates
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _CONTROL_CHAR_RE.search(text):
            candidates.append((_plausibility(text), 0, encoding, text))
    return candidates


def _cjk_candidates(data: bytes) -> list[tuple[float, int, str, str]]:
    """``(plausibility, preference, encoding, text)`` for each encoding that decodes.

    GB18030 (a superset of GBK and GB2312), Big5 (or its cp950 / HKSCS extensions) and UTF-16
    without a byte-order mark; preference (for ties) GB18030, then Big5, then UTF-16.
    """
    candidates = _utf16_candidates(data)
    try:
        text = data.decode("gb18030")
        candidates.append((_plausibility(text), 2, "gb18030", text))
    except UnicodeDecodeError:
        pass
    for encoding in ("big5", "cp950", "big5hkscs"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), 1, encoding, text))
        break
    return candidates


# Blocks where a UTF-8 reading counts as East Asian text (then it is never doubted): CJK
# radicals to Yi (kana and bopomofo included), Hangul, compatibility ideographs, vertical and
# small forms, full-width forms, and the supplementary ideographic planes.
_CJK_RE = re.compile(
    "[\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe6f\uff00-\uffef\U00020000-\U0003ffff]"
)
# Scripts by block, for the mixed-script test: (first code point, last, name).
_SCRIPT_BLOCKS = (
    (0x00C0, 0x024F, "latin"), (0x1E00, 0x1EFF, "latin"), (0x0370, 0x03FF, "greek"), (0x1F00, 0x1FFF, "greek"),
    (0x0400, 0x052F, "cyrillic"), (0x0530, 0x058F, "armenian"), (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"),
)


def _script(ch: str) -> str:
    code = ord(ch)
    for low, high, name in _SCRIPT_BLOCKS:
        if low <= code <= high:
            return name
    return f"block-{code >> 7}"  # other scripts: one name per 128 code points is close enough


def _utf8_doubtful(text: str) -> bool:
    """A strict UTF-8 reading that may be GB18030, Big5 or UTF-16 bytes read wrongly.

    Never for text with East Asian characters in it (:data:`_CJK_RE`) or pure ASCII. Otherwise
    true when a non-ASCII character is one no real text is made of: unassigned, private use or a
    C1 control; a combining mark that follows no letter (GB18030 通知 read as UTF-8 is a Hebrew
    accent and a combining letter); a letter of the Cyrillic extensions U+0460-U+052F (GB18030 一
    and 要 read as UTF-8); or letters of more than one script other than Latin. Real text in
    one script (Russian, Greek, Hebrew, Arabic, Armenian, Thai, with or without Latin) is never
    doubtful. A doubtful reading loses only to a GB18030/Big5/UTF-16 reading that is at least
    half common Chinese characters.

    >>> _utf8_doubtful("café"), _utf8_doubtful("Привет"), _utf8_doubtful("עברית"), _utf8_doubtful("政府")
    (False, False, False, False)
    >>> _utf8_doubtful("\u05aa\u0368"), _utf8_doubtful("\u04bb"), _utf8_doubtful("αб"), _utf8_doubtful("\u0ee1B")
    (True, True, True, True)
    """
    if text.isascii() or _CJK_RE.search(text, 0, 100_000):
        return False
    scripts: set[str] = set()
    after_letter = False
    for ch in text[:100_000]:
        if ch < "\x80" or ch.isspace():
            after_letter = ch.isalpha()
            continue
        category = unicodedata.category(ch)
        if category in ("Cn", "Co", "Cs", "Cc"):
            return True
        if category[0] == "M":
            if not after_letter:
                return True
            continue
        if "\u0460" <= ch <= "\u052f":
            return True
        after_letter = category[0] == "L"
        if after_letter:
            scripts.add(_script(ch))
    scripts.discard("latin")
    return len(scripts) > 1


@functools.lru_cache(maxsize=1)
def _char_frequencies() -> tuple[dict[str, float], float]:
    """``(log-probability per character, log-probability floor)`` from ``resources/char_freq.txt``."""
    import math

    from textlab.locations import read_resource

    counts: dict[str, int] = {}
    text = read_resource("char_freq.txt")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        char, _, number = line.partition("\t")
        counts[char] = int(number)
    total = sum(counts.values()) or 1
    return {char: math.log(n / total) for char, n in counts.items()}, math.log(1 / total)


def _chinese_score(text: str, limit: int = 20_000) -> float:
    """Log-likelihood of ``text`` under a character unigram model of Chinese reports
    (``resources/char_freq.txt``); higher is more like Chinese. Compares readings of the same bytes.

    A character missing from the list scores below the rarest listed one: a common CJK character
    or punctuation (GB 2312 level 1, Big5 frequent) a little, any other CJK ideograph more, and
    anything else (private use, kana, Hangul, unassigned) far more. A printable ASCII character
    counts as a fairly common one (so two of them, the same bytes as one Chinese character, weigh
    more than one), a control character as the rarest; white space is free. Only the first
    ``limit`` characters count.

    >>> _chinese_score("集") > _chinese_score("栋"), _chinese_score("”") > _chinese_score("〃")
    (True, True)
    """
    log_p, floor = _char_frequencies()
    typical = _typical_chars()
    score = 0.0
    for ch in text[:limit]:
        value = log_p.get(ch)
        if value is None:
            if ch.isspace():
                continue
            if "\x20" < ch < "\x7f":
                value = _ASCII_LOG_P
            elif ch in typical:
                value = floor - 1.0
            elif "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\U00020000" <= ch <= "\U0003ffff":
                value = floor - 3.0
            else:
                value = floor - 8.0
        score += value
    return score


_ASCII_LOG_P = -6.9  # log(1/1000)


@functools.lru_cache(maxsize=1)
def _common_cjk() -> frozenset[str]:
    """The commonly used Chinese characters, as the encoding standards define them.

    GB 2312 level 1 (3755 frequent simplified characters, rows 0xB0-0xD7) and Big5's
    frequently used characters (5401, 0xA440-0xC67E): 6722 characters together.
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            if (lead, trail) > (0xC6, 0x7E):
                break
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


@functools.lru_cache(maxsize=1)
def _typical_chars() -> frozenset[str]:
    """Characters expected in Chinese text: common CJK, CJK and full-width punctuation, numbering."""
    ranges = (
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0xFF01, 0xFF5E),  # full-width forms
        (0x2160, 0x216B),  # Roman numerals
        (0x2460, 0x249B),  # circled / parenthesised numbers
        (0x3220, 0x3229),  # ㈠…㈩
    )
    extra = {chr(code) for low, high in ranges for code in range(low, high + 1)}
    return _common_cjk() | extra | _TYPICAL_PUNCTUATION


_NON_ASCII_RE = re.compile(r"[^\x00-\x7e\s]")


def _plausibility(text: str, limit: int = 100_000) -> float:
    """Share of the non-ASCII, non-space characters that are common CJK or punctuation.

    Only the first ``limit`` characters are looked at (the whole file was decoded strictly).

    >>> _plausibility("政府工作报告，2025年"), _plausibility("鍰絳\ue3c4")
    (1.0, 0.6666666666666666)
    """
    chars = _NON_ASCII_RE.findall(text, 0, limit)
    if not chars:
        return 1.0
    return sum(map(_typical_chars().__contains__, chars)) / len(chars)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes (a cut or damaged file), not text in another encoding."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", errors="ignore")) - bad  # non-ASCII, decoded
    return good >= 10 and bad * 100 <= good


def _broken_utf8_reason(data: bytes, utf8_error: UnicodeDecodeError) -> str:
    bad = data.decode("utf-8", errors="replace").count("\ufffd")
    return (f"undecodable: invalid UTF-8 at byte {utf8_error.start} ({bad} bad sequence(s) in "
            "otherwise UTF-8 text: the file is probably truncated or corrupted)")


def _undecodable_reason(data: bytes, utf8_error: UnicodeDecodeError, candidates: list) -> str:
    tried = ", ".join(f"{enc} {score:.0%}" for score, _, enc, _ in sorted(candidates, reverse=True))
    detail = f" (share of common Chinese characters: {tried})" if tried else ""
    return f"undecodable: not UTF-8, UTF-16, GB18030/GBK or Big5 text{detail}; convert it to UTF-8"


# --------------------------------------------------------------------------- docx


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_P, _W_T, _W_TAB, _W_BR, _W_CR = f"{_W}p", f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"
_W_NO_BREAK_HYPHEN, _W_PPR, _W_RPR = f"{_W}noBreakHyphen", f"{_W}pPr", f"{_W}rPr"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _docx_text(data: bytes, name: str = "") -> str:
    """Body text of a .docx, one paragraph per line (tables and text boxes included).

    Uses python-docx to open the package when it is installed, else the standard library
    (zipfile + ElementTree); both extract text the same way.
    """
    if data.startswith(_OLE_MAGIC):
        raise _Skip("not a .docx but an OLE file (a password-protected .docx or a renamed .doc): "
                    "save it as an unprotected .docx")
    lock_hint = " (looks like a Word lock file '~$…')" if name.startswith("~$") else ""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise _Skip(f"corrupt or truncated .docx (not a valid ZIP archive){lock_hint}")
    try:
        body = _docx_body(data)
    except _Skip:
        raise
    except Exception as error:
        raise _Skip(f"corrupt or truncated .docx ({_describe(error)}){lock_hint}") from None
    if body is None:
        raise _Skip("corrupt .docx: the main document has no body")
    paragraphs: list[str] = []
    _collect_paragraphs(body, paragraphs)
    return "\n".join(paragraphs)


def _docx_body(data: bytes):
    """The ``w:body`` element of a .docx (an lxml or ElementTree element)."""
    try:
        import docx
    except ImportError:
        docx = None
    if docx is not None:
        return docx.Document(io.BytesIO(data)).element.body
    from xml.etree import ElementTree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        part = _docx_main_part(archive)
        try:
            xml = archive.read(part)
        except KeyError:
            raise _Skip(f"corrupt .docx: no main document part ({part})") from None
    return ElementTree.fromstring(xml).find(f"{_W}body")


def _docx_main_part(archive: zipfile.ZipFile) -> str:
    """Name of the main document part, from ``_rels/.rels`` (usually ``word/document.xml``)."""
    from xml.etree import ElementTree

    try:
        rels = ElementTree.fromstring(archive.read("_rels/.rels"))
    except (KeyError, ElementTree.ParseError):
        return "word/document.xml"
    for rel in rels:
        if rel.get("Type", "").endswith("/officeDocument") and rel.get("Target"):
            return rel.get("Target").lstrip("/")
    return "word/document.xml"


def _collect_paragraphs(container, out: list[str]) -> None:
    """Append the text of every ``w:p`` under ``container`` to ``out``, in document order."""
    for child in container:
        if child.tag == _W_P:
            _emit_paragraph(child, out)
        elif child.tag != _MC_FALLBACK:
            _collect_paragraphs(child, out)


def _emit_paragraph(paragraph, out: list[str]) -> None:
    parts: list[str] = []
    nested: list = []
    _paragraph_parts(paragraph, parts, nested)
    out.append("".join(parts))
    for inner in nested:  # text boxes anchored in this paragraph follow it
        _emit_paragraph(inner, out)


def _paragraph_parts(element, parts: list[str], nested: list) -> None:
    for child in element:
        tag = child.tag
        if tag == _W_T:
            parts.append(child.text or "")
        elif tag == _W_TAB:
            parts.append("\t")
        elif tag in (_W_BR, _W_CR):
            parts.append("\n")
        elif tag == _W_NO_BREAK_HYPHEN:
            parts.append("-")
        elif tag == _W_P:
            nested.append(child)
        elif tag not in (_W_PPR, _W_RPR, _MC_FALLBACK):
            _paragraph_parts(child, parts, nested)


# --------------------------------------------------------------------------- pdf


def _pdf_text(data: bytes) -> tuple[str, int]:
    """Text layer of a PDF (pages joined by newlines) and its page count."""
    try:
        import pypdf
        from pypdf.errors import DependencyError
    except ImportError:
        raise _Skip("PDF support is not installed: pip install textlab[pdf]") from None
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except DependencyError:
                raise _Skip("encrypted PDF whose cipher needs the 'cryptography' package "
                            "(pip install cryptography)") from None
            if not opened:
                raise _Skip("encrypted PDF: a password is needed to open it")
        page_list = list(reader.pages)
    except _Skip:
        raise
    except Exception as error:
        raise _Skip(f"corrupt or truncated PDF ({_describe(error)})") from None
    pages = []
    for number, page in enumerate(page_list, start=1):
        try:
            pages.append(page.extract_text() or "")
        except Exception as error:
            raise _Skip(f"PDF text extraction failed on page {number} of {len(page_list)} "
                        f"({_describe(error)})") from None
    if not any(page.strip() for page in pages):
        raise _Skip(f"PDF has no text layer ({len(pages)} page(s), image-only or scanned): OCR it first")
    return "\n".join(pages), len(pages)


# --------------------------------------------------------------------------- csv / jsonl


# loader keys (and Document fields) that a csv/jsonl column cannot overwrite: it becomes col_<name>
_RESERVED_KEYS = ("id", "text", "path", "format", "encoding", "collection", "row", "n_chars")


def _read_rows(
    data: bytes, suffix: str, file_id: str, meta: dict, text_column: str, display: str, log: _LoadLog
) -> Iterator[Document]:
    """One Document per row with a non-empty text; row problems are logged, not raised.

    A file that yields no document at all raises _Skip (one entry for the whole file).
    """
    text, encoding = _decode_text_file(data)
    text = _normalise_newlines(text)
    reader = _csv_records if suffix == ".csv" else _jsonl_records
    records, problems = reader(text, text_column)
    documents = []
    for number, row_text, fields in records:
        row_meta = {**meta, "encoding": encoding}
        if "year" in fields:
            row_meta.pop("year", None)  # the row's own year replaces the file name's
        row_meta.update(_field_meta(fields))
        row_text = _normalise_newlines(_LONE_SURROGATE_RE.sub("\ufffd", row_text))
        row_meta.update(row=number, n_chars=len(row_text))
        documents.append(Document(f"{file_id}:{number}", row_text, row_meta))
    if not documents:
        first = f"; first: {problems[0]}" if problems else ""
        raise _Skip(f"no usable rows ({len(problems)} problem(s){first})" if problems else "no rows")
    for problem in problems:
        log.skip_row(display, problem)
    yield from documents


_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_META_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_PLAIN_YEAR_RE = re.compile("[0-9]{4}")


def _clean_meta_text(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD and control characters (but tab and
    newline) removed.

    >>> _clean_meta_text("x\\ud800y\\x00z\\x1b[0m")
    'x\ufffdyz[0m'
    """
    return _META_CONTROL_RE.sub("", _LONE_SURROGATE_RE.sub("\ufffd", text))


def _clean_meta_value(value: Any) -> Any:
    """A metadata value with every string in it (nested lists and dicts, keys too) cleaned by
    :func:`_clean_meta_text`; other values as they are. Iterative, so any JSON depth is fine."""
    if isinstance(value, str):
        return _clean_meta_text(value)
    if not isinstance(value, (list, dict)):
        return value
    root: list | dict = [] if isinstance(value, list) else {}
    stack = [(value, root)]
    while stack:
        source, target = stack.pop()
        pairs = source.items() if isinstance(source, dict) else enumerate(source)
        for key, item in pairs:
            if isinstance(item, (list, dict)):
                copy: Any = [] if isinstance(item, list) else {}
                stack.append((item, copy))
            else:
                copy = _clean_meta_text(item) if isinstance(item, str) else item
            if isinstance(target, dict):
                target[_clean_meta_text(str(key))] = copy
            else:
                target.append(copy)
    return root


def parse_year(value: Any) -> int | None:
    """The year ``value`` names when it is a plain year (the rule ``load_corpus`` applies to a
    ``year`` field: an int, or exactly four ASCII digits, within :data:`YEAR_RANGE`), else None.

    >>> parse_year(2020), parse_year(" 2020 "), parse_year("2020年"), parse_year(2020.0), parse_year(None)
    (2020, 2020, None, None, None)
    """
    return _year_meta(value).get("year")


def _year_meta(value: Any) -> dict[str, Any]:
    """``{"year": int}`` for a plain year (an int, or exactly four ASCII digits, within
    :data:`YEAR_RANGE`), ``{"year_text": text}`` for anything else that is not blank, else ``{}``.

    >>> _year_meta(2020), _year_meta(" 2020 "), _year_meta("2020年"), _year_meta("二〇二〇"), _year_meta("")
    ({'year': 2020}, {'year': 2020}, {'year_text': '2020年'}, {'year_text': '二〇二〇'}, {})
    >>> _year_meta(2020.0), _year_meta(True), _year_meta(20200)
    ({'year_text': '2020.0'}, {'year_text': 'true'}, {'year_text': '20200'})
    """
    if value is None or isinstance(value, str) and not value.strip():
        return {}
    if isinstance(value, int) and not isinstance(value, bool) and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
        return {"year": value}
    if isinstance(value, str) and _PLAIN_YEAR_RE.fullmatch(value.strip()):
        year = _plausible_year(value.strip())
        if year is not None:
            return {"year": year}
    if isinstance(value, str):
        return {"year_text": value.strip()}
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return {"year_text": _clean_meta_text(text)}


def _field_meta(fields: dict) -> dict[str, Any]:
    """A csv/jsonl row's other fields as metadata: keys and values cleaned, ``year`` by the
    plain-year rule (:func:`_year_meta`), loader keys renamed ``col_<name>``."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        key = _clean_meta_text(str(key))
        value = _clean_meta_value(value)
        if key == "year":
            out.update(_year_meta(value))
        else:
            out["col_" + key if key in _RESERVED_KEYS else key] = value
    return out


def _csv_records(text: str, text_column: str) -> tuple[list[tuple[int, str, dict]], list[str]]:
    """``(row number, text, other columns)`` per data row, and row problems."""
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))  # whole documents in one cell are fine
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            header = next(reader, None)
        except csv.Error as error:
            raise _Skip(f"malformed CSV header: {error}") from None
        if not header:
            raise _Skip("no header row")
        header = [name.strip() for name in header]
        if text_column not in header:
            raise _Skip(f"no {text_column!r} column (columns: {', '.join(header)})")
        records, problems = [], []
        number = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                problems.append(f"line {reader.line_num}: malformed CSV ({error}); rest of the file not read")
                break
            if not row:
                continue  # a blank line is not a record
            number += 1
            if len(row) != len(header):
                problems.append(f"row {number} (line {reader.line_num}): {len(row)} fields, header has {len(header)}")
                continue
            fields = dict(zip(header, row))
            body = fields.pop(text_column)
            if not body.strip():
                problems.append(f"row {number} (line {reader.line_num}): empty {text_column!r}")
                continue
            records.append((number, body, fields))
        return records, problems
    finally:
        csv.field_size_limit(limit)


def _jsonl_records(text: str, text_column: str) -> tuple[list[tuple[int, str, dict]], list[str]]:
    """``(line number, text, other fields)`` per JSON line, and line problems."""
    records, problems, missing = [], [], []
    n_objects = 0
    fields_seen: dict[str, None] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"line {number}: malformed JSON ({error.msg}; column {error.colno})")
            continue
        except RecursionError:
            problems.append(f"line {number}: JSON nested too deeply to read")
            continue
        except ValueError as error:  # e.g. an integer with more digits than Python converts
            problems.append(f"line {number}: unreadable JSON ({error})")
            continue
        if not isinstance(record, dict):
            problems.append(f"line {number}: not a JSON object ({type(record).__name__})")
            continue
        n_objects += 1
        fields_seen.update(dict.fromkeys(record))
        if text_column not in record:
            missing.append(f"line {number}: no {text_column!r} field")
            continue
        body = record.pop(text_column)
        if not isinstance(body, str):
            problems.append(f"line {number}: {text_column!r} is not a string ({json.dumps(body)[:20]})")
        elif not body.strip():
            problems.append(f"line {number}: empty {text_column!r}")
        else:
            records.append((number, body, record))
    if n_objects == 0 and problems:
        raise _Skip(f"not JSON Lines: {problems[0]}")
    if n_objects and len(missing) == n_objects:
        raise _Skip(f"no {text_column!r} field in any record (fields: {', '.join(fields_seen)})")
    return records, sorted(problems + missing, key=lambda p: int(p.split(":")[0].split()[1]))
