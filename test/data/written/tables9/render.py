# render.py -- the eight forms.  Deterministic, stdlib only.
import base64, csv, html, io, quopri, unicodedata
from core import t2_model, t3_model, t4_model, expand, Cell

W = lambda s: sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)


def wrap(text, n):
    """wrap by display width n (in CJK characters, CJK = 2 columns), as Word lays out a line:
    a run of ASCII digits/letters is never broken, and closing punctuation never starts a line."""
    lim = 2 * n
    out, cur = [], ''
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isascii() and (ch.isalnum() or ch in '.,%'):
            j = i
            while j < len(text) and text[j].isascii() and (text[j].isalnum() or text[j] in '.,%'):
                j += 1
            tok = text[i:j]
        else:
            j = i + 1
            tok = ch
        if W(cur + tok) > lim and cur and tok not in '，。、；：）”》％':
            out.append(cur)
            cur = ''
        cur += tok
        i = j
    if cur:
        out.append(cur)
    return out or ['']


def models(R):
    M = {'t2': t2_model(R['era'], R.get('label_normdoc')),
         't3': t3_model(R['single_other'], R.get('t3_labels')),
         't4': t4_model()}
    rel = R.get('relabel', {})
    for m in M.values():
        for row in m:
            for cell in row:
                if cell.key is None and cell.text in rel:
                    cell.text = rel[cell.text]
    return M


def ctext(R, cell):
    """printed text of a cell (label or value)."""
    if cell.key is None:
        return cell.text
    return R['printed'][cell.key]


# ------------------------------------------------------------------ PDF-like layout
COLW = {'t2': [8, 6, 6, 6], 't3': [2, 4, 8] + [3] * 7, 't4': [2] * 15}


def layout_table(R, name, model):
    """-> list of rows; each row: list of (col, colspan, rowspan, lines, cell) for origin cells."""
    g = expand(model)
    widths = COLW[name]
    rows = []
    for r, grow in enumerate(g):
        out = []
        for c, x in enumerate(grow):
            if x is None:
                continue
            cell, origin = x
            if not origin:
                continue
            w = sum(widths[c:c + cell.cs])
            lines = wrap(ctext(R, cell), w) if ctext(R, cell) else []
            out.append((c, cell.cs, cell.rs, lines, cell))
        rows.append(out)
    return rows


# ------------------------------------------------------------------ 1. PyMuPDF get_text()
def pdf_paginate(R, blocks, page_h=44, wrapw=35):
    """Produce pages: list of list of items (kind, payload, height)."""
    M = models(R)
    items = []
    for kind, text in blocks:
        if kind in ('title', 'h1', 'h2', 'p', 'note'):
            if kind == 'title':
                lines = wrap(text, 20)
            elif kind == 'p':
                # first line is indented two characters (a position, not characters)
                first = wrap(text, wrapw - 2)[0]
                lines = [first] + wrap(text[len(first):], wrapw) if len(first) < len(text) else [first]
            else:
                lines = wrap(text, wrapw)
            for l in lines:
                items.append(('line', l, 1))
        elif kind == 'table':
            for ri, row in enumerate(layout_table(R, text, M[text])):
                h = max([len(x[3]) for x in row if x[2] == 1] or [1])
                items.append(('trow', row, max(1, h), text, ri))
        elif kind == 'sign':
            items.append(('sign', text, len(text)))
        elif kind == 'blank':
            items.append(('line', '', 1))
    pages, cur, hcur = [], [], 0
    for it in items:
        if hcur + it[2] > page_h and cur:
            pages.append(cur)
            cur, hcur = [], 0
        cur.append(it)
        hcur += it[2]
    pages.append(cur)
    return pages


def render_pymupdf(R, blocks):
    pages = pdf_paginate(R, blocks)
    out = []
    n = len(pages)
    for pi, page in enumerate(pages):
        # PyMuPDF returns text in content-stream order: this Word export draws the
        # running header and the footer before the body; on the last page the
        # signature text box (anchored with the seal) is drawn first.
        if pi > 0:
            out.append(R['running_header'])
        out.append('— %d —' % (pi + 1))
        signs = [it for it in page if it[0] == 'sign']
        for it in signs:
            out.extend(it[1])
        for it in page:
            if it[0] == 'line':
                if it[1]:
                    out.append(it[1])
            elif it[0] == 'trow':
                for c, cs, rs, lines, cell in it[1]:
                    out.extend(lines)
    return '\n'.join(out) + '\n'


# ------------------------------------------------------------------ 2. pymupdf4llm markdown
def md_table_rows(R, name, model, widths):
    g = expand(model)
    res = []
    for r, grow in enumerate(g):
        row = []
        for c, x in enumerate(grow):
            if x is None or not x[1]:
                row.append(None)
            else:
                cell = x[0]
                w = sum(widths[c:c + cell.cs])
                t = ctext(R, cell)
                row.append('\n'.join(wrap(t, w)) if t else '')
        res.append(row)
    return res


def md_emit(rows):
    """PyMuPDF Table.to_markdown(): first row is the header, None -> ColN."""
    hdr = rows[0]
    lines = ['|' + '|'.join((h.replace('\n', '<br>') if h is not None else 'Col%d' % (i + 1))
                            for i, h in enumerate(hdr)) + '|',
             '|' + '|'.join('---' for _ in hdr) + '|']
    for row in rows[1:]:
        lines.append('|' + '|'.join((x or '').replace('\n', '<br>') for x in row) + '|')
    return '\n'.join(lines) + '\n'


# ------------------------------------------------------------------ HTML tables
def html_table(R, model, cell_fn, table_attr='', tr_attr=''):
    out = ['<table%s>' % table_attr]
    for row in model:
        out.append('<tr%s>' % tr_attr)
        for cell in row:
            attrs = ''
            if cell.rs > 1:
                attrs += ' rowspan="%d"' % cell.rs
            if cell.cs > 1:
                attrs += ' colspan="%d"' % cell.cs
            out.append(cell_fn(cell, attrs))
        out.append('</tr>')
    out.append('</table>')
    return out


def render_pymupdf4llm(R, blocks):
    """pymupdf4llm.to_markdown(): headings by font size, text lines as extracted, tables via
    Table.to_markdown() (first row = header, None -> ColN, line breaks -> <br>), a table cut by a
    page break becomes two tables, pages separated by '-----'."""
    pages = pdf_paginate(R, blocks)
    M = models(R)
    grids = {n: md_table_rows(R, n, M[n], COLW[n]) for n in M}
    kinds = {}
    # recover the kind of every prose line (headings are bold/bigger in the PDF)
    out = []
    heads = {t for k, t in blocks if k in ('h1', 'title')}
    title_lines = set(wrap([t for k, t in blocks if k == 'title'][0], 20))
    for pi, page in enumerate(pages):
        cur_table, cur_rows = None, []

        def flush():
            if cur_table is not None:
                out.append('')
                out.append(md_emit([grids[cur_table][i] for i in cur_rows]))
        for it in page:
            if it[0] == 'trow':
                if cur_table != it[3]:
                    flush()
                    cur_table, cur_rows = it[3], []
                cur_rows.append(it[4])
                continue
            flush()
            cur_table, cur_rows = None, []
            if it[0] == 'line':
                t = it[1]
                if t in heads or t in title_lines:
                    out.append('')
                    out.append(('# ' if t in title_lines else '## ') + '**' + t + '**')
                    out.append('')
                else:
                    out.append(t)
            elif it[0] == 'sign':
                out.append('')
                out.extend(it[1])
        flush()
        out.append('')
        out.append('- %d -' % (pi + 1))
        out.append('')
        out.append('-----')
        out.append('')
    return '\n'.join(out) + '\n'


# ------------------------------------------------------------------ 3. Google Docs HTML export
GD_STYLE = ('<style type="text/css">@import url(https://themes.googleusercontent.com/fonts/css?kit=wAPX1HepqA24RkYW1AuHYA);'
            'ol.lst-kix_9x2mhd5lp0ak-0{list-style-type:none}.lst-kix_9x2mhd5lp0ak-0>li:before{content:"" counter(lst-ctn-kix_9x2mhd5lp0ak-0,cjk-ideographic) "\\3001  "}'
            '.lst-kix_9x2mhd5lp0ak-0>li{counter-increment:lst-ctn-kix_9x2mhd5lp0ak-0}ol.lst-kix_9x2mhd5lp0ak-0.start{counter-reset:lst-ctn-kix_9x2mhd5lp0ak-0 0}'
            'ol.lst-kix_u7c3p2m4wq1e-0{list-style-type:none}.lst-kix_u7c3p2m4wq1e-0>li:before{content:"\\ff08" counter(lst-ctn-kix_u7c3p2m4wq1e-0,cjk-ideographic) "\\ff09  "}'
            '.lst-kix_u7c3p2m4wq1e-0>li{counter-increment:lst-ctn-kix_u7c3p2m4wq1e-0}ol.lst-kix_u7c3p2m4wq1e-0.start{counter-reset:lst-ctn-kix_u7c3p2m4wq1e-0 0}'
            'table td,table th{padding:0}.c1{border-right-style:solid;padding:0pt 5.4pt 0pt 5.4pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:middle;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;border-top-color:#000000;border-bottom-style:solid}'
            '.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:10.5pt;font-family:"Arial";font-style:normal}'
            '.c2{padding-top:0pt;padding-bottom:0pt;line-height:1.0;orphans:2;widows:2;text-align:center}'
            '.c3{padding-top:0pt;padding-bottom:0pt;line-height:1.5;orphans:2;widows:2;text-indent:32pt;text-align:justify}'
            '.c4{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:"Arial";font-style:normal}'
            '.c5{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:10.5pt;font-family:"Times New Roman";font-style:normal}'
            '.c6{padding-top:12pt;padding-bottom:6pt;line-height:1.5;text-align:left}.c7{margin-left:0pt;padding-left:0pt}'
            '.c8{border-spacing:0;border-collapse:collapse;margin-right:auto}.c9{height:0pt}.c10{vertical-align:super;font-size:10.5pt}'
            '.c11{color:inherit;text-decoration:inherit}.c12{padding-top:0pt;padding-bottom:0pt;line-height:1.5;text-align:right}'
            '.c13{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}.c14{font-size:9pt}.c15{height:11pt}'
            '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
            'li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}</style>')


def gd_esc(t):
    return html.escape(t, quote=False).replace('“', '&ldquo;').replace('”', '&rdquo;')


def render_gdocs(R, blocks):
    M = models(R)
    h = ['<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">', GD_STYLE,
         '</head><body class="c13 doc-content">']
    h1n = 0
    in_h2 = False
    for kind, text in blocks:
        if kind != 'h2' and in_h2:
            pass
        if kind == 'title':
            h.append('<p class="c2 title" id="h.k3n8w1t0d2ab"><span class="c4">%s</span></p>' % gd_esc(text))
            h.append('<p class="c2 c15"><span class="c0"></span></p>')
        elif kind == 'h1':
            h1n += 1
            start = ' start' if h1n == 1 else ''
            st = ' start="%d"' % h1n
            h.append('<ol class="c7 lst-kix_9x2mhd5lp0ak-0%s"%s><li class="c6 li-bullet-0"><span class="c4" style="font-size:12pt">%s</span></li></ol>'
                     % (start, st, gd_esc(text)))
            h2n = 0
        elif kind == 'h2':
            h2n += 1
            h.append('<ol class="c7 lst-kix_u7c3p2m4wq1e-0%s" start="%d"><li class="c3 li-bullet-0"><span class="c0">%s</span></li></ol>'
                     % (' start' if h2n == 1 else '', h2n, gd_esc(text)))
        elif kind == 'p':
            h.append('<p class="c3"><span class="c0">%s</span></p>' % gd_esc(text))
        elif kind == 'table':
            def cell_fn(cell, attrs):
                if cell.key is None:
                    inner = '<span class="c0">%s</span>' % gd_esc(cell.text)
                else:
                    inner = R['gd_cell'](cell.key, R['printed'][cell.key])
                return '<td class="c1"%s><p class="c2"><span class="c0"></span>%s</p></td>' % (attrs, inner) \
                    if False else '<td class="c1"%s><p class="c2">%s</p></td>' % (attrs, inner)
            h.append('<p class="c2 c15"><span class="c0"></span></p><a id="t.%s"></a><a id="t.%d"></a>'
                     % ('8d41c0e2f7a95b3c16e0'[:len(text) + 10], len(h)))
            h.extend(html_table(R, M[text], cell_fn, ' class="c8"', ' class="c9"'))
        elif kind == 'sign':
            for l in text:
                h.append('<p class="c12"><span class="c0">%s</span></p>' % gd_esc(l))
    h.append('<hr class="c11"><div><p class="c2" style="text-align:left"><a href="#ftnt_ref1" id="ftnt1">[1]</a>'
             '<span class="c0 c14">&nbsp;%s</span></p></div>' % gd_esc(R['footnote']))
    h.append('</body></html>')
    return ''.join(h)


# ------------------------------------------------------------------ 4. xlsx2csv -a
def render_xlsx2csv(R, blocks):
    M = models(R)
    buf = io.StringIO()
    sheets = []
    # sheet 1: the text, one paragraph a row in column A (merged A:H in the workbook)
    rows = []
    for kind, text in blocks:
        if kind == 'sign':
            rows.extend([[l] for l in text])
            rows.append([R['xlsx_date']])
        elif kind == 'table':
            continue
        else:
            rows.append([text])
    sheets.append(('报告正文', rows))
    for i, (name, cap) in enumerate((('t2', '附表1 主动公开政府信息情况'), ('t3', '附表2 收到和处理政府信息公开申请情况'),
                                     ('t4', '附表3 政府信息公开行政复议、行政诉讼情况'))):
        g = expand(M[name])
        n = len(g[0])
        rows = [[cap] + [''] * (n - 1)]
        for grow in g:
            row = []
            for x in grow:
                if x is None or not x[1]:
                    row.append('')
                else:
                    row.append(ctext(R, x[0]))
            rows.append(row)
        sheets.append((['表二', '表三', '表四'][i], rows))
    for si, (name, rows) in enumerate(sheets):
        buf.write('-------- %d - %s\n' % (si + 1, name))
        w = csv.writer(buf, lineterminator='\n')
        for r in rows:
            w.writerow(r)
    return buf.getvalue()


# ------------------------------------------------------------------ 5. e-mail with base64 HTML
def word_paste_table(R, model):
    def cell_fn(cell, attrs):
        t = ctext(R, cell)
        t = html.escape(t, quote=False) if t else '&nbsp;'
        return ('<td%s style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt" valign="center">'
                '<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:10.5pt;'
                'font-family:仿宋_GB2312">%s</span></p></td>' % (attrs, t))
    return html_table(R, model, cell_fn,
                      ' class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none"')


def report_html_word(R, blocks):
    M = models(R)
    out = []
    for kind, text in blocks:
        e = html.escape(text, quote=False) if isinstance(text, str) else None
        if kind == 'title':
            out.append('<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:18pt;font-family:方正小标宋简体">%s</span></b></p>' % e)
        elif kind == 'h1':
            out.append('<p class="MsoNormal" style="text-indent:32pt"><span style="font-size:16pt;font-family:黑体">%s</span></p>' % e)
        elif kind in ('h2',):
            out.append('<p class="MsoNormal" style="text-indent:32pt"><span style="font-size:16pt;font-family:楷体_GB2312">%s</span></p>' % e)
        elif kind in ('p', 'note'):
            out.append('<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-size:16pt;font-family:仿宋_GB2312">%s</span></p>' % e)
        elif kind == 'table':
            out.extend(word_paste_table(R, M[text]))
        elif kind == 'sign':
            for l in text:
                out.append('<p class="MsoNormal" align="right" style="text-align:right"><span style="font-size:16pt;font-family:仿宋_GB2312">%s</span></p>' % html.escape(l))
    return out


def b64lines(b):
    s = base64.b64encode(b).decode('ascii')
    return '\r\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def mime_word(s):
    return '=?UTF-8?B?%s?=' % base64.b64encode(s.encode('utf-8')).decode('ascii')


def render_eml(R, blocks):
    e = R['eml']
    cover_txt = '\r\n'.join(e['cover'])
    qp = quopri.encodestring(cover_txt.encode('utf-8')).decode('ascii')
    cover_html = ''.join('<div>%s</div>' % (html.escape(l) if l else '<br>') for l in e['cover'])
    body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '<style>body { line-height: 1.5; }</style></head><body>' + cover_html +
            '<div><br></div><div>-----------------------------------------------</div>' +
            '\r\n'.join(report_html_word(R, blocks)) + '<div><br></div></body></html>')
    B = e['boundary']
    hdr = [
        'Received: from mail.example-gov.cn (unknown [10.42.8.17])',
        '\tby mx.lyxzwgk.cn (Coremail) with SMTP id AQAAfwCnGgB5mKhlQk8CAA--.21874S2;',
        '\t' + e['date'],
        'Return-Path: <%s>' % e['from_addr'],
        'Date: ' + e['date'],
        'From: "%s" <%s>' % (mime_word(e['from_name']), e['from_addr']),
        'To: "%s" <%s>' % (mime_word(e['to_name']), e['to_addr']),
        'Subject: ' + mime_word(e['subject']),
        'Message-ID: <%s>' % e['msgid'],
        'X-Priority: 3',
        'X-Mailer: Coremail Webmail Server Version XT5.0.13 build 20230614(a2f1b0f3)',
        'MIME-Version: 1.0',
        'Content-Type: multipart/alternative; ',
        '\tboundary="%s"' % B,
        '',
        '--' + B,
        'Content-Type: text/plain; charset=UTF-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp.replace('\n', '\r\n').replace('\r\r\n', '\r\n'),
        '--' + B,
        'Content-Type: text/html; charset=UTF-8',
        'Content-Transfer-Encoding: base64',
        '',
        b64lines(body.encode('utf-8')),
        '',
        '--' + B + '--',
        '',
    ]
    return '\r\n'.join(hdr)


# ------------------------------------------------------------------ 6. <pre> fixed-width tables
def pad(s, w, align):
    d = w - W(s)
    if d <= 0:
        return s
    if align == 'r':
        return ' ' * d + s
    if align == 'c':
        return ' ' * (d // 2) + s + ' ' * (d - d // 2)
    return s + ' ' * d


def pre_table(R, model, widths, label_cols, header_rows):
    """Fixed-width text as a WPS 'save as text' with aligned columns; widths in display columns.
    Row labels wrap inside their column; rowspan labels continue down the following lines."""
    g = expand(model)
    ncol = len(widths)
    pending = {}   # origin col -> [lines]
    lines = []
    for r, grow in enumerate(g):
        cells = {}
        nl = 1
        for c, x in enumerate(grow):
            if x is None or not x[1]:
                continue
            cell = x[0]
            w = sum(widths[c:c + cell.cs]) + (cell.cs - 1)
            t = ctext(R, cell)
            if cell.key is not None:
                ls = [t]
            else:
                ls = wrap(t, w // 2) if t else ['']
            if cell.rs > 1:
                pending[c] = (ls, cell.cs, w, cell)
            else:
                cells[c] = (ls, cell.cs, w, cell)
                nl = max(nl, len(ls))
        for i in range(nl):
            parts = []
            c = 0
            while c < ncol:
                x = grow[c]
                if x is None:
                    parts.append(' ' * widths[c])
                    c += 1
                    continue
                cell = x[0]
                # find origin column of this cell
                c0 = c
                while c0 > 0 and grow[c0 - 1] is not None and grow[c0 - 1][0] is cell:
                    c0 -= 1
                span = cell.cs - (c - c0)
                w = sum(widths[c:c + span]) + (span - 1)
                if c in cells and cells[c][3] is cell:
                    ls = cells[c][0]
                    s = ls[i] if i < len(ls) else ''
                elif c0 in pending and pending[c0][3] is cell:
                    ls = pending[c0][0]
                    s = ls.pop(0) if ls else ''
                else:
                    s = ''
                if cell.key is not None:
                    al = 'r'
                elif r in header_rows or c >= label_cols:
                    al = 'c'
                else:
                    al = 'l'
                parts.append(pad(s, w, al))
                c += span
            lines.append(' '.join(parts).rstrip())
    return lines


def page_pre(R, blocks):
    M = models(R)
    cfg = {'t2': ([16, 14, 14, 14], 1, set()),
           't3': ([10, 12, 18] + [7, 7, 7, 7, 7, 7, 7], 3, {0, 1, 2}),
           't4': [[5] * 15, 0, {0, 1, 2}]}
    out = []
    for kind, text in blocks:
        if kind == 'title':
            continue
        if kind == 'h1':
            out.append('<p style="text-indent:2em;"><strong>%s</strong></p>' % html.escape(text))
        elif kind in ('p', 'note'):
            out.append('<p style="text-indent:2em;">%s</p>' % html.escape(text))
        elif kind == 'table':
            w, lc, hr = cfg[text]
            t = pre_table(R, M[text], w, lc, hr)
            out.append('<pre style="font-family:\'宋体\',SimSun,monospace;font-size:12px;line-height:18px;">' +
                       html.escape('\n'.join(t), quote=False) + '\n</pre>')
        elif kind == 'sign':
            for l in text:
                out.append('<p style="text-align:right;">%s</p>' % html.escape(l))
    return out


# ------------------------------------------------------------------ 7. pdftohtml -s -i -noframes
def render_pdftohtml(R, blocks):
    pages = pdf_paginate(R, blocks, page_h=32, wrapw=33)
    heads = {t for k, t in blocks if k in ('h1',)}
    title_lines = set(wrap([t for k, t in blocks if k == 'title'][0], 20))
    CH, LH, X0, Y0 = 16, 24, 108, 110
    colx = {}
    for n, ws in COLW.items():
        xs, x = [], 100
        for wd in ws:
            xs.append(x)
            x += wd * 2 * 8 + 12 if n != 't4' else wd * 2 * 8 + 14
        colx[n] = (xs, x)
    out = ['<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="" xml:lang="">',
           '<head>', '<title>%s</title>' % html.escape(R['pdf_title']), '',
           '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>',
           ' <meta name="generator" content="pdftohtml 0.86.1"/>',
           ' <meta name="author" content="Administrator"/>',
           ' <meta name="date" content="%s"/>' % R['pdf_date'],
           '<style type="text/css">', '<!--', '\tp {margin: 0; padding: 0;}',
           '\t.ft10{font-size:29px;font-family:FZXBSJW--GB1-0;color:#000000;}',
           '\t.ft11{font-size:21px;font-family:SimHei;color:#000000;}',
           '\t.ft12{font-size:21px;font-family:FangSong_GB2312;color:#000000;}',
           '\t.ft13{font-size:13px;font-family:SimSun;color:#000000;}',
           '\t.ft14{font-size:13px;font-family:TimesNewRomanPSMT;color:#000000;}',
           '\t.ft15{font-size:16px;font-family:TimesNewRomanPSMT;color:#000000;}',
           '-->', '</style>', '</head>', '<body bgcolor="#A0A0A0" vlink="blue" link="blue">']

    def P(top, left, cls, text):
        t = html.escape(text, quote=False).replace(' ', '&#160;')
        out.append('<p style="position:absolute;top:%dpx;left:%dpx;white-space:nowrap" class="%s">%s</p>'
                   % (top, left, cls, t))
    for pi, page in enumerate(pages):
        out.append('<div id="page%d-div" style="position:relative;width:892px;height:1262px;">' % (pi + 1))
        y = Y0
        for it in page:
            if it[0] == 'line':
                t = it[1]
                if t in heads or t in title_lines:
                    cls = 'ft10' if t in title_lines else 'ft11'
                    left = (892 - W(t) * 14) // 2 if cls == 'ft10' else X0 + 42
                    P(y, left, cls, t)
                else:
                    P(y, X0, 'ft12', t)
                y += LH + 7
            elif it[0] == 'sign':
                y += LH
                for l in it[1]:
                    P(y, 892 - 108 - W(l) * 10, 'ft12', l)
                    y += LH + 7
            elif it[0] == 'trow':
                row, h, name = it[1], it[2], it[3]
                xs, xend = colx[name]
                rh = h * 17 + 8
                for c, cs, rs, lines, cell in row:
                    x0 = xs[c]
                    x1 = xs[c + cs] if c + cs < len(xs) else xend
                    ty = y + (rh - len(lines) * 17) // 2 if rs == 1 else y + 4
                    for j, l in enumerate(lines):
                        isnum = cell.key is not None
                        cw = len(l) * 8 if isnum else W(l) * 7
                        left = x0 + max(2, (x1 - x0 - cw) // 2)
                        P(ty + j * 17, left, 'ft14' if isnum else 'ft13', l)
                y += rh
        P(1262 - 90, 426, 'ft15', '— %d —' % (pi + 1))
        out.append('</div>')
    out.append('</body>')
    out.append('</html>')
    return '\n'.join(out) + '\n'


# ------------------------------------------------------------------ 8. Wayback Machine snapshot
def cms_table(R, model):
    def cell_fn(cell, attrs):
        t = ctext(R, cell)
        return '<td%s style="border:1px solid #000;text-align:center;"><p style="text-align:center;">%s</p></td>' % (
            attrs, html.escape(t, quote=False) if t else '&nbsp;')
    return html_table(R, model, cell_fn, ' width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;"')
