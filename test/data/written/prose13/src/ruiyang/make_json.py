#!/usr/bin/env python3
"""The account's JSON as written by the weibo-crawler (dataabc) scraper: user + weibo list, long texts expanded."""
import json

report = open("report.txt", encoding="utf-8").read().rstrip("\n")
pics = ",".join(f"https://wx1.sinaimg.cn/large/008aQz7mgy1gn2{n}k3x{n}j30u01hc4qp.jpg" for n in "abcdefghi")
data = {
    "user": {
        "id": "7342186650", "screen_name": "汭阳交通", "gender": "m", "birthday": "", "location": "其他",
        "education": "", "company": "", "registration_time": "2019-11-04", "sunshine": "信用极好",
        "statuses_count": 3318, "followers_count": 28417, "follow_count": 206,
        "description": "汭阳市交通运输局官方微博。12328交通运输服务监督电话。",
        "profile_url": "https://m.weibo.cn/u/7342186650?uid=7342186650&luicode=10000011",
        "verified": True, "verified_type": 1, "verified_reason": "汭阳市交通运输局官方微博", "urank": 36, "mbrank": 0
    },
    "weibo": [
        {
            "user_id": 7342186650, "screen_name": "汭阳交通", "id": 4600571738114882, "bid": "JEq0lA9xK",
            "text": "#汭阳政务公开# 转发：全市报告已发布，请查阅。//@汭阳发布:【汭阳市人民政府2020年政府信息公开工作年度报告】2020年，全市各级行政机关共主动公开政府信息48,215条，新收政府信息公开申请1,036件，办结1,021件；因政府信息公开工作被申请行政复议41件，被提起行政诉讼17件。全文见市政府门户网站。",
            "article_url": "", "pics": "", "video_url": "", "location": "", "created_at": "2021-01-29",
            "source": "微博 weibo.com", "attitudes_count": 12, "comments_count": 2, "reposts_count": 5,
            "topics": "汭阳政务公开", "at_users": "汭阳发布", "full_created_at": "2021-01-29 10:14:32",
            "retweet": {"user_id": 6518833740, "screen_name": "汭阳发布", "id": 4600560215763027,
                        "created_at": "2021-01-29", "full_created_at": "2021-01-29 09:28:06",
                        "attitudes_count": 86, "comments_count": 19, "reposts_count": 143}
        },
        {
            "user_id": 7342186650, "screen_name": "汭阳交通", "id": 4599793310944756, "bid": "JE5yx9vQm",
            "text": report, "article_url": "", "pics": pics, "video_url": "", "location": "",
            "created_at": "2021-01-27", "source": "微博 weibo.com", "attitudes_count": 57,
            "comments_count": 12, "reposts_count": 38, "topics": "汭阳政务公开", "at_users": "",
            "full_created_at": "2021-01-27 16:30:05"
        },
        {
            "user_id": 7342186650, "screen_name": "汭阳交通", "id": 4594410752237719, "bid": "JBKs2e7Lp",
            "text": "【12328热线2020年度“成绩单”】2020年，12328交通运输服务监督电话共受理来电9,614件，其中咨询6,102件、投诉2,871件、建议641件，办结率99.6%，满意率98.2%。感谢广大市民的支持与监督！[抱拳]",
            "article_url": "", "pics": "https://wx4.sinaimg.cn/large/008aQz7mgy1gmr6t0d2y5j30u0140dk4.jpg",
            "video_url": "", "location": "", "created_at": "2021-01-13", "source": "微博 weibo.com",
            "attitudes_count": 103, "comments_count": 27, "reposts_count": 16, "topics": "", "at_users": "",
            "full_created_at": "2021-01-13 11:05:47"
        }
    ]
}
with open("../../ruiyang-transport-2020-weibo-crawler.json", "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, indent=4)
