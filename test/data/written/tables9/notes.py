# notes.py -- manifest notes and README text for held-out set 9 (tables).

NOTES = {
'yicen-tax-2024.txt':
    "PyMuPDF page.get_text() (default 'text' mode) of the bureau's Word-exported PDF, pages joined with no "
    "separator. Text comes in content-stream order, not reading order: on every page the running header "
    "(pages 2-3) and the footer '— N —' come FIRST; on the last page the signature text box (anchored with the "
    "seal) is drawn before the body, so '国家税务总局沂岑市税务局 / 2025年1月20日' sits in the middle of table 三 "
    "(between 4.无正当理由… and 5.要求行政机关确…) and BEFORE sections 四-六. published = that date 2025-01-20. "
    "Tables: one cell per line in row order, each wrapped line of a cell a line of its own (商业企/业, 社会公/益组织, "
    "（三）不/予公开, 三、/本年/度办/理结/果 one vertical label drawn at its first row), numbers one per line with no "
    "column information; table 二 and table 三 both run over a page break with the header/footer lines inserted "
    "between two rows. Prose lines are hard-wrapped; one wrapped line starts with '一、基层税务分局…' (section 五's "
    "text, not a heading). 2021 template, full 3-row (六). Vertical agency (city 税务局): 规章 0/0/0, 行政规范性文件 "
    "3/2/17, 行政许可 2831, 处罚 417, 强制 12, 收费 0. Narrative: 主动公开政府信息3,126条 (active_total 3126; "
    "'较2023年的2,874条' is another year), 1,208/617 are parts, 新闻发布会5场, 政策解读23篇, 公众号推送1,642条 "
    "(new_media_posts), 新收55 / 结转3 / 办结54 / 结转4, 被申请行政复议4件、被提起行政诉讼2件 (reviews 4, lawsuits 2 = 2 direct + 0 after review), "
    "人大代表建议9件, 政协提案14件, 未收取信息处理费 (0). 12366 热线 4.7万人次 and 136件公文 are not gold.",
'fenqiao-cgj-2020.md':
    "pymupdf4llm.to_markdown() of the bureau's PDF. Prose lines as extracted (hard-wrapped), headings '## **…**' "
    "by font size, the title split over two '# **…**' headings (…工作年 / 度报告). Tables are PyMuPDF "
    "Table.to_markdown(): the FIRST row of every table fragment is the markdown header, a merged cell's "
    "covered positions are None and become 'Col2', 'Col3'… in the header row and empty cells elsewhere; line breaks "
    "inside a cell are '<br>' (本年新制作数<br>量, （二）部分公开（区分处理<br>的，只计这一情形，不计其<br>他情形）, "
    "三、<br>本年<br>度办<br>理结<br>果). Table 二 and table 三 are each cut by a page break ('- N -' and '-----'): the "
    "continuation is a NEW table whose header row is a data row (|行政事业性收费|3|0|Col4|; |Col1|Col2|4.无正当理由"
    "大量<br>反复申请|0|…|) — those rows are data, not headers. 2019 template: signed 本年增/减 -1, +2, 0, -2, 0; "
    "采购总金额 826.45万元 (unit from the cell). Single (六)其他处理 row (other_handling.other). Table 四 headers "
    "结果<br>维持. Narrative: 1954条 (active_total), 政策解读8篇, 微信微博615条, 新收31 / 结转1 / 办结30 / 结转2, "
    "复议1件, 行政诉讼0件 (lawsuits 0). 12319热线 31,842件 are NOT applications.",
'linghe-yjj-2025.html':
    "Google Docs 'Download > Web page (.html)' of the county bureau's document: one single line of HTML, a <style> "
    "block of generated classes (.c0…c15, lst-kix_…), every cell <td class=\"c1\"><p class=\"c2\"><span>. The "
    "section headings 一…六 and the sub-heads （一）…（五） are Google Docs auto-numbered lists: their numbers "
    "exist only as CSS counters (cjk-ideographic) and are NOT in the text — the headings read 总体情况, 主动公开"
    "政府信息情况, 收到和处理政府信息公开申请情况 … with no 一、/二、. Curly quotes as &ldquo;&rdquo;. Cell traps: the "
    "行政许可 value is two runs <span>6</span><span>3</span> (= 63, not 6 and 3); the 行政处罚 cell is "
    "41<sup><a href=\"#ftnt1\">[1]</a></sup> (gold 41; the [1] is a footnote reference) and the footnote at the "
    "end says 含…简易程序…9件，2024年为7件 (not gold). 2021 template. Narrative: 主动公开486条, 公众号312条, "
    "收到11件 (no carry-over), 办结10, 结转1, 复议1件 (其他结果: withdrawn; the sentence after table 四), "
    "未收取信息处理费 (0). 137/41/96 are parts of 486 (41 restates the table).",
'songyuan-gjj-2019.csv':
    "xlsx2csv -a (all sheets) of the centre's workbook: each sheet introduced by '-------- N - 名称'. Sheet 1 "
    "'报告正文' holds the whole text, one paragraph per row in column A (cells with an ASCII comma are "
    "quoted); the signature date is a real Excel date cell, so it is printed 2020-03-26 (published). Sections "
    "二-四 say only 详见附表1/2/3: the tables are sheets 2-4 (表二/表三/表四), each with a caption row (附表1 …), "
    "merged cells written once at their top-left with empty fields for the covered positions. THOUSANDS "
    "SEPARATORS IN SOME CELLS ONLY (typed as text): \"48,613\" (其他对外管理服务事项 处理决定数量), \"1,253.86\" "
    "(采购总金额, header 采购总金额（万元） -> amount 1253.86, unit 万元), \"1,012\" and \"1,026\" in row 一, while "
    "（七）总计 prints 1009 / 1022 without separator. 2019 template, single (六)其他处理. A 公积金中心 has no "
    "行政许可 (0/0/0). Narrative: 主动公开各类信息2167条 (active_total), 政策解读6篇, 公众号1380条, 新收1,026 "
    "(其中自然人1,012), 上年结转6, 办结1022, 结转10, 复议2件, 诉讼2件 (1 direct + 1 after review).",
'shiqu-town-2023.eml':
    "A raw RFC 822 e-mail (.eml, CRLF) from the township's 党政办 to the county 政务公开办: RFC 2047 encoded "
    "From/To/Subject, multipart/alternative; the text/plain part (quoted-printable) is only the cover note; the "
    "text/html part is BASE64 and holds the cover note plus the whole report pasted from Word (MsoNormal "
    "paragraphs, MsoTableGrid tables with rowspan/colspan). The e-mail Date (18 Jan 2024) and the cover note's "
    "date (2024年1月18日) are not the report date: published = 2024-01-16 under the report's signature. The title "
    "prints the short name 石渠镇人民政府; gold agency is the signature's full name 柳源县石渠镇人民政府. The cover "
    "note's digits (3张统计表, 1月9日, phone numbers) are not figures. MIXED TEMPLATE: table 二 is 2021 (本年制发件数 "
    "…, one-column blocks, 本年收费金额) but table 三 was filled on the old form: a SINGLE （六）其他处理 row (20-row "
    "rowspan) — the cover note even says 第三张表我们用的是去年的表样. Gold template 2021; the single row is "
    "applications.other_handling.other (as the schema says for the 2019 row); no_correction / fee_unpaid are "
    "ABSENT from gold (the table has no such rows), not 0. 规章 / / / and 收费 / are null (a 镇 has neither). "
    "Narrative: 主动公开173条 (58 is a part), 收到6件均为本年新收 -> received 6, 已全部办结 -> completed 6 (the "
    "number is the 6 of the same sentence), 未收取任何费用 / 未收取信息处理费 -> fees_collected 0. '未发生…行政复议、"
    "行政诉讼' gives no number: no narrative.reviews/lawsuits.",
'beihu-district-2020.html':
    "A district portal article page whose tables were pasted as fixed-width text inside <pre> (a WPS 'save as "
    "text' of the Word tables): columns aligned by DISPLAY width (CJK = 2 columns, SimSun), not by character "
    "count; header split over 3-4 lines (商业企/业, 社会公/益组织), row labels wrapped onto 2-3 lines with the "
    "numbers on the FIRST line only (3.危及“三安全一稳/定”, 5.要求行政机关确认/或重新出具已获取信/息), the "
    "rowspan labels continuing down the following lines (三、本年度/办理结果, （三）不予公/开). ZERO CELLS "
    "PRINTED THREE WAYS: 商业企业 zeros as '-', 科研机构/社会公益组织/法律服务机构/其他 zeros left BLANK (only the "
    "alignment tells which column a number is in), 复议后起诉 block '/' for all five cells; table 二: 规章 '/ / /', "
    "行政强制 本年增/减 '-'. The note under table 三 says 表中“-”及空白表示无此情形. Gold: every '-', '/' and blank "
    "cell is null (schema.md: a blank cell, '/', '-' is JSON null, not 0) — 92 nulls; in the underlying figures "
    "they are all 0 (asserted) and every identity holds with null as 0 (balance_ok true). 0 printed as '0' "
    "(自然人 and 总计 columns, 处罚 本年增/减) is gold 0. 2019 template, single (六). 本年增/减 +12, -5, 0, -, -2; "
    "(八)'s 本年增/减 spans two columns so -2 sits under 处理决定数量's position; 采购总金额 23857.6万元. Chrome: "
    "浏览次数 2,413, ICP/公安备案 numbers, 网站标识码. Signed by 区政府办公室 but the report is the 区人民政府's "
    "(title): agency 澹州市北湖区人民政府. Narrative: 全区…主动公开15392条 (active_total: the district "
    "government's own report, so the 全区 figure is its figure), 新闻发布会11场, 政策解读材料48篇 (interpretations), "
    "疫情防控信息1,274条 and 263万人次 not gold, 新收176 / 结转11 / 办结173 / 结转14, 复议8, 诉讼4, 人大建议67, "
    "政协提案112.",
'daichuan-nync-2022.html':
    "poppler pdftohtml -s -i -noframes output of the department's PDF: every text line (and every table cell "
    "line) is its own <p style=\"position:absolute;top:Npx;left:Npx\"> inside a page <div>, spaces as &#160;, no "
    "table markup at all — rows must be rebuilt from 'top' (a row's numbers share one top; a 2-line label sits "
    "8px above and below it) and columns from 'left' (numbers are centred, so left varies with digit count). "
    "Title split over two centred lines (…工作年 / 度报告); the vertical label 三、/本年/度办/理结/果 is placed at "
    "its first row; a footer '— N —' on each page; tables run over page divs. THOUSANDS SEPARATOR IN ONE CELL "
    "ONLY: 行政许可 12,873 (gold 12873) while 行政处罚 1046 has none; 收费 126.50 万元 (gold 126.5). 2021 "
    "template, full (六) with fee_unpaid 6 (section 六: 发出收费通知6件…未收取信息处理费 -> fees_collected 0). "
    "Narrative: 4218条, 新闻发布会14场, 政策解读37篇, 新收269 / 结转15 / 办结274 / 结转10, 复议10件 / 诉讼8件 (6 direct + 2 after "
    "review), 省人大代表建议128, 省政协提案203; address 168号, 邮编570216, "
    "phone, 21个单位, 56个, 36场 are not gold.",
'daiwan-customs-2019.html':
    "A Wayback Machine (web.archive.org) replay of the customs house's article page: the archive's scripts "
    "and the toolbar inserted at the top (12 captures, 22 Jan 2020 - 04 Aug 2023, capture calendar JAN/MAY/AUG "
    "2019 2020 2021, 'You are here: 03:14:55 May 22, 2020'), every link rewritten to "
    "https://web.archive.org/web/20200522031455/http://…, and the FILE ARCHIVED ON … / playback timings comment "
    "block after </html>. None of the archive's dates or counts is a figure; published is the page's own "
    "发布时间 2020-01-21 = the signature date (not the capture date 2020-05-22 or retrieval 2025-02-14). The "
    "report itself is a CMS page with <td><p> cells and rowspan/colspan. 2019 template: 行政许可 处理决定数量 "
    "23,516 (thousands separator; other cells none: 4381, 1127), 本年增/减 0, +1, 0, 0, -1; 采购总金额 3856200元 "
    "(unit 元, amount 3856200). 规章 and 规范性文件 0/0/0 (a 直属海关). Narrative: 2904条 (active_total; 1,688 and "
    "216 are parts), 政策解读12篇, 微博微信486条, 新收74 / 结转4 / 办结75 / 结转3, 复议2件, 诉讼1件.",
}


README = r'''# Held-out set 9 (tables): eight invented reports in eight more forms real reports arrive in

Eight **invented** 政府信息公开工作年度报告 (fictional agencies, places and figures) carrying the
national tables 二, 三 and 四 — four on the 2019 template (2019, 2020 reports) and four on the 2021
template (2022, 2023, 2024, 2025 reports) — each a full report (title, sections 一…六, tables,
signature/date) in a form none of sets 1–8 used.

    python3 make.py        # stdlib only; rewrites the 8 files, manifest.json and this README byte for byte

`core.py` (figures, identities, official table layouts with rowspan/colspan), `reports.py` (figures,
printed cell forms and prose of each report), `render.py` (the eight forms), `notes.py` (manifest notes
and this README). The figures of table 三 are drawn by a seeded `random.Random`, so they are fixed.

`make.py` asserts for every report: T3-ROW on all 23/25 rows, T3-SUM and T3-COL per column, T4 总计 of
the three blocks, DOM-1/2/3, T2-19 (新公开 ≤ 对外公开总数), T2-AUTH (规章 0: no report is by a body that
may make 规章); that each narrative figure of new / completed / carried-forward requests, reviews and
lawsuits restates the tables; FEE-21 (fee_unpaid > 0 ⇒ section 六 speaks of the fee); that every blank
or marked cell (gold null) is a zero in the figures; that each printed cell parses back to its figure;
and that — after the form's own decoding (base64 MIME part, HTML tags and entities) — every non-null
cell, the agency, the published date and every narrative figure is in the file.

## Files

| file | form | template | year | level | agency | gold keys | null |
| --- | --- | --- | --- | --- | --- | --- | --- |
| `yicen-tax-2024.txt` | pymupdf-get-text | 2021 | 2024 | vertical agency (city 税务局) | 国家税务总局沂岑市税务局 | 219 | 0 |
| `fenqiao-cgj-2020.md` | pymupdf4llm-markdown-br | 2019 | 2020 | city department | 汾桥市城市管理局 | 214 | 0 |
| `linghe-yjj-2025.html` | google-docs-html-export | 2021 | 2025 | county department | 凌河县应急管理局 | 214 | 0 |
| `songyuan-gjj-2019.csv` | xlsx2csv-all-sheets | 2019 | 2019 | public institution (公积金中心) | 嵩原市住房公积金管理中心 | 214 | 0 |
| `shiqu-town-2023.eml` | eml-html-base64 | 2021 (mixed: 三 on the 2019 rows) | 2023 | township (镇) | 柳源县石渠镇人民政府 | 197 | 4 |
| `beihu-district-2020.html` | html-pre-fixed-width | 2019 | 2020 | district government | 澹州市北湖区人民政府 | 216 | 92 |
| `daichuan-nync-2022.html` | pdftohtml-absolute-positioned | 2021 | 2022 | provincial department | 岱川省农业农村厅 | 218 | 0 |
| `daiwan-customs-2019.html` | wayback-machine-snapshot | 2019 | 2019 | vertical agency (直属海关) | 岱湾海关 | 214 | 0 |

(The key counts are printed by `make.py`; manifest.json is authoritative.)

## Forms and traps (details per file in manifest.json `notes`)

* **pymupdf-get-text** — PyMuPDF `page.get_text()` in content-stream order: running header and footer
  first on each page, the signature text box (with the date = published) drawn before the rest of the
  last page, i.e. in the middle of table 三 and before sections 四–六; one table cell per line, wrapped
  cell text over several lines, no column positions; tables across page breaks; a wrapped prose line
  starting with 一、.
* **pymupdf4llm-markdown-br** — PyMuPDF `Table.to_markdown()`: first row = header, merged positions
  `Col2`… in the header, `<br>` inside cells, a table cut by a page break continues as a new table whose
  header row is a DATA row (`|行政事业性收费|3|0|Col4|`), the title split over two `#` headings.
* **google-docs-html-export** — one-line HTML, generated classes; section numbers 一…六 and （一）…（五）
  exist only as CSS list counters (not in the text); a value typed in two runs (`<span>6</span><span>3</span>`
  = 63); a footnote reference in a cell (`41<sup>[1]</sup>` = 41) and a footnote with other figures.
* **xlsx2csv-all-sheets** — `xlsx2csv -a`: `-------- N - 名称` sheet separators, the text one paragraph per
  row, the tables on sheets 2–4 with merged cells blank; a real date cell printed `2020-03-26`; thousands
  separators in SOME cells only (quoted `"48,613"`, `"1,026"`, `"1,253.86"` with 万元 in the header) while
  other cells of the same table have none.
* **eml-html-base64** — raw e-mail: RFC 2047 headers, quoted-printable cover note, report in a base64
  HTML part; the e-mail/cover dates are not the report date; short name in the title, full name in the
  signature; MIXED template (2021 table 二, table 三 with a single （六）其他处理 row: gold
  `other_handling.other`, the 2021 sub-row keys absent); `/` cells null.
* **html-pre-fixed-width** — tables as fixed-width text in `<pre>`, aligned by display width; 3-line
  headers, 2–3-line row labels with numbers on their first line; zeros printed `-`, `/` and BLANK (92 gold
  nulls, see below); chrome with counts.
* **pdftohtml-absolute-positioned** — poppler `pdftohtml -s -i -noframes`: every line/cell an absolutely
  positioned `<p>`, no table markup; rows from `top`, columns from `left`; a thousands separator in one
  cell only (12,873) and 126.50 万元.
* **wayback-machine-snapshot** — web.archive.org replay: toolbar with capture counts and dates, rewritten
  URLs, archive comments after `</html>`; 23,516 with a separator; 采购总金额 3856200元 (unit 元).

## Gold conventions and decisions

* Same shape as the earlier sets: `{file, form, era, agency, level, year, gold, notes}`; gold is a flat map
  of dotted `gdr_parse` paths; `era` = template.
* **Blank / `-` / `/` cells are gold null** (schema.md: "A blank cell, `/`, `-` … is JSON null (it is *not*
  0)"). The figures behind them are 0 (asserted), so the identities hold with null as 0 and `balance_ok`
  is true for all eight. Printed `0` is 0.
* **Mixed template** (`shiqu`): `template` is 2021 (table 二 decides, and 本年制发件数 is the first era rule of
  the spec); the single （六） row is `applications.other_handling.other` (schema: the 2019 single row is
  `other_handling.other`); `no_correction` and `fee_unpaid` are NOT in gold (the rows do not exist — absent,
  not 0).
* Money: `active.fees.amount` in 万元 (2021 header); 2019 `active.procurement.amount` as printed with
  `amount_unit` from the cell (`826.45万元`, `23857.6万元`, `3856200元`) or the header (`采购总金额（万元）`).
  Thousands separators are removed (`"1,253.86"` → 1253.86). Signed 本年增/减 as printed (`+12` → 12).
* `published` is the date under the report's signature (= the page's 发布时间 where there is one); never an
  e-mail, capture or retrieval date. For the xlsx2csv file it is the date cell `2020-03-26`.
* `narrative.*`: only figures the prose states with a number (or, for `shiqu`, 已全部办结 right after 收到6件,
  as earlier sets counted 均已按期答复). `applications_received` = 本年新收. `active_total` is the figure as
  stated; in the district government's report the 全区 figure is its own.
* `agency` is the full name (signature or title); a 区政府's report signed by its 办公室 is the 区政府's.
* `script` hans, `kind` annual_report for all eight.
'''
