-- dyad store, version 7: an event's identity from its content (org.dyad.store.EventIds), the same in every store
-- and on every run, so that exports of two stores merge: uid, 32 hex digits of the SHA-256 of the document id,
-- the evidence offsets, the code and the two actors; gdelt_id, its first 63 bits as GDELT's integer
-- GLOBALEVENTID. event_no still counts events in ingest order within a store. Rows written before this version
-- are given both when the store is migrated (by Store, in Java, as new rows are).
ALTER TABLE events ADD COLUMN uid VARCHAR;
ALTER TABLE events ADD COLUMN gdelt_id BIGINT;
