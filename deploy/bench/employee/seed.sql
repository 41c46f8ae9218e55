-- 10 000 employees in a small tree (1 dinas, 10 bidang with a head and a staff position each), so a read does the
-- real work: position, unit path, supervisor, history. NIPs are valid: birth 1970-01-01 + i days, TMT +25 years.
create or replace function bench_nip(i int) returns varchar language sql immutable as $$
  select to_char(date '1970-01-01' + i, 'YYYYMMDD') || (extract(year from date '1970-01-01' + i)::int + 25)::text || '01'
         || '1' || lpad((i % 1000)::text, 3, '0')
$$;

insert into org_unit (id, code, name, parent_id, version, created_at, created_by, updated_at, updated_by)
values ('00000000-0000-0000-0000-000000000001', 'BENCH-DINAS', 'Dinas Bench', null, 0, now(), 'bench', now(), 'bench');
insert into org_unit (id, code, name, parent_id, version, created_at, created_by, updated_at, updated_by)
select ('00000000-0000-0000-0001-' || lpad(b::text, 12, '0'))::uuid, 'BENCH-B' || b, 'Bidang ' || b,
       '00000000-0000-0000-0000-000000000001', 0, now(), 'bench', now(), 'bench'
from generate_series(1, 10) b;
insert into position (id, code, name, type, unit_id, seats, competency_standard, requirements, version, created_at, created_by, updated_at, updated_by)
select ('00000000-0000-0000-0002-' || lpad((b * 10 + k)::text, 12, '0'))::uuid, 'BENCH-P' || b || '-' || k,
       case k when 0 then 'Kepala Bidang ' || b else 'Pelaksana ' || b end,
       case k when 0 then 'ADMINISTRATOR' else 'PELAKSANA' end,
       ('00000000-0000-0000-0001-' || lpad(b::text, 12, '0'))::uuid, case k when 0 then 1 else 2000 end,
       '[]', '{"minEducationLevel":null,"acceptedFields":[],"minGolongan":null,"minYearsExperience":null,"maxAge":null}',
       0, now(), 'bench', now(), 'bench'
from generate_series(1, 10) b, generate_series(0, 1) k;
update org_unit set head_position_id = ('00000000-0000-0000-0002-' || lpad((substr(code, 8)::int * 10)::text, 12, '0'))::uuid
where code like 'BENCH-B%';

insert into employee (nip, employment_type, name, birth_place, birth_date, sex, status, golongan, golongan_tmt, position_id,
                      position_tmt, unit_id, education, competencies, version, created_at, created_by, updated_at, updated_by)
select bench_nip(i), 'PNS', 'Pegawai ' || i, 'Palangka Raya', date '1970-01-01' + i, 'MALE', 'ACTIVE', 'III_B', date '2020-04-01',
       ('00000000-0000-0000-0002-' || lpad(((i % 10 + 1) * 10 + case when i <= 10 then 0 else 1 end)::text, 12, '0'))::uuid,
       date '2020-01-02', ('00000000-0000-0000-0001-' || lpad((i % 10 + 1)::text, 12, '0'))::uuid,
       '[{"level":"S1","field":"Manajemen","institution":"UPR","year":2000}]',
       '[{"code":"INTEGRITAS","kind":"MANAGERIAL","level":3,"assessedOn":"2025-01-02","source":"bench"}]',
       0, now(), 'bench', now(), 'bench'
from generate_series(1, 10000) i;
insert into position_history (nip, position_id, position_name, position_type, unit_id, tmt, created_at, created_by)
select e.nip, e.position_id, p.name, p.type, e.unit_id, e.position_tmt, now(), 'bench'
from employee e join position p on p.id = e.position_id;
analyze;
