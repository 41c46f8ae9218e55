package id.merit.appraisal;

import id.merit.appraisal.domain.Rating;
import id.merit.appraisal.domain.SkpState;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SKP workflow over HTTP, one caller per test: who may do what in which state. */
@QuarkusTest
class SkpTests {
    static final String APPRAISER = "199001012020011100";
    static final String SUPERIOR = "199001012020011200";
    static final String STRANGER = "199001012020011300";
    static final String E_CREATE = "199001012020011001";
    static final String E_OTHER = "199001012020011002";
    static final String E_SUBMIT = "199001012020011003";
    static final String E_ILLEGAL = "199001012020011004";
    static final String E_AGREE = "199001012020011005";
    static final String E_SELF_RATE = "199001012020011006";
    static final String E_RATE = "199001012020011007";
    static final String E_READ = "199001012020011008";
    static final String E_TARGET = "199001012020011009";
    static final String E_CASCADE = "199001012020011010";
    static final String E_RETURN = "199001012020011011";
    static final String E_LOCKED = "199001012020011012";
    static final String E_NO_UTAMA = "199001012020011013";
    static final String E_OWN_AGREE = "199001012020011014";
    static final String E_ASSIGNED = "199001012020011015";
    static final String E_ASSIGNED_RATED = "199001012020011016";
    static final String E_REWORD = "199001012020011017";
    static final String E_UNLINK = "199001012020011018";
    static final String E_RELINK = "199001012020011019";
    static final String E_REWORD_AGREED = "199001012020011020";
    static final String OLD_HEAD = "199001012020011110";
    static final String NEW_HEAD = "199001012020011120";
    static final UUID UNIT = UUID.fromString("00000000-0000-0000-0000-00000000a001");

    private static final String SEVEN_MEETS = "[" + String.join(",", java.util.Arrays.stream(id.merit.appraisal.domain.BerAkhlak.values())
            .map(v -> "{\"value\":\"" + v + "\",\"rating\":\"MEETS\",\"expectation\":\"melayani dengan ramah\"}").toList()) + "]";

    @BeforeEach
    void arrange() {
        Fixtures.period(Fixtures.YEAR);
        Fixtures.employee(SUPERIOR, null, UNIT);
        Fixtures.employee(APPRAISER, SUPERIOR, UNIT);
        for (String e : new String[]{E_CREATE, E_OTHER}) {
            Fixtures.employee(e, APPRAISER, UNIT);
        }
    }

    static String rating(String hasil, String perilaku) {
        return "{\"hasilKerja\":\"" + hasil + "\",\"perilakuKerja\":\"" + perilaku + "\",\"berakhlak\":" + SEVEN_MEETS + "}";
    }

    @Test
    @TestSecurity(user = "e-create", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = E_CREATE))
    void anEmployeeCreatesTheirOwnSkpWithTheSupervisorAsAppraiser() {
        given().contentType(ContentType.JSON).body("{\"year\":" + Fixtures.YEAR + "}")
                .post("/api/v1/skp").then().statusCode(201).header("Location", notNullValue()).header("ETag", notNullValue())
                .body("nip", is(E_CREATE)).body("appraiserNip", is(APPRAISER)).body("state", is("DRAFT")).body("unitId", is(UNIT.toString()));
        given().contentType(ContentType.JSON).body("{\"year\":" + Fixtures.YEAR + "}")
                .post("/api/v1/skp").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "e-create", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = E_CREATE))
    void anEmployeeCannotCreateAnSkpForSomeoneElse() {
        given().contentType(ContentType.JSON).body("{\"year\":" + Fixtures.YEAR + ",\"nip\":\"" + E_OTHER + "\"}")
                .post("/api/v1/skp").then().statusCode(403).contentType("application/problem+json");
        assertEquals(0L, Fixtures.inTx(() -> Skp.count("nip", E_OTHER)));
    }

    @Test
    @TestSecurity(user = "e-submit", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = E_SUBMIT))
    void theOwnerSubmitsADraftAndTheChangeIsInTheHistory() {
        Skp s = Fixtures.skp(E_SUBMIT, APPRAISER, SkpState.DRAFT);
        given().header("If-Match", "\"" + s.version + "\"").post("/api/v1/skp/" + s.id + "/submit")
                .then().statusCode(200).body("state", is("SUBMITTED")).header("ETag", notNullValue());
        given().get("/api/v1/skp/" + s.id + "/history").then().statusCode(200)
                .body("[0].action", is("SUBMIT")).body("[0].from", is("DRAFT")).body("[0].to", is("SUBMITTED")).body("[0].by", is("e-submit"));
    }

    @Test
    @TestSecurity(user = "e-no-utama", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = E_NO_UTAMA))
    void aPlanWithoutAnRhkUtamaCannotBeSubmitted() {
        Skp s = Fixtures.skp(E_NO_UTAMA, APPRAISER, SkpState.DRAFT);
        Fixtures.inTx(() -> Rhk.update("kind = ?1 where skpId = ?2", Rhk.Kind.TAMBAHAN, s.id));
        given().header("If-Match", "\"" + s.version + "\"").post("/api/v1/skp/" + s.id + "/submit")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "e-illegal", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = E_ILLEGAL))
    void submittingAnAgreedSkpIsAnIllegalTransition() {
        Skp s = Fixtures.skp(E_ILLEGAL, APPRAISER, SkpState.AGREED);
        given().header("If-Match", "\"" + s.version + "\"").post("/api/v1/skp/" + s.id + "/submit")
                .then().statusCode(409).contentType("application/problem+json").body("type", is("https://merit.id/problems/illegal-state"));
        assertEquals(SkpState.AGREED, Fixtures.reload(s.id).state);
    }

    @Test
    @TestSecurity(user = "e-submit", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = E_SUBMIT))
    void anotherEmployeeCanNeitherAgreeNorSubmitSomeoneElsesPlanWhateverVersionTheySend() {
        Skp s = Fixtures.skp("199001012020011099", APPRAISER, SkpState.DRAFT);
        Fixtures.inTx(() -> Skp.update("appraiserNip = ?1 where id = ?2", APPRAISER, s.id));
        given().header("If-Match", "\"" + (s.version + 5) + "\"").post("/api/v1/skp/" + s.id + "/agree")
                .then().statusCode(403);
        given().header("If-Match", "\"" + s.version + "\"").post("/api/v1/skp/" + s.id + "/submit").then().statusCode(403);
        // No or an unreadable If-Match does not get a 428/400 first: whose plan it is is decided before its version.
        given().post("/api/v1/skp/" + s.id + "/agree").then().statusCode(403);
        given().header("If-Match", "nonsense").post("/api/v1/skp/" + s.id + "/submit").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "appraiser", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = APPRAISER))
    void theAppraiserAgreesASubmittedPlanAndRefusesAStaleVersion() {
        Skp s = Fixtures.skp(E_AGREE, APPRAISER, SkpState.SUBMITTED);
        given().get("/api/v1/skp/waiting?size=200").then().statusCode(200).body("items.id", hasItem(s.id.toString()));
        given().header("If-Match", "\"" + (s.version + 1) + "\"").post("/api/v1/skp/" + s.id + "/agree")
                .then().statusCode(412).contentType("application/problem+json");
        given().post("/api/v1/skp/" + s.id + "/agree").then().statusCode(428);
        given().header("If-Match", "\"" + s.version + "\"").post("/api/v1/skp/" + s.id + "/agree")
                .then().statusCode(200).body("state", is("AGREED"));
    }

    @Test
    @TestSecurity(user = "appraiser", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = APPRAISER))
    void theAppraiserReturnsASubmittedPlanToDraft() {
        Skp s = Fixtures.skp(E_RETURN, APPRAISER, SkpState.SUBMITTED);
        given().contentType(ContentType.JSON).body("{\"reason\":\"target kuantitas terlalu rendah\"}")
                .header("If-Match", "\"" + s.version + "\"").post("/api/v1/skp/" + s.id + "/return")
                .then().statusCode(200).body("state", is("DRAFT"));
        given().get("/api/v1/skp/" + s.id + "/history").then().body("[0].reason", is("target kuantitas terlalu rendah"));
    }

    @Test
    @TestSecurity(user = "e-own-agree", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = E_OWN_AGREE))
    void theOwnerCannotAgreeTheirOwnPlan() {
        Skp s = Fixtures.skp(E_OWN_AGREE, APPRAISER, SkpState.SUBMITTED);
        given().header("If-Match", "\"" + s.version + "\"").post("/api/v1/skp/" + s.id + "/agree")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "appraiser", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = APPRAISER))
    void theAppraiserRatesAndThePredikatFollowsTheMatrix() {
        Skp s = Fixtures.skp(E_RATE, APPRAISER, SkpState.AGREED);
        // Hasil ABOVE with Perilaku BELOW is misconduct: KURANG (DESIGN §3 matrix).
        given().contentType(ContentType.JSON).body(rating("ABOVE", "BELOW")).header("If-Match", "\"" + s.version + "\"")
                .put("/api/v1/skp/" + s.id + "/rating").then().statusCode(200).body("state", is("RATED")).body("predikat", is("KURANG"));
        Skp rated = Fixtures.reload(s.id);
        given().contentType(ContentType.JSON).body(rating("ABOVE", "ABOVE")).header("If-Match", "\"" + rated.version + "\"")
                .put("/api/v1/skp/" + s.id + "/rating").then().statusCode(200).body("state", is("RATED")).body("predikat", is("SANGAT_BAIK"));
        given().get("/api/v1/skp/" + s.id).then().statusCode(200).body("berakhlak.size()", is(7)).body("hasilKerja", is("ABOVE"));
    }

    @Test
    @TestSecurity(user = "appraiser", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = APPRAISER))
    void aRatingMustCoverEachBerAkhlakValueOnce() {
        Skp s = Fixtures.skp("199001012020011097", APPRAISER, SkpState.AGREED);
        String twice = rating("MEETS", "MEETS").replace("\"value\":\"KOLABORATIF\"", "\"value\":\"LOYAL\"");
        given().contentType(ContentType.JSON).body(twice).header("If-Match", "\"" + s.version + "\"")
                .put("/api/v1/skp/" + s.id + "/rating").then().statusCode(400).contentType("application/problem+json");
        assertEquals(SkpState.AGREED, Fixtures.reload(s.id).state);
    }

    @Test
    @TestSecurity(user = "e-self", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = E_SELF_RATE))
    void anEmployeeCannotRateThemselves() {
        Skp s = Fixtures.skp(E_SELF_RATE, APPRAISER, SkpState.AGREED);
        given().contentType(ContentType.JSON).body(rating("ABOVE", "ABOVE")).header("If-Match", "\"" + s.version + "\"")
                .put("/api/v1/skp/" + s.id + "/rating").then().statusCode(403).contentType("application/problem+json");
        assertEquals(null, Fixtures.reload(s.id).predikat);
    }

    @Test
    @TestSecurity(user = "stranger", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = STRANGER))
    void aStrangerNeitherReadsNorActs() {
        Skp s = Fixtures.skp(E_READ, APPRAISER, SkpState.SUBMITTED);
        given().get("/api/v1/skp/" + s.id).then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/skp/" + s.id + "/rating-data").then().statusCode(403);
        given().header("If-Match", "\"" + s.version + "\"").post("/api/v1/skp/" + s.id + "/agree").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "superior", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = SUPERIOR))
    void theAppraisersSuperiorReads() {
        Skp s = Fixtures.skp("199001012020011096", APPRAISER, SkpState.SUBMITTED);
        given().get("/api/v1/skp/" + s.id).then().statusCode(200).body("appraiserNip", is(APPRAISER));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorReadsButCannotAct() {
        Skp s = Fixtures.skp("199001012020011095", APPRAISER, SkpState.SUBMITTED);
        given().get("/api/v1/skp/" + s.id).then().statusCode(200);
        given().header("If-Match", "\"" + s.version + "\"").post("/api/v1/skp/" + s.id + "/agree").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void hrAdminOverridesTheAppraiserWithARecordedReason() {
        Skp s = Fixtures.skp("199001012020011094", APPRAISER, SkpState.DRAFT);
        given().contentType(ContentType.JSON).body("{\"appraiserNip\":\"" + SUPERIOR + "\",\"reason\":\"atasan langsung cuti besar\"}")
                .header("If-Match", "\"" + s.version + "\"").put("/api/v1/skp/" + s.id + "/appraiser")
                .then().statusCode(200).body("appraiserNip", is(SUPERIOR));
        given().get("/api/v1/skp/" + s.id).then().body("appraiserOverrideReason", is("atasan langsung cuti besar"));
        given().get("/api/v1/skp/" + s.id + "/history").then().body("[0].action", is("APPRAISER_CHANGED"));
    }

    @Test
    @TestSecurity(user = "appraiser", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = APPRAISER))
    void afterAgreementOnlyTheAppraiserChangesTargetsAndTheChangeIsRecorded() {
        Skp s = Fixtures.skp(E_TARGET, APPRAISER, SkpState.AGREED);
        Indicator i = Fixtures.firstIndicator(s.id);
        given().contentType(ContentType.JSON).body("{\"target\":10,\"targetUnit\":\"dokumen\"}").header("If-Match", "\"" + i.version + "\"")
                .put("/api/v1/skp/" + s.id + "/indicators/" + i.id).then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"target\":10,\"targetUnit\":\"dokumen\",\"reason\":\"anggaran dipotong\"}")
                .header("If-Match", "\"" + i.version + "\"")
                .put("/api/v1/skp/" + s.id + "/indicators/" + i.id).then().statusCode(200).body("target", is(10));
        given().get("/api/v1/skp/" + s.id + "/history").then().body("[0].action", is("TARGET_CHANGED"))
                .body("[0].reason", org.hamcrest.Matchers.containsString("anggaran dipotong"));
    }

    @Test
    @TestSecurity(user = "e-locked", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = E_LOCKED))
    void theEmployeeCannotChangeAnAgreedPlan() {
        Skp s = Fixtures.skp(E_LOCKED, APPRAISER, SkpState.AGREED);
        Indicator i = Fixtures.firstIndicator(s.id);
        given().contentType(ContentType.JSON).body("{\"target\":1,\"targetUnit\":\"dokumen\",\"reason\":\"lebih mudah\"}")
                .header("If-Match", "\"" + i.version + "\"")
                .put("/api/v1/skp/" + s.id + "/indicators/" + i.id).then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"kind\":\"TAMBAHAN\",\"text\":\"x\",\"indicators\":[{\"aspect\":\"TIME\",\"description\":\"d\",\"target\":1,\"targetUnit\":\"bulan\"}]}")
                .post("/api/v1/skp/" + s.id + "/rhk").then().statusCode(403).contentType("application/problem+json");
        assertEquals(1L, Fixtures.inTx(() -> Rhk.count("skpId", s.id)));
    }

    @Test
    @TestSecurity(user = "appraiser", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = APPRAISER))
    void afterAgreementTheAppraiserAddsAnRhkWithAReasonAndItIsRecorded() {
        Skp s = Fixtures.skp(E_ASSIGNED, APPRAISER, SkpState.AGREED);
        String rhk = "{\"kind\":\"TAMBAHAN\",\"text\":\"Terlaksananya pendataan penduduk rentan\",\"indicators\":[{\"aspect\":\"QUANTITY\","
                + "\"description\":\"Jumlah data\",\"target\":200,\"targetUnit\":\"jiwa\"}]%s}";
        given().contentType(ContentType.JSON).body(rhk.formatted("")).post("/api/v1/skp/" + s.id + "/rhk")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("body.reason"));
        assertEquals(1L, Fixtures.inTx(() -> Rhk.count("skpId", s.id)));
        given().contentType(ContentType.JSON).body(rhk.formatted(",\"reason\":\"tugas tambahan dari kepala dinas, Juli\""))
                .post("/api/v1/skp/" + s.id + "/rhk").then().statusCode(201);
        assertEquals(2L, Fixtures.inTx(() -> Rhk.count("skpId", s.id)));
        given().get("/api/v1/skp/" + s.id + "/history").then().body("[0].action", is("RHK_ADDED"))
                .body("[0].reason", org.hamcrest.Matchers.containsString("tugas tambahan dari kepala dinas"));
        // Once rated, the plan is what was rated: nobody adds to it.
        Skp rated = Fixtures.skp(E_ASSIGNED_RATED, APPRAISER, SkpState.RATED);
        given().contentType(ContentType.JSON).body(rhk.formatted(",\"reason\":\"terlambat\"")).post("/api/v1/skp/" + rated.id + "/rhk")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "e-cascade", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = E_CASCADE))
    void anRhkLinksOnlyToAnRhkOfTheAppraisersSkpInTheSamePeriod() {
        Skp own = Fixtures.skp(E_CASCADE, APPRAISER, SkpState.DRAFT);
        Skp appraisers = Fixtures.skp(APPRAISER, SUPERIOR, SkpState.AGREED);
        Skp appraisersLastYear = Fixtures.skp(APPRAISER, SUPERIOR, Fixtures.YEAR - 1, UNIT, SkpState.AGREED, Rating.MEETS, Rating.MEETS);
        Skp colleagues = Fixtures.skp("199001012020011093", APPRAISER, SkpState.AGREED);
        String body = "{\"kind\":\"UTAMA\",\"text\":\"Dukungan perencanaan\",\"parentRhkId\":\"%s\",\"indicators\":[{\"aspect\":\"QUALITY\",\"description\":\"Kualitas dokumen\",\"target\":90,\"targetUnit\":\"persen\"}]}";

        given().contentType(ContentType.JSON).body(body.formatted(Fixtures.firstRhk(appraisers.id)))
                .post("/api/v1/skp/" + own.id + "/rhk").then().statusCode(201);
        for (Skp wrong : new Skp[]{appraisersLastYear, colleagues}) {
            given().contentType(ContentType.JSON).body(body.formatted(Fixtures.firstRhk(wrong.id)))
                    .post("/api/v1/skp/" + own.id + "/rhk").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", is("body.parentRhkId"));
        }
        given().contentType(ContentType.JSON).body(body.formatted(UUID.randomUUID()))
                .post("/api/v1/skp/" + own.id + "/rhk").then().statusCode(400);
        assertEquals(2L, Fixtures.inTx(() -> Rhk.count("skpId", own.id)));
        given().get("/api/v1/skp/" + own.id).then().body("rhk[1].parentRhkId", is(Fixtures.firstRhk(appraisers.id).toString()));
    }

    private static final String RHK_CHANGE = "{\"kind\":\"%s\",\"text\":\"%s\",\"parentRhkId\":%s%s}";

    private static String rhkChange(String kind, String text, UUID parent, String reason) {
        return RHK_CHANGE.formatted(kind, text, parent == null ? "null" : "\"" + parent + "\"",
                reason == null ? "" : ",\"reason\":\"" + reason + "\"");
    }

    /** A head's SKP of this year with one RHK, made once whichever test needs it first. */
    private static Skp headsSkp(String head) {
        return Fixtures.inTx(() -> Skp.forEmployee(head, Fixtures.YEAR)).orElseGet(() -> Fixtures.skp(head, SUPERIOR, SkpState.AGREED));
    }

    @Test
    @TestSecurity(user = "e-reword", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = E_REWORD))
    void beforeAgreementTheEmployeeRewordsAndRemovesRhkOnTheCurrentVersion() {
        Skp s = Fixtures.skp(E_REWORD, APPRAISER, SkpState.DRAFT);
        UUID first = Fixtures.firstRhk(s.id);
        String change = rhkChange("TAMBAHAN", "Tersusunnya rencana kerja bidang 2025", null, null);
        given().contentType(ContentType.JSON).body(change).header("If-Match", "\"" + (s.version + 7) + "\"")
                .put("/api/v1/skp/" + s.id + "/rhk/" + first).then().statusCode(412).contentType("application/problem+json");
        long v = given().contentType(ContentType.JSON).body(change).header("If-Match", "\"" + s.version + "\"")
                .put("/api/v1/skp/" + s.id + "/rhk/" + first).then().statusCode(200).header("ETag", notNullValue())
                .extract().jsonPath().getLong("version");
        assertEquals(s.version + 1, v);
        given().get("/api/v1/skp/" + s.id).then().body("rhk[0].text", is("Tersusunnya rencana kerja bidang 2025"))
                .body("rhk[0].kind", is("TAMBAHAN"));
        // Before agreement a plan's wording is the employee's own draft: nothing is recorded.
        assertEquals(0L, Fixtures.historyCount(s.id));

        String second = given().contentType(ContentType.JSON).body("{\"kind\":\"UTAMA\",\"text\":\"Terlaksananya monev\",\"indicators\":"
                + "[{\"aspect\":\"TIME\",\"description\":\"Tepat waktu\",\"target\":12,\"targetUnit\":\"bulan\"}]}")
                .post("/api/v1/skp/" + s.id + "/rhk").then().statusCode(201).extract().path("id");
        long current = Fixtures.reload(s.id).version;
        given().header("If-Match", "\"" + (current - 1) + "\"").delete("/api/v1/skp/" + s.id + "/rhk/" + second).then().statusCode(412);
        given().header("If-Match", "\"" + current + "\"").delete("/api/v1/skp/" + s.id + "/rhk/" + second).then().statusCode(200)
                .body("version", is((int) current + 1));
        assertEquals(1L, Fixtures.inTx(() -> Rhk.count("skpId", s.id)));
        assertEquals(0L, Fixtures.inTx(() -> Indicator.count("rhkId", UUID.fromString(second))));
        given().header("If-Match", "\"" + (current + 1) + "\"").delete("/api/v1/skp/" + s.id + "/rhk/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");

        // An RHK someone else's plan supports stays until they link elsewhere.
        Skp report = Fixtures.skp("199001012020011021", E_REWORD, SkpState.AGREED);
        Fixtures.inTx(() -> Rhk.update("parentRhkId = ?1 where skpId = ?2", first, report.id));
        given().header("If-Match", "\"" + (current + 1) + "\"").delete("/api/v1/skp/" + s.id + "/rhk/" + first)
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(1L, Fixtures.inTx(() -> Rhk.count("skpId", s.id)));

        // Agreed: the RHK stays (realisation is reported against it), and only the appraiser rewords it.
        Skp agreed = Fixtures.skp(E_REWORD, APPRAISER, Fixtures.YEAR - 1, UNIT, SkpState.AGREED, Rating.MEETS, Rating.MEETS);
        UUID agreedRhk = Fixtures.firstRhk(agreed.id);
        given().header("If-Match", "\"" + agreed.version + "\"").delete("/api/v1/skp/" + agreed.id + "/rhk/" + agreedRhk)
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(rhkChange("UTAMA", "lebih ringan", null, "saya ubah")).header("If-Match", "\"" + agreed.version + "\"")
                .put("/api/v1/skp/" + agreed.id + "/rhk/" + agreedRhk).then().statusCode(403).contentType("application/problem+json");
        assertEquals("Tersusunnya dokumen perencanaan", Fixtures.inTx(() -> ((Rhk) Rhk.findById(agreedRhk)).text));
    }

    @Test
    @TestSecurity(user = "appraiser", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = APPRAISER))
    void afterAgreementTheAppraiserRewordsAnRhkWithAReasonAndItIsRecorded() {
        Skp s = Fixtures.skp(E_REWORD_AGREED, APPRAISER, SkpState.AGREED);
        UUID rhk = Fixtures.firstRhk(s.id);
        given().contentType(ContentType.JSON).body(rhkChange("UTAMA", "Tersusunnya dokumen perencanaan dan evaluasi", null, null))
                .header("If-Match", "\"" + s.version + "\"").put("/api/v1/skp/" + s.id + "/rhk/" + rhk)
                .then().statusCode(400).body("errors[0].field", is("body.reason"));
        given().contentType(ContentType.JSON).body(rhkChange("UTAMA", "Tersusunnya dokumen perencanaan dan evaluasi", null, "ditambah evaluasi"))
                .header("If-Match", "\"" + s.version + "\"").put("/api/v1/skp/" + s.id + "/rhk/" + rhk).then().statusCode(200);
        given().get("/api/v1/skp/" + s.id + "/history").then().body("[0].action", is("RHK_CHANGED"))
                .body("[0].reason", org.hamcrest.Matchers.containsString("ditambah evaluasi"))
                .body("[0].reason", org.hamcrest.Matchers.containsString("Tersusunnya dokumen perencanaan dan evaluasi"));
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void anAppraiserChangeTakesOffTheLinksToThePreviousAppraisersRhk() {
        Skp oldHeads = headsSkp(OLD_HEAD);
        Skp s = Fixtures.skp(E_UNLINK, OLD_HEAD, SkpState.SUBMITTED);
        UUID rhk = Fixtures.firstRhk(s.id);
        Fixtures.inTx(() -> Rhk.update("parentRhkId = ?1 where id = ?2", Fixtures.firstRhk(oldHeads.id), rhk));
        given().contentType(ContentType.JSON).body("{\"appraiserNip\":\"" + NEW_HEAD + "\",\"reason\":\"kepala bidang diganti\"}")
                .header("If-Match", "\"" + s.version + "\"").put("/api/v1/skp/" + s.id + "/appraiser").then().statusCode(200);
        given().get("/api/v1/skp/" + s.id).then().body("rhk[0].parentRhkId", org.hamcrest.Matchers.nullValue());
        given().get("/api/v1/skp/" + s.id + "/history").then().body("action", org.hamcrest.Matchers.contains("APPRAISER_CHANGED", "CASCADE_UNLINKED"))
                .body("[1].reason", org.hamcrest.Matchers.containsString(NEW_HEAD));
    }

    @Test
    @TestSecurity(user = "e-relink", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = E_RELINK))
    void theEmployeeLinksTheirRhkToTheNewAppraisersOnly() {
        Skp oldHeads = headsSkp(OLD_HEAD);
        Skp newHeads = headsSkp(NEW_HEAD);
        Skp s = Fixtures.skp(E_RELINK, NEW_HEAD, SkpState.DRAFT);
        UUID rhk = Fixtures.firstRhk(s.id);
        given().contentType(ContentType.JSON).body(rhkChange("UTAMA", "Tersusunnya dokumen perencanaan", Fixtures.firstRhk(oldHeads.id), null))
                .header("If-Match", "\"" + s.version + "\"").put("/api/v1/skp/" + s.id + "/rhk/" + rhk)
                .then().statusCode(400).body("errors[0].field", is("body.parentRhkId"));
        given().contentType(ContentType.JSON).body(rhkChange("UTAMA", "Tersusunnya dokumen perencanaan", Fixtures.firstRhk(newHeads.id), null))
                .header("If-Match", "\"" + s.version + "\"").put("/api/v1/skp/" + s.id + "/rhk/" + rhk).then().statusCode(200);
        given().get("/api/v1/skp/" + s.id).then().body("rhk[0].parentRhkId", is(Fixtures.firstRhk(newHeads.id).toString()));
    }
}
