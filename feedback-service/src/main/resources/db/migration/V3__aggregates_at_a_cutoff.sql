-- Aggregates that move with each answer tell who answered what (DESIGN §3, anonymity): public responses count from
-- the day after they were submitted. pending_day is that day, kept only until the daily release clears it (so a
-- response keeps no time once it counts); responses from before this rule have counted already.
alter table public_response add column pending_day date;
create index public_response_pending on public_response (pending_day) where pending_day is not null;

-- 360° answers count once their round is closed; rounds past their deadline are closed by a scheduled job.
create index peer_round_open_deadline on peer_round (deadline) where status = 'OPEN';
