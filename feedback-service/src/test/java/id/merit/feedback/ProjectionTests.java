package id.merit.feedback;

import id.merit.infra.test.TopicReader;
import id.merit.infra.test.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static id.merit.feedback.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ProjectionTests {

    @Test
    void anEmployeeUpsertIsProjectedWithUnitAndSupervisor() {
        UUID unit = UUID.randomUUID();
        String boss = nip();
        String nip = nip();
        TopicWriter.send(EMPLOYEES, nip, "id.merit.employee.upserted.v1", employeeJson(nip, "Siti Rahma", unit, boss, "ACTIVE", 3));
        awaitEmployeeVersion(nip, 3);

        EmployeeView v = inTx(() -> EmployeeView.findById(nip));
        assertEquals("Siti Rahma, S.Pd.", v.displayName);
        assertEquals(unit, v.unitId);
        assertEquals(boss, v.supervisorNip);
        assertEquals("ACTIVE", v.status);
    }

    @Test
    void aRedeliveredEventIsAppliedOnceAndAnOlderVersionIsIgnored() {
        String nip = nip();
        String eventId = UUID.randomUUID().toString();
        TopicWriter.send(EMPLOYEES, nip, "id.merit.employee.upserted.v1", eventId, employeeJson(nip, "Versi Lima", null, null, "ACTIVE", 5));
        awaitEmployeeVersion(nip, 5);
        // the same ce_id again (with a different body, to see it is not applied) and then an older version
        TopicWriter.send(EMPLOYEES, nip, "id.merit.employee.upserted.v1", eventId, employeeJson(nip, "Diulang", null, null, "ACTIVE", 9));
        TopicWriter.send(EMPLOYEES, nip, "id.merit.employee.upserted.v1", employeeJson(nip, "Versi Empat", null, null, "ACTIVE", 4));
        // a later marker event on the same partition (same key) proves both were consumed before it
        TopicWriter.send(EMPLOYEES, nip, "id.merit.employee.upserted.v1", employeeJson(nip, "Versi Lima", null, null, "LEAVE", 6));
        awaitEmployeeVersion(nip, 6);

        EmployeeView v = inTx(() -> EmployeeView.findById(nip));
        assertEquals("Versi Lima, S.Pd.", v.displayName);
        assertEquals("LEAVE", v.status);
    }

    @Test
    void aDeactivationMarksTheEmployeeInactive() {
        String nip = employee(nip(), "Pensiunan", null, null);
        TopicWriter.send(EMPLOYEES, nip, "id.merit.employee.deactivated.v1", """
                {"nip":"%s","status":"RETIRED","version":2}""".formatted(nip));
        awaitEmployeeVersion(nip, 2);
        assertEquals("RETIRED", inTx(() -> EmployeeView.<EmployeeView>findById(nip).status));
    }

    @Test
    void unitsAreProjectedVersionSafely() {
        UUID id = UUID.randomUUID();
        TopicWriter.send(ORG, id.toString(), "id.merit.unit.upserted.v1", unitJson(id, "Dinas Kependudukan", 2));
        TopicWriter.send(ORG, id.toString(), "id.merit.unit.upserted.v1", unitJson(id, "Nama Lama", 1));
        TopicWriter.send(ORG, id.toString(), "id.merit.unit.upserted.v1", unitJson(id, "Dinas Kependudukan dan Pencatatan Sipil", 3));
        await(Duration.ofSeconds(30), () -> inTx(() -> {
            UnitView u = UnitView.findById(id);
            return u != null && u.version == 3;
        }));
        assertEquals("Dinas Kependudukan dan Pencatatan Sipil", inTx(() -> UnitView.<UnitView>findById(id).name));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheChannelKeepsConsuming() {
        String key = "poison-" + UUID.randomUUID();
        TopicWriter.sendRaw(EMPLOYEES, key, "this is not a CloudEvent");
        TopicReader.await(EMPLOYEES + ".dlq", r -> key.equals(r.key()), Duration.ofSeconds(30));

        String nip = employee(nip(), "Setelah Racun", null, null);
        assertEquals("ACTIVE", inTx(() -> EmployeeView.<EmployeeView>findById(nip).status));
    }
}
