"""Page metadata: headline, publication date and outlet from header and footer lines."""

from __future__ import annotations

import pytest

from extract.clean.document import clean_document
from extract.ingest.reader import ingest_file
from extract.params import CleanParams, IngestParams

BODY = "会议指出,要深入实施质量强市战略,推动经济高质量发展,全面提升产品、工程和服务质量。"


def meta(text: str) -> tuple[str | None, str | None, str | None]:
    data = text.encode("utf-8")
    doc, _ = clean_document(ingest_file("t.txt", data, len(data), IngestParams()), CleanParams())
    return doc.title, (doc.published_at or "")[:10] or None, doc.outlet


def test_headline_above_the_first_date_line_wins_over_site_chrome() -> None:
    page = (
        "欢迎访问打假内参!\n论坛会展\n宣城市质量强市工作受到市政府领导批示肯定\n"
        f"发布时间:2021-12-10 22:09:19 来源: 安徽省市场监督管理局\n{BODY}"
    )
    assert meta(page) == ("宣城市质量强市工作受到市政府领导批示肯定", "2021-12-10", "安徽省市场监督管理局")


def test_chrome_above_the_headline_leaves_clean_text() -> None:
    data = (
        f"行业动态\n网站首页 > 行业动态\n湘潭市质量月活动启动\n2021年09月03日 08:47 信息来源:九派新闻\n{BODY}".encode()
    )
    doc, _ = clean_document(ingest_file("t.txt", data, len(data), IngestParams()), CleanParams())
    assert doc.clean_text == f"湘潭市质量月活动启动\n{BODY}"
    assert doc.outlet == "九派新闻"


def test_notice_title_split_over_lines_joins_with_its_issuer() -> None:
    page = (
        "发文机关 | 周口市人民政府 | 成文日期 | 2015-06-10 |\n发文字号 | 周政 〔2015〕 37号 | 发布日期 | 2015-07-13 |\n"
        f"周口市人民政府\n关于表彰2014年度周口市市长质量奖\n获奖单位的通报\n{BODY}\n2015年6月10日"
    )
    assert meta(page) == ("周口市人民政府关于表彰2014年度周口市市长质量奖获奖单位的通报", "2015-07-13", None)


def test_title_from_a_document_table() -> None:
    page = f"文件名称 | 关于颁发第八届市长质量奖的决定 | 文件类型 | 黄政发 |\n{BODY}"
    assert meta(page)[0] == "关于颁发第八届市长质量奖的决定"


def test_original_title_line() -> None:
    assert meta(f"原标题:我市组织收看全省质量大会 朱开国出席\n{BODY}")[0] == "我市组织收看全省质量大会 朱开国出席"


def test_signing_date_of_a_notice_inside_a_line() -> None:
    page = f"各县(市、区)人民政府:\n{BODY} 徐州市人民政府 2024年6月27日 2023年徐州市市长质量奖获奖名单"
    assert meta(page)[1] == "2024-06-27"


def test_dateline_day_takes_the_latest_year_stated() -> None:
    page = "新华社北京9月6日电(记者陈炜伟)质检总局同意命名深圳市为示范城市,示范期为2013年8月至2016年8月。"
    assert meta(page)[1:] == ("2013-09-06", "新华社")


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("中国质量新闻网讯 9月2日,新疆哈密市质量强市办会同各成员单位举行活动。", "中国质量新闻网"),
        ("【襄阳政府网消息】昨从市工商局传来喜讯,本市10件商标被认定为中国驰名商标。", "襄阳政府网"),
        ("德州新闻网讯(记者王志冕)12月15日,山东省质量大会召开,表彰先进。", "德州新闻网"),
        ("河南日报消息 8月28日,全国质协系统质量月活动启动仪式在郑州举行。", "河南日报"),
        ("中国江苏网3月28日讯 (记者沈雪梅)2015年度市长质量奖已经揭晓。", "中国江苏网"),
        ("中国消费者报福州讯(记者张文章)9月2日,福州市质量月活动启动。", "中国消费者报"),
        ("长江日报-长江网9月10日讯(采访人员唐煜)武汉市质量月活动启动。", "长江日报"),
        ("本报讯(记者史文生)10家豫企获省长质量奖,其中我市2家。", None),
    ],
)
def test_outlet_from_the_dateline(lead: str, outlet: str | None) -> None:
    assert meta(lead + BODY)[2] == outlet


def test_trailing_newspaper_line_is_the_outlet() -> None:
    assert meta(f"山东省青岛市召开全市质量工作会议\n{BODY}\n《中国质量报》")[2] == "中国质量报"


def test_publish_date_preferred_over_written_date() -> None:
    page = f"成文日期:2015-06-10\n发布日期:2015-07-13\n{BODY}"
    assert meta(page)[1] == "2015-07-13"


def test_html_title_is_normalised_like_the_text() -> None:
    page = (
        "<html><head><title>青島市召開全市質(zhì)量工作會議_中國質量新聞網</title></head><body>"
        "<h1>青島市召開全市質(zhì)量工作會議</h1><p>會議指出,要深入實施質量強市戰略,推動經濟高質量發展。</p></body></html>"
    )
    assert meta(page)[0] == "青岛市召开全市质量工作会议"


def test_date_then_outlet_header_line() -> None:
    assert meta(f"质量强市总动员\n2011-08-05 14:27:00 中国质量新闻网\n{BODY}") == (
        "质量强市总动员",
        "2011-08-05",
        "中国质量新闻网",
    )


@pytest.mark.parametrize("source", ["来源:本报", "来源:本网", "来源:记者 王明"])
def test_own_paper_is_no_outlet(source: str) -> None:
    assert meta(f"{source}\n{BODY}")[2] is None
