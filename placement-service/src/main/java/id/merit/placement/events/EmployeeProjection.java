package id.merit.placement.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.merit.placement.EmployeeView;
import id.merit.placement.Proposal;
import id.merit.platform.events.IncomingEvent;
import id.merit.platform.events.PoisonEventException;
import id.merit.platform.events.ProcessedEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Employees from merit.employees.v1; applied only when the snapshot's version is newer (order- and replay-safe). */
@ApplicationScoped
public class EmployeeProjection {
    static final String UPSERTED = "id.merit.employee.upserted.v1";
    static final String DEACTIVATED = "id.merit.employee.deactivated.v1";

    @Inject
    ObjectMapper mapper;
    @Inject
    ProcessedEvents processed;

    // Blocking: the projection writes to PostgreSQL inside a JTA transaction, off the Kafka event loop.
    @Incoming("employees")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent e = IncomingEvent.read(record, mapper);
        if (!processed.firstDelivery("placement.employees", e.id())) {
            return;
        }
        switch (e.type()) {
            case UPSERTED -> upserted(e);
            case DEACTIVATED -> deactivated(e);
            default -> { /* other employee events do not concern placement */ }
        }
    }

    private void upserted(IncomingEvent e) {
        String nip = Json.text(e, "nip");
        long version = Json.version(e);
        EmployeeView v = EmployeeView.findById(nip);
        if (v != null && v.version >= version) {
            return;
        }
        boolean created = v == null;
        if (created) {
            v = new EmployeeView();
            v.nip = nip;
        }
        v.name = Json.text(e, "name");
        v.status = Json.text(e, "status");
        v.unitId = Json.optionalUuid(e, e.data().get("unit"), "id");
        v.positionId = Json.optionalUuid(e, e.data().get("position"), "id");
        v.snapshot = e.data().toString();
        v.version = version;
        v.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (created) {
            v.persist();
        }
        if (v.positionId != null) {
            markApplied(nip, v.positionId);
        }
    }

    /** The person now sits in the approved position: the placement has been applied by employee-service. */
    private static void markApplied(String nip, UUID positionId) {
        Proposal.update("state = ?1, version = version + 1 where nip = ?2 and positionId = ?3 and state = ?4",
                Proposal.State.APPLIED, nip, positionId, Proposal.State.APPROVED);
    }

    private void deactivated(IncomingEvent e) {
        String nip = Json.text(e, "nip");
        String status = Json.text(e, "status");
        long version = Json.version(e);
        EmployeeView v = EmployeeView.findById(nip);
        if (v != null && v.version >= version) {
            return;
        }
        if (v == null) {
            // Keep a tombstone so that an older upsert arriving later cannot bring the person back as ACTIVE.
            v = new EmployeeView();
            v.nip = nip;
            v.name = "";
            v.snapshot = mapper.createObjectNode().put("nip", nip).toString();
            v.persist();
        }
        try {
            ObjectNode snapshot = (ObjectNode) mapper.readTree(v.snapshot);
            snapshot.put("status", status);
            snapshot.put("version", version);
            v.snapshot = snapshot.toString();
        } catch (Exception ex) {
            throw new PoisonEventException("stored snapshot of " + nip + " is unreadable");
        }
        v.status = status;
        v.version = version;
        v.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
