package id.merit.gateway;

import id.merit.gateway.config.GatewayConfig;
import id.merit.gateway.edge.Problems;
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
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/** Builds the gateway from its route table: per prefix, rate limit then stream to the upstream. */
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

    void install(@Observes Router router, Vertx vertx) {
        RateLimits rateLimits = new RateLimits(limiter(vertx), config.rateLimit());
        config.routes().forEach((name, route) -> {
            UpstreamProxy proxy = new UpstreamProxy(vertx, name, route, config, registry,
                    gatewayMaxBodySize.asLongValue(), openTelemetry.getPropagators().getTextMapPropagator());
            proxies.add(proxy);
            for (String prefix : route.prefixes()) {
                router.route(prefix).handler(rc -> rateLimits.check(rc, proxy::forward));
                router.route(prefix + "/*").handler(rc -> rateLimits.check(rc, proxy::forward));
            }
            LOG.infof("route %s: %s -> %s (timeout %s, retries %d, bodies up to %d bytes)", name, route.prefixes(),
                    route.upstream(), route.timeout(), route.retries(), route.maxBodySize().asLongValue());
        });
        router.route("/api/*").last().handler(rc -> Problems.send(rc, 404, "not-found", "Not found",
                "No service serves " + rc.request().path() + "."));
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
