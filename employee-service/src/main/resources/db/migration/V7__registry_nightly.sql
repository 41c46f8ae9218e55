-- The nightly registry sync: one job per night whichever instance's scheduler fires first — the night is claimed
-- here (primary key) in the transaction that creates the job, before the job row (so the reference is checked at commit).
create table registry_job_night (
    night  date primary key,
    job_id uuid not null references registry_job (id) deferrable initially deferred
);
