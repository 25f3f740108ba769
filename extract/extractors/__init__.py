"""Record extractors, one per record table, side by side; `base` holds their interface and registry.

`document.extract_records` runs them over one cleaned document, each after the ones whose
records it reads (cities before the extractors that read the page's primary city).
"""
