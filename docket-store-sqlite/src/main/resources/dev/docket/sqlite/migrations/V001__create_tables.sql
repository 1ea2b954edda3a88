-- Docket's tables for SQLite. Times are INTEGER epoch milliseconds (UTC).

CREATE TABLE docket_jobs (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused, so newer jobs always have larger ids
    type               TEXT    NOT NULL,
    queue              TEXT    NOT NULL,
    priority           INTEGER NOT NULL CHECK (priority BETWEEN 0 AND 9),
    state              TEXT    NOT NULL CHECK (state IN ('scheduled', 'available', 'running', 'retryable',
                                                         'succeeded', 'dead', 'cancelled')),
    args_json          TEXT    NOT NULL,
    meta_json          TEXT    NOT NULL DEFAULT '{}',
    attempt            INTEGER NOT NULL DEFAULT 0,
    max_attempts       INTEGER NOT NULL CHECK (max_attempts >= 1),
    unique_key         TEXT,
    created_at         INTEGER NOT NULL,
    run_at             INTEGER NOT NULL,
    attempted_at       INTEGER,
    finished_at        INTEGER,
    lease_expires_at   INTEGER,
    worker             TEXT,
    cancel_requested   INTEGER NOT NULL DEFAULT 0,
    lost_count         INTEGER NOT NULL DEFAULT 0,
    timeout_ms         INTEGER,
    backoff_initial_ms INTEGER,
    backoff_max_ms     INTEGER,
    result_json        TEXT,
    progress_json      TEXT
);

-- claim: available jobs of a queue in claim order
CREATE INDEX docket_jobs_claim ON docket_jobs (queue, priority, run_at, id) WHERE state = 'available';

-- stageDue: scheduled and retryable jobs by due time
CREATE INDEX docket_jobs_due ON docket_jobs (run_at) WHERE state IN ('scheduled', 'retryable');

-- rescueExpired: running jobs by lease expiry
CREATE INDEX docket_jobs_leases ON docket_jobs (lease_expires_at) WHERE state = 'running';

-- prune and finishedPerMinute: finished jobs by end state and finish time
CREATE INDEX docket_jobs_finished ON docket_jobs (state, finished_at) WHERE finished_at IS NOT NULL;

-- at most one unfinished job per unique key
CREATE UNIQUE INDEX docket_jobs_unique_key ON docket_jobs (unique_key)
    WHERE unique_key IS NOT NULL AND state IN ('scheduled', 'available', 'running', 'retryable');

-- one row per failed attempt, deleted with its job
CREATE TABLE docket_job_errors (
    id      INTEGER PRIMARY KEY,
    job_id  INTEGER NOT NULL REFERENCES docket_jobs (id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL,
    at      INTEGER NOT NULL,
    message TEXT    NOT NULL,
    stack   TEXT
);

CREATE INDEX docket_job_errors_job ON docket_job_errors (job_id);

-- queues that were ever paused or resumed
CREATE TABLE docket_queues (
    name       TEXT    PRIMARY KEY,
    paused     INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

-- live Docket processes
CREATE TABLE docket_processes (
    id           TEXT    PRIMARY KEY,
    name         TEXT    NOT NULL,
    host         TEXT,
    pid          INTEGER NOT NULL,
    started_at   INTEGER NOT NULL,
    heartbeat_at INTEGER NOT NULL,
    queues_json  TEXT    NOT NULL,
    running      INTEGER NOT NULL,
    version      TEXT
) WITHOUT ROWID;

-- named leaderships with a lease and a term that grows when they change hands
CREATE TABLE docket_leaders (
    name       TEXT    PRIMARY KEY,
    holder     TEXT    NOT NULL,
    term       INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
