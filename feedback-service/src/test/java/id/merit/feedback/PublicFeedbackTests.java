package id.merit.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import id.merit.feedback.config.FeedbackConfig;
import id.merit.feedback.service.DailyRelease;
import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static id.merit.feedback.Fixtures.*;
import static id.merit.feedback.PeerRoundTests.admin;
import static id.merit.feedback.PeerRoundTests.asEmployee;
import static id.merit.feedback.PeerRoundTests.read;
import static id.merit.feedback.TestClock.YEAR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

@QuarkusTest
class PublicFeedbackTests {
    /** The CITIZEN entry of an employee's public rating (GPath). */
    static final String CITIZEN = "groups.find { it.group == 'CITIZEN' }";

    @Inject
    Days days;
    @Inject
    TestClock clock;
    @Inject
    DailyRelease release;
    @Inject
    FeedbackConfig config;

    UUID unit;
    String officer;
    String teacher;

    @BeforeEach
    void desk() {
        clock.toMidYear();
        unit = unit("Disdukcapil " + UUID.randomUUID().toString().substring(0, 6));
        officer = employee(nip(), "Petugas Loket", unit, null);
        teacher = employee(nip(), "Guru Ani", unit, officer);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    String channel(String employeeNip) {
        return admin().contentType(ContentType.JSON).body("""
                        {"unitId":"%s","employeeNip":%s,"name":"Loket KTP-el","kind":"SERVICE_DESK"}"""
                        .formatted(unit, employeeNip == null ? "null" : "\"" + employeeNip + "\""))
                .post("/api/v1/feedback/channels").then().statusCode(201).extract().path("id");
    }

    String token(String channel) {
        return asEmployee(officer).contentType(ContentType.JSON).body("{\"serviceType\":\"Perekaman KTP-el\"}")
                .post("/api/v1/feedback/channels/" + channel + "/tokens").then().statusCode(201)
                .body("url", startsWith("http://localhost:8080/f/"))
                .extract().path("code");
    }

    /** A citizen somewhere on the internet, reaching us through the gateway (127.0.0.1 in tests). */
    static RequestSpecification citizen() {
        return given().header("X-Forwarded-For", "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255));
    }

    static String submission(int[] e, String behaviour, String comment) {
        return """
                {"elements":{"PERSYARATAN":%d,"PROSEDUR":%d,"WAKTU_PENYELESAIAN":%d,"BIAYA_TARIF":%d,"PRODUK_LAYANAN":%d,
                "KOMPETENSI_PELAKSANA":%d,"PERILAKU_PELAKSANA":%d,"PENANGANAN_PENGADUAN":%d,"SARANA_PRASARANA":%d},
                "behaviour":%s,"comment":%s}""".formatted(e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8],
                behaviour == null ? "null" : behaviour, comment == null ? "null" : PeerRoundTests.JSON.valueToTree(comment).toString());
    }

    static final int[] ALL_FOURS = {4, 4, 4, 4, 4, 4, 4, 4, 4};

    Response submit(String code, String body) {
        return citizen().contentType(ContentType.JSON).body(body).post("/api/v1/public/visits/" + code + "/responses");
    }

    long responsesOf(String channel) {
        return inTx(() -> PublicResponse.count("channelId", UUID.fromString(channel)));
    }

    @Test
    void aVisitTokenIsGoodForExactlyOneSubmission() {
        String channel = channel(null);
        String code = token(channel);
        citizen().get("/api/v1/public/visits/" + code).then().statusCode(200).body("state", is("OPEN"))
                .body("channelName", is("Loket KTP-el")).body("serviceType", is("Perekaman KTP-el"));

        submit(code, submission(ALL_FOURS, null, null)).then().statusCode(201);
        submit(code, submission(ALL_FOURS, null, null)).then().statusCode(409).contentType("application/problem+json");

        citizen().get("/api/v1/public/visits/" + code).then().statusCode(200).body("state", is("USED"));
        assertEquals(1, responsesOf(channel));
    }

    @Test
    void anExpiredTokenIsRefusedAndNothingIsWritten() {
        String channel = channel(null);
        String code = token(channel);
        inTx(() -> VisitToken.update("expiresAt = ?1 where id = ?2", clock.now().minusMinutes(1), code.substring(0, 8)));

        submit(code, submission(ALL_FOURS, null, null)).then().statusCode(410).contentType("application/problem+json");
        citizen().get("/api/v1/public/visits/" + code).then().statusCode(200).body("state", is("EXPIRED"));
        assertEquals(0, responsesOf(channel));
    }

    @Test
    void aForgedCodeIsNotFound() {
        String channel = channel(null);
        String code = token(channel);
        String forged = code.substring(0, 15) + (code.charAt(15) == 'A' ? 'B' : 'A');
        citizen().get("/api/v1/public/visits/" + forged).then().statusCode(404).contentType("application/problem+json");
        submit(forged, submission(ALL_FOURS, null, null)).then().statusCode(404);
        assertEquals(0, responsesOf(channel));
    }

    @Test
    void tooManyRequestsFromOneAddressGet429WithRetryAfterWhateverTheFirstForwardedHopSays() {
        String code = token(channel(null));
        String client = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        // test profile: 40 per minute per address; the made-up first hop changes every time and must not matter.
        // Up to twice the limit: a loop that crosses a window boundary starts a new count, and still meets the limit.
        Response last = null;
        for (int i = 0; i <= 80; i++) {
            last = given().header("X-Forwarded-For", "10.9.8." + i + ", " + client).get("/api/v1/public/visits/" + code);
            if (last.statusCode() == 429) {
                break;
            }
        }
        assertEquals(429, last.statusCode());
        assertTrue(last.contentType().startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(last.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        citizen().get("/api/v1/public/visits/" + code).then().statusCode(200);
        // only keyed hashes are stored, never the address
        List<?> buckets = inTx(() -> PublicResponse.getEntityManager().createNativeQuery("select bucket from rate_counter").getResultList());
        assertTrue(buckets.stream().noneMatch(b -> b.toString().contains(client)));
    }

    @Test
    void aChannelForAnUnknownUnitOrAnInactiveEmployeeIsRefusedNamingTheField() {
        admin().contentType(ContentType.JSON).body("""
                        {"unitId":"%s","name":"Loket","kind":"SERVICE_DESK"}""".formatted(UUID.randomUUID()))
                .post("/api/v1/feedback/channels").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("body.unitId")).body("errors[0].message", containsString("not known"));
        admin().contentType(ContentType.JSON).body("""
                        {"unitId":"%s","employeeNip":"199001012020011777","name":"Loket","kind":"SERVICE_DESK"}""".formatted(unit))
                .post("/api/v1/feedback/channels").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("body.employeeNip"));
    }

    @Test
    void theDesksOfOneUnitShareTheUnitsBudget() {
        // test profile: 40 submissions a minute per channel, 60 per unit. Two desks taking turns would each stay under
        // 40 up to 80 together; the unit's limit stops them at 60. A run that crosses a minute starts new windows
        // midway, so it is repeated on a fresh unit.
        for (int attempt = 1; ; attempt++) {
            long minute = Instant.now().getEpochSecond() / 60;
            String[] desks = {channel(null), channel(null)};
            int accepted = 0;
            Response last = null;
            for (int i = 0; i < 100; i++) {
                String code = admin().contentType(ContentType.JSON).body("{\"serviceType\":\"Perekaman KTP-el\"}")
                        .post("/api/v1/feedback/channels/" + desks[i % 2] + "/tokens").then().statusCode(201).extract().path("code");
                last = submit(code, submission(ALL_FOURS, null, null));
                if (last.statusCode() != 201) {
                    break;
                }
                accepted++;
            }
            if (Instant.now().getEpochSecond() / 60 != minute && attempt < 3) {
                unit = unit("Disdukcapil " + UUID.randomUUID().toString().substring(0, 6));
                continue;
            }
            assertEquals(60, accepted);
            assertEquals(429, last.statusCode());
            assertTrue(last.asString().contains("unit"), last.asString());
            assertTrue(Long.parseLong(last.header("Retry-After")) >= 1);
            assertEquals(60, responsesOf(desks[0]) + responsesOf(desks[1]), "the refused one wrote nothing");
            return;
        }
    }

    @Test
    void behindTwoProxiesOfTheTrustedBlockEachCitizenHasTheirOwnLimit() {
        // test profile: trusted proxies 127.0.0.0/8; the gateway (127.0.0.5 here) sits behind another proxy of ours
        // (the peer, 127.0.0.1). Were only exact addresses trusted, 127.0.0.5 would be "the client" of everyone.
        String code = token(channel(null));
        String one = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        String other = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        Response last = null;
        for (int i = 0; i <= 80; i++) {
            last = given().header("X-Forwarded-For", one + ", 127.0.0.5").get("/api/v1/public/visits/" + code);
            if (last.statusCode() == 429) {
                break;
            }
        }
        assertEquals(429, last.statusCode(), "one citizen reaches the per-address limit");
        given().header("X-Forwarded-For", other + ", 127.0.0.5").get("/api/v1/public/visits/" + code).then().statusCode(200);
    }

    @Test
    void commentsAreMaskedAndCountOnlyOnceApproved() {
        String channel = channel(teacher);
        String behaviour = "{\"BERORIENTASI_PELAYANAN\":4,\"KOMPETEN\":3}";
        submit(token(channel), submission(ALL_FOURS, behaviour, "Bu Ani sabar sekali, WA saya 0812-3456-7890 atau ani@contoh.id")).then().statusCode(201);
        submit(token(channel), submission(ALL_FOURS, behaviour, null)).then().statusCode(201);
        days.next();

        // k-1 = 2 citizens' responses: nothing about the teacher is shown
        asEmployee(teacher).get("/api/v1/feedback/employees/" + teacher + "/public?year=" + YEAR).then().statusCode(200)
                .body(CITIZEN + ".shown", is(false)).body(CITIZEN + ".threshold", is(3)).body(CITIZEN + ".responses", nullValue())
                .body(CITIZEN + ".ikm", nullValue()).body(CITIZEN + ".comments", empty());

        submit(token(channel), submission(new int[]{3, 3, 3, 3, 3, 3, 3, 3, 3}, behaviour, null)).then().statusCode(201);
        // the third citizen counts from tomorrow: today the teacher's rating is what it was
        asEmployee(teacher).get("/api/v1/feedback/employees/" + teacher + "/public?year=" + YEAR).then().statusCode(200)
                .body(CITIZEN + ".shown", is(false)).body(CITIZEN + ".responses", nullValue());
        days.next();

        JsonNode queue = read(admin().get("/api/v1/feedback/moderation").then().statusCode(200).extract().asString());
        JsonNode item = null;
        for (JsonNode i : queue.get("items")) {
            if (i.get("text").asText().startsWith("Bu Ani sabar sekali")) {
                item = i;
            }
        }
        assertNotNull(item, queue.toString());
        assertEquals("Bu Ani sabar sekali, WA saya [nomor telepon disamarkan] atau [email disamarkan]", item.get("text").asText());

        // k = 3 responses: every element's NRR = (4+4+3)/3 = 11/3; IKM = 9 × 11/3 / 9 × 25 = 275/3 = 91.666… → 91.67 → A;
        // the comment is still pending, so it is not shown
        asEmployee(teacher).get("/api/v1/feedback/employees/" + teacher + "/public?year=" + YEAR).then().statusCode(200)
                .body(CITIZEN + ".shown", is(true)).body(CITIZEN + ".responses", is(3)).body(CITIZEN + ".ikm", is(91.67f))
                .body(CITIZEN + ".grade", is("A")).body(CITIZEN + ".behaviour.KOMPETEN", is(3.0f)).body(CITIZEN + ".comments", empty())
                .body("groups.group", contains("CITIZEN", "STUDENT", "PARENT"));

        String id = item.get("id").asText();
        admin().contentType(ContentType.JSON).body("{\"reason\":\"\"}").header("If-Match", "\"0\"")
                .post("/api/v1/feedback/moderation/" + id + "/reject").then().statusCode(400);
        admin().header("If-Match", "\"0\"").post("/api/v1/feedback/moderation/" + id + "/approve").then().statusCode(200)
                .body("status", is("APPROVED"));
        // the queue by status; an unknown status is a 400 naming the allowed ones (JAX-RS alone would answer 404)
        admin().get("/api/v1/feedback/moderation?status=APPROVED&size=200").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
        admin().get("/api/v1/feedback/moderation?status=BOGUS").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("query.status"));
        asEmployee(teacher).get("/api/v1/feedback/employees/" + teacher + "/public?year=" + YEAR).then()
                .body(CITIZEN + ".comments", contains("Bu Ani sabar sekali, WA saya [nomor telepon disamarkan] atau [email disamarkan]"));

        // the summary event carries the CITIZEN group and the satisfaction once both pass k
        ConsumerRecord<String, String> r = TopicReader.await("merit.feedback.v1",
                rec -> teacher.equals(rec.key()) && rec.value().contains("\"grade\""), Duration.ofSeconds(30));
        EventSchemas.assertValid("events/feedback.summary.schema.json", r.value());
        JsonNode event = read(r.value());
        assertEquals(3, event.get("publicSatisfaction").get("responses").asInt());
        assertEquals(91.67, event.get("publicSatisfaction").get("ikm").asDouble());
        assertEquals(List.of("CITIZEN"), PeerRoundTests.groups(event.get("groups")));
        JsonNode pub = PeerRoundTests.group(event.get("groups"), "CITIZEN");
        assertEquals(4.0, pub.get("means").get("BERORIENTASI_PELAYANAN").asDouble());
        assertEquals(3.0, pub.get("means").get("KOMPETEN").asDouble());
        assertTrue(pub.get("means").get("LOYAL").isNull());
        assertFalse(r.value().contains("sabar"));
    }

    @Test
    void todaysResponsesMoveNoAggregateAndTheDailyReleasePublishesOncePerEmployee() {
        String aboutOfficer = channel(officer);
        String aboutTeacher = channel(teacher);
        String ikm = "/api/v1/feedback/units/" + unit + "/ikm?year=" + YEAR;
        String behaviour = "{\"HARMONIS\":4}";
        for (int i = 0; i < 3; i++) {
            submit(token(aboutOfficer), submission(ALL_FOURS, behaviour, null)).then().statusCode(201);
            submit(token(aboutTeacher), submission(new int[]{2, 2, 2, 2, 2, 2, 2, 2, 2}, behaviour, null)).then().statusCode(201);
        }
        // Six responses today, three about each: the desk officer who issued the tokens sees nothing move today.
        admin().get(ikm).then().statusCode(200).body("shown", is(false)).body("respondents", nullValue());
        asEmployee(officer).get("/api/v1/feedback/employees/" + officer + "/public?year=" + YEAR).then().statusCode(200)
                .body(CITIZEN + ".shown", is(false)).body(CITIZEN + ".responses", nullValue());
        asEmployee(officer).get("/api/v1/feedback/employees/" + officer + "/summary?year=" + YEAR).then().statusCode(200)
                .body("groups", empty()).body("publicSatisfaction", nullValue());
        assertEquals(List.of(), summariesPublished(officer));
        assertEquals(List.of(), summariesPublished(teacher));

        // The next day they count, before the release has run too (the API reads the cut-off, not the release) …
        clock.nextDay();
        // IKM: 3 citizens all 4, 3 citizens all 2 → NRR 3.00 each → 75.00 (C)
        admin().get(ikm).then().statusCode(200).body("shown", is(true)).body("respondents", is(6)).body("ikm", is(75.0f));
        asEmployee(officer).get("/api/v1/feedback/employees/" + officer + "/public?year=" + YEAR).then().statusCode(200)
                .body(CITIZEN + ".shown", is(true)).body(CITIZEN + ".responses", is(3)).body(CITIZEN + ".ikm", is(100.0f));
        assertEquals(List.of(), summariesPublished(officer), "the summary goes out with the daily release");

        // … which publishes one summary per employee with yesterday's responses, and clears the responses' day.
        release.run();
        assertEquals(1, summariesPublished(officer).size());
        assertEquals(1, summariesPublished(teacher).size());
        JsonNode event = read(TopicReader.await("merit.feedback.v1", r -> officer.equals(r.key()), Duration.ofSeconds(30)).value());
        assertEquals(3, event.get("publicSatisfaction").get("responses").asInt());
        assertEquals(4.0, PeerRoundTests.group(event.get("groups"), "CITIZEN").get("means").get("HARMONIS").asDouble());
        assertEquals(0L, (long) inTx(() -> PublicResponse.count("unitId = ?1 and pendingDay is not null", unit)));
        release.run();
        assertEquals(1, summariesPublished(officer).size(), "a second run publishes nothing again");
        assertEquals(1, summariesPublished(teacher).size());

        // One more citizen today: the IKM and the officer's count stay as they were until tomorrow.
        submit(token(aboutOfficer), submission(new int[]{1, 1, 1, 1, 1, 1, 1, 1, 1}, null, null)).then().statusCode(201);
        release.run();
        admin().get(ikm).then().statusCode(200).body("respondents", is(6)).body("ikm", is(75.0f));
        asEmployee(officer).get("/api/v1/feedback/employees/" + officer + "/public?year=" + YEAR).then().statusCode(200)
                .body(CITIZEN + ".responses", is(3)).body(CITIZEN + ".ikm", is(100.0f));
        assertEquals(1, summariesPublished(officer).size());
        days.next();
        admin().get(ikm).then().statusCode(200).body("respondents", is(7));
        String rating = asEmployee(officer).get("/api/v1/feedback/employees/" + officer + "/public?year=" + YEAR).then().statusCode(200)
                .body(CITIZEN + ".responses", is(4)).extract().asString();
        assertEquals(2, summariesPublished(officer).size(), "the officer had a response yesterday");
        assertEquals(1, summariesPublished(teacher).size(), "the teacher had none");
        assertEquals(4, read(summariesPublished(officer).get(1)).get("publicSatisfaction").get("responses").asInt());
        // No time of any response in what leaves the service: nothing date-like in the rating or the IKM.
        assertFalse(rating.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), rating);
        String unitIkm = admin().get(ikm).then().extract().asString();
        assertFalse(unitIkm.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), unitIkm);
    }

    @Test
    void perYearReadsWithoutAYearAnswerTheCurrentYearWhereTheDesksAre() {
        ZoneId zone = config.zone();
        String aboutOfficer = channel(officer);
        String ikm = "/api/v1/feedback/units/" + unit + "/ikm";
        String rating = "/api/v1/feedback/employees/" + officer + "/public";
        String summary = "/api/v1/feedback/employees/" + officer + "/summary";
        int[] allOnes = {1, 1, 1, 1, 1, 1, 1, 1, 1};

        // Last year's visits, all ones, on 30 December: they count, in last year.
        clock.setTo(LocalDate.of(YEAR - 1, 12, 30).atTime(10, 0).atZone(zone).toOffsetDateTime());
        for (int i = 0; i < 3; i++) {
            submit(token(aboutOfficer), submission(allOnes, "{\"HARMONIS\":1}", null)).then().statusCode(201);
        }
        // 01:00 on 1 January at the desks, still 31 December in UTC: the current year is the desks' new one.
        clock.setTo(LocalDate.of(YEAR, 1, 1).atTime(1, 0).atZone(zone).toOffsetDateTime());
        int current = clock.now().atZoneSameInstant(zone).getYear();
        assertEquals(YEAR, current);
        assertEquals(YEAR - 1, clock.now().withOffsetSameInstant(java.time.ZoneOffset.UTC).getYear(),
                "the test's zone is ahead of UTC, so a read in UTC's year would answer last year");

        // Nothing of this year counts yet: without ?year= the answers are this year's, empty, and say so;
        // last year's responses are there for whoever asks for last year.
        admin().get(ikm).then().statusCode(200).body("year", is(current)).body("shown", is(false)).body("respondents", nullValue());
        admin().get(ikm + "?year=" + (current - 1)).then().statusCode(200).body("year", is(current - 1))
                .body("shown", is(true)).body("respondents", is(3)).body("ikm", is(25.0f));
        asEmployee(officer).get(rating).then().statusCode(200).body("nip", is(officer)).body("year", is(current))
                .body(CITIZEN + ".shown", is(false)).body(CITIZEN + ".responses", nullValue());
        asEmployee(officer).get(rating + "?year=" + (current - 1)).then().statusCode(200).body("year", is(current - 1))
                .body(CITIZEN + ".responses", is(3)).body(CITIZEN + ".ikm", is(25.0f));
        asEmployee(officer).get(summary).then().statusCode(200).body("year", is(current))
                .body("groups", empty()).body("publicSatisfaction", nullValue());
        asEmployee(officer).get(summary + "?year=" + (current - 1)).then().statusCode(200).body("year", is(current - 1))
                .body("publicSatisfaction.responses", is(3));

        // This year's visits, all fours, count from tomorrow; then the reads without ?year= have them, and only them
        // (with last year's ones the IKM would be 62.5).
        for (int i = 0; i < 3; i++) {
            submit(token(aboutOfficer), submission(ALL_FOURS, "{\"HARMONIS\":4}", null)).then().statusCode(201);
        }
        clock.nextDay();
        admin().get(ikm).then().statusCode(200).body("year", is(current)).body("shown", is(true))
                .body("respondents", is(3)).body("ikm", is(100.0f)).body("grade", is("A"));
        asEmployee(officer).get(rating).then().statusCode(200).body("year", is(current))
                .body(CITIZEN + ".responses", is(3)).body(CITIZEN + ".ikm", is(100.0f)).body(CITIZEN + ".behaviour.HARMONIS", is(4.0f));
        asEmployee(officer).get(summary).then().statusCode(200).body("year", is(current))
                .body("publicSatisfaction.responses", is(3)).body("publicSatisfaction.ikm", is(100.0f))
                .body("groups.find { it.group == 'CITIZEN' }.means.HARMONIS", is(4.0f));

        // The bounds stay: a year outside 2000..2100 is a 400 naming it, on every per-year read.
        for (String path : List.of(ikm, rating, summary)) {
            for (int bad : new int[]{1999, 2101}) {
                asEmployee(officer).get(path + "?year=" + bad).then().statusCode(400).contentType("application/problem+json")
                        .body("errors.field", hasItem(endsWith("year")));
            }
        }
    }

    @Test
    void theUnitIkmMatchesAWorkedExampleComputedByHand() {
        UUID fresh = unit("Kecamatan Jekan Raya " + UUID.randomUUID().toString().substring(0, 6));
        String channel = admin().contentType(ContentType.JSON).body("""
                {"unitId":"%s","name":"Loket Kecamatan","kind":"SERVICE_DESK"}""".formatted(fresh))
                .post("/api/v1/feedback/channels").then().statusCode(201).extract().path("id");
        int[][] answers = {
                {4, 3, 2, 4, 3, 3, 4, 2, 3},
                {3, 3, 3, 4, 4, 3, 4, 2, 3},
                {3, 3, 3, 4, 3, 4, 3, 3, 3},
                {4, 3, 2, 4, 4, 4, 3, 3, 4}};
        for (int[] a : answers) {
            String code = admin().contentType(ContentType.JSON).body("{\"serviceType\":\"Surat keterangan\"}")
                    .post("/api/v1/feedback/channels/" + channel + "/tokens").then().statusCode(201).extract().path("code");
            submit(code, submission(a, null, null)).then().statusCode(201);
        }
        // submitted today, counted from tomorrow
        admin().get("/api/v1/feedback/units/" + fresh + "/ikm?year=" + YEAR).then().statusCode(200).body("shown", is(false))
                .body("respondents", nullValue());
        days.next();
        // NRR: 14/4=3.50, 12/4=3.00, 10/4=2.50, 16/4=4.00, 14/4=3.50, 14/4=3.50, 14/4=3.50, 10/4=2.50, 13/4=3.25
        // Σ NRR = 29.25; IKM = 29.25 / 9 × 25 = 81.25 → B (Baik)
        admin().get("/api/v1/feedback/units/" + fresh + "/ikm?year=" + YEAR).then().statusCode(200)
                .body("respondents", is(4)).body("ikm", is(81.25f)).body("grade", is("B")).body("gradeLabel", is("Baik"))
                .body("nrr.PERSYARATAN", is(3.5f)).body("nrr.SARANA_PRASARANA", is(3.25f)).body("nrr.PENANGANAN_PENGADUAN", is(2.5f))
                .body("shown", is(true)).body("threshold", is(3));
    }

    @Test
    void aUnitsIkmShowsNothingButTheThresholdBelowKResponses() {
        UUID fresh = unit("Kelurahan Menteng " + UUID.randomUUID().toString().substring(0, 6));
        String path = "/api/v1/feedback/units/" + fresh + "/ikm?year=" + YEAR;
        admin().get(path).then().statusCode(200).body("shown", is(false)).body("threshold", is(3)).body("respondents", nullValue());
        String channel = admin().contentType(ContentType.JSON).body("""
                {"unitId":"%s","name":"Loket Kelurahan","kind":"SERVICE_DESK"}""".formatted(fresh))
                .post("/api/v1/feedback/channels").then().statusCode(201).extract().path("id");
        int[][] answers = {{1, 1, 1, 1, 1, 1, 1, 1, 1}, {4, 4, 4, 4, 4, 4, 4, 4, 4}, {4, 4, 4, 4, 4, 4, 4, 4, 1}};
        for (int i = 0; i < answers.length; i++) {
            String code = admin().contentType(ContentType.JSON).body("{\"serviceType\":\"Surat pindah\"}")
                    .post("/api/v1/feedback/channels/" + channel + "/tokens").then().statusCode(201).extract().path("code");
            submit(code, submission(answers[i], null, null)).then().statusCode(201);
            days.next();
            if (i < answers.length - 1) {
                // One or two citizens: their answers (here the first one's all-ones) must not be readable from the unit's figures.
                admin().get(path).then().statusCode(200).body("shown", is(false)).body("respondents", nullValue())
                        .body("ikm", nullValue()).body("nrr", nullValue()).body("grade", nullValue());
            }
        }
        // NRR 3.00 for eight elements and 2.00 for the ninth: Σ 26 / 9 × 25 = 72.22 → C.
        admin().get(path).then().statusCode(200).body("shown", is(true)).body("respondents", is(3))
                .body("nrr.PERSYARATAN", is(3.0f)).body("ikm", is(72.22f)).body("grade", is("C"));
        admin().get("/api/v1/feedback/units/" + UUID.randomUUID() + "/ikm?year=" + YEAR).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badSubmissionsAreRefusedAndTheTokenStaysUnused() {
        String channel = channel(null);
        String code = token(channel);
        List<String> bodies = List.of(
                "{",
                "{\"elements\":\"semua bagus\"}",
                submission(new int[]{0, 4, 4, 4, 4, 4, 4, 4, 4}, null, null),
                submission(new int[]{5, 4, 4, 4, 4, 4, 4, 4, 4}, null, null),
                submission(ALL_FOURS, null, "<script>alert('x')</script>"),
                submission(ALL_FOURS, null, "x".repeat(1001)),
                submission(ALL_FOURS, "{\"JUJUR\":4}", null),
                submission(ALL_FOURS, "{\"AKUNTABEL\":4}", null),
                "{\"elements\":{\"PERSYARATAN\":4}}",
                submission(ALL_FOURS, null, null).replace("\"comment\":null", "\"comment\":null,\"ip\":\"1.2.3.4\""));
        for (String body : bodies) {
            submit(code, body).then().statusCode(400).contentType("application/problem+json");
        }
        // well-formed, but a citizen's visit rates all nine SKM elements
        submit(code, "{}").then().statusCode(422).contentType("application/problem+json").body("errors[0].field", is("body.elements"));
        submit(code, "{\"comment\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}").then().statusCode(413).contentType("application/problem+json");
        citizen().get("/api/v1/public/visits/" + code).then().statusCode(200).body("state", is("OPEN"));
        assertEquals(0, responsesOf(channel));
    }

    @Test
    void theDeskPrintsAQrCodePng() {
        String code = token(channel(null));
        byte[] png = asEmployee(officer).get("/api/v1/feedback/tokens/" + code + "/qr.png").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    }

    @Test
    void onlyHrAdminCreatesChannelsAndModeratesAndOnlyUnitStaffIssueTokens() {
        String channel = channel(null);
        String outsider = employee(nip(), "Orang Luar", UUID.randomUUID(), null);
        asEmployee(outsider).contentType(ContentType.JSON).body("{\"serviceType\":\"x\"}")
                .post("/api/v1/feedback/channels/" + channel + "/tokens").then().statusCode(403).contentType("application/problem+json");
        asEmployee(officer).contentType(ContentType.JSON).body("{\"unitId\":\"%s\",\"name\":\"X\",\"kind\":\"SCHOOL\"}".formatted(unit))
                .post("/api/v1/feedback/channels").then().statusCode(403);
        asEmployee(officer).get("/api/v1/feedback/moderation").then().statusCode(403);
        given().get("/api/v1/feedback/moderation").then().statusCode(401);
        admin().contentType(ContentType.JSON).body("{\"unitId\":\"%s\",\"name\":\"<b>X</b>\",\"kind\":\"KANTOR\"}".formatted(unit))
                .post("/api/v1/feedback/channels").then().statusCode(400).contentType("application/problem+json");
    }
}
