"""Shapes of printed pages' text layers (a PDF's text as a document site shows it) that no
title and no line of text has: figures, teasers with page pointers, calls to scan a code,
contact lines, captions closed by a bracketed credit, lines of a narrow column.

The lines are taken from the pages of ``corpus/pdftext/dev2`` and ``corpus/pdftext/dev``.
"""

from __future__ import annotations

from paper_parser import parse_issue
from tests.articles_scoring import body_stream


def _heads(text: str) -> list[str | None]:
    return [a.headline.text if a.headline else None for a in parse_issue(text).articles]


def test_figures_alone_hold_no_title() -> None:
    # (都市日報 2016-05-09: the weather box's temperatures stand between two paragraphs)
    text = (
        "大埔蚊患成災\n\n"
        "盛夏來臨,蚊患亦隨即殺入香港。多名區議員及居民齊聲反映,區內的蚊患相當嚴重。\n\n"
        "31℃\n\n27℃ p25\n\n"
        "大埔區議員任萬全指出,近這一個月雨季開始,收到的蚊患投訴確是大幅增加。\n"
    )
    assert _heads(text) == ["大埔蚊患成災"]


def test_a_teaser_with_its_page_pointer_is_no_title_of_the_text_below() -> None:
    # (澳洲新報 2023-05-19: two teasers for pages 7 and 10 between the lead's title and text;
    # 仁聞報 2013-12: a section's name with a pointer over the teaser's title)
    text = (
        "中國漁船印度洋傾覆39人失蹤\n\n"
        "中國新聞:中行開平原行長 許國俊外逃20年回國受審 P.7\n\n"
        "香港新聞:港小學生 閱讀力全球第二 P.10\n\n"
        "【本報坎培拉訊】一艘中國籍遠洋漁船在印度洋中部傾覆後,澳洲加入空中和海上搜救。\n"
    )
    (a,) = parse_issue(text).articles
    assert a.headline is not None
    assert a.headline.text == "中國漁船印度洋傾覆39人失蹤"
    assert a.dateline is not None
    assert a.dateline.text == "本報坎培拉訊"
    contents = (
        "專題 P.8-9\n年度回顧 十大損害新聞自由事件\n"
        "人專 P.15\n陳智思 淺談政改\n"
        "別了,黃教授 作育新聞人 26 載情不變\n"
        "樹仁大學新聞與傳播學系前系主任黃夢曦教授,上月與世長辭,享年 80 歲。\n"
    )
    assert _heads(contents) == ["別了,黃教授 作育新聞人 26 載情不變"]


def test_a_call_to_scan_a_code_and_contact_lines_are_furniture() -> None:
    # (澳洲新報: the masthead's promo and contact lines stand between title and text)
    text = (
        "悉尼RPA醫院將擴容升級\n\n"
        "閱讀網上新報 請掃瞄QR Code\n\n"
        "聯絡電話:(02) 9261 3033 傳真:(02) 9261 3525\n\n"
        "【本報悉尼訊】耗資7.5億元的阿爾弗雷德王子醫院重建計劃已經公佈。\n"
    )
    (a,) = parse_issue(text).articles
    assert a.headline is not None
    assert a.headline.text == "悉尼RPA醫院將擴容升級"
    assert body_stream(a) == "耗資7.5億元的阿爾弗雷德王子醫院重建計劃已經公佈。"


def test_a_line_closed_by_a_bracketed_credit_is_a_caption() -> None:
    # (都市日報 2016-05-27, 澳洲新報 2022-09-02: captions end on their picture's credit; a
    # title run into a caption's line before its mark keeps its own place)
    text = (
        "城皇街變狗廁\n\n"
        "▲城皇街是狗主溜狗的熱點。( 蔡家緯攝 )\n\n"
        "鄰近的城皇街經常有犬隻排洩,但其狗主卻不清理,令街道充斥尿味。\n"
    )
    (a,) = parse_issue(text).articles
    assert body_stream(a) == "鄰近的城皇街經常有犬隻排洩,但其狗主卻不清理,令街道充斥尿味。"
    glued = (
        "悉尼RPA醫院將擴容升級 ██ 位於悉尼內城區的RPA醫院已有140年的歷史。(AAP)\n\n"
        "【本報悉尼訊】耗資7.5億元的阿爾弗雷德王子醫院重建計劃已經公佈。\n"
    )
    (b,) = parse_issue(glued).articles
    assert b.headline is not None
    assert b.headline.text == "悉尼RPA醫院將擴容升級"
    assert body_stream(b) == "耗資7.5億元的阿爾弗雷德王子醫院重建計劃已經公佈。"


def test_lines_of_a_narrow_column_are_text_not_titles() -> None:
    # (乡音 2017-08-04: a column hard-wrapped at fourteen characters; its lines end
    # mid-word and hold clause marks)
    text = (
        "惠灵顿园林协会举办 中国花园慈善拍卖晚宴\n"
        "本报记者袁虹摄影报道。\n"
        "议员杨健,中国驻新西兰大使馆\n"
        "7月29日,由惠灵顿中国园林协\n"
        "文化处主任沈鸣,新西兰中国文\n"
        "会主办的慈善拍卖晚宴在富林\n"
        "化中心主任郭宗光,惠惠灵顿市\n"
        "酒店举行。中国驻新西兰大使馆\n"
    )
    assert _heads(text) == ["惠灵顿园林协会举办 中国花园慈善拍卖晚宴"]


def test_a_weather_box_is_furniture_and_a_title_inside_it_is_kept() -> None:
    # (都市日報 2016-05-27: the layer runs the weather box's label, forecast and
    # temperatures into the lead's title lines)
    text = (
        "天氣\n多雲,有驟雨\n變蚊鼠竇\n28℃\n\n"
        "香港衞生情況日益嚴峻,中西區更淪為「老鼠樂園」。另永利街垃圾蹤影處處成為蚊鼠的溫牀。\n"
    )
    assert _heads(text) == ["變蚊鼠竇"]


def test_a_caption_broken_around_its_mark_stays_one_caption() -> None:
    # (都市日報 2016-05-09: the caption's first words stand before its mark ▲; they are no
    # title, unlike a title run into the line of a longer caption)
    text = (
        "大埔蚊患成災\n\n"
        "比華利山別墅對開石灘 ▲ 四處可見垃圾 。︵ 陳浩義攝 ︶\n\n"
        "盛夏來臨,蚊患亦隨即殺入香港。大埔居民均質疑食環署無能力滅蚊。\n"
    )
    (a,) = parse_issue(text).articles
    assert a.headline is not None
    assert a.headline.text == "大埔蚊患成災"
    assert body_stream(a) == "盛夏來臨,蚊患亦隨即殺入香港。大埔居民均質疑食環署無能力滅蚊。"
