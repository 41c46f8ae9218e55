package id.merit.gateway.edge;

import id.merit.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What happens to every request before routing and authentication: request id and trace context, the trusted view
 * of the client, security headers on every answer, and — when the answer is complete — the access log line and
 * the per-route metrics.
 */
@ApplicationScoped
public class Edge {
    public static final String REQUEST_ID = "X-Request-Id";
    static final String KEY_REQUEST_ID = "merit.requestId";
    static final String KEY_TRACE = "merit.trace";
    static final String KEY_CLIENT_CHAIN = "merit.clientChain";
    static final String KEY_ROUTE = "merit.route";
    static final String KEY_UPSTREAM = "merit.upstream";
    private static final Logger ACCESS = Logger.getLogger("merit.gateway.access");
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Strict-Transport-Security", "max-age=31536000; includeSubDomains",
            "Cross-Origin-Resource-Policy", "same-site");

    @Inject
    GatewayConfig config;

    @Inject
    MeterRegistry registry;

    private ClientAddress clientAddress;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    void register(@Observes Filters filters) {
        clientAddress = new ClientAddress(config.trustedProxies().orElse(List.of()));
        // A high priority runs first: even 401s and CORS preflights carry a request id and the security headers.
        filters.register(this::handle, 2_000_000);
    }

    void handle(RoutingContext rc) {
        long start = System.nanoTime();
        HttpServerRequest request = rc.request();
        String requestId = RequestIds.requestId(request.getHeader(REQUEST_ID));
        rc.put(KEY_REQUEST_ID, requestId);
        // The request's server span, started by Quarkus' Vert.x tracer (continuing the caller's traceparent or a
        // new trace); kept here because the upstream request is sent from callbacks.
        rc.put(KEY_TRACE, Context.current());
        List<String> chain = clientAddress.chain(request.remoteAddress().hostAddress(), request.getHeader("X-Forwarded-For"));
        rc.put(KEY_CLIENT_CHAIN, chain);
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            headers.set(REQUEST_ID, requestId);
            SECURITY_HEADERS.forEach((name, value) -> {
                if (!headers.contains(name)) {
                    headers.set(name, value);
                }
            });
        });
        rc.addEndHandler(v -> record(rc, start));
        rc.next();
    }

    private void record(RoutingContext rc, long start) {
        long nanos = System.nanoTime() - start;
        String route = rc.get(KEY_ROUTE, "-");
        int status = rc.response().getStatusCode();
        String key = route + '|' + status / 100;
        timers.computeIfAbsent(key, k -> Timer.builder("merit.gateway.requests")
                .description("Requests answered by the gateway, per route and status class")
                .tag("route", route).tag("status", status / 100 + "xx")
                .publishPercentileHistogram().register(registry)).record(nanos, TimeUnit.NANOSECONDS);
        if (config.accessLog() && ACCESS.isInfoEnabled()) {
            HttpServerRequest r = rc.request();
            ACCESS.infof("%s %s %s %d %.1fms route=%s upstream=%s client=%s trace=%s", rc.get(KEY_REQUEST_ID), r.method(),
                    r.uri(), status, nanos / 1e6, route, rc.get(KEY_UPSTREAM, "-"), clientOf(rc), traceId(rc));
        }
    }

    public static String requestId(RoutingContext rc) {
        return rc.get(KEY_REQUEST_ID);
    }

    /** The trace context of the gateway's own span for this request (root context when tracing is off). */
    public static Context trace(RoutingContext rc) {
        Context trace = rc.get(KEY_TRACE);
        return trace == null ? Context.root() : trace;
    }

    static String traceId(RoutingContext rc) {
        SpanContext span = Span.fromContext(trace(rc)).getSpanContext();
        return span.isValid() ? span.getTraceId() : "-";
    }

    /** Client first, then each trusted proxy, ending with the peer that connected to us. */
    public static List<String> clientChain(RoutingContext rc) {
        return rc.get(KEY_CLIENT_CHAIN);
    }

    public static String clientOf(RoutingContext rc) {
        List<String> chain = clientChain(rc);
        return chain == null ? rc.request().remoteAddress().hostAddress() : chain.get(0);
    }

    public static void routedTo(RoutingContext rc, String route, String upstream) {
        rc.put(KEY_ROUTE, route);
        rc.put(KEY_UPSTREAM, upstream);
    }
}
