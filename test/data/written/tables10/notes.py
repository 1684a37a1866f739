"""manifest notes and README of set 10"""

NOTES = {
'laiao-qxj-2020': (
    "Real `elinks -dump -dump-width 80 -dump-charset utf-8` (ELinks 0.13.2) output of the city portal's article page "
    "(src/laiao-qxj-2020.html is the page; src/laiao-qxj-2020.elinks.txt the tool's raw output, identical to the file). "
    "Every link is numbered [N] before its text and a 'References / Visible links' list of URLs (col1229063520, "
    "art_1229067725_58832104 …) closes the dump. The 索引号 block is a layout table printed as aligned columns "
    "(成文日期/发布日期 2021-01-28 = published). The report tables have border=0 (borders only in CSS), so elinks draws NO "
    "rules: cells are aligned with spaces by display width. Each cell is wrapped inside its column: the 勾稽 note over 3 lines "
    "beside 申请人情况; 商业企/业, 社会公/益组织, 法律服/务机构 under each other; a wrapped row label takes 2–5 lines and the numbers (vertical-align middle) stand on its middle line, i.e. the 1st of 2 (一、本年新收政府信息公开申请  9 … 11 / 数量), the 2nd of 3 (（二）部分公开（区分 / 处理的，只计这一情形  1 … 1 / ，不计其他情形）; 2.其他法律行 / 政法规禁止公  0 … / 开). Rowspan labels are vertically centred in "
    "their span: 三、本 / 年度办 / 理结果 sits in the left column on the lines of 8.属于行政查询事项 and 1.本机关不掌握…; （三） / 不予公 / 开 "
    "beside rows 4–5 of its group; （四）/无法提/供 and （五）/不予处/理 likewise — a label line and a data row share a line. "
    "2019 template: 本年增/减 0, +1 (printed '+1' → 1), 0, 0, 0; 行政事业性收费 row has two cells (上一年项目数量 0, 本年增/减 0); "
    "采购总金额 186.4万元 (amount 186.4, unit 万元). City 气象局 (vertical agency): 规章 0/0/0, 规范性文件 1/1/6. "
    "Narrative: 主动公开政府信息468条 (active_total; 57/291/120 are its parts; 预警信号213期 is not gold), 微信公众号推送信息642条 "
    "(new_media_posts), 新闻发布会3场, 政策解读5篇, 收到申请11件 (= new total), 上年结转1件, 办结12件, 无结转 (carried_forward 0), "
    "被申请行政复议1件 (reviews 1). '未发生…行政诉讼' names no number: no narrative.lawsuits. 0576-89012345, 317600, 218号, "
    "浏览次数1093, 网站标识码/ICP numbers and the [N] link numbers are not figures."),
'suichuan-jrj-2024': (
    "Imitates pdfplumber `page.extract_text()` of the bureau's Word-made PDF, pages joined with '\\n' (the usual "
    "'\\n'.join(p.extract_text() for p in pdf.pages)). Characters on one baseline form a line; cells on a line are joined by a "
    "single space; no indentation, no blank lines; prose hard-wrapped at the page width (punctuation kept off line starts); "
    "the page footer '— N —' is the last line of each page, so it falls between table rows (table 二 after 第二十条第（五）项, "
    "table 三 twice). Table cells are vertically centred: a 2-line label gives label-line / number-line / label-line "
    "(一、本年新收政府信息 / 39 5 1 2 3 2 52 / 公开申请数量), a 3-line label has its numbers on the middle line. Merged labels stand "
    "one or two characters a line in a narrow column and land on the lines of other rows: 三 / 、 / 本 / 年 / 度 / 办 / 理 / 结 / 果 "
    "interleaved with the rows of （四）and （五）, （三 / ）不 / 予公 / 开 across the page break, （六 / ）其 / 他处 / 理. Header words "
    "cut: 自然 / 人, 商业 / 企业, 社会 / 公益 / 组织 interleaved with the 勾稽 note's lines. Table 四 (2021 template): the two "
    "header rows each a line ('行政复议 行政诉讼', '未经复议直接起诉 复议后起诉'), the five sub-labels written one character a line "
    "(结 结 其 尚 / 果 果 他 未 总 / …, the 复议 block and the two 诉讼 blocks on alternating lines because their cells are centred on "
    "different heights), then the 15 numbers on ONE line: 3 1 1 1 6 2 0 1 0 3 1 0 0 1 2. Provincial department (地方金融管理局, "
    "renamed in 2024 from 地方金融监督管理局 — the old name is in the prose and is not the agency): 规章 0/0/0, 行政规范性文件 4/2/23, "
    "行政许可 58, 行政处罚 12, 行政强制 0, 收费 0. Narrative: 主动公开政府信息1163条 (1042 and 6件 are parts), 新闻发布会4场, "
    "政策解读21篇, 政务新媒体发布信息905条, 新收52 / 上年结转4 / 办结54 / 结转2 (the sentence is wrapped: '办' / '结54件'), "
    "行政复议6件 / 行政诉讼5件 (3 direct + 2 after review), 省人大代表建议11件, 省政协提案17件, 未收取信息处理费 (0). "
    "培训156人次, 100% are not gold. The last wrapped line '100%。' is on the next page after '— 4 —'."),
'liaochuan-xicen-2022': (
    "Text of a scanned, stamped copy read by PaddleOCR (PP-OCRv4, via a short batch script): each page image starts with "
    "'[liaochuan-xicen-2022_pNN.png]', then one detected text box per line in PaddleOCR's order (top to bottom, left to right). "
    "A table row is its label box(es) then one line per number; wrapped labels are separate boxes above and below the numbers, "
    "vertical labels (三、/本/年/度…, (四)/无法/提供, (六)/其他/处理) are boxes of one or two characters between other rows; two "
    "cells close together became ONE box: '(三)4.保护第三方' (group label + row label). Table 四's sub-labels are one box per "
    "character, its 15 numbers 15 lines. Full-width （）“”： came out as ASCII ()\"\":. OCR misreadings (gold is the figure the "
    "scan shows): l937 = 1937 (行政处罚), 4l = 41 (行政强制), 行政规范性文件 本年废止件数 'l' = 1, 新收 总计 '16l' = 161, (七)总计 "
    "自然人 '12O' = 120, 上年结转 商业企业 'O' = 0, 国家秘密 社会公益组织 'O', 行政执法案卷 总计 'O', 复议 其他结果 'O', 复议后起诉 "
    "结果纠正 'O' (all 0), 未经复议直接起诉 结果纠正 'I' = 1, (一)予以公开 法律服务机构 'Z' = 2 (a Z for 2; the row total 45 = "
    "38+4+0+0+x+1 gives x = 2, and the column 法律服务机构 9 = 2+1+1+5 confirms it), 本机关不掌握 总计 '44.' = 44 (a stray dot). "
    "The prose has '废止l件' (1) and the date under the signature is '2O23年1月17日' (published 2023-01-17); a seal box "
    "'市西岑区人民政' (the curved seal text, cut) stands between the signature and the date — it is not the agency. Page footers "
    "came out as -1- … -4-. District government: 规章 0/0/0, 行政规范性文件 3/1/27, 行政许可 12684, 行政处罚 1937, 行政强制 41, "
    "收费 286.35 万元. Narrative: 主动公开政府信息6842条 (4917 is a part), 新闻发布会9场, 政策解读36篇, 新收161 / 上年结转6 / "
    "办结162 / 结转5, 区人大代表建议87件, 区政协提案112件, 未收取信息处理费 (0). No reviews/lawsuits sentence: no narrative keys. "
    "12个区级部门, 9个街道, 4%, 4次 are not gold."),
'national-saltlake-2021': (
    "Real `pandoc -f html -t asciidoc` (pandoc 2.17.1.1) output of the bureau's article page (src/national-saltlake-2021.html; "
    "raw output src/national-saltlake-2021.pandoc.adoc, identical to the file). Links become url[text], the title '== …', the "
    "section heads '=== 一、总体情况' …. Tables are AsciiDoc '|===' blocks with a '[cols=\",,,\",]' line; pandoc 2.17 drops "
    "rowspan/colspan and writes a merged cell's text once, at its top-left position, and an EMPTY cell for every other position it "
    "covers ('|第二十条第（五）项 | | |', '|行政许可 |342 | |' — one value, not three; in table 三 the 勾稽 note row is "
    "'|（本列…之和） |' + '| |申请人情况 | | | | | |' because pandoc counts the 3×3 note as one cell plus blanks, rows 2–8 of a group "
    "start with '| | |'). Rows are wrapped at 72 columns, so a row may continue on the next line ('|6 |0 |0' / '|0 |0 |0 |6'), and "
    "rows are separated by blank lines once any row of the table wraps. Table 四's header rows also wrap (…'|' / '|复议后起诉 | | | |'). "
    "National bureau: 规章 0/0/0, 行政规范性文件 5/2/31, 行政许可 342, 行政处罚 6, 行政强制 0, 收费 0. Table 三 fee_unpaid 自然人 1 "
    "and section 六 says 发出收费通知1件…未实际收取信息处理费 (fees_collected 0; FEE-21). Narrative: 主动公开政府信息2416条 (2197 is "
    "a part), 新闻发布会5场, 政策解读18篇, 新收82 / 上年结转7 / 办结83 / 结转6, 行政复议9件 / 行政诉讼9件 (6 direct + 3 after review, "
    "stated before table 四), 全国人大代表建议14件, 全国政协提案9件. '自然人申请占87%左右' is a share, not a figure. published = "
    "发布时间 2022-01-26 = the signature date."),
'wangchao-street-2025': (
    "The report as the district portal shows it: the CMS cut the article into TWO pages ('共2页 首页 上一页 [1] [2] 下一页 尾页'), "
    "and the user copied each page with Ctrl+A / Ctrl+C in Chrome and pasted both into one file: page 1's text with its whole "
    "chrome (site name, nav, breadcrumb, title, 发布时间/信息来源/浏览次数 412, 字体 大中小), the pager, 打印本页/关闭窗口, a "
    "'相关文章' list (the 2024 report's title, the 2025 要点), the footer (网站标识码 4309030012, ICP and 公网安备 numbers, 1366×768); "
    "then page 2 with the same chrome again (浏览次数 413). Chrome's copy of a table is one line per row with cells joined by TABs, a "
    "merged cell only in its first row. The CMS cut table 三 between 5.属于三类内部事务信息 and 6.属于四类过程性信息: page 1 ends "
    "with rows 一 … （三）5, page 2 starts, right after its chrome, with '6.属于四类过程性信息\\t0\\t0…' — no header, no "
    "三、本年度办理结果 and no （三）不予公开 group label on page 2 (the group must be carried across the chrome). Table 四 copies as "
    "its header rows on separate lines ('行政复议\\t行政诉讼', '结果维持…总计\\t未经复议直接起诉\\t复议后起诉', the 10 诉讼 sub-labels) "
    "and the 15 numbers on one line. The street has no power to make 规章/规范性文件 and has no 行政许可: those cells are printed '/' "
    "(gold null, 7 nulls; the figures behind them are 0). 行政处罚 46, 行政强制 2, 收费 0. Narrative: 主动公开政府信息326条, "
    "微信公众号推送418条 (new_media_posts), 政策解读7篇, 新收18 / 上年结转1 / 办结17 / 结转2, 未收取信息处理费 (0). No review/lawsuit "
    "sentence. published 2026-01-19 (发布时间 and the signature). Year 2025; the 相关文章 title with 2024 is another report."),
'ronggang-ggzy-2019': (
    "JSON written by the `unstructured` library (partition_docx of the centre's .docx, elements serialised with indent 2, keys "
    "sorted, ensure_ascii off): a list of elements {element_id, metadata{filename, filetype, languages, page_number, parent_id, "
    "category_depth, emphasized_text_*…}, text, type}. Types: Header (the docx header '榕岗市公共资源交易中心'), Title (the title, "
    "each section head and the signature), NarrativeText (paragraphs), Table, UncategorizedText (the date), Footer. Each Table "
    "element carries the table twice: 'text' = every grid position's text joined by single spaces on ONE line, and "
    "metadata.text_as_html = a plain <table> without spans; in both, a merged cell's text is REPEATED in every grid position it "
    "covers (python-docx returns the merged cell for each position): '第二十条第（一）项' 4 times, the 勾稽 note 9 times, "
    "'三、本年度办理结果' on 20 rows, group labels on every row of their group, and in table 二 the two-column cells '本年增/减' / "
    "'-1 -1' and '采购总金额' / '2386500元 2386500元' (ONE value each: fees items_change -1, procurement amount 2386500 元). "
    "Public institution (公共资源交易中心): 规章 and 规范性文件 0/0/0, 行政许可 0/0/0, 其他对外管理服务事项 12 / 2 / 3418, 行政处罚 and "
    "行政强制 0/0/0, 行政事业性收费 2 / -1, 政府集中采购 14 items, 2386500元 (unit 元). Table 三: the applicants are mostly "
    "企业 (商业企业 18 of 38 new). Narrative: 主动公开各类信息5327条 (active_total; 2139/2086/1102 are parts; 3418个 transactions "
    "and 286.7亿元 are not gold), 收到申请38件, 上年结转1件, 办结39件, 无结转 (0), 行政复议3件, 行政诉讼1件. published = the date "
    "element 2020年1月20日; last_modified 2020-01-19 in metadata is the file's time, not the publication."),
'zixi-wglj-2023': (
    "HTML written by mammoth (docx → HTML, as markitdown and many pipelines use it): ONE line, no <html>/<head>, no styles; every "
    "paragraph a <p>, bold runs <strong>, every table cell's text in its own <p> inside <td>, merged cells as colspan/rowspan; the "
    "seal picture as an inline <img src=\"data:image/png;base64,…\"> (digits inside the base64 are not figures). Table 三 is "
    "printed TRANSPOSED (the bureau's table was made landscape in Excel and pasted): applicant types are the rows (自然人 colspan 2; "
    "法人或其他组织 rowspan 5 beside 商业企业 … 其他; 总计 colspan 2) and the 25 outcome rows of the template are the columns, under "
    "a three-row header (一、本年新收…, 二、上年结转… and 四、结转下年度继续办理 rowspan 3; 三、本年度办理结果 colspan 22; （一）, "
    "（二）, （七）总计 rowspan 2; （三）不予公开 colspan 8, （四） 3, （五） 5, （六）其他处理 3; then the 19 numbered sub-labels). "
    "The 勾稽 note is a paragraph above the table, rewritten for the transposed layout (第一列加第二列之和，等于“（七）总计”列加最后一列之和). "
    "Gold maps each number back to the template's row × column (e.g. the 商业企业 row's 3rd value = applications.granted.business). "
    "County department: 规章 0/0/0, 行政规范性文件 1/0/4, 行政许可 146, 行政处罚 23, 行政强制 1, 收费 0. Table 四: 复议 尚未审结 1, "
    "total 1, the note under it restates it. Narrative: 主动公开政府信息538条, 微信公众号、抖音号发布信息1204条 (new_media_posts), "
    "收到申请15件, 办结14件, 结转1件, 行政复议1件 (reviews 1; from the 注), 县人大代表建议12件, 县政协提案19件, 未收取信息处理费 (0)."),
'qiyang-county-2020': (
    "Imitates `pdftotext -layout` of the county's PDF, which was merged from the Word report and an Excel sheet: the body pages "
    "(footer — N —) have tables 二 and 四, but table 三 is the Excel sheet inserted after '具体情况见下表（附表）。', printed landscape "
    "with Excel's default page order (down, then over) and NO repeated title columns: the sheet is too wide, so its first page "
    "holds the label columns and 自然人, 商业企业, 科研机构, 社会公益组织 (footer '第 1 页'), and its SECOND page holds only the "
    "columns 法律服务机构, 其他, 总计 — 23 rows of three numbers without any row label (footer '第 2 页'; Excel numbers its own "
    "pages). The rows of the second page must be matched to the first page's rows by order (they are in the same order and at "
    "the same heights; a row whose label wraps has its numbers between its two label lines on page 1). The header cell "
    "法人或其他组织 (colspan 5) is printed on page 1 only; page 2 has only '法律服务 / 机构', '其他', '总计'. Form feeds end each page. "
    "Table 二 (2019 template): wrapped headers (本年新制作数 / 量, 上一年项目数 / 量), wrapped label 其他对外管理服 / 务事项 with its "
    "numbers between; 本年增/减 -8, +3, 0, -2, -4; 采购总金额 9863.27万元 (unit 万元); table 二 breaks across the page after "
    "第二十条第（八）项. Table 四 headers one character a line (结/果/维/持), 15 numbers on one line. County government: 规范性文件 "
    "6/6/41, 行政许可 312 / -8 / 23846, 其他对外管理服务事项 87 / +3 / 15211, 行政处罚 1046 / 0 / 3127, 行政强制 64 / -2 / 188, 收费 "
    "38 / -4, 采购 127 / 9863.27万元. Narrative: 全县…主动公开政府信息21463条 (the county government's report: the 全县 figure is its "
    "own), 新闻发布会14场, 政策解读57篇, 县政府本级…新收103 / 上年结转3 / 办结100 / 结转6, 县人大代表建议121件, 县政协提案163件. "
    "No review/lawsuit count in the prose (个别答复被复议机关纠正 is no number). published 2021-03-26."),
}

TRAITS = {
    'elinks-dump-borderless': 'real elinks dump: [N] links + References, borderless tables aligned by spaces, labels wrapped in columns, rowspan labels centred',
    'pdfplumber-extract-text': 'single-space cells, wrapped labels above/below the numbers, vertical merged labels interleaved, 四 headers on lines + 15 numbers on one line, page footers between rows',
    'paddleocr-text-boxes': 'one OCR box per line, numbers one per line, O/l/I/Z confusions, merged and split boxes, seal text, ASCII punctuation',
    'pandoc-asciidoc': 'real pandoc AsciiDoc: |=== tables, spans dropped to anchor + empty cells, rows wrapped at 72 columns',
    'cms-two-pages-browser-copy': 'two CMS pages pasted with full chrome between; table 三 cut after （三）5 and continued headless; TAB cells; / cells null',
    'unstructured-elements-json': 'JSON element list; Table text flattened with spaces and text_as_html; merged cells repeated in every position',
    'mammoth-docx-html-transposed': 'one-line mammoth HTML, <td><p>, base64 seal image; table 三 TRANSPOSED (applicants as rows, 25 outcomes as columns)',
    'pdftotext-layout-excel-columns-split': 'Word+Excel PDF; table 三 printed over two Excel pages by columns, the 2nd page numbers only',
}


def notes_for(rid):
    return NOTES[rid]


def readme(man, total):
    L = []
    L.append('# Held-out set 10 (tables): eight invented reports in eight more forms real reports arrive in\n')
    L.append('Eight **invented** 政府信息公开工作年度报告 (fictional agencies, places, figures) carrying the national tables '
             '二, 三 and 四: three on the 2019 template (2019 and 2020 reports) and five on the 2021 template (2021, 2022, 2023, '
             '2024, 2025 reports), each a full report (title, sections 一…六, tables, signature and date) in a form that sets 1–9 '
             'did not use. Levels: a national bureau, a provincial department, a district government, a county government, a '
             'county department, a 街道, a public institution (公共资源交易中心) and a vertical agency (市气象局).\n')
    L.append('    python3 make.py        # stdlib only; rewrites the 8 files, manifest.json and this README byte for byte\n')
    L.append('`core.py` (figures, identities, official layouts with rowspan/colspan), `layout.py` (a small page-layout model '
             'of a Word/Excel PDF: cells wrapped in their columns, vertically centred, rows on pages; used to imitate pdfplumber, '
             'pdftotext -layout and OCR boxes), `reports.py` (figures, printed cells, prose), `render.py` (the eight forms), '
             '`notes.py` (manifest notes and this README). Table 三 is drawn by a seeded `random.Random`.\n')
    L.append('Two files are the REAL output of a tool run on a page `make.py` writes: `elinks -dump` (ELinks 0.13.2) and `pandoc '
             '-f html -t asciidoc` (pandoc 2.17.1.1), both Debian packages. Their inputs and raw outputs are kept in `src/` '
             '(`*.html`, `*.elinks.txt`, `*.pandoc.adoc`, with the sha256 of the input they were made from); make.py only calls '
             'the tool again if the input page changes, so neither tool is needed to rebuild the set.\n')
    L.append('`make.py` asserts for every report: T3-ROW on all 23/25 rows, T3-SUM and T3-COL per column, T4 总计 of the three '
             'blocks, DOM-1/2/3, T2-19 and T2-AUTH (no body here may make 规章: all 规章 cells 0), FEE-21 (fee_unpaid > 0 ⇒ '
             'section 六 speaks of the 收费通知), that every null gold cell is 0 in the figures, that each narrative figure of '
             'new / completed / carried-forward requests, reviews and lawsuits restates the tables, and — after the form\'s own '
             'decoding (JSON, HTML tags, the OCR misreadings undone) — that the agency, the published date and every non-null '
             'gold figure are in the file; plus one check per form that its trait is there.\n')
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

* **elinks -dump**: ELinks is, with lynx and w3m, the text browser used in shell scripts and crawlers; a CMS table whose
  borders are only CSS dumps as columns of spaces (w3m's box drawing and lynx's flattening were sets 8; elinks's column
  layout with wrapped cells was not used).
* **pdfplumber `extract_text()`**: the most used Python PDF library in data pipelines; it joins the words of a baseline with
  single spaces, so a vertically centred cell splits its neighbours' labels.
* **PaddleOCR boxes**: the OCR engine behind Umi-OCR and most Chinese OCR tools; scanned, stamped reports are common on county
  and district sites. Set 7 had Tesseract (a space between every character); a box-per-line dump was not used.
* **pandoc AsciiDoc**: pandoc is the usual converter for documentation sites (Antora/Asciidoctor); its 2.x AsciiDoc writer
  drops cell spans.
* **CMS pagination**: TRS/Hanweb-style CMSs cut long articles into pages (共N页 上一页 下一页); a user copies both pages.
* **unstructured JSON**: the standard document-partitioning library of RAG pipelines; its output is stored as JSON elements.
* **mammoth HTML**: the docx→HTML converter inside markitdown and many upload pipelines; the transposed table 三 copies what
  offices do when the 25-row table is rebuilt landscape in Excel.
* **Word + Excel PDF**: offices merge a Word body and an Excel sheet into one PDF; a wide sheet printed without repeated title
  columns spills its right-hand columns onto a page of bare numbers.

## Gold conventions and decisions

* Same shape as the earlier sets: `{file, form, era, agency, level, year, gold, notes}`; `gold` is a flat map of dotted
  `gdr_parse` paths (schema.md); `era` = the template.
* `/` cells (the 街道 report) are gold `null`; the figures behind them are 0 (asserted) and `balance_ok` is true for all eight.
  Printed `0` is 0.
* OCR misreadings (`l937`, `4l`, `16l`, `12O`, `O`, `I`, `Z`, `44.`, `2O23年`) are gold as the figure the scan shows (1937, 41,
  161, 120, 0, 1, 2, 44, 2023): a careful reader reads them so, and the `Z` (2) is fixed by its row and column totals.
* Repeated merged cells (unstructured) are ONE value; empty AsciiDoc cells of a span are nothing (not null).
* Transposed table 三 (mammoth): gold uses the template's row × column keys.
* Table 三 split by columns over two Excel pages (淇阳): the second page's numbers belong to the rows of the first in order.
* Money: `active.fees.amount` in 万元 (2021 header); 2019 `active.procurement.amount` as printed with `amount_unit` from the
  cell (`186.4万元`, `2386500元`, `9863.27万元`). Signed 本年增/减 as printed (`+3` → 3).
* `published` is the date under the signature (= the page's 发布日期/发布时间 where there is one; the unstructured metadata's
  `last_modified` is not it).
* `narrative.*`: only figures the prose states with a number; `applications_received` = 本年新收; `active_total` as stated
  (全县 in the county government's own report); parts of a total, shares, 浏览次数 and 培训人次 are not gold. 未收取信息处理费
  is `fees_collected` 0; 无结转 is `applications_carried_forward` 0.
* `agency`: the full name of the title/signature. The renamed 金融管理局's old name (地方金融监督管理局) in its prose is not
  the agency; the OCR seal box `市西岑区人民政` is not the agency.
* `script` hans and `kind` annual_report for all eight.
''')
    return '\n'.join(L)
