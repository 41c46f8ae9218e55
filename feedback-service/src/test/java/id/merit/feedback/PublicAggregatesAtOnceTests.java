package id.merit.feedback;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.merit.feedback.Fixtures.*;
import static id.merit.feedback.PeerRoundTests.admin;
import static id.merit.feedback.PeerRoundTests.asEmployee;
import static id.merit.feedback.PublicFeedbackTests.ALL_FOURS;
import static id.merit.feedback.PublicFeedbackTests.CITIZEN;
import static id.merit.feedback.PublicFeedbackTests.citizen;
import static id.merit.feedback.PublicFeedbackTests.submission;
import static id.merit.feedback.TestClock.YEAR;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * merit.feedback.public.aggregate-until=NOW, the setting of the local suite (development, demo, e2e): a response
 * counts, and the summary goes out, as soon as it is submitted. Production keeps the default daily cut-off
 * (PublicFeedbackTests).
 */
@QuarkusTest
@TestProfile(PublicAggregatesAtOnceTests.AtOnce.class)
class PublicAggregatesAtOnceTests {
    public static class AtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("merit.feedback.public.aggregate-until", "NOW");
        }
    }

    @Inject
    TestClock clock;

    @BeforeEach
    void midYear() {
        clock.toMidYear();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachResponseCountsAtOnce() {
        UUID unit = unit("Disdukcapil " + UUID.randomUUID().toString().substring(0, 6));
        String officer = employee(nip(), "Petugas Loket", unit, null);
        String channel = admin().contentType(ContentType.JSON).body("""
                        {"unitId":"%s","employeeNip":"%s","name":"Loket KTP-el","kind":"SERVICE_DESK"}""".formatted(unit, officer))
                .post("/api/v1/feedback/channels").then().statusCode(201).extract().path("id");
        String rating = "/api/v1/feedback/employees/" + officer + "/public?year=" + YEAR;
        for (int i = 1; i <= 3; i++) {
            String code = admin().contentType(ContentType.JSON).body("{\"serviceType\":\"Perekaman KTP-el\"}")
                    .post("/api/v1/feedback/channels/" + channel + "/tokens").then().statusCode(201).extract().path("code");
            citizen().contentType(ContentType.JSON).body(submission(ALL_FOURS, null, null))
                    .post("/api/v1/public/visits/" + code + "/responses").then().statusCode(201);
            if (i < 3) {
                asEmployee(officer).get(rating).then().statusCode(200).body(CITIZEN + ".shown", is(false));
                assertEquals(List.of(), summariesPublished(officer), "below k nothing is published, at once or not");
            }
        }
        asEmployee(officer).get(rating).then().statusCode(200).body(CITIZEN + ".shown", is(true)).body(CITIZEN + ".responses", is(3))
                .body(CITIZEN + ".ikm", is(100.0f));
        admin().get("/api/v1/feedback/units/" + unit + "/ikm?year=" + YEAR).then().statusCode(200).body("respondents", is(3));
        assertEquals(1, summariesPublished(officer).size(), "the third response published the summary itself");
        assertEquals(0L, (long) inTx(() -> PublicResponse.count("unitId = ?1 and pendingDay is not null", unit)),
                "a response that counts at once keeps no day");
    }
}
