"""Score textlab's chrome removal (issue 14, point 5); the work is in textlab/training/chrome_eval.py.

    python scripts/eval_chrome.py --set eval/chrome_test5 --locked-test-run --out /tmp/ce   # a locked set, once
    python scripts/eval_chrome.py --out /tmp/chrome_eval                         # eval/chrome_test (retired) + gov.cn
    python scripts/eval_chrome.py --set eval/chrome_dev --out /tmp/chrome_dev    # any other page set
    python scripts/eval_chrome.py --skip-pages --skip-govcn                      # only the seed diff
    python scripts/eval_chrome.py --locked-test-run --python /work/venv010/bin/python --skip-govcn \\
        --skip-seeds --out /tmp/chrome_eval_010                                  # another install's clean

Three parts:

* pages: ``clean(page, report=True)`` on ``<set>/pages`` against ``<set>/gold``: chrome removal
  overall and per kind, content keep by line and paragraph, per kind, per page style, worst pages;
* gov.cn: ``load_corpus`` on ``<corpus>/gov_cn_html`` then the same clean, against
  ``<set>/govcn_gold.tsv`` (body paragraph recall, labels left, chrome line, date and number in meta);
  ``<corpus>`` is ``--corpus``, else ``$TEXTLAB_CORPUS``, else ``shared/corpus`` beside the checkout;
* seeds: every changed line of ``clean()`` on ``seeds/party_building/*`` against v0.1.0
  (``--baseline-python``, default /work/venv010/bin/python when present; else ``--baseline-source``
  or ``git archive v0.1.0`` of this checkout).

``--set`` defaults to ``eval/chrome_test`` (a RETIRED test set since 2026-11-30: development data,
holding the gov.cn gold). A set whose README says LOCKED (and not ``RETIRED test set`` in its first
lines) is refused without ``--locked-test-run``. Nothing is tuned here. ``--out`` gets ``chrome_eval.md``
and ``chrome_eval.json``; the Markdown is printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textlab.training import chrome_eval as ce  # noqa: E402

DEFAULT_SET = ROOT / "eval" / "chrome_test"  # retired test set: development data with the gov.cn gold
V010_PYTHON = Path("/work/venv010/bin/python")
V010_SOURCE = Path("/tmp/v010")


def corpus_dir(given: str | None) -> Path | None:
    candidates = [given, os.environ.get("TEXTLAB_CORPUS"), ROOT.parent / "shared" / "corpus",
                  ROOT.parent.parent / "shared" / "corpus"]
    for c in candidates:
        if c and (Path(c) / "gov_cn_html").is_dir():
            return Path(c)
    return None


def baseline_cleaner(args, tmp: Path):
    """The v0.1.0 clean: an interpreter with v0.1.0 installed, else a v0.1.0 source tree."""
    if args.baseline_python:
        return ce.SubprocessCleaner(args.baseline_python), f"{args.baseline_python}"
    if V010_PYTHON.exists():
        return ce.SubprocessCleaner(V010_PYTHON), f"{V010_PYTHON}"
    source = Path(args.baseline_source) if args.baseline_source else V010_SOURCE
    if not (source / "textlab").is_dir():
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline_tag, "textlab"],
                                 capture_output=True, check=True).stdout
        source = tmp / "baseline"
        source.mkdir()
        archive_path = tmp / "baseline.tar"
        archive_path.write_bytes(archive)
        with tarfile.open(archive_path) as tar:
            tar.extractall(source, filter="data")
    return ce.SubprocessCleaner(sys.executable, source), f"{sys.executable} with {source}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", default=str(DEFAULT_SET),
                        help="page set folder (default: eval/chrome_test, retired, with the gov.cn gold)")
    parser.add_argument("--locked-test-run", action="store_true", help="required to score a locked set")
    parser.add_argument("--out", help="folder for chrome_eval.md and chrome_eval.json")
    parser.add_argument("--python", help="score the clean() of the textlab this interpreter imports (subprocess)")
    parser.add_argument("--corpus", help="folder holding gov_cn_html/ and state_council_2004_2019/")
    parser.add_argument("--baseline-python", help="interpreter with textlab v0.1.0 (seed diff)")
    parser.add_argument("--baseline-source", help="folder holding the v0.1.0 textlab/ package (seed diff)")
    parser.add_argument("--baseline-tag", default="v0.1.0", help="git tag archived when no baseline is found")
    parser.add_argument("--skip-pages", action="store_true")
    parser.add_argument("--skip-govcn", action="store_true")
    parser.add_argument("--skip-seeds", action="store_true")
    parser.add_argument("--worst", type=int, default=10, help="worst pages listed (default 10)")
    args = parser.parse_args(argv)

    folder = Path(args.set)
    reads_set = not args.skip_pages or (not args.skip_govcn and (folder / "govcn_gold.tsv").is_file())
    if reads_set and ce.is_locked_set(folder) and not args.locked_test_run:
        parser.error(f"{folder} is a locked test set: pass --locked-test-run to score it (once, after the "
                     f"cleaner is frozen), or --skip-pages --skip-govcn for the seed diff only")

    cleaner = ce.imported_cleaner
    described = "textlab imported from " + str(Path(__import__("textlab").__file__).parent)
    if args.python:
        cleaner = ce.SubprocessCleaner(args.python)
        described = f"textlab of {args.python}"
    results: dict = {"title": folder.name, "set": str(folder), "cleaner": described}
    canon = ce.Canonicaliser()

    if not args.skip_pages:
        pages = ce.read_page_set(folder)
        scored = ce.score_pages(pages, cleaner, canon)
        results["pages"] = ce.summarise(scored, worst=args.worst)
        results["page_details"] = [r.as_dict() for r in scored]
    if not args.skip_govcn and (folder / "govcn_gold.tsv").is_file():
        corpus = corpus_dir(args.corpus)
        if args.python:
            results["govcn"] = {"status": "skipped", "pages": 0, "read": 0,
                                "reason": "the gov.cn part runs load_corpus of the imported textlab only"}
        elif corpus is None:
            results["govcn"] = {"status": "skipped", "pages": 0, "read": 0,
                                "reason": "no corpus with gov_cn_html/ (pass --corpus or set TEXTLAB_CORPUS)"}
        else:
            results["govcn"] = ce.score_govcn(ce.read_govcn_gold(folder / "govcn_gold.tsv"), corpus,
                                              clean=cleaner, canon=canon)
    if not args.skip_seeds:
        with tempfile.TemporaryDirectory() as tmp:
            try:
                baseline, where = baseline_cleaner(args, Path(tmp))
                seeds = sorted((ROOT / "seeds" / "party_building").glob("*.txt"))
                results["seeds"] = ce.seed_diff(seeds, cleaner, baseline)
                results["seeds_baseline"] = where
            except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
                results["seeds"] = {"error": f"{type(exc).__name__}: {exc}"}

    results["targets"] = ce.targets(results)
    text = ce.markdown(results)
    print(text)
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "chrome_eval.md").write_text(text, encoding="utf-8")
        (out / "chrome_eval.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {out / 'chrome_eval.md'} and {out / 'chrome_eval.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
