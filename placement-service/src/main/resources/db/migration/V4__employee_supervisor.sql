-- The supervisor as a column, like the unit and position, so a supervisor's team is one indexed query;
-- rows projected before this take it from the snapshot they already hold.
alter table employee_view add column supervisor_nip varchar(18);
update employee_view set supervisor_nip = snapshot::jsonb ->> 'supervisorNip';
create index employee_view_supervisor on employee_view (supervisor_nip);
