"""Web font for the HTML report: the bundled CJK font cut down to one page's characters.

A page that only names a CJK font shows boxes on a machine without one. :func:`font_face_css`
subsets the bundled font (``resources/fonts/TextlabSansCJKsc-Regular.otf``, see the README
beside it) with fontTools to the characters of a given text, compresses it as WOFF (zlib: half
the time of WOFF2's Brotli for about 12% more bytes) and returns an ``@font-face`` rule with the font inline as a ``data:`` URI,
so the page draws every character the font has without network access or installed fonts.
Characters the font lacks are left to the browser's own fallback fonts.

Example:
    >>> css = font_face_css("基层党建 堃喆")
    >>> css.startswith('@font-face{font-family:"Textlab Sans CJK SC";src:url(data:font/woff;base64,')
    True
"""

from __future__ import annotations

import base64
import io
from pathlib import Path

__all__ = ["WEB_FONT_FAMILY", "font_face_css", "subset_font", "subset_woff2"]

#: CSS family name of the embedded font (the bundled font's own family name).
WEB_FONT_FAMILY = "Textlab Sans CJK SC"

# Layout features a browser uses for Chinese text; vertical forms and regional (locl) variants are
# not in the bundled font anyway. Name records: family/style names plus copyright and licence.
_LAYOUT_FEATURES = ["ccmp", "liga", "kern", "palt", "halt", "fwid", "hwid", "pwid", "mark", "mkmk"]
_NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 13, 14]


def _bundled_font_path() -> Path:
    from textlab.viz import cjk_font_path

    return cjk_font_path()


def subset_woff2(text: str, font_path: str | Path | None = None) -> bytes:
    """WOFF2 bytes of ``font_path`` (default: the bundled CJK font) cut down to the characters of ``text``.

    The smallest file, but Brotli is slow: on the 118 reports' page (1,674 characters) WOFF2
    took 3.5 s and 261 KB, WOFF (:func:`subset_font`'s default) 1.8 s and 294 KB.

    Characters the font lacks are skipped; b"" when it has none of them. The result always has
    the ``.notdef`` glyph and is the same bytes for the same text and font (no timestamps).

    >>> from fontTools.ttLib import TTFont
    >>> font = TTFont(io.BytesIO(subset_woff2("党建")))
    >>> font.flavor, sorted(chr(cp) for cp in font.getBestCmap())
    ('woff2', ['党', '建'])
    """
    return subset_font(text, font_path, flavor="woff2")


def subset_font(text: str, font_path: str | Path | None = None, *, flavor: str = "woff") -> bytes:
    """``font_path`` (default: the bundled CJK font) cut down to the characters of ``text``, as
    ``flavor`` "woff" (zlib, fast) or "woff2" (Brotli, about 10% smaller, twice the time).

    Characters the font lacks are skipped; b"" when it has none of them. The result always has
    the ``.notdef`` glyph and is the same bytes for the same text and font (no timestamps).
    """
    if flavor not in ("woff", "woff2"):
        raise ValueError(f"flavor must be 'woff' or 'woff2', not {flavor!r}")
    from fontTools import subset as ft_subset
    from fontTools.ttLib import TTFont

    path = Path(font_path) if font_path is not None else _bundled_font_path()
    try:
        font = TTFont(str(path), recalcTimestamp=False, lazy=True)
    except Exception as exc:  # fontTools raises TTLibError, struct.error, ... on damaged files
        raise ValueError(f"{path}: not a readable font ({exc})") from exc
    options = ft_subset.Options()
    options.layout_features = _LAYOUT_FEATURES
    options.name_IDs = _NAME_IDS
    options.notdef_outline = True
    options.hinting = False
    options.recalc_timestamp = False
    try:
        wanted = sorted({ord(ch) for ch in text} & set(font.getBestCmap()))
        if not wanted:
            return b""
        subsetter = ft_subset.Subsetter(options)
        subsetter.populate(unicodes=wanted)
        subsetter.subset(font)
        buffer = io.BytesIO()
        font.flavor = flavor
        font.save(buffer)
    finally:
        font.close()
    return buffer.getvalue()


def font_face_css(text: str, *, family: str = WEB_FONT_FAMILY, font_path: str | Path | None = None) -> str:
    """An ``@font-face`` rule embedding the glyphs of ``text`` (WOFF, base64 ``data:`` URI).

    Use the family in a ``font-family`` list, first, e.g.
    ``body{font-family:"Textlab Sans CJK SC",sans-serif}``. Returns "" when ``text`` has no
    character the font draws.

    >>> font_face_css("")
    ''
    >>> "font-display:block" in font_face_css("党建")
    True
    """
    if '"' in family or "\\" in family:
        raise ValueError(f"font_face_css: family {family!r} may not contain quotes or backslashes")
    data = subset_font(text, font_path) if text else b""
    if not data:
        return ""
    encoded = base64.b64encode(data).decode("ascii")
    return (
        f'@font-face{{font-family:"{family}";src:url(data:font/woff;base64,{encoded}) format("woff");'
        "font-weight:400;font-style:normal;font-display:block}\n"
    )
