"""The pipeline: what each DVC stage runs, and `run`, all stages chained per page.

Each stage module pairs a pure function of one page (`ingest_page`, `clean_page`,
`extract_page`: rows in, validated rows out) with the runner that streams a whole input
through it on the engine and writes its tables (`ingest_stage`, `clean_stage`,
`extract_stage`). `run` chains the three per-page functions, so a run and the stages one by
one give byte-identical tables. `inputs` lists what a stage reads.
"""
