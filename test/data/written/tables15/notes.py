"""Manifest notes and README.md of set 15 (written here so make.py rewrites them byte for byte)."""

T3BAL = {
    'chengchuan-nynct-2022': '110 + 4 = 109 + 5',
    'liutang-jiedao-2020': '7 + 1 = 7 + 1',
    'wengchuan-scjgj-2024': '32 + 1 = 31 + 2',
    'national-nhhd-2019': '52 + 2 = 50 + 4',
    'nantang-district-2025': '209 + 7 = 206 + 10',
}

NOTES = {
    'chengchuan-nynct-2022': (
        "REAL output of perl docx2txt 1.4 (Debian package docx2txt; `docx2txt file.docx -`) run on the department's "
        ".docx (LibreOffice 7.4.7.2 `--convert-to docx` of src/chengchuan-nynct-2022.html; kept in src/ with the raw "
        "output src/chengchuan-nynct-2022.docx2txt.txt = the file). docx2txt writes a paragraph per line and every table "
        "cell as its own paragraph, CENTRES a centred paragraph on an 80-column line (every number cell is padded with "
        "~38 leading spaces), writes an empty line for an empty cell / merged-cell continuation, and turns the curly "
        "quotes into ASCII \" (危及\"三安全一稳定\", \"澂川农业\"). The department's own Word table 三 puts the 总计 "
        "column FIRST (header: 总计 | 自然人 | 法人或其他组织 → 商业企业 … 其他), so every row of table 三 reads total, "
        "person, business, research, nonprofit, legal, other (e.g. 一、本年新收 110 90 11 2 2 3 2); the gold keys are "
        "the template's columns, so a reader that takes the template's order puts each figure in the wrong column. "
        "2021 template, 2022 report; a provincial department (规章 row printed 0 0 0: departments do not make 规章). "
        "Table 二 fee cell 26.4 (万元 header). Table 三 balances (" + T3BAL['chengchuan-nynct-2022'] + "); （六）2 "
        "逾期未缴费 = 1, so section 六 speaks of the 收费通知 and says 未实际收取信息处理费 (fees_collected 0). Table 四: "
        "复议 5 (3/1/0/1), 直接起诉 3 (1/0/1/1), 复议后起诉 1 (1/0/0/0); the prose says 行政复议5件, 行政诉讼4件 (3 + 1). "
        "Narrative: 主动公开政府信息5218条, 新闻发布会7场, 政策解读46篇, 微信公众号发布信息1963条, 人大代表建议318件, "
        "政协提案402件, 新收110件, 办结109件, 结转下年度继续办理5件. Not gold: the address, 邮编 671021, the phone, "
        "培训1期/160人次, the 规范性文件 figures restated in section 一 (they equal table 二)."),
    'liutang-jiedao-2020': (
        "Outlook's 另存为 → HTML of the mail that a 街道 党政办 sent to the district 政务公开办 with the report pasted in "
        "its body (written here in the markup Outlook/Word 15 saves; not a tool run): saved GB2312/GBK-ENCODED (meta "
        "charset=gb2312, no BOM), kept here as the UTF-8 text a loader makes of those bytes (a database holds text), CRLF, the xmlns:v/o/w/m html element, <meta name=Generator content=\"Microsoft "
        "Word 15\">, conditional-comment <xml> blocks (o:OfficeDocumentSettings, w:WordDocument), a mso- stylesheet in an "
        "HTML comment, <div class=WordSection1>, the mail header block (发件人 / 发送时间 2021年1月26日 9:42 / 收件人 / "
        "抄送 / 主题) and the sender's covering note (联系人, 电话 0871-65234417) before the report, the sender's "
        "signature after it. Word's HTML conventions: every run of ASCII in a Chinese paragraph is its own <span "
        "lang=EN-US> (2020</span>年<span lang=EN-US>1</span>月), every paragraph and cell ends with <o:p></o:p>, empty "
        "cells are <o:p>&nbsp;</o:p>, source lines are broken at a space near column 76 (also inside attributes: "
        "`<span\\nlang=EN-US>`, `\"Times New\\nRoman\"`), tables are MsoNormalTable with unquoted attributes and inline "
        "mso-border styles. 2019 template, 2020 report; a 街道办事处 (agency = the signature's full name "
        "榆溪市东关区人民政府柳塘街道办事处; the title says 柳塘街道办事处). published = the report's own date under its "
        "signature (2021-01-25), not the mail's 发送时间 (2021-01-26). NULL gold (8 keys): the 规章 row is printed "
        "`/ / /` (not applicable: a 街道 makes no 规章) and the whole 复议后起诉 block of table 四 (5 cells, its 总计 "
        "included) is left BLANK; every other zero is printed 0. balance_ok true: table 三 balances as printed ("
        + T3BAL['liutang-jiedao-2020'] + ") and every table 四 identity holds with the blanks read as 0. Table 二: "
        "其他对外管理服务事项 14 / 2 / 386, 行政处罚 23 / 5 / 47 (综合行政执法 powers), 采购 4 items, `36.85万元` "
        "(unit in the cell). Section 四 has no figure (未发生…), so no reviews/lawsuits keys; section 六 is 无。 so no "
        "fees key. Narrative: 主动公开政府信息642条, 微信公众号发布信息318条, 新收7件, 办结7件, 结转1件. Not gold: "
        "公开栏48期, 9个社区, 2名."),
    'wengchuan-scjgj-2024': (
        "REAL output of Debian's html2text 1.3.2a (the C++ program, package html2text; `html2text -utf8 -width 100 "
        "-nobs page.html`) run on the county portal's article page (src/wengchuan-scjgj-2024.page.html; raw bytes "
        "src/wengchuan-scjgj-2024.html2text.txt). html2text draws tables with `|` and `_` but measures and cuts cells in "
        "BYTES, so it cuts UTF-8 characters in two and lets the rest of a long label spill over the next cells: the raw "
        "output is not valid UTF-8; the file is what a crawler stores when it decodes it with errors='replace' (U+FFFD "
        "for each broken sequence). Labels come out cut and scrambled (`|行政�|0范�|0��件|0_____|` is the 行政规范性文件 row "
        "0 0 0, `|（二）部分公开（区分处理的，只|2��|1一|0��|0��不|1�其�|0�|4�|�）` is 2 1 0 0 1 0 4, the group labels "
        "（三�, （四�, （六� and 三、本|��度�), table 三's header is unreadable, table 四's labels are cut to `结�`; "
        "every figure is still whole and in its row's order, so none is null. The page chrome (nav, 索引号 table cut the "
        "same way, 来源/发布时间 2025-01-20 16:32, 浏览次数：286, the footer with 网站标识码 and ICP numbers) is around "
        "the body; headings became `****** title ******`; the signature is pushed right by 200 spaces. 2021 template, "
        "2024 report; a county 市场监督管理局 (规章 and 行政规范性文件 rows 0 0 0). Table 三 balances ("
        + T3BAL['wengchuan-scjgj-2024'] + "); （六）2 = 0; section 六 says 本年度未收取信息处理费 (fees_collected 0). "
        "Section 四: 被申请行政复议2件, 未被提起行政诉讼 (reviews 2; no lawsuits key: no number is stated). Narrative: "
        "主动公开政府信息1846条, 微信公众号发布信息1127条, 新收32件, 办结31件, 结转2件. Not gold: “双公示”4513条 (a part "
        "of other counts), 清理过期失效信息36条, 浏览次数 286."),
    'national-nhhd-2019': (
        "A crawler's JSON Lines record (one line) made with the REAL parsel 1.7.0 (Scrapy's selector library, Debian "
        "python3-parsel with lxml 4.9.2): `content` = `Selector(page).css('div.TRS_Editor ::text').getall()`, the list "
        "of EVERY text node of the article in document order, whitespace-only nodes included (\"\\n\\t\\t\", "
        "\"\\n\\t\\t\\t\", several between two cells); title, pub_date (2020-01-21, from the page), url, source, "
        "attachments, crawl_time and spider are the item's other fields (the script is render.PARSEL; input "
        "src/national-nhhd-2019.page.html, raw output src/national-nhhd-2019.parsel.jsonl = the file). The page is a "
        "TRS-style article with Word-pasted tables (<p class=MsoNormal> in every cell, CRLF source): each cell's text is "
        "its own list item, a bold lead-in （一）主动公开。 is a node apart from its paragraph, 危及 and “三安全一稳定” are two "
        "nodes, and the 部分公开 label is two nodes around a <br>. 2019 template, 2019 report; a national bureau (规章 "
        "2 / 2 / 37), 本年增/减 signed (行政许可 -3, 其他对外管理服务事项 1, the others 0), 采购 64 items `8732.5万元` "
        "(unit in the cell). Table 三 balances (" + T3BAL['national-nhhd-2019'] + "). Table 四: 复议 4 (2/0/1/1), "
        "直接起诉 1, 复议后起诉 1 (0/1/0/0); the prose: 行政复议4件, 行政诉讼2件. Narrative: 主动公开政府信息3376条, "
        "新闻发布会5场, 政策解读22篇, 新收52件, 办结50件, 结转4件. Not gold: 航道通告…1187条, 培训3期/240人次, crawl_time."),
    'nantang-district-2025': (
        "REAL output of poppler 22.12.0 `pdftohtml -xml -i -q` (the pdf2xml DTD: <page> elements with <fontspec>, a "
        "<text top left width height font> element per text run) run on the district's PDF (LibreOffice 7.4.7.2: "
        "src/nantang-district-2025.html → .docx → .pdf, all in src/; raw output src/nantang-district-2025.pdftohtml.xml "
        "= the file). Digits are a run of their own in another font (2025 | 年政府信息…; the date under the signature is "
        "seven runs 2026 | 年 | 1 | 月 | 28 | 日), prose lines are separate runs, table cells are runs in content order "
        "with their positions, wrapped labels in pieces (一、本年新收政府信息 / 公开申请数量, 社会 / 公益 / 组织), and "
        "pdftohtml MERGES neighbouring cells into one run when they are close: table 三 `6 209` (其他 6, 总计 209 of "
        "一、本年新收) and `6 206` (（七）总计), table 四 `2 11 3` (复议 尚未审结 2, 总计 11, 直接起诉 结果维持 3). Table 四 "
        "is cut by the page break between its header and its row (the header's 维持 / 纠正 / 审结 pieces on the next "
        "page). 2021 template, 2025 report; a district government (规章 0 0 0; 行政规范性文件 4 / 2 / 33; 行政许可 18763, "
        "行政处罚 2941, 行政强制 117; fees 146.82 万元). Table 三 balances (" + T3BAL['nantang-district-2025'] + "); （六）2 "
        "= 1 → section 六 speaks of the 收费通知 and says 未实际收取信息处理费 (fees_collected 0). Table 四: 复议 11 "
        "(6/2/1/2), 直接起诉 6 (3/1/0/2), 复议后起诉 2 (1/0/1/0); prose 行政复议11件, 行政诉讼8件. Narrative: "
        "主动公开政府信息11834条, 政务新媒体发布信息2675条, 新闻发布会14场, 政策解读63篇, 人大代表建议156件, "
        "政协提案203件, 新收209件, 办结206件, 结转10件."),
}

WHY = [
    ('docx2txt (perl)', "docx2txt is the stock .docx-to-text converter of Debian/Ubuntu servers and of many PHP/Perl site "
     "search indexers; agencies publish the report as a .docx attachment, and many bend table 三 to their own layout "
     "(here 总计 first, as in agencies that fill the table from a spreadsheet whose first column is the total)."),
    ('Outlook saved .htm', "reports travel by mail between the 街道 and the district 政务公开办 before publication; "
     "archives, OA systems and FOI requesters save such mails from Outlook as .htm, which on Chinese Windows is Word's "
     "HTML in gb2312 with the mail header above the body."),
    ('html2text (Debian C++)', "html2text 1.3.2a is the html2text of Debian/Ubuntu (apt install html2text), used by "
     "mutt, logwatch and shell crawlers; on Chinese pages its byte-based table layout cuts characters, and pipelines "
     "that decode leniently keep U+FFFD."),
    ('parsel ::text list', "Scrapy spiders of government sites very often store `response.css('… ::text').getall()` "
     "as the article's content, a JSON list of text nodes including whitespace nodes; it is the raw form in many "
     "public crawl datasets."),
    ('pdftohtml -xml', "poppler's XML output is the input of many table-extraction scripts (pdf2xml-based tools, "
     "R/Python ETL) because it keeps the positions of every run; the text runs merge close cells."),
]


def readme(man):
    nk = sum(len(m['gold']) for m in man)
    nn = sum(1 for m in man for v in m['gold'].values() if v is None)
    L = ['# Held-out set 15 (tables): five invented reports in forms no earlier set had', '',
         'Five **invented** 政府信息公开工作年度报告 (fictional agencies, places and figures) carrying the national tables '
         '二, 三 and 四: two on the 2019 template (a 2019 and a 2020 report) and three on the 2021 template (2022, 2024, '
         '2025 reports), each a full report (title, sections 一…六, tables, signature and date) with prose figures '
         'restating table values beside their keywords. Levels: a national bureau, a provincial department, a district '
         'government, a county department and a 街道办事处.', '',
         '    python3 make.py        # stdlib only; rewrites the 5 files, manifest.json and this README byte for byte', '',
         '`core.py` (figures, identities, the official layouts; taken over from set 14 unchanged), `reports.py` '
         '(figures, printed cells, prose; base() from set 14), `render.py` (the five forms and the documents the tools '
         'run on; the shared part from set 14), `notes.py` (manifest notes and this README), `make.py` (gold, checks, '
         'manifest). Table 三 is drawn by a seeded `random.Random`.', '',
         'Four files are the REAL output of tools (Debian 12 packages): LibreOffice 7.4.7.2 (`--convert-to docx`, '
         '`pdf:writer_pdf_Export`), docx2txt 1.4 (perl), html2text 1.3.2a, parsel 1.7.0 (python3-parsel, with lxml '
         '4.9.2; run with /usr/bin/python3), poppler 22.12.0 `pdftohtml -xml`. The fifth, the Outlook mail, is written '
         'here in the markup Outlook saves (Outlook is not available on Linux). Inputs (`src/*.html`, `src/*.page.html` '
         'with `*.sha256`), intermediates (`*.docx`, `*.pdf`) and raw outputs (`*.docx2txt.txt`, `*.html2text.txt`, '
         '`*.parsel.jsonl`, `*.pdftohtml.xml`) are kept in `src/`; make.py runs a tool again only when the sha256 of its '
         'input changes, so no tool is needed to rebuild the set (delete a `.sha256` to run its tools again).', '',
         '`make.py` asserts for every report: T3-ROW on all 23/25 rows, T3-SUM and T3-COL per column, T4 总计 of the '
         'three blocks, DOM-1/2/3, T2-19 and T2-AUTH (规章 only for the national bureau), FEE-21 ((六)2 > 0 ⇒ section 六 '
         'speaks of the 收费通知), that every null gold cell is 0 in the figures, that each narrative figure restates the '
         'tables and is written beside its keyword; then, after the form\'s own decoding (GBK and HTML tags for the '
         'Outlook file; XML tags for pdftohtml; the JSON `content` list for parsel; NFKC; units 件/项/条/万元/元 and a + '
         'sign taken off a number), that the agency and the signature date are in the file (whitespace removed), that '
         'every non-null gold figure is a number token of the file, and that every table row\'s printed values stand '
         'as a contiguous run of tokens, rows in table order (blank cells skipped); plus a mark of each form (docx2txt\'s '
         'centring, the gb2312 charset / WordSection1 / MsoNormalTable / CRLF, U+FFFD and `|` in the html2text file, one '
         'JSON line, the pdf2xml prolog).', '',
         '## Files', '',
         '| file | form | template | year | level | agency | gold keys | null |',
         '| --- | --- | --- | --- | --- | --- | --- | --- |']
    for m in man:
        L.append('| `%s` | %s | %s | %d | %s | %s | %d | %d |' % (
            m['file'], m['form'], m['era'], m['year'], m['level'], m['agency'], len(m['gold']),
            sum(1 for v in m['gold'].values() if v is None)))
    L += ['', 'Total gold keys: %d, of which %d null.' % (nk, nn), '', '## Forms and traps (every detail in manifest.json `notes`)', '',
          '* **docx2txt-perl-total-column-first** (`chengchuan-nynct-2022.txt`): a cell per line, number cells CENTRED '
          'with ~38 leading spaces, empty lines for merged cells, curly quotes made ASCII; table 三 with the 总计 '
          'column FIRST (every row: total, 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他).',
          '* **outlook-saved-htm-gb2312** (`liutang-jiedao-2020.htm`): saved as GBK bytes, kept as the UTF-8 text a loader makes of them (convert_from(bytes, \'GBK\'): a database holds text), its meta still saying gb2312; CRLF, Word 15 HTML (spans '
          'lang=EN-US around every ASCII run, <o:p>, lines broken at ~76 columns inside tags), the mail header and '
          'covering note before the report (发送时间 a day after the signature date), `/` for the 规章 row and a BLANK '
          '复议后起诉 block (8 null gold), `36.85万元` in a cell.',
          '* **html2text-debian-of-cms-page** (`wengchuan-scjgj-2024.txt`): `|`/`_` drawn tables whose cells were cut in '
          'bytes: U+FFFD everywhere, labels cut and spilled into the value cells (`0范�`, `1一`), group labels and the '
          'header unreadable; figures whole.',
          '* **parsel-text-nodes-jsonl** (`national-nhhd-2019.jsonl`): one JSON line; the report is a list of text nodes '
          'with whitespace nodes between cells; signed 本年增/减 (-3), `8732.5万元`.',
          '* **pdftohtml-xml** (`nantang-district-2025.xml`): pdf2xml runs with positions; digits in runs of their own; '
          'neighbouring cells MERGED into one run (`6 209`, `2 11 3`); table 四 cut by a page break between header and '
          'values; the signature date in seven runs.', '',
          '## Why each form is realistic', '']
    for k, w in WHY:
        L.append('* **%s**: %s' % (k, w))
    L += ['', '## Gold conventions and decisions', '',
          '* Same shape as set 14: `{file, form, era, template, agency, level, year, gold, notes}` (`template` repeats '
          '`era`); `gold` is a flat map of dotted `gdr_parse` paths (schema.md). `balance_ok` is true for all five.',
          '* Blank and `/` cells are null, not 0: the 规章 row `/ / /` and the blank 复议后起诉 block of 柳塘 (8 keys). '
          'No figure was destroyed by a form: html2text cuts labels but never a number, pdftohtml merges runs with a '
          'space between the numbers.',
          '* Table 三 columns are gold by their header, not by position (澂川: 总计 first).',
          '* Money: 2021 `active.fees.amount` in 万元 (26.4, 0, 146.82); 2019 `active.procurement.amount` with '
          '`amount_unit` 万元 from the cell. Signed 本年增/减 as printed.',
          '* `published` is the date under the report\'s signature (not the mail\'s 发送时间, the page\'s 发布时间 or '
          'crawl_time). `agency` is the signature\'s full name.',
          '* `narrative.*`: only figures the prose states beside their keyword; `applications_received` = 本年新收; '
          '`lawsuits` = 直接起诉 + 复议后起诉 as the prose states it; 未收取 / 未实际收取信息处理费 is `fees_collected` 0; a '
          'section 四 without a number gives no key (柳塘), and 未被提起行政诉讼 gives none either (滃川).',
          '* `script` hans and `kind` annual_report for all five.', '',
          '## What was left out', '',
          '* A Google Docs "download as .txt", WPS / Kingsoft PDF-viewer copy and OCR text: these cannot be produced by a '
          'tool here and earlier sets already had a PDF-viewer copy (set 8) and three OCR forms; the set took tools '
          'that could be run instead.',
          '']
    return '\n'.join(L)
