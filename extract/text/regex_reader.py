"""A reader of the regex subset the rules are written in, giving a syntax tree the fast paths can read.

Literals, escapes (\\d \\s \\w, \\uXXXX...), classes, groups (plain, named, scoped flags),
alternation, quantifiers, anchors, lookarounds and back-references. Anything else (global
flags, verbose mode, a group kind it does not know) raises `Unreadable`, and the caller
takes the slow path. Python's own parser (the private `_parser` of re) changes between
versions, so it is not used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CATEGORIES = {"d": r"\d", "s": r"\s", "w": r"\w"}
_LITERAL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_QUANTIFIER = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")


class Unreadable(ValueError):
    """The source uses syntax this reader does not follow (global flags, verbose mode...)."""


@dataclass(frozen=True)
class Chars:
    """One character of a class: its class body (None: any character), and the characters when listed."""

    body: str | None
    chars: frozenset[str] | None


@dataclass(frozen=True)
class Seq:
    """Items matched one after the other."""

    items: tuple[Node, ...]


@dataclass(frozen=True)
class Alt:
    """Alternatives."""

    branches: tuple[Node, ...]


@dataclass(frozen=True)
class Repeat:
    """An item repeated `low` to `high` times (high None: unbounded)."""

    item: Node
    low: int
    high: int | None


@dataclass(frozen=True)
class Scoped:
    """A group with its own flags, (?i:…): the characters it starts with depend on them."""

    item: Node


EMPTY = Seq(())  # anchors, word boundaries and lookarounds consume nothing
ANY = Chars(None, None)
Node = Chars | Seq | Alt | Repeat | Scoped


def parse(source: str) -> Node:
    """The syntax tree of `source` (raises Unreadable on syntax outside the subset)."""
    reader = _Reader(source)
    node = reader.alternation()
    if reader.at < len(source):
        raise Unreadable(f"unbalanced ) at {reader.at}")
    return node


class _Reader:
    def __init__(self, source: str) -> None:
        self.source, self.at = source, 0

    def peek(self, n: int = 1) -> str:
        return self.source[self.at : self.at + n]

    def take(self) -> str:
        if self.at >= len(self.source):
            raise Unreadable("unexpected end")
        self.at += 1
        return self.source[self.at - 1]

    def alternation(self) -> Node:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.at += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else Alt(tuple(branches))

    def sequence(self) -> Node:
        items: list[Node] = []
        while self.at < len(self.source) and self.peek() not in "|)":
            items.append(self.quantified(self.atom()))
        return items[0] if len(items) == 1 else Seq(tuple(items))

    def quantified(self, item: Node) -> Node:
        while True:
            ch = self.peek()
            if ch in ("*", "+", "?"):
                self.at += 1
                low, high = {"*": (0, None), "+": (1, None), "?": (0, 1)}[ch]
            elif ch == "{" and (m := _QUANTIFIER.match(self.source, self.at)) and (m[1] or m[3]):
                self.at = m.end()
                low = int(m[1] or 0)
                high = None if m[2] and not m[3] else int(m[3] or m[1])
            else:
                return item
            if self.peek() in ("?", "+"):  # lazy or possessive: the same strings
                self.at += 1
            item = Repeat(item, low, high)

    def atom(self) -> Node:
        ch = self.take()
        if ch == "(":
            return self.group()
        if ch == "[":
            return self.char_class()
        if ch == "\\":
            return self.escape()
        if ch == ".":
            return ANY
        if ch in "^$":
            return EMPTY
        if ch in "*+?":
            raise Unreadable(f"nothing to repeat at {self.at}")
        return _literal(ch)

    def group(self) -> Node:
        if self.peek() != "?":
            return self.closed(self.alternation())
        self.at += 1
        kind = self.take()
        if kind == ":":
            return self.closed(self.alternation())
        if kind == "P" and self.peek() == "<":
            self.at = self.source.index(">", self.at) + 1
            return self.closed(self.alternation())
        if kind == "P" and self.peek() == "=":  # a back-reference: some text again
            self.at = self.source.index(")", self.at) + 1
            return Repeat(ANY, 0, None)
        if kind in "=!" or (kind == "<" and self.peek() in "=!"):
            self.at += kind == "<"
            self.closed(self.alternation())
            return EMPTY
        if kind == "#":
            self.at = self.source.index(")", self.at) + 1
            return EMPTY
        flags = kind + self.source[self.at : self.source.find(":", self.at)]
        if re.fullmatch(r"[aiLmsux-]+", flags) and self.source.find(":", self.at) >= 0:
            self.at += len(flags)
            return Scoped(self.closed(self.alternation()))
        raise Unreadable(f"group (?{kind} at {self.at}")

    def closed(self, node: Node) -> Node:
        if self.take() != ")":
            raise Unreadable(f"missing ) at {self.at}")
        return node

    def escape(self) -> Node:
        ch = self.take()
        if ch in _CATEGORIES:
            return Chars(_CATEGORIES[ch], None)
        if ch in "DSW":
            return ANY
        if ch in "bBAZ":
            return EMPTY
        if ch.isdigit():
            return Repeat(ANY, 0, None)  # a numbered back-reference
        return _literal(self.escaped_char(ch))

    def escaped_char(self, ch: str) -> str:
        if ch in "ux":
            size = 4 if ch == "u" else 2
            digits = self.source[self.at : self.at + size]
            if not re.fullmatch(rf"[0-9a-fA-F]{{{size}}}", digits):
                raise Unreadable(f"bad \\{ch} escape at {self.at}")
            self.at += size
            return chr(int(digits, 16))
        if ch.isalnum():
            return _LITERAL_ESCAPES.get(ch) or _unknown(f"escape \\{ch}")
        return ch

    def char_class(self) -> Node:
        negated = self.peek() == "^"
        self.at += negated
        body: list[str] = []
        chars: set[str] | None = set()
        first = True
        while first or self.peek() != "]":
            first = False
            item = self.class_item()
            if item in _CATEGORIES.values() or item in (r"\D", r"\S", r"\W"):
                body.append(item)
                chars = None
                continue
            if self.peek(2) not in ("-", "-]") and self.peek() == "-":
                self.at += 1
                end = self.class_item()
                body.append(f"{re.escape(item)}-{re.escape(end)}")
                chars = None
                continue
            body.append(re.escape(item))
            if chars is not None:
                chars.add(item)
        self.at += 1
        if negated or any(b in (r"\D", r"\S", r"\W") for b in body):
            return ANY
        return Chars("".join(body), frozenset(chars) if chars is not None else None)

    def class_item(self) -> str:
        """One character of a class, or a category escape (\\d...)."""
        ch = self.take()
        if ch != "\\":
            return ch
        ch = self.take()
        if ch in "dswDSW":
            return "\\" + ch
        return self.escaped_char(ch)


def _literal(ch: str) -> Chars:
    return Chars(re.escape(ch), frozenset(ch))


def _unknown(what: str) -> str:
    raise Unreadable(what)
