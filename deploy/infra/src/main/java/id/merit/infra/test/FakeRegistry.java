package id.merit.infra.test;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A local stand-in for BKN SIASN speaking its protocol (DESIGN §8): an API-manager token endpoint (basic auth,
 * client credentials), an SSO token endpoint (password grant), and /apisiasn/1.0/ reads that require both tokens
 * (Authorization: Bearer and Auth: bearer) and answer {code, data, message} (pns/data-utama, the histories pns/rw-diklat,
 * pns/rw-kursus, pns/rw-skp22, pns/rw-pendidikan and pns/rw-kompetensi, referensi/ref-unor), and the one write, POST skp22/save, which takes a result only for a pnsDinilaiId that is a
 * person's registry {@code id} (as data-utama gives it). Tokens expire; calls can be made slow or failing on demand.
 */
public final class FakeRegistry implements AutoCloseable {
    public static final String CONSUMER_KEY = "merit-key";
    public static final String CONSUMER_SECRET = "merit-secret";
    public static final String USERNAME = "operator.palangkaraya";
    public static final String PASSWORD = "operator-password";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService workers;
    private final Map<String, Instant> apimTokens = new ConcurrentHashMap<>();
    private final Map<String, Instant> ssoTokens = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> people = new ConcurrentHashMap<>();
    /** Per history read (rw-diklat, ...): per NIP, the rows it answers. */
    private final Map<String, Map<String, ArrayNode>> histories = new ConcurrentHashMap<>();
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
    /** skp22/save bodies the fake took, in order. */
    private final List<ObjectNode> saved = new CopyOnWriteArrayList<>();
    /** Per NIP: how many more skp22/save calls fail, and how (an HTTP status; 200 = an answer with code 0). */
    private final Map<String, int[]> saveFailures = new ConcurrentHashMap<>();
    /** Per registry id: skp22/save calls wait on it until released (a registry that hangs). */
    private final Map<String, CountDownLatch> heldSaves = new ConcurrentHashMap<>();
    public final AtomicInteger savesWaiting = new AtomicInteger();

    public FakeRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth2/token", this::apimToken);
        server.createContext("/realms/public-siasn/protocol/openid-connect/token", this::ssoToken);
        server.createContext("/apisiasn/1.0/", this::api);
        // Daemon threads, ended on close: a JVM that runs a whole suite around the fake must not wait on them.
        workers = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "fake-registry");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * employee-service's settings (RegistryConfig, merit.registry.*) that point it at this fake: the three URLs and the
     * credentials the fake accepts. The one place both a Quarkus test resource and a launched suite take them from.
     */
    public Map<String, String> clientConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("merit.registry.api-url", baseUrl() + "/apisiasn/1.0/");
        config.put("merit.registry.token-url", baseUrl() + "/oauth2/token");
        config.put("merit.registry.sso-token-url", baseUrl() + "/realms/public-siasn/protocol/openid-connect/token");
        config.put("merit.registry.consumer-key", CONSUMER_KEY);
        config.put("merit.registry.consumer-secret", CONSUMER_SECRET);
        config.put("merit.registry.username", USERNAME);
        config.put("merit.registry.password", PASSWORD);
        return config;
    }

    /** {@link #clientConfig()} as environment variables (MERIT_REGISTRY_API_URL, ...), for an employee-service run as a process. */
    public Map<String, String> clientEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        // MicroProfile Config's mapping of a property name to an environment variable.
        clientConfig().forEach((k, v) -> env.put(k.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"), v));
        return env;
    }

    /** A person's data-utama; like SIASN's, it carries the registry's own id (one is made up when the record has none). */
    public void put(ObjectNode dataUtama) {
        String nip = dataUtama.get("nipBaru").asText();
        if (!dataUtama.hasNonNull("id")) {
            ObjectNode known = people.get(nip);
            dataUtama.put("id", known != null ? known.get("id").asText() : UUID.randomUUID().toString());
        }
        people.put(nip, dataUtama);
    }

    /** The registry's id of a person put here. */
    public String registryId(String nip) {
        return people.get(nip).get("id").asText();
    }

    /** The skp22/save bodies taken for this person (by their registry id), oldest first. */
    public List<ObjectNode> saves(String nip) {
        String id = registryId(nip);
        return saved.stream().filter(b -> id.equals(b.path("pnsDinilaiId").asText())).toList();
    }

    /** The next {@code calls} skp22/save calls for this person fail: with that HTTP status, or for 200 with code 0. */
    public void failSaves(String nip, int calls, int status) {
        saveFailures.put(registryId(nip), new int[]{calls, status});
    }

    /** The rows pns/rw-diklat/{nip} answers; without any it answers "Data tidak ditemukan", as SIASN does for an empty history. */
    public void diklat(String nip, ArrayNode rows) {
        history("rw-diklat", nip, rows);
    }

    /** The rows pns/rw-kursus/{nip} answers. */
    public void kursus(String nip, ArrayNode rows) {
        history("rw-kursus", nip, rows);
    }

    /** The rows pns/rw-skp22/{nip} answers (annual appraisal results). */
    public void skp22(String nip, ArrayNode rows) {
        history("rw-skp22", nip, rows);
    }

    /** The rows pns/rw-pendidikan/{nip} answers (education). */
    public void pendidikan(String nip, ArrayNode rows) {
        history("rw-pendidikan", nip, rows);
    }

    /** The rows pns/rw-kompetensi/{nip} answers (competency assessments). */
    public void kompetensi(String nip, ArrayNode rows) {
        history("rw-kompetensi", nip, rows);
    }

    private void history(String read, String nip, ArrayNode rows) {
        histories.computeIfAbsent(read, r -> new ConcurrentHashMap<>()).put(nip, rows);
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

    /** skp22/save calls for this person hang until {@link #releaseSaves} (at most 10 s each); each counts in savesWaiting. */
    public void holdSaves(String nip) {
        heldSaves.put(registryId(nip), new CountDownLatch(1));
    }

    public void releaseSaves(String nip) {
        CountDownLatch l = heldSaves.remove(registryId(nip));
        if (l != null) {
            l.countDown();
        }
    }

    public void reset() {
        refused.clear();
        saveFailures.clear();
        heldSaves.values().forEach(CountDownLatch::countDown);
        heldSaves.clear();
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
        } else if (path.matches("pns/rw-(diklat|kursus|skp22|pendidikan|kompetensi)/[0-9]+")) {
            String[] parts = path.split("/");
            history(x, histories.getOrDefault(parts[1], Map.of()).get(parts[2]));
        } else if (path.equals("skp22/save")) {
            save(x);
        } else if (path.equals("referensi/ref-unor")) {
            send(x, 200, "{\"code\":1,\"data\":" + unors + ",\"message\":\"success\"}");
        } else {
            send(x, 404, "{\"code\":0,\"data\":null,\"message\":\"not found\"}");
        }
    }

    private void save(HttpExchange x) throws IOException {
        if (!"POST".equals(x.getRequestMethod()) || !String.valueOf(x.getRequestHeaders().getFirst("Content-Type")).startsWith("application/json")) {
            send(x, 405, "{\"code\":0,\"data\":null,\"message\":\"POST a JSON body\"}");
            return;
        }
        ObjectNode body;
        try {
            body = (ObjectNode) JSON.readTree(x.getRequestBody());
        } catch (IOException | ClassCastException e) {
            send(x, 400, "{\"code\":0,\"data\":null,\"message\":\"body is not a JSON object\"}");
            return;
        }
        String id = body.path("pnsDinilaiId").asText("");
        if (people.values().stream().noneMatch(p -> id.equals(p.path("id").asText()))) {
            send(x, 200, "{\"code\":0,\"data\":null,\"message\":\"PNS dinilai tidak ditemukan\"}");
            return;
        }
        CountDownLatch hold = heldSaves.get(id);
        if (hold != null) {
            savesWaiting.incrementAndGet();
            try {
                hold.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int[] failure = saveFailures.computeIfPresent(id, (k, f) -> f[0] > 0 ? new int[]{f[0] - 1, f[1]} : null);
        if (failure != null) {
            send(x, failure[1], failure[1] == 200 ? "{\"code\":0,\"data\":null,\"message\":\"Gagal menyimpan SKP\"}"
                    : "<html>Service Temporarily Unavailable</html>");
            return;
        }
        saved.add(body);
        send(x, 200, "{\"code\":1,\"data\":{\"id\":\"" + UUID.randomUUID() + "\"},\"message\":\"success\"}");
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
        workers.shutdownNow();
    }
}
