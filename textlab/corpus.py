"""Load documents: a file or a folder in, ``Document`` / ``Corpus`` out.

The first stage of the flow. Owns :class:`Document`, :class:`Corpus`, :func:`load_corpus` and
:func:`iter_documents`: walking folders, document ids, the metadata file and folder names carry
(:func:`parse_file_name`), ``_index.tsv`` provenance, and sanitising every metadata value. How
bytes become text lives in :mod:`textlab.encoding` (UTF-8 with or without BOM, UTF-16/32,
UTF-16 without BOM, GB18030/GBK or Big5, detected from the bytes) and how each file type is read
in :mod:`textlab.readers`: ``.txt``, ``.docx`` (python-docx, or the standard library when it is
not installed), ``.pdf`` (text layer, via pypdf), ``.html`` / ``.htm`` / simple ``.mhtml`` (main
content and page metadata: :mod:`textlab.html_input`) and ``.csv`` / ``.jsonl`` with a text column
(one document per row). Text is decoded, line endings become ``\\n`` and a BOM is dropped;
nothing else is changed (but for a lone surrogate in a jsonl text, see below, and HTML, whose
main text comes one paragraph per line; cleaning is :mod:`textlab.cleaning`).

An HTML page adds its metadata (``page_title``, ``date``, ``site``, ``url`` and the gov.cn
metadata table: ``issuer``, ``written_date``, ``published_date``, ``doc_number``,
``index_number``, ``subject``); its date gives ``year`` only when the file name and index gave
none.

Metadata is sanitised wherever it comes from (file and folder names, ``_index.tsv``, csv/jsonl
fields, HTML pages, keys included): a lone surrogate (``"\\ud800"`` in a JSON string) becomes U+FFFD and
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
import io
import json
import os
import re
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, overload

from textlab.encoding import DecodeError, decode_bytes, decode_file_name
from textlab.numerals import chinese_number
from textlab.readers import SUPPORTED_SUFFIXES, UnreadableFile, describe, read_bytes, read_records, unsupported_reason

__all__ = ["Document", "Corpus", "load_corpus", "iter_documents", "SkippedFilesWarning", "parse_file_name",
           "parse_year", "SUPPORTED_SUFFIXES", "PROVENANCE_NAMES", "YEAR_RANGE"]

# Names that moved to textlab.encoding, kept importable from here.
_decode_bytes = decode_bytes

#: Provenance and annotation files (names compared case-insensitively): read into metadata
#: (``_index.tsv``) or just listed in ``Corpus.provenance`` (``labels.tsv`` holds the hand labels
#: of the development set in ``seeds/dev/``); never documents, never skipped.
PROVENANCE_NAMES: tuple[str, ...] = ("_index.tsv", "MANIFEST.md", "README.md", "labels.tsv")
_PROVENANCE_LOWER = frozenset(name.lower() for name in PROVENANCE_NAMES)
#: Years outside this range in a file name are not taken as years.
YEAR_RANGE: tuple[int, int] = (1800, 2100)

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
    and ``row`` (a ``year`` column gives an int ``year`` only when plain, else ``year_text``);
    HTML pages add their page metadata (``page_title``, ``date``, ``site``, ``url``, the gov.cn
    table's ``issuer``, ``written_date``, ``published_date``, ``doc_number``, ``index_number``,
    ``subject``; ``year`` from ``date`` when the name gave none; :mod:`textlab.html_input`).
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
    except UnreadableFile as skip:
        log.skip_file(display, str(skip))
    except Exception as error:  # last resort: a reader bug must not end the load
        log.skip_file(display, f"unexpected error while reading: {describe(error)}")
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
        name = decode_file_name(os.fsencode(name))
    return unicodedata.normalize("NFC", name)


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
                    self._tables[folder] = _read_index(read_bytes(index_path))
                except (UnreadableFile, DecodeError) as skip:
                    self._errors[folder] = f"unreadable provenance index: {skip}"
        return self._tables[folder]


def _read_index(data: bytes) -> dict[str, dict[str, str]]:
    text, _ = decode_bytes(data)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    if not rows or "file" not in rows[0]:
        raise UnreadableFile("provenance index without a 'file' column in its header")
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


def _read_file(
    path: Path, file_id: str, meta: dict, text_column: str, display: str, log: _LoadLog
) -> list[Document]:
    """Documents in one file; raises UnreadableFile when the file as a whole cannot be used.

    The reader (:func:`textlab.readers.read_records`) gives text and what the format says; here
    they become Documents: ids, the file's metadata merged with the record's, sanitised.
    """
    suffix = _stem_and_suffix(path.name)[1].lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnreadableFile(unsupported_reason(suffix))
    records, problems = read_records(read_bytes(path), suffix, name=path.name, text_column=text_column)
    documents = []
    for record in records:
        doc_meta = dict(meta)
        if record.fields is None:
            doc_meta.update(_clean_meta_value(record.meta))
            for key, value in record.fallback.items():
                doc_meta.setdefault(key, value)
            documents.append(Document(file_id, record.text, {**doc_meta, "n_chars": len(record.text)}))
            continue
        if "year" in record.fields:
            doc_meta.pop("year", None)  # the row's own year replaces the file name's
        doc_meta.update(record.meta)
        doc_meta.update(_field_meta(record.fields))
        doc_meta.update(row=record.row, n_chars=len(record.text))
        documents.append(Document(f"{file_id}:{record.row}", record.text, doc_meta))
    for problem in problems:
        log.skip_row(display, problem)
    return documents


# --------------------------------------------------------------------------- metadata values


# loader keys (and Document fields) that a csv/jsonl column cannot overwrite: it becomes col_<name>
_RESERVED_KEYS = ("id", "text", "path", "format", "encoding", "collection", "row", "n_chars")


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

