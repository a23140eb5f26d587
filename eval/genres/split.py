"""Lock the dev/test split of the genres set, by document (never by sentence).

Rule: for each sub-genre, take its document names (file stems) sorted, shuffle them with
random.Random("textlab-genres-split-20261130/" + genre), and put the first int(0.4 * n + 0.5)
documents in test, the rest in dev.  Writes split.tsv (doc, part).  Stdlib only.
Run: python split.py
"""
import collections, csv, pathlib, random

HERE = pathlib.Path(__file__).resolve().parent


def main():
    with open(HERE / "labels.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    genre_docs = collections.defaultdict(set)
    for r in rows:
        genre_docs[r[5]].add(r[0])
    part = {}
    for g in sorted(genre_docs):
        docs = sorted(genre_docs[g])
        random.Random("textlab-genres-split-20261130/" + g).shuffle(docs)
        k = int(0.4 * len(docs) + 0.5)
        for i, d in enumerate(docs):
            part[d] = "test" if i < k else "dev"
    with open(HERE / "split.tsv", "w", encoding="utf-8") as f:
        f.write("doc\tpart\n")
        for d in sorted(part):
            f.write(f"{d}\t{part[d]}\n")
    print(collections.Counter(part.values()))


if __name__ == "__main__":
    main()
