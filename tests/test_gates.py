"""The fast paths give the answers of the slow ones: cue-gated line filters, gated and scanned patterns.

Both skip work where a match is impossible (no cue word in reach). A wrong cue list or
reach would silently lose matches, so every real line and page, and random texts built
from the rules' own words, must get exactly what the exhaustive path gets.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.clean import filters
from extract.clean.document import clean_document
from extract.extractors import dates
from extract.extractors.awards import text_readers
from extract.ingest.reader import ingest_file
from extract.params import CleanParams, IngestParams
from extract.rules import award_counts, boilerplate
from extract.rules import awards as award_rules
from extract.text.gate import Gate
from extract.text.scan import Scanner
from tests.conftest import DEV, SEEDS

REAL_PAGES = sorted([*SEEDS.glob("*.txt"), *DEV.glob("*.txt")])
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FILLER = ["质量", "企业", "大连市", "2014年", "12", "3家", "3家企业", "“苏州", "有限公司", "获得"]
FILLER += ["。", ",", ":", " ", "|", "(", ")", "“", "”", "\n"]


def cleaned(path: Path) -> tuple[list[str], str]:
    data = path.read_bytes()
    doc, paragraphs = clean_document(ingest_file(path.name, data, len(data), IngestParams()), CleanParams())
    return [p.text for p in paragraphs], doc.clean_text or ""


PAGES = {path.name: cleaned(path) for path in REAL_PAGES}


def words_of(patterns: list[str]) -> list[str]:
    """The literal words inside regex sources: runs of hanzi, letters and symbols."""
    return sorted({w for p in patterns for w in re.findall(r"[\u4e00-\u9fffA-Za-z©>›»→|/]+", p)})


LINE_RULES = [f for f in filters.LINE_FILTERS if isinstance(f, boilerplate.LineRule)]
RULE_WORDS = words_of([p for rule in LINE_RULES for p in rule.patterns])
RULE_WORDS += sorted({w for f in filters.LINE_FILTERS for w in filters.gate_of(f) or ()})
lines_of_rule_words = st.lists(st.sampled_from(RULE_WORDS + FILLER[:-1]), max_size=14).map("".join)


def test_every_floating_rule_gets_cue_words() -> None:
    floating = [rule for rule in LINE_RULES if rule.floating is not None]
    assert {rule.name for rule in floating} == {"ticker", "disclaimer", "footer", "navigation", "metadata"} | {
        "metadata_label",
        "photo_credit",
        "related_item",
    }
    assert all(filters.gate_of(rule) for rule in floating)
    assert filters.gate_of(filters.spam)
    # A date glued to a headline (…(2023-07-28)) holds one of its separators.
    assert filters.gate_of(boilerplate.RELATED_ITEM) == {"-", "/", "."}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_gated_line_filters_answer_as_running_every_filter(name: str) -> None:
    lines, _ = PAGES[name]
    assert [filters.classify(line) for line in lines] == [filters.classify(line, every_filter=True) for line in lines]


@SETTINGS
@given(lines_of_rule_words)
def test_gated_line_filters_on_lines_made_of_rule_words(line: str) -> None:
    assert filters.classify(line) == filters.classify(line, every_filter=True)


def test_a_cue_in_any_case_lets_its_filter_run() -> None:
    assert filters.classify("Copyright 2014 中国质量新闻网") == "disclaimer"
    assert filters.classify("ICP备05007979号") == "disclaimer"


def all_gates() -> dict[str, Gate]:
    return {f"awards.{name}": gate for name, gate in text_readers.GATES.items()}


GATES = all_gates()
GATE_WORDS = sorted({cue for gate in GATES.values() for cue in gate.cues}) + words_of(
    [gate.pattern.pattern for gate in GATES.values()]
)
texts_of_gate_words = st.lists(st.sampled_from(GATE_WORDS + FILLER), max_size=40).map("".join)


def spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


@pytest.mark.parametrize("gate", sorted(GATES))
def test_gated_pattern_finds_what_a_full_scan_finds_on_real_pages(gate: str) -> None:
    g = GATES[gate]
    for _, text in PAGES.values():
        assert spans(g.finditer(text)) == spans(g.pattern.finditer(text))


COUNTS = ["3家", "16个", "近20家", "1,250多家", "十余家", "5名"]


def near_matches(gate: Gate) -> st.SearchStrategy[str]:
    """Texts with one of the gate's cues after a count and a few of its words, amid others."""
    word = st.sampled_from(GATE_WORDS + FILLER)
    parts = st.tuples(
        st.lists(word, max_size=12),
        st.sampled_from(COUNTS),
        st.lists(word, max_size=3),
        st.sampled_from(gate.cues),
        st.lists(word, max_size=6),
    )
    return parts.map(lambda p: "".join(p[0]) + p[1] + "".join(p[2]) + p[3] + "".join(p[4]))


@pytest.mark.parametrize("gate", sorted(GATES))
@SETTINGS
@given(data=st.data())
def test_gated_pattern_on_texts_made_of_its_words(gate: str, data: st.DataObject) -> None:
    g = GATES[gate]
    text = data.draw(st.one_of(near_matches(g), texts_of_gate_words))
    assert spans(g.finditer(text)) == spans(g.pattern.finditer(text))


def test_a_gate_without_its_cue_scans_nothing() -> None:
    g = Gate(re.compile(r"\d+家企业获此殊荣"), ("获此殊荣",), back=10, ahead=0)
    assert g.windows("全市16家企业获得市长质量奖。") == []
    assert spans(g.finditer("全市16家企业获此殊荣。")) == [(2, 11, "16家企业获此殊荣")]


# Scanner: patterns tried only at the characters a match can start with.
AWARD_PATTERNS = {
    k: v for module in (award_rules, award_counts) for k, v in vars(module).items() if isinstance(v, re.Pattern)
} | {"name_start": award_rules.name_start()}
SCANNED = {"dates.PATTERN": dates.PATTERN, **{f"awards.{k}": v for k, v in AWARD_PATTERNS.items()}}
SCAN_WORDS = [*words_of([p.pattern for p in SCANNED.values()]), "2014年", "12月", "同年", "十三五", "今年5月"]


@pytest.mark.parametrize("name", sorted(SCANNED))
def test_scanner_finds_what_finditer_finds_on_real_pages(name: str) -> None:
    pattern = SCANNED[name]
    for _, text in PAGES.values():
        assert spans(Scanner(pattern).finditer(text)) == spans(pattern.finditer(text))


@SETTINGS
@given(st.lists(st.sampled_from(SCAN_WORDS + FILLER), max_size=40).map("".join), st.integers(0, 20))
def test_scanner_on_texts_made_of_the_patterns_words(text: str, pos: int) -> None:
    for pattern in SCANNED.values():
        assert spans(Scanner(pattern).finditer(text, pos)) == spans(pattern.finditer(text, pos))


def test_scanner_keeps_the_flags_of_its_pattern() -> None:
    pattern = re.compile(r"copyright|©", re.IGNORECASE)
    assert spans(Scanner(pattern).finditer("版权 COPYRIGHT ©")) == [(3, 12, "COPYRIGHT"), (13, 14, "©")]
