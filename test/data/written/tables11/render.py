"""The eight forms of set 11."""
import hashlib, os, re, shutil, subprocess, tempfile, zipfile, io
from core import (model_t2, model_t3, model_t4, to_html, esc, grid, C, COLS, COL_LABELS, t3_rows, NOTE3,
                  T4_BLOCKS, T4_COLS, T4_LABELS, dwidth)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
LO_PROFILE = 'file:///tmp/gdr-tables11-lo-profile'


def cached(inp_name, inp_text, outs, run):
    """Run real converters once.  The input (text) is written to src/inp_name; `run(tmpdir, inp_path)` must leave
    the files named in `outs` in tmpdir; they are copied to src/ with the sha256 of the input.  While the input
    does not change, the kept outputs are used and no tool is needed.  Returns {name: bytes}."""
    os.makedirs(SRC, exist_ok=True)
    ip = os.path.join(SRC, inp_name)
    data = inp_text.encode('utf-8')
    with open(ip, 'wb') as f:
        f.write(data)
    h = hashlib.sha256(data).hexdigest()
    hp = ip + '.sha256'
    have = all(os.path.exists(os.path.join(SRC, o)) for o in outs)
    if not (have and os.path.exists(hp) and open(hp).read().split()[0] == h):
        tmp = tempfile.mkdtemp(prefix='tables11-')
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


def soffice(tmp, path, fmt, infilter=None):
    cmd = ['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless', '--norestore']
    if infilter:
        cmd.append('--infilter=' + infilter)
    cmd += ['--convert-to', fmt, '--outdir', tmp, path]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)


def tables(rep, labels=None):
    f = rep['fmt']
    return {'T2': model_t2(rep['template'], f), 'T3': model_t3(rep['template'], f, labels), 'T4': model_t4(f)}


def ymd(s):
    y, m, d = s.split('-')
    return '%s年%d月%d日' % (y, int(m), int(d))


# ---------------------------------------------------------------- a Word-like document as HTML (input of LibreOffice)
COLW = {(tpl, 'T2'): [31, 23, 23, 23] for tpl in ('2019', '2021')}
COLW.update({(tpl, 'T3'): [6, 7, 21] + [9, 9, 8, 8, 8, 8, 8] for tpl in ('2019', '2021')})
COLW.update({(tpl, 'T4'): [6, 6, 6, 6, 8] + [6, 6, 6, 6, 8] * 2 for tpl in ('2019', '2021')})


def word_html(rep, T, title_lines=None):
    """the agency's Word document, written as HTML for LibreOffice's Writer import: 仿宋 body, 黑体 heads,
    tables with borders and merged cells"""
    td = lambda c: ' style="border:1px solid #000000;padding:2px"' + (' align="center"' if c['key'] else '')
    h = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', '<title>%s</title>' % rep['title'],
         '<style>body{font-family:"仿宋_GB2312";font-size:16pt} p{margin:0}</style>', '</head><body>']
    for t in (title_lines or [rep['title']]):
        h.append('<p align="center" style="font-family:方正小标宋简体;font-size:22pt">%s</p>' % esc(t))
    h.append('<p>&nbsp;</p>')
    for head, paras in rep['sections']:
        if head:
            h.append('<p style="font-family:黑体;text-indent:2em">%s</p>' % esc(head))
        for p in paras:
            if p in T:
                tb = to_html(T[p], ' border="1" cellspacing="0" cellpadding="2" width="100%" style="border-collapse:collapse;font-size:10pt"', td)
                tb[1:1] = ['<colgroup>' + ''.join('<col width="%d">' % (6 * w) for w in COLW[(rep['template'], p)]) + '</colgroup>']
                h += tb
            elif re.match(r'^（[一二三四五六七八九]）[^。]{2,14}$', p):
                h.append('<p style="font-family:楷体_GB2312;text-indent:2em">%s</p>' % esc(p))
            else:
                h.append('<p style="text-indent:2em">%s</p>' % esc(p))
    h.append('<p>&nbsp;</p>')
    for s in rep['signature']:
        h.append('<p align="right">%s</p>' % esc(s))
    h += ['</body></html>', '']
    return '\n'.join(h)


# ---------------------------------------------------------------- 1 soffice --convert-to txt of a .doc
def r_soffice_txt(rep):
    T = tables(rep)
    html = word_html(rep, T)
    i = rep['id']

    def run(tmp, path):
        soffice(tmp, path, 'doc:MS Word 97', infilter='HTML (StarWriter)')
        soffice(tmp, os.path.join(tmp, i + '.doc'), 'txt:Text (encoded):UTF8')
    out = cached(i + '.html', html, [i + '.doc', i + '.txt'], run)
    return out[i + '.txt'].decode('utf-8')


# ---------------------------------------------------------------- 2 content.xml of the .odt
def r_odt_content(rep):
    T = tables(rep)
    html = word_html(rep, T)
    i = rep['id']

    def run(tmp, path):
        soffice(tmp, path, 'odt', infilter='HTML (StarWriter)')
    out = cached(i + '.html', html, [i + '.odt'], run)
    z = zipfile.ZipFile(io.BytesIO(out[i + '.odt']))
    return z.read('content.xml').decode('utf-8')


# ---------------------------------------------------------------- 3 pdftotext -tsv of the PDF
def r_pdftotext_tsv(rep):
    T = tables(rep)
    html = word_html(rep, T)
    i = rep['id']

    def run(tmp, path):
        soffice(tmp, path, 'pdf:writer_pdf_Export', infilter='HTML (StarWriter)')
        subprocess.run(['pdftotext', '-tsv', os.path.join(tmp, i + '.pdf'), os.path.join(tmp, i + '.tsv')],
                       check=True, capture_output=True)
    out = cached(i + '.html', html, [i + '.pdf', i + '.tsv'], run)
    return out[i + '.tsv'].decode('utf-8')


# ---------------------------------------------------------------- 4 links -dump of the district portal's page
def r_links(rep):
    T = tables(rep)
    td = lambda c: ' align="center"' if c['key'] else ''
    pub = rep['published']
    host = 'http://www.lydongcheng.gov.cn'
    h = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
         '<title>%s-东塍区人民政府</title>' % rep['title'],
         '<meta name="SiteName" content="枥阳市东塍区人民政府"><meta name="ColumnName" content="政府信息公开年报">',
         '<meta name="ArticleTitle" content="%s"><meta name="PubDate" content="%s 10:26">' % (rep['title'], pub),
         '</head><body>',
         '<div class="top"><a href="%s/">东塍区人民政府</a> <a href="%s/wza/">无障碍</a> <a href="%s/sjb/">手机版</a> <a href="http://www.liyang.gov.cn/">枥阳市人民政府</a></div>' % (host, host, host),
         '<div class="nav"><a href="%s/">首页</a> | <a href="%s/zwgk/">政务公开</a> | <a href="%s/zwfw/">政务服务</a> | <a href="%s/hdjl/">互动交流</a> | <a href="%s/zjdc/">走进东塍</a></div>' % ((host,) * 5),
         '<div class="crumb">您当前的位置：<a href="%s/">首页</a> &gt; <a href="%s/zwgk/">政务公开</a> &gt; <a href="%s/zwgk/xxgknb/">政府信息公开年报</a></div>' % (host, host, host),
         '<table class="xxgk_table" border="0" cellspacing="0" cellpadding="0" width="100%">',
         '<tr><td>索 引 号：</td><td>11321104MB1K43702L/2021-00037</td><td>主题分类：</td><td>政务公开</td></tr>',
         '<tr><td>发布机构：</td><td>东塍区人民政府办公室</td><td>发文日期：</td><td>%s</td></tr>' % pub,
         '<tr><td>文　　号：</td><td></td><td>有 效 性：</td><td>有效</td></tr></table>',
         '<h1 align="center">%s</h1>' % rep['title'],
         '<div class="info">发布时间：%s 10:26　　来源：区政府办公室　　浏览次数：2087　　【字体：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】</div>' % pub,
         '<div class="content">']
    for head, paras in rep['sections']:
        if head:
            h.append('<p><b>%s</b></p>' % esc(head))
        for p in paras:
            if p in T:
                h += to_html(T[p], ' border="1" cellspacing="0" cellpadding="0" width="100%"', td)
            else:
                h.append('<p>　　%s</p>' % esc(p))
    for s in rep['signature']:
        h.append('<p align="right">%s</p>' % esc(s))
    h += ['</div>',
          '<div class="share">分享到：<a href="javascript:shareWx()">微信</a> <a href="javascript:shareWb()">微博</a>　<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>',
          '<div class="xgwz">相关文章：<ul><li><a href="%s/zwgk/xxgknb/202001/t20200116_1126873.html">枥阳市东塍区人民政府2019年政府信息公开工作年度报告</a> 2020-01-16</li>' % host,
          '<li><a href="%s/zwgk/xxgknb/202103/t20210312_1298140.html">东塍区发展和改革局2020年政府信息公开工作年度报告</a> 2021-03-12</li></ul></div>' % host,
          '<div class="foot"><a href="%s/wzdt/">网站地图</a> | <a href="%s/lxwm/">联系我们</a><br>主办：枥阳市东塍区人民政府办公室　地址：枥阳市东塍区塍兴路88号<br>网站标识码：3211040007　苏ICP备05063215号　苏公网安备 32110402000418号</div>' % (host, host),
          '</body></html>', '']
    html = '\n'.join(h)
    i = rep['id']

    def run(tmp, path):
        out = subprocess.run(['links', '-dump', '-width', '120', '-codepage', 'utf-8', path], check=True,
                             capture_output=True).stdout
        open(os.path.join(tmp, i + '.links.txt'), 'wb').write(out)
    out = cached(i + '.html', html, [i + '.links.txt'], run)
    return out[i + '.links.txt'].decode('utf-8')


# ---------------------------------------------------------------- 5 Discuz! BBCode of a forum repost (data dump of the thread)
def bb_table(model, cell_font=None):
    out = ['[table=98%]']
    for row in model:
        cells = []
        for c in row:
            tag = '[td]' if c['rs'] == 1 and c['cs'] == 1 else '[td=%d,%d]' % (c['cs'], c['rs'])
            t = c['t']
            if not c['key'] and cell_font:
                t = '[font=%s]%s[/font]' % (cell_font, t)
            cells.append('%s%s[/td]' % (tag, t))
        out.append('[tr]' + ''.join(cells) + '[/tr]')
    out.append('[/table]')
    return out


def r_bbcode(rep):
    T = tables(rep)
    pub = rep['published']
    y, m, d = pub.split('-')
    url = 'http://www.pengchuan.gov.cn/zwgk/xxgk/linkou/xxgknb/202201/t20220124_4471386.html'
    msg = ['[i=s] 本帖最后由 蔺口老乡 于 2022-1-26 10:52 编辑 [/i]', '',
           '[size=2][color=#808080]转自芃川县人民政府网 [url=%s]%s[/url][/color][/size]' % (url, url), '',
           '[align=center][size=5][b]%s[/b][/size][/align]' % rep['title'],
           '[align=center][size=2][color=#666666]发布时间：%s 16:30　　来源：蔺口镇人民政府　　【字体：大 中 小】[/color][/size][/align]' % pub,
           '']
    for head, paras in rep['sections']:
        if head:
            msg.append('[p=30, 2, left][size=4][font=黑体]%s[/font][/size][/p]' % head)
        for p in paras:
            if p in T:
                msg += bb_table(T[p], cell_font='宋体' if p == 'T3' else None)
            else:
                msg.append('[p=30, 2, left][size=4][font=仿宋_GB2312]%s[/font][/size][/p]' % p)
    msg.append('')
    for s in rep['signature']:
        msg.append('[align=right][size=4][font=仿宋_GB2312]%s[/font][/size][/align]' % s)
    msg += ['', '[attach]183402[/attach]', '']
    L = ['【蔺口论坛】 » 家乡资讯 » 政务公开', '',
         'tid: 284731    pid: 3316502    fid: 37',
         'subject: %s' % rep['title'],
         'author: 蔺口老乡 (uid 52871)',
         'dateline: 2022-1-26 10:47',
         'views: 1306    replies: 2',
         'message:', ''] + msg + [
         '-' * 40,
         'pid: 3316519    author: 河西小李    dateline: 2022-1-26 11:20',
         'message:',
         '[quote][size=2][url=forum.php?mod=redirect&goto=findpost&pid=3316502&ptid=284731][color=#999999]蔺口老乡 发表于 2022-1-26 10:47[/color][/url][/size]',
         '根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求，特编制本报告。 ...[/quote]',
         '镇里公开栏确实每个月都换，支持一下[img]static/image/smiley/default/handshake.gif[/img]', '',
         '-' * 40,
         'pid: 3316577    author: 蔺口老乡    dateline: 2022-1-26 14:03',
         'message:',
         '原文附件是PDF，手机上看表格不方便的可以去县政府网下载原文。', '']
    return '\n'.join(L)


# ---------------------------------------------------------------- 6 markitdown (mammoth + markdownify) of the .docx
def md_table(model):
    """markdownify's convert_tr/convert_td on mammoth's <table>: no <thead>, so the first row gets an empty
    header above it; colspan -> extra empty cells; rowspan is ignored (the covered rows are shorter)."""
    out = []
    for i, row in enumerate(model):
        text = ''.join(' ' + c['t'].strip() + ' |' * c['cs'] for c in row)
        if i == 0:
            n = sum(c['cs'] for c in row)
            out.append('| ' + ' | '.join([''] * n) + ' |')
            out.append('| ' + ' | '.join(['---'] * n) + ' |')
        out.append('|' + text)
    return out


SEAL_PNG = 'data:image/png;base64...'


def r_markitdown(rep):
    T = tables(rep)
    L = ['**%s**' % rep['title'], '']
    for head, paras in rep['sections']:
        if head:
            L += [head, '']
        for p in paras:
            if p in T:
                L += md_table(T[p]) + ['']
            else:
                L += [p, '']
    L += [rep['signature'][0], '', '![](%s)' % SEAL_PNG, '', rep['signature'][1], '']
    return '\n'.join(L)


# ---------------------------------------------------------------- 7 macOS Preview copy of a PDF whose font maps to Kangxi radicals
def _radicals():
    import unicodedata
    m = {}
    for cp in range(0x2F00, 0x2FD6):                      # KANGXI RADICAL ...: NFKC gives the unified ideograph
        ch = chr(cp)
        m[unicodedata.normalize('NFKC', ch)] = ch
    for name, u in (('CJK RADICAL C-SIMPLIFIED GATE', '门'), ('CJK RADICAL C-SIMPLIFIED SEE', '见'),
                    ('CJK RADICAL C-SIMPLIFIED LONG', '长'), ('CJK RADICAL CIVILIAN', '民'),
                    ('CJK RADICAL C-SIMPLIFIED LEAF', '页'), ('CJK RADICAL C-SIMPLIFIED CART', '车'),
                    ('CJK RADICAL C-SIMPLIFIED SHELL', '贝'), ('CJK RADICAL C-SIMPLIFIED HORSE', '马'),
                    ('CJK RADICAL C-SIMPLIFIED WIND', '风'), ('CJK RADICAL C-SIMPLIFIED FLY', '飞'),
                    ('CJK RADICAL SIMPLIFIED YELLOW', '黄'), ('CJK RADICAL C-SIMPLIFIED FISH', '鱼'),
                    ('CJK RADICAL C-SIMPLIFIED BIRD', '鸟'), ('CJK RADICAL C-SIMPLIFIED DRAGON', '龙'),
                    ('CJK RADICAL C-SIMPLIFIED EVEN', '齐'), ('CJK RADICAL SIMPLIFIED WHEAT', '麦')):
        m[u] = unicodedata.lookup(name)
    return m


RADICAL = _radicals()
UNRADICAL = {v: k for k, v in RADICAL.items()}


def kangxi(s):
    return ''.join(RADICAL.get(ch, ch) for ch in s)


def unkangxi(s):
    return ''.join(UNRADICAL.get(ch, ch) for ch in s)


NOSTART = set('，。、；：？！）》”’」』％')


def wrap(s, width):
    """lines of at most `width` units (CJK 1, ASCII 0.5), no punctuation at a line start"""
    lines, cur, w = [], '', 0.0
    for ch in s:
        cw = 0.5 if ord(ch) < 0x2E80 and ch not in '“”‘’' else 1.0
        if w + cw > width and cur and ch not in NOSTART:
            lines.append(cur)
            cur, w = '', 0.0
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


def preview_table(model, widths, split_after=None, late=()):
    """Preview's copy of a table drawn label column first: every label cell's lines (row by row), then one line
    of numbers per data row.  split_after: (row index, footer) — the rows after it are on the next page;
    late: labels of merged cells whose text stands on the next page."""
    nrows, ncols, pos = grid(model)
    pages, labs, nums = [], [], []
    held = []
    for r, row in enumerate(model):
        vals = []
        for c0 in range(ncols):
            cell, org, r0, cc = pos[(r, c0)]
            if not org:
                continue
            if cell['key']:
                vals.append(cell['t'])
            elif cell['t'] in late:
                held.append(cell)
            else:
                labs += wrap(cell['t'], sum(widths[c0:c0 + cell['cs']]))
        if vals:
            nums.append(' '.join(vals))
        if split_after and r == split_after[0]:
            pages.append(labs + nums + [split_after[1]])
            labs, nums = [], []
            for cell in held:
                labs += wrap(cell['t'], 2)
            held = []
    pages.append(labs + nums)
    return [l for p in pages for l in p]


def r_preview(rep):
    T = tables(rep)
    W = {'T2': [7, 7, 7, 7], 'T3': [2, 4, 9, 3, 3, 3, 3, 3, 3, 3], 'T4': [2] * 15}
    rows3 = [k for k, g, l in t3_rows(rep['template'])]
    L = []
    st = {'page': 1, 'n': 0}
    FOOT = '— %d —'

    def brk():
        L.append(FOOT % st['page'])
        st['page'] += 1
        st['n'] = 0

    def prose(lines):                      # 26 lines of body text a page
        for l in lines:
            if st['n'] >= 26:
                brk()
            L.append(l)
            st['n'] += 1

    def block(lines, weight):              # a table block: its rows take `weight` text lines of the page
        if st['n'] + weight > 26 and st['n'] > 6:
            brk()
        for l in lines:
            if l == '<PAGE>':
                brk()
            else:
                L.append(l)
        st['n'] += weight

    prose(wrap(rep['title'], 20))
    for head, paras in rep['sections']:
        if head:
            prose([head])
        for p in paras:
            if p == 'T3':
                # the table runs over a page break after 4.保护第三方合法权益; the merged 三、本年度办理结果 has its
                # text (centred in the 22 rows) on the second page
                lines = preview_table(T[p], W[p], split_after=(3 + rows3.index('denied.third_party'), '<PAGE>'),
                                      late=('三、本年度办理结果',))
                block(lines, 12)
            elif p in T:
                block(preview_table(T[p], W[p]), 9 if p == 'T2' else 4)
            else:
                prose(wrap(p, 28))
    prose(rep['signature'])
    L.append(FOOT % st['page'])
    return kangxi('\n'.join(L) + '\n')


# ---------------------------------------------------------------- 8 accessible CMS page: <caption>, <th scope>, dashes for zero
def a11y_table(model, caption, nhead, summary):
    """model -> HTML with <caption>, <thead> (nhead rows), th scope=col/colgroup/row/rowgroup"""
    out = ['<table class="gk-tb" summary="%s">' % summary, '<caption>%s</caption>' % caption]
    if nhead:
        out.append('<thead>')
    for i, row in enumerate(model):
        if i == nhead:
            if nhead:
                out.append('</thead>')
            out.append('<tbody>')
        cells = []
        for c in row:
            a = ''
            if c['rs'] > 1:
                a += ' rowspan="%d"' % c['rs']
            if c['cs'] > 1:
                a += ' colspan="%d"' % c['cs']
            if c['key']:
                cells.append('<td%s>%s</td>' % (a, esc(c['t'])))
                continue
            if row[0]['t'] == '信息内容':
                scope = 'col'
            elif i < nhead or c['t'].startswith('第二十条'):
                scope = 'colgroup' if c['cs'] > 1 else 'col'
            elif c['rs'] > 1:
                scope = 'rowgroup'
            else:
                scope = 'row'
            cells.append('<th scope="%s"%s>%s</th>' % (scope, a, esc(c['t'])))
        out.append('<tr>' + ''.join(cells) + '</tr>')
    out += ['</tbody>', '</table>']
    return out


def r_a11y(rep):
    T = tables(rep)
    for row in T['T2']:
        for c in row:
            if c['t'] == '采购总金额':
                c['t'] = '采购总金额（万元）'
    pub = rep['published']
    host = 'http://pengze.pbc.gov.cn'
    cap = {'T2': ('表一　主动公开政府信息情况', 0, '按《条例》第二十条第（一）（五）（六）（八）（九）项列示主动公开政府信息情况'),
           'T3': ('表二　收到和处理政府信息公开申请情况', 3, '按申请人类型分列本年度收到和处理政府信息公开申请的数量'),
           'T4': ('表三　政府信息公开行政复议、行政诉讼情况', 3, '本年度因政府信息公开工作被申请行政复议、提起行政诉讼的数量及结果')}
    h = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<title>%s</title>' % rep['title'],
         '<meta name="keywords" content="政府信息公开,年度报告"><meta name="description" content="%s">' % rep['title'],
         '<link rel="stylesheet" href="/pengze/resource/cms/css/gk_a11y.css">', '</head>', '<body>',
         '<a class="skip-link" href="#main-content">跳过导航，直接进入正文</a>',
         '<div id="wza-toolbar" role="toolbar" aria-label="无障碍工具条"><button type="button">声音</button><button type="button">语速</button><button type="button">配色</button><button type="button">放大</button><button type="button">缩小</button><button type="button">大鼠标</button><button type="button">十字线</button><button type="button">读屏</button><button type="button">重置</button><button type="button">退出服务</button></div>',
         '<header role="banner"><div class="logo"><a href="%s/" title="中国人民银行蓬泽市中心支行">中国人民银行蓬泽市中心支行</a></div>' % host,
         '<nav role="navigation" aria-label="主导航"><ul><li><a href="%s/">首页</a></li><li><a href="%s/pengze/xxgk/">信息公开</a></li><li><a href="%s/pengze/jrfw/">金融服务</a></li><li><a href="%s/pengze/hdjl/">互动交流</a></li></ul></nav></header>' % ((host,) * 4),
         '<nav class="crumb" aria-label="当前位置">当前位置：<a href="%s/">首页</a> &gt; <a href="%s/pengze/xxgk/">信息公开</a> &gt; <a href="%s/pengze/xxgk/ndbg/">政府信息公开年报</a></nav>' % ((host,) * 3),
         '<main id="main-content" role="main" tabindex="-1">',
         '<article aria-labelledby="art-title">',
         '<h1 id="art-title">%s</h1>' % rep['title'],
         '<p class="art-meta"><span>发布时间：<time datetime="%s">%s</time></span> <span>来源：办公室</span> <span>字号：<a href="#" aria-label="大号字体">大</a> <a href="#" aria-label="中号字体">中</a> <a href="#" aria-label="小号字体">小</a></span> <span><a href="javascript:window.print()" aria-label="打印本页">打印</a></span></p>' % (pub, pub),
         '<div class="art-body">']
    for head, paras in rep['sections']:
        if head:
            h.append('<h2>%s</h2>' % esc(head))
        for p in paras:
            if p in T:
                c, nh, summ = cap[p]
                h += a11y_table(T[p], c, nh, summ)
            elif re.match(r'^（[一二三四五六]）', p):
                m = re.match(r'^(（[一二三四五六]）[^。]+。)(.*)$', p)
                h.append('<p><strong>%s</strong>%s</p>' % (esc(m.group(1)), esc(m.group(2))))
            else:
                h.append('<p>%s</p>' % esc(p))
    h += ['<p class="note">注：表二、表三中“—”表示该项无数据。</p>']
    for s in rep['signature']:
        h.append('<p class="sign">%s</p>' % esc(s))
    h += ['</div>', '</article>', '</main>',
          '<footer role="contentinfo"><p><a href="%s/pengze/wzdt/">网站地图</a> | <a href="%s/pengze/lxwm/">联系我们</a></p>' % (host, host),
          '<p>中国人民银行蓬泽市中心支行　版权所有　京ICP备05073439号　网站标识码：bm74000001</p></footer>',
          '</body>', '</html>', '']
    return '\n'.join(h)
