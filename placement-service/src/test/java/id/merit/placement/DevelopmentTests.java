package id.merit.placement;

import id.merit.infra.test.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Development planning on real PostgreSQL and Kafka: gaps, reachable positions, JP per year, training needs, plans following events. */
@QuarkusTest
@TestSecurity(user = "hr.admin", roles = "hr-admin")
class DevelopmentTests {
    /** "This year" as the service counts it (WIB). */
    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
    static final String DEV = "/api/v1/development/";

    static Map<String, Integer> levels(Object... codeLevel) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < codeLevel.length; i += 2) {
            m.put((String) codeLevel[i], (Integer) codeLevel[i + 1]);
        }
        return m;
    }

    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void gapsAndJpmBeforeAndAfterOnAWorkedExample() {
        UUID u = DevSeed.unit(code("GAP"), null);
        UUID current = DevSeed.position(u, "PENGAWAS", levels("INTEGRITAS", 3, "KERJA_SAMA", 3, "KOMUNIKASI", 4), "III/a");
        UUID target = DevSeed.position(u, "ADMINISTRATOR", levels("INTEGRITAS", 4, "KERJA_SAMA", 3), "III/c");
        String nip = Seed.nip();
        DevSeed.employee(nip, u, current, null, levels("INTEGRITAS", 2, "KERJA_SAMA", 4), 70.0, null, 1);
        DevSeed.awaitPositions(current, target);
        DevSeed.awaitEmployee(nip, 1);
        // Current standard Integritas 3, Kerja Sama 3, Komunikasi 4; attained 2, 4, none (0).
        // Gaps: 1, 0 (exceeding is no gap), 4 -> total 5.
        // JPM before = (min(2,3) + min(4,3) + min(0,4)) / (3+3+4) = 5/10 = 50 % -> Kurang Memenuhi Syarat, Kurang Optimal.
        // After closing all: 10/10 = 100 %. After close=KOMUNIKASI:3 only: (2+3+3)/10 = 80 % -> Memenuhi Syarat, Cukup Optimal.
        // Target standard Integritas 4, Kerja Sama 3: gaps 2, 0; JPM (2+3)/7 = 71.43 % -> 71.4, Masih Memenuhi Syarat;
        // Komunikasi is not in it, so the simulated close leaves it at 71.4.
        given().queryParam("targetPositionId", target).queryParam("close", "KOMUNIKASI:3").get(DEV + nip + "/gaps").then().statusCode(200)
                .body("current.positionId", is(current.toString()))
                .body("current.competencies.code", is(List.of("INTEGRITAS", "KERJA_SAMA", "KOMUNIKASI")))
                .body("current.competencies.name", is(List.of("Integritas", "Kerja Sama", "Komunikasi")))
                .body("current.competencies.required", is(List.of(3, 3, 4)))
                .body("current.competencies.attained", is(List.of(2, 4, 0)))
                .body("current.competencies.gap", is(List.of(1, 0, 4)))
                .body("current.competencies.simulatedLevel", is(List.of(2, 4, 3)))
                .body("current.totalGap", is(5))
                .body("current.jpmBefore.percent", is(50.0f))
                .body("current.jpmBefore.selection", is("KURANG_MEMENUHI_SYARAT"))
                .body("current.jpmBefore.selectionLabel", is("Kurang Memenuhi Syarat"))
                .body("current.jpmBefore.mappingLabel", is("Kurang Optimal"))
                .body("current.jpmAfterClosingAll.percent", is(100.0f))
                .body("current.jpmAfterClosingAll.mappingLabel", is("Optimal"))
                .body("current.jpmAfterClose.percent", is(80.0f))
                .body("current.jpmAfterClose.selectionLabel", is("Memenuhi Syarat"))
                .body("current.jpmAfterClose.mappingLabel", is("Cukup Optimal"))
                .body("target.positionId", is(target.toString()))
                .body("target.competencies.gap", is(List.of(2, 0)))
                .body("target.jpmBefore.percent", is(71.4f))
                .body("target.jpmBefore.selectionLabel", is("Masih Memenuhi Syarat"))
                .body("target.jpmAfterClose.percent", is(71.4f))
                .body("target.jpmAfterClosingAll.percent", is(100.0f))
                .body("close.KOMUNIKASI", is(3));
        // Without close there is no simulation.
        given().get(DEV + nip + "/gaps").then().statusCode(200).body("current.jpmAfterClose", nullValue()).body("target", nullValue())
                .body("current.competencies[0].simulatedLevel", nullValue());
    }

    @Test
    void reachablePositionsAreThoseTheClosedGapsOpenWhileEveryHardRulePasses() {
        UUID u = DevSeed.unit(code("RCH"), null);
        UUID current = DevSeed.position(u, "PENGAWAS", levels("INTEGRITAS", 3), "III/a");
        // 2/8 = 25 % now; Integritas 5 and Komunikasi 3 make it 100 %.
        UUID reach = DevSeed.position(u, "ADMINISTRATOR", levels("INTEGRITAS", 5, "KOMUNIKASI", 3), "III/c");
        // Same standard, but golongan IV/a is required and the person is III/d: a hard rule keeps it out.
        UUID blocked = DevSeed.position(u, "ADMINISTRATOR", levels("INTEGRITAS", 5, "KOMUNIKASI", 3), "IV/a");
        // Integritas 5 alone gives 5/10 = 50 %: still Kurang Memenuhi Syarat.
        UUID partly = DevSeed.position(u, "ADMINISTRATOR", levels("INTEGRITAS", 5, "TEKNIS_X", 5), "III/c");
        // Already qualifying (100 %): not "reachable", it is reached.
        UUID already = DevSeed.position(u, "ADMINISTRATOR", levels("INTEGRITAS", 2), "III/c");
        String nip = Seed.nip();
        DevSeed.employee(nip, u, current, null, levels("INTEGRITAS", 2), 70.0, null, 1);
        DevSeed.appraisal(nip, YEAR - 1, "BAIK", 1, Set.of());
        DevSeed.appraisal(nip, YEAR - 2, "BAIK", 1, Set.of());
        DevSeed.awaitPositions(current, reach, blocked, partly, already);
        DevSeed.awaitEmployee(nip, 1);
        DevSeed.awaitPredikat(nip, YEAR - 2, 1);
        DevSeed.awaitPredikat(nip, YEAR - 1, 1);

        JsonPath r = given().queryParam("close", "INTEGRITAS:5,KOMUNIKASI:3").queryParam("limit", 200).get(DEV + nip + "/reachable-positions")
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = r.getList("positionId");
        assertTrue(ids.contains(reach.toString()), ids.toString());
        assertTrue(!ids.contains(blocked.toString()) && !ids.contains(partly.toString()) && !ids.contains(already.toString())
                && !ids.contains(current.toString()), ids.toString());
        int i = ids.indexOf(reach.toString());
        assertEquals(25.0f, r.getFloat("[" + i + "].jpmNow.percent"));
        assertEquals("Kurang Memenuhi Syarat", r.getString("[" + i + "].jpmNow.selectionLabel"));
        assertEquals(100.0f, r.getFloat("[" + i + "].jpmAfter.percent"));
        assertEquals("JPM_SELECTION_BAND", r.getString("[" + i + "].rule"));
        assertEquals(List.of("INTEGRITAS", "KOMUNIKASI"), r.getList("[" + i + "].changes.code"));
        assertEquals(List.of(2, 0), r.getList("[" + i + "].changes.from"));
        assertEquals(List.of(5, 3), r.getList("[" + i + "].changes.to"));
        assertTrue(r.getString("[" + i + "].explanation").contains("Integritas naik dari level 2 ke 5"), r.getString("[" + i + "].explanation"));
        // Without close every gap of each position is closed: "partly" becomes reachable too; the hard rule still blocks.
        List<String> all = given().queryParam("limit", 200).get(DEV + nip + "/reachable-positions").then().statusCode(200).extract().jsonPath().getList("positionId");
        assertTrue(all.contains(reach.toString()) && all.contains(partly.toString()) && !all.contains(blocked.toString()), all.toString());
    }

    @Test
    void jpCountInTheYearOfTheEndDateAndSnapshotsWithoutTrainingsKeepThem() {
        UUID u = DevSeed.unit(code("JP"), null);
        UUID pos = DevSeed.position(u, "PENGAWAS", levels("INTEGRITAS", 3), "III/a");
        String x = Seed.nip();
        String y = Seed.nip();
        // x: 28 Dec - 2 Jan (12 JP) counts in the new year, 1-31 Dec (8 JP) in the old one, 1 Mar (5 JP) in the new one.
        DevSeed.employee(x, u, pos, null, levels("INTEGRITAS", 2), null, new DevSeed.Training[]{
                new DevSeed.Training(LocalDate.of(YEAR - 1, 12, 28), LocalDate.of(YEAR, 1, 2), 12),
                new DevSeed.Training(LocalDate.of(YEAR - 1, 12, 1), LocalDate.of(YEAR - 1, 12, 31), 8),
                new DevSeed.Training(LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 3, 1), 5)}, 1);
        DevSeed.employee(y, u, pos, null, levels("INTEGRITAS", 3), null, new DevSeed.Training[]{
                new DevSeed.Training(LocalDate.of(YEAR, 1, 10), LocalDate.of(YEAR, 1, 12), 24)}, 1);
        DevSeed.awaitPositions(pos);
        DevSeed.awaitUnits(u);
        DevSeed.awaitEmployee(x, 1);
        DevSeed.awaitEmployee(y, 1);
        // This year: x has 12 + 5 = 17 (3 short), y 24 (not listed).
        given().queryParam("year", YEAR).queryParam("unitId", u).get(DEV + "below-minimum-jp").then().statusCode(200)
                .body("totalItems", is(1)).body("items.nip", is(List.of(x))).body("items[0].completedJp", is(17))
                .body("items[0].minimumJp", is(20)).body("items[0].shortfallJp", is(3));
        // Last year: y 0, x 8, fewest first.
        given().queryParam("year", YEAR - 1).queryParam("unitId", u).get(DEV + "below-minimum-jp").then().statusCode(200)
                .body("items.nip", is(List.of(y, x))).body("items.completedJp", is(List.of(0, 8)));

        given().contentType("application/json").body("{}").post(DEV + x + "/plans/" + YEAR).then().statusCode(201)
                .body("hours.completedJp", is(17)).body("hours.minimumJp", is(20)).body("hours.completedMeetsMinimum", is(false))
                .body("hours.shortfallJp", is(3)).body("items.focus", is(List.of("INTEGRITAS")));
        // A newer snapshot without "trainings" (an older producer) keeps them; its Integritas 3 closes the gap of the DRAFT.
        DevSeed.employee(x, u, pos, null, levels("INTEGRITAS", 3), null, null, 2);
        DevSeed.awaitEmployee(x, 2);
        given().get(DEV + x + "/plans/" + YEAR).then().statusCode(200).body("hours.completedJp", is(17)).body("items", is(List.of()))
                .body("hours.plannedJp", is(0));
        // An empty list does clear them.
        DevSeed.employee(x, u, pos, null, levels("INTEGRITAS", 3), null, new DevSeed.Training[0], 3);
        DevSeed.awaitEmployee(x, 3);
        given().get(DEV + x + "/plans/" + YEAR).then().statusCode(200).body("hours.completedJp", is(0));
    }

    @Test
    void anItemListsThisYearsTrainingsOnItsCompetencyAsEvidence() {
        UUID u = DevSeed.unit(code("TRE"), null);
        UUID pos = DevSeed.position(u, "PENGAWAS", levels("INTEGRITAS", 3, "KOMUNIKASI", 3), "III/a");
        String x = Seed.nip();
        // Every seeded training names KOMUNIKASI: one ends this year, one ended last year.
        DevSeed.employee(x, u, pos, null, levels("INTEGRITAS", 2, "KOMUNIKASI", 1), null, new DevSeed.Training[]{
                new DevSeed.Training(LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 3, 2), 10),
                new DevSeed.Training(LocalDate.of(YEAR - 1, 5, 1), LocalDate.of(YEAR - 1, 5, 2), 6)}, 1);
        DevSeed.awaitPositions(pos);
        DevSeed.awaitEmployee(x, 1);
        JsonPath p = given().contentType("application/json").body("{}").post(DEV + x + "/plans/" + YEAR).then().statusCode(201)
                .extract().jsonPath();
        assertEquals(List.of("KOMUNIKASI", "INTEGRITAS"), p.getList("items.focus"));
        assertEquals(List.of("Pelatihan " + LocalDate.of(YEAR, 3, 1)), p.getList("items[0].trainings.title"));
        assertEquals(List.of(10), p.getList("items[0].trainings.hours"));
        assertEquals(List.of(LocalDate.of(YEAR, 3, 2).toString()), p.getList("items[0].trainings.endDate"));
        assertEquals(List.of(), p.getList("items[1].trainings"));
        // Evidence only: the item stays PLANNED until the supervisor marks it.
        assertEquals("PLANNED", p.getString("items[0].status"));
    }

    @Test
    void trainingNeedsAggregatePerUnitAndOverTheScopeAndTheCsvReadsBack() {
        UUID parent = DevSeed.unit(code("TNP"), null);
        UUID child = DevSeed.unit(code("TNC"), parent);
        UUID pos = DevSeed.position(parent, "PENGAWAS", levels("INTEGRITAS", 3, "KOMUNIKASI", 4), "III/a");
        String a = Seed.nip();
        String b = Seed.nip();
        String c = Seed.nip();
        DevSeed.employee(a, parent, pos, null, levels("INTEGRITAS", 2), null, null, 1);                  // Integritas +1, Komunikasi +4
        DevSeed.employee(b, parent, pos, null, levels("INTEGRITAS", 2, "KOMUNIKASI", 3), null, null, 1); // Integritas +1, Komunikasi +1
        DevSeed.employee(c, child, pos, null, levels("INTEGRITAS", 1, "KOMUNIKASI", 4), null, null, 1);  // Integritas +2
        DevSeed.awaitUnits(parent, child);
        DevSeed.awaitPositions(pos);
        for (String n : List.of(a, b, c)) {
            DevSeed.awaitEmployee(n, 1);
        }
        // Suggested JP per gap level 10, 20, 30, 40, 50 (configuration defaults): people x JP of their gap.
        JsonPath j = given().queryParam("unitId", parent).queryParam("includeSubUnits", true).queryParam("year", YEAR)
                .get(DEV + "training-needs").then().statusCode(200).extract().jsonPath();
        assertEquals(3, j.getInt("people"));
        assertEquals(3, j.getInt("peopleWithGaps"));
        assertEquals(3, j.getInt("belowMinimumJp"));
        assertEquals(List.of("INTEGRITAS:1:2:20", "INTEGRITAS:2:1:20", "KOMUNIKASI:1:1:10", "KOMUNIKASI:4:1:40"), needs(j, "total"));
        int p = j.getList("units.unitId").indexOf(parent.toString());
        int ch = j.getList("units.unitId").indexOf(child.toString());
        assertEquals(List.of("INTEGRITAS:1:2:20", "KOMUNIKASI:1:1:10", "KOMUNIKASI:4:1:40"), needs(j, "units[" + p + "].needs"));
        assertEquals(List.of("INTEGRITAS:2:1:20"), needs(j, "units[" + ch + "].needs"));
        assertEquals(2, j.getInt("units[" + p + "].people"));
        assertEquals("Komunikasi", j.getString("total[2].competencyName"));
        // Without sub-units only the parent's two people count.
        given().queryParam("unitId", parent).get(DEV + "training-needs").then().statusCode(200).body("people", is(2))
                .body("units.unitId", is(List.of(parent.toString())));

        // CSV: the documented header, one row per unit and (competency, gap), then TOTAL rows; parsed back it is the JSON.
        String csv = given().accept("text/csv").queryParam("unitId", parent).queryParam("includeSubUnits", true).queryParam("year", YEAR)
                .get(DEV + "training-needs").then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("scope,unit_id,unit_code,unit_name,competency,competency_name,gap,people,suggested_jp", lines[0]);
        List<String> unitRows = new ArrayList<>();
        List<String> totalRows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            assertEquals(9, f.length, lines[i]);
            String row = f[4] + ":" + f[6] + ":" + f[7] + ":" + f[8];
            if (f[0].equals("TOTAL")) {
                totalRows.add(row);
            } else {
                assertEquals("UNIT", f[0]);
                unitRows.add(f[1] + "/" + row);
                if (f[1].equals(parent.toString())) {
                    assertEquals(j.getString("units[" + p + "].unitCode"), f[2]);
                }
            }
        }
        assertEquals(needs(j, "total"), totalRows);
        List<String> expectedUnitRows = new ArrayList<>();
        needs(j, "units[" + p + "].needs").forEach(n -> expectedUnitRows.add(parent + "/" + n));
        needs(j, "units[" + ch + "].needs").forEach(n -> expectedUnitRows.add(child + "/" + n));
        assertEquals(expectedUnitRows.stream().sorted().toList(), unitRows.stream().sorted().toList());
        String file = given().queryParam("unitId", parent).queryParam("includeSubUnits", true).queryParam("year", YEAR)
                .get(DEV + "training-needs.csv").then().statusCode(200).header("Content-Disposition", containsString("training-needs-" + YEAR + ".csv"))
                .extract().asString();
        assertEquals(csv, file);
    }

    private static List<String> needs(JsonPath j, String path) {
        List<Map<String, Object>> rows = j.getList(path);
        return rows.stream().map(r -> r.get("competency") + ":" + r.get("gap") + ":" + r.get("people") + ":" + r.get("suggestedJp")).toList();
    }

    private static JsonPath plan(String nip) {
        return given().get(DEV + nip + "/plans/" + YEAR).then().statusCode(200).extract().jsonPath();
    }

    private static long version(String nip) {
        return plan(nip).getLong("version");
    }

    @Test
    void aNewerAppraisalRewritesADraftFlagsAnAgreedPlanAndDuplicatesOrOlderVersionsChangeNothing() {
        UUID u = DevSeed.unit(code("EVT"), null);
        UUID pos = DevSeed.position(u, "PENGAWAS", levels("INTEGRITAS", 3), "III/a");
        String nip = Seed.nip();
        // No gap and no potential (so no 9-box): the behaviour items are all there is.
        DevSeed.employee(nip, u, pos, null, levels("INTEGRITAS", 3), null, null, 1);
        DevSeed.appraisal(nip, YEAR - 1, "BAIK", 1, Set.of());
        DevSeed.awaitPositions(pos);
        DevSeed.awaitEmployee(nip, 1);
        DevSeed.awaitPredikat(nip, YEAR - 1, 1);
        given().contentType("application/json").body("{}").post(DEV + nip + "/plans/" + YEAR).then().statusCode(201).body("state", is("DRAFT")).body("stateLabel", is("Draf"))
                .body("items", is(List.of())).body("version", is(0));

        // Version 2 rates Akuntabel BELOW: the DRAFT gains a behaviour item.
        DevSeed.appraisal(nip, YEAR - 1, "BAIK", 2, Set.of("AKUNTABEL"));
        Seed.await(DevSeed.WAIT, () -> plan(nip).getList("items.focus").equals(List.of("AKUNTABEL")));
        JsonPath p = plan(nip);
        assertEquals("BEHAVIOUR", p.getString("items[0].kind"));
        assertEquals("MENTORING", p.getString("items[0].activityType"));
        assertEquals("Penilaian kinerja " + (YEAR - 1) + ": perilaku Akuntabel dinilai di bawah ekspektasi.", p.getString("items[0].reason"));
        assertEquals(10, p.getInt("hours.plannedJp"));

        // Version 3 (Adaptif instead) replaces it; then the same event again, an older version 1 rating Kolaboratif
        // BELOW, and a marker behind them on the same key: nothing of the plan changes.
        String v3 = Seed.finalizedJson(nip, YEAR - 1, "BAIK", 3, Set.of("ADAPTIF"));
        String eventId = UUID.randomUUID().toString();
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.finalized.v1", eventId, v3);
        Seed.await(DevSeed.WAIT, () -> plan(nip).getList("items.focus").equals(List.of("ADAPTIF")));
        long before = version(nip);
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.finalized.v1", eventId, v3);
        DevSeed.appraisal(nip, YEAR - 1, "BAIK", 1, Set.of("KOLABORATIF"));
        DevSeed.appraisal(nip, YEAR - 6, "BAIK", 1, Set.of());
        DevSeed.awaitPredikat(nip, YEAR - 6, 1);
        assertEquals(before, version(nip));
        assertEquals(List.of("ADAPTIF"), plan(nip).getList("items.focus"));
        assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> ((PredikatRecord) PredikatRecord.findById(new PredikatRecord.Key(nip, YEAR - 1))).version));

        // Agreed, the plan is not rewritten: a newer appraisal only flags it and shows the new recommendations.
        given().header("If-Match", "\"" + before + "\"").post(DEV + nip + "/plans/" + YEAR + "/agree").then().statusCode(200)
                .body("state", is("AGREED")).body("agreedBy", is("hr.admin")).body("recommendationsChanged", is(false));
        DevSeed.appraisal(nip, YEAR - 1, "BAIK", 4, Set.of("HARMONIS"));
        Seed.await(DevSeed.WAIT, () -> plan(nip).getBoolean("recommendationsChanged"));
        p = plan(nip);
        assertEquals("AGREED", p.getString("state"));
        assertEquals(List.of("ADAPTIF"), p.getList("items.focus"));
        assertEquals(List.of("HARMONIS"), p.getList("currentRecommendations.focus"));
        // The supervisor revisits: the recommended items are rebuilt and the plan is a DRAFT to agree again.
        given().header("If-Match", "\"" + p.getLong("version") + "\"").post(DEV + nip + "/plans/" + YEAR + "/recommendations/apply")
                .then().statusCode(200).body("state", is("DRAFT")).body("items.focus", is(List.of("HARMONIS")))
                .body("recommendationsChanged", is(false)).body("currentRecommendations", nullValue());
    }

    @Test
    void itemsAreAddedDoneAndDroppedWithVersionChecksAndHoursFollow() {
        UUID u = DevSeed.unit(code("ITM"), null);
        UUID pos = DevSeed.position(u, "PENGAWAS", levels("INTEGRITAS", 3, "KOMUNIKASI", 3), "III/a");
        String nip = Seed.nip();
        // Gaps 1 and 2; BAIK x potential 85 (HIGH) = box 8: rotate/enlarge (0 JP) and coaching (10 JP).
        DevSeed.employee(nip, u, pos, null, levels("INTEGRITAS", 2, "KOMUNIKASI", 1), 85.0, null, 1);
        DevSeed.appraisal(nip, YEAR - 1, "BAIK", 1, Set.of());
        DevSeed.awaitPositions(pos);
        DevSeed.awaitEmployee(nip, 1);
        DevSeed.awaitPredikat(nip, YEAR - 1, 1);
        JsonPath p = given().contentType("application/json").body("{}").post(DEV + nip + "/plans/" + YEAR).then().statusCode(201).header("ETag", is("\"0\"")).extract().jsonPath();
        assertEquals(List.of("COMPETENCY_GAP:KOMUNIKASI", "COMPETENCY_GAP:INTEGRITAS", "TALENT_BOX:ROTATE_ENLARGE", "TALENT_BOX:COACHING"),
                p.getList("items").stream().map(i -> ((Map<?, ?>) i).get("kind") + ":" + ((Map<?, ?>) i).get("focus")).toList());
        // 20 (gap 2, COURSE) + 10 (gap 1, ELEARNING) + 0 + 10 = 40 JP planned against 20.
        assertEquals(40, p.getInt("hours.plannedJp"));
        assertEquals(true, p.getBoolean("hours.plannedMeetsMinimum"));
        assertEquals("Kursus", p.getString("items[0].activityLabel"));
        String coaching = p.getString("items[3].id");
        String komunikasi = p.getString("items[0].id");

        given().header("If-Match", "\"0\"").contentType("application/json").body("{\"reason\":\"sudah ada program serupa\"}")
                .post(DEV + nip + "/plans/" + YEAR + "/items/" + coaching + "/drop").then().statusCode(200).header("ETag", is("\"1\""))
                .body("items[3].status", is("DROPPED")).body("items[3].statusLabel", is("Dibatalkan"))
                .body("items[3].dropReason", is("sudah ada program serupa")).body("hours.plannedJp", is(30));
        // A stale version is refused and changes nothing.
        given().header("If-Match", "\"0\"").post(DEV + nip + "/plans/" + YEAR + "/items/" + komunikasi + "/done").then().statusCode(412)
                .contentType("application/problem+json");
        given().header("If-Match", "\"1\"").post(DEV + nip + "/plans/" + YEAR + "/items/" + komunikasi + "/done").then().statusCode(200)
                .body("items[0].status", is("DONE")).body("items[0].statusLabel", is("Selesai"));
        given().header("If-Match", "\"2\"").contentType("application/json")
                .body("{\"focus\":\"PELAYANAN_PUBLIK\",\"activityType\":\"SEMINAR\",\"suggestedJp\":6,\"reason\":\"Permintaan pegawai\"}")
                .post(DEV + nip + "/plans/" + YEAR + "/items").then().statusCode(200).body("items[4].origin", is("MANUAL"))
                .body("items[4].focusLabel", is("Pelayanan Publik")).body("hours.plannedJp", is(36));
        // A DONE or DROPPED recommendation is kept when the recommendations are rebuilt, and not recommended again.
        given().header("If-Match", "\"3\"").post(DEV + nip + "/plans/" + YEAR + "/recommendations/apply").then().statusCode(200)
                .body("items.status", is(List.of("DONE", "PLANNED", "PLANNED", "DROPPED", "PLANNED")))
                .body("items.focus", is(List.of("KOMUNIKASI", "INTEGRITAS", "ROTATE_ENLARGE", "COACHING", "PELAYANAN_PUBLIK")));
        // A target position adds its gaps (Kerja Sama 0 of 2: gap 2, 20 JP, COURSE); clearing it removes them again.
        UUID target = DevSeed.position(u, "ADMINISTRATOR", levels("KERJA_SAMA", 2), "III/c");
        DevSeed.awaitPositions(target);
        given().header("If-Match", "\"4\"").contentType("application/json").body("{\"targetPositionId\":\"" + target + "\"}")
                .post(DEV + nip + "/plans/" + YEAR + "/target").then().statusCode(200).body("targetPositionId", is(target.toString()))
                .body("items.focus", hasItem("KERJA_SAMA")).body("state", is("DRAFT"));
        given().header("If-Match", "\"5\"").contentType("application/json").body("{\"targetPositionId\":null}")
                .post(DEV + nip + "/plans/" + YEAR + "/target").then().statusCode(200).body("targetPositionId", nullValue())
                .body("items.focus", not(hasItem("KERJA_SAMA")));
    }

    @Test
    void aMalformedTrainingIsPoisonAndTheProjectionKeepsWhatItHad() {
        UUID u = DevSeed.unit(code("PSN"), null);
        UUID pos = DevSeed.position(u, "PENGAWAS", levels("INTEGRITAS", 3), "III/a");
        String nip = Seed.nip();
        DevSeed.employee(nip, u, pos, null, levels("INTEGRITAS", 2), null, new DevSeed.Training[]{
                new DevSeed.Training(LocalDate.of(YEAR, 2, 1), LocalDate.of(YEAR, 2, 2), 6)}, 1);
        DevSeed.awaitEmployee(nip, 1);
        // 0 JP breaks the contract (1..1000): the whole snapshot goes to the dead-letter topic, nothing of it is applied.
        String bad = DevSeed.employeeJson(nip, u, pos, null, levels("INTEGRITAS", 5), null, new DevSeed.Training[]{
                new DevSeed.Training(LocalDate.of(YEAR, 2, 1), LocalDate.of(YEAR, 2, 2), 6)}, 2).replace("\"hours\":6", "\"hours\":0");
        TopicWriter.send(Seed.EMPLOYEES, nip, "id.merit.employee.upserted.v1", bad);
        id.merit.infra.test.TopicReader.await(Seed.EMPLOYEES + ".dlq", r -> nip.equals(r.key()), DevSeed.WAIT);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((EmployeeView) EmployeeView.findById(nip)).version));
        assertEquals(6L, QuarkusTransaction.requiringNew().call(() -> (Long) TrainingRecord.getEntityManager()
                .createQuery("select sum(t.hours) from TrainingRecord t where t.key.nip = ?1").setParameter(1, nip).getSingleResult()));
    }
}
