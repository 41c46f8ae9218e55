package id.merit.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One event waiting in (or already relayed from) the outbox; the id orders events of a key. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;
    @Column(nullable = false)
    public String topic;
    @Column(name = "event_key", nullable = false)
    public String eventKey;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    public String subject;
    @Column(nullable = false, columnDefinition = "text")
    public String payload;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(nullable = false)
    public int attempts;
    /** W3C traceparent of the request that wrote the event; null outside a trace. */
    public String traceparent;
}
