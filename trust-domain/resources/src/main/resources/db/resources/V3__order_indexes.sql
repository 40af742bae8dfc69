-- The library's orders without words, newest first (what opening the library shows), most
-- downloaded and best rated: each an index walked from its end, so the first page reads its 20
-- rows instead of sorting every resource the reader may see (58 ms to under 1 ms on 100,000).
CREATE INDEX ix_resource_newest ON resource (state, created_at);
CREATE INDEX ix_resource_downloads ON resource (state, downloads);
CREATE INDEX ix_resource_rated ON resource (state, rating_score, rating_count);
