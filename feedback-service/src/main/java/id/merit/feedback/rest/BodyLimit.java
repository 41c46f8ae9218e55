package id.merit.feedback.rest;

import id.merit.platform.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body larger than quarkus.http.limits.max-body-size as problem+json before it is read (the HTTP layer's
 * own 413 has no body). Public endpoints are anonymous, so this is the first thing an oversized upload meets.
 */
@ApplicationScoped
public class BodyLimit {
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize max;

    void install(@Observes Router router) {
        router.route().order(-1000).handler(rc -> {
            String length = rc.request().getHeader("Content-Length");
            long declared;
            try {
                declared = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared > max.asLongValue()) {
                rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Connection", "close")
                        .end("{\"type\":\"" + Problem.TYPE_BASE + "payload-too-large\",\"title\":\"Payload too large\",\"status\":413,"
                                + "\"detail\":\"the request body is larger than " + max.asLongValue() + " bytes\",\"instance\":\""
                                + rc.request().path().replace("\\", "").replace("\"", "") + "\"}");
                return;
            }
            rc.next();
        });
    }
}
