-- The feed reads published posts pinned first, then newest first: an index in exactly that order
-- (descending) lets MySQL/MariaDB and H2 walk it from the top and stop after a page, checking each
-- post's audience keys by primary key, instead of sorting every post a reader may see.
CREATE INDEX ix_post_feed_order ON post (state, pinned DESC, published_at DESC, id DESC);
