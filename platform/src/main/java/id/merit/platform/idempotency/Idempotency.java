package id.merit.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} on POST creates: the first response for a (caller, key) is stored in the same transaction
 * as the create, so a retried request gets that response again instead of a second resource. The same key with a
 * different request is refused with 422. Failed requests are not stored (their transaction rolled back), so they
 * may be retried with the same key.
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 200;
    /** The header's description in every service's API document. */
    public static final String HEADER_DESCRIPTION = "optional; a retry with the same key and body replays the first response";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    Caller caller;

    /**
     * @param key       the header value; null runs the action without any record
     * @param operation names the endpoint, e.g. "POST /api/v1/employees", so one key cannot replay another endpoint
     * @param request   the request body (hashed to detect a different request under the same key)
     * @param action    the create; its entity is stored as JSON with the status, Location and ETag
     */
    @Transactional
    public Response create(String key, String operation, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid("header." + HEADER, "must be 1-" + MAX_KEY_LENGTH + " characters");
        }
        String hash = sha256(operation + "\n" + json(request));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, status, response_body, location, operation, etag "
                        + "from idempotency_record where caller = ?1 and idempotency_key = ?2")
                .setParameter(1, caller.id()).setParameter(2, key).getResultList();
        if (!rows.isEmpty()) {
            Object[] row = rows.get(0);
            if (!hash.equals(row[0])) {
                throw ProblemException.unprocessable("Idempotency-Key " + key + " was already used for a different request ("
                        + row[4] + "); use a new key for a new request");
            }
            Response.ResponseBuilder replay = Response.status(((Number) row[1]).intValue()).header(REPLAYED_HEADER, "true");
            if (row[2] != null) {
                replay.entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE);
            }
            if (row[3] != null) {
                replay.location(URI.create((String) row[3]));
            }
            if (row[5] != null) {
                replay.header(HttpHeaders.ETAG, row[5]);
            }
            return replay.build();
        }
        Response response = action.get();
        int inserted = em.createNativeQuery("insert into idempotency_record (caller, idempotency_key, operation, request_hash, "
                        + "status, response_body, location, etag) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing")
                .setParameter(1, caller.id()).setParameter(2, key).setParameter(3, operation).setParameter(4, hash)
                .setParameter(5, response.getStatus())
                .setParameter(6, response.getEntity() == null ? null : json(response.getEntity()))
                .setParameter(7, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(8, response.getHeaderString(HttpHeaders.ETAG))
                .executeUpdate();
        if (inserted == 0) {
            // A concurrent request with the same key won; rolling back keeps exactly one resource.
            throw ProblemException.conflict("a request with Idempotency-Key " + key + " was processed at the same time; retry to get its response");
        }
        return response;
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + o.getClass().getSimpleName(), e);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
