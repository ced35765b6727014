-- dyad store, version 3: what the geocoder resolved a place to, for the geography columns of GDELT exports.
ALTER TABLE events ADD COLUMN place_kind VARCHAR;          -- COUNTRY, ADMIN1, CITY; null when unresolved
ALTER TABLE events ADD COLUMN place_admin1 VARCHAR;        -- GeoNames admin1 code: '11' for Seoul, 'CA' for Los Angeles
ALTER TABLE events ADD COLUMN place_geonameid BIGINT;      -- GeoNames id of a city
-- Before version 3 only gazetteer cities were given coordinates.
UPDATE events SET place_kind = 'CITY' WHERE place_lat IS NOT NULL;
