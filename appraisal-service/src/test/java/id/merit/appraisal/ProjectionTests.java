package id.merit.appraisal;

import id.merit.appraisal.domain.Rating;
import id.merit.appraisal.domain.SkpState;
import id.merit.appraisal.service.SkpService;
import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.TopicReader;
import id.merit.infra.test.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Projections of employee-service's events: valid against the producer's schemas, idempotent, version-safe. */
@QuarkusTest
class ProjectionTests {
    static final String EMPLOYEES = "merit.employees.v1";
    static final String UPSERTED = "id.merit.employee.upserted.v1";
    static final Duration WAIT = Duration.ofSeconds(30);

    static String employeeUpserted(String nip, String name, String supervisorNip, UUID unitId, long version) {
        String json = """
                {"nip":"%s","employmentType":"PNS","name":"%s","frontTitle":null,"backTitle":"S.Kom.","displayName":"%s, S.Kom.",
                 "birthDate":"1990-01-01","sex":"MALE","status":"ACTIVE",
                 "golongan":{"code":"III/c","pangkat":"Penata","siasnCode":"33","rank":11,"tmt":"2022-04-01"},
                 "position":{"id":"%s","code":"ANALIS-1","name":"Analis Kebijakan","type":"FUNGSIONAL","fungsionalLevel":"AHLI_MUDA","unitId":"%s","tmt":"2022-04-01"},
                 "unit":{"id":"%s","code":"BKPSDM-B1","name":"Bidang Pengembangan","path":[{"id":"%s","code":"BKPSDM-B1","name":"Bidang Pengembangan"}]},
                 "supervisorNip":%s,"education":[{"level":"S1","field":"Informatika","institution":"UPR","year":2012}],
                 "competencies":[],"positionHistory":[],"trainings":[],"version":%d}
                """.formatted(nip, name, name, UUID.randomUUID(), unitId, unitId, unitId,
                supervisorNip == null ? "null" : "\"" + supervisorNip + "\"", version);
        EventSchemas.assertValid("contracts/employee.upserted.schema.json", json);
        return json;
    }

    static boolean processed(String consumer, String eventId) {
        return Fixtures.inTx(() -> (Long) EmployeeView.getEntityManager()
                .createNativeQuery("select count(*) from processed_event where consumer = ?1 and event_id = ?2", Long.class)
                .setParameter(1, consumer).setParameter(2, eventId).getSingleResult()) == 1L;
    }

    private static EmployeeView view(String nip) {
        return Fixtures.inTx(() -> EmployeeView.findById(nip));
    }

    private static void awaitVersion(String nip, long version) {
        Fixtures.await(WAIT, () -> {
            EmployeeView v = view(nip);
            return v != null && v.version == version;
        });
    }

    @Test
    void anEmployeeUpsertedFillsTheProjection() {
        UUID unit = UUID.randomUUID();
        String payload = employeeUpserted("199101012020011001", "Budi", "199101012020011100", unit, 3);
        TopicWriter.send(EMPLOYEES, "199101012020011001", UPSERTED, payload);
        awaitVersion("199101012020011001", 3);
        EmployeeView v = view("199101012020011001");
        // The position held: whoever holds a unit's head position is its head (the unit's result follows their rating).
        assertEquals(payload.split("\"position\":\\{\"id\":\"")[1].substring(0, 36), v.positionId.toString());
        assertEquals("Budi, S.Kom.", v.displayName);
        assertEquals("199101012020011100", v.supervisorNip);
        assertEquals(unit, v.unitId);
        assertEquals("Analis Kebijakan", v.positionName);
    }

    @Test
    void aReplayedEventIsAppliedOnce() {
        String nip = "199101012020011002";
        UUID unit = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        TopicWriter.send(EMPLOYEES, nip, UPSERTED, eventId, employeeUpserted(nip, "Sari", null, unit, 1));
        awaitVersion(nip, 1);
        // The same ce_id again, even with a newer-looking body, must change nothing. Proof: a later, distinct event
        // at that same version 2 still applies, which it could not if the replay had taken version 2.
        TopicWriter.send(EMPLOYEES, nip, UPSERTED, eventId, employeeUpserted(nip, "Sari Replayed", null, unit, 2));
        String next = TopicWriter.send(EMPLOYEES, nip, UPSERTED, employeeUpserted(nip, "Sari Dua", null, unit, 2));
        Fixtures.await(WAIT, () -> processed("appraisal.employees", next));
        assertEquals("Sari Dua, S.Kom.", view(nip).displayName);
        assertEquals(true, processed("appraisal.employees", eventId));
    }

    @Test
    void anOlderVersionIsIgnored() {
        String nip = "199101012020011003";
        UUID unit = UUID.randomUUID();
        TopicWriter.send(EMPLOYEES, nip, UPSERTED, employeeUpserted(nip, "Tono", null, unit, 5));
        awaitVersion(nip, 5);
        String old = TopicWriter.send(EMPLOYEES, nip, UPSERTED, employeeUpserted(nip, "Tono Lama", null, unit, 4));
        Fixtures.await(WAIT, () -> processed("appraisal.employees", old));
        awaitVersion(nip, 5);
        assertEquals("Tono, S.Kom.", view(nip).displayName);
    }

    @Test
    void aDeactivationMarksTheEmployee() {
        String nip = "199101012020011005";
        TopicWriter.send(EMPLOYEES, nip, UPSERTED, employeeUpserted(nip, "Dewi", null, UUID.randomUUID(), 1));
        awaitVersion(nip, 1);
        String json = "{\"nip\":\"" + nip + "\",\"status\":\"RETIRED\",\"version\":2}";
        EventSchemas.assertValid("contracts/employee.deactivated.schema.json", json);
        TopicWriter.send(EMPLOYEES, nip, "id.merit.employee.deactivated.v1", json);
        awaitVersion(nip, 2);
        assertEquals("RETIRED", view(nip).status);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheChannelKeepsConsuming() {
        String poisonKey = "poison-" + UUID.randomUUID();
        TopicWriter.sendRaw(EMPLOYEES, poisonKey, "this is not json");
        String nip = "199101012020011006";
        TopicWriter.send(EMPLOYEES, nip, UPSERTED, employeeUpserted(nip, "Rudi", null, UUID.randomUUID(), 1));
        TopicReader.await(EMPLOYEES + ".dlq", r -> poisonKey.equals(r.key()), WAIT);
        awaitVersion(nip, 1);
    }

    @Test
    void aUnitUpsertedFillsTheUnitProjectionVersionSafely() {
        UUID id = UUID.randomUUID();
        String v2 = "{\"id\":\"" + id + "\",\"code\":\"DISDIK\",\"name\":\"Dinas Pendidikan\",\"parentId\":null,\"headPositionId\":null,\"version\":2}";
        String v1 = "{\"id\":\"" + id + "\",\"code\":\"DISDIK\",\"name\":\"Dinas Lama\",\"parentId\":null,\"headPositionId\":null,\"version\":1}";
        EventSchemas.assertValid("contracts/unit.upserted.schema.json", v2);
        EventSchemas.assertValid("contracts/unit.upserted.schema.json", v1);
        TopicWriter.send("merit.org.v1", id.toString(), "id.merit.unit.upserted.v1", v2);
        String old = TopicWriter.send("merit.org.v1", id.toString(), "id.merit.unit.upserted.v1", v1);
        Fixtures.await(WAIT, () -> processed("appraisal.org", old));
        assertEquals("Dinas Pendidikan", Fixtures.inTx(() -> ((UnitView) UnitView.findById(id)).name));
    }

    @Test
    void aMoveTakesTheSkpsNotYetRatedToTheNewSupervisorAndUnitAndLeavesTheRestAsTheyWere() {
        String mover = "199101012020011050";
        String stays = "199101012020011051";
        String oldHead = "199101012020011150";
        String newHead = "199101012020011151";
        UUID oldUnit = UUID.randomUUID();
        UUID newUnit = UUID.randomUUID();
        TopicWriter.send(EMPLOYEES, mover, UPSERTED, employeeUpserted(mover, "Rina", oldHead, oldUnit, 1));
        TopicWriter.send(EMPLOYEES, stays, UPSERTED, employeeUpserted(stays, "Yanto", oldHead, oldUnit, 1));
        awaitVersion(mover, 1);
        awaitVersion(stays, 1);
        Skp submitted = Fixtures.skp(mover, oldHead, Fixtures.YEAR, oldUnit, SkpState.SUBMITTED, Rating.MEETS, Rating.MEETS);
        Skp rated = Fixtures.skp(mover, oldHead, Fixtures.YEAR - 1, oldUnit, SkpState.RATED, Rating.MEETS, Rating.MEETS);
        Skp named = Fixtures.skp(stays, oldHead, Fixtures.YEAR, oldUnit, SkpState.AGREED, Rating.MEETS, Rating.MEETS);
        Fixtures.inTx(() -> Skp.update("appraiserOverrideReason = ?1 where id = ?2", "ditunjuk BKPSDM: atasan cuti panjang", named.id));
        // The mover's plan supports the old head's RHK (cascading).
        Skp oldHeads = Fixtures.skp(oldHead, "199101012020011152", SkpState.AGREED);
        UUID moversRhk = Fixtures.firstRhk(submitted.id);
        Fixtures.inTx(() -> Rhk.update("parentRhkId = ?1 where id = ?2", Fixtures.firstRhk(oldHeads.id), moversRhk));

        TopicWriter.send(EMPLOYEES, mover, UPSERTED, employeeUpserted(mover, "Rina", newHead, newUnit, 2));
        TopicWriter.send(EMPLOYEES, stays, UPSERTED, employeeUpserted(stays, "Yanto", newHead, oldUnit, 2));
        awaitVersion(mover, 2);
        awaitVersion(stays, 2);

        Skp moved = Fixtures.reload(submitted.id);
        assertEquals(newHead, moved.appraiserNip);
        assertEquals(newUnit, moved.unitId);
        assertEquals(submitted.version + 1, moved.version, "one change, one version");
        List<SkpHistory> history = Fixtures.inTx(() -> SkpHistory.ofSkp(submitted.id));
        assertEquals(List.of("APPRAISER_CHANGED", "CASCADE_UNLINKED", "UNIT_CHANGED"), history.stream().map(h -> h.action).toList());
        assertEquals(SkpService.ORG_DATA, history.get(0).byWho);
        assertTrue(history.get(0).reason.startsWith(oldHead + " -> " + newHead), history.get(0).reason);
        // The old head's RHK is no longer the one this plan supports; the new head's is linked by hand.
        assertNull(Fixtures.inTx(() -> ((Rhk) Rhk.findById(moversRhk)).parentRhkId));
        assertEquals(SkpService.ORG_DATA, history.get(1).byWho);
        // Rated last year by the old head, counted in the old unit: that stays.
        Skp kept = Fixtures.reload(rated.id);
        assertEquals(oldHead, kept.appraiserNip);
        assertEquals(oldUnit, kept.unitId);
        assertEquals(rated.version, kept.version);
        // hr-admin named this appraiser; the new supervisor in the org data does not override that.
        assertEquals(oldHead, Fixtures.reload(named.id).appraiserNip);
        // A replay of the same data changes nothing more.
        TopicWriter.send(EMPLOYEES, mover, UPSERTED, employeeUpserted(mover, "Rina", newHead, newUnit, 3));
        awaitVersion(mover, 3);
        assertEquals(moved.version, Fixtures.reload(submitted.id).version);
    }
}
