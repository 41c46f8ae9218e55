-- Completed development activities (diklat, kursus, seminar, ...) per employee, entered by hr-admin or imported
-- from the registry's rw-diklat / rw-kursus. Registry rows keep the registry's own id so a re-import updates them.
create table training (
    id               uuid primary key,
    nip              varchar(18)  not null references employee (nip),
    title            varchar(300) not null,
    type             varchar(20)  not null,
    provider         varchar(200),
    start_date       date         not null,
    end_date         date         not null check (end_date >= start_date),
    hours            integer      not null check (hours between 1 and 1000),
    competencies     text         not null,
    evidence_url     varchar(500),
    source           varchar(20)  not null,
    registry_source  varchar(20),
    registry_id      varchar(100),
    version          bigint       not null,
    created_at       timestamptz  not null,
    created_by       varchar(200) not null,
    updated_at       timestamptz  not null,
    updated_by       varchar(200) not null,
    check ((source = 'REGISTRY') = (registry_id is not null and registry_source is not null))
);
-- An activity counts in the year of its end date: the year filter and the JP total read this index.
create index training_nip_end on training (nip, end_date, id);
create unique index training_registry_row on training (nip, registry_source, registry_id) where registry_id is not null;

-- A registry sync job also reports the training rows it skipped: several rejections may share a row number.
alter table registry_job_rejection add column item varchar(200) not null default '';
alter table registry_job_rejection drop constraint registry_job_rejection_pkey;
alter table registry_job_rejection add primary key (job_id, row_no, item);
