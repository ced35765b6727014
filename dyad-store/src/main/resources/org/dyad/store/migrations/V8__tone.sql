-- dyad store, version 8: the tone of each article as GDELT measures it (org.dyad.store.Tone: the share of its
-- words that are positive minus the share that are negative, times 100, by the VADER lexicon), for the AvgTone
-- of GDELT exports (the mean over a story's articles). Rows written before this version keep it empty: their
-- stories' AvgTone is left empty, not computed, until the articles are ingested again into a new store.
ALTER TABLE documents ADD COLUMN tone DOUBLE PRECISION;
