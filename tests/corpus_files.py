"""Files the corpus, encoding and reader tests build or read: seed paths and texts, to_traditional
and Big5 forms of them, and PDF / DOCX / ZIP files written by hand (imported as ``corpus_files``)."""

from __future__ import annotations

import functools
import io
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
REPORTS = SEEDS / "gov_reports"
PARTY = SEEDS / "party_building"
NATIONAL = REPORTS / "national_gwr_wikisource"
CONGRESS = REPORTS / "cpc_congress_wikisource"
PROVINCIAL = REPORTS / "provincial_gwr_2025"

REPORT_FILES = sorted(p for p in REPORTS.rglob("*.txt"))
PARTY_FILES = sorted(PARTY.glob("*.txt"))


def seed_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    return _s2t().convert(text)


def big5_encodable(text: str) -> str:
    """Keep the characters plain Big5 can encode (it lacks some characters OpenCC produces)."""
    return "".join(ch for ch in text if ch.encode("big5", errors="ignore"))


SHORT = seed_text(PROVINCIAL / "2025_北京市_政府工作报告.txt").split("\n")[0]  # the title line
LONG = seed_text(NATIONAL / "2019_国务院_政府工作报告.txt")
PARTY_TEXT = seed_text(PARTY / "001_efe964ced9bb2b3e.txt")  # simplified with stray traditional characters


def _pdf(content: bytes, resources: bytes, extra: list[bytes]) -> bytes:
    """A one-page PDF written by hand (objects, xref table, trailer)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources " + resources + b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        *extra,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PDF_TEXT = "Work report 2025: achievements, problems and measures."


def text_pdf() -> bytes:
    """Text layer in the standard Helvetica font (ASCII; the PDF is typeset by hand)."""
    content = b"BT /F1 12 Tf 72 720 Td (" + PDF_TEXT.encode("ascii") + b") Tj ET"
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    return _pdf(content, b"<< /Font << /F1 5 0 R >> >>", [font])


def image_only_pdf() -> bytes:
    """A page that only paints a 2x2 grey image: no text layer, like a scan."""
    image = (b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
             b"/BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream")
    return _pdf(b"q 200 0 0 200 100 500 cm /Im1 Do Q", b"<< /XObject << /Im1 5 0 R >> >>", [image])


def encrypted_pdf(user_password: str) -> bytes:
    pypdf = pytest.importorskip("pypdf")

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(text_pdf())))
    writer.encrypt(user_password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


DOCX_PARAGRAPHS = ["关于基层党建工作的报告", "一、主要成绩", "建立了“书记领航”机制。"]


def make_docx(path: Path) -> None:
    docx = pytest.importorskip("docx")

    document = docx.Document()
    for paragraph in DOCX_PARAGRAPHS:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "指标"
    table.cell(0, 1).text = "完成"
    document.add_paragraph("下一步要抓好落实。")
    document.save(path)


DOCX_TEXT = "\n".join([*DOCX_PARAGRAPHS, "指标", "完成", "下一步要抓好落实。"])


def zip_bytes(members: dict[str, bytes]) -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def pdf_whose_text_extraction_raises() -> bytes:
    """Opens fine, but its page's content ends inside an inline image (BI … ID without EI)."""
    content = b"BT /F1 12 Tf (" + PDF_TEXT.encode("ascii") + b") Tj ET BI /W 10 /H 10 /BPC 8 /CS /G ID \x00\x01\x02"
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    return _pdf(content, b"<< /Font << /F1 5 0 R >> >>", [font])
