"""Known papers and their CN numbers (private; used by :mod:`paper_parser.masthead`).

The table is curated by hand and deliberately small: every entry says where its facts were
checked (``source``), and an entry whose CN number could not be checked has ``cn=None``. A
paper missing from it is still parsed; the table only lets a known CN number name the paper
when the name line is lost, lets a known name printed as a token be recognised as masthead
furniture anywhere in the block, and flags a name that contradicts the printed CN number.
Contributions need a source: a masthead printing the number, or an encyclopedia infobox.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

__all__ = ["KNOWN_PAPERS", "KnownPaper", "paper_by_cn", "paper_by_name"]


@attrs.frozen(kw_only=True)
class KnownPaper:
    """One paper of the table.

    Attributes:
        name: The name as printed in simplified characters.
        cn: The normalised CN number (``"11-0026"``), or ``None`` when it was not checked.
        variants: Other printed forms of the name (traditional characters).
        source: Where the name and the CN number were checked.
    """

    name: str
    cn: str | None
    variants: tuple[str, ...] = ()
    source: str


KNOWN_PAPERS: tuple[KnownPaper, ...] = (
    KnownPaper(
        name="人民日报",
        cn="11-0065",
        variants=("人民日報",),
        source="name: corpus/renmin-ribao-2025-10-20-v*.pdftotext.txt (real pages); CN: a public "
        "knowledge-graph data file listing 国内刊号 CN11-0065 (one third-party source)",
    ),
    KnownPaper(
        name="光明日报",
        cn="11-0026",
        variants=("光明日報",),
        source="name: corpus/web/guangming-ribao-*.txt (real pages); CN and ISSN 1002-3666: the "
        "Chinese Wikipedia infobox of 光明日報 (seen through two mirrors)",
    ),
    KnownPaper(
        name="中国青年报",
        cn="11-0061",
        variants=("中國青年報",),
        source="name: corpus/web/zhongguo-qingnianbao-2013-04-27-04.txt (real page); CN: the "
        "Chinese Wikipedia infobox of 中国青年报 (seen through a mirror)",
    ),
    KnownPaper(
        name="浙江工人日报",
        cn="33-0018",
        variants=("浙江工人日報",),
        source="printed in the masthead of corpus/zhejiang-gongren-ribao-2021-12-23-p1.txt "
        "(国内统一刊号:CN33—0018)",
    ),
    KnownPaper(
        name="新华每日电讯",
        cn=None,
        variants=("新華每日電訊",),
        source="name: corpus/web/xinhua-meiri-dianxun-*.txt (稿件来源:新华每日电讯, real pages); "
        "CN not checked",
    ),
)

_BY_CN: Mapping[str, KnownPaper] = MappingProxyType(
    {p.cn: p for p in KNOWN_PAPERS if p.cn is not None}
)
_BY_NAME: Mapping[str, KnownPaper] = MappingProxyType(
    {form: p for p in KNOWN_PAPERS for form in (p.name, *p.variants)}
)


def paper_by_cn(cn: str) -> KnownPaper | None:
    """The known paper with the normalised CN number ``cn`` (``"33-0018"``), if any.

    >>> paper_by_cn("11-0065").name
    '人民日报'
    """
    return _BY_CN.get(cn)


def paper_by_name(name: str) -> KnownPaper | None:
    """The known paper printed as ``name`` (simplified or traditional), if any.

    >>> paper_by_name("光明日報").cn
    '11-0026'
    """
    return _BY_NAME.get(name)


#: Every printed form of every known name, longest first (for one alternation pattern).
KNOWN_NAME_FORMS: tuple[str, ...] = tuple(sorted(_BY_NAME, key=lambda s: (-len(s), s)))
