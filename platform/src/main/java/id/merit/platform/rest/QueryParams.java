package id.merit.platform.rest;

import id.merit.platform.problem.ProblemException;

import java.util.Arrays;

/**
 * Query parameters read by hand: an unconvertible typed parameter is already a 400 (ProblemMappers), but only this
 * names the parameter and the allowed values.
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

    /** A year within [min, max], or null for an absent or blank value (no filter). */
    public static Integer year(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int y = Integer.parseInt(value.trim());
            if (y >= min && y <= max) {
                return y;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw ProblemException.invalid("query." + name, "'" + value + "' is not a year " + min + ".." + max);
    }
}
