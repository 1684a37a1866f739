#!/usr/bin/env python3
"""Write the assessment team's notebook (unexecuted); build.sh executes it with nbconvert."""
import nbformat
from nbformat.v4 import new_notebook, new_markdown_cell, new_code_cell

report = open("report.txt", encoding="utf-8").read().rstrip("\n")
nb = new_notebook()
nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
nb.cells = [
    new_markdown_cell("# 岢州市2022年政府信息公开年度报告：正文数据核对\n\n"
                      "第三方评估项目组 · 2023年2月 · 评估编号 KZ-2023-ZWGK-07\n\n"
                      "报告原文取自岢州市人民政府门户网站“政府信息公开年报”栏目（2023年1月19日发布）。"
                      "报告第二至四部分的统计表为图片格式，本笔记只录入正文第一部分“总体情况”，表格数据另行人工录入（见 `tables_2022.xlsx`）。"),
    new_code_cell('report = """' + report + '"""\nprint(len(report), "字")'),
    new_code_cell("import re\n\n"
                  "pat = {\n"
                  "    '主动公开': r'主动公开政府信息([\\d,]+)条',\n"
                  "    '政策解读': r'政策解读([\\d,]+)篇',\n"
                  "    '新闻发布会': r'新闻发布会([\\d,]+)场',\n"
                  "    '新媒体': r'政务新媒体发布信息([\\d,]+)条',\n"
                  "    '受理': r'受理政府信息公开申请([\\d,]+)件',\n"
                  "    '办结': r'办结([\\d,]+)件',\n"
                  "    '行政复议': r'行政复议([\\d,]+)件',\n"
                  "}\n"
                  "found = {k: int(re.search(p, report).group(1).replace(',', '')) for k, p in pat.items()}\n"
                  "found"),
    new_code_cell("int(re.search(r'行政诉讼(\\d+)起', report).group(1))"),
    new_markdown_cell("正则写错了，报告原文是“被提起行政诉讼12件”。另注意：“受理486件”含上年结转18件，本年新收为468件，"
                      "与表三“本年新收”口径一致的是468。"),
    new_code_cell("# 2021年报告（2022年1月发布）的对应数据，用于同比\n"
                  "last_year = {'主动公开': 8911, '政策解读': 152, '新闻发布会': 22, '受理': 402, '办结': 389, '行政复议': 26}\n"
                  "for k, v in last_year.items():\n"
                  "    now = found[k]\n"
                  "    print(f'{k:　<6}{v:>7,} -> {now:>7,}   {now - v:+6,}  {(now / v - 1) * 100:+.1f}%')"),
    new_code_cell("found['受理'] - 18, found['受理'] - 18 + 18 - found['办结']"),
    new_markdown_cell("结论：正文数据内部一致（新收468 + 结转18 = 办结472 + 结转下年14）。"),
]
nbformat.write(nb, "kezhou.ipynb")
