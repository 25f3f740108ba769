"""Tables across documents: the city × year `panel` and the `policy` table of designations, and their exports.

`facts` attributes each award, brand and designation record to a city and a year and groups the
records of every story stating the same fact; `build` makes the rows; `export` writes them (Parquet,
CSV, Stata, datapackage.json, the coverage report); `stage` is what `run` and the DVC stage call.
"""
