#!/usr/bin/env python3
"""Quick, server-free gold comparison for a set of written reports.

    test/bench/compare.py [-v] DIR...

Each DIR holds reports and a manifest.json (the shape of
../shared/corpus/manifest.json).  Every report is parsed by the core dump
tool (test/build/dump, built by test/bench/dump.sh, or $GDR_DUMP) and each
gold key is counted right, absent (null/missing where gold has a value) or
wrong.  This is how a new held-out set is measured before it joins the gold
test (test/corpus/run.sh, which runs inside the server and is what CI
checks).  It does not read `active.extra` (the dump prints extra rows
differently); the gold test does.
"""
import json
import re
import os
import subprocess
import sys

MONEY = {"active.fees.amount", "active.procurement.amount",
         "legacy.fees_yuan", "legacy.cumulative.fees_yuan", "narrative.fees_collected"}
META = ("agency", "year", "kind", "template", "published", "script")


def parse(dump, path):
    out = subprocess.run([dump, path], capture_output=True, check=True,
                         env=dict(os.environ, GDR_DUMP_MUTANTS="0")).stdout
    got = {}
    for line in out.decode("utf-8", "replace").splitlines():
        if line.startswith("  agency "):
            m = re.match(r"  agency (.*) year (\S+) kind (\S+) template (\S+) "
                         r"published (\S*) script (\S+)$", line)
            for k, v in zip(META, m.groups()):
                got[k] = v or None
        elif line.startswith("  ") and not line.startswith(("  warn ", "  extra ", "  checks ", "  ticks ", "  check ")):
            key, st, val = line.split()
            st = int(st, 16)
            if st & 2:
                v = int(val)
                if key in MONEY:
                    v = v / 1e6
                elif key.endswith("amount_unit"):
                    v = ("元", "万元")[v]
                got[key] = v
            else:
                got[key] = None
    meta = {k: got.get(k) for k in META}
    if meta["year"] is not None:
        meta["year"] = None if meta["year"] == "0" else int(meta["year"])
    for k in META:
        if meta[k] == "-":
            meta[k] = None
    got.update(meta)
    return got


def main():
    verbose = "-v" in sys.argv
    dirs = [a for a in sys.argv[1:] if a != "-v"]
    here = os.path.dirname(os.path.abspath(__file__))
    dump = os.environ.get("GDR_DUMP", os.path.join(here, "..", "build", "dump"))
    total = {"right": 0, "absent": 0, "wrong": 0}
    for d in dirs:
        with open(os.path.join(d, "manifest.json"), encoding="utf-8") as f:
            manifest = json.load(f)
        for entry in manifest:
            got = parse(dump, os.path.join(d, entry["file"]))
            n = {"right": 0, "absent": 0, "wrong": 0}
            lines = []
            for key, want in entry["gold"].items():
                if key in ("active.extra", "balance_ok"):
                    continue
                have = got.get(key)
                if isinstance(want, (int, float)) and isinstance(have, (int, float)):
                    ok = abs(want - have) < 1e-6
                else:
                    ok = want == have
                if ok:
                    n["right"] += 1
                elif have is None:
                    n["absent"] += 1
                    lines.append(f"    absent {key} gold {want}")
                else:
                    n["wrong"] += 1
                    lines.append(f"    WRONG  {key} gold {want} got {have}")
            for k in n:
                total[k] += n[k]
            print(f"{d}/{entry['file']}: {n['right']} right, {n['absent']} absent, {n['wrong']} wrong")
            if verbose or n["wrong"]:
                for l in lines:
                    if verbose or "WRONG" in l:
                        print(l)
    print(f"total: {total['right']} right, {total['absent']} absent, {total['wrong']} wrong")


if __name__ == "__main__":
    main()
