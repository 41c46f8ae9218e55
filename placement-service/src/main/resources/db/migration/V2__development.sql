-- Issue 10: development planning. Training records and BerAKHLAK ratings are projections; plans are owned here.

-- The BerAKHLAK ratings of a finalized appraisal (JSON object value -> ABOVE/MEETS/BELOW); null for older rows.
alter table predikat_record add column berakhlak text;

-- Completed development activities from employee.upserted's "trainings"; replaced wholesale by a newer snapshot.
create table training_record (
    nip           varchar(18)  not null,
    id            uuid         not null,
    title         varchar(500) not null,
    type          varchar(20)  not null,
    provider      varchar(300),
    start_date    date         not null,
    end_date      date         not null,
    jp_year       int          not null,
    hours         int          not null,
    competencies  text         not null,
    evidence_url  varchar(2000),
    source        varchar(20)  not null,
    primary key (nip, id)
);
-- An activity counts in the year of its end date: the yearly JP sums read this index.
create index training_record_year on training_record (jp_year, nip);

create table development_plan (
    id                          uuid primary key,
    nip                         varchar(18)  not null,
    year                        int          not null,
    state                       varchar(20)  not null,
    target_position_id          uuid,
    agreed_by                   varchar(200),
    agreed_at                   timestamptz,
    recommendation_basis        varchar(64)  not null,
    recommendations_changed_at  timestamptz,
    version                     bigint       not null,
    created_at                  timestamptz  not null,
    created_by                  varchar(200) not null,
    updated_at                  timestamptz  not null,
    updated_by                  varchar(200) not null,
    unique (nip, year)
);

create table development_item (
    id            uuid primary key,
    plan_id       uuid          not null references development_plan (id),
    ordinal       int           not null,
    origin        varchar(20)   not null,
    kind          varchar(20)   not null,
    focus         varchar(100)  not null,
    focus_label   varchar(300)  not null,
    activity_type varchar(20)   not null,
    suggested_jp  int           not null,
    reason        varchar(2000) not null,
    status        varchar(20)   not null,
    drop_reason   varchar(2000),
    status_at     timestamptz,
    status_by     varchar(200)
);
create index development_item_plan on development_item (plan_id, ordinal);
