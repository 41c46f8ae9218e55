package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DESIGN §2 flow 3 through the gateway: two staff with two final years of appraisal → BKPSDM opens a vacancy for a
 * Kepala Seksi seat → ranking with its breakdown → an optimal-assignment run → a proposal from the run → the board
 * approves (placement-board token) → employee-service moves the employee (placement.approved) → the new position
 * shows in employee-service, placement (proposal APPLIED, vacancy FILLED, talent unit), feedback (the round's
 * suggestions) and appraisal (a new SKP's unit and appraiser).
 */
@ExtendWith(MeritStack.class)
@Order(1)
class PlacementFlowTests {
    static final Duration ASYNC = Duration.ofSeconds(90);

    @Test
    void anApprovedProposalMovesTheEmployeeAndEveryServiceFollows() throws Exception {
        long t0 = System.nanoTime();
        World w = World.get();
        int year = World.YEAR;
        Merit hr = World.as(World.HR);
        Merit board = World.as(World.BOARD);

        // Bidang A (where the candidates work) and bidang B with a seksi whose head seat is vacant.
        UUID bidangA = hr.unit("E2E-PLC-BIDANG-A", "Bidang Perencanaan (e2e)", w.dinas);
        UUID bidangB = hr.unit("E2E-PLC-BIDANG-B", "Bidang Pengendalian (e2e)", w.dinas);
        UUID seksi = hr.unit("E2E-PLC-SEKSI-B1", "Seksi Evaluasi (e2e)", bidangB);
        UUID headA = hr.position(new Merit.PositionSpec("E2E-PLC-KABID-A", "Kepala Bidang Perencanaan", "ADMINISTRATOR", null, bidangA, 1, null, null));
        UUID staffA = hr.position(new Merit.PositionSpec("E2E-PLC-STAF-A", "Analis Perencanaan", "PELAKSANA", null, bidangA, 10, null, null));
        UUID headB = hr.position(new Merit.PositionSpec("E2E-PLC-KABID-B", "Kepala Bidang Pengendalian", "ADMINISTRATOR", null, bidangB, 1, null, null));
        UUID kasi = hr.position(new Merit.PositionSpec("E2E-PLC-KASI-B1", "Kepala Seksi Evaluasi", "PENGAWAS", null, seksi, 1,
                List.of(Map.of("code", "PENGELOLAAN_DATA", "name", "Pengelolaan Data", "requiredLevel", 3)),
                Map.of("minEducationLevel", "S1", "minGolongan", "III/b")));
        UUID staffSeksi = hr.position(new Merit.PositionSpec("E2E-PLC-STAF-B1", "Pengolah Data Evaluasi", "PELAKSANA", null, seksi, 5, null, null));
        hr.head(bidangA, headA);
        hr.head(bidangB, headB);
        hr.head(seksi, kasi);

        Nips.Person kabidA = Nips.person(5, 1, false);
        Nips.Person kabidB = Nips.person(5, 2, true);
        Nips.Person strong = Nips.person(5, 3, true);
        Nips.Person steady = Nips.person(5, 4, false);
        Nips.Person seksiStaff = Nips.person(5, 5, null);
        AppraisalYearFlowTests.person(hr, kabidA, "Agustinus Dehen", "IV/a", bidangA, headA);
        AppraisalYearFlowTests.person(hr, kabidB, "Fransiska Ilun", "IV/a", bidangB, headB);
        AppraisalYearFlowTests.person(hr, strong, "Lestari Handayani", "III/c", bidangA, staffA);
        AppraisalYearFlowTests.person(hr, steady, "Muhammad Rizky", "III/b", bidangA, staffA);
        AppraisalYearFlowTests.person(hr, seksiStaff, "Eko Prasetyo", "III/a", seksi, staffSeksi);

        // Two final years (the predikat rule looks at the two years before the TMT's year).
        Merit appraiserA = World.as(kabidA.nip());
        for (int y = year - 2; y < year; y++) {
            int yy = y;
            for (Nips.Person p : List.of(strong, steady)) {
                boolean isStrong = p == strong;
                Poll.whileUnknown("appraisal-service to know " + p.nip(), ASYNC, () -> Appraisals.toRated(hr, World.as(p.nip()),
                        appraiserA, yy, p.nip(), "Tersusunnya dokumen perencanaan " + yy, isStrong ? "ABOVE" : "MEETS", isStrong ? "ABOVE" : "MEETS"));
            }
            Appraisals.unitResult(hr, bidangA, y, "ISTIMEWA");
            Appraisals.finalizeUnit(hr, bidangA, y, null).expect(200);
        }
        long appraised = System.nanoTime();

        // The vacancy (once placement knows the position) and its ranking, once both final years have arrived.
        LocalDate tmt = LocalDate.of(year, 12, 1);
        String vacancy = hr.openVacancy(kasi, tmt, "Pengisian Kepala Seksi Evaluasi (e2e)", ASYNC);
        JsonNode ranking = Poll.until("both candidates ranked for the vacancy", ASYNC, () -> {
            JsonNode list = hr.get("/api/v1/vacancies/" + vacancy + "/candidates?limit=20").send().expect(200).json();
            List<String> nips = new ArrayList<>();
            list.forEach(c -> nips.add(c.path("nip").asText()));
            return nips.contains(strong.nip()) && nips.contains(steady.nip()) ? list : null;
        });
        JsonNode first = ranking.path(0);
        assertEquals(strong.nip(), first.path("nip").asText(), () -> "two Sangat Baik years rank first: " + ranking);
        assertEquals(1, first.path("rank").asInt());
        double sum = 0;
        List<String> components = new ArrayList<>();
        for (JsonNode part : first.path("score").path("parts")) {
            components.add(part.path("component").asText());
            sum += part.path("contribution").asDouble();
        }
        assertEquals(List.of("JPM", "EDUCATION", "EXPERIENCE", "PREDIKAT", "TALENT"), components.stream().sorted(
                java.util.Comparator.comparing(List.of("JPM", "EDUCATION", "EXPERIENCE", "PREDIKAT", "TALENT")::indexOf)).toList());
        assertEquals(first.path("score").path("total").asDouble(), sum, 0.05, "the breakdown adds up to the score");
        JsonNode eligibility = hr.get("/api/v1/eligibility?vacancyId=" + vacancy + "&nip=" + strong.nip()).send().expect(200).json();
        assertTrue(eligibility.path("eligibility").path("eligible").asBoolean(), () -> "eligibility: " + eligibility);
        assertTrue(eligibility.toString().contains("PREDIKAT_RECENT_YEARS"));
        long ranked = System.nanoTime();

        // Optimal assignment over the two, a proposal from the run, the board's approval.
        JsonNode run = hr.post("/api/v1/placement-runs").json(Map.of("vacancyIds", List.of(vacancy),
                "candidateNips", List.of(strong.nip(), steady.nip()))).send().expect(201).json();
        assertEquals(1, run.path("assigned").asInt(), () -> "run: " + run);
        assertEquals(strong.nip(), run.path("assignments").path(0).path("nip").asText());
        Api.Res proposed = hr.post("/api/v1/proposals").json(Map.of("vacancyId", vacancy, "nip", strong.nip(),
                "runId", run.path("id").asText())).send().expect(201);
        String proposal = proposed.json().path("id").asText();
        assertEquals("RUN", proposed.json().path("source").asText());
        Api.Res read = board.get("/api/v1/proposals/" + proposal).send().expect(200);
        String decisionRef = "800/" + year + "/BKPSDM-E2E/" + strong.nip().substring(14);
        JsonNode approved = board.post("/api/v1/proposals/" + proposal + "/decision").ifMatch(read.etag())
                .json(Map.of("decision", "APPROVE", "reason", "Peringkat pertama, hasil Baperjakat", "decisionRef", decisionRef))
                .send().expect(200).json();
        assertEquals("APPROVED", approved.path("state").asText());
        long decided = System.nanoTime();

        // employee-service applies placement.approved: position, unit, supervisor, history.
        JsonNode moved = Poll.until("employee-service to move " + strong.nip(), ASYNC, () -> {
            JsonNode e = hr.get("/api/v1/employees/" + strong.nip()).send().expect(200).json();
            return kasi.toString().equals(e.path("position").path("id").asText()) ? e : null;
        });
        assertEquals(seksi.toString(), moved.path("unit").path("id").asText());
        assertEquals(kabidB.nip(), moved.path("supervisorNip").asText(), "the head of bidang B supervises the new Kepala Seksi");
        assertEquals(tmt.toString(), moved.path("position").path("tmt").asText());
        assertTrue(moved.path("positionHistory").toString().contains(staffA.toString()), "the old position stays in the history");
        JsonNode staffNow = Poll.until("the seksi's staff to be supervised by the new head", ASYNC, () -> {
            JsonNode e = hr.get("/api/v1/employees/" + seksiStaff.nip()).send().expect(200).json();
            return strong.nip().equals(e.path("supervisorNip").asText()) ? e : null;
        });
        assertEquals(seksi.toString(), staffNow.path("unit").path("id").asText());
        long movedAt = System.nanoTime();

        // placement: the proposal is APPLIED once the employee.upserted shows the seat taken; the vacancy is FILLED.
        Poll.untilTrue("the proposal to become APPLIED", ASYNC,
                () -> "APPLIED".equals(board.get("/api/v1/proposals/" + proposal).send().expect(200).json().path("state").asText()));
        assertEquals("FILLED", hr.get("/api/v1/vacancies/" + vacancy).send().expect(200).json().path("state").asText());
        Poll.untilTrue("the talent view to show the new unit", ASYNC,
                () -> seksi.toString().equals(hr.get("/api/v1/talent/" + strong.nip()).send().expect(200).json().path("unitId").asText()));

        // feedback: a round for the moved employee suggests the new supervisor and the seksi's staff as subordinate.
        String deadline = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(7).toString();
        Api.Res round = hr.post("/api/v1/peer-rounds").json(Map.of("rateeNip", strong.nip(), "year", year, "deadline", deadline)).send();
        String roundId = round.status() == 409 ? null : round.expect(201).json().path("id").asText();
        if (roundId != null) {
            Poll.untilTrue("feedback-service to suggest the new supervisor and subordinate", ASYNC, () -> {
                String s = hr.get("/api/v1/peer-rounds/" + roundId + "/suggestions").send().expect(200).json().toString();
                return s.contains(kabidB.nip()) && s.contains(seksiStaff.nip()) && s.contains("Kepala Seksi Evaluasi");
            });
        }

        // appraisal: once its projection has the move, a new SKP takes the new unit and appraiser.
        awaitAppraisalProjection(strong.nip(), seksi, kabidB.nip());
        awaitAppraisalProjection(seksiStaff.nip(), seksi, strong.nip());
        JsonNode skp = Appraisals.ensureSkp(hr, World.as(strong.nip()), year, strong.nip());
        assertEquals(seksi.toString(), skp.path("unitId").asText());
        assertEquals(kabidB.nip(), skp.path("appraiserNip").asText());
        JsonNode staffSkp = Appraisals.ensureSkp(hr, World.as(seksiStaff.nip()), year, seksiStaff.nip());
        assertEquals(strong.nip(), staffSkp.path("appraiserNip").asText(), "the new Kepala Seksi appraises the seksi's staff");
        long done = System.nanoTime();

        System.out.printf("[e2e] placement: two appraisal years %.1f s, vacancy + ranking %.1f s (score %.2f, %d ranked), run + proposal "
                        + "+ approval %.1f s (solve %d ms), move applied by employee-service %.1f s, every projection %.1f s; whole test %.1f s%n",
                (appraised - t0) / 1e9, (ranked - appraised) / 1e9, first.path("score").path("total").asDouble(), ranking.size(),
                (decided - ranked) / 1e9, run.path("solveMillis").asLong(), (movedAt - decided) / 1e9, (done - movedAt) / 1e9,
                (done - t0) / 1e9);
    }

    /** Opens a vacancy for a seat of the position once placement-service knows it (position.upserted); its id. */
    /** appraisal-service has no read of its employee projection; the test reads the row (never writes) before an SKP snapshots it. */
    static void awaitAppraisalProjection(String nip, UUID unit, String supervisorNip) {
        Poll.untilTrue("appraisal-service's projection of " + nip + " to show unit " + unit, ASYNC, () -> {
            try (Connection c = MeritStack.database("merit_appraisal");
                 PreparedStatement st = c.prepareStatement("select unit_id, supervisor_nip from employee_view where nip = ?")) {
                st.setString(1, nip);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() && unit.toString().equals(rs.getString(1)) && supervisorNip.equals(rs.getString(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
