-- A job's error rows are deleted by the statement that deletes the job (pruning, an operator's
-- delete), in one set-based step. The cascading foreign key did it with a trigger and a query per
-- deleted job, which made pruning a large share of the database's work under load.
ALTER TABLE ${schema}.docket_errors DROP CONSTRAINT IF EXISTS docket_errors_job_id_fkey;
