-- A client address's counter is spread over a few rows (issue 14): every public write from one address
-- upserted one row, whose lock then serialised a venue's whole rush (seen as 503 busy). A request now
-- bumps one of the address's shards at random and reads the sum; identities keep one row (shard 0).
ALTER TABLE rate_limit_counters ADD COLUMN shard smallint NOT NULL DEFAULT 0 CHECK (shard BETWEEN 0 AND 63);
ALTER TABLE rate_limit_counters DROP CONSTRAINT rate_limit_counters_pkey;
ALTER TABLE rate_limit_counters ADD PRIMARY KEY (org_id, bucket, key, window_start, shard);
