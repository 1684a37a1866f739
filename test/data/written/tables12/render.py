"""The eight forms of set 12.  Seven are the real output of a Debian tool run on a document written here; the
outputs are kept in src/ with the sha256 of their input, so no tool is needed to rebuild the set."""
import hashlib, io, json, os, re, shutil, subprocess, tempfile, zipfile
from core import model_t2, model_t3, model_t4, to_html, esc

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
LO_PROFILE = 'file:///tmp/gdr-tables12-lo-profile'


def cached(inp_name, inp_text, outs, run):
    """Run real converters once.  The input (text) is written to src/inp_name; `run(tmpdir, inp_path)` must leave
    the files named in `outs` in tmpdir; they are copied to src/ and the sha256 of the input is kept beside it.
    While the input does not change the kept outputs are used and no tool is run.  Returns {name: bytes}."""
    os.makedirs(SRC, exist_ok=True)
    ip = os.path.join(SRC, inp_name)
    data = inp_text.encode('utf-8')
    with open(ip, 'wb') as f:
        f.write(data)
    h = hashlib.sha256(data).hexdigest()
    hp = ip + '.sha256'
    have = all(os.path.exists(os.path.join(SRC, o)) for o in outs)
    if not (have and os.path.exists(hp) and open(hp).read().split()[0] == h):
        tmp = tempfile.mkdtemp(prefix='tables12-')
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
    return subprocess.run(cmd, check=True, capture_output=True, timeout=300, **kw)


def soffice(tmp, path, fmt, infilter='HTML (StarWriter)'):
    sh(['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless', '--norestore', '--infilter=' + infilter,
        '--convert-to', fmt, '--outdir', tmp, path])


def tables(rep):
    """the three table models, with the report's own label variants"""
    f = rep['fmt']
    T = {'T2': model_t2(rep['template'], f), 'T3': model_t3(rep['template'], f, rep.get('labels')), 'T4': model_t4(f)}
    for row in T['T2']:
        for c in row:
            c['t'] = rep.get('t2_labels', {}).get(c['t'], c['t'])
    if rep.get('col_total'):
        for c in T['T3'][1]:
            if c['t'] == '总计':
                c['t'] = rep['col_total']
    return T


def ymd(s):
    y, m, d = s.split('-')
    return '%s年%d月%d日' % (y, int(m), int(d))


# ---------------------------------------------------------------- the agency's Word document, as HTML for LibreOffice
COLW = {(tpl, 'T2'): [31, 23, 23, 23] for tpl in ('2019', '2021')}
COLW.update({(tpl, 'T3'): [6, 7, 21] + [9, 9, 8, 8, 8, 8, 8] for tpl in ('2019', '2021')})
COLW.update({(tpl, 'T4'): [6, 6, 6, 6, 8] + [6, 6, 6, 6, 8] * 2 for tpl in ('2019', '2021')})
SUBHEAD = re.compile(r'^（[一二三四五六七八九]）[^。]{2,14}$')


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
                w = (colw or COLW)[(rep['template'], p)]
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


# ---------------------------------------------------------------- 1 unrtf --html of the .rtf (Recoll's RTF filter)
def r_unrtf(rep):
    i = rep['id']
    html = word_html(rep, tables(rep))

    def run(tmp, path):
        soffice(tmp, path, 'rtf:Rich Text Format')
        out = sh(['unrtf', '--nopict', '--html', os.path.join(tmp, i + '.rtf')]).stdout
        open(os.path.join(tmp, i + '.unrtf.html'), 'wb').write(out)
    out = cached(i + '.html', html, [i + '.rtf', i + '.unrtf.html'], run)
    return out[i + '.unrtf.html'].decode('utf-8')


# ---------------------------------------------------------------- 2 Ghostscript txtwrite of the PDF
COLW_NARROW = dict(COLW)
COLW_NARROW.update({('2021', 'T3'): [5, 6, 30] + [6, 6, 5, 5, 5, 5, 6]})


def r_gs(rep):
    i = rep['id']
    html = word_html(rep, tables(rep), colw=COLW_NARROW, tfont='10.5pt')

    def run(tmp, path):
        soffice(tmp, path, 'pdf:writer_pdf_Export')
        sh(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=txtwrite',
            '-sOutputFile=' + os.path.join(tmp, i + '.gs.txt'), os.path.join(tmp, i + '.pdf')])
    out = cached(i + '.html', html, [i + '.pdf', i + '.gs.txt'], run)
    return out[i + '.gs.txt'].decode('utf-8')


# ---------------------------------------------------------------- 3 the .xlsx's sharedStrings.xml and sheet1.xml
def r_xlsx(rep):
    i = rep['id']
    html = word_html(rep, tables(rep))

    def run(tmp, path):
        soffice(tmp, path, 'xlsx:Calc Office Open XML', infilter='HTML (StarCalc)')
    out = cached(i + '.html', html, [i + '.xlsx'], run)
    z = zipfile.ZipFile(io.BytesIO(out[i + '.xlsx']))
    return z.read('xl/sharedStrings.xml').decode('utf-8') + '\n' + z.read('xl/worksheets/sheet1.xml').decode('utf-8') + '\n'


# ---------------------------------------------------------------- 4 pandoc EPUB 3: the spine's XHTML documents in order
def r_epub(rep):
    i = rep['id']
    html = word_html(rep, tables(rep), heads='h1')

    def run(tmp, path):
        soffice(tmp, path, 'docx:MS Word 2007 XML')
        sh(['pandoc', '-f', 'docx', '-t', 'epub3', '--metadata', 'lang=zh-CN', '--metadata', 'title=' + rep['title'],
            '-o', os.path.join(tmp, i + '.epub'), os.path.join(tmp, i + '.docx')])
    out = cached(i + '.html', html, [i + '.docx', i + '.epub'], run)
    z = zipfile.ZipFile(io.BytesIO(out[i + '.epub']))
    opf = z.read('EPUB/content.opf').decode('utf-8')
    man = dict(re.findall(r'<item id="([^"]+)" href="([^"]+)"', opf))
    spine = re.findall(r'<itemref idref="([^"]+)"', opf)
    return ''.join(z.read('EPUB/' + man[s]).decode('utf-8') for s in spine)


# ---------------------------------------------------------------- 5 the CMS's JSON API (PHP json_encode)
def php_json(o):
    return json.dumps(o, ensure_ascii=True, separators=(',', ':')).replace('/', '\\/')


def cms_content(rep, T):
    h = ['<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{margin-top:0;margin-bottom:0;line-height:2;font-family:仿宋;font-size:12pt;}</style>']
    td = lambda c: ' style="border:1px solid #000;text-align:center" valign="middle"'
    for head, paras in rep['sections']:
        if head:
            h.append('<p style="text-indent:2em"><strong>%s</strong></p>' % esc(head))
        for p in paras:
            if p in T:
                h.append('<table width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">')
                h += to_html(T[p], '', td)[1:-1]
                h.append('</table>')
            else:
                h.append('<p style="text-indent:2em">%s</p>' % esc(p))
    h.append('<p style="text-align:right">%s</p>' % esc(rep['signature'][0]))
    h.append('<p style="text-align:right">%s</p>' % esc(rep['signature'][1]))
    h.append('</div>')
    return '\n'.join(h)


def r_json(rep):
    T = tables(rep)
    base = 'http://www.libei.gov.cn'
    doc = {'code': 200, 'msg': '操作成功', 'data': {
        'articleId': 'ff80808176d0c1d9017726a1e0e5046b', 'siteId': 47, 'channelId': 3152,
        'channelName': '政府信息公开年报', 'channelPath': '乡镇 / 双塘乡 / 政府信息公开年报',
        'title': rep['title'], 'subTitle': '', 'shortTitle': '双塘乡2020年政府信息公开年报',
        'indexNo': '431125-LB0312-2021-000004', 'publisher': '澧北县双塘乡人民政府', 'source': '双塘乡党政办',
        'author': '', 'keywords': '双塘乡,政府信息公开,年度报告',
        'createTime': '2021-01-21 10:43:09', 'publishTime': '2021-01-22 15:20:00',
        'updateTime': '2021-02-03 08:57:46', 'visitCount': 318, 'isTop': 0, 'status': 1,
        'url': base + '/lbxz/stx/xxgknb/202101/t20210122_7183046.html',
        'content': cms_content(rep, T),
        'attachments': [{'fileName': '双塘乡2020年政府信息公开工作年度报告.pdf', 'fileSize': 286741,
                         'fileUrl': base + '/uploads/2021/01/22/1611300016215.pdf'}],
        'prev': {'title': '双塘乡人民政府2019年政府信息公开工作年度报告', 'publishTime': '2020-01-17 09:41:00',
                 'url': base + '/lbxz/stx/xxgknb/202001/t20200117_6419275.html'},
        'next': None}}
    return php_json(doc) + '\n'


# ---------------------------------------------------------------- 6 groff -t -man -Tutf8 of pandoc's man page
def r_groff(rep):
    i = rep['id']
    html = word_html(rep, tables(rep))

    def run(tmp, path):
        soffice(tmp, path, 'docx:MS Word 2007 XML')
        man = sh(['pandoc', '-f', 'docx', '-t', 'man', '-s', '--metadata', 'title=' + rep['title'],
                  '--metadata', 'section=7', '--metadata', 'date=' + rep['published'],
                  os.path.join(tmp, i + '.docx')]).stdout
        open(os.path.join(tmp, i + '.7'), 'wb').write(man)
        out = sh(['groff', '-t', '-man', '-Tutf8', '-P-cbou', os.path.join(tmp, i + '.7')]).stdout
        open(os.path.join(tmp, i + '.groff.txt'), 'wb').write(out)
    out = cached(i + '.html', html, [i + '.docx', i + '.7', i + '.groff.txt'], run)
    return out[i + '.groff.txt'].decode('utf-8')


# ---------------------------------------------------------------- 7 pandoc -t dokuwiki of the .docx
def r_dokuwiki(rep):
    i = rep['id']
    html = word_html(rep, tables(rep), heads='h1')

    def run(tmp, path):
        soffice(tmp, path, 'docx:MS Word 2007 XML')
        out = sh(['pandoc', '-f', 'docx', '-t', 'dokuwiki', os.path.join(tmp, i + '.docx')]).stdout
        open(os.path.join(tmp, i + '.dokuwiki.txt'), 'wb').write(out)
    out = cached(i + '.html', html, [i + '.docx', i + '.dokuwiki.txt'], run)
    return out[i + '.dokuwiki.txt'].decode('utf-8')


# ---------------------------------------------------------------- 8 pdftotext -bbox-layout of the PDF
def r_bbox(rep):
    i = rep['id']
    html = word_html(rep, tables(rep))

    def run(tmp, path):
        soffice(tmp, path, 'pdf:writer_pdf_Export')
        sh(['pdftotext', '-bbox-layout', os.path.join(tmp, i + '.pdf'), os.path.join(tmp, i + '.bbox.html')])
    out = cached(i + '.html', html, [i + '.pdf', i + '.bbox.html'], run)
    return out[i + '.bbox.html'].decode('utf-8')
