-- Yearly JP per person is read as one index lookup per employee (see TrainingNeedsService.below): a join against
-- a per-year aggregate let the planner pick a quadratic nested loop whenever statistics lagged behind an import
-- (28 s for 10 000 employees before ANALYZE).
drop index training_record_year;
create index training_record_nip_year on training_record (nip, jp_year) include (hours);
