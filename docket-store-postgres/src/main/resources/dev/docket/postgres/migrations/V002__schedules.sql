-- durable schedules: the definition (opaque JSON the runtime writes) and the firing state
CREATE TABLE ${schema}.docket_schedules (
    name          text PRIMARY KEY,
    definition    text        NOT NULL,
    paused        boolean     NOT NULL DEFAULT false,
    handled_until timestamptz,
    next_fire_at  timestamptz,
    last_tick     timestamptz,
    last_job_id   bigint,
    pending_tick  timestamptz,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);

-- every (schedule, tick) that created a job: a tick fires at most once, even if the watermark
-- is moved back; kept after the job is pruned, pruned itself after 30 days
CREATE TABLE ${schema}.docket_schedule_ticks (
    schedule text        NOT NULL,
    tick     timestamptz NOT NULL,
    job_id   bigint      NOT NULL,
    fired_at timestamptz NOT NULL,
    PRIMARY KEY (schedule, tick)
);

CREATE INDEX docket_schedule_ticks_fired ON ${schema}.docket_schedule_ticks (fired_at);
