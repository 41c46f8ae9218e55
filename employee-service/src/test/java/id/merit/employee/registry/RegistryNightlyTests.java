package id.merit.employee.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import id.merit.employee.OrgUnit;
import id.merit.employee.RegistryJob;
import id.merit.employee.service.RegistryNightly;
import id.merit.infra.test.FakeRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static id.merit.employee.registry.RegistryHistoryTests.skp;
import static id.merit.employee.registry.RegistryTests.awaitJob;
import static id.merit.employee.registry.RegistryTrainingTests.registered;
import static id.merit.employee.registry.RegistryTrainingTests.rows;
import static id.merit.employee.registry.RegistryTrainingTests.sync;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The nightly registry sync: the unit tree and everyone in service, one job per night across instances. */
@QuarkusTest
@TestSecurity(user = "hr.admin", roles = "hr-admin")
class RegistryNightlyTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    final FakeRegistry registry = FakeRegistryResource.registry();

    @Inject
    RegistryNightly nightly;

    @AfterEach
    void calm() {
        registry.reset();
    }

    @Test
    void eachNightSyncsTheUnitTreeAndEveryoneInServiceOnce() {
        String nip = registered("Yohana Elisabeth");
        sync(nip, "CREATED");
        // What changed in the registry since: a result for last year, and a new unit.
        registry.skp22(nip, rows(skp("skp-n1", LocalDate.now().getYear() - 1, "2")));
        String unor = "N" + UUID.randomUUID().toString().substring(0, 8);
        ArrayNode unors = JSON.createArrayNode();
        unors.add(JSON.createObjectNode().put("Id", unor).putNull("DiatasanId").put("NamaUnor", "Dinas Nightly").put("NamaJabatan", "Kepala Dinas"));
        registry.unors(unors);
        // A night of its own: the database outlives a test run, a night is claimed once for good.
        LocalDate night = LocalDate.of(1990, 1, 1).plusDays(Math.floorMod(System.nanoTime(), 20_000));

        Optional<RegistryJob> job = nightly.run(night);
        assertTrue(job.isPresent(), "the first run of a night starts the job");
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> OrgUnit.count("code", "UNOR-" + unor)), "the unit tree first");
        JsonPath done = awaitJob("/api/v1/registry/jobs/" + job.get().id);
        assertEquals("DONE", done.getString("state"));
        assertEquals(RegistryNightly.WHO, done.getString("createdBy"));
        given().get("/api/v1/employees/" + nip).then().statusCode(200)
                .body("registryAppraisals[0].predikat", is("BAIK"));
        given().get("/api/v1/registry/jobs?size=5").then().statusCode(200)
                .body("items.find { it.id == '" + job.get().id + "' }.createdBy", is(RegistryNightly.WHO))
                .body("items[0].rejections", org.hamcrest.Matchers.nullValue());

        // Another instance's scheduler fires for the same night: nothing more.
        long jobs = given().get("/api/v1/registry/jobs").then().extract().jsonPath().getLong("totalItems");
        assertTrue(nightly.run(night).isEmpty(), "a night runs once");
        given().get("/api/v1/registry/jobs").then().body("totalItems", is((int) jobs));
    }
}
