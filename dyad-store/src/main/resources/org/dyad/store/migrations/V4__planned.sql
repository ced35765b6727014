-- Planned events ("Nakasone will visit Washington next month") have not happened when reported: counted on
-- their future date they stood in timelines and stories as if done. Stores written before this version keep
-- planned events as happened; this corrects them. Stories are recomputed by the next ingest or by
-- `dyad query dedupe`.
UPDATE events SET happened = FALSE WHERE modality LIKE '%planned%';
