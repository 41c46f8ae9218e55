-- The predikat history has two sources: Merit's own final results (appraisal.finalized) and, for the years before
-- Merit, the national registry's (SIASN), carried in employee.upserted. A MERIT row always wins its year; REGISTRY
-- rows follow the latest employee snapshot. Every row so far came from appraisal.finalized.
alter table predikat_record add column source varchar(10) not null default 'MERIT'
    constraint predikat_record_source_check check (source in ('MERIT', 'REGISTRY'));
