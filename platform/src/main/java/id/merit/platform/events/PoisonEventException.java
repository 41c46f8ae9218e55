package id.merit.platform.events;

/** A record that can never be processed; it goes to the dead-letter topic instead of blocking the channel. */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String message) {
        super(message);
    }
}
