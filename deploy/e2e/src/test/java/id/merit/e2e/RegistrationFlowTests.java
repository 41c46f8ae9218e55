package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DESIGN §2 flow 1: BKPSDM registers (or imports) an employee → every service's projection has them. */
@ExtendWith(MeritStack.class)
@Order(1)
class RegistrationFlowTests {
    static final Duration PROJECTION = Duration.ofSeconds(60);

    @Test
    void aCreatedEmployeeAppearsInAppraisalFeedbackAndPlacement() {
        World w = World.get();
        Merit hr = World.as(World.HR);
        Nips.Person p = Nips.person(8, 1, true);

        JsonNode created = hr.employee(new Merit.EmployeeSpec(p.nip(), "Nur Aisyah", null, "S.Kom.", "Palangka Raya",
                p.birthDate(), p.sex(), "III/a", LocalDate.of(2021, 4, 1), w.bidang,
                List.of(Merit.education("S1", "Teknik Informatika", "Universitas Palangka Raya", 2012)), List.of(), 66.0));
        assertEquals(p.nip(), created.path("nip").asText());
        JsonNode placed = hr.assign(p.nip(), w.posStaf, LocalDate.of(2023, 1, 2), "800/REG/2023");
        assertEquals(World.ATASAN_NIP, placed.path("supervisorNip").asText(), "staff of the bidang are supervised by its head");

        awaitEverywhere(hr, p.nip());
    }

    @Test
    void anEmployeeImportedFromARegistryExportFileAppearsEverywhere() {
        World.get();
        Merit hr = World.as(World.HR);
        Nips.Person p = Nips.person(8, 2, false);
        String d = p.birthDate().toString();
        String dmy = d.substring(8, 10) + "-" + d.substring(5, 7) + "-" + d.substring(0, 4);
        List<Map<String, Object>> file = List.of(Map.of("nipBaru", p.nip(), "nama", "Agus Salim", "tglLahir", dmy,
                "jenisKelamin", "M", "golRuangAkhirId", "32", "tmtGolAkhir", "01-04-2019",
                "pendidikanTerakhirNama", "S-1/Sarjana", "tahunLulus", "2010"));

        Api.Res accepted = hr.post("/api/v1/registry/imports").json(file).send().expect(202);
        String job = accepted.header("location");
        JsonNode done = Poll.until("the import job to finish", Duration.ofSeconds(60), () -> {
            JsonNode j = hr.get(job).send().expect(200).json();
            return j.path("processed").asInt() == j.path("total").asInt() && !"RUNNING".equals(j.path("state").asText())
                    && !"QUEUED".equals(j.path("state").asText()) ? j : null;
        });
        assertEquals(1, done.path("created").asInt(), () -> "job: " + done);
        assertEquals("Agus Salim", hr.get("/api/v1/employees/" + p.nip()).send().expect(200).json().path("name").asText());

        awaitEverywhere(hr, p.nip());
    }

    /** Each consuming service shows the employee through its own API, read through the gateway. */
    static void awaitEverywhere(Merit hr, String nip) {
        long t0 = System.nanoTime();
        Poll.untilTrue("placement-service to know " + nip, PROJECTION,
                () -> hr.get("/api/v1/talent/" + nip).send().status() == 200);
        Poll.untilTrue("feedback-service to know " + nip, PROJECTION,
                () -> hr.get("/api/v1/feedback/employees/" + nip + "/public?year=" + World.YEAR).send().status() == 200);
        // appraisal-service refuses an SKP (422) until employee.upserted has arrived; its own projection answers.
        Api.Res skp = Poll.until("appraisal-service to know " + nip, PROJECTION, () -> {
            Api.Res r = hr.post("/api/v1/skp").json(Map.of("year", World.YEAR, "nip", nip)).send();
            return r.status() == 422 && r.body().contains("not known") ? null : r;
        });
        assertTrue(skp.status() == 201 || skp.status() == 422, () -> "SKP for a registered employee: " + skp);
        System.out.printf("[e2e] registration: %s visible in placement, feedback and appraisal after %.1f s%n", nip,
                (System.nanoTime() - t0) / 1e9);
    }
}
