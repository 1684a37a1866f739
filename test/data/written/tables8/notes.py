"""Per-file notes (manifest) and the README."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

NOTES = {
    'shuochuan': (
        "w3m -dump of the department's article page (w3m -dump -cols 80 -O UTF-8): site chrome as plain link text, form "
        "buttons as [搜索] [打印本页], paragraphs hard-wrapped at 78 display columns with no indentation, and every table "
        "drawn with box-drawing characters (┌┬┐├┼┤└┴┘─│). Cells are wrapped inside their column width (CJK 2 columns), "
        "rowspan/colspan cells are drawn merged and their text is vertically centred in the span (w3m's default valign "
        "middle): 三、本年度办理结果 sits two characters a line in the middle of its 20-row span, （三）不予公开 in the middle of its "
        "8 rows; header words break inside a 4-column cell (自然/人, 社会/公益/组织, 法律/服务/机构, 结果/维持). Long labels wrap "
        "over two lines of the same row (2.其他法律行政法规禁/止公开) with the numbers on the first line. Hubei-style annotated "
        "2019 table 二 (provincial local template): headers 上一年项目数量（指2019年事项数） and 本年增/减（增用正值表示，减用负值表示，"
        "如-8） — the 2019 and the -8 in the header are NOT cells — and an extra provincial row 其他主动公开文件 186/172/1043 in "
        "block (一) (gold active.extra). 本年增/减 printed -2, 0, +3, 0, -1. 采购总金额 1536.42万元. The note under table 三 is "
        "numbered 注：1. … 2. … (not rows). Prose: 主动公开 1286 条 (active_total) with its breakdown 412/637/237, 政策解读 17 "
        "篇, 培训班3期/120人次, 省人大代表建议 38 件, 省政协提案 52 件; no number is stated for reviews or lawsuits."),
    'puyang': (
        "lynx -dump of the county portal's article page (lynx 2.8.9): every link numbered [N] before its text, a "
        "References list (Visible links / Hidden links) at the end with URLs full of digits, the search box as "
        "____________________, paragraphs indented 3 spaces and wrapped at 77 columns (CJK broken anywhere, ASCII words kept "
        "whole). The tables use rowspan/colspan, so lynx gives up laying them out: each <tr> becomes one line of its cells "
        "joined by single spaces, wrapped like a paragraph, so a long row breaks inside its label and its numbers land on the "
        "continuation line ((六)其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公 / 开申请 2 4 0 0 0 0 6), the "
        "header 申请人情况 breaks as 申请/人情况, table 四's third header row breaks inside 尚未审/结. Rowspan labels appear only in "
        "their first row (三、本年度办理结果 （一）予以公开 …; （三）不予公开 1.属于国家秘密 …). Label variants: 3.危及\"三安全一稳定\" "
        "(straight quotes), 2.申请人逾期未缴纳信息处理费 (shortened fee_unpaid label), 3.其他（撤回申请等）, "
        "四、结转下年度继续办理的申请. The link markers [11]…[17] and the 网站标识码/ICP numbers are not figures. County government: "
        "规章 0/0/0; 行政事业性收费 3862.17 万元. Prose: 主动公开 28471 条 (active_total), 新闻发布会 12 场, 政策解读 64 篇 (not a gold "
        "key: stated as 政策解读材料), 网站发布信息28930条（含转载） is NOT active_total, 县人大代表建议 46 件, 县政协提案 93 件, "
        "未收取信息处理费 (fees_collected 0). 新收 167, 2021年结转 7, 办结 162, 结转 12."),
    'glacier': (
        "Apache Tika (tika-app -t) text of the bureau's .docx: Tika's XHTML-to-text handler writes a TAB at the start of "
        "every table cell and a newline at the end of every paragraph and row, so each cell is a line of its own beginning "
        "with a TAB and each table row ends with an empty line; vertically merged continuation cells (w:vMerge) are cells "
        "with one empty paragraph, i.e. a line holding only a TAB; horizontally merged cells (gridSpan) are one cell. No "
        "cell tells its column: rows of table 三 are 8 or 9 lines (label cells, then 7 numbers), rows 2.… of a group start "
        "with one or two TAB-only lines for the merged cells above. Section sub-heads are Word headings, one line each. The "
        "docx footer (— 1 —, the cached PAGE field) comes at the end. National bureau: 规章 1/0/9, 行政规范性文件 3/1/38, "
        "行政许可 1264, 行政处罚 0, 行政强制 0, 收费 0. Prose: 发布信息1862条 and 法定主动公开内容314条 are not gold (active_total "
        "omitted: two candidate figures and neither is phrased 主动公开政府信息N条), 新闻发布会 6, 政策解读 14, 政务新媒体 1137 "
        "条, 全国人大代表建议 27, 全国政协提案 19, 未收取信息处理费 (0); 较上年增长18.6% and 260余人次 are not figures."),
    'zhikou': (
        "html2text (Python, default options) markdown of the 县 portal's page for the township: links as [text](url), the "
        "nav as a * list, the title as #, section heads in **bold**; tables in html2text's own syntax: cells joined by ' | ' "
        "with no outer pipes, every row ending in two spaces (markdown line break), a '---|---' rule after the FIRST row "
        "only (so table 二's rule has one column, table 三's two), rowspan/colspan ignored (cells given once, rows ragged), "
        "and a <br> inside a cell ends the markdown line in the middle of the row: the 勾稽 note is three lines, "
        "（二）部分公开 / （区分处理的，只计这一情形，不计其他情形） | … is two, 本年收费金额 / （单位：万元） is two. The township left every "
        "zero of table 三 blank except in the 总计 column: empty cells are ' |  | ' and gold is null for each of them (141 nulls; "
        "schema: a blank cell is null, not 0); 总计 column zeros are printed 0. Tables 二 and 四 print 0. Township: 规章 and 行政规范性文件 "
        "all 0. Prose: 主动公开 342 条, 收到申请 6 件 (= 新收; nothing carried over), 办结 5, 结转 1, 14个村（社区） is not a figure, "
        "未收取信息处理费 (0). '未发生因政府信息公开引起的行政复议、行政诉讼' states no number: no narrative.reviews / lawsuits in gold. The title "
        "prints the short name 芷口乡人民政府; gold agency is the full name of the signature, 黎溪县芷口乡人民政府 (a parser giving "
        "the title's short name has read a real name, but not the full one)."),
    'fengyuan': (
        "tabula-java 1.0.5 output of the zone's PDF (java -jar tabula.jar -l -p all -f CSV): only the ruled tables of the "
        "PDF, one after another with no separator and no page marks, RFC-4180 CSV with CRLF record ends (Apache Commons "
        "CSVFormat.EXCEL) and every line break inside a cell written as a bare CR inside a quoted field (\"本年新制作数\\r量\"). "
        "A spanned cell's text is in its top-left position and every other position it covers is an empty field. The prose "
        "is gone: the first table is the portal's 索引号 block printed on page 1 (索引号, 发布机构 沣源高新区管委会, 成文日期 "
        "2020-03-18, 名称 …2019年政府信息公开工作年度报告 wrapped by CR, 发布日期 2020-03-20), which is where year, agency and "
        "published come from (gold published = 发布日期 2020-03-20; 成文日期 is the signature date, not in the text). Table 三 "
        "breaks across pages 3–4 after 5.属于三类内部事务信息: tabula emits two tables, the second starting with "
        ",,\"6.属于四类过程性信息\",… with empty group columns (the merged cells continued from the previous page carry no text), "
        "so the (三) group must be carried across the table boundary. 三、本年度办理结果 is one character per CR line in a "
        "1-character column. 2019 tables: 本年增/减 5, -2, 0, 0, 0; 采购总金额 416.35万元 (unit 万元). No narrative figures "
        "(no prose in the file); kind annual_report from the 名称 cell."),
    'cuiping': (
        "An RSS 2.0 feed of the 街道 column (TRS WCM generator) as fetched by a feed reader: three <item>s, newest first; the "
        "report is the SECOND item, its full HTML in <description><![CDATA[…]]></description> (UEditor-style <p "
        "style=\"text-indent:2em\"> and <table border=\"1\"> with rowspan/colspan, the title repeated in the body); item "
        "titles also in CDATA; dates as RFC 822 <pubDate>Tue, 20 Jan 2026 10:18:37 +0800</pubDate>. The first item (a safety "
        "inspection: 9个社区、126家、37处) and the third (a 标准目录 notice: 18类、76项) are other articles and none of their "
        "figures is gold; <lastBuildDate> 2026-01-23 is not the publication date. 街道: 规章, 行政规范性文件 and 行政许可 "
        "printed / (null); 行政处罚 27, 行政强制 3, 收费 0. The note under table 四 (注：行政复议1件…复议维持) restates review "
        "upheld 1. Prose: 主动公开 137 条 = 12+28+97, 微信公众号推送 264 条 (new_media_posts), 新收 10, 上年结转 1, 办结 10, 结转 1, "
        "未收取信息处理费 (0); 9个社区, 43条, 2次 are not figures."),
    'wuling': (
        "Docling (export_to_markdown) of the city's PDF: headings as ##, paragraphs separated by blank lines, the seal as "
        "<!-- image -->, page headers/footers dropped; tables as GitHub pipe tables padded by character count (not display "
        "width), the FIRST grid row taken as the header row with the |---| rule under it, and every spanned cell's text "
        "REPEATED in each grid position it covers: the 勾稽 note 9 times (3 rows × 3 columns), 申请人情况 7 times, "
        "三、本年度办理结果 down the 11 rows of the first part, each group label on all its rows, row labels of 一/二/四 three times, "
        "and in 2021 table 二 the 1-column blocks' header AND VALUE three times (| 行政许可 | 48217 | 48217 | 48217 |: one "
        "value, not three). Table 三 runs over a page break after （四）1.本机关不掌握相关政府信息 and Docling emits TWO "
        "tables: the second's header row is the data row 2.没有现成信息需要另行制作 with empty first columns (merged cells "
        "continued from the previous page have no text there), then 3.补正后… likewise, then （五）… with its group label. "
        "A paragraph is split in two at the page break (对市政府门户网站历史信息 / 进行归档). DELIBERATELY UNBALANCED: the "
        "（七）总计 自然人 cell is printed 354 although the outcome rows of that column add up to 364 (its 总计 cell 478 is right). "
        "Failing identities: T3-ROW on （七）总计 (354+69+6+4+26+9 = 468 ≠ 478), T3-SUM in the 自然人 column (364 ≠ 354), "
        "T3-COL in the 自然人 column (367+19 = 386 ≠ 354+22 = 376). All other identities hold; gold keeps the printed 354 and "
        "balance_ok false. City government: 规章 2/1/41 (the prose's 政府规章2件 and 行政规范性文件18件 restate the table). "
        "fee_unpaid row non-zero (2) and section 六 states 收费通知2件 and 实际收取信息处理费0元 (fees_collected 0). "
        "narrative.active_total 61248 is 全市各级行政机关; application figures are 市政府本级 and restate table 三 (办结478 = printed "
        "总计)."),
    'cenchuan': (
        "The report PDF opened in Chrome's built-in viewer (PDFium), Ctrl+A, Ctrl+C, pasted into Notepad and saved: CRLF "
        "line ends, every visual line of the PDF a line (prose hard-wrapped at 28 characters, paragraph indents lost, no "
        "headings marked), page footers — N — between pages. Tables come out in the Word content order, cell by cell: each "
        "wrapped line of a label cell is a line of its own (本年新制作数 / 量, 2.其他法律行政法规 / 禁止公开), while the numbers of a "
        "row stand on one baseline and come as ONE line joined by spaces after the row's label lines. A merged cell prints "
        "once, before the first row it spans: 三、本年度办理结果 one character a line (三、/本/年/度/…) before （一）予以公开, "
        "（三）不\\n予公开 before 1.属于国家秘密. Table 三 runs over a page break after 4.保护第三方合法权益: the footer — 3 — and then "
        "the three header rows repeated (Word 重复标题行) come between the rows; the group label is not repeated. The clerk "
        "typed some cells with full-width digits (７, １１, ２８．７万元) beside half-width ones in the same row. 规章 row printed "
        "/ / / (null); the 复议后起诉 block printed — — — — — (null, including its 总计); all other zeros printed 0. 2019 "
        "tables: 本年增/减 all 0, 行政处罚 2/0/5; 采购总金额 ２８．７万元 (28.7 万元). Prose: 主动公开 94 条, 新收 11, 办结 10, 结转 1; "
        "统计数据38期、统计分析12篇、新闻稿19条 and 统计执法检查2次 are not gold keys."),
}

REALISM = {
    'shuochuan': "w3m is the usual text browser on servers and in shell scripts (w3m -dump url > file), and the one that draws "
                 "HTML tables with box-drawing characters and merged cells instead of flattening them.",
    'puyang': "lynx -dump is the classic way to turn a page into text in scripts and accessibility tools; it numbers links and "
              "appends a References list, and degrades tables with spans into one line per row.",
    'glacier': "Apache Tika is the default extractor in search engines (Solr, Elasticsearch ingest-attachment) and archives; "
               "its text of a .docx table is one TAB-prefixed line per cell.",
    'zhikou': "html2text is the standard Python package for turning a crawled page into markdown (used in many crawlers and "
              "LLM pipelines); its table syntax and its handling of <br> are its own.",
    'fengyuan': "tabula is the standard tool journalists and researchers use to pull tables out of PDF reports; its lattice "
                "CSV keeps only ruled tables, with CR inside cells and empty fields for spans.",
    'cuiping': "government CMS columns publish RSS feeds; aggregators and monitoring scripts store the feed, not the page, "
               "so the report arrives as CDATA HTML inside an XML item among other articles.",
    'wuling': "Docling (IBM) is one of the most used PDF-to-markdown converters for RAG pipelines; it repeats spanned cells in "
              "every grid position and does not merge a table continued on the next page.",
    'cenchuan': "copying a PDF report from the browser's viewer into a text box is the everyday way users get text out of a PDF; "
                "PDFium gives the content order, with a row's numbers on one line and its label lines apart.",
}

README_HEAD = """# Held-out set 8 (tables): eight invented reports in eight more forms real reports arrive in

Eight **invented** 政府信息公开工作年度报告 (fictional agencies and places, realistic prose and figures)
carrying the national tables 二, 三 and 四 in both templates (2019: 23 rows in table 三, 3-column
blocks in table 二; 2021: 25 rows, 1-column blocks), years 2019–2025, levels from a national bureau
to a 乡 and a 街道, a development zone and a vertical agency (a 国家统计局 survey team). Each file is in a form
real reports reach a user in and that none of the earlier held-out sets (`tables` … `tables7`) used.

Everything here is generated by `make.py` (python3, stdlib only, no clock, own PRNG; `core.py`,
`reports.py`, `render.py`, `notes.py` beside it): running it again rewrites the eight files,
`manifest.json` and this README byte for byte.

    python3 make.py

`make.py` builds the figures and **asserts** every hard identity of spec §7.1 on them (T3-ROW on all
23/25 rows, T3-SUM (七) = (一)…(六) per column, T3-COL 一+二 = 三(七)+四 per column, T4 总计 for 复议 and
both 诉讼 blocks, DOM-1/2/3); for the deliberately unbalanced report it asserts them on the true
figures and then asserts that the printed figures (with the typo) fail exactly the identities listed
in its notes. It keeps the soft checks true (T2-19, T2-AUTH, FEE-21), asserts that every blank or
marked cell (gold null) is a zero in the true figures, that each narrative figure of new/completed/
carried-forward applications restates table 三, and — after the form's own decoding (CDATA and tags
for the RSS feed, NFKC for the full-width digits) — that every non-zero gold cell, the agency, the
publication date and every narrative figure is printed in the file; plus a check per form that the
form's trait is really there (box-drawing junctions, lynx References, Tika TAB lines, html2text
rules, CR inside CSV cells, three RSS items, the note repeated by Docling, CRLF and full-width digits).

## Files

| file | form | template | year | level | agency (as printed) | gold keys | null | main stress |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
"""

STRESS = {
    'shuochuan': 'box-drawing grid, vertically centred merged cells, annotated headers with digits, extra provincial row',
    'puyang': 'rows wrapped like prose (numbers on the continuation line), link markers [N], label variants',
    'glacier': 'one TAB-prefixed line per cell, TAB-only lines for merged cells, no column positions',
    'zhikou': "html2text pipes without outer bars, <br> splitting rows, blank zero cells (141 nulls)",
    'fengyuan': 'only tables, CR inside quoted cells, table 三 split into two tables, metadata from the 索引号 table',
    'cuiping': 'report HTML in CDATA of the 2nd of 3 RSS items, other items with figures, / cells',
    'wuling': 'spanned cells repeated (values ×3), table 三 split with a data row as header, UNBALANCED 自然人 total',
    'cenchuan': 'label lines apart from one number line per row, header repeated after a page footer, full-width digits, / and —',
}


def write_readme(manifest, reps):
    by = {r['file']: r for r in reps}
    lines = [README_HEAD]
    total = 0
    for e in manifest:
        r = by[e['file']]
        nn = sum(1 for v in e['gold'].values() if v is None)
        total += len(e['gold'])
        lines.append('| `%s` | %s | %s | %d | %s | %s | %d | %d | %s |\n' % (
            e['file'], e['form'], e['era'], e['year'], e['level'], r['agency_printed'], len(e['gold']), nn,
            STRESS[r['id']]))
    lines.append('\nTotal gold keys: %d.\n\n## Forms, and why each is realistic\n\n' % total)
    for e in manifest:
        r = by[e['file']]
        lines.append('* **%s** (`%s`): %s\n  *Why realistic:* %s\n' % (e['form'], e['file'], NOTES[r['id']], REALISM[r['id']]))
    lines.append(README_TAIL)
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(''.join(lines))


README_TAIL = """
## What is new compared with tables … tables7

* Forms: w3m box-drawing dump of a whole page (tables2 had a box-drawing text of tables 三/四 alone, with no
  page, no merged-cell centring and no table 二), lynx -dump, Apache Tika text, html2text markdown, tabula lattice
  CSV, an RSS feed with the report in CDATA among other items, Docling markdown with repeated spans, and a
  PDFium viewer copy with label lines apart from number lines.
* Traps: digits inside header cells (（指2019年事项数）, 如-8); the note under table 三 numbered 1. 2. like rows;
  lynx link markers [N] and a References list of URLs with digits; a table row wrapped so that its numbers sit on
  the next line; cells carrying no position at all (Tika); 141 blank zero cells; tables without any prose, the
  metadata only in the 索引号 table; a table continued on the next page as a separate table whose first row is a
  data row (tabula, Docling); a 1-column value repeated three times; other articles' figures in the same feed;
  full-width and half-width digits in one row; an unbalanced （七）总计 cell.
* Levels and places: a provincial 林业和草原局, a county government, a national bureau, a 乡, a 高新区管委会, a 街道, a
  prefecture-level city government and a 国家统计局 survey team (vertical agency) — all fictional names not used by
  any earlier set.

## Gold conventions (manifest.json)

* Same shape as the earlier sets and `/work/shared/corpus/manifest.json`: a list of
  `{file, form, era, agency, level, year, gold, notes}`; `era` = the table template; `gold` is a flat
  map of dotted `gdr_parse` paths (schema.md): `year`, `agency`, `kind`, `template`, `published`,
  `script`, every cell of tables 二/三/四, `active.procurement.amount_unit` for 2019 tables, `active.extra`
  for the provincial row, `balance_ok`, and `narrative.*` figures the prose states.
* `null` = the cell exists but is blank (`zhikou`) or carries a not-a-number mark (`/`, `—`); such cells are
  zero in the underlying figures (asserted).
* Full-width digits are the numbers they show (`２８．７万元` → 28.7, unit 万元).
* Signed 本年增/减 as printed (`+3` → 3, `-2` → -2).
* Money: `active.fees.amount` in 万元 (2021 header); 2019 `active.procurement.amount` as printed with
  `amount_unit` from the cell. `narrative.fees_collected` is the 信息处理费 in 元 (0 where the report says 未收取).
* `narrative.applications_received` = 本年新收 (the sentences name the carry-over separately, or there is none);
  `active_total` is the figure as stated (全市/全县 where the prose says so); figures the prose states only with
  a qualifier that makes them another quantity (网站发布信息…含转载, 发布各类信息1862条) are not gold.
* `published` is the date under the signature, equal to the page's 发布日期/pubDate; for the tabula CSV, which
  has no signature, it is the 索引号 table's 发布日期 (its 成文日期 is the signature date and is not taken).
* `balance_ok` is false only for `wuling-city-2023.md`. `script` is "hans" for all eight; `kind` is
  `annual_report` for all eight.

## Where the spec was ambiguous, and the choice made

1. **Values repeated by Docling** (wuling): `| 行政许可 | 48217 | 48217 | 48217 |` is one cell spanning three
   columns, so gold is the single value 48217; a parser that reads three cells must not sum them.
2. **Blank zero cells** (zhikou): schema.md says a blank cell is null, not 0; gold follows the schema (141 nulls),
   although the identities hold with blanks as 0 (PASS_NULL_AS_ZERO), so `balance_ok` is true.
3. **A file with no prose** (fengyuan): year, agency and kind come from the 索引号 table's 名称 cell; there are no
   narrative keys, and `published` is 发布日期 (see above).
4. **Feed with several items** (cuiping): the gold describes the report item; the other items and the feed's
   lastBuildDate are not part of the report.
5. **Narrative without numbers** (zhikou: 未发生…行政复议、行政诉讼; shuochuan: no figure for appeals): gold has only
   figures stated with a number, as in the earlier sets.
"""
