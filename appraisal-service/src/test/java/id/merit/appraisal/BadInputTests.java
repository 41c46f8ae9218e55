package id.merit.appraisal;

import id.merit.appraisal.domain.SkpState;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every write endpoint with malformed JSON, wrong types, unknown enum values, oversized strings, missing fields
 * and unknown fields: 400 problem+json, and not a single row written anywhere.
 */
@QuarkusTest
class BadInputTests {
    static final String OWNER = "199401012020011001";
    static final String LONG = "x".repeat(2001);
    static final String[] TABLES = {"period", "skp", "rhk", "indicator", "realisation", "dialogue_entry", "behaviour_rating",
            "skp_history", "unit_period", "outbox_event"};

    record Case(String method, String path, String body) {
    }

    private static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : TABLES) {
            counts.put(t, Fixtures.inTx(() -> (Long) Skp.getEntityManager()
                    .createNativeQuery("select count(*) from " + t, Long.class).getSingleResult()));
        }
        return counts;
    }

    @Test
    @TestSecurity(user = "owner-admin", roles = {"employee", "hr-admin"})
    @OidcSecurity(claims = @Claim(key = "nip", value = OWNER))
    void everyWriteEndpointRefusesBadInputWithoutWriting() {
        Skp s = Fixtures.skp(OWNER, "199401012020011100", SkpState.DRAFT);
        Indicator ind = Fixtures.firstIndicator(s.id);
        UUID unit = UUID.randomUUID();
        String skp = "/api/v1/skp/" + s.id;
        String unitPath = "/api/v1/appraisals/units/" + unit;
        List<Case> cases = new ArrayList<>();
        for (String[] endpoint : new String[][]{
                {"POST", "/api/v1/periods", "{\"year\":2040,\"subPeriodKind\":\"QUARTERLY\"}", "year", "subPeriodKind"},
                {"POST", "/api/v1/skp", "{\"year\":2026,\"nip\":\"" + OWNER + "\"}", "nip", "year"},
                {"PUT", skp + "/appraiser", "{\"appraiserNip\":\"199401012020011200\",\"reason\":\"cuti\"}", "reason", "appraiserNip"},
                {"POST", skp + "/rhk", "{\"kind\":\"UTAMA\",\"text\":\"t\",\"indicators\":[{\"aspect\":\"TIME\",\"description\":\"d\",\"target\":1,\"targetUnit\":\"bulan\"}]}", "text", "kind"},
                {"PUT", skp + "/indicators/" + ind.id, "{\"target\":3,\"targetUnit\":\"dokumen\",\"reason\":\"r\"}", "targetUnit", "target"},
                {"POST", skp + "/return", "{\"reason\":\"r\"}", "reason", null},
                {"POST", skp + "/realisations", "{\"indicatorId\":\"" + ind.id + "\",\"subPeriod\":1,\"value\":2,\"evidence\":[{\"url\":\"https://bukti.example.go.id/a.pdf\",\"label\":\"a\"}]}", "narrative", "subPeriod"},
                {"POST", skp + "/dialogue", "{\"berakhlak\":\"LOYAL\",\"text\":\"baik\"}", "text", null},
                {"PUT", skp + "/rating", SkpTests.rating("MEETS", "MEETS"), null, "hasilKerja"},
                {"POST", skp + "/objection", "{\"reason\":\"r\"}", "reason", null},
                {"POST", skp + "/objection/decision", "{\"hasilKerja\":\"MEETS\",\"perilakuKerja\":\"MEETS\",\"reason\":\"r\"}", "reason", "perilakuKerja"},
                {"PUT", unitPath + "/result?year=2026", "{\"result\":\"BAIK\"}", null, "result"},
                {"POST", unitPath + "/finalization?year=2026", "{\"overrideReason\":\"r\"}", "overrideReason", null}}) {
            String method = endpoint[0], path = endpoint[1], valid = endpoint[2], text = endpoint[3], field = endpoint[4];
            cases.add(new Case(method, path, "{\"broken\": "));
            cases.add(new Case(method, path, valid.substring(0, valid.length() - 1) + ",\"unknownField\":1}"));
            cases.add(new Case(method, path, ""));
            if (text != null) {
                cases.add(new Case(method, path, withField(valid, text, "\"" + LONG + "\"")));
            }
            if (field != null) {
                cases.add(new Case(method, path, withField(valid, field, "null")));
                cases.add(new Case(method, path, withField(valid, field, "\"NOT_A_VALUE\"")));
                cases.add(new Case(method, path, withField(valid, field, "[1,2]")));
            }
        }
        cases.add(new Case("POST", "/api/v1/periods", "{\"year\":\"dua ribu\",\"subPeriodKind\":\"MONTHLY\"}"));
        cases.add(new Case("POST", skp + "/realisations", "{\"indicatorId\":\"" + ind.id + "\",\"subPeriod\":1,\"value\":2,\"evidence\":[{\"url\":\"javascript:alert(1)\",\"label\":\"a\"}]}"));
        cases.add(new Case("POST", skp + "/realisations", "{\"indicatorId\":\"" + ind.id + "\",\"subPeriod\":1,\"value\":2,\"evidence\":[{\"url\":\"ftp://bukti/a.pdf\",\"label\":\"a\"}]}"));
        cases.add(new Case("PUT", skp + "/rating", "{\"hasilKerja\":\"MEETS\",\"perilakuKerja\":\"MEETS\",\"berakhlak\":[]}"));
        cases.add(new Case("POST", skp + "/dialogue", "{\"berakhlak\":\"SOPAN\",\"text\":\"baik\"}"));
        cases.add(new Case("POST", skp + "/dialogue", "{\"berakhlak\":\"LOYAL\"}"));
        cases.add(new Case("POST", skp + "/dialogue", "{\"rhkId\":42,\"text\":\"baik\"}"));
        cases.add(new Case("PUT", skp + "/appraiser", "{\"appraiserNip\":\"12345\",\"reason\":\"cuti\"}"));

        Map<String, Long> before = rowCounts();
        for (Case c : cases) {
            given().contentType(ContentType.JSON).header("If-Match", "\"" + s.version + "\"").body(c.body())
                    .request(c.method(), c.path())
                    .then().statusCode(400).contentType("application/problem+json");
        }
        assertEquals(before, rowCounts());
        assertEquals(s.version, Fixtures.reload(s.id).version);
    }

    /** The valid body with one field replaced (or added) by a raw JSON value. */
    private static String withField(String json, String field, String rawValue) {
        String key = "\"" + field + "\":";
        int at = json.indexOf(key);
        if (at < 0) {
            return "{" + key + rawValue + "," + json.substring(1);
        }
        int start = at + key.length();
        int end = start;
        int depth = 0;
        boolean inString = false;
        for (; end < json.length(); end++) {
            char ch = json.charAt(end);
            if (ch == '"' && json.charAt(end - 1) != '\\') {
                inString = !inString;
            } else if (!inString && (ch == '{' || ch == '[')) {
                depth++;
            } else if (!inString && (ch == '}' || ch == ']')) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (!inString && ch == ',' && depth == 0) {
                break;
            }
        }
        return json.substring(0, start) + rawValue + json.substring(end);
    }
}
