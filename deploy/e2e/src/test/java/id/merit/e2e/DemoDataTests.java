package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import id.merit.e2e.demo.DemoLoader;
import id.merit.e2e.demo.DemoModel;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Palangka Raya demo data (deploy/e2e {@code id.merit.e2e.demo}) loads into the stack through the gateway, holds
 * what its summary claims, and a second load changes nothing: every unit, position, employee, SKP, vacancy and
 * public rating keeps its version. CI loads a reduced size ({@code merit.e2e.demo-size}, 80 people; the organisation
 * is always whole); the full 600 is measured by hand (README).
 */
@ExtendWith(MeritStack.class)
@Order(2)
class DemoDataTests {
    static final int SIZE = Integer.getInteger("merit.e2e.demo-size", 80);

    @Test
    void loadsThroughThePublicApiAndASecondLoadChangesNothing() {
        World.get();
        DemoLoader.Options options = new DemoLoader.Options(MeritStack.GATEWAY, MeritStack.KEYCLOAK,
                MeritStack.attached() ? "admin" : MeritStack.suite().config().keycloakAdminPassword(), SIZE, DemoLoader.SEED, 4,
                false); // the demo users belong to World's organisation in this stack
        DemoLoader first = new DemoLoader(options);
        DemoLoader.Summary loaded = first.load();
        System.out.print("[e2e] demo, first load\n" + loaded.text());
        DemoModel model = first.model();

        Map<String, String> before = snapshot(model);
        // What the summary claims is there.
        assertEquals(model.units.size(), count(before, "unit "), "units");
        assertEquals(model.positions.size(), count(before, "position "), "positions");
        assertEquals(SIZE, count(before, "employee "), "employees");
        assertEquals(SIZE, (int) loaded.present().get("employees"));
        int year = World.YEAR;
        assertEquals((int) loaded.present().get("final SKPs " + (year - 1)), count(before, "skp " + (year - 1) + " "), "final SKPs of last year");
        assertEquals((int) loaded.present().get("final SKPs " + (year - 2)), count(before, "skp " + (year - 2) + " "));
        assertTrue(loaded.present().get("final SKPs " + (year - 1)) > SIZE / 2, () -> "most demo employees have an appraiser: " + loaded.text());
        assertEquals((int) loaded.present().get("open vacancies"), count(before, "vacancy "), "open vacancies");
        // Only the heads of units right under the city (Sekda, kepala OPD, camat) have no appraiser among the ASN.
        Set<String> topHeads = model.positions.stream().filter(p -> p.head() && model.units.stream()
                .anyMatch(u -> u.code().equals(p.unitCode()) && DemoModel.ROOT.equals(u.parentCode()))).map(DemoModel.Position::code)
                .collect(Collectors.toSet());
        long withoutAppraiser = model.people.stream().filter(p -> topHeads.contains(p.positionCode())).count();
        assertEquals(withoutAppraiser, (long) loaded.present().get("employees without appraiser " + (year - 1)), loaded::text);
        assertTrue(before.entrySet().stream().allMatch(e -> !e.getKey().startsWith("skp ") || e.getValue().startsWith("FINAL")),
                "every demo SKP is final");
        assertTrue(loaded.present().get("peer rounds " + (year - 1)) > 0, "peer rounds where a unit has eight staff");
        assertTrue(loaded.present().get("public responses " + year) > 0, "public feedback through visit tokens");

        DemoLoader.Summary again = new DemoLoader(options).load();
        System.out.print("[e2e] demo, second load\n" + again.text());
        assertEquals(0, again.createdTotal(), () -> "a second load creates nothing: " + again.text());
        Map<String, String> after = snapshot(model);
        Set<String> changed = new LinkedHashSet<>();
        before.forEach((k, v) -> {
            if (!v.equals(after.get(k))) {
                changed.add(k + ": " + v + " -> " + after.get(k));
            }
        });
        assertEquals(before.size(), after.size(), "the same records");
        assertTrue(changed.isEmpty(), () -> "a second load changed " + changed.size() + " records: " + changed.stream().limit(20).toList());
        System.out.printf("[e2e] demo: size %d, first load %.1f s (%d records created), second load %.1f s, %d records compared%n",
                SIZE, loaded.millis() / 1000.0, loaded.createdTotal(), again.millis() / 1000.0, before.size());
    }

    /** Version (and state) of every demo record, read through the gateway as hr-admin. */
    static Map<String, String> snapshot(DemoModel model) {
        Merit hr = World.as(World.HR);
        Set<String> unitCodes = model.units.stream().map(DemoModel.Unit::code).collect(Collectors.toSet());
        Set<String> positionCodes = model.positions.stream().map(DemoModel.Position::code).collect(Collectors.toSet());
        Map<String, String> s = new TreeMap<>();
        Set<String> unitIds = new LinkedHashSet<>();
        for (JsonNode u : hr.all("/api/v1/units")) {
            if (unitCodes.contains(u.path("code").asText())) {
                s.put("unit " + u.path("code").asText(), u.path("version").asText() + " head " + u.path("headPositionId").asText());
                unitIds.add(u.path("id").asText());
            }
        }
        Set<String> positionIds = new LinkedHashSet<>();
        for (JsonNode p : hr.all("/api/v1/positions")) {
            if (positionCodes.contains(p.path("code").asText())) {
                s.put("position " + p.path("code").asText(), p.path("version").asText() + " " + p.path("incumbentNips"));
                positionIds.add(p.path("id").asText());
            }
        }
        for (DemoModel.Person p : model.people) {
            String nip = p.nip().nip();
            Api.Res e = hr.get("/api/v1/employees/" + nip).send();
            s.put("employee " + nip, e.status() + " " + e.json().path("version").asText() + " " + e.json().path("position").path("id").asText());
            Merit owner = World.as(nip);
            for (JsonNode skp : owner.get("/api/v1/skp/mine?size=100").send().expect(200).json().path("items")) {
                int y = skp.path("year").asInt();
                if (y < World.YEAR) {
                    s.put("skp " + y + " " + nip, skp.path("state").asText() + " " + skp.path("predikat").asText() + " v" + skp.path("version").asText());
                }
            }
        }
        for (JsonNode v : hr.all("/api/v1/vacancies")) {
            if (positionIds.contains(v.path("positionId").asText())) {
                s.put("vacancy " + v.path("positionId").asText(), v.path("state").asText() + " v" + v.path("version").asText());
            }
        }
        for (String unit : unitIds) {
            s.put("distribution " + unit, hr.get("/api/v1/appraisals/units/" + unit + "/distribution?year=" + (World.YEAR - 1)).send()
                    .expect(200).json().path("counts").toString());
        }
        return s;
    }

    static int count(Map<String, String> snapshot, String prefix) {
        return (int) snapshot.keySet().stream().filter(k -> k.startsWith(prefix)).count();
    }
}
