"""manifest notes and README of set 11"""

NOTES = {
'xiuyuan-county-2019': (
    "Real LibreOffice 7.4.7.2 output. The county's Word document (src/xiuyuan-county-2019.html, written by make.py, "
    "imported as a Writer document and saved by LibreOffice as a Word 97 .doc: src/xiuyuan-county-2019.doc) converted "
    "with `soffice --headless --convert-to \"txt:Text (encoded):UTF8\"` (raw output src/xiuyuan-county-2019.txt, "
    "identical to the file) — the usual batch conversion of .doc attachments in a corpus pipeline. The export starts with "
    "a UTF-8 BOM; every paragraph is one line (an empty paragraph is a line holding one U+00A0); every TABLE CELL is a "
    "line of its own, with nothing between rows or between tables; a cell covered by a vertical merge (rowspan) gives an "
    "EMPTY line, a cell covered by a horizontal merge (colspan) gives nothing. So in table 三 the header is '（本列…）', "
    "'申请人情况', '', '自然人', '法人或其他组织', '总计', '', '', '商业企业' … '其他', ''; rows 一 and 二 are a label "
    "and 7 values; （一）予以公开 follows '三、本年度办理结果'; every later row inside 三 starts with one empty line "
    "(the covered vertical cell), rows 2–8 of （三）不予公开, 2–3 of （四）and 2–5 of （五）with two (vertical + group), "
    "'四、结转下年度继续办理' with none. Table 四: the 复议 labels, 行政诉讼, 未经复议直接起诉, 复议后起诉, the ten 诉讼 "
    "labels, then the 15 values one per line. 2019 template, table 二: 规章 0/0/0, 规范性文件 5/5/37; 本年增/减 -11, "
    "'+5' (→ 5), '+27' (→ 27), 0 and 行政事业性收费 31 / -3 (two cells); 政府集中采购 94 and '6738.52万元' (amount "
    "6738.52, amount_unit 万元). Narrative: 全县…主动公开政府信息15386条 (active_total; 11904 and 37件 are parts), 政务微信"
    "推送2713条 (new_media_posts), 新闻发布会11场, 政策解读42篇 (图解15篇 a part), 新收67 / 上年结转5 / 已办结69 / 结转3, "
    "行政复议5件, 行政诉讼5件 (4 direct + 1 after review), 县人大代表建议96件, 县政协提案128件. 210人次, 4%, 18个, "
    "12个, 26个, 0913-6251077 are not gold. published 2020-03-20 (the date under the signature)."),
'national-fishery-2022': (
    "Real content.xml of the .odt that LibreOffice 7.4.7.2 saved (src/national-fishery-2022.html imported as a Writer "
    "document, `soffice --convert-to odt`, kept as src/national-fishery-2022.odt; the file is its content.xml, which "
    "make.py unzips) — what a pipeline that unzips ODF documents stores. ONE line of XML (60 KB): namespace declarations, "
    "automatic styles (P1…, Table1.A1…), then office:text. Paragraphs are <text:p text:style-name=…> (section heads are "
    "ordinary Text_20_body paragraphs, subheads P4); tables are <table:table> with <table:table-column> "
    "(number-columns-repeated); each cell is <table:table-cell office:value-type=\"string\"> holding a <text:p> (the "
    "figures are strings, Writer does not tag them as numbers); a merged cell carries table:number-columns-spanned / "
    "table:number-rows-spanned and is followed by a <table:covered-table-cell/> for every position it covers — also in "
    "the rows below a rowspan (table 三's rows inside 三、本年度办理结果 begin with one, rows 2–8 of （三）with two); "
    "<text:soft-page-break/> stands where the laid-out pages break, at the start of tables 二 and 三. The 2021 single "
    "values of (五)(六)(八) are one cell spanning three columns plus two covered cells. National bureau (a 国务院部门 may "
    "make 部门规章): 规章 1/2/9 (issued / repealed / in force), 行政规范性文件 4/1/36, 行政许可 1287, 行政处罚 19, "
    "行政强制 0, 收费 0. Table 三 （六）2 收费通知 = 1 (自然人), stated in section 六 (发出收费通知1件 … 未实际收取信息处理"
    "费 → fees_collected 0). Narrative: 主动公开政府信息3174条 (1526条, 418条, 63件 are parts), 新闻发布会6场, 政策解读23篇, "
    "新收58 / 上年结转5 / 办结58 / 结转至2023年继续办理5件 (carried_forward 5: '2023年' is the next year, not the "
    "figure), 行政复议8件 / 行政诉讼5件 (3 direct + 2 after review), 全国人大代表建议31件, 全国政协提案24件. 6个方面22项"
    "任务, 2期 are not gold. published 2023-01-30."),
'nichuan-city-2024': (
    "Real `pdftotext -tsv` (poppler 22.12.0) of the city's PDF (src/nichuan-city-2024.html → LibreOffice 7.4.7.2 "
    "writer_pdf_Export → src/nichuan-city-2024.pdf, A4, WenQuanYi Zen Hei for CJK and DejaVu for digits; raw output "
    "src/nichuan-city-2024.tsv = the file) — the word-box form layout-aware pipelines feed on. Tesseract-style TSV with the "
    "header 'level page_num par_num block_num line_num word_num left top width height conf text': level 1 rows "
    "'###PAGE###' (5 pages), level 3 '###FLOW###', level 4 '###LINE###', level 5 one row per WORD with its box (conf 100). "
    "Words split at spaces AND at font changes, so CJK runs and numbers are separate words ('全年市政府门户网站主动公开"
    "政府信息' | '48627' | '条，…'; the date '2025' '年' '3' '月' '28' '日'). Each table cell is its own flow and "
    "poppler's reading order is NOT the table's: in table 三 a row's seven values often come before its label; wrapped "
    "labels are several LINE records (LibreOffice laid the label columns out narrow: '1.属于国家' / '秘密', the vertical "
    "group label '（三' / '）不' / '予公' / '开', '三、本' / '年度办' / '理结果'). A row's values share one baseline (the "
    "cells are vertically centred) and their column is told by `left` (自然人 ≈ 254, 商业企业 ≈ 313, 科研机构 ≈ 365, "
    "社会公益组织 ≈ 402, 法律服务机构 ≈ 454, 其他 ≈ 506, 总计 ≈ 543). Page breaks: table 二 starts at the foot of page 1 "
    "(only '第二十条第（一）项' there) and goes on on page 2; table 三 runs from page 2 to page 4, the label "
    "'2.其他法律行政法规禁止公开' is cut by a page break (its values on page 2, '止公开' at the top of page 3) and so is "
    "'5.要求行政机关确认或重新出具已获取信息' (values on page 3, '获取信息' on page 4); the group labels （三）（四）… stand "
    "only where their merged cell is. Table 四's labels are wrapped (结果 / 维持 …) and its 15 values one line on page 4. "
    "City government (may make 规章): 规章 2/1/48, 行政规范性文件 17/9/213, 行政许可 48213, 行政处罚 9126, 行政强制 417, "
    "收费 3127.46 (万元, 2021 header). Table 三 （六）2 收费通知 = 5, told in section 六 (发出收费通知 … 未收取信息处理费 → "
    "fees_collected 0). Narrative: 主动公开政府信息48627条 (96件 a part), 新闻发布会26场 (出席4场 a part), 政策解读137篇 "
    "(59篇 a part), 新收279 / 上年结转15 / 办结282 / 结转12, 行政复议20件, 行政诉讼19件 (其中复议后起诉7件), 市人大代表"
    "建议312件, 市政协提案407件. 12期, 2次, 4次 not gold. published 2025-03-28 (the date under the signature)."),
'dongcheng-district-2020': (
    "Real `links -dump -width 120 -codepage utf-8` (Links 2.28) of the district portal's article page "
    "(src/dongcheng-district-2020.html; raw output src/dongcheng-district-2020.links.txt = the file). Unlike lynx and "
    "elinks, links prints no link numbers and no URL list. The 索引号 block is a borderless layout table printed as spaced "
    "columns (发文日期 2021-03-15). Tables with border=1 are drawn in ASCII: '+----+' around, '|' between cells, "
    "'|----+----|' rules between rows. Links counts every character as ONE column although CJK characters are two wide: "
    "the frames are aligned by character count, so on screen a row of Chinese labels runs past the frame and the '|' of "
    "different rows do not line up — columns must be counted by '|', not by position. Merged labels are vertically "
    "centred and share a line with a rule or with another row: '三、本年度办理结果' stands on the rule line between "
    "8.属于行政查询事项 and 1.本机关不掌握相关政府信息, （三）不予公开 on the rule between its rows 4 and 5, （四）无法提供 "
    "on the line of its row 2, （五）不予处理 on its row 3; the other rows of a group begin with empty cells. Table 三's "
    "header: the 勾稽 note on the middle of three lines, 自然人 and 总计 centred over two. Table 四: the 复议 labels centred "
    "over two lines, the 15 values on the last line. 2019 template, table 二: 规章 0/0/0, 规范性文件 3/3/29; 本年增/减 "
    "'+6' (→ 6), -2, 0, -1; 行政事业性收费 14 / 0; 政府集中采购 68 and '4127300元' (amount 4127300, unit 元). "
    "Narrative: 主动公开政府信息9243条, 新闻发布会7场, 政策解读28篇, 新收104 / 上年结转2 / 办结100 / '另有6件…结转下年度"
    "继续办理' (carried_forward 6), 行政复议3件, 行政诉讼2件. 浏览次数2087, 网站标识码, ICP numbers and the 相关文章 "
    "list (the 2019 report of 2020-01-16, another body's 2020 report) are not this report's figures. published 2021-03-15."),
'linkou-town-2021': (
    "A Discuz! X forum thread as a forum data dump keeps it: board path, tid/pid/fid, subject, author, dateline, views, "
    "then the post's raw `message` in Discuz BBCode, then two replies. A local forum user reposted the township's report "
    "from the county portal: '[i=s] 本帖最后由 … 于 2022-1-26 10:52 编辑 [/i]', a source line with [url], the title in "
    "[align=center][size=5][b], '发布时间：2022-01-24 16:30', paragraphs as '[p=30, 2, left][size=4][font=仿宋_GB2312]…"
    "[/font][/size][/p]' (numbers inside the tags: 30, 2, 4, 2312), tables as [table=98%][tr][td]…[/td][/tr][/table] "
    "where a merged cell is [td=COLSPAN,ROWSPAN] (Discuz order, columns first): [td=4,1] the caption rows, [td=3,1] the "
    "2021 single values of (五)(六)(八) (one value spanning three columns), [td=3,3] the 勾稽 note, [td=7,1] 申请人情况, "
    "[td=1,2] 自然人 and 总计, [td=5,1] 法人或其他组织, [td=1,22] 三、本年度办理结果, [td=1,8] （三）不予公开, [td=1,3] and "
    "[td=1,5] the other groups, [td=2,1] （一）（二）（七）; table 三's label cells are wrapped in [font=宋体]. The seal image is "
    "'[attach]183402[/attach]'. Reply 1 quotes the first sentence in [quote] with the first post's dateline and ends with a "
    "smiley [img]; reply 2 is a remark. published = 2022-01-24 (发布时间 and the signature), NOT the forum dateline "
    "2022-1-26 nor the edit time. Township: 规章 and 行政规范性文件 0/0/0 (printed 0), 行政许可 37, 行政处罚 12, 行政强制 0, "
    "收费 0; table 三: 7 new (6 自然人, 1 商业企业): 5 予以公开, 1 本机关不掌握, 1 补正后仍不明确 (商业企业), 7 processed, none carried; table 四 all 0. Narrative: 主动公开"
    "政府信息214条, 微信公众号推送信息96条 (new_media_posts), 收到申请7件, 办结7件, 无结转 (carried_forward 0), 未收取"
    "信息处理费 (fees_collected 0). '300余期' (approximate, notice boards), 15个行政村, 2次, 1次 are not gold; there is no "
    "sentence on reviews or lawsuits, so no narrative key for them. tid/pid/uid/views/attach numbers are forum chrome."),
'yuanze-commerce-2025': (
    "Imitates Microsoft MarkItDown (`markitdown report.docx`) on the department's Word file: python-mammoth turns the "
    ".docx into HTML, markdownify writes Markdown. Word's direct formatting is lost: only the bold title is '**…**'; the "
    "section heads (黑体) and （一）… subheads (楷体) are plain paragraphs; paragraphs are separated by blank lines. The seal "
    "picture is '![](data:image/png;base64...)' (markitdown cuts data URIs) between the signature and the date. Tables: "
    "Word marked no header rows, so mammoth writes no <thead> and markdownify puts an EMPTY header row and a '| --- |' "
    "row above each table's first row; colspan becomes extra empty cells ('| 第二十条第（一）项 | | | |', '| 行政许可 | "
    "2317 | | |' — one value followed by the two empty cells of its merged cell); rowspan is IGNORED, so the rows covered "
    "by a merged cell have fewer cells and everything in them moves left: '| 三、本年度办理结果 | （一）予以公开 | | 11 | "
    "…' (10 cells), '| （二）部分公开… | | 0 | 2 | …' (9), '| （三）不予公开 | 1.属于国家秘密 | 0 | …' (9), "
    "'| 2.其他法律行政法规禁止公开 | 0 | …' (8). Header row 2 is '| 自然人 | 法人或其他组织 | | | | | 总计 |' (7 cells) "
    "and row 3 the five 法人 labels from the first column; table 四's second header row holds the five 复议 labels and then "
    "未经复议直接起诉 / 复议后起诉, the third row the ten 诉讼 labels from the first column, then the 15 values. In every data "
    "row of table 三 the LAST seven cells are 自然人…总计. Provincial department: 规章 0/0/0, 行政规范性文件 6/3/58, 行政许可 "
    "2317, 行政处罚 41, 行政强制 0, 收费 0. Applicants mostly companies (new: 22 自然人, 28 商业企业, 0, 1, 3, 2 = 56). "
    "Narrative: 主动公开政府信息2865条, 微信公众号、视频号发布信息1486条 (new_media_posts), 新闻发布会9场, 政策解读34篇, "
    "新收56 / 上年结转3 / 办结57 / 结转2, 行政复议5件, 行政诉讼3件, 省人大代表建议23件, 省政协提案41件, 未收取信息处理费 (0). "
    "published 2026-01-23."),
'xiyang-sbzx-2023': (
    "Imitates a Cmd+A / Cmd+C copy in macOS Preview of a PDF exported on a Mac whose embedded font maps common "
    "characters to KANGXI RADICAL code points (U+2F00–U+2FD5: ⼀ ⼆ ⼈ ⼒ ⼗ ⼤ ⼼ ⽂ ⽅ ⽇ ⽉ ⽌ ⽣ ⽤ ⽴ ⽹ ⾏ ⾃ ⾄ ⾦ …) and to "
    "CJK RADICALS SUPPLEMENT ones (⻔ 门, ⻅ 见, ⻓ 长, ⺠ 民 …): '⼀、总体情况', '（⼀）予以公开', '⾏政许可', "
    "'市⼈⼒资源和社会保障局⻔户⽹站', '中华⼈⺠共和国', the agency '汐阳市社会保险事业管理中⼼', the date '2024年1⽉19⽇'. "
    "NFKC maps the Kangxi radicals back (⼼→心, ⽉→月, ⽇→日), NOT the supplement ones (⻔, ⺠ stay). Gold: the agency and "
    "the date as a reader reads them (汐阳市社会保险事业管理中心, 2024-01-19). Prose lines are the PDF's lines (28 "
    "characters, no indentation, never joined); the title wraps after 2023年政府信息; page footers '— N —'. The tables "
    "were drawn label column first, so Preview gives ALL label cells of a table (row by row, each wrapped cell line a "
    "line: '（三）不' / '予公开', '商业企' / '业') and THEN one line per data row with its values separated by single spaces "
    "('33 2 1 1 1 1 39'): the n-th value line is the n-th data row. Table 二 (2021): labels, then six value lines '0 0 0', "
    "'0 0 0', '0', '0', '0', '0' (a public institution: no rules, documents, licences, penalties or fees). Table 三 runs "
    "over a page break after 4.保护第三方合法权益: page 2 holds the header labels, the labels of rows 一 … （三）4 and their "
    "8 value lines, then '— 2 —'; page 3 begins with '三、' / '本年' / '度办' / '理结' / '果' (the merged label's text, "
    "centred in its 22 rows, is on the second page) and the labels of rows （三）5 … 四、结转下年度继续办理, then their 17 "
    "value lines. Table 四: its labels one or two characters a line (结果 / 维持 …), then '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0'. "
    "Table 三: 新收39 / 上年结转1 / 办结39 / 结转1; （三）8.属于行政查询事项 = 6 自然人 + 1 社会公益组织 = 7 (social-insurance "
    "records are 行政查询). Narrative: 主动公开政府信息1392条, 微信公众号发布信息617条 (new_media_posts), 政策解读12篇, "
    "新收39 / 上年结转1 / 办结39 / 结转1, 行政复议1件, 未收取信息处理费 (0). 6台, 2次 not gold."),
'pbc-pengze-2020': (
    "The article page of the branch's portal after an accessibility (无障碍 / 适老化) rebuild: skip link, toolbar "
    "(声音 语速 配色 … 退出服务), <header>/<nav>/<main>/<article>, '<time datetime=\"2021-01-26\">'. The three tables "
    "are semantic HTML: each has a <caption> with the page's OWN numbering — 表一 主动公开政府信息情况 (= table 二), 表二 "
    "收到和处理政府信息公开申请情况 (= table 三), 表三 …行政复议、行政诉讼情况 (= table 四) — and a summary attribute; "
    "tables 三 and 四 have a <thead> of three header rows (th scope=col / colgroup with rowspan/colspan) and a <tbody>; row "
    "labels are <th scope=\"row\">, merged group labels <th scope=\"rowgroup\" rowspan=\"20\"> (三、本年度办理结果, 2019 "
    "template), \"8\", \"3\", \"5\"; table 二 has no thead (its block captions are <th scope=\"colgroup\" colspan=\"4\">, its "
    "header rows th scope=col). The office wrote '—' for EVERY zero of tables 三 and 四 (note under them: 注：表二、表三中"
    "“—”表示该项无数据): those 132 cells (119 in table 三, 13 in table 四, including zero totals) are gold null (schema: '—' "
    "is null, not 0); the figures behind them are 0 (asserted) and balance_ok is true (the identities hold with them as "
    "0). Table 二 prints its zeros as 0. 2019 template: 规章 0/0/0, 规范性文件 2/2/11; 本年增/减 -2, 0, '+1' (→ 1), 0; "
    "行政事业性收费 0 / 0; 政府集中采购 11 with the unit in the header, '采购总金额（万元）' | '327.6' (amount 327.6, unit "
    "万元). Narrative: 主动公开政府信息586条, 政策解读8篇, 收到29 / 上年结转1 / 办结30 / 无结转 (carried_forward 0), 行政"
    "复议1件. No lawsuit sentence. published 2021-01-26."),
}

TRAITS = {
    'soffice-convert-to-txt-of-doc': "real LibreOffice text export of a .doc: BOM, a cell per line, covered rowspan cells as empty lines, nothing between rows",
    'odt-content-xml': "real ODF content.xml on one line: table:table-cell / covered-table-cell, spans as attributes, soft page breaks, figures as strings",
    'pdftotext-tsv': "real poppler word boxes (level/page/flow/line/word, left/top/width/height): flows out of table order, labels wrapped narrow, table 三 over three pages with labels cut by page breaks",
    'links-dump-ascii-frames': "real Links dump: ASCII frames aligned by character count (CJK misaligned on screen), merged labels centred onto rule lines, no link numbers",
    'discuz-bbcode-forum-repost': "forum data dump: BBCode [table][tr][td=colspan,rowspan], [font=仿宋_GB2312], [p=30, 2, left], attachment and replies, forum dateline ≠ published",
    'markitdown-docx-markdown': "markitdown (mammoth + markdownify): empty header row, colspan as empty cells, rowspan ignored so covered rows shift left, data-URI seal",
    'pdf-preview-copy-kangxi-radicals': "Preview copy: Kangxi / CJK-supplement radicals for 一 人 日 月 门 民 …, all labels of a table then one line of values per row, table 三 split by a page",
    'html-caption-th-scope-dash-zeros': "accessible page: <caption> 表一/表二/表三 (its own numbering), th scope row/rowgroup/col/colgroup, thead/tbody, '—' for every zero of tables 三 and 四 (null)",
}


def notes_for(rep):
    return NOTES[rep['id']]


def readme(man, total):
    L = ['# Held-out set 11 (tables): eight invented reports in eight more forms real reports arrive in\n']
    L.append('Eight **invented** 政府信息公开工作年度报告 (fictional agencies, places, figures) carrying the national tables '
             '二, 三 and 四: three on the 2019 template (2019 and 2020 reports) and five on the 2021 template (2021, 2022, '
             '2023, 2024, 2025 reports), each a full report (title, sections 一…六, tables, signature and date) in a form '
             'that sets 1–10 did not use. Levels: a national bureau, a provincial department, a prefecture-level city '
             'government, a district government, a county government, a township (镇), a public institution (社会保险事业'
             '管理中心) and a vertical agency (人民银行 city 中心支行).\n')
    L.append('    python3 make.py        # stdlib only; rewrites the 8 files, manifest.json and this README byte for byte\n')
    L.append('`core.py` (figures, identities, the official layouts with rowspan/colspan; taken over from set 10), `reports.py` '
             '(figures, printed cells, prose; asserts the identities and that every narrative figure is stated beside its '
             'keyword), `render.py` (the eight forms), `notes.py` (manifest notes and this README), `make.py` (gold, '
             'checks, manifest). Table 三 is drawn by a seeded `random.Random`.\n')
    L.append('Four files are the REAL output of a tool run on a document `make.py` writes (Debian packages): LibreOffice '
             '7.4.7.2 (`soffice --headless --convert-to doc` then `txt:Text (encoded):UTF8`; `--convert-to odt`; '
             '`--convert-to pdf`), poppler 22.12.0 `pdftotext -tsv`, and Links 2.28 `links -dump`. Their inputs, '
             'intermediate files and raw outputs are kept in `src/` (`*.html` with `*.html.sha256`, `*.doc`, `*.odt`, '
             '`*.pdf`, `*.txt`, `*.tsv`, `*.links.txt`); make.py runs a tool again only when the sha256 of its input '
             'changes, so no tool is needed to rebuild the set (LibreOffice runs with its own profile under /tmp). The '
             'other four forms are written by `render.py` after the tools they imitate (markitdown, macOS Preview, a '
             'Discuz! forum, an accessible CMS template).\n')
    L.append('`make.py` asserts for every report: T3-ROW on all 23/25 rows, T3-SUM and T3-COL per column, T4 总计 of the three '
             'blocks, DOM-1/2/3, T2-19 and T2-AUTH (规章 only for the national bureau and the city government), FEE-21 '
             '(（六）2 > 0 ⇒ section 六 speaks of the 收费通知), that every null gold cell is 0 in the figures, that each '
             'narrative figure restates the tables (new / completed / carried forward, reviews, lawsuits) and is written '
             'beside its keyword; after the form\'s own decoding (XML tags, TSV words, BBCode tags, radicals mapped back, '
             'HTML tags) that the agency, the published date and every non-null gold figure are in the file; and per form '
             'that the cells stand where the gold says: the LibreOffice text has each table\'s cells as consecutive lines, '
             'the content.xml rows/cells equal the table model, every table row\'s values are one baseline of the TSV '
             '(rows in order), every labelled row of the Links dump carries exactly its values after its label.\n')
    L.append('## Files\n')
    L.append('| file | form | template | year | level | agency | gold keys | null |')
    L.append('| --- | --- | --- | --- | --- | --- | --- | --- |')
    for e in man:
        g = e['gold']
        L.append('| `%s` | %s | %s | %d | %s | %s | %d | %d |' % (e['file'], e['form'], e['era'], e['year'], e['level'],
                                                               e['agency'], len(g), sum(v is None for v in g.values())))
    L.append('\nTotal gold keys: %d.\n' % total)
    L.append('## Forms and traps (every detail in manifest.json `notes`)\n')
    for e in man:
        L.append('* **%s** (`%s`): %s.' % (e['form'], e['file'], TRAITS[e['form']]))
    L.append('')
    L.append('''## Why each form is realistic

* **`soffice --convert-to txt`**: LibreOffice headless is how corpora turn the many `.doc`/`.docx`/`.wps` attachments of
  government sites into text (antiword, catdoc and Tika were earlier sets; LibreOffice's own text export, with a cell per
  line and empty lines for covered cells, was not).
* **ODF content.xml**: pipelines that read office files without an office suite unzip them; `.odt` is the format WPS and
  LibreOffice offices publish besides `.doc` (set 5 had a `.docx` document.xml, no ODF).
* **`pdftotext -tsv`**: poppler's word boxes (the same columns as Tesseract's TSV) are what layout-aware extraction and
  table-detection pipelines take from born-digital PDFs; sets 9 and 10 had pdftohtml and pdfplumber, never word boxes.
* **`links -dump`**: the third text browser of shell crawlers (lynx, w3m and elinks were sets 8 and 10); its ASCII frames
  are laid out by character count, which misaligns every CJK table.
* **Discuz! BBCode**: local forums (县城论坛, 考试论坛) repost government reports; forum data dumps keep the stored BBCode,
  with the editor's [td=colspan,rowspan] and the pasted fonts.
* **markitdown**: Microsoft's converter is now the default docx→Markdown step of LLM pipelines; markdownify ignores rowspan.
* **macOS Preview / Kangxi radicals**: PDFs exported on Macs (and some Word/WPS fonts) map 一 人 日 月 门 民 … to radical
  code points; copies of such PDFs are a well-known corpus contaminant. Tables drawn label column first copy as a label
  block and lines of values.
* **accessible HTML**: since the 2020–2021 适老化及无障碍改造 of government sites, CMS templates give statistics tables
  captions and th scope; offices commonly write “—” for zero.

## Gold conventions and decisions

* Same shape as the earlier sets: `{file, form, era, agency, level, year, gold, notes}`; `gold` is a flat map of dotted
  `gdr_parse` paths (schema.md); `era` = the template.
* “—” cells (人民银行蓬泽 tables 三 and 四) are gold `null` (132 cells); the figures behind them are 0 (asserted) and
  `balance_ok` is true for all eight. Printed `0` is 0.
* Covered cells (empty lines, `<table:covered-table-cell/>`, empty markdown cells of a colspan) are nothing, not null:
  a merged value is ONE value.
* Money: `active.fees.amount` in 万元 (2021 header); 2019 `active.procurement.amount` as printed with `amount_unit` from the
  cell (`6738.52万元`, `4127300元`) or from the header (`采购总金额（万元）` | `327.6`). Signed 本年增/减 as printed (`+5` → 5).
* `published` is the date under the signature (= the page's 发布时间/发文日期 where there is one; not the forum's dateline
  or edit time).
* `agency`: the full name of the title and signature, in ordinary characters (the radicals of 中⼼ read as 心).
* `narrative.*`: only figures the prose states with a number beside its keyword; `applications_received` = 本年新收;
  parts of a total (其中…), approximate figures (300余期), training counts and chrome numbers are not gold. 未收取信息处理费 is
  `fees_collected` 0; 无结转 is `applications_carried_forward` 0; a section 四 without a number (or the township's none)
  gives no `reviews`/`lawsuits` key.
* `script` hans and `kind` annual_report for all eight.
''')
    return '\n'.join(L)
