"""Hypothesis strategies shared by the test modules.

Each area of the library keeps its strategies in its own section below.
``from_regex`` only speaks the stdlib ``re`` dialect, so character classes are spelled out
here rather than with ``\\p{Han}``.
"""

from __future__ import annotations

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
            list("浙江工人日报记者摄\n\r \t\u3000\u00a0\u200b\ufeff\u00ad○〇—－-,，:：0１Ａa")
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


# --- numerals (issue 3) ---------------------------------------------------------------------

# --- calendar (issue 4) ---------------------------------------------------------------------

# --- identifiers and masthead (issue 5) -----------------------------------------------------

# --- bylines and segmentation (issue 6) -----------------------------------------------------
