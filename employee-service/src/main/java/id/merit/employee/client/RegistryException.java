package id.merit.employee.client;

/** A registry call that did not give data: why, and whether trying again later could help. */
public class RegistryException extends RuntimeException {
    public enum Kind { NOT_CONFIGURED, NOT_FOUND, REFUSED, UNAVAILABLE }

    private final Kind kind;

    public RegistryException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
