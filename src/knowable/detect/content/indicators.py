"""Ad-level indicator scanning: every pattern of the catalogue in one hyperscan database.

An ad is normalised (:mod:`knowable.text.normalise`), scanned once by hyperscan,
and each hit is mapped back to a span of the ORIGINAL text, so the quote a reviewer reads
is exactly what the poster wrote (``Y0UNG``, ``two one six ...``).

The ad score combines the distinct indicators found, each once, by its catalogue weight::

    score = (1 - prod(1 - w) over w > 0) * prod(1 + w over w < 0)

so validated indicators raise it, not-predictive ones (weight <= 0) leave it or lower it,
and indicators kept out of business scores (AD-04, weight 0) never move it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import hyperscan

from knowable.catalogue.content import ContentCatalogue, content_catalogue
from knowable.detect.content.template import PlatformTemplate, in_template
from knowable.errors import ConfigError
from knowable.text.normalise import EMOJI_CODES, NormalisedText, normalise

DETECTOR = "content"
DETECTOR_VERSION = "1.0"


_GUARD_WINDOW = 60  # characters of original text a guard reads before / after a hit
_CONTEXT_WINDOW = 300  # ... and that `only_with` reads on either side (one ad of a page)


@dataclass(frozen=True, slots=True)
class Pattern:
    """One compiled pattern and the indicator it stands for; optional context guards
    (see :class:`~knowable.catalogue.content.GuardedPattern`)."""

    indicator: str
    label: str
    expression: str
    not_before: re.Pattern[str] | None = None
    not_after: re.Pattern[str] | None = None
    only_with: re.Pattern[str] | None = None

    def holds(self, text: str, start: int, end: int) -> bool:
        """Whether a hit at ``[start, end)`` of the ORIGINAL ``text`` passes the guards."""
        if self.not_before is not None and self.not_before.search(
            text, max(0, start - _GUARD_WINDOW), start
        ):
            return False
        if self.not_after is not None and self.not_after.match(text[end : end + _GUARD_WINDOW]):
            return False
        if self.only_with is None:
            return True
        near = text[max(0, start - _CONTEXT_WINDOW) : end + _CONTEXT_WINDOW]
        return self.only_with.search(near) is not None


@dataclass(frozen=True, slots=True)
class Hit:
    """One indicator found in one ad: span and quote in the original text."""

    indicator: str
    rule: str
    start: int
    end: int
    quote: str

    def as_dict(self) -> dict[str, object]:
        return {"id": self.indicator, "rule": self.rule, "span": [self.start, self.end]}


@dataclass(frozen=True, slots=True)
class AdScan:
    """What the scanner found in one ad."""

    hits: tuple[Hit, ...]
    score: float

    @property
    def indicators(self) -> frozenset[str]:
        return frozenset(h.indicator for h in self.hits)


def phrase_expression(phrase: str) -> str:
    """A phrase as a regex on normalised text: word boundaries, any spaces between words."""
    words = [re.escape(w) for w in phrase.lower().split()]
    return r"\b" + " +".join(words) + r"\b"


def _compiled(expression: str | None) -> re.Pattern[str] | None:
    return None if expression is None else re.compile(expression, re.IGNORECASE)


def catalogue_patterns(catalogue: ContentCatalogue) -> list[Pattern]:
    """Every pattern of the catalogue, in a stable order."""
    patterns: list[Pattern] = []
    for key, rule in sorted(catalogue.rules.items()):
        for phrase in rule.phrases:
            patterns.append(Pattern(key, phrase, phrase_expression(phrase)))
        for expression in rule.regex:
            patterns.append(Pattern(key, expression, expression))
        for guarded in rule.guarded:
            patterns.append(
                Pattern(
                    key,
                    guarded.regex,
                    guarded.regex,
                    _compiled(guarded.not_before),
                    _compiled(guarded.not_after),
                    _compiled(guarded.only_with),
                )
            )
        for name in rule.emoji:
            patterns.append(Pattern(key, f"emoji:{name}", re.escape(EMOJI_CODES[name])))
    return patterns


def compile_patterns(patterns: list[Pattern]) -> hyperscan.Database:
    """One hyperscan block-mode database of the patterns (ids = list positions), start of
    match leftmost; a pattern that does not compile is named in the ConfigError."""
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    flags = hyperscan.HS_FLAG_SOM_LEFTMOST
    try:
        database.compile(
            expressions=[p.expression.encode("ascii") for p in patterns],
            ids=list(range(len(patterns))),
            elements=len(patterns),
            flags=[flags] * len(patterns),
        )
    except hyperscan.error as exc:
        for pattern in patterns:  # find the entry at fault and name it
            try:
                hyperscan.Database().compile(
                    expressions=[pattern.expression.encode("ascii")], flags=[flags]
                )
            except hyperscan.error:
                raise ConfigError(
                    f"catalogue/content_indicators.yml: {pattern.indicator}: pattern "
                    f"{pattern.label!r} does not compile: {exc}"
                ) from exc
        raise ConfigError(f"catalogue/content_indicators.yml: does not compile: {exc}") from exc
    return database


def scan_database(database: hyperscan.Database, normalised: str) -> list[tuple[int, int, int]]:
    """Every (pattern id, start, end) match of a compiled database on normalised text."""
    found: list[tuple[int, int, int]] = []

    def on_match(pid: int, start: int, end: int, _flags: int, _ctx: object) -> None:
        found.append((pid, start, end))

    database.scan(normalised.encode("ascii"), match_event_handler=on_match)
    return found


def ad_score(indicator_ids: Iterable[str], catalogue: ContentCatalogue) -> float:
    """Combine distinct indicators by weight (see module docstring); 0..1."""
    raised = 1.0
    damped = 1.0
    for key in set(indicator_ids):
        weight = catalogue.weight(key)
        if weight > 0:
            raised *= 1.0 - weight
        elif weight < 0:
            damped *= 1.0 + weight
    return round(max(0.0, min(1.0, (1.0 - raised) * damped)), 6)


class ContentScanner:
    """Scan ads for the catalogue's indicators; build once, reuse for many ads."""

    def __init__(self, catalogue: ContentCatalogue | None = None) -> None:
        self.catalogue = catalogue or content_catalogue()
        self.patterns = catalogue_patterns(self.catalogue)
        self._database = compile_patterns(self.patterns)
        self._scratch = hyperscan.Scratch(self._database)
        self._database.scratch = self._scratch

    def raw_matches(self, normalised: str) -> list[tuple[int, int, int]]:
        """(pattern id, start, end) on normalised text, leftmost-longest, no overlaps
        within one pattern."""
        found = scan_database(self._database, normalised)
        if len(found) < 2:
            return found
        found.sort(key=lambda m: (m[0], m[1], -m[2]))
        kept: list[tuple[int, int, int]] = []
        last_pid, last_end = -1, -1
        for pid, start, end in found:
            if pid == last_pid and start < last_end:
                continue
            kept.append((pid, start, end))
            last_pid, last_end = pid, end
        return kept

    def hits(self, norm: NormalisedText) -> tuple[Hit, ...]:
        """Hits with spans in the original text, ordered by position."""
        out: dict[tuple[str, int, int], Hit] = {}
        for pid, start, end in self.raw_matches(norm.text):
            pattern = self.patterns[pid]
            o_start, o_end = norm.to_original(start, end)
            if not pattern.holds(norm.original, o_start, o_end):
                continue
            key = (pattern.indicator, o_start, o_end)
            if key not in out:
                quote = norm.original[o_start:o_end]
                out[key] = Hit(pattern.indicator, pattern.label, o_start, o_end, quote)
        return tuple(sorted(out.values(), key=lambda h: (h.start, h.end, h.indicator)))

    def scan(self, text: str, template: PlatformTemplate | None = None) -> AdScan:
        """Normalise, scan, map spans back and score one ad; with the platform's
        ``template``, hits in its boilerplate are dropped (see :mod:`.template`)."""
        found = self.hits(normalise(text))
        if template is not None and template.keys and found:
            spans = template.spans(text)
            found = tuple(h for h in found if not in_template(text, spans, h.start, h.end))
        return AdScan(found, ad_score((h.indicator for h in found), self.catalogue))
