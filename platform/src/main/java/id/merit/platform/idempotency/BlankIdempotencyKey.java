package id.merit.platform.idempotency;

import id.merit.platform.problem.ProblemException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Arrays;

/**
 * Quarkus REST hands an empty header value to {@code @HeaderParam} as null, and HTTP strips the spaces of a blank one,
 * so {@code Idempotency-Key:} with nothing usable in it would silently mean "no key" and a retry would create twice.
 * On the endpoints that take the key (a {@code @HeaderParam("Idempotency-Key")}) this refuses it the way
 * {@link Idempotency} refuses a blank key: 400 problem+json. Every service gets it with platform.
 */
public class BlankIdempotencyKey {

    @ServerRequestFilter
    public void refuse(HttpServerRequest request, ResourceInfo resource) {
        String value = request.getHeader(Idempotency.HEADER);
        if (value == null || !value.isBlank() || resource.getResourceMethod() == null || !takesTheKey(resource)) {
            return;
        }
        throw ProblemException.invalid("header." + Idempotency.HEADER, "must be 1-" + Idempotency.MAX_KEY_LENGTH + " characters");
    }

    private static boolean takesTheKey(ResourceInfo resource) {
        return Arrays.stream(resource.getResourceMethod().getParameterAnnotations()).flatMap(Arrays::stream)
                .anyMatch(a -> a instanceof HeaderParam h && Idempotency.HEADER.equalsIgnoreCase(h.value()));
    }
}
