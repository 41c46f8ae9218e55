package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The small organisation every e2e test shares, created once through the gateway by hr.admin: a dinas with a
 * bidang; the demo users placed so that {@code atasan} heads the bidang and supervises {@code pegawai}; three more
 * staff with their own Keycloak accounts (peer raters); an open appraisal period for this year.
 */
public final class World {
    public static final int YEAR = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
    public static final String HR = "hr.admin";
    public static final String PEGAWAI = "pegawai";
    public static final String ATASAN = "atasan";
    public static final String BOARD = "board";
    public static final String AUDITOR = "auditor";
    public static final String INTEGRASI = "integrasi";
    public static final String HR_NIP = "198001012005011001";
    public static final String PEGAWAI_NIP = "199003152015052001";
    public static final String ATASAN_NIP = "197805102003121002";

    private static World instance;

    public final UUID root;
    public final UUID dinas;
    public final UUID bidang;
    public final UUID posKadis;
    public final UUID posKabid;
    public final UUID posKasi;
    public final UUID posStaf;
    public final UUID posHr;
    public final String kadisNip;
    public final List<String> peerNips;

    public static synchronized World get() {
        if (instance == null) {
            instance = new World();
        }
        return instance;
    }

    public static Merit as(String user) {
        return new Merit(MeritStack.api(), MeritStack.token(user));
    }

    private World() {
        Merit hr = as(HR);
        root = hr.unit("E2E-PEMDA", "Pemerintah Kota (e2e)", null);
        dinas = hr.unit("E2E-DINAS", "Dinas Uji (e2e)", root);
        bidang = hr.unit("E2E-BIDANG", "Bidang Uji (e2e)", dinas);
        posKadis = hr.position(new Merit.PositionSpec("E2E-KADIS", "Kepala Dinas Uji", "JPT_PRATAMA", null, dinas, 1, null, null));
        posKabid = hr.position(new Merit.PositionSpec("E2E-KABID", "Kepala Bidang Uji", "ADMINISTRATOR", null, bidang, 1, null, null));
        posKasi = hr.position(new Merit.PositionSpec("E2E-KASI", "Kepala Seksi Uji", "PENGAWAS", null, bidang, 2,
                List.of(Map.of("code", "PENGELOLAAN_DATA", "name", "Pengelolaan Data", "requiredLevel", 2)),
                Map.of("minEducationLevel", "S1", "minGolongan", "III/a", "minYearsExperience", 0)));
        posStaf = hr.position(new Merit.PositionSpec("E2E-STAF", "Pengelola Data Uji", "PELAKSANA", null, bidang, 40, null, null));
        posHr = hr.position(new Merit.PositionSpec("E2E-HR", "Analis Kepegawaian Uji", "PELAKSANA", null, dinas, 5, null, null));
        hr.head(dinas, posKadis);
        hr.head(bidang, posKabid);

        Nips.Person kadis = Nips.person(9, 1, false);
        kadisNip = kadis.nip();
        register(hr, kadis.nip(), "Drs. Kepala Dinas Uji", kadis.birthDate(), kadis.sex(), "IV/b", dinas, posKadis, 85.0);
        MeritStack.users().ensureEmployee(kadisNip, "Kepala", "Dinas");
        register(hr, ATASAN_NIP, "Bambang Setiawan", LocalDate.of(1978, 5, 10), "MALE", "III/d", bidang, posKabid, 82.0);
        register(hr, PEGAWAI_NIP, "Siti Rahmawati", LocalDate.of(1990, 3, 15), "FEMALE", "III/b", bidang, posStaf, 78.0);
        register(hr, HR_NIP, "Andi Pratama", LocalDate.of(1980, 1, 1), "MALE", "III/c", dinas, posHr, 70.0);
        peerNips = List.of(Nips.person(9, 2, null).nip(), Nips.person(9, 3, null).nip(), Nips.person(9, 4, null).nip());
        String[] names = {"Rina Marlina", "Yusuf Hidayat", "Dewi Lestari"};
        for (int i = 0; i < peerNips.size(); i++) {
            Nips.Person p = Nips.parse(peerNips.get(i));
            register(hr, p.nip(), names[i], p.birthDate(), p.sex(), "III/a", bidang, posStaf, 65.0);
            MeritStack.users().ensureEmployee(p.nip(), names[i].split(" ")[0], names[i].split(" ")[1]);
        }
        hr.period(YEAR);
        hr.period(YEAR - 1);
        hr.period(YEAR - 2);
    }

    static JsonNode register(Merit hr, String nip, String name, LocalDate birth, String sex, String golongan, UUID unit,
                             UUID position, Double potential) {
        hr.employee(new Merit.EmployeeSpec(nip, name, null, "S.E.", "Palangka Raya", birth, sex, golongan,
                LocalDate.of(2020, 4, 1), unit,
                List.of(Merit.education("S1", "Manajemen", "Universitas Palangka Raya", birth.getYear() + 23)),
                List.of(Merit.assessment("INTEGRITAS", 3), Merit.assessment("KERJA_SAMA", 3), Merit.assessment("PENGELOLAAN_DATA", 3)),
                potential));
        return hr.assign(nip, position, LocalDate.of(2022, 1, 3), "800/E2E/" + nip.substring(14));
    }

    /** Keycloak username of an employee account made by {@link KeycloakUsers} (the NIP itself). */
    public static String user(String nip) {
        return nip;
    }
}
