"""Paired brackets for the pure-Python bidi algorithm (UAX #9 rule N0).

python-bidi's ``bidi.algorithm`` (the one that mirrors brackets) implements
the bidi algorithm from before Unicode 6.3, without rule N0. Without it, in
«سازمان Green Future (GF) است» the «(» takes the direction of the Latin text
around it and the «)» that of the line, and the pair prints as
«(Green Future (GF». :func:`settle_brackets` adds an invisible directional
mark after such a closing bracket so that the old rules reach N0's result;
the caller removes the marks after reordering (:data:`DIRECTION_MARKS`).
"""

from __future__ import annotations

import re
import unicodedata

LRM = "\u200e"
RLM = "\u200f"
DIRECTION_MARKS = re.compile("[\u200e\u200f]")
_BRACKETS = {"(": ")", "[": "]", "{": "}", "\u00ab": "\u00bb"}
_CLOSERS = {closing: opening for opening, closing in _BRACKETS.items()}
_MAX_DEPTH = 63  # BD16


def _strong_types(line: str) -> list[str | None]:
    """Each character's strong direction as rule N0 sees it: "L", "R" or None.

    Arabic letters and Arabic numbers count as R; a European number counts as
    L after Latin text (rule W7) and as R otherwise; the line starts as R.
    """
    kinds: list[str | None] = []
    last = "R"
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            last = "L"
            kinds.append("L")
        elif kind in ("R", "AL"):
            last = "R"
            kinds.append("R")
        elif kind == "AN":
            kinds.append("R")
        elif kind == "EN":
            kinds.append(last)
        else:
            kinds.append(None)
    return kinds


def settle_brackets(line: str) -> str:
    """``line`` with a mark after every closing bracket whose pair N0 would resolve
    differently from the old rules.

    That is a pair that holds left-to-right text and nothing right-to-left:
    N0 gives both brackets the direction of the text before the opening
    bracket, which an LRM or RLM after the closing bracket reproduces.
    Pairs are settled in the order of their opening brackets and a settled
    pair counts as strong text for the pairs after it, as N0 says.

    Guillemets «…» are paired too (UAX #9 does not list them as brackets, but
    Persian uses them as its quotation marks): without that, in
    «سمن «Green Future» (GF)» the closing guillemet joins the Latin run
    around it and prints on the wrong side.
    """
    if not any(char in _CLOSERS for char in line):
        return line
    pairs = _pairs(line)
    if not pairs:
        return line
    kinds = _strong_types(line)
    marks: dict[int, str] = {}
    for opening, closing in pairs:
        inside = set(kinds[opening + 1 : closing])
        if "R" in inside:
            kinds[opening] = kinds[closing] = "R"  # N0 b: the embedding direction
            continue
        if "L" not in inside:
            continue  # no strong text inside: the brackets stay neutral (N0 d)
        before = next((kind for kind in reversed(kinds[:opening]) if kind), "R")
        marks[closing] = LRM if before == "L" else RLM
        kinds[opening] = kinds[closing] = before
    if not marks:
        return line
    return "".join(char + marks.get(index, "") for index, char in enumerate(line))


def _pairs(line: str) -> list[tuple[int, int]]:
    """Bracket pairs (BD16), as (opening, closing) indexes in order of the opening bracket."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for index, char in enumerate(line):
        if char in _BRACKETS:
            if len(stack) == _MAX_DEPTH:  # BD16: stop pairing on overflow
                break
            stack.append((char, index))
        elif char in _CLOSERS:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == _CLOSERS[char]:
                    pairs.append((stack[depth][1], index))
                    del stack[depth:]
                    break
    return sorted(pairs)
