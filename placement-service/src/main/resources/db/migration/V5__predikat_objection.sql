-- A final predikat an objection (keberatan) has reopened stays in force until the decision, but the board should
-- know it is disputed: set by appraisal.reopened, cleared by the next appraisal.finalized of the year.
alter table predikat_record add column under_objection boolean not null default false;
