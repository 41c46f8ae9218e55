package id.merit.employee;

import id.merit.employee.domain.PositionType;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

/**
 * GET /employees/{nip}/reports: whom a head supervises directly — their unit's people, the heads of child units, and
 * the people below a child unit whose head is vacant — the same people whose supervisorNip names them; nobody for
 * staff; people out of active service left out. (Who may read it: SecurityTests.)
 */
@QuarkusTest
@TestSecurity(user = "hr.admin", roles = "hr-admin")
class ReportsTests {
    @Inject
    Seed seed;

    @Test
    void aHeadsReportsAreThePeopleTheirSupervisionReaches() {
        UUID dinas = seed.unit("Dinas Perhubungan", null);
        UUID bidang = seed.unit("Bidang Lalu Lintas", dinas);
        UUID seksi = seed.unit("Seksi Rekayasa", bidang);
        UUID kadis = seed.position(dinas, PositionType.JPT_PRATAMA, 1);
        UUID dinasStaff = seed.position(dinas, PositionType.PELAKSANA, 5);
        UUID kabid = seed.position(bidang, PositionType.ADMINISTRATOR, 1);
        UUID bidangStaff = seed.position(bidang, PositionType.PELAKSANA, 5);
        UUID kasi = seed.position(seksi, PositionType.PENGAWAS, 1);
        UUID seksiStaff = seed.position(seksi, PositionType.PELAKSANA, 5);
        seed.head(dinas, kadis);
        seed.head(bidang, kabid); // left vacant: the bidang's people are supervised by the kepala dinas
        seed.head(seksi, kasi);
        LocalDate tmt = LocalDate.of(2024, 1, 2);
        String kepalaDinas = placed("Yusuf Kepala Dinas", kadis, tmt);
        String stafDinas = placed("Citra Staf Dinas", dinasStaff, tmt);
        String stafBidang = placed("Budi Staf Bidang", bidangStaff, tmt);
        String kepalaSeksi = placed("Dewi Kepala Seksi", kasi, tmt);
        String stafSeksi = placed("Eka Staf Seksi", seksiStaff, tmt);
        String pensiun = placed("Ahmad Pensiun", dinasStaff, tmt);
        retire(pensiun, "Ahmad Pensiun");

        // By name: Budi, Citra, Dewi; Ahmad retired; Eka is the kepala seksi's.
        given().get("/api/v1/employees/" + kepalaDinas + "/reports").then().statusCode(200)
                .body("items.nip", contains(stafBidang, stafDinas, kepalaSeksi)).body("totalItems", is(3));
        given().get("/api/v1/employees/" + kepalaDinas + "/reports?size=2&page=1").then().statusCode(200)
                .body("items.nip", contains(kepalaSeksi)).body("totalItems", is(3)).body("totalPages", is(2));
        given().get("/api/v1/employees/" + kepalaSeksi + "/reports").then().statusCode(200)
                .body("items.nip", contains(stafSeksi));
        for (String report : new String[]{stafBidang, stafDinas, kepalaSeksi}) {
            given().get("/api/v1/employees/" + report + "/supervisor").then().statusCode(200).body("nip", is(kepalaDinas));
        }
        given().get("/api/v1/employees/" + stafDinas + "/reports").then().statusCode(200).body("items", empty())
                .body("totalItems", is(0));

        // A kepala bidang placed: the bidang's people and the kepala seksi are theirs now.
        String kepalaBidang = placed("Fajar Kepala Bidang", kabid, tmt);
        given().get("/api/v1/employees/" + kepalaDinas + "/reports").then().statusCode(200)
                .body("items.nip", contains(stafDinas, kepalaBidang));
        given().get("/api/v1/employees/" + kepalaBidang + "/reports").then().statusCode(200)
                .body("items.nip", contains(stafBidang, kepalaSeksi));
    }

    @Test
    void anUnknownEmployeeIs404AndAMalformedNip400() {
        given().get("/api/v1/employees/199001012015011999/reports").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/employees/12345/reports").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/employees/199001012015011999/reports?size=100000").then().statusCode(400);
    }

    private String placed(String name, UUID position, LocalDate tmt) {
        String nip = seed.employee(name);
        seed.place(nip, position, tmt);
        return nip;
    }

    private void retire(String nip, String name) {
        String tag = given().get("/api/v1/employees/" + nip).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", tag)
                .body("{\"nip\":\"" + nip + "\",\"name\":\"" + name + "\",\"birthDate\":\"" + Seed.birthOf(nip)
                        + "\",\"sex\":\"FEMALE\",\"status\":\"RETIRED\"}")
                .put("/api/v1/employees/" + nip).then().statusCode(200).body("status", is("RETIRED"));
    }
}
