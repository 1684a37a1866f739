"""A small page-layout model of a Word/Excel-made PDF, used to imitate what PDF text tools
(pdfplumber, pdftotext -layout) and OCR engines (PaddleOCR) give back.  Fragments are
(y, x, text) with y in text-line units and x in display columns (CJK = 2)."""
from core import grid, dwidth


CLOSE = set('，。、；：？！）》〕」”’%')
OPEN = set('（《〔「“‘')


def wrap(text, width):
    """wrap by display width; '\n' forces a break; digits/ASCII runs are not split"""
    out = []
    for part in text.split('\n'):
        line = ''
        toks = []
        buf = ''
        for ch in part:
            if ch.isascii() and ch not in ' ':
                buf += ch
            else:
                if buf:
                    toks.append(buf)
                    buf = ''
                toks.append(ch)
        if buf:
            toks.append(buf)
        for tk in toks:
            if line and dwidth(line + tk) > width and tk not in CLOSE:
                carry = ''
                while line and line[-1] in OPEN:
                    carry = line[-1] + carry
                    line = line[:-1]
                out.append(line)
                line = carry + tk
            else:
                line += tk
        out.append(line)
    return out


class Doc:
    def __init__(self, width=56, height=40, first_indent=4, footer=lambda n: '— %d —' % n, header=None):
        self.W, self.H, self.ind = width, height, first_indent
        self.footer, self.header = footer, header
        self.pages = [[]]
        self.y = 0.0
        self.nofooter = set()

    def _room(self, h):
        if self.y + h > self.H:
            self.newpage()

    def newpage(self):
        self.pages.append([])
        self.y = 0.0

    def put(self, y, x, t):
        self.pages[-1].append((y, x, t))

    def line(self, text, x=0, align='left'):
        self._room(1)
        if align == 'center':
            x = max(0, (self.W - dwidth(text)) / 2)
        elif align == 'right':
            x = self.W - dwidth(text) - 4
        self.put(self.y, x, text)
        self.y += 1

    def para(self, text, indent=None):
        indent = self.ind if indent is None else indent
        first = True
        rest = text
        lines = wrap(text, self.W - indent)
        # re-wrap the rest at full width
        if len(lines) > 1:
            head = lines[0]
            tail = text[len(head):]
            lines = [head] + wrap(tail, self.W)
        for i, l in enumerate(lines):
            self.line(l, x=indent if i == 0 else 0)

    def gap(self, h=0.6):
        self.y += h

    def table(self, model, widths, repeat_header=0, valign='center', min_row_h=1.0, pad=0.4, force_h=None):
        nrows, ncols, pos = grid(model)
        xs = [0]
        for w in widths:
            xs.append(xs[-1] + w)
        left = max(0, (self.W - xs[-1]) / 2)
        # lines of each origin cell
        cl = {}
        for (r, c), (cell, orig, r0, c0) in pos.items():
            if orig:
                w = xs[c + cell['cs']] - xs[c] - 1
                cl[(r, c)] = wrap(cell['t'], max(2, w)) if cell['t'] != '' else []
        h = [min_row_h] * nrows
        for (r, c), lines in cl.items():
            cell = pos[(r, c)][0]
            if cell['rs'] == 1:
                h[r] = max(h[r], len(lines) + pad)
        for (r, c), lines in cl.items():
            cell = pos[(r, c)][0]
            if cell['rs'] > 1:
                tot = sum(h[r:r + cell['rs']])
                if len(lines) + pad > tot:
                    h[r + cell['rs'] - 1] += len(lines) + pad - tot
        if force_h:
            h = list(force_h)
        self.last_h = list(h)
        top = [0.0]
        for x in h:
            top.append(top[-1] + x)
        # assign rows to pages
        rowpage, rowy = [], []
        page_off = 0
        for r in range(nrows):
            # keep rows spanning a page break together only by row
            if self.y + h[r] > self.H and r > 0:
                self.newpage()
                if repeat_header and r >= repeat_header:
                    for hr in range(repeat_header):
                        self._emit_row(pos, cl, xs, left, hr, h, top, self.y - top[hr], True, valign, nrows)
                    self.y += sum(h[:repeat_header])
            rowpage.append(len(self.pages) - 1)
            rowy.append(self.y)
            self.y += h[r]
        # now emit fragments
        for (r, c), lines in cl.items():
            cell = pos[(r, c)][0]
            span_top, span_bot = top[r], top[r + cell['rs']]
            n = len(lines)
            if valign == 'center':
                y0 = span_top + (span_bot - span_top - n) / 2
            else:
                y0 = span_top + pad / 2
            for i, l in enumerate(lines):
                yy = y0 + i
                # row holding this line
                rr = r
                while rr + 1 < r + cell['rs'] and top[rr + 1] <= yy + 0.01:
                    rr += 1
                x = left + xs[c] + (xs[c + cell['cs']] - xs[c] - dwidth(l)) / 2
                self.pages[rowpage[rr]].append((rowy[rr] + (yy - top[rr]), x, l))
        self.y += 0.5

    def _emit_row(self, pos, cl, xs, left, r, h, top, off, _, valign, nrows):
        for (rr, c), lines in cl.items():
            cell = pos[(rr, c)][0]
            if rr != r:
                continue
            span_bot = top[min(rr + cell['rs'], nrows)]
            n = len(lines)
            y0 = top[rr] + (span_bot - top[rr] - n) / 2
            for i, l in enumerate(lines):
                x = left + xs[c] + (xs[c + cell['cs']] - xs[c] - dwidth(l)) / 2
                self.pages[-1].append((off + y0 + i, x, l))

    def finish(self):
        out = []
        n = 0
        for i, p in enumerate(self.pages):
            p = list(p)
            if i in self.nofooter:
                out.append(p)
                continue
            n += 1
            if self.header and i > 0:
                p.append((-1.5, max(0, (self.W - dwidth(self.header)) / 2), self.header))
            if self.footer:
                f = self.footer(n)
                p.append((self.H + 1.5, max(0, (self.W - dwidth(f)) / 2), f))
            out.append(p)
        return out


def cluster_lines(page, tol=0.3):
    """group fragments into text lines by y (pdfplumber y_tolerance / pdftotext line building)"""
    fr = sorted(page, key=lambda f: (round(f[0], 3), f[1]))
    lines = []
    for f in fr:
        if lines and abs(f[0] - lines[-1][0]) < tol:
            lines[-1][1].append(f)
        else:
            lines.append([f[0], [f]])
    return [(y, sorted(fs, key=lambda f: f[1])) for y, fs in lines]


def pdfplumber_text(pages):
    """page.extract_text() of each page, joined by newlines (the usual script)"""
    outs = []
    for p in pages:
        outs.append('\n'.join(' '.join(f[2] for f in fs) for y, fs in cluster_lines(p)))
    return '\n'.join(outs)


def layout_text(pages, scale=1.0):
    """pdftotext -layout: columns by x, blank lines for vertical gaps, form feed after each page"""
    outs = []
    for p in pages:
        lines = cluster_lines(p)
        res = []
        prev = None
        for y, fs in lines:
            if prev is not None:
                for _ in range(int(round(y - prev)) - 1):
                    res.append('')
            prev = y
            s = ''
            for yy, x, t in fs:
                col = int(round(x * scale))
                cur = dwidth(s)
                if col > cur:
                    s += ' ' * (col - cur)
                elif s:
                    s += ' '
                s += t
            res.append(s.rstrip())
        outs.append('\n'.join(res) + '\n\f')
    return ''.join(outs)
