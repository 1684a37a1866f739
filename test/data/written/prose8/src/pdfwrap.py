import sys, re, unicodedata
W=28  # chars per PDF line (full-width units)
def width(s): return sum(1 if ord(c)<128 else 2 for c in s)/2  # in full-width units
def wrap(par, first_indent=2):
    # split into tokens: ascii runs kept whole
    toks=re.findall(r'[\x21-\x7e]+|.', par)
    lines=[];cur='';w=first_indent
    for t in toks:
        tw=width(t)
        if w+tw>W and cur and t not in '，。、；：）」”》%！？':
            if cur[-1] in '（《〈“「':
                lines.append(cur[:-1]);cur=cur[-1];w=1
            else:
                lines.append(cur);cur='';w=0
        cur+=t;w+=tw
    if cur: lines.append(cur)
    return lines
out=[];page=1;n=0;LP=int(sys.argv[2]) if len(sys.argv)>2 else 24
def newpage():
    global page,n
    out.append(''); out.append('— %d —'%page); out.append('\f'); page+=1; n=0
def emit(l):
    global n
    if n>=LP: newpage()
    out.append(l); n+=1
for raw in open(sys.argv[1],encoding='utf-8').read().split('\n'):
    if not raw: continue
    if raw.startswith('#T'): emit(raw[2:]); continue
    if raw.startswith('#H'): emit(raw[2:]); continue
    if raw.startswith('#S'): emit(raw[2:]); continue
    if raw=='#IMG': newpage(); continue   # an image-only page: no text layer
    for l in wrap(raw): emit(l)
newpage()
s='\n'.join(out)
s=s.replace('\n\f\n','\n\f')
sys.stdout.write(s)
