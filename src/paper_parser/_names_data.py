"""Chinese surnames, for telling a bare printed name from a word.

A name printed without a label (``李非`` under a commentary headline, ``（龚青）`` closing a
brief) is read as a person only when it starts with a surname. The list is the common
single-character surnames of the traditional 百家姓 (public domain, Song dynasty) plus the
frequent modern ones, in simplified and traditional forms, and the compound surnames.
It was written out by hand from those public lists; a surname missing here costs recall on
bare names only (labelled names such as ``记者X`` need no surname check).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = ["COMMON_SURNAMES", "COMPOUND_SURNAMES", "SURNAMES"]

_SIMPLIFIED = (
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛"
    "奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康"
    "伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵"
    "席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗"
    "丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫"
    "乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄"
    "印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂"
    "濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘"
    "匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相"
    "查后荆红游竺权逯盖益桓公仉督岳帅缑亢况郈有琴归海晋楚闫法汝鄢涂钦商牟佘佴伯赏墨哈谯笪年爱"
    "阳佟言福肖覃代付钟庹母练揭税粟晏冼佀但字门位次衣银旷区卿买谌朴达邸操侍亓兰符楼"
)
_TRADITIONAL = (
    "趙錢孫鄭馮陳衛蔣韓楊許呂張嚴華葛範魯韋鳳費廉薛賀湯羅畢鄔樂時齊顧萊穆蕭湯鄧龔嚴莊閻劉葉"
    "黎蘇潘賴盧蔡顏鍾鐘譚歐陽餘滕聶龐謝韓饒馬麥鄒賈萬關雲魏鮑藍閔羅鄺黃龍彭嶽岳陸盧龐"
)

# Each simplified surname whose traditional form differs, then that form (赵趙 钱錢 …):
# a name is the same name in either script, so a page printed in traditional characters (a
# Hong Kong, Macau, Taiwan or overseas paper, or a copy site's conversion: 樓淑敏, 欒英杰,
# 區翠恩, 簡秀枝) gets the same reading as a simplified one. Written out by hand from the
# standard character forms; :data:`SURNAMES` and :data:`COMMON_SURNAMES` take the
# traditional form of every simplified surname they hold.
_TRADITIONAL_FORMS = (
    "赵趙钱錢孙孫郑鄭冯馮陈陳卫衛蒋蔣韩韓杨楊许許吕呂张張严嚴华華谢謝邹鄒窦竇苏蘇吴吳"
    "鲁魯韦韋马馬凤鳳鲍鮑费費贺賀汤湯罗羅毕畢邬鄔乐樂时時齐齊顾顧黄黃萧蕭贝貝计計谈談庞龐"
    "纪紀项項蓝藍闵閔强強贾賈娄婁颜顏钟鍾骆駱万萬卢盧经經缪繆应應贲賁邓鄧单單诸諸钮鈕龚龔"
    "陆陸荣榮储儲乌烏车車宫宮宁寧栾欒钭鈄厉厲刘劉龙龍叶葉蓟薊怀懷从從赖賴蔺藺乔喬阴陰苍蒼"
    "双雙闻聞谭譚贡貢劳勞郦酈却卻寿壽边邊郏郟农農温溫别別庄莊阎閻连連习習鱼魚终終满滿国國"
    "广廣禄祿阙闕东東欧歐师師巩鞏厍厙聂聶阚闞简簡饶饒养養须須丰豐关關荆荊红紅权權盖蓋帅帥"
    "缑緱况況归歸闫閆钦欽赏賞谯譙爱愛阳陽练練税稅门門银銀旷曠区區买買谌諶达達兰蘭楼樓"
    "芦蘆邝鄺晋晉云雲"
)
_TRADITIONAL_OF: Final = MappingProxyType(
    dict(zip(_TRADITIONAL_FORMS[::2], _TRADITIONAL_FORMS[1::2], strict=True))
)


def _with_traditional(chars: str) -> frozenset[str]:
    """``chars`` and the traditional form of each (:data:`_TRADITIONAL_FORMS`)."""
    return frozenset(chars) | {_TRADITIONAL_OF[c] for c in chars if c in _TRADITIONAL_OF}


#: Single-character surnames (simplified and traditional forms).
SURNAMES: frozenset[str] = _with_traditional(_SIMPLIFIED) | frozenset(_TRADITIONAL)

#: Two-character (compound) surnames.
COMPOUND_SURNAMES: frozenset[str] = frozenset(
    [
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "轩辕",
        "令狐",
        "钟离",
        "端木",
        "独孤",
        "南宫",
        "西门",
        "呼延",
        "澹台",
        "公冶",
        "太史",
        "申屠",
        "闻人",
        "赫连",
        "万俟",
        "拓跋",
        "百里",
        "东郭",
        "第五",
        "歐陽",
        "諸葛",
        "長孫",
        "鍾離",
        "軒轅",
    ]
)

#: The hundred or so most frequent surnames (they cover most of the population). A bare
#: two-character "name" must start with one of these: 广告, 路径 and 文化 start with rare
#: surnames and are words far more often than names.
COMMON_SURNAMES: frozenset[str] = _with_traditional(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤康易乔赖文庞樊兰殷施陈洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂丛"
    "焦向柳邢路岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈"
    "鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳解强柴华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧"
    "畅宫来嵺苟全褚廉简娄盖符奚木穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙计喻揭窦迟宇敖糜鄢冷卓花仇艾"
    "蓝都巩稽井练仲乐虞卞封竺冼原官衣楚佟栗匡宗应台巫鞠僧桑荆谌银揭"
    # From the 200 most frequent modern surnames, those missing above, less the ones that
    # mostly begin words (尚和明师沙荣农麻麦: 尚未, 和平, 明天 ...).
    "常骆蒲缪岑佘邝寇"
    "張劉陳楊黃趙吳孫馬鄭謝許馮鄧蔣葉蘇呂盧鍾譚陸賈韋鄒龔嚴顏聶羅錢賴"
)
