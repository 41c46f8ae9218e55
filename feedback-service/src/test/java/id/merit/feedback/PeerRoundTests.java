package id.merit.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.feedback.config.FeedbackConfig;
import id.merit.feedback.service.DailyRelease;
import id.merit.feedback.service.PeerRoundService;
import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static id.merit.feedback.Fixtures.*;
import static id.merit.feedback.TestClock.YEAR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * 360° rounds end to end. Most scenarios act as the admin, several raters and the ratee in turn, so they send
 * signed bearer tokens ({@link TestTokens}) instead of one fixed test identity.
 */
@QuarkusTest
class PeerRoundTests {
    static final String BOSS = "197501012000031001";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;
    @Inject
    DailyRelease release;
    @Inject
    FeedbackConfig config;

    UUID unit;
    String ratee;
    List<String> peers;
    String report;

    @BeforeEach
    void organisation() {
        clock.toMidYear();
        unit = UUID.randomUUID();
        ratee = nip();
        employee(BOSS, "Kepala Dinas", unit, null);
        employee(ratee, "Rina Ratee", unit, BOSS);
        peers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            peers.add(employee(nip(), "Rekan " + i, unit, BOSS));
        }
        report = employee(nip(), "Staf Bawahan", unit, ratee);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    String openRound() {
        return openRound(2026);
    }

    String openRound(int year) {
        return admin().contentType(ContentType.JSON)
                .body("{\"rateeNip\":\"%s\",\"year\":%d,\"deadline\":\"%s\"}".formatted(ratee, year, clock.today().plusDays(30)))
                .post("/api/v1/peer-rounds").then().statusCode(201).extract().path("id");
    }

    void invite(String round, String nip, String group, int status) {
        admin().contentType(ContentType.JSON).body("{\"raters\":[{\"nip\":\"%s\",\"group\":\"%s\"}]}".formatted(nip, group))
                .post("/api/v1/peer-rounds/" + round + "/invitations").then().statusCode(status);
    }

    @Test
    void invitationsFollowTheGroupRules() {
        String round = openRound();
        invite(round, ratee, "PEER", 422);
        invite(round, peers.get(0), "SUPERVISOR", 422);
        invite(round, peers.get(0), "SUBORDINATE", 422);
        invite(round, BOSS, "SUPERVISOR", 201);
        invite(round, report, "SUBORDINATE", 201);
        invite(round, ratee, "SELF", 201);
        invite(round, peers.get(0), "PEER", 201);
        invite(round, peers.get(0), "PEER", 409);

        admin().get("/api/v1/peer-rounds/" + round + "/suggestions").then().statusCode(200)
                .body("find { it.group == 'SELF' }.nip", is(ratee))
                .body("find { it.group == 'SUPERVISOR' }.nip", is(BOSS))
                .body("findAll { it.group == 'SUBORDINATE' }.nip", contains(report))
                .body("findAll { it.group == 'PEER' }.nip", hasItems(peers.toArray()))
                .body("findAll { it.group == 'PEER' }.nip", not(hasItem(ratee)));
        // Still to answer, per group: named in the named groups only — a pending peer's name would tell who has answered.
        admin().get("/api/v1/peer-rounds/" + round + "/reminders").then().statusCode(200).body("size()", is(4))
                .body("find { it.group == 'SELF' }.pendingRaters.nip", contains(ratee))
                .body("find { it.group == 'SUPERVISOR' }.pendingRaters.nip", contains(BOSS))
                .body("find { it.group == 'PEER' }.invited", is(1)).body("find { it.group == 'PEER' }.pending", is(1))
                .body("find { it.group == 'PEER' }.pendingRaters", empty())
                .body("find { it.group == 'SUBORDINATE' }.pendingRaters", empty())
                .body(not(containsString(peers.get(0)))).body(not(containsString(report)));
    }

    @Test
    @TestSecurity(user = "pegawai", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = "198801012010011999"))
    void anEmployeeWhoIsNotTheAppraiserCannotOpenARound() {
        given().contentType(ContentType.JSON)
                .body("{\"rateeNip\":\"%s\",\"year\":2026,\"deadline\":\"%s\"}".formatted(ratee, clock.today().plusDays(30)))
                .post("/api/v1/peer-rounds").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void whileTheRoundIsOpenOnlyTheInvitedCountsShowAndNothingIsPublished() {
        String round = openRound();
        for (String p : peers) {
            invite(round, p, "PEER", 201);
        }
        invite(round, BOSS, "SUPERVISOR", 201);
        invite(round, ratee, "SELF", 201);
        answer(BOSS, 4, "Sangat teliti");
        answer(peers.get(0), 4, "Cepat membantu");
        answer(peers.get(1), 3, "Hubungi 081234567890");
        answer(peers.get(2), 2, null);
        answer(ratee, 3, null);
        // Who of the peers answered stays unknown: a count, no names; the supervisor's answer is named anyway.
        admin().get("/api/v1/peer-rounds/" + round + "/reminders").then().statusCode(200)
                .body("find { it.group == 'PEER' }.invited", is(peers.size())).body("find { it.group == 'PEER' }.pending", is(0))
                .body("find { it.group == 'PEER' }.pendingRaters", empty())
                .body("find { it.group == 'SUPERVISOR' }.pending", is(0)).body("find { it.group == 'SUPERVISOR' }.pendingRaters", empty());

        // Every group has its k, but the round is open: answers may still come or be replaced, so nothing that moves
        // with them leaves the service — no means, no comments, not even how many answered; only who was invited, counted.
        for (String who : List.of(TestTokens.hrAdmin(), TestTokens.employee(ratee))) {
            JsonNode open = read(given().auth().oauth2(who).get("/api/v1/peer-rounds/" + round + "/results").then().statusCode(200)
                    .extract().asString());
            assertEquals("OPEN", open.get("status").asText());
            assertEquals(List.of("PEER", "SUPERVISOR", "SELF"), groups(open.get("groups")));
            for (JsonNode g : open.get("groups")) {
                assertFalse(g.get("shown").asBoolean(), g.toString());
                assertTrue(g.get("responses").isNull() && g.get("means").isNull() && g.get("raterName").isNull(), g.toString());
                assertEquals(0, g.get("comments").size(), g.toString());
            }
            assertEquals(3, group(open.get("groups"), "PEER").get("invited").asInt());
            assertEquals(1, group(open.get("groups"), "SUPERVISOR").get("invited").asInt());
            assertEquals(3, group(open.get("groups"), "PEER").get("threshold").asInt());
            assertFalse(open.toString().contains("Cepat membantu") || open.toString().contains("Sangat teliti"), open.toString());
            given().auth().oauth2(who).get("/api/v1/feedback/employees/" + ratee + "/summary?year=2026").then().statusCode(200)
                    .body("groups", empty()).body("publicSatisfaction", nullValue());
        }
        assertEquals(List.of(), summariesPublished(ratee), "no feedback.summary while the round is open");

        close(round);

        // Closed, k = 3 peers: mean (4+3+2)/3 = 3.00 per value, comments sorted and masked, no rater nip anywhere
        JsonNode results = results(round);
        assertEquals("CLOSED", results.get("status").asText());
        JsonNode peer = group(results.get("groups"), "PEER");
        assertTrue(peer.get("shown").asBoolean());
        assertEquals(3, peer.get("invited").asInt());
        assertEquals(3, peer.get("responses").asInt());
        assertEquals(3.0, peer.get("means").get("AKUNTABEL").asDouble());
        assertEquals(List.of("Cepat membantu", "Hubungi [nomor telepon disamarkan]"),
                JSON.convertValue(peer.get("comments"), List.class));
        assertTrue(peer.get("raterName").isNull());
        assertEquals("Kepala Dinas, S.Pd.", group(results.get("groups"), "SUPERVISOR").get("raterName").asText());
        assertEquals(3.0, group(results.get("groups"), "SELF").get("means").get("LOYAL").asDouble());
        for (String p : peers) {
            assertFalse(results.toString().contains(p));
        }

        // The summary goes out once, when the round closes, with every group that has its k.
        ConsumerRecord<String, String> last = TopicReader.await("merit.feedback.v1",
                r -> ratee.equals(r.key()) && r.value().contains("\"PEER\""), Duration.ofSeconds(30));
        EventSchemas.assertValid("events/feedback.summary.schema.json", last.value());
        assertEquals("id.merit.feedback.summary.v1", TopicReader.header(last, "ce_type"));
        assertEquals(1, summariesPublished(ratee).size());
        JsonNode event = read(last.value());
        assertEquals(2026, event.get("year").asInt());
        assertEquals(List.of("PEER", "SUPERVISOR", "SELF"), groups(event.get("groups")));
        assertEquals(3, group(event.get("groups"), "PEER").get("responses").asInt());
        assertTrue(event.get("publicSatisfaction").isNull());
        for (String p : peers) {
            assertFalse(last.value().contains(p));
        }
        assertFalse(last.value().contains("Cepat membantu"));
        admin().get("/api/v1/feedback/employees/" + ratee + "/summary?year=2026").then().statusCode(200)
                .body("groups.group", contains("PEER", "SUPERVISOR", "SELF")).body("groups[0].responses", is(3));
    }

    @Test
    void kMinusOnePeersStayHiddenEverywhereWhenTheRoundCloses() {
        String round = openRound();
        for (String p : peers) {
            invite(round, p, "PEER", 201);
        }
        invite(round, BOSS, "SUPERVISOR", 201);
        answer(BOSS, 4, "Sangat teliti");
        answer(peers.get(0), 4, "Cepat membantu");
        answer(peers.get(1), 3, "Hubungi 081234567890");
        close(round);

        // k-1 = 2 peers: no PEER scores, comments or count in the results, in the API summary or in the event
        JsonNode results = results(round);
        JsonNode peer = group(results.get("groups"), "PEER");
        assertFalse(peer.get("shown").asBoolean());
        assertEquals(3, peer.get("invited").asInt());
        assertTrue(peer.get("responses").isNull() && peer.get("means").isNull());
        assertFalse(results.toString().contains("Cepat membantu"));
        assertTrue(group(results.get("groups"), "SUPERVISOR").get("shown").asBoolean());
        ConsumerRecord<String, String> only = TopicReader.await("merit.feedback.v1", r -> ratee.equals(r.key()), Duration.ofSeconds(30));
        EventSchemas.assertValid("events/feedback.summary.schema.json", only.value());
        assertEquals(List.of("SUPERVISOR"), groups(read(only.value()).get("groups")));
        assertEquals(1, summariesPublished(ratee).size());
        admin().get("/api/v1/feedback/employees/" + ratee + "/summary?year=2026").then().statusCode(200)
                .body("groups.group", contains("SUPERVISOR"));
    }

    @Test
    void aRaterMayReplaceTheAnswerUntilTheRoundClosesAndTheClosedResultHasTheReplacement() {
        String round = openRound();
        for (String p : peers) {
            invite(round, p, "PEER", 201);
        }
        invite(round, BOSS, "SUPERVISOR", 201);
        answer(BOSS, 2, null);
        answer(BOSS, 4, null);
        answer(peers.get(0), 1, "Kurang teliti");
        answer(peers.get(1), 4, null);
        answer(peers.get(2), 4, null);
        answer(peers.get(0), 4, null);
        assertEquals(List.of(), summariesPublished(ratee));

        close(round);
        // The replaced answers count, not the first ones: (4+4+4)/3, where the first answer would make 3.00.
        JsonNode results = results(round);
        assertEquals(4.0, group(results.get("groups"), "PEER").get("means").get("LOYAL").asDouble());
        assertEquals(List.of(), JSON.convertValue(group(results.get("groups"), "PEER").get("comments"), List.class));
        JsonNode sup = group(results.get("groups"), "SUPERVISOR");
        assertEquals(1, sup.get("responses").asInt());
        assertEquals(4.0, sup.get("means").get("LOYAL").asDouble());
        List<String> published = summariesPublished(ratee);
        assertEquals(1, published.size());
        assertEquals(4.0, group(read(published.get(0)).get("groups"), "PEER").get("means").get("KOLABORATIF").asDouble());

        // Closed: the answer is final.
        String task = taskOf(BOSS, round);
        asEmployee(BOSS).contentType(ContentType.JSON).body(answerJson(1, null))
                .put("/api/v1/feedback/tasks/" + task + "/answer").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theDailyReleaseClosesARoundTheDayAfterItsDeadlineAndPublishesItOnce() throws Exception {
        LocalDate today = clock.today();
        String round = admin().contentType(ContentType.JSON)
                .body("{\"rateeNip\":\"%s\",\"year\":2026,\"deadline\":\"%s\"}".formatted(ratee, today))
                .post("/api/v1/peer-rounds").then().statusCode(201).extract().path("id");
        for (String p : peers) {
            invite(round, p, "PEER", 201);
        }
        answer(peers.get(0), 4, null);
        answer(peers.get(1), 3, null);
        // The deadline is a whole day: answers are taken, and the release leaves the round alone, until it ends.
        release.run();
        admin().get("/api/v1/peer-rounds/" + round).then().statusCode(200).body("status", is("OPEN"));
        answer(peers.get(2), 2, null);

        clock.nextDay();
        asEmployee(peers.get(2)).contentType(ContentType.JSON).body(answerJson(1, null))
                .put("/api/v1/feedback/tasks/" + taskOf(peers.get(2), round) + "/answer").then().statusCode(409);
        assertEquals(List.of(), summariesPublished(ratee));

        // Two instances run the release at once: one of them closes the round, and its summary goes out once.
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<DailyRelease.Released>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(two.submit(() -> {
                    go.await();
                    return release.run();
                }));
            }
            go.countDown();
            for (Future<DailyRelease.Released> r : runs) {
                r.get(60, TimeUnit.SECONDS);
            }
        } finally {
            two.shutdownNow();
        }
        admin().get("/api/v1/peer-rounds/" + round).then().statusCode(200).body("status", is("CLOSED"));
        assertEquals(PeerRoundService.DEADLINE_PASSED, inTx(() -> PeerRound.<PeerRound>findById(UUID.fromString(round)).updatedBy));
        JsonNode peer = group(results(round).get("groups"), "PEER");
        assertEquals(3, peer.get("responses").asInt());
        assertEquals(3.0, peer.get("means").get("ADAPTIF").asDouble());
        ConsumerRecord<String, String> event = TopicReader.await("merit.feedback.v1",
                r -> ratee.equals(r.key()) && r.value().contains("\"PEER\""), Duration.ofSeconds(30));
        EventSchemas.assertValid("events/feedback.summary.schema.json", event.value());
        assertEquals(1, summariesPublished(ratee).size());

        // Idempotent: the next run finds nothing to close and publishes nothing.
        long version = inTx(() -> PeerRound.<PeerRound>findById(UUID.fromString(round)).version);
        release.run();
        assertEquals(version, (long) inTx(() -> PeerRound.<PeerRound>findById(UUID.fromString(round)).version));
        assertEquals(1, summariesPublished(ratee).size());
    }

    @Test
    void theSummaryWithoutAYearIsTheCurrentYearsWhereTheDesksAre() {
        ZoneId zone = config.zone();
        // 01:00 on 1 January in the service's zone, still 31 December in UTC.
        clock.setTo(LocalDate.of(YEAR, 1, 1).atTime(1, 0).atZone(zone).toOffsetDateTime());
        int current = clock.now().atZoneSameInstant(zone).getYear();
        assertEquals(YEAR, current);
        assertEquals(YEAR - 1, clock.now().withOffsetSameInstant(ZoneOffset.UTC).getYear(),
                "the test's zone is ahead of UTC, so a read in UTC's year would answer last year");
        // Last year's round: the supervisor gave 1s; this year's: 4s. Both closed, so both count in their year.
        String last = openRound(current - 1);
        String now = openRound(current);
        for (String[] r : new String[][]{{last, "1"}, {now, "4"}}) {
            invite(r[0], BOSS, "SUPERVISOR", 201);
            asEmployee(BOSS).contentType(ContentType.JSON).body(answerJson(Integer.parseInt(r[1]), null))
                    .put("/api/v1/feedback/tasks/" + taskOf(BOSS, r[0]) + "/answer").then().statusCode(200);
            close(r[0]);
        }
        String summary = "/api/v1/feedback/employees/" + ratee + "/summary";
        for (String who : List.of(TestTokens.hrAdmin(), TestTokens.employee(ratee), TestTokens.employee(BOSS))) {
            given().auth().oauth2(who).get(summary).then().statusCode(200).body("nip", is(ratee)).body("year", is(current))
                    .body("groups.group", contains("SUPERVISOR")).body("groups[0].means.LOYAL", is(4.0f));
        }
        admin().get(summary + "?year=" + (current - 1)).then().statusCode(200).body("year", is(current - 1))
                .body("groups[0].means.LOYAL", is(1.0f));
        admin().get(summary + "?year=2100").then().statusCode(200).body("year", is(2100)).body("groups", empty());
        admin().get(summary + "?year=2101").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(endsWith("year")));
        // The task list's year stays a filter: without it, the caller's tasks of every year.
        asEmployee(BOSS).get("/api/v1/feedback/tasks?size=200").then().statusCode(200)
                .body("items.findAll { it.rateeNip == '" + ratee + "' }.year", containsInAnyOrder(current, current - 1));
        asEmployee(BOSS).get("/api/v1/feedback/tasks?year=" + current + "&size=200").then().statusCode(200)
                .body("items.findAll { it.rateeNip == '" + ratee + "' }.roundId", contains(now));
    }

    @Test
    void myTasksArePagedAndFilteredByYearAndAnswer() {
        String first = openRound();
        invite(first, peers.get(2), "PEER", 201);
        // One round per ratee and year: the second task is about another colleague.
        ratee = employee(nip(), "Dodi Ratee Kedua", unit, BOSS);
        String second = openRound();
        invite(second, peers.get(2), "PEER", 201);
        String answeredTask = taskOf(peers.get(2), first);
        asEmployee(peers.get(2)).contentType(ContentType.JSON).body(answerJson(3, null))
                .put("/api/v1/feedback/tasks/" + answeredTask + "/answer").then().statusCode(200);
        String open = taskOf(peers.get(2), second);

        int all = asEmployee(peers.get(2)).get("/api/v1/feedback/tasks?year=2026&size=200").then().statusCode(200)
                .body("items.id", hasItems(answeredTask, open)).body("items.year", everyItem(is(2026))).extract().path("totalItems");
        asEmployee(peers.get(2)).get("/api/v1/feedback/tasks?answered=true&size=200").then().statusCode(200)
                .body("items.id", hasItem(answeredTask)).body("items.id", not(hasItem(open))).body("items.answered", everyItem(is(true)));
        asEmployee(peers.get(2)).get("/api/v1/feedback/tasks?answered=false&size=200").then().statusCode(200)
                .body("items.id", hasItem(open)).body("items.id", not(hasItem(answeredTask)));
        asEmployee(peers.get(2)).get("/api/v1/feedback/tasks?year=2031").then().statusCode(200)
                .body("items", empty()).body("totalItems", is(0));
        // Newest first, one per page: the round invited last comes first; the total is the caller's, not the page's.
        asEmployee(peers.get(2)).get("/api/v1/feedback/tasks?year=2026&size=1").then().statusCode(200)
                .body("items.id", contains(open)).body("totalItems", is(all)).body("totalPages", is(all));
        asEmployee(peers.get(2)).get("/api/v1/feedback/tasks?year=1999").then().statusCode(400).contentType("application/problem+json");
        asEmployee(peers.get(2)).get("/api/v1/feedback/tasks?size=0").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void ratersSeeOnlyTheirOwnTasks() {
        String round = openRound();
        invite(round, peers.get(0), "PEER", 201);
        String task = taskOf(peers.get(0), round);
        asEmployee(peers.get(1)).get("/api/v1/feedback/tasks?size=200").then().statusCode(200).body("items.id", not(hasItem(task)));
        asEmployee(peers.get(1)).contentType(ContentType.JSON).body(answerJson(3, null))
                .put("/api/v1/feedback/tasks/" + task + "/answer").then().statusCode(404);
        // the ratee sees aggregates, never the round's raw answers
        asEmployee(ratee).get("/api/v1/peer-rounds/" + round + "/results").then().statusCode(200);
        asEmployee(ratee).get("/api/v1/peer-rounds/" + round + "/reminders").then().statusCode(403);
        asEmployee(peers.get(1)).get("/api/v1/peer-rounds/" + round + "/results").then().statusCode(403);
    }

    @Test
    void badAnswersAreRefusedAndChangeNothing() {
        String round = openRound();
        invite(round, peers.get(0), "PEER", 201);
        String task = taskOf(peers.get(0), round);
        String url = "/api/v1/feedback/tasks/" + task + "/answer";
        for (String body : List.of("{", "{\"scores\":\"x\"}", answerJson(0, null), answerJson(5, null),
                answerJson(3, "<script>alert(1)</script>"), answerJson(3, "x".repeat(2001)),
                "{\"scores\":{\"AKUNTABEL\":3}}", answerJson(3, null).replace("\"comment\":null", "\"comment\":null,\"extra\":1"))) {
            asEmployee(peers.get(0)).contentType(ContentType.JSON).body(body).put(url)
                    .then().statusCode(400).contentType("application/problem+json");
        }
        asEmployee(peers.get(0)).get("/api/v1/feedback/tasks?size=200").then().body("items.find { it.id == '" + task + "' }.answered", is(false));
        admin().contentType(ContentType.JSON).body("{\"rateeNip\":\"12\",\"year\":\"dua\",\"deadline\":\"kemarin\"}")
                .post("/api/v1/peer-rounds").then().statusCode(400).contentType("application/problem+json");
        admin().contentType(ContentType.JSON).body("{\"raters\":[{\"nip\":\"%s\",\"group\":\"FRIEND\"}]}".formatted(peers.get(1)))
                .post("/api/v1/peer-rounds/" + round + "/invitations").then().statusCode(400).contentType("application/problem+json");
    }

    // helpers

    static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.hrAdmin());
    }

    static io.restassured.specification.RequestSpecification asEmployee(String nip) {
        return given().auth().oauth2(TestTokens.employee(nip));
    }

    static String answerJson(int score, String comment) {
        return """
                {"scores":{"BERORIENTASI_PELAYANAN":%1$d,"AKUNTABEL":%1$d,"KOMPETEN":%1$d,"HARMONIS":%1$d,"LOYAL":%1$d,"ADAPTIF":%1$d,"KOLABORATIF":%1$d},"comment":%2$s}"""
                .formatted(score, comment == null ? "null" : JSON.valueToTree(comment).toString());
    }

    String taskOf(String rater, String round) {
        return asEmployee(rater).get("/api/v1/feedback/tasks?size=200").then().statusCode(200)
                .extract().path("items.find { it.roundId == '" + round + "' }.id");
    }

    void answer(String rater, int score, String comment) {
        String round = admin().get("/api/v1/feedback/employees/" + ratee + "/summary?year=2026").then().statusCode(200).extract().path("nip");
        assertEquals(ratee, round);
        String task = asEmployee(rater).get("/api/v1/feedback/tasks?size=200").then().statusCode(200)
                .extract().path("items.find { it.rateeNip == '" + ratee + "' }.id");
        asEmployee(rater).contentType(ContentType.JSON).body(answerJson(score, comment))
                .put("/api/v1/feedback/tasks/" + task + "/answer").then().statusCode(200).body("answered", is(true));
    }

    void close(String round) {
        String etag = admin().get("/api/v1/peer-rounds/" + round).then().statusCode(200).extract().header("ETag");
        admin().header("If-Match", etag).post("/api/v1/peer-rounds/" + round + "/close").then().statusCode(200).body("status", is("CLOSED"));
    }

    JsonNode results(String round) {
        return read(admin().get("/api/v1/peer-rounds/" + round + "/results").then().statusCode(200).extract().asString());
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static List<String> groups(JsonNode results) {
        List<String> g = new ArrayList<>();
        results.forEach(n -> g.add(n.get("group").asText()));
        return g;
    }

    static JsonNode group(JsonNode results, String name) {
        for (JsonNode n : results) {
            if (name.equals(n.get("group").asText())) {
                return n;
            }
        }
        throw new AssertionError("no group " + name + " in " + results);
    }
}
