package id.merit.placement;

import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.TopicReader;
import id.merit.infra.test.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ProjectionTests {
    static final Duration WAIT = Duration.ofSeconds(30);

    private static EmployeeView employee(String nip) {
        return QuarkusTransaction.requiringNew().call(() -> EmployeeView.findById(nip));
    }

    private static PredikatRecord predikat(String nip, int year) {
        return QuarkusTransaction.requiringNew().call(() -> PredikatRecord.findById(new PredikatRecord.Key(nip, year)));
    }

    @Test
    void aRedeliveredEventIsAppliedOnceAndAnOlderVersionIsIgnored() {
        String nip = Seed.nip();
        UUID unit = UUID.randomUUID();
        String v2 = Seed.employeeJson(nip, unit, "ACTIVE", 3, 3, 80.0, 2);
        String eventId = UUID.randomUUID().toString();
        TopicWriter.send(Seed.EMPLOYEES, nip, "id.merit.employee.upserted.v1", eventId, v2);
        Seed.await(WAIT, () -> employee(nip) != null);
        TopicWriter.send(Seed.EMPLOYEES, nip, "id.merit.employee.upserted.v1", eventId, v2);
        TopicWriter.send(Seed.EMPLOYEES, nip, "id.merit.employee.upserted.v1", Seed.employeeJson(nip, unit, "LEAVE", 1, 1, 10.0, 1));
        // A marker behind them on the same partition (same key) proves both were consumed.
        TopicWriter.send(Seed.EMPLOYEES, nip, "id.merit.employee.deactivated.v1", "{\"nip\":\"" + nip + "\",\"status\":\"RETIRED\",\"version\":3}");
        Seed.await(WAIT, () -> employee(nip).version == 3);
        EmployeeView e = employee(nip);
        assertEquals("RETIRED", e.status);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() ->
                (Long) EmployeeView.getEntityManager().createNativeQuery("select count(*) from processed_event where event_id = ?1")
                        .setParameter(1, eventId).getSingleResult()));
    }

    @Test
    void aFinalizedAppraisalKeepsThePredikatPerYearNewestVersionWinning() {
        String nip = Seed.nip();
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.finalized.v1", Seed.finalizedJson(nip, 2024, "BAIK", 1));
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.finalized.v1", Seed.finalizedJson(nip, 2025, "SANGAT_BAIK", 2));
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.finalized.v1", Seed.finalizedJson(nip, 2025, "KURANG", 1));
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.finalized.v1", Seed.finalizedJson(nip, 2023, "BAIK", 1));
        Seed.await(WAIT, () -> predikat(nip, 2023) != null);
        assertEquals("BAIK", predikat(nip, 2024).predikat);
        assertEquals("SANGAT_BAIK", predikat(nip, 2025).predikat);
    }

    @Test
    @TestSecurity(user = "board", roles = "placement-board")
    void anObjectionMarksTheYearsPredikatDisputedUntilTheDecision() {
        String nip = Seed.employee(UUID.randomUUID(), 3, 3, 85.0);
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.finalized.v1", Seed.finalizedJson(nip, 2025, "BAIK", 1));
        Seed.await(WAIT, () -> predikat(nip, 2025) != null && employee(nip) != null);
        given().get("/api/v1/talent/" + nip).then().statusCode(200)
                .body("latestPredikat", is("BAIK")).body("latestUnderObjection", is(false));

        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.reopened.v1", reopenedJson(nip, 2025, "BAIK", 2));
        Seed.await(WAIT, () -> predikat(nip, 2025).version == 2);
        assertTrue(predikat(nip, 2025).underObjection);
        // In force meanwhile: the same predikat, now marked as disputed.
        given().get("/api/v1/talent/" + nip).then().statusCode(200)
                .body("latestPredikat", is("BAIK")).body("latestUnderObjection", is(true));
        // An older finalized (redelivered from before the objection) does not clear it; the decision does.
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.finalized.v1", Seed.finalizedJson(nip, 2025, "BAIK", 1));
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.finalized.v1", Seed.finalizedJson(nip, 2025, "SANGAT_BAIK", 3));
        Seed.await(WAIT, () -> predikat(nip, 2025).version == 3);
        assertEquals("SANGAT_BAIK", predikat(nip, 2025).predikat);
        assertFalse(predikat(nip, 2025).underObjection);
        // A reopening of a year without a predikat here creates nothing.
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.reopened.v1", reopenedJson(nip, 2024, "KURANG", 5));
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.finalized.v1", Seed.finalizedJson(nip, 2023, "BAIK", 1));
        Seed.await(WAIT, () -> predikat(nip, 2023) != null);
        assertNull(predikat(nip, 2024));
    }

    static String reopenedJson(String nip, int year, String predikat, long version) {
        String json = "{\"skpId\":\"" + UUID.nameUUIDFromBytes((nip + year).getBytes()) + "\",\"nip\":\"" + nip + "\",\"year\":" + year
                + ",\"periodId\":\"" + year + "\",\"predikat\":\"" + predikat + "\",\"appraiserNip\":\"197001012000011001\","
                + "\"reopenedAt\":\"" + (year + 1) + "-01-10T08:00:00Z\",\"version\":" + version + "}";
        EventSchemas.assertValid("events/appraisal.reopened.schema.json", json);
        return json;
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheChannelKeepsConsuming() {
        String key = "poison-" + UUID.randomUUID();
        TopicWriter.sendRaw(Seed.APPRAISALS, key, "not json");
        TopicReader.await(Seed.APPRAISALS + ".dlq", r -> key.equals(r.key()), WAIT);
        String nip = Seed.nip();
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.finalized.v1", Seed.finalizedJson(nip, 2025, "BAIK", 1));
        Seed.await(WAIT, () -> predikat(nip, 2025) != null);
    }

    @Test
    void aPositionUpdateReplacesTheSnapshotOnlyWhenNewer() {
        UUID unit = Seed.unit("PRJ-" + UUID.randomUUID().toString().substring(0, 6));
        UUID id = UUID.randomUUID();
        TopicWriter.send(Seed.ORG, id.toString(), "id.merit.position.upserted.v1", Seed.positionJson(id, unit, 2, "[]", 2));
        TopicWriter.send(Seed.ORG, id.toString(), "id.merit.position.upserted.v1", Seed.positionJson(id, unit, 5, "[]", 1));
        TopicWriter.send(Seed.ORG, id.toString(), "id.merit.position.upserted.v1", Seed.positionJson(id, unit, 3, "[\"198501152010031001\"]", 3));
        Seed.await(WAIT, () -> QuarkusTransaction.requiringNew().call(() -> {
            PositionView p = PositionView.findById(id);
            return p != null && p.version == 3;
        }));
        assertEquals(3, QuarkusTransaction.requiringNew().call(() -> ((PositionView) PositionView.findById(id)).seats));
    }
}
