package id.merit.employee;

import id.merit.employee.domain.PositionType;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every write endpoint: malformed JSON, wrong types, unknown enum values, oversized strings, missing fields → 400 problem+json, nothing written. */
@QuarkusTest
@TestSecurity(user = "hr.admin", roles = "hr-admin")
class BadInputSweepTests {
    private static final String LONG = "x".repeat(201);

    @Inject
    Seed seed;
    @Inject
    EntityManager em;

    private List<Long> rows() {
        return Seed.read(() -> List.of("outbox_event", "org_unit", "position", "employee", "position_history", "registry_job", "idempotency_record")
                .stream().map(t -> ((Number) em.createNativeQuery("select count(*) from " + t).getSingleResult()).longValue()).toList());
    }

    private void sweep(String method, String path, String contentType, List<String> bodies) {
        for (String body : bodies) {
            List<Long> before = rows();
            given().contentType(contentType).header("If-Match", "\"0\"").header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                    .request(method, path)
                    .then().statusCode(400).contentType("application/problem+json");
            assertEquals(before, rows(), method + " " + path + " wrote something for " + body);
        }
    }

    private void sweep(String method, String path, List<String> bodies) {
        sweep(method, path, ContentType.JSON.toString(), bodies);
    }

    @Test
    void unitWrites() {
        UUID unit = seed.unit("Sweep", null);
        List<String> bodies = List.of("{\"code\":\"A\",", "{\"code\":\"A\",\"name\":{\"x\":1}}", "{\"code\":\"A\",\"name\":\"B\",\"parentId\":12}",
                "{\"code\":\"" + "C".repeat(51) + "\",\"name\":\"B\"}", "{\"code\":\"A\",\"name\":\"" + LONG + "\"}", "{\"code\":\"A\"}", "{}",
                "{\"code\":\"A\",\"name\":\"B\",\"admin\":true}");
        sweep("POST", "/api/v1/units", bodies);
        sweep("PUT", "/api/v1/units/" + unit, List.of("{\"name\":", "{\"name\":[1,2]}", "{\"name\":\"" + LONG + "\"}", "{}",
                "{\"name\":\"B\",\"parentId\":\"not-a-uuid\"}"));
    }

    @Test
    void positionWrites() {
        UUID unit = seed.unit("Sweep", null);
        UUID pos = seed.position(unit, PositionType.PELAKSANA, 1);
        String ok = "\"code\":\"" + Seed.unique("P") + "\",\"name\":\"Analis\",\"unitId\":\"" + unit + "\"";
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 41; i++) {
            many.append(i == 0 ? "" : ",").append("{\"code\":\"T").append(i).append("\",\"requiredLevel\":2}");
        }
        many.append(']');
        List<String> bodies = List.of("{" + ok + ",\"type\":\"PELAKSANA\",", "{" + ok + ",\"type\":\"PELAKSANA\",\"seats\":\"three\"}",
                "{" + ok + ",\"type\":\"JPT_SUPER\",\"seats\":1}", "{" + ok + ",\"type\":\"PELAKSANA\",\"seats\":1,\"name\":\"" + LONG + "\"}",
                "{" + ok + ",\"seats\":1}", "{" + ok + ",\"type\":\"PELAKSANA\",\"seats\":1,\"competencyStandard\":[{\"code\":\"INTEGRITAS\",\"requiredLevel\":9}]}",
                "{" + ok + ",\"type\":\"PELAKSANA\",\"seats\":1,\"competencyStandard\":" + many + "}",
                "{" + ok + ",\"type\":\"PELAKSANA\",\"seats\":1,\"requirements\":{\"minEducationLevel\":\"S9\"}}",
                "{" + ok + ",\"type\":\"PELAKSANA\",\"seats\":0}");
        sweep("POST", "/api/v1/positions", bodies);
        sweep("PUT", "/api/v1/positions/" + pos, bodies);
    }

    @Test
    void employeeWrites() {
        String nip = seed.employee("Sweep");
        String birth = Seed.birthOf(nip).toString();
        String ok = "\"nip\":\"" + nip + "\",\"name\":\"Sweep\"";
        List<String> bodies = List.of("{" + ok + ",\"birthDate\":", "{" + ok + ",\"birthDate\":\"yesterday\",\"sex\":\"FEMALE\"}",
                "{" + ok + ",\"birthDate\":\"" + birth + "\",\"sex\":\"X\"}", "{" + ok + ",\"birthDate\":\"" + birth + "\",\"sex\":\"FEMALE\",\"status\":\"GONE\"}",
                "{\"nip\":\"" + nip + "\",\"name\":\"" + LONG + "\",\"birthDate\":\"" + birth + "\",\"sex\":\"FEMALE\"}",
                "{" + ok + ",\"sex\":\"FEMALE\"}", "{" + ok + ",\"birthDate\":\"" + birth + "\",\"sex\":\"FEMALE\",\"education\":[{\"level\":\"S9\",\"year\":2000}]}",
                "{" + ok + ",\"birthDate\":\"" + birth + "\",\"sex\":\"FEMALE\",\"competencies\":[{\"code\":\"INTEGRITAS\",\"level\":\"tinggi\",\"assessedOn\":\"2025-01-01\"}]}",
                "{" + ok + ",\"birthDate\":\"" + birth + "\",\"sex\":\"FEMALE\",\"potentialScore\":101,\"potentialAssessedOn\":\"2025-01-01\"}",
                "{\"nip\":\"123\",\"name\":\"Sweep\",\"birthDate\":\"" + birth + "\",\"sex\":\"FEMALE\"}");
        sweep("POST", "/api/v1/employees", bodies);
        sweep("PUT", "/api/v1/employees/" + nip, bodies);
        UUID unit = seed.unit("Sweep", null);
        UUID pos = seed.position(unit, PositionType.PELAKSANA, 1);
        sweep("PUT", "/api/v1/employees/" + nip + "/position", List.of("{\"positionId\":", "{\"positionId\":\"" + pos + "\",\"tmt\":{\"year\":2026}}",
                "{\"positionId\":\"" + pos + "\",\"tmt\":\"2026-13-01\"}", "{\"tmt\":\"" + LocalDate.of(2026, 1, 2) + "\"}",
                "{\"positionId\":\"" + pos + "\",\"tmt\":\"2026-01-02\",\"decisionRef\":\"" + LONG + "\"}"));
    }

    @Test
    void registryWrites() {
        sweep("POST", "/api/v1/registry/jobs", List.of("{\"nips\":[", "{\"nips\":\"198609262015051001\"}", "{\"nips\":[]}",
                "{\"nips\":[\"123\"]}", "{}", "{\"nips\":[{\"nip\":1}]}"));
        sweep("POST", "/api/v1/registry/imports", List.of("[{\"nipBaru\":", "{\"nipBaru\":\"198609262015051001\"}", "[]"));
        sweep("POST", "/api/v1/registry/imports", "text/csv", List.of("", "nama,tglLahir\nBudi,26-09-1986\n", "nipBaru,nama\n\"unclosed,x\n"));
    }
}
