#!/usr/bin/env python3
"""Writes ../../maoshan-district-2012-mailbox.mbox: four messages exported from the 茆山区 government
office's mail client as one mbox file (mboxrd, "From " separator lines), built with Python's email and
mailbox packages.  Message 2 carries the report (text/plain, UTF-8, base64) and the statistics table as an
.xls attachment; messages 1, 3 and 4 are the city's notice, its acknowledgement and the office's
instruction to the website.  Dates and ids are fixed, so the build is deterministic."""
import email.charset, email.policy, mailbox, os
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "../../maoshan-district-2012-mailbox.mbox")
TZ = timezone(timedelta(hours=8))
CITY = "泷湾市人民政府办公室政务公开科 <zwgk@lwzf.example.gov.cn>"
OFFICE = "茆山区人民政府办公室 <msqzfb@lwzf.example.gov.cn>"
INFO = "茆山区信息中心 <mswz@lwzf.example.gov.cn>"
pol = email.policy.SMTP.clone(linesep="\n")

def msg(frm, to, subj, when, mid, body, cte=None, reply=None, attach=None, xmailer="Foxmail 6, 15, 201, 26 [cn]"):
    m = EmailMessage(policy=pol)
    m["From"], m["To"], m["Subject"] = frm, to, subj
    m["Date"] = format_datetime(when)
    m["Message-ID"] = mid
    if reply:
        m["In-Reply-To"] = reply
        m["References"] = reply
    m["X-Mailer"] = xmailer
    m.set_content(body, charset="utf-8", cte=cte or "8bit")
    if attach:
        m.add_attachment(attach[1], maintype="application", subtype="vnd.ms-excel", filename=attach[0])
        m.set_boundary("----=_NextPart_000_0017_01CE2185.6A3B2C10")
    return m

notice = """各区县人民政府办公室：

根据《中华人民共和国政府信息公开条例》和省政府办公厅有关要求，现就做好2012年度政府信息公开工作年度报告编制和报送工作通知如下：

一、各区县政府要对本地区2012年度政府信息公开工作进行全面总结，按照《条例》第三十二条规定的内容编制年度报告，并附2012年度政府信息公开情况统计表。

二、年度报告请于2013年3月15日前报送市政府办公室政务公开科，并于3月31日前在本级政府门户网站公开。

三、2011年度，全市共主动公开政府信息31,426条，受理政府信息公开申请1,203件，个别区县报告数据与统计表不一致，请各地认真核对。

联系人：林晓，电话：0758-2283614

泷湾市人民政府办公室
2013年1月8日
"""
report = open(os.path.join(HERE, "report.txt"), encoding="utf-8").read()
ack = """茆山区人民政府办公室：

你区报送的2012年度政府信息公开工作年度报告及统计表已收悉。经审核，报告数据与统计表一致，请按时在区政府门户网站公开。

泷湾市人民政府办公室政务公开科
2013年3月18日

> 市政府办公室：
>
> 现将《泷湾市茆山区人民政府2012年政府信息公开工作年度报告》报送你们，请审阅。统计表另以附件形式报送。
"""
post = """区信息中心：

《泷湾市茆山区人民政府2012年政府信息公开工作年度报告》已经市政府办公室审核，请于3月28日前在区政府门户网站“政府信息公开年报”栏目挂网公开，报告落款日期不变。

区政府办公室
2013年3月20日
"""
xls = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 6   # stand-in for the .xls table
M = [
 (CITY, "各区县人民政府办公室", "关于做好2012年度政府信息公开工作年度报告编制和报送工作的通知",
  datetime(2013, 1, 8, 9, 14, 22, tzinfo=TZ), "<201301080914225623107@lwzf.example.gov.cn>", notice, None, None, None),
 (OFFICE, CITY, "报送泷湾市茆山区人民政府2012年政府信息公开工作年度报告",
  datetime(2013, 3, 15, 16, 40, 5, tzinfo=TZ), "<201303151640057341882@lwzf.example.gov.cn>", report, "base64", None,
  ("茆山区2012年政府信息公开情况统计表.xls", xls)),
 (CITY, OFFICE, "Re: 报送泷湾市茆山区人民政府2012年政府信息公开工作年度报告",
  datetime(2013, 3, 18, 10, 2, 47, tzinfo=TZ), "<201303181002478865021@lwzf.example.gov.cn>", ack, None,
  "<201303151640057341882@lwzf.example.gov.cn>", None),
 (OFFICE, INFO, "请挂网公开我区2012年政府信息公开工作年度报告",
  datetime(2013, 3, 20, 8, 51, 30, tzinfo=TZ), "<201303200851302219054@lwzf.example.gov.cn>", post, None, None, None),
]
if os.path.exists(OUT):
    os.remove(OUT)
box = mailbox.mbox(OUT, create=True)
for frm, to, subj, when, mid, body, cte, reply, att in M:
    m = mailbox.mboxMessage(msg(frm, to, subj, when, mid, body, cte, reply, att).as_bytes(policy=pol))
    addr = frm.split("<")[1].rstrip(">")
    m.set_from(addr, when.astimezone(timezone.utc).timetuple())
    box.add(m)
box.flush()
box.close()
