"""Questions assert nothing: "Does someone hold your passport?" on an intake form, a
survey item or a field label ("pay withheld?") asks whether a thing happened.

A concept term lies in a yes/no question when the first mark that ends its clause after it
is a question mark, and the clause (from the last opening quote, question mark, full stop,
colon or semicolon before it) does not open with a word that takes the thing as given
("when do they give our passports back?", "¿cuándo nos devuelven los pasaportes?"). A
comma ends the clause too: "si tu pars tu dois rembourser tout, et sans papiers tu vas
où?" states its debt before the question.
"""

from __future__ import annotations

from collections.abc import Iterable

from knowable.text.match import Hit, Sentence

#: Marks that end a clause after a term (the first one found decides).
_ENDS = frozenset(".!?;,\n")
#: Words that join a question to what came before ("¿y cuándo ...?", "and when ...?").
_JOINING = frozenset({"and", "but", "so", "y", "e", "et", "mais", "pero", "mas"})
#: Marks that open a clause before a term.
_OPENS = frozenset(".!?;:\n\"'\u201c\u2018\u00bf(")


def in_question(sentence: Sentence, hit: Hit, text: str, presupposing: frozenset[str]) -> bool:
    """Whether ``hit`` lies in a yes/no question of ``text`` (see the module's note)."""
    end = sentence.tokens[hit.last].end
    for char in text[end : sentence.end + 1]:
        if char in _ENDS:
            if char != "?":
                return False
            break
    else:
        return False
    start = sentence.tokens[hit.first].start
    opening = start
    while opening > sentence.start and text[opening - 1] not in _OPENS:
        opening -= 1
    words = [w.strip("\u00bf\u00a1\"'(").lower() for w in text[opening:start].split()]
    words = [w for w in words if w and w not in _JOINING]
    return not words or words[0] not in presupposing


def asked(sentence: Sentence, hits: Iterable[Hit], text: str, presupposing: frozenset[str]) -> bool:
    """Whether every one of ``hits`` lies in a yes/no question (none given: False)."""
    found = list(hits)
    return bool(found) and all(in_question(sentence, h, text, presupposing) for h in found)
