package id.merit.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.merit.platform.persistence.DatabaseFailures;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The one place where exceptions become RFC 9457 problem+json responses, for every Merit service. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Seconds a client is asked to wait after a 503 for an unreachable database (a restart or fail-over). */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v -> hasKind(v, ElementKind.RETURN_VALUE));
        if (returnValue) {
            return unexpected(e, uri);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(Problem.of(400, "validation", "Invalid request",
                errors.size() + " field(s) are invalid: " + errors.stream().map(Problem.FieldError::field)
                        .distinct().collect(Collectors.joining(", "))).withErrors(errors), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return malformedJsonProblem(e, uri);
    }

    private Response malformedJsonProblem(JsonProcessingException e, UriInfo uri) {
        return respond(Problem.of(400, "malformed-json", "Malformed JSON",
                "the request body is not valid JSON: " + e.getOriginalMessage()), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return respond(jsonFieldProblem(e), uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return respond(jsonFieldProblem(e), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(Problem.of(400, "malformed-json", "Malformed JSON", "the request body could not be read as JSON"), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "your roles do not allow this operation"), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(401, "unauthorized", "Unauthorized",
                "a valid bearer token is required"), uri)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonMappingException m) {
            return respond(jsonFieldProblem(m), uri);
        }
        if (e.getCause() instanceof JsonProcessingException j) {
            return malformedJsonProblem(j, uri);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // Quarkus REST answers a path or query parameter it cannot convert (a UUID, a number, a date) with a
            // 404 carrying the conversion failure (JAX-RS' rule); the resource may well exist, the input is wrong.
            String reason = e.getCause().getMessage() == null ? e.getCause().getClass().getSimpleName() : e.getCause().getMessage();
            return respond(Problem.of(400, "invalid-parameter", "Invalid parameter",
                    "a path or query parameter has the wrong format: " + truncate(reason, 200)), uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType type = e.getResponse().getStatusInfo();
        String detail = status == 404 ? "no resource at " + uri.getPath() : e.getMessage();
        Response.ResponseBuilder rb = Response.fromResponse(respond(Problem.of(status,
                type.getReasonPhrase().toLowerCase().replace(' ', '-'), type.getReasonPhrase(), detail), uri));
        return rb.build();
    }

    @ServerExceptionMapper
    public Response any(Throwable e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return respond(p.problem(), uri);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return respond(Problem.of(409, "concurrent-update", "Conflict",
                        "the resource was changed by someone else at the same time; reload it and try again"), uri);
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException c) {
                return respond(Problem.of(409, "constraint", "Conflict",
                        "the change conflicts with existing data" + (c.getConstraintName() == null ? ""
                                : " (" + c.getConstraintName() + ")")), uri);
            }
            if (t instanceof ConstraintViolationException cv) {
                return constraintViolation(cv, uri);
            }
            if (t instanceof SQLException sql && DatabaseFailures.lostConnection(sql)) {
                // Nothing was written (the transaction could not run); the client may send the same request again.
                LOG.warnf("database unavailable on %s: %s", uri == null ? "-" : uri.getPath(), sql.getMessage());
                return Response.fromResponse(respond(Problem.of(503, "database-unavailable", "Service unavailable",
                                "the service cannot reach its database right now; try again shortly"), uri))
                        .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS).build();
            }
        }
        return unexpected(e, uri);
    }

    private Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", incident, uri.getPath());
        return respond(Problem.of(500, "internal", "Internal error",
                "an unexpected error occurred; quote incident " + incident + " when you report it"), uri);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problem.instance() == null && uri != null ? problem.withInstance(uri.getPath()) : problem)
                .build();
    }

    private static Problem jsonFieldProblem(JsonMappingException e) {
        String field = jsonPath(e.getPath());
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown field '" + u.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "'" + f.getValue() + "' is not one of " + Arrays.toString(f.getTargetType().getEnumConstants());
        } else if (e instanceof InvalidFormatException f) {
            message = "'" + f.getValue() + "' is not a valid " + simpleType(f.getTargetType());
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "expected " + simpleType(m.getTargetType());
        } else {
            message = "cannot be read";
        }
        return Problem.of(400, "validation", "Invalid request", field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message)));
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "ISO-8601 " + type.getSimpleName();
        }
        return "object";
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder("body");
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                sb.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static boolean hasKind(ConstraintViolation<?> v, ElementKind kind) {
        for (Path.Node n : v.getPropertyPath()) {
            if (n.getKind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** "create.request.name" (method, parameter, field) becomes "request.name"; the method name says nothing to a client. */
    static String fieldPath(ConstraintViolation<?> v) {
        List<String> parts = new ArrayList<>();
        for (Path.Node n : v.getPropertyPath()) {
            if (n.getKind() == ElementKind.METHOD) {
                continue;
            }
            String name = n.getName() == null ? "" : n.getName();
            if (n.getKind() == ElementKind.CONTAINER_ELEMENT && !parts.isEmpty()) {
                String index = n.getIndex() != null ? "[" + n.getIndex() + "]" : n.getKey() != null ? "[" + n.getKey() + "]" : "";
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + index);
                continue;
            }
            if (n.getIndex() != null) {
                name = name + "[" + n.getIndex() + "]";
            } else if (n.getKey() != null) {
                name = name + "[" + n.getKey() + "]";
            }
            if (!name.isEmpty()) {
                parts.add(name);
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }
}
