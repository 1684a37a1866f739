"""The eight forms."""
import hashlib, json, os, subprocess, re
from core import (model_t2, model_t3, model_t4, to_html, esc, grid, C, COLS, COL_LABELS, t3_rows,
                  NOTE3, dwidth, T4_BLOCKS, T4_COLS)
import layout

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')


def tool(cmd, inp_name, inp_text, out_name):
    """run an external converter once; its raw output is kept in src/ with the hash of its input,
    so make.py does not need the tool again and gives the same bytes."""
    ip = os.path.join(SRC, inp_name)
    op = os.path.join(SRC, out_name)
    hp = op + '.sha256'
    h = hashlib.sha256(inp_text.encode('utf-8')).hexdigest()
    with open(ip, 'w', encoding='utf-8', newline='\n') as f:
        f.write(inp_text)
    if os.path.exists(op) and os.path.exists(hp) and open(hp).read().strip() == h:
        return open(op, encoding='utf-8').read()
    out = subprocess.run(cmd + [ip], capture_output=True, check=True).stdout.decode('utf-8')
    with open(op, 'w', encoding='utf-8', newline='\n') as f:
        f.write(out)
    with open(hp, 'w') as f:
        f.write(h + '\n')
    return out


def tables(rep, labels=None):
    f = rep['fmt']
    return {'T2': model_t2(rep['template'], f), 'T3': model_t3(rep['template'], f, labels), 'T4': model_t4(f)}


def ymd(s):
    y, m, d = s.split('-')
    return '%s年%d月%d日' % (y, int(m), int(d))


# ---------------------------------------------------------------- 1 elinks -dump
def r_elinks(rep):
    T = tables(rep)
    tdst = lambda c: ' style="border:1px solid #000;padding:2px 4px;text-align:center;vertical-align:middle"'
    pub = rep['published']
    h = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">',
         '<title>%s_莱岙市人民政府门户网站</title>' % rep['title'],
         '<meta name="ArticleTitle" content="%s">' % rep['title'],
         '<meta name="PubDate" content="%s 09:41">' % pub, '</head><body>',
         '<div class="top"><a href="http://www.laiao.gov.cn/">莱岙市人民政府门户网站</a> | <a href="http://www.laiao.gov.cn/col/col1229063512/index.html">无障碍浏览</a> | <a href="http://www.laiao.gov.cn/en/">English</a> | <a href="http://www.laiao.gov.cn/zwfw/">政务服务网</a></div>',
         '<ul class="nav"><li><a href="http://www.laiao.gov.cn/">首页</a></li><li><a href="http://www.laiao.gov.cn/col/col1229063520/index.html">政府信息公开</a></li><li><a href="http://www.laiao.gov.cn/col/col1229063530/index.html">政务服务</a></li><li><a href="http://www.laiao.gov.cn/col/col1229063540/index.html">政民互动</a></li><li><a href="http://www.laiao.gov.cn/col/col1229063550/index.html">走进莱岙</a></li></ul>',
         '<div class="crumb">当前位置：<a href="http://www.laiao.gov.cn/">首页</a> &gt; <a href="http://www.laiao.gov.cn/col/col1229063520/index.html">政府信息公开</a> &gt; <a href="http://www.laiao.gov.cn/col/col1229067718/index.html">市气象局</a> &gt; <a href="http://www.laiao.gov.cn/col/col1229067725/index.html">政府信息公开年度报告</a></div>',
         '<table class="xxgk" border="0" width="100%"><tr><td>索引号：</td><td>113309000025731869/2021-00014</td><td>分类：</td><td>综合政务；其他</td></tr>',
         '<tr><td>发布机构：</td><td>市气象局</td><td>成文日期：</td><td>%s</td></tr>' % pub,
         '<tr><td>文号：</td><td></td><td>发布日期：</td><td>%s</td></tr>' % pub,
         '<tr><td>主题词：</td><td colspan="3"></td></tr></table>',
         '<h1>%s</h1>' % rep['title'],
         '<div class="info">发布日期：%s 09:41 &nbsp; 来源：市气象局 &nbsp; 浏览次数：<span id="hits">1093</span> &nbsp; 字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>' % pub,
         '<div class="article">']
    for head, paras in rep['sections']:
        if head:
            h.append('<p><strong>%s</strong></p>' % head)
        for p in paras:
            if p in T:
                h += to_html(T[p], ' border="0" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse"', tdst)
            else:
                h.append('<p style="text-indent:2em">%s</p>' % esc(p))
    for s in rep['signature']:
        h.append('<p style="text-align:right">%s</p>' % s)
    h += ['</div>',
          '<div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>',
          '<div class="rel">相关链接：<a href="http://www.laiao.gov.cn/art/2020/1/21/art_1229067725_58832104.html">莱岙市气象局2019年政府信息公开工作年度报告</a> <a href="http://qx.zj.gov.cn/">浙江省气象局</a></div>',
          '<div class="foot"><a href="http://www.laiao.gov.cn/col/col1229063601/index.html">关于我们</a> | <a href="http://www.laiao.gov.cn/col/col1229063602/index.html">网站地图</a><br>主办：莱岙市人民政府办公室 承办：莱岙市大数据发展管理局<br>网站标识码：3310990001 浙ICP备05012345号-1 浙公网安备 33109902000123号</div>',
          '</body></html>', '']
    html = '\n'.join(h)
    out = tool(['elinks', '-dump', '-dump-width', '80', '-dump-charset', 'utf-8', '-no-home'],
               rep['id'] + '.html', html, rep['id'] + '.elinks.txt')
    return out


# ---------------------------------------------------------------- 2 pdfplumber
def pdf_doc(rep, W=56, H=40, widths3=None, header=None):
    T = tables(rep)
    d = layout.Doc(width=W, height=H, header=header)
    for i, l in enumerate(rep['title'].split('\n') if '\n' in rep['title'] else [rep['title']]):
        d.line(l, align='center')
    d.gap(1)
    tpl = rep['template']
    w2 = [16, 13, 13, 13]
    w3 = widths3 or [3, 5, 14] + [5] * 7
    w4 = [3.7] * 15
    for head, paras in rep['sections']:
        if head:
            d.line(head, x=4)
        for p in paras:
            if p == 'T2':
                d.table(T['T2'], w2)
            elif p == 'T3':
                d.table(T['T3'], w3)
            elif p == 'T4':
                d.table(T['T4'], w4)
            else:
                d.para(p)
    d.gap(1)
    for s in rep['signature']:
        d.line(s, align='right')
    return d


def r_pdfplumber(rep):
    d = pdf_doc(rep)
    return layout.pdfplumber_text(d.finish()) + '\n'


# ---------------------------------------------------------------- 3 PaddleOCR text boxes
def r_ocr(rep):
    # the scanned copy: OCR mistakes in some cells (gold = the figures the scan shows)
    ocr = rep['ocr_cells']
    f0 = rep['fmt']
    rep2 = dict(rep)
    rep2['fmt'] = lambda p: ocr.get(p, f0(p))
    d = pdf_doc(rep2, W=56, H=42)
    pages = d.finish()
    out = []
    for i, p in enumerate(pages):
        out.append('[%s_p%02d.png]' % (rep['id'], i + 1))
        for y, fs in layout.cluster_lines(p):
            # PaddleOCR detection: neighbouring fragments with a narrow gap become one box
            boxes = []
            for yy, x, t in fs:
                if boxes and x - boxes[-1][1] < 1.0:
                    boxes[-1] = (boxes[-1][0], x + dwidth(t), boxes[-1][2] + t)
                else:
                    boxes.append((x, x + dwidth(t), t))
            for b in boxes:
                out.append(b[2])
        if i == len(pages) - 1:
            pass
    txt = '\n'.join(out) + '\n'
    for a, b in rep['ocr_text']:
        assert a in txt, a
        txt = txt.replace(a, b, 1)
    txt = re.sub(r'(?m)^— (\d+) —$', r'-\1-', txt)
    txt = txt.replace('（', '(').replace('）', ')').replace('“', '"').replace('”', '"').replace('：', ':')
    return txt


# ---------------------------------------------------------------- 4 pandoc asciidoc
def r_asciidoc(rep):
    T = tables(rep)
    h = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>%s-国家盐湖资源管理局</title></head><body>' % rep['title'],
         '<div class="header"><a href="http://www.nslrb.gov.cn/">国家盐湖资源管理局</a></div>',
         '<div class="position">您现在的位置：<a href="http://www.nslrb.gov.cn/">首页</a> &gt; <a href="http://www.nslrb.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://www.nslrb.gov.cn/zwgk/ndbg/">政府信息公开年报</a></div>',
         '<h2>%s</h2>' % rep['title'],
         '<p>发布时间：%s　　来源：办公室</p>' % rep['published']]
    for head, paras in rep['sections']:
        if head:
            h.append('<h3>%s</h3>' % head)
        for p in paras:
            if p in T:
                h += to_html(T[p], ' border="1" cellspacing="0" cellpadding="0"')
            else:
                h.append('<p>%s</p>' % esc(p))
    for s in rep['signature']:
        h.append('<p align="right">%s</p>' % s)
    h += ['<p>【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</p>',
          '<div class="footer"><p>版权所有：国家盐湖资源管理局　京ICP备12034567号　京公网安备11010202004567号</p></div>',
          '</body></html>', '']
    return tool(['pandoc', '-f', 'html', '-t', 'asciidoc'], rep['id'] + '.html', '\n'.join(h), rep['id'] + '.pandoc.adoc')


# ---------------------------------------------------------------- 5 CMS page split in two, browser copy
def copy_table(model, rows=None):
    """Chrome's plain text of a table: a row per line, cells (once, where they start) joined by TABs"""
    out = []
    for i, row in enumerate(model):
        if rows is not None and i not in rows:
            continue
        out.append('\t'.join(c['t'] for c in row))
    return out


def r_paged(rep):
    T = tables(rep)
    m3 = T['T3']
    split = 3 + [k for k, g, l in t3_rows('2021')].index('denied.process')   # model row index where page 2 starts
    first, second = m3[:split], m3[split:]

    def chrome_top(page):
        return ['涔阳市溪口区人民政府', '无障碍浏览 | 长者模式 | 登录 | 注册', '', '首页', '政务公开', '政务服务', '互动交流', '走进溪口', '',
                '当前位置：首页 > 政务公开 > 街道信息公开 > 望潮街道 > 政府信息公开年度报告', '',
                rep['title'], '',
                '发布时间：2026-01-19 16:05    信息来源：望潮街道    浏览次数：%d    【字体：大 中 小】' % (412 if page == 1 else 413), '']

    def chrome_bottom(page):
        pager = '共2页  首页  上一页  [1]  [2]  下一页  尾页' if page == 1 else '共2页  首页  上一页  [1]  [2]  下一页  尾页'
        return ['', pager, '', '【打印本页】  【关闭窗口】', '', '相关文章', '涔阳市溪口区望潮街道办事处2024年政府信息公开工作年度报告',
                '望潮街道2025年政务公开工作要点', '', '网站地图 | 联系我们 | 隐私声明',
                '主办单位：涔阳市溪口区人民政府办公室  承办单位：涔阳市溪口区大数据中心',
                '网站标识码：4309030012  湘ICP备10204567号-2  湘公网安备 43090302000189号',
                '建议使用1366×768分辨率浏览本网站']

    body1, body2 = [], []
    cur = body1
    for head, paras in rep['sections']:
        if head:
            cur.append(head)
            cur.append('')
        for p in paras:
            if p == 'T3':
                cur += copy_table(first)
                cur = body2
                cur += copy_table(second)
                cur.append('')
            elif p in T:
                cur += copy_table(T[p])
                cur.append('')
            else:
                cur.append(p)
                cur.append('')
    body2 += rep['signature']
    txt = '\n'.join(chrome_top(1) + body1 + chrome_bottom(1) + ['', ''] + chrome_top(2) + body2 + chrome_bottom(2)) + '\n'
    return txt


# ---------------------------------------------------------------- 6 unstructured JSON
def r_unstructured(rep):
    T = tables(rep)
    els = []
    parent = [None]
    fn = '榕岗市公共资源交易中心2019年政府信息公开工作年度报告.docx'
    page = [1]

    def eid(i, text):
        return hashlib.sha256(('%d|%s|%s' % (i, fn, text)).encode()).hexdigest()[:32]

    def add(typ, text, extra=None, depth=None):
        md = {'file_directory': '/data/ggzy/2020/annual', 'filename': fn,
              'filetype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
              'languages': ['zho'], 'last_modified': '2020-01-19T17:42:06', 'page_number': page[0]}
        if depth is not None:
            md['category_depth'] = depth
        if typ not in ('Title', 'Header', 'Footer') and parent[0]:
            md['parent_id'] = parent[0]
        if extra:
            md.update(extra)
        e = {'element_id': eid(len(els), text), 'metadata': md, 'text': text, 'type': typ}
        els.append(e)
        return e['element_id']

    add('Header', '榕岗市公共资源交易中心', depth=0)
    parent[0] = add('Title', rep['title'], {'emphasized_text_contents': [rep['title']], 'emphasized_text_tags': ['b']}, 0)
    for head, paras in rep['sections']:
        if head:
            parent[0] = add('Title', head, {'emphasized_text_contents': [head], 'emphasized_text_tags': ['b']}, 1)
        for p in paras:
            if p in T:
                n, nc, pos = grid(T[p])
                rows = [[pos[(r, c)][0]['t'] for c in range(nc) if (r, c) in pos] for r in range(n)]
                html = '<table>' + ''.join('<tr>' + ''.join('<td>%s</td>' % esc(x) for x in row) + '</tr>' for row in rows) + '</table>'
                text = ' '.join(x for row in rows for x in row)
                add('Table', text, {'text_as_html': html})
                if p == 'T3':
                    page[0] += 1
            else:
                add('NarrativeText', p)
        if head.startswith('一'):
            page[0] += 1
    add('Title', rep['signature'][0], depth=1)
    add('UncategorizedText', rep['signature'][1])
    add('Footer', '— %d —' % page[0])
    return json.dumps(els, ensure_ascii=False, indent=2, sort_keys=True) + '\n'


# ---------------------------------------------------------------- 7 mammoth HTML, table 三 transposed
def model_t3_transposed(rep):
    f = rep['fmt']
    rows = t3_rows('2021')
    m = [[C('申请人情况', rs=3, cs=2), C('一、本年新收政府信息公开申请数量', rs=3), C('二、上年结转政府信息公开申请数量', rs=3),
          C('三、本年度办理结果', cs=22), C('四、结转下年度继续办理', rs=3)],
         [C('（一）予以公开', rs=2), C('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', rs=2), C('（三）不予公开', cs=8),
          C('（四）无法提供', cs=3), C('（五）不予处理', cs=5), C('（六）其他处理', cs=3), C('（七）总计', rs=2)],
         [C(l) for k, g, l in rows if g]]
    order = [k for k, g, l in rows]
    for i, (c, lab) in enumerate(zip(COLS, COL_LABELS)):
        cells = []
        if c == 'person':
            cells.append(C('自然人', cs=2))
        elif c == 'business':
            cells += [C('法人或其他组织', rs=5), C(lab)]
        elif c == 'total':
            cells.append(C('总计', cs=2))
        else:
            cells.append(C(lab))
        cells += [C(f('applications.%s.%s' % (k, c)), key='applications.%s.%s' % (k, c)) for k in order]
        m.append(cells)
    return m


def r_mammoth(rep):
    T = tables(rep)
    T['T3'] = model_t3_transposed(rep)
    ph = lambda c: '<p>%s</p>' % esc(c['t']) if c['t'] else ''
    out = ['<p><strong>%s</strong></p>' % rep['title']]
    for head, paras in rep['sections']:
        if head:
            out.append('<p><strong>%s</strong></p>' % head)
        for p in paras:
            if p == 'T3':
                out.append('<p>（本表各行数据的勾稽关系为：第一列加第二列之和，等于“（七）总计”列加最后一列之和）</p>')
                out += to_html(T[p], cell_html=ph)
            elif p in T:
                out += to_html(T[p], cell_html=ph)
            else:
                out.append('<p>%s</p>' % esc(p))
    # the seal picture anchored at the signature
    rnd = hashlib.sha256(b'zixi-seal').digest() * 12
    import base64
    png = b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x78\x00\x00\x00\x78\x08\x06\x00\x00\x00' + rnd
    out.append('<p><img src="data:image/png;base64,%s" /></p>' % base64.b64encode(png).decode())
    for s in rep['signature']:
        out.append('<p>%s</p>' % s)
    return ''.join(out)


# ---------------------------------------------------------------- 8 Word + Excel pages, pdftotext -layout
def slice_model(model, c_from, c_to, keep_text=True):
    """the part of a table that an Excel page shows: grid columns [c_from, c_to)"""
    n, nc, pos = grid(model)
    out = []
    for r in range(n):
        row = []
        for c in range(c_from, c_to):
            cell, orig, r0, c0 = pos[(r, c)]
            if r0 != r:
                continue
            if c0 < c_from and c != c_from:
                continue
            if c0 >= c_from and c != c0:
                continue
            cs = min(c0 + cell['cs'], c_to) - max(c0, c_from)
            t = cell['t'] if c0 >= c_from else ''
            row.append(C(t, rs=cell['rs'], cs=cs, key=cell['key'] if c0 >= c_from else None))
        out.append(row)
    return out


def r_excel_split(rep):
    T = tables(rep)
    d = layout.Doc(width=58, height=40)
    d.line(rep['title'], align='center')
    d.gap(1)
    for head, paras in rep['sections']:
        if head:
            d.line(head, x=4)
        for p in paras:
            if p == 'T2':
                d.table(T['T2'], [16, 14, 14, 14])
            elif p == 'T4':
                d.table(T['T4'], [3.8] * 15)
            elif p == 'T3':
                # the Excel sheet, printed over-then-down: two landscape pages, no repeated title columns
                m3 = [[C('三、收到和处理政府信息公开申请情况', cs=10)]] + T['T3']
                xl = layout.Doc(width=96, height=52, footer=None)
                for part, (a, b), w in ((0, (0, 7), [4, 8, 26, 7, 7, 7, 9]), (1, (7, 10), [9, 8, 7])):
                    if part:
                        xl.newpage()
                    # Excel rows have one height on both pages
                    xl.table(slice_model(m3, a, b), w, pad=0.6, force_h=xl.last_h if part else None)
                xp = xl.finish()
                for i, p in enumerate(xp):
                    p.append((54, 44, '第 %d 页' % (i + 1)))
                for p in xp:
                    d.nofooter.add(len(d.pages))
                    d.pages.append(p)
                d.newpage()
            else:
                d.para(p)
    d.gap(1)
    for s in rep['signature']:
        d.line(s, align='right')
    pages = d.finish()
    # Word pages carry their footer; the Excel pages got theirs above (the Doc footer was added to them too: drop)
    return layout.layout_text(pages)
