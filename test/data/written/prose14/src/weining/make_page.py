#!/usr/bin/env python3
"""Wrap devalue's output (state.js) in the page a Nuxt 2 server renders for the article, as a crawler fetched it
(curl: the server's HTML, no scripts run).  The article body is a <client-only> component: the server renders an
empty comment <!----> where the text goes, so the report is only in window.__NUXT__."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "weining-eco-2022-nuxt-state.html")


def main():
    st = json.load(open(os.path.join(HERE, "state.json"), encoding="utf-8"))
    js = open(os.path.join(HERE, "state.js"), encoding="utf-8").read()
    art = st["data"][0]["article"]
    rel = st["data"][0]["related"]
    related = "".join(
        f'<li data-v-5d1c3a2e><a href="/xxgk/ndbg/{r["id"]}.html" title="{r["title"]}" data-v-5d1c3a2e>{r["title"]}</a>'
        f'<span class="time" data-v-5d1c3a2e>{r["publishTime"][:10]}</span><p class="summary" data-v-5d1c3a2e>'
        f'{r["summary"]}</p></li>' for r in rel)
    crumbs = " &gt; ".join(f'<a href="{c["path"]}" class="nuxt-link-active" data-v-2b7e91f4>{c["name"]}</a>'
                           for c in st["data"][0]["breadcrumb"])
    page = (
        '<!doctype html>\n'
        '<html lang="zh-CN" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22zh-CN%22%7D%7D">\n'
        '  <head>\n'
        f'    <title>{art["title"]}-沩宁市人民政府</title><meta data-n-head="ssr" charset="utf-8">'
        '<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">'
        '<meta data-n-head="ssr" http-equiv="X-UA-Compatible" content="IE=edge">'
        f'<meta data-n-head="ssr" data-hid="description" name="description" content="{art["title"]}">'
        '<meta data-n-head="ssr" name="SiteName" content="沩宁市人民政府"><meta data-n-head="ssr" name="SiteIDCode" content="4305000031">'
        f'<meta data-n-head="ssr" name="ArticleTitle" content="{art["title"]}">'
        f'<meta data-n-head="ssr" name="PubDate" content="{art["publishTime"][:16]}">'
        f'<meta data-n-head="ssr" name="ContentSource" content="{art["source"]}">'
        '<link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico">'
        '<link rel="preload" href="/_nuxt/8e1f0c3.js" as="script"><link rel="preload" href="/_nuxt/2a6d9b4.js" as="script">'
        '<link rel="preload" href="/_nuxt/app.7c41e0f.css" as="style"><link rel="preload" href="/_nuxt/c5e83a1.js" as="script">'
        '<link rel="stylesheet" href="/_nuxt/app.7c41e0f.css">\n'
        '  </head>\n'
        '  <body>\n'
        '    <div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div class="layout" data-v-7a3f2c1d>'
        '<header class="site-header" data-v-0e4b8d6a><div class="top" data-v-0e4b8d6a><span data-v-0e4b8d6a>欢迎访问沩宁市人民政府门户网站</span>'
        '<a href="javascript:;" data-v-0e4b8d6a>无障碍</a><a href="javascript:;" data-v-0e4b8d6a>长者模式</a></div>'
        '<div class="logo" data-v-0e4b8d6a><img src="/_nuxt/img/logo.3e8a1c2.png" alt="沩宁市人民政府" data-v-0e4b8d6a></div>'
        '<nav data-v-0e4b8d6a><a href="/" class="nuxt-link-active" data-v-0e4b8d6a>首页</a><a href="/zwdt/" data-v-0e4b8d6a>政务动态</a>'
        '<a href="/xxgk/" class="nuxt-link-active" data-v-0e4b8d6a>政府信息公开</a><a href="/zwfw/" data-v-0e4b8d6a>政务服务</a>'
        '<a href="/hdjl/" data-v-0e4b8d6a>互动交流</a></nav></header>'
        f'<div class="crumb" data-v-2b7e91f4>当前位置：{crumbs}</div>'
        '<div class="article-page" data-v-5d1c3a2e><div class="article" data-v-5d1c3a2e>'
        f'<h1 class="title" data-v-5d1c3a2e>{art["title"]}</h1>'
        f'<div class="info" data-v-5d1c3a2e><span data-v-5d1c3a2e>发布时间：{art["publishTime"]}</span>'
        f'<span data-v-5d1c3a2e>来源：{art["source"]}</span><span data-v-5d1c3a2e>浏览次数：{art["hits"]}</span>'
        '<span class="font" data-v-5d1c3a2e>字号：<a data-v-5d1c3a2e>大</a><a data-v-5d1c3a2e>中</a><a data-v-5d1c3a2e>小</a></span></div>'
        '<div class="content" data-v-5d1c3a2e><!----></div>'
        '<div class="tools" data-v-5d1c3a2e><a href="javascript:;" data-v-5d1c3a2e>【打印】</a><a href="javascript:;" data-v-5d1c3a2e>【关闭】</a></div></div>'
        f'<div class="related" data-v-5d1c3a2e><h3 data-v-5d1c3a2e>相关文章</h3><ul data-v-5d1c3a2e>{related}</ul></div></div>'
        '<footer class="site-footer" data-v-3c9e0a57><p data-v-3c9e0a57>主办：沩宁市人民政府办公室　承办：沩宁市生态环境局</p>'
        '<p data-v-3c9e0a57>网站标识码：4305000031　ICP备12008631号-2　公安机关备案号：43050202000217</p></footer>'
        '</div></div></div>'
        f'<script>window.__NUXT__={js};</script>'
        '<script src="/_nuxt/8e1f0c3.js" defer></script><script src="/_nuxt/c5e83a1.js" defer></script>'
        '<script src="/_nuxt/2a6d9b4.js" defer></script><script src="/_nuxt/f07b2d9.js" defer></script>\n'
        '  </body>\n'
        '</html>\n')
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main()
