"""Execution: map a function over items on worker processes or Ray, and write what it returns as Parquet.

The engine knows nothing of pages, rules or stages. A per-item function returns `Rows`
(table name → row dicts); the engine turns consecutive results into Arrow blocks where
they were made, cuts them into batches of a fixed number of items (one Parquet row group
each) and writes every table with the schema it is given, atomically, in input order, so
the same input gives the same bytes with 1 or N workers, locally or on Ray.

- `blocks`: Arrow blocks of consecutive results, batching and cutting.
- `pool`: ordered maps on forked workers that share what was loaded before the fork.
- `write`: the batch writer and the progress line.
- `shards`: large runs as NAME/part-NNNNN.parquet shards, resumable, written by the workers.
- `ray`: the same map on Ray Data (optional extra).
"""
