package id.merit.platform.rest;

import id.merit.platform.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: the entity version travels as a strong ETag and comes back in If-Match,
 * so a client writing from a stale read gets 412 instead of overwriting someone else's change.
 */
public final class Versions {
    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version the client based its change on; 428 when missing, 400 when unreadable. */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.versionRequired();
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("header.If-Match", "must be the ETag you received, e.g. \"3\"");
        }
    }

    /** Refuses the write unless the client's version is the current one. */
    public static void check(String ifMatch, long current) {
        long expected = fromIfMatch(ifMatch);
        if (expected != current) {
            throw ProblemException.stale(expected, current);
        }
    }
}
