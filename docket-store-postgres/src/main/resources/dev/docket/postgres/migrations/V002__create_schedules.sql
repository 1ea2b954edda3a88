-- durable schedules: the definition (JSON written by the runtime) and the firing state
CREATE TABLE ${schema}.docket_schedules (
    name          text PRIMARY KEY,
    definition    text NOT NULL,
    paused        boolean NOT NULL DEFAULT false,
    handled_until timestamptz,
    next_fire_at  timestamptz,
    last_tick     timestamptz,
    last_job_id   bigint,
    pending_tick  timestamptz,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);

-- every tick that created a job: the permanent (schedule, tick) key that makes a tick fire at most once
CREATE TABLE ${schema}.docket_schedule_ticks (
    schedule text NOT NULL,
    tick     timestamptz NOT NULL,
    job_id   bigint NOT NULL,
    PRIMARY KEY (schedule, tick)
);
