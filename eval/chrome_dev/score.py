"""Score textlab.clean on the chrome DEVELOPMENT set (eval/chrome_dev/pages.jsonl).

Prints, per chrome kind, the share of chrome lines removed; per content role, the share of
content paragraphs kept (no line of the paragraph removed) and intact (the cleaned paragraph is
one line of the output: wrapped lines rejoined, markup gone); the date found in meta; the
title structure() finds. ``--show`` lists the misses.

    python eval/chrome_dev/score.py [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

import textlab.cleaning as C  # noqa: E402
from textlab.outline import structure  # noqa: E402

INLINE = [s for s in C.STEPS if s not in ("strip_boilerplate", "join_wrapped_lines", "normalize_whitespace")]


def score(pages: list[dict], show: bool = False) -> dict:
    chrome_total: dict[str, int] = defaultdict(int)
    chrome_removed: dict[str, int] = defaultdict(int)
    para_total: dict[str, int] = defaultdict(int)
    para_kept: dict[str, int] = defaultdict(int)
    para_intact: dict[str, int] = defaultdict(int)
    dates = [0, 0]
    titles = [0, 0]
    misses: list[str] = []
    for page in pages:
        lines = page["lines"]
        raw = "\n".join(ln["text"] for ln in lines)
        rep = C.clean(raw, report=True)
        out_lines = set(rep.text.split("\n"))
        removed = {r.lineno for r in rep.removed if r.lineno is not None}
        paras: dict[int, list[tuple[int, dict]]] = defaultdict(list)
        for i, ln in enumerate(lines, 1):
            if ln["label"] == "chrome":
                kind = ln["kind"]
                chrome_total[kind] += 1
                gone = i in removed or not C.clean(ln["text"], steps=INLINE + ["normalize_whitespace"]).strip()
                if gone:
                    chrome_removed[kind] += 1
                elif show:
                    misses.append(f"KEPT CHROME {page['id']}:{i} [{kind}] {ln['text'][:70]!r}")
            elif ln["label"] == "content":
                paras[ln["para"]].append((i, ln))
        for pid, members in paras.items():
            role = members[0][1]["kind"]
            para_total[role] += 1
            kept = all(i not in removed for i, _ in members)
            para_kept[role] += kept
            expected = C.clean(members[0][1].get("clean") or "".join(ln["text"] for _, ln in members))
            intact = expected in out_lines
            para_intact[role] += intact
            if show and not kept:
                misses.append(f"LOST CONTENT {page['id']}:{members[0][0]} [{role}] {members[0][1]['text'][:70]!r}")
            elif show and not intact:
                misses.append(f"NOT INTACT {page['id']}:{members[0][0]} [{role}] {expected[:50]!r}")
        if page["meta"].get("date"):
            dates[1] += 1
            dates[0] += rep.meta.get("date") == page["meta"]["date"]
            if show and rep.meta.get("date") != page["meta"]["date"]:
                misses.append(f"DATE {page['id']}: {rep.meta.get('date')} != {page['meta']['date']}")
        title = next((ln["text"] for ln in lines if ln["kind"] == "title"), None)
        if title:
            titles[1] += 1
            got = structure(rep.text).title
            titles[0] += got == C.clean(title)
            if show and got != C.clean(title):
                misses.append(f"TITLE {page['id']}: {got!r} != {C.clean(title)!r}")
    return {
        "chrome": {k: (chrome_removed[k], chrome_total[k]) for k in sorted(chrome_total)},
        "content_kept": {k: (para_kept[k], para_total[k]) for k in sorted(para_total)},
        "content_intact": {k: (para_intact[k], para_total[k]) for k in sorted(para_total)},
        "date_in_meta": tuple(dates),
        "title_found": tuple(titles),
        "misses": misses,
    }


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100 * a / b:.1f}%" if b else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", default=str(HERE / "pages.jsonl"))
    ap.add_argument("--show", action="store_true", help="list every miss")
    args = ap.parse_args()
    pages = [json.loads(line) for line in open(args.pages, encoding="utf-8")]
    res = score(pages, args.show)
    for m in res["misses"]:
        print(m)
    print(f"pages: {len(pages)}")
    print("chrome lines removed, per kind:")
    tot = [0, 0]
    for k, (a, b) in res["chrome"].items():
        print(f"  {k:12s} {_pct(a, b)}")
        tot[0] += a
        tot[1] += b
    print(f"  {'ALL':12s} {_pct(*tot)}")
    for name in ("content_kept", "content_intact"):
        print(f"content paragraphs {name.split('_')[1]}, per role:")
        tot = [0, 0]
        for k, (a, b) in res[name].items():
            print(f"  {k:12s} {_pct(a, b)}")
            tot[0] += a
            tot[1] += b
        print(f"  {'ALL':12s} {_pct(*tot)}")
    print(f"date in meta: {_pct(*res['date_in_meta'])}")
    print(f"title found by structure(): {_pct(*res['title_found'])}")


if __name__ == "__main__":
    main()
