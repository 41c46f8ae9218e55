package id.merit.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import id.merit.feedback.domain.RaterGroup;
import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static id.merit.feedback.Fixtures.*;
import static id.merit.feedback.PeerRoundTests.admin;
import static id.merit.feedback.PeerRoundTests.asEmployee;
import static id.merit.feedback.PeerRoundTests.read;
import static id.merit.feedback.PublicFeedbackTests.ALL_FOURS;
import static id.merit.feedback.PublicFeedbackTests.citizen;
import static id.merit.feedback.PublicFeedbackTests.submission;
import static id.merit.feedback.TestClock.YEAR;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The public as three rater groups (DESIGN §3): CITIZEN rates a unit's service (SKM, the unit's IKM), STUDENT and
 * PARENT rate a teacher on the behaviours that apply. The issuer fixes the group on the token; each group passes its
 * own k (test profile: PARENT k = 4, the others 3) and is never pooled with another.
 */
@QuarkusTest
class PublicRaterGroupTests {
    static final String BEHAVIOUR = "{\"BERORIENTASI_PELAYANAN\":4,\"KOMPETEN\":3}";

    @Inject
    Days days;
    @Inject
    TestClock clock;

    UUID school;
    String staff;
    String teacher;

    @BeforeEach
    void school() {
        clock.toMidYear();
        school = unit("SD Negeri " + UUID.randomUUID().toString().substring(0, 6));
        staff = employee(nip(), "Tata Usaha", school, null);
        teacher = employee(nip(), "Guru Sinta", school, staff);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    String channel(UUID unitId, String employeeNip, String kind) {
        return admin().contentType(ContentType.JSON).body("""
                        {"unitId":"%s","employeeNip":%s,"name":"Kelas 5A","kind":"%s"}"""
                        .formatted(unitId, employeeNip == null ? "null" : "\"" + employeeNip + "\"", kind))
                .post("/api/v1/feedback/channels").then().statusCode(201).extract().path("id");
    }

    Response issue(String channel, String body) {
        return asEmployee(staff).contentType(ContentType.JSON).body(body).post("/api/v1/feedback/channels/" + channel + "/tokens");
    }

    String token(String channel, String group) {
        return issue(channel, "{\"serviceType\":\"Pembelajaran di kelas\",\"group\":\"%s\"}".formatted(group))
                .then().statusCode(201).body("group", is(group)).extract().path("code");
    }

    Response submit(String code, String body) {
        return citizen().contentType(ContentType.JSON).body(body).post("/api/v1/public/visits/" + code + "/responses");
    }

    static String behaviourOnly(String behaviour, String comment) {
        return "{\"behaviour\":%s,\"comment\":%s}".formatted(behaviour,
                comment == null ? "null" : PeerRoundTests.JSON.valueToTree(comment).toString());
    }

    ValidatableResponse publicRating() {
        return asEmployee(teacher).get("/api/v1/feedback/employees/" + teacher + "/public?year=" + YEAR).then().statusCode(200);
    }

    static String entry(String group) {
        return "groups.find { it.group == '" + group + "' }";
    }

    @Test
    void theIssuerNamesTheGroupAndTheTokenKeepsIt() {
        String channel = channel(school, teacher, "SCHOOL");
        // no group: a citizen's visit, as before
        String plain = issue(channel, "{\"serviceType\":\"Legalisir ijazah\"}").then().statusCode(201)
                .body("group", is("CITIZEN")).body("employeeNip", is(teacher)).extract().path("code");
        citizen().get("/api/v1/public/visits/" + plain).then().statusCode(200).body("group", is("CITIZEN"));
        for (String g : List.of("CITIZEN", "STUDENT", "PARENT")) {
            String code = token(channel, g);
            citizen().get("/api/v1/public/visits/" + code).then().statusCode(200).body("group", is(g)).body("state", is("OPEN"));
            assertEquals(RaterGroup.valueOf(g), inTx(() -> VisitToken.<VisitToken>findById(code.substring(0, 8)).group));
        }
        // peers and the like are invited to a round; an unknown group is not a group at all
        issue(channel, "{\"serviceType\":\"x\",\"group\":\"PEER\"}").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("body.group"));
        issue(channel, "{\"serviceType\":\"x\",\"group\":\"PUBLIC\"}").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aStudentOrParentTokenMustNameAnEmployee() {
        String wholeSchool = channel(school, null, "SCHOOL");
        for (String g : List.of("STUDENT", "PARENT")) {
            issue(wholeSchool, "{\"serviceType\":\"Pembelajaran\",\"group\":\"%s\"}".formatted(g)).then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", is("body.employeeNip"));
        }
        // a citizen may rate the school's service without naming anyone
        issue(wholeSchool, "{\"serviceType\":\"Pendaftaran murid baru\"}").then().statusCode(201).body("employeeNip", nullValue());
        // on a whole-school channel the school names the teacher per token: one of its own active staff
        String code = issue(wholeSchool, "{\"serviceType\":\"Pembelajaran\",\"group\":\"STUDENT\",\"employeeNip\":\"%s\"}".formatted(teacher))
                .then().statusCode(201).body("employeeNip", is(teacher)).extract().path("code");
        assertEquals(teacher, inTx(() -> VisitToken.<VisitToken>findById(code.substring(0, 8)).employeeNip));
        String elsewhere = employee(nip(), "Guru Sekolah Lain", unit("SD Negeri Lain " + UUID.randomUUID().toString().substring(0, 6)), null);
        issue(wholeSchool, "{\"serviceType\":\"Pembelajaran\",\"group\":\"PARENT\",\"employeeNip\":\"%s\"}".formatted(elsewhere))
                .then().statusCode(422).body("errors[0].field", is("body.employeeNip"));
        // a channel about one teacher issues tokens about that teacher only
        issue(channel(school, teacher, "SCHOOL"), "{\"serviceType\":\"Pembelajaran\",\"group\":\"STUDENT\",\"employeeNip\":\"%s\"}"
                .formatted(staff)).then().statusCode(422).body("errors[0].field", is("body.employeeNip"));
        assertEquals(1L, (long) inTx(() -> VisitToken.count("channelId = ?1 and group != ?2", UUID.fromString(wholeSchool),
                RaterGroup.CITIZEN)), "only the STUDENT token about the school's own teacher was issued");
    }

    @Test
    void aStudentAnswersTheBehavioursOnlyAndACitizenTheNineElements() {
        String channel = channel(school, teacher, "SCHOOL");
        String student = token(channel, "STUDENT");
        submit(student, submission(ALL_FOURS, BEHAVIOUR, null)).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("body.elements"));
        submit(student, behaviourOnly("null", "Bu guru baik")).then().statusCode(422).body("errors[0].field", is("body.behaviour"));
        citizen().get("/api/v1/public/visits/" + student).then().body("state", is("OPEN"));
        assertEquals(0L, (long) inTx(() -> ModerationItem.count("text", "Bu guru baik")), "a refused answer writes nothing");

        submit(student, behaviourOnly(BEHAVIOUR, null)).then().statusCode(201);
        PublicResponse stored = inTx(() -> PublicResponse.<PublicResponse>find("channelId", UUID.fromString(channel)).singleResult());
        assertEquals(RaterGroup.STUDENT, stored.group);
        assertTrue(stored.elements().isEmpty());
        assertEquals(4, stored.behaviour().get(id.merit.feedback.domain.BerAkhlak.BERORIENTASI_PELAYANAN));

        String citizen = token(channel, "CITIZEN");
        submit(citizen, behaviourOnly(BEHAVIOUR, null)).then().statusCode(422).body("errors[0].field", is("body.elements"));
        submit(citizen, submission(ALL_FOURS, BEHAVIOUR, null)).then().statusCode(201);
    }

    @Test
    void studentAndParentResponsesLeaveTheUnitsIkmAlone() {
        String channel = channel(school, teacher, "SCHOOL");
        String ikm = "/api/v1/feedback/units/" + school + "/ikm?year=" + YEAR;
        for (String g : List.of("STUDENT", "STUDENT", "STUDENT", "PARENT", "PARENT", "PARENT", "PARENT")) {
            submit(token(channel, g), behaviourOnly(BEHAVIOUR, null)).then().statusCode(201);
        }
        days.next();
        // seven answers, none a citizen's: the unit has no IKM yet
        admin().get(ikm).then().statusCode(200).body("shown", is(false)).body("threshold", is(3)).body("respondents", nullValue());
        int[][] citizens = {{4, 4, 4, 4, 4, 4, 4, 4, 4}, {3, 3, 3, 3, 3, 3, 3, 3, 3}, {3, 3, 3, 3, 3, 3, 3, 3, 3}};
        for (int[] c : citizens) {
            submit(token(channel, "CITIZEN"), submission(c, null, null)).then().statusCode(201);
        }
        days.next();
        // NRR 10/3 = 3.33 for each element; IKM = 10/3 × 25 = 83.33 → B, from the three citizens alone
        admin().get(ikm).then().statusCode(200).body("shown", is(true)).body("respondents", is(3)).body("ikm", is(83.33f))
                .body("grade", is("B"));
        submit(token(channel, "STUDENT"), behaviourOnly("{\"KOMPETEN\":1}", null)).then().statusCode(201);
        days.next();
        admin().get(ikm).then().statusCode(200).body("respondents", is(3)).body("ikm", is(83.33f));
        // the teacher's public satisfaction is the citizens' too
        publicRating().body(entry("CITIZEN") + ".ikm", is(83.33f)).body(entry("STUDENT") + ".ikm", nullValue())
                .body(entry("STUDENT") + ".responses", is(4));
    }

    @Test
    void studentsAndParentsAreGatedEachAgainstTheirOwnKNeverPooled() {
        String channel = channel(school, teacher, "SCHOOL");
        String studentSays = "Bu Sinta sabar menjelaskan " + UUID.randomUUID().toString().substring(0, 6);
        String parentSays = "Laporan belajar anak jelas " + UUID.randomUUID().toString().substring(0, 6);
        submit(token(channel, "STUDENT"), behaviourOnly(BEHAVIOUR, studentSays)).then().statusCode(201);
        submit(token(channel, "STUDENT"), behaviourOnly("{\"BERORIENTASI_PELAYANAN\":2,\"KOMPETEN\":3}", null)).then().statusCode(201);
        submit(token(channel, "PARENT"), behaviourOnly(BEHAVIOUR, parentSays)).then().statusCode(201);
        submit(token(channel, "PARENT"), behaviourOnly(BEHAVIOUR, null)).then().statusCode(201);
        approve(studentSays);
        approve(parentSays);
        days.next();

        // 2 students + 2 parents: four responses, but no group has k of its own, so nothing (not even an approved
        // comment) leaves the service
        publicRating()
                .body(entry("STUDENT") + ".shown", is(false)).body(entry("STUDENT") + ".threshold", is(3))
                .body(entry("STUDENT") + ".responses", nullValue()).body(entry("STUDENT") + ".behaviour", nullValue())
                .body(entry("STUDENT") + ".comments", empty())
                .body(entry("PARENT") + ".shown", is(false)).body(entry("PARENT") + ".threshold", is(4))
                .body(entry("PARENT") + ".comments", empty());
        String summary = "/api/v1/feedback/employees/" + teacher + "/summary?year=" + YEAR;
        asEmployee(teacher).get(summary).then().statusCode(200).body("groups", empty()).body("publicSatisfaction", nullValue());

        // a third student: STUDENT passes its k = 3; PARENT (2 of its k = 4) stays hidden
        submit(token(channel, "STUDENT"), behaviourOnly("{\"BERORIENTASI_PELAYANAN\":3}", null)).then().statusCode(201);
        days.next();
        // BERORIENTASI_PELAYANAN (4 + 2 + 3) / 3 = 3.00; KOMPETEN rated by two: (3 + 3) / 2 = 3.00; LOYAL by nobody
        publicRating()
                .body(entry("STUDENT") + ".shown", is(true)).body(entry("STUDENT") + ".responses", is(3))
                .body(entry("STUDENT") + ".behaviour.BERORIENTASI_PELAYANAN", is(3.0f)).body(entry("STUDENT") + ".behaviour.LOYAL", nullValue())
                .body(entry("STUDENT") + ".comments", contains(studentSays)).body(entry("STUDENT") + ".ikm", nullValue())
                .body(entry("PARENT") + ".shown", is(false)).body(entry("PARENT") + ".comments", empty())
                .body(entry("CITIZEN") + ".shown", is(false));
        asEmployee(teacher).get(summary).then().statusCode(200).body("groups.group", contains("STUDENT"))
                .body("publicSatisfaction", nullValue());

        JsonNode event = summaryEvent("\"STUDENT\"");
        assertEquals(List.of("STUDENT"), PeerRoundTests.groups(event.get("groups")));
        assertEquals(3, PeerRoundTests.group(event.get("groups"), "STUDENT").get("responses").asInt());
        assertTrue(event.get("publicSatisfaction").isNull());
        // Nothing was published while every group was below k, and no comment ever travels in the event.
        for (ConsumerRecord<String, String> any : TopicReader.readToEnd(id.merit.infra.test.MeritInfraResource.infra().kafka.bootstrapServers(),
                "merit.feedback.v1", rec -> teacher.equals(rec.key()))) {
            assertTrue(any.value().contains("\"STUDENT\"") && !any.value().contains("PARENT") && !any.value().contains("PUBLIC"),
                    any.value());
            assertFalse(any.value().contains(studentSays), any.value());
        }
    }

    @Test
    void aGroupsOwnKIsHonouredAndTheEventCarriesTheGroupsApart() {
        // test profile: k.PARENT = 4
        String channel = channel(school, teacher, "SCHOOL");
        for (int i = 0; i < 3; i++) {
            submit(token(channel, "PARENT"), behaviourOnly("{\"HARMONIS\":4}", null)).then().statusCode(201);
            submit(token(channel, "CITIZEN"), submission(ALL_FOURS, i == 0 ? "{\"HARMONIS\":2}" : null, null)).then().statusCode(201);
        }
        days.next();
        // three of each: CITIZEN (k 3) shows with its IKM; PARENT (k 4) does not
        publicRating().body(entry("PARENT") + ".shown", is(false)).body(entry("PARENT") + ".threshold", is(4))
                .body(entry("CITIZEN") + ".shown", is(true)).body(entry("CITIZEN") + ".responses", is(3))
                .body(entry("CITIZEN") + ".ikm", is(100.0f)).body(entry("CITIZEN") + ".grade", is("A"))
                // one citizen rated behaviour: too few to show means, though the group shows
                .body(entry("CITIZEN") + ".behaviour", nullValue());

        submit(token(channel, "PARENT"), behaviourOnly("{\"HARMONIS\":3}", null)).then().statusCode(201);
        days.next();
        // HARMONIS (4 + 4 + 4 + 3) / 4 = 3.75
        publicRating().body(entry("PARENT") + ".shown", is(true)).body(entry("PARENT") + ".responses", is(4))
                .body(entry("PARENT") + ".behaviour.HARMONIS", is(3.75f));

        JsonNode event = summaryEvent("\"PARENT\"");
        // one citizen rated behaviour (below k): CITIZEN is no behaviour group, but its IKM is there from three citizens
        assertEquals(List.of("PARENT"), PeerRoundTests.groups(event.get("groups")));
        assertEquals(4, PeerRoundTests.group(event.get("groups"), "PARENT").get("responses").asInt());
        assertEquals(3.75, PeerRoundTests.group(event.get("groups"), "PARENT").get("means").get("HARMONIS").asDouble());
        assertEquals(3, event.get("publicSatisfaction").get("responses").asInt());
        assertEquals(100.0, event.get("publicSatisfaction").get("ikm").asDouble());

        // two more citizens who rate behaviour: CITIZEN joins as a group of its own beside PARENT
        for (int i = 0; i < 2; i++) {
            submit(token(channel, "CITIZEN"), submission(ALL_FOURS, "{\"HARMONIS\":4}", null)).then().statusCode(201);
        }
        days.next();
        JsonNode e2 = summaryEvent("\"CITIZEN\"");
        assertEquals(List.of("CITIZEN", "PARENT"), PeerRoundTests.groups(e2.get("groups")));
        assertEquals(3, PeerRoundTests.group(e2.get("groups"), "CITIZEN").get("responses").asInt());
        assertEquals(5, e2.get("publicSatisfaction").get("responses").asInt(), "IKM from the five citizens, not the parents");
    }

    @Test
    void theCitizenPageAsksAStudentOnlyAboutTheTeacher() {
        String channel = channel(school, teacher, "SCHOOL");
        String code = token(channel, "STUDENT");
        String page = citizen().get("/f/" + code).then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertFalse(page.contains("name=\"e_"), "no SKM element is asked of a student");
        assertFalse(page.contains("Biaya/tarif"));
        assertTrue(page.contains("name=\"b_KOMPETEN\""), page);
        assertTrue(page.contains("Guru Sinta, S.Pd."));

        // nothing rated: the form comes back asking for at least one, and the code stays open
        citizen().contentType(ContentType.URLENC).formParam("comment", "").post("/f/" + code).then().statusCode(400)
                .body(containsString("sedikitnya satu"));
        citizen().get("/api/v1/public/visits/" + code).then().body("state", is("OPEN"));
        citizen().contentType(ContentType.URLENC).formParam("b_KOMPETEN", "4").formParam("e_BIAYA_TARIF", "1").formParam("comment", "")
                .post("/f/" + code).then().statusCode(200).body(containsString("Terima kasih"));
        PublicResponse stored = inTx(() -> PublicResponse.<PublicResponse>find("channelId", UUID.fromString(channel)).singleResult());
        assertEquals(RaterGroup.STUDENT, stored.group);
        assertTrue(stored.elements().isEmpty(), "a stray element field of the form is not what a student answers");

        // a citizen's page still asks the nine elements
        String citizenPage = citizen().get("/f/" + token(channel, "CITIZEN")).then().statusCode(200).extract().asString();
        assertTrue(citizenPage.contains("name=\"e_BIAYA_TARIF\"") && citizenPage.contains("name=\"b_KOMPETEN\""));
    }

    /** The first feedback.summary about the teacher that contains {@code text}, checked against the published schema. */
    JsonNode summaryEvent(String text) {
        ConsumerRecord<String, String> r = TopicReader.await("merit.feedback.v1",
                rec -> teacher.equals(rec.key()) && rec.value().contains(text), Duration.ofSeconds(30));
        EventSchemas.assertValid("events/feedback.summary.schema.json", r.value());
        return read(r.value());
    }

    static void approve(String text) {
        ModerationItem m = inTx(() -> ModerationItem.<ModerationItem>find("text", text).singleResult());
        admin().header("If-Match", "\"" + m.version + "\"").post("/api/v1/feedback/moderation/" + m.id + "/approve")
                .then().statusCode(200).body("status", is("APPROVED"));
    }
}
