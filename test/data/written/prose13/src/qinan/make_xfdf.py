#!/usr/bin/env python3
from xml.sax.saxutils import escape
rows = [l.split("\t") for l in open("fields.tsv", encoding="utf-8").read().strip().split("\n")]
out = ['<?xml version="1.0" encoding="UTF-8"?>', '<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">', "<fields>"]
for name, _, value in rows:
    out.append(f'<field name="{name}"><value>{escape(value.replace(chr(92) + "n", chr(13)))}</value></field>')
out.append('<field name="sfas"><value>Yes</value></field>')
out += ["</fields>", "</xfdf>"]
open("values.xfdf", "w", encoding="utf-8").write("\n".join(out) + "\n")
