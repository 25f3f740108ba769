"""How the grammar is written: word groups as data, and the regex pieces composed from them.

A word group is a tuple of words (`words("获得 荣获 获评")`); a pattern is composed from
groups with `any_of` (one trie-shaped alternation, longest word first at each position) and
the shared pieces of `extract.rules.common`. Extractors import finished patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def words(text: str) -> tuple[str, ...]:
    """A word group written as whitespace-separated words: words("获得 荣获") → ("获得", "荣获")."""
    return tuple(text.split())


def any_of(group: Iterable[str]) -> str:
    """Regex source matching any word of `group`, preferring the longest at each position."""
    trie: dict = {}
    for word in group:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    return _node(trie)


def alternation(group: Iterable[str]) -> str:
    """Regex source trying the words of `group` in the order given (for groups whose order matters)."""
    return "|".join(group)


def char_class(chars: Iterable[str]) -> str:
    """A character class of single characters: char_class("家个名") → [家个名]."""
    return "[" + "".join(re.escape(ch) for ch in chars) + "]"


def _node(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _node(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body
