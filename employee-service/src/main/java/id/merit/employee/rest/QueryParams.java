package id.merit.employee.rest;

import id.merit.platform.problem.ProblemException;

import java.util.Arrays;

/** Query parameters read by hand, so a wrong value is a 400 naming the allowed ones (JAX-RS would answer 404). */
final class QueryParams {
    private QueryParams() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
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
