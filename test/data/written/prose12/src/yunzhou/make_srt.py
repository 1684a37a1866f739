#!/usr/bin/env python3
"""speech.txt -> ../../yunzhou-province-2016-press-conference.srt: the subtitle file an automatic speech
recognition service exports for the video of the press conference.  Cue timing is computed from the text
(about 4.3 characters a second, plus the pauses marked ~s), so the build is deterministic."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))

def ts(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)

t = 0.0
cues = []
for line in open(os.path.join(HERE, "speech.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    pause, text = line.split(" ", 1)
    t += float(pause[1:])
    for chunk in text.split("|"):
        n = len(chunk.replace("/", ""))
        dur = max(1.2, n / 4.3)
        cues.append((t, t + dur, chunk.replace("/", "\n")))
        t += dur + 0.08
with open(os.path.join(HERE, "../../yunzhou-province-2016-press-conference.srt"), "w", encoding="utf-8",
          newline="\r\n") as f:
    for i, (a, b, txt) in enumerate(cues, 1):
        f.write("%d\n%s --> %s\n%s\n\n" % (i, ts(a), ts(b), txt))
