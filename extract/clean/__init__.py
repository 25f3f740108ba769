"""Clean: a decoded page to kept paragraphs with removal reasons, metadata and `clean_text`.

`document` runs the steps for one page: `normalize` (NFKC, pinyin, simplified script),
`filters` (line rules, each giving a removal reason), `metadata` (headline, date, outlet) and
`dedup` (repeated paragraphs and summaries).
"""
