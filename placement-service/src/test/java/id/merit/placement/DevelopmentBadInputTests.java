package id.merit.placement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static id.merit.placement.DevelopmentTests.DEV;
import static id.merit.placement.DevelopmentTests.YEAR;
import static id.merit.placement.DevelopmentTests.levels;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad input to the development endpoints: a 4xx problem+json, and nothing changes. */
@QuarkusTest
@TestSecurity(user = "hr.admin", roles = "hr-admin")
class DevelopmentBadInputTests {
    static String nip;
    static UUID unit;

    static synchronized String employee() {
        if (nip == null) {
            unit = DevSeed.unit(DevelopmentTests.code("BAD"), null);
            UUID pos = DevSeed.position(unit, "PENGAWAS", levels("INTEGRITAS", 3), "III/a");
            String n = Seed.nip();
            DevSeed.employee(n, unit, pos, null, levels("INTEGRITAS", 1), null, null, 1);
            DevSeed.awaitPositions(pos);
            DevSeed.awaitUnits(unit);
            DevSeed.awaitEmployee(n, 1);
            nip = n;
        }
        return nip;
    }

    private static long plans() {
        return QuarkusTransaction.requiringNew().call(() -> DevelopmentPlan.count());
    }

    private static long items() {
        return QuarkusTransaction.requiringNew().call(() -> DevelopmentItem.count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"INTEGRITAS", "INTEGRITAS:9", "INTEGRITAS:0", "integritas:3", "INTEGRITAS:3,INTEGRITAS:4", "A:x", ",", "A:1:1"})
    void aBadCloseIsA400(String close) {
        String n = employee();
        given().queryParam("close", close).get(DEV + n + "/gaps").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("close", close).get(DEV + n + "/reachable-positions").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownOrMalformedReferencesAre4xx() {
        String n = employee();
        given().queryParam("targetPositionId", UUID.randomUUID()).get(DEV + n + "/gaps").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("targetPositionId", "nope").get(DEV + n + "/gaps").then().statusCode(400).contentType("application/problem+json");
        given().get(DEV + "12345/gaps").then().statusCode(400).contentType("application/problem+json");
        given().get(DEV + "198501012010031999/gaps").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("close", "A:1,".repeat(60) + "A:1").get(DEV + n + "/gaps").then().statusCode(400);
        given().queryParam("limit", 0).get(DEV + n + "/reachable-positions").then().statusCode(400);
        given().get(DEV + n + "/plans/1999").then().statusCode(400).contentType("application/problem+json");
        given().get(DEV + n + "/plans/" + (YEAR + 5)).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("unitId", UUID.randomUUID()).get(DEV + "training-needs").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("year", 3000).get(DEV + "training-needs").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("size", 0).get(DEV + "below-minimum-jp").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("year", 1900).get(DEV + "below-minimum-jp").then().statusCode(400).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"targetPositionId\":5}", "{\"targetPositionId\":\"00000000-0000-0000-0000-000000000001\"}", "{\"surprise\":1}", "{\"targetPositionId\":"})
    void aBadNewPlanIsA400AndNoPlanIsWritten(String body) {
        String n = employee();
        long before = plans();
        given().contentType("application/json").body(body).post(DEV + n + "/plans/" + (YEAR + 1)).then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json").body("{}").post(DEV + n + "/plans/2101").then().statusCode(400);
        assertEquals(before, plans());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"focus\":\"KOMUNIKASI\",\"activityType\":\"COURSE\",\"suggestedJp\":-1,\"reason\":\"r\"}",
            "{\"focus\":\"KOMUNIKASI\",\"activityType\":\"COURSE\",\"suggestedJp\":1001,\"reason\":\"r\"}",
            "{\"focus\":\"KOMUNIKASI\",\"activityType\":\"COURSE\",\"suggestedJp\":\"10\",\"reason\":\"r\"}",
            "{\"focus\":\"KOMUNIKASI\",\"activityType\":\"COURSE\",\"suggestedJp\":1.5,\"reason\":\"r\"}",
            "{\"focus\":\"KOMUNIKASI\",\"activityType\":\"NAP\",\"suggestedJp\":10,\"reason\":\"r\"}",
            "{\"focus\":\"KOMUNIKASI\",\"activityType\":\"COURSE\",\"suggestedJp\":10}",
            "{\"focus\":\"\",\"activityType\":\"COURSE\",\"suggestedJp\":10,\"reason\":\"r\"}",
            "{\"activityType\":\"COURSE\",\"suggestedJp\":10,\"reason\":\"r\"}"})
    void aBadItemIsA400AndThePlanStaysAsItWas(String body) {
        String n = employee();
        JsonPath plan = planOf(n);
        long items = items();
        given().header("If-Match", "\"" + plan.getLong("version") + "\"").contentType("application/json").body(body)
                .post(DEV + n + "/plans/" + YEAR + "/items").then().statusCode(400).contentType("application/problem+json");
        assertEquals(items, items());
        assertEquals(plan.getLong("version"), planOf(n).getLong("version"));
    }

    private static synchronized JsonPath planOf(String n) {
        if (given().get(DEV + n + "/plans/" + YEAR).statusCode() == 404) {
            given().contentType("application/json").body("{}").post(DEV + n + "/plans/" + YEAR).then().statusCode(201);
        }
        return given().get(DEV + n + "/plans/" + YEAR).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void statusChangesNeedTheVersionAReasonAndAPlannedItem() {
        String n = employee();
        JsonPath plan = planOf(n);
        long v = plan.getLong("version");
        String item = plan.getString("items[0].id");
        String base = DEV + n + "/plans/" + YEAR + "/items/" + item;
        given().contentType("application/json").body("{\"reason\":\"x\"}").post(base + "/drop").then().statusCode(428).contentType("application/problem+json");
        given().header("If-Match", "\"" + (v + 7) + "\"").contentType("application/json").body("{\"reason\":\"x\"}").post(base + "/drop")
                .then().statusCode(412).contentType("application/problem+json");
        given().header("If-Match", "nonsense").post(base + "/done").then().statusCode(400).contentType("application/problem+json");
        given().header("If-Match", "\"" + v + "\"").contentType("application/json").body("{\"reason\":\"  \"}").post(base + "/drop")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("If-Match", "\"" + v + "\"").contentType("application/json").body("{}").post(base + "/drop")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("If-Match", "\"" + v + "\"").post(DEV + n + "/plans/" + YEAR + "/items/" + UUID.randomUUID() + "/done")
                .then().statusCode(404).contentType("application/problem+json");
        JsonPath after = planOf(n);
        assertEquals(v, after.getLong("version"));
        assertEquals("PLANNED", after.getString("items[0].status"));
        // Done once; a second status change of the same item is a 409 and changes nothing.
        given().header("If-Match", "\"" + v + "\"").post(base + "/done").then().statusCode(200);
        given().header("If-Match", "\"" + (v + 1) + "\"").contentType("application/json").body("{\"reason\":\"x\"}").post(base + "/drop")
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(v + 1, planOf(n).getLong("version"));
        assertEquals("DONE", planOf(n).getString("items[0].status"));
        // A second plan for the same year is a 409.
        long plans = plans();
        given().contentType("application/json").body("{}").post(DEV + n + "/plans/" + YEAR).then().statusCode(409).contentType("application/problem+json");
        assertEquals(plans, plans());
    }
}
