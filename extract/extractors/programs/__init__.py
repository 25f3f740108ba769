"""Programmes: 《documents》, quoted names, names read back from a programme noun, the strategy class.

Names are found by `finders` (a 《title》 about quality; a quoted name that `admission` accepts —
quotation marks alone do not make a programme; a name read back from its noun to the verb or
particle before it, 会议发布了2011年全国“质量月”活动方案 giving the whole plan's name; designations
and works with a level or domain word; 质量强市/质量强桂-style strategies; known names).
`extractor` keeps the outermost name at each place, merges one programme named twice (`merge`)
and reads each one's level and city (`levels`).
"""

from __future__ import annotations

from extract.extractors.programs.extractor import NAME, ProgramsExtractor

__all__ = ["NAME", "ProgramsExtractor"]
