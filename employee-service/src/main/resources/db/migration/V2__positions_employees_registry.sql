-- Units synced from the registry keep the registry's unor id.
alter table org_unit add column registry_id varchar(100) unique;

-- Positions (jabatan). Competency standard and requirement profile are small value lists kept as JSON text.
create table position (
    id                   uuid primary key,
    code                 varchar(50)  not null unique,
    name                 varchar(200) not null,
    type                 varchar(20)  not null,
    fungsional_level     varchar(20),
    unit_id              uuid         not null references org_unit (id),
    seats                integer      not null check (seats >= 1),
    competency_standard  text         not null,
    requirements         text         not null,
    version              bigint       not null,
    created_at           timestamptz  not null,
    created_by           varchar(200) not null,
    updated_at           timestamptz  not null,
    updated_by           varchar(200) not null
);
create index position_unit on position (unit_id);

create table employee (
    nip                    varchar(18)  primary key,
    employment_type        varchar(10)  not null,
    name                   varchar(200) not null,
    front_title            varchar(50),
    back_title             varchar(100),
    birth_place            varchar(100),
    birth_date             date         not null,
    sex                    varchar(10)  not null,
    status                 varchar(20)  not null,
    golongan               varchar(20),
    golongan_tmt           date,
    position_id            uuid references position (id),
    position_tmt           date,
    unit_id                uuid references org_unit (id),
    education              text         not null,
    competencies           text         not null,
    potential_score        numeric(5, 2),
    potential_assessed_on  date,
    registry_synced_at     timestamptz,
    version                bigint       not null,
    created_at             timestamptz  not null,
    created_by             varchar(200) not null,
    updated_at             timestamptz  not null,
    updated_by             varchar(200) not null
);
create index employee_unit on employee (unit_id, name, nip);
create index employee_position on employee (position_id);
create index employee_name on employee (lower(name), nip);
create index employee_status on employee (status);

-- Every position held; until = null is the current one, until is exclusive (the next position's TMT).
create table position_history (
    id             bigserial primary key,
    nip            varchar(18)  not null references employee (nip),
    position_id    uuid         not null references position (id),
    position_name  varchar(200) not null,
    position_type  varchar(20)  not null,
    unit_id        uuid         not null,
    tmt            date         not null,
    until          date,
    decision_ref   varchar(200),
    created_at     timestamptz  not null,
    created_by     varchar(200) not null
);
create index position_history_nip on position_history (nip, tmt desc);
create unique index position_history_one_open on position_history (nip) where until is null;

-- placement.approved decisions already applied (version-safe: a decision is applied once per version).
create table applied_placement (
    decision_ref  varchar(200) primary key,
    nip           varchar(18)  not null,
    version       bigint       not null,
    applied_at    timestamptz  not null
);

-- Registry sync and file import jobs with their progress.
create table registry_job (
    id           uuid primary key,
    kind         varchar(20)  not null,
    state        varchar(20)  not null,
    total        integer      not null,
    created      integer      not null default 0,
    updated      integer      not null default 0,
    unchanged    integer      not null default 0,
    rejected     integer      not null default 0,
    failure      varchar(1000),
    created_at   timestamptz  not null,
    created_by   varchar(200) not null,
    finished_at  timestamptz
);

create table registry_job_rejection (
    job_id  uuid          not null references registry_job (id),
    row_no  integer       not null,
    nip     varchar(100),
    reason  varchar(1000) not null,
    primary key (job_id, row_no)
);
