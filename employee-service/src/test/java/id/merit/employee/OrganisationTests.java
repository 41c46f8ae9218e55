package id.merit.employee;

import id.merit.employee.domain.PositionType;
import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestSecurity(user = "hr.admin", roles = "hr-admin")
class OrganisationTests {
    @Inject
    Seed seed;

    private static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void movingAUnitUnderItsOwnDescendantIsRefused() {
        UUID dinas = seed.unit("Dinas Lingkungan Hidup", null);
        UUID bidang = seed.unit("Bidang Pengendalian", dinas);
        UUID seksi = seed.unit("Seksi Pemantauan", bidang);
        given().contentType(ContentType.JSON).header("If-Match", etag("/api/v1/units/" + dinas))
                .body("{\"name\":\"Dinas Lingkungan Hidup\",\"parentId\":\"" + seksi + "\"}")
                .put("/api/v1/units/" + dinas).then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", etag("/api/v1/units/" + bidang))
                .body("{\"name\":\"Bidang Pengendalian\",\"parentId\":\"" + bidang + "\"}")
                .put("/api/v1/units/" + bidang).then().statusCode(409);
        given().get("/api/v1/units/" + dinas).then().body("parentId", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void movingAUnitElsewhereWorksAndAStaleMoveIs412() {
        UUID a = seed.unit("Dinas A", null);
        UUID b = seed.unit("Dinas B", null);
        UUID bidang = seed.unit("Bidang", a);
        String tag = etag("/api/v1/units/" + bidang);
        given().contentType(ContentType.JSON).header("If-Match", tag).body("{\"name\":\"Bidang\",\"parentId\":\"" + b + "\"}")
                .put("/api/v1/units/" + bidang).then().statusCode(200).body("parentId", is(b.toString()));
        given().contentType(ContentType.JSON).header("If-Match", tag).body("{\"name\":\"Bidang\",\"parentId\":\"" + a + "\"}")
                .put("/api/v1/units/" + bidang).then().statusCode(412);
    }

    @Test
    void aPositionGetsTheDefaultCompetencyStandardOfItsTypeAndPublishesItsSnapshot() {
        UUID unit = seed.unit("BKPSDM", null);
        String code = Seed.unique("KABID");
        String id = given().contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"Kepala Bidang Mutasi\",\"type\":\"ADMINISTRATOR\",\"unitId\":\"" + unit + "\",\"seats\":1,"
                        + "\"competencyStandard\":[{\"code\":\"MANAJEMEN_ASN\",\"name\":\"Manajemen ASN\",\"requiredLevel\":4}],"
                        + "\"requirements\":{\"minEducationLevel\":\"S1\",\"acceptedFields\":[\"Administrasi Negara\"],\"minGolongan\":\"III/d\",\"minYearsExperience\":4}}")
                .post("/api/v1/positions")
                .then().statusCode(201)
                .body("competencyStandard", hasSize(10))
                .body("competencyStandard.findAll { it.kind == 'MANAGERIAL' }.requiredLevel", everyItem(is(3)))
                .body("competencyStandard.findAll { it.kind == 'MANAGERIAL' }", hasSize(8))
                .body("competencyStandard.find { it.code == 'PEREKAT_BANGSA' }.requiredLevel", is(3))
                .body("competencyStandard.find { it.code == 'MANAJEMEN_ASN' }.kind", is("TECHNICAL"))
                .extract().path("id");
        ConsumerRecord<String, String> r = TopicReader.await("merit.org.v1", rec -> id.equals(rec.key()), Duration.ofSeconds(30));
        EventSchemas.assertValid("events/position.upserted.schema.json", r.value());
        assertTrue(r.value().contains(code));
    }

    @Test
    void aFungsionalPositionNeedsItsLevel() {
        UUID unit = seed.unit("Dinas Kesehatan", null);
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"" + Seed.unique("F") + "\",\"name\":\"Dokter\",\"type\":\"FUNGSIONAL\",\"unitId\":\"" + unit + "\",\"seats\":3}")
                .post("/api/v1/positions").then().statusCode(400).body("errors[0].field", is("body.fungsionalLevel"));
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"" + Seed.unique("F") + "\",\"name\":\"Dokter Ahli Madya\",\"type\":\"FUNGSIONAL\",\"fungsionalLevel\":\"AHLI_MADYA\",\"unitId\":\"" + unit + "\",\"seats\":3}")
                .post("/api/v1/positions").then().statusCode(201)
                .body("competencyStandard.find { it.code == 'INTEGRITAS' }.requiredLevel", is(3));
    }

    @Test
    void theSupervisorOfStaffIsTheirUnitHeadAndOfAHeadTheHeadAbove() {
        UUID dinas = seed.unit("Dinas Pendidikan", null);
        UUID bidang = seed.unit("Bidang SD", dinas);
        UUID kadis = seed.position(dinas, PositionType.JPT_PRATAMA, 1);
        UUID kabid = seed.position(bidang, PositionType.ADMINISTRATOR, 1);
        UUID staff = seed.position(bidang, PositionType.PELAKSANA, 5);
        seed.head(dinas, kadis);
        seed.head(bidang, kabid);
        String kepalaDinas = seed.employee("Kepala Dinas");
        String kepalaBidang = seed.employee("Kepala Bidang");
        String pelaksana = seed.employee("Pelaksana");
        seed.place(kepalaDinas, kadis, LocalDate.of(2023, 1, 2));
        seed.place(kepalaBidang, kabid, LocalDate.of(2023, 1, 2));
        seed.place(pelaksana, staff, LocalDate.of(2023, 1, 2));

        given().get("/api/v1/employees/" + pelaksana + "/supervisor").then().statusCode(200).body("nip", is(kepalaBidang));
        given().get("/api/v1/employees/" + kepalaBidang + "/supervisor").then().statusCode(200).body("nip", is(kepalaDinas));
        given().get("/api/v1/employees/" + kepalaDinas + "/supervisor").then().statusCode(404);
        given().get("/api/v1/employees/" + pelaksana).then().body("supervisorNip", is(kepalaBidang))
                .body("unit.path.name", org.hamcrest.Matchers.contains("Dinas Pendidikan", "Bidang SD"));
        given().get("/api/v1/positions/" + kabid).then().body("head", is(true)).body("incumbentNips", hasItem(kepalaBidang));
        given().get("/api/v1/positions?unitId=" + bidang + "&type=PELAKSANA").then().statusCode(200).body("items.id", org.hamcrest.Matchers.contains(staff.toString()));
        given().get("/api/v1/positions?type=KEPALA").then().statusCode(400).body("errors[0].field", is("query.type"));
    }

    @Test
    void aFullPositionTakesNoOneElse() {
        UUID unit = seed.unit("Seksi", null);
        UUID one = seed.position(unit, PositionType.PENGAWAS, 1);
        String first = seed.employee("Pertama");
        String second = seed.employee("Kedua");
        seed.place(first, one, LocalDate.of(2024, 1, 2));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"positionId\":\"" + one + "\",\"tmt\":\"2024-02-01\"}")
                .put("/api/v1/employees/" + second + "/position").then().statusCode(409);
    }
}
