package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * A small client of Merit's public API: every call goes to one base URL (the gateway) with an optional bearer
 * token. Answers keep status, headers and the body both as text and as JSON (when it is JSON).
 */
public final class Api {
    public static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient client;
    private volatile Duration patience = Duration.ZERO;

    public Api(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "merit-api");
                    t.setDaemon(true);
                    return t;
                }))
                .build();
    }

    public String base() {
        return base;
    }

    /**
     * Waits out 429 answers as their Retry-After says, up to {@code limit} per request (off by default: tests see the
     * 429). For loaders that may meet the gateway's per-caller rate limit.
     */
    public Api patientWith429(Duration limit) {
        this.patience = limit;
        return this;
    }

    /** One answer. {@code status} is -1 when the connection failed (then {@code body} holds the reason). */
    public record Res(int status, Map<String, String> headers, String body) {
        public JsonNode json() {
            try {
                return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public String etag() {
            return header("etag");
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public Res expect(int... statuses) {
            for (int s : statuses) {
                if (s == status) {
                    return this;
                }
            }
            throw new ApiException("expected " + java.util.Arrays.toString(statuses) + " but got " + this);
        }

        @Override
        public String toString() {
            return status + " " + (body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "..." : body);
        }
    }

    public static final class ApiException extends RuntimeException {
        public ApiException(String message) {
            super(message);
        }
    }

    /** A request under construction. */
    public final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        private Duration timeout = Duration.ofSeconds(60);
        private Duration waitFor429 = patience;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Call token(String bearer) {
            if (bearer != null) {
                headers.put("Authorization", "Bearer " + bearer);
            }
            return this;
        }

        public Call header(String name, String value) {
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }

        public Call ifMatch(String etag) {
            return header("If-Match", etag);
        }

        public Call json(Object value) {
            try {
                return raw(value instanceof String s ? s : JSON.writeValueAsString(value), "application/json");
            } catch (IOException e) {
                throw new IllegalArgumentException(e);
            }
        }

        public Call raw(String text, String contentType) {
            headers.put("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofString(text);
            return this;
        }

        public Call bytes(byte[] data, String contentType) {
            headers.put("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofByteArray(data);
            return this;
        }

        public Call timeout(Duration value) {
            timeout = value;
            return this;
        }

        /** Waits out 429 answers of this request (Retry-After) up to {@code limit}. */
        public Call patientWith429(Duration limit) {
            waitFor429 = limit;
            return this;
        }

        public Res send() {
            long until = System.nanoTime() + waitFor429.toNanos();
            while (true) {
                Res r = sendOnce();
                if (r.status() != 429 || System.nanoTime() > until) {
                    return r;
                }
                String after = r.header("retry-after");
                long seconds = after != null && after.trim().matches("[0-9]{1,4}") ? Long.parseLong(after.trim()) : 1;
                try {
                    Thread.sleep(Math.max(1, Math.min(seconds, 60)) * 1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ApiException("interrupted");
                }
            }
        }

        private Res sendOnce() {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                    .timeout(timeout).method(method, body);
            headers.forEach(b::header);
            try {
                HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
                Map<String, String> h = new LinkedHashMap<>();
                r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(), String.join(",", v)));
                return new Res(r.statusCode(), h, r.body());
            } catch (IOException e) {
                return new Res(-1, Map.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException("interrupted");
            }
        }
    }

    public Call call(String method, String path) {
        return new Call(method, path);
    }

    public Call get(String path) {
        return call("GET", path);
    }

    public Call post(String path) {
        return call("POST", path);
    }

    public Call put(String path) {
        return call("PUT", path);
    }

    public static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }
}
