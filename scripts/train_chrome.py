"""Train the chrome model (``textlab/chrome_model.py``) with leave-one-writer-out validation.

Retrain (validation, held-out scoring, the seed rule and the saved model in one command, about
12-20 minutes on the shared machine):

    nice -n 10 python scripts/train_chrome.py --cv --score --C 16 --save models/chrome --out /tmp/cv.json

``--C 16 --threshold T --save models/chrome`` alone trains and saves in about a minute (the seed
rule still runs). The page sets are read straight from their eval folders: a folder with ``pages/``
+ ``gold/`` is read as it is; a folder that only holds a ``build.py`` (dev1, dev2, dev3d) is built
into a temporary directory by running that script (``--out`` to a ``pages.jsonl`` there) with the
interpreter running this one, so a fresh checkout retrains with the command above. ``--dev1 PATH``
etc. give a ready folder or ``pages.jsonl`` instead.

Writers: one page set each, listed one per line in ``WRITER_FOLDERS`` (adding a writer is adding
that line): dev1 (eval/chrome_dev), dev2, dev3, dev3d (the designer's probe pages), test1, test2,
test3, test4 (the retired test sets chrome_test…chrome_test4, development data since 2026-11-30),
dev4, dev5, dev6 and dev7 (eval/chrome_dev6 and chrome_dev7, brought in from h/chromedev6 and
h/chromedev7 on 2026-11-30), test5 (eval/chrome_test5, retired in the fifth round: the thirteenth
writer) and dev8 … dev13 (eval/chrome_dev8 … chrome_dev13, six new writers of the fifth round), and
test6 (eval/chrome_test6, scored once and retired at the end of the fifth round: the twentieth),
dev14 and dev15 (eval/chrome_dev14, chrome_dev15: two new writers of the sixth round), test7
(eval/chrome_test7, scored once and retired at the end of the sixth round), dev16 and dev17
(eval/chrome_dev16, chrome_dev17: two new writers of the seventh round).
A locked set (README says LOCKED) is refused by ``load_pages``.

``--cv``: for every C of ``--C`` and every writer, a model is trained on the other writers and gives
the held-out writer's lines their chrome probability. The threshold of a C is the lowest one of
``--grid`` at which, on EVERY held-out writer, the lines the model removes break at most
``--max-paragraph-loss`` (default 0.5 %) of that writer's content paragraphs that the rules keep whole
(the writers that block lower thresholds are printed); C is the one with the highest mean held-out
chrome removal at its threshold. The seed rule (:func:`seed_threshold`) then raises the threshold,
in steps of 0.01, until the judge of all writers removes no line of the 294 files of ``seeds/``
beyond what the rules remove. ``--score`` runs the chrome scorer (``textlab/training/chrome_eval.py``,
the full ``clean``, with the judge's fixpoint) on every held-out writer with that writer's model
(rules alone vs rules + model): the honest figures are these held-out ones (mean / min over writers).
``--save`` trains on all writers with the chosen C and threshold (or ``--C`` / ``--threshold`` when
given; the seed rule applies to a given threshold too). Figures on the training writers are optimistic.
With ``--cv``, ``--out`` also lists every gold content line a held-out model would take at the chosen
threshold (``held_out_content_taken``: writer -> [page, p, line]): the judge's own content losses.

Figures of the shipped model (the lead's run of 2026-12-01 after the seventh round's merges,
``--cv --score --C 16 --save``, 684 s): twenty-five writers (test7, dev16 and dev17 joined). The
cross-validated threshold is 0.70 (dev7 blocks 0.66-0.69); the seed rule raised it to 0.96: below that
the judge of all writers takes a line of four seed files (two NPC resolutions' titles at p 0.82 and
0.94, a table cell 满意度 at 0.95, a wikisource editor's note at 0.79). Every row is a model trained
WITHOUT that writer at 0.96, scored by the full ``clean``. The seventh round's rules (robots, player
notices, leads with a source or platform mark, sponsored lines, reader watermarks, attachment widgets,
mobile / forum / 文库 leftovers) were made while reading test7 (retired, development data), and the
judge's repetition features (copies of a line's form, at a page break, in the body; likeness to the
title; contents entries whose headings come again) too: the test7 row is not a fresh-writer figure.
dev16 and dev17 are: they joined after the designers' branches were made, and nobody read them while
building the cleaner.

| held out | rules alone: removed | rules + judge: removed | content lines kept | paragraphs whole: rules / rules + judge |
|---|---|---|---|---|
| dev1 | 100.0% | 100.0% (882/882) | 99.40% | 98.9% / 98.9% (907/917) |
| dev2 | 99.7% | 99.7% (957/960) | 99.94% | 99.9% / 99.7% (677/679) |
| dev3 | 98.1% | 98.8% (1222/1237) | 100.00% | 100.0% / 100.0% (730/730) |
| dev3d | 95.4% | 98.1% (359/366) | 99.93% | 99.8% / 99.8% (399/400) |
| test1 | 92.8% | 98.2% (2111/2150) | 99.95% | 100.0% / 99.9% (1193/1194) |
| test2 | 86.3% | 97.7% (2504/2563) | 99.94% | 100.0% / 99.9% (1778/1780) |
| test3 | 82.2% | 97.1% (2175/2241) | 100.00% | 99.9% / 99.9% (1588/1589) |
| dev4 | 76.2% | 92.7% (2824/3046) | 99.88% | 99.8% / 99.8% (1229/1231) |
| dev5 | 68.6% | 93.7% (2638/2815) | 99.81% | 99.7% / 99.6% (1038/1042) |
| test4 | 74.6% | 96.3% (3139/3258) | 100.00% | 99.4% / 99.4% (1360/1368) |
| dev6 | 75.5% | 95.1% (2728/2868) | 100.00% | 99.8% / 99.8% (1239/1242) |
| dev7 | 74.3% | 96.7% (3613/3737) | 99.91% | 97.7% / 97.6% (1021/1046) |
| test5 | 75.1% | 95.0% (2687/2828) | 99.65% | 99.5% / 99.4% (1543/1552) |
| dev8 | 63.1% | 94.0% (1659/1765) | 100.00% | 99.4% / 99.4% (792/797) |
| dev9 | 74.4% | 95.0% (2367/2492) | 99.96% | 99.7% / 99.7% (1150/1154) |
| dev10 | 69.6% | 92.5% (2109/2281) | 99.74% | 98.8% / 98.4% (1131/1149) |
| dev11 | 73.2% | 94.6% (2065/2183) | 99.91% | 99.7% / 99.7% (946/949) |
| dev12 | 75.6% | 93.1% (2004/2153) | 99.95% | 99.5% / 99.5% (1246/1252) |
| dev13 | 61.1% | 93.5% (1817/1944) | 100.00% | 99.8% / 99.8% (948/950) |
| test6 | 80.3% | 96.9% (2129/2197) | 100.00% | 100.0% / 100.0% (1210/1210) |
| dev14 | 67.0% | 90.4% (2145/2374) | 99.95% | 99.3% / 99.5% (1023/1028) |
| dev15 | 59.4% | 85.5% (1267/1482) | 99.62% | 98.7% / 98.4% (846/860) |
| test7 | 77.6% | 96.5% (1911/1981) | 99.95% | 99.8% / 99.8% (1225/1228) |
| dev16 | 52.8% | 88.2% (1968/2231) | 99.87% | 99.5% / 99.3% (834/840) |
| dev17 | 62.9% | 87.2% (2037/2335) | 98.93% | 98.5% / 97.9% (868/887) |
mean 94.7% min 85.5% (dev15), 95% on 13 of 25; content lines 98.93-100.00%; paragraphs whole 97.6% (dev7) to 100.0%; paragraphs >=99.5% on 16 of 25

Figures of the sixth round's model (the lead's run of 2026-11-30 on main after the sixth round's merges,
``--cv --score --C 16 --save``, 509 s): twenty-two writers (test6, dev14 and dev15 joined). The
threshold is 0.97: the new writer dev15 (print and export copies, OCR, slides) blocks 0.93-0.96 (a
held-out judge breaks more than 0.5 % of its paragraphs below 0.97); the seed rule kept it. Every row
is a model trained WITHOUT that writer, scored by the full ``clean``. The sixth round's rules (table
cells and quotation pieces kept beside chrome; AI-summary widgets, watermark stamps, bare file names
by form), wraps (run-in leads cut at the line end, converters' page-break marks) and guards (an
addressee over the body, a standard's numbered sections, year-section and ordinal headings) were made
while test6 was development data: its row is not a fresh-writer figure. dev14 and dev15 are: nobody
read them while building the cleaner, so their rows are what a new writer gets.

| held out | rules alone: removed | rules + judge: removed | content lines kept | paragraphs whole: rules / rules + judge |
|---|---|---|---|---|
| dev1 | 100.0% | 100.0% (882/882) | 99.40% | 98.9% / 98.9% (907/917) |
| dev2 | 99.7% | 99.7% (957/960) | 100.00% | 99.9% / 99.9% (678/679) |
| dev3 | 98.1% | 98.8% (1222/1237) | 100.00% | 100.0% / 100.0% (730/730) |
| dev3d | 95.4% | 97.8% (358/366) | 99.93% | 99.8% / 99.8% (399/400) |
| test1 | 92.8% | 98.1% (2110/2150) | 99.95% | 100.0% / 99.9% (1193/1194) |
| test2 | 85.6% | 97.1% (2488/2563) | 99.97% | 100.0% / 99.9% (1779/1780) |
| test3 | 82.2% | 97.0% (2173/2241) | 99.95% | 99.9% / 99.9% (1587/1589) |
| dev4 | 75.9% | 92.2% (2809/3046) | 99.88% | 99.8% / 99.8% (1229/1231) |
| dev5 | 67.2% | 91.5% (2577/2815) | 99.81% | 99.7% / 99.6% (1038/1042) |
| test4 | 73.6% | 95.8% (3122/3258) | 100.00% | 99.4% / 99.4% (1360/1368) |
| dev6 | 73.2% | 93.2% (2673/2868) | 99.97% | 99.8% / 99.7% (1238/1242) |
| dev7 | 73.8% | 95.8% (3581/3737) | 99.87% | 97.7% / 97.5% (1020/1046) |
| test5 | 74.1% | 94.4% (2669/2828) | 99.60% | 99.5% / 99.4% (1542/1552) |
| dev8 | 62.5% | 92.8% (1638/1765) | 100.00% | 99.4% / 99.4% (792/797) |
| dev9 | 73.8% | 93.9% (2339/2492) | 99.96% | 99.7% / 99.7% (1150/1154) |
| dev10 | 67.2% | 91.2% (2081/2281) | 99.84% | 98.8% / 98.6% (1133/1149) |
| dev11 | 72.9% | 94.0% (2051/2183) | 99.86% | 99.7% / 99.6% (945/949) |
| dev12 | 75.0% | 92.5% (1992/2153) | 99.95% | 99.5% / 99.5% (1246/1252) |
| dev13 | 60.2% | 92.5% (1798/1944) | 99.79% | 99.8% / 99.5% (945/950) |
| test6 | 78.6% | 95.9% (2107/2197) | 100.00% | 100.0% / 100.0% (1210/1210) |
| dev14 | 59.6% | 84.6% (2008/2374) | 99.80% | 99.1% / 99.0% (1018/1028) |
| dev15 | 56.9% | 82.7% (1226/1482) | 99.46% | 98.7% / 98.0% (843/860) |
mean 94.2% min 82.7% (dev15), 95% on 10 of 22; content lines 99.40-100.00%; paragraphs whole 97.5% (dev7) to 100.0%; paragraphs >=99.5% on 13 of 22

Figures of the fifth round's model (the lead's run of 2026-11-30 on main after the fifth round's merges:
C 16, cross-validated threshold 0.89 on nineteen writers, dev7 blocking 0.85-0.88; the seed rule kept
it). Every row is a model trained WITHOUT that writer and scored by the full ``clean`` (rules, judge,
fixpoint). "before" is main 2e9f70b (the same command, nineteen writers: the first part's rules, wraps
and guards; threshold 0.76); "final" adds the second part: the rules' page furniture by form
(``chrome._furniture``, mojibake read back, ``chrome._misdecoded``), stray furniture inside cut sentences
of hard-wrapped pages (``wraps``), and precise content guards: the title needs title evidence (no nav
bar, toolbar, site name, count or short label without evidence is the title; a page without a real
title has no hard title guard), and shapes content never has (code, mojibake, pictographs, counts of a
post, media labels; platform disclaimers, reprint notes, registration and follow prompts outside the
page's own body sentences) lose their guard (``chrome_model._noise_shape``, ``_PLATFORM_SENTENCE``).
Gold chrome lines a guard holds: 3,004 at 2e9f70b, 2,526 after the guards (judge4's count).

| held out | rules alone: removed | before: removed | final: removed | content lines kept before / final | paragraphs whole: rules / before / final |
|---|---|---|---|---|---|
| dev1 | 100.0% | 100.0% | 100.0% (882/882) | 99.3% / 99.4% | 98.9% / 98.8% / 98.9% |
| dev2 | 99.7% | 99.7% | 99.7% (957/960) | 99.9% / 100.0% | 99.9% / 99.7% / 99.9% |
| dev3 | 98.1% | 98.8% | 98.8% (1222/1237) | 100.0% / 100.0% | 100.0% / 100.0% / 100.0% |
| dev3d | 95.4% | 98.1% | 98.1% (359/366) | 99.9% / 99.9% | 99.8% / 99.5% / 99.5% |
| test1 | 92.8% | 97.9% | 98.3% (2113/2150) | 99.8% / 99.9% | 100.0% / 99.7% / 99.8% |
| test2 | 85.1% | 96.0% | 96.8% (2480/2563) | 99.9% / 99.9% | 100.0% / 99.9% / 99.9% |
| test3 | 82.1% | 96.1% | 97.3% (2180/2241) | 100.0% / 100.0% | 99.9% / 99.9% / 99.9% |
| dev4 | 75.8% | 91.6% | 92.3% (2812/3046) | 99.8% / 99.8% | 99.8% / 99.8% / 99.8% |
| dev5 | 67.1% | 90.9% | 93.4% (2630/2815) | 99.8% / 99.8% | 99.7% / 99.6% / 99.6% |
| test4 | 73.5% | 94.4% | 96.2% (3134/3258) | 99.7% / 99.7% | 99.0% / 98.8% / 99.0% |
| dev6 | 72.7% | 91.5% | 93.4% (2680/2868) | 99.9% / 100.0% | 99.8% / 99.5% / 99.8% |
| dev7 | 73.5% | 94.9% | 96.0% (3588/3737) | 99.6% / 99.7% | 97.6% / 96.8% / 97.1% |
| test5 | 73.6% | 92.9% | 94.5% (2673/2828) | 99.6% / 99.6% | 99.5% / 99.4% / 99.4% |
| dev8 | 62.4% | 87.0% | 93.5% (1650/1765) | 99.7% / 100.0% | 99.4% / 98.2% / 99.4% |
| dev9 | 73.4% | 89.4% | 94.4% (2353/2492) | 99.7% / 99.9% | 99.7% / 97.9% / 99.6% |
| dev10 | 66.9% | 85.5% | 91.8% (2093/2281) | 99.5% / 99.6% | 98.6% / 98.0% / 98.2% |
| dev11 | 72.8% | 90.3% | 94.4% (2060/2183) | 99.3% / 99.5% | 99.1% / 96.3% / 98.8% |
| dev12 | 74.8% | 88.9% | 92.3% (1988/2153) | 99.8% / 99.8% | 99.4% / 98.7% / 99.2% |
| dev13 | 60.0% | 90.4% | 93.0% (1807/1944) | 99.2% / 99.2% | 99.6% / 98.3% / 98.6% |
mean before 93.4% min 85.5% (dev10); final mean 95.5% min 91.8% (dev10), 95% on 9 of 19 writers; paragraphs whole final 97.1% (dev7) to 100%

Held-out removal per weak kind, before → after, from judge4's run at f3d7f71 (its guards of that commit,
the first part's rules and wraps: not the final run above; gold lines of that kind; the four writers whose rules
already remove 95 %+ left out; – = fewer than 10 lines):

| kind | test1 | test2 | test3 | dev4 | dev5 | test4 | dev6 | dev7 | test5 | dev8 | dev9 | dev10 | dev11 | dev12 | dev13 |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| title_repeat | 98→98 (49) | 75→75 (123) | 64→65 (83) | 60→61 (130) | 66→66 (91) | 79→83 (140) | 66→67 (100) | 61→62 (116) | 70→68 (100) | 60→65 (97) | 81→81 (81) | 62→66 (112) | 61→61 (118) | 71→67 (85) | 78→82 (91) |
| nav | 97→98 (471) | 97→100 (447) | 96→98 (316) | 93→94 (762) | 93→96 (297) | 95→98 (494) | 98→100 (367) | 97→98 (524) | 96→99 (353) | 93→95 (235) | 92→94 (331) | 71→76 (66) | 95→99 (214) | 90→90 (324) | 95→98 (57) |
| metadata | 98→98 (213) | 99→100 (186) | 97→98 (236) | 93→93 (248) | 89→95 (528) | 93→94 (329) | 92→95 (320) | 91→94 (388) | 90→93 (323) | 97→99 (127) | 95→97 (179) | 96→97 (238) | 98→100 (188) | 99→99 (133) | 93→97 (212) |
| toolbar_actions | 96→98 (54) | 100→100 (54) | 98→98 (40) | 100→100 (118) | 96→96 (112) | 95→98 (80) | 84→96 (55) | 98→100 (153) | 98→100 (56) | 94→100 (49) | 98→100 (63) | 79→94 (33) | 59→97 (29) | 83→85 (78) | 86→98 (51) |
| mojibake | 100→100 (39) | 97→100 (29) | 80→100 (30) | 96→100 (25) | – | 76→90 (42) | 84→95 (38) | 85→100 (40) | 74→97 (31) | – | 23→86 (22) | 85→97 (33) | 57→100 (14) | – | – |
| html_residue | 99→100 (217) | 99→100 (151) | 99→100 (279) | 98→99 (322) | 90→93 (42) | 99→100 (382) | 89→93 (28) | 100→100 (76) | 99→100 (155) | 73→100 (11) | 87→87 (39) | 88→100 (25) | 94→100 (17) | 92→100 (13) | 86→95 (21) |
| disclaimer | – | – | 71→100 (14) | 96→100 (26) | 86→91 (66) | 61→83 (18) | 73→97 (30) | 97→100 (31) | 91→96 (23) | 84→84 (25) | 85→100 (13) | 77→88 (26) | 96→96 (24) | 83→100 (12) | – |
| follow | – | 88→88 (16) | 90→90 (30) | 100→100 (15) | 91→96 (45) | 85→89 (27) | 74→76 (46) | 100→100 (22) | 84→84 (31) | 79→84 (19) | 88→88 (16) | 75→79 (57) | 92→92 (12) | – | – |
| ads | 90→90 (84) | 91→92 (146) | 98→97 (62) | – | 84→85 (88) | 96→96 (46) | 91→92 (79) | 91→91 (22) | 88→88 (26) | 92→92 (25) | 69→71 (58) | 88→88 (34) | 71→71 (28) | – | 86→87 (83) |
| caption | – | – | – | 100→100 (31) | – | 93→100 (27) | 94→94 (54) | 89→89 (37) | 96→96 (50) | 100→100 (18) | 82→85 (61) | 86→86 (138) | 75→94 (16) | 64→75 (28) | 81→81 (26) |
| video | – | – | – | – | – | 100→100 (33) | 97→96 (70) | 100→100 (10) | 93→100 (14) | – | 85→97 (61) | 91→95 (174) | 100→100 (10) | 100→100 (16) | 46→46 (13) |
| comments | – | 100→100 (21) | 100→100 (161) | 96→96 (135) | 91→91 (470) | 96→96 (218) | 100→100 (130) | 97→97 (354) | 91→92 (225) | 100→100 (33) | 92→92 (189) | 97→98 (247) | 97→99 (113) | 87→87 (31) | 99→98 (161) |
| related | 100→100 (184) | 96→96 (507) | 98→98 (297) | 84→84 (280) | 90→91 (584) | 92→92 (392) | 100→99 (201) | 97→98 (686) | 90→90 (292) | 99→99 (139) | 99→99 (308) | 95→95 (167) | 99→99 (422) | 100→100 (172) | 98→98 (218) |
| pagination | 100→100 (34) | 99→99 (84) | 93→98 (41) | 88→93 (68) | 91→91 (23) | 95→100 (55) | 96→98 (159) | 96→98 (52) | 96→96 (50) | 96→96 (48) | 92→98 (89) | 94→94 (71) | 90→98 (100) | 98→100 (110) | 93→100 (43) |
| intro | – | – | – | – | – | 86→86 (21) | 90→90 (58) | 69→69 (32) | 84→89 (19) | 75→75 (24) | 71→74 (31) | 49→52 (85) | 88→88 (24) | 87→87 (15) | 75→75 (28) |

The content side (final run): the judge breaks at most 0.5 % of any held-out writer's paragraphs that
the rules keep whole (dev7 blocks lower thresholds), removes no line of the files of ``seeds/`` beyond the
rules (seeds byte-identical to v0.1.0), and on the 148 written genre documents
(``scripts/check_chrome_genres.py``) removes 12 lines beyond the rules: the masthead and contents list of a
bulletin (组工动态（第12期） … its three entries) and its source line （市委组织部组织一处供稿）, a column label
【典型经验】, a wenku copy's page title over its article title, and the related-document lines of two
document-sharing copies; the rules now take a wenku copy's disclaimer 温馨提示：本站资料均来自网络… (web
chrome by the genre documents' own README). ``scripts/guard_diff.py`` checks that no line of seeds/ or of
the written documents loses a guard (the one it lists is that disclaimer of a web copy). The signature
block also holds an issuer and date under an attachment line or under a covering notice, and the title
of the document the notice sends; the lines of an attachment list under 附件： are headings, 汇报完毕。 is
a closing, a short line right over a body sentence may be the title, spaced words are a nav bar only with
a nav word (首页, 登录 …) and no platform sentence matches 版权所有 or 声明： alone.
What the judge still misses: plain title repeats the title guard holds (a plain page title over an excerpt
is content to chrome_dev's writer and chrome to chrome_test5's: it stays), editors' leads, comments and
related headlines that read as sentences (the sentence guard), and ads, follow prompts and captions in
the middle of the body (the body-line guard).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from textlab.training import chrome_training as ct  # noqa: E402

EVAL = ROOT / "eval"
# One writer per line: the name used in the tables and the folder of its page set under eval/.
# Adding a writer (a new development set, or a retired test set) is adding one line here.
WRITER_FOLDERS = (
    ("dev1", "chrome_dev"),
    ("dev2", "chrome_dev2"),
    ("dev3", "chrome_dev3"),
    ("dev3d", "chrome_dev3_designer"),
    ("test1", "chrome_test"),
    ("test2", "chrome_test2"),
    ("test3", "chrome_test3"),
    ("dev4", "chrome_dev4"),
    ("dev5", "chrome_dev5"),
    ("test4", "chrome_test4"),
    ("dev6", "chrome_dev6"),
    ("dev7", "chrome_dev7"),
    ("test5", "chrome_test5"),
    ("dev8", "chrome_dev8"),
    ("dev9", "chrome_dev9"),
    ("dev10", "chrome_dev10"),
    ("dev11", "chrome_dev11"),
    ("dev12", "chrome_dev12"),
    ("dev13", "chrome_dev13"),
    ("test6", "chrome_test6"),
    ("dev14", "chrome_dev14"),
    ("dev15", "chrome_dev15"),
    ("test7", "chrome_test7"),
    ("dev16", "chrome_dev16"),
    ("dev17", "chrome_dev17"),
)
WRITERS = {name: str(EVAL / folder) for name, folder in WRITER_FOLDERS}
SEEDS = ROOT / "seeds"
GRID = tuple(round(x, 3) for x in np.arange(0.50, 0.995, 0.01))


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def _brief(s: dict) -> dict:
    keys = ("pages", "chrome_removed", "content_kept", "paragraphs_kept", "paragraphs_text_kept", "chrome_removed_by_kind")
    return {k: s[k] for k in keys}


def seed_threshold(model, threshold: float) -> tuple[float, list[str]]:
    """The seed rule: the lowest threshold, from ``threshold`` up in steps of 0.01, at which ``clean()``
    with the judge removes no line of the files of ``seeds/`` (all of them: party-building speeches,
    government reports, State Council documents; every line is document content) beyond what the
    rules alone remove. Returns it and the seed files that made it rise."""
    import math as _math

    from textlab.cleaning import clean

    texts = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in sorted(SEEDS.rglob("*.txt"))}
    rules = {name: clean(t, chrome_model=False) for name, t in texts.items()}
    raised_by, todo = [], list(texts)
    while todo and threshold < 0.999:
        model.threshold = threshold
        worst = 0.0
        still = []
        for name in todo:
            report = clean(texts[name], report=True, chrome_model=model)
            if report.text != rules[name]:
                still.append(name)
                worst = max([worst] + [float(r.reason.split("p=")[1].split()[0]) for r in report.removed
                                       if r.reason.startswith("model")])
        if not still:
            break
        raised_by += [n for n in still if n not in raised_by]
        threshold = min(0.999, max(round(threshold + 0.01, 2), _math.ceil((worst + 0.005) * 100) / 100))
        todo = still
    model.threshold = threshold
    return threshold, raised_by


def page_source(source: str, tmp: Path) -> Path:
    """A readable page set for ``source``: the folder or file itself when it holds pages (a
    ``pages/`` + ``gold/`` folder or a ``.jsonl``), else the ``pages.jsonl`` its ``build.py`` writes
    into ``tmp`` (an error naming the folder when it has neither)."""
    import subprocess

    path = Path(source)
    if path.is_file() or (path / "pages").is_dir() and (path / "gold").is_dir():
        return path
    built = path / "pages.jsonl"
    if built.is_file():
        return built
    script = path / "build.py"
    if not script.is_file():
        raise SystemExit(f"{path}: no pages/ + gold/, no pages.jsonl and no build.py to make one")
    out = tmp / f"{path.name}.jsonl"
    run = subprocess.run([sys.executable, str(script), "--out", str(out)], cwd=str(ROOT), capture_output=True, text=True)
    if run.returncode != 0 or not out.is_file():
        raise SystemExit(f"{script}: building the page set failed:\n{run.stderr[-2000:]}")
    print(f"built {path.name}: {run.stdout.strip()}", flush=True)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for name, default in WRITERS.items():
        ap.add_argument(f"--{name}", default=default, help=f"page set of writer {name} (folder or pages.jsonl)")
    ap.add_argument("--writers", nargs="*", default=list(WRITERS), help="the writers used (default: all of WRITER_FOLDERS)")
    ap.add_argument("--C", type=float, nargs="*", default=[0.25, 0.5, 1.0])
    ap.add_argument("--max-paragraph-loss", type=float, default=0.005)
    ap.add_argument("--threshold", type=float, help="a fixed threshold instead of the cross-validated one")
    ap.add_argument("--cv", action="store_true", help="leave-one-writer-out validation")
    ap.add_argument("--score", action="store_true", help="with --cv: the chrome scorer on every held-out writer")
    ap.add_argument("--save", help="train on all writers and save the model to this folder")
    ap.add_argument("--out", help="JSON of the figures")
    args = ap.parse_args(argv)

    t0 = time.time()
    writers = list(args.writers)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="train_chrome_") as tmp:
        pages = {w: ct.load_pages(page_source(getattr(args, w), Path(tmp))) for w in writers}
    tables = {w: ct.line_table(pages[w]) for w in writers}
    print(f"features of {sum(t['X'].shape[0] for t in tables.values())} lines in {time.time() - t0:.0f}s", flush=True)
    results: dict = {"writers": writers, "sizes": {w: tables[w]["X"].shape[0] for w in writers}}

    def train(names, C, threshold=0.5):
        from scipy import sparse

        X = sparse.vstack([tables[n]["X"] for n in names]).tocsr()
        y = np.concatenate([tables[n]["y"] for n in names])
        return ct.fit(X, y, C=C, threshold=threshold)

    C, threshold = args.C[0], args.threshold or 0.9
    if args.cv:
        per_c = {}
        for c in args.C:
            probs = {}
            for held in writers:
                m = train([w for w in writers if w != held], c)
                probs[held] = _sigmoid(tables[held]["X"] @ m.coef + m.intercept)
            chosen, blocked = None, {}
            for t in GRID:
                figs = {w: ct.proxy_figures(tables[w], probs[w], t) for w in writers}
                over = [w for w, f in figs.items()
                        if f["paragraphs_lost_by_model"] > args.max_paragraph_loss * len(tables[w]["paragraphs"])]
                if not over:
                    chosen = (t, figs)
                    break
                blocked[t] = over  # the writers whose paragraphs a lower threshold would break
            if blocked:
                print(f"C={c}: thresholds below the chosen one break paragraphs of "
                      + "; ".join(f"{t}: {', '.join(w)}" for t, w in list(blocked.items())[-4:]), flush=True)
            if chosen is None:
                per_c[c] = {"threshold": None}
                print(f"C={c}: no threshold of the grid keeps the paragraphs", flush=True)
                continue
            t, figs = chosen
            mean = float(np.mean([f["chrome_removed"] for f in figs.values()]))
            per_c[c] = {"threshold": t, "mean_removed": mean, "held_out": figs, "probs": probs}
            print(f"C={c}: threshold {t}, mean held-out removal {mean:.4f}; "
                  + ", ".join(f"{w} {f['chrome_removed']:.3f}/{f['paragraphs_lost_by_model']}" for w, f in figs.items()),
                  flush=True)
        good = {c: v for c, v in per_c.items() if v["threshold"] is not None}
        if not good:
            raise SystemExit("no C has a threshold that keeps the paragraphs")
        C = max(good, key=lambda c: good[c]["mean_removed"])
        threshold = args.threshold or good[C]["threshold"]
        results["cv"] = {str(c): {k: v for k, v in d.items() if k != "probs"} for c, d in per_c.items()}
        results["chosen"] = {"C": C, "threshold": threshold, "max_paragraph_loss": args.max_paragraph_loss}
        print(f"chosen C={C} threshold={threshold}", flush=True)
        # every gold content line a held-out model would take at the chosen threshold (before the seed rule)
        taken = {}
        for w in writers:
            tab, p = tables[w], per_c[C]["probs"][w]
            taken[w] = [[tab["ids"][i], round(float(p[i]), 3), tab["texts"][i]]
                        for i in np.flatnonzero(tab["kept"] & (p >= threshold) & (tab["y"] == 0))]
        results["held_out_content_taken"] = taken
        print("held-out content lines taken: " + ", ".join(f"{w} {len(v)}" for w, v in taken.items()), flush=True)
        if not args.threshold:  # the seed rule on the model of all writers (what --save ships)
            threshold, raised_by = seed_threshold(train(writers, C), threshold)
            results["chosen"]["threshold"] = threshold
            results["chosen"]["seed_rule_raised_by"] = raised_by
            print(f"seed rule: threshold {threshold} (raised by {len(raised_by)} seed files: {raised_by[:5]})", flush=True)
        if args.score:
            results["held_out_scored"] = {}
            for held in writers:
                m = train([w for w in writers if w != held], C, threshold)
                rules = ct.score_with(pages[held], None)
                learned = ct.score_with(pages[held], m)
                results["held_out_scored"][held] = {"rules": _brief(rules), "model": _brief(learned)}
                r, l = rules, learned
                print(f"held out {held}: removed {r['chrome_removed']['rate']:.4f} -> {l['chrome_removed']['rate']:.4f}; "
                      f"content lines {r['content_kept']['rate']:.4f} -> {l['content_kept']['rate']:.4f}; "
                      f"paragraphs {r['paragraphs_kept']['rate']:.4f} -> {l['paragraphs_kept']['rate']:.4f}", flush=True)
    if args.save:
        model = train(writers, C, threshold)
        seeded, raised_by = seed_threshold(model, threshold)
        if seeded != threshold:
            print(f"seed rule: threshold {threshold} -> {seeded} ({raised_by[:5]})", flush=True)
            threshold = seeded
        model.card = {"trained_on": writers, "C": C, "threshold_from": "leave-one-writer-out" if args.cv else "given",
                      "max_paragraph_loss": args.max_paragraph_loss, "solver": "liblinear", "random_state": 0}
        model.save(args.save)
        results["saved"] = {"folder": args.save, "C": C, "threshold": threshold}
        print("saved", args.save, C, threshold, flush=True)
    if args.out:
        Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print(f"done in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
