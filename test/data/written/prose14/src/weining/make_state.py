#!/usr/bin/env python3
"""Write state.json: the Nuxt 2 store/asyncData state of the article page of a 集约化 portal built on Nuxt.
build.sh serialises it with devalue 2.0.1 (the serialiser Nuxt 2 uses for window.__NUXT__) and make_page.py
wraps it in the server-rendered page.  The article body is rendered inside <client-only>, so the saved HTML has
no body text: the report exists only as the escaped `content` string of the state."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AG = "沩宁市生态环境局"
TITLE = AG + "2022年政府信息公开工作年度报告"

P = [
 ("c", f"<strong>{TITLE}</strong>"),
 ("p", "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华"
       "人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。本报告所列数据的统计期限自2022年"
       "1月1日起至2022年12月31日止。本报告电子版可在沩宁市人民政府门户网站“政府信息公开”专栏查阅或下载。"),
 ("h", "一、总体情况"),
 ("p", "（一）主动公开。2022年，我局主动公开政府信息1,862条，重点公开了大气、水、土壤环境质量状况，环境影响评价审批文件143件，"
       "行政处罚决定186件，以及重点排污单位名录、突发环境事件应急预案等信息。发布政策解读12篇，其中图解5篇、视频解读2篇；召开"
       "新闻发布会5场。“沩宁生态环境”政务新媒体全年发布信息2,034条。"),
 ("p", "（二）依申请公开。2022年，我局新收政府信息公开申请47件，上年结转3件，办结46件，结转下年度继续办理4件。办结的46件中，"
       "予以公开21件，部分公开8件，无法提供11件，不予处理4件，其他处理2件。"),
 ("p", "（三）政府信息管理。严格执行政府信息公开保密审查制度，全年清理规范性文件17件，废止3件。"),
 ("p", "（四）平台建设。优化市政府门户网站生态环境专栏，全年网站访问量86.3万人次。全年办理环境信访投诉1,263件，按期办结率100%。"),
 ("p", "（五）监督保障。将政府信息公开工作纳入局年度目标考核，开展专题培训3次，参训152人次。"),
 ("h", "二、主动公开政府信息情况"),
 ("img", "/upload/2023/01/30/a5c1e2f4b7d84c0e9f3a6b21d7e85c94.png"),
 ("h", "三、收到和处理政府信息公开申请情况"),
 ("img", "/upload/2023/01/30/0d9b6e3a2c7f4e18b5a1c9d0e6f24a7b.png"),
 ("h", "四、政府信息公开行政复议、行政诉讼情况"),
 ("img", "/upload/2023/01/30/e7f3a9c1b5d24f60a8e2c4b9d1f07e36.png"),
 ("p", "2022年，我局因政府信息公开工作被申请行政复议3件，其中维持2件、尚未审结1件；被提起行政诉讼1件，结果维持。"),
 ("h", "五、存在的主要问题及改进情况"),
 ("p", "2022年，我局政府信息公开工作存在政策解读形式不够丰富、依申请公开答复文书规范性有待提升等问题。2023年，我局将进一步"
       "丰富解读形式，加强答复文书审核，不断提升政府信息公开质量。"),
 ("h", "六、其他需要报告的事项"),
 ("p", "（一）信息处理费收取情况。2022年，我局未收取信息处理费。"),
 ("p", "（二）人大代表建议和政协提案办理结果公开情况。全年承办市人大代表建议21件、市政协提案34件，办理结果均已公开。"),
 ("p", "（三）政务公开工作要点落实情况。按照《2022年沩宁市政务公开工作要点》要求，各项任务均已落实。"),
 ("r", AG),
 ("r", "2023年1月18日"),
]


def html():
    out = []
    for k, t in P:
        if k == "c":
            out.append(f'<p style="text-align: center;">{t}</p>')
        elif k == "h":
            out.append(f'<p style="text-indent: 2em;"><strong>{t}</strong></p>')
        elif k == "img":
            out.append(f'<p style="text-align: center;"><img src="{t}" alt="" width="600" /></p>')
        elif k == "r":
            out.append(f'<p style="text-align: right;">{t}</p>')
        else:
            out.append(f'<p style="text-indent: 2em;">{t}</p>')
    return "\n".join(out)


def main():
    pub = "2023-01-30 16:20:11"
    state = {
        "layout": "default",
        "data": [{
            "article": {
                "id": 618243, "channelId": 3107, "title": TITLE, "subTitle": "", "source": AG, "author": "办公室",
                "publishTime": pub, "createTime": pub, "hits": 1532, "indexCode": "WNSTHJ-2023-00016",
                "docNo": "", "content": html(), "attachments": [], "tags": ["年度报告"],
            },
            "breadcrumb": [{"name": "首页", "path": "/"}, {"name": "政府信息公开", "path": "/xxgk/"},
                           {"name": "政府信息公开年报", "path": "/xxgk/ndbg/"}],
            "related": [
                {"id": 553017, "title": AG + "2021年政府信息公开工作年度报告", "publishTime": "2022-01-27 09:41:36",
                 "summary": "2021年，我局主动公开政府信息1,645条，新收政府信息公开申请39件，办结41件……"},
                {"id": 497702, "title": AG + "2020年政府信息公开工作年度报告", "publishTime": "2021-01-29 15:02:18",
                 "summary": "2020年，我局主动公开政府信息1,437条，新收政府信息公开申请31件……"},
            ],
        }],
        "fetch": {},
        "error": None,
        "state": {"site": {"siteName": "沩宁市人民政府", "siteCode": "4305000031", "icp": "ICP备12008631号-2",
                           "police": "43050202000217", "host": "沩宁市人民政府办公室", "undertaker": AG},
                  "user": None, "fontSize": "middle"},
        "serverRendered": True,
        "routePath": "/xxgk/ndbg/618243.html",
        "config": {"_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}},
    }
    with open(os.path.join(HERE, "state.json"), "w", encoding="utf-8") as f:
        json.dump(state, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
