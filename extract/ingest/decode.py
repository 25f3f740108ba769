"""Bytes to text: BOMs, strict UTF-8, then the better of GB18030 and Big5."""

from __future__ import annotations

import codecs
import functools
from dataclasses import dataclass

BOM_TABLE = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
BOMS = tuple(bom for bom, _, _ in BOM_TABLE)
LEGACY = ("gb18030", "big5")
# Below this share of common hanzi a legacy decoding is taken as the wrong guess.
MIN_COMMON_SHARE = 0.6
# UTF-8 with a few broken bytes (a page cut inside a character, a byte lost in transfer) is
# decoded without them when they are at most this many, and this share of the bytes.
MAX_REPAIRED_BYTES, MAX_REPAIRED_SHARE = 16, 0.01


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoding result: text and encoding name, or the reason it failed."""

    text: str | None
    encoding: str | None
    error: str | None = None
    repaired: int = 0  # broken bytes dropped


@functools.cache
def _common_hanzi() -> frozenset[str]:
    """GB2312 level-1 (simplified) and Big5 level-1 (traditional) characters."""
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            chars.add(bytes((lead, trail)).decode("gb2312", "ignore"))
    for lead in range(0xA4, 0xC7):
        for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            chars.add(bytes((lead, trail)).decode("big5", "ignore"))
    chars.discard("")
    return frozenset(chars)


def common_share(text: str) -> float:
    """Share of non-ASCII letters that are common hanzi: high for a right guess."""
    common = _common_hanzi()
    wide = [ch for ch in text if ord(ch) > 0x2E7F and ch.isalpha()]
    if not wide:
        return 1.0
    return sum(ch in common for ch in wide) / len(wide)


def decode(data: bytes) -> Decoded:
    """Decode scraped bytes; never raises."""
    for bom, name, codec in BOM_TABLE:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), name)
            except UnicodeDecodeError as exc:
                return Decoded(None, None, f"undecodable: invalid {name} after BOM at byte {exc.start}")
    if looks_utf16(data):
        for codec in ("utf-16-le", "utf-16-be"):
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError:
                continue
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
        if exc.reason == "unexpected end of data" and exc.end == len(data):  # cut inside the last character
            return _utf8_without_broken_bytes(data)
    best: tuple[float, str, str] | None = None
    for codec in LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        share = common_share(text)
        if best is None or share > best[0]:
            best = (share, codec, text)
    if best is not None and best[0] >= MIN_COMMON_SHARE:
        return Decoded(best[2], best[1])
    repaired = _utf8_without_broken_bytes(data)
    if repaired.repaired <= min(MAX_REPAIRED_BYTES, MAX_REPAIRED_SHARE * len(data)):
        return repaired
    return Decoded(None, None, f"undecodable: not UTF-8 (byte {utf8_error}), GB18030 or Big5")


def _utf8_without_broken_bytes(data: bytes) -> Decoded:
    """UTF-8 with the bytes that are not part of a valid character dropped (and counted)."""
    text = data.decode("utf-8", "replace")
    kept = text.replace("\ufffd", "")
    return Decoded(kept, "utf-8", repaired=len(data) - len(kept.encode("utf-8")))


def looks_utf16(data: bytes) -> bool:
    """UTF-16 without BOM: many NUL bytes on one parity, none on the other."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    return (odd > 0.3 * half and even == 0) or (even > 0.3 * half and odd == 0)
