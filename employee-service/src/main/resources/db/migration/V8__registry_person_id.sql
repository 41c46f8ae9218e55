-- The registry's own id of a person (data-utama "id"), which skp22/save names instead of the NIP: kept from each sync
-- and each write's lookup, so a write does not read data-utama again (one registry call instead of two). Keyed by
-- NIP without a reference: a result may be sent for someone not (yet) an employee here.
create table registry_person (
    nip         varchar(18)  primary key,
    registry_id varchar(100) not null
);
