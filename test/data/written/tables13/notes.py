"""manifest notes and README of set 13"""
from reports import T


def _apps(rep):
    t3 = rep['t3']
    return '新收 %d / 上年结转 %d / 办结 %d / 结转 %d' % (T(t3, 'new'), T(t3, 'carried_over'), T(t3, 'processed'),
                                                 T(t3, 'carried_forward'))


def notes_for(rep):
    i = rep['id']
    a = _apps(rep)
    n = rep['narr']
    if i == 'national-wetland-2023':
        return (
            "Real pandoc 2.17.1.1 `-f docx -t docbook5 -s` of the bureau's Word document (src/national-wetland-2023.html → "
            "LibreOffice 7.4.7.2 .docx, section heads Word's 标题 1 → pandoc; raw output = the file). DocBook 5 XML: "
            "<article> with <info><title>/<date>, a <section xml:id=…> per 一…六 (ids stripped of punctuation), "
            "<para> per paragraph, tables as CALS <informaltable><tgroup cols=…><colspec colwidth=\"30*\"/>…<tbody><row><entry>. "
            "pandoc DROPS the spans: every covered cell is an EMPTY <entry>\n</entry>, so 第二十条第（五）项 is one entry and "
            "three empty ones, 行政许可's decisions stand in the 2nd of 4 entries with two empty ones after, table 三's "
            "label columns are three entries of which only one or two are filled (the group label （三）不予公开 only on "
            "its first row), table 四's 15 values are one <row> of 15 entries under three header rows whose spanning "
            "labels are followed by empty entries. Every entry's text is on its own indented line. Section 四's head "
            "is the variant 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况. 2021 template, 2023 report; a national bureau "
            "(规章 allowed): 规章 2/1/11, 行政规范性文件 4/3/36, 行政许可 287, 行政处罚 9, 行政强制 0, 收费 0. Narrative: "
            "主动公开政府信息3174条, 新闻发布会6场, 政策解读23篇, %s, 行政复议5件, 行政诉讼4件 (3 + 1), 全国人大代表建议31件, "
            "全国政协提案27件, 未收取信息处理费 (fees_collected 0). 2期, 412个, 3期, 260人次 are not gold. published 2024-01-30 "
            "(signature; also the <info><date>)." % a)
    if i == 'qinchuan-province-2019':
        return (
            "Real LibreOffice 7.4.7.2 export to 'MS Word 2003 XML' (WordprocessingML 2003, the XSLT filter) of the "
            "province's .docx (src/qinchuan-province-2019.html → .docx → `--convert-to \"xml:MS Word 2003 XML\"`; raw "
            "output src/qinchuan-province-2019.word2003.xml = the file). One <w:wordDocument> with <o:DocumentProperties> "
            "(o:Title = the title), <w:fonts>, <w:styles>, then <w:body>: text only in <w:t> of <w:r> runs, a paragraph "
            "per <w:p>. In the prose every figure is its own run in the Times New Roman character style "
            "(`<w:r><w:rPr><w:rStyle w:val=\"T1\"/></w:rPr><w:t>46218</w:t></w:r>`), so words and figures must be joined "
            "across runs ('主动公开政府信息' | '46218' | '条'). Tables are <w:tbl>/<w:tr>/<w:tc>; column spans survive as "
            "<w:gridSpan>, but the XSLT writes NO <w:vmerge>: a cell spanning rows is written once and the rows below "
            "simply have fewer <w:tc> (三、本年度办理结果 and （三）不予公开 appear only on their first row; table 四's five "
            "复议 labels only in the second header row), exactly as HTML rowspan without the attribute. 2019 template, "
            "2019 report, provincial template variants: block (一) has a PROVINCIAL EXTRA ROW 其他主动公开文件 627 / 581 / "
            "4936 after 规范性文件 (gold `active.extra`, not a template key); annotated headers 上一年项目数量（指2018年事项数）, "
            "本年增/减（减少用负值表示）, 采购总金额（万元） (amount 26841.37, amount_unit 万元 from the header). Table 二: 规章 "
            "8/8/243, 规范性文件 31/31/486, 行政许可 1362 / -417 / 52783, 其他对外管理服务事项 295 / '+36' / 18406, 行政处罚 "
            "74 / -9 / 1285, 行政强制 19 / '+2' / 347, 行政事业性收费 58 / -11, 政府集中采购 1573 / 26841.37. Narrative: "
            "主动公开政府信息46218条 (386件 a part), 新闻发布会87场, 政策解读264篇, %s, 行政复议29件, 行政诉讼22件 (13 + 7... "
            "see table 四), 省人大代表建议612件, 省政协提案738件, 本年度未收取信息处理费 (fees_collected 0). 627件 (其他主动公开文件), 243件, "
            "486件, 3期, 027-86213540 are not narrative gold. published 2020-03-26." % a).replace(
            "(13 + 7... see table 四)", "(%d direct + %d after review)" % (rep['t4'][('suit_direct', 'total')],
                                                                        rep['t4'][('suit_after_review', 'total')]))
    if i == 'guanzhou-city-2022':
        return (
            "A Jupyter notebook (nbformat 4.5) in which an analyst scraped the city's report page: requests + "
            "BeautifulSoup + pandas.read_html. The notebook JSON is written by make.py, but every OUTPUT in it is the real "
            "output of pandas 1.5.3 / BeautifulSoup 4.11.2 / lxml (Debian 12 python3-pandas) run on the saved page "
            "(src/guanzhou-city-2022.page.html → src/guanzhou-city-2022.outputs.json). Cells: pd.__version__; fetch and "
            "print the <title> and the PubDate meta ('2023-03-28 16:30:00'); print every <p> of div.TRS_Editor (the "
            "prose, section heads, signature — no table text, tables are not <p>); `tables = pd.read_html(...)` and the "
            "shapes [(14, 4), (28, 10), (4, 15)]; then tables[0], tables[1] and tables[2] displayed, each an "
            "execute_result with BOTH 'text/html' (pandas' <div><style scoped>…<table class=\"dataframe\"> with a "
            "<thead> of integer column names 0…9 and <th> row indexes 0…27) and 'text/plain' (the repr, which TRUNCATES "
            "wide frames: table 三's repr shows only column 0, '...', and column 9 = the 总计 column; table 四's shows 10 "
            "of 15 columns). read_html found no <th>, so the header rows are data rows, and it FILLED THE SPANS: every "
            "spanned value is repeated — 行政许可 14826 three times, 本年收费金额 2341.56 three times, '申请人情况' seven "
            "times, '三、本年度办理结果' on 22 rows, the 勾稽 note on three rows. A last cell shows t3.iloc[3:, 3:].head() "
            "(the first five data rows again, a real but partial copy). Every JSON string is a list of lines. 2021 "
            "template, 2022 report; a city government: 规章 3/2/57, 行政规范性文件 16/9/203, 行政许可 14826, 行政处罚 3917, "
            "行政强制 128, 收费 2341.56 (万元). Table 三 （六）2 = %d, section 六 speaks of the 收费通知 and 未收取信息处理费 "
            "(fees_collected 0). Narrative: 主动公开政府信息24137条, 新闻发布会33场, 政策解读142篇, %s, 行政复议13件, "
            "行政诉讼10件, 市人大代表建议318件, 市政协提案406件. 38个, 4期, 浏览次数 2786 and the ICP number are not gold. "
            "published 2023-03-28 (signature; = the PubDate meta)." % (T(rep['t3'], 'other_handling.fee_unpaid'), a))
    if i == 'panxi-county-2020':
        return (
            "A mysqldump (MySQL 5.7, extended INSERTs, utf8) of the county portal's PHPCMS v9 database, tables `v9_news` "
            "(id, catid, title, …, url, inputtime, updatetime as UNIX timestamps) and `v9_news_data` (id, content, …). "
            "Three articles; the report is id 7336: its title only in v9_news, its body in v9_news_data.content. The "
            "content is the <body> of REAL LibreOffice 7.4.7.2 'HTML (StarWriter)' export of the county's .docx "
            "(src/panxi-county-2020.html → .docx → src/panxi-county-2020.lo.html), as a CMS editor keeps pasted Word "
            "HTML: <p class=\"western\"> paragraphs, <font face=\"仿宋_GB2312\"><span lang=\"zh-CN\">…</span></font> "
            "around every CJK stretch with the digits OUTSIDE them, <td> cells with <p> inside, rowspan/colspan kept, "
            "&nbsp;. Then MySQL string escaping over the whole HTML: \\\" for every attribute quote, \\r\\n for line "
            "breaks (the dump is one line per INSERT; the content is ~60 KB on one line), \\' and \\\\ where present. The "
            "other two articles (ids 7311, 7342: a notice with an address, 18号, 306室, 342800; a catalogue update "
            "with 26个, 15个, 312条, 129条) are NOT the report. 2019 template, 2020 report; county (no 规章): 规章 0/0/0, "
            "规范性文件 6/6/47; the four 处理决定数量 cells are FULL-WIDTH digits as the county typed them (９３１５, ３８７２, "
            "１６０３, １１８ → 9315, 3872, 1603, 118); 行政许可 286 / -12, 其他对外管理服务事项 64 / '+5', 行政处罚 812 / "
            "'+27', 行政强制 45 / 0, 行政事业性收费 21 / -3, 政府集中采购 97 / '3865.2万元' (amount 3865.2, unit 万元 in "
            "the cell). Narrative: 主动公开政府信息9627条 (1136条 a part), 推送1814条 (new_media_posts), 新闻发布会7场, "
            "政策解读29篇, %s, 行政复议3件, 行政诉讼3件, 县人大代表建议72件, 县政协提案95件. published 2021-01-27 (signature; "
            "inputtime 1611713557 is the same day, updatetime 2021-02-03 is not the date)." % a)
    if i == 'luting-district-2024':
        return (
            "Real pandoc 2.17.1.1 `-f docx -t jira` (Atlassian Jira / Confluence wiki markup) of the district's .docx "
            "(src/luting-district-2024.html → LibreOffice .docx → pandoc; raw output = the file), as pasted into a Jira "
            "issue or Confluence page of a data team. Heads are `h1. {anchor:一总体情况}一、总体情况`; paragraphs are "
            "plain lines; tables are `| cell | cell |` rows with NO header row marks (`||`), no separator line and the "
            "spans DROPPED: covered cells are empty `|  |` cells, so 行政许可 7436 is followed by two empty cells, table "
            "三's label columns are three cells of which the first is empty on every outcome row but （一）, and the group "
            "labels appear only on their first row. LABEL VARIANTS (gold under the template keys): 合计 for the 总计 "
            "column, （七）合计 for （七）总计, 只记这一情形，不记其他情形, 信访投诉举报类申请, straight quotes in "
            "3.危及\"三安全一稳定\". 2021 template, 2024 report; district (no 规章): 规章 0/0/0, 行政规范性文件 5/2/38, "
            "行政许可 7436, 行政处罚 1258, 行政强制 46, 收费 8.74 (万元). Table 三 （六）2 = %d, section 六: 发出收费通知 … "
            "未收取信息处理费 (fees_collected 0). Narrative: 主动公开政府信息8912条, 新闻发布会11场, 政策解读47篇, %s, "
            "行政复议8件, 行政诉讼6件, 区人大代表建议126件, 区政协提案158件. 17个, 2期 are not gold. published 2025-01-22."
            % (T(rep['t3'], 'other_handling.fee_unpaid'), a))
    if i == 'shanhu-street-2025':
        return (
            "A Hugo content file of a static-site mirror of the district portal: YAML front matter (title with the SHORT "
            "name 杉湖街道…, date 2026-01-16T09:30:00+08:00, lastmod 2026-02-04…, slug, aliases with the old CMS URL, "
            "categories, tags incl. \"2025\", params suoyinhao / fabujigou (the full agency name) / chengwenriqi / "
            "laiyuan, summary, weight 2025) then the body: REAL pandoc 2.17.1.1 `-f docx -t html5` of the street "
            "office's .docx (src/shanhu-street-2025.html → LibreOffice .docx → src/shanhu-street-2025.body.html): <p> "
            "paragraphs, <h1 id=…> heads, tables with <colgroup>, rowspan/colspan kept, rows class odd/even, no <th>. "
            "The first body paragraph is the full title. 2021 template, 2025 report; a 街道办事处 cannot make rules or "
            "license: 规章 '/ / /', 行政许可 '/', 行政事业性收费 '/' — those five cells are null (not-applicable marks), "
            "行政规范性文件 0/0/0, 行政处罚 23, 行政强制 0. Table 三 is tiny (新收 10, 办结 9, 结转 1); table 四 all 15 zeros. "
            "Narrative: 主动公开政府信息463条, 推送286条 (new_media_posts), %s (上年结转0件 stated), 未收取信息处理费 "
            "(fees_collected 0); 未发生…行政复议、行政诉讼 gives no reviews/lawsuits key. 74期, 1个, 9个, 2名 are not gold. "
            "published 2026-01-16 (signature = front matter date; not lastmod)." % a)
    if i == 'jinglan-zrzyj-2020':
        return (
            "Real pandoc 2.17.1.1 `-f docx -t textile` of the bureau's .docx (src/jinglan-zrzyj-2020.html → LibreOffice "
            ".docx → pandoc; raw output = the file), as kept in a Redmine wiki / issue (Redmine speaks Textile). Heads "
            "are `h1(#一总体情况). 一、总体情况`, paragraphs plain, but the tables are NOT Textile: pandoc's Textile writer "
            "cannot express these tables and writes them as RAW HTML <table><colgroup><col style=\"width: 30%%\" />…"
            "<tbody><tr class=\"odd\"><td align=\"left\">… with the spans dropped (covered cells are empty <td>s). So a "
            "Textile reader sees HTML blocks between Textile paragraphs. 2019 template, 2020 report; a county department: "
            "规章 0/0/0, 规范性文件 2/2/14, 行政许可 73 / -8 / 1264, 其他对外管理服务事项 26 / '+3' / 582, 行政处罚 41 / -6 / "
            "87, 行政强制 9 / 0 / 12, 行政事业性收费 7 / -1, 政府集中采购 14 / '268400元' (amount 268400, amount_unit 元 "
            "in the cell). Narrative: 主动公开政府信息1583条 (217条, 96条 parts), 发布信息412条 (new_media_posts), "
            "政策解读8篇, %s, 行政复议3件, 行政诉讼3件 (%d + %d). 1名, 1期 are not gold. published 2021-01-19."
            % (a, rep['t4'][('suit_direct', 'total')], rep['t4'][('suit_after_review', 'total')]))
    if i == 'tiaochuan-rczx-2021':
        return (
            "Real MuPDF 1.21.1 `mutool draw -F stext` of the centre's PDF (src/tiaochuan-rczx-2021.html → LibreOffice "
            "writer_pdf_Export → src/tiaochuan-rczx-2021.pdf; raw output src/tiaochuan-rczx-2021.stext.xml = the file): "
            "MuPDF's structured text, <document><page><block bbox><line bbox wmode dir><font name size><char quad x y "
            "color c=…/>, ONE ELEMENT PER CHARACTER, and every CJK character is a hexadecimal character reference "
            "(c=\"&#x82d5;\"), digits and ASCII literal (c=\"2\"). Nothing is joined: words, lines and cells must be "
            "rebuilt from the <line> elements (a line's chars in order) and their bboxes. In the tables MuPDF makes "
            "a <block> per cell, so the cells come one per line in reading order — and table 三's narrow label "
            "columns wrap: '一、本年新收政府信息' / '公开申请数量', '三、本' / '年度办' / '理结果', '（三' / '）不' / '予公' "
            "/ '开'; table 二 is cut by the page break after its (五) header row and table 三 runs over two page breaks "
            "(5 pages). MuPDF also emits a space <char> between CJK and Latin runs, so the prose reads "
            "'主动公开政府信息 692 条' and the signature '2022 年 1 月 25 日'. 2021 template, 2021 report; a public institution: "
            "规章 and 行政规范性文件 all 0, 行政许可 0, 行政处罚 0, 行政强制 0, 收费 0. Table 三 （六）1 = 1 and （六）2 = %d "
            "(section 六 states the fee notice). Narrative: 主动公开政府信息692条 (148条 a part), 推送信息375条 "
            "(new_media_posts), 政策解读6篇, %s (结转下年度继续办理0件 → 0), 行政复议1件 (维持); 未发生行政诉讼 gives no "
            "lawsuits key. published 2022-01-25." % (T(rep['t3'], 'other_handling.fee_unpaid'), a))
    raise KeyError(i)


WHY = [
    ('`pandoc -t docbook5`', 'DocBook is the archival and publishing format of documentation and 公报 typesetting '
     'pipelines, and pandoc is how Word files get into them; pandoc writes CALS tables and drops the spans.'),
    ('Word 2003 XML', 'the single-file XML Word format (.xml with `progid=\"Word.Document\"`) is still produced by '
     'OA / 公文 systems and by LibreOffice\'s export filter; pipelines that cannot unzip .docx read it as text.'),
    ('Jupyter notebook', 'research groups and newsrooms collect 年报 with requests + pandas in notebooks and share the '
     '.ipynb with its outputs; the outputs are pandas\' HTML and text reprs, not the page.'),
    ('mysqldump', 'site migrations and data handovers of county portals ship the CMS database as a mysqldump; '
     'PHPCMS v9 was the most common county-portal CMS, its article body in `v9_news_data.content`.'),
    ('`pandoc -t jira`', 'teams that track data collection in Jira/Confluence paste documents converted by pandoc; '
     'the markup has no span syntax.'),
    ('Hugo content file', 'static-site mirrors and archives of government pages (and some 集约化 platforms\' '
     'static publishing) store each article as front matter + HTML.'),
    ('`pandoc -t textile`', 'Redmine (Textile wiki) is a common internal tracker in 事业单位 IT departments; '
     'pandoc falls back to raw HTML for tables it cannot write.'),
    ('`mutool draw -F stext`', 'MuPDF\'s structured text is the input of PyMuPDF-based and other layout-aware '
     'extractors; set 9 had PyMuPDF\'s plain text, never the per-character XML.'),
]


def readme(man, total):
    L = ['# Held-out set 13 (tables): eight invented reports in eight more forms real reports arrive in', '',
         'Eight **invented** 政府信息公开工作年度报告 (fictional agencies, places, figures) carrying the national tables '
         '二, 三 and 四: three on the 2019 template (a 2019 and two 2020 reports) and five on the 2021 template (2021, '
         '2022, 2023, 2024, 2025 reports), each a full report (title, sections 一…六, tables, signature and date) in a '
         'form that sets 1–12 did not use. Levels: a national bureau, a provincial government, a prefecture-level city '
         'government, a county government, a district government, a 街道办事处, a county department (自然资源局) and a '
         'public institution (公共就业和人才服务中心).', '',
         '    python3 make.py        # stdlib only; rewrites the 8 files, manifest.json and this README byte for byte', '',
         '`core.py` (figures, identities, the official layouts with rowspan/colspan; taken over from set 12), '
         '`reports.py` (figures, printed cells, label variants, prose; asserts the identities and that every narrative '
         'figure is stated beside its keyword), `render.py` (the eight forms), `notes.py` (manifest notes and this '
         'README), `make.py` (gold, checks, manifest). Table 三 is drawn by a seeded `random.Random`.', '',
         'Seven files are the REAL output of tools (Debian 12 packages) run on a document `render.py` writes, and the '
         'eighth (the mysqldump) wraps real LibreOffice HTML: LibreOffice 7.4.7.2 (`soffice --headless --convert-to '
         'docx`, `pdf:writer_pdf_Export`, `xml:MS Word 2003 XML`, `html:HTML (StarWriter)`), pandoc 2.17.1.1 (`-f docx '
         '-t docbook5 -s`, `-t jira`, `-t html5`, `-t textile`), MuPDF 1.21.1 `mutool draw -F stext`, pandas 1.5.3 + '
         'BeautifulSoup 4.11.2 + lxml (Debian\'s python3-pandas, python3-bs4, python3-lxml; the notebook\'s outputs). '
         'Their inputs (`src/*.html`, `src/*.page.html`, with `*.sha256`), intermediate files (`*.docx`, `*.pdf`) and '
         'raw outputs (`*.dbk.xml`, `*.word2003.xml`, `*.outputs.json`, `*.lo.html`, `*.jira.txt`, `*.body.html`, '
         '`*.textile`, `*.stext.xml`) are kept in `src/`; make.py runs a tool again only when the sha256 of its input '
         'changes, so no tool is needed to rebuild the set. The notebook JSON, the Hugo front matter and the '
         'mysqldump around the tool outputs are written by `render.py`.', '',
         '`make.py` asserts for every report: T3-ROW on all 23/25 rows, T3-SUM and T3-COL per column, T4 总计 of the '
         'three blocks, DOM-1/2/3, T2-19 and T2-AUTH (规章 only for the national bureau, the province and the city), '
         'FEE-21 (（六）2 > 0 ⇒ section 六 speaks of the 收费通知), that each narrative figure restates the tables and is '
         'written beside its keyword; after the form\'s own decoding (DocBook/Textile/Hugo: tags and entities; Word '
         '2003 XML: runs joined per <w:p>; notebook: stream outputs and the text/html outputs\' cells; mysqldump: the '
         'MySQL string of v9_news_data id 7336 unescaped, then its tags; stext: each <line>\'s c= characters '
         'unescaped; then NFKC for the full-width digits) that the agency, the published date, the extra row and '
         'every non-null gold figure are in the file, AND that the table values stand in the decoded text in table '
         'order (a subsequence of its number tokens); and a mark of each form (empty <entry>s, w:gridSpan and the '
         'Times New Roman runs, class="dataframe", \\r\\n escapes, `h1. ` and `|` rows, the front matter, raw '
         '<table> in Textile, `<char quad=` with `&#x` references). Every file is under 300 KB.', '',
         '## Files', '', '| file | form | template | year | level | agency | gold keys | null |',
         '| --- | --- | --- | --- | --- | --- | --- | --- |']
    for e in man:
        L.append('| `%s` | %s | %s | %d | %s | %s | %d | %d |' % (
            e['file'], e['form'], e['era'], e['year'], e['level'], e['agency'], len(e['gold']),
            sum(v is None for v in e['gold'].values())))
    L += ['', 'Total gold keys: %d.' % total, '', '## Forms and traps (every detail in manifest.json `notes`)', '',
          '* **pandoc-docbook5** (`national-wetland-2023.dbk.xml`): CALS <informaltable>, one <entry> per line, spans '
          'dropped into EMPTY entries, <section xml:id> heads, the section 四 head variant 因政府信息公开工作被申请行政复议、提起行政诉讼情况.',
          '* **libreoffice-word2003-xml** (`qinchuan-province-2019.xml`): WordprocessingML 2003, every prose figure its '
          'own <w:r> (Times New Roman style), <w:gridSpan> kept but NO vmerge (row-spanning cells only on their first '
          'row), a provincial extra row 其他主动公开文件 (`active.extra`), annotated headers (指2018年事项数, 减少用负值表示, '
          '采购总金额（万元）), -417 / -9 / -11 and +36 / +2 signed cells.',
          '* **jupyter-notebook-pandas-read-html** (`guanzhou-city-2022.ipynb`): the report only as a scraper\'s '
          'outputs: prose as a stream, tables as pandas DataFrames (text/html + a TRUNCATED text/plain repr), header rows '
          'as data rows, every spanned value REPEATED (14826 ×3, 2341.56 ×3), a partial .head() copy after them.',
          '* **mysqldump-phpcms-news-data** (`panxi-county-2020.sql`): the report as an escaped MySQL string (\\" and '
          '\\r\\n) inside an extended INSERT with two other articles, title in another table, dates as UNIX '
          'timestamps, LibreOffice <font><span> HTML with digits outside the spans, FULL-WIDTH 处理决定数量 cells, '
          '`3865.2万元` in a cell.',
          '* **pandoc-jira** (`luting-district-2024.jira.txt`): `h1. {anchor:…}` heads, `|` rows without header marks, '
          'spans dropped into empty cells, label variants 合计 / （七）合计 / 只记 / 信访投诉举报类 / straight quotes.',
          '* **hugo-content-yaml-front-matter-html** (`shanhu-street-2025.html`): YAML front matter (short title, '
          'date, lastmod, aliases, params with the full agency name) + pandoc HTML5 body with spans; `/` in five '
          'not-applicable table 二 cells (null gold); table 四 all zeros.',
          '* **pandoc-textile** (`jinglan-zrzyj-2020.textile`): Textile heads `h1(#id).` and paragraphs, tables as '
          'RAW HTML with spans dropped, `268400元` in a cell (unit 元).',
          '* **mutool-draw-stext** (`tiaochuan-rczx-2021.stext.xml`): one <char> element per character with its quad, '
          'CJK as `&#x…;` references, a block per table cell, label cells wrapped over several lines, table 三 across a '
          'page break.', '', '## Why each form is realistic', '']
    for k, v in WHY:
        L.append('* **%s**: %s' % (k, v))
    L += ['', '## Gold conventions and decisions', '',
          '* Same shape as the earlier sets: `{file, form, era, agency, level, year, gold, notes}`; `gold` is a flat map '
          'of dotted `gdr_parse` paths (schema.md); `era` = the template. `balance_ok` is true for all eight.',
          '* Covered cells (empty DocBook entries, empty Jira cells and Textile <td>s, missing Word 2003 cells, '
          'pandas\' repeated span values) are nothing: a merged value is ONE value.',
          '* `/` cells (杉湖街道: 规章 ×3, 行政许可, 行政事业性收费) are null in the gold; every other cell has a figure.',
          '* The provincial row 其他主动公开文件 (溱川省) is `active.extra` `[{"label", "values"}]`, as in sets 3 and 8.',
          '* Money: `active.fees.amount` in 万元 (2021 header); 2019 `active.procurement.amount` with `amount_unit` '
          'from the cell (`3865.2万元`, `268400元`) or the header (`采购总金额（万元）` | `26841.37`). Signed 本年增/减 as '
          'printed (`+36` → 36). Full-width digits are their numbers (`９３１５` → 9315).',
          '* `published` is the date under the signature (the notebook\'s PubDate and the front matter date agree; '
          'the dump\'s updatetime and the front matter lastmod are not it).',
          '* `agency`: the full name of the signature (the Hugo title uses the short 杉湖街道).',
          '* `narrative.*`: only figures the prose states with a number beside its keyword; `applications_received` = '
          '本年新收; parts of a total, training counts, phone numbers, addresses and chrome are not gold; '
          '未收取信息处理费 is `fees_collected` 0 (2021 reports); a section 四 without a number gives no '
          '`reviews`/`lawsuits` key.',
          '* `script` hans and `kind` annual_report for all eight.', '']
    return '\n'.join(L)
