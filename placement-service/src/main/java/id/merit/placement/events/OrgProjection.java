package id.merit.placement.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.placement.PositionView;
import id.merit.placement.UnitView;
import id.merit.placement.domain.PositionType;
import id.merit.platform.events.IncomingEvent;
import id.merit.platform.events.PoisonEventException;
import id.merit.platform.events.ProcessedEvents;
import id.merit.platform.events.RetriedWhileDatabaseDown;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Units and positions from merit.org.v1, newest version wins. */
@ApplicationScoped
public class OrgProjection {
    static final String UNIT = "id.merit.unit.upserted.v1";
    static final String POSITION = "id.merit.position.upserted.v1";

    @Inject
    ObjectMapper mapper;
    @Inject
    ProcessedEvents processed;

    // Blocking: JPA work inside a transaction, off the Kafka event loop.
    @RetriedWhileDatabaseDown
    @Incoming("org")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent e = IncomingEvent.read(record, mapper);
        if (!processed.firstDelivery("placement.org", e.id())) {
            return;
        }
        switch (e.type()) {
            case UNIT -> unit(e);
            case POSITION -> position(e);
            default -> { /* not needed here */ }
        }
    }

    private void unit(IncomingEvent e) {
        UUID id = Json.uuid(e, "id");
        long version = Json.version(e);
        UnitView u = UnitView.findById(id);
        if (u != null && u.version >= version) {
            return;
        }
        boolean created = u == null;
        if (created) {
            u = new UnitView();
            u.id = id;
        }
        u.code = Json.text(e, "code");
        u.name = Json.text(e, "name");
        u.parentId = Json.optionalUuid(e, e.data(), "parentId");
        u.version = version;
        u.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (created) {
            u.persist();
        }
    }

    private void position(IncomingEvent e) {
        UUID id = Json.uuid(e, "id");
        long version = Json.version(e);
        String type = Json.text(e, "type");
        try {
            PositionType.valueOf(type);
        } catch (IllegalArgumentException ex) {
            throw new PoisonEventException("event " + e.id() + " has an unknown position type " + type);
        }
        PositionView p = PositionView.findById(id);
        if (p != null && p.version >= version) {
            return;
        }
        boolean created = p == null;
        if (created) {
            p = new PositionView();
            p.id = id;
        }
        p.code = Json.text(e, "code");
        p.name = Json.text(e, "name");
        p.type = type;
        p.unitId = Json.uuid(e, "unitId");
        p.seats = Json.integer(e, "seats");
        p.snapshot = e.data().toString();
        p.version = version;
        p.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (created) {
            p.persist();
        }
    }
}
