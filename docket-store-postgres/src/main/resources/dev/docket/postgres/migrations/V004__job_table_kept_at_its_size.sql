-- Vacuum (Docket's own and autovacuum alike) no longer cuts empty pages off the end of the job
-- table. Cutting them takes an exclusive lock that stalls every claim, enqueue and outcome on the
-- table, and a busy queue grows the table back within a second, so the space is better kept for
-- the next jobs. `VACUUM (TRUNCATE true) docket_jobs` still gives it back by hand.
ALTER TABLE ${schema}.docket_jobs SET (vacuum_truncate = false);
