package id.merit.platform.problem;

import java.util.List;

/**
 * A domain failure that becomes a problem+json response. Services throw these (through the factories
 * below) and never build error responses themselves.
 */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", what + " " + id + " does not exist"));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "conflict", "Conflict", detail));
    }

    /** A state-machine transition that the current state does not allow. */
    public static ProblemException illegalState(String detail) {
        return new ProblemException(Problem.of(409, "illegal-state", "Illegal state transition", detail));
    }

    public static ProblemException stale(long expected, long current) {
        return new ProblemException(Problem.of(412, "stale-version", "Precondition failed",
                "the resource is at version " + current + " but the request was based on version " + expected
                        + "; reload it and apply the change again"));
    }

    public static ProblemException versionRequired() {
        return new ProblemException(Problem.of(428, "version-required", "Precondition required",
                "send the version you read in an If-Match header (the ETag of the resource)"));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(400, "validation", "Invalid request", field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(Problem.of(400, "validation", "Invalid request",
                errors.size() + " field(s) are invalid").withErrors(errors));
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Problem.of(422, "unprocessable", "Unprocessable request", detail));
    }

    /** Well-formed, but one field names something that cannot be used (an unknown unit): 422 with that field in errors[]. */
    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(Problem.of(422, "unprocessable", "Unprocessable request", field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }
}
