"""What a regex source says about its matches: the words every match holds, the characters it starts with.

Read from the syntax tree of `extract.text.regex_reader`, so that fast paths are derived from
the rules themselves instead of listed beside them: `cues` gives the words one of which every
match contains (a line filter need not run on a line holding none of them), `start_class` the
characters every match starts with (a scan may jump from one to the next). Whenever it cannot
tell, the answer is None and the fast path is not taken: never a wrong answer, at worst a
slower one.
"""

from __future__ import annotations

from extract.text.regex_reader import Alt, Chars, Node, Repeat, Scoped, Seq, Unreadable, parse

# Past this many words, a set of alternatives is no longer worth spelling out.
MAX_WORDS = 64


def cues(source: str) -> frozenset[str] | None:
    """Lower-cased words one of which every match of `source` contains, or None when it cannot tell.

    cues("版权(所有|归)") → {"版权所有", "版权归"}; cues("[\\u4e00-\\u9fff]{2}网") → {"网"}.
    """
    try:
        found = _need(parse(source), _Exact())
    except Unreadable:
        return None
    return frozenset(w.lower() for w in found) if found else None


def start_class(source: str) -> str | None:
    """A character class of every character a match of `source` can start with, or None.

    start_class("(?:同|次)?年") → "[同次年]"; None when a match may be empty or start anywhere.
    """
    try:
        bodies, empty = _firsts(parse(source))
    except Unreadable:
        return None
    return None if empty or not bodies else "[" + "".join(dict.fromkeys(bodies)) + "]"


# --- what every match holds -----------------------------------------------------------------------


class _Exact:
    """Every string a node can match, when they are few (None otherwise), worked out once per node."""

    def __init__(self) -> None:
        self.known: dict[int, frozenset[str] | None] = {}

    def __call__(self, node: Node) -> frozenset[str] | None:
        if id(node) not in self.known:
            self.known[id(node)] = self._exact(node)
        return self.known[id(node)]

    def _exact(self, node: Node) -> frozenset[str] | None:
        if isinstance(node, Chars):
            return node.chars if node.chars is not None and len(node.chars) <= MAX_WORDS else None
        if isinstance(node, Scoped):
            return self(node.item)
        if isinstance(node, Seq):
            return _product([self(item) for item in node.items])
        if isinstance(node, Alt):
            return _union([self(branch) for branch in node.branches])
        if node.high is None or node.high > 3:
            return None
        item = self(node.item)
        return _union([_product([item] * times) for times in range(node.low, node.high + 1)])


def _product(parts: list[frozenset[str] | None]) -> frozenset[str] | None:
    """The strings made of one of each part, in order (None when a part is unknown or they are many)."""
    out = frozenset({""})
    for part in parts:
        if part is None:
            return None
        out = frozenset(a + b for a in out for b in part)
        if len(out) > MAX_WORDS:
            return None
    return out


def _union(parts: list[frozenset[str] | None]) -> frozenset[str] | None:
    if any(p is None for p in parts):
        return None
    union = frozenset().union(*parts)  # type: ignore[arg-type]
    return union if len(union) <= MAX_WORDS else None


def _need(node: Node, exact: _Exact) -> frozenset[str] | None:
    """Words one of which every match of `node` contains (None: no such words known)."""
    spelled = exact(node)
    if spelled is not None:
        return None if "" in spelled else spelled
    if isinstance(node, Scoped):
        return _need(node.item, exact)
    if isinstance(node, Repeat):
        return _need(node.item, exact) if node.low >= 1 else None
    if isinstance(node, Alt):
        parts = [_need(branch, exact) for branch in node.branches]
        return None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
    if isinstance(node, Chars):
        return None
    # A sequence: any required item, or a run of items matching few strings, spelled out whole.
    candidates = [_need(item, exact) for item in node.items]
    for start in range(len(node.items)):
        run: frozenset[str] | None = frozenset({""})
        for item in node.items[start:]:
            run = _product([run, exact(item)])
            if run is None:
                break
            if "" not in run:
                candidates.append(run)
    return max(filter(None, candidates), key=_selectivity, default=None)


def _selectivity(words: frozenset[str]) -> tuple[int, int]:
    """Longer words first (rarer in a line), then fewer of them."""
    return min(map(len, words)), -len(words)


# --- what every match starts with -----------------------------------------------------------------


def _firsts(node: Node) -> tuple[list[str], bool]:
    """(class bodies any match starts with, whether it may match the empty string)."""
    if isinstance(node, Chars):
        if node.body is None:
            raise Unreadable("starts with any character")
        return [node.body], False
    if isinstance(node, Scoped):
        raise Unreadable("scoped flags")  # the start class would need them too
    if isinstance(node, Repeat):
        bodies, empty = _firsts(node.item)
        return bodies, empty or node.low == 0
    if isinstance(node, Alt):
        found: list[str] = []
        empty = False
        for branch in node.branches:
            bodies, branch_empty = _firsts(branch)
            found += bodies
            empty = empty or branch_empty
        return found, empty
    found = []
    for item in node.items:
        bodies, empty = _firsts(item)
        found += bodies
        if not empty:
            return found, False
    return found, True
