"""What an article says about each subject it mentions: role, stage, categories, quote.

For every sentence that mentions a subject, the mention is replaced by ``SUBJ`` (other
known subjects by ``OTHERCO``) and the role rules of media_roles.yml are applied; the
offence categories of media_categories.yml are looked for in that sentence and its two
neighbours. The strongest role by the catalogue's precedence wins, so a victim, plaintiff
or witness is never turned into a perpetrator by a crime word nearby. Negated cues
("was not charged") are dropped and reported; attribution ("prosecutors said") is kept.

Two readings use the whole article rather than one sentence: a party whose name says it is
police, a prosecutor or an inspecting agency is an investigator in a sentence about the
investigation (unless a stronger role was read), and a subject the article names as a civil
defendant is never turned into an `accused` by the suit's own allegations ("accused of
knowingly benefiting"): those sentences are civil too, unless they have a criminal cue.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from knowable.catalogue.media import (
    STAGE_ORDER,
    Category,
    RoleCatalogue,
    media_categories,
    media_roles,
)
from knowable.catalogue.media_patterns import OTHER, SUBJ
from knowable.detect.media.mentions import Mention

# Words whose trailing period does not end a sentence (checked as they are written).
_ABBREVIATIONS = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "Inc",
    "Corp",
    "Ltd",
    "Co",
    "Jr",
    "Sr",
    "Gen",
    "Gov",
    "Sen",
    "Rep",
    "No",
    "vs",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Ariz",
    "Calif",
    "Tex",
    "Fla",
    "Mass",
    "Ill",
    "Mich",
    "GmbH",
    "LLC",
)
# Checked right after the period, so the look-behinds run only at punctuation.
_NOT_AFTER = "".join(f"(?<!\\b{re.escape(w)}\\.)" for w in _ABBREVIATIONS) + r"(?<!\b[A-Z]\.)"
_BOUNDARY = re.compile(
    r"[.!?]" + _NOT_AFTER + r"['\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z\"“])"
)


@dataclass(frozen=True)
class Finding:
    """What one sentence says about one subject."""

    subject_key: str
    role: str
    stage: str | None
    categories: tuple[str, ...]
    topics: tuple[str, ...]
    events: tuple[str, ...]
    rules: tuple[str, ...]
    quote: str
    start: int
    end: int
    mention: str
    attribution: str | None = None
    negated: tuple[str, ...] = field(default=())
    #: True when the role comes only from event rules (a seizure, a letter): such a finding
    #: supports event indicators, not the role-based ones.
    role_from_event: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "subject": self.subject_key,
            "role": self.role,
            "stage": self.stage,
            "categories": list(self.categories),
            "topics": list(self.topics),
            "events": list(self.events),
            "rules": list(self.rules),
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "mention": self.mention,
            "attribution": self.attribution,
            "negated": list(self.negated),
            "role_from_event": self.role_from_event,
        }


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence ``[start, end)`` spans, not splitting after common abbreviations."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.start() + (1 if text[match.start()] in ".!?" else 0)
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = match.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _frame(text: str, span: tuple[int, int], mentions: Sequence[Mention], key: str) -> str:
    start, end = span
    inside = sorted(
        (m for m in mentions if start <= m.start and m.end <= end), key=lambda m: m.start
    )
    parts: list[str] = []
    cursor = start
    for mention in inside:
        if mention.start < cursor:
            continue  # overlapping mention of another subject on the same span
        same = [m for m in inside if m.start == mention.start and m.end == mention.end]
        token = SUBJ if any(m.subject_key == key for m in same) else OTHER
        if mention.kind == "pronoun":
            token += "'s"  # "its CEO" reads as "SUBJ's CEO"
        parts.append(text[cursor : mention.start])
        parts.append(token)
        cursor = mention.end
    parts.append(text[cursor:end])
    return " ".join("".join(parts).split())


def _negated(frame: str, match: re.Match[str], catalogue: RoleCatalogue) -> bool:
    window = frame[max(0, match.start() - 16) : match.end()]
    return bool(catalogue.negation.search(window))


def _categories(window: Sequence[str], categories: dict[str, Category]) -> list[Category]:
    found = []
    for category in categories.values():
        if any(category.found_in(sentence) for sentence in window):
            found.append(category)
    return found


def _judge(
    frame: str, catalogue: RoleCatalogue
) -> tuple[list[tuple[str, str, str | None, str | None]], list[str]]:
    """Rules that fire on one framed sentence: (rule id, role, stage, event), and negated ids."""
    fired = []
    negated = []
    for rule in catalogue.rules:
        if not all(p.search(frame) for p in rule.also):
            continue  # the cheap keyword conditions first
        match = rule.pattern.search(frame)
        if match is None or any(p.search(frame) for p in rule.unless):
            continue
        if rule.negatable and _negated(frame, match, catalogue):
            negated.append(rule.id)
            continue
        fired.append((rule.id, rule.role, rule.stage, rule.event))
    return fired, negated


def analyse(
    text: str,
    mentions: Sequence[Mention],
    catalogue: RoleCatalogue | None = None,
    categories: dict[str, Category] | None = None,
) -> list[Finding]:
    """One Finding per (subject, sentence) that mentions it, in text order."""
    catalogue = catalogue or media_roles()
    categories = categories if categories is not None else media_categories()
    if not mentions:
        return []
    spans = sentence_spans(text)
    event_only = {rule.id for rule in catalogue.rules if rule.event_only}
    starts = [s for s, _ in spans]
    by_sentence: dict[tuple[int, str], list[Mention]] = {}
    for mention in mentions:
        index = max(0, bisect.bisect_right(starts, mention.start) - 1)
        by_sentence.setdefault((index, mention.subject_key), []).append(mention)
    surfaces: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.kind in ("name", "alias", "domain"):
            surfaces.setdefault(mention.subject_key, set()).add(mention.surface)
    agencies = {
        k for k, names in surfaces.items() if any(catalogue.agency.names.search(n) for n in names)
    }
    findings = []
    frames = []
    for (index, key), own in sorted(by_sentence.items()):
        span = spans[index]
        frame = _frame(text, span, mentions, key)
        fired, negated = _judge(frame, catalogue)
        if key in agencies and catalogue.agency.when.search(frame):
            strongest = max(
                (r for _, r, _, _ in fired),
                key=lambda r: catalogue.precedence.get(r, 0),
                default=None,
            )
            if strongest is None or strongest in catalogue.agency.replaces:
                # the agency's own rule outranks the weak roles it replaces
                fired = [f for f in fired if f[1] not in catalogue.agency.replaces]
                fired.append(("investigator.agency", "investigator", None, None))
        window = [
            frame if i == index else _frame(text, spans[i], mentions, key)
            for i in range(max(0, index - 1), min(len(spans), index + 2))
        ]
        if fired:
            role = max((r for _, r, _, _ in fired), key=lambda r: catalogue.precedence.get(r, 0))
        else:
            role = "mentioned"
        found = _categories(window, categories)
        if not found and index > 1 and role not in catalogue.non_perpetrator:
            # A perpetrator sentence without an offence word: the headline usually names it.
            found = _categories([_frame(text, spans[0], mentions, key)], categories)
        perpetrator = role not in catalogue.non_perpetrator
        # The stage comes from the rules behind the winning role (all perpetrator-side rules
        # when the subject is on that side; a cleared party keeps the stage of its clearing).
        stages = [
            s or catalogue.default_stage.get(r)
            for _, r, s, _ in fired
            if r == role or (perpetrator and r not in catalogue.non_perpetrator)
        ]
        stage = max((s for s in stages if s), key=lambda s: STAGE_ORDER[s], default=None)
        events = sorted(
            {e for _, r, _, e in fired if e and perpetrator and r not in catalogue.non_perpetrator}
        )
        from_event = bool(fired) and all(i in event_only for i, r, _, _ in fired if r == role)
        attribution = next(
            (m.group() for p in catalogue.attribution if (m := p.search(frame))), None
        )
        findings.append(
            Finding(
                subject_key=key,
                role=role,
                stage=stage,
                categories=tuple(c.id for c in found),
                topics=tuple(sorted({c.topic for c in found})),
                events=tuple(events),
                rules=tuple(rule_id for rule_id, _, _, _ in fired),
                quote=text[span[0] : span[1]],
                start=span[0],
                end=span[1],
                mention=own[0].surface,
                attribution=attribution,
                negated=tuple(negated),
                role_from_event=from_event,
            )
        )
        frames.append(frame)
    return _civil_context(findings, frames, catalogue)


def _civil_context(
    findings: list[Finding], frames: list[str], catalogue: RoleCatalogue
) -> list[Finding]:
    """An allegation about a subject the article names as a civil defendant is civil."""
    civil = {f.subject_key for f in findings if f.role == "civil_defendant"}
    if not civil:
        return findings
    out = []
    for finding, frame in zip(findings, frames, strict=True):
        if (
            finding.subject_key in civil
            and finding.role == "accused"
            and not finding.role_from_event
            and not catalogue.civil_criminal.search(frame)
        ):
            finding = dataclasses.replace(
                finding,
                role="civil_defendant",
                stage=catalogue.default_stage.get("civil_defendant", "allegation"),
                rules=(*finding.rules, "civil.context"),
            )
        out.append(finding)
    return out
