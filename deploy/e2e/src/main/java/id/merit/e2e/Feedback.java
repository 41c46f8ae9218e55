package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * DESIGN §2 flow 2's feedback part: a peer round (opened by hr-admin, answered by each invited rater with their own
 * token) and public feedback through one-time visit tokens (issued for a channel, used anonymously). Steps skip what
 * is already there, so a script can run twice.
 */
public final class Feedback {
    private Feedback() {
    }

    /**
     * Opens the ratee's round of the year (or finds it through the first rater's tasks), invites each rater as PEER
     * and lets every rater answer once. {@code raters} maps a rater's NIP to their client; {@code score} gives a
     * rater's 1-4 score for every BerAKHLAK value. Returns the round id.
     */
    public static String peerRound(Merit hr, String rateeNip, int year, String deadline, Map<String, Merit> raters,
                                   Function<String, Integer> score) {
        Merit first = raters.values().iterator().next();
        String roundId = task(first, rateeNip, year).map(t -> t.path("roundId").asText()).orElse(null);
        if (roundId == null) {
            Api.Res r = hr.post("/api/v1/peer-rounds").json(Map.of("rateeNip", rateeNip, "year", year, "deadline", deadline)).send();
            if (r.status() == 409) {
                // The round exists but the first rater was never invited: look through the others' tasks.
                roundId = raters.values().stream().map(m -> task(m, rateeNip, year)).flatMap(Optional::stream)
                        .map(t -> t.path("roundId").asText()).findFirst()
                        .orElseThrow(() -> new Api.ApiException("a round for " + rateeNip + " exists but no rater is invited: " + r));
            } else {
                roundId = r.expect(201).json().path("id").asText();
            }
        }
        for (Map.Entry<String, Merit> rater : raters.entrySet()) {
            if (task(rater.getValue(), rateeNip, year).isEmpty()) {
                hr.post("/api/v1/peer-rounds/" + roundId + "/invitations")
                        .json(Map.of("raters", List.of(Map.of("nip", rater.getKey(), "group", "PEER")))).send().expect(200, 201, 409);
            }
            JsonNode t = task(rater.getValue(), rateeNip, year).orElseThrow(() -> new Api.ApiException(rater.getKey() + " has no task"));
            if (!t.path("answered").asBoolean()) {
                Map<String, Object> scores = new LinkedHashMap<>();
                Appraisals.BERAKHLAK.forEach(v -> scores.put(v, score.apply(rater.getKey() + v)));
                rater.getValue().put("/api/v1/feedback/tasks/" + t.path("id").asText() + "/answer")
                        .json(Map.of("scores", scores, "comment", "Rekan kerja yang dapat diandalkan")).send().expect(200);
            }
        }
        return roundId;
    }

    /**
     * Closes the round unless it is closed already, and returns its results. A round's answers count (results,
     * summary, feedback.summary) only once it is closed: while open nothing that moves with one answer leaves
     * feedback-service.
     */
    public static JsonNode closeRound(Merit hr, String roundId) {
        Api.Res round = hr.get("/api/v1/peer-rounds/" + roundId).send().expect(200);
        if ("OPEN".equals(round.json().path("status").asText())) {
            hr.post("/api/v1/peer-rounds/" + roundId + "/close").ifMatch(round.etag()).send().expect(200);
        }
        return results(hr, roundId);
    }

    /** The round's results: {@code status} and, per invited group, {@code invited} and, once closed and from k, the means. */
    public static JsonNode results(Merit reader, String roundId) {
        return reader.get("/api/v1/peer-rounds/" + roundId + "/results").send().expect(200).json();
    }

    /** The rater's task (invitation) for the ratee and year, with their answer if given. */
    public static Optional<JsonNode> task(Merit rater, String rateeNip, int year) {
        for (JsonNode t : rater.get("/api/v1/feedback/tasks?year=" + year + "&size=200").send().expect(200).json().path("items")) {
            if (rateeNip.equals(t.path("rateeNip").asText()) && t.path("year").asInt() == year) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The channel of that name (for the employee, when given), created by hr-admin when missing. */
    public static UUID channel(Merit hr, UUID unitId, String employeeNip, String name, String kind) {
        for (JsonNode c : hr.all("/api/v1/feedback/channels")) {
            if (name.equals(c.path("name").asText()) && unitId.toString().equals(c.path("unitId").asText())) {
                return UUID.fromString(c.path("id").asText());
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unitId);
        body.put("employeeNip", employeeNip);
        body.put("name", name);
        body.put("kind", kind);
        return UUID.fromString(hr.post("/api/v1/feedback/channels").json(body).send().expect(201).json().path("id").asText());
    }

    /** A one-time visit token of the channel for a citizen: its code (issued by hr-admin or staff of the unit). */
    public static String visitToken(Merit issuer, UUID channelId, String serviceType) {
        return visitToken(issuer, channelId, serviceType, "CITIZEN");
    }

    /**
     * A one-time visit token of the channel: its code. {@code group} (CITIZEN, STUDENT or PARENT) is who rates, fixed
     * by the issuer; STUDENT and PARENT need a channel about an employee (a teacher).
     */
    public static String visitToken(Merit issuer, UUID channelId, String serviceType, String group) {
        return issuer.post("/api/v1/feedback/channels/" + channelId + "/tokens")
                .json(Map.of("serviceType", serviceType, "validMinutes", 60, "group", group)).send().expect(201).json().path("code").asText();
    }

    /**
     * A citizen uses a visit code once, without a token: nine SKM elements, the employee's behaviour (1-4) and an
     * optional comment. The service limits submissions per client address; a 429 is waited out as its Retry-After
     * says (bounded), since a generator sends many from one address.
     */
    public static Api.Res respond(Api gateway, String code, int element, int behaviour, String comment) {
        Map<String, Object> elements = new LinkedHashMap<>();
        for (String e : List.of("PERSYARATAN", "PROSEDUR", "WAKTU_PENYELESAIAN", "BIAYA_TARIF", "PRODUK_LAYANAN",
                "KOMPETENSI_PELAKSANA", "PERILAKU_PELAKSANA", "PENANGANAN_PENGADUAN", "SARANA_PRASARANA")) {
            elements.put(e, e.equals("BIAYA_TARIF") ? 4 : element);
        }
        Map<String, Object> b = new LinkedHashMap<>();
        Appraisals.BERAKHLAK.forEach(v -> b.put(v, behaviour));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("elements", elements);
        body.put("behaviour", b);
        body.put("comment", comment);
        return submit(gateway, code, body);
    }

    /**
     * A student or parent uses a STUDENT or PARENT code once: the teacher's behaviour only (1-4; the SKM elements of
     * a unit's service are not asked of them) and an optional comment.
     */
    public static Api.Res rateTeacher(Api gateway, String code, int behaviour, String comment) {
        Map<String, Object> b = new LinkedHashMap<>();
        Appraisals.BERAKHLAK.forEach(v -> b.put(v, behaviour));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("behaviour", b);
        body.put("comment", comment);
        return submit(gateway, code, body);
    }

    private static Api.Res submit(Api gateway, String code, Map<String, Object> body) {
        return gateway.post("/api/v1/public/visits/" + code + "/responses").json(body).patientWith429(Duration.ofMinutes(3)).send();
    }

    /** hr-admin approves the pending moderation items whose text contains {@code marker}; returns how many. */
    public static int approve(Merit hr, String marker) {
        int n = 0;
        for (JsonNode m : hr.all("/api/v1/feedback/moderation?status=PENDING")) {
            if (m.path("text").asText().contains(marker)) {
                hr.post("/api/v1/feedback/moderation/" + m.path("id").asText() + "/approve")
                        .ifMatch("\"" + m.path("version").asText() + "\"").send().expect(200);
                n++;
            }
        }
        return n;
    }

    /** The employee's public rating: {@code groups}, one entry per public group (CITIZEN, STUDENT, PARENT). */
    public static JsonNode publicRating(Merit reader, String nip, int year) {
        return reader.get("/api/v1/feedback/employees/" + nip + "/public?year=" + year).send().expect(200).json();
    }

    /**
     * One rater group's entry of a public rating (shown, threshold and, when shown, responses, behaviour, comments; IKM
     * for CITIZEN) or of a round's results (invited, shown, threshold and, when shown, responses, means, comments).
     */
    public static JsonNode group(JsonNode withGroups, String group) {
        for (JsonNode g : withGroups.path("groups")) {
            if (group.equals(g.path("group").asText())) {
                return g;
            }
        }
        throw new Api.ApiException("no group " + group + " in " + withGroups);
    }
}
