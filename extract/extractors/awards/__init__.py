"""Awards: counts of honours conferred on organisations (and persons), stated or counted from named recipients.

Every award or designation name is found by its grammar (a field, an inner tier and 奖, after
a role and a region, then a tier: …质量奖, 质量管理优秀奖, …奖组织奖, 标杆企业) and read back to
where the name starts (`mentions`); each mention gets its full name, level, city and edition
(`names`); its count is then read from the sentence around it by the first of an ordered list
of readers (`readers`, each looking on one side of the mention: `sides`), and from the whole
text by the readers of counts that refer back to the award named last, of quoted designations
and of year lists (`text_readers`). `extractor` makes one record per reading (a reading may
carry the persons' tier counted in the same words) and `repeats` keeps one record per fact.
"""

from __future__ import annotations

from extract.extractors.awards.extractor import NAME, AwardsExtractor

__all__ = ["NAME", "AwardsExtractor"]
