"""One way to show why a signal was found: in the web UI, the dossier and ``--json``.

Every detector attaches a typed :class:`~knowable.model.Explanation` to its signals. Signals
stored before explanations existed get one derived from their stored details, so every
signal renders through the same functions here: :func:`explanation_of` (the typed model),
:func:`explanation_html` (one HTML fragment, used by both Jinja environments) and
:func:`explanation_text` (plain lines for terminals).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from markupsafe import Markup, escape

from knowable.model import Explanation, Feature, Signal

#: Detail keys that are plumbing (hashes, fingerprints, ids) and never shown as facts.
_HIDDEN = frozenset(
    {"entry_hash", "subject_fingerprint", "explanation", "features", "story_id", "terms"}
)


def _fact_value(value: Any) -> str | None:
    if value is None or value == "" or value == [] or value == {}:
        return None
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def facts_from(
    details: Mapping[str, Any], keys: tuple[str, ...] | None = None
) -> tuple[tuple[str, str], ...]:
    """Labelled facts from a details mapping (``keys`` in that order, else all shown keys)."""
    chosen = keys if keys is not None else tuple(k for k in details if k not in _HIDDEN)
    out: list[tuple[str, str]] = []
    for key in chosen:
        text = _fact_value(details.get(key))
        if text is not None:
            out.append((key.replace("_", " "), text))
    return tuple(out)


def _derived(signal: Signal) -> Explanation:
    """An explanation for a signal stored without one, from its details."""
    details = signal.details
    features: tuple[Feature, ...] = ()
    raw = details.get("features")
    if isinstance(raw, list):
        features = tuple(
            Feature(
                name=str(f.get("feature") or f.get("name") or ""),
                value=f.get("score"),
                weight=f.get("weight"),
                note=str(f.get("detail") or ""),
            )
            for f in raw
            if isinstance(f, Mapping)
        )
    rules = details.get("rules")
    method_id = ", ".join(rules) if isinstance(rules, list) else signal.detector
    return Explanation(
        summary=f"{signal.indicator} found by the {signal.detector} detector",
        method="rules" if rules else signal.detector,
        method_id=method_id,
        version=signal.detector_version,
        facts=facts_from(details),
        features=features,
    )


def explanation_of(signal: Signal) -> Explanation:
    """The signal's typed explanation (derived from its details when it has none)."""
    return signal.explanation if signal.explanation is not None else _derived(signal)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.2f}" if abs(value) <= 1.0 else f"{value:,.0f}"


def explanation_html(signal_or_explanation: Signal | Explanation, summary: bool = True) -> Markup:
    """One escaped HTML fragment: summary, method, facts, features with scores and weights.

    ``summary=False`` leaves the summary out where the page already shows it (a heading).
    """
    e = (
        explanation_of(signal_or_explanation)
        if isinstance(signal_or_explanation, Signal)
        else signal_or_explanation
    )
    parts = [Markup('<div class="explanation">')]
    if summary:
        parts.append(Markup('<p class="explanation-summary">{}</p>').format(e.summary))
    parts.append(
        Markup('<p class="muted explanation-method">{} {} (version {})</p>').format(
            e.method, e.method_id, e.version
        )
    )
    if e.facts:
        parts.append(Markup('<dl class="explanation-facts">'))
        for label, value in e.facts:
            parts.append(Markup("<dt>{}</dt><dd>{}</dd>").format(label, value))
        parts.append(Markup("</dl>"))
    if e.features:
        parts.append(
            Markup(
                '<table class="explanation-features"><thead><tr><th scope="col">feature</th>'
                '<th scope="col">score</th><th scope="col">weight</th>'
                '<th scope="col">what it compared</th></tr></thead><tbody>'
            )
        )
        for f in e.features:
            parts.append(
                Markup("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>").format(
                    f.name, _number(f.value), _number(f.weight), f.note
                )
            )
        parts.append(Markup("</tbody></table>"))
    parts.append(Markup("</div>"))
    return Markup("").join(escape(p) for p in parts)


def explanation_text(signal_or_explanation: Signal | Explanation) -> list[str]:
    """The same content as plain lines, for terminals."""
    e = (
        explanation_of(signal_or_explanation)
        if isinstance(signal_or_explanation, Signal)
        else signal_or_explanation
    )
    lines = [e.summary, f"  by {e.method} {e.method_id} (version {e.version})"]
    lines += [f"  {label}: {value}" for label, value in e.facts]
    for f in e.features:
        score = f" {_number(f.value)}" if f.value is not None else ""
        weight = f" x{_number(f.weight)}" if f.weight is not None else ""
        lines.append(f"  - {f.name}{score}{weight}{': ' + f.note if f.note else ''}")
    return lines


def explanation_json(signal: Signal) -> dict[str, Any]:
    """The explanation as JSON values (for ``--json`` and the API)."""
    return explanation_of(signal).as_dict()
