package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #10 through the gateway: BKPSDM records training in employee-service → placement-service counts the JP
 * (in the year each activity ended) → the supervisor drafts and agrees a plan towards a target position → the
 * employee sees it in "my development", and nobody else's → BKPSDM's training needs export and the below-20-JP list.
 */
@ExtendWith(MeritStack.class)
@Order(1)
class DevelopmentFlowTests {
    static final Duration PROJECTION = Duration.ofSeconds(60);

    @Test
    void trainingRecordsPlanAndMyDevelopmentAcrossEmployeeAndPlacement() {
        World w = World.get();
        Merit hr = World.as(World.HR);
        Merit pegawai = World.as(World.PEGAWAI);
        Merit atasan = World.as(World.ATASAN);
        int y = World.YEAR;
        String base = "/api/v1/employees/" + World.PEGAWAI_NIP + "/trainings";
        long t0 = System.nanoTime();

        // Three activities: one ended last year (not counted this year), one crossing New Year (counted this year).
        training(hr, base, "dev-1", "Pelatihan Pelayanan Prima", "COURSE", (y - 1) + "-12-01", (y - 1) + "-12-05", 16, List.of("PELAYANAN_PUBLIK"));
        training(hr, base, "dev-2", "Coaching Komunikasi Efektif", "COACHING", (y - 1) + "-12-29", y + "-01-02", 8, List.of("KOMUNIKASI"));
        training(hr, base, "dev-3", "Diklat Pengelolaan Data Kepegawaian", "DIKLAT", y + "-03-02", y + "-03-06", 24, List.of("PENGELOLAAN_DATA"));
        JsonNode listed = hr.get(base + "?year=" + y).send().expect(200).json();
        assertEquals(32, listed.path("totalHours").asInt(), () -> "employee-service counts JP by end date: " + listed);

        // placement-service learns them from employee.upserted.
        JsonNode me = Poll.until("placement-service to count this year's JP", PROJECTION, () -> {
            JsonNode m = pegawai.get("/api/v1/development/me").send().expect(200).json();
            return m.path("hours").path("completedJp").asInt() == 32 ? m : null;
        });
        assertEquals(World.PEGAWAI_NIP, me.path("nip").asText());
        assertEquals(20, me.path("hours").path("minimumJp").asInt());
        assertTrue(me.path("hours").path("completedMeetsMinimum").asBoolean(), () -> "32 JP ≥ 20: " + me.path("hours"));
        double projected = (System.nanoTime() - t0) / 1e9;

        // Gaps against a target: the Kepala Seksi seat needs managerial level 2 and PENGELOLAAN_DATA 2.
        JsonNode gaps = pegawai.get("/api/v1/development/" + World.PEGAWAI_NIP + "/gaps?targetPositionId=" + w.posKasi).send().expect(200).json();
        JsonNode target = gaps.path("target");
        assertTrue(target.path("totalGap").asInt() > 0, () -> "never-assessed managerial competencies are gaps: " + gaps);
        for (JsonNode c : target.path("competencies")) {
            assertEquals(Math.max(0, c.path("required").asInt() - c.path("attained").asInt()), c.path("gap").asInt(), () -> "gap = required − attained: " + c);
        }

        // Only the person and their supervisor see it.
        pegawai.get("/api/v1/development/" + w.peerNips.get(0) + "/gaps").send().expect(403);
        pegawai.get("/api/v1/development/" + w.peerNips.get(0) + "/plans/" + y).send().expect(403);

        // The supervisor drafts the plan towards the target and agrees it; the employee cannot agree their own.
        String plans = "/api/v1/development/" + World.PEGAWAI_NIP + "/plans/" + y;
        Api.Res drafted = atasan.post(plans).json(Map.of("targetPositionId", w.posKasi.toString())).send();
        if (drafted.status() == 409) {
            drafted = atasan.get(plans).send().expect(200);
        } else {
            drafted.expect(201);
        }
        JsonNode plan = drafted.json();
        assertFalse(plan.path("items").isEmpty(), () -> "recommended items from the gaps: " + plan);
        for (JsonNode item : plan.path("items")) {
            assertFalse(item.path("reason").asText().isBlank(), () -> "every item says why: " + item);
        }
        assertEquals(32, plan.path("hours").path("completedJp").asInt());
        String etag = drafted.etag();
        if ("DRAFT".equals(plan.path("state").asText())) {
            pegawai.post(plans + "/agree").ifMatch(etag).raw("{}", "application/json").send().expect(403);
            JsonNode agreed = atasan.post(plans + "/agree").ifMatch(etag).raw("{}", "application/json").send().expect(200).json();
            assertEquals("AGREED", agreed.path("state").asText());
            assertEquals(World.ATASAN, agreed.path("agreedBy").asText(), () -> "agreed by the supervisor's account: " + agreed);
        }
        // The supervisor's team view lists pegawai with the agreed plan and her 32 JP; she may not read his team.
        JsonNode team = atasan.get("/api/v1/development/" + World.ATASAN_NIP + "/team?year=" + y + "&size=200").send().expect(200).json();
        JsonNode her = null;
        for (JsonNode m : team.path("members").path("items")) {
            her = World.PEGAWAI_NIP.equals(m.path("nip").asText()) ? m : her;
        }
        JsonNode member = her;
        assertNotNull(member, () -> "pegawai is in her supervisor's team: " + team);
        assertEquals("AGREED", member.path("plan").path("state").asText(), () -> "team member: " + member);
        assertEquals(32, member.path("hours").path("completedJp").asInt(), () -> "team member: " + member);
        assertTrue(team.path("agreed").asInt() >= 1, () -> "team: " + team);
        pegawai.get("/api/v1/development/" + World.ATASAN_NIP + "/team").send().expect(403);

        JsonNode mine = pegawai.get("/api/v1/development/me").send().expect(200).json();
        assertEquals("AGREED", mine.path("plan").path("state").asText(), () -> "my development shows the agreed plan: " + mine);
        assertFalse(mine.path("plan").path("stateLabel").asText().isBlank(), "plain Indonesian label");

        // BKPSDM: training needs of the bidang as CSV, and who is below 20 JP this year.
        Api.Res csv = hr.get("/api/v1/development/training-needs?year=" + y + "&unitId=" + w.bidang).header("Accept", "text/csv").send().expect(200);
        List<Map<String, String>> rows = parseCsv(csv.body());
        assertFalse(rows.isEmpty(), "the bidang has people with gaps");
        assertTrue(rows.stream().anyMatch(r -> r.get("scope").equals("TOTAL")), () -> "a total per competency and gap: " + rows);
        for (Map<String, String> r : rows) {
            assertTrue(Integer.parseInt(r.get("people")) > 0 && Integer.parseInt(r.get("gap")) > 0, () -> "row " + r);
        }
        JsonNode below = hr.get("/api/v1/development/below-minimum-jp?year=" + y + "&unitId=" + w.bidang + "&size=200").send().expect(200).json();
        List<String> belowNips = new ArrayList<>();
        below.path("items").forEach(i -> belowNips.add(i.path("nip").asText()));
        assertFalse(belowNips.contains(World.PEGAWAI_NIP), () -> "pegawai has 32 JP: " + belowNips);
        assertTrue(belowNips.contains(w.peerNips.get(0)), () -> "a colleague without training is below 20 JP: " + belowNips);

        System.out.printf("[e2e] development: 3 trainings (32 JP this year) visible in placement after %.1f s; plan with %d items "
                + "agreed by the supervisor; %d CSV rows of training needs; %d people below 20 JP in the bidang; whole flow %.1f s%n",
                projected, plan.path("items").size(), rows.size(), belowNips.size(), (System.nanoTime() - t0) / 1e9);
    }

    static void training(Merit hr, String base, String key, String title, String type, String start, String end, int hours,
                         List<String> competencies) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("type", type);
        body.put("provider", "BPSDM Provinsi Kalimantan Tengah");
        body.put("startDate", start);
        body.put("endDate", end);
        body.put("hours", hours);
        body.put("competencies", competencies);
        body.put("evidenceUrl", "https://sertifikat.example.go.id/" + key + ".pdf");
        hr.post(base).header("Idempotency-Key", "e2e-training-" + key).json(body).send().expect(200, 201);
    }

    /** RFC 4180 as the service writes it: a header line, CRLF, quoted fields where needed. */
    static List<Map<String, String>> parseCsv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                row.add(field.toString().replace("\r", ""));
                field.setLength(0);
                lines.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            lines.add(row);
        }
        List<String> header = lines.get(0);
        assertEquals(List.of("scope", "unit_id", "unit_code", "unit_name", "competency", "competency_name", "gap", "people", "suggested_jp"),
                header, "the documented CSV header");
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> l : lines.subList(1, lines.size())) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), i < l.size() ? l.get(i) : "");
            }
            out.add(m);
        }
        return out;
    }
}
