package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.merit.infra.test.FakeRegistry;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Go-live from the national registry (DESIGN §8) through the gateway: hr-admin syncs the organisation (ref-unor) and two
 * people from the suite's fake SIASN (data-utama, rw-skp22, rw-pendidikan, rw-kompetensi) → employee-service's record
 * shows the registry's appraisal results, education and competency → placement, with no Merit results for those years,
 * takes the registry's results (REGISTRY rows from employee.upserted) for the predikat rule: BAIK twice is eligible, a
 * BUTUH_PERBAIKAN year is not, and both explanations name the source.
 */
@ExtendWith(MeritStack.class)
@Order(1)
class RegistryFlowTests {
    static final Duration ASYNC = Duration.ofSeconds(90);
    static final DateTimeFormatter REGISTRY_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    static final String UNOR_ID = "8ae4838a6fe0e2e0016fe1e2e0e20001";

    @Test
    void registryResultsMakeAnImportedPersonEligibleAndABadYearDoesNot() {
        FakeRegistry siasn = MeritStack.registry();
        assumeTrue(siasn != null, "needs the suite's own fake registry (not attached mode)");
        long t0 = System.nanoTime();
        World.get();
        int year = World.YEAR;
        Merit hr = World.as(World.HR);

        // The organisation as at go-live: the unit from ref-unor, Merit's own positions in it.
        ArrayNode unors = Api.JSON.createArrayNode();
        unors.addObject().put("Id", UNOR_ID).putNull("DiatasanId").put("NamaUnor", "Dinas Komunikasi dan Informatika (registri e2e)")
                .put("NamaJabatan", "Kepala Dinas");
        siasn.unors(unors);
        hr.post("/api/v1/registry/units/sync").send().expect(200);
        UUID unit = UUID.fromString(hr.byCode("units", "UNOR-" + UNOR_ID).orElseThrow().path("id").asText());
        UUID staff = hr.position(new Merit.PositionSpec("E2E-REG-STAF", "Pranata Komputer Pelaksana", "PELAKSANA", null, unit, 10, null, null));
        UUID kasi = hr.position(new Merit.PositionSpec("E2E-REG-KASI", "Kepala Seksi Aplikasi", "PENGAWAS", null, unit, 1,
                null, Map.of("minEducationLevel", "S1", "acceptedFields", List.of("Teknik Informatika"), "minGolongan", "III/a")));

        Nips.Person good = Nips.person(4, 1, true);
        Nips.Person weak = Nips.person(4, 2, false);
        registryPerson(siasn, good, "Maria Ulfa", "BAIK", "BAIK");
        registryPerson(siasn, weak, "Hendra Gunawan", "BAIK", "BUTUH_PERBAIKAN");

        // The sync, through the gateway with hr-admin's token: every history read, nothing rejected.
        for (Nips.Person p : List.of(good, weak)) {
            JsonNode synced = hr.post("/api/v1/registry/employees/" + p.nip() + "/sync").send().expect(200).json();
            assertEquals("CREATED", synced.path("outcome").asText(), () -> "sync: " + synced);
            assertEquals(0, synced.path("rejectedHistory").size(), () -> "sync: " + synced);
        }
        JsonNode record = hr.get("/api/v1/employees/" + good.nip()).send().expect(200).json();
        assertEquals(unit.toString(), record.path("unit").path("id").asText(), () -> "the unit from data-utama's unorId: " + record);
        assertEquals("III/b", record.path("golongan").path("code").asText(), () -> "golRuangAkhirId 32: " + record.path("golongan"));
        assertEquals(Api.JSON.valueToTree(List.of(
                        Map.of("year", year - 2, "predikat", "BAIK", "hasilKerja", "MEETS", "perilakuKerja", "MEETS"),
                        Map.of("year", year - 1, "predikat", "BAIK", "hasilKerja", "MEETS", "perilakuKerja", "MEETS"))),
                record.path("registryAppraisals"), () -> "registry appraisal results: " + record);
        JsonNode education = record.path("education");
        assertEquals(1, education.size(), () -> "data-utama's last education completed by rw-pendidikan's row: " + education);
        assertEquals("S1", education.path(0).path("level").asText());
        assertEquals("S-1 Teknik Informatika", education.path(0).path("field").asText());
        assertEquals("Universitas Palangka Raya", education.path(0).path("institution").asText());
        JsonNode competency = record.path("competencies").path(0);
        assertEquals(List.of("INTEGRITAS", "MANAGERIAL", "3", "SIASN"), List.of(competency.path("code").asText(),
                competency.path("kind").asText(), competency.path("level").asText(), competency.path("source").asText()),
                () -> "the SIASN assessment: " + record.path("competencies"));
        long synced = System.nanoTime();

        // BKPSDM places the imported staff in Merit's positions (rw-jabatan is not read); since 2021, so the PENGAWAS
        // seat's three years in PELAKSANA pass and only the predikat rule can tell the two apart.
        for (Nips.Person p : List.of(good, weak)) {
            hr.assign(p.nip(), staff, LocalDate.of(2021, 1, 4), "800/E2E-REG/" + p.nip().substring(14));
        }
        String vacancy = hr.openVacancy(kasi, LocalDate.of(year, 12, 1), "Pengisian Kepala Seksi Aplikasi (registri e2e)", ASYNC);

        // Placement, once employee.upserted has brought the registry results and the position: BAIK, BAIK → eligible.
        JsonNode goodCheck = awaitProjected(hr, vacancy, good.nip());
        assertTrue(goodCheck.path("eligibility").path("eligible").asBoolean(), () -> "eligibility: " + goodCheck);
        JsonNode goodPredikat = check(goodCheck, "PREDIKAT_RECENT_YEARS");
        assertEquals(List.of(year - 1 + ":BAIK:REGISTRY", year - 2 + ":BAIK:REGISTRY"), years(goodPredikat.path("predikatUsed")));
        assertEquals(year - 1 + ":BAIK (REGISTRY), " + (year - 2) + ":BAIK (REGISTRY)", goodPredikat.path("actual").asText());
        assertTrue(check(goodCheck, "EDUCATION_FIELD").path("passed").asBoolean(), () -> "the registry's programme name: " + goodCheck);
        JsonNode ranking = hr.get("/api/v1/vacancies/" + vacancy + "/candidates?limit=50&unitId=" + unit).send().expect(200).json();
        List<String> ranked = new ArrayList<>();
        ranking.forEach(c -> ranked.add(c.path("nip").asText()));
        assertEquals(List.of(good.nip()), ranked, () -> "the unit's eligible candidates: " + ranking);
        JsonNode predikatPart = part(ranking.path(0), "PREDIKAT");
        assertEquals(List.of(year - 1 + ":BAIK:REGISTRY", year - 2 + ":BAIK:REGISTRY"), years(predikatPart.path("predikatUsed")),
                () -> "the score's PREDIKAT part: " + predikatPart);

        // A BUTUH_PERBAIKAN year in the registry fails the predikat rule, and only that rule.
        JsonNode weakCheck = awaitProjected(hr, vacancy, weak.nip());
        assertFalse(weakCheck.path("eligibility").path("eligible").asBoolean(), () -> "eligibility: " + weakCheck);
        List<String> failed = new ArrayList<>();
        weakCheck.path("eligibility").path("checks").forEach(c -> {
            if (!c.path("passed").asBoolean()) {
                failed.add(c.path("rule").asText());
            }
        });
        assertEquals(List.of("PREDIKAT_RECENT_YEARS"), failed, () -> "eligibility: " + weakCheck);
        assertEquals(List.of(year - 1 + ":BUTUH_PERBAIKAN:REGISTRY", year - 2 + ":BAIK:REGISTRY"),
                years(check(weakCheck, "PREDIKAT_RECENT_YEARS").path("predikatUsed")));
        long done = System.nanoTime();

        System.out.printf("[e2e] registry: ref-unor + two syncs through the gateway %.1f s, placement eligibility from REGISTRY "
                + "results %.1f s; whole test %.1f s%n", (synced - t0) / 1e9, (done - synced) / 1e9, (done - t0) / 1e9);
    }

    /**
     * One person as SIASN answers for them: data-utama in the registry unit, results for the two years before this one
     * ({@code older} for year − 2, {@code newer} for year − 1), an S-1 row for data-utama's last education and an
     * Integritas assessment.
     */
    static void registryPerson(FakeRegistry siasn, Nips.Person p, String name, String older, String newer) {
        ObjectNode data = Api.JSON.createObjectNode()
                .put("nipBaru", p.nip()).put("nama", name).put("gelarDepan", "").put("gelarBelakang", "S.Kom.")
                .put("tempatLahir", "Palangka Raya").put("tglLahir", REGISTRY_DATE.format(p.birthDate()))
                .put("jenisKelamin", "FEMALE".equals(p.sex()) ? "F" : "M").put("golRuangAkhirId", "32")
                .put("pangkatAkhir", "Penata Muda Tk I").put("tmtGolAkhir", "01-04-2021").put("jabatanNama", "Pranata Komputer")
                .put("unorId", UNOR_ID).put("pendidikanTerakhirNama", "S-1/Sarjana")
                .put("tahunLulus", Integer.toString(p.birthDate().getYear() + 23));
        siasn.put(data);
        ArrayNode skp = Api.JSON.createArrayNode();
        int[] codes = {code(older), code(newer)};
        for (int i = 0; i < 2; i++) {
            // Codes as skp22/save writes them (employee-service's merit.registry.skp22.*-codes); MEETS is 2.
            skp.addObject().put("id", "skp-" + p.nip() + "-" + i).put("tahun", World.YEAR - 2 + i)
                    .put("kuadranKinerjaNilai", Integer.toString(codes[i])).put("hasilKinerjaNilai", 2).put("perilakuKerjaNilai", "2");
        }
        siasn.skp22(p.nip(), skp);
        ArrayNode pendidikan = Api.JSON.createArrayNode();
        pendidikan.addObject().put("id", "pd-" + p.nip()).put("tkPendidikanNama", "S-1/Sarjana")
                .put("pendidikanNama", "S-1 Teknik Informatika").put("namaSekolah", "Universitas Palangka Raya")
                .put("tahunLulus", Integer.toString(p.birthDate().getYear() + 23));
        siasn.pendidikan(p.nip(), pendidikan);
        ArrayNode kompetensi = Api.JSON.createArrayNode();
        kompetensi.addObject().put("id", "kp-" + p.nip()).put("jenisKompetensi", "MANAJERIAL").put("kodeKompetensi", "INTEGRITAS")
                .put("namaKompetensi", "Integritas").put("level", 3).put("tanggal", "01-06-" + (World.YEAR - 1));
        siasn.kompetensi(p.nip(), kompetensi);
    }

    static int code(String predikat) {
        return List.of("SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG").indexOf(predikat) + 1;
    }

    /**
     * The eligibility of {@code nip} once placement has the registry results and the position (Kafka is asynchronous):
     * the predikat window names the registry for each year and the tenure rule passes.
     */
    static JsonNode awaitProjected(Merit hr, String vacancy, String nip) {
        return Poll.until("placement-service to have " + nip + "'s registry results and position", ASYNC, () -> {
            Api.Res r = hr.get("/api/v1/eligibility?vacancyId=" + vacancy + "&nip=" + nip).send();
            if (r.status() != 200) {
                return null;
            }
            JsonNode used = check(r.json(), "PREDIKAT_RECENT_YEARS").path("predikatUsed");
            boolean registry = used.size() == 2 && years(used).stream().allMatch(y -> y.endsWith(":REGISTRY"));
            return registry && check(r.json(), "YEARS_IN_LEVEL_BELOW").path("passed").asBoolean() ? r.json() : null;
        });
    }

    static JsonNode check(JsonNode pair, String rule) {
        return named(pair.path("eligibility").path("checks"), "rule", rule);
    }

    static JsonNode part(JsonNode candidate, String component) {
        return named(candidate.path("score").path("parts"), "component", component);
    }

    /** The element of {@code list} whose {@code field} is {@code value}. */
    static JsonNode named(JsonNode list, String field, String value) {
        for (JsonNode n : list) {
            if (value.equals(n.path(field).asText())) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + list);
    }

    /** predikatUsed as "year:predikat:source", newest first as placement lists them. */
    static List<String> years(JsonNode predikatUsed) {
        List<String> out = new ArrayList<>();
        predikatUsed.forEach(y -> out.add(y.path("year").asInt() + ":" + y.path("predikat").asText() + ":" + y.path("source").asText()
                + (y.path("underObjection").asBoolean() ? ":under objection" : "")));
        return out;
    }
}
