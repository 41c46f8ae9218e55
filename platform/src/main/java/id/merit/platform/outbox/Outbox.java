package id.merit.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.platform.events.TraceContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes an event into the outbox table inside the caller's transaction, so the event exists if and only
 * if the change that caused it was committed. {@link OutboxRelay} publishes it to Kafka afterwards, with the
 * trace context of the request stored here so the consumer continues that trace.
 */
@ApplicationScoped
public class Outbox {
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    /**
     * @param topic   e.g. merit.employees.v1
     * @param key     Kafka key: the NIP or aggregate id, so one aggregate's events stay in order
     * @param type    CloudEvents type, e.g. id.merit.employee.upserted.v1
     * @param subject CloudEvents subject (the aggregate id)
     * @param data    the payload, serialised as JSON
     * @return the event id (ce_id)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String key, String type, String subject, Object data) {
        OutboxEvent e = new OutboxEvent();
        e.eventId = UUID.randomUUID();
        e.topic = topic;
        e.eventKey = key;
        e.eventType = type;
        e.subject = subject;
        e.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        e.traceparent = TraceContext.currentTraceparent();
        try {
            e.payload = mapper.writeValueAsString(data);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("event payload of " + type + " cannot be serialised", ex);
        }
        em.persist(e);
        return e.eventId;
    }
}
