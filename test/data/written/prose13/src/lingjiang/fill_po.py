#!/usr/bin/env python3
"""Put the translator's English paragraphs into the msgstr of txt2po's catalogue (translate-toolkit's own API)."""
from translate.storage import po
zh = [p for p in open("report.zh.txt", encoding="utf-8").read().split("\n\n") if p.strip()]
en = [p for p in open("report.en.txt", encoding="utf-8").read().split("\n\n") if p.strip()]
assert len(zh) == len(en), (len(zh), len(en))
store = po.pofile.parsefile("report.po")
units = [u for u in store.units if not u.isheader()]
assert len(units) == len(zh), (len(units), len(zh))
for u, z, e in zip(units, zh, en):
    assert u.source.strip() == z.strip()
    u.target = e.strip()
    if "3,817" in e:
        u.markfuzzy(True)
        u.addnote("审校：原文为3,871条，译文数字待核。", origin="translator")
header = store.header()
store.updateheader(add=True, Language="en", Last_Translator="Zhou Yiran <zhouyr@fanyi.example.cn>",
                   Project_Id_Version="ljswt-ndbg-2011", POT_Creation_Date="2012-04-06 10:03+0800", PO_Revision_Date="2012-04-09 17:22+0800")
open("report.po", "wb").write(bytes(store))
