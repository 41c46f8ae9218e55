package id.merit.platform.rest;

import id.merit.platform.problem.ProblemException;

import java.util.Arrays;

/**
 * Query parameters read by hand where JAX-RS would get them wrong: a value that does not convert to the parameter's
 * type is a 404 by the JAX-RS rules (as if the resource did not exist); here it is a 400 problem naming the
 * parameter and the allowed values.
 */
public final class QueryParams {
    private QueryParams() {
    }

    /** Null for an absent or blank value (no filter). */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("query." + name, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
