"""The eight forms of set 13.  Seven are the real output of a Debian tool run on a document written here; the
outputs are kept in src/ with the sha256 of their input, so no tool is needed to rebuild the set."""
import hashlib, io, json, os, re, shutil, subprocess, tempfile, zipfile
from core import model_t2, model_t3, model_t4, to_html, esc, C

FW = str.maketrans('0123456789+-.', '０１２３４５６７８９＋－．')

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
LO_PROFILE = 'file:///tmp/gdr-tables13-lo-profile'


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
        tmp = tempfile.mkdtemp(prefix='tables13-')
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
    for row in T['T2']:
        for c in row:
            if c['key'] in rep.get('fullwidth', ()):
                c['t'] = c['t'].translate(FW)
    if rep.get('extra'):                 # a provincial row after 规范性文件 in block (一)
        for n, e in enumerate(rep['extra']):
            T['T2'].insert(4 + n, [C(e['label'])] + [C(str(v), key='extra') for v in e['values']])
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
        head = rep.get('heads', {}).get(head, head)
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


def via_docx(tmp, path, i):
    soffice(tmp, path, 'docx:MS Word 2007 XML')
    return os.path.join(tmp, i + '.docx')


# ---------------------------------------------------------------- 1 pandoc DocBook 5 of the .docx
def r_docbook(rep):
    i = rep['id']
    html = word_html(rep, tables(rep), heads='h1')

    def run(tmp, path):
        d = via_docx(tmp, path, i)
        sh(['pandoc', '-f', 'docx', '-t', 'docbook5', '-s', '--metadata', 'title=' + rep['title'],
            '--metadata', 'date=' + rep['published'], '--metadata', 'lang=zh-CN',
            '-o', os.path.join(tmp, i + '.dbk.xml'), d])
    out = cached(i + '.html', html, [i + '.docx', i + '.dbk.xml'], run)
    return out[i + '.dbk.xml'].decode('utf-8')


# ---------------------------------------------------------------- 2 LibreOffice "MS Word 2003 XML" (WordprocessingML 2003)
def word_html_runs(rep, T):
    """the Word document with the prose digits in Times New Roman (a run of their own, as Word does)"""
    h = word_html(rep, T)
    out = []
    for line in h.split('\n'):
        if line.startswith('<p') and '<table' not in line:
            line = re.sub(r'>([^<]*)<', lambda m: '>' + re.sub(r'(\d+(?:\.\d+)?)', r'<span style="font-family:Times New Roman">\1</span>', m.group(1)) + '<', line)
        out.append(line)
    return '\n'.join(out)


def r_word2003(rep):
    i = rep['id']
    html = word_html_runs(rep, tables(rep))

    def run(tmp, path):
        d = via_docx(tmp, path, i)
        os.makedirs(os.path.join(tmp, 'x'))
        sh(['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless', '--norestore',
            '--convert-to', 'xml:MS Word 2003 XML', '--outdir', os.path.join(tmp, 'x'), d])
        shutil.copy(os.path.join(tmp, 'x', i + '.xml'), os.path.join(tmp, i + '.word2003.xml'))
    out = cached(i + '.html', html, [i + '.docx', i + '.word2003.xml'], run)
    return out[i + '.word2003.xml'].decode('utf-8')


# ---------------------------------------------------------------- 3 a Jupyter notebook that scraped the city's page
def cms_page(rep, T, site, url, pubdate):
    h = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">',
         '<meta name="ArticleTitle" content="%s">' % rep['title'], '<meta name="PubDate" content="%s">' % pubdate,
         '<meta name="ContentSource" content="%s办公室">' % rep['agency'],
         '<title>%s_%s</title></head><body>' % (rep['title'], site),
         '<div class="header"><a href="/">%s</a> <a href="/zwgk/">政务公开</a> <a href="/zwgk/xxgk/ndbg/">政府信息公开年报</a></div>' % site,
         '<div class="article"><h1>%s</h1>' % esc(rep['title']),
         '<div class="info">发布时间：%s 来源：%s办公室 浏览次数：2786</div>' % (pubdate[:10], rep['agency']),
         '<div class="TRS_Editor">']
    td = lambda c: ' style="border:1px solid #000;text-align:center"'
    for head, paras in rep['sections']:
        if head:
            h.append('<p><strong>%s</strong></p>' % esc(head))
        for p in paras:
            if p in T:
                h += to_html(T[p], ' border="1" cellspacing="0" cellpadding="0" width="100%"', td)
            else:
                h.append('<p style="text-indent:2em">%s</p>' % esc(p))
    for s in rep['signature']:
        h.append('<p style="text-align:right">%s</p>' % esc(s))
    h += ['</div></div>', '<div class="footer">主办：%s办公室 网站标识码：3607000012 备案号：琯ICP备05008127号</div>' % rep['agency'],
          '</body></html>', '']
    return '\n'.join(h)


NB_CELLS = [
    ("import io\nimport requests\nimport pandas as pd\nfrom bs4 import BeautifulSoup\n\n"
     "pd.__version__", 'version'),
    ("url = 'https://www.guanzhou.gov.cn/zwgk/xxgk/ndbg/202303/t20230328_1583961.html'\n"
     "resp = requests.get(url, headers={'User-Agent': 'Mozilla/5.0'}, timeout=30)\n"
     "resp.encoding = resp.apparent_encoding\n"
     "soup = BeautifulSoup(resp.text, 'lxml')\n"
     "print(resp.status_code, soup.title.get_text(strip=True))\n"
     "print(soup.find('meta', attrs={'name': 'PubDate'})['content'])", 'meta'),
    ("body = soup.select_one('div.TRS_Editor')\n"
     "for p in body.find_all('p'):\n"
     "    t = p.get_text(strip=True)\n"
     "    if t:\n"
     "        print(t)", 'paras'),
    ("tables = pd.read_html(io.StringIO(str(body)))\n[t.shape for t in tables]", 'shapes'),
    ("tables[0]", 't0'),
    ("t3 = tables[1]\nt3", 't1'),
    ("tables[2]", 't2'),
    ("# TODO: 表三表头是三行合并单元格，read_html 没认出来，先手工取数\nt3.iloc[3:, 3:].head()", 'head'),
]

NB_RUN = r'''
import io, json, sys, warnings
warnings.filterwarnings('ignore')
import pandas as pd
from bs4 import BeautifulSoup
page = open(sys.argv[1], encoding='utf-8').read()
res = {}
res['version'] = {'text/plain': repr(pd.__version__)}
soup = BeautifulSoup(page, 'lxml')
res['meta'] = '200 ' + soup.title.get_text(strip=True) + '\n' + soup.find('meta', attrs={'name': 'PubDate'})['content'] + '\n'
body = soup.select_one('div.TRS_Editor')
out = []
for p in body.find_all('p'):
    t = p.get_text(strip=True)
    if t:
        out.append(t)
res['paras'] = '\n'.join(out) + '\n'
tables = pd.read_html(io.StringIO(str(body)))
res['shapes'] = {'text/plain': repr([t.shape for t in tables])}
for n, t in enumerate(tables):
    res['t%d' % n] = {'text/html': t._repr_html_(), 'text/plain': repr(t)}
h = tables[1].iloc[3:, 3:].head()
res['head'] = {'text/html': h._repr_html_(), 'text/plain': repr(h)}
json.dump(res, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
'''


def nb_lines(s):
    ls = s.split('\n')
    return [l + '\n' for l in ls[:-1]] + ([ls[-1]] if ls[-1] else [])


def r_ipynb(rep):
    i = rep['id']
    page = cms_page(rep, tables(rep), '琯州市人民政府', '', rep['published'] + ' 16:30:00')

    def run(tmp, path):
        sc = os.path.join(tmp, 'run.py')
        open(sc, 'w').write(NB_RUN)
        sh(['/usr/bin/python3', sc, path, os.path.join(tmp, i + '.outputs.json')])
    out = cached(i + '.page.html', page, [i + '.outputs.json'], run)
    res = json.loads(out[i + '.outputs.json'].decode('utf-8'))
    cells = [{'cell_type': 'markdown', 'id': 'a1f3c2e0', 'metadata': {},
              'source': nb_lines('# 琯州市 2022 年政府信息公开年报抓取\n\n抓取市政府门户网站“政府信息公开年报”栏目，'
                                 '解析正文与表二、表三、表四，入库前人工核对。')}]
    n = 1
    for src, key in NB_CELLS:
        v = res[key]
        cell = {'cell_type': 'code', 'execution_count': n, 'id': '%08x' % (0x5e1d0000 + n * 7919), 'metadata': {},
                'outputs': [], 'source': nb_lines(src)}
        if isinstance(v, str):
            cell['outputs'].append({'name': 'stdout', 'output_type': 'stream', 'text': nb_lines(v)})
        else:
            data = {k: nb_lines(x) for k, x in sorted(v.items())}
            cell['outputs'].append({'data': data, 'execution_count': n, 'metadata': {}, 'output_type': 'execute_result'})
        cells.append(cell)
        n += 1
    nb = {'cells': cells, 'metadata': {
        'kernelspec': {'display_name': 'Python 3 (ipykernel)', 'language': 'python', 'name': 'python3'},
        'language_info': {'codemirror_mode': {'name': 'ipython', 'version': 3}, 'file_extension': '.py',
                          'mimetype': 'text/x-python', 'name': 'python', 'nbconvert_exporter': 'python',
                          'pygments_lexer': 'ipython3', 'version': '3.11.2'}},
        'nbformat': 4, 'nbformat_minor': 5}
    return json.dumps(nb, ensure_ascii=False, indent=1) + '\n'


# ---------------------------------------------------------------- 4 mysqldump of the county's PHPCMS database
def mysql_str(s):
    rep_ = {'\\': '\\\\', '\x00': '\\0', '\n': '\\n', '\r': '\\r', "'": "\\'", '"': '\\"', '\x1a': '\\Z'}
    return "'" + ''.join(rep_.get(ch, ch) for ch in s) + "'"


def mysql_row(vals):
    return '(' + ','.join(str(v) if isinstance(v, int) else ('NULL' if v is None else mysql_str(v)) for v in vals) + ')'


def lo_body(h):
    """the <body> of LibreOffice's HTML export, as the CMS editor keeps it (CRLF)"""
    b = h[h.index('<body'):]
    b = b[b.index('>') + 1:b.rindex('</body>')]
    return b.strip('\n').replace('\n', '\r\n')


def r_sql(rep):
    import time, datetime
    i = rep['id']
    html = word_html(rep, tables(rep))

    def run(tmp, path):
        d = via_docx(tmp, path, i)
        os.makedirs(os.path.join(tmp, 'x'))
        sh(['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless', '--norestore',
            '--convert-to', 'html:HTML (StarWriter)', '--outdir', os.path.join(tmp, 'x'), d])
        shutil.copy(os.path.join(tmp, 'x', i + '.html'), os.path.join(tmp, i + '.lo.html'))
    out = cached(i + '.html', html, [i + '.docx', i + '.lo.html'], run)
    content = lo_body(out[i + '.lo.html'].decode('utf-8'))
    tz = datetime.timezone(datetime.timedelta(hours=8))
    ts = lambda s: int(datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz).timestamp())
    t_pub, t_upd = ts(rep['published'] + ' 10:12:37'), ts('2021-02-03 16:48:05')
    news = [
        (7311, 43, '关于调整县级政府信息公开指南的公告', '', '', '磐溪县,政府信息公开指南', '', 0, 99,
         '/html/2021/xxgkzn_0115/7311.html', 1, 1, 0, 'pxxzf', ts('2021-01-15 09:03:11'), ts('2021-01-15 09:03:11')),
        (7336, 46, rep['title'], '', '', '磐溪县,政府信息公开,年度报告', '本报告根据新修订的《中华人民共和国政府信息公开条例》第五十条规定编制。', 0, 99,
         '/html/2021/xxgknb_0127/7336.html', 1, 0, 0, 'pxxzf', t_pub, t_upd),
        (7342, 43, '磐溪县2021年第一批政府信息公开目录更新说明', '', '', '磐溪县,目录', '', 0, 99,
         '/html/2021/xxgkml_0129/7342.html', 1, 1, 0, 'pxxzf', ts('2021-01-29 15:40:52'), ts('2021-01-29 15:40:52'))]
    data = [
        (7311, '<p style="text-indent:2em">为进一步做好政府信息公开工作，根据《中华人民共和国政府信息公开条例》，现对《磐溪县人民政府信息公开指南》作如下调整：依申请公开的受理机构调整为县人民政府办公室政务公开股，办公地址：磐溪县文昌路18号县政府大院2号楼306室，邮编：342800。</p>\r\n<p style="text-align:right">磐溪县人民政府办公室</p>\r\n<p style="text-align:right">2021年1月15日</p>',
         0, '', 0, 1, '', 0, '', 0, 0),
        (7336, content, 0, '', 0, 1, '', 0, '', 0, 1),
        (7342, '<p style="text-indent:2em">本次更新政府信息公开目录共涉及县直部门26个、乡镇15个，新增目录条目312条，调整129条。</p>', 0, '', 0, 1, '', 0, '', 0, 0)]
    L = ['-- MySQL dump 10.13  Distrib 5.7.33, for Linux (x86_64)', '--',
         '-- Host: 10.41.8.23    Database: phpcms_pxx', '-- ------------------------------------------------------',
         '-- Server version\t5.7.33-log', '',
         '/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;',
         '/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;',
         '/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;', '/*!40101 SET NAMES utf8 */;',
         '/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;', "/*!40103 SET TIME_ZONE='+00:00' */;",
         '/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;',
         '/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;',
         "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;",
         '/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;', '']
    L += ['--', '-- Table structure for table `v9_news`', '--', '', 'DROP TABLE IF EXISTS `v9_news`;',
          '/*!40101 SET @saved_cs_client     = @@character_set_client */;', '/*!40101 SET character_set_client = utf8 */;',
          'CREATE TABLE `v9_news` (',
          '  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,', '  `catid` smallint(5) unsigned NOT NULL DEFAULT \'0\',',
          '  `title` varchar(80) NOT NULL DEFAULT \'\',', '  `style` char(24) NOT NULL DEFAULT \'\',',
          '  `thumb` varchar(100) NOT NULL DEFAULT \'\',', '  `keywords` char(40) NOT NULL DEFAULT \'\',',
          '  `description` mediumtext NOT NULL,', '  `posids` tinyint(1) unsigned NOT NULL DEFAULT \'0\',',
          '  `listorder` tinyint(3) unsigned DEFAULT \'0\',', '  `url` char(100) NOT NULL,',
          '  `status` tinyint(2) unsigned NOT NULL DEFAULT \'1\',', '  `sysadd` tinyint(1) unsigned NOT NULL DEFAULT \'0\',',
          '  `islink` tinyint(1) unsigned NOT NULL DEFAULT \'0\',', '  `username` char(20) NOT NULL,',
          '  `inputtime` int(10) unsigned NOT NULL DEFAULT \'0\',', '  `updatetime` int(10) unsigned NOT NULL DEFAULT \'0\',',
          '  PRIMARY KEY (`id`),', '  KEY `status` (`status`,`listorder`,`id`),', '  KEY `listorder` (`catid`,`status`,`listorder`,`id`),',
          '  KEY `catid` (`catid`,`status`,`id`)', ') ENGINE=MyISAM AUTO_INCREMENT=7343 DEFAULT CHARSET=utf8;',
          '/*!40101 SET character_set_client = @saved_cs_client */;', '', '--', '-- Dumping data for table `v9_news`', '--', '',
          'LOCK TABLES `v9_news` WRITE;', '/*!40000 ALTER TABLE `v9_news` DISABLE KEYS */;',
          'INSERT INTO `v9_news` VALUES ' + ','.join(mysql_row(v) for v in news) + ';',
          '/*!40000 ALTER TABLE `v9_news` ENABLE KEYS */;', 'UNLOCK TABLES;', '']
    L += ['--', '-- Table structure for table `v9_news_data`', '--', '', 'DROP TABLE IF EXISTS `v9_news_data`;',
          '/*!40101 SET @saved_cs_client     = @@character_set_client */;', '/*!40101 SET character_set_client = utf8 */;',
          'CREATE TABLE `v9_news_data` (', '  `id` mediumint(8) unsigned DEFAULT \'0\',', '  `content` mediumtext NOT NULL,',
          '  `readpoint` smallint(5) unsigned NOT NULL DEFAULT \'0\',', '  `groupids_view` varchar(100) NOT NULL,',
          '  `paginationtype` tinyint(1) NOT NULL,', '  `maxcharperpage` mediumint(6) NOT NULL,',
          '  `template` varchar(30) NOT NULL,', '  `paytype` tinyint(1) unsigned NOT NULL DEFAULT \'0\',',
          '  `relation` varchar(255) NOT NULL DEFAULT \'\',', '  `voteid` mediumint(8) unsigned NOT NULL DEFAULT \'0\',',
          '  `allow_comment` tinyint(1) unsigned NOT NULL DEFAULT \'1\',', '  KEY `id` (`id`)',
          ') ENGINE=MyISAM DEFAULT CHARSET=utf8;', '/*!40101 SET character_set_client = @saved_cs_client */;', '',
          '--', '-- Dumping data for table `v9_news_data`', '--', '', 'LOCK TABLES `v9_news_data` WRITE;',
          '/*!40000 ALTER TABLE `v9_news_data` DISABLE KEYS */;',
          'INSERT INTO `v9_news_data` VALUES ' + ','.join(mysql_row(v) for v in data) + ';',
          '/*!40000 ALTER TABLE `v9_news_data` ENABLE KEYS */;', 'UNLOCK TABLES;',
          '/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;', '', '/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;',
          '/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;', '/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;',
          '/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;',
          '/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;',
          '/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;', '/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;', '',
          '-- Dump completed on 2021-06-30  2:00:04', '']
    return '\n'.join(L)


# ---------------------------------------------------------------- 5 pandoc Jira of the .docx
def r_jira(rep):
    i = rep['id']
    html = word_html(rep, tables(rep), heads='h1')

    def run(tmp, path):
        d = via_docx(tmp, path, i)
        sh(['pandoc', '-f', 'docx', '-t', 'jira', '-o', os.path.join(tmp, i + '.jira.txt'), d])
    out = cached(i + '.html', html, [i + '.docx', i + '.jira.txt'], run)
    return out[i + '.jira.txt'].decode('utf-8')


# ---------------------------------------------------------------- 6 Hugo content file: YAML front matter + pandoc HTML
def r_hugo(rep):
    i = rep['id']
    html = word_html(rep, tables(rep), heads='h1')

    def run(tmp, path):
        d = via_docx(tmp, path, i)
        sh(['pandoc', '-f', 'docx', '-t', 'html5', '-o', os.path.join(tmp, i + '.body.html'), d])
    out = cached(i + '.html', html, [i + '.docx', i + '.body.html'], run)
    body = out[i + '.body.html'].decode('utf-8')
    fm = ['---',
          'title: "杉湖街道2025年政府信息公开工作年度报告"',
          'date: 2026-01-16T09:30:00+08:00',
          'lastmod: 2026-02-04T17:12:45+08:00',
          'draft: false',
          'type: xxgk',
          'layout: nianbao',
          'slug: "t20260116_5308127"',
          'aliases:',
          '  - /qlq/shjd/xxgk/xxgknb/202601/t20260116_5308127.html',
          'categories: ["政府信息公开年报"]',
          'tags: ["杉湖街道", "政府信息公开", "年度报告", "2025"]',
          'params:',
          '  suoyinhao: "11350703MB1P52841X/2026-00007"',
          '  fabujigou: "' + rep['agency'] + '"',
          '  chengwenriqi: "2026-01-16"',
          '  zhuti: "政务公开"',
          '  laiyuan: "杉湖街道党政办"',
          'summary: "杉湖街道2025年政府信息公开工作年度报告，含主动公开、依申请公开、行政复议和行政诉讼情况。"',
          'weight: 2025',
          '---', '']
    return '\n'.join(fm) + body


# ---------------------------------------------------------------- 7 pandoc Textile of the .docx
def r_textile(rep):
    i = rep['id']
    html = word_html(rep, tables(rep), heads='h1')

    def run(tmp, path):
        d = via_docx(tmp, path, i)
        sh(['pandoc', '-f', 'docx', '-t', 'textile', '-o', os.path.join(tmp, i + '.textile'), d])
    out = cached(i + '.html', html, [i + '.docx', i + '.textile'], run)
    return out[i + '.textile'].decode('utf-8')


# ---------------------------------------------------------------- 8 mutool draw -F stext of the PDF
def r_stext(rep):
    i = rep['id']
    html = word_html(rep, tables(rep))

    def run(tmp, path):
        soffice(tmp, path, 'pdf:writer_pdf_Export')
        sh(['mutool', 'draw', '-q', '-F', 'stext', '-o', os.path.join(tmp, i + '.stext.xml'), os.path.join(tmp, i + '.pdf')])
    out = cached(i + '.html', html, [i + '.pdf', i + '.stext.xml'], run)
    return out[i + '.stext.xml'].decode('utf-8')
