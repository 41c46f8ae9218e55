-- The public is three rater groups, each with its own anonymity threshold: CITIZEN (a unit's service, answers the
-- nine SKM elements), STUDENT and PARENT (rate an employee, a teacher, on the behaviours that apply; no SKM).
-- The issuer names the group on the token; the response copies it. Everything before was a citizen at a desk.
alter table visit_token add column rater_group varchar(10) not null default 'CITIZEN';
alter table visit_token alter column rater_group drop default;
alter table visit_token add constraint visit_token_rater_group check (rater_group in ('CITIZEN', 'STUDENT', 'PARENT'));
alter table visit_token add constraint visit_token_about_employee check (rater_group = 'CITIZEN' or employee_nip is not null);

alter table public_response add column rater_group varchar(10) not null default 'CITIZEN';
alter table public_response alter column rater_group drop default;
alter table public_response add constraint public_response_rater_group check (rater_group in ('CITIZEN', 'STUDENT', 'PARENT'));

-- Students and parents are not asked the SKM elements, so their rows have none; a citizen's row has all nine.
alter table public_response
    alter column e_persyaratan drop not null, alter column e_prosedur drop not null,
    alter column e_waktu_penyelesaian drop not null, alter column e_biaya_tarif drop not null,
    alter column e_produk_layanan drop not null, alter column e_kompetensi_pelaksana drop not null,
    alter column e_perilaku_pelaksana drop not null, alter column e_penanganan_pengaduan drop not null,
    alter column e_sarana_prasarana drop not null;
alter table public_response add constraint public_response_skm_by_group check (
    case when rater_group = 'CITIZEN'
         then num_nonnulls(e_persyaratan, e_prosedur, e_waktu_penyelesaian, e_biaya_tarif, e_produk_layanan,
                           e_kompetensi_pelaksana, e_perilaku_pelaksana, e_penanganan_pengaduan, e_sarana_prasarana) = 9
         else num_nonnulls(e_persyaratan, e_prosedur, e_waktu_penyelesaian, e_biaya_tarif, e_produk_layanan,
                           e_kompetensi_pelaksana, e_perilaku_pelaksana, e_penanganan_pengaduan, e_sarana_prasarana) = 0
                  and employee_nip is not null
    end);

-- The unit's IKM reads only CITIZEN rows.
drop index public_response_unit_year;
create index public_response_unit_year on public_response (unit_id, year, rater_group);
