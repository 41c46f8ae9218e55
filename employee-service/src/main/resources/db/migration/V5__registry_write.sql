-- Writes to the registry (SIASN skp22/save: an employee's final annual appraisal result), from appraisal.finalized.
-- This table and registry_write_attempt are the audit log of every registry write: what was to be sent (the event's
-- result and version), what was sent, every try's outcome and the registry's answer.
create table registry_write (
    id               uuid primary key,
    skp_id           uuid         not null,
    nip              varchar(18)  not null,
    year             integer      not null,
    -- the appraisal's version the result comes from; a later event with a higher one replaces a write not yet sent
    source_version   bigint       not null,
    source_event_id  varchar(200) not null,
    hasil_kerja      varchar(20)  not null,
    perilaku_kerja   varchar(20)  not null,
    predikat         varchar(30)  not null,
    appraiser_nip    varchar(18)  not null,
    finalized_at     timestamptz,
    -- the version of appraisal.reopened that put the write on hold (a finalized result at or below it is stale)
    held_version     bigint,
    status           varchar(20)  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    claimed_until    timestamptz,
    last_error       varchar(2000),
    body             text,
    response         text,
    sent_at          timestamptz,
    triggered_by     varchar(200) not null,
    version          bigint       not null,
    created_at       timestamptz  not null,
    created_by       varchar(200) not null,
    updated_at       timestamptz  not null,
    updated_by       varchar(200) not null
);
-- At most one write per SKP still to be sent (PENDING, SENDING, FAILED, HELD): a newer result replaces its body.
create unique index registry_write_open on registry_write (skp_id) where status <> 'SENT';
create index registry_write_skp on registry_write (skp_id, source_version);
create index registry_write_due on registry_write (next_attempt_at) where status in ('PENDING', 'SENDING');
create index registry_write_newest on registry_write (created_at desc, id desc);
create index registry_write_nip on registry_write (nip, created_at desc);

-- Every try of a write: the body sent (null when it could not be built), the outcome and the registry's answer.
create table registry_write_attempt (
    id              bigserial primary key,
    write_id        uuid         not null references registry_write (id),
    attempt         integer      not null,
    source_version  bigint       not null,
    at              timestamptz  not null,
    outcome         varchar(20)  not null,
    body            text,
    response        text,
    error           varchar(2000),
    -- when the next try was due after this one failed (null: sent, given up, or superseded)
    retry_at        timestamptz,
    triggered_by    varchar(200) not null
);
create index registry_write_attempt_write on registry_write_attempt (write_id, id);
