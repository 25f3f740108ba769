"""Ingest: one input page's bytes to decoded text lines (`reader`), or a rejection with a reason.

`decode` finds the encoding (BOMs, UTF-8, GB18030 or Big5), `html` turns a whole HTML page into
lines of visible text. Pure functions of bytes: reading files is the pipeline's job.
"""
