-- Jobs. Every state change rewrites the row and touches indexed columns (state is in every
-- partial index predicate), so no update is HOT: each index below is paid on each transition.
CREATE TABLE ${schema}.docket_jobs (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type               text        NOT NULL,
    queue              text        NOT NULL,
    priority           smallint    NOT NULL DEFAULT 0,
    state              text        NOT NULL CONSTRAINT docket_jobs_state_check CHECK (state IN
                           ('scheduled', 'available', 'running', 'retryable', 'succeeded', 'dead', 'cancelled')),
    args               text        NOT NULL,
    -- jsonb: small, written once, and queryable by operators (meta @> '{"tenant":"a"}')
    meta               jsonb       NOT NULL DEFAULT '{}',
    attempt            integer     NOT NULL DEFAULT 0,
    max_attempts       integer     NOT NULL,
    lost_count         integer     NOT NULL DEFAULT 0,
    unique_key         text,
    created_at         timestamptz NOT NULL,
    run_at             timestamptz NOT NULL,
    attempted_at       timestamptz,
    finished_at        timestamptz,
    lease_expires_at   timestamptz,
    worker             text,
    cancel_requested   boolean     NOT NULL DEFAULT false,
    timeout_ms         bigint,
    backoff_initial_ms bigint,
    backoff_max_ms     bigint,
    result             text,
    progress           text
) WITH (
    -- the table churns (insert, claim, finish, prune): vacuum and analyze it early and often
    autovacuum_vacuum_scale_factor = 0.01,
    autovacuum_vacuum_threshold = 1000,
    autovacuum_vacuum_insert_scale_factor = 0.02,
    autovacuum_analyze_scale_factor = 0.02,
    autovacuum_vacuum_cost_delay = 1
);

-- claims: WHERE state = 'available' AND queue = ? ORDER BY priority, run_at, id LIMIT ?
CREATE INDEX docket_jobs_claim ON ${schema}.docket_jobs (queue, priority, run_at, id)
    WHERE state = 'available';

-- staging due jobs
CREATE INDEX docket_jobs_due ON ${schema}.docket_jobs (run_at)
    WHERE state IN ('scheduled', 'retryable');

-- rescuing expired leases
CREATE INDEX docket_jobs_leases ON ${schema}.docket_jobs (lease_expires_at)
    WHERE state = 'running';

-- pruning and throughput charts
CREATE INDEX docket_jobs_finished ON ${schema}.docket_jobs (finished_at)
    WHERE state IN ('succeeded', 'dead', 'cancelled');

-- at most one unfinished job per unique key
CREATE UNIQUE INDEX docket_jobs_unique_key ON ${schema}.docket_jobs (unique_key)
    WHERE unique_key IS NOT NULL AND state IN ('scheduled', 'available', 'running', 'retryable');

-- one row per failed attempt, deleted with its job
CREATE TABLE ${schema}.docket_errors (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id   bigint      NOT NULL REFERENCES ${schema}.docket_jobs (id) ON DELETE CASCADE,
    attempt  integer     NOT NULL,
    at       timestamptz NOT NULL,
    message  text        NOT NULL,
    stack    text
);

CREATE INDEX docket_errors_job ON ${schema}.docket_errors (job_id, id);

-- queues that were ever paused or resumed
CREATE TABLE ${schema}.docket_queues (
    name       text PRIMARY KEY,
    paused     boolean     NOT NULL,
    updated_at timestamptz NOT NULL
);

-- live Docket processes
CREATE TABLE ${schema}.docket_processes (
    id           text PRIMARY KEY,
    name         text,
    host         text,
    pid          bigint      NOT NULL,
    started_at   timestamptz,
    heartbeat_at timestamptz NOT NULL,
    queues       jsonb       NOT NULL DEFAULT '{}',
    running      integer     NOT NULL DEFAULT 0,
    version      text
);

-- leases on named leaderships
CREATE TABLE ${schema}.docket_leaders (
    name       text PRIMARY KEY,
    holder     text        NOT NULL,
    term       bigint      NOT NULL,
    expires_at timestamptz NOT NULL
);
