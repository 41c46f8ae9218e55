-- Annual appraisal periods; the year is the reference other services use.
create table period (
    year            integer      primary key,
    sub_period_kind varchar(20)  not null,
    status          varchar(20)  not null,
    version         bigint       not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null
);

-- One SKP per employee per period.
create table skp (
    id                        uuid primary key,
    year                      integer      not null references period (year),
    nip                       varchar(18)  not null,
    unit_id                   uuid,
    appraiser_nip             varchar(18)  not null,
    appraiser_override_reason varchar(1000),
    state                     varchar(20)  not null,
    hasil_kerja               varchar(10),
    perilaku_kerja            varchar(10),
    predikat                  varchar(20),
    rated_at                  timestamptz,
    rated_by                  varchar(200),
    finalized_at              timestamptz,
    version                   bigint       not null,
    created_at                timestamptz  not null,
    created_by                varchar(200) not null,
    updated_at                timestamptz  not null,
    updated_by                varchar(200) not null,
    unique (nip, year)
);
create index skp_appraiser on skp (appraiser_nip, state);
create index skp_unit on skp (unit_id, year);

-- Rencana Hasil Kerja; parent_rhk_id is the appraiser's RHK this one supports (cascading).
create table rhk (
    id            uuid primary key,
    skp_id        uuid          not null references skp (id),
    kind          varchar(20)   not null,
    text          varchar(1000) not null,
    parent_rhk_id uuid references rhk (id),
    created_at    timestamptz   not null,
    created_by    varchar(200)  not null
);
create index rhk_skp on rhk (skp_id);

create table indicator (
    id          uuid primary key,
    rhk_id      uuid           not null references rhk (id),
    aspect      varchar(20)    not null,
    description varchar(500)   not null,
    target      numeric(14, 2) not null,
    target_unit varchar(50)    not null,
    version     bigint         not null,
    updated_at  timestamptz    not null,
    updated_by  varchar(200)   not null
);
create index indicator_rhk on indicator (rhk_id);

-- Realised value per indicator per sub-period, with its narrative and evidence links.
create table realisation (
    id           uuid primary key,
    skp_id       uuid           not null references skp (id),
    indicator_id uuid           not null references indicator (id),
    sub_period   integer        not null,
    action_plan  varchar(1000),
    value        numeric(14, 2) not null,
    narrative    varchar(2000),
    evidence     text           not null,
    created_at   timestamptz    not null,
    created_by   varchar(200)   not null
);
create index realisation_skp on realisation (skp_id);

-- Performance dialogue: feedback per RHK or per BerAKHLAK value.
create table dialogue_entry (
    id         uuid primary key,
    skp_id     uuid          not null references skp (id),
    rhk_id     uuid references rhk (id),
    berakhlak  varchar(30),
    author_nip varchar(18)   not null,
    text       varchar(2000) not null,
    created_at timestamptz   not null,
    created_by varchar(200)  not null
);
create index dialogue_skp on dialogue_entry (skp_id);

-- The appraiser's rating of each BerAKHLAK value.
create table behaviour_rating (
    id          uuid primary key,
    skp_id      uuid          not null references skp (id),
    value       varchar(30)   not null,
    rating      varchar(10)   not null,
    expectation varchar(1000) not null,
    feedback    varchar(2000),
    unique (skp_id, value)
);

-- Every state change and recorded decision of an SKP (who, when, from -> to, why).
create table skp_history (
    id         bigserial primary key,
    skp_id     uuid          not null references skp (id),
    action     varchar(30)   not null,
    from_state varchar(20),
    to_state   varchar(20),
    reason     varchar(2000),
    at         timestamptz   not null,
    by_who     varchar(200)  not null
);
create index skp_history_skp on skp_history (skp_id, id);

-- A unit's own result per year and, when finalised with violations, the recorded override.
create table unit_period (
    id              uuid primary key,
    unit_id         uuid         not null,
    year            integer      not null references period (year),
    result          varchar(20),
    result_set_at   timestamptz,
    result_set_by   varchar(200),
    override_reason varchar(2000),
    finalized_at    timestamptz,
    finalized_by    varchar(200),
    violations      text,
    unique (unit_id, year)
);

-- Projections of other services' events (version-safe).
create table employee_view (
    nip            varchar(18) primary key,
    display_name   varchar(400) not null,
    status         varchar(20)  not null,
    supervisor_nip varchar(18),
    unit_id        uuid,
    unit_name      varchar(200),
    unit_path      text,
    position_name  varchar(300),
    golongan       varchar(20),
    version        bigint       not null
);
create index employee_view_supervisor on employee_view (supervisor_nip);

create table unit_view (
    id               uuid primary key,
    code             varchar(50)  not null,
    name             varchar(200) not null,
    parent_id        uuid,
    head_position_id uuid,
    version          bigint       not null
);

-- Latest feedback.summary per employee and year (input for the appraiser, never a rating).
create table feedback_summary (
    id       uuid primary key,
    nip      varchar(18) not null,
    year     integer     not null,
    payload  text        not null,
    version  bigint      not null,
    received_at timestamptz not null,
    unique (nip, year)
);
