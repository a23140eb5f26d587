# Independent first draft of tests/data/structure/top_level_sections.tsv (not used by the tests).
# For each file: strip leading blanks (space, tab, U+3000, U+00A0, U+2003, U+200B), then accept a
# line as the next top-level heading when it begins with the *next expected* numeral of the main
# sequence followed by 、 (一、 first, then 二、 …), cut at the first 。 (inline headings); stop at an
# appendix line (附件…/附录…/…名词解释/…名词注释); finally append a line that is exactly 结束语.
# Run: cd seeds/gov_reports && for f in */*.txt; do awk -f ../../tests/data/structure/top_level_grep.awk "$f"; done
BEGIN {
    split("一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十", num, " ")
    k = 1; n = 0; out = ""; closing = ""; stop = 0
}
{
    line = $0
    sub(/\r$/, "", line)
    # blanks: space, tab, U+3000, U+00A0, U+2003, U+200B (as UTF-8 bytes; run with LC_ALL=C)
    blank = "^( |\t|\343\200\200|\302\240|\342\200\203|\342\200\213)"
    while (match(line, blank)) line = substr(line, RLENGTH + 1)
    sub(/[ \t]+$/, "", line)
    if (stop || line == "") next
    if (line ~ /^(附件|附录)/ || line ~ /名词(解释|注释)$/) { stop = 1; next }
    if (line == "结束语") { closing = line; next }
    want = num[k] "、"
    if (substr(line, 1, length(want)) == want) {
        sub(/。.*/, "", line)
        out = out (n ? " | " : "") line
        n++; k++
    }
}
END {
    if (closing != "") { out = out (n ? " | " : "") closing; n++ }
    f = FILENAME
    printf "%s\t%d\t%s\n", f, n, out
}
