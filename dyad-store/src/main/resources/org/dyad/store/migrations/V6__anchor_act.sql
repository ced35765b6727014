-- What the model gained and the store lacked. A timex that counts from another time expression of the text
-- ("the next day", "two days later") keeps that one as its anchor (TimeML's anchorTimeID: its offsets and
-- text), and a duration counted from it the date it leads to (points_to: "two days later" is P2D that leads
-- to 2023-12-07). An event coded as the announcement of an act (an intent, 03x; a refusal, 12x) keeps the
-- code of the act itself (act: "071"). Rows written before this version keep them empty: they were not kept.
ALTER TABLE timexes ADD COLUMN anchor_start INTEGER;
ALTER TABLE timexes ADD COLUMN anchor_end INTEGER;
ALTER TABLE timexes ADD COLUMN anchor_text VARCHAR;
ALTER TABLE timexes ADD COLUMN points_to VARCHAR;
ALTER TABLE events ADD COLUMN act VARCHAR;
