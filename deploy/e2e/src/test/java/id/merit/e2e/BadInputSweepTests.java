package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For every operation of the gateway's merged OpenAPI document: malformed JSON, wrong types, missing required
 * fields, out-of-range numbers, oversized strings and bodies, path traversal, SQL and script injection — in the
 * body, the path and the query. Asserts no 5xx (and no dropped connection) anywhere and no change in any
 * service's data; prints the number of requests per status.
 */
@ExtendWith(MeritStack.class)
@Order(3)
class BadInputSweepTests {
    static final List<String> ATTACKS = List.of("../../../../etc/passwd", "..%2F..%2F..%2Fetc%2Fpasswd", "' OR '1'='1",
            "1; DROP TABLE employee;--", "<script>alert(1)</script>", "%00", "${jndi:ldap://127.0.0.1/x}");
    static final String HUGE_STRING = "x".repeat(100_000);
    static final byte[] HUGE = hugeBody(11 * 1024 * 1024);
    /**
     * Without a registry these answer 503 by design (employee-service README): only when attached to a suite started
     * without one — MeritStack's own suite has the fake registry, so there a 503 is a failure like any other.
     */
    static final Set<String> REGISTRY_CALLS = Set.of("/api/v1/registry/employees/", "/api/v1/registry/units/sync");

    static byte[] hugeBody(int size) {
        byte[] b = new byte[size];
        java.util.Arrays.fill(b, (byte) 'a');
        b[0] = '[';
        return b;
    }
    /** Infrastructure tables that change on their own (relay, consumers, rate windows): not business data. */
    static final Set<String> NOT_DATA = Set.of("outbox_event", "processed_event", "idempotency_record", "flyway_schema_history",
            "rate_window", "rate_limit", "rate_counter");
    static final List<String> DATABASES = List.of("merit_employee", "merit_appraisal", "merit_feedback", "merit_placement");
    static final int ACCOUNTS = 10;

    record Probe(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
    }

    @Test
    void noOperationAnswers5xxOrChangesDataWhateverItIsSent() throws Exception {
        World.get();
        OpenApi doc = new OpenApi(MeritStack.api().get("/q/openapi").send().expect(200).json());
        // The gateway limits each token subject to 600 requests a minute: the sweep spreads over hr-admin accounts.
        List<String> tokens = new ArrayList<>();
        for (int i = 1; i <= ACCOUNTS; i++) {
            String user = MeritStack.users().ensure("sweep" + i, null, "Sweep", "Account" + i, "hr-admin");
            tokens.add(MeritStack.token(user));
        }
        List<Probe> probes = new ArrayList<>();
        for (OpenApi.Op op : doc.operations()) {
            if (op.path().startsWith("/api/") || op.path().startsWith("/f/")) {
                probes.addAll(probes(doc, op));
            }
        }
        Map<String, String> before = settledSnapshot();

        Map<Integer, AtomicInteger> histogram = new TreeMap<>();
        Map<String, String> failures = new ConcurrentHashMap<>();
        AtomicInteger n = new AtomicInteger();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        // Oversized bodies last, one at a time, each on a connection of its own: a server may close a connection it
        // refused a body on, and that must not be charged to the next request.
        List<Probe> ordinary = probes.stream().filter(p -> p.body() != HUGE).toList();
        List<Probe> oversized = probes.stream().filter(p -> p.body() == HUGE).toList();
        Map<String, String> oversizedFailures = new TreeMap<>();
        for (Probe p : ordinary) {
            done.add(pool.submit(() -> {
                String token = tokens.get(n.getAndIncrement() % tokens.size());
                Api.Call c = MeritStack.api().call(p.method(), p.path()).token(token).timeout(Duration.ofSeconds(60));
                p.headers().forEach(c::header);
                if (p.body() != null) {
                    c.bytes(p.body(), p.contentType());
                }
                Api.Res r = c.send();
                synchronized (histogram) {
                    histogram.computeIfAbsent(r.status(), k -> new AtomicInteger()).incrementAndGet();
                }
                if ((r.status() >= 500 || r.status() < 0) && !(r.status() == 503 && MeritStack.registry() == null && REGISTRY_CALLS.stream().anyMatch(p.path()::startsWith))) {
                    failures.put(p.method() + " " + abbreviate(p.path()) + " body " + abbreviate(p.body() == null ? "" : new String(p.body(), 0,
                            Math.min(p.body().length, 200), StandardCharsets.UTF_8)), r.toString());
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        for (Probe p : oversized) {
            Api.Res r = new Api(MeritStack.GATEWAY).call(p.method(), p.path()).token(tokens.get(0)).timeout(Duration.ofSeconds(60))
                    .bytes(p.body(), p.contentType()).send();
            histogram.computeIfAbsent(r.status(), k -> new AtomicInteger()).incrementAndGet();
            // The gateway refuses a body over the route's limit itself (413 problem+json); it never counts
            // against the upstream's circuit breaker, so every one of them must be a 413 — or a 429 where the
            // anonymous public routes' per-address limit (checked first) is spent by the sweep.
            if (r.status() != 413 && r.status() != 429) {
                oversizedFailures.put(p.method() + " " + p.path(), r.toString());
            }
        }
        Map<String, String> after = settledSnapshot();

        System.out.printf("[e2e] bad-input sweep: %d requests over %d operations in %.0f s; per status: %s%n", probes.size(),
                doc.operations().size(), (System.nanoTime() - t0) / 1e9, histogram);
        failures.forEach((k, v) -> System.out.println("[e2e] sweep 5xx: " + k + " -> " + v));
        System.out.printf("[e2e] sweep: %d of %d oversized (11 MB) bodies not answered 413: %s%n",
                oversizedFailures.size(), oversized.size(), oversizedFailures);
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, digest) -> {
            if (!digest.equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + digest);
            }
        });
        changed.forEach((k, v) -> System.out.println("[e2e] sweep changed " + k + ": " + v));
        assertEquals(Map.of(), failures, "requests answered with 5xx or a dropped connection");
        assertEquals(Map.of(), changed, "tables changed by the sweep");
        assertEquals(Map.of(), oversizedFailures, "oversized bodies must be refused with 413 (or 429), never anything else");
    }

    static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }

    /** Every bad request for one operation; ids name nothing that exists, so no variant can be a valid write. */
    static List<Probe> probes(OpenApi doc, OpenApi.Op op) {
        List<Probe> out = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("If-Match", "\"0\"");
        String path = basePath(op, null, null);
        String query = baseQuery(op, null, null);
        boolean json = op.contentType() != null && op.contentType().contains("json");
        String type = op.contentType() == null ? "application/json" : op.contentType();
        if (op.contentType() != null) {
            out.add(new Probe(op.method(), path + query, type, "{\"a\": ".getBytes(StandardCharsets.UTF_8), headers));
            out.add(new Probe(op.method(), path + query, type, "{}".getBytes(StandardCharsets.UTF_8), headers));
            out.add(new Probe(op.method(), path + query, type, "[]".getBytes(StandardCharsets.UTF_8), headers));
            out.add(new Probe(op.method(), path + query, type, "null".getBytes(StandardCharsets.UTF_8), headers));
            out.add(new Probe(op.method(), path + query, type, new byte[0], headers));
            out.add(new Probe(op.method(), path + query, type, HUGE, headers));
            out.add(new Probe(op.method(), path + query, "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8), headers));
            if (json) {
                for (Iterator<Map.Entry<String, JsonNode>> it = doc.resolve(op.bodySchema()).path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> prop = it.next();
                    for (Object bad : badValues(doc.resolve(prop.getValue()))) {
                        Map<String, Object> body = new LinkedHashMap<>();
                        body.put(prop.getKey(), bad);
                        out.add(new Probe(op.method(), path + query, type, bytes(body), headers));
                    }
                }
                out.add(new Probe(op.method(), path + query, type, bytes(Map.of("unknownField", 1)), headers));
            } else {
                for (String a : ATTACKS) {
                    out.add(new Probe(op.method(), path + query, type, ("code=" + URLEncoder.encode(a, StandardCharsets.UTF_8)
                            + "&q1=" + a).getBytes(StandardCharsets.UTF_8), headers));
                }
            }
        } else {
            out.add(new Probe(op.method(), path + query, null, null, headers));
        }
        for (OpenApi.Param p : op.params()) {
            List<String> values = new ArrayList<>(ATTACKS);
            values.addAll(List.of("-1", "2147483648", "99999999999999999999", "1e400", "abc", "", HUGE_STRING.substring(0, 5000)));
            for (String v : values) {
                String encoded = URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
                if (p.in().equals("path")) {
                    if (v.isEmpty()) {
                        continue;
                    }
                    out.add(new Probe(op.method(), basePath(op, p.name(), encoded) + query, op.contentType() == null ? null : type,
                            op.contentType() == null ? null : "{}".getBytes(StandardCharsets.UTF_8), headers));
                } else if (p.in().equals("query")) {
                    out.add(new Probe(op.method(), path + baseQuery(op, p.name(), encoded), op.contentType() == null ? null : type,
                            op.contentType() == null ? null : "{}".getBytes(StandardCharsets.UTF_8), headers));
                } else if (p.in().equals("header") && !v.equals(HUGE_STRING.substring(0, 5000))) {
                    Map<String, String> h = new LinkedHashMap<>(headers);
                    h.put(p.name(), v.replaceAll("[\\r\\n]", ""));
                    out.add(new Probe(op.method(), path + query, op.contentType() == null ? null : type,
                            op.contentType() == null ? null : "{}".getBytes(StandardCharsets.UTF_8), h));
                }
            }
        }
        return out;
    }

    static List<Object> badValues(JsonNode schema) {
        String type = schema.path("type").asText("");
        List<Object> out = new ArrayList<>();
        switch (type) {
            case "integer", "number" -> out.addAll(List.of("abc", -1, Long.MAX_VALUE, 1e308, -1e308, 0.5, List.of(1), Map.of("a", 1)));
            case "boolean" -> out.addAll(List.of("maybe", 2));
            case "array" -> {
                out.addAll(List.of("not-an-array", 7, Map.of("a", 1)));
                List<Object> many = new ArrayList<>();
                for (int i = 0; i < 20_001; i++) {
                    many.add(i % 2 == 0 ? "' OR '1'='1" : 1);
                }
                out.add(many);
            }
            case "object" -> out.addAll(List.of("not-an-object", 7, List.of(1)));
            default -> {
                out.addAll(ATTACKS);
                out.addAll(List.of(HUGE_STRING, 12345, true, List.of("a"), Map.of("a", "b"), "NOT_AN_ENUM_VALUE", "2026-13-45", "\u0000"));
            }
        }
        return out;
    }

    static byte[] bytes(Object body) {
        try {
            return Api.JSON.writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path with every parameter naming something that does not exist (one optionally replaced). */
    static String basePath(OpenApi.Op op, String replaced, String value) {
        String path = op.path();
        for (OpenApi.Param p : op.pathParams()) {
            String v = p.name().equals(replaced) ? value : switch (p.name()) {
                case "nip" -> "199912312024121999";
                case "year" -> "2099";
                case "code" -> "ZZZZ-ZZZZ-ZZZZ-ZZZZ";
                default -> "00000000-0000-4000-8000-000000000000";
            };
            path = path.replace("{" + p.name() + "}", v);
        }
        return path;
    }

    static String baseQuery(OpenApi.Op op, String replaced, String value) {
        List<String> q = new ArrayList<>();
        for (OpenApi.Param p : op.params()) {
            if (!p.in().equals("query")) {
                continue;
            }
            if (p.name().equals(replaced)) {
                q.add(p.name() + "=" + value);
            } else if (p.required()) {
                q.add(p.name() + "=" + (p.name().equals("year") ? "2099" : "00000000-0000-4000-8000-000000000000"));
            }
        }
        return q.isEmpty() ? "" : "?" + String.join("&", q);
    }

    /** A digest per business table, taken once two readings a moment apart agree (earlier tests' events settled). */
    static Map<String, String> settledSnapshot() {
        return Poll.until("the services' data to settle", Duration.ofSeconds(60), () -> {
            Map<String, String> first = snapshot();
            Poll.untilTrue("a moment", Duration.ofSeconds(5), new java.util.function.Supplier<>() {
                final long until = System.nanoTime() + 1_000_000_000L;

                @Override
                public Boolean get() {
                    return System.nanoTime() > until;
                }
            });
            return first.equals(snapshot()) ? first : null;
        });
    }

    static Map<String, String> snapshot() {
        Map<String, String> out = new TreeMap<>();
        for (String db : DATABASES) {
            try (Connection c = MeritStack.database(db); Statement st = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String t : tables) {
                    if (NOT_DATA.contains(t) || t.startsWith("rate")) {
                        continue;
                    }
                    try (ResultSet rs = st.executeQuery("select count(*), coalesce(md5(string_agg(x::text, '|' order by x::text)), '') from \""
                            + t + "\" x")) {
                        rs.next();
                        out.put(db + "." + t, rs.getLong(1) + ":" + rs.getString(2));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read " + db + ": " + e.getMessage(), e);
            }
        }
        return out;
    }
}
