#!/usr/bin/env python3
"""Extract the table 三/四 gold of ../shared/{seeds,corpus}/manifest.json into
test/data/layouts/gold/<file>.gold ("slot.path=value" lines, "null" = blank).
Run from the repo root: python3 test/data/layouts/gold.py"""
import json, os
alias = {"new_received_total": "applications.new.total",
         "new_received_natural_person": "applications.new.person",
         "carried_over_total": "applications.carried_over.total",
         "granted_total": "applications.granted.total",
         "partial_total": "applications.partial.total",
         "processed_total": "applications.processed.total",
         "carried_forward_total": "applications.carried_forward.total",
         "review_total": "appeals.review.total",
         "litigation_direct_total": "appeals.suit_direct.total",
         "litigation_after_review_total": "appeals.suit_after_review.total"}
out = "test/data/layouts/gold"
for d in ("../shared/seeds", "../shared/corpus"):
    for e in json.load(open(os.path.join(d, "manifest.json"))):
        lines = []
        for k, v in e["gold"].items():
            k = alias.get(k, k)
            if k.startswith(("applications.", "appeals.")):
                lines.append("%s=%s" % (k, "null" if v is None else v))
        with open(os.path.join(out, e["file"] + ".gold"), "w") as f:
            f.write("\n".join(lines) + "\n")
