"""Known papers and their CN numbers (private; used by :mod:`paper_parser.masthead`).

The table is curated by hand and deliberately incomplete: it lists only major national and
provincial papers whose CN numbers the maintainers are confident of. A paper missing from it
is still parsed; the table only lets a known CN number name the paper when the name line is
lost, and lets a known name line be recognised anywhere in the masthead block.
Contributions need a source (a scanned masthead) for the CN number.
"""

from __future__ import annotations

import attrs

__all__ = ["KNOWN_PAPERS", "KnownPaper", "paper_by_cn", "paper_by_name"]


@attrs.frozen(kw_only=True)
class KnownPaper:
    """One paper of the table: its name, other printed forms of the name, its CN number."""

    name: str
    cn: str
    variants: tuple[str, ...] = ()


KNOWN_PAPERS: tuple[KnownPaper, ...] = (
    # National dailies.
    KnownPaper(name="人民日报", cn="11-0065", variants=("人民日報",)),
    KnownPaper(name="光明日报", cn="11-0026", variants=("光明日報",)),
    KnownPaper(name="经济日报", cn="11-0014", variants=("經濟日報",)),
    KnownPaper(name="工人日报", cn="11-0002", variants=("工人日報",)),
    KnownPaper(name="中国青年报", cn="11-0061", variants=("中國青年報",)),
    # Provincial papers.
    KnownPaper(name="解放日报", cn="31-0001", variants=("解放日報",)),
    KnownPaper(name="浙江日报", cn="33-0001", variants=("浙江日報",)),
    KnownPaper(name="南方日报", cn="44-0001", variants=("南方日報",)),
    KnownPaper(name="浙江工人日报", cn="33-0018", variants=("浙江工人日報",)),
    KnownPaper(name="新华日报", cn="32-0001", variants=("新華日報",)),
    KnownPaper(name="大众日报", cn="37-0001", variants=("大眾日報",)),
    KnownPaper(name="河南日报", cn="41-0001", variants=("河南日報",)),
    KnownPaper(name="湖北日报", cn="42-0001", variants=("湖北日報",)),
    KnownPaper(name="四川日报", cn="51-0001", variants=("四川日報",)),
)

_BY_CN: dict[str, KnownPaper] = {p.cn: p for p in KNOWN_PAPERS}
_BY_NAME: dict[str, KnownPaper] = {form: p for p in KNOWN_PAPERS for form in (p.name, *p.variants)}


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
