"""Why gold paragraphs do not come out of ``clean()`` whole: every such paragraph of the page sets
given, with its page, style and cause, and the counts per cause and per set.

Causes (a paragraph is listed once, by the first of them that applies):

* ``lost:<reason>``: a line of it is missing from the output (``<reason>`` is the reason
  ``CleanReport.removed`` gives for it: the chrome rules, the judge ``model``, page furniture, ``?``
  when it is not listed);
* ``furniture_left``: its pieces are apart in the output with gold chrome lines of the page
  (page numbers, headers, print margins) left between them;
* ``pagebreak_not_joined``: two pieces are on separate output lines with gold chrome between them
  on the page (a page break), the chrome itself gone;
* ``wrap_not_joined``: two consecutive lines of it are on separate output lines (a hard wrap, or
  a line cut at a sentence end, not joined);
* ``other_gap`` / ``order``: something else between its pieces, or its pieces out of order;
* ``wrong_join``: its first line runs on from the output line holding the paragraph before it (it
  is then still whole, so it does not count against "paragraphs whole").

The alignment is the scorer's (``textlab.training.chrome_eval.score_page``): the same matching of
gold lines to the output. Usage::

    python scripts/paragraph_causes.py eval/chrome_dev4 eval/chrome_dev7 ... [--list FILE]

A set folder holds ``pages/`` + ``gold/`` or a ``build.py`` writing a ``pages.jsonl`` (built into a
temporary folder); a ``.jsonl`` file is read as it is. Locked sets are refused.
"""

from __future__ import annotations

import argparse
import collections
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textlab.training import chrome_eval as ce  # noqa: E402
from textlab.training.chrome_training import load_pages  # noqa: E402


def _source(path: Path, tmp: Path) -> Path:
    if path.is_file() or (path / "pages").is_dir():
        return path
    script = path / "build.py"
    if not script.is_file():
        raise SystemExit(f"{path}: no pages/ + gold/ and no build.py")
    out = tmp / f"{path.name}.jsonl"
    run = subprocess.run([sys.executable, str(script), "--out", str(out)], cwd=str(ROOT), capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"{script}: building the page set failed:\n{run.stderr[-2000:]}")
    return out


def _spans(page, text: str, canon):
    """Where each non-blank gold line is in the output (the scorer's alignment)."""
    out = ce._Output(text, canon)
    keys = [canon(g.text) for g in page.lines]
    content = [i for i, g in enumerate(page.lines) if g.label == "content" and keys[i]]
    chrome = [i for i, g in enumerate(page.lines) if g.label == "chrome" and keys[i]]
    nonblank = sorted(content + chrome)
    groups = [page.lines[i].para if page.lines[i].label == "content" else None for i in nonblank]
    spans = list(ce._select([keys[i] for i in nonblank], out.text, 0, len(out.text), out.bounds, groups))
    hows = ["exact" if s else "none" for s in spans]
    gots = [len(keys[i]) if s else 0 for i, s in zip(nonblank, spans)]
    for label, share in (("content", ce._FUZZY_CONTENT), ("chrome", ce._FUZZY_CHROME)):
        shares = [share if page.lines[i].label == label else None for i in nonblank]
        ce._fill_fuzzy([keys[i] for i in nonblank], spans, hows, gots, out, shares)
    ce._fill_partial([keys[i] for i in nonblank], spans, hows, gots, out,
                     [page.lines[i].label == "chrome" for i in nonblank])
    return out, dict(zip(nonblank, spans)), dict(zip(nonblank, hows)), content


def diagnose(page, report, canon) -> tuple[list[dict], int]:
    """The paragraphs of ``page`` not whole (and those joined to the one before), with causes."""
    out, span, how, content = _spans(page, report.text, canon)
    reasons = {r.lineno: r.reason for r in report.removed}
    paras: dict[int, list[int]] = collections.OrderedDict()
    for i in content:
        paras.setdefault(page.lines[i].para, []).append(i)
    rows, prev_end, prev_last = [], None, None
    for members in paras.values():
        first = page.lines[members[0]].lineno
        cause, detail = None, ""
        kept = all(span[i] is not None for i in members)
        if not kept:
            lost = [i for i in members if span[i] is None]
            cause = "lost:" + ",".join(sorted({reasons.get(page.lines[i].lineno, "?").split(":")[0] for i in lost}))
            detail = " | ".join(page.lines[i].text.strip()[:40] for i in lost)
        else:
            for a, b in zip(members, members[1:]):
                gap = span[b][0] - span[a][1]
                exact = how[a] == how[b] == "exact"
                between = [j for j in range(a + 1, b) if page.lines[j].label == "chrome"]
                broken = any(span[a][0] < x < span[b][1] and span[a][1] <= x <= span[b][0] for x in out.bounds)
                if not (gap < 0 or (gap > 0 if exact else gap > 3) or broken):
                    continue
                if gap > (0 if exact else 3):
                    cause = "furniture_left" if between else "other_gap"
                elif gap < 0:
                    cause = "order"
                else:
                    cause = "pagebreak_not_joined" if between else "wrap_not_joined"
                detail = (page.lines[a].text.rstrip()[-20:] + " // " + page.lines[b].text.strip()[:20]
                          + (" ## " + " | ".join(page.lines[j].text.strip()[:30] for j in between) if between else ""))
                break
            if cause is None and out.boundary_within(span[members[0]][0], span[members[-1]][1]):
                cause = "boundary_inside"
            if prev_end is not None and not any(prev_end <= x <= span[members[0]][0] for x in out.bounds):
                rows.append({"line": first, "cause": "wrong_join", "whole": cause is None,
                             "detail": page.lines[prev_last].text.rstrip()[-20:] + " // "
                             + page.lines[members[0]].text.strip()[:24]})
        prev_end = span[members[-1]][1] if kept else None
        prev_last = members[-1]
        if cause:
            rows.append({"line": first, "cause": cause, "whole": False, "detail": detail})
    return rows, len(paras)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", help="page set folders or .jsonl files")
    ap.add_argument("--list", help="write every paragraph listed (set/page, style, cause, line, detail) here")
    args = ap.parse_args(argv)
    import textlab

    canon = ce.Canonicaliser()
    total: collections.Counter = collections.Counter()
    listing = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets:
            path = Path(name)
            if path.is_dir() and ce.is_locked_set(path):
                raise SystemExit(f"{path}: a locked set is not read")
            pages = load_pages(str(_source(path, Path(tmp))))
            causes: collections.Counter = collections.Counter()
            n = bad = 0
            for page in pages:
                rows, count = diagnose(page, textlab.clean(page.text, report=True), canon)
                n += count
                for row in rows:
                    causes[row["cause"]] += 1
                    bad += not row["whole"]
                    listing.append(f"{path.stem}/{page.id}\t{page.style}\t{row['cause']}\tL{row['line']}\t{row['detail']}")
            total.update(causes)
            print(f"{path.stem}: {n} paragraphs, {n - bad} whole ({100 * (n - bad) / max(n, 1):.2f}%); "
                  + ", ".join(f"{k} {v}" for k, v in sorted(causes.items())), flush=True)
    print("all: " + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))
    if args.list:
        Path(args.list).write_text("\n".join(listing) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
