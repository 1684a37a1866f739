"""The five forms of set 16.  Four are the real output of Debian tools run on a document written here (the fifth,
the Outlook mail, is written here in the markup Outlook saves); the tool outputs are kept in src/ with the sha256 of
their input, so no tool is needed to rebuild the set."""
import hashlib, html as _html, json, os, re, shutil, subprocess, tempfile
from core import model_t2, model_t3, model_t4, to_html, esc, C, grid, COLS, COL_LABELS, NOTE3, t3_rows

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
LO_PROFILE = 'file:///tmp/gdr-tables16-lo-profile'


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
        tmp = tempfile.mkdtemp(prefix='tables16-')
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



# ---------------------------------------------------------------- a portal article page (the county's and the city's CMS)
def portal_page(rep, T, site, charset, index_no, hits, cls='TRS_Editor', extra_td=''):
    y, m, d = rep['published'].split('-')
    src = rep['agency']
    h = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html xmlns="http://www.w3.org/1999/xhtml"><head>',
         '<meta http-equiv="Content-Type" content="text/html; charset=%s" />' % charset,
         '<title>%s_%s</title>' % (esc(rep['title']), site),
         '<meta name="ArticleTitle" content="%s" />' % esc(rep['title']),
         '<meta name="PubDate" content="%s-%s-%s 09:41" />' % (y, m, d),
         '<meta name="ContentSource" content="%s" />' % src,
         '<link rel="stylesheet" type="text/css" href="/images/style.css" />',
         '<script type="text/javascript" src="/js/jquery.min.js"></script>',
         '</head><body>',
         '<div class="top"><a href="/">%s</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">政务服务</a> | <a href="/hdjl/">互动交流</a></div>' % site,
         '<div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年度报告</a></div>',
         '<table class="xxgk-meta" width="100%"><tr><td>索引号：</td><td>' + index_no + '</td><td>主题分类：</td><td>政务公开</td></tr>',
         '<tr><td>发布机构：</td><td>%s</td><td>成文日期：</td><td>%s-%s-%s</td></tr>' % (src, y, m, d),
         '<tr><td>标　　题：</td><td colspan="3">%s</td></tr></table>' % esc(rep['title']),
         '<div class="article"><h1 class="title">%s</h1>' % esc(rep['title']),
         '<div class="info">发布时间：%s-%s-%s 09:41　来源：%s　点击数：<span id="hits">%d</span>　【<a href="javascript:window.print()">打印</a>】</div>' % (y, m, d, src, hits),
         '<div class="%s">' % cls]
    td = lambda c: extra_td
    for head, paras in rep['sections']:
        if head:
            h.append('<p style="text-indent:2em"><strong>%s</strong></p>' % esc(head))
        for p in paras:
            if p in T:
                h += to_html(T[p], ' border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse"',
                             td if extra_td else None,
                             lambda c: ('<span style="font-size:10.5pt">%s</span>' % esc(c['t'])) if c['key'] else esc(c['t']).replace('（区分处理的，', '<br />（区分处理的，'))
            else:
                h.append('<p style="text-indent:2em">%s</p>' % esc(p))
    for s in rep['signature']:
        h.append('<p style="text-align:right">%s</p>' % esc(s))
    h += ['</div></div>',
          '<div class="foot"><p>主办：%s办公室　<a href="/sitemap/">网站地图</a>　<a href="/lxwm/">联系我们</a></p>' % src.replace('局', '局').replace('人民政府', '人民政府'),
          '<p>网站标识码：' + index_no[:10] + '　ICP备案号：' + rep.get('icp', '') + '</p></div>', '</body></html>', '']
    return '\n'.join(h)


# ---------------------------------------------------------------- 1 python-requests r.text of the county's GBK page (no charset in the header)
REQ = r'''
import http.server, json, socketserver, sys, threading, functools
import requests
d, name = sys.argv[1], sys.argv[2]
H = functools.partial(http.server.SimpleHTTPRequestHandler, directory=d)
H.log_message = lambda *a: None
srv = socketserver.TCPServer(('127.0.0.1', 0), H)
threading.Thread(target=srv.serve_forever, daemon=True).start()
r = requests.get('http://127.0.0.1:%d/%s' % (srv.server_address[1], name), timeout=30)
srv.shutdown()
sys.stderr.write('content-type=%s encoding=%s apparent=%s\n' % (r.headers.get('Content-Type'), r.encoding, r.apparent_encoding))
sys.stdout.write(r.text)
'''


def r_mojibake(rep):
    i = rep['id']
    rep['icp'] = '湘ICP备05011873号'
    page = portal_page(rep, tables(rep), '萁阳县人民政府', 'gb2312', '43112700-3/2020-0041', 173)
    data = page.replace('\n', '\r\n').encode('gbk')

    def run(tmp, path):
        sp = os.path.join(tmp, 'fetch.py')
        with open(sp, 'w') as f:
            f.write(REQ)
        p = sh(['/usr/bin/python3', sp, tmp, os.path.basename(path)], cwd=tmp)
        with open(os.path.join(tmp, i + '.requests.txt'), 'wb') as f:
            f.write(p.stdout)
        with open(os.path.join(tmp, i + '.requests.log'), 'wb') as f:
            f.write(p.stderr)
    out = cached(i + '.page.html', data, [i + '.requests.txt', i + '.requests.log'], run)
    return out[i + '.requests.txt'].decode('utf-8')


# ---------------------------------------------------------------- 2 pandoc -t tei of the bureau's HTML
def r_tei(rep):
    i = rep['id']
    html = word_html(rep, tables(rep), heads='h1')

    def run(tmp, path):
        out = sh(['pandoc', '-f', 'html', '-t', 'tei', '-s', path], cwd=tmp).stdout
        with open(os.path.join(tmp, i + '.tei.xml'), 'wb') as f:
            f.write(out)
    out = cached(i + '.html', html, [i + '.tei.xml'], run)
    return out[i + '.tei.xml'].decode('utf-8')


# ---------------------------------------------------------------- 3 pandoc -t json of the department's .docx
def r_json(rep):
    i = rep['id']
    html = word_html(rep, tables(rep))

    def run(tmp, path):
        d = via_docx(tmp, path, i)
        out = sh(['pandoc', '-f', 'docx', '-t', 'json', d], cwd=tmp).stdout
        with open(os.path.join(tmp, i + '.pandoc.json'), 'wb') as f:
            f.write(out)
    out = cached(i + '.html', html, [i + '.docx', i + '.pandoc.json'], run)
    return out[i + '.pandoc.json'].decode('utf-8')


# ---------------------------------------------------------------- 4 xml2's html2 of the city portal page
def r_html2(rep):
    i = rep['id']
    rep['icp'] = '赣ICP备06004512号-1'
    page = portal_page(rep, tables(rep), '珩阳市人民政府', 'utf-8', '11360800MB0H72415K/2026-00018', 1942)

    def run(tmp, path):
        with open(path, 'rb') as f:
            out = sh(['html2'], stdin=f, cwd=tmp).stdout
        with open(os.path.join(tmp, i + '.html2.txt'), 'wb') as f:
            f.write(out)
    out = cached(i + '.page.html', page, [i + '.html2.txt'], run)
    return out[i + '.html2.txt'].decode('utf-8')


# ---------------------------------------------------------------- 5 LibreOffice Writer's HTML export of the township's .doc
def r_lohtml(rep):
    i = rep['id']
    html = word_html(rep, tables(rep))

    def run(tmp, path):
        soffice(tmp, path, 'doc:MS Word 97', infilter='HTML (StarWriter)')
        shutil.move(os.path.join(tmp, i + '.src.doc'), os.path.join(tmp, i + '.doc'))
        soffice(tmp, os.path.join(tmp, i + '.doc'), 'html:HTML (StarWriter)', outdir=os.path.join(tmp, 'html'))
        shutil.copy(os.path.join(tmp, 'html', i + '.html'), os.path.join(tmp, i + '.lo.html'))
    out = cached(i + '.src.html', html, [i + '.doc', i + '.lo.html'], run)
    return out[i + '.lo.html'].decode('utf-8')
