"""jieba, on short spans only: is a clause's subject an organisation's (short) proper name?

Loaded lazily (jieba's dictionary takes ~0.6 s), with the domain words of
`extract.rules.awards.WHOLE_WORDS` added so award names and company suffixes stay whole.
"""

from __future__ import annotations

import functools
import logging

from extract.rules.awards import WHOLE_WORDS

PROPER = ("nr", "nz", "nt", "ns")


@functools.cache
def _posseg():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    for word in WHOLE_WORDS:
        jieba.add_word(word)
    return jieba.posseg


def preload() -> None:
    """Load jieba now (before worker processes fork, so that they share its dictionary)."""
    _posseg()


def organisation_name(span: str) -> bool:
    """A short noun phrase with a proper noun in it (鑫缘丝绸), not a pronoun or a common noun (我市, 企业)."""
    if not 3 <= len(span) <= 12:
        return False
    tokens = list(_posseg().cut(span))
    return all(t.flag.startswith("n") for t in tokens) and any(t.flag in PROPER for t in tokens)
