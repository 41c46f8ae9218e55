package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The steps of Merit's flows as one caller (a token) performs them through the gateway. Creates send a
 * deterministic Idempotency-Key and treat "already exists" as success, so running a script twice changes nothing.
 */
public final class Merit {
    private final Api api;
    private final String token;

    public Merit(Api api, String token) {
        this.api = api;
        this.token = token;
    }

    public Api api() {
        return api;
    }

    public String token() {
        return token;
    }

    public Api.Call get(String path) {
        return api.get(path).token(token);
    }

    public Api.Call post(String path) {
        return api.post(path).token(token);
    }

    public Api.Call put(String path) {
        return api.put(path).token(token);
    }

    /** Every item of a paged collection (size 200 per page). */
    public List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        String sep = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode body = get(path + sep + "page=" + page + "&size=200").send().expect(200).json();
            JsonNode list = body.has("items") ? body.path("items") : body.path("content");
            list.forEach(items::add);
            if (list.size() < 200) {
                return items;
            }
        }
    }

    /** Finds a unit or position by its code among all of them. */
    public Optional<JsonNode> byCode(String collection, String code) {
        return all("/api/v1/" + collection).stream().filter(n -> code.equals(n.path("code").asText())).findFirst();
    }

    public UUID unit(String code, String name, UUID parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("parentId", parentId);
        Api.Res r = post("/api/v1/units").header("Idempotency-Key", "unit-" + code).json(body).send();
        if (r.status() == 409) {
            return UUID.fromString(byCode("units", code).orElseThrow(() -> new Api.ApiException("409 for unit " + code + " but not listed: " + r))
                    .path("id").asText());
        }
        return UUID.fromString(r.expect(200, 201).json().path("id").asText());
    }

    public record PositionSpec(String code, String name, String type, String fungsionalLevel, UUID unitId, int seats,
                               List<Map<String, Object>> competencyStandard, Map<String, Object> requirements) {
    }

    public UUID position(PositionSpec p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", p.code());
        body.put("name", p.name());
        body.put("type", p.type());
        body.put("fungsionalLevel", p.fungsionalLevel());
        body.put("unitId", p.unitId());
        body.put("seats", p.seats());
        if (p.competencyStandard() != null) {
            body.put("competencyStandard", p.competencyStandard());
        }
        if (p.requirements() != null) {
            body.put("requirements", p.requirements());
        }
        Api.Res r = post("/api/v1/positions").header("Idempotency-Key", "position-" + p.code()).json(body).send();
        if (r.status() == 409) {
            return UUID.fromString(byCode("positions", p.code()).orElseThrow(() -> new Api.ApiException("409 for position " + p.code() + ": " + r))
                    .path("id").asText());
        }
        return UUID.fromString(r.expect(200, 201).json().path("id").asText());
    }

    /** Sets the head position of a unit unless it already is. */
    public void head(UUID unitId, UUID positionId) {
        Api.Res u = get("/api/v1/units/" + unitId).send().expect(200);
        if (positionId.toString().equals(u.json().path("headPositionId").asText())) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", u.json().path("name").asText());
        body.put("parentId", u.json().path("parentId").isNull() ? null : u.json().path("parentId").asText(null));
        body.put("headPositionId", positionId);
        put("/api/v1/units/" + unitId).ifMatch(u.etag()).json(body).send().expect(200);
    }

    public record EmployeeSpec(String nip, String name, String frontTitle, String backTitle, String birthPlace,
                               LocalDate birthDate, String sex, String golongan, LocalDate golonganTmt, UUID unitId,
                               List<Map<String, Object>> education, List<Map<String, Object>> competencies,
                               Double potentialScore) {
        public Map<String, Object> body() {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("nip", nip);
            b.put("name", name);
            b.put("frontTitle", frontTitle);
            b.put("backTitle", backTitle);
            b.put("birthPlace", birthPlace);
            b.put("birthDate", birthDate.toString());
            b.put("sex", sex);
            b.put("golongan", golongan);
            b.put("golonganTmt", golonganTmt == null ? null : golonganTmt.toString());
            b.put("unitId", unitId);
            b.put("education", education);
            b.put("competencies", competencies);
            b.put("potentialScore", potentialScore);
            b.put("potentialAssessedOn", potentialScore == null ? null : "2025-06-01");
            return b;
        }
    }

    /** Registers the employee (or finds them); returns the current snapshot. */
    public JsonNode employee(EmployeeSpec e) {
        Api.Res r = post("/api/v1/employees").header("Idempotency-Key", "employee-" + e.nip()).json(e.body()).send();
        if (r.status() == 409) {
            return get("/api/v1/employees/" + e.nip()).send().expect(200).json();
        }
        return r.expect(200, 201).json();
    }

    /** Places the employee in the position unless they already hold it. */
    public JsonNode assign(String nip, UUID positionId, LocalDate tmt, String decisionRef) {
        Api.Res current = get("/api/v1/employees/" + nip).send().expect(200);
        if (positionId.toString().equals(current.json().path("position").path("id").asText())) {
            return current.json();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("positionId", positionId);
        body.put("tmt", tmt.toString());
        body.put("decisionRef", decisionRef);
        return put("/api/v1/employees/" + nip + "/position").ifMatch(current.etag()).json(body).send().expect(200).json();
    }

    /** Opens the appraisal period of a year unless it exists. */
    public void period(int year) {
        Api.Res r = post("/api/v1/periods").json(Map.of("year", year, "subPeriodKind", "QUARTERLY")).send();
        r.expect(200, 201, 409);
    }

    /**
     * Opens a vacancy for the position once placement-service has the position from employee-service's events
     * (until then it answers 400 "not known"); returns the vacancy's id.
     */
    public String openVacancy(UUID positionId, LocalDate tmt, String note, Duration wait) {
        return Poll.until("placement-service to know position " + positionId, wait, () -> {
            Api.Res r = post("/api/v1/vacancies").json(Map.of("positionId", positionId, "tmt", tmt.toString(), "note", note)).send();
            return r.status() == 400 && r.body().contains("not known") ? null : r.expect(201).json().path("id").asText();
        });
    }

    public static Map<String, Object> education(String level, String field, String institution, int year) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", level);
        m.put("field", field);
        m.put("institution", institution);
        m.put("year", year);
        return m;
    }

    public static Map<String, Object> assessment(String code, int level) {
        return Map.of("code", code, "level", level, "assessedOn", "2025-03-01", "source", "Assessment Center BKPSDM");
    }
}
