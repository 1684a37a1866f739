"""manifest notes and README of set 12"""

NOTES = {
'qitong-county-2019': (
    "Real `unrtf --nopict --html` (UnRTF 0.21.10) of the county's .rtf, which LibreOffice 7.4.7.2 saved from its Word "
    "document (src/qitong-county-2019.html → `soffice --convert-to rtf` → src/qitong-county-2019.rtf; raw output "
    "src/qitong-county-2019.unrtf.html = the file). unrtf --html is the RTF filter of the Recoll desktop indexer; what "
    "it makes of a LibreOffice RTF is what Recoll's cache and previews hold. LibreOffice writes every CJK character as "
    "`\\uc2 \\uNNNNN\\'xx\\'yy` (the Unicode value plus a two-byte GBK fallback); unrtf ignores \\ucN, skips one "
    "fallback byte and prints the other as a Latin-1 entity, so EVERY ideograph is followed by a stray character: "
    "`&#26412;&frac34;&#25253;&uml;…` = '本¾报¨…'. The <title> is the GBK bytes read as Latin-1 (pure mojibake) and the "
    "title paragraph, in another font, carries stray IDEOGRAPHS: '栖桐堠县人厮民政颃府2019年政掰府信息公开工作年麝度报权告' "
    "(so the title does not name the agency; the intro, the body and the signature do, once the Latin-1 characters are "
    "dropped). The HTML is broken as unrtf makes it: the first paragraphs stand inside <head>, label cells are printed "
    "as bare text BEFORE an empty <td></td>, the values are <td>s wrapped in <center>…</center> that straddle <tr>; "
    "'本年增/减' is cut in two ('本年增' outside a cell, '/减' inside one). Dropping U+0080–U+00FF after unescaping gives "
    "clean labels and prose; the values are the <td>s in table order. 2019 template, 2019 report. Table 二: 规章 0/0/0, "
    "规范性文件 7/7/52, 本年增/减 -26, '+4' (→ 4), '+38' (→ 38), 0; 行政事业性收费 27 / -2; 政府集中采购 113 and "
    "'4127.85万元' (amount 4127.85, amount_unit 万元; 万元 too carries its Latin-1 debris). Narrative: 主动公开政府信息13652条 "
    "(10318条 a part), 推送2047条 (new_media_posts), 新闻发布会9场, 政策解读36篇, 新收83 / 上年结转3 / 办结83 / 结转3, "
    "行政复议4件, 行政诉讼3件 (2 direct + 1 after review), 县人大代表建议84件, 县政协提案117件. 复议纠正1件, 2个, 14个, "
    "32个, 100%, 0736-5821406 are not gold. published 2020-03-27 (signature)."),
'hengyan-eco-2024': (
    "Real Ghostscript 10.00.0 `gs -sDEVICE=txtwrite` of the bureau's PDF (src/hengyan-eco-2024.html → LibreOffice "
    "writer_pdf_Export → src/hengyan-eco-2024.pdf; raw output src/hengyan-eco-2024.gs.txt = the file) — the text "
    "extraction of pipelines that run Ghostscript (ps2txt). CRLF line ends, no form feeds, every line indented. The "
    "PDF's table 三 has narrow label columns, so every label wraps over two to five lines and the row's values stand on "
    "ONE of them (the first, the middle or the last); the group labels (（三）不予公开, （四）无法提供 …) are cut "
    "character by character into the item labels beside them ('（三4.保护第三', '）不方合法权益', '予公5.属于三类'); the "
    "header words run together ('商业企业机构公益机构', '结果结果其他尚未'). txtwrite puts a space between two words "
    "only when the gap is wide enough: in row 一 and row （七）总计 the 其他 and 总计 cells are GLUED: "
    "'1399 898 90 58 137 1142696' is 1399 / 898 / 90 / 58 / 137 / 114 / 2696, and '1386 895 90 58 135 1142678' is "
    "… / 135 / 114 / 2678. Read as tokens, '1142696' is one number; only the column count (7) and T3-ROW (the six "
    "columns add up to the total) or T3-COL split it — the layout that was lost decided it. The rest of the row lines "
    "have their 7 values apart. 2021 template, 2024 report; a city department (no 规章): 规章 0/0/0, 行政规范性文件 3/2/27, "
    "行政许可 1864, 行政处罚 927, 行政强制 63, 收费 0. Table 三 （六）2 = 15 (fee notices), stated in section 六 "
    "(发出收费通知15件 … 未收取信息处理费 → fees_collected 0). Narrative: 主动公开政府信息6218条 (2406, 1137, 927条 parts), "
    "发布信息1573条 (new_media_posts), 新闻发布会8场, 政策解读31篇, 新收2696 / 上年结转27 / 办结2678 / 结转45, 行政复议15件, "
    "行政诉讼12件 (9 + 3). published 2025-01-24."),
'jinxi-district-2022': (
    "Real .xlsx written by LibreOffice Calc 7.4.7.2 (src/jinxi-district-2022.html, the report as a web page, opened as "
    "a spreadsheet with the 'HTML (StarCalc)' filter and saved as Office Open XML: src/jinxi-district-2022.xlsx). The "
    "file is what a pipeline that unzips spreadsheet attachments keeps: xl/sharedStrings.xml, a line feed, then "
    "xl/worksheets/sheet1.xml (each with its own <?xml?> declaration). No text is in the sheet itself: a text cell is "
    "`<c r=\"A27\" s=\"3\" t=\"s\"><v>28</v></c>`, an index into the shared strings; the figures are numeric cells "
    "`<c r=\"I30\" s=\"4\" t=\"n\"><v>96</v></c>`; 12.63 is `<v>12.63</v>`. Shared strings that mix CJK and digits are "
    "split into rich-text runs by font (`<r><rPr>…DejaVu Sans…</rPr><t>琅浦市金溪区人民政府</t></r><r>…<t>2022</t></r>…`), "
    "so the title, the dates ('2023' '年' '3' '月' '17' '日') and every prose figure are cut across runs. Calc spread "
    "the page over 27 columns (A:AA) to keep the column widths: every table cell is a <mergeCell> of several sheet "
    "columns (293 merges), the empty covered cells are `<c r=\"H13\" s=\"3\"/>`, and the prose paragraphs are one "
    "cell each in column A merged to AA. Rows are read by their r= numbers, columns by their letters. 2021 template, "
    "2022 report; district government (no 规章): 规章 0/0/0, 行政规范性文件 6/3/41, 行政许可 9217, 行政处罚 1386, "
    "行政强制 74, 收费 12.63 (万元). Table 三 （六）2 = 1 (商业企业), stated in section 六 (收费通知1件 … 未收取信息处理费 → "
    "fees_collected 0). Narrative: 主动公开政府信息11473条, 新闻发布会12场, 政策解读58篇, 新收118 / 上年结转5 / 办结119 / "
    "结转4, 行政复议7件, 行政诉讼6件 (5 + 1), 区人大代表建议143件, 区政协提案176件. 20个, 3期, 68号, 531209 are not gold. "
    "published 2023-03-17."),
'qingyi-bdc-2023': (
    "Real pandoc 2.17.1.1 EPUB 3 (src/qingyi-bdc-2023.html → LibreOffice .docx, its section heads Word's 标题 1 → "
    "`pandoc -f docx -t epub3` → src/qingyi-bdc-2023.epub): the file is the spine's XHTML documents in reading order, "
    "concatenated as an e-book text extractor stores them — title_page.xhtml then ch001.xhtml … ch007.xhtml, each a "
    "full XHTML document (<?xml?> declaration, DOCTYPE, <head> with pandoc's <style>, <title>ch00N.xhtml</title>, "
    "<body epub:type=\"bodymatter\">). pandoc cut a chapter at each heading, so every section is its own document and "
    "tables 二, 三, 四 each stand in a different one; the report title appears five times (the <title> and h1 of the "
    "title page, then ch001's <section id=…>, <h1 class=\"unnumbered\"> and the document's own title paragraph); the section heads are "
    "`<h1 data-number=\"1\">一、总体情况</h1>` with `<section id=\"一总体情况\" class=\"level1\" data-number=\"1\">` (the "
    "ids lose their punctuation). pandoc kept the merges: rowspan/colspan on <td>, <colgroup> widths, rows "
    "class=\"odd\"/\"even\", no <th>. 2021 template, 2023 report; a public institution: 规章 and 行政规范性文件 all 0, "
    "行政许可 52836 (登记 decisions), 行政处罚 0, 行政强制 0, 行政事业性收费 486.27 (万元; the 不动产登记费, as section 六 "
    "says — not an 信息处理费). Table 三 （六）2 = 1 (自然人), section 六: 发出收费通知1件 … 未收取信息处理费 "
    "(fees_collected 0). Narrative: 主动公开政府信息1286条 (96条 a part), 推送信息734条 (new_media_posts), 政策解读14篇, "
    "新收42 / 上年结转2 / 办结43 / 结转1, 行政复议2件; 未发生行政诉讼 gives no lawsuits key. 3名 is not gold. "
    "published 2024-01-26."),
'shuangtang-township-2020': (
    "The township's article as the county portal's CMS API returns it (imitated; the encoding is exactly PHP's "
    "json_encode defaults): one line of JSON, every non-ASCII character a \\uXXXX escape (lower-case hex), every '/' "
    "escaped as '\\/' ('<\\/td>', 'http:\\/\\/…'), no spaces. {code, msg, data: {articleId, channelName, channelPath, "
    "title, shortTitle, indexNo, publisher, source, createTime, publishTime, updateTime, visitCount, url, content, "
    "attachments, prev, next}}. data.content is the report's HTML (a TRS_Editor div with a <style>, <strong> section "
    "heads, the tables with spans and inline styles) WITHOUT the title, which is only data.title; data.title and "
    "shortTitle use the short name 双塘乡人民政府 — the full name 澧北县双塘乡人民政府 is data.publisher and the "
    "signature (gold agency). data.prev is LAST year's report (title with 2019, publishTime 2020-01-17); createTime "
    "2021-01-21 and updateTime 2021-02-03 are not the publication date (publishTime 2021-01-22 = the signature's "
    "date). 2019 template, 2020 report; a 乡 with almost nothing to report: 规章 and 规范性文件 all 0, 行政许可 0/0/0, "
    "其他对外管理服务事项 12/0/386, 行政处罚 3/'+1'/17, 行政强制 0/0/0, 行政事业性收费 0/0, 政府集中采购 6 and '386000元' "
    "(amount 386000, amount_unit 元). Table 三: 6 new (5 自然人, 1 商业企业), none carried. Table 四 all 0 (section "
    "四: 未发生 … 行政复议和行政诉讼 — no reviews/lawsuits key). Narrative: 主动公开政府信息327条, 发布信息118条 "
    "(new_media_posts), 新收6 / 上年结转0 / 办结6, 无结转下年度 (carried_forward 0). 52期, 1名 are not gold. "
    "published 2021-01-22."),
'national-glacier-2025': (
    "Real groff 1.22.4 rendering of pandoc's man page: src/national-glacier-2025.html → LibreOffice .docx → "
    "`pandoc -f docx -t man -s` (title, section 7, date = the published date; src/national-glacier-2025.7, every CJK "
    "character a \\[uXXXX] escape, tables as tbl T{ … T} blocks) → `groff -t -man -Tutf8 -P-cbou` (raw output "
    "src/national-glacier-2025.groff.txt = the file): what `man -l` prints. Every paragraph is one line indented 7 "
    "spaces (no fill, CJK has no break points); the tables are tbl text: columns padded with spaces, the rows of "
    "table 三 up to 475 display columns wide with the values far to the right of the labels, a merged label only on the first "
    "row of its group, the spanned 申请人情况 / 法人或其他组织 headers set over the columns they cover. The man page's "
    "header and footer lines are too long for the page, so groff overprints them: the header interleaves the title "
    "with itself ('国家冰川冻土监测局2025年政府国信家息冰公川开冻工土作监年测度局报2025年)政府信息公开工作年度报告(7)' with "
    "backspaces), the footer overstrikes the date 2026-01-29 with the title ('国家冰川^H2冻^H2土^H-监^H1测^H2局2025年…'). "
    "2021 template, 2025 report; a national bureau (may make 部门规章): 规章 1/0/7, 行政规范性文件 3/2/29, 行政许可 412, "
    "行政处罚 6, 行政强制 0, 收费 0. Narrative: 主动公开政府信息2196条, 新闻发布会4场, 政策解读17篇, 新收45 / 上年结转2 / "
    "办结45 / 结转2, 行政复议3件, 行政诉讼2件 (2 direct), 全国人大代表建议23件, 全国政协提案19件, 未收取信息处理费 "
    "(fees_collected 0). 4期 (公报), 2期 are not gold. published 2026-01-29 (signature)."),
'minlan-province-2021': (
    "Real pandoc 2.17.1.1 `-t dokuwiki` of the province's .docx (src/minlan-province-2021.html → LibreOffice .docx, "
    "section heads as 标题 1; raw output src/minlan-province-2021.dokuwiki.txt = the file) — the page of a DokuWiki "
    "knowledge base the report was imported into. Section heads are '====== 一、总体情况 ======'; the title is a plain "
    "paragraph; the tables have no header row ('|' cells only, padded with spaces to the width of the widest cell, "
    "which misaligns the CJK columns); DokuWiki's ':::' for rowspans and '||' for colspans are NOT used: every cell "
    "a merge covers is an EMPTY cell, so table 三's rows inside 三、本年度办理结果 begin with one or two empty cells, "
    "the 2021 single values of (五)(六)(八) are followed by two empty cells, and table 四's first header cell is "
    "followed by four. LABEL VARIANTS (report-format.md §6): table 二 row '规范性文件' under the 2021 columns "
    "(normative_documents), table 三 column header '合计' for 总计 and row '（七）合计' (processed), '只记这一情形，不记"
    "其他情形', '3.危及\"三安全一稳定\"' with straight quotes, '1.信访投诉举报类申请' (petition). 2021 template, 2021 "
    "report; provincial government: 规章 9/4/186, 规范性文件 27/15/342, 行政许可 1873, 行政处罚 0, 行政强制 0, 收费 0. "
    "Table 三 （六）2 = 2, stated in section 六 (收费通知2件 … 未收取信息处理费 → fees_collected 0). Narrative: 主动公开"
    "政府信息28436条 (312件 a part), 新闻发布会64场 (出席11场 a part), 政策解读215篇, 新收496 / 上年结转22 / 办结490 / "
    "结转28, 行政复议24件, 行政诉讼18件 (12 + 6), 省人大代表建议486件, 省政协提案617件. 2期 is not gold. "
    "published 2022-03-25."),
'fengling-city-2020': (
    "Real poppler 22.12.0 `pdftotext -bbox-layout` of the city's PDF (src/fengling-city-2020.html → LibreOffice "
    "writer_pdf_Export → src/fengling-city-2020.pdf; raw output src/fengling-city-2020.bbox.html = the file): XHTML "
    "with <doc><page><flow><block><line><word xMin yMin xMax yMax> — 4 pages. The <head> has the PDF's metadata "
    "(<title> = the report's title, Producer LibreOffice 7.4, CreationDate 2026-11-23T16:20:00Z: the date the PDF was "
    "made, NOT the publication date). Each table cell is its own <flow> and <block> (268 blocks), so a table row is a set of blocks that share "
    "a baseline; the cells come in the order poppler's flow analysis chose, and labels wrapped in narrow cells are "
    "several <line>s. Words are split at script changes ('沣陵市人民政府' '2020' '年政府信息…'). 2019 template, 2020 "
    "report; prefecture-level city (may make 规章): 规章 2/2/61, 规范性文件 14/14/197, 行政许可 1265/-83/38412, 其他对外"
    "管理服务事项 246/'+12'/15873, 行政处罚 1837/-54/6249, 行政强制 128/'+7'/903, 行政事业性收费 46/-5, 政府集中采购 286 "
    "and 15827.6 under the header '采购总金额（万元）' (a label variant: the unit in the header, amount_unit 万元). "
    "Narrative: 主动公开政府信息31784条 (2613条 a part), 新闻发布会21场, 政策解读96篇, 新收214 / 上年结转11 / 办结217 / "
    "结转8, 行政复议11件, 行政诉讼10件 (7 + 3), 市人大代表建议275件, 市政协提案338件. 41个, 2次, 4期 are not gold. "
    "published 2021-03-30."),
}

TRAITS = {
    'unrtf-html-of-rtf': "real unrtf --html (Recoll's RTF filter) of a LibreOffice RTF: a Latin-1 stray after every ideograph, a mojibake <title>, stray ideographs in the title line, labels outside the <td>s, <center> around cells",
    'ghostscript-txtwrite-of-pdf': "real Ghostscript txtwrite: CRLF, labels wrapped over several lines with the values on one of them, group labels cut into the item labels, two rows with the 其他 and 总计 cells glued ('1142696')",
    'xlsx-sharedstrings-sheet-xml': "real LibreOffice Calc .xlsx parts: sharedStrings.xml + sheet1.xml, text as string indexes, figures as numeric cells, rich-text runs cutting dates, 293 merged ranges over 27 columns",
    'pandoc-epub3-spine-xhtml': "real pandoc EPUB 3 spine: eight XHTML documents one after another, a chapter per section, the title five times, rowspan/colspan kept, class odd/even",
    'php-json-encode-cms-api': "CMS API JSON as PHP json_encode writes it: every CJK character \\uXXXX, '\\/' for '/', the report's HTML in data.content without its title, last year's report in data.prev",
    'groff-tbl-of-pandoc-man': "real pandoc man page rendered by groff/tbl: paragraphs one line each, tables up to 475 columns wide, the header and footer overprinted with backspaces",
    'pandoc-dokuwiki': "real pandoc DokuWiki: '======' heads, pipe tables without header or span marks (covered cells empty), label variants 规范性文件 / 合计 / 只记 / 信访投诉举报类 / straight quotes",
    'pdftotext-bbox-layout': "real poppler -bbox-layout XHTML: page/flow/block/line/word boxes, a block per cell, PDF CreationDate years after the report, header 采购总金额（万元）",
}


def notes_for(rep):
    return NOTES[rep['id']]


def readme(man, total):
    L = ['# Held-out set 12 (tables): eight invented reports in eight more forms real reports arrive in\n']
    L.append('Eight **invented** 政府信息公开工作年度报告 (fictional agencies, places, figures) carrying the national tables '
             '二, 三 and 四: three on the 2019 template (a 2019 and two 2020 reports) and five on the 2021 template (2021, '
             '2022, 2023, 2024, 2025 reports), each a full report (title, sections 一…六, tables, signature and date) in '
             'a form that sets 1–11 did not use. Levels: a national bureau, a provincial government, a prefecture-level '
             'city government, a county government, a district government, a township (乡), a city department (生态环境局) '
             'and a public institution (不动产登记中心).\n')
    L.append('    python3 make.py        # stdlib only; rewrites the 8 files, manifest.json and this README byte for byte\n')
    L.append('`core.py` (figures, identities, the official layouts with rowspan/colspan; taken over from set 11), '
             '`reports.py` (figures, printed cells, label variants, prose; asserts the identities and that every '
             'narrative figure is stated beside its keyword), `render.py` (the eight forms), `notes.py` (manifest notes '
             'and this README), `make.py` (gold, checks, manifest). Table 三 is drawn by a seeded `random.Random`.\n')
    L.append('Seven files are the REAL output of tools (Debian 12 packages) run on a document `make.py` writes: '
             'LibreOffice 7.4.7.2 (`soffice --headless --convert-to rtf`, `pdf:writer_pdf_Export`, `docx`, and Calc\'s '
             '`--infilter="HTML (StarCalc)" --convert-to xlsx`; libreoffice-calc-nogui was installed for this set), '
             'UnRTF 0.21.10 `unrtf --nopict --html`, Ghostscript 10.00.0 `gs -sDEVICE=txtwrite`, pandoc 2.17.1.1 '
             '(`-f docx -t epub3`, `-t man -s`, `-t dokuwiki`), groff 1.22.4 `groff -t -man -Tutf8 -P-cbou`, poppler '
             '22.12.0 `pdftotext -bbox-layout`. Their inputs (`src/*.html`, with `*.html.sha256`), intermediate files '
             '(`*.rtf`, `*.pdf`, `*.docx`, `*.xlsx`, `*.epub`, `*.7`) and raw outputs (`*.unrtf.html`, `*.gs.txt`, '
             '`*.groff.txt`, `*.dokuwiki.txt`, `*.bbox.html`) are kept in `src/`; make.py runs a tool again only when '
             'the sha256 of its input changes, so no tool is needed to rebuild the set. The .xlsx and .epub files are '
             'unzipped by make.py (stdlib zipfile). The eighth form (a CMS API\'s JSON) is written by `render.py` with '
             'exactly PHP json_encode\'s default escaping.\n')
    L.append('`make.py` asserts for every report: T3-ROW on all 23/25 rows, T3-SUM and T3-COL per column, T4 总计 of the '
             'three blocks, DOM-1/2/3, T2-19 and T2-AUTH (规章 only for the national bureau, the province and the '
             'city government), FEE-21 (（六）2 > 0 ⇒ section 六 speaks of the 收费通知), that each narrative figure '
             'restates the tables (new / completed / carried forward, reviews, lawsuits) and is written beside its '
             'keyword; after the form\'s own decoding (unrtf: tags, entities, then U+0080–U+00FF dropped; xlsx: shared '
             'strings resolved into the sheet\'s rows; EPUB/JSON: the HTML\'s tags; bbox: words grouped by baseline) '
             'that the agency, the published date and every non-null gold figure are in the file; and per form that '
             'the cells stand where the gold says: unrtf — each row\'s cell texts in order and the <td> values equal '
             'the tables\' values in order; txtwrite — each row\'s values on one line in order (allowing glued cells; '
             'at least two rows are glued); xlsx — every table row is a sheet row with exactly its cell texts; EPUB and '
             'JSON — the <tr>/<td> rows equal the table model (spans kept); groff — every labelled row\'s line carries '
             'exactly its values after its label; DokuWiki — every pipe row\'s non-empty cells equal the model row; '
             'bbox — every row\'s values are one baseline, rows in order.\n')
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

* **`unrtf --html`**: government sites still publish `.rtf` attachments (WPS and old 公文 systems save RTF), and
  Recoll — the common desktop/intranet search engine on Linux — indexes RTF through `unrtf --html`; its handling of
  `\\ucN` fallbacks is what every LibreOffice or Word RTF with CJK text turns into.
* **Ghostscript txtwrite**: `gs -sDEVICE=txtwrite` (ps2txt) is the text extractor of pipelines that already run
  Ghostscript to repair or rasterise PDFs; it lays text out by position but joins words whose gap is narrower than a
  space, which glues the values of narrow table columns.
* **.xlsx parts**: statistics tables are often published as Excel attachments, and offices save a web page as a
  workbook; pipelines that read OOXML without an office suite unzip it and keep the sheet and shared-strings parts
  (set 9 had `xlsx2csv`, set 5 an openpyxl dump; never the XML itself).
* **EPUB spine**: 年报 collections and 政府公报 are also issued as e-books, and pandoc is the usual docx→EPUB
  converter; e-book text extractors concatenate the spine's documents.
* **PHP json_encode**: the APIs behind county portals' mobile pages and 集约化 platforms are PHP or PHP-compatible;
  `json_encode` escapes every non-ASCII character and every slash unless told otherwise (earlier JSON forms had the
  text readable).
* **groff/tbl**: pandoc→man→`man -l` is how some command-line pipelines render documents for a terminal or a text
  archive; tbl lays tables out column by column and man's header/footer overprint when the title is long.
* **DokuWiki**: internal knowledge bases of government offices and research institutes are often DokuWiki, and
  reports are imported with pandoc, whose DokuWiki writer drops spans.
* **`pdftotext -bbox-layout`**: poppler's block/line/word XHTML is the input of many PDF table-extraction tools;
  set 11 had the flat word TSV, not the block structure.

## Gold conventions and decisions

* Same shape as the earlier sets: `{file, form, era, agency, level, year, gold, notes}`; `gold` is a flat map of dotted
  `gdr_parse` paths (schema.md); `era` = the template. No cell is blank or a dash: no gold is null; `balance_ok` is
  true for all eight.
* Covered cells (empty `<td>`s of unrtf, empty DokuWiki cells, `<c r=… s=…/>` cells and merged ranges of the sheet,
  blank tbl columns) are nothing: a merged value is ONE value.
* Glued cells (the txtwrite table 三) are the values the PDF shows: '1142696' is 114 (其他) and 2696 (总计).
* Money: `active.fees.amount` in 万元 (2021 header); 2019 `active.procurement.amount` with `amount_unit` from the cell
  (`4127.85万元`, `386000元`) or from the header (`采购总金额（万元）` | `15827.6`). Signed 本年增/减 as printed (`+4` → 4).
* `published` is the date under the signature (= the API's publishTime; not its createTime/updateTime, not a PDF's
  CreationDate, not groff's mangled footer date).
* `agency`: the full name of the signature (the JSON's title uses the short 双塘乡人民政府; the unrtf title line is
  garbled).
* Label variants (岷澜省 and 沣陵市) are gold under the template's keys: 规范性文件 → normative_documents, （七）合计 →
  processed, 合计 column → total, 信访投诉举报类申请 → not_processed.petition.
* `narrative.*`: only figures the prose states with a number beside its keyword; `applications_received` = 本年新收;
  parts of a total (其中…), training counts, phone numbers and chrome are not gold. 未收取信息处理费 is `fees_collected` 0;
  无结转 is `applications_carried_forward` 0; a section 四 without a number gives no `reviews`/`lawsuits` key.
* `script` hans and `kind` annual_report for all eight.
''')
    return '\n'.join(L)
