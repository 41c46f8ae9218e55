package id.merit.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway as configuration: the route table, resilience, rate limits and the trusted proxies. */
@ConfigMapping(prefix = "merit.gateway")
public interface GatewayConfig {
    Map<String, Route> routes();

    Upstreams upstreams();

    CircuitBreaker circuitBreaker();

    RateLimit rateLimit();

    /** Addresses or CIDR blocks of proxies in front of the gateway whose X-Forwarded-For we believe. */
    Optional<List<String>> trustedProxies();

    ApiDocs apiDocs();

    @WithDefault("true")
    boolean accessLog();

    /**
     * Where access lines go: a file, appended to in 20 ms bursts with one write each (the cheap way, as nginx
     * writes its access log); unset, the log category {@code merit.gateway.access} (one record per line, trace in
     * the MDC, JSON when the console log is).
     */
    Optional<String> accessLogFile();

    Limits limits();

    /**
     * What the gateway passes on, at most: the services' HTTP codec refuses more (414/431) and then closes the
     * connection without saying so, which would cost the next request on that connection its answer. The gateway's
     * own codec is set far higher (quarkus.http.limits.*) so these are refused here, with problem+json, on a
     * connection that stays usable.
     */
    interface Limits {
        /** Longest request line (method, target, version): the services' quarkus.http.limits.max-initial-line-length. */
        @WithDefault("4096")
        int requestLine();

        /**
         * Largest header block as the client sent it: the services accept 20K (quarkus.http.limits.max-header-size),
         * less room for the headers the gateway adds (X-Forwarded-*, Forwarded, X-Request-Id, traceparent).
         */
        @WithDefault("16K")
        @WithConverter(MemorySizeConverter.class)
        MemorySize headerSize();
    }

    interface Route {
        /** Base URL of the upstream, e.g. http://employee-service:8081. */
        String upstream();

        /** Path prefixes (without trailing slash) this upstream serves; forwarded unchanged. */
        List<String> prefixes();

        /** How long the upstream may stay silent (no response bytes) before the caller gets 504. */
        @WithDefault("30s")
        Duration timeout();

        /** Extra attempts for idempotent requests without a body when the upstream fails before answering. */
        @WithDefault("2")
        int retries();

        /**
         * Largest request body passed on: the upstream's own limit (the services' quarkus.http.limits.max-body-size,
         * 10M by default), so an oversized body gets 413 from the gateway instead of being streamed to a service
         * that drops the connection over it.
         */
        @WithDefault("10M")
        @WithConverter(MemorySizeConverter.class)
        MemorySize maxBodySize();
    }

    interface Upstreams {
        /** Keep-alive connections per upstream; wrk-style fan-in needs far more than Vert.x' default of 5. */
        @WithDefault("256")
        int maxPoolSize();

        @WithDefault("2s")
        Duration connectTimeout();

        @WithDefault("60s")
        Duration keepAlive();
    }

    interface CircuitBreaker {
        /** Consecutive failures (connect errors, resets, timeouts, 502/503/504) that open the breaker. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open breaker answers 503 before letting one trial request through. */
        @WithDefault("10s")
        Duration openFor();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Length of the fixed counting window. */
        @WithDefault("1m")
        Duration window();

        /** Requests per window per token subject (or client id). */
        @WithDefault("600")
        int authenticated();

        /** Requests per window per client address on anonymous routes. */
        @WithDefault("120")
        int anonymous();

        /** redis://host:port — when set, the counters are shared by every gateway replica. */
        Optional<String> redisUrl();

        @WithDefault("merit:gateway:rl:")
        String keyPrefix();
    }

    interface ApiDocs {
        /** How long a service's OpenAPI document is reused before it is fetched again. */
        @WithDefault("30s")
        Duration cacheFor();

        @WithDefault("2s")
        Duration fetchTimeout();
    }
}
