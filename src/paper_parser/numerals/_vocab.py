"""Vocabulary of :mod:`paper_parser.numerals`: numeral characters, measure words, set phrases.

Private: the public surface is :mod:`paper_parser.numerals`. Everything here is an immutable
constant built once at import.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from paper_parser._words import DIGIT_VALUES

# --- numeral characters -----------------------------------------------------------------------

#: Digit characters and their values: the common ones (:data:`paper_parser._words.DIGIT_VALUES`,
#: shared with dates and mastheads), 幺, the financial forms and the Arabic digits. 两/兩 and
#: 幺 are digits with restrictions that the parser enforces (两 never stands in the ones place
#: of a longer numeral; 幺 only in digit sequences or alone).
DIGITS: Final[Mapping[str, int]] = MappingProxyType(
    {
        **DIGIT_VALUES,
        "幺": 1,
        # financial (大写) forms, simplified and traditional
        "壹": 1,
        "贰": 2,
        "貳": 2,
        "叁": 3,
        "參": 3,
        "叄": 3,
        "肆": 4,
        "伍": 5,
        "陆": 6,
        "陸": 6,
        "柒": 7,
        "捌": 8,
        "玖": 9,
        # Arabic digits
        **{d: int(d) for d in "0123456789"},
    }
)

ZEROS: Final = frozenset("零〇0")

#: Small units (powers of ten inside a four-digit section).
SMALL_UNITS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "十": 1,
        "拾": 1,
        "百": 2,
        "佰": 2,
        "千": 3,
        "仟": 3,
    }
)

#: Contracted tens: 廿 = 二十, 卅 = 三十, 卌 = 四十.
TENS: Final[Mapping[str, int]] = MappingProxyType({"廿": 2, "卅": 3, "卌": 4})

#: Big units of the myriad system (always on).
BIG_UNITS: Final[Mapping[str, int]] = MappingProxyType({"万": 4, "萬": 4, "亿": 8, "億": 8})

#: Big units read only with ``large_units=True``: 兆 = 10^12 and 京 = 10^16 (the Taiwan /
#: myriad reading). 兆 also means 10^6 in mainland metric usage and is common in names.
LARGE_UNITS: Final[Mapping[str, int]] = MappingProxyType({"兆": 12, "京": 16})

#: Every character that may appear inside a numeral run (before Python-side parsing).
RUN_CHARS: Final = (
    "".join(k for k in DIGITS if not k.isascii())
    + "".join(SMALL_UNITS)
    + "".join(TENS)
    + "".join(BIG_UNITS)
    # 几 of a vague count (十几, 几十, 几千万), and 幾, its traditional form, which papers of Hong
    # Kong, Macao and Taiwan print (十幾年, 幾千萬人): the same numeral in either script
    + "几幾"
)

#: Characters used by :func:`paper_parser.numerals.format_number` for each style.
STYLE_DIGITS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "lower": "零一二三四五六七八九",
        "traditional": "零一二三四五六七八九",
        "upper": "零壹贰叁肆伍陆柒捌玖",
        "money": "零壹贰叁肆伍陆柒捌玖",
        "digits": "〇一二三四五六七八九",
    }
)
STYLE_SMALL: Final[Mapping[str, str]] = MappingProxyType(
    {
        "lower": "十百千",
        "traditional": "十百千",
        "upper": "拾佰仟",
        "money": "拾佰仟",
        "digits": "十百千",
    }
)
STYLE_BIG: Final[Mapping[str, str]] = MappingProxyType(
    {
        "lower": "万亿",
        "traditional": "萬億",
        "upper": "万亿",
        "money": "万亿",
        "digits": "万亿",
    }
)


def with_traditional(words: tuple[str, ...]) -> dict[str, str]:
    """Each word and its traditional spelling (6個月, 超過), mapped to the word."""
    table = str.maketrans(dict(TRADITIONAL))
    out: dict[str, str] = {}
    for word in words:
        out[word] = word
        out.setdefault(word.translate(table), word)
    return out


# --- context of a numeral in running text -----------------------------------------------------

#: Approximation markers printed before a number, longest first.
APPROX_BEFORE: Final = (
    "不少于",
    "不低于",
    "不超过",
    "不多于",
    "不大于",
    "不小于",
    "未超过",
    "超过",
    "不到",
    "不足",
    "突破",
    "跌破",
    "涨破",
    "升破",
    "将近",
    "接近",
    "逼近",
    "大约",
    "约合",
    # 约 with the copula (出口额约为2亿元, 约为77万) and a barrier broken (冲破千亿), as 突破
    "约为",
    "冲破",
    "不满",
    # "fewer than" (将开始少于2,300万人), as 不少于 is "no fewer than"
    "少于",
    "不得低于",
    "不得少于",
    "不能少于",
    "不能低于",
    "不高于",
    "不得超过",
    "近",
    "超",
    "约",
    "逾",
    "上",
    "过",
    "破",
)

#: Markers that only mark a bare 百/千/万/亿 (上千名, 过亿, 过万人): elsewhere the character is a
#: verb or a preposition (上了3年, 过了5天).
APPROX_BEFORE_BARE: Final = frozenset(("上", "过"))

#: The characters before a one-character marker that make it the end of a word instead:
#: 最近, 附近; 节约, 纽约, 签约; 赶超; 以上, 之上.
MARKER_WORD_ENDS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "近": "最附邻就靠贴亲",
        "约": "节制预签合条公简隐违履特邀相誓和践毁赴失婚租契盟规解续立守爽缔新旧纽集",
        "超": "赶高",
        "上": "以之",
        "破": "打突冲攻击识爆看点揭侦偵",
    }
)

#: Approximation markers printed after the number and its unit.
APPROX_AFTER: Final = (
    "左右",
    "及以上",
    "及以下",
    # Hong Kong, Macao and Singapore notices and statutes write the inclusive bound with 或
    # (18歲或以上, 2歲或以下) where the mainland writes 及以上: the same marker
    "或以上",
    "或以下",
    "以上",
    "以下",
    "以内",
    "上下",
    "附近",
    "之多",
    "开外",
    "许",
)

#: Units 许 may follow as an approximation marker (16时许, 5年许); elsewhere it starts a word.
APPROX_XU_UNITS: Final = frozenset(("时", "分", "秒", "日", "年", "月", "岁"))

#: Markers between the number and its unit (4.8万余名, 2000多个, 十几个, 10来岁).
APPROX_MIDDLE: Final = ("余", "多", "来", "几")

#: The currencies of the places whose Chinese-language papers print amounts in them, as those
#: papers name them: Malaysia's ringgit (令吉, 马币), Singapore's dollar (新元, 新币), Macao's
#: pataca (澳门元, 澳门币, 葡币), and the Thai baht, Indian and other rupees and the Canadian
#: dollar of wire copy. None of these words after a number is anything but money.
CURRENCIES_OF_THE_REGION: Final = frozenset(
    {"令吉", "马币", "新元", "新币", "澳门元", "澳门币", "葡币", "泰铢", "卢比", "加元", "加币"}
)

#: Currency units: a quantity with one of these is a money amount.
CURRENCY: Final = frozenset(
    {"元", "美元", "欧元", "港元", "港币", "日元", "英镑", "卢布", "韩元", "澳元", "块", "角"}
    | {"块钱"}
    | CURRENCIES_OF_THE_REGION
)

#: Measure words and units, longest first when compiled. Counted with 一 only when the unit is a
#: measurement (MEASURES); a classifier after a bare 一 is the indefinite article (一个项目).
CLASSIFIERS: Final = (
    "个百分点",
    "百分点",
    # a change in per mille of a rate (下降0.33个千分点), as 个百分点 is in percent
    "个千分点",
    "个月",
    "个小时",
    "个钟头",
    "个星期",
    # a span of quarters (连续三个季度): counted, as 三个月 is; 三季度 names a quarter
    "个季度",
    "季度",
    # rounds of a fight or a tie (两个回合, 第一回合: the first leg), counted as 三轮 is
    "个回合",
    "回合",
    # meals (一天三顿干饭) and pages (第35页, 200多页的报告), counted as other things are;
    # letters (发了六七封), and years as lived (走过了16个年头)
    "顿",
    "页",
    "封",
    "个年头",
    # the volumes of a book (卫辉府志十六卷) and the parts of a whole (分为三部分, 第一部分);
    # 一部分 alone is "some", the article's reading of a bare 一
    "卷",
    "部分",
    # the money of the Republic's last years that diaries and annals price things in (20万金圆券,
    # 值1银圆); counted as the corpus annotates them, not as the currency of a money amount
    "金圆券",
    "银圆",
    "银元",
    "地区",
    # the people of a household (全家三口人, 户均3.2口人) and wells, ponds and cauldrons (打了
    # 三口井): counted as 个 is; a word 口 begins after a number is no count (UNIT_NOUNS)
    "口",
    # strokes and blows counted after a verb of striking (鞭刑3下, 每次只能打三下, 钟敲了12下):
    # only at the end of a phrase (UNITS_AT_END), as 下 before a word begins one (三下乡, 一下子)
    "下",
    # Taiwan's local governments counted together (全台22县市, 6县市): one unit, as 地区 is
    "县市",
    "车道",
    "连冠",
    "连胜",
    "连败",
    "个",
    "名",
    "位",
    "人次",
    "人",
    "户",
    "家",
    "场次",
    "场",
    "次",
    "例",
    "剂",
    "批",
    "项",
    "件",
    "起",
    "宗",
    "笔",
    "条",
    "份",
    "张",
    "台",
    "辆",
    "架",
    "艘",
    "列",
    "座",
    "所",
    "栋",
    "幢",
    "套",
    "间",
    "处",
    "只",
    "头",
    "匹",
    "株",
    "棵",
    "篇",
    "部",
    "本",
    "册",
    "版",
    "期",
    # the stages of a plan, a tournament or a survey (第一阶段, 二阶段抽样), ordered and counted
    # as its rounds (轮) and phases (期) are
    "阶段",
    "届",
    "轮",
    # seasons and quarters counted (一年种两季, 首三季的旅客, 连续三季亏损), as 季度 are
    "季",
    "组",
    "支",
    "队",
    "层",
    "种",
    "类",
    "级",
    "区",
    "地",
    "案",
    "村",
    "镇",
    "县",
    "省",
    "市",
    "国",
    "方面",
    "方",
    "路",
    "餐",
    "样",
    "款",
    "门",
    "节",
    "堂",
    "课",
    "章",
    "票",
    "封",
    "首",
    "幅",
    "双",
    "对",
    "套",
    "届",
    "周年",
    "年代",
    "年级",
    "年度",
    "年",
    "月份",
    "月",
    "周",
    "星期",
    "天",
    "日",
    "号",
    "小时",
    "钟头",
    "分钟",
    # 鍾, a variant of 鐘 that papers in traditional script print (第24分鍾)
    "分鍾",
    "秒钟",
    "秒",
    "时",
    "分",
    "周岁",
    "岁",
    # decades of age (年逾七旬, 八旬老人) or of days (三旬): 上旬, 中旬, 下旬 hold no numeral
    "旬",
    "倍",
    "成",
    # classifiers a single digit counts with in news (五任县长, 连进两球, 三枚金牌)
    "剂次",
    "任",
    "球",
    "枚",
    "颗",
    "粒",
    "穗",
    "根",
    "瓶",
    "箱",
    "句",
    "集",
    "局",
    "盘",
    "趟",
    # classifiers of news reports: stops and rows (第二站, 第一排), titles and gold medals
    # (第14冠, 三金), volumes (第一册), currents of air (两股冷空气), walls and flags (四面墙)
    "站",
    "排",
    "冠",
    "金",
    "册",
    "股",
    "面",
    # the other medals of a tally (38金32银18铜), and a match record, won, drawn and lost
    # (7次交手4平3负, 3胜1负)
    "银",
    "铜",
    "胜",
    "平",
    "负",
    # the last N of a knock-out (进入16强, 四强面对): the round, counted by its players
    "强",
    # scheduled runs (航班82875班), and the compound counts of a vehicle or a run with 次,
    # times (流量5962万辆次, 起降1200架次)
    "辆次",
    "架次",
    "艘次",
    "车次",
    "班次",
    "班",
    # compound units of two place units (西南四省市, 3省区: each place one of them), a count
    # of digits (两位数增长), and a step of a plan or a procedure (第二步, 分三步走)
    "省市",
    "省区",
    "市县",
    "区县",
    "位数",
    "步",
    # units of finance and trade: basis points (下跌84个基点), the tenor of a bond or a loan
    # (10年期国债, 7天期逆回购), containers (2700万标箱), batches (两批次), a stock's run of
    # limit-up days (11连板), the rooms of a flat (两居室), an age counted the old way (100虚岁)
    "个基点",
    "基点",
    "年期",
    "天期",
    "标箱",
    "批次",
    "连板",
    "居室",
    "虚岁",
    "桶",
    # credits of a course (修满20学分), the counts of a tally by item (187条次), a century
    # (20世纪: a date part, as a decade is)
    "学分",
    "条次",
    "世纪",
    # the tenths of a price (打八折, 9折以下: pay eight tenths), as 成 is of a share; a classifier,
    # so a bare 一 before it is no discount (一折两段: snapped in two)
    "折",
    # the literary year of histories and annals (凡七十八载, 三载): the idioms that hold it
    # (千载难逢, 一年半载) are words of the lexicon
    "载",
)

#: Measurement units: counted even after a bare 一 (一米, 一元, 一岁).
MEASURES: Final = (
    "平方公里",
    "平方千米",
    "平方米",
    "立方米",
    "公里",
    "千米",
    "厘米",
    "毫米",
    "米",
    # lengths of the other systems papers print: Taiwan's metric names (公尺 the metre, 公分
    # the centimetre), nanometres of chips and screens in inches (7纳米, 奈米 in Taiwan; 6.6英寸,
    # 吋 in Hong Kong and Taiwan), miles and nautical miles of ships and flights
    "平方公尺",
    "公尺",
    "公分",
    # Taiwan's millimetre (雨量1,100公厘, 250公釐), litre and metric ton
    "公厘",
    "公升",
    "公吨",
    "纳米",
    "奈米",
    "微米",
    "英寸",
    "吋",
    # the pixels of a camera or a screen (1600万像素, 2,070 萬像素)
    "像素",
    "英尺",
    "英里",
    "海里",
    "公顷",
    "亩",
    "吨",
    "千克",
    "公斤",
    "公斤级",
    "克",
    "斤",
    "毫升",
    "升",
    "千瓦时",
    "千瓦",
    "瓦",
    "摄氏度",
    "度",
    "℃",
    "°",
    "元",
    "美元",
    "欧元",
    "港元",
    "港币",
    "日元",
    "英镑",
    "卢布",
    "韩元",
    "澳元",
    *sorted(CURRENCIES_OF_THE_REGION),
    "块钱",
    "块",
    "角",
    # multiples and tenths: 一倍, 一成 are amounts, not articles
    "倍",
    "成",
    # an ounce of a metal's price (2432.1美元/盎司), the square metre as one sign (76458.66㎡)
    "盎司",
    "㎡",
    # the percent of Malaysian and Singaporean papers (约67巴仙, 增长0.8巴仙): the English word
    # in Chinese letters, always a share of a hundred (_kind_of_unit makes it a percent)
    "巴仙",
)

#: Classifiers a price is quoted per as well as measures (72.96美元/桶): a barrel of oil. As a
#: classifier after a bare 一 it is the article (一桶水). Statistics give amounts per head and
#: per household too (人均GDP 107327元/人, 12.5元/人次, 3.2吨/户).
PER_CLASSIFIERS: Final = ("桶", "人", "人次", "户")

#: Units written in Latin letters after Arabic digits (120km/h, 42m, 5kg): a quantity when no
#: letter or digit follows (42m2 and 5G are names or codes).
LATIN_UNITS: Final = (
    "km/h",
    "km²",
    "km",
    "m²",
    "m³",
    "m",
    "cm",
    "mm",
    "nm",
    "kg",
    "g",
    "t",
    "kW",
    "kWh",
    "MW",
    "GW",
    "kV",
    "ml",
    "mL",
    "GB",
    "TB",
    "MB",
    # rates and frequencies of networks and chips (4.6Gbps, 2.4GHz) and a battery's capacity
    # (5000mAh): units as printed after the digits, like the sizes above
    "Gbps",
    "Mbps",
    "GHz",
    "MHz",
    "mAh",
)

#: Two-character words that start with a one-character unit (票房, 人口, 股东): after a number
#: the character begins the word and is no measure word (10亿票房, 65亿人口).
UNIT_NOUNS: Final = frozenset(
    (
        "票房",
        "票价",
        "人口",
        "人民",
        "排名",
        "排行",
        "股东",
        "股份",
        "股票",
        "股市",
        "股权",
        "股价",
        "冠军",
        "面积",
        "面对",
        "面临",
        "面向",
        "台风",
        "期货",
        "期待",
        "金额",
        "金融",
        "金牌",
        "站点",
        "面体",
        "银行",
        "银牌",
        "银河",
        "银色",
        "铜牌",
        "铜像",
        "胜利",
        "胜负",
        "胜诉",
        "胜任",
        "平方",
        "平均",
        "平米",
        "平台",
        "平安",
        "平衡",
        "平稳",
        "平原",
        "平面",
        "平等",
        "平价",
        "负责",
        "负担",
        "负面",
        "负债",
        "负荷",
        "班级",
        "班子",
        "班车",
        "班长",
        "班组",
        "班主",
        "班机",
        "期间",
        "期間",
        "强调",
        "强化",
        "强度",
        "强国",
        "强大",
        "强烈",
        "强制",
        "强势",
        "强者",
        "强行",
        "强劲",
        "强项",
        # 口 begins a word after a number (两口子, 100万口罩, 三口岸): no household nor well
        "口子",
        "口罩",
        "口岸",
        "口径",
        "口号",
        "口味",
        "口感",
        "口服",
        "口腔",
        "口碑",
        "口供",
        "口头",
        "口语",
        "口令",
        "口音",
        "口吻",
        "口气",
        "口中",
        "口水",
        # 折 begins a word after a number (按1:7折合, 5年折旧): no discount
        "折合",
        "折算",
        "折旧",
        "折抵",
        "折射",
        "折腾",
        "折叠",
        "折返",
        "折现",
        "折损",
        "折服",
        "折扣",
    )
)

#: Nouns that count people after Arabic digits with no measure word: the sexes and the
#: casualties of a report (1男5女, 造成2死3伤), and the vehicles of a collision (3车相撞).
#: After Chinese numerals they are left to the idioms (九死一生, 一男半女).
DIGIT_COUNT_NOUNS: Final = frozenset("男女死伤傷车車")
#: Characters after such a noun that make it the first character of a word (5女士, 3男子, 2死者,
#: 3车厢, 5车位, 4车型, 2车队).
COUNT_NOUN_WORD_NEXT: Final = frozenset(
    "子士性生者亡员員人孩童" + "厢廂位型队隊站牌主库庫身窗门門票辆輛"
)

#: One-character units that count only at the end of a phrase (收获三金, 仅获48金的日本):
#: before another character they begin a word (十二金钗, 三金片).
UNITS_AT_END: Final = frozenset(("金", "下"))
#: Characters after such a unit that still end the phrase.
PHRASE_END_AFTER: Final = frozenset("的和与及、")

#: Traditional forms of the characters of measure words and markers (simplified, traditional):
#: every unit and marker is also read in its traditional spelling (6個月, 21歲, 超過10年), and
#: reported as printed.
TRADITIONAL: Final[Mapping[str, str]] = MappingProxyType(
    dict(
        zip(
            "个岁过处项条组级册点将约余场张号时钟车区台辆栋间头只届轮队层类县国门节课双对钱"
            "吨亩块欧镑卢韩笔种镇样颗盘剂顷厘摄户连于内开许来几满负周银铜胜逼强败虚标学纪币马为冲顿页圆阶",
            "個歲過處項條組級冊點將約餘場張號時鐘車區臺輛棟間頭隻屆輪隊層類縣國門節課雙對錢"
            "噸畝塊歐鎊盧韓筆種鎮樣顆盤劑頃釐攝戶連於內開許來幾滿負週銀銅勝逼強敗虛標學紀幣馬為衝頓頁圓階",
            strict=True,
        )
    )
)

#: Date-part units.
DATE_UNITS: Final = frozenset(("年", "月", "日", "号", "月份", "时", "分", "秒"))

#: Units of time a span is counted in (一个月, 三天, 两个小时).
TIME_SPANS: Final = frozenset(
    ("个月", "年", "周", "星期", "个星期", "天", "小时", "个小时", "分钟", "钟头", "个钟头", "秒钟")
)

#: Systems of units that amounts are compounded in, the larger first: 三元五角, 一年六个月,
#: 两斤三两, 三尺五寸 (two single numerals with units of none of them, side by side, are a
#: figure of speech: 一日三秋, 三天两头).
UNIT_SYSTEMS: Final = (
    ("元", "块", "角", "毛", "分"),
    ("年", "个月", "月", "周", "星期", "天", "日", "小时", "时", "分钟", "分", "秒"),
    ("公里", "千米", "里", "丈", "米", "尺", "寸", "厘米", "毫米"),
    ("吨", "公斤", "千克", "斤", "两", "钱", "克"),
    ("公顷", "亩", "分"),
)

#: Set phrases, idioms, names and coined terms that contain numerals and are not quantities.
#: A numeral that any of them covers, even in part, is not a quantity.
SET_PHRASES: Final = (
    # idioms (成语) and fixed expressions whose numeral sits before a measure word
    "一心一意",
    "三心二意",
    "三番五次",
    "三番两次",
    "三天两头",
    "三言两语",
    "三五成群",
    "三三两两",
    "三头六臂",
    "三年五载",
    "一年半载",
    "四面八方",
    "八面玲珑",
    "两面三刀",
    # "two skins": two things that should be one go their own ways (党建和业务两张皮), a
    # saying of the dictionaries, not a count of hides
    "两张皮",
    # verbs of resetting to zero (动态清零阶段, 归零心态): the 零 in them counts nothing, even
    # before a measure word
    "清零",
    "归零",
    # the instances of a trial (第一审程序, 第二审法院): the court that hears a case first or
    # on appeal, named as 一审 and 二审 are (set words of the corpus), no ordinal of trials
    "第一审",
    "第二审",
    # bisection, the method that halves a range again and again (二分法求根, 二分查找算法): a
    # word of mathematics and computing, not two points or two minutes
    "二分法",
    "二分查找",
    "二分搜索",
    # the millennium (千禧年, 千禧一代, 过千禧年): a word of its own, not a thousand of anything;
    # the half-yearly report and period of a company (2024年半年报, 半年度业绩), as 年报 is
    "千禧",
    "半年报",
    "半年度",
    # "a part of" (升级的一部分, 其中一部分): the article 一 before 部分, not one part counted
    "一部分",
    "一日三餐",
    "一日千里",
    "一刻千金",
    "一字千金",
    "一诺千金",
    "一本万利",
    "一落千丈",
    "九牛一毛",
    "十万火急",
    "千方百计",
    "千家万户",
    "千军万马",
    "千变万化",
    "千辛万苦",
    "千山万水",
    "万水千山",
    "成千上万",
    "成千上百",
    "百分百",
    "千篇一律",
    "千人一面",
    "百家争鸣",
    "百花齐放",
    "万家灯火",
    "万人空巷",
    "万马奔腾",
    "百年大计",
    "百年不遇",
    "千载难逢",
    "千钧一发",
    "百尺竿头",
    "百感交集",
    "百战百胜",
    "万事如意",
    "万事俱备",
    "千秋万代",
    "一年到头",
    "一日之计",
    "一席之地",
    "一臂之力",
    "一技之长",
    "一面之词",
    "一次次",
    "一个个",
    "一件件",
    "一批批",
    "一项项",
    "一条条",
    "一张张",
    "一天天",
    "一年年",
    "一步步",
    "一层层",
    "一遍遍",
    "万无一失",
    "万众一心",
    "一五一十",
    "一传十",
    "十传百",
    "百里挑一",
    "十拿九稳",
    "九死一生",
    "七上八下",
    "七嘴八舌",
    "乱七八糟",
    "五花八门",
    "五颜六色",
    "四通八达",
    "四分五裂",
    "五湖四海",
    "接二连三",
    "举一反三",
    "丢三落四",
    "朝三暮四",
    "说一不二",
    "独一无二",
    "一举两得",
    "一石二鸟",
    "两全其美",
    "三令五申",
    "一干二净",
    "一清二楚",
    "一穷二白",
    "十全十美",
    "百发百中",
    "一针见血",
    "一视同仁",
    "一手一足",
    "一砖一瓦",
    "一草一木",
    "一点一滴",
    "一言一行",
    "一朝一夕",
    "一心为党",
    "一心向党",
    "一心为民",
    "一心为公",
    "一带一路",
    "一国两制",
    "一网通办",
    "一件事",
    "一站式",
    "一揽子",
    "一条龙",
    "一盘棋",
    "一张网",
    "一张蓝图",
    "一把手",
    "一刀切",
    "一口气",
    "一下子",
    "一年四季",
    "一次性",
    "一方面",
    "另一方面",
    "任何一个",
    # ordinals that are set terms
    "第一时间",
    "第一书记",
    "第一责任人",
    "第一生产力",
    "第一动力",
    "第一资源",
    "第一线",
    "第一手",
    "第三方",
    "三次产业",
    "五金",
    # names of stock indices, a market's and the number of its shares (沪深300指数收盘报3025点)
    "上证50",
    "上证180",
    "上证380",
    "沪深300",
    "中证100",
    "中证500",
    "中证800",
    "中证1000",
    "中证2000",
    "深证100",
    "创业板50",
    "科创50",
    "科创100",
    "北证50",
    "富时A50",
    "标普500",
    "纳斯达克100",
    "日经225",
    "罗素2000",
    # 滬 is no character of the fold table (the phrases are looked up in folded text, so the
    # others in traditional characters, 上證50 …, are found as their simplified forms)
    "滬深300",
    # plans, festivals and other names
    "十四五",
    "十三五",
    "十二五",
    "十一五",
    "十五五",
    "五一劳动",
    "五一国际",
    "五一节",
    "五一假期",
    "五一长假",
    "五四青年",
    "五四运动",
    "五四精神",
    "三八红旗",
    "三八妇女",
    "三八节",
    "六一儿童",
    "六一节",
    "七一勋章",
    "七一讲话",
    "八一建军",
    "八一勋章",
    "八一南昌",
    "十一国庆",
    "十一黄金周",
    "十一长假",
    "九一八",
    "双十一",
    "双十二",
    "双11",
    "双12",
    "三农",
    "两会",
    "两新",
    "两岸",
    "两委",
    "三公",
    "四风",
    "三严三实",
    "两学一做",
    "四个意识",
    "四个全面",
    "四个伟大",
    "四个现代化",
    "三个代表",
    "三个务必",
    "两个毫不动摇",
    "两个结合",
    "五位一体",
    "八荣八耻",
    "八项规定",
    "百人计划",
    "千人计划",
    "万人计划",
    "十一期间",
    "十一假期",
    "五一期间",
    "七匹狼",
    "四个自信",
    "两个确立",
    "两个维护",
    "两个一百年",
    "八八战略",
    "五水共治",
    "三改一拆",
    "四张清单",
    "最多跑一次",
    "一键",
    "一码通",
    # places containing numerals
    "四川",
    "三亚",
    "三明",
    "三门峡",
    "三沙",
    "九江",
    "九龙",
    "九寨沟",
    "六安",
    "六盘水",
    "七台河",
    "十堰",
    "万宁",
    "万州",
    "五指山",
    "五常",
    "八达岭",
    "二连浩特",
    "百色",
    "千岛湖",
    "万里长城",
    # names of things that happen to contain numerals
    "二十四节气",
    "一千零一夜",
    "三国演义",
    "三国志",
    "五台山",
    "五代十国",
    "三国两晋",
    "第三世界",
    "第一次世界大战",
    "第二次世界大战",
    "一亩三分地",
    "三只松鼠",
    "六个核桃",
    "百家姓",
    "二十国集团",
    "七国集团",
    "八国集团",
    "八国联军",
    "六方会谈",
    "新三样",
    "老三样",
    # idioms and adverbs found being read by a check of about 410 more words
    "七零八落",
    "八九不离十",
    "十有八九",
    "略知一二",
    "一是一",
    "二是二",
    "一年一度",
    "一时半会",
    "一时半刻",
    "一块儿",
    "三位一体",
    "八方支援",
    "三座大山",
    # shapes and vehicles: 角 and 轮 here are no currency or rounds
    "三角形",
    "三角洲",
    "三角债",
    "五角星",
    "五角大楼",
    "六角形",
    "八角形",
    "三轮车",
    "两轮车",
    "四轮驱动",
)

# Word contexts written as slot sequences: each slot lists the strings that may fill it, and
# "" means the slot may stay empty. paper_parser.numerals builds one regex from each shape
# and reads from the same data which character pairs a match can contain, so a numeral
# whose neighbours form no such pair is known to lie outside every one of them.
_CN_1_9: Final = tuple("一二三四五六七八九")
_CN_1_10: Final = (*_CN_1_9, "十")
WordShape = tuple[tuple[str, ...], ...]

#: Weekday names: 星期四, 礼拜天, 周四 (the numeral is part of a name, not a count).
WEEKDAY_SHAPES: Final[tuple[WordShape, ...]] = (
    (("星期", "礼拜"), (*"一二三四五六日天", *"1234567")),
    (("周",), tuple("一二三四五六日")),
)

#: Rank titles: 三级高级检察官, 一级警督, 二级教授 (a grade, not a count); hospital grades:
#: 三级甲等医院.
RANK_SHAPES: Final[tuple[WordShape, ...]] = (
    (
        (*_CN_1_10, *"123456789"),
        ("", *_CN_1_10),
        ("级",),
        ("", "高级", "主任", "首席", "特级"),
        (
            "检察官",
            "法官",
            "警监",
            "警督",
            "警司",
            "警员",
            "主任科员",
            "调研员",
            "巡视员",
            "职员",
            "研究员",
            "教授",
            "教师",
            "律师",
            "技师",
            "工程师",
            "运动员",
            "演员",
            "厨师",
            "作家",
            "编剧",
            "导演",
            "医师",
            "护士",
            "翻译",
            "编辑",
            "记者",
            "美术师",
            "调解员",
            "指挥",
            "士官",
            "军士",
        ),
    ),
    (("一", "二", "三"), ("级",), ("甲", "乙", "丙"), ("等",)),
    # grades of emergency responses and of protection: 二级响应, 国家一级保护动物
    (
        ("一", "二", "三", "四"),
        ("级",),
        ("响应", "应急响应", "预警", "保护动物", "保护植物", "文物"),
    ),
)

#: Coined terms of the form 六字诀, 八字方针, 八大行动, 十九届六中全会, and the plenary
#: sessions of a term of any body (县委十四届三次全会, 市委十二届九次全体会议): names.
COINED_SHAPES: Final[tuple[WordShape, ...]] = tuple(
    (
        (*_CN_1_10, "两"),
        ("", *_CN_1_10, "两"),
        ("", *_CN_1_10, "两"),
        *tail,
    )
    for tail in (
        (("字",), ("诀", "方针", "经", "真言", "要诀", "口诀", "箴言")),
        (("大",), ("行动", "工程", "战略", "任务")),
        # (十四届五中 without 全会 as papers shorten it; a numeral and 中 after 届 that is no
        # session is a school's name, 2019届五中毕业生: a name either way)
        (("届",), _CN_1_9, ("中全会", "中")),
        (("届",), _CN_1_10, ("", *_CN_1_10), ("次全会", "次全体会议", "次全委会", "次会议")),
    )
)

#: Sessions of congresses: 十四届全国人大二次会议, 十三届全国政协 (names, not counts).
SESSION_SHAPES: Final[tuple[WordShape, ...]] = (
    (
        _CN_1_10,
        ("", *_CN_1_10),
        ("", *_CN_1_10),
        ("届",),
        ("全国人大", "全国政协", "人大", "政协", "中央委员会", "中央纪委"),
    ),
    (
        ("人大", "政协", "常委会"),
        _CN_1_10,
        ("", *_CN_1_10),
        ("次会议", "次全体会议"),
    ),
)

#: Degree adverbs spelled with numerals: 十分重要 ("very"), 万分感谢 ("extremely"). A score
#: (得了十分), a duration (十分钟) or a fraction (十分之一) is still a number.
ADVERB_PATTERN: Final = (
    r"(?<![拿扣加减满了获分第零〇一二两三四五六七八九十百千万萬兩0-9])"  # (in both spellings)
    # after 得 only before a word: 进行得十分成功 (a complement), but 得十分 (scored ten)
    r"(?:(?<!得)十二?分(?![钟鐘之制])|(?<=得)十二?分(?=\p{Han})(?![钟鐘之制的]))"
    r"|(?<![零〇一二两三四五六七八九十百千0-9])万分(?!之)"
    # 十二万分 ("most heartily", as 十二分 and 万分): 十二万分感谢, 十二万分的敬意
    r"|(?<![零〇一二两三四五六七八九十百千万0-9])十二万分(?![钟之])"
    # 一度 "at one time" (股价一度上涨), but 下降一度, 零下一度 and 一度电 are measures
    r"|(?<![升降高低上下了零〇一二两三四五六七八九十百千万0-9])一度(?![电])"
    # 四处 "everywhere" (四处打探, 四处奔走: a word of the dictionary, as 到处); a count of
    # places is printed after a verb of having or in a list (共有四处, 这四处, 三、四处) or,
    # in news, in digits (4处). 四处长 is the head of the fourth division.
    r"|(?<![有共计計这這那另等、和及第零〇一二两三四五六七八九十百千万萬兩0-9])四[处處](?![长長])"
)
#: Every string ADVERB_PATTERN matches.
ADVERB_WORDS: Final = ("十分", "十二分", "万分", "十二万分", "一度", "四处", "四處")

#: Characters that make an adjacent number part of an identifier (K210, CN33, zjgrxb@163.com).
IDENT_NEIGHBOURS: Final = r"A-Za-z@#/_&=\\"

#: House-number context: 学院路107号 (a road-like word before the number).
ROAD_ENDINGS: Final = frozenset("路街道巷弄里村号楼栋室幢大厦单元区")

#: A number printed right before 楼 with no measure word between names a floor or a building
#: (住在7楼, 坠至1楼, 三楼阳台): buildings and storeys are counted with one (两栋楼, 18层楼),
#: so the bare number is a label, not a quantity.
FLOOR_CHARS: Final = frozenset("楼樓")

#: Words right after a bare number that make it a telephone or service number (120急救,
#: 12345热线, 110报警, 96110专线): a paper counts calls, lines or cars with a measure word
#: (3部电话, 两条热线), so digits alone before these words are the number dialled.
PHONE_WORDS_AFTER: Final = (
    "急救",
    "热线",
    "熱線",
    "报警",
    "報警",
    "求助",
    "电话",
    "電話",
    "专线",
    "專線",
    "指挥中心",
    "指揮中心",
    # the police of the service dialled (110民警, 110巡警 arrived): a paper counts officers
    # with a measure word (3名民警), so digits alone before them name the service
    "民警",
    "巡警",
    "接警",
)
#: Words right after a number and 路 that make it the route of a bus or tram (780路公交车, 1路
#:电车, 11路巴士): a paper counts roads with a measure word (3条路), so digits and 路 before a
#: vehicle name a line, not a number of roads.
ROUTE_WORDS_AFTER: Final = (
    "公交",
    "公共汽车",
    "公共汽車",
    "公车",
    "公車",
    "巴士",
    "小巴",
    "电车",
    "電車",
    "班车",
    "班車",
    "车",
    "車",
)
#: The emergency numbers of the mainland (110 police, 119 fire, 120 ambulance, 122 traffic) and
#: of Hong Kong and Macao (999): printed bare, with no unit, they name the service (聊城市120了解
#: 到, 120共出动604次, 拨打110、120求助); a paper counts with a unit (120人, 跌120点).
#: Characters before a Chinese numeral and 路 after which the two count columns or lines
#: (兵分三路, 分成两路, 这三路, 第三路, 一、二路): verbs of dividing, determiners, 第 and the
#: joints of a list. After any other word the numeral is part of a road's name (经十一路,
#: 纬二路, 中山二路, 建设三路): cities number the parallel roads of a grid and the sections of a
#: long road so, and a paper counts roads with a measure word (三条路), not with 路 alone.
ROAD_COUNT_BEFORE: Final = frozenset("分成为為这這那每各几幾第兵和与與及、多")
#: Words right before digits and 路 that make them a route as well (公交28路, 巴士11路).
ROUTE_WORDS_BEFORE: Final = ("公交", "公交车", "公交車", "巴士", "线路", "線路")
EMERGENCY_NUMBERS: Final = frozenset(("110", "119", "120", "122", "999"))
#: Verbs of dialling before a bare number: 拨打120, 撥打999, 致电12345.
PHONE_WORDS_BEFORE: Final = ("拨打", "撥打", "拨通", "撥通", "致电", "致電", "呼叫")


# --- reading a numeral's neighbours -------------------------------------------------------------

#: Words of age at death: a bare numeral after one is an age (享年八十五, 享壽九十六).
AGE_WORDS: Final = frozenset(("享年", "享寿", "享壽", "终年", "終年", "得年"))

#: Verbs of change and comparison: a bare numeral after one is a quantity (增长二十, 下降三).
CHANGE_VERBS: Final = frozenset(
    (
        "增长",
        "增加",
        "下降",
        "减少",
        "提高",
        "降低",
        "上升",
        "上涨",
        "下跌",
        "回落",
        "增至",
        "降至",
        "减至",
        "升至",
        "涨至",
        "跌至",
        "达到",
        "高出",
        "多出",
        "扩大",
        "缩小",
    )
)

#: Units that make 二 (not 两, the counting form) a label: 二期工程, 二类, 二级.
LABEL_UNITS: Final = frozenset(("期", "类", "级", "等", "代", "批", "轮", "届", "季", "组"))
#: Units that are labels after any numeral: 三年级.
ALWAYS_LABEL_UNITS: Final = frozenset(("年级",))

#: Units that are also the first character of a noun (市民, 省委, 国家, 村民, 地区): after
#: 余/多/来, 万/亿/百/千 or 近 they are read as the noun (一万多市民), not as a measure word.
PLACE_UNITS: Final = frozenset("市省县区村镇国地")

#: What 半 alone counts (已历半月, 半个月, 半年); 上半年, 一半, 多半 are no quantities.
HALF_UNITS: Final = (
    "个月",
    "个小时",
    "个钟头",
    "个星期",
    "年",
    "月",
    "天",
    "日",
    "小时",
    "周",
    "星期",
    "斤",
    "公斤",
    "亩",
    "个",
    # half a century (大马半世纪), as 半年 is half a year
    "世纪",
)
#: Characters before 半 that make it part of a word: 上半年, 下半场, 一半, 大半, 多半, 过半.
HALF_WORD_BEFORE: Final = frozenset("上下前后一大多过减参折对")

#: Names of eras whose years papers print (民国三十六年, 光绪三十四年, 昭和二十年, 公元前221年):
#: a year number right after one is a year of that calendar, a date part, never a count of
#: years. The Republic, the reign titles of the Ming and Qing (the eras of most dates a paper
#: quotes from history, local annals and old documents), Japan's modern eras and 公元.
ERA_NAMES: Final = (
    "民国",
    "民國",
    "公元",
    "公元前",
    "西元",
    "西元前",
    "洪武",
    "永乐",
    "永樂",
    "宣德",
    "正统",
    "景泰",
    "天顺",
    "成化",
    "弘治",
    "正德",
    "嘉靖",
    "隆庆",
    "隆慶",
    "万历",
    "萬曆",
    "天启",
    "天啟",
    "崇祯",
    "崇禎",
    "顺治",
    "順治",
    "康熙",
    "雍正",
    "乾隆",
    "嘉庆",
    "嘉慶",
    "道光",
    "咸丰",
    "咸豐",
    "同治",
    "光绪",
    "光緒",
    "宣统",
    "宣統",
    "明治",
    "大正",
    "昭和",
    "平成",
    "令和",
)

#: Financial (大写) numeral characters: alone, they are numbers only before a money unit
#: (队伍人数 holds no 伍, 拾人牙慧 no 拾, 陆地 no 陆).
FORMAL_CHARS: Final = frozenset("壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟")
#: What may follow a lone financial character that is a number.
FORMAL_CONTEXT_AFTER: Final = frozenset("元圆角分整万萬亿億")

#: Characters X that make X数 a word (人数, 次数, 总数, 少数): 数 then ends the word, and is
#: no vague count before the numeral after it (人数十万 is 100000).
SHU_WORD_BEFORE: Final = frozenset(
    "人次户总岁分指少多无参系倍天字票件位基函变礼半全计读常乘除整小奇偶实虚招路步"
)

#: Words before 一时 that make it a time of day (凌晨一时); elsewhere 一时 is "for a while".
ONE_TIME_BEFORE: Final = frozenset("晨午晚夜早")
