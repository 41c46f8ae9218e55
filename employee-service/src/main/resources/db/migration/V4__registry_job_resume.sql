-- A registry job survives a restart: its items are stored with it, each progress write records how far the worker got
-- (next_row) and when it was last alive (heartbeat_at); a RUNNING job whose heartbeat stopped is taken over by a
-- running instance and resumed from next_row. Items go once the job is DONE or FAILED.
alter table registry_job add column next_row integer not null default 0;
alter table registry_job add column heartbeat_at timestamptz;

create table registry_job_item (
    job_id uuid    not null references registry_job (id),
    row_no integer not null,
    item   text    not null,
    primary key (job_id, row_no)
);
