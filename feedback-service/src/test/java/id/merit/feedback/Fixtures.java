package id.merit.feedback;

import id.merit.infra.Wait;
import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Test data arriving the way production data does: as employee-service's events on the real broker. */
public final class Fixtures {
    public static final String EMPLOYEES = "merit.employees.v1";
    public static final String ORG = "merit.org.v1";
    private static final AtomicLong SERIAL = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000));

    private Fixtures() {
    }

    /** A fresh, well-formed 18-digit NIP (born 1986, CPNS 2015-05, male), unique in this JVM. */
    public static String nip() {
        long n = SERIAL.incrementAndGet();
        return String.format("1986%02d%02d2015051%03d", 1 + n / 1000 % 12, 1 + n / 12000 % 28, n % 1000);
    }

    public static String employeeJson(String nip, String name, UUID unitId, String supervisorNip, String status, long version) {
        String unit = unitId == null ? "null" : """
                {"id":"%s","code":"U-%s","name":"Dinas Uji","path":[{"id":"%s","code":"U-%s","name":"Dinas Uji"}]}"""
                .formatted(unitId, unitId.toString().substring(0, 8), unitId, unitId.toString().substring(0, 8));
        String json = """
                {"nip":"%s","employmentType":"PNS","name":"%s","frontTitle":null,"backTitle":"S.Pd.","displayName":"%s, S.Pd.",
                 "birthDate":"1986-09-26","sex":"MALE","status":"%s","golongan":null,"position":null,"unit":%s,
                 "supervisorNip":%s,"education":[],"competencies":[],"positionHistory":[],"trainings":[],"version":%d}"""
                .formatted(nip, name, name, status, unit, supervisorNip == null ? "null" : "\"" + supervisorNip + "\"", version);
        EventSchemas.assertValid("contract/employee/employee.upserted.schema.json", json);
        return json;
    }

    /** Publishes employee.upserted and waits until this service's projection holds that version. */
    public static String employee(String nip, String name, UUID unitId, String supervisorNip) {
        TopicWriter.send(EMPLOYEES, nip, "id.merit.employee.upserted.v1", employeeJson(nip, name, unitId, supervisorNip, "ACTIVE", 1));
        awaitEmployeeVersion(nip, 1);
        return nip;
    }

    public static String unitJson(UUID id, String name, long version) {
        String json = """
                {"id":"%s","code":"U-%s","name":"%s","parentId":null,"headPositionId":null,"version":%d}"""
                .formatted(id, id.toString().substring(0, 8), name, version);
        EventSchemas.assertValid("contract/employee/unit.upserted.schema.json", json);
        return json;
    }

    public static UUID unit(String name) {
        UUID id = UUID.randomUUID();
        TopicWriter.send(ORG, id.toString(), "id.merit.unit.upserted.v1", unitJson(id, name, 1));
        await(Duration.ofSeconds(30), () -> inTx(() -> UnitView.findById(id) != null));
        return id;
    }

    public static void awaitEmployeeVersion(String nip, long version) {
        await(Duration.ofSeconds(30), () -> inTx(() -> {
            EmployeeView v = EmployeeView.findById(nip);
            return v != null && v.version >= version;
        }));
    }

    public static <T> T inTx(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    public static void await(Duration timeout, Supplier<Boolean> condition) {
        Wait.until("a condition of the test", timeout, condition::get);
    }

    /**
     * The feedback.summary payloads written for this employee, oldest first: the outbox, in the transaction of the
     * change, so "nothing was published" holds the moment a request returns, without waiting for the relay.
     */
    @SuppressWarnings("unchecked")
    public static java.util.List<String> summariesPublished(String nip) {
        return inTx(() -> PublicResponse.getEntityManager().createNativeQuery(
                        "select payload from outbox_event where topic = 'merit.feedback.v1' and event_key = ?1 order by id")
                .setParameter(1, nip).getResultList());
    }
}
