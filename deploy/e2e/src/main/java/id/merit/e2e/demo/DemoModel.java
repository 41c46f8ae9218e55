package id.merit.e2e.demo;

import id.merit.e2e.Merit;
import id.merit.e2e.Nips;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The Palangka Raya demo organisation as plain data, built from a seed: the city's units (Sekretariat Daerah with
 * its bagian, Dinas Pendidikan with SD and SMP negeri, Dinas Kesehatan with puskesmas, DLH, BKPSDM, Disdukcapil,
 * Bappedalitbang, two kecamatan), their positions with competency standards, and up to {@code size} employees
 * filling the seats (heads first). The same seed and size always give the same people and NIPs.
 */
public final class DemoModel {
    public static final String ROOT = "PKR";
    /**
     * The realm's demo employees (deploy/keycloak/merit-realm.json, the launcher's start summary): the accounts
     * someone trying Merit signs in with, so they are people of the demo organisation — {@code atasan} heads
     * {@link #DEMO_USERS_UNIT}, {@code pegawai} works on its staff — with their appraisals and feedback.
     */
    public static final String ATASAN_NIP = "197805102003121002";
    public static final String PEGAWAI_NIP = "199003152015052001";
    public static final Map<String, String> DEMO_ACCOUNTS = Map.of(ATASAN_NIP, "atasan", PEGAWAI_NIP, "pegawai");
    public static final String DEMO_USERS_UNIT = "DISDUKCAPIL-DAFDUK";

    public record Unit(String code, String name, String parentCode) {
    }

    public record Position(String code, String name, String type, String fungsionalLevel, String unitCode, int seats,
                           boolean head, List<Map<String, Object>> competencies, Map<String, Object> requirements,
                           String profile, boolean leaveVacant) {
    }

    public record Person(Nips.Person nip, String name, String frontTitle, String backTitle, String birthPlace, String golongan,
                         LocalDate golonganTmt, String positionCode, String unitCode, LocalDate positionTmt,
                         List<Map<String, Object>> education, List<Map<String, Object>> competencies, double potential,
                         String firstName, String lastName) {
        public Merit.EmployeeSpec spec(java.util.UUID unitId) {
            return new Merit.EmployeeSpec(nip.nip(), name, frontTitle, backTitle, birthPlace, nip.birthDate(), nip.sex(), golongan,
                    golonganTmt, unitId, education, competencies, potential);
        }
    }

    public final List<Unit> units = new ArrayList<>();
    public final List<Position> positions = new ArrayList<>();
    public final List<Person> people = new ArrayList<>();
    private final Random rng;

    public DemoModel(long seed, int size) {
        this(seed, size, false);
    }

    /** With {@code demoUsers}, the head's seat and the first staff seat of {@link #DEMO_USERS_UNIT} go to the realm's demo employees. */
    public DemoModel(long seed, int size, boolean demoUsers) {
        this.rng = new Random(seed);
        organisation();
        staff(size, demoUsers);
    }

    // ---------------------------------------------------------------- organisation

    private void organisation() {
        units.add(new Unit(ROOT, "Pemerintah Kota Palangka Raya", null));

        unit("SETDA", "Sekretariat Daerah", ROOT, "JPT_PRATAMA", "Sekretaris Daerah");
        for (String[] b : new String[][]{{"PEM", "Bagian Tata Pemerintahan"}, {"HUK", "Bagian Hukum"},
                {"ORG", "Bagian Organisasi"}, {"UMUM", "Bagian Umum"}, {"PBJ", "Bagian Pengadaan Barang dan Jasa"}}) {
            bidang("SETDA-" + b[0], b[1], "SETDA", "Kepala " + b[1], "Kepala Subbagian", null, null, "ADMINISTRASI", 8);
        }

        opd("DISDIK", "Dinas Pendidikan", "Kepala Dinas Pendidikan", new String[][]{
                {"SD", "Bidang Pembinaan Sekolah Dasar"}, {"SMP", "Bidang Pembinaan Sekolah Menengah Pertama"},
                {"PAUD", "Bidang Pendidikan Anak Usia Dini dan Nonformal"}}, "PENGAWAS_SEKOLAH", "Pengawas Sekolah", "PENDIDIKAN");
        String[] sd = {"SD Negeri 1 Langkai", "SD Negeri 4 Menteng", "SD Negeri 2 Panarung", "SD Negeri 5 Bukit Tunggal",
                "SD Negeri 1 Pahandut"};
        for (int i = 0; i < sd.length; i++) {
            school("DISDIK-SDN" + (i + 1), sd[i], "DISDIK-SD", 12, 5);
        }
        String[] smp = {"SMP Negeri 1 Palangka Raya", "SMP Negeri 2 Palangka Raya", "SMP Negeri 3 Palangka Raya"};
        for (int i = 0; i < smp.length; i++) {
            school("DISDIK-SMPN" + (i + 1), smp[i], "DISDIK-SMP", 16, 7);
        }

        opd("DINKES", "Dinas Kesehatan", "Kepala Dinas Kesehatan", new String[][]{
                {"YANKES", "Bidang Pelayanan Kesehatan"}, {"P2P", "Bidang Pencegahan dan Pengendalian Penyakit"},
                {"KESMAS", "Bidang Kesehatan Masyarakat"}}, "EPIDEMIOLOG", "Epidemiolog Kesehatan", "KESEHATAN");
        for (String p : new String[]{"Pahandut", "Kayon", "Menteng", "Panarung", "Kereng Bangkirai"}) {
            puskesmas("DINKES-PKM-" + p.toUpperCase().replace(' ', '_'), "UPT Puskesmas " + p);
        }

        opd("DLH", "Dinas Lingkungan Hidup", "Kepala Dinas Lingkungan Hidup", new String[][]{
                {"SAMPAH", "Bidang Pengelolaan Sampah dan Limbah B3"}, {"PPKL", "Bidang Pengendalian Pencemaran"},
                {"TAMAN", "Bidang Pertamanan dan Ruang Terbuka Hijau"}}, "PENGENDALI_DAMPAK", "Pengendali Dampak Lingkungan", "LINGKUNGAN");
        opd("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Kepala BKPSDM", new String[][]{
                {"MUTASI", "Bidang Mutasi dan Promosi"}, {"BANGKOM", "Bidang Pengembangan Kompetensi"},
                {"PKA", "Bidang Penilaian Kinerja dan Penghargaan"}}, "ANALIS_SDM", "Analis SDM Aparatur", "KEPEGAWAIAN");
        opd("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "Kepala Dinas Kependudukan dan Pencatatan Sipil", new String[][]{
                {"DAFDUK", "Bidang Pelayanan Pendaftaran Penduduk"}, {"CAPIL", "Bidang Pelayanan Pencatatan Sipil"},
                {"PIAK", "Bidang Pengelolaan Informasi Administrasi Kependudukan"}}, "ADMINDUK", "Administrator Database Kependudukan",
                "KEPENDUDUKAN");
        opd("BAPPEDALITBANG", "Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan", "Kepala Bappedalitbang", new String[][]{
                {"PEREKONOMIAN", "Bidang Perencanaan Perekonomian dan SDA"}, {"PEMBANGUNAN", "Bidang Perencanaan Pembangunan Manusia"}},
                "PERENCANA", "Perencana", "PERENCANAAN");
        for (String k : new String[]{"Pahandut", "Jekan Raya"}) {
            String code = "KEC-" + k.toUpperCase().replace(' ', '_');
            unit(code, "Kecamatan " + k, ROOT, "ADMINISTRATOR", "Camat " + k);
            position(code + "-PELAKSANA", "Pengadministrasi Pelayanan Kecamatan " + k, "PELAKSANA", null, code, 8, false, "ADMINISTRASI");
        }
    }

    /** A unit with its head position. */
    private void unit(String code, String name, String parent, String headType, String headName) {
        units.add(new Unit(code, name, parent));
        position(code + "-HEAD", headName, headType, null, code, 1, true, "STRUKTURAL");
    }

    /** An OPD: head (JPT Pratama), sekretariat, bidang with a Kepala Seksi seat, staff and one fungsional line. */
    private void opd(String code, String name, String headName, String[][] bidang, String fungsionalCode, String fungsionalName,
                     String field) {
        unit(code, name, ROOT, "JPT_PRATAMA", headName);
        unit(code + "-SEKRE", "Sekretariat " + name, code, "ADMINISTRATOR", "Sekretaris " + name);
        position(code + "-SEKRE-KASUBAG", "Kepala Subbagian Umum dan Kepegawaian", "PENGAWAS", null, code + "-SEKRE", 1, false, "STRUKTURAL");
        position(code + "-SEKRE-KEU", "Pengelola Keuangan", "PELAKSANA", null, code + "-SEKRE", 4, false, "ADMINISTRASI");
        position(code + "-SEKRE-ADM", "Pengadministrasi Perkantoran", "PELAKSANA", null, code + "-SEKRE", 6, false, "ADMINISTRASI");
        for (String[] b : bidang) {
            bidang(code + "-" + b[0], b[1], code, "Kepala " + b[1], "Kepala Seksi", fungsionalCode, fungsionalName, field, 8);
        }
    }

    private void bidang(String code, String name, String parent, String headName, String kasiName, String fungsionalCode,
                        String fungsionalName, String field, int staffSeats) {
        unit(code, name, parent, "ADMINISTRATOR", headName);
        if (kasiName != null) {
            position(code + "-KASI", kasiName + " " + name.replaceFirst("^(Bidang|Bagian) ", ""), "PENGAWAS", null, code, 2, false, "STRUKTURAL");
        }
        position(code + "-PELAKSANA", "Pengolah Data " + name.replaceFirst("^(Bidang|Bagian|Seksi) ", ""), "PELAKSANA", null, code,
                staffSeats, false, field);
        if (fungsionalCode != null) {
            position(code + "-" + fungsionalCode, fungsionalName + " Ahli Pertama", "FUNGSIONAL", "AHLI_PERTAMA", code, 5, false, field);
        }
    }

    private void school(String code, String name, String parent, int juniorSeats, int seniorSeats) {
        units.add(new Unit(code, name, parent));
        position(code + "-KEPSEK", "Guru Ahli Madya (Kepala Sekolah) " + name, "FUNGSIONAL", "AHLI_MADYA", code, 1, true, "GURU");
        position(code + "-GURU-AM", "Guru Ahli Muda " + name, "FUNGSIONAL", "AHLI_MUDA", code, seniorSeats, false, "GURU");
        position(code + "-GURU-AP", "Guru Ahli Pertama " + name, "FUNGSIONAL", "AHLI_PERTAMA", code, juniorSeats, false, "GURU");
    }

    private void puskesmas(String code, String name) {
        units.add(new Unit(code, name, "DINKES"));
        position(code + "-KAPUS", "Dokter Ahli Madya (Kepala Puskesmas) " + name.replace("UPT ", ""), "FUNGSIONAL", "AHLI_MADYA", code, 1, true, "DOKTER");
        position(code + "-DOKTER", "Dokter Ahli Pertama", "FUNGSIONAL", "AHLI_PERTAMA", code, 2, false, "DOKTER");
        position(code + "-PERAWAT", "Perawat Terampil", "FUNGSIONAL", "TERAMPIL", code, 10, false, "PERAWAT");
        position(code + "-BIDAN", "Bidan Terampil", "FUNGSIONAL", "TERAMPIL", code, 6, false, "BIDAN");
    }

    private static final Map<String, String> TECHNICAL = Map.of(
            "GURU", "PEMBELAJARAN", "DOKTER", "PELAYANAN_MEDIS", "PERAWAT", "ASUHAN_KEPERAWATAN", "BIDAN", "ASUHAN_KEBIDANAN",
            "KESEHATAN", "SURVEILANS_KESEHATAN", "LINGKUNGAN", "ANALISIS_DAMPAK_LINGKUNGAN", "KEPEGAWAIAN", "MANAJEMEN_ASN",
            "KEPENDUDUKAN", "ADMINISTRASI_KEPENDUDUKAN", "PERENCANAAN", "PERENCANAAN_PEMBANGUNAN", "PENDIDIKAN", "SUPERVISI_PENDIDIKAN");

    private void position(String code, String name, String type, String level, String unitCode, int seats, boolean head, String profile) {
        List<Map<String, Object>> standard = new ArrayList<>();
        String technical = TECHNICAL.getOrDefault(profile, profile.equals("STRUKTURAL") ? "MANAJEMEN_PEMERINTAHAN" : "PENGELOLAAN_ADMINISTRASI");
        standard.add(competency(technical, technical.charAt(0) + technical.substring(1).toLowerCase().replace('_', ' '),
                switch (type) {
                    case "JPT_PRATAMA" -> 4;
                    case "ADMINISTRATOR", "PENGAWAS" -> 3;
                    default -> "AHLI_MADYA".equals(level) || "AHLI_MUDA".equals(level) ? 3 : 2;
                }));
        if (type.equals("PELAKSANA") || type.equals("FUNGSIONAL")) {
            standard.add(competency("PELAYANAN_PUBLIK", "Pelayanan Publik", 2));
        }
        Map<String, Object> requirements = new LinkedHashMap<>();
        List<String> fields = acceptedFields(profile);
        if (!fields.isEmpty() && !type.equals("PELAKSANA")) {
            requirements.put("acceptedFields", fields);
        }
        // A few seats stay open on purpose: the demo's vacancies.
        boolean vacant = code.equals("DISDUKCAPIL-DAFDUK-KASI") || code.equals("DLH-SAMPAH-HEAD") || code.equals("BKPSDM-PKA-KASI")
                || code.equals("DINKES-YANKES-KASI");
        positions.add(new Position(code, name, type, level, unitCode, seats, head, standard, requirements.isEmpty() ? null : requirements,
                profile, vacant));
    }

    private static Map<String, Object> competency(String code, String name, int level) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("requiredLevel", level);
        return m;
    }

    private static List<String> acceptedFields(String profile) {
        return switch (profile) {
            case "GURU" -> List.of("Pendidikan Guru Sekolah Dasar", "Pendidikan Matematika", "Pendidikan Bahasa Indonesia",
                    "Pendidikan Bahasa Inggris", "Pendidikan IPA", "Pendidikan Jasmani");
            case "DOKTER" -> List.of("Kedokteran");
            case "PERAWAT" -> List.of("Keperawatan");
            case "BIDAN" -> List.of("Kebidanan");
            default -> List.of();
        };
    }

    // ---------------------------------------------------------------- people

    private static final String[] DAYAK_FIRST_M = {"Yohanes", "Agustinus", "Yulius", "Stefanus", "Petrus", "Paulus", "Benediktus",
            "Markus", "Natanael", "Herson", "Dirk", "Rinaldi", "Sabran", "Kristianto", "Elia"};
    private static final String[] DAYAK_FIRST_F = {"Fransiska", "Maria", "Elisabeth", "Natalia", "Kristina", "Theresia", "Ester",
            "Debora", "Yuliana", "Meiliana", "Serly", "Lusiana", "Riska", "Desy"};
    private static final String[] DAYAK_LAST = {"Tingang", "Dehen", "Nahan", "Tambun", "Bungai", "Toendan", "Sangalang", "Usop",
            "Ilun", "Kurun", "Antang", "Lawang", "Asang", "Rangkap", "Sahai", "Liang", "Duwel", "Djaya", "Singkat", "Tarung"};
    private static final String[] BANJAR_FIRST_M = {"Muhammad", "Ahmad", "Akhmad", "Zainal", "Rusdi", "Rahmadi", "Syahrani",
            "Gusti", "Fahrurrazi", "Husin", "Abdul", "Mahmud", "Ridhani", "Fauzan"};
    private static final String[] BANJAR_FIRST_F = {"Siti", "Fatimah", "Rahmah", "Halimah", "Aisyah", "Nurul", "Hairani",
            "Norhayati", "Mahfuzah", "Raudah", "Salamah", "Jamilah", "Noorlaila", "Rusmini"};
    private static final String[] BANJAR_LAST = {"Noor", "Rahman", "Hidayat", "Arsyad", "Syarifuddin", "Basuni", "Hasan",
            "Fadillah", "Rifani", "Saleh", "Jamhari", "Ansyari", "Mahyuni", "Zakaria"};
    private static final String[] JAWA_FIRST_M = {"Budi", "Slamet", "Joko", "Suparno", "Agus", "Eko", "Bambang", "Purwanto",
            "Tri", "Hadi", "Wahyu", "Sugeng", "Teguh", "Dwi"};
    private static final String[] JAWA_FIRST_F = {"Sri", "Wahyuni", "Rini", "Lestari", "Sumarni", "Endang", "Sulastri", "Dwi",
            "Retno", "Ningsih", "Puji", "Yuni", "Kartini", "Tutik"};
    private static final String[] JAWA_LAST = {"Santoso", "Prasetyo", "Wibowo", "Susanto", "Handayani", "Rahayu", "Setiawan",
            "Purnomo", "Wulandari", "Kusuma", "Hartono", "Utami", "Nugroho", "Saputra"};
    private static final String[] BIRTH_PLACES = {"Palangka Raya", "Palangka Raya", "Palangka Raya", "Kuala Kapuas", "Sampit",
            "Buntok", "Muara Teweh", "Kuala Kurun", "Pangkalan Bun", "Banjarmasin", "Martapura", "Kasongan", "Pulang Pisau",
            "Yogyakarta", "Surabaya", "Semarang"};

    /** Units staffed first, so that a small load still has a service desk, a school class and a full bidang. */
    private static final List<String> FIRST = List.of("DISDUKCAPIL-DAFDUK", "DISDIK-SDN1", "DINKES-PKM-PAHANDUT");

    /**
     * Fills seats until {@code size} people: every head first, then unit by unit ({@link #FIRST}, then the model's
     * order) every usable seat — one seat of each position with more than four stays free.
     */
    private void staff(int size, boolean demoUsers) {
        List<Position> order = new ArrayList<>();
        positions.stream().filter(p -> p.head() && !p.leaveVacant()).forEach(order::add);
        List<String> unitOrder = new ArrayList<>(FIRST);
        units.stream().map(Unit::code).filter(c -> !FIRST.contains(c)).forEach(unitOrder::add);
        for (String unit : unitOrder) {
            for (Position p : positions) {
                if (p.unitCode().equals(unit) && !p.head() && !p.leaveVacant()) {
                    for (int seat = 0; seat < (p.seats() > 4 ? p.seats() - 1 : p.seats()); seat++) {
                        order.add(p);
                    }
                }
            }
        }
        Set<String> nips = new HashSet<>();
        boolean atasanSeated = !demoUsers;
        boolean pegawaiSeated = !demoUsers;
        for (int i = 0; i < order.size() && i < size; i++) {
            Position p = order.get(i);
            Nips.Person demoUser = null;
            if (p.unitCode().equals(DEMO_USERS_UNIT)) {
                if (p.head() && !atasanSeated) {
                    demoUser = Nips.parse(ATASAN_NIP);
                    atasanSeated = true;
                } else if ("PELAKSANA".equals(p.type()) && !pegawaiSeated) {
                    demoUser = Nips.parse(PEGAWAI_NIP);
                    pegawaiSeated = true;
                }
            }
            people.add(person(i, p, nips, demoUser));
        }
    }

    /** {@code demoUser}: whose NIP, birth date and sex the person in this seat has (null: drawn). */
    private Person person(int i, Position p, Set<String> nips, Nips.Person demoUser) {
        boolean female = switch (p.profile()) {
            case "BIDAN" -> true;
            case "GURU", "PERAWAT" -> rng.nextInt(100) < 70;
            default -> rng.nextInt(100) < 45;
        };
        if (demoUser != null) {
            female = "FEMALE".equals(demoUser.sex());
        }
        int[] ages = switch (p.type()) {
            case "JPT_PRATAMA" -> new int[]{1968, 1976};
            case "ADMINISTRATOR" -> new int[]{1970, 1982};
            case "PENGAWAS" -> new int[]{1974, 1988};
            case "FUNGSIONAL" -> "AHLI_MADYA".equals(p.fungsionalLevel()) ? new int[]{1970, 1982}
                    : "AHLI_MUDA".equals(p.fungsionalLevel()) ? new int[]{1978, 1990} : new int[]{1986, 1998};
            default -> new int[]{1975, 1999};
        };
        LocalDate birth = LocalDate.of(ages[0] + rng.nextInt(ages[1] - ages[0] + 1), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
        int tmtYear = Math.min(2024, birth.getYear() + 23 + rng.nextInt(6));
        int tmtMonth = new int[]{1, 3, 4, 12}[rng.nextInt(4)];
        int serial = 1 + rng.nextInt(400);
        Nips.Person nip = Nips.of(birth, tmtYear, tmtMonth, female, serial);
        while (!nips.add(nip.nip())) {
            serial = serial % 999 + 1;
            nip = Nips.of(birth, tmtYear, tmtMonth, female, serial);
        }
        if (demoUser != null) {
            nip = demoUser;
            nips.add(nip.nip());
            birth = demoUser.birthDate();
            tmtYear = Integer.parseInt(nip.nip().substring(8, 12));
        }

        String first;
        String last;
        int ethnic = rng.nextInt(100);
        if (ethnic < 40) {
            first = pick(female ? DAYAK_FIRST_F : DAYAK_FIRST_M);
            last = pick(DAYAK_LAST);
        } else if (ethnic < 72) {
            first = pick(female ? BANJAR_FIRST_F : BANJAR_FIRST_M);
            last = pick(BANJAR_LAST);
        } else {
            first = pick(female ? JAWA_FIRST_F : JAWA_FIRST_M);
            last = pick(JAWA_LAST);
        }

        Education edu = education(p, birth);
        String golongan = golongan(p);
        int yearsInService = 2025 - tmtYear;
        LocalDate golonganTmt = LocalDate.of(Math.min(2024, tmtYear + Math.min(yearsInService, 4 + rng.nextInt(4))), 4, 1);
        LocalDate positionTmt = LocalDate.of(Math.max(tmtYear + 1, 2016 + rng.nextInt(7)), 1 + rng.nextInt(12), 1);

        List<Map<String, Object>> assessments = new ArrayList<>();
        int base = switch (p.type()) {
            case "JPT_PRATAMA" -> 4;
            case "ADMINISTRATOR" -> 3;
            case "PENGAWAS" -> 2;
            default -> "AHLI_MADYA".equals(p.fungsionalLevel()) ? 3 : "AHLI_MUDA".equals(p.fungsionalLevel()) ? 2 : 1;
        };
        for (String c : new String[]{"INTEGRITAS", "KERJA_SAMA", "KOMUNIKASI", "ORIENTASI_HASIL", "PELAYANAN_PUBLIK",
                "PENGEMBANGAN_DIRI", "MENGELOLA_PERUBAHAN", "PENGAMBILAN_KEPUTUSAN", "PEREKAT_BANGSA"}) {
            assessments.add(Merit.assessment(c, clamp(base + rng.nextInt(3) - 1)));
        }
        for (Map<String, Object> c : p.competencies()) {
            String code = (String) c.get("code");
            if (!code.equals("PELAYANAN_PUBLIK")) {
                assessments.add(Merit.assessment(code, clamp((Integer) c.get("requiredLevel") + rng.nextInt(3) - 1)));
            }
        }
        double potential = Math.round((50 + rng.nextInt(41) + rng.nextInt(10) / 10.0) * 10) / 10.0;
        return new Person(nip, first + " " + last, edu.frontTitle, edu.backTitle, pick(BIRTH_PLACES), golongan, golonganTmt,
                p.code(), p.unitCode(), positionTmt, edu.items, assessments, potential, first, last);
    }

    private record Education(String frontTitle, String backTitle, List<Map<String, Object>> items) {
    }

    private Education education(Position p, LocalDate birth) {
        int graduated = birth.getYear() + 22 + rng.nextInt(3);
        String uni = rng.nextBoolean() ? "Universitas Palangka Raya" : "Universitas Lambung Mangkurat";
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(Merit.education("SMA", "IPA", "SMA Negeri " + (1 + rng.nextInt(5)) + " Palangka Raya", birth.getYear() + 18));
        switch (p.profile()) {
            case "GURU" -> {
                String field = acceptedFields("GURU").get(rng.nextInt(6));
                items.add(Merit.education("S1", field, "Universitas Palangka Raya", graduated));
                boolean master = "AHLI_MADYA".equals(p.fungsionalLevel());
                if (master) {
                    items.add(Merit.education("S2", "Manajemen Pendidikan", "Universitas Palangka Raya", graduated + 8));
                }
                return new Education(null, master ? "S.Pd., M.Pd." : "S.Pd.", items);
            }
            case "DOKTER" -> {
                items.add(Merit.education("S1", "Kedokteran", "Universitas Lambung Mangkurat", graduated + 1));
                return new Education("dr.", null, items);
            }
            case "PERAWAT" -> {
                items.add(Merit.education("D3", "Keperawatan", "Poltekkes Kemenkes Palangka Raya", graduated - 1));
                return new Education(null, "A.Md.Kep.", items);
            }
            case "BIDAN" -> {
                items.add(Merit.education("D3", "Kebidanan", "Poltekkes Kemenkes Palangka Raya", graduated - 1));
                return new Education(null, "A.Md.Keb.", items);
            }
            default -> {
                if (p.type().equals("PELAKSANA") && rng.nextInt(100) < 30) {
                    return new Education(null, null, items);
                }
                String[][] fields = {{"Ilmu Administrasi Negara", "S.Sos."}, {"Manajemen", "S.E."}, {"Ilmu Hukum", "S.H."},
                        {"Teknik Sipil", "S.T."}, {"Sistem Informasi", "S.Kom."}, {"Akuntansi", "S.E."}, {"Kehutanan", "S.Hut."},
                        {"Kesehatan Masyarakat", "S.K.M."}};
                String[] f = fields[rng.nextInt(fields.length)];
                items.add(Merit.education("S1", f[0], uni, graduated));
                boolean master = p.type().equals("JPT_PRATAMA") || (p.type().equals("ADMINISTRATOR") && rng.nextBoolean());
                if (master) {
                    items.add(Merit.education("S2", "Magister Administrasi Publik", "Universitas Palangka Raya", graduated + 9));
                }
                return new Education(null, master ? f[1] + ", M.Si." : f[1], items);
            }
        }
    }

    private String golongan(Position p) {
        String[] options = switch (p.type()) {
            case "JPT_PRATAMA" -> new String[]{"IV/b", "IV/c"};
            case "ADMINISTRATOR" -> new String[]{"III/d", "IV/a", "IV/b"};
            case "PENGAWAS" -> new String[]{"III/c", "III/d"};
            case "FUNGSIONAL" -> switch (p.fungsionalLevel()) {
                case "AHLI_MADYA" -> new String[]{"IV/a", "IV/b"};
                case "AHLI_MUDA" -> new String[]{"III/c", "III/d"};
                case "AHLI_PERTAMA" -> new String[]{"III/a", "III/b"};
                default -> new String[]{"II/c", "II/d", "III/a"};
            };
            default -> new String[]{"II/a", "II/b", "II/c", "III/a", "III/b"};
        };
        return options[rng.nextInt(options.length)];
    }

    private String pick(String[] values) {
        return values[rng.nextInt(values.length)];
    }

    private static int clamp(int level) {
        return Math.max(1, Math.min(5, level));
    }
}
