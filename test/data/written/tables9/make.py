#!/usr/bin/env python3
# make.py -- builds the eight reports of held-out set 9 (tables), asserts every identity,
# renders the files and writes manifest.json.  Python 3 stdlib only; deterministic.
import base64, html, json, os, re, unicodedata
import core, render, reports
from core import COLS, T2_KEYS_19, T2_KEYS_21, NULL_TOKENS
from notes import NOTES, README

HERE = os.path.dirname(os.path.abspath(__file__))


def parse_printed(s):
    t = unicodedata.normalize('NFKC', s).replace(',', '').replace('万元', '').replace('元', '')
    t = re.sub(r'\[\d+\]$', '', t)
    return float(t)


def build(fn):
    R = fn()
    era = R['era']
    core.check_t3(R['t3'], R['single_other'])
    core.check_t4(R['t4'])
    t2keys = T2_KEYS_19 if era == '2019' else T2_KEYS_21
    assert set(t2keys) <= set(R['t2']), set(t2keys) - set(R['t2'])
    core.check_t2(era, R['t2'])
    vals = core.flat_values(era, {k: v for k, v in R['t2'].items() if k != 'procurement.amount_unit'},
                            R['t3'], R['t4'])
    printed = {}
    for k, v in vals.items():
        printed[k] = str(v) if not isinstance(v, float) else ('%g' % v)
    printed.update(R.get('printed', {}))
    R['printed'] = printed
    gold = {'year': R['year'], 'agency': R['agency'], 'kind': 'annual_report', 'template': era,
            'published': R['published'], 'script': 'hans'}
    nulls = 0
    for k in list(vals):
        p = printed[k].strip()
        if p in NULL_TOKENS:
            assert vals[k] == 0, (k, vals[k])      # a marked/blank cell is a zero in the figures
            gold[k] = None
            nulls += 1
        else:
            assert abs(parse_printed(p) - vals[k]) < 1e-9, (k, p, vals[k])
            gold[k] = vals[k]
    if era == '2019':
        gold['active.procurement.amount_unit'] = R['t2']['procurement.amount_unit']
    gold['balance_ok'] = True
    # narrative restates table 三/四
    n = R['narrative']
    t3 = R['t3']
    if 'applications_received' in n:
        assert n['applications_received'] == t3['new'][6]
    if 'applications_completed' in n:
        assert n['applications_completed'] == t3['processed'][6]
    if 'applications_carried_forward' in n:
        assert n['applications_carried_forward'] == t3['carried_forward'][6]
    if 'reviews' in n:
        assert n['reviews'] == R['t4']['review'][4]
    if 'lawsuits' in n:
        assert n['lawsuits'] == R['t4']['suit_direct'][4] + R['t4']['suit_after_review'][4]
    if era == '2021' and not R['single_other'] and t3['other_handling.fee_unpaid'][6] > 0:
        assert 'fees_collected' in n      # FEE-21: section 六 speaks of fees
    for k, v in sorted(n.items()):
        gold['narrative.' + k] = v
    R['gold'] = gold
    R['nulls'] = nulls
    return R


# ------------------------------------------------------------------ per-form wrappers
def out_yicen(R):
    return render.render_pymupdf(R, R['blocks'])


def out_fenqiao(R):
    return render.render_pymupdf4llm(R, R['blocks'])


def out_linghe(R):
    def gd_cell(key, p):
        if key == 'active.licensing.decisions':       # number typed in two goes: two runs
            return '<span class="c5">%s</span><span class="c0">%s</span>' % (p[0], p[1:])
        if key == 'active.penalty.decisions':         # footnote reference in the cell
            return ('<span class="c5">%s</span><sup class="c10"><a href="#ftnt1" id="ftnt_ref1" class="c11">[1]</a></sup>'
                    % p)
        return '<span class="c5">%s</span>' % p
    R['gd_cell'] = gd_cell
    R['footnote'] = '含适用简易程序当场作出的行政处罚决定9件，2024年为7件。'
    return render.render_gdocs(R, R['blocks'])


def out_songyuan(R):
    R['xlsx_date'] = '2020-03-26'
    R['relabel'] = {'采购总金额': '采购总金额（万元）'}
    return render.render_xlsx2csv(R, R['blocks'])


def out_shiqu(R):
    R['eml'] = dict(
        boundary='----=_Part_118273_1730294854.1705542137392',
        date='Thu, 18 Jan 2024 09:42:17 +0800 (GMT+08:00)',
        from_name='石渠镇党政办', from_addr='shiquzhen_dzb@163.com',
        to_name='柳源县政务公开办', to_addr='lyxzwgkb@126.com',
        subject='石渠镇2023年政府信息公开工作年度报告（报审稿）',
        msgid='6a1f3c0e.9b27.18d1a4c3e52.Coremail.shiquzhen_dzb@163.com',
        cover=['县政务公开办：', '',
               '    现将我镇2023年政府信息公开工作年度报告（报审稿）发给你们，请审核。报告中的3张统计表已按1月9日培训时的要求填写，'
               '第三张表我们用的是去年的表样，如需调整请告知。',
               '    联系人：镇党政办 王晓燕，电话0873-5216038，13908735216。', '',
               '石渠镇党政办', '2024年1月18日'])
    return render.render_eml(R, R['blocks'])


PRE_HEAD = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>澹州市北湖区人民政府2020年政府信息公开工作年度报告_年度报告_北湖区人民政府</title>
<meta name="SiteName" content="澹州市北湖区人民政府" />
<meta name="SiteDomain" content="www.beihu.dzs.gov.cn" />
<meta name="SiteIDCode" content="4407020012" />
<meta name="ArticleTitle" content="澹州市北湖区人民政府2020年政府信息公开工作年度报告" />
<meta name="PubDate" content="2021-03-30 17:26" />
<meta name="ContentSource" content="区政府办公室" />
<link rel="stylesheet" type="text/css" href="/images/bh_style.css" />
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo_bh.png" alt="澹州市北湖区人民政府" /></div>
<div class="search"><form action="/search/" method="get"><input type="text" name="q" value="" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwfw/">政务服务</a> | <a href="/hdjl/">互动交流</a> | <a href="/zjbh/">走进北湖</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">年度报告</a></div>
<div class="article">
<h1 class="art-title">澹州市北湖区人民政府2020年政府信息公开工作年度报告</h1>
<div class="art-info">发布时间：2021-03-30 17:26 &nbsp;&nbsp; 来源：区政府办公室 &nbsp;&nbsp; 浏览次数：<span id="hits">2,413</span> &nbsp;&nbsp; 【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div class="art-content" id="zoom">
'''
PRE_TAIL = '''</div>
<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">
<p>主办：澹州市北湖区人民政府办公室 &nbsp; 地址：澹州市北湖区湖滨路88号 &nbsp; 邮编：524031</p>
<p>网站标识码：4407020012 &nbsp; 粤ICP备05013467号-2 &nbsp; 公网安备 44070202000158号</p>
</div>
</body>
</html>
'''


def out_beihu(R):
    return PRE_HEAD + '\n'.join(render.page_pre(R, R['blocks'])) + '\n' + PRE_TAIL


def out_daichuan(R):
    R['pdf_title'] = '岱川省农业农村厅2022年政府信息公开工作年度报告'
    R['pdf_date'] = '2023-01-29T10:14:52+00:00'
    return render.render_pdftohtml(R, R['blocks'])


WB = 'https://web.archive.org/web/20200522031455'
WB_HEAD = '''<!DOCTYPE html>
<html>
<head><script type="text/javascript" src="/_static/js/bundle-playback.js?v=1B2M2Y8A" charset="utf-8"></script>
<script type="text/javascript" src="/_static/js/wombat.js?v=1B2M2Y8A" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{};window.RufflePlayer.config={"autoplay":"on","unmuteOverlay":"hidden"};</script>
<script type="text/javascript" src="/_static/js/ruffle/ruffle.js"></script>
<script type="text/javascript">
  __wm.init("https://web.archive.org/web");
  __wm.wombat("http://daiwan.customs.gov.cn/daiwan_customs/zfxxgk/ndbg/2971036/index.html","20200522031455","https://web.archive.org/","web","/_static/",
	      "1590117295");
</script>
<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=S1zqJCYt" />
<link rel="stylesheet" type="text/css" href="/_static/css/iconochive.css?v=3PDvdIFv" />
<!-- End Wayback Rewrite JS Include -->
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>岱湾海关2019年政府信息公开工作年度报告</title>
<meta name="ArticleTitle" content="岱湾海关2019年政府信息公开工作年度报告">
<meta name="PubDate" content="2020-01-21 16:05:33">
<link href="''' + WB + '''cs_/http://daiwan.customs.gov.cn/daiwan_customs/css/article.css" rel="stylesheet" type="text/css">
</head>
<body>
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="donato" style="position:relative;width:100%;"><div id="donato-base"><iframe id="donato-if" src="https://archive.org/includes/donate.php?as_page=1&amp;platform=wb&amp;referer=https%3A//web.archive.org/web/20200522031455/http%3A//daiwan.customs.gov.cn/daiwan_customs/zfxxgk/ndbg/2971036/index.html" scrolling="no" frameborder="0" style="width:100%; height:100%"></iframe></div></div>
<div id="wm-ipp-inside">
<div id="wm-logo" style="float:left;width:110px;padding-top:12px;"><a href="/web/" title="Wayback Machine home page"><img src="/_static/images/toolbar/wayback-toolbar-logo-200.png" srcset="/_static/images/toolbar/wayback-toolbar-logo-100.png, /_static/images/toolbar/wayback-toolbar-logo-150.png 1.5x, /_static/images/toolbar/wayback-toolbar-logo-200.png 2x" alt="Wayback Machine" style="width:100px" border="0" /></a></div>
<div class="r" style="float:right;"><div id="wm-btns" style="text-align:right;height:25px;"><a href="#close" onclick="__wm.h(event);return false;" style="display:block;padding-right:18px;" title="Close the toolbar">Close</a></div></div>
<div class="c"><div class="u" style="display:table-row;">
<form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="http://daiwan.customs.gov.cn/daiwan_customs/zfxxgk/ndbg/2971036/index.html" onfocus="this.focus();this.select();" /><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="20200522031455" /><input type="submit" value="Go" /></form>
</div>
<div class="n"><table><tbody>
<tr class="m"><td class="b" nowrap="nowrap"><a href="https://web.archive.org/web/20200122080911/http://daiwan.customs.gov.cn/daiwan_customs/zfxxgk/ndbg/2971036/index.html" title="22 Jan 2020">JAN</a></td><td class="c" id="displayMonthEl" title="You are here: 03:14:55 May 22, 2020">MAY</td><td class="f" nowrap="nowrap"><a href="https://web.archive.org/web/20200813112047/http://daiwan.customs.gov.cn/daiwan_customs/zfxxgk/ndbg/2971036/index.html" title="13 Aug 2020">AUG</a></td></tr>
<tr class="d"><td class="b" nowrap="nowrap"><a href="https://web.archive.org/web/20200122080911/http://daiwan.customs.gov.cn/daiwan_customs/zfxxgk/ndbg/2971036/index.html" title="08:09:11 Jan 22, 2020"><img src="/_static/images/toolbar/wm_tb_prv_on.png" alt="Previous capture" width="14" height="16" border="0" /></a></td><td class="c" id="displayDayEl" style="width:34px;font-size:22px;white-space:nowrap;" title="You are here: 03:14:55 May 22, 2020">22</td><td class="f" nowrap="nowrap"><a href="https://web.archive.org/web/20200813112047/http://daiwan.customs.gov.cn/daiwan_customs/zfxxgk/ndbg/2971036/index.html" title="11:20:47 Aug 13, 2020"><img src="/_static/images/toolbar/wm_tb_nxt_on.png" alt="Next capture" width="14" height="16" border="0" /></a></td></tr>
<tr class="y"><td class="b" nowrap="nowrap"><a href="https://web.archive.org/web/20190601000000*/http://daiwan.customs.gov.cn/*" title="2019">2019</a></td><td class="c" id="displayYearEl" title="You are here: 03:14:55 May 22, 2020">2020</td><td class="f" nowrap="nowrap"><a href="https://web.archive.org/web/20210101000000*/http://daiwan.customs.gov.cn/*" title="2021">2021</a></td></tr>
</tbody></table></div>
<div class="s"><div id="wm-nav-captures"><a class="t" href="/web/20200522031455*/http://daiwan.customs.gov.cn/daiwan_customs/zfxxgk/ndbg/2971036/index.html" title="See a list of every capture for this URL">12 captures</a>
<div class="r" title="Timespan for captures of this URL">22 Jan 2020 - 04 Aug 2023</div></div></div>
</div></div>
<div id="wm-capinfo" style="border-top:1px solid #777;display:none;"></div>
</div></div>
<script type="text/javascript">__wm.bt(650,27,25,2,"web","http://daiwan.customs.gov.cn/daiwan_customs/zfxxgk/ndbg/2971036/index.html","20200522031455",1996,"/_static/",["/_static/css/banner-styles.css?v=S1zqJCYt","/_static/css/iconochive.css?v=3PDvdIFv"], false);
  __wm.rw(1);
</script>
<!-- END WAYBACK TOOLBAR INSERT -->
<div class="header"><a href="''' + WB + '''/http://daiwan.customs.gov.cn/"><img src="''' + WB + '''im_/http://daiwan.customs.gov.cn/daiwan_customs/images/logo.png" alt="中华人民共和国岱湾海关"></a></div>
<div class="crumb">您的位置：<a href="''' + WB + '''/http://daiwan.customs.gov.cn/">首页</a> &gt; <a href="''' + WB + '''/http://daiwan.customs.gov.cn/daiwan_customs/zfxxgk/">信息公开</a> &gt; <a href="''' + WB + '''/http://daiwan.customs.gov.cn/daiwan_customs/zfxxgk/ndbg/">政府信息公开年报</a></div>
<div class="easysite-news-page">
<div class="easysite-news-title"><h2>岱湾海关2019年政府信息公开工作年度报告</h2></div>
<div class="easysite-news-describe"><span>信息来源：岱湾海关办公室</span>&nbsp;&nbsp;<span>发布时间：2020-01-21</span>&nbsp;&nbsp;<span>【字体：<a href="javascript:changeSize(18)">大</a> <a href="javascript:changeSize(14)">中</a> <a href="javascript:changeSize(12)">小</a>】</span></div>
<div class="easysite-news-text" id="easysiteText">
'''
WB_TAIL = '''</div>
</div>
<div class="footer"><p>版权所有：中华人民共和国岱湾海关 &nbsp; 地址：岱湾市滨海大道1号 &nbsp; 邮编：516001</p><p>京ICP备17008613号-21 &nbsp; 网站标识码：bm28000017</p></div>
</body>
</html>
<!--
     FILE ARCHIVED ON 03:14:55 May 22, 2020 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 10:22:41 Feb 14, 2025.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
<!--
playback timings (ms):
  captures_list: 0.553
  exclusion.robots: 0.021
  exclusion.robots.policy: 0.011
  esindex: 0.009
  cdx.remote: 84.337
  LoadShardBlock: 241.716 (3)
  PetaboxLoader3.datanode: 218.904 (4)
  load_resource: 173.208
  PetaboxLoader3.resolve: 96.427
-->
'''


def out_daiwan(R):
    M = render.models(R)
    body = []
    for kind, text in R['blocks']:
        if kind == 'title':
            continue
        if kind == 'h1':
            body.append('<p style="text-indent:2em;"><strong>%s</strong></p>' % html.escape(text, quote=False))
        elif kind == 'p':
            body.append('<p style="text-indent:2em;">%s</p>' % html.escape(text, quote=False))
        elif kind == 'table':
            body.extend(render.cms_table(R, M[text]))
        elif kind == 'sign':
            for l in text:
                body.append('<p style="text-align:right;">%s</p>' % html.escape(l, quote=False))
    return WB_HEAD + '\n'.join(body) + '\n' + WB_TAIL


OUT = {'yicen-tax-2024.txt': out_yicen, 'fenqiao-cgj-2020.md': out_fenqiao, 'linghe-yjj-2025.html': out_linghe,
       'songyuan-gjj-2019.csv': out_songyuan, 'shiqu-town-2023.eml': out_shiqu,
       'beihu-district-2020.html': out_beihu, 'daichuan-nync-2022.html': out_daichuan,
       'daiwan-customs-2019.html': out_daiwan}


def visible_text(R, text):
    """the text a careful reader sees after the form's own decoding."""
    if R['file'].endswith('.eml'):
        parts = text.split('Content-Transfer-Encoding: base64\r\n\r\n')[1].split('\r\n\r\n')[0]
        text = base64.b64decode(parts.replace('\r\n', '')).decode('utf-8')
    if R['file'].endswith('.html') or R['file'].endswith('.eml'):
        text = html.unescape(re.sub(r'<[^>]+>', '', text))
    return text


def main():
    man = []
    total_keys = 0
    for fn in reports.ALL:
        R = build(fn)
        text = OUT[R['file']](R)
        with open(os.path.join(HERE, R['file']), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        vis = visible_text(R, text)
        # every non-null printed cell, the agency, the date and every narrative figure is in the file
        for k, v in R['gold'].items():
            if k.startswith(('active.', 'applications.', 'appeals.')) and v is not None and k != 'active.extra' \
                    and k != 'active.procurement.amount_unit':
                assert R['printed'][k] in vis, (R['file'], k, R['printed'][k])
        assert R['agency'] in vis, R['file']
        y, m, d = R['published'].split('-')
        assert ('%s年%d月%d日' % (y, int(m), int(d)) in vis) or (R['published'] in vis), R['file']
        for k, v in R['narrative'].items():
            assert (str(v) in vis) or ('{:,}'.format(v) in vis) or k == 'fees_collected', (R['file'], k, v)
        g = R['gold']
        total_keys += len(g)
        man.append({'file': R['file'], 'form': R['form'], 'era': R['era'], 'agency': R['agency'],
                    'level': R['level'], 'year': R['year'], 'gold': g, 'notes': NOTES[R['file']]})
        print('%-28s %-32s %s keys %d nulls %d' % (R['file'], R['form'], R['era'], len(g), R['nulls']))
    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8') as f:
        json.dump(man, f, ensure_ascii=False, indent=1)
        f.write('\n')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(README)
    print('total gold keys', total_keys)


if __name__ == '__main__':
    main()
