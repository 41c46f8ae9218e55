package id.merit.infra;

/** Something the infrastructure needs is missing or broken; the message names it for a person. */
public class InfraException extends RuntimeException {
    public InfraException(String message) {
        super(message);
    }

    public InfraException(String message, Throwable cause) {
        super(message, cause);
    }
}
