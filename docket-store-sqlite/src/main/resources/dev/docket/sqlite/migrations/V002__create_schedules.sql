-- durable schedules: the definition (JSON written by the runtime) and the firing state
CREATE TABLE docket_schedules (
    name          TEXT PRIMARY KEY,
    definition    TEXT NOT NULL,
    paused        INTEGER NOT NULL DEFAULT 0,
    handled_until INTEGER,
    next_fire_at  INTEGER,
    last_tick     INTEGER,
    last_job_id   INTEGER,
    pending_tick  INTEGER,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

-- every tick that created a job: the permanent (schedule, tick) key that makes a tick fire at most once
CREATE TABLE docket_schedule_ticks (
    schedule TEXT NOT NULL,
    tick     INTEGER NOT NULL,
    job_id   INTEGER NOT NULL,
    PRIMARY KEY (schedule, tick)
) WITHOUT ROWID;
