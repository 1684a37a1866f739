#!/usr/bin/env python3
"""Builds ../../lanyu-emergency-2021-gbk-qp.eml with Python's email package: a Foxmail-style reply
whose text/plain part is GBK in quoted-printable, with the three table pictures as base64 PNG parts.
Run: python3 make_eml.py   (the output is the same bytes every run)"""
import email.charset, email.generator, email.header, email.mime.base, email.mime.multipart, email.mime.text
import email.encoders, io, os

here = os.path.dirname(os.path.abspath(__file__))
gbk = email.charset.Charset("gbk")
gbk.header_encoding = email.charset.BASE64
gbk.body_encoding = email.charset.QP
gbk.output_charset = "gbk"


def hdr(s):
    return email.header.Header(s, gbk).encode()


body = open(os.path.join(here, "body.txt"), encoding="utf-8").read().replace("\n", "\r\n")
msg = email.mime.multipart.MIMEMultipart("mixed", boundary="----=_NextPart_61E76A15_0B7C3A28_3F1D9E42")
msg["Received"] = ("from WIN-LYYJJ0112 (unknown [10.38.6.112])\r\n\tby mail.lanyu.gov.cn (Coremail) "
                   "with SMTP id AQAAfwDnL_W0Y+dhFk8XAA--.3261S2;\r\n\tWed, 19 Jan 2022 09:12:37 +0800 (CST)")
msg["Date"] = "Wed, 19 Jan 2022 09:12:36 +0800"
msg["From"] = f'"{hdr("蓝屿区应急管理局办公室")}" <yjj_bgs@lanyu.gov.cn>'
msg["To"] = f'"{hdr("区政务公开办")}" <zwgkb@lanyu.gov.cn>'
msg["Subject"] = hdr("回复：关于报送2021年度政府信息公开工作年度报告的通知")
msg["X-Priority"] = "3"
msg["X-GUID"] = "6B1C0E4D-7F3A-4E2B-9D51-3C7A08E61F29"
msg["X-Has-Attach"] = "yes"
msg["X-Mailer"] = "Foxmail 7.2.23.121[cn]"
msg["Mime-Version"] = "1.0"
msg["Message-ID"] = "<202201190912364713257@lanyu.gov.cn>"
msg["In-Reply-To"] = "<202201051526181108344@lanyu.gov.cn>"
del msg["Content-Type"]
del msg["MIME-Version"]
msg["Content-Type"] = 'multipart/mixed;\r\n\tboundary="----=_NextPart_61E76A15_0B7C3A28_3F1D9E42"'
msg.preamble = "This is a multi-part message in MIME format.\r\n"

text = email.mime.text.MIMEText(body, "plain", gbk)
del text["MIME-Version"]
msg.attach(text)
for n in ("二", "三", "四"):
    part = email.mime.base.MIMEBase("image", "png")
    part.set_payload(open(os.path.join(here, f"表{n}.png"), "rb").read())
    email.encoders.encode_base64(part)
    fn = hdr(f"表{n}.png")
    part.add_header("Content-Disposition", "attachment", filename=fn)
    part.set_param("name", fn)
    del part["MIME-Version"]
    msg.attach(part)

out = io.StringIO()
email.generator.Generator(out, mangle_from_=False, maxheaderlen=76).flatten(msg, linesep="\r\n")
s = out.getvalue().replace('charset="gbk"', 'charset="GBK"').replace("=?gbk?b?", "=?GBK?B?")
open(os.path.join(here, "..", "..", "lanyu-emergency-2021-gbk-qp.eml"), "w", encoding="ascii", newline="").write(s)
