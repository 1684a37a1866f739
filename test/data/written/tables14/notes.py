"""manifest notes and README of set 14"""
from reports import T

LO = 'LibreOffice 7.4.7.2'


def _apps(rep, t3=None):
    t3 = t3 or rep['t3']
    return '新收 %d / 上年结转 %d / 办结 %d / 结转 %d' % (T(t3, 'new'), T(t3, 'carried_over'), T(t3, 'processed'),
                                                 T(t3, 'carried_forward'))


def _t4(rep):
    t4 = rep['t4']
    return '复议 %d, 直接起诉 %d, 复议后起诉 %d' % (t4[('review', 'total')], t4[('suit_direct', 'total')],
                                          t4[('suit_after_review', 'total')])


def notes_for(rep):
    i = rep['id']
    a = _apps(rep)
    t4 = _t4(rep)
    if i == 'desert-bureau-2022':
        return (
            "The bureau's site publishes the report as a PDF attachment shown in an embedded pdf.js viewer; the file is "
            "the DOM of that page as a headless browser leaves it (REAL Chromium 156 `--dump-dom` of a page that runs "
            "Debian's pdf.js 2.14.305 (libjs-pdf): `page.render` into a <canvas> and `pdfjsLib.renderTextLayer` into a "
            "<div class=\"textLayer\"> per page; the PDF is " + LO + "'s export of the bureau's Word document, "
            "src/desert-bureau-2022.html → .docx → .pdf; the page before the script ran is src/desert-bureau-2022.page.html, "
            "raw output src/desert-bureau-2022.dom.html = the file). NO <table>: every text run of the PDF is an absolutely "
            "positioned <span role=\"presentation\" dir=\"ltr\" style=\"left: …px; top: …px; font-size: 20px; "
            "font-family: …; transform: scaleX(…)\">, the spaces between runs are spans of their own, "
            "<br role=\"presentation\"> ends a line of the content stream. Cells come row by row, but a wrapped label is "
            "several spans on several lines ('一、本年新收政府信息' / '公开申请数量' then the seven values), the rotated-looking "
            "vertical labels come in pieces ('三、本' / '年度办' / '理结果', '（三' / '）不' / '予公' / '开'), header cells come "
            "one short line each (科研 / 机构, 社会 / 公益 / 组织), table 四's header comes in many short pieces before its "
            "one line of 15 values, and the prose breaks words into runs ('全国人' '大代表' '建议' '24' '件'). The page chrome (nav, "
            "发布日期：2023-01-31, the attachment link, the footer with 18号 and 100013, the script) is around the text "
            "layer. 2021 template, 2022 report; a national bureau (规章 allowed): 规章 1/0/9, 行政规范性文件 3/2/27, 行政许可 "
            "'12,486' (12486), 行政处罚 '1,027' (1027), 行政强制 0, 收费 0. Narrative: 主动公开政府信息2863条 (36期 a "
            "part), 新闻发布会4场, 政策解读17篇, %s, 行政复议4件, 行政诉讼3件 (%s), 全国人大代表建议24件, 全国政协提案19件, "
            "未收取信息处理费 (fees_collected 0). 58个, 2期, 185人次 are not gold. published 2023-01-31 (signature; the "
            "page's PubDate agrees)." % (a, t4))
    if i == 'miyang-county-2020':
        return (
            "REAL poppler 22.12.0 `pdftotext -layout` of the county's PDF (" + LO + " writer_pdf_Export of a flat ODT "
            "written here, src/miyang-county-2020.fodt → src/miyang-county-2020.pdf; raw output = the file; form feeds "
            "kept). The report is A4 portrait, but table 三 sits on LANDSCAPE pages (a page-style switch) and runs over "
            "TWO of them: the second page REPEATS the three header rows (Writer's repeated heading rows) and continues "
            "with 5.要求行政机关确认… — without its group label （五）不予处理 and without 三、本年度办理结果, which stay on the "
            "first page. Table 三's rows have a FIXED height (行高固定值) too small for the narrow label columns, so "
            "LibreOffice draws only the first line of each label: the labels are CUT in the PDF itself and so in the "
            "text — '（二）部分公开（区分处理的，', '2.其他法律行政法规', '3.危及“三安全一稳', '1.本机关不掌握相关', "
            "'4.无正当理由大量反', '5.要求行政机关确认', the group labels '（三）不' + '予公开' and the header cells "
            "'社会公益组' / '法律服务机' — on both pages. Every value is whole. "
            "Table 二 is cut by the first page break (行政强制 on page 2). 2019 template, 2020 report; a county: 规章 0/0/0, "
            "规范性文件 9/9/64, 行政许可 412 / -23 / 15307, 其他对外管理服务事项 87 / 6 / 4391, 行政处罚 1034 / -58 / 2876, "
            "行政强制 63 / 4 / 209, 行政事业性收费 29 / -2, 政府集中采购 136 / '5218.64 万元' (amount 5218.64, amount_unit 万元 "
            "from the cell). Narrative: 主动公开政府信息12764条 (1582条 a part), 推送2381条 (new_media_posts), "
            "新闻发布会9场, 政策解读41篇, %s, 行政复议5件, 行政诉讼5件 (%s), 县人大代表建议103件, 县政协提案121件. 1个, "
            "3期 and the phone number are not gold. published 2021-01-29 (signature)." % (a, t4))
    if i == 'cizhou-city-2023':
        return (
            "REAL poppler 22.12.0 `pdftotext -layout` of two pages and a half of the city's 政府公报 (2024年第4期, pages "
            "27–29), typeset in TWO COLUMNS (" + LO + " PDF of a flat ODT written here, src/cizhou-city-2023.fodt → "
            ".pdf; raw output = the file). The left and right columns share each text line: the prose of one column "
            "and the prose (or table 二) of the other are on the same lines, separated only by spaces, and the "
            "prose is hard-wrapped at the column's width, inside numbers too ('至 2023 年 12 月 3' / '1 日止'). Table 二 "
            "(4 columns) stands in the RIGHT column of page 27, row by row beside the left column's prose "
            "('1 日止。本报告电子版可在茈州市人民政府门户          行政许可               20417'); tables 三 and 四 span the page "
            "width on page 28; the report's sections 四 (after table 四) to 六 and the signature are two-column again. "
            "The pages start with the END OF THE PREVIOUS ARTICLE (茈州市人民政府办公室's notice: 12个, 31个, its own "
            "signature 茈州市人民政府办公室 / 2024年3月15日, （此件公开发布）) and end with the START OF THE NEXT (茈政发〔2024〕9号, "
            "46个): none of that is the report's. Running header 茈州市人民政府公报 … 2024 年第 4 期 on every page, footers "
            "— 27 — … 2021 template, 2023 report; a city (规章 allowed): 规章 2/1/48, 行政规范性文件 21/14/236, 行政许可 "
            "20417, 行政处罚 5283, 行政强制 312, 收费 1706.38 (万元). Table 三 （六）2 = %d; section 六 speaks of the 收费通知 "
            "and 未收取信息处理费 (fees_collected 0). Narrative: 主动公开政府信息31528条, 新闻发布会41场, 政策解读167篇, "
            "%s, 行政复议19件, 行政诉讼15件 (%s), 市人大代表建议297件, 市政协提案384件 — several of them cut by the column's "
            "line ends ('主动公开' / '政府信息 31528 条', '办结 364' / '件'). 1127件, 5期 are not gold. published 2024-03-27 "
            "(the report's signature, NOT the previous article's 2024年3月15日)."
            % (T(rep['t3'], 'other_handling.fee_unpaid'), a, t4))
    if i == 'congxi-district-2024':
        return (
            "REAL AbiWord 3.0.5 `abiword --to=txt` of the district's .docx (src/congxi-district-2024.html → " + LO + " "
            ".docx → AbiWord; raw output = the file): the prose a paragraph a line, and every table cell ON ITS OWN LINE, "
            "an EMPTY LINE FOR AN EMPTY CELL, no row separator at all. The district prints table 三 with its own column "
            "layout: 自然人 | 法人或其他组织 with the five sub-columns in ANOTHER ORDER — 商业企业, 社会公益组织, 法律服务机构, "
            "科研机构, 其他 — and a printed 小计 of the five after them | 总计 (8 values a row; the header lines come out as "
            "申请人情况 / 自然人 / 法人或其他组织 / 总计 / 商业企业 / 社会公益组织 / 法律服务机构 / 科研机构 / 其他 / 小计, so 总计 is "
            "named before the sub-columns but its values are last). The 小计 column is not a template column: it is not "
            "in the gold (schema: printed_subtotals), and it equals the sum of the five. In table 三 the district LEAVES "
            "EVERY ZERO CELL BLANK (小计 and 总计 included): a row like 1.属于国家秘密 is its label and eight empty lines; "
            "二、上年结转政府信息公开申请数量 is '4', six empty lines, '4'. Those %d blank cells are null in the gold (schema: a blank cell is "
            "null, not 0); the row's other values are placed by counting the lines. Table 二: 规章 '—' '—' '—' (a "
            "district makes no 规章: null), 行政规范性文件 6/3/41, 行政许可 8932, 行政处罚 2167, 行政强制 58, 收费 3.27 "
            "(万元). Table 四 prints its zeros. 2021 template, 2024 report. Table 三 （六）2 = %d, section 六 speaks of the "
            "收费通知 and 未收取信息处理费 (fees_collected 0). Narrative: 主动公开政府信息9361条, 推送1547条 (new_media_posts), "
            "新闻发布会8场, 政策解读36篇, %s, 行政复议6件, 行政诉讼4件 (%s), 区人大代表建议142件, 区政协提案176件. 2期 is not "
            "gold. published 2025-01-24." % (sum(1 for k in rep['nulls'] if k.startswith('applications')),
                                              T(rep['t3'], 'other_handling.fee_unpaid'), a, t4))
    if i == 'qianan-edu-2025':
        ta = rep['t3_all']
        return (
            "REAL " + LO + " XHTML export (`--convert-to 'xhtml:XHTML Writer File:UTF8'`, the odf2xhtml XSLT filter) of "
            "the bureau's .docx (src/qianan-edu-2025.html → .docx → src/qianan-edu-2025.xhtml = the file), as the site "
            "publishes it: an XML prolog, the XHTML 1.1 + MathML doctype, Dublin Core <meta>s, a CSS block of generated "
            "classes (.P1 … .Table1_A1), the body on a few very long lines, tables with colspan/rowspan and a <p "
            "class=\"P…\"> in every cell. Section 三 prints TWO COMPLETE TABLES 三 with the same header: '（一）市教育局机关' "
            "(the bureau's own: %s) and '（二）全市教育系统汇总（含局属学校和直属事业单位）' (the whole system, the bureau "
            "included: %s; every cell ≥ the bureau's). GOLD = the FIRST table, the reporting body's own figures (schema: "
            "agency is the reporting body; the summary includes other bodies — the 汇总 table is not the 教育局's "
            "figures and is not in the gold); the prose says the same (局机关…新收…52件 … 全市教育系统…汇总收到申请309件, "
            "narrative applications_received 52). Tables 二 and 四 are the bureau's only. 2021 template, 2025 report; a "
            "city department: 规章 0/0/0, 行政规范性文件 7/4/52, 行政许可 1836, 行政处罚 47, 行政强制 0, 收费 0. Narrative: "
            "主动公开政府信息4175条, 推送2964条 (new_media_posts), 政策解读28篇, %s, 行政复议3件, 行政诉讼1件 (%s), "
            "市人大代表建议57件, 市政协提案83件, 未收取信息处理费 (fees_collected 0); 309 (the system's) is not gold. "
            "published 2026-01-20." % (a, _apps(rep, ta), a, t4))
    if i == 'zhaowan-town-2021':
        return (
            "A WeChat 公众号 article page as saved from mp.weixin.qq.com (written here in the markup of the platform and "
            "of the 135编辑器 the township uses; no tool makes it): og: <meta>s, #js_content with visibility:hidden, "
            "an EMPTY <em id=\"publish_time\"> (the time is only in the script: var ct = \"1642554321\" = 2022-01-19 "
            "09:05 +08, publish_time \"2022-01-19\"), 阅读 1046, editor's credits after the signature. Section heads are "
            "135编辑器 title blocks: the number in a blue circle and the words in ANOTHER <section> (<strong>二</strong> … "
            "<strong>主动公开政府信息情况</strong>, no 、). Prose paragraphs are <p><span style=…> with figures in "
            "highlight spans (<strong><span style=\"color: rgb(22, 119, 255);\">386</span></strong>) and one figure "
            "CUT IN TWO SPANS by an edit ('推送2</span><span …>14条' = 214). TABLE 二 IS AN IMAGE (<img "
            "class=\"rich_pages wxw-img\" data-src=\"https://mmbiz.qpic.cn/mmbiz_png/…\">, as many 公众号 editors paste "
            "it): the file does not hold it, so the gold has NO `active.*` key at all (schema: a table the report does "
            "not contain is absent). Tables 三 and 四 are HTML tables whose cells are <td><section><span "
            "style=\"font-size: 12px;\"> with <br  /> inside header labels (商业<br  />企业, 结果<br  />维持). 2021 "
            "template (table 三's three （六） rows), 2021 report; a township: %s (上年结转0件 stated), table 四 all 15 "
            "zeros. Narrative: 主动公开政府信息386条, 推送214条 (new_media_posts), %s, 未收取信息处理费 (fees_collected 0); "
            "未发生…行政复议、行政诉讼 gives no reviews/lawsuits key. 96期, 12个, 2名 are not gold. published 2022-01-18: "
            "the date under the signature; the platform's publish time (2022-01-19, in the script only) is the day "
            "after." % (a, a))
    if i == 'huanjiang-province-2019':
        return (
            "REAL calibre 6.13 `ebook-convert report.pdf report.txt` of the province's PDF (src/huanjiang-province-2019.html "
            "→ " + LO + " .docx → .pdf → calibre; raw output = the file): calibre runs pdftohtml -xml and reflows the "
            "text boxes, so every table cell is a paragraph of its own, paragraphs separated by blank lines, and the "
            "cells' WRAPPED LABELS come apart AROUND THEIR VALUES: '一、本年新收政府信息' / the seven values / "
            "'公开申请数量'; '其他对外管理服务事' / its three values / '项'; '3.要求提供' / values / '（五 公开出版物' (the "
            "group label （五）不予处理 comes in pieces INSIDE other labels: '（五 公开出版物', '）不 4.无正当理', '予处 由大量反复', "
            "'理 申请'); two cells sometimes share a line ('8 685', '5 174', '1 217': the 其他 and 总计 values); table 三's "
            "header comes scrambled ('社会' / '科研' / '法律服务' / '总计' / '项之和）' / '商业企业' / '公益' / '其他' / '机构' / "
            "'机构' / '组织') and table 四's header too, its 15 values in runs ('21 5' / '3' / '7 36 11 2' …). THOUSANDS "
            "SEPARATORS and UNITS in the cells as the province typed them: 上一年项目数量 '1,587 项', 本年增/减 '-236 项' / "
            "'+19 项' / '+3 项' (signed), 处理决定数量 '63,418 件' / '21,756 件' / '2,143 件', 采购项目数量 '2,216', 采购总金额 "
            "'38,652.40 万元' (amount 38652.4, amount_unit 万元 from the cell); the prose also writes 52,317条. 2019 "
            "template, 2019 report; a province (规章 allowed): 规章 6/6/218, 规范性文件 27/27/402, 行政许可 1587 / -236 / "
            "63418, 其他对外管理服务事项 342 / 19 / 21756, 行政处罚 96 / -7 / 2143, 行政强制 23 / 3 / 518, 行政事业性收费 47 / "
            "-9, 政府集中采购 2216 / 38652.4. Narrative: 主动公开政府信息52,317条 (52317; 413件 a part), 新闻发布会96场, "
            "政策解读287篇, %s, 行政复议36件, 行政诉讼27件 (%s), 省人大代表建议684件, 省政协提案812件, 未收取信息处理费 "
            "(fees_collected 0). 218件 and 402件 in section 一 restate the table; 4期 and the phone number are not gold. "
            "published 2020-03-30." % (a, t4))
    if i == 'weining-ybjs-2020':
        return (
            "REAL pdf2json 3.2.2 (npm, modesty/pdf2json; `pdf2json -f report.pdf -o out/`) of the centre's PDF "
            "(src/weining-ybjs-2020.html → " + LO + " .docx → .pdf; raw output src/weining-ybjs-2020.pdf2json.json = "
            "the file), as a Node.js scraper stores it: one JSON object {Transcoder, Meta {Title, Producer, "
            "CreationDate — the day the PDF was made here, not a date of the report}, Pages [{Width, Height, HLines, "
            "VLines (the table rules), Fills, Texts, Fields, Boxsets}]}. Each text run is {x, y, w, clr, sw, A, R: [{T, "
            "S, TS}]} with T PERCENT-ENCODED UTF-8 ('%%E8%%A7%%84%%E7%%AB%%A0' = 规章; digits plain), a run per font "
            "change, so a CJK stretch and the figure after it are separate runs. For this PDF pdf2json gives EVERY run "
            "the SAME x and y (-0.25, 51.868), so the positions are useless and only the ORDER of the runs (the content "
            "stream's: row by row, cell by cell) and the HLines/VLines carry the layout; wrapped labels are several runs "
            "('其他对外管理服务事' + '项', '本年增' + '/' + '减', '1.' + '属于国家' + '秘密'). 2019 template, 2020 report; a "
            "public institution: table 二 all 0 except 其他对外管理服务事项 12 / 2 / 1846 and 政府集中采购 3 / '46.8' + '万元' "
            "(a run of its own; amount 46.8, amount_unit 万元). Narrative: 主动公开政府信息318条 (74条 a part), "
            "推送信息126条 (new_media_posts), %s, 行政复议1件 (维持); 未发生行政诉讼 gives no lawsuits key. 1名 is not gold. "
            "published 2021-01-22 (signature)." % a)
    raise KeyError(i)


WHY = [
    ('pdf.js text layer (Chromium --dump-dom)', "government sites show report PDFs in an embedded pdf.js viewer; "
     "scrapers that render pages with a headless browser (Playwright, Selenium, Splash) save this DOM, and browser "
     "extensions that 'save page' keep it: absolutely positioned spans, no table, the canvas empty."),
    ('pdftotext -layout, landscape table 三 with fixed row heights', "wide tables are put on landscape pages and "
     "Word/WPS templates of table 三 often have 固定值 row heights; labels that do not fit are cut in the PDF itself, "
     "and the repeated heading rows make page two look like a new table."),
    ('pdftotext -layout of a two-column 政府公报', "every province, city and many counties print the annual reports in "
     "their 政府公报, typeset in two columns with the neighbouring articles; the 公报 PDF is often the only copy left."),
    ('AbiWord text of a .docx', "AbiWord is a common headless Word-to-text converter on Linux servers; agencies also "
     "bend the national table to their own spreadsheet layouts (a 小计 column, other column orders) and leave zeros blank."),
    ('LibreOffice XHTML export', "sites that publish Word files as pages run them through LibreOffice; the XHTML "
     "filter's output is strict XML with generated classes. County and department reports that also tabulate their "
     "subordinate units print a second table 三."),
    ('WeChat 公众号 article', "townships and departments publish the annual report on their 公众号, where editors paste "
     "tables as images when the HTML table would break on a phone."),
    ('calibre ebook-convert PDF → TXT', "calibre is the everyday PDF-to-text converter of people who collect documents "
     "to read or to feed to models; its reflow scatters table cells."),
    ('pdf2json (npm)', "Node.js scrapers of government sites parse PDFs with pdf2json and store its JSON; the text is "
     "URI-encoded and the positions can be useless."),
]


def readme(man, total, nulls):
    L = ['# Held-out set 14 (tables): eight invented reports in harder forms of HTML pages, PDF text and Word text', '',
         'Eight **invented** 政府信息公开工作年度报告 (fictional agencies, places, figures) carrying the national tables '
         '二, 三 and 四: three on the 2019 template (a 2019 and two 2020 reports) and five on the 2021 template (2021, '
         '2022, 2023, 2024, 2025 reports), each a full report (title, sections 一…六, tables, signature and date). '
         'Levels: a national bureau, a provincial government, a prefecture-level city government, a county government, '
         'a district government, a township (镇人民政府), a city department (教育局) and a public institution '
         '(医疗保障基金结算中心). The set stresses the forms that dominate in the wild — pages, PDF text, Word text — in '
         'variants sets 1–13 did not have, and adds four tools no set used (pdf.js, AbiWord, calibre, pdf2json).', '',
         '    python3 make.py        # stdlib only; rewrites the 8 files, manifest.json and this README byte for byte', '',
         '`core.py` (figures, identities, the official layouts with rowspan/colspan; taken over from set 13), '
         '`reports.py` (figures, printed cells, prose; asserts the identities and that every narrative figure is stated '
         'beside its keyword), `render.py` (the eight forms and the documents the tools are run on), `notes.py` '
         '(manifest notes and this README), `make.py` (gold, checks, manifest). Table 三 is drawn by a seeded '
         '`random.Random`.', '',
         'Seven files are the REAL output of tools run on a document `render.py` writes (an HTML page that LibreOffice '
         'turns into the agency\'s .docx, or a flat ODT for the two layouts HTML cannot express: landscape pages with '
         'fixed row heights, and a two-column gazette): LibreOffice 7.4.7.2 (`--convert-to docx`, `pdf:writer_pdf_Export`, '
         '`xhtml:XHTML Writer File:UTF8`), poppler 22.12.0 `pdftotext -layout`, Chromium 156 `--headless --dump-dom` with '
         'Debian\'s pdf.js 2.14.305 (libjs-pdf), AbiWord 3.0.5 `--to=txt`, calibre 6.13 `ebook-convert`, pdf2json 3.2.2 '
         '(npm). The eighth, the WeChat article, is written here in the platform\'s markup. Inputs (`src/*.html`, '
         '`src/*.fodt`, with `*.sha256`), intermediates (`*.docx`, `*.pdf`, `*.page.html`) and raw outputs '
         '(`*.dom.html`, `*.layout.txt`, `*.abiword.txt`, `*.xhtml`, `*.calibre.txt`, `*.pdf2json.json`) are kept in '
         '`src/`; make.py runs a tool again only when the sha256 of its input changes, so no tool is needed to rebuild '
         'the set (delete a `.sha256` to run its tools again: LibreOffice, poppler-utils, chromium + libjs-pdf, abiword, '
         'calibre from Debian; pdf2json from npm into /tmp).', '',
         '`make.py` asserts for every report: T3-ROW on all 23/25 rows, T3-SUM and T3-COL per column, T4 总计 of the '
         'three blocks, DOM-1/2/3, T2-19 and T2-AUTH (规章 only for the national bureau, the province and the city), '
         'FEE-21 (（六）2 > 0 ⇒ section 六 speaks of the 收费通知), that each narrative figure restates the tables and is '
         'written beside its keyword (1,234 or 1234), that the second table 三 of 蕲安 balances and holds the bureau\'s '
         'own; then, after the form\'s own decoding (pdf.js: the text-layer spans, a line per <br>; XHTML and WeChat: '
         'tags and entities; pdf2json: the URI-decoded runs in order; then NFKC; units 件/项/条/万元/元, thousands '
         'separators and a + sign taken off a number), that the agency, the published date and every non-null gold figure '
         'are in the file, that the table values stand in table order (a subsequence of the number tokens) AND that '
         'every table row\'s printed values stand together as a contiguous run of tokens, rows in order (blank cells '
         'skipped, the 小计 included); and a mark of each form (textLayer spans and no <table>; a form feed and the cut '
         'label 4.无正当理由大量反 without its tail; the 公报 header and the previous article\'s signer; six empty lines '
         'and 小计; the XML prolog, odf2xhtml and two 勾稽 notes; #js_content, the mmbiz_png image and 135编辑器; '
         '`38,652.40 万元`; pdf2json\'s Transcoder and a percent-encoded 规章). Every file is under 300 KB.', '',
         '## Files', '', '| file | form | template | year | level | agency | gold keys | null |',
         '| --- | --- | --- | --- | --- | --- | --- | --- |']
    for e in man:
        L.append('| `%s` | %s | %s | %d | %s | %s | %d | %d |' % (
            e['file'], e['form'], e['era'], e['year'], e['level'], e['agency'], len(e['gold']),
            sum(v is None for v in e['gold'].values())))
    L += ['', 'Total gold keys: %d, of which %d null.' % (total, nulls), '',
          '## Forms and traps (every detail in manifest.json `notes`)', '',
          '* **pdfjs-text-layer-dom** (`desert-bureau-2022.html`): the DOM of a page whose pdf.js viewer rendered the '
          'report PDF: a `<span role="presentation" style="left:…px; top:…px; …">` per text run, spaces as spans, '
          '`<br role="presentation">` per line, NO <table>; wrapped labels and vertical labels in pieces, table 四\'s header '
          'in pieces; `12,486` and `1,027` in table 二; page chrome and the viewer script around it.',
          '* **pdftotext-layout-landscape-fixed-row-height** (`miyang-county-2020.txt`): table 三 on two LANDSCAPE pages, '
          'the header rows REPEATED on the second, whose rows lack their group label; FIXED row heights that CUT the '
          'labels in the PDF itself (`（二）部分公开（区分处理的，`, `5.要求行政机关确认`, `社会公益组`, `法律服务机`); table 二 '
          'across a page break; `5218.64 万元` in a cell.',
          '* **pdftotext-layout-two-column-gazette** (`cizhou-city-2023.txt`): three 公报 pages in two columns sharing '
          'their lines; table 二 in the right column beside the left column\'s prose; prose figures cut at column line '
          'ends; the previous article\'s tail (another body\'s signature and date) before the title and the next '
          'article\'s start after the signature; running headers and footers.',
          '* **abiword-txt-of-docx** (`congxi-district-2024.txt`): a cell per line, an EMPTY line per empty cell; table '
          '三\'s 法人 sub-columns in ANOTHER ORDER plus a printed 小计 column (8 values a row); every zero of table 三 '
          'left BLANK (null gold); `—` for the three 规章 cells (null gold).',
          '* **libreoffice-xhtml-export-two-tables-3** (`qianan-edu-2025.xhtml`): strict XHTML with generated classes; TWO '
          'full tables 三 — the bureau\'s own, then the whole education system\'s summary including it (gold: the '
          'first).',
          '* **wechat-mp-article-table-2-as-image** (`zhaowan-town-2021.html`): mp.weixin.qq.com page, 135编辑器 heads '
          'split over two <section>s, highlight spans, a figure cut in two spans, TABLE 二 AN IMAGE (no `active` key), '
          'tables 三 and 四 as HTML with <br> in labels, the publish time only in a script (a day after the signature).',
          '* **calibre-ebook-convert-pdf-txt** (`huanjiang-province-2019.txt`): a paragraph per cell, labels wrapped '
          'AROUND their values, group labels scattered inside other labels, two cells on a line (`8 685`), scrambled '
          'headers; thousands separators and units in cells (`1,587 项`, `+19 项`, `63,418 件`, `38,652.40 万元`) and in '
          'the prose (52,317条).',
          '* **pdf2json-npm-json** (`weining-ybjs-2020.json`): JSON of percent-encoded text runs whose x and y are all '
          'the same, so only their order and the HLines/VLines carry the layout; `46.8` and `万元` separate runs.', '',
          '## Why each form is realistic', '']
    for k, v in WHY:
        L.append('* **%s**: %s' % (k, v))
    L += ['', '## Gold conventions and decisions', '',
          '* Same shape as the earlier sets: `{file, form, era, agency, level, year, gold, notes}`; `gold` is a flat map '
          'of dotted `gdr_parse` paths (schema.md); `era` = the template. `balance_ok` is true for all eight (the four '
          'totals of table 三 are printed in every report and balance).',
          '* Blank cells are null, not 0 (schema): the %d cells of 枞溪\'s table 三 that the district left blank for zero '
          '(总计 cells included; its 小计 column is blank for zero too but has no gold key), and the three `—` 规章 cells '
          'of 枞溪 (not applicable). `balance_ok` of 枞溪 is true as for the others: its four printed totals (158 + 4 = '
          '155 + 7) balance, and every identity holds with the blanks read as 0 (§7.4 PASS_NULL_AS_ZERO). Every other '
          'cell of every table the file holds has a figure.' % (
              sum(1 for e in man for k, v in e['gold'].items() if v is None and k.startswith('applications'))),
          '* A table the file does not hold is absent: 棹湾镇\'s table 二 is an image, so that report has no '
          '`active.*` key (and no `active.procurement.amount_unit`).',
          '* Two tables 三 (蕲安市教育局): the gold is the reporting body\'s own table (（一）市教育局机关); the system '
          'summary that includes the schools is another body\'s aggregate, as a county\'s total is in a department\'s '
          'report (the rule the earlier sets follow). The narrative follows the same rule (52, not 309).',
          '* A printed 小计 column (枞溪) is not a template column and has no gold key (schema: `printed_subtotals`; its '
          'shape is not fixed by the schema, so the gold says nothing about it).',
          '* Money: `active.fees.amount` in 万元 (2021 header); 2019 `active.procurement.amount` with `amount_unit` '
          'from the cell (`5218.64 万元`, `38,652.40 万元`, `46.8`+`万元`). Signed 本年增/减 as printed (`+19 项` → 19). '
          'Thousands separators and units are not part of a number (`63,418 件` → 63418).',
          '* `published` is the date under the report\'s signature: not the previous 公报 article\'s date, not the '
          'WeChat publish time, not pdf2json\'s CreationDate.',
          '* `agency`: the full name of the signature (for 枞溪 the title and signature both say 鄞江市枞溪区人民政府, '
          'for 棹湾 沔川县棹湾镇人民政府; the 公众号 page title uses the short 棹湾镇).',
          '* `narrative.*`: only figures the prose states with a number beside its keyword; `applications_received` = '
          '本年新收; parts of a total, training counts, phone numbers, addresses, other articles and chrome are not '
          'gold; 未收取信息处理费 is `fees_collected` 0; a section 四 without a number gives no `reviews`/`lawsuits` key.',
          '* `script` hans and `kind` annual_report for all eight.', '',
          '## What was tried and left out', '',
          '* A scanned, stamped PDF run through OCRmyPDF 14 (tesseract 5.3, chi_sim) and `pdftotext -layout`: at 150 and '
          '300 dpi tesseract dropped most single-digit cells of table 三 and misread the agency three ways (汶宁, 瀛宁, '
          '为末), so most table 三 gold would have been null; OCR was covered by sets 3, 7 and 10, and the set took '
          'pdf2json instead.',
          '* pdf2htmlEX is not packaged for Debian 12; pdf.js stands for the absolutely positioned HTML forms.', '']
    return '\n'.join(L)
