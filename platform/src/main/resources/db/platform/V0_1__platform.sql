-- Platform tables every Merit service has (versions V0_x come before each service's own V1+).

-- Transactional outbox: written with the change, relayed to Kafka afterwards (id order = publish order).
create table outbox_event (
    id           bigserial primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    event_key    varchar(200) not null,
    event_type   varchar(200) not null,
    subject      varchar(200),
    payload      text         not null,
    created_at   timestamptz  not null default now(),
    published_at timestamptz,
    attempts     integer      not null default 0
);
create index outbox_event_pending on outbox_event (id) where published_at is null;
create index outbox_event_published on outbox_event (published_at) where published_at is not null;

-- Idempotent consumers: one row per (consumer, event id), written in the effect's transaction.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);

-- Idempotency-Key on POSTs from other systems: the first response is replayed for a repeated key.
create table idempotency_record (
    caller          varchar(200) not null,
    idempotency_key varchar(200) not null,
    operation       varchar(300) not null,
    request_hash    varchar(64)  not null,
    status          integer      not null,
    response_body   text,
    location        varchar(1000),
    created_at      timestamptz  not null default now(),
    primary key (caller, idempotency_key)
);
