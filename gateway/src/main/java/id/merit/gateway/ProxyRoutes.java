package id.merit.gateway;

import id.merit.gateway.config.GatewayConfig;
import id.merit.gateway.edge.Problems;
import id.merit.gateway.edge.PublicPaths;
import id.merit.gateway.proxy.UpstreamProxy;
import id.merit.gateway.ratelimit.FixedWindows;
import id.merit.gateway.ratelimit.LocalRateLimiter;
import id.merit.gateway.ratelimit.RateLimiter;
import id.merit.gateway.ratelimit.RateLimits;
import id.merit.gateway.ratelimit.RedisRateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.annotation.PostConstruct;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Builds the gateway from its route table: per prefix, rate limit then stream to the upstream. Requests on routes
 * that Quarkus' HTTP permissions leave open to anyone are taken right after CORS, ahead of the security chain that
 * would only conclude "permit"; every other request goes through authentication and authorization to the router.
 */
@ApplicationScoped
public class ProxyRoutes {
    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    @Inject
    GatewayConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    OpenTelemetry openTelemetry;

    /** The gateway's own ceiling for any body it reads; a refused body is still read (and dropped) up to this. */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize gatewayMaxBodySize;

    private final List<UpstreamProxy> proxies = new ArrayList<>();
    private RedisRateLimiter redisLimiter;

    @Inject
    Vertx vertx;

    private RateLimits rateLimits;
    private PublicPaths publicPaths;
    /** Longest prefix first, so the lane picks the route the router would. */
    private final List<Map.Entry<String, UpstreamProxy>> byPrefix = new ArrayList<>();

    @PostConstruct
    void build() {
        rateLimits = new RateLimits(limiter(vertx), config.rateLimit());
        publicPaths = PublicPaths.from(ConfigProvider.getConfig());
        config.routes().forEach((name, route) -> {
            UpstreamProxy proxy = new UpstreamProxy(vertx, name, route, config, registry,
                    gatewayMaxBodySize.asLongValue(), openTelemetry.getPropagators().getTextMapPropagator());
            proxies.add(proxy);
            route.prefixes().forEach(prefix -> byPrefix.add(Map.entry(prefix, proxy)));
            LOG.infof("route %s: %s -> %s (timeout %s, retries %d, bodies up to %d bytes)", name, route.prefixes(),
                    route.upstream(), route.timeout(), route.retries(), route.maxBodySize().asLongValue());
        });
        byPrefix.sort(Comparator.comparingInt((Map.Entry<String, UpstreamProxy> e) -> e.getKey().length()).reversed());
    }

    void install(@Observes Router router) {
        for (Map.Entry<String, UpstreamProxy> e : byPrefix) {
            UpstreamProxy proxy = e.getValue();
            router.route(e.getKey()).handler(rc -> rateLimits.check(rc, proxy::forward));
            router.route(e.getKey() + "/*").handler(rc -> rateLimits.check(rc, proxy::forward));
        }
        // Anything no route and none of the gateway's own pages (health, API docs) serve: the same problem+json as an
        // unknown API path, not Quarkus' HTML "Resource not found" (e.g. /q/metrics, which is on the management port).
        router.route().last().handler(rc -> Problems.send(rc, 404, "not-found", "Not found",
                "Nothing is served at " + rc.request().path() + "."));
    }

    void lane(@Observes Filters filters) {
        // After CORS (300) and the gateway's size limits (299), before authentication (200).
        filters.register(this::publicLane, (SecurityHandlerPriorities.CORS + SecurityHandlerPriorities.AUTHENTICATION) / 2);
    }

    void publicLane(RoutingContext rc) {
        // The normalized path, as both the router and Quarkus' permission check use it ("/a/../b" is "/b").
        String path = rc.normalizedPath();
        UpstreamProxy proxy = routeOf(path);
        if (proxy != null && publicPaths.anonymous(path)) {
            rateLimits.check(rc, proxy::forward);
        } else {
            rc.next();
        }
    }

    private UpstreamProxy routeOf(String path) {
        for (Map.Entry<String, UpstreamProxy> e : byPrefix) {
            String prefix = e.getKey();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return e.getValue();
            }
        }
        return null;
    }

    private RateLimiter limiter(Vertx vertx) {
        GatewayConfig.RateLimit rl = config.rateLimit();
        if (rl.redisUrl().isPresent()) {
            Redis client = Redis.createClient(vertx, new RedisOptions().setConnectionString(rl.redisUrl().get())
                    .setMaxPoolSize(32).setMaxPoolWaiting(1024));
            redisLimiter = new RedisRateLimiter(client, rl.keyPrefix(), new FixedWindows(rl.window(), System::currentTimeMillis));
            LOG.infof("rate limits shared through Redis (%s, prefix %s)", rl.redisUrl().get(), rl.keyPrefix());
            return redisLimiter;
        }
        LocalRateLimiter local = new LocalRateLimiter(new FixedWindows(rl.window(), System::currentTimeMillis));
        vertx.setPeriodic(rl.window().toMillis(), id -> local.evictExpired());
        return local;
    }

    public List<UpstreamProxy> proxies() {
        return proxies;
    }

    void stop(@Observes ShutdownEvent event) {
        if (redisLimiter != null) {
            redisLimiter.close();
        }
    }
}
