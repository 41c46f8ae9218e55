package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DESIGN §2 flow 2, one appraisal year through the gateway with each actor's own Keycloak token: BKPSDM's period →
 * the employee drafts the SKP, the supervisor agrees it → realisation → a peer round reaches the anonymity threshold
 * k and citizens rate the employee through one-time visit tokens → feedback.summary shows in the rating data →
 * rating → predikat → the unit's distribution against the curve → final → appraisal.finalized reaches placement.
 */
@ExtendWith(MeritStack.class)
@Order(1)
class AppraisalYearFlowTests {
    static final Duration ASYNC = Duration.ofSeconds(60);
    static final int K = 3;

    @Test
    void aYearFromPlanToFinalPredikatReachesPlacement() {
        long t0 = System.nanoTime();
        World w = World.get();
        int year = World.YEAR;
        Merit hr = World.as(World.HR);

        // A bidang of its own: the head appraises the ratee; three colleagues are the peers.
        UUID bidang = hr.unit("E2E-APR-BIDANG", "Bidang Penilaian Kinerja (e2e)", w.dinas);
        UUID posHead = hr.position(new Merit.PositionSpec("E2E-APR-KABID", "Kepala Bidang Penilaian Kinerja", "ADMINISTRATOR", null,
                bidang, 1, null, null));
        UUID posStaff = hr.position(new Merit.PositionSpec("E2E-APR-STAF", "Pengadministrasi Umum", "PELAKSANA", null, bidang, 10, null, null));
        hr.head(bidang, posHead);
        Nips.Person head = Nips.person(6, 1, false);
        Nips.Person ratee = Nips.person(6, 2, true);
        List<Nips.Person> peers = List.of(Nips.person(6, 3, null), Nips.person(6, 4, null), Nips.person(6, 5, null));
        person(hr, head, "Yohanes Tingang", "III/d", bidang, posHead);
        person(hr, ratee, "Ratna Sari Dewi", "III/b", bidang, posStaff);
        String[] peerNames = {"Hendra Gunawan", "Maria Ulfah", "Supriadi Nahan"};
        for (int i = 0; i < peers.size(); i++) {
            person(hr, peers.get(i), peerNames[i], "III/a", bidang, posStaff);
        }
        Merit owner = World.as(ratee.nip());
        Merit appraiser = World.as(head.nip());

        // Plan: the employee drafts and submits, the supervisor (appraiser from the org data) agrees.
        JsonNode created = Poll.whileUnknown("appraisal-service to know " + ratee.nip(), ASYNC,
                () -> Appraisals.ensureSkp(hr, owner, year, ratee.nip()));
        String skp = created.path("id").asText();
        assertEquals(head.nip(), created.path("appraiserNip").asText(), "the appraiser is the head of the ratee's unit");
        assertEquals(bidang.toString(), created.path("unitId").asText());
        Appraisals.draftAndSubmit(owner, skp, "Terselenggaranya administrasi penilaian kinerja pegawai", 12);
        assertEquals("SUBMITTED", Appraisals.detail(owner, skp).json().path("state").asText());
        Appraisals.agree(appraiser, skp);
        assertEquals("AGREED", Appraisals.detail(owner, skp).json().path("state").asText());
        // The head's team view: the ratee's agreed plan, and the three colleagues who have not made one yet.
        JsonNode team = Poll.until("the head's team of four in appraisal-service", ASYNC, () -> {
            JsonNode t = appraiser.get("/api/v1/appraisals/employees/" + head.nip() + "/team?year=" + year).send().expect(200).json();
            return t.path("members").path("totalItems").asInt() == 1 + peers.size() ? t : null;
        });
        assertEquals(peers.size(), team.path("withoutSkp").asInt(), () -> "team: " + team);
        assertEquals(1, team.path("states").path("AGREED").asInt(), () -> "team: " + team);
        assertTrue(team.path("members").path("items").toString().contains("\"id\":\"" + skp + "\""), () -> "team: " + team);
        assertEquals(403, owner.get("/api/v1/appraisals/employees/" + head.nip() + "/team?year=" + year).send().status());
        assertEquals(4, Appraisals.realise(owner, skp, 4, 3));
        assertEquals(4, owner.get("/api/v1/skp/" + skp + "/realisations").send().expect(200).json().size());
        long planned = System.nanoTime();

        // Peers: nothing leaves feedback-service while the round is open, nor below k answers; once the round is closed,
        // the PEER group of k answers appears.
        Map<String, Merit> raters = new LinkedHashMap<>();
        for (Nips.Person p : peers.subList(0, K - 1)) {
            raters.put(p.nip(), World.as(p.nip()));
        }
        String deadline = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(7).toString();
        String round = Poll.whileUnknown("feedback-service to know the ratee and the peers", ASYNC,
                () -> Feedback.peerRound(hr, ratee.nip(), year, deadline, raters, key -> 3 + Math.floorMod(key.hashCode(), 2)));
        JsonNode belowK = hr.get("/api/v1/feedback/employees/" + ratee.nip() + "/summary?year=" + year).send().expect(200).json();
        assertFalse(belowK.toString().contains("\"PEER\""), () -> "a group below k must not leave the service: " + belowK);
        raters.put(peers.get(K - 1).nip(), World.as(peers.get(K - 1).nip()));
        Feedback.peerRound(hr, ratee.nip(), year, deadline, raters, key -> 3 + Math.floorMod(key.hashCode(), 2));
        // k answers, but the round is open: only how many were invited, nothing that moves with an answer.
        JsonNode open = Feedback.results(hr, round);
        assertEquals("OPEN", open.path("status").asText(), () -> "results of an open round: " + open);
        JsonNode openPeers = Feedback.group(open, "PEER");
        assertEquals(K, openPeers.path("invited").asInt(), () -> "results of an open round: " + open);
        assertFalse(openPeers.path("shown").asBoolean(), () -> "no PEER means while the round is open: " + open);
        assertTrue(openPeers.path("means").isNull() && openPeers.path("responses").isNull(), () -> "results of an open round: " + open);
        JsonNode stillOpen = hr.get("/api/v1/feedback/employees/" + ratee.nip() + "/summary?year=" + year).send().expect(200).json();
        assertFalse(stillOpen.toString().contains("\"PEER\""), () -> "no PEER group in the summary while the round is open: " + stillOpen);
        JsonNode closed = Feedback.closeRound(hr, round);
        JsonNode closedPeers = Feedback.group(closed, "PEER");
        assertTrue(closedPeers.path("shown").asBoolean(), () -> "PEER from k answers once the round is closed: " + closed);
        assertEquals(K, closedPeers.path("responses").asInt());

        // Public: a service-desk channel for the ratee, one single-use visit token per citizen, used without a token.
        UUID channel = Feedback.channel(hr, bidang, ratee.nip(), "Loket Penilaian Kinerja (e2e)", "SERVICE_DESK");
        String marker = "pelayanan-e2e-" + ratee.nip().substring(14);
        Api anonymous = MeritStack.api();
        for (int i = 0; i < K; i++) {
            String code = Feedback.visitToken(hr, channel, "Konsultasi penilaian kinerja");
            assertEquals("OPEN", anonymous.get("/api/v1/public/visits/" + code).send().expect(200).json().path("state").asText());
            Feedback.respond(anonymous, code, 3 + i % 2, 4, i == 0 ? "Pelayanan cepat dan ramah " + marker : null).expect(201, 200, 204);
            Api.Res again = Feedback.respond(anonymous, code, 1, 1, null);
            assertEquals(409, again.status(), () -> "a visit token is single-use: " + again);
        }
        assertEquals(1, Feedback.approve(hr, marker), "the citizen's comment waits in the moderation queue");
        JsonNode publicRating = Feedback.group(Feedback.publicRating(hr, ratee.nip(), year), "CITIZEN");
        assertTrue(publicRating.path("shown").asBoolean(), () -> "public rating from k responses: " + publicRating);
        assertEquals(K, publicRating.path("responses").asInt());
        assertTrue(publicRating.path("comments").toString().contains(marker), () -> "approved comment shown: " + publicRating);
        long fedBack = System.nanoTime();

        // feedback.summary reaches appraisal-service and shows in the rating data, marked as input.
        JsonNode input = Poll.until("feedback.summary with PEER (k) and public satisfaction in the rating data", ASYNC, () -> {
            JsonNode in = appraiser.get("/api/v1/skp/" + skp + "/rating-data").send().expect(200).json().path("input");
            JsonNode s = in.path("feedbackSummary");
            boolean peer = false;
            for (JsonNode g : s.path("groups")) {
                peer |= "PEER".equals(g.path("group").asText()) && g.path("responses").asInt() == K;
            }
            return peer && s.path("publicSatisfaction").path("responses").asInt() == K ? in : null;
        });
        assertNotNull(input.path("note").asText(null));
        long summarised = System.nanoTime();

        // Rating → predikat from the matrix.
        JsonNode rated = Appraisals.rate(appraiser, skp, "ABOVE", "MEETS");
        assertEquals("RATED", rated.path("state").asText());
        assertEquals("BAIK", rated.path("predikat").asText());
        assertEquals(Appraisals.predikat("ABOVE", "MEETS"), rated.path("predikat").asText());

        // Distribution: a unit result of BAIK needs at least one Butuh Perbaikan or Kurang → finalising is refused;
        // the leader's ISTIMEWA allows it.
        Appraisals.unitResult(hr, bidang, year, "BAIK");
        JsonNode strict = Appraisals.distribution(hr, bidang, year);
        assertEquals(1, strict.path("total").asInt());
        assertEquals(1, strict.path("counts").path("BAIK").asInt());
        assertFalse(strict.path("violations").isEmpty(), () -> "BAIK curve broken by 100 % Baik: " + strict);
        assertEquals(409, Appraisals.finalizeUnit(hr, bidang, year, null).status());
        Appraisals.unitResult(hr, bidang, year, "ISTIMEWA");
        assertTrue(Appraisals.distribution(hr, bidang, year).path("violations").isEmpty());
        JsonNode finalized = Appraisals.finalizeUnit(hr, bidang, year, null).expect(200).json();
        assertEquals(1, finalized.path("finalized").asInt());
        assertEquals("FINAL", Appraisals.detail(owner, skp).json().path("state").asText());
        assertTrue(owner.get("/api/v1/appraisals/employees/" + ratee.nip() + "/predikat").send().expect(200).json().toString()
                .contains("\"BAIK\""));
        long finalAt = System.nanoTime();

        // appraisal.finalized reaches placement: the talent box uses the year's predikat.
        JsonNode talent = Poll.until("placement-service to see the final predikat of " + year, ASYNC, () -> {
            JsonNode t = hr.get("/api/v1/talent/" + ratee.nip()).send().expect(200).json();
            return t.path("latestYear").asInt() == year && "BAIK".equals(t.path("latestPredikat").asText()) ? t : null;
        });
        assertEquals("MEETS", talent.path("classification").path("performance").asText(), () -> "talent: " + talent);
        long done = System.nanoTime();

        System.out.printf("[e2e] appraisal year: plan+realisation %.1f s, peer (k=%d) + public feedback %.1f s, summary in rating data "
                        + "%.1f s, rating + distribution + final %.1f s, predikat in placement %.1f s; whole test %.1f s%n",
                (planned - t0) / 1e9, K, (fedBack - planned) / 1e9, (summarised - fedBack) / 1e9, (finalAt - summarised) / 1e9,
                (done - finalAt) / 1e9, (done - t0) / 1e9);
    }

    /** Registers and places a person and gives them a Keycloak account (username = NIP). */
    static void person(Merit hr, Nips.Person p, String name, String golongan, UUID unit, UUID position) {
        World.register(hr, p.nip(), name, p.birthDate(), p.sex(), golongan, unit, position, 75.0);
        String[] parts = name.split(" ", 2);
        MeritStack.users().ensureEmployee(p.nip(), parts[0], parts.length > 1 ? parts[1] : parts[0]);
    }
}
