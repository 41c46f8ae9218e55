package id.merit.gateway.ratelimit;

import id.merit.gateway.config.GatewayConfig;
import id.merit.gateway.edge.Edge;
import id.merit.gateway.edge.Problems;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;

/**
 * The rate-limit step in front of every route: callers with a verified token are counted by the token's subject
 * (or, for service accounts without one, the client id); anonymous callers by the trusted view of their address.
 */
public final class RateLimits {
    private final RateLimiter limiter;
    private final GatewayConfig.RateLimit config;

    public RateLimits(RateLimiter limiter, GatewayConfig.RateLimit config) {
        this.limiter = limiter;
        this.config = config;
    }

    public void check(RoutingContext rc, Handler<RoutingContext> next) {
        if (!config.enabled()) {
            next.handle(rc);
            return;
        }
        String subject = subject(rc);
        String key = subject != null ? "sub:" + subject : "ip:" + Edge.clientOf(rc);
        int limit = subject != null ? config.authenticated() : config.anonymous();
        Future<RateLimiter.Decision> decision = limiter.acquire(key, limit);
        if (decision.isComplete()) {
            // The in-process limiter decides at once: no need to hold the request's body meanwhile.
            apply(rc, decision.result(), next);
            return;
        }
        rc.request().pause();
        decision.onComplete(ar -> apply(rc, ar.result(), next));
    }

    private void apply(RoutingContext rc, RateLimiter.Decision d, Handler<RoutingContext> next) {
        rc.response().putHeader("RateLimit-Limit", Integer.toString(d.limit()))
                .putHeader("RateLimit-Remaining", Integer.toString(d.remaining()));
        if (d.allowed()) {
            next.handle(rc);
        } else {
            rc.request().resume();
            rc.response().putHeader("Retry-After", Long.toString(d.retryAfterSeconds()));
            Problems.send(rc, 429, "rate-limited", "Too many requests",
                    "Limit of " + d.limit() + " requests per " + config.window().toSeconds() + " s reached.");
        }
    }

    static String subject(RoutingContext rc) {
        if (!(rc.user() instanceof QuarkusHttpUser user)) {
            return null;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        Principal p = identity.getPrincipal();
        if (p instanceof JsonWebToken jwt) {
            if (jwt.getSubject() != null) {
                return jwt.getSubject();
            }
            Object azp = jwt.getClaim("azp");
            if (azp != null) {
                return "client:" + azp;
            }
        }
        return p.getName();
    }
}
