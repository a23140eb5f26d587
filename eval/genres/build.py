"""Build the .txt documents, labels.tsv and doc_types.tsv from the annotated sources in src/.

Source format (one document per src/<doc>.src, UTF-8):
  %% genre: 01_讲话          (metadata lines start with %%)
  %% type: speech
  one paragraph per line; a tag #a #p #m #o (achievement/problem/measure/other), optionally
  followed by ! (= mixed), sets the label of the unit it precedes; untagged units take the label
  of the previous unit in the same line (not its mixed flag).  Every line must start with a tag,
  and tags must sit on unit boundaries (checked here).
Stdlib only.  Run: python build.py [FOLDER]   (FOLDER: another set in this format, e.g. ../genres_dev2;
default: this folder)
"""
import pathlib, re, sys
from unitsplit import split_units

HERE = pathlib.Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent
LAB = {"a": "achievement", "p": "problem", "m": "measure", "o": "other"}
TAG = re.compile(r"#([apmo])(!?) ?")


def parse(path):
    meta, rows, paras = {}, [], []
    for ln in path.read_text(encoding="utf-8").splitlines():
        if ln.startswith("%%"):
            k, v = ln[2:].split(":", 1)
            meta[k.strip()] = v.strip()
            continue
        if not ln.strip():
            continue
        parts = TAG.split(ln.strip())
        if parts[0].strip():
            sys.exit(f"{path.name}: line without leading tag: {ln[:40]}")
        segs = []  # (label, mixed, text)
        for j in range(1, len(parts), 3):
            segs.append((LAB[parts[j]], parts[j + 1] == "!", parts[j + 2]))
        text = "".join(s[2] for s in segs).strip()
        units = split_units(text)
        # map tags onto units: each segment must start at a unit boundary
        seg_units = []
        for lab, mix, st in segs:
            st = st.strip()
            if not st:
                sys.exit(f"{path.name}: empty tagged segment in: {ln[:40]}")
            us = split_units(st)
            if len(us) == 0:
                continue
            for k, u in enumerate(us):
                seg_units.append((lab, mix and k == 0, u))
        if [u for _, _, u in seg_units] != units:
            sys.exit(f"{path.name}: tag not on unit boundary in: {ln[:60]}\n{units}\n{[u for _,_,u in seg_units]}")
        para = len(paras)
        paras.append(text)
        for s, (lab, mix, u) in enumerate(seg_units):
            rows.append((para, s, lab, int(mix), u))
    return meta, paras, rows


def main():
    out_rows, types = [], []
    for src in sorted((HERE / "src").glob("*.src")):
        doc = src.stem
        meta, paras, rows = parse(src)
        (HERE / f"{doc}.txt").write_text("\n".join(paras) + "\n", encoding="utf-8")
        for para, s, lab, mix, u in rows:
            out_rows.append("\t".join([doc, str(para), str(s), lab, str(mix), meta["genre"], u]))
        types.append(f"{doc}\t{meta['type']}")
    (HERE / "labels.tsv").write_text("doc\tpara\tsent\tlabel\tmixed\tgenre\ttext\n" + "\n".join(out_rows) + "\n", encoding="utf-8")
    (HERE / "doc_types.tsv").write_text("doc\ttype\n" + "\n".join(types) + "\n", encoding="utf-8")
    print(f"{len(types)} documents, {len(out_rows)} units")


if __name__ == "__main__":
    main()
