package id.merit.feedback.rest;

import id.merit.feedback.service.RateLimiter;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Rate limits of the anonymous endpoints, by the address the trusted proxy saw and by channel. */
@ApplicationScoped
public class ClientRequests {
    @Inject
    RateLimiter limiter;

    public void countAddress(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        limiter.address(limiter.clientAddress(peer, request.getHeader("X-Forwarded-For")));
    }

    public void countChannel(UUID channelId) {
        if (channelId != null) {
            limiter.channel(channelId);
        }
    }
}
