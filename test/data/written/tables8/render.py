"""Renderers: one per form. Each takes (rep, blocks) and returns the file's text."""
import html
import re
import textwrap

from core import (NCOLS, expand, table_model, dw, wrap_dw, pad, wide, COLS, t3_rows, model_t3_header,
                  model_t3_body, R3)


def paras(blocks, kinds):
    return [b for b in blocks if b[0] in kinds]


# ===========================================================================
# w3m -dump: box-drawing tables
# ===========================================================================
BOX = {frozenset('RD'): '┌', frozenset('LD'): '┐', frozenset('RU'): '└', frozenset('LU'): '┘',
       frozenset('LR'): '─', frozenset('UD'): '│', frozenset('LRD'): '┬', frozenset('LRU'): '┴',
       frozenset('UDR'): '├', frozenset('UDL'): '┤', frozenset('LRUD'): '┼',
       frozenset('L'): '─', frozenset('R'): '─', frozenset('U'): '│', frozenset('D'): '│'}


def box_table(rows, ncols, widths, align=None):
    grid = expand(ncols, rows)
    nrows = len(grid)
    cells = {}
    for ri, g in enumerate(grid):
        for ci, (cell, origin, r0, c0) in enumerate(g):
            if origin and r0 == ri:
                cells[(r0, c0)] = cell
    lines = {}
    for (r0, c0), cell in cells.items():
        w = sum(widths[c0:c0 + cell['cs']]) + cell['cs'] - 1
        lines[(r0, c0)] = wrap_dw(cell['t'], w, kinsoku=False) if cell['t'] else ['']
    h = [1] * nrows
    for (r0, c0), cell in cells.items():
        if cell['rs'] == 1:
            h[r0] = max(h[r0], len(lines[(r0, c0)]))
    for (r0, c0), cell in sorted(cells.items()):
        if cell['rs'] > 1:
            avail = sum(h[r0:r0 + cell['rs']]) + cell['rs'] - 1
            if len(lines[(r0, c0)]) > avail:
                h[r0 + cell['rs'] - 1] += len(lines[(r0, c0)]) - avail
    xs = [0]
    for w in widths:
        xs.append(xs[-1] + 1 + w)
    ys = [0]
    for hh in h:
        ys.append(ys[-1] + 1 + hh)
    W, H = xs[-1] + 1, ys[-1] + 1
    canvas = [[' '] * W for _ in range(H)]
    flags = [[set() for _ in range(W)] for _ in range(H)]
    for (r0, c0), cell in cells.items():
        x0, x1 = xs[c0], xs[c0 + cell['cs']]
        y0, y1 = ys[r0], ys[r0 + cell['rs']]
        for y in (y0, y1):
            for x in range(x0, x1):
                flags[y][x].add('R')
                flags[y][x + 1].add('L')
        for x in (x0, x1):
            for y in range(y0, y1):
                flags[y][x].add('D')
                flags[y + 1][x].add('U')
        ls = lines[(r0, c0)]
        inner_h = y1 - y0 - 1
        top = y0 + 1 + (inner_h - len(ls)) // 2          # w3m: valign middle
        a = (align or {}).get(cell['kind'], 'l')
        for k, s in enumerate(ls):
            s = pad(s, x1 - x0 - 1, a)
            x = x0 + 1
            for ch in s:
                canvas[top + k][x] = ch
                if wide(ch):
                    canvas[top + k][x + 1] = None
                    x += 2
                else:
                    x += 1
    for y in range(H):
        for x in range(W):
            if flags[y][x]:
                canvas[y][x] = BOX[frozenset(flags[y][x])]
    return [''.join(c for c in row if c is not None).rstrip() for row in canvas]


def render_w3m(rep, blocks):
    out = ['朔川省林业和草原局', '',
           '首页 | 机构概况 | 政务公开 | 政务服务 | 互动交流 | 专题专栏 | 无障碍浏览', '',
           '请输入关键字                    [搜索]', '',
           '当前位置：首页 > 政务公开 > 政府信息公开年报', '']
    align = {'h': 'c', 'cap': 'c', 'n': 'c', 'l': 'l', 'v': 'c'}
    widths = {'t2': [22, 16, 16, 16], 't3': [4, 8, 20, 4, 4, 4, 4, 4, 4, 4], 't4': [4] * 15}
    for kind, x in blocks:
        if kind == 'title':
            out += [pad(x, 78, 'c').rstrip(), '']
        elif kind == 'meta':
            out += [x, '', '[打印本页] [关闭窗口] [收藏]', '']
        elif kind in ('p', 'h1', 'note'):
            out += wrap_dw(x, 78) + ['']
        elif kind == 'table':
            out += box_table(table_model(rep, x), NCOLS[x], widths[x], align) + ['']
        elif kind == 'sign':
            out += [pad(x, 78, 'r')]
        elif kind == 'date':
            out += [pad(x, 78, 'r'), '']
    out += ['', '【相关链接】', '国家林业和草原局 | 朔川省人民政府 | 朔川省自然资源厅', '',
            '主办单位：朔川省林业和草原局  地址：朔川市滨河东路118号  邮编：034100',
            '网站标识码：6900000017  朔ICP备05002368号  朔公网安备 69010202000153号', '']
    return '\n'.join(out)


# ===========================================================================
# lynx -dump
# ===========================================================================
def lynx_wrap(text, width=77, indent=3):
    """lynx: break at spaces or between CJK characters, never inside an ASCII word."""
    toks = re.findall(r'\[\d+\][^\s\[]*|[A-Za-z0-9.%+\-/:_,()]+| +|.', text)
    lines, cur = [], ''
    for t in toks:
        if dw(cur) + dw(t) > width - indent and cur.strip():
            lines.append(cur.rstrip())
            cur = '' if t.isspace() else t
        else:
            cur += t
    if cur.strip():
        lines.append(cur.rstrip())
    return [' ' * indent + l for l in lines]


def render_lynx(rep, blocks):
    links = ['http://www.puyang.gov.cn/', 'http://www.puyang.gov.cn/', 'http://www.puyang.gov.cn/zwgk/',
             'http://www.puyang.gov.cn/zwfw/', 'http://www.puyang.gov.cn/hdjl/', 'http://www.puyang.gov.cn/zjpy/',
             'http://www.puyang.gov.cn/search/', 'http://www.puyang.gov.cn/', 'http://www.puyang.gov.cn/zwgk/',
             'http://www.puyang.gov.cn/zwgk/zfxxgknb/']
    out = ['   [1]蒲阳县人民政府门户网站', '',
           '   [2]首页 [3]政务公开 [4]政务服务 [5]互动交流 [6]走进蒲阳', '',
           '   ____________________ [7]搜索', '',
           '   当前位置：[8]首页 > [9]政务公开 > [10]政府信息公开年报', '']
    n = 10
    for kind, x in blocks:
        if kind == 'title':
            out += ['', pad(x, 78, 'c').rstrip(), '']
        elif kind == 'meta':
            out += ['   发布日期：2023-03-24 来源：县政府办公室 字体：[11]大 [12]中 [13]小', '']
            links += ['javascript:doZoom(16)', 'javascript:doZoom(14)', 'javascript:doZoom(12)']
            n = 13
        elif kind in ('p', 'note'):
            out += lynx_wrap(x) + ['']
        elif kind == 'h1':
            out += lynx_wrap(x) + ['']
        elif kind == 'table':
            for row in table_model(rep, x):
                out += lynx_wrap(' '.join(c['t'] for c in row))
            out += ['']
        elif kind in ('sign', 'date'):
            out += [pad(x, 78, 'r')]
    out += ['', '   [14]【打印本页】 [15]【关闭窗口】', '',
            '   主办：蒲阳县人民政府办公室 承办：蒲阳县政务服务中心',
            '   网站标识码：4312250019 [16]湘ICP备13006571号-1 [17]湘公网安备 43122502000118号', '',
            'References', '', '   Visible links:']
    links += ['javascript:window.print()', 'javascript:window.close()', 'https://beian.miit.gov.cn/',
              'http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43122502000118']
    for i, u in enumerate(links, 1):
        out.append('%4d. %s' % (i, u))
    out += ['', '   Hidden links:', '  %d. http://www.puyang.gov.cn/images/2023/0324/wx_qrcode.jpg' % (len(links) + 1), '']
    return '\n'.join(out)


# ===========================================================================
# Apache Tika text of a .docx
# ===========================================================================
def tika_table(rep, name):
    rows = table_model(rep, name)
    grid = expand(NCOLS[name], rows)
    out = ''
    for ri, g in enumerate(grid):
        ci = 0
        while ci < len(g):
            cell, origin, r0, c0 = g[ci]
            if r0 == ri:
                out += '\t' + cell['t'] + '\n'
            else:
                out += '\t\n'                 # vMerge continuation: an empty paragraph
            ci += cell['cs']
        out += '\n'
    return out


def render_tika(rep, blocks):
    out = ''
    for kind, x in blocks:
        if kind == 'title':
            out += x + '\n\n'
        elif kind in ('p', 'note'):
            out += x + '\n'
        elif kind == 'h1':
            out += x + '\n'
        elif kind == 'h2':
            out += x + '\n'
        elif kind == 'table':
            out += tika_table(rep, x) + '\n'
        elif kind == 'sign':
            out += '\n\n' + x + '\n'
        elif kind == 'date':
            out += x + '\n'
    out += '\n— 1 —\n\n'
    return out


# ===========================================================================
# html2text (Python) markdown of the CMS page
# ===========================================================================
H2T_BR = {'（二）部分公开（区分处理的，只计这一情形，不计其他情形）': '（二）部分公开  \n（区分处理的，只计这一情形，不计其他情形）',
          '本年收费金额（单位：万元）': '本年收费金额  \n（单位：万元）'}


def h2t_cell(t):
    if t.startswith('（本列数据'):
        return '（本列数据的勾稽关系为：  \n第一项加第二项之和，  \n等于第三项加第四项之和）'
    return H2T_BR.get(t, t)


def render_html2text(rep, blocks):
    base = 'http://www.lixi.gov.cn'
    out = ['[![](%s/images/logo_lixi.png)](%s/)' % (base, base), '',
           '  * [首页](%s/)' % base, '  * [政务公开](%s/zwgk/)' % base, '  * [乡镇街道](%s/xzjd/)' % base,
           '  * [芷口乡](%s/xzjd/zkx/)' % base, '',
           '当前位置：[首页](%s/) > [乡镇街道](%s/xzjd/) > [芷口乡](%s/xzjd/zkx/) > 政府信息公开年报' % (base, base, base), '']
    for kind, x in blocks:
        if kind == 'title':
            out += ['# ' + x, '']
        elif kind == 'meta':
            out += [x, '']
        elif kind in ('p', 'note'):
            out += textwrap.wrap(x, 78, break_long_words=False, break_on_hyphens=False) + ['']
        elif kind == 'h1':
            out += ['**' + x + '**', '']
        elif kind == 'table':
            rows = table_model(rep, x)
            for i, row in enumerate(rows):
                cells = [h2t_cell(c['t']) for c in row]
                line = cells[0]
                for c in cells[1:]:
                    line += ' | ' + c
                out.append(line + '  ')
                if i == 0:
                    out.append('|'.join(['---'] * len(row)) + '  ')
            out += ['', '']
        elif kind in ('sign', 'date'):
            out += [x, '']
    out += ['', '[【打印】](javascript:window.print\\(\\)) [【关闭】](javascript:window.close\\(\\))', '',
            '主办：黎溪县人民政府办公室 | 网站标识码：4312310021 | [湘ICP备05008914号](https://beian.miit.gov.cn/)', '']
    return '\n'.join(out)


# ===========================================================================
# tabula-java lattice CSV (-l -p all -f CSV), CRLF records, \r inside cells
# ===========================================================================
def csv_field(s):
    if any(ch in s for ch in ',"\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def wrap_chars(s, width):
    """Break a cell's text the way the PDF wrapped it: width in CJK characters (ASCII counts half)."""
    return wrap_dw(s, width * 2) if s else ['']


def tabula_rows(rows, ncols, widths, r_from=0, r_to=None):
    grid = expand(ncols, rows)
    out = []
    for ri in range(r_from, r_to if r_to is not None else len(grid)):
        g = grid[ri]
        fields = []
        for ci, (cell, origin, r0, c0) in enumerate(g):
            if origin and r0 == ri:
                w = sum(widths[c0:c0 + cell['cs']])
                fields.append('\r'.join(wrap_chars(cell['t'], w)))
            else:
                fields.append('')
        out.append(','.join(csv_field(f) for f in fields))
    return out


def render_tabula(rep, blocks):
    out = []
    for kind, x in blocks:
        if kind == 'index':
            for a, b, c, d in x:
                fields = [a, '\r'.join(wrap_chars(b, 26 if c is None else 13)), c or '', d or '']
                out.append(','.join(csv_field(f) for f in fields))
        elif kind == 'table':
            if x == 't2':
                out += tabula_rows(table_model(rep, 't2'), 4, [8, 6, 6, 6])
            elif x == 't3':
                rows = table_model(rep, 't3')
                keys = [r['key'] for r in t3_rows(rep['template'])]
                cut = 3 + keys.index('denied.process')              # page 3 ends after 5.属于三类内部事务信息
                w = [1, 4, 9, 3, 3, 3, 3, 3, 3, 3]
                out += tabula_rows(rows, 10, w, 0, cut)
                out += tabula_rows(rows, 10, w, cut, None)
            elif x == 't4':
                out += tabula_rows(table_model(rep, 't4'), 15, [2] * 15)
    return '\r\n'.join(out) + '\r\n'


# ===========================================================================
# HTML of the report (UEditor-like) for the RSS item
# ===========================================================================
def html_table(rows):
    h = ['<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;"><tbody>']
    for i, row in enumerate(rows):
        h.append('<tr%s>' % (' class="firstRow"' if i == 0 else ''))
        for c in row:
            attrs = ''
            if c['rs'] > 1:
                attrs += ' rowspan="%d"' % c['rs']
            if c['cs'] > 1:
                attrs += ' colspan="%d"' % c['cs']
            al = 'center' if c['kind'] != 'l' else 'left'
            h.append('<td%s align="%s" valign="middle">%s</td>' % (attrs, al, html.escape(c['t'], quote=False)))
        h.append('</tr>')
    h.append('</tbody></table>')
    return '\n'.join(h)


def report_html(rep, blocks):
    h = []
    for kind, x in blocks:
        if kind == 'title':
            h.append('<p style="text-align:center;"><strong><span style="font-size:20px;">%s</span></strong></p>' % x)
        elif kind in ('p', 'note'):
            h.append('<p style="text-indent:2em;line-height:2em;">%s</p>' % html.escape(x, quote=False))
        elif kind == 'h1':
            h.append('<p style="text-indent:2em;line-height:2em;"><strong>%s</strong></p>' % x)
        elif kind == 'table':
            h.append(html_table(table_model(rep, x)))
        elif kind in ('sign', 'date'):
            h.append('<p style="text-align:right;line-height:2em;">%s</p>' % x)
    return '\n'.join(h)


def render_rss(rep, blocks):
    body = report_html(rep, blocks)
    site = 'http://www.chengdong.yongyang.gov.cn'
    other1 = ('<p style="text-indent:2em;">为做好2026年春节期间辖区安全生产工作，街道组织应急、消防、市场监管等力量，'
              '对辖区9个社区、126家“九小场所”开展安全检查，发现并整改隐患37处。</p>')
    other2 = ('<p style="text-indent:2em;">根据《邕阳市城东区2025年度政务公开工作要点》，翠屏街道梳理形成基层政务公开标准目录'
              '事项清单18类、公开事项76项，现予公布。</p>')
    items = [
        ('翠屏街道开展春节前安全生产大检查', site + '/xwzx/jddt/202601/t20260123_2871935.html',
         'Fri, 23 Jan 2026 17:05:12 +0800', '党政综合办公室', other1),
        (rep['doc_title'], site + '/zwgk/zfxxgknb/202601/t20260120_2871402.html',
         'Tue, 20 Jan 2026 10:18:37 +0800', '翠屏街道办事处', body),
        ('翠屏街道基层政务公开标准目录', site + '/zwgk/bzml/202601/t20260108_2869512.html',
         'Thu, 08 Jan 2026 09:40:00 +0800', '党政综合办公室', other2),
    ]
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">',
         '<channel>',
         '<title>邕阳市城东区人民政府 - 翠屏街道</title>',
         '<link>%s/xzjd/cpjd/</link>' % site,
         '<description>翠屏街道信息公开</description>',
         '<language>zh-cn</language>',
         '<lastBuildDate>Fri, 23 Jan 2026 17:10:03 +0800</lastBuildDate>',
         '<generator>TRS WCM 7.0</generator>']
    for title, link, date, author, content in items:
        x += ['<item>', '<title><![CDATA[%s]]></title>' % title, '<link>%s</link>' % link,
              '<guid isPermaLink="true">%s</guid>' % link, '<pubDate>%s</pubDate>' % date,
              '<dc:creator>%s</dc:creator>' % author,
              '<description><![CDATA[%s]]></description>' % content, '</item>']
    x += ['</channel>', '</rss>', '']
    return '\n'.join(x)


# ===========================================================================
# Docling markdown: spanned cells repeated, tables split at page breaks
# ===========================================================================
def docling_table(rows, ncols, r_from=0, r_to=None):
    grid = expand(ncols, rows)
    sel = grid[r_from:r_to]
    data = []
    for ri, g in enumerate(sel, r_from):
        row = []
        for cell, origin, r0, c0 in g:
            # a merged cell continued from the previous page is an empty cell on this page
            row.append(cell['t'] if r0 >= r_from else '')
        data.append(row)
    wds = [max(3, max(len(r[c]) for r in data)) for c in range(ncols)]
    fmt = lambda r: '| ' + ' | '.join(r[c].ljust(wds[c]) for c in range(ncols)) + ' |'
    lines = [fmt(data[0]), '|' + '|'.join('-' * (w + 2) for w in wds) + '|']
    lines += [fmt(r) for r in data[1:]]
    return lines


def render_docling(rep, blocks):
    out = []
    for kind, x in blocks:
        if kind == 'title':
            out += ['## ' + x, '']
        elif kind in ('p', 'note'):
            for part in x.split('¶'):
                out += [part, '']
        elif kind == 'h1':
            out += ['## ' + x, '']
        elif kind == 'table':
            rows = table_model(rep, x)
            if x == 't3':
                keys = [r['key'] for r in t3_rows(rep['template'])]
                cut = 3 + keys.index('unable.needs_creation')
                out += docling_table(rows, 10, 0, cut) + ['']
                out += docling_table(rows, 10, cut, None) + ['']
            else:
                out += docling_table(rows, NCOLS[x]) + ['']
        elif kind == 'sign':
            out += ['<!-- image -->', '', x, '']
        elif kind == 'date':
            out += [x, '']
    return '\n'.join(out)


# ===========================================================================
# Chrome (PDFium) PDF viewer: select all, copy, paste into Notepad (CRLF)
# ===========================================================================
def pdf_lines_table(rep, name, widths, row_idx=None):
    """Content order of a Word table: cell by cell; every wrapped line of a label cell is a
    line of its own; the numbers of a row sit on one baseline and are joined by spaces.
    A merged cell prints once, in its first row."""
    rows = table_model(rep, name)
    grid = expand(NCOLS[name], rows)
    out = []
    for ri in (row_idx if row_idx is not None else range(len(grid))):
        nums = []
        for ci, (cell, origin, r0, c0) in enumerate(grid[ri]):
            if not origin or r0 != ri:
                continue
            if cell['kind'] == 'n':
                nums.append(cell['t'])
            else:
                w = sum(widths[c0:c0 + cell['cs']])
                out += wrap_dw(cell['t'], w * 2)
        if nums:
            out.append(' '.join(nums))
    return out


def render_pdfcopy(rep, blocks):
    W = 56                       # 28 CJK characters a line (A4, 仿宋 16pt)
    pages = [[]]
    page_no = [1]

    def emit(lines):
        for l in lines:
            pages[-1].append(l)

    def page_break():
        pages[-1].append('— %d —' % page_no[0])
        page_no[0] += 1
        pages.append([])

    for kind, x in blocks:
        if kind == 'title':
            emit([x])
        elif kind in ('p', 'note'):
            emit(wrap_dw(x, W))
        elif kind == 'h1':
            if x.startswith('二、'):
                page_break()
            emit([x])
        elif kind == 'table':
            if x == 't2':
                emit(pdf_lines_table(rep, 't2', [9, 6, 6, 6]))
            elif x == 't3':
                page_break()
                n = len(table_model(rep, 't3'))
                keys = [r['key'] for r in t3_rows(rep['template'])]
                cut = 3 + keys.index('denied.internal')
                w = [1, 4, 9, 3, 3, 3, 3, 3, 3, 3]
                emit(pdf_lines_table(rep, 't3', w, range(0, cut)))
                page_break()
                # the next page: Word repeats the three header rows (重复标题行), then the remaining
                # rows; the merged cells continued from the previous page print nothing
                emit(pdf_lines_table(rep, 't3', w, list(range(0, 3)) + list(range(cut, n))))
            elif x == 't4':
                emit(pdf_lines_table(rep, 't4', [2] * 15))
        elif kind in ('sign', 'date'):
            emit([x])
    pages[-1].append('— %d —' % page_no[0])
    return '\r\n'.join(l for p in pages for l in p) + '\r\n'
