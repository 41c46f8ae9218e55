package id.merit.employee.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A local stand-in for BKN SIASN speaking its protocol (DESIGN §8): an API-manager token endpoint (basic auth,
 * client credentials), an SSO token endpoint (password grant), and /apisiasn/1.0/ reads that require both tokens
 * (Authorization: Bearer and Auth: bearer) and answer {code, data, message} (pns/data-utama, pns/rw-diklat, pns/rw-kursus,
 * referensi/ref-unor). Tokens expire; calls can be made slow
 * or failing on demand.
 */
public final class FakeRegistry implements AutoCloseable {
    public static final String CONSUMER_KEY = "merit-key";
    public static final String CONSUMER_SECRET = "merit-secret";
    public static final String USERNAME = "operator.palangkaraya";
    public static final String PASSWORD = "operator-password";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, Instant> apimTokens = new ConcurrentHashMap<>();
    private final Map<String, Instant> ssoTokens = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> people = new ConcurrentHashMap<>();
    private final Map<String, ArrayNode> diklat = new ConcurrentHashMap<>();
    private final Map<String, ArrayNode> kursus = new ConcurrentHashMap<>();
    private volatile ArrayNode unors = JSON.createArrayNode();
    private volatile Duration tokenLifetime = Duration.ofHours(1);
    public final AtomicInteger apimTokenRequests = new AtomicInteger();
    public final AtomicInteger ssoTokenRequests = new AtomicInteger();
    public final AtomicInteger apiRequests = new AtomicInteger();
    public final AtomicInteger unauthorised = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failureStatus = 503;
    private final AtomicInteger slowLeft = new AtomicInteger();
    private volatile Duration slowBy = Duration.ZERO;
    private final java.util.Set<String> refused = ConcurrentHashMap.newKeySet();

    public FakeRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth2/token", this::apimToken);
        server.createContext("/realms/public-siasn/protocol/openid-connect/token", this::ssoToken);
        server.createContext("/apisiasn/1.0/", this::api);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void put(ObjectNode dataUtama) {
        people.put(dataUtama.get("nipBaru").asText(), dataUtama);
    }

    /** The rows pns/rw-diklat/{nip} answers; without any it answers "Data tidak ditemukan", as SIASN does for an empty history. */
    public void diklat(String nip, ArrayNode rows) {
        diklat.put(nip, rows);
    }

    /** The rows pns/rw-kursus/{nip} answers. */
    public void kursus(String nip, ArrayNode rows) {
        kursus.put(nip, rows);
    }

    public void unors(ArrayNode list) {
        unors = list;
    }

    /** Every token issued so far stops working (as when the registry restarts or they time out). */
    public void expireAllTokens() {
        apimTokens.replaceAll((k, v) -> Instant.EPOCH);
        ssoTokens.replaceAll((k, v) -> Instant.EPOCH);
    }

    public void tokenLifetime(Duration d) {
        tokenLifetime = d;
    }

    public void failNext(int calls, int status) {
        failureStatus = status;
        failuresLeft.set(calls);
    }

    public void slowNext(int calls, Duration by) {
        slowBy = by;
        slowLeft.set(calls);
    }

    /** Reads whose path starts with this answer 403 until reset (as for an operator account without that permission). */
    public void refuse(String pathPrefix) {
        refused.add(pathPrefix);
    }

    public void reset() {
        refused.clear();
        failuresLeft.set(0);
        slowLeft.set(0);
        tokenLifetime = Duration.ofHours(1);
    }

    private void apimToken(HttpExchange x) throws IOException {
        apimTokenRequests.incrementAndGet();
        String expected = "Basic " + Base64.getEncoder().encodeToString((CONSUMER_KEY + ":" + CONSUMER_SECRET).getBytes(StandardCharsets.UTF_8));
        Map<String, String> form = form(x);
        if (!"POST".equals(x.getRequestMethod()) || !expected.equals(x.getRequestHeaders().getFirst("Authorization"))
                || !"client_credentials".equals(form.get("grant_type"))) {
            send(x, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        issue(x, apimTokens, "apim-");
    }

    private void ssoToken(HttpExchange x) throws IOException {
        ssoTokenRequests.incrementAndGet();
        Map<String, String> form = form(x);
        if (!"password".equals(form.get("grant_type")) || !USERNAME.equals(form.get("username")) || !PASSWORD.equals(form.get("password"))) {
            send(x, 401, "{\"error\":\"invalid_grant\"}");
            return;
        }
        issue(x, ssoTokens, "sso-");
    }

    private void issue(HttpExchange x, Map<String, Instant> store, String prefix) throws IOException {
        String token = prefix + UUID.randomUUID();
        store.put(token, Instant.now().plus(tokenLifetime));
        send(x, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + tokenLifetime.toSeconds() + "}");
    }

    private void api(HttpExchange x) throws IOException {
        apiRequests.incrementAndGet();
        if (!valid(apimTokens, x.getRequestHeaders().getFirst("Authorization"), "Bearer ")
                || !valid(ssoTokens, x.getRequestHeaders().getFirst("Auth"), "bearer ")) {
            unauthorised.incrementAndGet();
            send(x, 401, "{\"code\":0,\"data\":null,\"message\":\"Invalid or expired token\"}");
            return;
        }
        if (slowLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            try {
                Thread.sleep(slowBy.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            send(x, failureStatus, "<html>Service Temporarily Unavailable</html>");
            return;
        }
        String path = x.getRequestURI().getPath().substring("/apisiasn/1.0/".length());
        if (refused.stream().anyMatch(path::startsWith)) {
            send(x, 403, "{\"code\":0,\"data\":null,\"message\":\"Forbidden\"}");
            return;
        }
        if (path.startsWith("pns/data-utama/")) {
            ObjectNode p = people.get(path.substring("pns/data-utama/".length()));
            send(x, 200, p == null ? "{\"code\":0,\"data\":null,\"message\":\"Data tidak ditemukan\"}"
                    : "{\"code\":1,\"data\":" + p + ",\"message\":\"success\"}");
        } else if (path.startsWith("pns/rw-diklat/")) {
            history(x, diklat.get(path.substring("pns/rw-diklat/".length())));
        } else if (path.startsWith("pns/rw-kursus/")) {
            history(x, kursus.get(path.substring("pns/rw-kursus/".length())));
        } else if (path.equals("referensi/ref-unor")) {
            send(x, 200, "{\"code\":1,\"data\":" + unors + ",\"message\":\"success\"}");
        } else {
            send(x, 404, "{\"code\":0,\"data\":null,\"message\":\"not found\"}");
        }
    }

    private static void history(HttpExchange x, ArrayNode rows) throws IOException {
        send(x, 200, rows == null ? "{\"code\":0,\"data\":null,\"message\":\"Data tidak ditemukan\"}"
                : "{\"code\":1,\"data\":" + rows + ",\"message\":\"success\"}");
    }

    private static boolean valid(Map<String, Instant> store, String header, String scheme) {
        if (header == null || !header.startsWith(scheme)) {
            return false;
        }
        Instant expiry = store.get(header.substring(scheme.length()));
        return expiry != null && Instant.now().isBefore(expiry);
    }

    private static Map<String, String> form(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return Arrays.stream(body.split("&")).filter(s -> s.contains("="))
                .collect(Collectors.toMap(s -> URLDecoder.decode(s.substring(0, s.indexOf('=')), StandardCharsets.UTF_8),
                        s -> URLDecoder.decode(s.substring(s.indexOf('=') + 1), StandardCharsets.UTF_8), (a, b) -> b));
    }

    private static void send(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", body.startsWith("<") ? "text/html" : "application/json");
        try {
            x.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // The client gave up (timeout); nothing to answer.
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
