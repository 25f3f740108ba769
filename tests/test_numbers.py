"""Numerals as written in Chinese news."""

from __future__ import annotations

import pytest

from extract.text.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("16", 16),
        ("1,250", 1250),
        ("十六", 16),
        ("十", 10),
        ("二十", 20),
        ("一百零五", 105),
        ("两千", 2000),
        ("二〇一四", 2014),
        ("3万", 30000),
        ("1.2万", 12000),
        ("三万", 30000),
        ("一亿二千万", 120_000_000),
        ("五", 5),
    ],
)
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "十x"])
def test_unparseable(text: str) -> None:
    assert parse_number(text) is None
