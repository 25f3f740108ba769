"""The grammar: every word and pattern the pipeline reads Chinese with, as data.

How a rule module is laid out (`awards.py` is the model to follow):

- **Word groups** first: named tuples of words with a comment saying what the group is,
  written with `compose.words("获得 荣获 获评")` when short words fit on a line. A new verb,
  tier, unit or noun is one word added to its group.
- **Patterns** next, composed from the groups and from the shared pieces of `common.py`
  (numbers, counts, years, editions, punctuation, the hanzi range), each with a comment
  giving an example it matches. Patterns that need the gazetteer are built on first use
  (`functools.cache`) so that importing a rule module stays cheap.
- Nothing else: no control flow beyond building the patterns. The extractors and filters
  import finished patterns and word groups and compile nothing with hanzi in it.

Modules: `common` (shared pieces: numbers, counts, years, editions, quotation marks, the hanzi
range), `compose` (how groups become regex sources), `places` (the GB/T 2260 gazetteer and
region words), and one module per consumer:

- cleaning: `boilerplate` (line rules), `pinyin` (inline pinyin), `metadata` (titles,
  publication dates, datelines), `outlets` (media names);
- records: `cities`, `dates`, `programs` with `program_levels` and `program_quotes`, `awards`
  with `award_counts`, `brands`, `designations`;
- what reads the records: `panel` (city-year facts), `audit` (cue words of each table),
  `samples` (composed sentences the tests share).
"""
