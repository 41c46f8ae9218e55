package id.merit.placement.events;

import com.fasterxml.jackson.databind.JsonNode;
import id.merit.platform.events.IncomingEvent;
import id.merit.platform.events.PoisonEventException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Reading fields of other services' payloads; a missing or malformed required field makes the event poison. */
final class Json {
    private Json() {
    }

    static String text(IncomingEvent e, String field) {
        JsonNode n = e.data().get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new PoisonEventException("event " + e.id() + " of type " + e.type() + " has no text field " + field);
        }
        return n.asText();
    }

    static String optionalText(JsonNode parent, String field) {
        JsonNode n = parent == null ? null : parent.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    /**
     * A list the snapshot replaces a projection with, or null when the field is absent: a snapshot from before the
     * field existed says nothing about it. Present but not an array is poison.
     */
    static JsonNode optionalArray(IncomingEvent e, String field) {
        JsonNode n = e.data().get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            throw new PoisonEventException("event " + e.id() + " has " + field + " that are not an array");
        }
        return n;
    }

    static long version(IncomingEvent e) {
        JsonNode n = e.data().get("version");
        if (n == null || !n.canConvertToLong() || n.asLong() < 0) {
            throw new PoisonEventException("event " + e.id() + " of type " + e.type() + " has no valid version");
        }
        return n.asLong();
    }

    static int integer(IncomingEvent e, String field) {
        JsonNode n = e.data().get(field);
        if (n == null || !n.canConvertToInt()) {
            throw new PoisonEventException("event " + e.id() + " of type " + e.type() + " has no integer " + field);
        }
        return n.asInt();
    }

    static UUID uuid(IncomingEvent e, String field) {
        return uuid(e, text(e, field), field);
    }

    static UUID optionalUuid(IncomingEvent e, JsonNode parent, String field) {
        String s = optionalText(parent, field);
        return s == null ? null : uuid(e, s, field);
    }

    private static UUID uuid(IncomingEvent e, String s, String field) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException ex) {
            throw new PoisonEventException("event " + e.id() + " has a malformed uuid in " + field);
        }
    }

    static LocalDate optionalDate(IncomingEvent e, JsonNode parent, String field) {
        String s = optionalText(parent, field);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException ex) {
            throw new PoisonEventException("event " + e.id() + " has a malformed date in " + field);
        }
    }

    static OffsetDateTime optionalTime(IncomingEvent e, String field) {
        String s = optionalText(e.data(), field);
        try {
            return s == null ? null : OffsetDateTime.parse(s);
        } catch (DateTimeParseException ex) {
            throw new PoisonEventException("event " + e.id() + " has a malformed timestamp in " + field);
        }
    }
}
