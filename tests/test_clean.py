"""Cleaning rules: each boilerplate kind on real lines, the traps they must not fall into."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import opencc
import pytest

from extract.clean.dedup import mark_duplicates, mark_summaries
from extract.clean.document import clean_document
from extract.clean.filters import classify, repair_punctuation, strip_inline_junk, strip_markup
from extract.clean.normalize import detect_script, normalize, strip_pinyin, to_simplified
from extract.ingest.reader import ingest_file
from extract.params import CleanParams, IngestParams
from tests.conftest import SEEDS


def clean(text: str):
    data = text.encode("utf-8")
    return clean_document(ingest_file("t.txt", data, len(data), IngestParams()), CleanParams())


# Real lines from the seeds and the dev corpus, after normalisation.
BOILERPLATE = [
    ("精品欧美在线一区二区,亚洲国产中文在线视频,海角精产国品一二三区别,一区二区国产高清视频在线", "spam"),
    ("国内自拍视频在线看免费观看,成人网址在线观看,波多野结衣av高清一区二区三区,少妇黄污免费视频", "spam"),
    ('<legend id="o3rmf"><abbr id="o3rmf"><thead id="o3rmf"></thead></abbr></legend>', "html"),
    ("您当前位置: 新闻中心>>《中国质量万里行》>>", "navigation"),
    ("当前位置:首页 > 政务公开 > 规划计划 > 发展规划", "navigation"),
    ("首页 >> 中山要闻 >> 正文", "navigation"),
    ("- 发布时间:2014-09-16 09:36:02 来源:中国质量报 责任编辑:谢凌宇", "metadata"),
    ("2011-08-05 14:27:00 中国质量新闻网", "metadata"),
    ("(责任编辑:)", "metadata"),
    ("责任编辑:李雪曼", "metadata"),
    ("《中国质量报》", "metadata"),
    ("(上接1版)", "metadata"),
    ("相关专题", "related_links"),
    ("最新评论", "related_links"),
    ("- 四川成都市开展第二届“走进企业看质量”活动(2023-07-28)", "related_links"),
    ("• 安全的召回与召回的安全", "related_links"),
    ("- 股票名称 最新价 涨跌幅", "ticker"),
    ("热图一览", "gallery"),
    ("高清图集赏析", "gallery"),
    ("声明:", "disclaimer"),
    (
        "本网注明“来源:中国质量新闻网”的所有作品,版权均属于中国质量新闻网,未经本网授权不得转载、摘编或利用其他方式使用上述作品。",
        "disclaimer",
    ),
    ("[免责声明] 本文来源于网络转载,仅供学习交流使用,不构成商业目的。版权归原作者所有。", "disclaimer"),
    ("undefined", "ui_label"),
    ("【/h/】", "ui_label"),
    ("设为首页 | 收藏本站", "ui_label"),
]


@pytest.mark.parametrize(("line", "reason"), BOILERPLATE)
def test_boilerplate_line_is_removed_with_its_reason(line: str, reason: str) -> None:
    got = "html" if line.startswith("<") and not strip_markup(line) else classify(normalize(line))
    assert got == reason


# Body sentences that merely contain a boilerplate word.
TRAPS = [
    "大连市质监局还将会同有关部门在全市工业、农业、建筑业、服务业分类开展质量对比提升活动。",
    "会议发表声明,要求各地加强质量安全监管,切实保障人民群众生命财产安全。",
    "据了解,该市最新出台的质量强市实施方案明确了今后五年的工作目标。",
    "这些产品的原料来源于当地的种植基地,质量稳定可靠。",
    "2010年,全市工业企业产品质量等级品率达到83.49%,拥有中国名牌产品8项、中国驰名商标6件。",
    "1.重庆青山工业有限责任公司",
    "东莞市质监局为企业的转型升级发挥了重要作用。",
    "全面落实国家《质量发展纲要(2011-2020年)》,加快建设质量强市。",
]


@pytest.mark.parametrize("line", TRAPS)
def test_body_sentence_is_kept(line: str) -> None:
    assert classify(normalize(line)) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("大連:“品質(zhì)立市”成為質(zhì)量發(fā)展核心理念", "大连:“品质立市”成为质量发展核心理念"),
        ("審議並原則通過《大連市質(zhì)量強市發(fā)展規(guī)劃》", "审议并原则通过《大连市质量强市发展规划》"),
        ("業(yè)績?nèi)绾沃?00億", "业绩绾沃?00亿"),
        ("質量發(fā)展綱要(2011-2020年)", "质量发展纲要(2011-2020年)"),
        (
            "會議強(qiáng)調(diào),名牌認(rèn)定不但關(guān)注實物質(zhì)量、市場美譽(yù)度,更要關(guān)注企業(yè)應承擔(d",
            "会议强调,名牌认定不但关注实物质量、市场美誉度,更要关注企业应承担",
        ),
        ("附件(a)和附件(b)", "附件(a)和附件(b)"),
    ],
)
def test_pinyin_annotations_are_removed(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_toneless_brackets_survive_in_a_page_without_pinyin() -> None:
    assert strip_pinyin("标准(de)和规范") == "标准(de)和规范"


def test_script_detection() -> None:
    trad = "遼寧省大連市召開市政府常務會議,審議並原則通過發展規劃"
    assert detect_script(trad, normalize(trad)) == "traditional"
    simp = "辽宁省大连市召开市政府常务会议"
    assert detect_script(simp, normalize(simp)) == "simplified"


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("据了解,,近年来,,福州市", "据了解,近年来,福州市"),
        ("质量月,。", "质量月。"),
        ("参会嘉宾,、企业代表", "参会嘉宾、企业代表"),
        ("质量月。、。", "质量月。"),  # one repair brings two full stops together: repaired again
    ],
)
def test_doubled_punctuation_is_repaired(raw: str, fixed: str) -> None:
    assert repair_punctuation(raw) == fixed


def test_repeated_article_keeps_each_paragraph_once() -> None:
    body = [
        "一是开展质量管理创优行动,创建质量管理标杆企业20家以上。",
        "二是开展质量品牌创优行动,创建质量品牌标杆企业20家以上。",
    ]
    doc, paragraphs = clean("舟山市出台方案\n" + "\n".join(body * 2))
    assert [doc.clean_text.count(line) for line in body] == [1, 1]
    assert [p.reason for p in paragraphs] == [None, None, None, "duplicate", "duplicate"]


def test_numbers_are_never_folded_in_dedup() -> None:
    lines = ["全市累计获得市长质量奖的企业共有12家,居全省前列。", "全市累计获得市长质量奖的企业共有13家,居全省前列。"]
    assert mark_duplicates(lines, [True, True], 0.99) == [None, None]


def test_near_duplicate_is_removed() -> None:
    a = "近年来,秦皇岛市委、市政府高度重视质量工作,牢固树立发展观念,切实强化质量兴市战略的重要地位。"
    b = "近年来,秦皇岛市委.市政府十分重视质量工作,牢固树立发展观念,切实强化质量兴市战略的重要"
    assert mark_duplicates([a, b], [True, True], 0.8) == [None, "near_duplicate"]


def test_summary_repeating_the_body_is_removed() -> None:
    body = [
        "质量是企业生存和发展的根本,是经济社会又好又快发展的基础性工程。",
        "品牌集中体现质量和效益,代表着一个地区经济竞争力和科技发展水平。",
    ]
    summary = "文章简介:质量是企业生存和发展的根本,是经济社会又好又快发展的基础性工程.品牌集中体现质量和"
    assert mark_summaries([summary, *body], [True, True, True], 0.5) == ["summary", None, None]


def test_summary_prefix_alone_does_not_remove_new_content() -> None:
    lines = ["摘要:本文讨论地理标志产品保护的法律问题。", "正文讲的是另一件事情,和摘要毫无关系。"]
    assert mark_summaries(lines, [True, True], 0.5) == [None, None]


def test_clean_text_is_kept_paragraphs_joined() -> None:
    doc, paragraphs = clean(
        "质量强市总动员\n\n  2011-08-05 14:27:00 中国质量新闻网\n  东莞市召开质量强市工作会议。  \n相关新闻\n"
    )
    assert doc.clean_text == "质量强市总动员\n东莞市召开质量强市工作会议。"
    assert doc.clean_chars == len(doc.clean_text)
    assert [p.kept for p in paragraphs] == [True, False, True, False]


# Header, footer and page-furniture lines seen in the dev corpus (normalised), with their reason.
FURNITURE = [
    ("2011年05月23日 09:38????信息来源:国家质检总局", "metadata"),
    ("时间:2021-09-14 10:59 阅读:2375", "metadata"),
    ("XZKL1234 · 2018-02-06 08:59 · 52799 次点击", "metadata"),
    ("【编辑:贺方程】", "metadata"),
    ("关键词:质量月 |", "metadata"),
    ("新闻来源:中国商标专网 本网信息整理编辑:小鸟", "metadata"),
    ("(朱剑平 张思凯)", "metadata"),
    ("/ 文", "metadata"),
    ("(此件主动公开)", "metadata"),
    ("文件名称 | 关于颁发第八届市长质量奖的决定 | 文件类型 | 黄政发 |", "metadata"),
    ("〖2006-8-29 8:22:00时〗 本网提供", "metadata"),
    ("原标题:我市组织收看全省质量大会 朱开国出席", "metadata"),
    ("办公地址:深圳市福田区深南大道7010号工商物价大厦办公时间:09:00-12:00", "footer"),
    ("新闻热线: 13034975678", "footer"),
    ("中国品质协会会长贾福兴发表讲话(李晨 摄)", "gallery"),
    ("行政长官林郑月娥(中)向受表扬的公务员颁奖。记者林骏强摄", "gallery"),
    ("网站首页 > 行业动态 > 全国“质量月”活动启动仪式暨苏浙皖赣沪质量表彰大会在沪召开", "navigation"),
    ("> 政务公开 > 政务专题 > 市长质量奖", "navigation"),
    ("【河南在线-文字列表】【移动端-新闻图片列表】2018年全国“品质月”活动在郑州全面启动", "navigation"),
    ("上一条记录:中", "navigation"),
    ("1. >广东卓越质量品牌研究院宣传片", "navigation"),
    ("In recent years, Sichuan Shexian Market Supervision and Administration steadily promote", "foreign"),
    ("20211014", "empty"),
    ("今天是", "ui_label"),
    ("信息分享:", "ui_label"),
    ("🤖 智能推荐", "related_links"),
    ("相关附件", "related_links"),
]


@pytest.mark.parametrize(("line", "reason"), FURNITURE)
def test_page_furniture_is_removed_with_its_reason(line: str, reason: str) -> None:
    assert classify(normalize(line)) == reason


@pytest.mark.parametrize(
    "line",
    [
        "记者:您认为质量强市建设的关键是什么?",
        "本报讯(记者 朱文达)2月20日,山东省青岛市召开质量工作会议,总结部署全市质量工作。",
        "据介绍,全市已有3家企业获得中国质量奖提名奖,来源于制造业的企业占多数。",
        "第八届重庆市市长质量管理奖提名奖获奖单位",
        "1 红塔山 46.866 卷烟",
    ],
)
def test_body_lines_that_look_like_furniture_are_kept(line: str) -> None:
    assert classify(normalize(line)) is None


def test_truncated_copy_of_a_paragraph_is_a_near_duplicate() -> None:
    lines = ["据悉,福州市还将在产品、服务、工程等多个领域深入开展质量知识公益讲座。", "据悉,福州市还将在产品、"]
    assert mark_duplicates(lines, [True, True], 0.8) == [None, "near_duplicate"]


def test_short_headings_that_differ_in_a_word_are_both_kept() -> None:
    lines = ["第八届重庆市市长质量管理奖获奖单位", "第八届重庆市市长质量管理奖提名奖获奖单位"]
    assert mark_duplicates(lines, [True, True], 0.8) == [None, None]


def test_paragraphs_that_differ_in_a_number_are_both_kept() -> None:
    a = "截至目前,全市累计拥有中国名牌产品20个、中国驰名商标15件,省级名牌产品127个,总量位居全省前列。"
    b = "截至目前,全市累计拥有中国名牌产品21个、中国驰名商标15件,省级名牌产品127个,总量位居全省前列。"
    assert mark_duplicates([a, b], [True, True], 0.8) == [None, None]


def test_table_of_contents_does_not_swallow_the_section_heading() -> None:
    doc, paragraphs = clean(
        "目录\n- 1,哪些特产有中国驰名商标标志?\n- 2,中国瓷砖驰名商标有哪些\n1,哪些特产有中国驰名商标标志?\n"
        "驰名商标认定的途径有三种,每年都会不断有新的认定,所以总数是比较多的。"
    )
    assert doc.clean_text.count("1,哪些特产有中国驰名商标标志?") == 1
    assert [p.reason for p in paragraphs] == ["ui_label", "related_links", "related_links", None, None]


def test_links_after_a_related_heading_are_dropped_until_the_body_resumes() -> None:
    doc, _ = clean(
        "质量工作会议召开\n全市质量工作会议召开,部署全年工作。\n热点视频\n第六届中国报业党建工作座谈会\n特色小镇"
    )
    assert doc.clean_text == "质量工作会议召开\n全市质量工作会议召开,部署全年工作。"


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("【/h/】近日,省工商行政管理局正式发布认证公告", "近日,省工商行政管理局正式发布认证公告"),
        ("苏州此次获证企业总数全省**,约占全省的三分之一。", "苏州此次获证企业总数全省,约占全省的三分之一。"),
        ("全市24家质量标标\ufffd", "全市24家质量标标"),
        ("活动现场undefined嘉宾合影", "活动现场嘉宾合影"),
        ("质量强市(2011-2020年)", "质量强市(2011-2020年)"),
    ],
)
def test_inline_junk_is_stripped(raw: str, fixed: str) -> None:
    assert strip_inline_junk(raw) == fixed


def test_whole_html_page_menu_bar_and_chrome_above_the_headline_go() -> None:
    page = (
        "<html><head><title>某市质量大会召开_某某网</title></head><body><div>网站首页 | 新闻 | 图片 | 视频</div>"
        "<h1>某市质量大会召开</h1><p>2021年5月8日,大连市召开质量大会,表彰了一批企业。</p>"
        "<div><h3>相关新闻</h3><ul><li><a>青岛市召开质量工作会议</a></li></ul></div><footer>版权所有</footer>"
        "</body></html>"
    )
    doc, _ = clean(page)
    assert doc.title == "某市质量大会召开"
    assert doc.clean_text == "某市质量大会召开\n2021年5月8日,大连市召开质量大会,表彰了一批企业。"


def script_by_counting(original: str, simplified: str) -> str:
    """detect_script's rule, spelled out one character at a time."""
    if len(original) != len(simplified):
        return "mixed"
    changed = sum(a != b for a, b in zip(original, simplified, strict=True))
    han = sum(
        1 for ch in original if "\u3400" <= ch <= "\u4dbf" or "\u4e00" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
    )
    return "simplified" if changed == 0 else ("traditional" if changed >= 0.12 * han else "mixed")


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")))
def test_script_detection_counts_as_one_character_at_a_time(path: Path) -> None:
    text = to_simplified(unicodedata.normalize("NFKC", path.read_text(encoding="utf-8")))
    traditional = opencc.OpenCC("s2t").convert(text)
    some = traditional[: len(traditional) // 9] + text[len(traditional) // 9 :]
    scripts = []
    for original in (text, traditional, some):
        simplified = to_simplified(original)
        scripts.append(detect_script(original, simplified))
        assert scripts[-1] == script_by_counting(original, simplified)
    assert scripts[:2] == ["simplified", "traditional"]


# Composed lines for the rules the corpus lines above leave out, and their traps.
@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("党政机关标识 | 网站地图", "footer"),
        ("文章内容不代表本网观点和立场", "disclaimer"),
        ("转载请注明出处", "disclaimer"),
        ("中国质量新闻网", "navigation"),
        ("作者 张思凯", "metadata"),
        ("【字号 大 中 小】", "metadata"),
        ("新华社北京9月6日电 题:质量强国建设纲要发布", "metadata"),
        ("2,345 次浏览", "metadata"),
        ("版权保护工作取得新进展,全市查处侵权案件20起。", None),
        ("上一年度全市质量工作成效显著。", None),
        ("记者从市质监局获悉,全市质量工作稳步推进。", None),
    ],
)
def test_more_line_rules(line: str, reason: str | None) -> None:
    assert classify(normalize(line)) == reason
