"""Award vocabulary (data only; the extractor compiles it)."""

from __future__ import annotations

# Counter words of award counts.
AWARD_UNITS = "家个名位项"
# Organisations that receive awards.
RECIPIENT_NOUNS = ("企业", "单位", "组织", "公司", "集团")
