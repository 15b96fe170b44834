"""Tables behind :mod:`paper_parser.identifiers` (private).

Sources: GB/T 2260 province codes (the first two digits are the CN region code, GB/T
9999.1-2018) and China Post's provincial numbering of 邮发代号 prefixes, as summarised in the
project's reference notes. Sources disagree on Beijing's extra postal prefixes, so they are
reported as information only.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["CN_REGIONS", "POSTAL_PROVINCES"]

#: CN region code -> province-level region (short name). 10 is Beijing's overflow block.
CN_REGIONS: Mapping[str, str] = MappingProxyType(
    {
        "10": "北京",
        "11": "北京",
        "12": "天津",
        "13": "河北",
        "14": "山西",
        "15": "内蒙古",
        "21": "辽宁",
        "22": "吉林",
        "23": "黑龙江",
        "31": "上海",
        "32": "江苏",
        "33": "浙江",
        "34": "安徽",
        "35": "福建",
        "36": "江西",
        "37": "山东",
        "41": "河南",
        "42": "湖北",
        "43": "湖南",
        "44": "广东",
        "45": "广西",
        "46": "海南",
        "50": "重庆",
        "51": "四川",
        "52": "贵州",
        "53": "云南",
        "54": "西藏",
        "61": "陕西",
        "62": "甘肃",
        "63": "青海",
        "64": "宁夏",
        "65": "新疆",
    }
)

# Pairs of (newspaper prefix, province); the magazine prefix is the next even number.
_POSTAL_PAIRS: tuple[tuple[int, str], ...] = (
    (1, "北京"),
    (3, "上海"),
    (5, "天津"),
    (7, "辽宁"),
    (11, "吉林"),
    (13, "黑龙江"),
    (15, "内蒙古"),
    (17, "河北"),
    (21, "山西"),
    (23, "山东"),
    (25, "安徽"),
    (27, "江苏"),
    (31, "浙江"),
    (33, "福建"),
    (35, "河南"),
    (37, "湖北"),
    (41, "湖南"),
    (43, "江西"),
    (45, "广东"),
    (47, "广西"),
    (51, "陕西"),
    (53, "甘肃"),
    (55, "青海"),
    (57, "新疆"),
    (61, "四川"),
    (63, "云南"),
    (65, "贵州"),
    (67, "西藏"),
    (73, "宁夏"),
    (77, "重庆"),
    (83, "海南"),
)

#: 邮发代号 prefix -> province of publication (odd: newspapers, even: magazines).
POSTAL_PROVINCES: Mapping[int, str] = MappingProxyType(
    {
        **dict(_POSTAL_PAIRS),
        **{prefix + 1: province for prefix, province in _POSTAL_PAIRS},
        80: "北京",
        81: "北京",
        82: "北京",
    }
)
