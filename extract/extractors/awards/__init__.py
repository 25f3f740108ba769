"""Awards: counts of honours conferred on organisations, stated or counted from named recipients.

Every award or designation name is found by its head (…质量奖, …标杆企业) and read back to
where the name starts (`mentions`); each mention gets its full name, level, city and
edition (`names`); its count is then read from the sentence around it by the first of an
ordered list of readers (`readers`: a stated count, a list of organisations, a count after
the name, a numbered list under a heading, a count in a later clause…), and from the whole
text by the readers of counts that refer back to the award named last, of quoted
designations and of year lists (`text_readers`). `extractor` makes one record per reading.
"""

from __future__ import annotations

from extract.extractors.awards.extractor import NAME, AwardsExtractor

__all__ = ["NAME", "AwardsExtractor"]
