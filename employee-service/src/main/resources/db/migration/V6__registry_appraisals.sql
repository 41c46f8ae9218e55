-- Annual appraisal results the registry holds (SIASN pns/rw-skp22), read at each employee sync: a JSON list of
-- {year, predikat, hasilKerja, perilakuKerja}, read and written whole like education and competencies, and part of
-- the employee snapshot. Existing employees start with none until their next sync.
alter table employee add column registry_appraisals text not null default '[]';
