-- Projections of other services' events: applied only when the snapshot's version is newer.
create table employee_view (
    nip          varchar(18) primary key,
    name         varchar(200) not null,
    status       varchar(20)  not null,
    unit_id      uuid,
    position_id  uuid,
    snapshot     text         not null,
    version      bigint       not null,
    updated_at   timestamptz  not null
);
create index employee_view_unit on employee_view (unit_id);

create table unit_view (
    id         uuid primary key,
    code       varchar(50)  not null,
    name       varchar(200) not null,
    parent_id  uuid,
    version    bigint       not null,
    updated_at timestamptz  not null
);

create table position_view (
    id         uuid primary key,
    code       varchar(100) not null,
    name       varchar(300) not null,
    type       varchar(20)  not null,
    unit_id    uuid         not null,
    seats      int          not null,
    snapshot   text         not null,
    version    bigint       not null,
    updated_at timestamptz  not null
);

-- One official predikat per employee and appraisal year (the history the eligibility rules read).
create table predikat_record (
    nip          varchar(18) not null,
    year         int         not null,
    predikat     varchar(20) not null,
    skp_id       varchar(100),
    finalized_at timestamptz,
    version      bigint      not null,
    updated_at   timestamptz not null,
    primary key (nip, year)
);

create table vacancy (
    id                    uuid primary key,
    position_id           uuid         not null,
    position_type         varchar(20)  not null,
    unit_id               uuid         not null,
    state                 varchar(20)  not null,
    tmt                   date         not null,
    requirement_overrides text,
    weight_overrides      text,
    note                  varchar(1000),
    version               bigint       not null,
    created_at            timestamptz  not null,
    created_by            varchar(200) not null,
    updated_at            timestamptz  not null,
    updated_by            varchar(200) not null
);
create index vacancy_position on vacancy (position_id, state);

create table placement_run (
    id                 uuid primary key,
    vacancy_ids        text         not null,
    candidate_nips     text         not null,
    max_moves_per_unit int,
    method             varchar(20)  not null,
    status             varchar(30)  not null,
    total_score        double precision not null,
    assigned           int          not null,
    eligible_pairs     bigint       not null,
    solve_millis       bigint       not null,
    result             text         not null,
    created_at         timestamptz  not null,
    created_by         varchar(200) not null
);

create table proposal (
    id              uuid primary key,
    vacancy_id      uuid         not null references vacancy (id),
    nip             varchar(18)  not null,
    position_id     uuid         not null,
    unit_id         uuid         not null,
    tmt             date         not null,
    source          varchar(20)  not null,
    run_id          uuid references placement_run (id),
    score           double precision not null,
    breakdown       text         not null,
    state           varchar(20)  not null,
    decision_reason varchar(2000),
    decision_ref    varchar(200),
    decided_by      varchar(200),
    decided_at      timestamptz,
    version         bigint       not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null
);
-- A person holds at most one approved, not yet applied placement; a seat is filled at most once.
create unique index proposal_one_approved_per_person on proposal (nip) where state = 'APPROVED';
create unique index proposal_one_approval_per_seat on proposal (vacancy_id) where state in ('APPROVED', 'APPLIED');
create index proposal_vacancy on proposal (vacancy_id);
