"""Check labels.tsv against the .txt documents (stdlib only).

Re-splits every g*.txt in this folder by the unit rule of LABELING.md (see unitsplit.py) and
verifies that labels.tsv has exactly those units, in order, with identical text; that labels,
mixed flags, genres, doc_types.tsv and split.tsv are valid; prints counts per genre x label
(and per part when split.tsv exists).  Exit status 1 on any error.
Run: python check.py [FOLDER]   (FOLDER: another set in this format, e.g. ../genres_dev2, where every
document may be dev; default: this folder)
"""
import collections, csv, hashlib, pathlib, re, sys
from unitsplit import split_units, paragraphs

HERE = pathlib.Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent
LABELS = ("achievement", "problem", "measure", "other")
TYPES = {"work report", "speech", "experience material", "work summary", "self-criticism",
         "plan or opinion", "news report", "other"}


def read_tsv(name):
    with open(HERE / name, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[0], rows[1:]


def main():
    errors = []
    head, rows = read_tsv("labels.tsv")
    if head != ["doc", "para", "sent", "label", "mixed", "genre", "text"]:
        errors.append(f"bad header {head}")
    by_doc = collections.defaultdict(list)
    genre_of = {}
    for r in rows:
        if len(r) != 7:
            errors.append(f"bad row {r}")
            continue
        doc, para, sent, label, mixed, genre, text = r
        by_doc[doc].append((int(para), int(sent), text))
        if label not in LABELS:
            errors.append(f"{doc} {para}/{sent}: bad label {label}")
        if mixed not in ("0", "1"):
            errors.append(f"{doc} {para}/{sent}: bad mixed {mixed}")
        if genre_of.setdefault(doc, genre) != genre:
            errors.append(f"{doc}: more than one genre")
        if not doc.startswith("g" + genre[:2] + "_"):
            errors.append(f"{doc}: genre {genre} does not match file name")
    docs = sorted(p.stem for p in HERE.glob("g*.txt"))
    if sorted(by_doc) != docs:
        errors.append(f"documents differ: only txt {set(docs) - set(by_doc)}, only tsv {set(by_doc) - set(docs)}")
    for doc in docs:
        text = (HERE / f"{doc}.txt").read_text(encoding="utf-8")
        expect = [(p, s, u) for p, line in enumerate(paragraphs(text)) for s, u in enumerate(split_units(line))]
        got = by_doc.get(doc, [])
        if expect != got:
            for k, (e, g) in enumerate(zip(expect, got)):
                if e != g:
                    errors.append(f"{doc}: first mismatch at row {k}: text {e} vs tsv {g}")
                    break
            else:
                errors.append(f"{doc}: {len(expect)} units in text, {len(got)} in labels.tsv")
    th, trows = read_tsv("doc_types.tsv")
    tdocs = {r[0]: r[1] for r in trows}
    if sorted(tdocs) != docs:
        errors.append("doc_types.tsv does not list exactly the documents")
    for d, t in tdocs.items():
        if t not in TYPES:
            errors.append(f"{d}: bad type {t}")
    part = {}
    if (HERE / "split.tsv").exists():
        sh, srows = read_tsv("split.tsv")
        part = {r[0]: r[1] for r in srows}
        if sorted(part) != docs or set(part.values()) - {"dev", "test"}:
            errors.append("split.tsv must list every document once with part dev|test")
    # every sub-genre must have a document in each part the set has (eval/genres: dev and test;
    # eval/genres_dev2: dev only; eval/genres_test2: test only)
    needed = sorted(set(part.values()))
    # counts
    cnt = collections.Counter()
    docs_per = collections.Counter()
    for d in docs:
        docs_per[(genre_of[d], part.get(d, "all"))] += 1
    for r in rows:
        cnt[(r[5], part.get(r[0], "all"), r[3])] += 1
    parts = sorted({p for _, p, _ in cnt})
    print(f"{'genre':16s} {'part':5s} docs  sents " + " ".join(f"{l[:5]:>6s}" for l in LABELS))
    for g in sorted({g for g, _, _ in cnt}):
        for p in parts + (["all"] if part else []):
            c = [sum(v for (gg, pp, ll), v in cnt.items() if gg == g and (pp == p or p == "all") and ll == l) for l in LABELS]
            nd = sum(v for (gg, pp), v in docs_per.items() if gg == g and (pp == p or p == "all"))
            print(f"{g:16s} {p:5s} {nd:4d} {sum(c):6d} " + " ".join(f"{x:6d}" for x in c))
    for p in parts:
        c = [sum(v for (gg, pp, ll), v in cnt.items() if pp == p and ll == l) for l in LABELS]
        nd = sum(v for (gg, pp), v in docs_per.items() if pp == p)
        print(f"{'TOTAL':16s} {p:5s} {nd:4d} {sum(c):6d} " + " ".join(f"{x:6d}" for x in c))
        if part and any(x == 0 for x in c):
            errors.append(f"part {p} lacks a label")
    if part:
        for g in sorted(set(genre_of.values())):
            for p in needed:
                if not docs_per[(g, p)]:
                    errors.append(f"genre {g} has no {p} document")
    print(f"mixed units: {sum(1 for r in rows if r[4] == '1')}")
    # the locked hashes recorded in README.md must match the files
    readme = (HERE / "README.md").read_text(encoding="utf-8") if (HERE / "README.md").exists() else ""
    for name in ("labels.tsv", "split.tsv"):
        m = re.search(r"SHA-256 of `" + re.escape(name) + r"`: `([0-9a-f]{64})`", readme)
        have = hashlib.sha256((HERE / name).read_bytes()).hexdigest() if (HERE / name).exists() else None
        if m and have and m.group(1) != have:
            errors.append(f"{name}: SHA-256 {have} differs from the locked hash in README.md")
        elif m and have:
            print(f"{name}: SHA-256 matches README.md")
    for e in errors:
        print("ERROR", e)
    print("FAIL" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
