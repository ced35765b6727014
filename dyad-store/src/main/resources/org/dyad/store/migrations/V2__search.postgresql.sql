-- Full-text search of articles in PostgreSQL: the index that Queries.search uses.
CREATE INDEX documents_fts ON documents USING GIN (to_tsvector('english', coalesce(title, '') || ' ' || text));
