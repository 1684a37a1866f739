"""Manifest notes and README.md of set 16 (written here so make.py rewrites them byte for byte)."""
import reports

R = {r['id']: r for r in reports.REPORTS}


def bal(i):
    t = R[i]['t3']
    return '%d + %d = %d + %d' % tuple(t[(k, 'total')] for k in ('new', 'carried_over', 'processed', 'carried_forward'))


def narr(i):
    return ', '.join('%s %s' % (k, v) for k, v in sorted(R[i]['narr'].items()))


NOTES = {
    'qiyang-wsjkj-2019': (
        "REAL output of python3-requests 2.28.1 (Debian 12, run with /usr/bin/python3): the county portal's article page "
        "is GBK bytes with CRLF and <meta charset=gb2312> (src/qiyang-wsjkj-2019.page.html), served by Python's "
        "http.server as `Content-Type: text/html` with NO charset; requests then takes ISO-8859-1 (RFC 2616 default for "
        "text/*; src/qiyang-wsjkj-2019.requests.log: encoding=ISO-8859-1 apparent=GB2312) and the crawler stored "
        "`r.text` as it was: every Chinese character is two Latin-1 characters (政府 → Õþ¸®, 万元 → ÍòÔª, — → ¡ª, U+3000 "
        "→ ¡¡; all GB2312 characters, so no C1 control appears); ASCII (digits, tags, dates) is intact. The file is that str as UTF-8 (what a "
        "loader puts in a PostgreSQL text column); a reader must undo it (encode Latin-1, decode GBK, as make.py does). "
        "Traps: NFKC of the mojibake makes digits of ² ³ ¹ and fractions of ¼ ½ ¾ (not figures); page chrome (索引号 "
        "43112700-3/2020-0041, 成文日期, 点击数 173, ICP number). 2019 template, 2019 report; a county 卫生健康局 (规章 "
        "0 0 0). Table 二: 规范性文件 2 / 2 / 14, 行政许可 23 / 4 / 1864, 其他对外管理服务事项 6 / 0 / 212, 行政处罚 31 / -2 / "
        "96 (signed), 行政强制 4 / 0 / 3, 行政事业性收费 3 / -1, 采购 17 items `486.3万元` (unit in the cell). Table 三 "
        "balances (" + bal('qiyang-wsjkj-2019') + "). Table 四: 复议 2 (1/0/1/0), 直接起诉 1 (0/0/0/1); the 复议后起诉 "
        "block is printed — in all five cells: NULL gold (5 keys). Prose 行政复议2件, 行政诉讼1件. Narrative: "
        + narr('qiyang-wsjkj-2019') + ". Not gold: 规范性文件2件 in section 一 (restates table 二)."),
    'national-cyfh-2023': (
        "REAL output of pandoc 2.17.1.1 `pandoc -f html -t tei -s` (TEI P5, the Text Encoding Initiative's XML: what "
        "archives and research corpora keep documents in) of the bureau's page (src/national-cyfh-2023.html; raw output "
        "src/national-cyfh-2023.tei.xml = the file). The teiHeader carries only the <title> (pandoc's 'Produced by "
        "pandoc.' source note, no date, no publisher); sections are <div type=\"level1\"> with <head>; tables are "
        "<table><row><cell><p>: pandoc's TEI writer DROPS every rowspan/colspan and pads the grid with empty <cell/>s, "
        "so every row of table 三 has 10 cells, the note / 申请人情况 / 法人或其他组织 header cells stand over empty ones, "
        "三、本年度办理结果 is only in the （一）予以公开 row and each group label (（三）不予公开 …) only in its first row; "
        "table 二's one-value rows (行政许可 412) are padded with two empty cells, table 四 is three rows of 15 cells "
        "(行政复议 over 4 empty cells, 行政诉讼 over 9). No header row is marked (no role=\"label\"). 2021 template, "
        "2023 report; a national bureau that makes 规章 (1 / 0 / 12), 行政规范性文件 3 / 1 / 27, 行政许可 412, 行政处罚 "
        "36, 行政强制 0, fees 0 (万元). Table 三 balances (" + bal('national-cyfh-2023') + "); （六）2 = 0; section 六 "
        "says 本年度未收取信息处理费 (fees_collected 0). Table 四: 复议 5 (3/0/1/1), 直接起诉 2 (1/1/0/0), 复议后起诉 1 "
        "(0/0/1/0). Narrative: " + narr('national-cyfh-2023') + ". Not gold: 火险预警信息418期, 培训2期/180人次."),
    'kechuan-slt-2022': (
        "REAL output of pandoc 2.17.1.1 `pandoc -f docx -t json` (pandoc's JSON AST, api 1.22.2.1; the form a "
        "document-ingestion pipeline keeps when it runs pandoc filters) of the department's .docx (LibreOffice 7.4.7.2 "
        "--convert-to docx of src/kechuan-slt-2022.html; both in src/; raw output src/kechuan-slt-2022.pandoc.json = the "
        "file). One line of JSON: text is in {\"t\":\"Str\",\"c\":…} inlines, paragraphs are Para, table cells are "
        "[attr, align, rowspan, colspan, [Plain…]] with the spans KEPT as integers (the note cell 3×3, 申请人情况 1×7, "
        "三、本年度办理结果 22×1), every table row in the body (no header rows: Word marks none), and ColWidth fractions "
        "such as 0.30899647197177577 and 6.9671729544341e-2 beside the figures (not figures). The department's table 三 "
        "prints 社会公益组织 BEFORE 科研机构 (header: 自然人 | 商业企业 社会公益组织 科研机构 法律服务机构 其他 | 总计), so "
        "every row reads person, business, nonprofit, research, legal, other, total (e.g. 一、本年新收 120 17 5 2 6 5 155: "
        "nonprofit 5, research 2); gold is by header. 2021 template, 2022 report; a provincial department (规章 0 0 0; "
        "行政规范性文件 5 / 2 / 38; 行政许可 1746, 行政处罚 89, 行政强制 7; fees 12.35 万元). Table 三 balances ("
        + bal('kechuan-slt-2022') + "); （六）2 = 0; 本年度未收取信息处理费 (fees_collected 0). Table 四: 复议 7 (4/1/0/2), "
        "直接起诉 3 (2/0/1/0), 复议后起诉 2 (1/0/0/1). Narrative: " + narr('kechuan-slt-2022') + "."),
    'hengyang-city-2025': (
        "REAL output of `html2` from Debian's xml2 0.5 package (`html2 < page.html`) run on the city portal's article "
        "page (src/hengyang-city-2025.page.html; raw output src/hengyang-city-2025.html2.txt = the file). html2 flattens "
        "the DOM into one line per text node or attribute: `/html/body/div/div/table/tr/td/span=2`, "
        "`/html/body/div/div/table/tr/td/@rowspan=22`, `/html/body/div/div/table/tr= ` for the whitespace between cells; "
        "rows are only told apart by the `tr= ` lines, attribute lines carry numbers that are not figures (@rowspan=8, "
        "@colspan=5, @width=100%, font-size:10.5pt), the 部分公开 label is two td lines around `td/br`, and the page "
        "chrome is there (索引号 11360800MB0H72415K/2026-00018, 点击数 1942, ICP number, 网站标识码). 2021 template, 2025 "
        "report; a city government that makes 规章 (2 / 1 / 46); 行政规范性文件 9 / 4 / 87; 行政许可 24618, 行政处罚 5873, "
        "行政强制 346; fees 218.47 万元. Table 三 balances (" + bal('hengyang-city-2025') + "); （六）2 = 8, so section 六 "
        "speaks of the 收费通知 and says 未实际收取信息处理费 (fees_collected 0). Table 四: 复议 23 (14/3/2/4), 直接起诉 11 "
        "(6/1/1/3), 复议后起诉 4 (2/1/0/1); prose 行政复议23件, 行政诉讼15件. Narrative: " + narr('hengyang-city-2025')
        + ". Not gold: 培训3期/420人次, the 规范性文件 figures restated in section 一."),
    'lixi-xiang-2020': (
        "REAL output of LibreOffice 7.4.7.2's Writer HTML export (`--convert-to html:\"HTML (StarWriter)\"`) of the "
        "township's Word 97 .doc (itself LibreOffice `doc:MS Word 97` of src/lixi-xiang-2020.src.html; .doc and raw "
        "output src/lixi-xiang-2020.lo.html = the file): the HTML a Java CMS's online preview (jodconverter / "
        "kkFileView style, LibreOffice behind it) serves for an uploaded .doc. Markup: <p class=\"western\">, every "
        "CJK run in <span lang=\"zh-CN\"> and every ASCII run (2020, 386, 5) outside it, a tab-indented cell body "
        "(`<td …><p class=\"western\" align=\"center\">\\n\\t\\t\\t0</p>`), <col width=\"79*\"/>, width=\"23%\", a "
        "<style> block, generator meta and created/changed 00:00:00. 2019 template, 2020 report; a 乡 government. "
        "NULL gold (5 keys): the 规章 row is printed `/ / /` and the 行政事业性收费 row is left BLANK (the township levies "
        "no fees); every other zero is 0. Table 二: 其他对外管理服务事项 9 / 1 / 173, 采购 2 items with amount 18.6 "
        "under the header 采购总金额（万元） (amount_unit 万元 from the header). Table 三 balances ("
        + bal('lixi-xiang-2020') + "); table 四 all 0. Section 四 has no figure (未发生…: no reviews/lawsuits keys), "
        "section 六 is 无。 (no fees key). Narrative: " + narr('lixi-xiang-2020') + " (结转下年度继续办理0件). Not gold: "
        "村务公开栏36期, 1名."),
}

WHY = [
    ('python-requests Latin-1 mojibake', "requests falls back to ISO-8859-1 for any text/* response without a charset "
     "parameter, and many county portals (IIS/old TRS servers) send `text/html` bare while the page is GB2312; crawlers "
     "that store `r.text` without checking `apparent_encoding` fill their tables with exactly this text (乱码 pages are "
     "a well-known part of scraped Chinese government corpora)."),
    ('pandoc TEI', "TEI P5 is the XML that archives, digital-library and corpus projects keep documents in; pandoc is "
     "the usual converter, and its TEI writer loses the merged cells of every table."),
    ('pandoc JSON AST', "pipelines that convert uploaded .docx with pandoc (filters, RAG ingestion) keep the AST; "
     "departments often reorder table 三's 法人 columns in their own Word template."),
    ('xml2 html2', "html2/xml2 are the shell scraper's way to grep a page (`html2 < page | grep td=`); the raw "
     "line form is what such a pipeline stores before it filters."),
    ('LibreOffice Writer HTML', "Chinese CMSs (jodconverter, kkFileView) show an uploaded .doc as the HTML "
     "LibreOffice exports; townships upload the Word file, and the preview page is what gets crawled."),
]


def readme(man):
    nk = sum(len(m['gold']) for m in man)
    nn = sum(1 for m in man for v in m['gold'].values() if v is None)
    L = ['# Held-out set 16 (tables): five invented reports in forms no earlier set had', '',
         'Five **invented** 政府信息公开工作年度报告 (fictional agencies, places and figures) carrying the national tables '
         '二, 三 and 四: two on the 2019 template (a 2019 and a 2020 report) and three on the 2021 template (2022, 2023, '
         '2025 reports), each a full report (title, sections 一…六, tables, signature and date) with prose figures '
         'restating table values beside their keywords. Levels: a national bureau, a provincial department, a city '
         'government, a county department and a township (乡) government.', '',
         '    python3 make.py        # stdlib only; rewrites the 5 files, manifest.json and this README byte for byte', '',
         '`core.py` (figures, identities, the official layouts; set 15\'s unchanged), `reports.py` (figures, printed '
         'cells, prose; base() from set 15), `render.py` (the five forms and the documents the tools run on; the shared '
         'part from set 15), `notes.py` (manifest notes and this README), `make.py` (gold, checks, manifest). Table 三 '
         'is drawn by a seeded `random.Random`.', '',
         'All five files are the REAL output of Debian 12 tools: python3-requests 2.28.1 (with Python\'s http.server '
         'serving the page), pandoc 2.17.1.1 (`-t tei`, `-t json`), LibreOffice 7.4.7.2 (`--convert-to docx`, '
         '`doc:MS Word 97`, `html:HTML (StarWriter)`), xml2 0.5 `html2`. Inputs (`src/*.html`, `src/*.page.html`, '
         '`src/*.src.html` with `*.sha256`), intermediates (`*.docx`, `*.doc`) and raw outputs (`*.requests.txt` with '
         'its log, `*.tei.xml`, `*.pandoc.json`, `*.html2.txt`, `*.lo.html`) are kept in `src/`; make.py runs a tool '
         'again only when the sha256 of its input changes, so no tool is needed to rebuild the set (delete a `.sha256` '
         'to run its tools again).', '',
         'Every file is UTF-8 text, what a loader puts in a PostgreSQL text column. The only legacy charset is the '
         'county page\'s GBK: it reached the store already decoded (wrongly, as ISO-8859-1, by requests), so the file '
         'is that mojibake text, not GBK bytes.', '',
         '`make.py` asserts for every report: T3-ROW on all 23/25 rows, T3-SUM and T3-COL per column, T4 总计 of the '
         'three blocks, DOM-1/2/3, T2-19 and T2-AUTH (规章 only for the national bureau and the city), FEE-21 ((六)2 > 0 '
         '⇒ section 六 speaks of the 收费通知), that every null gold cell is 0 in the figures, that each narrative figure '
         'restates the tables and is written beside its keyword; then, after the form\'s own decoding (Latin-1 → GBK '
         'and tags for the mojibake page; tags for TEI and the LibreOffice HTML; Str/Space inlines for the JSON AST; '
         'the value after `=` of every non-attribute line for html2; NFKC; units 件/项/条/万元/元 and a + sign taken '
         'off a number), that the agency and the signature date are in the file (whitespace removed), that every '
         'non-null gold figure is a number token of the decoded text AND of the raw file, and that every table row\'s '
         'printed values stand as a contiguous run of tokens, rows in table order (blank and `/` `—` cells skipped); '
         'plus a mark of each form (CRLF, gb2312 meta and 政府 as Õþ¸®; the TEI namespace; one JSON line of api 1.22; '
         'every line a /html path; the LibreOffice generator and zh-CN spans).', '',
         '## Files', '',
         '| file | form | template | year | level | agency | gold keys | null |',
         '| --- | --- | --- | --- | --- | --- | --- | --- |']
    for m in man:
        L.append('| `%s` | %s | %s | %d | %s | %s | %d | %d |' % (
            m['file'], m['form'], m['era'], m['year'], m['level'], m['agency'], len(m['gold']),
            sum(1 for v in m['gold'].values() if v is None)))
    L += ['', 'Total gold keys: %d, of which %d null.' % (nk, nn), '',
          '## Forms and traps (every detail in manifest.json `notes`)', '',
          '* **requests-latin1-mojibake** (`qiyang-wsjkj-2019.txt`): a GBK page stored as the ISO-8859-1 reading of its '
          'bytes (政府 → Õþ¸®), CRLF, ² ³ ¹ ¼ ½ ¾ that NFKC would make digits; the 复议后起诉 block printed — (5 '
          'null); signed 本年增/减 (-2, -1); `486.3万元` in a cell.',
          '* **pandoc-tei-simple** (`national-cyfh-2023.xml`): TEI <row>/<cell> with every span dropped and the grid '
          'padded with empty cells; group labels only in their first row; no header row marked.',
          '* **pandoc-json-ast-of-docx** (`kechuan-slt-2022.json`): one JSON line, text in Str inlines, spans as '
          'integers, ColWidth floats beside the figures; table 三 with 社会公益组织 before 科研机构.',
          '* **xml2-html2-path-lines** (`hengyang-city-2025.txt`): a line per text node or attribute under its DOM path; '
          'attribute numbers (@rowspan=22) among the cells; rows told apart only by `tr= ` lines; page chrome.',
          '* **libreoffice-writer-html-of-doc** (`lixi-xiang-2020.html`): LibreOffice\'s HTML of a .doc, zh-CN spans '
          'around CJK runs and bare digits, cell values on their own tab-indented line; `/ / /` 规章 row and a blank '
          'fees row (5 null); 采购总金额（万元） unit in the header.', '',
          '## Why each form is realistic', '']
    for k, w in WHY:
        L.append('* **%s**: %s' % (k, w))
    L += ['', '## Gold conventions and decisions', '',
          '* Same shape as set 15: `{file, form, era, template, agency, level, year, gold, notes}` (`template` repeats '
          '`era`); `gold` is a flat map of dotted `gdr_parse` paths (schema.md). `balance_ok` is true for all five.',
          '* Blank, `/` and `—` cells are null, not 0 (10 keys). No figure was destroyed by a form: the mojibake keeps '
          'ASCII, pandoc\'s TEI drops spans but no cell text.',
          '* Table 三 columns are gold by their header, not by position (岢川: 社会公益组织 before 科研机构).',
          '* Money: 2021 `active.fees.amount` in 万元 (0, 12.35, 218.47); 2019 `active.procurement.amount` with '
          '`amount_unit` 万元 (from the cell for 萁阳, from the header for 蓠溪). Signed 本年增/减 as printed.',
          '* `published` is the date under the report\'s signature (not the page\'s 发布时间 / 成文日期, which here agree). '
          '`agency` is the signature\'s full name (蓠溪: 薮川县蓠溪乡人民政府; the title says 蓠溪乡人民政府).',
          '* `narrative.*`: only figures the prose states beside their keyword; `applications_received` = 本年新收; '
          '`lawsuits` = 直接起诉 + 复议后起诉 as the prose states it; 未收取 / 未实际收取信息处理费 is `fees_collected` 0; a '
          'section 四 without a number gives no key (蓠溪); 结转下年度继续办理0件 is `applications_carried_forward` 0.',
          '* `script` hans and `kind` annual_report for all five.', '',
          '## What was left out', '',
          '* catdoc\'s `xls2csv` of an .xls workbook: tried (catdoc 0.95, LibreOffice\'s BIFF8) and it garbles the '
          'Chinese shared strings (a title cut into `_å]\\Ot^`, a heading into `N㬰占`, `/` and text cells lost), so '
          'it would destroy the agency, the date and the labels; not used.',
          '* e-mail, MHTML, DocBook and the browser dumps the brief names: earlier sets have them (6, 8, 9, 10, 11, '
          '13, 15).',
          '']
    return '\n'.join(L)
