"""Rebuild textlab's bundled CJK font: a subset of Noto Sans CJK SC made with fontTools.

The subset keeps every code point Noto Sans CJK SC has in the CJK Unified Ideographs block
(U+4E00-U+9FFF) and in Extension A (U+3400-U+4DBF), every GB2312 character (kana, Cyrillic,
Greek, pinyin, ...), every character of ``seeds/`` and ``eval/`` (as written and after traditional->simplified
conversion), ASCII, Latin-1, general and CJK punctuation, full-width forms and the symbols that
government documents use (×, %, ‰, ℃, №, ①–⑳, arrows, …). It drops the glyph-heavy layout
features that matplotlib never asks for (``locl`` regional variants, vertical forms), keeps the
CFF outlines (an OpenType .otf of 6.8 MB, where TrueType outlines made 9.4 MB; matplotlib draws
it with FreeType and embeds it in PDF/PS as Type 3, see ``textlab.viz.style``) and renames the font, so
that it never collides with a full Noto Sans CJK installed on the same machine (see
``textlab/resources/fonts/README.md``). It stops with an error if the result lacks any code
point of the two ideograph blocks that the source font has.

Needs the Debian package ``fonts-noto-cjk``, fontTools and opencc. Run from the repository root,
either with the package installed (``apt-get install fonts-noto-cjk``) or unpacked anywhere
without installing it (``apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb DIR``):

    python scripts/build_font_subset.py                     # Regular -> textlab/resources/fonts/
    python scripts/build_font_subset.py --root DIR          # from the unpacked package in DIR
    python scripts/build_font_subset.py --weight Bold       # an optional Bold face

The output is byte-identical across runs for the same source font and seeds.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SYSTEM_FONT_DIR = Path("/usr/share/fonts/opentype/noto")
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")
SOURCE_FAMILY = "Noto Sans CJK SC"
FAMILY = "Textlab Sans CJK SC"
PS_PREFIX = "TextlabSansCJKsc"
# Upstream notice (noto-cjk LICENSE; the font's own name ID 0 gives the same holder and years).
COPYRIGHT = "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'."

# Ideograph blocks kept whole (inclusive): every code point of them the source font has must end up
# in the subset, or the build fails.
CJK_BLOCKS: list[tuple[int, int, str]] = [
    (0x3400, 0x4DBF, "CJK Unified Ideographs Extension A"),
    (0x4E00, 0x9FFF, "CJK Unified Ideographs"),
]

# Code point ranges kept besides the ideograph blocks, GB2312 and the seeds (inclusive).
EXTRA_RANGES: list[tuple[int, int, str]] = [
    (0x0020, 0x007E, "ASCII"),
    (0x00A0, 0x00FF, "Latin-1 punctuation, signs and letters (× ÷ ° ± · «»)"),
    (0x2010, 0x2027, "general punctuation: dashes, quotes, • … ‧"),
    (0x2030, 0x205E, "general punctuation: ‰ ‱ ′ ″ ※ ‼"),
    (0x2100, 0x214F, "letterlike symbols: ℃ ℉ № ™ Ω"),
    (0x2150, 0x218F, "number forms: ⅓ Ⅰ–Ⅻ ⅰ–ⅻ"),
    (0x2190, 0x21FF, "arrows"),
    (0x2200, 0x22FF, "mathematical operators: − ≤ ≥ ≈ ≠ ∞ √ ∑"),
    (0x2460, 0x24FF, "enclosed alphanumerics: ①–⑳ ⑴–⒇ ⒈–⒛"),
    (0x2500, 0x257F, "box drawing"),
    (0x25A0, 0x25FF, "geometric shapes: ■ □ ▲ △ ◆ ◇ ○ ●"),
    (0x2600, 0x26FF, "miscellaneous symbols: ★ ☆ ☑ ♀ ♂"),
    (0x2700, 0x27BF, "dingbats: ✓ ✔ ✕ ✗ ❶–❿"),
    (0x3000, 0x303F, "CJK symbols and punctuation: 、。〈〉《》「」【】〔〕〇"),
    (0x3200, 0x32FF, "enclosed CJK letters: ㈠–㈩ ㊀–㊉"),
    (0x3300, 0x33FF, "CJK compatibility: ㎡ ㎏ ㎞ ㎎ ㎜"),
    (0xFE30, 0xFE4F, "CJK compatibility forms"),
    (0xFF01, 0xFF60, "full-width forms"),
    (0xFFE0, 0xFFE6, "full-width signs: ￥ ￠ ￡"),
]

# Layout features kept: fontTools' defaults minus the ones that pull in thousands of glyphs
# matplotlib never draws (regional variants via locl, vertical-writing forms).
DROPPED_FEATURES = {"locl", "vert", "vrt2", "vjmo", "valt", "vhal", "vpal", "vkrn", "vchw"}


def gb2312_characters() -> set[str]:
    """Every character of GB2312, found by decoding each two-byte code (rows 0xA1-0xF7)."""
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def seed_characters(folders: list[Path]) -> set[str]:
    """Characters of every file under ``folders``, as written and after OpenCC t2s; no control characters."""
    import opencc

    converter = opencc.OpenCC("t2s")
    chars: set[str] = set()
    files = sorted(p for folder in folders for p in folder.rglob("*") if p.is_file())
    if not files:
        raise SystemExit(f"{', '.join(map(str, folders))}: no seed files found")
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise SystemExit(f"{path}: not UTF-8 ({exc})") from exc
        chars |= set(text) | set(converter.convert(text))
    return {c for c in chars if unicodedata.category(c) != "Cc"}


def wanted_codepoints(seeds: list[Path]) -> dict[str, set[int]]:
    """Code points to keep, by reason (a code point may appear under several reasons).

    The traditional forms of GB2312 characters (OpenCC s2t/s2tw/s2hk) all lie in the CJK
    Unified Ideographs block, so the blocks cover them.
    """
    wanted = {name: set(range(start, stop + 1)) for start, stop, name in CJK_BLOCKS}
    extra = set()
    for start, stop, _ in EXTRA_RANGES:
        extra.update(range(start, stop + 1))
    wanted["GB2312"] = {ord(c) for c in gb2312_characters()}
    wanted["seeds"] = {ord(c) for c in seed_characters(seeds)}
    wanted["extra ranges"] = extra
    return wanted


def block_coverage(source_cmap: dict[int, str], subset_cmap: dict[int, str]) -> list[tuple[str, int, int, list[int]]]:
    """Per ideograph block: name, code points in the source, in the subset, and those lost."""
    rows = []
    for start, stop, name in CJK_BLOCKS:
        in_source = [cp for cp in range(start, stop + 1) if cp in source_cmap]
        lost = [cp for cp in in_source if cp not in subset_cmap]
        rows.append((name, len(in_source), len(in_source) - len(lost), lost))
    return rows


def find_face(collection: Path, family: str):
    """The face of a .ttc whose family name (name ID 1) is ``family``, as a fontTools TTFont."""
    from fontTools.ttLib import TTCollection, TTFont

    count = len(TTCollection(str(collection), lazy=True).fonts)
    for index in range(count):
        font = TTFont(str(collection), fontNumber=index, recalcTimestamp=False, lazy=False)
        if font["name"].getDebugName(1) == family:
            return font
    raise SystemExit(f"{collection}: no face with family name {family!r}")


def rename(font, weight: str) -> None:
    """Give the subset its own names (name table and CFF), keeping copyright and licence records."""
    ps_name = f"{PS_PREFIX}-{weight}"
    version = font["name"].getDebugName(5) or ""
    names = {
        1: FAMILY,
        2: weight,
        3: f"{font['head'].fontRevision:.3f};textlab;{ps_name}",
        4: f"{FAMILY} {weight}" if weight != "Regular" else FAMILY,
        5: f"{version}; textlab subset of {SOURCE_FAMILY}",
        6: ps_name,
    }
    table = font["name"]
    table.names = [r for r in table.names if r.nameID not in names and r.nameID not in (16, 17)]
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)
        table.setName(value, name_id, 1, 0, 0)
    if "CFF " not in font:
        return
    cff = font["CFF "].cff
    old = cff.fontNames[0]
    cff.fontNames = [ps_name]
    top = cff[ps_name] if ps_name in cff else cff.topDictIndex[0]
    top.rawDict["FullName"] = top.FullName = names[4]
    top.rawDict["FamilyName"] = top.FamilyName = FAMILY
    if hasattr(top, "FDArray"):
        for fd in top.FDArray:
            if getattr(fd, "FontName", "").startswith(old):
                fd.FontName = ps_name + fd.FontName[len(old):]


def subset(font, codepoints: set[int], weight: str):
    """Subset ``font`` (the ``SOURCE_FAMILY`` face, a TTFont) to ``codepoints`` in place; returns it."""
    from fontTools import subset as ft_subset

    options = ft_subset.Options()
    options.layout_features = [f for f in options.layout_features if f not in DROPPED_FEATURES]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # FreeType autohints the outlines; CFF hints cost space and change nothing here
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)
    rename(font, weight)
    return font


def ofl_text(copyright_file: Path = DEBIAN_COPYRIGHT) -> str:
    """OFL 1.1 text from the Debian copyright file of fonts-noto-cjk, under the upstream notice."""
    text = copyright_file.read_text(encoding="utf-8")
    match = re.search(r"^License: SIL-1\.1\n((?: .*\n)+)", text, flags=re.M)
    if not match:
        raise SystemExit(f"{copyright_file}: no 'License: SIL-1.1' stanza")
    body = []
    for line in match.group(1).splitlines():
        line = line[1:]
        body.append("" if line == "." else line)
    return "\n".join([COPYRIGHT, "", "This Font Software is licensed under the SIL Open Font License, Version 1.1.",
                      "This license is copied below, and is also available with a FAQ at:",
                      "https://openfontlicense.org", "", *body, ""])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weight", choices=["Regular", "Bold"], default="Regular")
    parser.add_argument("--root", type=Path, default=Path("/"),
                        help="where fonts-noto-cjk is installed or unpacked (default: /)")
    parser.add_argument("--source", type=Path, help="NotoSansCJK-<weight>.ttc (default: from --root)")
    parser.add_argument("--seeds", type=Path, nargs="+", default=[REPO / "seeds", REPO / "eval"],
                        help="folders whose every character is kept (default: seeds/ and eval/)")
    parser.add_argument("--out-dir", type=Path, default=REPO / "textlab" / "resources" / "fonts")
    args = parser.parse_args(argv)
    root_font_dir = args.root / SYSTEM_FONT_DIR.relative_to("/")
    source = args.source or root_font_dir / f"NotoSansCJK-{args.weight}.ttc"
    copyright_file = args.root / DEBIAN_COPYRIGHT.relative_to("/")
    for path in (source, copyright_file):
        if not path.exists():
            raise SystemExit(f"{path}: not found; install (or unpack with --root) the Debian package fonts-noto-cjk")

    by_reason = wanted_codepoints(args.seeds)
    codepoints = set().union(*by_reason.values())
    font = find_face(source, SOURCE_FAMILY)
    source_cmap = dict(font.getBestCmap())
    subset(font, codepoints, args.weight)
    cmap = font.getBestCmap()

    coverage = block_coverage(source_cmap, cmap)
    for name, in_source, kept, lost in coverage:
        print(f"{name}: {kept} of the {in_source} code points the source font has")
    lost_all = [cp for *_, lost in coverage for cp in lost]
    if lost_all:
        raise SystemExit(f"subset lacks {len(lost_all)} ideographs of the source: "
                         + " ".join(f"U+{cp:04X}" for cp in lost_all[:20]))

    args.out_dir.mkdir(parents=True, exist_ok=True)
    out = args.out_dir / f"{PS_PREFIX}-{args.weight}.otf"
    font.save(str(out))
    (args.out_dir / "OFL.txt").write_text(ofl_text(copyright_file), encoding="utf-8")

    for reason, cps in by_reason.items():
        missing = sorted(cp for cp in cps if cp not in cmap)
        shown = " ".join(f"U+{cp:04X}" for cp in missing[:12]) + (" …" if len(missing) > 12 else "")
        print(f"{reason:>34}: {len(cps):5d} code points, {len(missing):4d} not in the source font {shown}")
    print(f"{out}: {out.stat().st_size} bytes, {len(font.getGlyphOrder())} glyphs, {len(cmap)} code points")
    return 0


if __name__ == "__main__":
    sys.exit(main())
