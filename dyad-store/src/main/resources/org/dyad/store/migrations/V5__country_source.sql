-- Where an entity's country came from (TEXT, DICTIONARY, or inferred: DATELINE, DOMINANT). Rows written before
-- this version keep it empty: their source is not known.
ALTER TABLE entities ADD COLUMN country_source VARCHAR;
