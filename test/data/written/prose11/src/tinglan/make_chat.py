#!/usr/bin/env python3
"""Builds ../../tinglan-street-2022-summary-wechat-export.txt: a WeChat group's chat history as a
chat-export tool writes it as text (a header, then `date time sender` and the message, blank line
between messages).  The summary was pasted from a phone note that breaks its lines every 15
characters (counted in code points, digits and punctuation included), so numbers are cut across
lines.  Run: python3 make_chat.py  (same bytes every run)"""
import os

here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, "summary.txt"), encoding="utf-8").read().split("\n")


def wrap15(par):
    return "\n".join(par[i:i + 15] for i in range(0, len(par), 15))


def section(a, b):
    return "\n".join(wrap15(p) for p in lines[a:b] if p)


Z = "周敏（党政办）"
msgs = [
 ("2023-01-06 09:12:45", Z, "各位领导、同事，街道2022年政务公开工作总结（初稿）发群里，请大家看看有没有要补充修改的，周一前反馈给我"),
 ("2023-01-06 09:13:02", Z, "[文件] 汀兰街道2022年政务公开工作总结（初稿）.docx (23.6KB)"),
 ("2023-01-06 09:15:30", "陈国华", "手机打不开附件，直接发文字吧"),
 ("2023-01-06 09:21:17", Z, section(0, 3)),
 ("2023-01-06 09:21:58", Z, section(3, 5)),
 ("2023-01-06 09:22:40", Z, section(5, 9)),
 ("2023-01-06 09:23:11", Z, section(9, 16)),
 ("2023-01-06 09:31:26", "陈国华", "依申请公开那块，区里的汇总表上我们报的不是6件吗？"),
 ("2023-01-06 09:34:02", Z, "表上的6件是办结数，含上年结转的1件，今年新收的是5件，总结里写的没错"),
 ("2023-01-06 09:35:10", "陈国华", "[OK]"),
 ("2023-01-06 10:02:47", "王建新", "第一部分主动公开1,284条，公众号的326篇要不要加进去？"),
 ("2023-01-06 10:05:19", Z, "不加，公众号单独统计的，区里也是分开报"),
 ("2023-01-06 10:40:03", "林晓燕（社区办）", "[转发] 区政务公开办：各街道请注意，全区12个街道2022年共收到政府信息公开申请87件，请于1月10日前核对本街道数据"),
 ("2023-01-06 10:41:36", "林晓燕（社区办）", "隔壁金沙街道报的是11件，我们5件差不多"),
 ("2023-01-06 11:18:22", "王建新", "恳谈会14场可以写成“召开新闻发布会”吗？显得规格高一点"),
 ("2023-01-06 11:20:05", Z, "不行，街道没有开过新闻发布会，恳谈会就是恳谈会"),
 ("2023-01-06 16:47:51", Z, "好的，没有其他意见的话就按这个稿子报区里了，谢谢大家[抱拳]"),
]
out = ["=" * 60,
       "聊天对象：汀兰街道政务公开工作群",
       "导出时间：2023-01-09 18:22:41",
       f"消息条数：{len(msgs)}",
       "=" * 60, ""]
for t, who, text in msgs:
    out += [f"{t} {who}", text, ""]
open(os.path.join(here, "..", "..", "tinglan-street-2022-summary-wechat-export.txt"), "w", encoding="utf-8").write("\n".join(out))
