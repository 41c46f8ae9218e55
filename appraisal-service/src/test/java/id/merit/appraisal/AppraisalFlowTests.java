package id.merit.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.appraisal.config.AppraisalConfig;
import id.merit.appraisal.domain.Rating;
import id.merit.appraisal.domain.SkpState;
import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.TopicReader;
import id.merit.infra.test.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Distribution per unit, finalisation, objections, the events they publish, feedback input and the registry export. */
@QuarkusTest
class AppraisalFlowTests {
    static final String APPRAISER = "199201012020011100";
    static final String SUPERIOR = "199201012020011200";
    static final String E_OBJECT = "199201012020011001";
    static final String E_LATE = "199201012020011002";
    static final String E_FEEDBACK = "199201012020011003";
    static final String E_HISTORY = "199201012020011004";
    /** nip(7, 1): heads a unit that APPRAISER leads one level up. */
    static final String UNIT_HEAD = "199307012020011001";
    static final String TOPIC = "merit.appraisals.v1";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PROBLEM = "application/problem+json";

    @Inject
    AppraisalConfig config;

    private static String nip(int unitSeed, int i) {
        return String.format("1993%02d0120200110%02d", unitSeed, i);
    }

    private static JsonNode read(ConsumerRecord<String, String> r) {
        try {
            return JSON.readTree(r.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void aUnitBreakingTheCurveIsFinalisedOnlyWithARecordedOverrideAndPublishesAppraisalFinalized() {
        UUID unit = UUID.randomUUID();
        // Three MEETS/MEETS ratings: 3 of 3 BAIK = 100 %, and no Butuh Perbaikan or Kurang.
        for (int i = 1; i <= 3; i++) {
            Fixtures.skp(nip(1, i), APPRAISER, Fixtures.YEAR, unit, SkpState.RATED, Rating.MEETS, Rating.MEETS);
        }
        given().contentType(ContentType.JSON).body("{\"result\":\"BAIK\"}")
                .put("/api/v1/appraisals/units/" + unit + "/result?year=" + Fixtures.YEAR).then().statusCode(200).body("result", is("BAIK"));
        given().get("/api/v1/appraisals/units/" + unit + "/distribution?year=" + Fixtures.YEAR).then().statusCode(200)
                .body("total", is(3)).body("counts.BAIK", is(3)).body("percentages.BAIK", is(100.0f))
                .body("violations.rule", org.hamcrest.Matchers.contains("BAIK_MAX_70_BAIK", "BAIK_MIN_1_BUTUH_PERBAIKAN_OR_KURANG"));

        given().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/appraisals/units/" + unit + "/finalization?year=" + Fixtures.YEAR)
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(SkpState.RATED, Fixtures.inTx(() -> Skp.forEmployee(nip(1, 1), Fixtures.YEAR).orElseThrow().state));

        given().contentType(ContentType.JSON).body("{\"overrideReason\":\"unit kecil, tiga pegawai\"}")
                .post("/api/v1/appraisals/units/" + unit + "/finalization?year=" + Fixtures.YEAR)
                .then().statusCode(200).body("finalized", is(3)).body("overrideReason", is("unit kecil, tiga pegawai"));
        given().get("/api/v1/appraisals/units/" + unit + "/distribution?year=" + Fixtures.YEAR).then()
                .body("overrideReason", is("unit kecil, tiga pegawai")).body("finalizedBy", is("hr.admin"));
        given().get("/api/v1/appraisals/units/" + unit + "/progress?year=" + Fixtures.YEAR).then().body("states.FINAL", is(3));
        // The finalised ratings were checked against BAIK: the unit's result stays BAIK (the same value again is no change).
        given().contentType(ContentType.JSON).body("{\"result\":\"ISTIMEWA\"}")
                .put("/api/v1/appraisals/units/" + unit + "/result?year=" + Fixtures.YEAR).then().statusCode(409)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("BAIK"));
        given().contentType(ContentType.JSON).body("{\"result\":\"BAIK\"}")
                .put("/api/v1/appraisals/units/" + unit + "/result?year=" + Fixtures.YEAR).then().statusCode(200).body("result", is("BAIK"));
        given().get("/api/v1/appraisals/units/" + unit + "/distribution?year=" + Fixtures.YEAR).then()
                .body("unitResult", is("BAIK")).body("overrideReason", is("unit kecil, tiga pegawai"));

        ConsumerRecord<String, String> r = TopicReader.await(TOPIC, rec -> nip(1, 2).equals(rec.key()), WAIT);
        assertEquals("id.merit.appraisal.finalized.v1", TopicReader.header(r, "ce_type"));
        EventSchemas.assertValid("events/appraisal.finalized.schema.json", r.value());
        JsonNode e = read(r);
        Skp s = Fixtures.inTx(() -> Skp.forEmployee(nip(1, 2), Fixtures.YEAR).orElseThrow());
        assertEquals(s.id.toString(), e.get("skpId").asText());
        assertEquals("BAIK", e.get("predikat").asText());
        assertEquals("MEETS", e.get("berakhlak").get("LOYAL").asText());
        assertEquals(APPRAISER, e.get("appraiserNip").asText());
        assertEquals(Fixtures.YEAR, e.get("year").asInt());
        assertEquals(s.version, e.get("version").asLong());
    }

    /** A unit in appraisal-service's projection, with that head position (or none), in a year with a period. */
    private static UUID unit(UUID headPositionId) {
        Fixtures.period(Fixtures.YEAR);
        UUID id = UUID.randomUUID();
        Fixtures.inTx(() -> {
            UnitView u = new UnitView();
            u.id = id;
            u.code = "BID-" + id.toString().substring(0, 8);
            u.name = "Bidang Uji";
            u.headPositionId = headPositionId;
            u.version = 1;
            u.persist();
            return u;
        });
        return id;
    }

    /** A unit whose head position {@code head} holds; the head's supervisor is APPRAISER. */
    private static UUID unitHeadedBy(String head) {
        UUID headPosition = UUID.randomUUID();
        UUID unit = unit(headPosition);
        Fixtures.employee(head, APPRAISER, unit);
        Fixtures.inTx(() -> EmployeeView.update("positionId = ?1 where nip = ?2", headPosition, head));
        return unit;
    }

    @Test
    @TestSecurity(user = "appraiser", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = APPRAISER))
    void theLeaderOneLevelUpRecordsTheUnitsResult() {
        UUID unit = unitHeadedBy(nip(4, 1));
        given().contentType(ContentType.JSON).body("{\"result\":\"BAIK\"}")
                .put("/api/v1/appraisals/units/" + unit + "/result?year=" + Fixtures.YEAR).then().statusCode(200)
                .body("result", is("BAIK")).body("setBy", is("appraiser"));
        // ... from the distribution it is judged by.
        given().get("/api/v1/appraisals/units/" + unit + "/distribution?year=" + Fixtures.YEAR).then().statusCode(200)
                .body("head.nip", is(nip(4, 1))).body("head.leaderNip", is(APPRAISER)).body("unitResult", is("BAIK"));
        // A unit whose head this caller does not lead, and a unit naming no head: hr-admin's alone.
        UUID other = unit(null);
        given().contentType(ContentType.JSON).body("{\"result\":\"BAIK\"}")
                .put("/api/v1/appraisals/units/" + other + "/result?year=" + Fixtures.YEAR).then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/appraisals/units/" + other + "/distribution?year=" + Fixtures.YEAR).then().statusCode(403);
        String elsewhere = nip(4, 2);
        UUID led = unitHeadedBy(elsewhere);
        Fixtures.inTx(() -> EmployeeView.update("supervisorNip = ?1 where nip = ?2", "199301012020011999", elsewhere));
        given().contentType(ContentType.JSON).body("{\"result\":\"BAIK\"}")
                .put("/api/v1/appraisals/units/" + led + "/result?year=" + Fixtures.YEAR).then().statusCode(403);
        given().get("/api/v1/appraisals/units/" + led + "/distribution?year=" + Fixtures.YEAR).then().statusCode(403);
    }

    /** The current year in the service's configured zone (MERIT_APPRAISAL_ZONE), as a read without a year takes it. */
    private int currentYear() {
        return LocalDate.now(config.zone()).getYear();
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void aUnitsReadsWithoutAYearAreOfTheCurrentYearAndItsWritesStillNeedOne() {
        assertEquals(ZoneId.of("Asia/Jakarta"), config.zone());
        int now = currentYear();
        Fixtures.period(now);
        Fixtures.period(now - 1);
        UUID unit = UUID.randomUUID();
        String path = "/api/v1/appraisals/units/" + unit;
        // This year two rated and one agreed; last year one final, which a read of the wrong year would count instead.
        Fixtures.skp(nip(5, 1), APPRAISER, now, unit, SkpState.RATED, Rating.ABOVE, Rating.ABOVE);
        Fixtures.skp(nip(5, 2), APPRAISER, now, unit, SkpState.RATED, Rating.MEETS, Rating.MEETS);
        Fixtures.skp(nip(5, 3), APPRAISER, now, unit, SkpState.AGREED, Rating.MEETS, Rating.MEETS);
        Fixtures.skp(nip(5, 4), APPRAISER, now - 1, unit, SkpState.FINAL, Rating.BELOW, Rating.BELOW);

        given().get(path + "/distribution").then().statusCode(200).body("year", is(now)).body("total", is(2))
                .body("counts.SANGAT_BAIK", is(1)).body("counts.BAIK", is(1)).body("counts.SANGAT_KURANG", is(0));
        given().get(path + "/progress").then().statusCode(200).body("unitId", is(unit.toString())).body("year", is(now))
                .body("states.RATED", is(2)).body("states.AGREED", is(1)).body("states.FINAL", is(0));
        // A year asked for is still the one answered.
        given().get(path + "/progress?year=" + (now - 1)).then().statusCode(200).body("year", is(now - 1))
                .body("states.FINAL", is(1)).body("states.RATED", is(0));
        given().get(path + "/distribution?year=" + (now - 1)).then().statusCode(200).body("year", is(now - 1))
                .body("total", is(1)).body("counts.SANGAT_KURANG", is(1));
        for (String read : new String[]{"/distribution", "/progress"}) {
            for (int outside : new int[]{1999, 2101}) {
                given().get(path + read + "?year=" + outside).then().statusCode(400).contentType(PROBLEM)
                        .body("errors.field", hasItem("year"));
            }
        }

        // A write never guesses its year: without one (or out of bounds) it is refused, and nothing is recorded.
        given().contentType(ContentType.JSON).body("{\"result\":\"ISTIMEWA\"}").put(path + "/result").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("year"));
        given().contentType(ContentType.JSON).body("{\"result\":\"ISTIMEWA\"}").put(path + "/result?year=2101").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("year"));
        given().contentType(ContentType.JSON).body("{\"overrideReason\":\"tanpa tahun\"}").post(path + "/finalization").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("year"));
        given().contentType(ContentType.JSON).body("{\"overrideReason\":\"di luar batas\"}").post(path + "/finalization?year=1999").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("year"));
        given().get(path + "/distribution").then().statusCode(200).body("unitResult", nullValue()).body("finalizedAt", nullValue());
        assertEquals(SkpState.RATED, Fixtures.inTx(() -> Skp.forEmployee(nip(5, 1), now).orElseThrow().state));
    }

    @Test
    @TestSecurity(user = "appraiser", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = APPRAISER))
    void theLeaderOneLevelUpReadsTheUnitsProgressButNotAnotherUnits() {
        String head = nip(6, 1);
        UUID unit = unitHeadedBy(head);
        Fixtures.skp(head, APPRAISER, Fixtures.YEAR, unit, SkpState.AGREED, Rating.MEETS, Rating.MEETS);
        Fixtures.skp(nip(6, 2), head, Fixtures.YEAR, unit, SkpState.SUBMITTED, Rating.MEETS, Rating.MEETS);
        Fixtures.skp(nip(6, 3), head, Fixtures.YEAR, unit, SkpState.SUBMITTED, Rating.MEETS, Rating.MEETS);
        Fixtures.skp(nip(6, 4), head, Fixtures.YEAR, unit, SkpState.RATED, Rating.MEETS, Rating.MEETS);
        given().get("/api/v1/appraisals/units/" + unit + "/progress?year=" + Fixtures.YEAR).then().statusCode(200)
                .body("unitId", is(unit.toString())).body("year", is(Fixtures.YEAR))
                .body("states.DRAFT", is(0)).body("states.SUBMITTED", is(2)).body("states.AGREED", is(1))
                .body("states.RATED", is(1)).body("states.FINAL", is(0));
        // Without a year too: the current year's, through the same check.
        Fixtures.period(currentYear());
        given().get("/api/v1/appraisals/units/" + unit + "/progress").then().statusCode(200).body("year", is(currentYear()));

        // A unit naming no head, a unit whose head another leader leads, a unit nobody knows: not this caller's.
        UUID other = unit(null);
        given().get("/api/v1/appraisals/units/" + other + "/progress?year=" + Fixtures.YEAR).then().statusCode(403).contentType(PROBLEM);
        String elsewhere = nip(6, 5);
        UUID led = unitHeadedBy(elsewhere);
        Fixtures.inTx(() -> EmployeeView.update("supervisorNip = ?1 where nip = ?2", "199301012020011999", elsewhere));
        given().get("/api/v1/appraisals/units/" + led + "/progress?year=" + Fixtures.YEAR).then().statusCode(403).contentType(PROBLEM);
        given().get("/api/v1/appraisals/units/" + UUID.randomUUID() + "/progress?year=" + Fixtures.YEAR).then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "unit-head", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = UNIT_HEAD))
    void anotherEmployeeOfTheUnitDoesNotReadItsProgress() {
        UUID unit = unitHeadedBy(UNIT_HEAD);
        Fixtures.skp(UNIT_HEAD, APPRAISER, Fixtures.YEAR, unit, SkpState.AGREED, Rating.MEETS, Rating.MEETS);
        Fixtures.skp(nip(7, 2), UNIT_HEAD, Fixtures.YEAR, unit, SkpState.SUBMITTED, Rating.MEETS, Rating.MEETS);
        Fixtures.period(currentYear());
        // The unit's own head (APPRAISER is the leader one level up) is refused, with and without a year.
        given().get("/api/v1/appraisals/units/" + unit + "/progress?year=" + Fixtures.YEAR).then().statusCode(403).contentType(PROBLEM)
                .body("detail", org.hamcrest.Matchers.containsString(APPRAISER));
        given().get("/api/v1/appraisals/units/" + unit + "/progress").then().statusCode(403).contentType(PROBLEM);
        given().get("/api/v1/appraisals/units/" + unit + "/distribution?year=" + Fixtures.YEAR).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorReadsAnyUnitsProgressAndDistributionButRecordsNothing() {
        String head = nip(8, 1);
        UUID unit = unitHeadedBy(head);
        Fixtures.skp(nip(8, 2), head, Fixtures.YEAR, unit, SkpState.SUBMITTED, Rating.MEETS, Rating.MEETS);
        Fixtures.skp(nip(8, 3), head, Fixtures.YEAR, unit, SkpState.RATED, Rating.BELOW, Rating.MEETS);
        given().get("/api/v1/appraisals/units/" + unit + "/progress?year=" + Fixtures.YEAR).then().statusCode(200)
                .body("states.SUBMITTED", is(1)).body("states.RATED", is(1)).body("states.AGREED", is(0));
        given().get("/api/v1/appraisals/units/" + unit + "/distribution?year=" + Fixtures.YEAR).then().statusCode(200)
                .body("total", is(1)).body("counts.BUTUH_PERBAIKAN", is(1));
        given().contentType(ContentType.JSON).body("{\"result\":\"BAIK\"}")
                .put("/api/v1/appraisals/units/" + unit + "/result?year=" + Fixtures.YEAR).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void theUnitsResultFollowsItsHeadsHasilKerja() {
        String head = nip(3, 1);
        UUID unit = unitHeadedBy(head);
        given().get("/api/v1/appraisals/units/" + unit + "/distribution?year=" + Fixtures.YEAR).then().statusCode(200)
                .body("head.nip", is(head)).body("head.hasilKerja", nullValue()).body("head.consistentResults", hasSize(0));

        Skp headsSkp = Fixtures.skp(head, APPRAISER, Fixtures.YEAR, unit, SkpState.RATED, Rating.ABOVE, Rating.MEETS);
        for (int i = 2; i <= 4; i++) {
            Fixtures.skp(nip(3, i), head, Fixtures.YEAR, unit, SkpState.RATED, Rating.ABOVE, Rating.ABOVE);
        }
        given().get("/api/v1/appraisals/units/" + unit + "/distribution?year=" + Fixtures.YEAR).then()
                .body("head.hasilKerja", is("ABOVE")).body("head.skpState", is("RATED"))
                .body("head.consistentResults", org.hamcrest.Matchers.contains("ISTIMEWA"));
        given().contentType(ContentType.JSON).body("{\"result\":\"BAIK\"}")
                .put("/api/v1/appraisals/units/" + unit + "/result?year=" + Fixtures.YEAR).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("body.result"))
                .body("detail", org.hamcrest.Matchers.containsString("ABOVE"));
        given().get("/api/v1/appraisals/units/" + unit + "/distribution?year=" + Fixtures.YEAR).then().body("unitResult", nullValue());
        given().contentType(ContentType.JSON).body("{\"result\":\"ISTIMEWA\"}")
                .put("/api/v1/appraisals/units/" + unit + "/result?year=" + Fixtures.YEAR).then().statusCode(200);

        // The head is re-rated below expectation before the unit is finalised: the recorded result no longer holds.
        Fixtures.inTx(() -> {
            Skp s = Skp.findById(headsSkp.id);
            s.rate(Rating.BELOW, Rating.MEETS);
            return s;
        });
        given().contentType(ContentType.JSON).body("{\"overrideReason\":\"unit kecil\"}")
                .post("/api/v1/appraisals/units/" + unit + "/finalization?year=" + Fixtures.YEAR).then().statusCode(409)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("record the unit's result again"));
        assertEquals(SkpState.RATED, Fixtures.reload(headsSkp.id).state);
        given().contentType(ContentType.JSON).body("{\"result\":\"KURANG\"}")
                .put("/api/v1/appraisals/units/" + unit + "/result?year=" + Fixtures.YEAR).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"overrideReason\":\"unit kecil\"}")
                .post("/api/v1/appraisals/units/" + unit + "/finalization?year=" + Fixtures.YEAR).then().statusCode(200)
                .body("finalized", is(4));
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void aUnitAtExactly70PercentSangatBaikUnderIstimewaFinalisesWithoutOverride() {
        UUID unit = UUID.randomUUID();
        for (int i = 1; i <= 10; i++) {
            Rating r = i <= 7 ? Rating.ABOVE : Rating.MEETS;
            Fixtures.skp(nip(2, i), APPRAISER, Fixtures.YEAR, unit, SkpState.RATED, r, r);
        }
        given().contentType(ContentType.JSON).body("{\"result\":\"ISTIMEWA\"}")
                .put("/api/v1/appraisals/units/" + unit + "/result?year=" + Fixtures.YEAR).then().statusCode(200);
        given().get("/api/v1/appraisals/units/" + unit + "/distribution?year=" + Fixtures.YEAR).then()
                .body("counts.SANGAT_BAIK", is(7)).body("percentages.SANGAT_BAIK", is(70.0f)).body("violations", hasSize(0));
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/appraisals/units/" + unit + "/finalization?year=" + Fixtures.YEAR)
                .then().statusCode(200).body("finalized", is(10)).body("overrideReason", nullValue());
    }

    @Test
    @TestSecurity(user = "e-object", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = E_OBJECT))
    void anObjectionWithinTheWindowReopensTheRatingAndPublishesAppraisalReopened() {
        Skp s = Fixtures.skp(E_OBJECT, APPRAISER, Fixtures.YEAR, null, SkpState.FINAL, Rating.BELOW, Rating.MEETS);
        given().contentType(ContentType.JSON).body("{\"reason\":\"realisasi triwulan IV belum dinilai\"}")
                .header("If-Match", "\"" + s.version + "\"").post("/api/v1/skp/" + s.id + "/objection")
                .then().statusCode(200).body("state", is("REOPENED"));
        ConsumerRecord<String, String> r = TopicReader.await(TOPIC, rec -> E_OBJECT.equals(rec.key()), WAIT);
        assertEquals("id.merit.appraisal.reopened.v1", TopicReader.header(r, "ce_type"));
        EventSchemas.assertValid("events/appraisal.reopened.schema.json", r.value());
        assertEquals("BUTUH_PERBAIKAN", read(r).get("predikat").asText());
    }

    @Test
    @TestSecurity(user = "e-late", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = E_LATE))
    void anObjectionAfterTheWindowIsRefused() {
        Skp s = Fixtures.skp(E_LATE, APPRAISER, Fixtures.YEAR, null, SkpState.FINAL, Rating.BELOW, Rating.BELOW);
        Fixtures.setFinalizedAt(s.id, Fixtures.now().minusDays(14).minusMinutes(1));
        long version = Fixtures.reload(s.id).version;
        given().contentType(ContentType.JSON).body("{\"reason\":\"terlambat\"}")
                .header("If-Match", "\"" + version + "\"").post("/api/v1/skp/" + s.id + "/objection")
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(SkpState.FINAL, Fixtures.reload(s.id).state);
    }

    @Test
    @TestSecurity(user = "superior", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = SUPERIOR))
    void theAppraisersSuperiorDecidesTheObjectionAndANewerAppraisalFinalizedFollows() {
        Fixtures.employee(APPRAISER, SUPERIOR, null);
        Skp s = Fixtures.skp("199201012020011005", APPRAISER, Fixtures.YEAR, null, SkpState.REOPENED, Rating.BELOW, Rating.MEETS);
        given().contentType(ContentType.JSON).body("{\"hasilKerja\":\"MEETS\",\"perilakuKerja\":\"MEETS\",\"reason\":\"bukti dukung triwulan IV diterima\"}")
                .header("If-Match", "\"" + s.version + "\"").post("/api/v1/skp/" + s.id + "/objection/decision")
                .then().statusCode(200).body("state", is("FINAL")).body("predikat", is("BAIK"));
        ConsumerRecord<String, String> r = TopicReader.await(TOPIC, rec -> "199201012020011005".equals(rec.key()), WAIT);
        EventSchemas.assertValid("events/appraisal.finalized.schema.json", r.value());
        assertEquals("BAIK", read(r).get("predikat").asText());
        assertTrue(read(r).get("version").asLong() > s.version);
    }

    @Test
    @TestSecurity(user = "appraiser", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = APPRAISER))
    void theAppraiserCannotDecideAnObjectionAgainstTheirOwnRating() {
        Fixtures.employee(APPRAISER, SUPERIOR, null);
        Skp s = Fixtures.skp("199201012020011006", APPRAISER, Fixtures.YEAR, null, SkpState.REOPENED, Rating.BELOW, Rating.MEETS);
        given().contentType(ContentType.JSON).body("{\"hasilKerja\":\"ABOVE\",\"perilakuKerja\":\"ABOVE\",\"reason\":\"x\"}")
                .header("If-Match", "\"" + s.version + "\"").post("/api/v1/skp/" + s.id + "/objection/decision")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "appraiser", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = APPRAISER))
    void aFeedbackSummaryAppearsInTheRatingDataAsInput() {
        Skp s = Fixtures.skp(E_FEEDBACK, APPRAISER, SkpState.AGREED);
        String summary = """
                {"nip":"%s","year":%d,"groups":[{"group":"PEER","responses":4,"means":{"BERORIENTASI_PELAYANAN":3.4,"AKUNTABEL":3.1,
                 "KOMPETEN":3.0,"HARMONIS":3.6,"LOYAL":3.5,"ADAPTIF":2.9,"KOLABORATIF":3.2}}],
                 "publicSatisfaction":{"responses":31,"ikm":82.5,"grade":"B"},"version":%d}
                """;
        String older = summary.formatted(E_FEEDBACK, Fixtures.YEAR, 1).replace("\"responses\":4", "\"responses\":3");
        String newer = summary.formatted(E_FEEDBACK, Fixtures.YEAR, 2);
        EventSchemas.assertValid("contracts/feedback.summary.schema.json", older);
        EventSchemas.assertValid("contracts/feedback.summary.schema.json", newer);
        TopicWriter.send("merit.feedback.v1", E_FEEDBACK, "id.merit.feedback.summary.v1", newer);
        String old = TopicWriter.send("merit.feedback.v1", E_FEEDBACK, "id.merit.feedback.summary.v1", older);
        Fixtures.await(WAIT, () -> ProjectionTests.processed("appraisal.feedback", old));

        given().get("/api/v1/skp/" + s.id + "/rating-data").then().statusCode(200)
                .body("skp.id", is(s.id.toString()))
                .body("input.source", is("merit.feedback.v1 feedback.summary"))
                .body("input.version", is(2))
                .body("input.feedbackSummary.groups[0].group", is("PEER"))
                .body("input.feedbackSummary.groups[0].responses", is(4))
                .body("input.feedbackSummary.publicSatisfaction.grade", is("B"));
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void theRegistryPayloadUsesTheConfiguredCodes() {
        Fixtures.employee(APPRAISER, SUPERIOR, null);
        Skp s = Fixtures.skp("199201012020011007", APPRAISER, Fixtures.YEAR, null, SkpState.FINAL, Rating.ABOVE, Rating.MEETS);
        // application.properties: ABOVE=1, MEETS=2; predikat BAIK=2.
        given().get("/api/v1/skp/" + s.id + "/registry-payload").then().statusCode(200)
                .body("tahun", is(Fixtures.YEAR)).body("hasilKinerjaNilai", is(1)).body("perilakuKerjaNilai", is(2))
                .body("kuadranKinerjaNilai", is(2)).body("penilaiNipNrp", is(APPRAISER)).body("penilaiGolongan", is("III/c"));
        Skp draft = Fixtures.skp("199201012020011008", APPRAISER, SkpState.AGREED);
        given().get("/api/v1/skp/" + draft.id + "/registry-payload").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "integrasi", roles = "integration")
    void anIntegrationSystemReadsTheRegistryPayloadButNotTheSkp() {
        Fixtures.employee(APPRAISER, SUPERIOR, null);
        Skp s = Fixtures.skp("199201012020011009", APPRAISER, Fixtures.YEAR, null, SkpState.FINAL, Rating.ABOVE, Rating.MEETS);
        given().get("/api/v1/skp/" + s.id + "/registry-payload").then().statusCode(200).body("tahun", is(Fixtures.YEAR));
        given().get("/api/v1/skp/" + s.id).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "e-history", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = E_HISTORY))
    void anEmployeeSeesTheirPredikatHistoryAndNotSomeoneElses() {
        Fixtures.skp(E_HISTORY, APPRAISER, Fixtures.YEAR - 2, null, SkpState.FINAL, Rating.ABOVE, Rating.ABOVE);
        Fixtures.skp(E_HISTORY, APPRAISER, Fixtures.YEAR - 3, null, SkpState.FINAL, Rating.BELOW, Rating.BELOW);
        given().get("/api/v1/appraisals/employees/" + E_HISTORY + "/predikat").then().statusCode(200)
                .body("year", org.hamcrest.Matchers.contains(Fixtures.YEAR - 2, Fixtures.YEAR - 3))
                .body("predikat", org.hamcrest.Matchers.contains("SANGAT_BAIK", "SANGAT_KURANG"));
        given().get("/api/v1/appraisals/employees/" + APPRAISER + "/predikat").then().statusCode(403);
        given().get("/api/v1/skp/mine").then().statusCode(200).body("totalItems", is(2));
    }
}
