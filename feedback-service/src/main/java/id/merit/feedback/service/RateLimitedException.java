package id.merit.feedback.service;

import id.merit.platform.problem.Problem;
import id.merit.platform.problem.ProblemException;

/** 429 with the seconds to wait, sent as Retry-After by {@link id.merit.feedback.rest.RateLimitMapper}. */
public class RateLimitedException extends ProblemException {
    private final long retryAfterSeconds;

    public RateLimitedException(String what, long retryAfterSeconds) {
        super(Problem.of(429, "rate-limited", "Too many requests",
                "too many requests from " + what + "; try again in " + retryAfterSeconds + " s"));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
