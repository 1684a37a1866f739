"""The eight forms of set 14.  Seven are the real output of Debian tools run on a document written here (the
eighth, the WeChat article, is written here in the 公众号 editor's markup); the tool outputs are kept in src/ with
the sha256 of their input, so no tool is needed to rebuild the set."""
import hashlib, html as _html, json, os, re, shutil, subprocess, tempfile
from core import model_t2, model_t3, model_t4, to_html, esc, C, grid, COLS, COL_LABELS, NOTE3, t3_rows

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
LO_PROFILE = 'file:///tmp/gdr-tables14-lo-profile'


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
        tmp = tempfile.mkdtemp(prefix='tables14-')
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
    m = [[C(NOTE3, rs=3, cs=3), C('申请人情况', cs=len(order))],
         [C('自然人', rs=2), C('法人或其他组织', cs=len(org)), C('总计', rs=2)],
         [C(lab[c]) for c in org]]
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
        sub = lambda k: (str(sum(t3[(k, c)] for c in org)) or '') if sum(t3[(k, c)] for c in org) else ''
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


def x(s):
    return _html.escape(s, quote=True)


def odf_table(name, model, widths_cm, row_h=None, fixed=False, header_rows=0, cell_style='TC', pstyle=None):
    """an ODF table of the model (spans as number-*-spanned + covered cells); fixed=True: exact row heights"""
    nrows, ncols, occ = grid(model)
    assert ncols == len(widths_cm), (name, ncols, len(widths_cm))
    st = ['<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fcm" '
          'table:align="center" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>' % (name, sum(widths_cm))]
    for i, w in enumerate(widths_cm):
        st.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties '
                  'style:column-width="%.2fcm"/></style:style>' % (name, i, w))
    if row_h:
        st.append('<style:style style:name="%s.R" style:family="table-row"><style:table-row-properties %s="%.2fcm" '
                  'fo:keep-together="always"/></style:style>' % (name, 'style:row-height' if fixed else 'style:min-row-height', row_h))
    b = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
    for i in range(ncols):
        b.append('<table:table-column table:style-name="%s.C%d"/>' % (name, i))
    for r in range(nrows):
        if r == 0 and header_rows:
            b.append('<table:table-header-rows>')
        b.append('<table:table-row%s>' % (' table:style-name="%s.R"' % name if row_h else ''))
        for c in range(ncols):
            cell, origin, r0, c0 = occ[(r, c)]
            if not origin:
                b.append('<table:covered-table-cell/>')
                continue
            a = ''
            if cell['cs'] > 1:
                a += ' table:number-columns-spanned="%d"' % cell['cs']
            if cell['rs'] > 1:
                a += ' table:number-rows-spanned="%d"' % cell['rs']
            ps = pstyle(cell) if pstyle else ('TN' if cell['key'] else 'TL')
            b.append('<table:table-cell table:style-name="%s" office:value-type="string"%s><text:p text:style-name="%s">%s'
                     '</text:p></table:table-cell>' % (cell_style, a, ps, x(cell['t'])))
        b.append('</table:table-row>')
        if header_rows and r == header_rows - 1:
            b.append('</table:table-header-rows>')
    b.append('</table:table>')
    return st, b


def fodt(auto_styles, master, body, page_layouts, body_font=SERIF, size='12pt', table_size='9pt', title=''):
    common = [
        '<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" '
        'style:writing-mode="lr-tb"/><style:text-properties style:font-name="%s" fo:font-size="%s" '
        'style:font-name-asian="%s" style:font-size-asian="%s" fo:language="zh" fo:country="CN" '
        'style:language-asian="zh" style:country-asian="CN"/></style:default-style>' % (body_font, size, body_font, size),
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>',
        '<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties '
        'fo:text-indent="2em" fo:margin-top="0cm" fo:margin-bottom="0.05cm" fo:line-height="135%" fo:text-align="justify"/></style:style>',
        '<style:style style:name="Head" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties '
        'fo:text-indent="2em" fo:margin-top="0.15cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties '
        'style:font-name="%s" style:font-name-asian="%s" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>' % (SANS, SANS),
        '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties '
        'fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="18pt" '
        'style:font-size-asian="18pt" style:font-name="%s" style:font-name-asian="%s" fo:font-weight="bold" '
        'style:font-weight-asian="bold"/></style:style>' % (SANS, SANS),
        '<style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties '
        'fo:text-align="end" fo:margin-right="1cm"/></style:style>',
        '<style:style style:name="TL" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties '
        'fo:text-align="start" fo:line-height="100%"/><style:text-properties fo:font-size="{ts}" style:font-size-asian="{ts}"/></style:style>',
        '<style:style style:name="TN" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties '
        'fo:text-align="center" fo:line-height="100%"/><style:text-properties fo:font-size="{ts}" style:font-size-asian="{ts}"/></style:style>',
        '<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" '
        'fo:border="0.5pt solid #000000" style:vertical-align="middle"/></style:style>',
        '<style:style style:name="HF" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties '
        'fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>',
    ]
    common = [c.replace('{ts}', table_size) for c in common]
    return '\n'.join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">' % NS,
        '<office:meta><dc:title>%s</dc:title></office:meta>' % x(title),
        '<office:font-face-decls><style:font-face style:name="%s" svg:font-family="&apos;%s&apos;"/>'
        '<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;"/></office:font-face-decls>' % (SERIF, SERIF, SANS, SANS),
        '<office:styles>', *common, '</office:styles>',
        '<office:automatic-styles>', *page_layouts, *auto_styles, '</office:automatic-styles>',
        '<office:master-styles>', *master, '</office:master-styles>',
        '<office:body><office:text>', *body, '</office:text></office:body></office:document>', ''])


def P(style, t):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, x(t))


def page_layout(name, w, h, margins=(2.2, 2.0, 2.0, 2.0), header=False, footer=True):
    t, b, l, r = margins
    s = ['<style:page-layout style:name="%s"><style:page-layout-properties fo:page-width="%.1fcm" fo:page-height="%.1fcm" '
         'style:print-orientation="%s" fo:margin-top="%.1fcm" fo:margin-bottom="%.1fcm" fo:margin-left="%.1fcm" '
         'fo:margin-right="%.1fcm"/>' % (name, w, h, 'landscape' if w > h else 'portrait', t, b, l, r)]
    if header:
        s.append('<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm" '
                 'fo:border-bottom="0.8pt solid #000000" fo:padding-bottom="0.05cm"/></style:header-style>')
    if footer:
        s.append('<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>')
    s.append('</style:page-layout>')
    return ''.join(s)


def body_paras(paras, T, tables_xml):
    out = []
    for p in paras:
        if p in T:
            out += tables_xml[p]
        elif SUBHEAD.match(p):
            out.append(P('Head', p))
        else:
            out.append(P('Body', p))
    return out


def footer_master(name, layout, header=None):
    h = ''
    if header:
        h = '<style:header><text:p text:style-name="HF">%s</text:p></style:header>' % header
    return ('<style:master-page style:name="%s" style:page-layout-name="%s">%s<style:footer><text:p text:style-name="HF">'
            '— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>'
            '</style:master-page>' % (name, layout, h))


# ---------------------------------------------------------------- 2 pdftotext -layout: table 三 on landscape pages, fixed row heights
def fodt_landscape(rep):
    T = tables(rep)
    st2, t2 = odf_table('Table2', T['T2'], [4.6, 4.1, 4.1, 4.1])
    st3, t3 = odf_table('Table3', T['T3'], [1.1, 1.9, 3.6] + [2.2] * 7, row_h=0.6, fixed=True, header_rows=3,
                        cell_style='TCT')
    st4, t4 = odf_table('Table4', T['T4'], [1.13] * 15)
    auto = st2 + st3 + st4 + [
        '<style:style style:name="PLand" style:family="paragraph" style:parent-style-name="Head" '
        'style:master-page-name="Land"><style:paragraph-properties style:page-number="auto"/></style:style>',
        '<style:style style:name="PPort" style:family="paragraph" style:parent-style-name="Head" '
        'style:master-page-name="Standard"><style:paragraph-properties style:page-number="auto"/></style:style>']
    auto.append('<style:style style:name="TCT" style:family="table-cell"><style:table-cell-properties fo:padding="0.04cm" '
                'fo:border="0.5pt solid #000000" style:vertical-align="top"/></style:style>')
    layouts = [page_layout('PL1', 21.0, 29.7, (2.5, 2.0, 2.6, 2.4)), page_layout('PL2', 29.7, 21.0, (3.0, 2.6, 2.6, 2.6))]
    master = [footer_master('Standard', 'PL1'), footer_master('Land', 'PL2')]
    X = {'T2': t2, 'T3': t3, 'T4': t4}
    body = [P('Title', rep['title'])]
    for head, paras in rep['sections']:
        if head.startswith('三、'):
            body.append(P('PLand', head))
        elif head.startswith('四、'):
            body.append(P('PPort', head))
        elif head:
            body.append(P('Head', head))
        body += body_paras(paras, T, X)
    body.append(P('Standard', ''))
    body += [P('Sign', s) for s in rep['signature']]
    return fodt(auto, master, body, layouts, size='12pt', table_size='10.5pt', title=rep['title'])


def r_landscape(rep):
    i = rep['id']
    doc = fodt_landscape(rep)

    def run(tmp, path):
        soffice(tmp, path, 'pdf:writer_pdf_Export')
        sh(['pdftotext', '-layout', os.path.join(tmp, i + '.pdf'), os.path.join(tmp, i + '.layout.txt')])
    out = cached(i + '.fodt', doc, [i + '.pdf', i + '.layout.txt'], run)
    return out[i + '.layout.txt'].decode('utf-8')


# ---------------------------------------------------------------- 3 pdftotext -layout of a two-column 政府公报 issue
PREV_ARTICLE = [
    ('Body', '三、各县（市、区）人民政府、市政府各部门要对照考核反馈问题清单，逐项制定整改措施，于2024年4月30日前将整改情况报送市政府办公室。'),
    ('Body', '四、对考核等次为“优秀”的单位，由市政府办公室予以通报表扬；对连续两年考核等次为“较差”的单位，由市政府办公室约谈其主要负责同志。'),
    ('Body', '附件：2023年度全市政务公开工作考核结果（优秀等次单位12个、良好等次单位31个）'),
    ('Sign', '茈州市人民政府办公室'),
    ('Sign', '2024年3月15日'),
    ('BodyC', '（此件公开发布）'),
]
NEXT_ARTICLE_TITLE = '茈州市人民政府关于命名2023年度市级文明村镇的决定'
NEXT_ARTICLE = [
    ('Body', '茈政发〔2024〕9号'),
    ('Body', '各县（市、区）人民政府，市政府各部门：'),
    ('Body', '为深入推进全域文明创建，经县（市、区）推荐、市级评审和社会公示，市政府决定，命名青桐镇等46个镇（村）为2023年度市级文明村镇。希望受到命名的村镇珍惜荣誉，再接再厉……'),
]


def fodt_gazette(rep):
    T = tables(rep)
    st2, t2 = odf_table('Table2', T['T2'], [2.7, 1.72, 1.72, 1.72])
    st3, t3 = odf_table('Table3', T['T3'], [0.9, 1.7, 4.3] + [1.4] * 7)
    st4, t4 = odf_table('Table4', T['T4'], [1.11] * 15)
    auto = st2 + st3 + st4 + [
        '<style:style style:name="Sect2" style:family="section"><style:section-properties>'
        '<style:columns fo:column-count="2" fo:column-gap="0.7cm"><style:column-sep style:width="0.02cm" '
        'style:color="#000000" style:height="100%" style:vertical-align="top"/><style:column style:rel-width="32767*" '
        'fo:start-indent="0cm" fo:end-indent="0.35cm"/><style:column style:rel-width="32768*" fo:start-indent="0.35cm" '
        'fo:end-indent="0cm"/></style:columns></style:section-properties></style:style>',
        '<style:style style:name="First" style:family="paragraph" style:parent-style-name="Body" '
        'style:master-page-name="Standard"><style:paragraph-properties style:page-number="27"/></style:style>',
        '<style:style style:name="BodyC" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center"/></style:style>']
    layouts = [page_layout('PL1', 21.0, 29.7, (1.8, 1.8, 2.2, 2.2), header=True)]
    master = [footer_master('Standard', 'PL1', header='茈州市人民政府公报　　　　　　　　　　　　　　　　　　　　　　2024年第4期')]
    X = {'T2': t2, 'T3': t3, 'T4': t4}
    body = ['<text:section text:style-name="Sect2" text:name="prev">']
    for n, (s, t) in enumerate(PREV_ARTICLE):
        body.append(P('First' if n == 0 else s, t))
    body.append('</text:section>')
    body.append(P('Title', rep['title']))
    sec = None

    def open_sec(name):
        body.append('<text:section text:style-name="Sect2" text:name="%s">' % name)
    for head, paras in rep['sections']:
        full = head.startswith('三、') or head.startswith('四、')
        if full:
            if sec:
                body.append('</text:section>')
                sec = None
            body.append(P('Head', head))
            for p in paras:
                if p in T:
                    body += X[p]
                else:
                    open_sec('s4')
                    sec = 's4'
                    body.append(P('Body', p))
            continue
        if not sec:
            sec = 's%d' % len(body)
            open_sec(sec)
        if head:
            body.append(P('Head', head))
        body += body_paras(paras, T, X)
    body += [P('Sign', s) for s in rep['signature']]
    body.append('</text:section>')
    body.append(P('Title', NEXT_ARTICLE_TITLE))
    body.append('<text:section text:style-name="Sect2" text:name="next">')
    body += [P(s, t) for s, t in NEXT_ARTICLE]
    body.append('</text:section>')
    return fodt(auto, master, body, layouts, size='10.5pt', table_size='8pt', title='茈州市人民政府公报2024年第4期')


def r_gazette(rep):
    i = rep['id']
    doc = fodt_gazette(rep)

    def run(tmp, path):
        soffice(tmp, path, 'pdf:writer_pdf_Export')
        sh(['pdftotext', '-layout', os.path.join(tmp, i + '.pdf'), os.path.join(tmp, i + '.layout.txt')])
    out = cached(i + '.fodt', doc, [i + '.pdf', i + '.layout.txt'], run)
    return out[i + '.layout.txt'].decode('utf-8')


# ---------------------------------------------------------------- 1 pdf.js text layer: the DOM of the site's attachment preview page
PDFJS_PAGE = '''<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="SiteName" content="国家荒漠化防治监测局">
<meta name="ColumnName" content="政府信息公开年报">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{pub} 09:00">
<title>{title}-国家荒漠化防治监测局</title>
<link rel="stylesheet" href="/static/css/common.css">
<style>#pdfContainer{{position:relative;background:#525659;padding:8px 0}}.pdfPage{{position:relative;margin:8px auto;background:#fff;box-shadow:0 0 4px #000}}.pdfPage canvas{{display:block}}.textLayer{{position:absolute;left:0;top:0;right:0;bottom:0;overflow:hidden;opacity:.2;line-height:1.0}}.textLayer>span{{color:transparent;position:absolute;white-space:pre;cursor:text;transform-origin:0% 0%}}</style>
<script src="/static/pdfjs/build/pdf.js"></script>
<script src="/static/pdfjs/build/pdf.worker.js"></script>
</head><body>
<div class="top"><div class="logo"><a href="/">国家荒漠化防治监测局</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/jgjj/">机构简介</a></li><li class="on"><a href="/zwgk/">政务公开</a></li><li><a href="/jcsj/">监测数据</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
<div class="article">
<h1 class="title">{title}</h1>
<div class="info"><span>发布日期：{pub}</span><span>来源：办公室</span><span>字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div>
<div class="fj">附件：<a href="{pdf}" target="_blank">{title}.pdf</a>（{kb}KB）</div>
<div id="pdfContainer" data-src="{pdf}"></div>
</div>
<div class="footer"><p>主办单位：国家荒漠化防治监测局　地址：北京市朝阳区和平里东街18号　邮编：100013</p><p>京ICP备05012847号-2　网站标识码：bm36000017</p></div>
<script>
pdfjsLib.GlobalWorkerOptions.workerSrc = '/static/pdfjs/build/pdf.worker.js';
(async function () {{
  var box = document.getElementById('pdfContainer');
  var pdf = await pdfjsLib.getDocument({{url: box.getAttribute('data-src'), cMapUrl: '/static/pdfjs/web/cmaps/', cMapPacked: true}}).promise;
  for (var n = 1; n <= pdf.numPages; n++) {{
    var page = await pdf.getPage(n);
    var vp = page.getViewport({{scale: 1.25}});
    var div = document.createElement('div');
    div.className = 'pdfPage';
    div.setAttribute('data-page-number', n);
    div.style.width = vp.width + 'px';
    div.style.height = vp.height + 'px';
    var cv = document.createElement('canvas');
    cv.width = vp.width; cv.height = vp.height;
    div.appendChild(cv);
    var tl = document.createElement('div');
    tl.className = 'textLayer';
    div.appendChild(tl);
    box.appendChild(div);
    await page.render({{canvasContext: cv.getContext('2d'), viewport: vp}}).promise;
    var tc = await page.getTextContent();
    await pdfjsLib.renderTextLayer({{textContent: tc, container: tl, viewport: vp, textDivs: []}}).promise;
  }}
  box.setAttribute('data-loaded', pdf.numPages);
}})();
</script>
</body></html>
'''


def r_pdfjs(rep):
    import socket, time
    i = rep['id']
    html = word_html(rep, tables(rep))
    pdf_url = '/attach/2023/01/P020230131586419207314.pdf'

    def run(tmp, path):
        d = via_docx(tmp, path, i)
        soffice(tmp, d, 'pdf:writer_pdf_Export')
        pdf = os.path.join(tmp, i + '.pdf')
        site = os.path.join(tmp, 'site')
        os.makedirs(os.path.join(site, 'attach', '2023', '01'))
        os.makedirs(os.path.join(site, 'static'))
        os.symlink('/usr/share/javascript/pdf', os.path.join(site, 'static', 'pdfjs'))
        shutil.copy(pdf, os.path.join(site, pdf_url.lstrip('/')))
        page = PDFJS_PAGE.format(title=rep['title'], pub=rep['published'], pdf=pdf_url, kb=os.path.getsize(pdf) // 1024)
        with open(os.path.join(site, 'index.html'), 'w', encoding='utf-8') as f:
            f.write(page)
        shutil.copy(os.path.join(site, 'index.html'), os.path.join(tmp, i + '.page.html'))
        s = socket.socket()
        s.bind(('127.0.0.1', 0))
        port = s.getsockname()[1]
        s.close()
        srv = subprocess.Popen(['python3', '-m', 'http.server', str(port), '--bind', '127.0.0.1', '--directory', site],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(1.0)
            out = sh(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--lang=zh-CN',
                      '--virtual-time-budget=120000', '--dump-dom', 'http://127.0.0.1:%d/index.html' % port]).stdout
        finally:
            srv.terminate()
            srv.wait()
        with open(os.path.join(tmp, i + '.dom.html'), 'wb') as f:
            f.write(out)
    out = cached(i + '.html', html, [i + '.docx', i + '.pdf', i + '.page.html', i + '.dom.html'], run)
    return out[i + '.dom.html'].decode('utf-8')


# ---------------------------------------------------------------- 4 AbiWord's text export of the district's .docx
def r_abiword(rep):
    i = rep['id']
    html = word_html(rep, tables(rep))

    def run(tmp, path):
        d = via_docx(tmp, path, i)
        sh(['abiword', '--to=txt', '-o', os.path.join(tmp, i + '.abiword.txt'), d], cwd=tmp)
    out = cached(i + '.html', html, [i + '.docx', i + '.abiword.txt'], run)
    return out[i + '.abiword.txt'].decode('utf-8')


# ---------------------------------------------------------------- 5 LibreOffice's XHTML export (the odf2xhtml XSLT filter)
def r_xhtml(rep):
    i = rep['id']
    html = word_html(rep, tables(rep))

    def run(tmp, path):
        d = via_docx(tmp, path, i)
        os.makedirs(os.path.join(tmp, 'x'))
        soffice(tmp, d, 'xhtml:XHTML Writer File:UTF8', outdir=os.path.join(tmp, 'x'))
        shutil.copy(os.path.join(tmp, 'x', i + '.xhtml'), os.path.join(tmp, i + '.xhtml'))
    out = cached(i + '.html', html, [i + '.docx', i + '.xhtml'], run)
    return out[i + '.xhtml'].decode('utf-8')


# ---------------------------------------------------------------- 7 calibre ebook-convert of the province's PDF to plain text
def r_calibre(rep):
    i = rep['id']
    html = word_html(rep, tables(rep))

    def run(tmp, path):
        d = via_docx(tmp, path, i)
        soffice(tmp, d, 'pdf:writer_pdf_Export')
        sh(['ebook-convert', os.path.join(tmp, i + '.pdf'), os.path.join(tmp, i + '.calibre.txt')], cwd=tmp,
           env=dict(os.environ, HOME=tmp, CALIBRE_CONFIG_DIRECTORY=os.path.join(tmp, 'calibre')))
    out = cached(i + '.html', html, [i + '.docx', i + '.pdf', i + '.calibre.txt'], run)
    return out[i + '.calibre.txt'].decode('utf-8')


# ---------------------------------------------------------------- 6 a WeChat 公众号 article (mp.weixin.qq.com page, 135编辑器 markup)
WX_P = 'margin: 0px 0px 8px; padding: 0px; outline: 0px; max-width: 100%; box-sizing: border-box !important; overflow-wrap: break-word !important; text-indent: 2em; line-height: 1.75em;'
WX_SPAN = 'font-size: 15px; letter-spacing: 1px; font-family: 微软雅黑, &quot;Microsoft YaHei&quot;; color: rgb(62, 62, 62);'
WX_TD = 'word-break: break-all; border-width: 1px; border-style: solid; border-color: rgb(160, 160, 160); padding: 4px 2px;'
CN_NUM = '一二三四五六'


def wx_inline(text, hl=(), split=()):
    """a paragraph's text as the editor keeps it: the figures named in hl in a blue bold span, the figures in split
    cut in two spans (as after an edit in the middle of the number)"""
    out = _html.escape(text, quote=False)
    for n in hl:
        out = out.replace(n, '</span><span style="%s"><strong><span style="color: rgb(22, 119, 255);">%s</span></strong></span><span style="%s">' % (WX_SPAN, n, WX_SPAN), 1)
    for n in split:
        a, b = n[:1], n[1:]
        out = out.replace(n, '%s</span><span style="%s">%s' % (a, WX_SPAN, b), 1)
    return '<span style="%s">%s</span>' % (WX_SPAN, out)


def wx_heading(head):
    num, rest = head.split('、', 1)
    return ('<section data-role="title" data-tools="135编辑器" data-id="94390" style="margin: 16px 0px 10px; max-width: 100%%; box-sizing: border-box;">'
            '<section style="display: flex; justify-content: flex-start; align-items: center; max-width: 100%%; box-sizing: border-box;">'
            '<section style="width: 28px; height: 28px; border-radius: 50%%; background-color: rgb(22, 119, 255); box-sizing: border-box;">'
            '<section style="text-align: center; line-height: 28px; color: rgb(255, 255, 255); font-size: 15px;"><strong>%s</strong></section></section>'
            '<section style="margin-left: 8px; border-bottom: 1px dashed rgb(22, 119, 255); padding-bottom: 2px; box-sizing: border-box;">'
            '<p style="font-size: 16px; color: rgb(22, 119, 255); letter-spacing: 1px;"><strong>%s</strong></p></section></section></section>' % (num, _html.escape(rest)))


def wx_cell_text(cell, split_cells):
    t = _html.escape(cell['t'], quote=False)
    if cell['key'] and cell['key'] in split_cells and len(cell['t']) > 1:
        return '<span style="font-size: 12px;">%s</span><span style="font-size: 12px;">%s</span>' % (t[:1], t[1:])
    for a, b in (('商业企业', '商业<br  />企业'), ('科研机构', '科研<br  />机构'), ('社会公益组织', '社会公益<br  />组织'),
                 ('法律服务机构', '法律服务<br  />机构'), ('结果维持', '结果<br  />维持'), ('结果纠正', '结果<br  />纠正'),
                 ('其他结果', '其他<br  />结果'), ('尚未审结', '尚未<br  />审结')):
        if cell['t'] == a:
            t = b
    return '<span style="font-size: 12px;">%s</span>' % t


def wx_table(model, split_cells=()):
    out = ['<section style="overflow-x: auto; max-width: 100%; box-sizing: border-box;">'
           '<table class="table" data-sort="sortDisabled" style="border-collapse: collapse; width: 100%;"><tbody>']
    for row in model:
        out.append('<tr style="box-sizing: border-box;">')
        for c in row:
            a = ''
            if c['cs'] > 1:
                a += ' colspan="%d"' % c['cs']
            if c['rs'] > 1:
                a += ' rowspan="%d"' % c['rs']
            al = 'center' if (c['key'] or len(c['t']) < 7) else 'left'
            out.append('<td%s valign="middle" align="%s" style="%s"><section style="text-align: %s; line-height: 1.5em;">%s</section></td>'
                       % (a, al, WX_TD, al, wx_cell_text(c, split_cells)))
        out.append('</tr>')
    out.append('</tbody></table></section>')
    return ''.join(out)


def r_wechat(rep):
    import datetime
    T = tables(rep)
    hl = {'386': 1, '214': 0}
    ct = int(datetime.datetime(2022, 1, 19, 9, 5, 21, tzinfo=datetime.timezone(datetime.timedelta(hours=8))).timestamp())
    split_cells = set()
    body = []
    body.append('<section style="text-align: center; margin-bottom: 12px;"><img class="rich_pages wxw-img" '
                'data-ratio="0.3333333333333333" data-s="300,640" data-src="https://mmbiz.qpic.cn/mmbiz_gif/'
                'Qb7YvZ1c9xN3kGZpJ4sWmR8eTq2uLhAfCdE6oIyV0nXbK5tP7wUjHgS1aFrMz3Dl/640?wx_fmt=gif" data-type="gif" '
                'data-w="1080" style="width: 100%;" /></section>')
    body.append('<section style="text-align: center; margin: 10px 0px 16px;"><p style="font-size: 17px; letter-spacing: 1px;"><strong>'
                '<span style="color: rgb(22, 119, 255);">%s</span></strong></p></section>' % _html.escape(rep['title']))
    for head, paras in rep['sections']:
        if head:
            body.append(wx_heading(head))
        for p in paras:
            if p == 'T2':
                body.append('<p style="text-align: center; margin-bottom: 0px;"><img class="rich_pages wxw-img" '
                            'data-ratio="0.9148148148148149" data-s="300,640" data-src="https://mmbiz.qpic.cn/mmbiz_png/'
                            'Qb7YvZ1c9xPmS3nTk0aUqE5hWc8dLr2yJf6oGtB4vXiN1eKzR7wCjH9uYgAlMpD0/640?wx_fmt=png" '
                            'data-type="png" data-w="1080" style="" /></p>')
            elif p in T:
                body.append(wx_table(T[p], split_cells))
            else:
                body.append('<p style="%s">%s</p>' % (WX_P, wx_inline(
                    p, hl=[n for n in hl if hl[n] and n in p], split=[n for n in hl if not hl[n] and n in p])))
    body.append('<p style="%s"><br  /></p>' % WX_P)
    for s in rep['signature']:
        body.append('<p style="text-align: right; margin-bottom: 0px;"><span style="%s">%s</span></p>' % (WX_SPAN, s))
    body.append('<p style="text-align: right;"><span style="font-size: 12px; color: rgb(136, 136, 136);">来源：棹湾镇党政办</span></p>'
                '<p><span style="font-size: 12px; color: rgb(136, 136, 136);">编辑：周晓雯　审核：黄立群</span></p>'
                '<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.5555555555555556" '
                'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/Qb7YvZ1c9xPqR4aLk2nWd8cVt6yHb0eGs3mUo9jF1iKzT5lXhN7wCrE/640?wx_fmt=jpeg" '
                'data-type="jpeg" data-w="1080" style="" /></section>')
    content = '\n'.join(body)
    head = ['<!DOCTYPE html>', '<html class="">', '<head>',
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
            '<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">',
            '<meta name="description" content="本报告根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号要求编制。">',
            '<meta name="author" content="棹湾发布">',
            '<meta property="og:title" content="棹湾镇2021年政府信息公开工作年度报告">',
            '<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzU4NzE2OTQ3Mw==&amp;mid=2247498316&amp;idx=2&amp;sn=7c1e0b5f3a9d42e86b1f0c7a2d5e9b34&amp;chksm=fde8a1c3ca9f28d5b2e7f61a4c0d9e3b8f57a2c6d1e04b9f3a8c7d2e5f1b0a9c6d3e7f2a1b4c#rd">',
            '<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/Qb7YvZ1c9xPqR4aLk2nWd8cVt6yHb0eGs3mUo9jF1iKzT5lXhN7wCrE/0?wx_fmt=jpeg">',
            '<meta property="og:description" content="本报告根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号要求编制。">',
            '<meta property="og:site_name" content="微信公众平台">', '<meta property="og:type" content="article">',
            '<meta property="og:article:author" content="棹湾发布">',
            '<meta property="twitter:card" content="summary">',
            '<title>棹湾镇2021年政府信息公开工作年度报告</title>',
            '<link rel="stylesheet" href="//res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">',
            '</head>',
            '<body id="activity-detail" class="zh_CN wx_wap_page  mm_appmsg  comment_feature discuss_tab appmsg_skin_default appmsg_style_default not_in_mm">',
            '<div id="js_article" class="rich_media">', '<div class="rich_media_inner">',
            '<div id="page-content" class="rich_media_area_primary">', '<div class="rich_media_area_primary_inner">',
            '<div id="img-content" class="rich_media_wrp">',
            '<h1 class="rich_media_title " id="activity-name">', '棹湾镇2021年政府信息公开工作年度报告', '</h1>',
            '<div id="meta_content" class="rich_media_meta_list">',
            '<span class="rich_media_meta rich_media_meta_text">棹湾镇党政办</span>',
            '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">棹湾发布</a></span>',
            '<span id="meta_content_hide_info"><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></span>',
            '</div>',
            '<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">',
            content, '</div>',
            '<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>',
            '<div class="read-more__area"><span id="js_read_area3" class="media_tool_meta tips_global_primary meta_primary">阅读 1046</span></div>',
            '</div></div></div></div></div>',
            '<script type="text/javascript" nonce="1849303315">',
            'var nickname = htmlDecode("棹湾发布");', 'var msg_title = \'棹湾镇2021年政府信息公开工作年度报告\'.html(false);',
            'var msg_desc = htmlDecode("本报告根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号要求编制。");',
            'var ct = "%d";' % ct, 'var publish_time = "2022-01-19" || "";', 'var user_name = "gh_4f2c8e91b7a3";',
            'var appmsg_type = "9";', 'var source_url = "";', '</script>', '</body>', '</html>', '']
    return '\n'.join(head)


# ---------------------------------------------------------------- 8 pdf2json (npm, modesty/pdf2json 3.2.2) of the centre's PDF
NPM_DIR = '/tmp/gdr-tables14-npm'


def r_pdf2json(rep):
    i = rep['id']
    html = word_html(rep, tables(rep))

    def run(tmp, path):
        d = via_docx(tmp, path, i)
        soffice(tmp, d, 'pdf:writer_pdf_Export')
        tool = os.path.join(NPM_DIR, 'node_modules', '.bin', 'pdf2json')
        if not os.path.exists(tool):
            os.makedirs(NPM_DIR, exist_ok=True)
            sh(['npm', 'install', '--prefix', NPM_DIR, 'pdf2json@3.2.2'])
        os.makedirs(os.path.join(tmp, 'out'))
        sh(['node', tool, '-f', os.path.join(tmp, i + '.pdf'), '-o', os.path.join(tmp, 'out')])
        shutil.copy(os.path.join(tmp, 'out', i + '.json'), os.path.join(tmp, i + '.pdf2json.json'))
    out = cached(i + '.html', html, [i + '.docx', i + '.pdf', i + '.pdf2json.json'], run)
    return out[i + '.pdf2json.json'].decode('utf-8')
