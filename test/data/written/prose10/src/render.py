#!/usr/bin/env python3
"""Render the forms of set prose10 from the hand-written sources in this directory.

Run from anywhere: python3 src/render.py   (writes the files into the parent directory;
running it again gives the same bytes).  Every figure is in the sources; this script only
lays the text out the way each tool prints it."""
import hashlib, html, json, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def src(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read()


def out(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)


def h(s, mod):
    """deterministic pseudo-random integer from a string"""
    return int(hashlib.md5(s.encode("utf-8")).hexdigest()[:8], 16) % mod


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def f32(x):
    import struct
    return struct.unpack("f", struct.pack("f", x))[0]


# ---------------------------------------------------------------- PaddleOCR line dump (P1)
def paddleocr():
    pages, cur = [], []
    for line in src("laichuan_lines.txt").split("\n"):
        if line == "<<PAGE>>":
            pages.append(cur); cur = []
        elif line:
            cur.append(line)
    pages.append(cur)
    log = []
    log.append("[2024/05/14 16:02:07] ppocr DEBUG: Namespace(help='==SUPPRESS==', use_gpu=False, "
               "use_xpu=False, use_npu=False, ir_optim=True, use_tensorrt=False, min_subgraph_size=15, "
               "precision='fp32', gpu_mem=500, gpu_id=0, image_dir=None, page_num=0, det_algorithm='DB', "
               "det_model_dir='/root/.paddleocr/whl/det/ch/ch_PP-OCRv4_det_infer', det_limit_side_len=960, "
               "det_limit_type='max', det_box_type='quad', det_db_thresh=0.3, det_db_box_thresh=0.6, "
               "det_db_unclip_ratio=1.5, max_batch_size=10, use_dilation=False, det_db_score_mode='fast', "
               "rec_algorithm='SVTR_LCNet', rec_model_dir='/root/.paddleocr/whl/rec/ch/ch_PP-OCRv4_rec_infer', "
               "rec_image_inverse=True, rec_image_shape='3, 48, 320', rec_batch_num=6, max_text_length=25, "
               "use_space_char=True, drop_score=0.5, use_angle_cls=True, "
               "cls_model_dir='/root/.paddleocr/whl/cls/ch_ppocr_mobile_v2.0_cls_infer', cls_thresh=0.9, "
               "enable_mkldnn=False, cpu_threads=10, show_log=True, lang='ch', det=True, rec=True, "
               "type='ocr', ocr_version='PP-OCRv4', structure_version='PP-StructureV2')")
    secs = 9
    for pno, lines in enumerate(pages):
        y = 212 if pno == 0 else 168
        rows = []
        for i, line in enumerate(lines):
            seal = line.startswith("<<SEAL>>")
            text = line[8:] if seal else line
            if seal:
                x0 = 930 + 40 * (i % 2); y0 = y + 14 + 46 * (i % 2)
                w = 34 * len(text); hgt = 52
                box = [[x0, y0 + 18], [x0 + w, y0 - 9], [x0 + w + 6, y0 + hgt - 9], [x0 + 6, y0 + hgt + 18]]
                conf = f32(0.55 + h(text, 10**8) / 10**9)
                rows.append((box, text, conf))
                continue
            indent = 0
            if pno == 0 and i == 0:
                x0 = 470
            elif pno == 0 and i == 1:
                x0 = 318
            elif text.startswith("— "):
                x0 = 728; y = 1934
            elif text.startswith(("涞川县人民政府办公室", "二○○九")):
                x0 = 880 if text.startswith("涞") else 905
            else:
                prev = lines[i - 1] if i else ""
                starts = (not prev or prev.endswith(("。", "：")) or re.match(r"^[一二三四五六七八九十]、", text)
                          or re.match(r"^[一二三四五六七八九十]、", prev) or prev.startswith("— "))
                x0 = 236 if starts else 172
            jitter = h(text, 7) - 3
            w = int(width(text) * 21.6)
            hgt = 38 + h(text + "h", 5)
            box = [[x0 + jitter, y], [x0 + w + jitter, y + h(text, 3) - 1],
                   [x0 + w + jitter, y + hgt], [x0 + jitter, y + hgt + 1 - h(text, 3)]]
            conf = 0.93 + h(text + "c", 69 * 10**6) / 10**9
            if "己" in text or "末发生" in text:
                conf -= 0.05
            conf = f32(conf)
            rows.append((box, text, conf))
            y += 54 if not (pno == 0 and i == 0) else 62
        rows.sort(key=lambda r: (r[0][0][1], r[0][0][0]))
        t1 = 0.2 + h(str(pno), 300) / 1000
        t2 = 0.8 + h(str(pno) + "r", 400) / 1000
        log.append(f"[2024/05/14 16:02:{secs:02d}] ppocr DEBUG: dt_boxes num : {len(rows)}, elapse : {f32(t1)!r}")
        log.append(f"[2024/05/14 16:02:{secs:02d}] ppocr DEBUG: cls num  : {len(rows)}, elapse : {f32(t1/3)!r}")
        secs += 2
        log.append(f"[2024/05/14 16:02:{secs:02d}] ppocr DEBUG: rec_res num  : {len(rows)}, elapse : {f32(t2)!r}")
        for box, text, conf in rows:
            b = "[" + ", ".join(f"[{float(px)}, {float(py)}]" for px, py in box) + "]"
            log.append(f"[{b}, ({text!r}, {conf!r})]")
    out("laichuan-county-2008-paddleocr.txt", "\n".join(log) + "\n")




# ---------------------------------------------------------------- elinks -dump (P2)
def wrap_cells(text, width_cols, indent):
    """ELinks-style wrapping for CJK text: break at a space if there is one, else between
    characters, but never inside an ASCII word or number."""
    lines, cur, w = [], "", 0
    tokens = re.findall(r"\[\d+\][^\s\[]?|[A-Za-z0-9.:/\-_%]+|\s|.", text)
    for tok in tokens:
        tw = width(tok)
        if w + tw > width_cols and cur:
            lines.append(cur.rstrip()); cur, w = "", 0
            if tok == " ":
                continue
        cur += tok; w += tw
    if cur:
        lines.append(cur.rstrip())
    return [" " * indent + l for l in lines]


def elinks():
    links = []

    def link(m):
        text, url = m.group(1), m.group(2) if m.group(2) else None
        if text.startswith(" ") and url is None:   # a submit button
            links.append(None)
            return f"[{len(links)}][{text}]"
        links.append(url)
        return f"[{len(links)}]{text}"

    body = []
    for line in src("xiashan_src.txt").split("\n"):
        kind, _, text = line.partition(" ")
        text = re.sub(r"\[\[([^|\]]+)(?:\|([^\]]+))?\]\]", link, text)
        if kind == "R":
            body.extend(wrap_cells(text, 74, 3) if text else [""])
        elif kind == "C":
            pad = max(3, (80 - width(text)) // 2)
            body.append(" " * pad + text)
        elif kind == "P":
            body.extend(wrap_cells(text, 74, 3))
        elif kind == "S":
            body.append(" " * (77 - width(text)) + text)
    refs = ["", "References", "", "   Visible links"]
    hidden = []
    for i, u in enumerate(links, 1):
        if u is None:
            continue
        refs.append(f"   {i}. {u}")
    out("xiashan-township-2014-elinks.txt", "\n".join(body + refs) + "\n")


# ---------------------------------------------------------------- pdfplumber extract_text (P5)
def wrap_pdf(text, cols):
    """hard-wrap at the line width of the PDF (ASCII counts half)"""
    lines, cur, w = [], "", 0.0
    for tok in re.findall(r"\(cid:\d+\)|[A-Za-z0-9.,:/%\-]+|.", text):
        tw = sum(1 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in tok)
        if tok.startswith("(cid:"):
            tw = 1
        if w + tw > cols and cur and tok not in "，。、；：）”》！？":
            carry = ""
            while cur and cur[-1] in "（“《":
                carry = cur[-1] + carry; cur = cur[:-1]
            lines.append(cur); cur, w = carry, float(len(carry))
        cur += tok; w += tw
    if cur:
        lines.append(cur)
    return lines


def pdfplumber():
    pages, cur, head = [], [], ""
    for line in src("guitang_src.txt").split("\n"):
        if not line:
            continue
        if line.startswith("=HEAD "):
            head = line[6:]; continue
        if line == "=PAGE":
            pages.append(cur); cur = []; continue
        if line.startswith(("=C ", "=R ")):
            cur.append(line[3:]); continue
        cur.extend(wrap_pdf(line, 37))
    pages.append(cur)
    n = len(pages)
    texts = []
    for i, p in enumerate(pages, 1):
        texts.append("\n".join([head] + p + [f"第 {i} 页 共 {n} 页"]))
    out("guitang-hospital-2020-pdfplumber.txt", "\n".join(texts) + "\n")




# ---------------------------------------------------------------- pypdf extract_text (P8)
def pypdf():
    lines = []
    for line in src("liyang_src.txt").split("\n"):
        if not line:
            continue
        if line.startswith(("=C ", "=R ")):
            lines.append(line[3:]); continue
        lines.extend(wrap_pdf(line, 36))
    per = 27
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    texts = []
    for i, p in enumerate(pages, 1):
        # pypdf follows the drawing order: WPS draws the page footer before the body text
        texts.append("\n".join([f"- {i} -"] + p))
    out("liyang-jiguan-2019-pypdf.txt", "\n".join(texts) + "\n")


# ---------------------------------------------------------------- Baidu OCR general_basic JSON (P9)
def baiduocr():
    pages, cur = [], []
    for line in src("zixi_lines.txt").split("\n"):
        if line == "<<PAGE>>":
            pages.append(cur); cur = []
        elif line:
            cur.append(line)
    pages.append(cur)
    res = []
    for i, p in enumerate(pages):
        res.append({"words_result": [{"words": w} for w in p],
                    "words_result_num": len(p),
                    "log_id": 1762385012457231873 + 98765432 * i + h(str(i), 9999)})
    out("zixi-police-2012-summary-baiduocr.json", json.dumps(res, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    paddleocr()
    elinks()
    pdfplumber()
    pypdf()
    baiduocr()
