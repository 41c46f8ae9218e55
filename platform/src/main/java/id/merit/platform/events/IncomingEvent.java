package id.merit.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A consumed CloudEvent (binary mode): the ce_* headers and the JSON data. A record without an id or type,
 * or with data that is not JSON, is poison: reading it throws, and the channel sends it to its dead-letter topic.
 */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time, String key,
                            JsonNode data) {

    public static IncomingEvent read(ConsumerRecord<String, String> record, ObjectMapper mapper) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new PoisonEventException("record at " + record.topic() + "/" + record.partition() + "@" + record.offset()
                    + " has no ce_id or ce_type header");
        }
        OffsetDateTime time = null;
        String t = header(record, CloudEventHeaders.TIME);
        if (t != null) {
            try {
                time = OffsetDateTime.parse(t);
            } catch (DateTimeParseException e) {
                throw new PoisonEventException("event " + id + " has an unreadable ce_time: " + t);
            }
        }
        JsonNode data;
        try {
            data = record.value() == null ? null : mapper.readTree(record.value());
        } catch (Exception e) {
            throw new PoisonEventException("event " + id + " of type " + type + " does not carry JSON data");
        }
        if (data == null || !data.isObject()) {
            throw new PoisonEventException("event " + id + " of type " + type + " has no JSON object as data");
        }
        return new IncomingEvent(id, type, header(record, CloudEventHeaders.SOURCE), header(record, CloudEventHeaders.SUBJECT),
                time, record.key(), data);
    }

    public <T> T dataAs(Class<T> type, ObjectMapper mapper) {
        try {
            return mapper.treeToValue(data, type);
        } catch (Exception e) {
            throw new PoisonEventException("event " + id + " of type " + this.type + " does not match "
                    + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
