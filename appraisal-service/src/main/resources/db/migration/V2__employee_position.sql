-- The position an employee holds (employee.upserted's position.id): who holds a unit's head position is the unit's
-- head, whose own Hasil Kerja is the unit's result (DESIGN §3). Filled by the next employee.upserted of each person.
alter table employee_view add column position_id uuid;
create index employee_view_position on employee_view (position_id);
