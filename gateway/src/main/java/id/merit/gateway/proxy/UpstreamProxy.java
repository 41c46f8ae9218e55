package id.merit.gateway.proxy;

import id.merit.gateway.config.GatewayConfig;
import id.merit.gateway.edge.Edge;
import id.merit.gateway.edge.Problems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
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
import io.vertx.core.net.HostAndPort;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.ext.web.RoutingContext;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * A streaming reverse proxy to one upstream: bodies are passed on chunk by chunk with back-pressure in both
 * directions (never held whole), hop-by-hop headers are dropped, the gateway's view of the client and the trace
 * context are added. Idempotent requests without a body are retried when the upstream fails before answering; a
 * circuit breaker answers 503 at once while the upstream is down.
 * <p>
 * Request bodies are limited per route (the service's own limit): a declared Content-Length above it is refused
 * with 413 before anything goes upstream, a chunked body is cut off and refused the moment it passes the limit.
 * Only the upstream's own failures count for the breaker — never an answer (4xx included), a refused body, or a
 * connection the upstream dropped while the client's body was still being sent. {@code Expect: 100-continue} is
 * answered here, once the request is accepted, and not passed on.
 */
public final class UpstreamProxy {
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);
    /** Answers declaring at most this many bytes are read whole and sent in one write; larger ones are streamed. */
    public static final long WHOLE_ANSWER_LIMIT = 16 * 1024;
    private static final io.vertx.core.Handler<Throwable> IGNORE = t -> {
    };
    /** RFC 9110 §7.6.1 plus the de-facto Proxy-Connection; they describe one hop, never the next. */
    private static final HeaderNames HOP_BY_HOP = HeaderNames.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");
    /** Hop-by-hop, or rewritten by us from the trusted view of the client: never passed on as the caller wrote them. */
    private static final HeaderNames NOT_FORWARDED = HeaderNames.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade",
            "host", "forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port",
            "x-request-id", "traceparent", "tracestate", "expect");

    private final String name;
    private final String upstream;
    private final String host;
    private final int port;
    private final long timeoutMillis;
    private final int retries;
    private final long maxBodySize;
    /** How much of a refused body is still read (and dropped) so the client sees the 413 rather than a reset. */
    private final long discardLimit;
    private final Vertx vertx;
    private final HttpClientOptions clientOptions;
    private final PoolOptions poolOptions;
    /** One client (and keep-alive pool) per event loop: a request and its upstream connection share a thread. */
    private final Map<Thread, HttpClient> clients = new ConcurrentHashMap<>();
    private final CircuitBreaker breaker;
    private final MeterRegistry registry;
    private final Map<String, Counter> errors = new ConcurrentHashMap<>();
    private final TextMapPropagator propagator;

    public UpstreamProxy(Vertx vertx, String name, GatewayConfig.Route route, GatewayConfig config, MeterRegistry registry,
                         long discardLimit, TextMapPropagator propagator) {
        this.propagator = propagator;
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
        this.maxBodySize = route.maxBodySize().asLongValue();
        this.discardLimit = Math.max(discardLimit, maxBodySize);
        this.registry = registry;
        this.vertx = vertx;
        this.clientOptions = new HttpClientOptions()
                .setKeepAlive(true)
                .setKeepAliveTimeout((int) config.upstreams().keepAlive().toSeconds())
                .setConnectTimeout((int) config.upstreams().connectTimeout().toMillis())
                .setTcpNoDelay(true)
                .setDecompressionSupported(false)
                // No client span of its own: the server span is the hop, and its context is injected by us.
                .setTracingPolicy(TracingPolicy.IGNORE);
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
        long length = declaredLength(request.headers());
        boolean chunked = request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        // Checked before the breaker: a refused body must not use up the half-open breaker's one trial request.
        if (!chunked && length > maxBodySize) {
            new Exchange(rc, true, 1).refuseTooLarge();
            return;
        }
        if (!breaker.allow()) {
            count("circuit-open");
            request.resume();
            rc.response().putHeader("Retry-After", Long.toString(breaker.retryAfterSeconds()));
            Problems.send(rc, 503, "upstream-unavailable", "Service unavailable",
                    "The " + name + " service is not answering; try again later.");
            return;
        }
        boolean hasBody = chunked || length > 0;
        if (hasBody) {
            request.pause();
            if (expectsContinue(request)) {
                // Everything the gateway checks has passed: the client may send its body. Expect is not passed on
                // (the upstream would wait for a body this hop already asked for).
                rc.response().writeContinue();
            }
        } else {
            // Let the (empty) request end so the connection can carry the client's next request.
            request.resume();
        }
        new Exchange(rc, hasBody, !hasBody && IDEMPOTENT.contains(request.method()) ? 1 + retries : 1).send();
    }

    private static boolean expectsContinue(HttpServerRequest request) {
        String expect = request.getHeader(HttpHeaders.EXPECT);
        return expect != null && expect.equalsIgnoreCase("100-continue");
    }

    /** -1 when the headers declare no length (chunked, no body at all, or one the HTTP codec would have refused). */
    private static long declaredLength(MultiMap headers) {
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1; // the HTTP codec has already refused malformed lengths; never reached in practice
        }
    }

    /**
     * One request on its way through: the client's body is passed on chunk by chunk (or dropped once it is refused
     * or no longer wanted), the upstream's answer is relayed. Lives on the request's event loop only.
     */
    private final class Exchange {
        private final RoutingContext rc;
        private final HttpServerRequest request;
        private final boolean hasBody;
        private int attemptsLeft;
        private HttpClientRequest upstreamRequest;
        private long received;
        /** The whole client body went upstream. */
        private boolean bodySent;
        /** What the client still sends is read and dropped. */
        private boolean discarding;
        /** The gateway refused the body itself (413). */
        private boolean refused;
        /** Our handlers read the client's body; it has been read to its end. */
        private boolean reading;
        private boolean bodyEnded;
        /** The upstream answered before the whole body had been sent to it. */
        private boolean answeredEarly;

        Exchange(RoutingContext rc, boolean hasBody, int attempts) {
            this.rc = rc;
            this.request = rc.request();
            this.hasBody = hasBody;
            this.attemptsLeft = attempts;
        }

        void send() {
            RequestOptions options = new RequestOptions().setMethod(request.method()).setHost(host).setPort(port)
                    .setURI(request.uri()).setIdleTimeout(timeoutMillis);
            client().request(options).onComplete(ar -> {
                if (ar.failed()) {
                    failed(ar.cause());
                    return;
                }
                upstreamRequest = ar.result();
                // Failures are seen through the response future; without a handler Vert.x logs each one as an error.
                upstreamRequest.exceptionHandler(IGNORE);
                copyHeaders(rc, upstreamRequest.headers());
                upstreamRequest.response().onComplete(this::answered);
                if (!hasBody) {
                    upstreamRequest.end();
                    return;
                }
                if (request.getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
                    upstreamRequest.setChunked(true);
                }
                // A client gone mid-upload must not leave the upstream waiting for the rest until its timeout.
                rc.addEndHandler(end -> {
                    if (end.failed()) {
                        upstreamRequest.reset();
                    }
                });
                readBody();
            });
        }

        void refuseTooLarge() {
            refused = true;
            discard();
            Problems.send(rc, 413, "payload-too-large", "Payload too large",
                    "The " + name + " service accepts request bodies of at most " + maxBodySize + " bytes.");
        }

        /** Takes over the client's body, once; chunks go upstream or, once {@link #discard()}ed, nowhere. */
        private void readBody() {
            if (!reading) {
                reading = true;
                if (request.isEnded()) {
                    // Nothing left to read (setting handlers now would throw and leave the client unanswered).
                    bodyEnded();
                    return;
                }
                request.handler(this::chunk);
                request.endHandler(v -> bodyEnded());
                request.resume();
            }
        }

        private void chunk(Buffer chunk) {
            received += chunk.length();
            if (discarding) {
                if (received > discardLimit) {
                    request.connection().close();
                }
                return;
            }
            if (received > maxBodySize) {
                refused = true; // first: the reset below fails the upstream answer, which is then not ours to report
                upstreamRequest.reset();
                refuseTooLarge();
                return;
            }
            try {
                upstreamRequest.write(chunk);
                if (upstreamRequest.writeQueueFull()) {
                    request.pause();
                    upstreamRequest.drainHandler(v -> {
                        if (!discarding) {
                            request.resume();
                        }
                    });
                }
            } catch (IllegalStateException upstreamRequestOver) {
                // The upstream answered and closed (or was reset): the rest of the body has nowhere to go.
                discard();
            }
        }

        private void bodyEnded() {
            bodyEnded = true;
            if (discarding) {
                return;
            }
            bodySent = true;
            try {
                upstreamRequest.end();
            } catch (IllegalStateException upstreamRequestOver) {
                // answered and closed already; its answer is on its way to the client
            }
        }

        /** From now on the client's body is read and dropped, so the client always gets to read our answer. */
        private void discard() {
            if (discarding) {
                return;
            }
            discarding = true;
            if (!reading) {
                readBody();
            } else if (!bodyEnded) {
                request.resume();
            }
        }

        private void answered(AsyncResult<HttpClientResponse> ar) {
            if (refused) {
                return;
            }
            if (ar.failed()) {
                failed(ar.cause());
                return;
            }
            HttpClientResponse answer = ar.result();
            answeredEarly = hasBody && !bodySent;
            if (answeredEarly && answer.statusCode() >= 400) {
                // The upstream refused the body before reading all of it: stop sending, pass its answer on.
                discard();
            }
            relay(answer);
        }

        private void failed(Throwable cause) {
            HttpServerResponse response = rc.response();
            if (refused || response.closed() || response.ended()) {
                return;
            }
            boolean timeout = cause instanceof TimeoutException;
            if (!timeout && attemptsLeft > 1) {
                attemptsLeft--;
                count("retry");
                send();
                return;
            }
            if (hasBody && !timeout && upstreamRequest != null) {
                // An established connection dropped while it carried a body, or just after: most likely the upstream
                // refused the body and closed — its kernel then resets a connection with unread data and may take the
                // answer with it — not an upstream that is down (that shows as connect failures and timeouts).
                count("body-interrupted");
                discard();
                Problems.send(rc, 502, "upstream-error", "Bad gateway", "The " + name + " service closed the connection "
                        + (bodySent ? "before answering." : "before the request body was sent."));
                return;
            }
            breaker.onFailure();
            if (hasBody) {
                discard(); // the client may finish sending and read the answer
            }
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

        private void relay(HttpClientResponse answer) {
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
            String connection = in.get(HttpHeaders.CONNECTION);
            MultiMap out = response.headers();
            for (Map.Entry<String, String> h : in) {
                String key = h.getKey();
                if (!HOP_BY_HOP.contains(key) && !HeaderNames.listed(connection, key)) {
                    out.add(key, h.getValue());
                }
            }
            boolean withBody = hasBody(status, request.method());
            long length = withBody ? declaredLength(in) : 0;
            if (length < 0) {
                response.setChunked(true);
            }
            // A small answer (most API answers) goes out whole, head and body in one write; anything larger or of
            // unknown length is streamed with back-pressure, so the gateway never holds more than this per request.
            Future<Void> relayed = length >= 0 && length <= WHOLE_ANSWER_LIMIT
                    ? answer.body().compose(response::end)
                    : answer.pipe().endOnFailure(false).to(response);
            relayed.onComplete(done -> {
                if (done.failed()) {
                    count("reset");
                    answer.request().reset();
                    if (response.headWritten() || response.closed()) {
                        // A body cut short must not look complete to the client: drop the connection.
                        response.reset();
                        return;
                    }
                    // Nothing of the answer went out yet: the client gets a proper 502 on a connection that stays
                    // usable, rather than a connection closed without a byte.
                    for (Map.Entry<String, String> h : in) {
                        out.remove(h.getKey());
                    }
                    response.setChunked(false);
                    if (hasBody) {
                        discard();
                    }
                    Problems.send(rc, 502, "upstream-error", "Bad gateway",
                            "The " + name + " service closed the connection before its answer was complete.");
                } else if (answeredEarly) {
                    // Answered before it had the whole body: whatever it did with the rest, that connection is
                    // out of step with its requests — never reuse it.
                    discard();
                    answer.request().reset();
                }
            });
        }
    }

    private HttpClient client() {
        return clients.computeIfAbsent(Thread.currentThread(), t -> vertx.createHttpClient(clientOptions, poolOptions));
    }

    private void copyHeaders(RoutingContext rc, MultiMap out) {
        HttpServerRequest request = rc.request();
        MultiMap in = request.headers();
        String connection = in.get(HttpHeaders.CONNECTION);
        for (Map.Entry<String, String> h : in) {
            String key = h.getKey();
            if (!NOT_FORWARDED.contains(key) && !HeaderNames.listed(connection, key)) {
                out.add(key, h.getValue());
            }
        }
        List<String> chain = Edge.clientChain(rc);
        // From the connection and the Host header: Vert.x Web's isSSL()/authority() parse Forwarded headers first.
        String proto = request.connection().isSsl() ? "https" : "http";
        String hostHeader = request.getHeader(HttpHeaders.HOST);
        HostAndPort parsed = hostHeader == null ? null : HostAndPort.parseAuthority(hostHeader, -1);
        String authority = parsed == null ? host + ":" + port : parsed.toString();
        String client = chain.size() == 1 ? chain.get(0) : String.join(", ", chain);
        out.add("X-Forwarded-For", client);
        out.add("X-Forwarded-Proto", proto);
        out.add("X-Forwarded-Host", authority);
        out.add("Forwarded", "for=" + forwardedNode(chain.get(0)) + ";proto=" + proto + ";host=\"" + authority + "\"");
        out.add(Edge.REQUEST_ID, Edge.requestId(rc));
        // The one place trace context goes upstream: the gateway's server span becomes the upstream's parent.
        propagator.inject(Edge.trace(rc), out, MultiMap::set);
    }

    private static String forwardedNode(String address) {
        return address.indexOf(':') >= 0 ? "\"[" + address + "]\"" : address;
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
