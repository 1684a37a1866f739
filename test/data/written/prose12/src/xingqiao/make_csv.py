#!/usr/bin/env python3
"""summary.txt -> ../../xingqiao-street-2023-summary-sentences.csv: the output of a sentence-splitting and
NER step of a text-mining pipeline over crawled government documents, one sentence a row: doc_id,
para_id, sent_id, char_start, char_end (offsets into the document), text, ner (a JSON list of spans,
offsets into the sentence, rough types).  Written with Python's csv module (QUOTE_MINIMAL, CRLF as csv writes it)."""
import csv, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
doc = open(os.path.join(HERE, "summary.txt"), encoding="utf-8").read()
DOC_ID = "ldq-xqjd-zwgk-2023-0147"
CN = "〇零一二两三四五六七八九十百千万"
NER = [
    (r"[" + CN + r"\d]{4}年(?:[" + CN + r"\d]+月)?(?:[" + CN + r"\d]+日)?", "DATE"),
    (r"百分之[" + CN + r"点]+|\d+(?:\.\d+)?%", "PERCENT"),
    (r"[" + CN + r"\d]+(?:余|几)?(?:条|篇|件次|件|场|次|人次)", "QUANTITY"),
    (r"鹭汀区荇桥街道办事处|荇桥街道办事处|荇桥街道|区政府|区委", "ORG"),
]

def ner(s):
    spans = []
    taken = [False] * len(s)
    for pat, lab in NER:
        for m in re.finditer(pat, s):
            if any(taken[m.start():m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            spans.append({"start": m.start(), "end": m.end(), "text": m.group(), "label": lab})
    return json.dumps(sorted(spans, key=lambda d: d["start"]), ensure_ascii=False) if spans else "[]"

rows = []
pos = 0
para = 0
for block in doc.split("\n\n"):
    start = doc.index(block, pos)
    pos = start + len(block)
    if not block.strip():
        continue
    para += 1
    sid = 0
    for m in re.finditer(r"[^。！？；\n]+[。！？；]?", block):
        s = m.group().strip()
        if not s:
            continue
        sid += 1
        a = start + m.start()
        rows.append([DOC_ID, "p%03d" % para, "p%03d.s%02d" % (para, sid), a, a + len(m.group()), s, ner(s)])
with open(os.path.join(HERE, "../../xingqiao-street-2023-summary-sentences.csv"), "w", encoding="utf-8",
          newline="") as f:
    w = csv.writer(f)
    w.writerow(["doc_id", "para_id", "sent_id", "char_start", "char_end", "text", "ner"])
    w.writerows(rows)
