package id.merit.feedback.rest;

import id.merit.feedback.service.RateLimitedException;
import id.merit.platform.problem.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The platform's problem mapping plus the Retry-After header that a 429 needs (the platform has no 429 yet). */
public class RateLimitMapper {
    @ServerExceptionMapper(priority = 1)
    public Response rateLimited(RateLimitedException e, UriInfo uri) {
        return Response.status(429).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .entity(e.problem().withInstance(uri.getPath())).build();
    }
}
