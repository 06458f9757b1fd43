"""Normalise ad text before indicator matching, keeping a map back to the original.

Posters disguise words and numbers to get past filters. The normaliser undoes the common
tricks so that one pattern per phrase is enough:

- case, accents and look-alike letters (fullwidth, mathematical bold, Cyrillic/Greek
  homoglyphs) fold to plain lower-case ASCII;
- coded emoji (cherry, crown, roses, airplane, growing heart ...) become one code
  character each (see :data:`EMOJI_CODES`), every other symbol becomes a space;
- leetspeak inside words (``y0ung``, ``fr3sh``, ``$exy``) becomes letters, while numbers
  that stand alone (prices, ages) stay digits;
- letters spaced out (``y o u n g``, ``y.o.u.n.g``) are joined;
- phone numbers written out, split or mixed (``two one six 555 O1 23``) become one run of
  digits; a phone that was disguised is written with a leading ``#`` so that a pattern
  (AD-03) can tell it from a plainly written one. Only runs that can be a North American
  number count (:func:`is_phone_number`); posting times, dates, IP addresses, price lists
  and HTML entity residue stay as they were.

The first three steps keep one output character per input character, which is what
makes the fast path fast (``str.translate`` and a C regex, no Python loop per
character). Only the last two change lengths; they are recorded as segments, and
:meth:`NormalisedText.to_original` maps any span of the normalised text back to the
original text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

import hyperscan

from knowable.catalogue.text import text_tables

#: Emoji with a documented coded meaning in commercial-sex ads, and the code character
#: each folds to. Control characters are never produced otherwise, so codes cannot clash.
#: Emoji with a documented coded meaning in commercial-sex ads, and the code character
#: each folds to (catalogue/text.yml).
EMOJI_CODES: dict[str, str] = {k: chr(v) for k, v in text_tables().emoji_codes.items()}

_EMOJI_CHARS: dict[str, str] = dict(text_tables().emoji_chars)

# Look-alike letters NFKD does not fold (Cyrillic, Greek) -> ASCII.
_HOMOGLYPHS = dict(text_tables().homoglyphs)


def _fold_one(char: str) -> str:
    if char.isascii():
        if char.isalnum():
            return char.lower()
        return char if char in "$@!|" else " "
    emoji = _EMOJI_CHARS.get(char)
    if emoji is not None:
        return EMOJI_CODES[emoji]
    lowered = char.lower()
    if lowered in _HOMOGLYPHS:
        return _HOMOGLYPHS[lowered]
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if len(base) == 1 and base.isascii() and base.isalnum():
        return base.lower()
    if base[:1].isascii() and base[:1].isalpha():  # ligatures such as "ﬁ": keep the first
        return base[0].lower()
    return " "


def _ascii_table() -> bytes:
    return bytes(ord(_fold_one(chr(code))) if code < 128 else 32 for code in range(256))


# ASCII text (most ads) folds with one bytes.translate; other text with a prebuilt
# str.translate table for the common blocks and a per-character fallback for the rest.
_ASCII_TABLE = _ascii_table()
_PREBUILT_RANGES = ((0, 0x250), (0x370, 0x530), (0x1E00, 0x2070), (0x2460, 0x24FF),
                    (0xFB00, 0xFB07), (0xFF00, 0xFF5F), (0x1D400, 0x1D800))  # fmt: skip
_STR_TABLE: dict[int, str] = {
    code: _fold_one(chr(code)) for lo, hi in _PREBUILT_RANGES for code in range(lo, hi)
}
_STR_TABLE.update({ord(c): EMOJI_CODES[name] for c, name in _EMOJI_CHARS.items()})
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_rest(match: re.Match[str]) -> str:
    char = match.group()
    out = _fold_one(char)
    _STR_TABLE[ord(char)] = out
    return out


_LEET = dict(text_tables().leet)
_LEET_CHARS = "".join(_LEET)
_LEFTOVER = str.maketrans({"@": " ", "!": " ", "|": " "})
_NUMBER_WORDS = dict(text_tables().number_words)
_DIGIT_TOKEN = r"(?:\d|zero|oh|one|two|three|four|five|six|seven|eight|nine|o(?=\d))"
_SEP = r"[ .\-/*_,]{0,3}"
# Ten or eleven digit tokens in a row, not glued to other digits or letters.
_PHONE = rf"(?<![a-z0-9$]){_DIGIT_TOKEN}(?:{_SEP}{_DIGIT_TOKEN}){{9,10}}(?![a-z0-9])"
_SPACED = r"(?<![a-z0-9])[a-z](?:[ .\-_*]{1,3}[a-z]){3,}(?![a-z0-9])"
_REWRITE_RE = re.compile(rf"(?P<phone>{_PHONE})|(?P<spaced>{_SPACED})")
_PLAIN_PHONE = re.compile(r"^1?[ .\-]?\d{3}[ .\-/]{0,2}\d{3}[ .\-]?\d{4}$")
_TOKEN_RE = re.compile(_DIGIT_TOKEN)
# Single spaced letters that are ordinary words ("i a m ok") should not be joined.
_COMMON_SINGLE = frozenset("aiu")

# Where the normaliser has work to do, found by one hyperscan scan (no Python loop per
# character): a leet character between letters (0) or starting a word (1), a run of ten
# or more digit tokens (2), letters spaced out (3). Only end offsets are needed.
_HS_DIGIT = "(?:[0-9]|zero|oh|one|two|three|four|five|six|seven|eight|nine|o)"
_TRIGGERS = (
    rb"[a-z][013457@$!|]+[a-z]",
    rb"(?:^|[^a-z0-9])[013@$][a-z]{3}",
    rf"{_HS_DIGIT}(?:[ .\-/*_,]{{0,3}}{_HS_DIGIT}){{9,10}}".encode(),
    rb"\b[a-z](?:[ .\-_*]{1,3}[a-z]){3}",
)
_TRIGGER_DB = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
_TRIGGER_DB.compile(expressions=list(_TRIGGERS), ids=[0, 1, 2, 3], elements=len(_TRIGGERS))
_TRIGGER_DB.scratch = hyperscan.Scratch(_TRIGGER_DB)
_WINDOW = 130  # longest disguised phone or spaced word the rewrite regex looks back over


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """Normalised text and the map back to the original.

    ``segments`` lists the rewritten regions as ``(norm_start, norm_end, orig_start,
    orig_end)``; outside them the two texts are aligned with a constant shift.
    """

    original: str
    text: str
    segments: tuple[tuple[int, int, int, int], ...] = ()

    def _char_span(self, pos: int) -> tuple[int, int]:
        """The original span behind the normalised character at ``pos``."""
        shift = 0
        if self.segments:
            i = bisect_right(self._starts(), pos) - 1
            if i >= 0:
                _n_start, n_end, o_start, o_end = self.segments[i]
                if pos < n_end:
                    return o_start, o_end
                shift = o_end - n_end
        return pos + shift, pos + shift + 1

    def _starts(self) -> list[int]:
        return [s[0] for s in self.segments]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``[start, end)`` of :attr:`text` to a span of :attr:`original`."""
        if end <= start:
            first = self._char_span(start)[0] if start < len(self.text) else len(self.original)
            return first, first
        return self._char_span(start)[0], self._char_span(end - 1)[1]


def _fold_chars(text: str) -> str:
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_TABLE).decode("ascii")
    folded = text.translate(_STR_TABLE)
    if not folded.isascii():
        folded = _NON_ASCII.sub(_fold_rest, folded)
    return folded


def _triggers(folded: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Positions of leet characters to replace, and merged windows to rewrite."""
    leet: list[int] = []
    ends: list[int] = []

    def on_match(pid: int, _start: int, end: int, _flags: int, _ctx: object) -> None:
        if pid == 0:
            pos = end - 2
            while pos >= 0 and folded[pos] in _LEET_CHARS:
                leet.append(pos)
                pos -= 1
        elif pid == 1:
            leet.append(end - 4)
        else:
            ends.append(end)

    _TRIGGER_DB.scan(folded.encode("ascii"), match_event_handler=on_match)
    windows: list[tuple[int, int]] = []
    for end in sorted(ends):
        start = max(0, end - _WINDOW)
        if windows and start <= windows[-1][1] + 2:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return leet, windows


def fold_text(text: str) -> str:
    """The one-to-one steps: case, accents, homoglyphs, emoji codes, leetspeak."""
    return _fold_with_windows(text)[0]


def _fold_with_windows(text: str) -> tuple[str, list[tuple[int, int]]]:
    folded = _fold_chars(text)
    leet, windows = _triggers(folded)
    if leet:
        chars = list(folded)
        for pos in leet:
            chars[pos] = _LEET[chars[pos]]
        folded = "".join(chars)
    if "@" in folded or "!" in folded or "|" in folded:
        folded = folded.translate(_LEFTOVER)
    return folded, windows


def is_phone_number(digits: str) -> bool:
    """Ten digits, or eleven with the leading 1, that can be a North American number:
    area code and exchange start with 2-9 and the area code's middle digit is not 9
    (reserved). A posting date and time ("28, 2016 12:51" -> 2820161251: exchange 016),
    a price list ("60/80/120/160") or a URL fragment never is."""
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return (
        len(digits) == 10
        and digits[0] in "23456789"
        and digits[1] != "9"
        and digits[3] in "23456789"
    )


# Digit runs that are something else, read on the original text of the run: a clock time
# ("12:51"), a date with its year ("June 28, 2016", "07/27/2016"), an IP address
# ("10.120.130.14"), HTML entity residue ("&#160;").
_NOT_A_PHONE = re.compile(
    r"\d:\d\d|\d, +(?:19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d\b"
    r"|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|&#"
)


def _rewrite_phone(folded: str, original: str, start: int, end: int) -> str | None:
    span = folded[start:end]
    digits = "".join(
        tok if tok.isdigit() else _NUMBER_WORDS[tok] for tok in _TOKEN_RE.findall(span)
    )
    if not is_phone_number(digits):
        return None
    raw = original[start:end]
    if _NOT_A_PHONE.search(raw):
        return None
    plain = raw.isascii() and bool(_PLAIN_PHONE.match(raw.replace("(", " ").replace(")", " ")))
    return digits if plain else "#" + digits


def normalise(text: str) -> NormalisedText:
    """Normalise ad text for matching; see the module docstring for the steps."""
    folded, windows = _fold_with_windows(text)
    if not windows:
        return NormalisedText(text, folded)
    parts: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    cursor = 0
    out_len = 0
    size = len(folded)
    matches = (
        match
        for start, end in windows
        for match in _REWRITE_RE.finditer(folded, start, min(size, end + 2))
    )
    for match in matches:
        start, end = match.span()
        if match.lastgroup == "phone":
            replacement = _rewrite_phone(folded, text, start, end)
        else:
            letters = [c for c in match.group() if c.isalpha()]
            ordinary = all(c in _COMMON_SINGLE for c in letters)
            replacement = None if ordinary else "".join(letters)
        if replacement is None:
            continue
        parts.append(folded[cursor:start])
        out_len += start - cursor
        segments.append((out_len, out_len + len(replacement), start, end))
        parts.append(replacement)
        out_len += len(replacement)
        cursor = end
    if not segments:
        return NormalisedText(text, folded)
    parts.append(folded[cursor:])
    return NormalisedText(text, "".join(parts), tuple(segments))
