package id.merit.gateway.proxy;

import id.merit.gateway.config.GatewayConfig;
import id.merit.gateway.edge.Edge;
import id.merit.gateway.edge.Problems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.AsyncResult;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * A streaming reverse proxy to one upstream: bodies are piped with back-pressure in both directions (never held
 * whole), hop-by-hop headers are dropped, the gateway's view of the client and the trace context are added.
 * Idempotent requests without a body are retried when the upstream fails before answering; a circuit breaker
 * answers 503 at once while the upstream is down.
 */
public final class UpstreamProxy {
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);
    /** RFC 9110 §7.6.1 plus the de-facto Proxy-Connection; they describe one hop, never the next. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");
    /** Rewritten by us from the trusted view of the client, never passed on as the caller wrote them. */
    private static final Set<String> REWRITTEN = Set.of("host", "forwarded", "x-forwarded-for", "x-forwarded-host",
            "x-forwarded-proto", "x-forwarded-port", "x-request-id", "traceparent");

    private final String name;
    private final String upstream;
    private final String host;
    private final int port;
    private final long timeoutMillis;
    private final int retries;
    private final Vertx vertx;
    private final HttpClientOptions clientOptions;
    private final PoolOptions poolOptions;
    /** One client (and keep-alive pool) per event loop: a request and its upstream connection share a thread. */
    private final Map<Thread, HttpClient> clients = new ConcurrentHashMap<>();
    private final CircuitBreaker breaker;
    private final MeterRegistry registry;
    private final Map<String, Counter> errors = new ConcurrentHashMap<>();

    public UpstreamProxy(Vertx vertx, String name, GatewayConfig.Route route, GatewayConfig config, MeterRegistry registry) {
        this.name = name;
        this.upstream = route.upstream();
        URI uri = URI.create(route.upstream());
        if (!"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("route " + name + ": upstream must be http://host:port, got " + uri);
        }
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 80 : uri.getPort();
        this.timeoutMillis = route.timeout().toMillis();
        this.retries = route.retries();
        this.registry = registry;
        this.vertx = vertx;
        this.clientOptions = new HttpClientOptions()
                .setKeepAlive(true)
                .setKeepAliveTimeout((int) config.upstreams().keepAlive().toSeconds())
                .setConnectTimeout((int) config.upstreams().connectTimeout().toMillis())
                .setTcpNoDelay(true)
                .setDecompressionSupported(false);
        this.poolOptions = new PoolOptions().setHttp1MaxSize(config.upstreams().maxPoolSize());
        this.breaker = new CircuitBreaker(config.circuitBreaker().failureThreshold(), config.circuitBreaker().openFor(),
                System::nanoTime);
    }

    public String name() {
        return name;
    }

    public String upstream() {
        return upstream;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    public void forward(RoutingContext rc) {
        Edge.routedTo(rc, name, upstream);
        HttpServerRequest request = rc.request();
        if (!breaker.allow()) {
            count("circuit-open");
            request.resume();
            rc.response().putHeader("Retry-After", Long.toString(breaker.retryAfterSeconds()));
            Problems.send(rc, 503, "upstream-unavailable", "Service unavailable",
                    "The " + name + " service is not answering; try again later.");
            return;
        }
        boolean hasBody = hasBody(request);
        if (hasBody) {
            request.pause();
        } else {
            // Let the (empty) request end so the connection can carry the client's next request.
            request.resume();
        }
        int attempts = !hasBody && IDEMPOTENT.contains(request.method()) ? 1 + retries : 1;
        attempt(rc, outgoingHeaders(rc), hasBody, attempts);
    }

    private void attempt(RoutingContext rc, MultiMap headers, boolean hasBody, int attemptsLeft) {
        HttpServerRequest request = rc.request();
        RequestOptions options = new RequestOptions().setMethod(request.method()).setHost(host).setPort(port)
                .setURI(request.uri()).setHeaders(headers).setIdleTimeout(timeoutMillis);
        client().request(options).compose(upstreamRequest -> {
            if (!hasBody) {
                return upstreamRequest.send();
            }
            if (!headers.contains(HttpHeaders.CONTENT_LENGTH)) {
                upstreamRequest.setChunked(true);
            }
            return upstreamRequest.send(request);
        }).onComplete(ar -> answered(rc, headers, hasBody, attemptsLeft, ar));
    }

    private void answered(RoutingContext rc, MultiMap headers, boolean hasBody, int attemptsLeft,
                          AsyncResult<HttpClientResponse> ar) {
        if (ar.succeeded()) {
            relay(rc, ar.result());
            return;
        }
        if (rc.response().closed() || rc.response().ended()) {
            return;
        }
        Throwable cause = ar.cause();
        boolean timeout = cause instanceof TimeoutException;
        if (!timeout && attemptsLeft > 1) {
            count("retry");
            attempt(rc, headers, hasBody, attemptsLeft - 1);
            return;
        }
        breaker.onFailure();
        if (timeout) {
            count("timeout");
            Problems.send(rc, 504, "upstream-timeout", "Upstream timeout",
                    "The " + name + " service did not answer in time.");
        } else {
            count("connect");
            Problems.send(rc, 502, "upstream-error", "Bad gateway",
                    "The " + name + " service could not be reached.");
        }
    }

    private void relay(RoutingContext rc, HttpClientResponse answer) {
        int status = answer.statusCode();
        if (status == 502 || status == 503 || status == 504) {
            breaker.onFailure();
            count("status-" + status);
        } else {
            breaker.onSuccess();
        }
        HttpServerResponse response = rc.response();
        response.setStatusCode(status);
        MultiMap in = answer.headers();
        Set<String> listed = connectionListed(in.get(HttpHeaders.CONNECTION));
        MultiMap out = response.headers();
        for (Map.Entry<String, String> h : in) {
            String lower = h.getKey().toLowerCase();
            if (!HOP_BY_HOP.contains(lower) && !listed.contains(lower)) {
                out.add(h.getKey(), h.getValue());
            }
        }
        if (!in.contains(HttpHeaders.CONTENT_LENGTH) && hasBody(status, rc.request().method())) {
            response.setChunked(true);
        }
        answer.pipe().endOnFailure(false).to(response).onFailure(t -> {
            // A body cut short must not look complete to the client: drop both connections.
            count("reset");
            answer.request().reset();
            response.reset();
        });
    }

    private HttpClient client() {
        return clients.computeIfAbsent(Thread.currentThread(), t -> vertx.createHttpClient(clientOptions, poolOptions));
    }

    private MultiMap outgoingHeaders(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        MultiMap in = request.headers();
        Set<String> listed = connectionListed(in.get(HttpHeaders.CONNECTION));
        MultiMap out = MultiMap.caseInsensitiveMultiMap();
        for (Map.Entry<String, String> h : in) {
            String lower = h.getKey().toLowerCase();
            if (!HOP_BY_HOP.contains(lower) && !REWRITTEN.contains(lower) && !listed.contains(lower)) {
                out.add(h.getKey(), h.getValue());
            }
        }
        List<String> chain = Edge.clientChain(rc);
        String proto = request.isSSL() ? "https" : "http";
        String authority = request.authority() == null ? host + ":" + port : request.authority().toString();
        out.set("X-Forwarded-For", String.join(", ", chain));
        out.set("X-Forwarded-Proto", proto);
        out.set("X-Forwarded-Host", authority);
        out.set("Forwarded", "for=" + forwardedNode(chain.get(0)) + ";proto=" + proto + ";host=\"" + authority + "\"");
        out.set(Edge.REQUEST_ID, Edge.requestId(rc));
        out.set("traceparent", Edge.traceparent(rc));
        return out;
    }

    private static String forwardedNode(String address) {
        return address.indexOf(':') >= 0 ? "\"[" + address + "]\"" : address;
    }

    private static Set<String> connectionListed(String connection) {
        if (connection == null || connection.isBlank()) {
            return Set.of();
        }
        Set<String> names = new java.util.HashSet<>();
        for (String n : connection.split(",")) {
            names.add(n.trim().toLowerCase());
        }
        return names;
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private static boolean hasBody(int status, HttpMethod method) {
        return method != HttpMethod.HEAD && status != 204 && status != 304 && status >= 200;
    }

    private void count(String kind) {
        errors.computeIfAbsent(kind, k -> Counter.builder("merit.gateway.upstream.errors")
                .description("Upstream failures and retries seen by the gateway, per route and kind")
                .tag("route", name).tag("kind", k).register(registry)).increment();
    }
}
