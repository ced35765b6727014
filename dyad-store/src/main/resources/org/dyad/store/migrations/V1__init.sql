-- dyad store, version 1: documents and everything extracted from them.
-- Written in the SQL that both DuckDB and PostgreSQL accept. Offsets are character offsets into
-- documents.text (start inclusive, end exclusive); every *_text column equals the text at its offsets.
-- Rows of one document are written in one transaction, so a document is stored whole or not at all.

CREATE TABLE documents (
  doc_no BIGINT NOT NULL UNIQUE,        -- 1, 2, 3 ... in ingest order: stable across an interrupted re-run
  id VARCHAR NOT NULL PRIMARY KEY,      -- the input's id
  title VARCHAR,
  date DATE NOT NULL,                   -- the anchor date
  date_source VARCHAR NOT NULL,         -- OVERRIDE, METADATA, DATELINE, TODAY
  credit VARCHAR,                       -- the agency or outlet credited
  text VARCHAR NOT NULL,
  metadata JSON NOT NULL,               -- other input fields, as they came
  text_hash VARCHAR NOT NULL UNIQUE,    -- SHA-256 of the normalised text: the same article twice is stored once
  ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE entities (
  doc_id VARCHAR NOT NULL,
  entity_id VARCHAR NOT NULL,           -- document-local: E1, E2 ...
  name VARCHAR NOT NULL,
  type VARCHAR NOT NULL,                -- PERSON, ORGANIZATION, COUNTRY, LOCATION, GROUP
  country VARCHAR,                      -- ISO 3166-1 alpha-3
  role VARCHAR,
  actor VARCHAR,                        -- CAMEO actor code: KORGOV, USA ...
  PRIMARY KEY (doc_id, entity_id)
);

CREATE TABLE mentions (
  doc_id VARCHAR NOT NULL,
  entity_id VARCHAR NOT NULL,
  n INTEGER NOT NULL,                   -- 1, 2 ... in text order
  start_char INTEGER NOT NULL,
  end_char INTEGER NOT NULL,
  mention_text VARCHAR NOT NULL,
  PRIMARY KEY (doc_id, entity_id, n)
);

CREATE TABLE timexes (
  doc_id VARCHAR NOT NULL,
  n INTEGER NOT NULL,
  start_char INTEGER NOT NULL,
  end_char INTEGER NOT NULL,
  timex_text VARCHAR NOT NULL,
  type VARCHAR NOT NULL,                -- DATE, TIME, DURATION, SET
  value VARCHAR NOT NULL,               -- TIMEX3 value: 2023-12-10, 2023-W49, P12Y ...
  modifier VARCHAR,                     -- TIMEX3 mod: START, END, APPROX ...
  PRIMARY KEY (doc_id, n)
);

CREATE TABLE quotes (
  doc_id VARCHAR NOT NULL,
  n INTEGER NOT NULL,
  start_char INTEGER NOT NULL,
  end_char INTEGER NOT NULL,
  quote_text VARCHAR NOT NULL,
  direct BOOLEAN NOT NULL,
  cue VARCHAR NOT NULL,
  cue_start INTEGER,
  cue_end INTEGER,
  speaker_entity VARCHAR,
  speaker_name VARCHAR,                 -- null when nobody can be named
  speaker_country VARCHAR,
  speaker_start INTEGER,
  speaker_end INTEGER,
  speaker_text VARCHAR,
  via_entity VARCHAR,
  via_name VARCHAR,
  via_start INTEGER,
  via_end INTEGER,
  via_text VARCHAR,
  PRIMARY KEY (doc_id, n)
);

CREATE TABLE events (
  event_no BIGINT NOT NULL UNIQUE,      -- 1, 2, 3 ... in ingest order
  doc_id VARCHAR NOT NULL,
  event_id VARCHAR NOT NULL,            -- document-local: V1, V2 ...
  code VARCHAR NOT NULL,                -- CAMEO event code
  root VARCHAR NOT NULL,                -- CAMEO root code
  name VARCHAR NOT NULL,
  plover VARCHAR,
  plover_mode VARCHAR,
  goldstein DOUBLE PRECISION NOT NULL,
  quad_class INTEGER NOT NULL,
  source_entity VARCHAR,
  source_actor VARCHAR,
  source_country VARCHAR,
  target_entity VARCHAR,
  target_actor VARCHAR,
  target_country VARCHAR,
  date VARCHAR NOT NULL,                -- TIMEX3 style, as coded: 2023-12-10, 2023-03
  day DATE NOT NULL,                    -- the day to count the event on (see Store)
  date_source VARCHAR NOT NULL,         -- TEXT or DOCUMENT
  place_name VARCHAR,
  place_country VARCHAR,
  place_lat DOUBLE PRECISION,
  place_lon DOUBLE PRECISION,
  modality VARCHAR NOT NULL,            -- comma-separated: asserted, reported, planned, negated, hypothetical
  happened BOOLEAN NOT NULL,            -- neither negated, hypothetical nor planned: counted by timelines and stories
  historical BOOLEAN NOT NULL,
  lead BOOLEAN NOT NULL,                -- the evidence stands in the article's first paragraph (GDELT IsRootEvent)
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text VARCHAR NOT NULL,
  rule VARCHAR NOT NULL,
  PRIMARY KEY (doc_id, event_id)
);

CREATE TABLE event_mentions (
  doc_id VARCHAR NOT NULL,
  event_id VARCHAR NOT NULL,
  n INTEGER NOT NULL,
  start_char INTEGER NOT NULL,
  end_char INTEGER NOT NULL,
  mention_text VARCHAR NOT NULL,
  PRIMARY KEY (doc_id, event_id, n)
);

-- Cross-document events: one row per real event however many articles report it. Derived data, rebuilt
-- from events by Store.collapseStories (no keys: DuckDB checks them eagerly on delete and re-insert).
CREATE TABLE stories (
  story_no BIGINT NOT NULL,
  source_actor VARCHAR NOT NULL,
  target_actor VARCHAR NOT NULL,        -- '' when the event has no target
  code VARCHAR NOT NULL,
  first_day DATE NOT NULL,
  last_day DATE NOT NULL,
  num_articles INTEGER NOT NULL,        -- distinct documents reporting it
  num_sources INTEGER NOT NULL,         -- distinct credits (outlets) among them
  num_mentions INTEGER NOT NULL,        -- every mention in every article, as GDELT counts them
  doc_id VARCHAR NOT NULL,              -- the first report: its event gives the story's fields
  event_id VARCHAR NOT NULL
);

CREATE TABLE story_events (
  story_no BIGINT NOT NULL,
  doc_id VARCHAR NOT NULL,
  event_id VARCHAR NOT NULL
);

CREATE INDEX events_day ON events (day);
CREATE INDEX quotes_speaker ON quotes (speaker_name);
