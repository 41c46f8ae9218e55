package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the gateway's merged OpenAPI document × the eight callers, with real Keycloak tokens.
 * A cell is the HTTP status; what is asserted is the access decision: 401 (no token), 403 (refused) or let
 * through (anything else — a let-through write with an empty body is then refused by validation, which is fine).
 * Expected decisions come from each operation's role list in the document (Quarkus writes @RolesAllowed into
 * {@code security}); object-level rules, which no document states, are the explicit table {@link #OBJECT_LEVEL}.
 */
@ExtendWith(MeritStack.class)
@Order(2)
class AuthorizationMatrixTests {
    enum Caller { ANONYMOUS, EMPLOYEE_OWN, EMPLOYEE_OTHER, APPRAISER, HR_ADMIN, PLACEMENT_BOARD, INTEGRATION, AUDITOR }

    enum Decision { UNAUTHENTICATED, FORBIDDEN, ALLOWED }

    /** Anonymous callers reach only these (DESIGN §6; gateway README). */
    static boolean isPublic(String path) {
        return path.startsWith("/api/v1/public/") || path.startsWith("/f/") || path.startsWith("/q/");
    }

    /**
     * Object-level rules of reads where the three employee callers differ, as the services' READMEs state them:
     * EMPLOYEE_OWN = pegawai on her own record, EMPLOYEE_OTHER = pegawai on a colleague's, APPRAISER = atasan on
     * pegawai's. Only cells that differ from "the employee role is allowed" are listed.
     */
    private static final Map<Caller, Decision> SUPERVISOR_ONLY =
            Map.of(Caller.EMPLOYEE_OWN, Decision.FORBIDDEN, Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN);

    static final Map<String, Map<Caller, Decision>> OBJECT_LEVEL = Map.ofEntries(
            Map.entry("GET /api/v1/employees/{nip}", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/employees/{nip}/supervisor", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/employees/{nip}/reports", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/skp/{id}", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/skp/{id}/realisations", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/skp/{id}/dialogue", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/skp/{id}/rating-data", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/skp/{id}/history", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            // Body-less SKP transitions: whose SKP it is is decided before the (absent) If-Match is read.
            Map.entry("POST /api/v1/skp/{id}/submit", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN,
                    Caller.APPRAISER, Decision.FORBIDDEN, Caller.HR_ADMIN, Decision.FORBIDDEN)),
            Map.entry("DELETE /api/v1/skp/{id}/rhk/{rhkId}", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN,
                    Caller.APPRAISER, Decision.FORBIDDEN, Caller.HR_ADMIN, Decision.FORBIDDEN)),
            Map.entry("POST /api/v1/skp/{id}/agree", Map.of(Caller.EMPLOYEE_OWN, Decision.FORBIDDEN,
                    Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN, Caller.HR_ADMIN, Decision.FORBIDDEN)),
            Map.entry("POST /api/v1/skp/{id}/return", Map.of(Caller.EMPLOYEE_OWN, Decision.FORBIDDEN,
                    Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN, Caller.HR_ADMIN, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/appraisals/employees/{nip}/predikat",
                    Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN, Caller.APPRAISER, Decision.FORBIDDEN)),
            // A unit's distribution: besides hr-admin and auditors only the leader one level up of the unit's head, none of these.
            Map.entry("GET /api/v1/appraisals/units/{unitId}/distribution", Map.of(Caller.EMPLOYEE_OWN, Decision.FORBIDDEN,
                    Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN, Caller.APPRAISER, Decision.FORBIDDEN)),
            // Its progress: the same readers through the same check (atasan heads the bidang; the leader one level up is above him).
            Map.entry("GET /api/v1/appraisals/units/{unitId}/progress", Map.of(Caller.EMPLOYEE_OWN, Decision.FORBIDDEN,
                    Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN, Caller.APPRAISER, Decision.FORBIDDEN)),
            // A team is read by its supervisor (pegawai's own, empty), not by the people in it nor by their supervisor.
            Map.entry("GET /api/v1/appraisals/employees/{nip}/team",
                    Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN, Caller.APPRAISER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/talent/{nip}", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN, Caller.APPRAISER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/feedback/employees/{nip}/summary", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/feedback/employees/{nip}/public", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/peer-rounds/{id}", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/peer-rounds/{id}/results", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            Map.entry("POST /api/v1/peer-rounds/{id}/close",
                    Map.of(Caller.EMPLOYEE_OWN, Decision.FORBIDDEN, Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/peer-rounds/{id}/suggestions",
                    Map.of(Caller.EMPLOYEE_OWN, Decision.FORBIDDEN, Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/peer-rounds/{id}/reminders",
                    Map.of(Caller.EMPLOYEE_OWN, Decision.FORBIDDEN, Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            // Training records: read like the employee record (self and supervisors).
            Map.entry("GET /api/v1/employees/{nip}/trainings", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/employees/{nip}/trainings/{id}", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            // Development: "own data" is the employee and their supervisor (403 before 404); plan changes are the
            // supervisor's (and hr-admin's), never the employee's own.
            Map.entry("GET /api/v1/development/{nip}/gaps", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/development/{nip}/reachable-positions", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/development/{nip}/plans/{year}", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN)),
            Map.entry("GET /api/v1/development/{nip}/team", Map.of(Caller.EMPLOYEE_OTHER, Decision.FORBIDDEN, Caller.APPRAISER, Decision.FORBIDDEN)),
            Map.entry("POST /api/v1/development/{nip}/plans/{year}", SUPERVISOR_ONLY),
            Map.entry("POST /api/v1/development/{nip}/plans/{year}/agree", SUPERVISOR_ONLY),
            Map.entry("POST /api/v1/development/{nip}/plans/{year}/target", SUPERVISOR_ONLY),
            Map.entry("POST /api/v1/development/{nip}/plans/{year}/items", SUPERVISOR_ONLY),
            Map.entry("POST /api/v1/development/{nip}/plans/{year}/items/{itemId}/done", SUPERVISOR_ONLY),
            Map.entry("POST /api/v1/development/{nip}/plans/{year}/items/{itemId}/drop", SUPERVISOR_ONLY),
            Map.entry("POST /api/v1/development/{nip}/plans/{year}/recommendations/apply", SUPERVISOR_ONLY));

    /**
     * Bodies valid enough to pass bean validation where a service checks the object-level rule inside the method
     * (after validation): with {@code {}} every caller would get 400 and the rule would go untested.
     */
    static final Map<String, String> VALID_BODIES = Map.of(
            "POST /api/v1/development/{nip}/plans/{year}/items",
            "{\"focus\":\"KOMUNIKASI\",\"activityType\":\"COURSE\",\"suggestedJp\":8,\"reason\":\"matrix\"}",
            "POST /api/v1/development/{nip}/plans/{year}/items/{itemId}/drop", "{\"reason\":\"matrix\"}");

    /** Operations whose role list the document does not carry, by hand from the services' READMEs. */
    static final Map<String, Set<String>> ROLES_BY_HAND = Map.of();

    /**
     * Cells where a service contradicts its own documented rule: reported to its owner, asserted as they are now
     * so the matrix keeps guarding every other cell; each is printed on every run.
     */
    static final Map<String, Map<Caller, Decision>> KNOWN_DEFECTS = Map.of();

    /**
     * Without a registry these answer 503 by design (employee-service README): only when attached to a suite started
     * without one — MeritStack's own suite has the fake registry, so there a 503 is a failure like any other.
     */
    static final Set<String> REGISTRY_CALLS = Set.of("POST /api/v1/registry/employees/{nip}/sync", "POST /api/v1/registry/units/sync");

    @Test
    void everyCreateThatTakesAnIdempotencyKeySaysWhatItDoesInTheOneApiDocument() {
        JsonNode doc = MeritStack.api().get("/q/openapi").header("Accept", "application/json").send().expect(200).json();
        List<String> undescribed = new ArrayList<>();
        int keys = 0;
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                for (JsonNode p : op.getValue().path("parameters")) {
                    if ("Idempotency-Key".equals(p.path("name").asText()) && "header".equals(p.path("in").asText())) {
                        keys++;
                        if (p.path("description").asText("").isBlank()) {
                            undescribed.add(op.getKey().toUpperCase() + " " + path.getKey());
                        }
                    }
                }
            }
        }
        // Employee 5, appraisal 5, feedback 2, placement 4 creates take the key (public submissions do not).
        assertTrue(keys >= 16, "creates with an Idempotency-Key in the document: " + keys);
        assertEquals(List.of(), undescribed, "an Idempotency-Key without a description");
    }

    @Test
    void everyOperationAnswersEveryCallerAsItsRolesAndObjectRulesSay() {
        World w = World.get();
        Fixture f = Fixture.get();
        OpenApi doc = new OpenApi(MeritStack.api().get("/q/openapi").header("Accept", "application/json").send().expect(200).json());
        Map<Caller, String> tokens = new LinkedHashMap<>();
        tokens.put(Caller.ANONYMOUS, null);
        tokens.put(Caller.EMPLOYEE_OWN, MeritStack.token(World.PEGAWAI));
        tokens.put(Caller.EMPLOYEE_OTHER, MeritStack.token(World.PEGAWAI));
        tokens.put(Caller.APPRAISER, MeritStack.token(World.ATASAN));
        tokens.put(Caller.HR_ADMIN, MeritStack.token(World.HR));
        tokens.put(Caller.PLACEMENT_BOARD, MeritStack.token(World.BOARD));
        tokens.put(Caller.INTEGRATION, MeritStack.token(World.INTEGRASI));
        tokens.put(Caller.AUDITOR, MeritStack.token(World.AUDITOR));

        List<String> mismatches = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-62s", "operation"));
        for (Caller c : Caller.values()) {
            table.append(String.format(" %-9s", c.name().length() > 9 ? c.name().substring(0, 9) : c.name()));
        }
        table.append('\n');
        int cells = 0;
        for (OpenApi.Op op : doc.operations()) {
            if (!op.path().startsWith("/api/") && !op.path().startsWith("/f/")) {
                continue;
            }
            table.append(String.format("%-62s", op.key()));
            for (Caller c : Caller.values()) {
                String path = f.fill(op, c);
                Api.Call call = MeritStack.api().call(op.method(), path).token(tokens.get(c)).timeout(Duration.ofSeconds(30));
                if (op.contentType() != null) {
                    call.raw(VALID_BODIES.getOrDefault(op.key(), op.contentType().contains("json") ? "{}" : ""), op.contentType());
                }
                Api.Res r = call.send();
                Decision expected = expected(op, c);
                Decision actual = r.status() == 401 ? Decision.UNAUTHENTICATED : r.status() == 403 ? Decision.FORBIDDEN : Decision.ALLOWED;
                boolean serverError = r.status() < 0 || (r.status() >= 500 && !(r.status() == 503 && MeritStack.registry() == null && REGISTRY_CALLS.contains(op.key())));
                boolean ok = expected == actual && !serverError;
                table.append(String.format(" %-9s", r.status() + (ok ? "" : "!")));
                if (!ok) {
                    mismatches.add(op.key() + " as " + c + " (" + path + "): expected " + expected + ", got " + r);
                }
                cells++;
            }
            table.append('\n');
        }
        System.out.println("[e2e] authorization matrix (! = not as expected):\n" + table);
        System.out.printf("[e2e] authorization matrix: %d operations x %d callers = %d cells, %d not as expected%n",
                cells / Caller.values().length, Caller.values().length, cells, mismatches.size());
        assertTrue(cells > 0);
        assertEquals(List.of(), mismatches, "cells not as expected");
    }

    static Decision expected(OpenApi.Op op, Caller c) {
        if (isPublic(op.path())) {
            return Decision.ALLOWED;
        }
        if (c == Caller.ANONYMOUS) {
            return Decision.UNAUTHENTICATED;
        }
        Decision defect = KNOWN_DEFECTS.getOrDefault(op.key(), Map.of()).get(c);
        if (defect != null) {
            System.out.println("[e2e] KNOWN DEFECT asserted as it is: " + op.key() + " as " + c + " -> " + defect);
            return defect;
        }
        Set<String> roles = ROLES_BY_HAND.containsKey(op.key()) ? ROLES_BY_HAND.get(op.key()) : Set.copyOf(op.roles());
        // The realm's roles of each demo user: hr.admin is also an employee (an ASN with a NIP).
        Set<String> callerRoles = switch (c) {
            case EMPLOYEE_OWN, EMPLOYEE_OTHER, APPRAISER -> Set.of("employee");
            case HR_ADMIN -> Set.of("hr-admin", "employee");
            case PLACEMENT_BOARD -> Set.of("placement-board");
            case INTEGRATION -> Set.of("integration");
            case AUDITOR -> Set.of("auditor");
            case ANONYMOUS -> throw new IllegalStateException();
        };
        if (callerRoles.stream().noneMatch(roles::contains)) {
            return Decision.FORBIDDEN;
        }
        return OBJECT_LEVEL.getOrDefault(op.key(), Map.of()).getOrDefault(c, Decision.ALLOWED);
    }

    /** Real objects to name in paths: pegawai's and a colleague's SKP, a peer round about pegawai. */
    static final class Fixture {
        private static Fixture instance;
        final String ownSkp;
        final String otherSkp;
        final String ownRound;
        final String otherRound;

        static synchronized Fixture get() {
            if (instance == null) {
                instance = new Fixture();
            }
            return instance;
        }

        private Fixture() {
            World w = World.get();
            Merit hr = World.as(World.HR);
            ownSkp = skp(hr, World.PEGAWAI_NIP);
            otherSkp = skp(hr, w.peerNips.get(0));
            ownRound = round(hr, World.PEGAWAI_NIP);
            otherRound = round(hr, w.peerNips.get(1));
        }

        static String skp(Merit hr, String nip) {
            Api.Res r = Poll.until("an SKP for " + nip, Duration.ofSeconds(60), () -> {
                Api.Res x = hr.post("/api/v1/skp").json(Map.of("year", World.YEAR, "nip", nip)).send();
                return x.status() == 422 ? null : x;
            });
            if (r.status() == 409) {
                // Already there (a re-run against a running suite): the owner lists it.
                String owner = nip.equals(World.PEGAWAI_NIP) ? World.PEGAWAI : World.user(nip);
                for (JsonNode s : World.as(owner).get("/api/v1/skp/mine").send().expect(200).json().path("items")) {
                    if (s.path("year").asInt() == World.YEAR) {
                        return s.path("id").asText();
                    }
                }
            }
            return r.expect(201).json().path("id").asText();
        }

        /** A round of this year; rounds cannot be listed, so a re-run against a running suite takes an earlier year. */
        static String round(Merit hr, String nip) {
            for (int year = World.YEAR; ; year--) {
                int y = year;
                Api.Res r = Poll.until("a peer round for " + nip, Duration.ofSeconds(60), () -> {
                    Api.Res x = hr.post("/api/v1/peer-rounds").json(Map.of("rateeNip", nip, "year", y,
                            "deadline", World.YEAR + "-12-31")).send();
                    return x.status() == 422 || x.status() == 404 ? null : x;
                });
                if (r.status() != 409 || year < World.YEAR - 20) {
                    return r.expect(201).json().path("id").asText();
                }
            }
        }

        /** The path with its parameters named for this caller. */
        String fill(OpenApi.Op op, Caller c) {
            World w = World.get();
            boolean other = c == Caller.EMPLOYEE_OTHER;
            String path = op.path();
            String nip = other ? w.peerNips.get(0) : World.PEGAWAI_NIP;
            String skp = other ? otherSkp : ownSkp;
            String round = other ? otherRound : ownRound;
            path = path.replace("{nip}", nip);
            if (path.startsWith("/api/v1/skp/")) {
                path = path.replace("{id}", skp);
            } else if (path.startsWith("/api/v1/peer-rounds/")) {
                path = path.replace("{id}", round);
            } else if (path.startsWith("/api/v1/units/") || path.startsWith("/api/v1/appraisals/units/") || path.startsWith("/api/v1/feedback/units/")) {
                path = path.replace("{id}", w.bidang.toString()).replace("{unitId}", w.bidang.toString());
            } else if (path.startsWith("/api/v1/periods/")) {
                path = path.replace("{year}", Integer.toString(World.YEAR));
            }
            path = path.replaceAll("\\{[^}]*[iI]d}", UUID.nameUUIDFromBytes(op.key().getBytes()).toString())
                    .replace("{code}", "ABCD-EFGH-JKMN-PQRS").replace("{year}", Integer.toString(World.YEAR));
            List<String> query = new ArrayList<>();
            for (OpenApi.Param p : op.params()) {
                if (p.in().equals("query") && p.required()) {
                    query.add(p.name() + "=" + (p.name().equals("year") ? World.YEAR : p.name().toLowerCase().endsWith("id") ? w.bidang : "1"));
                }
            }
            return query.isEmpty() ? path : path + "?" + String.join("&", query);
        }
    }
}
