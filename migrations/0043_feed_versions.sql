-- A calendar feed's address can be replaced (issue: a feed link cannot be taken back). The signed
-- link names its row and is signed for the row's feed version: raising the version makes a new
-- address and leaves the old one opening nothing. Version 1 signs as before, so every address
-- already handed out keeps working until its owner replaces it.
ALTER TABLE customers ADD COLUMN feed_version integer NOT NULL DEFAULT 1 CHECK (feed_version >= 1);
ALTER TABLE providers ADD COLUMN feed_version integer NOT NULL DEFAULT 1 CHECK (feed_version >= 1);
