"""Targets as data: summaries flattened into typed tables, the DuckDB store, exports and the tracking view.

`tables` defines every column once; `rows` flattens an ArticleSummary into those rows; `sources` reads a
saved run (JSONL, JSON, eval run) or finds a database; `db` keeps runs in DuckDB; `export` writes CSV,
XLSX and Parquet; `present` prints a query's result; `track` lines a region's targets up across years.
DuckDB, xlsxwriter and pyarrow are optional and imported only by the function that needs them.
"""
