"""Hypothesis strategies shared by the test modules.

Each area of the library keeps its strategies in its own section below.
``from_regex`` only speaks the stdlib ``re`` dialect, so character classes are spelled out
here rather than with ``\\p{Han}``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import strategies as st

SAMPLE_PATH = (
    Path(__file__).resolve().parent.parent / "corpus" / "zhejiang-gongren-ribao-2021-12-23-p1.txt"
)
SAMPLE_TEXT = SAMPLE_PATH.read_text(encoding="utf-8")

# --- text layer -----------------------------------------------------------------------------

#: Text that mixes CJK, ASCII, full-width forms, odd spaces, removable format characters and
#: every kind of line break, so the text layer sees its edge cases often.
tricky_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(
            list(
                "浙江工人日报记者摄\n\r\f\x0b\x85\u2028 \t\u3000\u00a0\u200b\ufeff\u00ad"
                "○〇—－-,，:：0１Ａa"
            )
        ),
        st.characters(codec="utf-8"),
    ),
    max_size=200,
)


def _swap_width(ch: str) -> str:
    code = ord(ch)
    if 0x21 <= code <= 0x7E:
        return chr(code + 0xFEE0)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    return ch


@st.composite
def perturbed_page(draw: st.DrawFn, page: str = SAMPLE_TEXT) -> str:
    """The page with random, meaning-preserving damage of the kinds PDF extraction does.

    Extra blank lines at random line breaks, full-width/half-width swaps of ASCII and
    full-width characters, and optionally CRLF line endings throughout.
    """
    lines = page.split("\n")
    out: list[str] = []
    for line in lines:
        if line and draw(st.integers(0, 9)) == 0:
            idx = draw(st.integers(0, len(line) - 1))
            line = line[:idx] + _swap_width(line[idx]) + line[idx + 1 :]
        out.append(line)
        if draw(st.integers(0, 14)) == 0:
            out.extend([""] * draw(st.integers(1, 3)))
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    return ending.join(out)


#: Line breaks an extractor or editor may write instead of a line feed (the mandatory breaks of
#: Unicode's line breaking algorithm). A lone carriage return and the form feed are left out:
#: before a line feed that is kept the first would join it into one break, and a form feed
#: right after a line feed marks a page break on the next line rather than ending one.
OTHER_LINE_BREAKS = ("\r\n", "\x0b", "\x85", "\u2028", "\u2029")


@st.composite
def rebroken_page(draw: st.DrawFn, page: str = SAMPLE_TEXT) -> str:
    """The page with each line feed kept or replaced by another line break, drawn per break."""
    lines = page.split("\n")
    breaks = draw(
        st.lists(
            st.sampled_from(("\n", *OTHER_LINE_BREAKS)),
            min_size=len(lines) - 1,
            max_size=len(lines) - 1,
        )
    )
    return "".join(line + brk for line, brk in zip(lines, [*breaks, ""], strict=True))


# --- numerals (issue 3) ---------------------------------------------------------------------

#: Characters numerals are written with, plus measure words, markers and punctuation that
#: sit next to them, so fuzzing hits the interesting paths of the numeral finder often.
NUMERAL_ALPHABET = (
    "零〇○一二三四五六七八九十百千万亿两幺廿卅卌壹贰叁肆伍陆柒捌玖拾佰仟萬億兩貳參陸兆京"
    "点又分之负下第初几多余来近超约上半%‰~～至到-—.,，．０１２３４５６７８９0123456789"
    "个名人次年月日号时岁元角整圆“”《》、。 \n星期数"
)

numeral_soup = st.text(alphabet=st.sampled_from(list(NUMERAL_ALPHABET)), max_size=60)


@st.composite
def word_shape_member(draw: st.DrawFn, shape: tuple[tuple[str, ...], ...]) -> str:
    """A string of a word-context shape of ``paper_parser.numerals._vocab``: one option a slot."""
    return "".join(draw(st.sampled_from(slot)) for slot in shape)


def _word_context_pieces() -> list[str]:
    from paper_parser.numerals import _vocab as data

    options = {
        o
        for shapes in (
            data.WEEKDAY_SHAPES,
            data.RANK_SHAPES,
            data.COINED_SHAPES,
            data.SESSION_SHAPES,
        )
        for shape in shapes
        for slot in shape
        for o in slot
        if o
    }
    return sorted(
        set(data.SET_PHRASES)
        | set(data.ADVERB_WORDS)
        | options
        | set(NUMERAL_ALPHABET)
        | set('的是在人员个工作“”‘’《》"')
    )


#: Text made of pieces of word contexts (set phrases, weekday, rank and coined-term parts),
#: numerals and a few common characters, so contexts and numerals overlap in every way.
word_context_soup = st.lists(st.sampled_from(_word_context_pieces()), max_size=20).map("".join)


@st.composite
def zero_heavy_ints(draw: st.DrawFn, max_digits: int = 16) -> int:
    """Non-negative integers below 10**max_digits whose digits are mostly zeros."""
    length = draw(st.integers(1, max_digits))
    digits = draw(
        st.lists(
            st.one_of(st.just(0), st.just(0), st.just(0), st.integers(0, 9)),
            min_size=length,
            max_size=length,
        )
    )
    return int("".join(map(str, digits)))


#: Integers for round trips: zero-heavy ones, the edges of every 万/亿 group, and plain ones.
round_trip_ints = st.one_of(
    zero_heavy_ints(),
    st.integers(0, 10**16 - 1),
    st.sampled_from([10**k + d for k in range(17) for d in (-1, 0, 1)][1:]),
)

# --- calendar (issue 4) ---------------------------------------------------------------------

# Renderers written independently of paper_parser.calendar: they spell a date the ways
# newspapers print it, so the finder can be checked against them.
import datetime as _dt  # noqa: E402

#: Every day the HKO tables cover.
hko_dates = st.dates(min_value=_dt.date(1901, 1, 1), max_value=_dt.date(2100, 12, 31))

_CN_DIGITS = "〇一二三四五六七八九"
_WEEKDAY_CHARS = "一二三四五六日"


def cn_digits(n: int, zero: str = "〇") -> str:
    """Digit-by-digit Chinese numerals: 2021 -> 二〇二一 (zero spelled ``zero``)."""
    return "".join(zero if c == "0" else _CN_DIGITS[int(c)] for c in str(n))


def cn_small(n: int) -> str:
    """Positional Chinese numerals for 1..199: 10 -> 十, 23 -> 二十三, 110 -> 一百一十."""
    if n >= 100:
        rest = n % 100
        if rest == 0:
            tail = ""
        elif rest < 10:
            tail = "零" + _CN_DIGITS[rest]
        elif rest < 20:
            tail = "一" + cn_small(rest)
        else:
            tail = cn_small(rest)
        return _CN_DIGITS[n // 100] + "百" + tail
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones else "")


@st.composite
def gregorian_text(draw: st.DrawFn, d: _dt.date) -> tuple[str, bool]:
    """``d`` printed in one of the Gregorian (or 民国) styles; and whether a weekday is in it."""
    y, m, dd = d.year, d.month, d.day
    pad = draw(st.booleans())
    mm, ds = (f"{m:02d}", f"{dd:02d}") if pad else (str(m), str(dd))
    styles = [
        f"{y}年{mm}月{ds}日",
        f"{y}年{m}月{dd}号",
        f"{cn_digits(y, draw(st.sampled_from('〇○零')))}年{cn_small(m)}月{cn_small(dd)}日",
        f"{y}.{mm}.{ds}",
        f"{y}-{mm}-{ds}",
        f"{y}/{mm}/{ds}",
        f"公元{y}年{m}月{dd}日",
    ]
    if y >= 1912:
        roc = y - 1911
        era = draw(st.sampled_from(["民国", "民國", "中华民国", "中華民國"]))
        number = draw(st.sampled_from([str(roc), cn_digits(roc), cn_small(roc)]))
        styles.append(f"{era}{number}年{m}月{dd}日")
    text = draw(st.sampled_from(styles))
    wd = _WEEKDAY_CHARS[d.isoweekday() - 1]
    weekdays = [
        "",
        f"星期{wd}",
        f" 星期{wd}",
        f"(星期{wd})",
        f"（星期{wd}）",
        f"周{wd}",
        f"礼拜{wd}",
    ]
    weekday = draw(st.sampled_from(weekdays))
    if weekday and draw(st.booleans()) and not weekday.startswith((" ", "(", "（")):
        return weekday + text, True
    return text + weekday, bool(weekday)


def lunar_month_name(month: int, variant: int) -> str:
    """正/冬/腊 or the plain numeral, chosen by ``variant``."""
    special = {1: ["正"], 11: ["十一", "冬"], 12: ["十二", "腊", "臘"]}
    names = special.get(month, [cn_small(month)])
    return names[variant % len(names)]


def lunar_day_name(day: int, variant: int) -> str:
    """初一..初十, 十一..十九, 二十/廿, 廿一/二十一.., 三十/卅."""
    if day <= 10:
        return "初" + cn_small(day)
    if day < 20:
        return cn_small(day)
    if day == 20:
        return ["二十", "廿"][variant % 2]
    if day < 30:
        return ["廿", "二十"][variant % 2] + _CN_DIGITS[day - 20]
    return ["三十", "卅"][variant % 2]


@st.composite
def lunar_text(draw: st.DrawFn, ganzhi: str, month: int, day: int, leap: bool) -> str:
    """A lunar date printed with or without 农历 and the 干支 year, in varied spellings."""
    with_year = draw(st.booleans())
    prefix = draw(st.sampled_from(["", "农历", "農曆"] if with_year else ["农历", "農曆"]))
    variant = draw(st.integers(0, 5))
    leap_mark = draw(st.sampled_from(["闰", "閏"])) if leap else ""
    year = f"{ganzhi}年" if with_year else ""
    month_name = lunar_month_name(month, variant)
    return f"{prefix}{year}{leap_mark}{month_name}月{lunar_day_name(day, variant)}"


@st.composite
def perturbed_date_text(draw: st.DrawFn, text: str) -> str:
    """Meaning-preserving damage: full-width forms, ○ for 〇, spaces around 年/月/日, and
    invisible zero-width characters."""
    out: list[str] = []
    for ch in text:
        if ch == "〇" and draw(st.booleans()):
            ch = "○"
        elif ch.isascii() and ch.isdigit() and draw(st.integers(0, 3)) == 0:
            ch = _swap_width(ch)
        if ch in "年月" and draw(st.integers(0, 3)) == 0:
            before = draw(st.sampled_from([" ", "\u3000"]))
            ch = before + ch + draw(st.sampled_from(["", " ", "\u3000"]))
        out.append(ch)
        if draw(st.integers(0, 9)) == 0:
            out.append(draw(st.sampled_from(["\u200b", "\ufeff", "\u00ad", "\u2060"])))
    return "".join(out)


#: Text that looks a lot like dates: digits, numerals, 年月日, 干支, weekdays, times, spaces.
date_soup = st.text(
    alphabet=st.one_of(
        st.sampled_from(
            list(
                "0123456789０１２〇○零一二三四五六七八九十廿卅初正冬腊闰年月日号时点分旬底"
                "末上中下星期周礼拜农历民国元辛丑甲子今昨明前天晚早~-./ ()（）\n\u200b\u3000"
            )
        ),
        st.characters(codec="utf-8"),
    ),
    max_size=120,
)


# --- identifiers and masthead (issue 5) -----------------------------------------------------

#: Every dash paper_parser.text.DASHES accepts, one character each.
MASTHEAD_DASHES = list("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d\ufe63\u2500")

#: CN region codes and their regions (the GB/T 2260 table of the reference notes).
CN_REGION_NAMES = {
    "11": "北京", "12": "天津", "13": "河北", "14": "山西", "15": "内蒙古", "21": "辽宁",
    "22": "吉林", "23": "黑龙江", "31": "上海", "32": "江苏", "33": "浙江", "34": "安徽",
    "35": "福建", "36": "江西", "37": "山东", "41": "河南", "42": "湖北", "43": "湖南",
    "44": "广东", "45": "广西", "46": "海南", "50": "重庆", "51": "四川", "52": "贵州",
    "53": "云南", "54": "西藏", "61": "陕西", "62": "甘肃", "63": "青海", "64": "宁夏",
    "65": "新疆",
}  # fmt: skip

_LUNAR_MONTHS = {1: ["正月", "一月"], 11: ["十一月", "冬月"], 12: ["十二月", "腊月", "臘月"]}
_LUNAR_DAYS = (
    [f"初{c}" for c in "一二三四五六七八九十"]
    + [f"十{c}" for c in "一二三四五六七八九"]
    + ["二十"]
    + [f"廿{c}" for c in "一二三四五六七八九"]
    + ["三十"]
)
_WEEKDAY_CHARS = "一二三四五六日"


def _mh_lunar_months(month: int) -> list[str]:
    """The ways a lunar month is printed (without 闰)."""
    if month in _LUNAR_MONTHS:
        return _LUNAR_MONTHS[month]
    return ["一二三四五六七八九十"[month - 1] + "月"]


def _mh_lunar_day(day: int) -> str:
    """初一 .. 三十."""
    return _LUNAR_DAYS[day - 1]


@st.composite
def width_variant(draw: st.DrawFn, text: str) -> str:
    """``text`` with a random choice of its ASCII characters made full-width."""
    if not draw(st.booleans()):
        return text
    return "".join(_swap_width(c) if draw(st.booleans()) else c for c in text)


@st.composite
def printed_dash(draw: st.DrawFn) -> str:
    """One dash (sometimes doubled, as PDF text of ``—`` often is), maybe with spaces."""
    dash = draw(st.sampled_from(MASTHEAD_DASHES))
    if draw(st.integers(0, 5)) == 0:
        dash *= 2
    space = draw(st.sampled_from(["", "", " "]))
    return space + dash + space


@st.composite
def cn_number_text(draw: st.DrawFn) -> tuple[str, str, str]:
    """(printed CN number with optional label, region code, serial) for a newspaper."""
    region = draw(st.sampled_from(sorted(CN_REGION_NAMES)))
    serial = f"{draw(st.integers(1, 999)):04d}"
    label = draw(
        st.sampled_from(
            ["", "国内统一刊号:", "国内统一连续出版物号 ", "統一刊號:", "國內統一刊號：", "CN刊号:"]
        )
    )
    cn = draw(st.sampled_from(["CN", "CN ", "CN", "cn"]))
    if label and draw(st.integers(0, 4)) == 0:
        cn = ""  # the label alone, no CN
    body = draw(width_variant(region)) + draw(printed_dash()) + draw(width_variant(serial))
    return label + cn + body, region, serial


@st.composite
def masthead_values(draw: st.DrawFn) -> dict[str, object]:
    """Random values for the sample's masthead: a date with its weekday and lunar date (from
    paper_parser.calendar), a CN number, a 邮发代号 and an issue number."""
    from paper_parser.calendar import solar_to_lunar

    day = draw(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
    lunar = solar_to_lunar(day)
    region = draw(st.sampled_from(sorted(CN_REGION_NAMES)))
    return {
        "date": day,
        "weekday": day.isoweekday(),
        "lunar": lunar,
        "cn_region": region,
        "cn_serial": f"{draw(st.integers(1, 999)):04d}",
        "postal_prefix": draw(st.integers(1, 99)),
        "postal_serial": draw(st.integers(1, 999)),
        "issue_total": draw(st.integers(1, 99999)),
    }


@st.composite
def render_masthead(draw: st.DrawFn, values: dict[str, object]) -> str:
    """The sample's masthead block written with ``values``, in random dash, width, spacing,
    line-break and traditional-label variants. ``values`` may carry a wrong ``weekday`` or
    ``lunar`` on purpose."""
    day = values["date"]
    lunar = values["lunar"]
    assert isinstance(day, date)
    trad = draw(st.booleans())
    sp = draw(st.sampled_from(["", " ", "\u3000"]))
    lunar_label = draw(st.sampled_from(["", "", "农历", "農曆" if trad else "农历 "]))
    month = draw(st.sampled_from(_mh_lunar_months(lunar.month)))  # type: ignore[attr-defined]
    leap = ("閏" if trad else "闰") if lunar.leap else ""  # type: ignore[attr-defined]
    ganzhi = lunar.ganzhi  # type: ignore[attr-defined]
    lunar_text = f"{lunar_label}{ganzhi}年{leap}{month}{_mh_lunar_day(lunar.day)}"  # type: ignore[attr-defined]
    date_text = draw(width_variant(f"{day.year}年{day.month}月{day.day}日"))
    weekday = values["weekday"]
    assert isinstance(weekday, int)
    wd = "星期" + _WEEKDAY_CHARS[weekday - 1]
    if draw(st.booleans()):
        wd = draw(st.sampled_from(["(", "（"])) + wd + draw(st.sampled_from([")", "）"]))
    cn_label = draw(
        st.sampled_from(
            ["國內統一刊號:", "統一刊號：", "國內統一連續出版物號 "]
            if trad
            else ["国内统一刊号:", "国内统一刊号：", "国内统一连续出版物号 ", "CN刊号:"]
        )
    )
    cn = (
        cn_label
        + draw(st.sampled_from(["", "", "", "\n"]))  # the label alone on its line
        + draw(st.sampled_from(["CN", "CN ", "ＣＮ"]))
        + draw(width_variant(str(values["cn_region"])))
        + draw(printed_dash())
        + draw(width_variant(str(values["cn_serial"])))
    )
    postal = (
        draw(st.sampled_from(["郵發代號", "郵發代號："] if trad else ["邮发代号:", "邮发代号"]))
        + sp
        + draw(width_variant(str(values["postal_prefix"])))
        + draw(printed_dash())
        + draw(width_variant(str(values["postal_serial"])))
    )
    total = (
        ("總第" if trad else "总第")
        + sp
        + str(values["issue_total"])
        + sp
        + "號期号"[draw(st.integers(0, 2))]
    )
    pieces = [
        lunar_text,
        date_text + draw(st.sampled_from(["", " ", "  "])) + wd,
        "电子版:www.zjgrrb.com",
        "电子邮箱:zjgrxb@163.com",
        cn,
        postal + " " + total,
        "浙江工人日报",
        "倾情关注劳动群体 全心服务工会组织",
        "浙工之家 掌上娘家",
        "浙江省总工会官方微信公众号",
        "社址:杭州市学院路107号 邮编:310012",
    ]
    if draw(st.booleans()):
        # Reorder the two date lines, as some mastheads print the Gregorian date first.
        pieces[0], pieces[1] = pieces[1], pieces[0]
    out = pieces[0]
    for piece in pieces[1:]:
        sep = draw(st.sampled_from(["\n", "\n\n", "\n\n\n", "\r\n", " ", "\n"]))
        # Lines with no furniture stay on their own lines (a run-together slogan would be
        # glued to furniture text and read as part of it).
        if sep == " " and piece in pieces[6:10]:
            sep = "\n"
        out += sep + piece
    return out


def masthead_sample_page(masthead: str) -> str:
    """The sample page with its masthead block (lines 5-24) replaced by ``masthead``."""
    lines = SAMPLE_TEXT.split("\n")
    return "\n".join([*lines[:4], masthead, *lines[24:]])


# --- bylines and segmentation (issue 6) -----------------------------------------------------

#: Characters names are drawn from (no label characters such as 记/者/报/摄, so a generated
#: name can never be read as a label).
_NAME_CHARS = (
    "王李刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧曹袁邓许傅沈曾彭吕苏卢蔡"
    "贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范石姚谭廖熊金陆郝孔白崔康毛邱秦史顾侯孟龙万段钱"
    "汤尹黎易常乔贺赖龚伟峰星雪晨路民浩芳敏静丽强军平刚"
)

#: A personal name of 2 or 3 characters.
person_name = st.text(alphabet=_NAME_CHARS, min_size=2, max_size=3)

_ROLE_LABELS = {
    "reporter": [
        "记者",
        "本报记者",
        "全媒体记者",
        "见习记者",
        "新华社记者",
        "記者",
        "中青报·中青网记者",
    ],
    "correspondent": ["通讯员", "通訊員"],
    "intern": ["实习生", "實習生"],
}


@st.composite
def byline_text(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]]]:
    """A rendered own-copy byline and the (name, role) pairs it credits.

    Forms: optional 本报讯 tag, label groups with names joined by 、 or spaces, either bare and
    ending in 报道 or inside half- or full-width parentheses.
    """
    groups: list[tuple[str, str, list[str]]] = []
    for _ in range(draw(st.integers(1, 3))):
        role = draw(st.sampled_from(sorted(_ROLE_LABELS)))
        label = draw(st.sampled_from(_ROLE_LABELS[role]))
        names = draw(st.lists(person_name, min_size=1, max_size=3))
        groups.append((label, role, names))
    joiner = draw(st.sampled_from(["、", " "]))
    gap = draw(st.sampled_from(["", " "]))
    rendered = " ".join(label + gap + joiner.join(names) for label, _, names in groups)
    source = draw(st.sampled_from(["", "本报讯", "本報訊"]))
    if draw(st.booleans()):
        opening, closing = draw(st.sampled_from([("(", ")"), ("（", "）")]))
        text = source + opening + rendered + closing
    else:
        text = source + (" " if source else "") + rendered + "报道"
    expected = [(name, role) for _, role, names in groups for name in names]
    return text, expected


_BODY_SENTENCES = [
    "今年以来,全省各级工会共举办就业招聘1037场。",
    "据统计,省、市、县三级总工会机关开展活动累计达322次。",
    "“我们终于找到‘娘家’了。”他说。",
    "目前,宁海已建市级户外劳动者驿站10家",
    "张才方要求,全省各级工会要持续教育引导广大职工",
]
_PAGE_LINES = [
    "把职工放在心间 把责任扛在肩上",
    "——浙江工会深入推进专题实践活动综述",
    "新华时评",
    "记者阮向民报道 ",
    "本报讯 记者程雪报道 ",
    "本报记者 记者曾晨路报道 ",
    "新华社北京12月22日电",
    "记者邹伟峰 摄",
    "资料图片",
    "在实现“角色回归”中察实情解难题",
    "责任编辑:张三",
    "“我们终于找到‘娘家’了,轻",
    "点手指,就领到了会员证。”今年年初,",
    "",
    "",
    " ",
    "\u3000",
]


@st.composite
def page_like_text(draw: st.DrawFn) -> str:
    """A page assembled from headline, byline, dateline, credit, section-head and body lines
    (and fragments of them), with blank lines and odd white space between."""
    out: list[str] = []
    for _ in range(draw(st.integers(0, 30))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            line = draw(st.sampled_from(_PAGE_LINES))
        elif kind == 1:
            line = "".join(draw(st.lists(st.sampled_from(_BODY_SENTENCES), min_size=1, max_size=3)))
        elif kind == 2:
            whole = draw(st.sampled_from(_BODY_SENTENCES + _PAGE_LINES))
            cut = draw(st.integers(0, len(whole)))
            line = whole[:cut] if draw(st.booleans()) else whole[cut:]
        else:
            line = draw(st.sampled_from(_PAGE_LINES)) + draw(st.sampled_from(_BODY_SENTENCES))
        out.append(line)
    return draw(st.sampled_from(["\n", "\r\n", "\n\n"])).join(out)


# --- views (issue 7) -------------------------------------------------------------------------

#: Text that means something to an HTML parser, a browser or an attribute value.
_HOSTILE = [
    "<script>document.title='PWNED'</script>",
    '<img src=x onerror="alert(1)">',
    "&amp; &lt; &#0; &",
    "\"'`=",
    "</div></main>",
    "<!--",
    "]]>",
    "\r",
    "\r\n",
    "\x00",
    "\u2028",
]


@st.composite
def hostile_page(draw: st.DrawFn) -> str:
    """A page-like text with markup, entities, quotes and stray carriage returns mixed in."""
    page = draw(page_like_text())
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(page)))
        page = page[:at] + draw(st.sampled_from(_HOSTILE)) + page[at:]
    return page
