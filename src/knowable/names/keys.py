"""Blocking keys of an analysed name (compiled with the matcher; see :mod:`.index`).

- ``t:`` every whole word, ``p:`` its sound (metaphone), so transliterations meet;
- ``d:`` every word of four letters or more and the word less any one letter (a
  deletion neighbourhood: a word with one typo, a letter added, lost, replaced, or two
  letters swapped, shares one of these keys with the word as listed);
- ``b:`` each pair of words, order-free, so a name made only of common words ("Ali
  Hassan") still has a rare key;
- ``c:`` the words written together ("Al Qaida" and "Alqaida").
"""

from __future__ import annotations

from rigour.text.phonetics import metaphone

from knowable.names.normalise import NameForm

#: Pairs of words are keyed for the first this many distinct words of a name.
PAIR_WORDS = 6
#: Within-name weight of each kind of key.
WORD = 2.0
SOUND = 1.0
DELETION = 0.5
PAIR = 1.0
COMPACT = 2.0


def deletion_keys(token: str) -> list[str]:
    """The word and the word less any one letter (none for words under four letters)."""
    if len(token) < 4:
        return []
    return ["d:" + token] + ["d:" + token[:i] + token[i + 1 :] for i in range(len(token))]


def name_keys(form: NameForm, deletions: bool = True) -> dict[str, float]:
    """Blocking keys of one analysed name with their within-name weights.

    ``deletions=False`` leaves out the ``d:`` keys (a query adds them only for the words
    the list does not have as written).
    """
    keys: dict[str, float] = {}
    tokens = form.tokens
    for token in tokens:
        keys["t:" + token] = WORD
        if len(token) >= 3 and token.isalpha():
            keys["p:" + metaphone(token)] = SOUND
        if deletions:
            for key in deletion_keys(token):
                keys[key] = DELETION
    words = sorted(list(dict.fromkeys(tokens))[:PAIR_WORDS])
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            keys["b:" + words[i] + " " + words[j]] = PAIR
    compact = form.compact
    if len(tokens) > 1 and len(compact) <= 24:
        keys["c:" + compact] = COMPACT
    return keys
