package id.merit.employee.sql;

import id.merit.employee.Seed;
import id.merit.employee.domain.PositionType;
import id.merit.employee.domain.TrainingType;
import id.merit.employee.service.TrainingData;
import id.merit.employee.service.TrainingService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins how many SQL statements a read costs (counted by {@link SqlCounter}), so an N+1 — a query per history row,
 * training, unit of the path or step of the supervision chain — fails here. A snapshot read is: the employee with
 * its position, the unit chain (path, heads and their holders), the position history, the trainings.
 */
@QuarkusTest
class ReadStatementTests {
    static final int SNAPSHOT_READ = 4;
    /** Page and count. */
    static final int LIST_PAGE = 2;
    /** Page and count, and the sub-tree of the unit filter. */
    static final int LIST_PAGE_OF_SUBTREE = 3;

    /** Head of the bidang; fixed so a token can carry it. */
    static final String CHIEF = "197909222004061001";
    static UUID dinas;
    static String lead;
    static String staff;
    static String newcomer;
    static String dinasStaff;

    @Inject
    Seed seed;
    @Inject
    TrainingService trainings;

    /** Dinas (head vacant) → bidang (head: CHIEF) → seksi (head: lead); staff with two moves and three trainings. */
    private void scene() {
        if (staff != null) {
            return;
        }
        dinas = seed.unit("Dinas Kesehatan", null);
        UUID bidang = seed.unit("Bidang Pelayanan", dinas);
        UUID seksi = seed.unit("Seksi Rujukan", bidang);
        UUID dinasHead = seed.position(dinas, PositionType.JPT_PRATAMA, 1);
        UUID bidangHead = seed.position(bidang, PositionType.ADMINISTRATOR, 1);
        UUID seksiHead = seed.position(seksi, PositionType.PENGAWAS, 1);
        UUID bidangStaff = seed.position(bidang, PositionType.PELAKSANA, 5);
        UUID seksiStaff = seed.position(seksi, PositionType.PELAKSANA, 5);
        UUID dinasStaffPosition = seed.position(dinas, PositionType.PELAKSANA, 5);
        seed.head(dinas, dinasHead);
        seed.head(bidang, bidangHead);
        seed.head(seksi, seksiHead);
        LocalDate tmt = LocalDate.of(2020, 1, 2);
        seed.place(seed.employee(CHIEF, "Kepala Bidang"), bidangHead, tmt);
        lead = seed.employee("Kepala Seksi");
        seed.place(lead, seksiHead, tmt);
        String x = seed.employee("Pelaksana Lama");
        seed.place(x, bidangStaff, tmt);
        seed.place(x, seksiStaff, LocalDate.of(2023, 1, 2));
        for (int i = 1; i <= 3; i++) {
            trainings.create(x, new TrainingData("Diklat " + i, TrainingType.DIKLAT, null, LocalDate.of(2024, i, 3),
                    LocalDate.of(2024, i, 5), 8 * i, List.of("INTEGRITAS"), null));
        }
        newcomer = seed.employee("Pelaksana Baru");
        seed.place(newcomer, seksiStaff, LocalDate.of(2025, 1, 2));
        dinasStaff = seed.employee("Pelaksana Dinas");
        seed.place(dinasStaff, dinasStaffPosition, tmt);
        staff = x;
    }

    private static Response get(String path) {
        Response r = given().get(path);
        r.then().statusCode(200);
        return r;
    }

    private static void assertStatements(int expected, Response r, String what) {
        assertEquals(expected, Integer.parseInt(r.header(SqlCounter.COUNT)), what + " ran: " + r.header(SqlCounter.STATEMENTS));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void aSnapshotReadCostsTheSameStatementsWhateverTheHistoryTrainingsOrDepthOfTheUnit() {
        scene();
        Response r = get("/api/v1/employees/" + staff);
        assertStatements(SNAPSHOT_READ, r, "staff three units down with two history rows and three trainings");
        assertEquals(List.of("Dinas Kesehatan", "Bidang Pelayanan", "Seksi Rujukan"), r.jsonPath().getList("unit.path.name"));
        assertEquals(lead, r.jsonPath().getString("supervisorNip"));
        assertEquals(List.of("2023-01-02", "2020-01-02"), r.jsonPath().getList("positionHistory.tmt"));
        assertEquals(List.of("Diklat 1", "Diklat 2", "Diklat 3"), r.jsonPath().getList("trainings.title"));

        assertStatements(SNAPSHOT_READ, get("/api/v1/employees/" + newcomer), "staff without trainings");
        assertStatements(SNAPSHOT_READ, get("/api/v1/employees/" + lead), "a unit head");
        Response chief = get("/api/v1/employees/" + CHIEF);
        assertStatements(SNAPSHOT_READ, chief, "a head whose head above is vacant");
        assertEquals(null, chief.jsonPath().getString("supervisorNip"));
        assertStatements(SNAPSHOT_READ, get("/api/v1/employees/" + dinasStaff), "staff of the root unit");
    }

    @Test
    @TestSecurity(user = "kabid", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = CHIEF))
    void aSupervisorsReadTwoLevelsDownCostsNoMoreThanAnAuditorsRead() {
        scene();
        Response r = get("/api/v1/employees/" + staff);
        assertStatements(SNAPSHOT_READ, r, "the supervision chain up to the reader and the snapshot");
        assertEquals(lead, r.jsonPath().getString("supervisorNip"));
        given().get("/api/v1/employees/" + dinasStaff).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void aListPageCostsTheSameStatementsWhateverItsSize() {
        scene();
        Response small = get("/api/v1/employees?unitId=" + dinas + "&size=2");
        assertStatements(LIST_PAGE_OF_SUBTREE, small, "a page of 2 of a sub-tree");
        assertEquals(2, small.jsonPath().getList("items").size());
        Response large = get("/api/v1/employees?unitId=" + dinas + "&size=50");
        assertStatements(LIST_PAGE_OF_SUBTREE, large, "a page of 50 of a sub-tree");
        assertEquals(5, large.jsonPath().getList("items").size());
        assertStatements(LIST_PAGE, get("/api/v1/employees?name=pelaksana&size=50"), "a page by name");
    }
}
