-- The language each person reads the intranet in: 'en' or 'cy' (Welsh), chosen on "My profile" or
-- with the header's language link. NULL until they choose: their browser's language is used.
ALTER TABLE person ADD COLUMN language VARCHAR(8) NULL;
