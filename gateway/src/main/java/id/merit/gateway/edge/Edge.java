package id.merit.gateway.edge;

import id.merit.gateway.config.GatewayConfig;
import id.merit.net.ClientAddress;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.quarkus.runtime.ShutdownEvent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What happens to every request before routing and authentication: request id and trace context, the trusted view
 * of the client, security headers on every answer, and — when the answer is complete — the access log line and
 * the per-route metrics.
 */
@ApplicationScoped
public class Edge {
    public static final String REQUEST_ID = "X-Request-Id";
    /** Everything the gateway notes about one request, under one key (one map entry instead of five). */
    static final String KEY_HOP = "merit.hop";
    private static final CharSequence REQUEST_ID_HEADER = HttpHeaders.createOptimized(REQUEST_ID);
    /** Header names and values as pre-encoded ASCII: set on every answer, so no per-request encoding. */
    private static final CharSequence[][] SECURITY_HEADERS = {
            optimized("X-Content-Type-Options", "nosniff"),
            optimized("X-Frame-Options", "DENY"),
            optimized("Referrer-Policy", "no-referrer"),
            optimized("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
            optimized("Cross-Origin-Resource-Policy", "same-site")};
    private static final String[] STATUS_CLASSES = {"0xx", "1xx", "2xx", "3xx", "4xx", "5xx"};
    /**
     * Latency buckets, 1 ms to the 30 s route timeout: enough for histogram_quantile on dashboards, 14 series per route
     * and status class where Micrometer's percentile histogram makes ~70.
     */
    private static final Duration[] LATENCY_BUCKETS = Stream.of(1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000,
            10000, 30000).map(ms -> Duration.ofNanos((long) (ms.doubleValue() * 1_000_000))).toArray(Duration[]::new);

    @Inject
    GatewayConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    OpenTelemetry openTelemetry;

    /*
     * The server span is started and ended here rather than by Quarkus' Vert.x HTTP instrumentation (switched off in
     * application.properties): that instrumentation attaches the context and rewrites the MDC at every hop of the
     * request through Vert.x and runs the generic semantic-convention extractors, ~20 % of the gateway's CPU per
     * request in the benchmark; one span started and ended by hand carries the same trace.
     */
    private static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<Long> HTTP_RESPONSE_STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<String> URL_SCHEME = AttributeKey.stringKey("url.scheme");
    private static final AttributeKey<String> CLIENT_ADDRESS = AttributeKey.stringKey("client.address");
    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("merit.gateway.route");
    private static final TextMapGetter<HttpServerRequest> REQUEST_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(HttpServerRequest request) {
            return request.headers().names();
        }

        @Override
        public String get(HttpServerRequest request, String key) {
            return request == null ? null : request.getHeader(key);
        }
    };
    private Tracer tracer;
    private TextMapPropagator propagator;

    private ClientAddress clientAddress;
    private int maxRequestLine;
    private long maxHeaderSize;
    /** Per route, one timer per status class (index status / 100). */
    private final Map<String, Timer[]> timers = new ConcurrentHashMap<>();

    static final class Hop {
        final long start;
        final String requestId;
        final Context trace;
        final List<String> chain;
        String route = "-";
        String upstream = "-";

        Hop(long start, String requestId, Context trace, List<String> chain) {
            this.start = start;
            this.requestId = requestId;
            this.trace = trace;
            this.chain = chain;
        }
    }

    /** Null when the access log is off. */
    private AccessLog accessLog;

    void register(@Observes Filters filters) {
        clientAddress = new ClientAddress(config.trustedProxies().orElse(List.of()));
        maxRequestLine = config.limits().requestLine();
        maxHeaderSize = config.limits().headerSize().asLongValue();
        tracer = openTelemetry.getTracer("id.merit.gateway");
        propagator = openTelemetry.getPropagators().getTextMapPropagator();
        if (config.accessLog()) {
            accessLog = config.accessLogFile().map(f -> AccessLog.toFile(Path.of(f))).orElseGet(AccessLog::toLog);
        }
        // A high priority runs first: even 401s and CORS preflights carry a request id and the security headers.
        filters.register(this::handle, 2_000_000);
        // Right after Quarkus' CORS filter (priority 300): a browser can read the refusal only with its CORS headers.
        filters.register(this::limits, 299);
    }

    void handle(RoutingContext rc) {
        long start = System.nanoTime();
        HttpServerRequest request = rc.request();
        // The connection's peer, not request.remoteAddress(): on Vert.x Web's request wrapper that parses Forwarded
        // headers first (1.5 % of the gateway's CPU), and the trusted view of forwarding is ClientAddress' job.
        List<String> chain = clientAddress.chain(request.connection().remoteAddress().hostAddress(),
                request.getHeader("X-Forwarded-For"));
        // The request's server span, continuing the caller's traceparent or starting a trace; kept with the request
        // (never made current) because the upstream request is sent from callbacks.
        Context parent = propagator.extract(Context.root(), request, REQUEST_HEADERS);
        String method = request.method().name();
        Span span = tracer.spanBuilder(method).setParent(parent).setSpanKind(SpanKind.SERVER)
                .setAttribute(HTTP_REQUEST_METHOD, method).setAttribute(URL_PATH, request.path())
                .setAttribute(URL_SCHEME, request.connection().isSsl() ? "https" : "http")
                .setAttribute(CLIENT_ADDRESS, chain.get(0)).startSpan();
        Context trace = parent.with(span);
        String requestId = RequestIds.requestId(request.getHeader(REQUEST_ID), traceIdOrNull(trace));
        Hop hop = new Hop(start, requestId, trace, chain);
        rc.put(KEY_HOP, hop);
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            headers.set(REQUEST_ID_HEADER, requestId);
            for (CharSequence[] h : SECURITY_HEADERS) {
                if (!headers.contains(h[0])) {
                    headers.set(h[0], h[1]);
                }
            }
        });
        rc.addEndHandler(end -> record(rc, hop, end.failed()));
        rc.next();
    }

    void limits(RoutingContext rc) {
        if (!refusedAsTooLarge(rc, rc.request())) {
            rc.next();
        }
    }

    /**
     * A request line or header block the services would refuse in their codec gets its 414/431 here: the codec's
     * own answer closes the connection without a {@code Connection: close}, so a keep-alive client (or the
     * gateway's upstream pool) would send its next request into a closed connection and get no answer.
     */
    private boolean refusedAsTooLarge(RoutingContext rc, HttpServerRequest request) {
        // "METHOD target HTTP/1.1"
        int line = request.method().name().length() + request.uri().length() + 10;
        if (line > maxRequestLine) {
            refuse(rc, 414, "uri-too-long", "URI too long",
                    "The request line is " + line + " bytes long; at most " + maxRequestLine + " are accepted.");
            return true;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            headerBytes += h.getKey().length() + h.getValue().length() + 4; // "name: value" CRLF
        }
        if (headerBytes > maxHeaderSize) {
            refuse(rc, 431, "header-fields-too-large", "Request header fields too large",
                    "The request headers take " + headerBytes + " bytes; at most " + maxHeaderSize + " are accepted.");
            return true;
        }
        return false;
    }

    private static void refuse(RoutingContext rc, int status, String slug, String title, String detail) {
        // Whatever body follows is read and dropped, so the connection carries the client's next request.
        rc.request().resume();
        Problems.send(rc, status, slug, title, detail);
    }

    private void record(RoutingContext rc, Hop hop, boolean cutShort) {
        long nanos = System.nanoTime() - hop.start;
        int status = rc.response().getStatusCode();
        endSpan(rc.request(), hop, status, cutShort);
        int statusClass = Math.min(status / 100, 5);
        Timer[] byClass = timers.computeIfAbsent(hop.route, r -> new Timer[STATUS_CLASSES.length]);
        Timer timer = byClass[statusClass];
        if (timer == null) {
            timer = Timer.builder("merit.gateway.requests")
                    .description("Requests answered by the gateway, per route and status class")
                    .tag("route", hop.route).tag("status", STATUS_CLASSES[statusClass])
                    .serviceLevelObjectives(LATENCY_BUCKETS).register(registry);
            byClass[statusClass] = timer; // a racing second registration returns the same meter
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
        if (accessLog != null && accessLog.enabled()) {
            SpanContext span = Span.fromContext(hop.trace).getSpanContext();
            accessLog.add(accessLine(rc.request(), hop, status, nanos),
                    span.isValid() ? span.getTraceId() : null, span.isValid() ? span.getSpanId() : null);
        }
    }

    private static void endSpan(HttpServerRequest request, Hop hop, int status, boolean cutShort) {
        Span span = Span.fromContext(hop.trace);
        if (span.isRecording()) {
            span.setAttribute(HTTP_RESPONSE_STATUS, status);
            if (!"-".equals(hop.route)) {
                span.setAttribute(ROUTE, hop.route);
                span.updateName(request.method().name() + " " + hop.route);
            }
            if (status >= 500 || cutShort) {
                span.setStatus(StatusCode.ERROR, cutShort ? "connection closed before the answer was complete" : null);
            }
        }
        span.end();
    }

    void stop(@Observes ShutdownEvent event) {
        if (accessLog != null) {
            accessLog.close();
        }
    }

    /** Built by hand: printf-style formatting was a visible share of the gateway's CPU under load. */
    private static String accessLine(HttpServerRequest r, Hop hop, int status, long nanos) {
        long tenths = nanos / 100_000;
        String traceId = traceIdOrNull(hop.trace);
        return new StringBuilder(160).append(hop.requestId).append(' ').append(r.method().name()).append(' ')
                .append(r.uri()).append(' ').append(status).append(' ').append(tenths / 10).append('.')
                .append(tenths % 10).append("ms route=").append(hop.route).append(" upstream=").append(hop.upstream)
                .append(" client=").append(hop.chain.get(0)).append(" trace=").append(traceId == null ? "-" : traceId)
                .toString();
    }

    private static CharSequence[] optimized(String name, String value) {
        return new CharSequence[]{HttpHeaders.createOptimized(name), HttpHeaders.createOptimized(value)};
    }

    private static Hop hop(RoutingContext rc) {
        return rc.get(KEY_HOP);
    }

    public static String requestId(RoutingContext rc) {
        return hop(rc).requestId;
    }

    /** The trace context of the gateway's own span for this request (root context when tracing is off). */
    public static Context trace(RoutingContext rc) {
        Hop hop = hop(rc);
        return hop == null || hop.trace == null ? Context.root() : hop.trace;
    }

    private static String traceIdOrNull(Context trace) {
        SpanContext span = Span.fromContext(trace).getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    /** Client first, then each trusted proxy, ending with the peer that connected to us. */
    public static List<String> clientChain(RoutingContext rc) {
        return hop(rc).chain;
    }

    public static String clientOf(RoutingContext rc) {
        Hop hop = hop(rc);
        return hop == null ? rc.request().connection().remoteAddress().hostAddress() : hop.chain.get(0);
    }

    public static void routedTo(RoutingContext rc, String route, String upstream) {
        Hop hop = hop(rc);
        hop.route = route;
        hop.upstream = upstream;
    }
}
