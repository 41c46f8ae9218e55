package id.merit.employee.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.employee.config.RegistryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Client of the registry protocol (DESIGN §8): every call carries the API-manager token (Authorization: Bearer) and
 * the SSO token (Auth: bearer); both are cached until shortly before they expire and renewed when the registry
 * says 401. Responses are {code, data, message} with code 1 for success. Timeouts, connection errors, 429 and 5xx
 * are retried with exponential backoff and jitter — writes too: skp22/save carries the whole annual result, so a
 * body the registry may already have stored (a timed-out call) is stored the same when sent again.
 */
@ApplicationScoped
public class RegistryClient {
    private static final Logger LOG = Logger.getLogger(RegistryClient.class);

    record Token(String value, Instant renewAfter) {
    }

    @Inject
    RegistryConfig config;
    @Inject
    ObjectMapper mapper;

    private final Clock clock = Clock.systemUTC();
    private volatile HttpClient http;
    private Token apimToken;
    private Token ssoToken;

    /** pns/data-utama/{nip}: the main record of one employee. */
    public JsonNode dataUtama(String nip) {
        return get("pns/data-utama/" + nip);
    }

    /**
     * pns/{read}/{nip}, one of the employee's histories: rw-diklat and rw-kursus (mapped by {@link RegistryTrainings}),
     * rw-skp22 ({@link RegistryAppraisals}), rw-pendidikan ({@link RegistryEducation}), rw-kompetensi
     * ({@link RegistryCompetencies}); none known is an empty list.
     */
    public JsonNode history(String read, String nip) {
        return list("pns/" + read + "/" + nip);
    }

    /** A history read: the registry answers "not found" for a person without rows of that kind, which is an empty list. */
    private JsonNode list(String path) {
        JsonNode data;
        try {
            data = get(path);
        } catch (RegistryException e) {
            if (e.kind() == RegistryException.Kind.NOT_FOUND) {
                return mapper.createArrayNode();
            }
            throw e;
        }
        if (data == null || data.isNull() || data.isMissingNode()) {
            return mapper.createArrayNode();
        }
        if (!data.isArray()) {
            throw new RegistryException(RegistryException.Kind.REFUSED, "registry " + path + " answered data that is not a list");
        }
        return data;
    }

    /** referensi/ref-unor: the registry's organisation units (Id, DiatasanId, NamaUnor, NamaJabatan). */
    public JsonNode refUnor() {
        return get("referensi/ref-unor");
    }

    /**
     * skp22/save: an employee's final annual appraisal result (DESIGN §8).
     *
     * @return the registry's whole answer, {code: 1, data, message}
     */
    public JsonNode saveSkp22(JsonNode body) {
        return exchange("skp22/save", body);
    }

    JsonNode get(String path) {
        return exchange(path, null).path("data");
    }

    /** One call, a GET without a body or a POST of {@code body}; the answer's envelope when its code is 1. */
    private JsonNode exchange(String path, JsonNode body) {
        URI base = config.apiUrl().orElseThrow(() -> new RegistryException(RegistryException.Kind.NOT_CONFIGURED,
                "the registry is not configured (MERIT_REGISTRY_API_URL)"));
        URI uri = base.resolve(path);
        boolean renewed = false;
        for (int attempt = 1; ; attempt++) {
            String failure;
            try {
                HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(config.readTimeout())
                        .header("Accept", "application/json")
                        .header("Authorization", "Bearer " + apimToken())
                        .header("Auth", "bearer " + ssoToken());
                HttpRequest request = body == null ? b.GET().build()
                        : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
                HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 401 && !renewed) {
                    // A token the registry revoked or expired early: renew both once, without spending an attempt.
                    invalidateTokens();
                    renewed = true;
                    attempt--;
                    continue;
                }
                if (status >= 200 && status < 300) {
                    return envelope(path, response.body());
                }
                if (status != 429 && status < 500) {
                    throw new RegistryException(RegistryException.Kind.REFUSED, "registry refused " + path + " with HTTP " + status
                            + message(response.body()));
                }
                failure = "HTTP " + status;
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegistryException(RegistryException.Kind.UNAVAILABLE, "interrupted while calling the registry");
            }
            if (attempt >= config.maxAttempts()) {
                throw new RegistryException(RegistryException.Kind.UNAVAILABLE,
                        "registry " + path + " failed " + attempt + " time(s), last: " + failure);
            }
            LOG.debugf("registry %s attempt %d failed (%s); retrying", path, attempt, failure);
            backoff(attempt);
        }
    }

    private JsonNode envelope(String path, String body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            throw new RegistryException(RegistryException.Kind.REFUSED, "registry " + path + " answered something that is not JSON");
        }
        if (root == null || !root.has("code")) {
            throw new RegistryException(RegistryException.Kind.REFUSED, "registry " + path + " answered without the {code,data,message} envelope");
        }
        String message = root.path("message").asText("");
        if (root.path("code").asInt(0) != 1) {
            boolean notFound = root.path("data").isNull() || message.toLowerCase().contains("tidak ditemukan")
                    || message.toLowerCase().contains("not found");
            throw new RegistryException(notFound ? RegistryException.Kind.NOT_FOUND : RegistryException.Kind.REFUSED,
                    "registry " + path + ": " + (message.isBlank() ? "code " + root.path("code").asText() : message));
        }
        return root;
    }

    /** The message of a refusal's envelope, if it has one: it says what the registry did not like. */
    private String message(String body) {
        try {
            String m = mapper.readTree(body).path("message").asText("");
            return m.isBlank() ? "" : ": " + m.substring(0, Math.min(500, m.length()));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private void backoff(int attempt) {
        long base = config.initialBackoff().toMillis() << Math.min(attempt - 1, 16);
        long capped = Math.min(base, config.maxBackoff().toMillis());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        try {
            Thread.sleep(jittered);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException(RegistryException.Kind.UNAVAILABLE, "interrupted while waiting to retry");
        }
    }

    synchronized void invalidateTokens() {
        apimToken = null;
        ssoToken = null;
    }

    private synchronized String apimToken() throws IOException, InterruptedException {
        if (apimToken == null || clock.instant().isAfter(apimToken.renewAfter())) {
            URI url = required(config.tokenUrl(), "MERIT_REGISTRY_TOKEN_URL");
            String basic = Base64.getEncoder().encodeToString((required(config.consumerKey(), "MERIT_REGISTRY_CONSUMER_KEY") + ":"
                    + required(config.consumerSecret(), "MERIT_REGISTRY_CONSUMER_SECRET")).getBytes(StandardCharsets.UTF_8));
            apimToken = fetchToken(url, "Basic " + basic, Map.of("grant_type", "client_credentials"));
        }
        return apimToken.value();
    }

    private synchronized String ssoToken() throws IOException, InterruptedException {
        if (ssoToken == null || clock.instant().isAfter(ssoToken.renewAfter())) {
            URI url = required(config.ssoTokenUrl(), "MERIT_REGISTRY_SSO_TOKEN_URL");
            ssoToken = fetchToken(url, null, Map.of("grant_type", "password", "client_id", config.ssoClientId(),
                    "username", required(config.username(), "MERIT_REGISTRY_USERNAME"),
                    "password", required(config.password(), "MERIT_REGISTRY_PASSWORD")));
        }
        return ssoToken.value();
    }

    private Token fetchToken(URI url, String authorization, Map<String, String> form) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(config.readTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpResponse<String> r = client().send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 500 || r.statusCode() == 429) {
            throw new IOException("token endpoint " + url.getPath() + " answered HTTP " + r.statusCode());
        }
        if (r.statusCode() != 200) {
            throw new RegistryException(RegistryException.Kind.REFUSED, "token endpoint " + url.getPath()
                    + " refused the credentials (HTTP " + r.statusCode() + ")");
        }
        JsonNode t = mapper.readTree(r.body());
        String value = t.path("access_token").asText(null);
        if (value == null) {
            throw new RegistryException(RegistryException.Kind.REFUSED, "token endpoint " + url.getPath() + " gave no access_token");
        }
        long lifetime = t.path("expires_in").asLong(300);
        long margin = Math.min(config.tokenRefreshMargin().toSeconds(), lifetime / 2);
        return new Token(value, clock.instant().plusSeconds(lifetime - margin));
    }

    private static <T> T required(java.util.Optional<T> value, String env) {
        return value.orElseThrow(() -> new RegistryException(RegistryException.Kind.NOT_CONFIGURED,
                "the registry is not configured (" + env + ")"));
    }

    private HttpClient client() {
        if (http == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).version(HttpClient.Version.HTTP_1_1).build();
                }
            }
        }
        return http;
    }
}
