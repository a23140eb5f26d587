"""Per-format readers: one file's bytes in, its text (or rows) and what the format says out.

Owns how each supported file type is read: ``.txt`` (decoded by :mod:`textlab.encoding`),
``.docx`` (python-docx, or the standard library when it is not installed), ``.pdf`` (text layer,
via pypdf), ``.html`` / ``.htm`` / ``.mhtml`` (main content and page metadata, via
:mod:`textlab.html_input`) and ``.csv`` / ``.jsonl`` with a text column (one record per row).
:func:`read_records` returns :class:`Record` objects: text with line endings made ``\\n`` and a
BOM dropped, the facts the format gives (``encoding``, ``n_pages``, page metadata) and, for a
csv/jsonl row, its row number and other fields as they are. Ids, file-name metadata, metadata
sanitising and the walk over folders belong to :mod:`textlab.corpus`.

A file that cannot be used raises :class:`UnreadableFile` whose message is the reason shown in
``Corpus.skipped``; problems with single csv/jsonl rows are returned next to the good rows.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textlab.encoding import DecodeError, decode_text_file

__all__ = ["SUPPORTED_SUFFIXES", "HTML_SUFFIXES", "UnreadableFile", "Record", "read_bytes", "read_records"]

#: HTML pages (and MHTML archives, ".mht" being the name Internet Explorer and Word give them).
HTML_SUFFIXES: tuple[str, ...] = (".html", ".htm", ".mhtml", ".mht")
#: File types read as documents (lower-case suffixes).
SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".docx", ".pdf", *HTML_SUFFIXES, ".csv", ".jsonl")


class UnreadableFile(Exception):
    """A file cannot be loaded as a whole; ``str(self)`` is the reason shown to the user."""


@dataclass(frozen=True)
class Record:
    """What a reader got from a file: one document's text, or one csv/jsonl row.

    ``meta`` holds what the format says (``encoding``, ``n_pages``, HTML page metadata);
    ``fallback`` metadata the loader uses only for keys the file name or index did not give
    (``year`` from an HTML page's date). A row has its number in ``row`` and its other columns,
    unsanitised, in ``fields``; a whole-file record has ``row`` None and ``fields`` None.
    """

    text: str
    meta: dict = field(default_factory=dict)
    row: int | None = None
    fields: dict | None = None
    fallback: dict = field(default_factory=dict)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or UnreadableFile with a clear reason."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except PermissionError:
        raise UnreadableFile("permission denied") from None
    except FileNotFoundError:
        raise UnreadableFile("file disappeared during the load (or is a broken symbolic link)") from None
    except IsADirectoryError:
        raise UnreadableFile("is a folder") from None
    except OSError as error:
        raise UnreadableFile(f"cannot read file: {error.strerror or error}") from None


def read_records(data: bytes, suffix: str, *, name: str = "", text_column: str = "text") -> tuple[list[Record], list[str]]:
    """The records in one file's ``data`` and the problems of single rows (csv/jsonl only).

    ``suffix`` (lower case, with the dot) picks the reader; ``name`` is the file name (for the
    hints in reasons). Raises :class:`UnreadableFile` when the file as a whole cannot be used,
    and when a csv/jsonl file has no usable row at all (one reason for the whole file).

    >>> read_records("各位代表：\\r\\n".encode("gbk"), ".txt")
    ([Record(text='各位代表：\\n', meta={'encoding': 'gb18030'}, row=None, fields=None, fallback={})], [])
    """
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnreadableFile(unsupported_reason(suffix))
    if not data:
        raise UnreadableFile("empty file (0 bytes)")
    try:
        if suffix in (".csv", ".jsonl"):
            return _read_rows(data, suffix, text_column)
        if suffix in HTML_SUFFIXES:
            return [_read_html(data, suffix)], []
        meta: dict[str, Any] = {}
        if suffix == ".txt":
            text, meta["encoding"] = decode_text_file(data)
        elif suffix == ".docx":
            text = _docx_text(data, name)
        else:
            text, meta["n_pages"] = _pdf_text(data)
    except DecodeError as error:
        raise UnreadableFile(str(error)) from None
    text = normalise_newlines(text)
    if not text.strip():
        raise UnreadableFile("no text (only whitespace)")
    return [Record(text, meta)], []


_OBJECT_AT_RE = re.compile(r"<[\w.]+ object at 0x[0-9a-fA-F]+>")


def describe(error: Exception) -> str:
    """``'Type: message'`` without memory addresses, so the same file gives the same reason."""
    return f"{type(error).__name__}: {_OBJECT_AT_RE.sub('the file', str(error))}"


def unsupported_reason(suffix: str) -> str:
    """Why a file with this suffix (lower case, with the dot, or "") is not read."""
    supported = ", ".join(SUPPORTED_SUFFIXES)
    if not suffix:
        return f"no file extension (textlab reads {supported})"
    if suffix == ".doc":
        return "legacy Word .doc is not supported: save it as .docx"
    return f"unsupported file type {suffix!r} (textlab reads {supported})"


def normalise_newlines(text: str) -> str:
    """``text`` without a leading BOM, with ``\\r\\n`` and ``\\r`` made ``\\n``."""
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------- html


def _read_html(data: bytes, suffix: str) -> Record:
    """Main text and page metadata of an HTML page or MHTML archive (:mod:`textlab.html_input`).

    trafilatura and lxml are dependencies of textlab; should one be missing from a broken
    install, each HTML file is skipped with a reason saying how to install it.
    """
    try:
        from textlab import html_input

        reader = html_input.read_mhtml if suffix in (".mhtml", ".mht") else html_input.read_html
        page = reader(data)
    except ImportError as error:
        missing = error.name or str(error)
        raise UnreadableFile(f"HTML support is not installed (cannot import {missing}): "
                             "pip install trafilatura lxml") from None
    except html_input.HTMLError as error:
        raise UnreadableFile(str(error)) from None
    meta = {"encoding": page.encoding, **page.meta}
    fallback = {"year": int(page.meta["date"][:4])} if "date" in page.meta else {}
    return Record(normalise_newlines(page.text), meta, fallback=fallback)


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
        raise UnreadableFile("not a .docx but an OLE file (a password-protected .docx or a renamed .doc): "
                    "save it as an unprotected .docx")
    lock_hint = " (looks like a Word lock file '~$…')" if name.startswith("~$") else ""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UnreadableFile(f"corrupt or truncated .docx (not a valid ZIP archive){lock_hint}")
    try:
        body = _docx_body(data)
    except UnreadableFile:
        raise
    except Exception as error:
        raise UnreadableFile(f"corrupt or truncated .docx ({describe(error)}){lock_hint}") from None
    if body is None:
        raise UnreadableFile("corrupt .docx: the main document has no body")
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
            raise UnreadableFile(f"corrupt .docx: no main document part ({part})") from None
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
        raise UnreadableFile("PDF support is not installed: pip install textlab[pdf]") from None
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except DependencyError:
                raise UnreadableFile("encrypted PDF whose cipher needs the 'cryptography' package "
                            "(pip install cryptography)") from None
            if not opened:
                raise UnreadableFile("encrypted PDF: a password is needed to open it")
        page_list = list(reader.pages)
    except UnreadableFile:
        raise
    except Exception as error:
        raise UnreadableFile(f"corrupt or truncated PDF ({describe(error)})") from None
    pages = []
    for number, page in enumerate(page_list, start=1):
        try:
            pages.append(page.extract_text() or "")
        except Exception as error:
            raise UnreadableFile(f"PDF text extraction failed on page {number} of {len(page_list)} "
                        f"({describe(error)})") from None
    if not any(page.strip() for page in pages):
        raise UnreadableFile(f"PDF has no text layer ({len(pages)} page(s), image-only or scanned): OCR it first")
    return "\n".join(pages), len(pages)


# --------------------------------------------------------------------------- csv / jsonl


_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _read_rows(data: bytes, suffix: str, text_column: str) -> tuple[list[Record], list[str]]:
    """One Record per row with a non-empty text, and the problems of the other rows.

    A file that yields no row at all raises UnreadableFile (one entry for the whole file).
    """
    text, encoding = decode_text_file(data)
    text = normalise_newlines(text)
    reader = _csv_records if suffix == ".csv" else _jsonl_records
    records, problems = reader(text, text_column)
    out = []
    for number, row_text, fields in records:
        row_text = normalise_newlines(_LONE_SURROGATE_RE.sub("\ufffd", row_text))
        out.append(Record(row_text, {"encoding": encoding}, row=number, fields=fields))
    if not out:
        first = f"; first: {problems[0]}" if problems else ""
        raise UnreadableFile(f"no usable rows ({len(problems)} problem(s){first})" if problems else "no rows")
    return out, problems


def _csv_records(text: str, text_column: str) -> tuple[list[tuple[int, str, dict]], list[str]]:
    """``(row number, text, other columns)`` per data row, and row problems."""
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))  # whole documents in one cell are fine
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            header = next(reader, None)
        except csv.Error as error:
            raise UnreadableFile(f"malformed CSV header: {error}") from None
        if not header:
            raise UnreadableFile("no header row")
        header = [name.strip() for name in header]
        if text_column not in header:
            raise UnreadableFile(f"no {text_column!r} column (columns: {', '.join(header)})")
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
        raise UnreadableFile(f"not JSON Lines: {problems[0]}")
    if n_objects and len(missing) == n_objects:
        raise UnreadableFile(f"no {text_column!r} field in any record (fields: {', '.join(fields_seen)})")
    return records, sorted(problems + missing, key=lambda p: int(p.split(":")[0].split()[1]))
