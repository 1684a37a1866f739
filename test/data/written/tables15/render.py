"""The five forms of set 15.  Four are the real output of Debian tools run on a document written here (the fifth,
the Outlook mail, is written here in the markup Outlook saves); the tool outputs are kept in src/ with the sha256 of
their input, so no tool is needed to rebuild the set."""
import hashlib, html as _html, json, os, re, shutil, subprocess, tempfile
from core import model_t2, model_t3, model_t4, to_html, esc, C, grid, COLS, COL_LABELS, NOTE3, t3_rows

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
LO_PROFILE = 'file:///tmp/gdr-tables15-lo-profile'


def cached(inp_name, inp_data, outs, run):
    """Run real converters once.  The input is written to src/inp_name; `run(tmpdir, inp_path)` must leave the
    files named in `outs` in tmpdir; they are copied to src/ and the sha256 of the input is kept beside it.  While
    the input does not change the kept outputs are used and no tool is run.  Returns {name: bytes}."""
    os.makedirs(SRC, exist_ok=True)
    ip = os.path.join(SRC, inp_name)
    data = inp_data if isinstance(inp_data, bytes) else inp_data.encode('utf-8')
    with open(ip, 'wb') as f:
        f.write(data)
    h = hashlib.sha256(data).hexdigest()
    hp = ip + '.sha256'
    have = all(os.path.exists(os.path.join(SRC, o)) for o in outs)
    if not (have and os.path.exists(hp) and open(hp).read().split()[0] == h):
        tmp = tempfile.mkdtemp(prefix='tables15-')
        try:
            tp = os.path.join(tmp, inp_name)
            shutil.copy(ip, tp)
            run(tmp, tp)
            for o in outs:
                shutil.copy(os.path.join(tmp, o), os.path.join(SRC, o))
        finally:
            shutil.rmtree(tmp)
        with open(hp, 'w') as f:
            f.write('%s  %s\n' % (h, inp_name))
    return {o: open(os.path.join(SRC, o), 'rb').read() for o in outs}


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, timeout=600, **kw)


def soffice(tmp, path, fmt, infilter=None, outdir=None):
    cmd = ['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless', '--norestore']
    if infilter:
        cmd.append('--infilter=' + infilter)
    sh(cmd + ['--convert-to', fmt, '--outdir', outdir or tmp, path])


# ---------------------------------------------------------------- table models
def model_t3x(template, fmt, order, sub_fmt):
    """table 三 with the applicant columns in another order and a printed 小计 of the five 法人 columns"""
    lab = dict(zip(COLS, COL_LABELS))
    lab['subtotal'] = '小计'
    org = [c for c in order if c not in ('person', 'total')]
    row2 = []
    for c in order:
        if c in ('person', 'total'):
            row2.append(C(lab[c], rs=2))
        elif not any(x['t'] == '法人或其他组织' for x in row2):
            row2.append(C('法人或其他组织', cs=len(org)))
    m = [[C(NOTE3, rs=3, cs=3), C('申请人情况', cs=len(order))], row2, [C(lab[c]) for c in org]]
    rows = t3_rows(template)
    nres = len(rows) - 3
    seen = set()
    for k, g, l in rows:
        nums = []
        for c in order:
            if c == 'subtotal':
                nums.append(C(sub_fmt(k), key='printed_subtotal'))
            else:
                nums.append(C(fmt('applications.%s.%s' % (k, c)), key='applications.%s.%s' % (k, c)))
        if k in ('new', 'carried_over', 'carried_forward'):
            cells = [C(l, cs=3)]
        elif g is None:
            cells = [C(l, cs=2)]
        else:
            cells = []
            if g not in seen:
                seen.add(g)
                cells.append(C(g, rs=sum(1 for r in rows if r[1] == g)))
            cells.append(C(l))
        if k == 'granted':
            cells.insert(0, C('三、本年度办理结果', rs=nres))
        m.append(cells + nums)
    return m


def tables(rep):
    """the table models of the report (T2, T3, T4, and T3ALL for a second table 三)"""
    f = rep['fmt']
    T = {'T2': model_t2(rep['template'], f), 'T4': model_t4(f)}
    if rep.get('col_order'):
        t3 = rep['t3']
        org = ('business', 'research', 'nonprofit', 'legal', 'other')
        sub = lambda k: str(sum(t3[(k, c)] for c in org))
        T['T3'] = model_t3x(rep['template'], f, rep['col_order'], sub)
    else:
        T['T3'] = model_t3(rep['template'], f, rep.get('labels'))
    if rep.get('t3_all'):
        ta = rep['t3_all']
        T['T3ALL'] = model_t3(rep['template'], lambda p: str(ta[tuple(p.split('.', 1)[1].rsplit('.', 1))]))
        for row in T['T3ALL']:
            for c in row:
                c['key'] = None
    for row in T['T2']:
        for c in row:
            c['t'] = rep.get('t2_labels', {}).get(c['t'], c['t'])
    return T


def ymd(s):
    y, m, d = s.split('-')
    return '%s年%d月%d日' % (y, int(m), int(d))


# ---------------------------------------------------------------- the agency's Word document, as HTML for LibreOffice
COLW = {(tpl, 'T2'): [31, 23, 23, 23] for tpl in ('2019', '2021')}
COLW.update({(tpl, 'T3'): [6, 7, 21] + [9, 9, 8, 8, 8, 8, 8] for tpl in ('2019', '2021')})
COLW.update({(tpl, 'T3ALL'): COLW[(tpl, 'T3')] for tpl in ('2019', '2021')})
COLW.update({(tpl, 'T4'): [6, 6, 6, 6, 8] + [6, 6, 6, 6, 8] * 2 for tpl in ('2019', '2021')})
SUBHEAD = re.compile(r'^（[一二三四五六七八九]）[^。]{2,30}$')


def word_html(rep, T, heads='p', colw=None, tfont='10pt'):
    """仿宋 body, 黑体 heads (or <h1> heads: Word's 标题 1), tables with borders and merged cells"""
    td = lambda c: ' style="border:1px solid #000000;padding:2px"' + (' align="center"' if c['key'] else '')
    h = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', '<title>%s</title>' % rep['title'],
         '<style>body{font-family:"仿宋_GB2312";font-size:16pt} p{margin:0}</style>', '</head><body>',
         '<p align="center" style="font-family:方正小标宋简体;font-size:22pt">%s</p>' % esc(rep['title']), '<p>&nbsp;</p>']
    for head, paras in rep['sections']:
        if head:
            if heads == 'h1':
                h.append('<h1>%s</h1>' % esc(head))
            else:
                h.append('<p style="font-family:黑体;text-indent:2em">%s</p>' % esc(head))
        for p in paras:
            if p in T:
                tb = to_html(T[p], ' border="1" cellspacing="0" cellpadding="2" width="100%%" style="border-collapse:collapse;font-size:%s"' % tfont, td)
                w = rep.get('colw', {}).get(p) or (colw or COLW).get((rep['template'], p))
                if w:
                    tb[1:1] = ['<colgroup>' + ''.join('<col width="%d">' % (6 * x) for x in w) + '</colgroup>']
                h += tb
            elif SUBHEAD.match(p):
                h.append('<p style="font-family:楷体_GB2312;text-indent:2em">%s</p>' % esc(p))
            else:
                h.append('<p style="text-indent:2em">%s</p>' % esc(p))
    h.append('<p>&nbsp;</p>')
    for s in rep['signature']:
        h.append('<p align="right">%s</p>' % esc(s))
    h += ['</body></html>', '']
    return '\n'.join(h)


def via_docx(tmp, path, i):
    soffice(tmp, path, 'docx:MS Word 2007 XML', infilter='HTML (StarWriter)')
    return os.path.join(tmp, i + '.docx')


# ---------------------------------------------------------------- a flat ODT (.fodt) written here, for LibreOffice's PDF export
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
SERIF, SANS = 'Noto Serif CJK SC', 'Noto Sans CJK SC'



# ---------------------------------------------------------------- 1 perl docx2txt of the department's .docx
def r_docx2txt(rep):
    i = rep['id']
    html = word_html(rep, tables(rep))

    def run(tmp, path):
        d = via_docx(tmp, path, i)
        out = sh(['docx2txt', d, '-'], cwd=tmp).stdout
        with open(os.path.join(tmp, i + '.docx2txt.txt'), 'wb') as f:
            f.write(out)
    out = cached(i + '.html', html, [i + '.docx', i + '.docx2txt.txt'], run)
    return out[i + '.docx2txt.txt'].decode('utf-8')


# ---------------------------------------------------------------- 3 Debian html2text (1.3.2a, C++) of the CMS page
def cms_page(rep, T):
    y, m, d = rep['published'].split('-')
    h = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
         '<title>%s_滃川县人民政府</title>' % esc(rep['title']),
         '<meta name="ArticleTitle" content="%s" />' % esc(rep['title']),
         '<meta name="PubDate" content="%s-%s-%s 16:32" />' % (y, m, d),
         '<meta name="ContentSource" content="滃川县市场监督管理局" />',
         '</head><body>',
         '<div class="top"><a href="/">滃川县人民政府</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></div>',
         '<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年度报告</a> &gt; 部门年度报告</div>',
         '<table class="xxgk-meta" width="100%"><tr><td>索引号：</td><td>11452731MB1F2C408X/2025-00037</td><td>分类：</td><td>政府信息公开年报</td></tr>',
         '<tr><td>发布机构：</td><td>滃川县市场监督管理局</td><td>发文日期：</td><td>%s-%s-%s</td></tr>' % (y, m, d),
         '<tr><td>名　　称：</td><td colspan="3">%s</td></tr></table>' % esc(rep['title']),
         '<h1>%s</h1>' % esc(rep['title']),
         '<div class="info">来源：滃川县市场监督管理局　发布时间：%s-%s-%s 16:32　浏览次数：<span id="hits">286</span>　字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>' % (y, m, d),
         '<div class="TRS_Editor">']
    for head, paras in rep['sections']:
        if head:
            h.append('<p><strong>%s</strong></p>' % esc(head))
        for p in paras:
            if p in T:
                h += to_html(T[p], ' border="1" cellspacing="0" cellpadding="0" width="100%"')
            else:
                h.append('<p>　　%s</p>' % esc(p))
    for s in rep['signature']:
        h.append('<p align="right">%s</p>' % esc(s))
    h += ['</div>',
          '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>',
          '<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>',
          '<div class="foot"><p>主办：滃川县人民政府办公室　承办：滃川县政务服务数据管理局</p>',
          '<p>网站标识码：4527310012　桂ICP备05003271号-1　公网安备 45273102000118号</p>',
          '<p>联系电话：0778-7213506</p></div>', '</body></html>', '']
    return '\n'.join(h)


def r_html2text(rep):
    i = rep['id']
    page = cms_page(rep, tables(rep))

    def run(tmp, path):
        out = sh(['html2text', '-utf8', '-width', '100', '-nobs', path], cwd=tmp).stdout
        with open(os.path.join(tmp, i + '.html2text.txt'), 'wb') as f:
            f.write(out)
    out = cached(i + '.page.html', page, [i + '.html2text.txt'], run)
    # html2text 1.3.2a measures and cuts table cells in BYTES, so it cuts UTF-8 characters in two; the file is what
    # a crawler stores when it decodes the tool's output with errors='replace' (one U+FFFD per broken sequence)
    return out[i + '.html2text.txt'].decode('utf-8', errors='replace')


# ---------------------------------------------------------------- 4 parsel (Scrapy's selector library): the ::text nodes of the article
def trs_page(rep, T):
    """the bureau's CMS page: Word-pasted tables inside <div class="TRS_Editor">, CRLF and tab indentation"""
    y, m, d = rep['published'].split('-')
    nl = '\r\n'
    h = ['<html>', '<head>', '<meta charset="utf-8">', '<title>%s-国家内河航道管理局</title>' % esc(rep['title']),
         '</head>', '<body>', '<div class="header"><a href="/">国家内河航道管理局</a></div>',
         '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></div>',
         '<div class="article">', '\t<h2 class="title">%s</h2>' % esc(rep['title']),
         '\t<div class="source">发布时间：%s-%s-%s&nbsp;&nbsp;来源：办公室</div>' % (y, m, d),
         '\t<div class="TRS_Editor">']
    td = lambda c: ' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"'

    def cell(c):
        t = esc(c['t'])
        if c['key']:
            return '\r\n\t\t\t<p class="MsoNormal" align="center"><span style="font-family:\'Times New Roman\'">%s</span></p>\r\n\t\t' % t
        t = t.replace('（区分处理的，', '<br>（区分处理的，').replace('“三安全一稳定”', '<span>“三安全一稳定”</span>')
        return '\r\n\t\t\t<p class="MsoNormal" align="center"><span style="font-family:仿宋_GB2312">%s</span></p>\r\n\t\t' % t
    for head, paras in rep['sections']:
        if head:
            h.append('\t\t<p style="text-indent:2em"><strong><span style="font-family:黑体">%s</span></strong></p>' % esc(head))
        for p in paras:
            if p in T:
                tb = to_html(T[p], ' class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%"',
                             td, cell)
                h.append('\t\t' + '\r\n\t\t'.join(tb))
            else:
                p = esc(p)
                p = re.sub(r'^(（[一二三四五]）[^。]+。)', r'<strong>\1</strong>', p)
                h.append('\t\t<p style="text-indent:2em"><span style="font-family:仿宋_GB2312">%s</span></p>' % p)
    for s in rep['signature']:
        h.append('\t\t<p align="right"><span style="font-family:仿宋_GB2312">%s</span></p>' % esc(s))
    h += ['\t</div>', '\t<div class="attach">附件：<a href="P020200121593306871245.pdf">%s.pdf</a></div>' % esc(rep['title']),
          '</div>', '<div class="footer">版权所有：国家内河航道管理局　京ICP备19004127号</div>', '</body>', '</html>', '']
    return nl.join(h)


PARSEL = r'''
import json, sys
from parsel import Selector
page = open(sys.argv[1], encoding='utf-8').read()
s = Selector(text=page)
item = {
    "url": "http://www.nhhd.gov.cn/zwgk/ndbg/202001/t20200121_3047.html",
    "title": s.css("h2.title::text").get(),
    "pub_date": s.css("div.source::text").re_first(r"\d{4}-\d{2}-\d{2}"),
    "source": "国家内河航道管理局",
    "content": s.css("div.TRS_Editor ::text").getall(),
    "attachments": s.css("div.attach a::attr(href)").getall(),
    "crawl_time": "2020-02-03 02:17:45",
    "spider": "gov_ndbg",
}
sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
'''


def r_parsel(rep):
    i = rep['id']
    page = trs_page(rep, tables(rep))

    def run(tmp, path):
        sp = os.path.join(tmp, 'item.py')
        with open(sp, 'w') as f:
            f.write(PARSEL)
        out = sh(['/usr/bin/python3', sp, path], cwd=tmp).stdout
        with open(os.path.join(tmp, i + '.parsel.jsonl'), 'wb') as f:
            f.write(out)
    out = cached(i + '.page.html', page, [i + '.parsel.jsonl'], run)
    return out[i + '.parsel.jsonl'].decode('utf-8')


# ---------------------------------------------------------------- 5 poppler pdftohtml -xml of the district's PDF
def r_pdfxml(rep):
    i = rep['id']
    html = word_html(rep, tables(rep))

    def run(tmp, path):
        d = via_docx(tmp, path, i)
        soffice(tmp, d, 'pdf:writer_pdf_Export')
        sh(['pdftohtml', '-xml', '-i', '-q', '-nodrm', i + '.pdf', i + '.pdftohtml'], cwd=tmp)
        shutil.move(os.path.join(tmp, i + '.pdftohtml.xml'), os.path.join(tmp, i + '.pdftohtml.xml'))
    out = cached(i + '.html', html, [i + '.docx', i + '.pdf', i + '.pdftohtml.xml'], run)
    return out[i + '.pdftohtml.xml'].decode('utf-8')


# ---------------------------------------------------------------- 2 Outlook "另存为 HTML" (Word HTML, gb2312) of the mail that submits the report
def _wrap(s, width=76):
    """Word's HTML writer breaks source lines at a space once they pass ~76 columns"""
    out = []
    for line in s.split('\n'):
        while len(line.encode('gbk')) > width and ' ' in line[20:]:
            cut = -1
            for m in re.finditer(' ', line):
                if m.start() > 20 and len(line[:m.start()].encode('gbk')) <= width:
                    cut = m.start()
            if cut < 0:
                cut = line.index(' ', 21)
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return '\n'.join(out)


def _runs(t, size=None):
    """Word HTML of a Chinese paragraph: every run of ASCII (digits, Latin, ':' ...) in a <span lang=EN-US>"""
    st = " style='font-size:%s'" % size if size else ''
    parts = re.split(r'([\x20-\x7e]+)', t)
    o = []
    for i, p in enumerate(parts):
        if not p:
            continue
        p = esc(p)
        if i % 2:
            o.append('<span lang=EN-US%s>%s</span>' % (st, p))
        else:
            o.append('<span%s>%s</span>' % (st, p) if st else p)
    return ''.join(o)


OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="%(stem)s.files/filelist.xml">
<title>%(subject)s</title>
<!--[if gte mso 9]><xml>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:EnvelopeVis/>
  <w:ValidateAgainstSchemas/>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
  <w:LidThemeAsian>ZH-CN</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;}
@font-face
	{font-family:等线;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-charset:134;}
@font-face
	{font-family:仿宋_GB2312;
	mso-font-charset:134;
	mso-generic-font-family:modern;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	font-family:等线;
	mso-ascii-font-family:等线;
	mso-fareast-font-family:等线;
	mso-hansi-font-family:等线;
	mso-bidi-font-family:"Times New Roman";
	mso-font-kerning:1.0pt;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	mso-themecolor:hyperlink;
	text-decoration:underline;
	text-underline:single;}
span.EmailStyle18
	{mso-style-type:personal-reply;
	mso-style-noshow:yes;
	mso-style-unhide:no;
	mso-ansi-font-size:10.5pt;
	mso-bidi-font-size:11.0pt;
	font-family:等线;
	color:windowtext;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	mso-header-margin:36.0pt;
	mso-footer-margin:36.0pt;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	mso-pagination:widow-orphan;
	font-size:10.5pt;
	font-family:等线;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=ZH-CN link="#0563C1" vlink="#954F72" style='tab-interval:21.0pt;
word-wrap:break-word;text-justify-trim:punctuation'>

<div class=WordSection1>
'''


def r_outlook(rep):
    T = tables(rep)
    y, m, d = rep['published'].split('-')
    subject = '柳塘街道2020年政府信息公开工作年度报告（报送稿）'
    b = []
    P = lambda html_, extra='': b.append(_wrap('<p class=MsoNormal%s>%s<span lang=EN-US><o:p></o:p></span></p>' % (extra, html_)))
    blank = lambda: b.append('<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>')
    b.append(_wrap("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"))
    hdr = [('发件人', '柳塘街道党政办 <ltjd_dzb@dongguan.yuxi.gov.cn>'), ('发送时间', '2021年1月26日 9:42'),
           ('收件人', '东关区政务公开办 <dgqzwgk@dongguan.yuxi.gov.cn>'), ('抄送', '柳塘街道纪工委 <ltjd_jgw@dongguan.yuxi.gov.cn>'),
           ('主题', subject)]
    P('<br>\n'.join('<b>%s<span lang=EN-US>:</span></b><span lang=EN-US> </span>%s' % (k, _runs(v)) for k, v in hdr))
    b.append('</div>')
    blank()
    P('区政务公开办：')
    P('<span lang=EN-US>&nbsp;&nbsp;&nbsp; </span>根据区政府办公室通知要求，现将我街道<span lang=EN-US>2020</span>年政府信息公开工作年度报告报送你办，'
      '请审核。报告已经街道党工委会议审议通过，审核无误后我们将在区政府门户网站街道专栏发布。')
    P('<span lang=EN-US>&nbsp;&nbsp;&nbsp; </span>联系人：王晓丽，电话：<span lang=EN-US>0871-65234417</span>。')
    blank()
    P('<span style=\'font-family:仿宋_GB2312\'>%s</span>' % _runs('—————— 以下为报告正文 ——————'))
    blank()
    P("<b><span style='font-size:16.0pt;font-family:宋体'>%s</span></b>" % _runs(rep['title']),
      " align=center style='text-align:center'")
    blank()
    td_style = ("width:%s;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;"
                "padding:0cm 5.4pt 0cm 5.4pt")
    for head, paras in rep['sections']:
        if head:
            P("<b><span style='font-size:12.0pt;font-family:宋体'>%s</span></b>" % _runs(head))
        for p in paras:
            if p in T:
                rows = ["<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=568",
                        " style='width:426.0pt;border-collapse:collapse;mso-border-alt:solid windowtext .5pt;",
                        " mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt;mso-border-insideh:",
                        " .5pt solid windowtext;mso-border-insidev:.5pt solid windowtext'>"]
                b.append(rows[0] + '\n' + '\n'.join(rows[1:]))
                for ri, row in enumerate(T[p]):
                    b.append(" <tr style='mso-yfti-irow:%d'>" % ri)
                    for c in row:
                        a = ''
                        if c['cs'] > 1:
                            a += ' colspan=%d' % c['cs']
                        if c['rs'] > 1:
                            a += ' rowspan=%d' % c['rs']
                        w = '%.1fpt' % (42.6 * c['cs'])
                        if c['key']:
                            inner = ("<span lang=EN-US style='font-size:9.0pt;font-family:\"Times New Roman\",serif'>%s</span>"
                                     % esc(c['t'])) if c['t'] else ''
                            inner = _runs_num(c['t']) if re.match(r'[+-]?\d', c['t']) else _runs(c['t'], '9.0pt')
                        else:
                            inner = _runs(c['t'], '9.0pt')
                        cell = ("  <td width=%d%s valign=middle style='%s'>\n  <p class=MsoNormal align=center "
                                "style='text-align:center'>%s<span lang=EN-US style='font-size:9.0pt'><o:p>%s</o:p></span></p>\n  </td>"
                                % (round(56.8 * c['cs']), a, td_style % w, inner, '' if c['t'] else '&nbsp;'))
                        b.append(_wrap(cell))
                    b.append(' </tr>')
                b.append('</table>')
                blank()
            else:
                P("<span style='font-family:仿宋_GB2312'><span lang=EN-US>&nbsp;&nbsp;&nbsp; </span>%s</span>" % _runs(p))
    blank()
    for s in rep['signature']:
        P("<span style='font-family:仿宋_GB2312'>%s</span>" % _runs(s), " align=right style='text-align:right'")
    blank()
    P('<span lang=EN-US>--</span>')
    P('柳塘街道党政办<span lang=EN-US> </span>王晓丽')
    P('地址：榆溪市东关区柳塘路<span lang=EN-US>16</span>号')
    b += ['', '</div>', '', '</body>', '', '</html>', '']
    doc = OUTLOOK_HEAD % {'stem': subject, 'subject': subject} + '\n'.join(b)
    return doc.replace('\n', '\r\n')


def _runs_num(t):
    """a number cell: the digits in a Times New Roman EN-US run, a unit after it in the Chinese font"""
    m = re.match(r'^([+-]?[\d.,]+)(.*)$', t)
    num, unit = m.groups()
    s = "<span lang=EN-US style='font-size:9.0pt;font-family:\"Times New Roman\",serif'>%s</span>" % esc(num)
    if unit:
        s += "<span style='font-size:9.0pt;font-family:宋体'>%s</span>" % esc(unit)
    return s
