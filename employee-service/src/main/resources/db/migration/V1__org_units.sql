-- Organisation tree: pemda -> OPD -> bidang -> seksi/subbagian.
create table org_unit (
    id               uuid primary key,
    code             varchar(50)  not null unique,
    name             varchar(200) not null,
    parent_id        uuid references org_unit (id),
    head_position_id uuid,
    version          bigint       not null,
    created_at       timestamptz  not null,
    created_by       varchar(200) not null,
    updated_at       timestamptz  not null,
    updated_by       varchar(200) not null
);
create index org_unit_parent on org_unit (parent_id);
