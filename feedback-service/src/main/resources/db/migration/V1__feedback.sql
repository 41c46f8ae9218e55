-- Projections of employee-service's events (merit.employees.v1, merit.org.v1): applied only when newer.
create table employee_view (
    nip            varchar(18) primary key,
    display_name   varchar(300) not null,
    status         varchar(20)  not null,
    supervisor_nip varchar(18),
    unit_id        uuid,
    unit_name      varchar(200),
    position_name  varchar(300),
    version        bigint       not null
);
create index employee_view_unit on employee_view (unit_id);
create index employee_view_supervisor on employee_view (supervisor_nip);

create table unit_view (
    id        uuid primary key,
    code      varchar(50)  not null,
    name      varchar(200) not null,
    parent_id uuid,
    version   bigint       not null
);

-- 360° rounds. Answers sit on the invitation so a rater can edit until the round closes; no API or event ever
-- returns them with the rater, and no answer time is kept.
create table peer_round (
    id         uuid primary key,
    ratee_nip  varchar(18) not null,
    year       integer     not null,
    deadline   date        not null,
    status     varchar(10) not null,
    version    bigint      not null,
    created_at timestamptz not null,
    created_by varchar(100) not null,
    updated_at timestamptz not null,
    updated_by varchar(100) not null,
    unique (ratee_nip, year)
);

create table peer_invitation (
    id          uuid primary key,
    round_id    uuid        not null references peer_round (id),
    rater_nip   varchar(18) not null,
    rater_group varchar(20) not null,
    invited_by  varchar(100) not null,
    invited_at  timestamptz not null,
    answered    boolean     not null default false,
    s_berorientasi_pelayanan smallint, s_akuntabel smallint, s_kompeten smallint, s_harmonis smallint,
    s_loyal smallint, s_adaptif smallint, s_kolaboratif smallint,
    comment     varchar(2000),
    unique (round_id, rater_nip)
);
create index peer_invitation_rater on peer_invitation (rater_nip);

create table public_channel (
    id           uuid primary key,
    unit_id      uuid         not null,
    employee_nip varchar(18),
    name         varchar(200) not null,
    kind         varchar(20)  not null,
    version      bigint       not null,
    created_at   timestamptz  not null,
    created_by   varchar(100) not null
);

-- One row per issued visit token; the code's signature is checked before this table is read.
create table visit_token (
    id           varchar(8) primary key,
    channel_id   uuid         not null references public_channel (id),
    employee_nip varchar(18),
    service_type varchar(100) not null,
    year         integer      not null,
    expires_at   timestamptz  not null,
    used         boolean      not null default false,
    issued_by    varchar(100) not null,
    issued_at    timestamptz  not null
);

-- A citizen's answer: no address, no time, no token id (only the appraisal year), so it cannot be traced back.
create table public_response (
    id           uuid primary key,
    channel_id   uuid        not null references public_channel (id),
    unit_id      uuid        not null,
    employee_nip varchar(18),
    service_type varchar(100) not null,
    year         integer     not null,
    e_persyaratan smallint not null, e_prosedur smallint not null, e_waktu_penyelesaian smallint not null,
    e_biaya_tarif smallint not null, e_produk_layanan smallint not null, e_kompetensi_pelaksana smallint not null,
    e_perilaku_pelaksana smallint not null, e_penanganan_pengaduan smallint not null, e_sarana_prasarana smallint not null,
    b_berorientasi_pelayanan smallint, b_akuntabel smallint, b_kompeten smallint, b_harmonis smallint,
    b_loyal smallint, b_adaptif smallint, b_kolaboratif smallint
);
create index public_response_unit_year on public_response (unit_id, year);
create index public_response_employee_year on public_response (employee_nip, year);

-- Free text waits here, already masked, until hr-admin approves or rejects it.
create table moderation_item (
    id          uuid primary key,
    response_id uuid          not null references public_response (id),
    text        varchar(2000) not null,
    status      varchar(10)   not null,
    reason      varchar(500),
    decided_by  varchar(100),
    decided_at  timestamptz,
    version     bigint        not null
);
create index moderation_item_status on moderation_item (status);

-- Rate-limit windows keyed by "addr:<HMAC of the address>" or "channel:<id>"; purged after a short retention.
create table rate_counter (
    bucket       varchar(100) not null,
    window_start timestamptz  not null,
    hits         integer      not null,
    primary key (bucket, window_start)
);

-- The last feedback.summary published per employee and year, so an unchanged summary is not sent again.
create table feedback_summary (
    nip          varchar(18) not null,
    year         integer     not null,
    version      bigint      not null,
    payload_hash varchar(64) not null,
    primary key (nip, year)
);
