-- Yearly JP are summed per (nip, jp_year): the plan's hours for one person and the per-year aggregate.
drop index training_record_year;
create index training_record_nip_year on training_record (nip, jp_year) include (hours);
