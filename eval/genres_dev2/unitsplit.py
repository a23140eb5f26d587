"""Unit splitter following /work/shared/LABELING.md ("Units").

A sentence ends at 。！？； or their half-width forms . ! ? ; , or at a line break.
Closing quotes and brackets stay with the sentence they close.
Stdlib only; shared by build.py and check.py.
"""
ENDERS = set("。！？；.!?;")
CLOSERS = set("”’」』）)】》〕]\"'")


def split_units(line):
    """Split one paragraph (a non-empty line) into units; whitespace-only units are dropped."""
    units, buf, i, n = [], [], 0, len(line)
    while i < n:
        ch = line[i]
        buf.append(ch)
        i += 1
        if ch in ENDERS:
            # absorb a run of further terminators and closing quotes/brackets
            while i < n and (line[i] in ENDERS or line[i] in CLOSERS):
                buf.append(line[i])
                i += 1
            units.append("".join(buf))
            buf = []
    if "".join(buf).strip():
        units.append("".join(buf))
    return [u.strip() for u in units if u.strip()]


def paragraphs(text):
    """Non-empty lines of a document, stripped (para index = position in this list)."""
    return [ln.strip() for ln in text.splitlines() if ln.strip()]
