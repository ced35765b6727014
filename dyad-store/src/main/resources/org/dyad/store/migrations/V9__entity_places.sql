-- dyad store, version 9: where a place entity (a LOCATION or a COUNTRY) is, as the places stage resolved its name
-- with the gazetteer (the same columns as an event's place). Rows written before this version, and entities that
-- are no place or whose name did not resolve, keep them empty.
ALTER TABLE entities ADD COLUMN place_name VARCHAR;        -- the gazetteer's name: 'Washington, D.C.' for 'Washington'
ALTER TABLE entities ADD COLUMN place_country VARCHAR;     -- ISO 3166-1 alpha-3
ALTER TABLE entities ADD COLUMN place_lat DOUBLE PRECISION; -- a city's coordinates; empty for a division or a country
ALTER TABLE entities ADD COLUMN place_lon DOUBLE PRECISION;
ALTER TABLE entities ADD COLUMN place_kind VARCHAR;        -- COUNTRY, ADMIN1, CITY
ALTER TABLE entities ADD COLUMN place_admin1 VARCHAR;      -- GeoNames admin1 code: '11' for Seoul, 'CA' for Los Angeles
ALTER TABLE entities ADD COLUMN place_geonameid BIGINT;    -- GeoNames id of a city
