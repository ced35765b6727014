-- DuckDB searches with ILIKE over the text (its fts extension needs a download): nothing to create.
SELECT 1;
