-- An optional banner image above a post. Its bytes live in the kernel's content-addressed file store
-- under banner_content_id (the SHA-256 of the bytes, 64 hex digits); here is what the news context
-- knows of them: the image type the service found in the bytes, their size and pixel dimensions, and
-- the alternative text read out in place of the image. All null when the post has no banner.
ALTER TABLE post ADD COLUMN banner_content_id CHAR(64);
ALTER TABLE post ADD COLUMN banner_type VARCHAR(20);
ALTER TABLE post ADD COLUMN banner_size BIGINT;
ALTER TABLE post ADD COLUMN banner_width INT;
ALTER TABLE post ADD COLUMN banner_height INT;
ALTER TABLE post ADD COLUMN banner_alt VARCHAR(250);
